"""Finding what a claim is about: fuzzy subject matching against the corpus.

A figure attached to the wrong subject must never be "supported", so the
matcher asks two questions of each documented claim, and both must answer:

- name recall: how much of the documented subject's name (its subject line
  or one of its aliases) does the claim mention? "Young Londoners Fund" is
  not named by "young Londoners' summer activities", which lacks "fund".
- claim precision: how much of what the claim talks about is in the
  documented claim at all (its names and its passage)? "a new hospital in
  Barnet" is nowhere in the passage about the Met Police's £110m.

Words are weighted by inverse document frequency over the corpus, so the
words every document shares ("London", "Mayor") count for little and the
distinctive ones ("seed", "gang") for a lot. Words are matched exactly or,
for typos, with rapidfuzz's ratio ("violance" -> "violence"). Words the
corpus has never seen carry the highest weight: they are the strongest sign
the claim is about something else.
"""

from __future__ import annotations

import bisect
import collections
import functools
import heapq
import itertools
import math
import re
from array import array
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator, Sequence

from .corpus import Claim, Corpus, figure_span
from .figures import Figure
from .lazy import cached, regex
from .quoting import QuoteIndex
from .reading import BODY_HEADS
from .recent import Recent

__all__ = ["Matcher", "Match", "tokenize", "DEFAULT_THRESHOLD"]

# Chosen on the labelled claims in tests/data/labelled_claims.yaml with
# bench/threshold.py: the lowest value with no false support (see the README).
DEFAULT_THRESHOLD = 0.6
NAME_WEIGHT = 0.6
PASSAGE_ONLY_WEIGHT = 0.5
NAME_WORDS_NEEDED = 2
# However well a claim names a subject, most of what it says must be found in
# the documented claim: "the Violence Reduction Unit employs 43 staff" names
# the VRU, but nothing documented about the VRU mentions staff.
MIN_PRECISION = 0.5
# A word the corpus never uses weighs this much of the rarest corpus word.
UNKNOWN_WEIGHT = 0.7
PRECISION_IDF_BLEND = 0.5
MAX_SUBJECT_CHARS = 2000
# "the town's existing sea wall", "the city's knife crime": the place the
# documents are about, named by its kind; it says nothing of what is measured.
_HOME_BY_KIND = regex(r"\b(?:[Tt]he|[Tt]his|[Oo]ur)\s{1,3}(?:town|city|county|district|borough|region|capital|village|island|county\s{1,3}town)['\u2019]s\b")
# Lookups remembered per matcher (see Matcher._recent), and documented
# claims' own words (see Matcher.own_words): bounded, for a 100k-claim corpus.
RECENT_LOOKUPS = 1024
REMEMBERED_CLAIMS = 4096
# Candidates examined in full per lookup; the rest are far below any threshold.
MAX_CANDIDATES = 200
# Matches scoring below this are dropped (keeping at least MIN_RESULTS): no
# threshold worth using is this low (bench/threshold.py sweeps from 0.4).
CANDIDATE_FLOOR = 0.3
MIN_RESULTS = 10
# Claims kept per lookup: those sharing the most (weighted) words with it.
CANDIDATE_BUDGET = 400
# Typos are matched only between words this long, this similar, and at most
# one letter apart in length: "london" must not match "londoner".
FUZZY_MIN_LENGTH = 5
FUZZY_CUTOFF = 80.0

_STOPWORDS = frozenset(
    """
    a an the and or but of to in on at by for from with without into onto over under
    as is are was were be been being has have had do does did will would shall should
    can could may might must this that these those it its his her their our your my
    he she they we you i me him them us who whom which what when where why how
    than then there here so such not no nor only also just very more most less least
    about around nearly almost up per each every all any some new further
    s said says say according mr mrs ms dr through get got set extra additional strong single
    latest record worth nearly almost went go goes going gone put puts putting gave give gives
    given giving make makes made take takes took still now then pledged pledge promised unveiled
    unveils unveil announced announces revealed claimed claims backed
    told tell tells added adding insisted confirmed stated explained argued noted spokesperson
    spokesman spokeswoman statement interview reported reporters reporting report news welcomed
    speaking spoke would could last next ago yesterday today tonight earlier recently spring autumn
    monday tuesday wednesday thursday friday saturday sunday however meanwhile
    handed handing hands pumped pumping poured pouring ploughed earmarked splashed injected
    boost boosted received receive receives got getting cash money
    million millions billion billions thousand thousands m bn k pound pounds
    year years month months week weeks day days annually total
    """.split()
)
_WORD = regex(r"[^\W\d_]+", re.UNICODE)


@functools.lru_cache(maxsize=1)
def _stemmer():
    # The English stemmer alone: `import snowballstemmer` loads every language.
    from snowballstemmer.english_stemmer import EnglishStemmer

    return EnglishStemmer()


@functools.lru_cache(maxsize=200_000)
def _stem(word: str) -> str:
    # The same few thousand words recur across a corpus; Snowball is pure
    # Python and was the largest cost of building the index.
    return _stemmer().stemWord(_IRREGULAR_PAST.get(word, word))


# Bounded space before the preposition: with \s* a search over a long run of
# whitespace is quadratic (bench/redos.py: 9.7 s on 20 KB).
# "£5m to pay for ...", "to be spent on ...": the lead runs to what it pays for.
# A verb after "to", known by what follows it: a particle, a determiner or an amount ("to open up some", "to hire 100").
_INFINITIVE = regex(r"[a-z]{2,20}(?:\s+(?:up|out|off|down|back))?(\s+)(?=some\b|the\b|a\b|an\b|more\b|new\b|its\b|their\b|his\b|her\b|every\b|each\b|[£$€\d])", re.I)
# Before a verb's object: its determiner and any amount ("some 2,500").
_FIGURE_START = regex(r"^\s*(?:(?:some|the|a|an|more|new|its|their|his|her|every|each)\s+)*(?:[£$€]?[\d,.]+(?:m|bn|k)?\s+)?", re.I)
_FUNDED = regex(r"\s{0,16}(?:to\s+(?:pay|be\s+spent|be\s+used)\s+(?:for|on)|for|to|into|on|towards)\s", re.IGNORECASE)
_PHRASE_END = regex(
    # (A dash closes an aside: "policed by 148 officers — recorded crime fell".)
    r"[,;:.!?()\u2013\u2014]|\s-\s|\s(?:for|to|into|on|in|at|by|with|from|and|but|or|across|over|through|which|that|who|"
    r"is|are|was|were|be|been|has|have|had|will|would|could|should|may|might|can|since|so|between|during|until|rather|than|instead|"
    r"after|before|within|among|against|under|per|without|throughout|as|like|including|plus|alongside|where|when|whose|whom|while|"
    # "43 projects around the capital", "200 knives a quarter", "6 guns every week"
    r"around|near|beyond|outside|inside|along|off|via|past|behind|beside|amid|despite|towards|toward|every|each|a|an|"
    # "1,000 children now travel": an adverb between the noun and its verb;
    # "6,000 children this summer": a time after the noun.
    r"now|currently|still|already|also|today|usually|regularly|often|this|last|next|"
    # "38 volunteers met 11 times", "40 volunteers taking part": a verb right
    # after the noun, one the word index drops as a stopword ("made",
    # "taking") or "met", would otherwise let the phrase run on to the next noun.
    r"made|took|did|went|got|gave|met|taking|making|giving|getting|going)\s",
    re.IGNORECASE,
)
# Verbs right after a count with no noun of its own ("seven feature in the top ten", "six appear on both lists").
_VERBS_AFTER_A_BARE_COUNT = frozenset("feature appear rank sit lie belong remain".split())
# Verbs that follow a counted plural noun in its phrase ("150 officers work",
# "300 families live"), where the phrase reader would take them for its head.
_VERBS_AFTER_A_COUNT = frozenset(
    "work live wait sleep attend travel use need receive stay remain volunteer get go come say ride walk drive commute cycle rode drove went came got said ran"
    # "a target of 150 kits *comes to* £12,750": the verb agrees with what holds the count.
    " comes goes amounts totals adds"
    # "14 surrender bins *cost* about £640 to install": a price, the verb of what is counted.
    " cost"
    # "24 homes *thought* to have been cuckooed": what was thought of them, a clause cut short.
    " thought believed known feared suspected alleged reported estimated considered deemed".split()
)
# What follows a verb, not a noun, after a count's noun: "members ride *these* roads".
_VERB_GOES_ON = frozenset("these those the a an their its our his her every each and or to it them".split())
_POSSESSIVE = regex(r"['\u2019]s\b")
_TASK_FORCE = regex(r"\btask[\s-]{1,3}force", re.I)
# Words editors use for what documents name otherwise, tried (in order)
# only when the corpus does not use the editor's word itself.
_SYNONYMS: dict[str, tuple[str, ...]] = {
    "capital": ("london",), "city": ("london",), "khan": ("mayor",), "sadiq": ("mayor",), "hall": ("mayor",),
    "programme": ("fund", "scheme"), "program": ("fund", "scheme"), "scheme": ("fund", "programme"),
    "initiative": ("fund", "scheme"), "pot": ("fund",), "funds": ("fund",),
    "teenagers": ("young",), "teens": ("young",), "youngsters": ("young",), "youths": ("young",),
    "kids": ("young",), "children": ("young",), "adolescents": ("young",),
    "confiscated": ("seized",), "recovered": ("seized",), "weapons": ("weapon",),
    "cops": ("officers",), "policemen": ("officers",), "bobbies": ("officers",),
    "investing": ("investment",), "invested": ("investment",), "funded": ("funding",), "financed": ("funding",),
    "gangs": ("gang",), "blades": ("knives",), "knife": ("knives",),
    "guns": ("firearms",), "gun": ("firearms",), "handguns": ("firearms",), "pistols": ("firearms",),
    "force": ("police",), "seizures": ("seized",), "seizure": ("seized",), "hauls": ("seized",),
    # "Work on the wall is due to begin in April 2026" for the documents' "would start".
    "begin": ("start",), "begins": ("start",), "began": ("start",), "begun": ("start",), "beginning": ("start",),
    "commence": ("start",), "commences": ("start",), "commenced": ("start",),
    # What a count counts, as editors call it: "claimed more than 50 lives" for
    # the documents' "people killed", "a dozen trolley bays" for their "trolley spaces".
    "lives": ("killed", "deaths", "people"), "fatalities": ("deaths", "killed"), "deaths": ("killed",),
    "bays": ("spaces", "places"), "spaces": ("places", "bays"), "places": ("spaces",),
    "households": ("homes", "families"), "homes": ("households", "properties", "houses"), "properties": ("homes",), "houses": ("homes",),
    # Tabloid words for the documents' plain ones: "thugs nicked in the Winter Nights crackdown".
    "nicked": ("arrested", "arrests"), "collared": ("arrested", "arrests"), "crackdown": ("operation",), "blitz": ("operation",),
    "joblessness": ("unemployment",), "jobless": ("unemployment", "unemployed"),
    "pupils": ("children", "students"), "students": ("pupils",), "employees": ("staff",), "workers": ("staff",),
    # "two posts still empty" for the documents' "vacant posts".
    "empty": ("vacant",), "unfilled": ("vacant",), "vacancies": ("vacant",),
    # What papers call a police team: "the 150-strong squad", "the Met's knife squad".
    "squad": ("taskforce", "team", "unit"), "squads": ("taskforce", "teams", "units"),
}
# Irregular past forms, which the stemmer leaves as they are, and the verb
# they are forms of: "the BID spent £798,000" is the documents' "spending".
# (Not the forms that are other words too: "found" a charity, "the Met",
# "left", "won" the currency, "saw" the tool; nor "seen", which read as
# "seeing" gave read corpus 48 two false supports.)
_IRREGULAR_PAST: dict[str, str] = {
    "spent": "spend", "paid": "pay", "gave": "give", "given": "give", "sold": "sell", "bought": "buy",
    "built": "build", "held": "hold", "kept": "keep", "grew": "grow", "grown": "grow", "took": "take",
    "taken": "take", "made": "make", "brought": "bring", "sent": "send", "ran": "run", "rose": "rise",
    "risen": "rise", "fell": "fall", "fallen": "fall", "lost": "lose", "told": "tell", "went": "go",
    "gone": "go", "came": "come", "drew": "draw", "drawn": "draw",
    "wrote": "write", "written": "write", "chose": "choose", "chosen": "choose", "spoke": "speak", "spoken": "speak",
}
# Bodies that fund or act, which a sentence may put in place of the one the
# documents name (the Mayor, City Hall, the Met).
_BODIES = (
    "government", "ministers", "minister", "home office", "treasury", "whitehall", "downing street",
    "council", "councils", "lottery", "sport england", "arts council", "nhs", "ministry", "department",
    "charity", "charities", "foundation", "trust", "police scotland", "scotland yard",
)
# A body that gets the money ("to youth clubs, charities and schools"), or is
# named in a clause that describes the actor ("the unit that brings police,
# councils ... together"), in `unnamed_body`'s punctuation-free words.
_RECEIVES_OR_DESCRIBES = regex(
    # ("Between them, the councils have granted ...": jointly, not to them.)
    r" (?:to|for|into|among(?! them\b)|between(?! them\b)|with|helping|supporting|backing|funding)(?: [a-z'-]+){0,6} $"
    # "is investing £110m in the Met Police": where money goes, after "in".
    r"| (?:invest|invests|invested|investing|spend|spends|spent|spending|put|puts|putting)(?: [\w'-]+){0,3} in(?: [a-z'-]+){0,3} $"
    r"| (?:that|which|who) (?!the |a |an |its |his |her |their |this |these |those |some |many )(?:[a-z'-]+ ){0,6}$"
    # "set up to bring the police, the council, the NHS, schools and charities together": those it unites.
    r"| (?:bring|brings|bringing|brought|unite|unites|uniting|united|convene|convenes|convening)(?: [a-z'-]+){0,12} $"
)
# "have given the Met £110m": the one given to, right after the verb.
_GIVEN_TO = regex(r" (?:given|gave|give|gives|giving|handed|hands|hand|awarded|granted|paid|pays|sent|offered|promised) (?:the )?$")
# "the Scottish city's violence reduction unit": a place described, as owner.
_PLACE_DESCRIBED_OWNER = regex(r"\b[Tt]he\s([A-Z][a-z][\w-]{1,30})\s(?:city|town|capital|force|council|region|county|country|government|authority|borough|nation)['\u2019]s\b")
_OWNER = regex(r"\b([A-Z][a-z][\w-]{1,30})['\u2019]s\b")
# Two to four capitalised words opening a clause ("Transport for London"), then a lower-case word.
_OPENING_NAME = regex(r"\s{0,20}((?:[A-Z][\w'\u2019-]{0,40}\s(?:(?:for|of)\s)?){2,4})(?=[a-z])")
# A documented sum's payer, a body by name: "*Combined Authority* funding
# for ...", "the *Home Office*'s grant to ..." (not "Mayor's investment in
# the Met Police", where the body is what gets it).
_PAYER = regex(
    r"\b((?:[A-Z][\w-]*\s){0,3}(?:" + "|".join(h.title() for h in BODY_HEADS.split("|")) + r"))(?:['\u2019]s)?\s"
    r"(?:funding|investment|contribution|allocation|grant|spending|money|payment)\b"
)
_PREPOSITIONS = frozenset("between among amongst across after before during despite since until within against towards toward beyond behind below above outside inside throughout like unlike".split())
# A body's name, capitalised, opening a clause: "Kelvardine Fire and Rescue Service", "The Harlow Trust".
_OPENING_BODY = regex(
    r"\s{0,20}(?:The\s)?([A-Z][\w'\u2019-]{1,40})\s(?:(?:[A-Z][\w'\u2019-]{0,40}|and|of|for|&)\s){0,4}?"
    # Its head capitalised too: "Emergency departments in ..." names no body.
    + "(?:" + "|".join(h.title() for h in BODY_HEADS.split("|")) + r")s?\b"
)
# A place or body naming a scheme it runs: "A Greater Manchester scheme", "the Kent police".
_NAMED_SCHEME = regex(
    r"\b((?:[A-Z][\w-]{1,30}\s){1,3})(?:scheme|fund|programme|program|project|initiative|taskforce|task force|unit|police|force|council|authority|service|partnership)s?\b"
)
# A venue or a visit right before a place phrase: the place is where it is.
# A law's name: capitalised words (with "and", "of", "for" between), then "Act" or "Bill".
_STATUTE = regex(r"((?:[A-Z][\w'\u2019-]*\s(?:(?:and|of|for|the)\s)?){1,6}(?:Act|Bill|Order|Regulations))\b")
# "..., the neighbourhood into which his £9m is being ploughed": the place is the money's after all.
_PLACE_OF_THE_FIGURE = regex(r"\s{0,3},\s{1,3}(?:the|a|an)\s{1,3}(?:neighbourhood|area|borough|district|estate|town|city|community|part)\b[^,.;]{0,20}?\b(?:into which|in which|to which|on which|where|that gets|which gets)\b")
_VENUE_BEFORE = regex(
    # Not a population: "every school in Greater Manchester" is whose the figure is.
    r"(?<!every )(?<!Every )(?<!each )(?<!Each )(?<!any )\b(?i:visit(?:ed|ing|s)?|trip|tour(?:ed|ing)?|speaking|spoke|addressing|centre|center|club|school|college|academy|estate|church|mosque|"
    r"hall|room|gym|library|station|hospital|caf[e\u00e9]|venue|bus|train|meeting|event|rally|conference|briefing|hearing|vigil|gathering|session|speech)\b(?:\s(?i:to|at|with))?(?:\s(?i:the|a|an|his|her|their))?(?:\s[A-Z][\w'\u2019-]*){0,4}\s$"
)
_MONTHS = frozenset("january february march april may june july august september october november december".split())
# The noun phrase that opens a clause: "A community diagnostic centre in
# Thornwick carried out ..." is what did it, not a venue of the scene.
_OPENING_PHRASE = regex(r"\s{0,3}(?:(?:a|an|the|its|their|our|one)\s{1,3})?(?:(?!(?:at|in|to|from|during|outside|inside|near|by|on)\b)[a-z][\w'\u2019-]{0,30}\s{1,3}){0,3}", re.I)


# The venues that are buildings, which may open a clause as what did it.
_BUILDING = regex(r"centre|center|club|school|college|academy|estate|church|mosque|hall|room|gym|library|station|hospital|caf[e\u00e9]|venue", re.I)
# The last words of names of places a thing is run from ("the Eastgate GP
# Access Hub"), whose first word is then where it is; not of bodies ("the
# Met Police"), whose first word is whose.
_VENUE_HEADS = frozenset("hub centre center clinic hospital school college academy station library museum depot park cafe café hall surgery unit ward campus market pool".split())
# A building named after its town: "Ellsbridge General Hospital", "Thornwick Community Hospital".
# A person's title and the name after it: "Ms Pike", "Councillor Quayle", "Dr Imogen Tassell".
# The titles a person's name is written after; checking's `_PERSON_TITLE` reads them too.
PERSON_TITLES = r"Mr|Mrs|Ms|Miss|Mx|Dr|Councillor|Cllr|Professor|Prof|Sir|Dame|Lord|Lady|Baroness"
_TITLED_PERSON = regex(rf"\b(?:{PERSON_TITLES})\.?\s(?:[A-Z][\w'\u2019-]+\s)?([A-Z][\w'\u2019-]+)")
# The capitalised words that end a text: the name a place phrase after them is of.
_CAPITALISED_TAIL = regex(r"((?:\b[A-Z][\w'\u2019-]*\s+){2,6})$")
# A place named in two words, the second a word places end in ("Cobb Hill",
# "Marlow Rise", "Ashby Wharf"), not a body or a building ("City Hall").
_A_TWO_WORD_PLACE = regex(
    r"[A-Z][a-z][\w'\u2019-]{1,30}\s(?:Hill|Rise|Cross|Green|Park|Wharf|Quay|Bridge|Heath|End|Common|Vale|Sands|Bay|Fields|Gate|Grove"
    r"|Marsh|Moor|Side|Town|Village|Estate|Valley|Point|Haven|Bank|Row|Mill|Mills|Edge|Wood|Dale|Fell|Head|Ford|Mouth|Port|Water|Lea|Meadows|Junction|Halt|Parkway|Quarter)"
)
# A place named as a neighbour: "neighbouring Corrowdale", "Neighbouring
# Calderbrook has ...", "the neighbouring borough of Coldmere", "Skellhaven,
# our neighbour to the east", "Wendlecombe District Council, our neighbour",
# "our neighbours in Talsmere", "In Skellhaven, the neighbouring city's ...".
# (A passage may never put it after "in".) Narrower than `_NEIGHBOUR`: not
# "nearby", which may be the corpus's own home.
_NEIGHBOUR_NAMED = regex(
    r"\b[Nn]eighbou?ring\s(?:(?:borough|city|town|county|district)\sof\s)?([A-Z][a-z][\w'\u2019-]{0,30})"
    r"|\b(?!(?:In|At|For|The|And|But|Across|By|To|Of|On|Over|From)\b)([A-Z][a-z][\w'\u2019-]{0,30})(?:\s[A-Z][\w'\u2019-]{1,30}){0,3},\s(?:our\sneighbou?r|the\sneighbou?ring\s(?:borough|city|town|county|district))\b"
    r"|\b[Oo]ur\sneighbou?rs\sin\s([A-Z][a-z][\w'\u2019-]{0,30})"
)
# A council's or a force's place, in a publisher's name: "Hollinwick-shire
# County Council", "Fenwardine Constabulary", "the Mayor of Corvenham". (Not
# a trust's or a charity's words, "The Reading Rooms Trust": no place.)
_COUNCIL_PLACE = regex(
    r"((?:\b[A-Z][\w'-]{1,30}\s){1,3})(?:(?:City|County|Borough|District|Town|Metropolitan\sBorough)\s)?(?:Council|Constabulary|Combined\sAuthority)\b"
    r"|\b(?:Commissioner|Mayor)\s(?:for|of)\s(?:the\s)?([A-Z][\w'-]{1,30})"
)
# The words of a publisher's name that say what kind of body it is, not
# where it is: "City", "County", "Metropolitan", "Police and Crime", "Council".
KIND_OF_BODY_WORDS = frozenset({"the", "city", "county", "borough", "district", "town", "metropolitan", "royal", "and", "of", "for", "police", "crime", "shire", *BODY_HEADS.split("|")})
_NAMED_BUILDING = regex(r"\b([A-Z][a-z][\w'\u2019-]*)(?:\s[A-Z][\w'\u2019-]*){0,3}\s(?:Hospital|Infirmary|Centre|Center|School|College|Academy|Station|Library)\b")


def _neighbours_named(passage: str) -> list[str]:
    """The places a passage calls neighbours, in lower case. Read for every
    passage of a corpus, so only where the word can be there at all."""
    return [m.group(m.lastindex or 1).lower() for m in _NEIGHBOUR_NAMED.finditer(passage)] if "eighbo" in passage else []


def _numbers_in_names(claims: Iterable[Claim]) -> frozenset[tuple[str, str]]:
    """(word before or suffix, number) of each number written in a documented
    name: ("streets", "20"), ("-plus", "11"); and ("the", "42") for a thing
    the corpus calls by its number alone ("the 42", "the 42 bus")."""
    named = [name for claim in claims for name in claim.names if any(ch.isdigit() for ch in name)]
    return frozenset(
        (found.group(1).lower() if found.group(1) else found.group(4).lower(), found.group(2) or found.group(3))
        for name in named for found in _NAMED_NUMBER.finditer(name)
    ) | frozenset(("the", found.group(1)) for name in named if (found := _CALLED_BY_NUMBER.fullmatch(name.strip())))


# A number right before the venue's word, a plural: "1,260 visits in
# Manchester" counts the visits there ("the route 149 bus at" is a name).
_COUNT_AT_END = regex(r"\d\s{1,3}$")
_PLURAL = regex(r"[a-z]{0,24}[a-rt-z]s\b(?<!us)(?<!is)", re.I)  # (bounded: a run of letters is tried from each start under finditer)


def _where_someone_was(text: str, at: int) -> bool:
    """Whether the words before the place phrase at `at` say where someone
    was ("visited ... in"), not what a count there counts ("1,260 visits in")."""
    found = _VENUE_BEFORE.search(text, max(0, at - 60), at)
    if found is None:
        return False
    return not (_PLURAL.match(text, found.start()) and _COUNT_AT_END.search(text, max(0, found.start() - 4), found.start()))


def _a_venue_before(text: str, at: int) -> bool:
    """Whether the place phrase at `at` follows a venue of the scene
    ("speaking at a youth centre in Tottenham", "the mayor's visit to the
    Engine Room in ..."), not a building that opens the clause as what
    did it ("A community diagnostic centre in Thornwick carried out ...")."""
    venue = _VENUE_BEFORE.search(text, max(0, at - 60), at)
    if venue is None:
        return False
    opens = _BUILDING.match(text, venue.start()) is not None and _OPENING_PHRASE.fullmatch(text, 0, venue.start()) is not None
    return not opens


# Offices a person's name may carry ("Deputy Mayor Sophie Linden", "Commissioner Cressida Dick").
_TITLES = frozenset("deputy commissioner mayor secretary minister chief chair director leader superintendent inspector".split())
# A title and the name after it: "Commissioner Cressida Dick".
_TITLED_NAME = regex(rf"\b(?:Deputy Mayor|Commissioner|Mayor|Secretary|Minister|Chief Constable|Superintendent|Inspector|{PERSON_TITLES})\.?((?:\s+[A-Z][\w'\u2019-]*){{1,2}})")
# Capitalised words right before a name ("Birmingham violence reduction unit").
_LAST_CAPITALS = regex(r"((?:[A-Z][\w-]+\s){1,3})$")
# A sentence opening with who made the thing: "Birmingham has created a taskforce".
# A name of one to three capitalised words opening a clause, then a verb in
# lower case: "Pellmoor recorded", "Ashby Wharf had".
# (Any past tense ends the name too: "Marlow Rise generated 284 of the complaints".)
# (After an aside on it too: "Eastholm, the district with the most referrals, would receive".)
_PLACE_THAT_HAD = regex(r"\s{0,3}([A-Z][a-z][\w-]{1,30}(?:\s[A-Z][a-z][\w-]{1,30}){0,2})(?:,\s[^,.;:]{1,60},)?\s(?=(?:has|had|have|is|was|were|would|will|gets|receives|recorded|counted|saw|reported|found|got|received|took|made|spent|lost|gained|opened|closed|ran|runs|[a-z]{3,20}ed)\b)")
# A route by its two ends: "between Castleby and Ellerholt", "from Castleby to Morrow Junction".
_ROUTE = regex(r"\b(?:between|from)\s{1,3}([A-Z][\w'-]{1,30}(?:\s[A-Z][\w'-]{1,30}){0,2})\s{1,3}(?:and|to)\s{1,3}([A-Z][\w'-]{1,30}(?:\s[A-Z][\w'-]{1,30}){0,2})")
# Words two owners' claims of one measure share besides their names: "district grant" (read corpus 46).
_SIBLING_WORDS = 2
_NOT_A_NAME_OPENING = frozenset({"The", "A", "An", "This", "That", "These", "Those", "In", "On", "At", "By", "Its", "Their", "His", "Her", "Our", "Mr", "Ms", "Mrs", "Dr"})
_BODY_OR_VENUE_HEADS = frozenset(BODY_HEADS.split("|")) | {"hall", "house", "street", "yard", "hq"}
# A place a prefix makes a whole of: "pan-London", "cross-Manchester".
_PAN_PLACE = regex(r"\b(?i:pan|cross|all|greater)-([A-Z][a-z][\w'\u2019]{1,30})\b")
_FOREIGN_MAKER = regex(
    r"\s{0,3}((?:[A-Z][\w-]+\s){1,3})(?:(?:has|have|had)\s(?:now\s|also\s|just\s|recently\s)?"
    r"(?:created|set up|launched|unveiled|established|formed|announced|introduced|started)\b"
    # "Birmingham to get its own taskforce": another's, by its own words.
    r"|(?:is\s|are\s)?to\s(?:get|have|receive|launch|set\sup|create|form)\s(?:its|their)\sown\b"
    # "Glasgow put £1.4m into ...": the name that opens the sentence paid it.
    # (Or "Brackenholt Homes is putting £850k into ...", "has invested", "will fund".)
    r"|(?:(?:is|are|was|were|has|have|had|will)\s(?:now\s|also\s|already\s)?)?"
    r"(?:put|puts|putting|spent|spends|spending|invested|invests|investing|pumped|pumping|poured|pouring|ploughed|ploughing"
    r"|gave|given|giving|handed|handing|allocated|allocating|committed|committing|contributed|contributes|contributing"
    r"|funded|funds|funding|paid|pays|paying|provided|provides|providing)\s"
    # (With its amount, or where a scope has cut the amount out: "Glasgow put into".)
    r"(?:some\s|about\s|around\s|nearly\s|almost\s|more\sthan\s|over\s|an\sextra\s|a\sfurther\s|(?:its|their)\sown\s)?(?:[£$€\d]|into\s|in\s|towards\s|of\s(?:its|their)\sown\b)"
    # "Tottenham alone is receiving ...": a name set apart as the one that has it.
    r"|alone\b)"
)
# The last word of a room's name: where people met, inside a building.
_ROOMS = frozenset("Room Chamber Chambers Suite Lobby Foyer".split())
# "across the West Midlands": a region may take "the"; "at the Engine Room" is a venue's own name.
_PLACE_PHRASE = regex(r"\b(?:(?:[Ii]n|[Aa]cross|[Tt]hroughout|[Aa]long|[Aa]round)(?:\s+the)?(?:\s+(?:neighbouring|neighboring|nearby|rural|central|northern|southern|eastern|western|inner|outer))?|(?:(?<=\bwere )|(?<=\bwas )|(?<=\bare )|(?<=\bis ))on\s+the|[Aa]t|[Oo]utside|[Nn]ear|[Ff]rom|(?:streets|city|county|town|borough|region)\s+of)\s+"
    # Not a label numbered after it: "from Section 106 agreements", "on Route 38".
    # Nor a numbered part of a place: "in Block 7", "at Gate 12", "on Platform 3".
    r"((?!(?i:Section|Article|Clause|Schedule|Part|Chapter|Route|Regulation|Rule|Paragraph|Block|Gate|Platform|Ward|Terminal|Unit|Flat|Room|Level|Floor|Bay|Stand|Pier|Junction|Plot|Building)\s+\d)(?:[A-Z][\w-]{1,30}\s?){1,4})")
# Who the documents say acted: named in the sentence, another body beside it is not a substitute.
# A number in a name: after a capitalised word ("Safer Streets 20", "Ward
# 12"), or with a suffix that makes it one ("the 11-plus"). A measure's
# suffix ("120-place", "24-hour") makes a figure, not a name. (A race's
# "k" is part of its name: "the Ravelsby 10k".)
_NAMED_NUMBER = regex(r"\b([A-Z][\w]*)\s+(\d+k?)\b(?![.,]\d|\s*(?:%|per\b))|\b(\d+)(-plus)\b")
_SUFFIX = regex(r"-plus\b", re.I)
# A name that is a number: "the 42", "42 bus", "the 7 route".
_CALLED_BY_NUMBER = regex(r"(?:the\s+)?(\d+)(?:\s+(?:bus|buses|route|service))?", re.I)
# Who a passage says gave or acted: "from the Executive", "run by the
# charity Brackenmoor Community Transport", "The Executive is funding".
_ACTED_BY = regex(r"\b(?:from|by)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}([A-Z][\w'\u2019-]*)")
_ACTING = regex(r"\b([A-Z][\w'\u2019-]*)\s+(?:(?:is|are|was|were|has|have|had|will)\s+)?(?:fund|pa(?:y|id)|gave|give|award|grant|contribut|invest|provid|allocat|spen[dt])")
_ACTORS = ("mayor", "khan", "city hall", "mopac", "met", "police")
_ACTOR_WORDS = frozenset(w for actor in _ACTORS for w in actor.split()) | {"london", "of"}


def actor_name(run: tuple[str, ...]) -> bool:
    """Whether a proper name is one of the documents' usual actors ("Mayor of London", "City Hall")."""
    return all(w in _ACTOR_WORDS for w in run)


# A body's record of a figure: "the charity's survey", "the council s own figures" (the
# possessive's apostrophe is gone from `lowered`, its "s" kept).
_ITS_RECORD = regex(r"s (?:own |latest |annual |new |first |last )?(?:survey|surveys|poll|census|count|report|review|analysis|study|research|figures|data|statistics|audit|questionnaire)\b")
_REACTION_VERB = regex(r"(?: [a-z]+){0,6}? (?:welcomed|welcome|welcomes|criticised|criticized|praised|said|says|suggested|claimed|reported|argued|insisted|warned|declined|called|attacked|questioned|hailed|condemned)\b")
# The words of an organisation's name that say which kind of body it is:
# "the charity" may be the Sallow Trust; "the council" the City Council.
_KIND_OF_NAME = {
    "charity": frozenset({"trust", "foundation", "charity", "society", "appeal", "mission", "network", "project"}),
    "trust": frozenset({"trust"}),
    "foundation": frozenset({"foundation"}),
    "council": frozenset({"council"}),
}
_ANY_BODY = regex(" (?:" + "|".join(re.escape(b) for b in _BODIES) + ") ")
# A word at least one documented claim in twenty uses is the corpus's home
# ("London", "the Mayor", "the Met"): as an owner it names no one else.
HOME_WORD_IDF = math.log(1 + 20)
# A word one documented claim in four uses is the corpus's setting ("London",
# "the Mayor"): "the whole of London" is where all of it is, not a wider whole.
SETTING_WORD_IDF = math.log(1 + 3)
# A synonym is weaker evidence than the word itself.
SYNONYM_SIMILARITY = 0.9
_NAME_TOKEN = regex(r"\b[A-Z][a-z][\w-]{0,30}")
# Capitalised words any news story about a corpus may carry without naming
# another place or body: days, months, seasons, titles, parties, outlets,
# and the Freedom of Information requests reporters cite.
_NEWS_NAMES = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    mondays tuesdays wednesdays thursdays fridays saturdays sundays weekdays weekends
    august september october november december spring summer autumn winter
    christmas easter halloween ramadan eid diwali hanukkah new year's bank holiday half-term
    mr mrs ms miss dr sir dame lord lady prof professor
    labour conservative conservatives tory tories liberal democrat democrats lib dem dems green greens reform
    government ministers minister secretary whitehall westminster parliament commons mp mps
    bbc itv sky guardian times telegraph standard evening independent observer mirror sun mail express
    radio news lbc fm channel podcast covid covid-19 coronavirus
    freedom information foi
    however meanwhile despite although though while since after before during following
    """.split()
)


def fold_accents(text: str) -> str:
    """`text` without its accents: "café" is "cafe"."""
    import unicodedata

    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def words(text: str, known: dict[str, str] | None = None) -> list[tuple[str, str]]:
    """Content words of `text` as (word, stem): lowercased, accents and
    possessives gone, stop words out. `known` maps words already stemmed
    (a corpus's vocabulary) so a lookup rarely needs the stemmer at all."""
    if not text.isascii():
        text = fold_accents(text)
    text = _POSSESSIVE.sub("", text.lower()).replace("'", "").replace("\u2019", "").replace("\u2018", "")
    if "task" in text:
        # One word however it is written: "Task Force", "task-force", "taskforce".
        text = _TASK_FORCE.sub("taskforce", text)
    raw = [w for w in _WORD.findall(text) if w not in _STOPWORDS and len(w) > 1]
    # Snowball folds "arrested"/"arrests" and "funding"/"fund" together,
    # which rapidfuzz's edit distance alone would not.
    known = known or {}
    stems = [known.get(w) or _stem(w) for w in raw]
    return [(w, s) for w, s in zip(raw, stems) if s not in _STOPWORDS]


# The words a documented subject names its measure by ("length of the
# consultation", "cost of the scheme"), as stems.
_MEASURE_STEMS = frozenset(stem for _, stem in words("length duration date number cost amount value total count figure sum"))

_PARTICIPLE = regex(
    r"\w{3,40}(?:ed|ing)|worst|best|most|least|more|less|so|since|now|this|last|alone|away|out|off|back|ago|aside|apart|ahead|too|either|again|instead|altogether|apiece|respectively|overall"
    # Irregular participles: "98 guns *taken* off the streets".
    r"|taken|given|made|held|found|kept|stolen|hidden|thrown|shown|seen|done|brought|sold|bought|sent|spent|lost|won|left|known|grown|drawn|written|driven|caught|seized|hit|paid|led|run|spread|set|split"
    # ... and those written as their verb: "five *shut* for good", "two *cut*".
    r"|shut|cut|put|quit|hurt"
    # Irregular past tenses: "40 people *came*", "150 schools *took* up the offer".
    r"|came|went|got|saw|took|gave|ran|became|rose|fell|grew"
    r"|hardest|highest|lowest|biggest|largest|greatest|worse|better"
)
_OF = regex(r"^\s{0,3}of\s", re.I)
# "611 of the branch's 1,870 members": a part of a whole counted before its
# noun; what is counted is the whole's noun, past its count.
_OF_A_COUNTED_WHOLE = regex(r"^\s{0,3}(?:(?:the|its|their|our|his|her)\s{1,3})?(?:[\w-]{1,30}['\u2019]s?\s{1,3})?\d[\d,.]{0,15}\s{1,3}(?=[a-z])", re.I)
_PLURAL_BEFORE_OF = regex(r"(\s{0,3}(?:[\w'-]{1,30}\s{1,3}){0,2}?(?!(?:hundreds|thousands|dozens|millions|billions|tens|lots|scores|tonnes)\b)[a-z][\w-]{1,30}[a-rt-z]s)\s{1,3}of\s", re.I)


def _noun_phrase(phrase: str, pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The words of the noun phrase that opens `phrase`, without a
    participle or adverb that follows it ("boroughs *worst hit*", "knives
    *recovered*") or a proper adjective before it ("*London* schools")."""
    while len(pairs) > 1 and _PARTICIPLE.fullmatch(pairs[0][0]):
        pairs = pairs[1:]  # "arrested suspects": the participle is adjectival
    kept: list[tuple[str, str]] = []
    for word, stem in pairs:
        if kept and _PARTICIPLE.fullmatch(word):
            break
        kept.append((word, stem))
    capitals = {w.lower() for w in re.findall(r"\b[A-Z][a-z]+", phrase)}
    common = [p for p in kept if p[0] not in capitals]
    return common or kept


# The level of a body, right before its word: "the *county* council", "the *city* council".
_LEVEL_BEFORE = regex(r" (county|borough|city|district|parish|town|regional|national|unitary|combined|metropolitan|federal|state) $")
# A body's word followed by what makes it the owner or the actor: "council's", "council gave".
_OWNS_OR_ACTS = r"(?:['\u2019]s\b|\s+(?:has|have|had|gave|gives|give|paid|pays|awarded|awards|granted|grants|spent|spends|put|puts|invested|invests|allocated|allocates|funded|funds|is|was|will)\b)"
# The words that set a figure against another: "against", "compared with".
SET_AGAINST = r"(?:against|compared\swith|compared\sto|versus)"
# Where a passage's clauses meet: "..., and the council says ...", "; ", a
# sentence's end; and a figure set against another place's or time's
# ("2.4 per 1,000 people, against 2.9 per 1,000 in Corvenham"), or
# against another owner's ("nine wardens against Tressingham's 18").
_PASSAGE_CLAUSE = regex(
    rf",\s(?:and|but|while|whereas)\s|;\s|[.!?]\s|,\s{SET_AGAINST}\s(?=[\u00a3$\u20ac]?\d)"
    # ... or against another owner's, comma or not: "had nine wardens against Tressingham's 18".
    rf"|\s{SET_AGAINST}\s(?=[A-Z][\w\u2019-]{{0,30}}(?:\s[A-Z][\w\u2019-]{{0,30}}){{0,2}}['\u2019]s\s[\u00a3$\u20ac]?\d)"
)
# Where a list's next item starts (", 15 in ...", " and 9 in ..."): an item
# opens with its figure ("17 were in Northgate, 15 in Ashby Wharf")
# or with its own name and its figure ("Cobb Hill accounted for 284, Marlow
# Rise for 167 and Quayside for 121").
# (A count in words opens one too: "five of them in Stanwell Park and two in Millgate".)
_ITEM_OPENS = r"(?=[\d\u00a3$\u20ac]|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s(?:of\s(?:them|those|these)\s)?(?:in|at|for|on|from)\s[A-Z]|[A-Z][\w'\u2019-]{1,30}(?:\s[A-Z][\w'\u2019-]{1,30}){0,2}\s(?:for|with|on|at)\s[\d\u00a3$\u20ac])"
_LIST_ITEM = regex(rf",\s{_ITEM_OPENS}")
_LIST_OR_AND_ITEM = regex(rf"(?:,|\sand)\s{_ITEM_OPENS}")
_BEFORE_A_CLAUSE = regex(r"(\s{0,3}(?:[a-z][\w'-]{0,30}\s{1,3}){0,3}?[a-z][\w'-]{0,30}s)\s{1,3}(?=[A-Z][a-z]|(?:the|its|their|our|his|her|we|they|he|she|it)\s{1,3}[a-z])")
_CONTRAST_OPENS = regex(r"\s{0,3}(?:while|whilst|whereas|but|and|though|although)\s{1,3}(?=[A-Z])")
_OF_THOSE = regex(r"\s{0,3}of\s+(?:them|those|these|which|whom|us|you)\b", re.I)
# A place called a neighbour of the corpus's ("Neighbouring Denmoor pays
# ..."); the word says it is not the home of the figure beside it. Not
# after a comparison ("Unlike neighbouring Denmoor, Ashwold pays ...").
_NEIGHBOUR = regex(r"\b(?i:neighbouring|neighboring|nearby)\s{1,3}([A-Z][\w'\u2019-]{1,30}(?:\s[A-Z][\w'\u2019-]{1,30}){0,2})")
_COMPARED_BEFORE = frozenset({"than", "unlike", "with", "as", "like"})
# A count followed by its worth: "from 52 worth £231,000": what it counts was named before.
_WORTH_AFTER = regex(r"\s{1,3}worth\s")
# A count "of times" counts what the verb before it did: "called out 31 times", "on 12 occasions".
_FREQUENCY_NOUNS = frozenset({"times", "occasions"})


# A difference with no noun of its own: "31 fewer than in 2023/24".
NO_NOUN_BUT_A_DIFFERENCE = regex(r"\s{1,3}(?:fewer|more|less|higher|lower)\s{1,3}than\b")


def _owned_by(name: str, subject: str) -> bool:
    """Whether a documented subject gives `name` as its owner or place:
    "*Eastholm's* district grant", "referrals *in Eastholm*"."""
    return re.search(rf"\b{re.escape(name)}['\u2019]s\b|\b(?:in|for|at|across)\s{{1,3}}{re.escape(name)}\b", subject) is not None


def _goes_on_as_a_verb(phrase: str, word: str) -> bool:
    """Whether `word` is followed in `phrase` by what follows a verb (see `_VERB_GOES_ON`)."""
    said = phrase.lower().split()
    at = said.index(word.lower()) if word.lower() in said else -1
    return 0 <= at < len(said) - 1 and said[at + 1] in _VERB_GOES_ON


_CLAUSE_END = regex(r"[,;:!?]|\.(?!\d)")


def _counted_phrase(text_after: str) -> tuple[str, str]:
    """The text after a count, past an "of" ("hundreds *of* young people"),
    and the phrase it opens, up to a preposition or punctuation."""
    after = _OF.sub("", text_after[:80], count=1)
    if len(after) < len(text_after[:80]):
        after = _OF_A_COUNTED_WHOLE.sub("", after, count=1)
    phrase = _PHRASE_END.split(after, 1)[0]
    if phrase.strip().lower() in _PREPOSITIONS:
        return after, ""  # "11 in favour and 2 against, with 1 abstention": no noun follows the 2
    # "two bags of food", "150 members of staff": a plural before "of" is what is counted.
    bagged = _PLURAL_BEFORE_OF.match(phrase)
    phrase = bagged.group(1) if bagged else phrase
    # "11 of the insurers Harbourline deals with", "the 23 sessions the
    # council held": a name or a subject after the plural opens a clause
    # about it ("that" left out); the plural is what is counted.
    contact = _BEFORE_A_CLAUSE.match(phrase)
    return after, contact.group(1) if contact else phrase


def tokenize(text: str) -> list[str]:
    """The stems of `text`'s content words."""
    return [s for _, s in words(text)]


_CAPITALISED = regex(r"[A-Z][\w\u2019'&-]*")
# A name that is one coined word: an acronym ("VCTF") or capitals inside ("MyEnds").
_COINED = regex(r"[A-Z]{2,}|[A-Z][a-z]+(?:[A-Z][a-z]*)+")


def proper_names(text: str) -> list[tuple[str, ...]]:
    """Runs of two or more capitalised words ("London Gang Exit"), lowercased,
    possessives and stop words dropped."""
    runs: list[tuple[str, ...]] = []
    current: list[str] = []
    for token in re.finditer(r"\S+", text):
        word = token.group().strip(".,;:!?()[]\"“”‘’")
        bare = _POSSESSIVE.sub("", word)
        # (A preposition opens no name, only a sentence: "During Thistlegate weapons came in ...".)
        if _CAPITALISED.fullmatch(bare) and bare.lower() not in _STOPWORDS and (current or bare.lower() not in _PREPOSITIONS):
            # (Accents folded, as `words` folds them: "Café" is looked up as "cafe".)
            current.append(bare.lower() if bare.isascii() else fold_accents(bare.lower()))
            if bare != word or word != token.group():
                runs.append(tuple(current)) if len(current) > 1 else None
                current = []
            continue
        if len(current) > 1:
            runs.append(tuple(current))
        current = []
    if len(current) > 1:
        runs.append(tuple(current))
    return runs


# Words before a thing's head noun that make it a reference to one thing
# ("the taskforce", "its unit", "Khan's 150-officer taskforce").
_DETERMINERS = frozenset("the this that these those his her its their our a an".split())
# How far before its head a determiner may stand ("the Mayor's new 150-officer taskforce").
_REFERENCE_REACH = 4
_REFERENCE_TOKEN = regex(r"[\w'\u2019-]+|[,.;:!?()\[\]\"\u201c\u201d£$€]")


def _headed_task_force(m: re.Match[str]) -> str:
    return "Taskforce" if m.group()[0].isupper() else "taskforce"


# One documented thing a head can stand for: its proper-name set ids, and
# the stems of its aliases (to tell "the seed fund" from "the youth fund").
Thing = tuple[list[int], list[str]]


def reference_heads(named: Iterable[tuple[Sequence[str], int]]) -> dict[str, list[Thing]]:
    """Head noun -> the documented things whose capitalised aliases end in
    it: "Violent Crime Task Force" makes "taskforce" stand for that thing,
    "Violence Reduction Unit" "unit". A head several things share
    ("Young Londoners Fund", "Seed Fund": "fund") keeps them all; a
    reference picks one by its other words (see `Match.referenced`).

    `named` gives each documented claim's aliases and proper-name set id;
    claims listing the same aliases are the same thing."""
    things: dict[str, dict[tuple[str, ...], set[int]]] = {}
    capitalised: set[str] = set()
    for aliases, proper_id in named:
        for alias in aliases:
            # Two words besides a determiner: "the Met" is a name, not a head.
            said = [w for w in _TASK_FORCE.sub(_headed_task_force, alias).split() if w.lower() not in _DETERMINERS]
            if len(said) < 2:
                continue
            head = _stem(_POSSESSIVE.sub("", said[-1].lower()))
            # Every alias's head counts as a thing it may mean ("Rescue and
            # Response service" shares "service" with "Metropolitan Police
            # Service"); only a capitalised one makes a head that can refer.
            things.setdefault(head, {}).setdefault(tuple(sorted(aliases)), set()).add(proper_id)
            if said[-1][:1].isupper() and not said[-1].isupper():
                capitalised.add(head)
    return {
        head: [(sorted(ids), sorted({stem for alias in aliases for stem in tokenize(alias)})) for aliases, ids in sorted(by.items())]
        for head, by in sorted(things.items())
        if head in capitalised
    }


@dataclass(frozen=True)
class Reference:
    """A thing referred to by its head noun: "Khan's youth fund" is head
    "fund", modifiers ("youth",), owner "khan" (stems)."""

    head: str
    modifiers: tuple[str, ...]
    owner: str = ""


def referenced_heads(subject: str, heads: dict[str, list[Thing]], known: dict[str, str] | None = None) -> tuple[Reference, ...]:
    """The references `subject` makes to heads of `heads`: after a
    determiner or possessive within a few words, in lower case ("the
    taskforce") or capitalised right after its determiner ("the Taskforce"),
    never inside another capitalised name ("the Kent Taskforce")."""
    if not heads:
        return ()
    tokens = _REFERENCE_TOKEN.findall(_TASK_FORCE.sub(_headed_task_force, subject[:MAX_SUBJECT_CHARS]))
    found: list[Reference] = []
    starts = {head[:3] for head in heads}
    for i, token in enumerate(tokens):
        word = _POSSESSIVE.sub("", token.lower())
        if not word[:1].isalpha() or word[:3] not in starts:
            continue  # the stemmer only for a word that could be a head
        head = (known or {}).get(word) or _stem(word)
        if head not in heads:
            continue
        if token[:1].isupper() and not (i > 0 and tokens[i - 1].lower() in _DETERMINERS):
            continue
        for k in range(i - 1, max(-1, i - 1 - _REFERENCE_REACH), -1):
            before = tokens[k]
            if not before[:1].isalnum() and before[:1] not in "-'\u2019":
                break  # another clause
            owner = tokenize(before) if _POSSESSIVE.search(before) else []
            if before.lower() in _DETERMINERS or owner:
                modifiers = tuple(stem for t in tokens[k + 1 : i] for stem in tokenize(t))
                found.append(Reference(head, modifiers, owner[0] if owner else ""))
                break
        else:
            if i <= _REFERENCE_REACH and token[:1].islower() and all(t[:1].islower() for t in tokens[:i]):
                # "£45m youth fund opens to bids": a headline drops the
                # article, and its words (the figure read out) open with the head's phrase.
                found.append(Reference(head, tuple(stem for t in tokens[:i] for stem in tokenize(t)), ""))
    return tuple(found)


def _whole_words(text: str, phrase: str) -> Iterator[int]:
    """Where `phrase` starts in `text` with a word boundary at each end, as
    `\\b{phrase}\\b` finds it. A search of its own, not a regex built per
    phrase: a large corpus's names overflow the regex cache, and each
    lookup would compile them again."""
    if not phrase:
        return
    at = text.find(phrase)
    while at >= 0:
        end = at + len(phrase)
        if _boundary(text, at) and _boundary(text, end):
            yield at
        at = text.find(phrase, at + 1)


def _boundary(text: str, at: int) -> bool:
    """Whether `\\b` holds at `at`: a word character on one side only."""
    before = at > 0 and _is_word_char(text[at - 1])
    after = at < len(text) and _is_word_char(text[at])
    return before != after


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


@functools.lru_cache(maxsize=100_000)
def _same_word(a: str, b: str) -> bool:
    """Equal, a typo of each other ("Exti", "Taskforse"), or one written as
    part of the other ("Task Force" and "Taskforce")."""
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    if len(short) < 4:
        return False
    # No subsequence is longer than the letters the words share: most pairs
    # ("londoners", "fund") fall short of either threshold on that alone.
    shared = sum(min(a.count(ch), b.count(ch)) for ch in set(short))
    if 200 * shared < 75 * (len(a) + len(b)) and 200 * shared < 85 * 2 * len(short):
        return False
    if _similarity(a, b) >= 75:
        return True
    # Written as the start or end of the other ("Task Force"/"Taskforce"),
    # not found somewhere inside it ("city" is no part of "community").
    n = len(short)
    return len(long_) >= n + 3 and max(_similarity(short, long_[:n]), _similarity(short, long_[-n:])) >= 85


def _similarity(a: str, b: str) -> float:
    """rapidfuzz's `fuzz.ratio` of two words, 0-100 (twice their longest
    common subsequence over their lengths), worked out here: a single
    lookup compares a few words, and importing rapidfuzz for them cost more
    than the lookup (bench/instructions.py, "one")."""
    if not a or not b:
        return 100.0 if a == b else 0.0
    return 200.0 * _common_subsequence(a, b) / (len(a) + len(b))


def _common_subsequence(a: str, b: str) -> int:
    """The length of the longest common subsequence of two words."""
    previous = [0] * (len(b) + 1)
    for x in a:
        current = [0]
        for j, y in enumerate(b):
            current.append(previous[j] + 1 if x == y else max(previous[j + 1], current[j]))
        previous = current
    return previous[-1]


_OVERLAP, _CLASH = 1, 2


class _ClaimNames:
    """A claim's proper names, to compare with documented ones. Which of the
    claim's words each documented word is (exactly, or as a typo: see
    _same_word) is worked out once per lookup and word, not once per pair
    of names: a lookup in a large corpus meets hundreds of documented names
    made of the same few dozen words."""

    __slots__ = ("names", "_words", "_same", "_union", "_found")

    def __init__(self, names: tuple[tuple[str, ...], ...]) -> None:
        self.names = names
        self._words = frozenset(w for n in names for w in n)
        self._same: dict[str, frozenset[str]] = {}
        self._union: dict[tuple[str, ...], frozenset[str]] = {}
        self._found: dict[int, tuple[str, str] | None] = {}

    def _same_as(self, y: str) -> frozenset[str]:
        """The claim's words that documented word `y` is."""
        found = self._same.get(y)
        if found is None:
            found = self._same[y] = frozenset(x for x in self._words if _same_word(x, y))
        return found

    def _said_by(self, d: tuple[str, ...]) -> frozenset[str]:
        """The claim's words that documented name `d` has."""
        found = self._union.get(d)
        if found is None:
            found = self._union[d] = frozenset().union(*map(self._same_as, d))
        return found

    def relation(self, c: tuple[str, ...], d: tuple[str, ...]) -> int:
        """How the claim's name `c` stands to a documented one `d`: 0 if
        they share no word, _OVERLAP if they do, _CLASH if they do but

        - each has a word the other lacks ("Manchester Gang Exit" / "London Gang Exit"), or
        - the claim's name puts a word inside the documented one ("Community
          Garden Seed Fund" / "Community Seed Fund"); words added at either end
          ("London Gang Exit Programme") are tolerated."""
        if set(d).issuperset(c):
            return _OVERLAP  # the documented name holds the claim's whole: nothing swapped or inserted
        said = self._said_by(d)
        found = [x in said for x in c]
        if True not in found:
            return 0
        if False in found:
            c_words = set(c)
            for y in d:
                if not self._same_as(y) & c_words:
                    return _CLASH
        # A word of the documented name missing between two it shares: inserted.
        first, last = found.index(True), len(found) - 1 - found[::-1].index(True)
        return _CLASH if first < last and False in found[first:last] else _OVERLAP

    def substitution(self, key: int, documented: tuple[tuple[str, ...], ...]) -> tuple[str, str] | None:
        """A proper name of the claim that shares words with the documented
        names but swaps one of them, against every documented name it
        overlaps. `key` names the documented set (its proper-name id): asked
        once per lookup."""
        if key not in self._found:
            self._found[key] = self._substitution(documented)
        return self._found[key]

    def _substitution(self, documented: tuple[tuple[str, ...], ...]) -> tuple[str, str] | None:
        claim_names = self.names
        if not claim_names or not documented:
            return None
        # Quick exit: names sharing no word exactly (the common case) cannot
        # clash unless by a typo, which needs a word of similar length.
        documented_words = {w for n in documented for w in n}
        if not self._words & documented_words and not any(
            abs(len(a) - len(b)) <= 3 and a[:1] == b[:1] for a in self._words for b in documented_words
        ):
            return None
        relations = [[self.relation(c, d) for d in documented] for c in claim_names]
        for c, related in zip(claim_names, relations):
            if _OVERLAP in related and any(r == _OVERLAP and set(d) <= set(c) for d, r in zip(documented, related)):
                return None  # the claim names the documented thing itself, whatever else it names
        for c, related in zip(claim_names, relations):
            # Every documented name it overlaps, it clashes with.
            if _CLASH in related and _OVERLAP not in related:
                return " ".join(c).title(), " ".join(documented[related.index(_CLASH)]).title()
        return None


def swap_of_a_kind(swap: tuple[str, str]) -> bool:
    """Whether a name swapped in for a documented one (`Match.substitution`)
    ends in the same word, so names a thing of its kind: "Corvell Fund" for
    "Young Londoners Fund", not "County Council" for "Libraries"."""
    return swap[0].lower().split()[-1] == swap[1].lower().split()[-1]


def _name_relation(c: tuple[str, ...], d: tuple[str, ...]) -> int:
    """How a claim's proper name `c` stands to a documented one `d` (see _ClaimNames.relation)."""
    return _ClaimNames((c,)).relation(c, d)


@dataclass(frozen=True)
class _Lookup:
    """What one lookup learnt about the claim, shared by all its matches."""

    subject: str
    mapped: frozenset[str]
    tokens: tuple[str, ...]
    resolved: dict  # claim stem -> (corpus stem, similarity)
    got: Callable[[int], float]  # name id -> weight of its words the claim has
    heads: dict[str, list[Thing]]  # the matcher's `heads`
    known: dict[str, str]  # the matcher's `stem_of`: words already stemmed

    @cached
    def referenced(self) -> tuple[Reference, ...]:
        """Heads of documented names the claim refers by ("the taskforce")."""
        return referenced_heads(self.subject, self.heads, self.known)

    def meant(self, reference: Reference) -> list[int] | None:
        """The proper-name set ids of the one thing `reference` means: the
        only thing with its head, else the one whose aliases share most of
        its modifiers ("seed fund"), then of its owner too ("Khan's youth
        fund": the Mayor's); None when that leaves a tie."""
        things = self.heads[reference.head]
        if len(things) == 1:
            return things[0][0]
        for words in (reference.modifiers, reference.modifiers + ((reference.owner,) if reference.owner else ())):
            said = {self.resolved[w][0] for w in words if w in self.resolved and self.resolved[w][1] > 0}
            shared = [len(said.intersection(stems)) for _, stems in things]
            best = max(shared)
            if best and shared.count(best) == 1:
                return things[shared.index(best)][0]
        return None

    @cached
    def tied(self) -> tuple[tuple[frozenset[int], ...], ...]:
        """For each reference whose words leave a tie ("the fund": the Young
        Londoners Fund or the seed fund?), the proper-name set ids of each
        thing it may mean: those sharing most of its modifiers."""
        found = []
        for reference in self.referenced:
            if self.meant(reference) is not None:
                continue
            things = self.heads[reference.head]
            said = {self.resolved[w][0] for w in reference.modifiers if w in self.resolved and self.resolved[w][1] > 0}
            shared = [len(said.intersection(stems)) for _, stems in things]
            found.append(tuple(frozenset(ids) for (ids, _), n in zip(things, shared) if n == max(shared)))
        return tuple(found)

    @cached
    def referenced_ids(self) -> frozenset[int]:
        """The proper-name set ids of every thing the claim's references
        mean: worked out once per lookup, not once per match asking (a head
        a large corpus's things share, "fund", weighs thousands of them)."""
        return frozenset(i for r in self.referenced for i in (self.meant(r) or ()))

    @cached
    def claim_names(self) -> _ClaimNames:
        """The claim's proper names: read only if a match is a contender."""
        return _ClaimNames(tuple(dict.fromkeys(proper_names(self.subject))))


@dataclass
class _Entry:
    """One documented claim as the matcher sees it."""

    claim: Claim
    names: list[tuple[str, list[str]]]  # (name, tokens)
    name_vocabulary: frozenset[str]  # tokens of the subject and aliases
    vocabulary: frozenset[str]  # tokens of names and passage
    proper_names: tuple[tuple[str, ...], ...]  # capitalised runs of the subject and aliases
    figure: Figure | None = None  # the documented figure, once read


class Match:
    """How well a claim's subject matches one documented claim.

    Built for every candidate worth ranking, so everything that needs the
    documented claim itself (which a large cached corpus loads on demand)
    is worked out only when asked for.
    """

    __slots__ = ("index", "score", "name_recall", "precision", "_matcher", "_lookup", "__dict__")

    def __init__(self, matcher: "Matcher", index: int, score: float, name_recall: float, precision: float, lookup: _Lookup):
        self.index = index  # the documented claim's position in the corpus
        self.score = score
        self.name_recall = name_recall
        self.precision = precision
        self._matcher = matcher
        self._lookup = lookup

    def __repr__(self) -> str:
        return f"Match({self.topic!r}, index={self.index}, score={self.score:.3f}, precision={self.precision:.3f})"

    @property
    def topic(self) -> str:
        return self._matcher.topic_of(self.index)

    @property
    def entry(self) -> _Entry:
        return self._matcher.entries[self.index]

    @property
    def claim(self) -> Claim:
        return self.entry.claim

    @cached
    def _best_name(self) -> tuple[str, list[str]]:
        names = self.entry.names
        _, name_id = self._matcher._recall(self.index, self._lookup.got)
        return names[name_id - self._matcher.first_name[self.index]] if name_id >= 0 else names[0]

    @property
    def name(self) -> str:
        """The subject or alias that matched best."""
        return self._best_name[0]

    @property
    def subject_text(self) -> str:
        """The claim's words as matched."""
        return self._lookup.subject

    @property
    def tokens(self) -> tuple[str, ...]:
        """The stems of the claim's words as matched."""
        return self._lookup.tokens

    @cached
    def missing_from_claim(self) -> tuple[str, ...]:
        """Words of the best name that the claim lacks."""
        return tuple(t for t in dict.fromkeys(self._best_name[1]) if t not in self._lookup.mapped)

    @cached
    def misses_a_name_word(self) -> bool:
        """Whether the claim lacks a capitalised word of the documented
        subject or of its best name ("Seed Fund" of "boroughs with schemes
        benefiting from the Knife Crime Community Seed Fund money"): it
        does not name the thing the documented claim is of."""
        mapped, known = self._lookup.mapped, self._matcher.stem_of
        for text in dict.fromkeys((self.claim.subject, self.name)):  # (the best name is often the subject)
            for token in _CAPITALISED.finditer(text):
                if any(stem not in mapped for _, stem in words(token.group(), known)):
                    return True
        return False

    @cached
    def unknown_to_corpus(self) -> tuple[str, ...]:
        """Words of the claim this documented claim lacks."""
        look, vocabulary = self._lookup, self.entry.vocabulary
        return tuple(t for t in look.tokens if not (look.resolved[t][1] > 0 and look.resolved[t][0] in vocabulary))

    @cached
    def substitution(self) -> tuple[str, str] | None:
        """(the claim's proper name, the documents') when the claim swaps or
        inserts a word of a documented name: "Manchester Gang Exit" for
        "London Gang Exit", "Operation Summer Nights" for "Operation Winter Nights"."""
        m = self._matcher
        key = m.proper_ids[self.index]
        return self._lookup.claim_names.substitution(key, m.proper_table[key])

    @cached
    def names_in_full(self) -> bool:
        """Whether the claim gives every word of one of the documented
        proper names ("Young Londoners Fund", "London Gang Exit") or an
        acronym alias ("VCTF"): it names the thing, rather than describing
        something like it ("the fund will make money available")."""
        return self.named_run() is not None or bool(self._coined_given())

    def names_given(self) -> frozenset[tuple[str, ...]]:
        """Every documented name of this thing the claim gives in full: its
        proper names' runs, and its coined names ("myends",)."""
        m = self._matcher
        runs = {run for run in m.proper_table[m.proper_ids[self.index]] if self._gives_run(run)}
        return frozenset(runs | self._coined_given())

    def named_run(self) -> tuple[str, ...] | None:
        """The documented proper name ("young londoners fund") the claim gives every word of, if any."""
        m = self._matcher
        return next((run for run in m.proper_table[m.proper_ids[self.index]] if self._gives_run(run)), None)

    def _gives_run(self, run: tuple[str, ...]) -> bool:
        """Whether the claim gives every word of a documented name's run."""
        mapped = self._lookup.mapped
        known = self._matcher.stem_of  # the corpus's own words, stemmed when the index was built
        # "Task Force" is one word to the index ("taskforce").
        return all(("taskforc" if w in ("task", "force") and "taskforc" in mapped else known.get(w) or _stem(w)) in mapped for w in run)

    def _coined_given(self) -> set[tuple[str, ...]]:
        """The acronyms ("VCTF") and coined words ("MyEnds") of this thing the claim gives: each names it alone."""
        mapped = self._lookup.mapped
        return {(name.lower(),) for name, toks in self.entry.names if _COINED.fullmatch(name) and toks and all(t in mapped for t in toks)}

    @property
    def referenced(self) -> bool:
        """Whether the claim refers to this documented thing by the head of
        its name, which no other documented thing shares ("the taskforce"
        for the Violent Crime Task Force): it names it, if not in full."""
        look = self._lookup
        if not look.referenced:
            return False
        return self._matcher.proper_ids[self.index] in look.referenced_ids

    @property
    def tied_references(self) -> tuple[tuple[frozenset[int], ...], ...]:
        """The claim's references that its words leave tied (see `_Lookup.tied`); the same for every match of a lookup."""
        return self._lookup.tied

    @property
    def proper_id(self) -> int:
        """The id of this documented claim's set of proper names: claims naming one thing share it."""
        return self._matcher.proper_ids[self.index]

    @cached
    def alias_named(self) -> bool:
        """Whether the claim gives one of the documented claim's aliases in
        full ("Police and Crime Plan"), or refers to it by its head: what
        the curators say the thing is called, not a name its subject only
        mentions ("the City Hall analysis")."""
        mapped = self._lookup.mapped
        return self.referenced or any(toks and all(t in mapped for t in toks) for _, toks in self.entry.names[1:])

    def joined_with(self, other: "Match") -> "Match":
        """This match, its precision counting the claim's words found in
        `other`'s documented claim as well as in its own: "The five bulge
        classes opened this term cost £1.35m" says of the classes what the
        documented count of them says, and of their cost the rest."""
        m, look = self._matcher, self._lookup
        own, theirs = self.entry, other.entry
        whole = covered = 0.0
        for t in look.tokens:
            word, sim = look.resolved[t]
            weight = m._precision_weight(word if sim > 0 else None)
            whole += weight
            if sim <= 0:
                continue
            if word in own.name_vocabulary or word in theirs.name_vocabulary:
                covered += weight * sim
            elif word in own.vocabulary or word in theirs.vocabulary:
                covered += weight * sim * PASSAGE_ONLY_WEIGHT
        precision = covered / whole if whole else 0.0
        return Match(m, self.index, self.score, self.name_recall, max(self.precision, precision), look)

    def accepts(self, threshold: float, min_precision: float) -> bool:
        # Cheap tests first: the proper-name check runs only for contenders.
        return self.score >= threshold and self.precision >= min_precision and self.substitution is None

    def why_rejected(self, threshold: float, min_precision: float) -> str:
        # Kept on the match: lookups are remembered, and a draft that repeats
        # a sentence, or a sentence read again with a carried subject, asks
        # again; the surface words are the costly part.
        kept = self.__dict__.get("_why_rejected")
        if kept is not None and kept[0] == (threshold, min_precision):
            return kept[1]
        why = self._why_rejected(threshold, min_precision)
        self.__dict__["_why_rejected"] = ((threshold, min_precision), why)
        return why

    def _why_rejected(self, threshold: float, min_precision: float) -> str:
        if self.substitution is not None:
            return f"the claim names {self.substitution[0]!r} where the documents name {self.substitution[1]!r}"
        if self.score < threshold:
            parts = [f"score {_below(self.score, threshold)} < {threshold:.2f}"]
        else:
            parts = [f"only {_below(self.precision, min_precision, percent=True)} of the claim's words are found there, {min_precision:.0%} needed"]
        if self.missing_from_claim:
            # The documents' own words, not their stems ("services", not "servic").
            named = _surface(self.name, self.missing_from_claim, self._matcher.stem_of)
            parts.append(f"the claim does not mention {', '.join(repr(w) for w in named)} of {self.name!r}")
        if self.unknown_to_corpus:
            said = _surface(self._lookup.subject, self.unknown_to_corpus, self._matcher.stem_of)
            parts.append(f"the documents say nothing of {', '.join(repr(w) for w in said)} here")
        return "; ".join(parts)


def _below(value: float, bound: float, percent: bool = False) -> str:
    """`value` written precisely enough that it visibly falls short of
    `bound`: 0.598 against 0.60, never "0.60 < 0.60"."""
    for places in (2, 3, 4):
        shown = f"{value:.{places - 2}%}" if percent else f"{value:.{places}f}"
        if (float(shown.rstrip("%")) / (100 if percent else 1)) < bound:
            return shown
    return f"{value:.2%}" if percent else f"{value:.4f}"


def _surface(text: str, stems: Sequence[str], known: dict[str, str]) -> list[str]:
    """The words of `text` whose stems are `stems`, as written there."""
    by_stem: dict[str, str] = {}
    for token in _WORD.finditer(text[:MAX_SUBJECT_CHARS]):
        for _, stem in words(token.group(), known):
            by_stem.setdefault(stem, token.group())
    return [by_stem.get(s, s) for s in stems]


@dataclass
class Postings:
    """For each word id, the ascending ids of what holds it, all in one flat
    array: compact to store, quick to load, and numpy can view it in place."""

    starts: Sequence[int]  # word id -> where its ids start; one more than there are words
    items: Sequence[int]

    @classmethod
    def from_lists(cls, lists: Sequence[Sequence[int]]) -> "Postings":
        starts, items = array("q", [0]), array("i")
        for ids in lists:
            items.extend(ids)
            starts.append(len(items))
        return cls(starts, items)

    def __getitem__(self, word_id: int) -> Sequence[int]:
        return self.items[self.starts[word_id] : self.starts[word_id + 1]]


# Below this many documented claims a lookup is a few hundred additions,
# cheaper in plain Python than numpy's import (~70 ms of a cold start).
VECTORISE_FROM = 2000
# ...but a batch against a corpus of some hundreds pays for the import after
# a few dozen lookups. Both ways give the same scores, so a run may switch.
VECTORISE_BATCH_FROM, VECTORISE_AFTER_LOOKUPS = 300, 50


def _numpy():
    try:
        import numpy
    except ImportError:  # pragma: no cover - numpy is a dependency; plain Python still works
        return None
    return numpy


@dataclass
class Matcher:
    """An index of a corpus for subject matching. Build once, query many times.

    Scores are accumulated from posting lists (word -> the claims and names
    that hold it), so a lookup costs in proportion to how often the claim's
    words occur in the corpus, not to the corpus size; only the best few
    hundred candidates are then examined in full. The index is flat arrays
    of ids and weights, so a cached one loads without rebuilding millions of
    Python objects, and in a large corpus the accumulation is vectorised.
    """

    entries: Sequence[_Entry]  # a list, or loaded on demand from the cache
    name_weight: float = NAME_WEIGHT
    word_ids: dict[str, int] = field(default_factory=dict)  # corpus stem -> word id
    idf: Sequence[float] = field(default_factory=list)  # by word id
    max_idf: float = 1.0
    # word id -> entries holding it in a name, entries holding it only in the passage, names holding it
    in_names: Postings = field(default_factory=lambda: Postings.from_lists([]))
    in_passage_only: Postings = field(default_factory=lambda: Postings.from_lists([]))
    name_postings: Postings = field(default_factory=lambda: Postings.from_lists([]))
    name_total: Sequence[float] = field(default_factory=list)  # name id -> weight of its words that count
    first_name: Sequence[int] = field(default_factory=list)  # entry -> id of its first name; one extra at the end
    name_entry: Sequence[int] = field(default_factory=list)  # name id -> entry
    id_rank: Sequence[int] = field(default_factory=list)  # entry -> rank of its claim id (ties are broken by id)
    topics: list[str] = field(default_factory=list)  # topic id -> topic
    topic_index: dict[str, int] = field(default_factory=dict)  # topic -> topic id
    topic_ids: Sequence[int] = field(default_factory=list)  # entry -> topic id
    topic_members: Postings = field(default_factory=lambda: Postings.from_lists([]))  # topic id -> entries
    stem_of: dict[str, str] = field(default_factory=dict)  # surface word -> stem
    # Each distinct set of proper names once (the claims of a topic share
    # theirs), so the proper-name check needs no documented claim loaded.
    proper_table: list[tuple[tuple[str, ...], ...]] = field(default_factory=list)
    proper_ids: Sequence[int] = field(default_factory=list)  # entry -> index into proper_table
    # The last word of a documented proper name ("Violent Crime Task Force":
    # taskforce) -> the things so named. See `reference_heads`.
    heads: dict[str, list[Thing]] = field(default_factory=dict)
    _by_length: dict[int, list[str]] | None = field(default=None, repr=False)
    _proper_words: frozenset[str] | None = field(default=None, repr=False)
    _proper_runs: frozenset[tuple[str, ...]] | None = field(default=None, repr=False)
    _place_stems: frozenset[str] | None = field(default=None, repr=False)
    _neighbour_stems: frozenset[str] | None = field(default=None, repr=False)
    _thing_places: dict[tuple[str, ...], frozenset[str]] | None = field(default=None, repr=False)
    _titled: frozenset[str] | None = field(default=None, repr=False)
    _named_numbers: frozenset[tuple[str, str]] | None = field(default=None, repr=False)
    _of_thing: dict[int, list[int]] | None = field(default=None, repr=False)  # proper-name set id -> its claims, built on first use
    quotes: QuoteIndex = field(default_factory=lambda: QuoteIndex({}))  # the passages a sentence may repeat
    _vectors: _Vectors | None = field(default=None, repr=False)
    # Recent lookups by subject: a batch's claims often differ only in their
    # figures ("£45m for the X", "£50m for the X"), and matches are immutable.
    _recent: Recent[tuple[str, int], list[Match]] = field(default_factory=Recent, repr=False)
    _own: Recent[int, frozenset[str]] = field(default_factory=Recent, repr=False)  # see `own_words`
    _placed: Recent[int, frozenset[str]] = field(default_factory=Recent, repr=False)  # see `_claim_places`
    _lookups: int = field(default=0, repr=False)

    @classmethod
    def build(cls, corpus: Corpus, name_weight: float = NAME_WEIGHT) -> "Matcher":
        entries: list[_Entry] = []
        stem_of: dict[str, str] = {}
        df: dict[str, int] = {}
        def stems(text: str) -> list[str]:
            pairs = words(text, stem_of)
            for word, stem in pairs:
                stem_of.setdefault(word, stem)
            return [stem for _, stem in pairs]

        # The claims of a topic share names and often passages: one object
        # for equal values keeps a 100k-claim build in bounds.
        shared: dict = {}

        def one(value):
            return shared.setdefault(value, value)

        for claim in corpus.claims:
            names = [(name, stems(name)) for name in claim.names]
            name_vocab = one(frozenset(t for _, toks in names for t in toks))
            vocab = one(name_vocab | frozenset(stems(claim.passage)))
            proper = one(tuple(run for name in claim.names for run in proper_names(name)))
            entries.append(_Entry(claim, names, name_vocab, vocab, proper))
            for tok in vocab:
                df[tok] = df.get(tok, 0) + 1
        word_ids = {tok: i for i, tok in enumerate(df)}
        n = max(1, len(entries))
        idf = array("d", (math.log(1 + n / count) for count in df.values()))
        m = cls(entries, name_weight, word_ids, idf, math.log(1 + n), stem_of=stem_of)
        # Arrays, not lists: 4 bytes an id instead of ~36 while building a large corpus.
        in_names: list[array[int]] = [array("i") for _ in word_ids]
        in_passage: list[array[int]] = [array("i") for _ in word_ids]
        name_lists: list[array[int]] = [array("i") for _ in word_ids]
        name_total, first_name, name_entry = array("d"), array("i"), array("i")
        topic_ids: dict[str, int] = {}
        members: list[list[int]] = []
        for idx, entry in enumerate(entries):
            for tok in entry.vocabulary:
                (in_names if tok in entry.name_vocabulary else in_passage)[word_ids[tok]].append(idx)
            first_name.append(len(name_total))
            name_entry.extend([idx] * len(entry.names))
            for _, name_tokens in entry.names:
                # A long descriptive subject is named by its most distinctive
                # words; an editor never repeats all of them.
                # (Not the word that names the measure itself, "length of the
                # consultation": a sentence says it by its figure, "ran for 12 weeks".)
                named = set(name_tokens) - _MEASURE_STEMS or set(name_tokens)
                weights = sorted((m.weight(t) for t in named), reverse=True)
                for tok in set(name_tokens):
                    name_lists[word_ids[tok]].append(len(name_total))
                name_total.append(sum(weights[:NAME_WORDS_NEEDED]))
            topic = topic_ids.setdefault(entry.claim.topic, len(topic_ids))
            if topic == len(members):
                members.append([])
            members[topic].append(idx)
        first_name.append(len(name_total))
        m.in_names, m.in_passage_only, m.name_postings = Postings.from_lists(in_names), Postings.from_lists(in_passage), Postings.from_lists(name_lists)
        m.name_total, m.first_name, m.name_entry = name_total, first_name, name_entry
        ranked = sorted(range(len(entries)), key=lambda i: entries[i].claim.id)
        m.id_rank = array("i", bytes(4 * len(entries)))
        for rank, idx in enumerate(ranked):
            m.id_rank[idx] = rank
        m.topics, m.topic_index = list(topic_ids), topic_ids
        m.topic_ids = array("i", (topic_ids[e.claim.topic] for e in entries))
        m.topic_members = Postings.from_lists(members)
        proper_index: dict[tuple[tuple[str, ...], ...], int] = {}
        m.proper_ids = array("i", (proper_index.setdefault(e.proper_names, len(proper_index)) for e in entries))
        m.proper_table = list(proper_index)
        m.heads = reference_heads((e.claim.aliases, m.proper_ids[i]) for i, e in enumerate(entries))
        # While every claim is at hand: a large cached corpus decodes a claim only when asked for it.
        m._named_numbers = _numbers_in_names(e.claim for e in entries)
        # (Read on first use, a large cached corpus decoded every claim for
        # it: a 100,000-claim lookup naming a place took 11 s, not 0.5 s.)
        m._place_stems = m._places_in_passages([s.known_publisher for s in corpus.sources.values()])
        m._neighbour_stems = m._neighbours_in_passages()
        m._thing_places = m._things_placed_in_passages()
        m.quotes = QuoteIndex.build([e.claim for e in entries])
        return m

    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        state["_vectors"] = None  # numpy views are rebuilt on first use
        state["_recent"], state["_lookups"], state["_own"] = Recent(), 0, Recent()
        return state

    def __len__(self) -> int:
        return len(self.entries)

    def claim(self, index: int) -> Claim:
        return self.entries[index].claim

    def topic_of(self, index: int) -> str:
        return self.topics[self.topic_ids[index]]

    def topic_indices(self, topic: str) -> Sequence[int]:
        """The entries of a topic, in corpus order."""
        return self.topic_members[self.topic_index[topic]]

    def by_length(self) -> dict[int, list[str]]:
        """The corpus's surface words by length, for typo matching."""
        if self._by_length is None:
            self._by_length = {}
            for word in self.stem_of:
                self._by_length.setdefault(len(word), []).append(word)
        return self._by_length

    def _resolve(self, pairs: list[tuple[str, str]]) -> dict[str, tuple[str, float]]:
        """Each claim stem -> (corpus stem, similarity); unknown words map to themselves at 0.

        Typos are matched on the surface word, before stemming mangles them
        ("investmnet" is one transposition from "investment").
        """
        out: dict[str, tuple[str, float]] = {}
        for word, stem in pairs:
            if stem in out and out[stem][1] > 0:
                continue
            if stem in self.word_ids:
                out[stem] = (stem, 1.0)
                continue
            synonym = next((_stem(w) for w in _SYNONYMS.get(word, ()) if _stem(w) in self.word_ids), None)
            if synonym is None:
                synonym = self._acted_on(word)
            if synonym is not None:
                out[stem] = (synonym, SYNONYM_SIMILARITY)
                continue
            best: tuple[str, float] = (stem, 0.0)
            if len(word) >= FUZZY_MIN_LENGTH:
                from rapidfuzz import fuzz, process  # only when a word needs it

                by_length = self.by_length()
                pool = [w for L in (len(word) - 1, len(word), len(word) + 1) for w in by_length.get(L, ())]
                hit = process.extractOne(word, pool, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
                if hit is not None:
                    best = (self.stem_of[hit[0]], hit[1] / 100.0)
            out[stem] = best
        return out

    def _acted_on(self, word: str) -> str | None:
        """The corpus's stem for what a doer's name says is done, where the
        corpus writes that word itself and never the doer: "auditors" for
        the documents' "audit". ("governors" is not "government": the corpus
        never writes "govern".)"""
        low = word.lower()
        base = low[:-3] if low.endswith("ors") else low[:-2] if low.endswith("or") else ""
        stem = self.stem_of.get(base) if len(base) >= 4 else None
        return stem if stem is not None and stem in self.word_ids else None

    def subjects_holding(self, phrase: str, at_least: int = 1) -> frozenset[int]:
        """The documented claims whose subject (their first name) holds every
        content word of `phrase` (of which there are `at_least`), from the
        name postings: no claim is loaded."""
        stems = [stem for _, stem in words(phrase, self.stem_of)]
        if len(stems) < at_least or any(stem not in self.word_ids for stem in stems):
            return frozenset()
        starts, items = self.name_postings.starts, self.name_postings.items
        rarest, *others = sorted({self.word_ids[stem] for stem in stems}, key=lambda i: starts[i + 1] - starts[i])
        held = {e for n in self.name_postings[rarest] if self.first_name[e := self.name_entry[n]] == n}
        for word_id in others:
            # Each word's name ids ascend: a search per subject left, not a set of them all.
            lo, hi = starts[word_id], starts[word_id + 1]
            held = {e for e in held if (at := bisect.bisect_left(items, self.first_name[e], lo, hi)) < hi and items[at] == self.first_name[e]}
            if not held:
                break
        return frozenset(held)

    def named_in_few_topics(self, stem: str, most: int) -> bool:
        """Whether at most `most` documented topics have `stem` in their
        names: a thing's own name ("Millbeck"), not the corpus's furniture
        ("City Hall", "Fund"). From the name postings; no claim is loaded."""
        word_id = self.word_ids.get(stem)
        if word_id is None:
            return False
        topics: set[str] = set()
        for name_id in self.name_postings[word_id]:
            topics.add(self.topic_of(self.name_entry[name_id]))
            if len(topics) > most:
                return False
        return True

    def sources_of_thing(self, index: int) -> frozenset[str]:
        """The documents that speak of what the claim at `index` is about:
        those of its topic, and those whose subjects hold the rarest
        capitalised word of its subject ("Fieldhopper" in "villages served
        by Fieldhopper", which council notices name too)."""
        sources = {self.claim(i).source for i in self.topic_indices(self.topic_of(index))}
        subject = self.claim(index).subject
        capitalised = [stem for found in _CAPITALISED.finditer(subject) for _, stem in words(found.group(), self.stem_of) if stem in self.word_ids]
        if capitalised:
            rarest = min(capitalised, key=lambda stem: len(self.in_names[self.word_ids[stem]]))
            sources.update(self.claim(i).source for i in self.in_names[self.word_ids[rarest]])
        return frozenset(sources)

    @staticmethod
    def names_another(claim: Claim) -> bool:
        """Whether a documented claim's passage names who gave or acted, by a
        name its subject does not hold ("received £300,000 *from the
        Executive*", "*The Executive* is funding the pilot", "a *government*
        grant"): then the documents say who did it."""
        # (Words as written less their punctuation: "Oakrenford Borough Council, 2023-24 to 2025-26" holds "council".)
        own = {_POSSESSIVE.sub("", w.strip(",.;:!?()[]\"")).lower() for name in claim.names for w in name.split()}
        for found in itertools.chain(_ACTED_BY.finditer(claim.passage), _ACTING.finditer(claim.passage)):
            word = _POSSESSIVE.sub("", found.group(1)).lower()
            if word not in own and word not in _NEWS_NAMES and word not in _STOPWORDS:
                return True
        lowered = f" {' '.join(_WORD.findall(claim.passage.lower()))} "
        # (Not a body word the subject holds itself: "*emergency department* patients".)
        return any(f" {body} " in lowered and body not in own for body in _BODIES)

    def names_vocabulary_of(self, index: int) -> frozenset[str]:
        return self.entries[index].name_vocabulary

    def substitution_in(self, text: str, index: int) -> tuple[str, str] | None:
        """(a proper name of `text`, the documents' own) where `text` swaps a
        word of the documented claim's name at `index` ("Corvell Nights" for
        "Operation Winter Nights"); None if it names it, or nothing like it.
        `Match.substitution` asks this of the words matched; this, of any
        text, and so only of names with a word the corpus never uses: a name
        of another documented thing ("the Knife Crime Strategy" beside the
        Knife Crime Community Seed Fund) is that thing, not a swap."""
        key = self.proper_ids[index]
        documented = self.proper_table[key]
        # A swap needs a head of the documented names said more often than
        # the names themselves ("Winter Nights" once, "nights" once: none);
        # most sentences are ruled out here, before their names are read.
        low = text.lower()
        if not any(low.count(d[-1]) > low.count(" ".join(d)) for d in documented):
            return None
        names = tuple(n for n in dict.fromkeys(proper_names(text)) if any(self.known_stem(w) is None for w in n))
        swapped = _ClaimNames(names).substitution(key, documented) if names else None
        if swapped is None:
            return None
        # Away from the words matched, only a name of the same kind, by its
        # head ("Corvell Fund" for "Young Londoners Fund"): a place, a venue
        # or a paper ("Tottenham Hale", "Kelloway Beacon") merely shares a
        # word with one, or a typo of one.
        return swapped if swap_of_a_kind(swapped) else None

    def foreign_names(self, subject: str, first_counts: bool = False) -> tuple[str, ...]:
        """Capitalised words of `subject` that no document uses, and that are
        not the ordinary furniture of news copy (days, months, parties,
        titles): the places and bodies a figure may be wrongly tied to
        ("Gatwick", "Manchester"). A word capitalised only because it starts
        a sentence is left out, unless `first_counts` (a place phrase's own
        words)."""
        found = []
        subject = _TASK_FORCE.sub("Taskforce", subject[:MAX_SUBJECT_CHARS])
        for token in _NAME_TOKEN.finditer(subject):
            before = subject[max(0, token.start() - 3) : token.start()].rstrip(" \"'\u201c\u2018(")
            initial = not first_counts and (not before or before[-1] in ".!?:;")
            if initial and not _POSSESSIVE.match(subject, token.end()) and not _NAME_TOKEN.match(subject, token.end() + 1):
                continue  # capitalised because it starts a sentence, not as a name ("Fewer", not "Manchester's")
            word = _POSSESSIVE.sub("", token.group())
            head, _, rest = word.partition("-")
            if rest.islower():
                word = head  # "City Hall-backed", "MOPAC-funded": the name is before the hyphen
            low = word.lower().replace("\u2019", "").replace("'", "")
            if low in _NEWS_NAMES or low in _STOPWORDS or low in self.stem_of or initial and low in _PREPOSITIONS:
                continue  # (nor "Outside" opening "Outside London, ...": the place is the name)
            stem = _stem(low)
            if stem in _STOPWORDS:
                continue  # a stop word's form, capitalised to open the sentence: "Recorded knife crime ..." ("record")
            if "-" in low and all(part in _NEWS_NAMES or part in _STOPWORDS or part in self.stem_of for part in low.split("-")):
                continue  # "the October-to-December quarter": months; "the Lantern Drop-In": the corpus's own words
            if low in ("task", "force") and "taskforc" in self.word_ids:
                continue  # half of "Task Force", which the index holds as one word
            following = _NAME_TOKEN.match(subject, token.end() + 1)
            if following is not None and _POSSESSIVE.sub("", following.group()).lower() in self._surnames():
                continue  # "Joanna Pike": the given name of someone the documents call "Ms Pike"
            if self._resolve([(low, stem)])[stem][1] > 0 or self._typo_of_corpus_word(low):
                continue  # the corpus's word, or a typo of it ("Taskforse", "Exti")
            found.append(word)
        return tuple(dict.fromkeys(found))

    def _surnames(self) -> frozenset[str]:
        """The names the documents write after a person's title ("Ms Pike",
        "Dr Tassell"), lower case; read from the passages on first use."""
        if self._titled is None:
            self._titled = frozenset(m.group(1).lower() for entry in self.entries for m in _TITLED_PERSON.finditer(entry.claim.passage))
        return self._titled

    def venue_names(self, text: str) -> frozenset[str]:
        """The words of a place phrase that says where someone was ("went to
        the Engine Room youth centre *in Tottenham Hale*"), not whose a figure
        is; nor where a documented building is said to be ("610 at Thornwick
        Community Hospital *in Manchester*"): the documents place it."""
        return frozenset(
            w
            for m in _PLACE_PHRASE.finditer(text[:MAX_SUBJECT_CHARS])
            if _where_someone_was(text, m.start()) and not _PLACE_OF_THE_FIGURE.match(text, m.end()) and not self._documented_just_before(text, m.start())
            for w in m.group(1).split()
        )

    def _documented_just_before(self, text: str, at: int) -> bool:
        """Whether the capitalised words right before `at` are a documented name."""
        run = _CAPITALISED_TAIL.search(text, max(0, at - 80), at)
        return run is not None and self._names_documented(_POSSESSIVE.sub("", run.group(1)))

    @staticmethod
    def statute_words(text: str) -> frozenset[str]:
        """The words of a law's name ("the *Children Act 1989*", "the *Crime
        and Disorder Act*"): a law cited, not a place or body a figure is tied to."""
        return frozenset(w for m in _STATUTE.finditer(text[:MAX_SUBJECT_CHARS]) for w in m.group(1).split())

    @staticmethod
    def office_holders(text: str) -> frozenset[str]:
        """The names that follow a title in `text` ("Commissioner *Cressida
        Dick*"): people holding an office, not bodies or places."""
        return frozenset(w for m in _TITLED_NAME.finditer(text) for w in m.group(1).split())

    def unnamed_body(self, subject: str, index: int, publisher: str = "") -> str | None:
        """A body that gives, pays or acts ("the government", "the Home
        Office", "ministers") named in `subject` but not in the documented
        claim at `index`, nor in who published its document: the documents
        say someone else did it."""
        lowered = f" {' '.join(_WORD.findall(subject.lower()))} "
        vocabulary = self.entries[index].vocabulary
        if publisher:
            # (Stemmed as the body's words are below, where the corpus never uses them.)
            vocabulary = vocabulary | {self.stem_of.get(w) or _stem(w) for w in _WORD.findall(publisher.lower())}
        if not _ANY_BODY.search(lowered):
            return None
        # "Police Scotland" names another force, not the documents' "police".
        plain = _ANY_BODY.sub(" ", lowered)
        if any(self._acts(plain, actor) and _stem(actor) in vocabulary for actor in _ACTORS):
            return None  # the sentence names the documents' own actor too ("... the Mayor has made")
        for body in _BODIES:
            at = lowered.find(f" {body} ")
            if at >= 0 and all(_stem(w) in vocabulary for w in body.split()):
                # The documents' own kind of body, but at another level: "the
                # county council" where they speak of the borough council.
                level = _LEVEL_BEFORE.search(lowered, max(0, at - 20), at + 1)
                if level is not None and self.stem_of.get(level.group(1)) not in vocabulary:
                    acting = re.search(rf"\b{level.group(1)}\s+{re.escape(body)}{_OWNS_OR_ACTS}", subject, re.I)
                    if acting is not None:  # its own or its doing, not "council leaders were invited"
                        return f"{level.group(1)} {body}"
                continue
            if at < 0:
                continue
            if _REACTION_VERB.match(lowered, at + len(body) + 1, at + len(body) + 80):
                continue  # "charities ... welcomed the £2m": they reacted, they did not give
            if _ITS_RECORD.match(lowered, at + len(body) + 2):
                continue  # "a libraries charity's survey puts spending at £11.20": who measured it, not who paid
            if _RECEIVES_OR_DESCRIBES.search(lowered, max(0, at - 80), at + 1):
                continue  # "hands out £45m to youth clubs, charities and schools": they get it
            if publisher and _KIND_OF_NAME.get(body, frozenset()) & set(_WORD.findall(publisher.lower())):
                continue  # "the charity's street team" where the document is the Sallow Trust's own
            if publisher and self._describes_publisher(subject, body, publisher):
                continue  # "The Hearthlight Trust, a charity that ...": what the document's publisher is
            written = re.search(r"\b" + r"\W+".join(map(re.escape, body.split())) + r"\b", subject, re.I)
            return written.group() if written else body  # as the sentence writes it
        return None

    @staticmethod
    def _describes_publisher(subject: str, body: str, publisher: str) -> bool:
        """Whether `body` is set in apposition after the publisher's name:
        "The Hearthlight Trust, a charity that ..." (not "Redthread, the
        youth charity, ...", when the document is another's)."""
        said = re.search(r"((?:[A-Z][\w'\u2019-]*\s+){0,3}[A-Z][\w'\u2019-]*),\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}" + r"\W+".join(map(re.escape, body.split())) + r"\b", subject, re.I)
        if said is None:
            return False
        owner = {w.lower() for w in _WORD.findall(publisher)}
        named = [w.lower() for w in _WORD.findall(said.group(1)) if w.lower() not in _STOPWORDS]
        return bool(named) and all(w in owner for w in named)

    @staticmethod
    def _acts(lowered: str, actor: str) -> bool:
        """Whether `actor` is named in `lowered` other than as the one that
        gets the money ("putting £110m *into the Met* Police")."""
        return any(
            not _RECEIVES_OR_DESCRIBES.search(lowered, max(0, m - 80), m + 1)
            and not _GIVEN_TO.search(lowered, max(0, m - 30), m + 1)
            for m in (at - 1 for at in _whole_words(lowered, actor) if lowered[at - 1 : at] == " ")
        )

    def _unknown_body_name(self, clause: str) -> str | None:
        """A body's name opening the clause whose own first word the corpus
        never uses ("Kelvardine Fire and Rescue Service was allocated ..."):
        the documents' generic words after it ("Fire and Rescue Service")
        do not make it theirs."""
        named = _OPENING_BODY.match(clause[:MAX_SUBJECT_CHARS])
        if named is None:
            return None
        first = _POSSESSIVE.sub("", named.group(1)).strip("'\u2019").lower()
        if first in _NEWS_NAMES or first in _STOPWORDS or first in _TITLES or self.known_stem(first) is not None:
            return None
        return named.group().strip()

    def unknown_actor(self, clause: str) -> str | None:
        """A name of two or more capitalised words opening the clause
        ("Safer Schools Officers carried out ...") of which no word belongs
        to any documented name, even through a synonym ("Sadiq Khan": the
        Mayor): the clause's actor is someone the documents never name."""
        unknown_body = self._unknown_body_name(clause)
        if unknown_body is not None:
            return unknown_body
        opening = _OPENING_NAME.match(clause[:MAX_SUBJECT_CHARS])
        if opening is None:
            return None
        words = [fold_accents(w) if not w.isascii() else w for w in (_POSSESSIVE.sub("", w).strip("'\u2019").lower() for w in opening.group(1).split())]
        # "Between 40 and 60 per cent of Ostmere's money": a sentence's capitalised preposition names no one.
        said = [w for w in words if w not in _STOPWORDS and w not in _PREPOSITIONS]
        if len(said) < 2 or all(w in _NEWS_NAMES for w in said):
            return None  # "The Rescue and Response scheme": one word of a name, then "and"
        if self._proper_words is None:
            self._proper_words = frozenset(w for names in self.proper_table for run in names for w in run)
        if any(w in _TITLES and w in self._proper_words for w in words):
            return None  # "Deputy Mayor Sophie Linden": the holder of an office the documents name
        # The corpus's home ("London" in "Transport for London") names no one.
        own = [w for w in said if not (w in self.stem_of and self.home_word(self.stem_of[w]))]
        for w in own or said:
            if w in _ACTORS or w in self._proper_words or any(alt in self._proper_words for alt in _SYNONYMS.get(w, ())):
                return None  # the documents' usual actors ("The Mayor of London"), or a word of a documented name
        return opening.group(1).strip()

    def foreign_modifier(self, text: str, index: int) -> str | None:
        """A name no document uses set right before one of the documented
        thing's names ("*Birmingham* violence reduction unit"), or opening
        the sentence as the one who made it ("*Birmingham* has created a
        violent crime taskforce"): the thing is someone else's."""
        made = _FOREIGN_MAKER.match(text)
        if made is not None:
            found = self.foreign_names(made.group(1), first_counts=True)
            if found:
                return found[0]
        low = text.lower()
        for name, _ in self.entries[index].names[1:]:
            if name.lower() not in low:
                continue  # the common case: a cheap test before the search
            for at in _whole_words(low, name.lower()):
                before = _LAST_CAPITALS.search(text, max(0, at - 60), at)
                found = self.foreign_names(before.group(1), first_counts=True) if before else ()
                if found:
                    return found[0]
        return None

    def places_named(self, words: str) -> list[tuple[str, str]]:
        """The corpus's places `words` name, as written and as stems."""
        places = self.places()
        named = ((w, self.stem_of.get(w.lower())) for w in _CAPITALISED.findall(words))
        return [(w, stem) for w, stem in named if stem is not None and stem in places]

    def places_placed(self, words: str) -> list[tuple[str, str]]:
        """As `places_named`, only those the words set as a place ("in
        Hoxcombe", "across the Drummerby district"), not a name's first
        word ("CYPMHS waiting list")."""
        return self.places_named(" ".join(p.group(1) for p in _PLACE_PHRASE.finditer(words)))

    def names_its_place(self, words: str, index: int) -> bool:
        """Whether the places of the corpus `words` name are all ones the
        documented claim at `index` is of (by its names or its figure's
        clause), and there is one: "between Castleby and Ellerholt" is not
        the Castleby to Morrow Junction line's."""
        named, own = self.places_named(words), self.own_words(index)
        return bool(named) and all(stem in own for _, stem in named)

    def other_place(self, sentence: str, index: int) -> str | None:
        """A place phrase anywhere in the sentence ("Police in Glasgow made
        ..., taking 350 weapons off the city's streets") naming somewhere the
        documented claim at `index` never mentions; like `other_owner`'s
        places, for a figure whose own clause does not repeat it."""
        return self.other_owner(sentence, index, owners=False)

    def own_words(self, index: int) -> frozenset[str]:
        """The stems of the documented claim's names and of the clause of
        its passage that holds its figure: "a public meeting in Millbrook
        ..., and reports in the town centre fell by 22%" puts the 22% in the
        town centre, not in Millbrook. Remembered: a batch meets the same
        few documented claims again and again."""
        return self._own.get(index, lambda: self._own_words(index), REMEMBERED_CLAIMS)

    def _own_words(self, index: int) -> frozenset[str]:
        entry = self.entries[index]
        clause = self._figure_clause(index)
        return entry.vocabulary if clause is None else entry.name_vocabulary | clause

    def _figure_clause(self, index: int) -> frozenset[str] | None:
        """The stems of the clause of the claim's passage that holds its figure; None where the passage does not write the figure."""
        clause = self.figure_clause_text(index)
        # (The passage's words were stemmed when the index was built: no stemmer is loaded here.)
        return None if clause is None else frozenset(stem for _, stem in words(clause, self.stem_of))

    def figure_clause_text(self, index: int) -> str | None:
        """The clause of the claim's passage that holds its figure, as
        written; None where the passage does not write the figure."""
        claim = self.entries[index].claim
        span = figure_span(claim)
        if span is None:
            return None
        passage, (at, end) = claim.passage, span
        # (Searched a character past the figure: a cut's look at the figure after it.)
        cuts = [m.end() for m in _PASSAGE_CLAUSE.finditer(passage, 0, min(len(passage), at + 1)) if m.end() <= at]
        after = _PASSAGE_CLAUSE.search(passage, end)
        stop = after.start() if after else len(passage)
        # A list of like figures ("17 were in Northgate, 15 in Ashby Wharf"):
        # each item's words are its figure's own.
        # (" and 610 at ..." too, but not among the parts of a whole the
        # passage opens with, "Of the 31,400 hours, 19,800 ... and 7,100 ...",
        # which a sentence's own reading keeps together.)
        listed = _LIST_ITEM if passage.lstrip().lower().startswith("of ") else _LIST_OR_AND_ITEM
        items = [m for m in listed.finditer(passage, cuts[-1] if cuts else 0, stop) if m.end() <= at or m.start() >= end]
        start = max([cuts[-1] if cuts else 0, *(m.end() for m in items if m.end() <= at)])
        stop = min([stop, *(m.start() for m in items if m.start() >= end)])
        return passage[start:stop]

    def other_owner(self, scope: str, index: int, owners: bool = True) -> str | None:
        """An owner or place the figure's words name ("Glasgow's violence
        reduction unit", "In Glasgow, ...") that the documented claim at
        `index` never mentions, in its names or its figure's clause, though
        the corpus may elsewhere: the documents' thing is someone else's, or
        somewhere else."""
        vocabulary = self.own_words(index)
        said = scope[:MAX_SUBJECT_CHARS]
        # Each place's words, and the place they are of ("Vale" of "Sallowfield Vale Academy").
        phrase_of = {
            w: p.group(1).strip()
            for p in _PLACE_PHRASE.finditer(said)
            if not _a_venue_before(said, p.start()) and p.group(1).split()[-1] not in _ROOMS and (not self._names_documented(p.group(1)) or _NAMED_BUILDING.fullmatch(p.group(1).strip()) or self._a_place_s_name(p.group(1)))
            for w in p.group(1).split()
        }
        maker = self.maker(said) if owners else None
        makers = maker.group(1).split() if maker is not None else ()
        placed = list(phrase_of)
        owners_found = list(_OWNER.finditer(said)) if owners else []
        # A possessive right before the figure owns it ("twice the size of Quellbridge's 11").
        last = owners_found[-1] if owners_found else None
        possessive = [last.group(1)] if last is not None and not said[last.end() :].strip(" .,;") else []
        owned = [m.group(1) for m in owners_found]
        for word in itertools.chain(makers, owned, placed):
            low = word.lower()
            if low in _NEWS_NAMES or low in _STOPWORDS:
                continue
            corpus_stem = self.known_stem(low)
            if corpus_stem is None:
                return phrase_of.get(word, word)  # a name the corpus never uses
            if word in placed and self._away_from_its_places(corpus_stem, index, said):
                return phrase_of.get(word, word)  # "the museum in Quillbury": the documents' museum is in Marlhaven
            if corpus_stem in vocabulary:
                continue  # the documents' own owner ("Glasgow's" is not)
            if word in placed and corpus_stem in self.neighbours():
                return phrase_of.get(word, word)  # "children in Skellhaven wait ...": a place the documents call a neighbour is never their home
            home = self.home_word(corpus_stem)
            if home and (word in placed or word in owned) and self._of_another_place(corpus_stem, index, said):
                return phrase_of.get(word, word)  # "Hollinwick-shire's library spending" is not "Kellavon's library spending"
            if home and word in placed and self._another_thing_s_place(low, index):
                return phrase_of.get(word, word)  # "the diagnostic centre at Eastgate": where the Eastgate GP Access Hub is
            if home and not ((word in placed or word in possessive) and self._placed_elsewhere(corpus_stem, vocabulary)):
                continue  # the corpus's home ("London's", "the Met's"), unless the claim is another place's ("twice the size of Quellbridge's 11")
            if home and word in placed and self._names_its_town(said, vocabulary):
                # "the centre at Tanner's Yard in Ellsbridge": a town the corpus
                # names often, beside the thing's own. (A rarer one stays another
                # place: "Police in Glasgow took 350 weapons off London's streets".)
                continue
            return phrase_of.get(word, word)
        return self._other_town(said, vocabulary) or self._opening_place(said, vocabulary) or self._opening_thing(said, index, vocabulary) or self._other_end(said, vocabulary)

    def _of_another_place(self, stem: str, index: int, said: str) -> bool:
        """Whether the documented claim at `index` names, in its subject, a
        place of the corpus other than the place `stem` (the corpus's home,
        which a sentence gives the figure to), and `said` names none of
        them: the county's figure is not one of its towns', nor another
        county's."""
        places = self.places()
        if stem not in places:
            return False  # the corpus's usual actors ("the Mayor", "the Met"), not a place
        theirs = {s for _, s in words(self.entries[index].claim.subject, self.stem_of) if s in places} - {stem}
        return bool(theirs) and not theirs & self._capitals_named(said)

    def _capitals_named(self, text: str) -> set[str | None]:
        """The corpus stems of the capitalised words of `text`, less any
        possessive ("Hollinwick-shire's"); None for a word the corpus never uses."""
        return {self.stem_of.get(_POSSESSIVE.sub("", w).lower()) for w in _CAPITALISED.findall(text)}

    def _other_end(self, said: str, vocabulary: frozenset[str]) -> str | None:
        """A route's end the documented claim does not give, where it gives
        the other ("journeys between Castleby and Ellerholt" against
        "between Castleby and Morrow Junction"): another route."""
        if "between" not in said and "from" not in said:
            return None  # most clauses name no route: no pattern is compiled for them
        route = _ROUTE.search(said)
        if route is None:
            return None
        ends = [route.group(1), route.group(2)]
        known = [[self.stem_of.get(w.lower()) for w in end.split()] for end in ends]
        given = [all(s is not None and s in vocabulary for s in stems) for stems in known]
        for end, stems, has in zip(ends, known, given):
            if not has and any(given) and all(s is not None for s in stems):
                return end
        return None

    def _opening_thing(self, said: str, index: int, vocabulary: frozenset[str]) -> str | None:
        """Another documented thing, named in two words or more, that opens
        the clause as what has the figure ("Tamsford Metro recorded the best
        punctuality ..., with 91.3%"), where the documented claim at `index`
        never names it."""
        words_ = said.split(None, 2)
        if len(words_) < 3 or not words_[0][:1].isupper() or words_[0] in _NOT_A_NAME_OPENING:
            return None  # most clauses open with no name ("The Mayor" is "the" and a name)
        opening = _PLACE_THAT_HAD.match(said)
        if opening is None:
            return None
        name = opening.group(1)
        if " " not in name:
            return name if self._owns_a_sibling(name, index, vocabulary, said) else None
        if name.split()[-1].lower() in _BODY_OR_VENUE_HEADS:
            return None  # "City Hall has handed out £7m": a body acts for all its things
        stems = [self.stem_of.get(w.lower()) for w in name.split()]
        if any(s is None or self.home_word(s) for s in stems) or all(s in vocabulary for s in stems):
            return None
        held = self.subjects_holding(name, at_least=2)
        return name if held and index not in held else None

    def _owns_a_sibling(self, name: str, index: int, vocabulary: frozenset[str], said: str) -> bool:
        """Whether a one-word name the documented claim at `index` never
        gives owns a claim of another topic that measures what it does,
        their owners set aside ("Eastholm's district grant" beside
        "Saltgrange's district grant ...": two words in common), where the
        documented claim's own owner is not said: one owner for another."""
        stem = self.stem_of.get(name.lower())
        if stem is None or stem in vocabulary or self.home_word(stem):
            return False
        subject = self.entries[index].claim.subject
        given = {s for _, s in words(said, self.stem_of)}
        if not any(s not in given for s in self._capitals_named(subject) if s):
            return False
        topic = self.topic_of(index)
        own = {s for _, s in words(subject, self.stem_of)}
        for other in sorted(self.subjects_holding(name)):
            # (Its owner there, as the curator writes it: not "Members" of "Assembly Members".)
            if self.topic_of(other) != topic and _owned_by(name, self.entries[other].claim.subject) and len(own & {s for _, s in words(self.entries[other].claim.subject, self.stem_of)} - {stem}) >= _SIBLING_WORDS:
                return True
        return False

    def _opening_place(self, said: str, vocabulary: frozenset[str]) -> str | None:
        """A place of the corpus that opens the clause as what has the
        figure ("Ashby Wharf had 17 people sleeping rough"), where the
        documented claim's own words give another of its places and not it;
        after a word that sets it against another clause too ("..., while
        Millgate lost five")."""
        contrast = _CONTRAST_OPENS.match(said)
        said = said[contrast.end() :] if contrast is not None else said
        first = said.split(None, 1)[:1]
        # (A hyphened name is its words: "Hollinwick-shire" is Hollinwick's.)
        if not first or not any(self.stem_of.get(w.lower()) in self.places() for w in _WORD.findall(first[0])):
            return None  # most clauses open with no place of the corpus: no pattern is compiled for them
        opening = _PLACE_THAT_HAD.match(said)
        if opening is None:
            return None
        stems = [self.stem_of.get(w.lower()) for w in _WORD.findall(opening.group(1))]
        if any(s is None or s in vocabulary for s in stems) or not any(self._placed_elsewhere(s, vocabulary) for s in stems if s):
            return None
        return opening.group(1)

    def _towns_named(self, said: str, besides: frozenset[str] | None = None) -> list[tuple[str, str]]:
        """The corpus's towns the words name, as written and as stems; with
        `besides`, only those not among these stems that the corpus names
        often (see `home_word`): a rarer one is another owner already, and
        only one that might pass for the corpus's home needs telling apart."""
        found = []
        for w in _CAPITALISED.findall(said):
            stem = self.stem_of.get(_POSSESSIVE.sub("", w).lower())
            if stem is not None and (besides is None or stem not in besides and self.home_word(stem)):
                found.append((w, stem))
        if not found:
            return []  # the common case: every such name the words give is the claim's own; no corpus scan
        places = self.places()
        return [(w, stem) for w, stem in found if stem in places]

    def _names_its_town(self, said: str, vocabulary: frozenset[str]) -> bool:
        return any(stem in vocabulary for _, stem in self._towns_named(said))

    def neighbour_named(self, lead: str, index: int, home: frozenset[str]) -> str | None:
        """A place the words before the figure call a neighbour
        ("Neighbouring Denmoor pays £812 a week"), where the documented
        claim at `index` never names it, in its names or its figure's
        clause: the figure is the neighbour's, not the claim's. The
        corpus's `home` stems (its home place, its publishers' words) are
        no neighbour ("in nearby Tallowford" is where its documents are)."""
        vocabulary = self.own_words(index)
        for m in _NEIGHBOUR.finditer(lead[:MAX_SUBJECT_CHARS]):
            before = lead[max(0, m.start() - 12) : m.start()].split()
            if before and before[-1].lower() in _COMPARED_BEFORE:
                continue  # "Unlike neighbouring Denmoor, Ashwold pays ...": set against the figure's own place
            named = [w for w in m.group(1).split() if w.lower() not in _STOPWORDS]
            stems = [self.known_stem(_POSSESSIVE.sub("", w).lower()) for w in named]
            if named and not any(stem is not None and (stem in vocabulary or stem in home) for stem in stems):
                return m.group(1)
        return None

    def _other_town(self, said: str, vocabulary: frozenset[str]) -> str | None:
        """A town of the corpus the words name anywhere ("the *Thornwick*
        diagnostic centre"), where the documented claim's own words name
        another of its towns and the words name none of those."""
        others = self._towns_named(said, besides=vocabulary)
        if not others or self._names_its_town(said, vocabulary):
            return None
        return next((w for w, stem in others if self._placed_elsewhere(stem, vocabulary)), None)

    @staticmethod
    def maker(scope: str) -> re.Match[str] | None:
        """The name opening `scope` as the one who made, paid or has the
        thing ("Glasgow put £1.4m into ...", "Birmingham has created ...")."""
        return _FOREIGN_MAKER.match(scope[:MAX_SUBJECT_CHARS])

    def other_payer(self, scope: str, index: int) -> str | None:
        """The name opening `scope` as the one who paid ("Brackenholt Homes
        is putting £850k into ...") when the documented claim at `index`
        names a payer of its own ("Combined Authority funding for ...") and
        not this one, even if the corpus often names it: someone else paid."""
        maker = self.maker(scope)
        if maker is None or _PAYER.search(self.entries[index].claim.subject) is None:
            return None
        vocabulary = self.own_words(index)
        named = [w for w in maker.group(1).split() if w.lower() not in _STOPWORDS and w.lower() not in _NEWS_NAMES]
        if not named or any(self.known_stem(w.lower()) in vocabulary for w in named):
            return None
        return maker.group(1).strip()

    def _placed_elsewhere(self, stem: str, vocabulary: frozenset[str]) -> bool:
        """Whether a place the corpus often names ("in Thornwick") is
        another than the one the documented claim's own words give ("the
        *Ellsbridge* Community Diagnostic Centre"): a corpus of several
        towns has no one home."""
        places = self.places()
        return stem in places and any(other in places for other in vocabulary if other != stem)

    def names_with(self, before: str, number: str, after: str) -> bool:
        """Whether a number is written as part of a documented name: "Safer
        Streets 20" (the capitalised word before it), "the 11-plus" (the
        suffix after it), as a subject or alias of the corpus has it."""
        named = self.numbers_in_names()
        if not named:
            return False
        word = before.rstrip().rsplit(None, 1)[-1].lower() if before.strip() else ""
        suffix = _SUFFIX.match(after)
        return (word, number) in named or suffix is not None and (suffix.group().lower(), number) in named

    def numbers_in_names(self) -> frozenset[tuple[str, str]]:
        """See `names_with`: worked out when the index is built, and kept in its cache."""
        if self._named_numbers is None:
            self._named_numbers = _numbers_in_names(entry.claim for entry in self.entries)
        return self._named_numbers

    def places(self) -> frozenset[str]:
        """The corpus's places, read from its passages when the index is built, and kept in its cache."""
        if self._place_stems is None:
            self._place_stems = self._places_in_passages()
        return self._place_stems

    def neighbours(self) -> frozenset[str]:
        """The stems of the places the documents call neighbours, read from
        its passages when the index is built, and kept in its cache."""
        if self._neighbour_stems is None:
            self._neighbour_stems = self._neighbours_in_passages()
        return self._neighbour_stems

    def _neighbours_in_passages(self) -> frozenset[str]:
        named = {w for e in self.entries for w in _neighbours_named(e.claim.passage)}
        return frozenset(self.stem_of[w] for w in named if w in self.stem_of)

    def home_place(self, publishers: Iterable[str] = ()) -> str | None:
        """The stem of the corpus's home, the whole its other places are
        parts of: the place its publishers' names give most often
        ("Calderbrook City Council"), else the place it names most often
        ("london", "wexcomb"; a district can be named more than its city),
        unless the documents call it a neighbour ("neighbouring Hesketh")."""
        places = self.places()
        named = collections.Counter(stem for name in publishers for stem in (self.stem_of.get(w.lower()) for w in _WORD.findall(name)) if stem in places)
        if named:
            return min(sorted(named), key=lambda stem: (-named[stem], self.weight(stem)))
        places = places - self.neighbours()
        return min(sorted(places), key=self.weight) if places else None

    def _places_in_passages(self, publishers: Sequence[str] = ()) -> frozenset[str]:
        """The stems of the corpus's places: the capitalised words its
        passages set alone after "in", "at", "across" ..., the first word of
        a building's name ("Ellsbridge General Hospital"), a neighbour
        ("neighbouring Corrowdale") and the place of a council among the
        `publishers`, never written in lower case."""
        found: set[str] = set()
        common: set[str] = set()
        for entry in self.entries:
            passage = entry.claim.passage
            common.update(w for w in _WORD.findall(passage) if w.islower())
            # One word after "in", "at": "in Thornwick", not "at City Hall", "at Ellsbridge General";
            # and the town a named building is in: "Ellsbridge General Hospital".
            # ... and the first word of a two-word place: "in Cobb Hill", "across Marlow Rise".
            for phrase in (p.group(1).strip() for p in _PLACE_PHRASE.finditer(passage)):
                if " " not in phrase:
                    found.add(phrase.lower())
                elif _A_TWO_WORD_PLACE.fullmatch(phrase):
                    found.add(phrase.split()[0].lower())
            found.update(m.group(1).lower() for m in _NAMED_BUILDING.finditer(passage))
            found.update(_neighbours_named(passage))
        # The place a council or a force among the publishers is of
        # ("Hollinwick-shire County Council", "Fenwardine Constabulary"),
        # which the passages may never set after "in".
        found.update(w.lower() for name in publishers for m in _COUNCIL_PLACE.finditer(name) for w in _WORD.findall(m.group(1) or m.group(2)) if w.lower() not in KIND_OF_BODY_WORDS)
        # A name, not a word set in capitals ("in March", "Brannock Bay" of "the bay").
        return frozenset(self.stem_of[w] for w in found - common - _MONTHS if w in self.stem_of)

    def _away_from_its_places(self, stem: str, index: int, said: str) -> bool:
        """Whether a place of the corpus the words put the figure in is not
        where the documented claim at `index` is, by its subject ("carers in
        the Quillbury choir") or by where the documents put the thing it
        names ("the Ashgate House Museum in Marlhaven"), and the words name
        none of those. A passage listing several places ("a studio in
        Harnside and a choir in Quillbury") holds them all in the figure's
        clause, so the clause cannot tell; the subject can. A place in the
        figure's own clause is its own, unless that clause also names the
        subject's place. Outside it, a place the corpus names everywhere
        (its county, its city) is taken for another only when the documents
        put a thing of theirs there: it may hold the claim's own."""
        places = self.places()
        if stem not in places:
            return False
        own = self._claim_places(index)
        if not own or stem in own:
            return False
        clause = self._figure_clause(index) or frozenset()
        if stem in clause:
            if not own & clause:
                return False  # "Two orders ..., both in Eastgate": the figure's own clause puts it there
        elif self.home_word(stem) and not any(stem in found for found in self.places_of_things().values()):
            return False
        return not own & self._capitals_named(said)

    def _claim_places(self, index: int) -> frozenset[str]:
        """The corpus's places the claim at `index` is in: named in its
        subject, or where the documents put a thing it names. Remembered:
        every place phrase of a sentence asks of the same few claims."""
        return self._placed.get(index, lambda: self._claim_places_read(index), REMEMBERED_CLAIMS)

    def _claim_places_read(self, index: int) -> frozenset[str]:
        places, claim = self.places(), self.entries[index].claim
        found = {stem for _, stem in words(claim.subject, self.stem_of) if stem in places}
        located = self.places_of_things()
        for run in self.proper_table[self.proper_ids[index]]:
            found.update(located.get(run, ()))
        return frozenset(found)

    def places_of_things(self) -> dict[tuple[str, ...], frozenset[str]]:
        """Where the documents put their named things: a documented name of
        two words or more right before "in PLACE" ("the Ashgate House Museum
        in Marlhaven"), or a building named after its town ("Quillbury
        Library"). Read from the passages when the index is built, and kept in its cache."""
        if self._thing_places is None:
            self._thing_places = self._things_placed_in_passages()
        return self._thing_places

    def _things_placed_in_passages(self) -> dict[tuple[str, ...], frozenset[str]]:
        places = self.places()
        runs = {run for names in self.proper_table for run in names if len(run) > 1}
        found: dict[tuple[str, ...], set[str]] = {}
        for passage in {entry.claim.passage for entry in self.entries}:
            for m in _PLACE_PHRASE.finditer(passage):
                place = self.stem_of.get(m.group(1).strip().lower())
                before = _CAPITALISED_TAIL.search(passage, 0, m.start())
                if place in places and before is not None:
                    name = tuple(w.lower() for w in before.group(1).split())
                    for n in range(2, len(name) + 1):
                        if name[-n:] in runs:
                            found.setdefault(name[-n:], set()).add(place)
            for m in _NAMED_BUILDING.finditer(passage):
                name, town = tuple(w.lower() for w in m.group().split()), self.stem_of.get(m.group(1).lower())
                if name in runs and town in places:
                    found.setdefault(name, set()).add(town)
        return {run: frozenset(p) for run, p in found.items()}

    def _another_thing_s_place(self, word: str, index: int) -> bool:
        """Whether `word` (lower case) opens one documented name only, of
        another thing than the claim at `index` ("Eastgate" of the Eastgate
        GP Access Hub, for the diagnostic centre): a place named for that
        thing, however often the corpus says it. A town that names several
        things ("Quenmouth General Hospital", "Quenmouth Community Diagnostic
        Centre") is no one thing's."""
        runs = {run for names in self.proper_table for run in names if word in run}
        if len(runs) != 1:
            return False
        (run,) = runs
        own = self.proper_table[self.proper_ids[index]]
        return len(run) > 1 and run[0] == word and run[-1] in _VENUE_HEADS and not any(run[-len(name) :] == name or word in name for name in own)

    def _a_place_s_name(self, phrase: str) -> bool:
        """Whether a documented name is a place's: a two-word place of the
        corpus ("Millbrook Cross", not "London Gang Exit")."""
        said = phrase.strip()
        return _A_TWO_WORD_PLACE.fullmatch(said) is not None and self.stem_of.get(said.split()[0].lower()) in self.places()

    def _names_documented(self, phrase: str) -> bool:
        """Whether a capitalised phrase opens with a documented name of two
        words or more: "is investing £2m in London Gang Exit services" puts
        money into a programme, not a place."""
        if self._proper_runs is None:
            self._proper_runs = frozenset(run for names in self.proper_table for run in names if len(run) > 1)
        words = tuple(w.lower() for w in phrase.split())
        return any(words[:n] in self._proper_runs for n in range(2, len(words) + 1))

    def setting_word(self, word: str) -> bool:
        """Whether a word is so common in the corpus that it is its setting (see SETTING_WORD_IDF)."""
        stem = self.stem_of.get(word.lower()) or _stem(word.lower())
        return self.weight(stem) < SETTING_WORD_IDF

    def home_word(self, stem: str) -> bool:
        """Whether a corpus word is so common in it that it is the corpus's
        home ("London", "the Mayor", "the Met"), not anyone in particular."""
        return self.weight(stem) < HOME_WORD_IDF

    def foreign_places(self, sentence: str) -> tuple[str, ...]:
        """Capitalised names no document uses, in a place phrase anywhere in
        the sentence ("In Kent, ...", "across Greater Manchester"), as an
        owner, or naming a scheme ("A Greater Manchester scheme"): unlike
        `foreign_names`, the sentence's first word counts here."""
        found: list[str] = []
        venues: frozenset[str] | None = None
        # Place phrases, and an owner named anywhere ("Cardiff's four major trauma centres ...").
        for pattern in (_PLACE_PHRASE, _OWNER, _NAMED_SCHEME, _PLACE_DESCRIBED_OWNER, _PAN_PLACE):
            if pattern is _PAN_PLACE and "-" not in sentence:
                continue  # (most sentences join no place to a prefix: no pattern is compiled for them)
            for m in pattern.finditer(sentence[:MAX_SUBJECT_CHARS]):
                if pattern is _PLACE_PHRASE:
                    venues = self.venue_names(sentence) if venues is None else venues
                    if m.group(1).split()[0] in venues:
                        continue  # "a visit to the Engine Room in Tottenham Hale": where someone was (see venue_names)
                    if m.group(1).split()[-1] in _ROOMS:
                        continue  # "In Committee Room 4, ...": a room where people met, not a place the figure is of
                found.extend(w for w in self.foreign_names(m.group(1), first_counts=True) if w not in found)
        return tuple(found)

    def _typo_of_corpus_word(self, word: str) -> bool:
        """A short word one slip from a corpus word ("Exti" for "exit"),
        which the typo matching of `_resolve` leaves to longer words."""
        pool = [w for n in (len(word) - 1, len(word), len(word) + 1) for w in self.by_length().get(n, ())]
        return any(_same_word(word, w) for w in pool if w[:1] == word[:1])

    def counted_word(self, text_after: str) -> tuple[str, str] | None:
        """What a count counts: the first content word after it ("43 staff"),
        as (word, corpus stem); None when nothing follows."""
        # The head of the noun phrase after the count: "150 London *schools*
        # have", "43 anti-knife crime *projects* across".
        # "hundreds of young people": what is counted follows the "of".
        if _OF_THOSE.match(text_after) or NO_NOUN_BUT_A_DIFFERENCE.match(text_after) or _WORTH_AFTER.match(text_after):
            return None  # "628 of them failed", "31 fewer than in 2023/24", "52 worth £231,000": what is counted was named before
        after, phrase = _counted_phrase(text_after)
        if not phrase.strip():
            return None  # "43 across 19 boroughs": a preposition, no noun, follows
        # (Not past the clause: "grew to 14 today, two of them specialists" counts no "two".)
        pairs = _noun_phrase(phrase, words(phrase, self.stem_of)) or words(_CLAUSE_END.split(after, 1)[0], self.stem_of)[:1]
        if not pairs:
            return None
        # "150 officers work in ...", "1,900 members ride these roads": the
        # verb after the noun, and what follows it, are not what is counted.
        # (Not a noun of the phrase: "youth *work* sessions". A verb is last,
        # or has its own object or clause after it: "ride *these*", "rode *and*".)
        verb = next((i for i, (w, _) in enumerate(pairs) if i and w in _VERBS_AFTER_A_COUNT and (i == len(pairs) - 1 or _goes_on_as_a_verb(phrase, w))), None)
        pairs = pairs[:verb] if verb is not None else pairs
        word, stem = pairs[-1]
        if _PARTICIPLE.fullmatch(word):
            return None  # "the ten hit hardest": no noun, the count's noun is earlier
        if word.lower() in _FREQUENCY_NOUNS and len(pairs) == 1:
            return None  # "called out 31 times": the count is of the verb's events, not of a noun
        if word.lower() in _VERBS_AFTER_A_BARE_COUNT and len(pairs) == 1:
            return None  # "of the ten boroughs, seven feature in ...": a verb, the noun was named before
        resolved = self._resolve([(word, stem)])[stem]
        return word, resolved[0]

    def things_headed(self, word: str) -> list[Thing]:
        """The documented things a head noun may stand for, each its
        proper-name set ids and its aliases' stems: "fund" stands for the
        Young Londoners Fund and the seed fund."""
        low = word.lower()
        return self.heads.get(self.stem_of.get(low) or _stem(low), [])

    def claims_of_thing(self, ids: Sequence[int]) -> list[int]:
        """The documented claims (indices) of the thing with proper-name set `ids`."""
        if self._of_thing is None:
            by: dict[int, list[int]] = {}
            for index, proper in enumerate(self.proper_ids):
                by.setdefault(proper, []).append(index)
            self._of_thing = by
        return [i for proper in ids for i in self._of_thing.get(proper, [])]

    def known_stem(self, word: str) -> str | None:
        """The corpus's stem for `word` (or a typo of it), None if the corpus never uses it."""
        low = word.lower()
        if "-" in low.strip("-"):
            # "Hollinwick-shire": the corpus keeps the words of a hyphened
            # name apart; it is known when each of them is, by its first.
            stems = [self.known_stem(part) for part in low.split("-") if part and part not in _STOPWORDS]  # ("on" of "Saltmere-on-Wend")
            return stems[0] if stems and all(stems) else None
        stem = self.stem_of.get(low) or _stem(low)
        corpus_stem, similarity = self._resolve([(low, stem)])[stem]
        return corpus_stem if similarity > 0 else None

    def counted_modifiers(self, text_after: str) -> str:
        """The words before the counted noun in its phrase ("81 *youth* centres"), lower case."""
        phrase = _counted_phrase(text_after)[1]
        pairs = _noun_phrase(phrase, words(phrase, self.stem_of))
        return " ".join(w for w, _ in pairs[:-1] if not w[:1].isupper())

    def counted_head_is_last(self, text_after: str) -> bool:
        """Whether the noun `counted_word` finds ends the noun phrase after
        the count ("200 *officers* working full time") rather than modifying
        a noun after a gerund ("six *firearms* training ranges"): only then
        is the count surely a count of it."""
        pairs = words(_counted_phrase(text_after)[1], self.stem_of)
        kept = _noun_phrase("", pairs)
        rest = pairs[len(kept) + next((i for i, p in enumerate(pairs) if p == kept[0]), 0):] if kept else []
        if not rest:
            return True
        # A gerund then a plural noun is a compound: "training ranges".
        return not (rest[0][0].endswith("ing") and len(rest) > 1 and rest[1][0].endswith("s") and not rest[1][0].endswith(("ss", "us", "is")))

    def funded_word(self, text_after: str) -> tuple[str, str | None] | None:
        """What money is said to be for: the "for/to/into/on ..." phrase right
        after it, up to the next preposition or punctuation, by its head word:
        (word, corpus stem, or None if the corpus never uses it); None when no
        such phrase follows."""
        lead = _FUNDED.match(text_after)
        if not lead:
            return None
        at = lead.end()
        verb = _INFINITIVE.match(text_after, at) if lead.group().strip().lower() == "to" else None
        if verb is not None:
            # "£5m to open up some 2,500 activities": a purpose said by a verb;
            # what it is for is the verb's object.
            at = verb.end(1)
        phrase = _PHRASE_END.split(_FIGURE_START.sub("", text_after[at : at + 80], count=1), 1)[0]
        pairs = words(phrase, self.stem_of)
        if not pairs:
            return None
        # The head of an English noun phrase is its last word: a rescue *helicopter*.
        word, stem = pairs[-1]
        corpus_stem, sim = self._resolve([(word, stem)])[stem]
        if sim <= 0 and pairs[0][0].endswith("ing") and self._resolve([pairs[0]])[pairs[0][1]][1] <= 0:
            # "into opening up 2,500 activities": a verb the documents do not
            # use, whose object lies past this phrase; it says how, not what for.
            return None
        return word, (corpus_stem if sim > 0 else None)

    @property
    def unknown_weight(self) -> float:
        return self.max_idf * UNKNOWN_WEIGHT

    def _precision_weight(self, token: str | None) -> float:
        """How much a claim word counts when asking "is the claim about this?".

        IDF blended with a flat weight: a subject's own name words are common
        in a corpus about it, and pure IDF would let two stray words outweigh
        the whole name.
        """
        w = self.weight(token) if token is not None else self.unknown_weight
        return PRECISION_IDF_BLEND * w / self.max_idf + (1 - PRECISION_IDF_BLEND)

    def weight(self, token: str) -> float:
        word_id = self.word_ids.get(token)
        return self.unknown_weight if word_id is None else self.idf[word_id]

    def match(self, subject: str, limit: int = MAX_CANDIDATES) -> list[Match]:
        """Documented claims sharing a word with `subject`, best first (at most `limit`)."""
        # What a claim is about is said in its first few hundred characters;
        # the cap keeps a hostile megabyte-long "claim" as cheap as a real one.
        subject = subject[:MAX_SUBJECT_CHARS]
        if ("'s" in subject or "\u2019s" in subject) and _HOME_BY_KIND.search(subject):
            subject = _HOME_BY_KIND.sub("the", subject)
        return list(self._recent.get((subject, limit), lambda: self._match(subject, limit), RECENT_LOOKUPS))

    def _match(self, subject: str, limit: int) -> list[Match]:
        self._lookups += 1
        pairs = list(dict.fromkeys(words(subject, self.stem_of)))
        tokens = list(dict.fromkeys(stem for _, stem in pairs))
        if not tokens:
            return []
        resolved = self._resolve(pairs)
        mapped = {resolved[t][0]: resolved[t][1] for t in tokens if resolved[t][1] > 0}
        claim_weight = sum(self._precision_weight(resolved[t][0]) if resolved[t][1] > 0 else self._precision_weight(None) for t in tokens)
        # What each claim word adds to a documented claim's coverage of it; a
        # word only in the passage is weaker evidence: one passage often
        # holds several figures about different things.
        coverage: list[tuple[Postings, int, float]] = []
        for t in tokens:
            word, sim = resolved[t]
            if sim <= 0:
                continue
            w = self._precision_weight(word) * sim
            word_id = self.word_ids[word]
            coverage.append((self.in_names, word_id, w))
            coverage.append((self.in_passage_only, word_id, w * PASSAGE_ONLY_WEIGHT))
        naming = [(self.name_postings, self.word_ids[word], self.weight(word) * sim) for word, sim in mapped.items()]
        vectors = self._vectorised()
        if vectors is not None:
            ranked, recalled = vectors.ranked(coverage, naming, claim_weight, limit)
        else:
            ranked, got = self._ranked(coverage, naming, claim_weight, limit)
        # Far-off candidates are only ever shown as "closest" when nothing
        # better exists; a handful of them is enough.
        keep = [c for c in ranked if c[0] >= CANDIDATE_FLOOR]
        ranked = keep if len(keep) >= MIN_RESULTS else ranked[:MIN_RESULTS]
        # What the matches may later ask of `got` (which of their names was
        # recalled best), without the rest: lookups are remembered, and at
        # 100k claims `got` is a 1.6 MB array.
        if vectors is not None:
            kept = vectors.kept(recalled, [idx for _, _, idx, _ in ranked])
        else:
            first_name = self.first_name
            kept = {n: got(n) for _, _, idx, _ in ranked for n in range(first_name[idx], first_name[idx + 1])}
        lookup = _Lookup(subject, frozenset(mapped), tuple(tokens), resolved, kept.__getitem__, self.heads, self.stem_of)
        return [Match(self, idx, score, r, precision, lookup) for score, precision, idx, r in ranked]

    def _recall(self, idx: int, got: Callable[[int], float]) -> tuple[float, int]:
        """How much of its best-recalled name the claim mentions, and that
        name's id (-1 if none): the lowest name id wins a tie."""
        r, best_name = 0.0, -1
        name_total = self.name_total
        for name_id in range(self.first_name[idx], self.first_name[idx + 1]):
            g = got(name_id)
            if g:
                total = name_total[name_id]
                rn = min(1.0, g / total) if total else 0.0
                if best_name < 0 or rn > r:
                    r, best_name = rn, name_id
        return r, best_name

    def _ranked(self, coverage, naming, claim_weight: float, limit: int):
        """Plain Python: the best `limit` candidates as (score, precision,
        entry, name recall), best first, and name id -> recalled weight."""
        candidates, got = self._candidates(coverage, naming)
        id_rank, name_weight, name_total, name_entry = self.id_rank, self.name_weight, self.name_total, self.name_entry
        # Each entry's best name recall, from the names the claim hit (fewer
        # than the candidates' names): the same maximum `_recall` finds.
        recall: dict[int, float] = {}
        for name_id, g in got.items():
            total = name_total[name_id]
            rn = min(1.0, g / total) if total else 0.0
            e = name_entry[name_id]
            if rn > recall.get(e, -1.0):
                recall[e] = rn
        scored = []
        for idx, cov in candidates:
            r = recall.get(idx, 0.0)
            precision = cov / claim_weight if claim_weight else 0.0
            score = name_weight * r + (1 - name_weight) * precision
            scored.append((-score, -precision, id_rank[idx], idx, r))
        return [(-s, -p, idx, r) for s, p, _, idx, r in heapq.nsmallest(limit, scored)], got.get

    def _candidates(self, coverage, naming):
        """Plain Python: (entry, coverage) of the best CANDIDATE_BUDGET, and name id -> recalled weight."""
        # Lists indexed by id, not dicts: this path is for corpora of under
        # VECTORISE_FROM claims, where a pass over all of them is cheap.
        acc = [0.0] * len(self.entries)
        for postings, word_id, w in coverage:
            for idx in postings[word_id]:
                acc[idx] += w
        covered = {idx: v for idx, v in enumerate(acc) if v}
        if len(covered) > CANDIDATE_BUDGET:
            # In a large corpus, score in full only the claims that share the
            # most with this one, not every claim that says "fund".
            keep = heapq.nlargest(CANDIDATE_BUDGET, covered, key=lambda idx: (covered[idx], -idx))
            covered = {idx: covered[idx] for idx in keep}
        names = [0.0] * len(self.name_total)
        for postings, word_id, w in naming:
            for name_id in postings[word_id]:
                names[name_id] += w
        return covered.items(), {name_id: g for name_id, g in enumerate(names) if g}

    def _vectorised(self) -> "_Vectors | None":
        size = len(self.entries)
        if size < VECTORISE_FROM and not (size >= VECTORISE_BATCH_FROM and self._lookups >= VECTORISE_AFTER_LOOKUPS):
            return None
        if self._vectors is None:
            np = _numpy()
            if np is None:
                return None
            self._vectors = _Vectors(np, self)
        return self._vectors


class _Vectors:
    """The accumulation of `Matcher.match` in numpy, for large corpora: the
    same sums in the same order (so the same scores to the last bit), done
    a posting list at a time instead of an id at a time."""

    def __init__(self, np, matcher: Matcher):
        self.np = np
        self.entries = len(matcher.entries)
        self.names = len(matcher.name_total)
        self.arrays = {
            id(p): (np.frombuffer(p.starts, dtype=np.int64), np.frombuffer(p.items, dtype=np.int32))
            for p in (matcher.in_names, matcher.in_passage_only, matcher.name_postings)
        }
        self.first_name = np.frombuffer(matcher.first_name, dtype=np.int32)
        self.name_total = np.frombuffer(matcher.name_total, dtype=np.float64)
        self.id_rank = np.frombuffer(matcher.id_rank, dtype=np.int32)
        self.name_weight = matcher.name_weight

    def _sum(self, terms: list[tuple[Postings, int, float]], size: int):
        """Per id, the weights of the posting lists holding it, added in the
        order of `terms` (as plain Python adds them: bincount adds in input order)."""
        np = self.np
        pieces = []
        for postings, word_id, _ in terms:
            starts, items = self.arrays[id(postings)]
            pieces.append(items[starts[word_id] : starts[word_id + 1]])
        if not pieces:
            return np.zeros(size)
        weights = np.repeat(np.array([w for _, _, w in terms]), [len(p) for p in pieces])
        return np.bincount(np.concatenate(pieces), weights=weights, minlength=size)

    def candidates(self, coverage, naming):
        np = self.np
        covered = self._sum(coverage, self.entries)
        touched = (covered > 0).nonzero()[0]  # np.flatnonzero is ~10x slower on floats
        if len(touched) > CANDIDATE_BUDGET:
            values = covered[touched]
            cut = _kth_largest(np, values, CANDIDATE_BUDGET)
            above = touched[values > cut]
            # Ties at the cut go to the lowest ids (`touched` is ascending), as in plain Python.
            touched = np.concatenate([above, touched[values == cut][: CANDIDATE_BUDGET - len(above)]])
        got = self._sum(naming, self.names)
        return touched, covered[touched], got

    def ranked(self, coverage, naming, claim_weight: float, limit: int):
        """As `Matcher._ranked`, with every candidate's recall and score
        worked out at once: the same operations on the same doubles. `got`
        comes as the array itself (see `kept`)."""
        np = self.np
        touched, covered, got = self.candidates(coverage, naming)
        if not len(touched):
            return [], got
        first, last = self.first_name[touched], self.first_name[touched + 1]
        counts = last - first  # every documented claim has a subject: at least one name
        starts = np.cumsum(counts) - counts
        name_ids = np.repeat(first - starts, counts) + np.arange(int(counts.sum()))
        g, total = got[name_ids], self.name_total[name_ids]
        safe_total = np.where(total > 0, total, 1.0)
        per_name = np.where(total > 0, np.minimum(1.0, g / safe_total), 0.0)
        # A name none of the claim's words hit does not count, even at 0.
        per_name = np.where(g > 0, per_name, -1.0)
        recall = np.maximum.reduceat(per_name, starts)
        recall = np.where(recall < 0, 0.0, recall)
        precision = covered / claim_weight if claim_weight else np.zeros(len(touched))
        score = self.name_weight * recall + (1 - self.name_weight) * precision
        order = np.lexsort((self.id_rank[touched], -precision, -score))[:limit]
        columns = (score[order], precision[order], touched[order], recall[order])
        return list(zip(*(c.tolist() for c in columns))), got

    def kept(self, got, entries: list[int]) -> dict[int, float]:
        """Name id -> `got` for every name of `entries`, in their order: the
        same dict as asking `got` name by name, gathered in one indexing
        (a lookup keeps a few hundred names)."""
        np = self.np
        if not entries:
            return {}
        at = np.array(entries, dtype=np.int64)
        first = self.first_name[at]
        counts = self.first_name[at + 1] - first
        starts = np.cumsum(counts) - counts
        name_ids = np.repeat(first - starts, counts) + np.arange(int(counts.sum()))
        return dict(zip(name_ids.tolist(), got[name_ids].tolist()))


def _kth_largest(np, values, k: int) -> float:
    """The k-th largest of `values` (more than k of them), exactly. A full
    partition of tens of thousands of scores costs more than the rest of a
    lookup, so first narrow them to a pool that surely holds the top k,
    found from every n-th score."""
    step = max(1, len(values) // 2000)
    sample = values[::step]
    # The sample's top 2k/step stand for ~2k values: almost always at least k.
    room = (2 * k) // step
    if 0 < room < len(sample):
        floor = np.partition(sample, len(sample) - room)[len(sample) - room]
        pool = values[values >= floor]
        if len(pool) >= k:
            values = pool
    return np.partition(values, len(values) - k)[len(values) - k]
