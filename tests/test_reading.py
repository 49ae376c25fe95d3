"""Reading what each figure of a sentence measures: scope, stance, period.

Sentences here are about invented programmes (the Riverside Boxing Trust,
the Harbour Youth Grant), so they test the reading rules, not the corpus.
"""

from decimal import Decimal

import pytest

from factcheck.figures import parse_figures
from factcheck.reading import Stance, read, read_period, stretch_lead


def reading_of(text: str, figure_text: str):
    readings = read(text, parse_figures(text))
    return next(r for r in readings if r.figure.text == figure_text)


@pytest.mark.parametrize(
    "sentence, figure, scope",
    [
        # attribution before the figure is not what it measures
        ("The council leader said the £3m Harbour Youth Grant would open in spring.", "£3m", "the Harbour Youth Grant would open in spring."),
        ("According to the trust, £40,000 went to boxing coaches.", "£40,000", "went to boxing coaches."),
        # a scene-setting lead
        ("Speaking at the opening in Deptford, the chair said £3m had been set aside.", "£3m", "the chair said had been set aside."),
        # a reaction trailing the figure
        ("The trust gave £40,000 to boxing coaches, though critics said it was too little.", "£40,000", "The trust gave to boxing coaches"),
        ("The trust gave £40,000 to boxing coaches, a spokesperson said.", "£40,000", "The trust gave to boxing coaches"),
        # ... in the present tense, as features write it
        ("The trust gave £40,000 to boxing coaches, its chair insists.", "£40,000", "The trust gave to boxing coaches"),
        ("The trust gave £40,000 to boxing coaches, the council argues.", "£40,000", "The trust gave to boxing coaches"),
        ("The trust gave £40,000 to boxing coaches, its chair admits.", "£40,000", "The trust gave to boxing coaches"),
        # a second thing said, with a subject of its own, is not the figure's
        ("The trust said it had spent £40,000 against a budget of £52,000, and that a new boxing gym had opened its doors in Deptford.", "£52,000", "it had spent against a budget of"),
        # a part of the amount, described after it, is not what the whole measures
        ("The trust left £12,000 unspent, most of it earmarked for the Harbour Youth Grant.", "£12,000", "The trust left unspent"),
        # a dash that closes an aside opened after the figure is no comment: the clause goes on
        ("Of the 90 grants, 40 — almost half — went to boxing coaches.", "40", "went to boxing coaches."),
        ("The trust gave £40,000 to boxing coaches — too little, its critics say.", "£40,000", "The trust gave to boxing coaches"),
    ],
)
def test_scope_leaves_out_attribution_and_reaction(sentence, figure, scope):
    assert reading_of(sentence, figure).scope == scope


@pytest.mark.parametrize(
    "sentence, scope",
    [
        # the clause's subject gives nothing: the cost is the noun's the "which" describes
        ("The trust's grant also covers the Harbour Line's weekend shifts, which cost £18,000 a year.", "the Harbour Line's weekend shifts, which cost a year."),
        # ... the whole noun, through "of" and an infinitive
        ("The trust paid for the repair of the old boathouse, which cost £18,000.", "the repair of the old boathouse, which cost ."),
        ("The petition to reopen the boathouse, which had 1,200 signatures, was handed in.", "The petition to reopen the boathouse, which had signatures, was handed in."),
        # ... but a name in the clause before is the whole's, which the noun shares
        ("Corvale's grant also covers the Harbour Line's weekend shifts, which cost £18,000 a year.", "Corvale's grant also covers the Harbour Line's weekend shifts, which cost a year."),
        # ... and through an agent's "by": the clubs worked with them, not the trust
        ("The grant paid for youth clubs run by the trust, which worked with 400 young people.", "The grant paid for youth clubs run by the trust, which worked with young people."),
        # ... but not a noun's own clause: the council did not seek it, the bid did
        ("The trust backed the bid that the council sent in June 2024, which sought £3.6m.", "The trust backed the bid that the council sent in , which sought ."),
    ],
)
def test_an_amount_in_a_relative_clause_is_the_noun_s_it_describes(sentence, scope):
    figure = next(f.text for f in parse_figures(sentence) if f.kind != "date")
    assert reading_of(sentence, figure).scope == scope


@pytest.mark.parametrize("aside", [", worth £61,000,", ", the trust said,", ""])
def test_an_earlier_level_after_a_comma_shares_the_clause_of_the_level_it_went_to(aside):
    # ", from 52 a year earlier" has no subject of its own, whatever aside stands before it.
    text = f"Grants made by the Riverside Boxing Trust rose to 87 in 2024{aside}, from 52 a year earlier."
    text = text.replace(",,", ",")
    assert "Grants made by the Riverside Boxing Trust" in reading_of(text, "52").scope
    # A clause that says what went up on its own keeps its own subject.
    other = "Grants made by the trust rose to 87, while coaching sessions went from 52 to 60."
    assert "Grants made" not in reading_of(other, "52").scope


@pytest.mark.parametrize("joined", [", and", ", and that", " and"])
def test_a_part_of_those_in_a_joined_clause_is_read_with_its_whole(joined):
    # "and 12 of those were in Oxhey": who held them, and what they are, are the 40's.
    text = f"The Riverside Boxing Trust held 40 classes in 2024{joined} 12 of those were in Oxhey."
    assert "Riverside Boxing Trust" in reading_of(text, "12").scope
    # An aside names its own measure, as other short clauses do.
    aside = "The Riverside Boxing Trust held 40 classes in 2024, 12 of them in Oxhey."
    assert "of them in Oxhey" in reading_of(aside, "12").scope


@pytest.mark.parametrize("noun", ["Spending", "Funding", "Parking"])
def test_a_noun_in_ing_opening_the_sentence_is_its_subject_not_a_scene(noun):
    # (Unlike "Speaking at the launch, the chair said ...", a scene the figure is not of.)
    text = f"{noun} on the harbour ferries almost doubled, from £2m in 2022 to £4m in 2023."
    assert all(f"{noun} on the harbour ferries" in r.sentence_scope for r in read(text, parse_figures(text)))


@pytest.mark.parametrize(
    "text",
    [
        "More than half (54%) of ferry users said they had waited over an hour.",
        "More than half, 54%, said they had waited over an hour.",
        "54% of ferry users said they had waited over an hour.",
        "54% of those who answered the ferry survey said they had waited over an hour.",
        "In Portwick, 54% of the people who answered the ferry company's survey said they had waited over an hour.",
    ],
)
def test_a_share_of_those_who_said_it_measures_what_they_said(text):
    # A share restated in brackets or between commas is read with the words of the one it restates.
    assert all("waited over an hour" in r.scope for r in read(text, parse_figures(text)))


def test_a_sayer_after_a_comma_is_still_an_attribution():
    text = "54% of the ferry budget went on fuel, officials said."
    (share,) = read(text, parse_figures(text))
    assert "fuel" in share.scope and "officials" not in share.scope


def test_a_target_set_against_an_amount_is_for_that_amount_s_measure():
    text = "Only 58% of ferries left on time in 2024, well short of the 90% national target."
    level, _, target = read(text, parse_figures(text))
    assert "ferries left on time" in target.scope and "target" in target.scope


@pytest.mark.parametrize(
    ("text", "rate"),
    [
        ("Appendix 3 sets out the monthly figures behind an average ferry grant of £754.", None),
        ("The monthly cost of the ferry is £3m.", "per month"),
        ("Weekly fares on the ferry start at £19.", "per week"),
    ],
)
def test_how_often_a_record_comes_is_not_an_amount_s_rate(text, rate):
    (r,) = read(text, [f for f in parse_figures(text) if f.kind == "money"])
    assert (r.window.key if r.window else None) == rate


@pytest.mark.parametrize(
    ("text", "rate"),
    [
        ("A ferry ticket now costs £7.20 a week after the April rise.", "per week"),
        ("The ferry grant was £3m a year before the merger.", "per year"),
        # A count's "a year before" is when: "compared with 450 a year before".
        ("Ferry crossings fell to 310, compared with 450 a year before.", None),
        # With no noun after it, a price's "a week after" is when too.
        ("The fare rose to £7.20 a week after.", None),
    ],
)
def test_a_price_s_rate_then_when_it_holds_is_a_rate(text, rate):
    (r,) = read(text, parse_figures(text)[-1:])
    assert (r.window.key if r.window else None) == rate


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Over one weekend, the ferry carried 910 cyclists.", "2"),
        ("Over the bank holiday weekend the ferry carried 910 cyclists.", "2"),
        ("In a single night, the ferry carried 910 cyclists.", "1"),
        ("In one fortnight, the ferry carried 910 cyclists.", "14"),
        ("On one day last summer, the ferry carried 910 cyclists.", "1"),
    ],
)
def test_a_weekend_a_night_or_a_fortnight_is_a_stretch(text, days):
    (r,) = read(text, [f for f in parse_figures(text) if f.kind == "count"])
    assert r.window is not None and (r.window.kind, r.window.key) == ("duration", days)


@pytest.mark.parametrize(
    ("text", "figure", "window"),
    [
        ("In a typical week the ferry carries 910 cyclists.", "910", ("rate", "per week")),
        ("On an average day the ferry sells £3,100 of tickets.", "£3,100", ("rate", "per day")),
        # A share on a typical day is when the share holds, not a rate of it.
        ("On a typical day one in four passengers is a cyclist.", "one in four", None),
        ("During the cycle-safety week the ferry carried 910 cyclists.", "910", ("duration", "7")),
        ("The ferry carried 910 cyclists in the same week.", "910", ("duration", "7")),
        # Bare "during the week" is on weekdays, no one week.
        ("During the week the ferry carries 910 cyclists a day.", "910", ("rate", "per day")),
        # "A week in June" before the amount is one week; after it, and words away, the amount's rate, then when it held.
        ("A week in June saw the ferry carry 910 cyclists.", "910", ("duration", "7")),
        ("The ferry carried about 910 cyclists and their bikes a week in 2025.", "910", ("rate", "per week")),
    ],
)
def test_a_typical_stretch_is_a_rate_and_a_named_week_is_one_week(text, figure, window):
    r = reading_of(text, figure)
    assert ((r.window.kind, r.window.key) if r.window else None) == window


def test_a_date_an_amount_is_carried_into_is_that_amount_s_alone():
    text = "The ferry trust spent £798,000 in the year, and carries a reserve of £96,000 into 2025/26."
    assert reading_of(text, "£798,000").window is None
    assert reading_of(text, "£96,000").window.key == "2025-04/2026-03"


def test_a_measure_s_own_date_is_its_alone():
    # "4.6 times in 2023-24" is the earlier level's year, as "29,300 in 2022/23" is a count's.
    text = "Cyclists were 3.1 times as likely to be hurt on the ring road in 2024/25, down from 3.6 times in 2023/24."
    assert reading_of(text, "3.1 times").window.key == "2024-04/2025-03"
    assert reading_of(text, "3.6 times").window.key == "2023-04/2024-03"


def test_a_date_in_a_clause_of_the_scene_is_not_the_amounts():
    text = "In a board paper that also warned that the ferry grant runs out on 31 March 2026, the trust reported 1,130 crossings in 2024-25."
    assert reading_of(text, "1,130").window.key == "2024-04/2025-03"
    # The scene's own date is still when the amount was given.
    text = "In a board paper on 3 March 2026, the trust reported 1,130 crossings."
    assert reading_of(text, "1,130").window.key == "2026-03-03"


def test_a_limit_a_share_met_is_not_the_stretch_it_covers():
    text = "Between July and September, 83% of those referred were seen by a youth worker within four hours."
    assert reading_of(text, "83%").window.key == "--07/--09"


def test_a_date_after_an_amount_s_rate_is_that_amount_s():
    # "£60,000 a year from April 2026": when the rate starts, not when the £25,000 or the 30 are.
    text = "The trust is raising the ferry grant to £60,000 a year from April 2026 and putting £25,000 towards training 30 new crew."
    assert reading_of(text, "£25,000").window is None
    assert reading_of(text, "30").window is None


def test_a_rate_restating_the_amount_before_it_counts_what_that_amount_counts():
    text = "The ferry trust carried 624 cyclists in 2024-25, about 12 a week, and sold 300 season tickets."
    assert "cyclists" in reading_of(text, "12").scope
    # Not a rate with a noun of its own.
    assert "cyclists" not in reading_of("The ferry trust carried 624 cyclists in 2024-25, and 12 dogs a week.", "12").scope
    # A plural without an "s" too.
    assert "people" in reading_of("The ferry trust carried 624 people in 2024-25, about 12 a week, on 40 crossings.", "12").scope


def test_a_date_in_a_concession_after_an_amount_is_not_that_amount_s():
    text = "In a typical week about 40 bikes are left on the ferry, staff say, though 212 were left during the festival week in August 2024."
    assert reading_of(text, "40").window.kind == "rate"
    assert reading_of(text, "212").window.kind == "duration"
    text = "Staff say 40 bikes are left on the ferry, though 212 were left in August 2024."
    assert reading_of(text, "40").window is None
    assert reading_of(text, "212").window.key == "2024-08"
    # With no concession, a date after the last amount is every amount's.
    text = "Staff counted 40 bikes and 212 helmets left on the ferry in August 2024."
    assert reading_of(text, "40").window.key == "2024-08"


def test_a_relative_clause_after_an_amount_is_read_with_what_it_refers_back_to():
    text = "Across the river, Fellgate Council runs 40 public defibrillators of its own, which were used 12 times last year."
    assert "Fellgate Council" in reading_of(text, "12").scope
    # Not where the clause names a thing of its own before the figure.
    text = "Fellgate Council runs 40 public defibrillators, which look few beside the 300 its neighbour runs."
    assert "Fellgate Council" not in reading_of(text, "300").scope
    # Nor where "which" is a thing named after the amount, not the amount's own noun.
    text = "Fellgate Council installed 40 defibrillators for the Heartstart Fellgate scheme, which aims for 300 in all."
    assert "installed" not in reading_of(text, "300").scope


def test_a_date_in_a_later_clause_of_an_aim_is_not_the_amounts_before_it():
    text = "The trust says a ferry pass costs £240, and it hopes to sell 500 more passes by 2027."
    assert reading_of(text, "£240").window is None
    assert reading_of(text, "500").window.key == "2027"
    # The aim's own amounts keep it.
    text = "The trust hopes to sell 500 passes and 40 bikes by 2027."
    assert reading_of(text, "500").window.key == "2027"


def test_a_rate_after_an_amount_outranks_one_another_clause_has_before_it():
    text = "The pantry opens three days a week, and students can collect up to two bags of food a day."
    by = {r.figure.text: r.window.key for r in read(text, parse_figures(text)) if r.window}
    assert by == {"three days": "per week", "two": "per day"}


@pytest.mark.parametrize(
    ("text", "figure", "stance"),
    [
        ("The trust's chair dismissed talk of ten ward closures, saying three had shut.", "ten", Stance.DENIED),
        ("The trust's chair dismissed talk of ten ward closures, saying three had shut.", "three", Stance.ASSERTED),
        ("The board rejected reports of a £3m overspend on the Lantern Ward.", "£3m", Stance.DENIED),
        ("Managers played down estimates putting the backlog at 400 patients.", "400", Stance.DENIED),
        ("Matrons disputed claims of as many as 60 cancelled shifts.", "60", Stance.DENIED),
        # Waved away is another's figure; an object counted is not one.
        ("The trust dismissed 12 porters after the review.", "12", Stance.ASSERTED),
        ("The board rejected a bid of £3m from the Lantern Ward.", "£3m", Stance.ASSERTED),
    ],
)
def test_a_figure_talk_or_reports_gave_and_someone_waved_away_is_denied(text, figure, stance):
    assert reading_of(text, figure).stance is stance


@pytest.mark.parametrize(
    ("text", "figure", "stance"),
    [
        ("The ward has yet to spend the £3m it was given.", "£3m", Stance.DENIED),
        ("The Lantern Ward failed to recruit 40 nurses last year.", "40", Stance.DENIED),
        ("The board stopped short of promising £3m for the Lantern Ward.", "£3m", Stance.DENIED),
        ("The trust was unable to find £3m for the Lantern Ward.", "£3m", Stance.DENIED),
        # A count of the times it was not done, of a whole, or the aim missed, is said.
        ("The night bus failed to turn up on 14 nights.", "14", Stance.ASSERTED),
        ("The trust failed to meet four of its 12 targets.", "four", Stance.ASSERTED),
        ("The trust failed to meet four of its 12 targets.", "12", Stance.ASSERTED),
        ("The ward has yet to spend £2m of the £3m it was given.", "£2m", Stance.ASSERTED),
        ("The trust failed to hit its 95% target.", "95%", Stance.ASSERTED),
        # A level yet to be reached is a bound the figure reader reads: fewer than it.
        ("The Lantern Ward has yet to reach 1,000 patients.", "1,000", Stance.ASSERTED),
        # ... and so is one said not reached, or never passed.
        ("The Lantern Ward did not reach 1,000 patients.", "1,000", Stance.ASSERTED),
        ("The Lantern Ward didn't hit 1,000 patients.", "1,000", Stance.ASSERTED),
        ("The Lantern Ward has never topped 1,000 patients.", "1,000", Stance.ASSERTED),
        # (Not a figure named after a negated verb: "did not treat 1,000 patients" denies them.)
        ("The Lantern Ward did not treat 1,000 patients.", "1,000", Stance.DENIED),
    ],
)
def test_a_deed_not_done_said_without_not_denies_its_figure(text, figure, stance):
    assert reading_of(text, figure).stance is stance


def test_passive_verbs_are_not_attribution():
    # "was announced" says what happened to the grant, not who said so.
    r = reading_of("The Harbour Youth Grant, worth £3m, was announced in March.", "March")
    assert "Harbour Youth Grant" in r.sentence_scope


@pytest.mark.parametrize("text", [
    "The ferry trust said that 130 cyclists were admitted to the harbour lanes.",
    "The ferry trust said 130 cyclists were admitted to the harbour lanes.",
])
def test_a_passive_after_the_figure_is_what_was_done_not_who_said_it(text):
    # "were admitted" is what happened to the 130; "the trust admitted" would be a sayer.
    assert "admitted" in reading_of(text, "130").scope
    assert "admitted" not in reading_of("130 cyclists used the harbour lanes, the trust admitted.", "130").scope
    assert "trust" not in reading_of("130 cyclists were admitted to the harbour lanes, the trust admitted.", "130").scope


@pytest.mark.parametrize(
    ("text", "second"),
    [
        ("The trust has not given £40,000 to boxing coaches and £12,000 to the summer camp.", Stance.DENIED),
        ("The trust has not given £40,000 to boxing coaches, but it gave £12,000 to the summer camp.", Stance.ASSERTED),
        ("The trust has not given £40,000 to boxing coaches and the council gave £12,000 to the summer camp.", Stance.ASSERTED),
    ],
)
def test_a_negated_verb_denies_each_object_it_is_joined_to(text, second):
    first, then = read(text, parse_figures(text))
    assert (first.stance, then.stance) == (Stance.DENIED, second)


@pytest.mark.parametrize(
    "text",
    [
        "The trust has not given £40,000 to boxing coaches, £12,000 to the summer camp and £3,000 to the choir.",
        "The trust has not trained 40 coaches, hired 12 staff or bought 3 minibuses.",
        "A total of £40,000 has not yet been spent on 12 minibuses for 3 clubs.",
    ],
)
def test_a_negated_verb_denies_its_list_and_its_predicate_s_figures(text):
    assert [r.stance for r in read(text, parse_figures(text))] == [Stance.DENIED] * 3


@pytest.mark.parametrize(
    ("text", "second"),
    [
        # the count the negated verb's object went to is in its predicate
        ("The trust has not given £40,000 to 12 boxing clubs.", Stance.DENIED),
        ("The trust did not spend £40,000 on the 12 minibuses.", Stance.DENIED),
        # across an aside, in the passive
        ("£40,000 has not, as claimed, been given to 12 boxing clubs.", Stance.DENIED),
        # a clause of its own, after a comma or a subordinator, says it
        ("The trust has not given £40,000, but 12 boxing clubs got grants.", Stance.ASSERTED),
        ("£40,000 is not withheld until the trust reports on the 12 clubs still waiting.", Stance.ASSERTED),
    ],
)
def test_a_negated_verb_denies_the_count_its_object_went_to(text, second):
    first, then = read(text, parse_figures(text))
    assert (first.stance, then.stance) == (Stance.DENIED, second)


def test_each_figure_of_a_sentence_gets_its_own_clause():
    text = "The trust gave £40,000 to boxing coaches and £12,000 to the summer camp."
    first, second = read(text, parse_figures(text))
    assert "boxing coaches" in first.scope and "summer camp" not in first.scope
    assert "summer camp" in second.scope and "boxing" not in second.scope


@pytest.mark.parametrize(
    "sentence, figure, stance",
    [
        ("The grant is worth £3m, not the £30m first reported.", "£30m", Stance.DENIED),
        ("The grant is worth £3m, not the £30m first reported.", "£3m", Stance.ASSERTED),
        ("Claims that the trust trained 400 coaches are false.", "400", Stance.DENIED),
        ("It is untrue that the grant paid for 12 minibuses.", "12", Stance.DENIED),
        ("It is not the case that the trust trained 400 coaches.", "400", Stance.DENIED),
        # What a sayer says, set right by the sentence itself; not a figure merely disputed.
        ("The trust claims it trained 400 coaches, but the real figure is 250.", "400", Stance.DENIED),
        ("The trust claims it trained 400 coaches, but the real figure is 250.", "250", Stance.ASSERTED),
        ("The trust says it trained 400 coaches, a figure critics dispute.", "400", Stance.ASSERTED),
        ("It has never been true that the grant paid for 12 minibuses.", "12", Stance.DENIED),
        ("There is no evidence that the trust trained 400 coaches.", "400", Stance.DENIED),
        ("Nobody has shown that the grant paid for 12 minibuses.", "12", Stance.DENIED),
        ("Suggestions that the trust trained 400 coaches have been rejected.", "400", Stance.DENIED),
        # A statement its sayer is said to have made in error, every figure of it; a fact-check's "Myth:".
        ("The trust trained 400 coaches in 2019, the council falsely claimed.", "400", Stance.DENIED),
        ("The trust trained 400 coaches in 2019, the council falsely claimed.", "2019", Stance.DENIED),
        ("The grant paid for 12 minibuses, as some papers wrongly reported at the time.", "12", Stance.DENIED),
        ("The grant paid for 12 minibuses, the trust claimed, wrongly.", "12", Stance.DENIED),
        # (A colon that opens a list of its parts is no turn; one that opens a clause of its own is.)
        ("The trust trained 400 coaches in 2019: 250 in Fellgate and 150 in Orrin, the council falsely claimed.", "400", Stance.DENIED),
        ("The trust trained 400 coaches in 2019: the council falsely claimed a year later.", "400", Stance.ASSERTED),
        ("The grant paid for 12 minibuses, not the 20 the council wrongly gave.", "12", Stance.ASSERTED),
        ("The grant paid for 12 minibuses, the trust said, though critics wrongly claimed it was fewer.", "12", Stance.ASSERTED),
        ("Myth: the grant paid for 12 minibuses.", "12", Stance.DENIED),
        # A deed denied, its object named, then when it is said to be done; not "until" then.
        ("The trust did not open the £2m boathouse in March 2024.", "March 2024", Stance.DENIED),
        ("The trust did not open the £2m boathouse until March 2024.", "March 2024", Stance.ASSERTED),
        # A count whose own predicate is negated counts those that do not; not a share, nor a count taken as given.
        ("12 ferry crews will not get the grant.", "12", Stance.DENIED),
        ("The 12 ferry crews will not be cut.", "12", Stance.ASSERTED),
        ("92 per cent of mentees had not reoffended.", "92 per cent", Stance.ASSERTED),
        ("12 crews in towns where the ferry has not run will get the grant.", "12", Stance.ASSERTED),
        ("The trust has 12 ferry crews and has not trained them.", "12", Stance.ASSERTED),
        ("The trust confirmed that 12 ferry crews will not get the grant.", "12", Stance.DENIED),
        # A bound denied by a verb of its own is denied; "not more than" is the bound itself.
        ("Ferry grants are not worth up to £7,500 a crew.", "£7,500", Stance.DENIED),
        ("The ferry grant is not more than £7,500.", "£7,500", Stance.ASSERTED),
        ("The trust never received £2m from the grant.", "£2m", Stance.DENIED),
        ("The grant was £3m rather than £5m.", "£5m", Stance.DENIED),
        ("The grant was cut by £1m this year.", "£1m", Stance.CHANGE),
        # ... and in the present, as a budget says it.
        ("The ferry grant rises by £13,000 to £65,000 next year.", "£13,000", Stance.CHANGE),
        ("The ferry's deficit grows by £40,000 a month.", "£40,000", Stance.CHANGE),
        ("Membership is up 16% on last year.", "16%", Stance.CHANGE),
        ("Membership rose to 900, up from 700 a year earlier.", "700", Stance.PREVIOUS),
        ("Membership rose to 900, up from 700 a year earlier.", "900", Stance.ASSERTED),
        # qualifiers are not negation, and a phrasal "up by" is not a change
        ("The grant is no more than £3m.", "£3m", Stance.ASSERTED),
        ("Boxing kits were taken up by 50 clubs.", "50", Stance.ASSERTED),
        # A wish is put forward, not asserted; a plan reported is a commitment.
        ("The trust hopes to put £2m into minibuses next year.", "£2m", Stance.HYPOTHETICAL),
        ("The trust wants to spend another £2m on minibuses.", "£2m", Stance.HYPOTHETICAL),
        ("The trust plans to spend £2m on minibuses.", "£2m", Stance.ASSERTED),
        # A condition, a counterfactual or a chance puts it forward; a thing named in a condition is there.
        ("If the trust trains 400 coaches this year, it will have met its aim.", "400", Stance.HYPOTHETICAL),
        ("Had the trust spent £2m on minibuses, more clubs would have gone.", "£2m", Stance.HYPOTHETICAL),
        ("The trust might spend £2m on minibuses.", "£2m", Stance.HYPOTHETICAL),
        # An ask is put forward; a deadline set in one is not.
        ("The trust called for at least £2m a year for minibuses.", "£2m", Stance.HYPOTHETICAL),
        ("The trust urged the council to commit £2m to minibuses.", "£2m", Stance.HYPOTHETICAL),
        ("The trust asked each club to reply within 8 weeks.", "8 weeks", Stance.ASSERTED),
        ("The trust is not, as claimed, asking for £2m.", "£2m", Stance.DENIED),
        # Not confirmed, or believed by few: not asserted.
        ("The council has yet to confirm that the trust trained 400 coaches.", "400", Stance.HYPOTHETICAL),
        ("Few believe the trust trained 400 coaches.", "400", Stance.HYPOTHETICAL),
        ("The council confirmed that the trust trained 400 coaches.", "400", Stance.ASSERTED),
        # A yes-no question asks each of its figures, past a decimal point.
        ("Has the trust really spent £1.5m on 12 minibuses?", "12", Stance.HYPOTHETICAL),
        ("The trust spent £1.5m. Has it bought 12 minibuses?", "£1.5m", Stance.ASSERTED),
        ("If the £2m minibus fund works, more clubs will go.", "£2m", Stance.ASSERTED),
        ("Clubs could bid for up to £2,000 each.", "£2,000", Stance.ASSERTED),
        ("The minibus work should take three months.", "three months", Stance.ASSERTED),
    ],
)
def test_stance(sentence, figure, stance):
    assert reading_of(sentence, figure).stance is stance


@pytest.mark.parametrize(
    "a, b",
    [
        ("over the next two years", "over 2 years"),
        ("per year", "a year"),
        ("annually", "per year"),
        ("one week", "in a week"),
        # a financial year with a hyphen is not the 25th month of 2024
        ("2024-25", "2024/25"),
        ("2024-25", "in 2024–25"),
    ],
)
def test_one_period_reader_for_both_sides(a, b):
    pa, pb = read_period(a), read_period(b)
    assert pa is not None and pb is not None and pa.same_as(pb), (pa, pb)


@pytest.mark.parametrize("a, b", [("over 2 years", "over 3 years"), ("per year", "total"), ("2018-04/2019-05", "one week")])
def test_different_periods_differ(a, b):
    pa, pb = read_period(a), read_period(b)
    assert pa is not None and pb is not None and not (pa.kind == pb.kind and pa.same_as(pb))


def test_running_totals_and_windows_are_read_around_the_figure():
    r = reading_of("The trust has trained 400 coaches since its launch.", "400")
    assert r.window is not None and r.window.kind == "running"
    # A running total dated elsewhere in the sentence is that date's total.
    r = reading_of("The trust has trained 400 coaches since its launch, it said in May 2021.", "400")
    assert r.window is not None and r.window.kind == "window" and r.window.key == "2021-05" and r.dated
    r = reading_of("Volunteers collect 35 bikes every month.", "35")
    assert r.window is not None and r.window.kind == "rate" and r.window.key == "per month"
    r = reading_of("Volunteers collected 35 bikes in one week.", "35")
    assert r.window is not None and r.window.kind == "duration" and r.window.key == str(Decimal(7))
    # A rule's beginning starts a running total as a thing's does: "since the code took effect".
    r = reading_of("Since the ferry code took effect in April 2024, 35 passes have been withdrawn.", "35")
    assert r.window is not None and (r.window.kind, r.window.key) == ("running", "2024-04")
    r = reading_of("Since the new ferry rules came into force, 35 passes have been withdrawn.", "35")
    assert r.window is not None and r.window.kind == "running"


def test_a_closing_during_phrase_serves_every_amount_joined_by_and():
    text = "Volunteers collected 40 bikes and repaired 12 boats during the Harbour Week."
    first, second = read(text, parse_figures(text))
    assert "Harbour Week" in first.scope and "Harbour Week" in second.scope
    # Not across a comma-separated list, where each amount has its own subject.
    text = "The trust gave £40,000 to boxing coaches, £12,000 to the summer camp during the Harbour Week."
    first, _ = read(text, parse_figures(text))
    assert "Harbour Week" not in first.scope


@pytest.mark.parametrize(
    "sentence, date, event",
    [
        ("The trust was launched in April 2018.", "April 2018", "launch"),
        ("The trust has trained 400 coaches since its launch in April 2018.", "April 2018", "launch"),
        # a noun dates only what follows it closely
        ("It trained 400 coaches between its launch and the end of May 2019.", "May 2019", ""),
        # dates joined by "and" share their verb
        ("The festival ran through November and December.", "December", "ran"),
        # a second date after the first belongs to something else
        ("It was launched in April 2018 and ran until May 2019.", "May 2019", "ran"),
        # a level a count ran at is held then: no run took place
        ("Allotment theft ran at 14 crimes a week in 2023.", "2023", ""),
        ("Repair costs ran to £2m in 2023.", "2023", ""),
        # a count that is the verb's object counts those events over the time: no one event is dated
        ("The wardens closed 31 footpaths over the course of 2024.", "2024", ""),
        ("The hub opened more than 12 drop-in rooms in 2023.", "2023", ""),
        # ... but an amount after "with" is what the event began with
        ("The hub opened with 12 drop-in rooms in March 2023.", "March 2023", "launch"),
        # a decision taken on a day is dated as such
        ("The ferry subsidy was confirmed in November 2024.", "November 2024", "confirmation"),
    ],
)
def test_a_date_is_read_with_the_event_it_belongs_to(sentence, date, event):
    assert reading_of(sentence, date).event == event


def test_a_period_in_hours_is_read_like_any_other_stretch():
    # One table of days per unit serves the reader and the comparisons.
    period = read_period("over 24 hours")
    assert period is not None and period.kind == "duration" and period.key == "1"


@pytest.mark.parametrize("year", ["the 2023/24 financial year", "the 2023-24 year"])
def test_a_year_named_with_its_noun_dates_the_amount(year):
    # Not "under the June 2017 knife crime strategy", where the date names a thing.
    text = f"By the end of {year}, the ferry service had carried 8,000 passengers in total."
    amount = next(r for r in read(text, parse_figures(text)) if r.figure.kind != "date")
    assert amount.window is not None and amount.window.kind == "window" and amount.window.key == "2023-04/2024-03"


def test_a_total_the_amount_before_brings_its_count_to_is_of_the_same_thing():
    text = "The ferry carried 8,000 passengers in 2023, bringing its total since launch to 20,000."
    total = [r for r in read(text, parse_figures(text)) if r.figure.kind != "date"][-1]
    assert "passengers" in total.scope and "ferry" in total.scope


def test_what_a_name_is_between_it_and_its_verb_keeps_only_its_names_and_kind_of_body():
    text = "The Lantern Line, the befriending scheme the Quay Trust runs to ease loneliness, is a £2m project."
    (reading,) = read(text, parse_figures(text))
    assert "loneliness" not in reading.scope and "Lantern" in reading.scope and "Quay Trust" in reading.scope
    text = "Harbourlight, the youth charity, has invested £1.4m in ferries."
    (reading,) = read(text, parse_figures(text))
    assert "charity" in reading.scope and "youth" not in reading.scope


@pytest.mark.parametrize(("text", "expected"), [("In its first 12 months the ferry carried 8,000 passengers.", True), ("Over its three years, the ferry fund pays £1m a year.", False)])
def test_a_things_own_first_stretch_is_the_stretch_an_amount_covers(text, expected):
    duration = next(f for f in parse_figures(text) if f.kind == "duration")
    assert stretch_lead(text, duration) is expected


@pytest.mark.parametrize(
    "text",
    [
        "The Harlow Street pantry has served 9,000 meals since it opened.",
        "The pantry has served 9,000 meals since its founding.",
        # A bare "since" closing the clause: since the beginning the sentence named.
        "The pantry, which opened in 2021, has served 9,000 meals since.",
    ],
)
def test_a_thing_s_own_beginning_makes_a_running_total(text):
    r = reading_of(text, "9,000")
    assert r.window is not None and r.window.kind == "running"


@pytest.mark.parametrize("began", ["the pantry began", "the Harlow Street pantry was launched"])
def test_a_named_thing_s_beginning_makes_a_running_total_keyed_by_its_date(began):
    # The date says when the pantry began, and the 9,000 are counted from then.
    text = f"Volunteers have served 9,000 meals since {began} in March 2022."
    r = reading_of(text, "9,000")
    assert r.window is not None and r.window.kind == "running" and r.window.key == "2022-03"


@pytest.mark.parametrize("total", ["its total", "its total since 2021", "its total since the scheme began"])
def test_a_total_a_dated_amount_takes_it_to_is_the_total_when_that_window_ends(total):
    text = f"The ferry carried 2,100 passengers in 2023/24, taking {total} to 3,100."
    r = reading_of(text, "3,100")
    assert r.window is not None and r.window.kind == "running" and r.window.ends == "2024-03"


def test_a_running_total_since_a_date_is_keyed_by_that_date():
    text = "The ferry has carried 20,000 passengers since 2021."
    (total, _) = read(text, parse_figures(text))
    assert total.window is not None and total.window.kind == "running" and total.window.key == "2021"


def test_told_in_the_passive_is_attribution():
    text = "Councillors were told at a budget hearing that the ferry service carried 800 passengers."
    (reading,) = read(text, parse_figures(text))
    assert "Councillors" not in reading.scope and "ferry service" in reading.scope


@pytest.mark.parametrize("verb", ["reported", "acknowledged", "admitted", "informed the committee"])
def test_a_speaker_in_minutes_reporting_a_figure_is_attribution(verb):
    text = f"Ms Quayle {verb} that the ferry service carried 800 passengers."
    (reading,) = read(text, parse_figures(text))
    assert "Quayle" not in reading.scope and "ferry service" in reading.scope


def test_a_date_in_a_clause_about_another_moment_has_that_clause_as_its_scope():
    text = "The ferry opened in May 2019, a month before the mayor resigned in June 2019."
    first, second = read(text, parse_figures(text))
    assert "resigned" not in first.scope
    assert "ferry" not in second.scope and "resigned" in second.scope


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("The ferry grant has not gone to 12 villages, the council said, but to 21 across the bay.", "council"),
        ("The Quay Fund, first set up in the 2015 harbour plan, has shared £3m so far.", "harbour"),
    ],
)
def test_mid_sentence_attribution_and_origin_asides_are_not_the_figure_s_words(text, gone):
    last = read(text, parse_figures(text))[-1]
    assert gone not in last.scope, last.scope


@pytest.mark.parametrize(
    ("text", "stances"),
    [
        ("'We have never said the ferry gets £50m a year,' a spokesperson said.", [Stance.DENIED]),
        # The denial ends at the colon: what follows it is asserted.
        ("It is untrue that only 40 people came to the ferry launch: more than 150 did.", [Stance.DENIED, Stance.ASSERTED]),
        # A decimal point is no sentence's end: the denial reaches past "£1.2 million".
        ("It is untrue that the ferry grant is £1.2 million a year, £2.4 million in total.", [Stance.DENIED, Stance.DENIED]),
        # ... and "are false" is found past one, however the statement ends.
        ("Claims that the ferry carried 410 people, 2.5 times the forecast, are false.", [Stance.DENIED, Stance.DENIED]),
        ("The ferry grant is £1.2m, 3.5 per cent of the budget? Wrong: it is £1.1m.", [Stance.DENIED, Stance.DENIED, Stance.ASSERTED]),
        ("A reader wrote that the ferry grant is £1.2m, 3.5 per cent of the budget. That is wrong: it is £1.1m.", [Stance.DENIED, Stance.DENIED, Stance.ASSERTED]),
        ("Some reports said the ferry cost £4.5m, 2.5 times its budget; in fact it cost £1.8m.", [Stance.DENIED, Stance.DENIED, Stance.ASSERTED]),
        # A colon before the statement's own breakdown does not end the denial; one before what is so instead does.
        ("It is false that the ferry has a crew of eight: six deckhands and two engineers.", [Stance.DENIED, Stance.DENIED, Stance.DENIED]),
        ("It is untrue that only 40 people came to the ferry launch: the true count was 150.", [Stance.DENIED, Stance.ASSERTED]),
        ("It is false that the ferry refit needed £12m: it needed £9m.", [Stance.DENIED, Stance.ASSERTED]),
        # "Claims that ... are false" closes its statement: a colon inside does not end it.
        ("Claims that the ferry's accounts show budget £3.4m, forecast £3.95m: overspend £550k are false.", [Stance.DENIED, Stance.DENIED, Stance.DENIED]),
        ("Reports that the ferry fund had run dry: it has £2m left.", [Stance.ASSERTED]),
        # A forecast can be denied as a level can.
        ("It is false that the ferry is forecast to cost £4.2m this year.", [Stance.DENIED]),
        ("The ferry is forecast to cost £4.2m this year.", [Stance.HYPOTHETICAL]),
        # A claim disputed in the present tense, then the figure the sayer gives.
        ("The council disputes the paper's claim that only £171,000 was collected, saying the true figure was £196,400.", [Stance.DENIED, Stance.ASSERTED]),
        ("The ferry company contests claims that 40 sailings were cancelled.", [Stance.DENIED]),
    ],
)
def test_denials_reach_as_far_as_they_should(text, stances):
    assert [r.stance for r in read(text, parse_figures(text))] == stances


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # The figure names a thing already there; the negation is of what was done to it.
        ("The council did not cut the £3m ferry grant.", Stance.ASSERTED),
        ("Critics say the harbour board has not spent its £3m ferry grant wisely.", Stance.ASSERTED),
        # No verb between: the figure itself is denied; nor is "the £3m promised" a thing named.
        ("It is not the £3m some reported.", Stance.DENIED),
        ("Rather than the £3m first reported, the grant is £2m.", Stance.DENIED),
        ("The ferry did not receive the £3m promised.", Stance.DENIED),
        ("The ferry grant is not worth £3m.", Stance.DENIED),
        # A hyphen joins the figure to its noun: a thing already there.
        ("Night crossings are not run by the 12-strong ferry crew.", Stance.ASSERTED),
    ],
)
def test_a_figure_naming_a_thing_in_a_negated_clause_is_not_denied(text, stance):
    assert read(text, parse_figures(text))[0].stance is stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # A negated verb reaches through an indefinite object to its figure.
        ("The harbour board did not announce a new ferry fund worth £3m.", Stance.DENIED),
        ("The ferry does not have a total refit budget of £3m.", Stance.DENIED),
        # ... not through a definite one, which takes the figure as given,
        ("The harbour board will not be cutting a penny of the three million pounds it gives the ferry.", Stance.ASSERTED),
        ("The harbour board has not spent the whole of its £3m ferry grant.", Stance.ASSERTED),
        # nor into another clause, nor through "not least" (which stresses it).
        ("The ferry will not sail before the refit that costs £3m.", Stance.ASSERTED),
        ("The harbour board has spent heavily, not least a sum of £3m on the ferry.", Stance.ASSERTED),
    ],
)
def test_a_negation_reaches_its_figure_through_an_indefinite_object(text, stance):
    assert read(text, parse_figures(text))[0].stance is stance


def test_a_figure_replacing_a_denied_one_takes_its_words():
    text = "The ferry top-up was not £9m, as the council claimed, but £6m."
    denied, replacing = read(text, parse_figures(text))
    assert "ferry top-up" in replacing.scope and "council" not in replacing.scope


@pytest.mark.parametrize(
    ("text", "kind", "key"),
    [
        ("In total, the Quay Fund is worth just £10m.", "total", ""),
        ("'Six hundred offensive weapons in its first year,' the commander said.", "window", "first 365"),
        # Keyed by its length: twelve months are a year.
        ("In its first twelve months the board heard 40 appeals.", "window", "first 365"),
    ],
)
def test_totals_and_first_years_are_read_as_their_own_periods(text, kind, key):
    reading = read(text, parse_figures(text))[-1]  # the amount: "twelve months" is a figure too
    assert reading.window is not None and (reading.window.kind, reading.window.key) == (kind, key)


def test_a_scene_set_days_before_is_not_the_figure_s_words():
    text = "Days after a storm hit Port Isaac, the harbour board said the Quay Fund held £3m."
    assert "Port Isaac" not in read(text, parse_figures(text))[0].scope


def test_an_amount_joined_by_and_shares_the_first_one_s_subject_verb_and_time():
    text = "In a single week the harbour patrol seized 35 nets and six boats."
    nets, boats = read(text, parse_figures(text))
    assert "harbour patrol seized" in boats.scope
    assert boats.window is not None and boats.window == nets.window


def test_a_qualifier_after_and_does_not_break_the_join():
    text = "The harbour board seized 40 boats and almost 300 nets."
    assert "harbour board seized" in read(text, parse_figures(text))[1].scope


def test_a_moment_counted_from_a_launch_is_a_window_of_its_own():
    text = "Two years after its launch, the ferry had carried a total of 651 passengers."
    reading = read(text, parse_figures(text))[-1]
    assert reading.window is not None and reading.window.key == "two years after its launch"


def test_not_this_but_that_asserts_that():
    text = "The quay offer is not 250 berths but 25,000."
    assert [r.stance for r in read(text, parse_figures(text))] == [Stance.DENIED, Stance.ASSERTED]


def test_an_event_verb_some_way_before_its_date_still_owns_it():
    text = "The council announced the extra harbour money for the ferry crossing service in April."
    (reading,) = read(text, parse_figures(text))
    assert reading.event == "announcement"


def test_a_month_the_figure_holds_within_is_not_the_end_of_a_window():
    text = "Wardens took more than 350 nets off the quays in December alone."
    reading = read(text, parse_figures(text))[0]
    assert reading.window is not None and reading.window.within
    assert not reading.window.same_as(read_period("November and December"))
    by = read("By December, wardens had taken 350 nets.", parse_figures("By December, wardens had taken 350 nets."))[-1]
    assert by.window is not None and by.window.same_as(read_period("November and December"))


def test_a_trailing_dash_comment_is_not_the_figure_s_words():
    text = "'The Quay Fund is worth £10m in total - a drop in the ocean for a port this size,' a councillor said."
    assert "ocean" not in read(text, parse_figures(text))[0].scope


def test_a_week_long_stretch_is_not_a_weekly_rate():
    text = "Wardens on a week-long patrol in June made 61 checks."
    reading = read(text, parse_figures(text))[-1]
    assert reading.window is not None and reading.window.kind == "duration"


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("In a furious broadside at ministers, the harbourmaster said 40 boats were lost.", "ministers"),
        ("The harbourmaster said £2m had gone to the quay, and challenged the council to match it.", "council"),
    ],
)
def test_scenes_and_what_the_sayer_did_next_are_not_the_figure_s_words(text, gone):
    assert gone not in read(text, parse_figures(text))[-1].scope


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("The council has quietly cut £2.6m from the ferry budget.", Stance.CHANGE),
        ("The wardens took more than 350 nets off the quays.", Stance.ASSERTED),
    ],
)
def test_an_amount_cut_from_something_is_a_change(text, stance):
    assert read(text, parse_figures(text))[0].stance is stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("The harbour choir has gained 45 members since it began in 2019.", Stance.CHANGE),
        ("The lifeboat crew gained more than 12 new volunteers last year.", Stance.CHANGE),
        # What is won, not what is held: a level.
        ("Pupils at the quay school gained 40 swimming badges.", Stance.ASSERTED),
    ],
)
def test_members_gained_are_a_change_not_a_level(text, stance):
    assert read(text, parse_figures(text))[0].stance is stance


@pytest.mark.parametrize(
    "text",
    [
        "The harbour patrol has grown from four boats when it was formed in March 2019 to 11 today.",
        "The harbour patrol has grown from four boats to 11.",
    ],
)
def test_from_a_level_when_it_began_to_another_is_an_earlier_level(text):
    assert read(text, parse_figures(text))[0].stance is Stance.PREVIOUS


@pytest.mark.parametrize(
    ("text", "stances"),
    [
        # "from" after the level a change reached: the level it changed from.
        ("Ferry crossings fell 6% to 4,870 in 2025, from 5,181 the year before.", ["asserted", "asserted", "asserted", "previous"]),
        ("Crossings rose to 212 in 2024, from 180 in 2023.", ["asserted", "asserted", "previous", "asserted"]),
        # Not a "from" of its own sentence, nor of another kind than the level reached.
        ("Crossings rose to 212. From 180 applicants, 40 crew were chosen.", ["asserted", "asserted", "asserted"]),
        ("Crossings rose to 212 in 2024, from 2023's fleet of 9 boats.", ["asserted", "asserted", "asserted", "asserted"]),
    ],
)
def test_from_after_the_level_a_change_reached_is_the_earlier_level(text, stances):
    assert [r.stance.value for r in read(text, parse_figures(text))] == stances


def test_the_figure_said_in_place_of_a_denied_one_takes_its_words():
    text = "Verdict: false. The ferry did not carry 5,000 people in June; the council's figure is 910."
    denied, said = read(text, parse_figures(text))[0], read(text, parse_figures(text))[-1]
    assert denied.stance is Stance.DENIED and "ferry" in said.scope


def test_a_date_set_before_a_noun_is_that_thing_s_not_the_amount_s():
    text = "Under the June 2016 harbour plan, the board has since given 43 grants to the ferry."
    assert read(text, parse_figures(text))[-1].window is None
    text = "In June 2016 the board gave 43 grants to the ferry."
    window = read(text, parse_figures(text))[-1].window
    assert window is not None and window.key == "2016-06"


def test_an_amount_joined_to_a_widened_one_is_widened_too():
    text = "Over the winter the harbour patrol carried out 40 searches, took 12 nets and almost 30 boats off the water."
    assert "harbour patrol" in read(text, parse_figures(text))[-1].scope


def test_and_that_starts_a_second_thing_said_when_it_names_its_own_subject():
    text = "The harbour report recalled that a Treasury memo had warned of cuts and that more than 40 ferries were laid up last winter."
    scope = read(text, parse_figures(text))[0].scope
    assert "Treasury" not in scope and "ferries" in scope


def test_a_phrase_stops_before_the_next_amount_s_words():
    text = "The harbour budget includes another £2m for the quay, £1m for ferry repairs and the £3m Beacon Grants scheme."
    phrase = read(text, parse_figures(text))[1].phrase
    assert "ferry repairs" in phrase and "Beacon" not in phrase


def test_from_one_dated_amount_to_another_each_keeps_its_own_date():
    text = "The harbour ferry count rose from 40 at the end of May 2019 to 55 by April 2022."
    windows = {r.figure.text: r.window.key for r in read(text, parse_figures(text)) if r.window is not None}
    assert windows == {"40": "2019-05", "55": "2022-04"}


def test_a_date_opening_its_clause_is_the_event_of_the_verb_after_it():
    text = "In March 2016 the harbour board launched the Quay Fund with £3m."
    date, money = read(text, parse_figures(text))
    assert date.event == "launch" and date.event_object.startswith("the Quay Fund")
    assert money.window is None  # the launch's date, not when the £3m holds


@pytest.mark.parametrize(
    "period",
    ["in the patrol's first six months", "in its first three weeks", "over the first two years", "in the first six months of 2024-25"],
)
def test_a_first_stretch_is_read_alike_in_a_corpus_and_in_a_sentence(period):
    # One reader for both sides: the curated period and the same words in a sentence give one key.
    sentence = f"Reports fell by 22% {period}."
    window = next(r.window for r in read(sentence, parse_figures(sentence)) if r.figure.text == "22%")
    assert window is not None and read_period(period).key == window.key


def test_the_first_stretch_of_a_year_is_not_the_whole_year_nor_another_stretch():
    part, whole, longer = (read_period(p) for p in ("first six months of 2024-25", "2024-25", "in its first nine months"))
    assert not part.same_as(whole) and not part.same_as(longer)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("The Quay Fund gave £40,000 to each harbour town.", "each"),
        ("Each of the 12 harbour towns was given £40,000 by the Quay Fund.", "each"),
        ("Every harbour town received £40,000 from the Quay Fund.", "each"),
        ("The Quay Fund gave £40,000 apiece to the harbour towns.", "each"),
        ("The harbour towns each received £40,000 from the Quay Fund.", "each"),
        ("They each received about £40,000 from the Quay Fund.", "each"),
        # Per a thing, keyed by its head: "per ferry crossing" is per crossing.
        ("The Quay Fund pays £3.20 per ferry crossing in subsidy.", "per crossing"),
    ],
)
def test_an_amount_each_one_of_many_has_is_a_rate(text, key):
    reading = next(r for r in read(text, parse_figures(text)) if r.figure.kind == "money")
    assert reading.window is not None and (reading.window.kind, reading.window.key) == ("rate", key)


@pytest.mark.parametrize(
    "text",
    [
        "The Quay Fund gave £40,000 to harbour towns across the county.",
        "Every year the Quay Fund pays £40,000 to harbour towns.",  # a yearly rate, not each one's
        "The board met every harbour town, and the Quay Fund gave £40,000 to the ferries.",
        "The Quay Fund's 12 per cent share came to £40,000.",
        # Shared by all, not given to each: the verb is not one of receiving the amount.
        "Every harbour town will benefit from the £40,000.",
        "The harbour towns each have a share of the £40,000.",
    ],
)
def test_an_amount_for_all_of_them_is_not_each_one_s(text):
    reading = next(r for r in read(text, parse_figures(text)) if r.figure.kind == "money")
    assert reading.window is None or reading.window.key != "each"


def test_every_and_a_stretch_is_a_rate():
    sentence = "The patrol deals with 1,140 incidents every five months."
    window = next(r.window for r in read(sentence, parse_figures(sentence)) if r.figure.text == "1,140")
    assert window is not None and window.kind == "rate" and window.text == "every five months"


def test_a_date_that_closes_another_amount_s_name_is_not_this_one_s_window():
    sentence = "The council gave £95,000 to food banks in 2023/24, and agreed a £150,000 Food Larder Grant for 2024/25."
    windows = {r.figure.text: r.window for r in read(sentence, parse_figures(sentence)) if r.figure.kind == "money"}
    assert windows["£95,000"] is not None and "2024/25" not in windows["£95,000"].text


def test_money_added_to_something_is_not_a_sayer_adding_words():
    text = "The harbour trust spent £2m on ferries and £0.3m added to its reserves."
    phrase = read(text, parse_figures(text))[1].scope
    assert "reserves" in phrase


def test_a_colon_opening_a_list_of_amounts_ends_the_amount_before_it():
    text = "The harbour trust's income of £6m was spent as follows: £5m on ferries, £1m on the quay."
    income, ferries, quay = read(text, parse_figures(text))
    assert "ferries" not in income.scope and "ferries" in ferries.scope
    # A colon that says what a figure is keeps it in its clause.
    text = "There were never 60 wardens: 60 is the number of ferries."
    assert "ferries" in read(text, parse_figures(text))[1].scope


def test_the_first_half_of_a_year_is_its_first_six_months_and_a_year_unsaid_fits_it():
    half, six = read_period("first half of 2024-25"), read_period("in the first six months of 2024-25")
    assert half.same_as(six)
    assert read_period("in the first half").same_as(half)
    assert not read_period("first half of 2023-24").same_as(half)


def test_a_rate_after_a_duration_is_the_duration_s_not_the_count_s_before_it():
    sentence = "The Orrin Reading Circle's 40 volunteers each give about two hours a week."
    window = next(r.window for r in read(sentence, parse_figures(sentence)) if r.figure.text == "40")
    assert window is None or window.kind != "rate"


def test_a_month_of_saying_is_a_running_total_s_moment_not_a_month_counted_over():
    said = "The Orrin patrol has now made 90 arrests since its launch, police said in March."
    counted = "The Orrin patrol made 90 arrests in March."
    assert next(r.window for r in read(said, parse_figures(said)) if r.figure.text == "90").within is False
    assert next(r.window for r in read(counted, parse_figures(counted)) if r.figure.text == "90").within is True


def test_a_date_labelling_an_amount_in_a_line_of_a_table_is_that_amount_s():
    text = "Visitors to the Orrin Lido were as follows: 2021: 4,410 2022: 4,862 2023: 5,120"
    windows = {r.figure.text: r.window.key for r in read(text, parse_figures(text)) if r.figure.kind == "count"}
    assert windows == {"4,410": "2021", "4,862": "2022", "5,120": "2023"}
    budget = "Orrin Lido budget: 2023/24 - £1.2m; 2024/25 - £1.35m."
    windows = {r.figure.text: r.window.key for r in read(budget, parse_figures(budget)) if r.figure.kind == "money"}
    assert windows == {"£1.2m": "2023-04/2024-03", "£1.35m": "2024-04/2025-03"}


def test_a_clause_opening_on_a_possessive_first_stretch_is_that_stretch():
    sentence = "The Orrin ferry's first year saw 83,000 passenger journeys."
    window = next(r.window for r in read(sentence, parse_figures(sentence)) if r.figure.text == "83,000")
    assert window is not None and window.key == "first 365"


def test_a_rate_closing_another_amount_s_phrase_is_not_the_next_amount_s():
    sentence = "The Orrin clubs serve 900 breakfasts a day at 45p a breakfast."
    windows = {r.figure.text: r.window for r in read(sentence, parse_figures(sentence))}
    assert windows["900"] is not None and windows["900"].key == "per day"
    assert windows["45p"] is None or windows["45p"].kind != "rate"
    # A rate that opens the sentence is still every amount's.
    opening = "Every week, 40 people and 30 dogs are seen at the Orrin clinic."
    assert all(r.window is not None and r.window.key == "per week" for r in read(opening, parse_figures(opening)))


def test_a_date_in_a_conceding_clause_after_the_amount_is_not_the_amount_s():
    sentence = "The £4m Orrin library is still coming, though readers will not get in before the spring of 2027."
    window = next(r.window for r in read(sentence, parse_figures(sentence)) if r.figure.text == "£4m")
    assert window is None
    # A date after the amount in its own run of clauses still dates it.
    dated = "The Orrin patrol made 40 arrests and seized 12 knives by May 2019."
    assert all(r.window is not None for r in read(dated, parse_figures(dated)) if r.figure.kind != "date")


def test_a_time_right_after_an_amount_is_its_own():
    sentence = "The Orrin mill turned over £2m last year, and it plans to hire 30 staff by spring 2027."
    windows = {r.figure.text: r.window for r in read(sentence, parse_figures(sentence))}
    assert windows["£2m"] is not None and windows["£2m"].key == "last year"
    assert windows["30"] is not None and windows["30"].key.startswith("2027")


def test_not_changed_since_a_year_does_not_deny_the_year():
    text = "Fares on the Orrel ferry have not changed since 2019."
    (year,) = read(text, parse_figures(text))
    assert year.stance is Stance.ASSERTED
    text = "The Orrel ferry fares were not changed in 2019 but in 2020."
    assert read(text, parse_figures(text))[0].stance is Stance.DENIED


def test_a_modal_s_amount_on_a_condition_after_it_is_put_forward():
    text = "The Brannock depot could take 40 more buses if the council bought the land."
    (buses,) = read(text, parse_figures(text))
    assert buses.stance is Stance.HYPOTHETICAL and buses.cue == "could ... if"
    text = "The Brannock depot could take 40 more buses."
    assert read(text, parse_figures(text))[0].stance is Stance.ASSERTED


def test_a_since_after_an_amount_s_noun_is_that_amount_s_own():
    text = "The Harlow pantry gets £9,000 a year under a deal worth £27,000, and has served 4,000 meals since May 2021."
    readings = {r.figure.text: r for r in read(text, parse_figures(text))}
    assert readings["4,000"].window is not None and readings["4,000"].window.kind == "running"
    assert readings["£27,000"].window is None or readings["£27,000"].window.kind != "running"


def test_time_given_at_a_rate_is_a_rate():
    text = "The pantry's 40 volunteers each give about four hours a week."
    hours = reading_of(text, "four hours")
    assert hours.window is not None and hours.window.kind == "rate" and hours.window.key == "per week"
    text = "The refit took four hours."
    assert reading_of(text, "four hours").window is None


def test_a_counts_list_of_nouns_is_no_cut_before_the_amount_after_it():
    text = "Forty-two artists, community choirs and small theatre companies will share £90,000 in the spring round of the Fennel Fund."
    (count, money) = read(text, parse_figures(text))
    # The list's commas and "and" are inside the count's noun phrase: its clause runs on to the verb.
    assert "will share" in count.scope and "Fennel Fund" in count.scope
    assert money.scope.startswith("small theatre companies will share")
    # Clauses after a count, each with its own verb and amount, are cut as before.
    text = "The trust trained 40 youth workers, paid £9,000 for the venue and hired 12 mentors."
    workers = read(text, parse_figures(text))[0]
    assert "paid" not in workers.scope


def test_a_numbered_stage_after_an_amount_is_its_period():
    text = "By 31 December 2024 the fund had made 212 grants: 94 in the first round and 118 in the second."
    by = {r.figure.text: r.window for r in read(text, parse_figures(text))}
    # Each round's count is that round's, as a curator writes it ("round one"), not the date's.
    assert (by["94"].kind, by["94"].key) == ("window", "round one")
    assert (by["118"].kind, by["118"].key) == ("window", "round two")
    assert by["212"].key == "2024-12-31"
    text = "The scheme paid out £2m in phase two."
    assert read(text, parse_figures(text))[0].window.key == "phase two"


def test_an_earlier_level_s_own_date_outranks_the_one_the_sentence_opens_with():
    text = "In 2023/24, 4,870 crossings took longer than an hour, up from 2,930 in 2022/23."
    by = {r.figure.text: r.window.key for r in read(text, parse_figures(text)) if r.window is not None}
    assert (by["4,870"], by["2,930"]) == ("2023-04/2024-03", "2022-04/2023-03")
    # A time something took is a level too, with its own date.
    text = "The average crossing fell from 52 minutes in 2022/23 to 41 minutes in 2023/24."
    by = {r.figure.text: r.window.key for r in read(text, parse_figures(text)) if r.window is not None}
    assert (by["52 minutes"], by["41 minutes"]) == ("2022-04/2023-03", "2023-04/2024-03")
    # The sentence's first amount keeps the date it opens with.
    text = "By the end of May 2024, the ferry had carried 1,910 cars since its launch in April 2023."
    (cars,) = [r for r in read(text, parse_figures(text)) if r.figure.text == "1,910"]
    assert cars.window.key == "2023-04/2024-05"


@pytest.mark.parametrize(
    ("text", "denied_by"),
    [
        ("It is untrue that ferry fares rose by a fifth last year.", "It is untrue"),
        ("Claims that ferry fares rose by a fifth last year are false.", "are false"),
        ("Myth: ferry fares rose by a fifth last year.", "Myth"),
        ("Ferry fares rose by a fifth last year, the council wrongly claimed.", "wrongly claimed"),
        ("Ferry fares rose by a fifth last year.", ""),
    ],
)
def test_a_change_inside_a_denied_statement_is_read_as_denied_but_stays_a_change(text, denied_by):
    (change, *_) = read(text, parse_figures(text))
    assert (change.stance, change.denied_by) == (Stance.CHANGE, denied_by)


@pytest.mark.parametrize(
    ("text", "window"),
    [
        # A correction's or an update's date is when the note was written, not when its figures hold.
        ("Correction, 2 May 2025: an earlier version of this article gave the ferry grant as £3.2m; it is £2.3m.", None),
        ("Update, 4 June 2025: the council now puts the ferry grant at £2.5m.", None),
        # Any other date before a colon still dates what follows.
        ("On 2 May 2025: the ferry grant was £2.3m.", "2025-05-02"),
    ],
)
def test_a_correction_s_date_does_not_date_its_figures(text, window):
    last = read(text, parse_figures(text))[-1]
    assert (last.window.key if last.window else None) == window


@pytest.mark.parametrize(
    ("text", "whole", "part", "its_words"),
    [
        # The whole a sentence opens with is what its figure measures; the rest is the part's.
        ("Of the 64 ferry crossings, 41 ran late, and three of the five piers were shut.", "Of the ferry crossings", "41", "ran late"),
        ("Of the £2.4m handed to 30 harbour groups, £1.1m went to piers.", "Of the handed to harbour groups", "£1.1m", "went to piers"),
    ],
)
def test_a_whole_the_sentence_opens_with_is_read_apart_from_its_part(text, whole, part, its_words):
    readings = {r.figure.text: r for r in read(text, parse_figures(text))}
    assert readings[next(iter(readings))].scope == whole
    assert its_words in readings[part].scope


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # An indirect question or a doubt reports that someone asked, not the figure.
        ("Councillors asked whether the ferry had carried 410 passengers.", Stance.HYPOTHETICAL),
        ("It is unclear if the refit will cost £3m.", Stance.HYPOTHETICAL),
        ("Harbour users doubt that the ferry carried 410 passengers.", Stance.HYPOTHETICAL),
        # Beyond doubt is so; and a figure after "the" is a thing the question takes as given.
        ("There is no doubt that the ferry carried 410 passengers.", Stance.ASSERTED),
        ("Councillors asked whether the £3m a year would be enough.", Stance.ASSERTED),
        # The answer, in a main clause of its own, is said, not asked.
        ("Where councillors asked whether the ferry paid its way, the harbourmaster said that it carried 410 passengers.", Stance.ASSERTED),
        ("Councillors asked whether, as the harbourmaster said, the ferry carried 410 passengers.", Stance.HYPOTHETICAL),
        # A possibility is put forward as a forecast is.
        ("The ferry fund could be worth £3m by 2030.", Stance.HYPOTHETICAL),
        ("The refit may cost as much as £3m.", Stance.HYPOTHETICAL),
    ],
)
def test_a_figure_asked_about_doubted_or_possible_is_put_forward(text, stance):
    assert read(text, parse_figures(text))[0].stance is stance


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        # A count right after an amount is in that amount's clause, which a semicolon or "but" opens.
        ("The harbour board set up a £250,000 ferry fund; since then £1.4m has gone to 43 crews.", "since then £1.4m has gone to "),
        ("The harbour board set up a £250,000 ferry fund, but since then £1.4m has gone to 43 crews.", "since then £1.4m has gone to "),
        # After a comma the clause may have no subject of its own: the sentence's is kept.
        ("The ferry fund will spend £3.8m less than planned, a quarter of its £14.7m budget.", "The ferry fund will spend £3.8m less than planned, a quarter of its "),
    ],
)
def test_a_figure_after_an_amount_reads_that_amount_s_clause(text, lead):
    assert read(text, parse_figures(text))[-1].lead == lead


def test_a_figure_after_a_rather_than_takes_the_replaced_figure_s_words():
    # "Rather than 12 crew, the ferry has nine": the nine counts crew too.
    text = "Rather than 12 crew, the ferry has nine."
    denied, this = read(text, parse_figures(text))
    assert denied.stance is Stance.DENIED and this.stance is Stance.ASSERTED
    assert "crew" in this.scope and this.replaces_end == denied.figure.end


def test_a_difference_said_twice_is_a_change_both_times():
    # "£4.4m, or 31%, higher than": the second way of saying it stands between the first and its "than".
    text = "The revised ferry budget is £4.4m, or 31%, higher than the one approved in June 2023."
    by = {r.figure.text: r.stance for r in read(text, parse_figures(text))}
    assert by["£4.4m"] is Stance.CHANGE and by["31%"] is Stance.CHANGE


def test_a_difference_with_a_year_before_its_than_is_a_change():
    # "67 more ... in 2024 than the year before": the year is what the difference is of, not a level's.
    text = "The ferry carried 67 more cyclists in Oxhey in 2024 than in the year before."
    assert reading_of(text, "67").stance is Stance.CHANGE
    assert reading_of("The ferry carried 67 more cyclists in 2024.", "67").stance is Stance.ASSERTED
    # ... but a difference set aside is denied, as any figure set aside is
    assert reading_of("The ferry carried 670 rather than 67 more cyclists in 2024 than in 2023.", "67").stance is Stance.DENIED


def test_an_earlier_level_named_by_a_longer_noun_is_still_earlier():
    # "from 118 full-time equivalent posts to 87": the noun between the two levels runs to three words.
    text = "Ferry staffing will be cut from 118 full-time equivalent posts to 87."
    by = {r.figure.text: r.stance for r in read(text, parse_figures(text))}
    assert by["118"] is Stance.PREVIOUS and by["87"] is Stance.ASSERTED


@pytest.mark.parametrize(
    ("text", "window"),
    [
        # A figure said bare in place of a denied one is of the denied one's time ...
        ("The ferry did not carry 27 cyclists in 2025, as campaigners say, but only 19.", "2025"),
        # ... not where its own clause goes on to say what it is.
        ("Does the ferry carry 27 cyclists a day? No: 19 is the ferry's record.", None),
    ],
)
def test_a_bare_figure_replacing_a_denied_one_takes_its_time(text, window):
    readings = read(text, parse_figures(text))
    (nineteen,) = [r for r in readings if r.figure.text == "19"]
    assert (nineteen.window.key if nineteen.window else None) == window


def test_an_amount_with_a_verb_of_its_own_shares_only_the_subject():
    # "... carried out 8,452 sweeps and made almost 4,937 arrests": the second
    # amount has its own verb; it shares the subject, not "carried out".
    assert reading_of("The taskforce carried out 8,452 sweeps and made almost 4,937 arrests.", "4,937").scope == "The taskforce made almost arrests."
    # With no verb of its own, it shares the verb too.
    assert reading_of("In a single week the taskforce seized 135 knives and six guns.", "six").scope == "In a single week the taskforce seized guns."


@pytest.mark.parametrize("joined", ["in the whole of", "over the whole of", "for the whole of", "during"])
def test_a_year_the_amount_is_said_to_cover_whole_is_its_own(joined):
    sentence = f"By the end of May the Harlow Green toy library had made 610 loans so far this year, compared with 1,480 {joined} 2023/24."
    windows = {r.figure.text: r.window for r in read(sentence, parse_figures(sentence))}
    assert windows["1,480"] is not None and windows["1,480"].text == "2023/24"


@pytest.mark.parametrize("turn", ["pointing out that", "noting that", "arguing that", "saying", "telling MPs that"])
def test_a_sayer_turning_from_a_denied_claim_to_its_own_figure_asserts_it(turn):
    sentence = f"The trust rejects the union's claim that the Ferndale ward has lost 12 beds, {turn} it opened 4 beds in May."
    stances = {r.figure.text: r.stance for r in read(sentence, parse_figures(sentence))}
    assert stances["12"] is Stance.DENIED
    assert stances["4"] is Stance.ASSERTED


def test_a_participle_of_saying_after_a_comma_is_who_said_it():
    # ", insisting that six had reopened": the councillor said it; she is not
    # the actor of the figure's clause.
    text = "Councillor Tamsin Boyle denied that only four boxing clubs had closed, insisting that six had reopened since April."
    assert "Tamsin Boyle" not in reading_of(text, "six").sentence_scope
    # Money added is no saying: "adding £300,000 to ..." keeps its clause.
    added = "The trust gave £40,000 to boxing coaches, adding £300,000 to the Harbour Youth Grant."
    assert "The trust gave" in reading_of(added, "£300,000").sentence_scope


def test_an_event_s_subject_does_not_start_at_a_thousands_comma():
    text = "The Harbour Youth Grant has reached 31,200 pupils since it started in May 2019."
    assert reading_of(text, "May 2019").event_subject.startswith("The Harbour Youth Grant")


@pytest.mark.parametrize(
    ("sentence", "key"),
    [
        ("Since April 2023 the helpline has answered 9,140 calls in all, including 3,020 between April and the end of October this year.", "--04/--10"),
        ("Since April 2023 the helpline has answered 9,140 calls in all, including 3,020 from May to October.", "--05/--10"),
    ],
)
def test_a_part_s_own_window_is_not_the_running_total_s(sentence, key):
    # The opening "since April 2023" is the total's; the part's window is the one right after it.
    total, part = (r for r in read(sentence, parse_figures(sentence)) if r.figure.kind != "date")
    assert total.window is not None and total.window.kind == "running" and total.window.key == "2023-04"
    assert part.window is not None and part.window.kind == "window" and part.window.key == key


@pytest.mark.parametrize("sentence, figure, borrowed", [
    ("Ferry crossings in Ostwick fell to 310 in 2024, while Penhallow's figure stood at 270.", "270", "crossings"),
    ("Swimming lessons in Carrow rose to 880 last year, while across the border in Denby they fell to 640.", "640", "lessons"),
])
def test_another_place_s_figure_set_beside_the_one_before_is_read_with_its_words(sentence, figure, borrowed):
    reading = reading_of(sentence, figure)
    assert borrowed in reading.scope
    # Not the place the one before is set in: the clause names its own.
    first_place = sentence.split(" ")[3].rstrip(",")
    assert first_place not in reading.scope
    assert reading.window is not None


def test_a_clause_with_its_own_measure_beside_the_one_before_keeps_its_words():
    reading = reading_of("Ferry crossings from Ostwick fell to 310 in 2024, while bus journeys reached 270.", "270")
    assert "crossings" not in reading.scope


def test_an_amount_in_a_relative_clause_is_the_noun_s_it_hangs_on_and_ends_at_its_comma():
    text = "The ferry's £3.2m refit is shared between the harbour board, which gives £2m, and the county council, which pays £1.2m."
    given = reading_of(text, "£2m")
    assert "harbour board" in given.scope and "county council" not in given.scope
    paid = reading_of(text, "£1.2m")
    assert "county council" in paid.scope and "harbour board" not in paid.scope


@pytest.mark.parametrize("sentence, figure, scope", [
    ("With the harbour board putting in £1.5m and the council £900,000, the refit can start.", "£900,000", "the council putting in"),
    ("The health board would provide £1.5m and the council £900,000.", "£900,000", "the council would provide"),
])
def test_a_gapped_amount_is_read_with_its_own_noun_and_the_verb_before_it(sentence, figure, scope):
    assert reading_of(sentence, figure).scope.startswith(scope)
    assert "board" not in reading_of(sentence, figure).scope


@pytest.mark.parametrize("sentence, figure", [
    ("The BID spent £798,000 in the year, £246,000 of it on safety, and carries a reserve of £96,000.", "£798,000"),
    ("The NHS paid £4m last year, and holds a reserve of £1m for the winter.", "£4m"),
])
def test_a_short_clause_naming_a_body_by_its_initials_names_something(sentence, figure):
    # "The BID spent ... in the year" has a subject of its own: the sentence's
    # other clause ("carries a reserve of") is not what the figure measures.
    assert "reserve" not in reading_of(sentence, figure).scope


@pytest.mark.parametrize("sentence, figure, key", [
    ("The trust missed its 2024 target of 1,000 visits, managing only 958 that year.", "958", "2024"),
    ("The garden opened in 2021 and welcomed 300 children the same year.", "300", "2021"),
    # Its noun and a preposition may stand between.
    ("The garden opened in 2021, and its volunteers ran 181 craft sessions over the same year.", "181", "2021"),
    ("The trust missed its 2024-25 target of 1,000 visits, managing only 958 that year.", "958", "2024-04/2025-03"),
    # No year before it to name: not read as any window.
    ("It welcomed 300 children that year.", "300", None),
])
def test_that_year_is_the_year_the_sentence_named_before(sentence, figure, key):
    window = reading_of(sentence, figure).window
    assert (window.key if window else None) == key


@pytest.mark.parametrize("sentence, figure, key", [
    ("Officers made 3,412 searches in the second quarter of 2025-26.", "3,412", "2025-07/2025-09"),
    ("Officers made 412 searches in the fourth quarter of 2024-25.", "412", "2025-01/2025-03"),
    ("The line carried 81,000 passengers in the first quarter of 2024.", "81,000", "2024-01/2024-03"),
    ("The line carried 91,000 passengers in the last quarter of 2024.", "91,000", "2024-10/2024-12"),
    ("The line carried 91,000 passengers in Q3 2024-25.", "91,000", "2024-10/2024-12"),
    # The year alone is still the year.
    ("Officers made 11,860 searches in 2024-25.", "11,860", "2024-04/2025-03"),
])
def test_a_quarter_of_a_year_is_its_three_months(sentence, figure, key):
    window = reading_of(sentence, figure).window
    assert window is not None and window.key == key


@pytest.mark.parametrize("period, key", [
    ("in Q2 2025-26", "2025-07/2025-09"),
    ("in the second quarter of 2025-26", "2025-07/2025-09"),
    ("Q4 2024", "2024-10/2024-12"),
    ("in 2025-26", "2025-04/2026-03"),
])
def test_a_curated_quarter_is_read_as_a_sentence_s_is(period, key):
    # One reader for both sides: "between July and September" meets the documents' "in Q2 2025-26".
    assert read_period(period).key == key


@pytest.mark.parametrize("sentence, figure, key", [
    ("Knife offences in Ostwick have fallen for two years running, with 1,204 recorded in 2024-25.", "1,204", "2024-04/2025-03"),
    ("Ferry crossings rose for a third year in a row, to 41,000 in 2024.", "41,000", "2024"),
])
def test_years_in_a_row_are_how_many_times_not_a_figure_s_stretch(sentence, figure, key):
    window = reading_of(sentence, figure).window
    assert window is not None and (window.kind, window.key) == ("window", key)


@pytest.mark.parametrize(
    "sentence, figure, key",
    [
        # The stretch right after the earlier level is that level's; the later one has its own year.
        ("Uptake rose from 44% in the first six months to 57% in 2024-25.", "57%", "2024-04/2025-03"),
        ("Uptake rose from 44% in the first six months to 57% in 2024-25.", "44%", "first 183"),
        ("Uptake rose from 44% in its first year to 57% in 2024-25.", "57%", "2024-04/2025-03"),
        # A stretch that opens the sentence is every amount's.
        ("In its first year the Tarnby loan scheme lent £80,000 to 41 firms.", "41", "first 365"),
    ],
)
def test_a_stretch_right_after_an_amount_is_that_amounts_own(sentence, figure, key):
    window = reading_of(sentence, figure).window
    assert window is not None and window.key == key


def test_a_stretch_the_sentence_named_before_is_the_amounts_not_a_claim():
    text = "Exclusions fell from 52 to 47, while suspensions rose from 1,180 to 1,240 over the same two years."
    (two,) = [f for f in parse_figures(text) if f.kind == "duration"]
    assert stretch_lead(text, two)


def test_a_sayer_of_several_words_at_the_end_is_not_what_the_figure_measures():
    text = "The council spent £3.1m on home care in 2024/25, both the council and the regulator say."
    assert "regulator" not in reading_of(text, "£3.1m").scope


def test_what_a_thing_was_not_launched_with_is_denied_with_when():
    text = "The Pellow Fund was not launched in May 2021 with £3 million over three years."
    assert [reading_of(text, f).stance for f in ("May 2021", "£3 million")] == [Stance.DENIED, Stance.DENIED]
    # Asserted, both stand.
    asserted = "The Pellow Fund was launched in May 2021 with £3 million over three years."
    assert reading_of(asserted, "£3 million").stance is Stance.ASSERTED


def test_having_until_a_date_is_a_deadline():
    assert reading_of("Councils have until 24 April 2026 to bid.", "24 April 2026").event == "deadline"


@pytest.mark.parametrize(
    "sentence, figure, stance",
    [
        # Another place's level, compared with: as it stands, not an earlier level.
        ("Corvale's rate is 2.8 in every 1,000, compared with 1.9 per 1,000 next door in Dunmere.", "1.9", Stance.ASSERTED),
        ("Corvale's rate was 10.3 per 100 pupils, compared with 7.6 in neighbouring Dunmere.", "7.6", Stance.ASSERTED),
        # An earlier time compared with is an earlier level.
        ("Visits rose to 5,200, compared with 4,100 in March.", "4,100", Stance.PREVIOUS),
        ("Visits rose to 5,200 in 2024/25, compared with 4,100 in 2023/24.", "4,100", Stance.PREVIOUS),
    ],
)
def test_a_figure_compared_with_is_another_places_level_where_a_place_follows(sentence, figure, stance):
    assert reading_of(sentence, figure).stance is stance


def test_the_day_a_body_meets_is_the_meetings_not_the_amounts():
    text = "Corvale's full council meets on 26 February 2026 to vote on a budget that sets aside £1.1m for the Pellow Fund in 2026/27."
    assert reading_of(text, "26 February 2026").event == "meeting"
    window = reading_of(text, "£1.1m").window
    assert window is not None and window.key == "2026-04/2027-03"


def test_a_date_ending_the_last_amounts_running_total_is_its_alone():
    text = "The Pellow scheme works in 12 schools with 18 mentors, and had worked with 1,940 pupils since its launch by the end of June 2025."
    assert reading_of(text, "18").window is None
    assert not reading_of(text, "18").dated
    window = reading_of(text, "1,940").window
    assert window is not None and window.kind == "running" and window.ends == "2025-06"


def test_which_in_a_dated_aside_refers_back_to_what_it_follows():
    text = "Dunmere's own scheme, Brackwater, which started in 2024, has worked with 900 pupils."
    found = reading_of(text, "2024")
    assert found.event == "start" and "Brackwater" in found.event_subject


def test_between_launch_and_a_day_is_a_running_total_to_that_day():
    window = reading_of("Between launch and 31 March 2025 the scheme had 1,320 referrals.", "1,320").window
    assert window is not None and window.kind == "running" and window.ends == "2025-03-31"


def test_an_amount_said_again_in_other_units_counts_what_the_one_before_counts():
    text = "The service now has 14 mentors, equal to 11.5 full-time posts."
    assert "mentors" in reading_of(text, "11.5").scope


@pytest.mark.parametrize("per", ["per 1,000", "for every 1,000", "in every 1,000"])
def test_a_rate_s_denominator_owns_no_date(per):
    # The date after "per 1,000 young people" is the rate's, not the denominator's.
    text = f"Marlbridge recorded 6.3 assaults {per} young people in 2024-25."
    assert reading_of(text, "6.3").window.key == "2024-04/2025-03"


def test_a_date_in_a_clause_with_a_subject_of_its_own_is_that_clause_s():
    text = "The Brimley lido, which was shut for repairs, reopened in May 2024, and the town's splash park followed in July 2024."
    assert "splash" not in reading_of(text, "May 2024").scope
    assert reading_of(text, "July 2024").scope.startswith("the town's splash park")
    # A clause that goes on with the last one's subject is still its.
    text = "The Brimley lido was announced in February 2023, and reopened in May 2024."
    assert "lido" in reading_of(text, "May 2024").scope
    text = "The Brimley lido did not reopen in 2023, as reported, but in May 2024."
    assert "lido" in reading_of(text, "May 2024").scope


def test_a_share_of_a_group_who_did_not_is_no_denial():
    # The group is those who did not take part; the share counts what happened among them.
    text = "Just 11% of regular members re-offended, compared with 24% of a matched group who did not take part."
    assert reading_of(text, "24%").stance is not Stance.DENIED
    # (A count of those that did not is still one.)
    assert reading_of("The 498 schools that had not signed up were written to.", "498").stance is Stance.DENIED


def test_a_share_compared_with_of_another_group_is_that_group_s_level():
    # "compared with 24% of a matched group": another group's share, not an earlier level of the 11%.
    text = "Just 11% of regular members re-offended, compared with 24% of a matched group."
    assert reading_of(text, "24%").stance is Stance.ASSERTED
    assert reading_of("Just 11% of regular members re-offended, compared with 24% a year earlier.", "24%").stance is Stance.PREVIOUS


def test_a_rate_compared_with_in_another_place_is_that_place_s_level():
    # "£3,100 a head in Tresbury's scheme": another place's cost per head, not an earlier level.
    text = "Each pupil tutored cost £1,950, compared with £2,400 a head in Tresbury's scheme."
    assert reading_of(text, "£2,400").stance is Stance.ASSERTED
    assert reading_of("Each pupil tutored cost £1,950, compared with £2,400 a head in 2023.", "£2,400").stance is Stance.PREVIOUS


@pytest.mark.parametrize(
    "sentence, whole, scope",
    [
        # "Not one of the 40": the one is denied; the 40 grants are said to be there.
        ("Not one of the 40 Harbour Youth Grants went to boxing coaches.", "40", "Not one of the Harbour Youth Grants"),
        # ... with what the relative clause says of them, but not what the one did not do.
        ("Not a single one of the 40 grants that went to boxing clubs was repaid.", "40", "Not a single one of the grants that went to boxing clubs"),
    ],
)
def test_the_whole_of_a_denied_one_of_is_asserted_within_its_noun_phrase(sentence, whole, scope):
    reading = reading_of(sentence, whole)
    assert reading.stance is Stance.ASSERTED
    assert reading.scope == scope


def test_a_denied_share_of_one_in_ten_stays_denied():
    # "one in ten" is a share; its ten counts nothing.
    assert reading_of("Not one in ten pupils had heard of the Harbour Youth Grant.", "one in ten").stance is Stance.DENIED


def test_an_amount_after_but_and_a_verb_of_the_same_subject_shares_its_time():
    said = "The Riverside Boxing Trust ran 40 sessions in 2024 and trained 12 coaches, but kept only 9 of them."
    assert reading_of(said, "9").window.key == "2024"
    # A time of its own is its own.
    assert reading_of("The Riverside Boxing Trust ran 40 sessions in 2024, but ran only 12 sessions in 2025.", "12").window.key == "2025"


@pytest.mark.parametrize("sentence", ["The Riverside Boxing Trust ran only 12 sessions in 2025.", "The Riverside Boxing Trust ran just 12 sessions in 2025."])
def test_a_count_said_with_only_is_counted_over_the_year_after_it(sentence):
    # "ran only 12 sessions in 2025" is "ran 12 sessions in 2025": the year is the count's, not when a thing ran.
    assert reading_of(sentence, "12").window.key == "2025"


def test_a_count_after_a_verb_and_its_particle_is_counted_over_the_year_after_it():
    # "shut down 12 reading rooms in 2025": rooms shut over 2025, not the day one thing shut.
    assert reading_of("The Riverside Trust shut down 12 reading rooms in 2025.", "12").window.key == "2025"
    # With nothing counted, the year is when it shut.
    assert reading_of("The Riverside Trust's last reading room was shut down in 2025.", "2025").event == "closure"


def test_what_it_is_in_an_opening_clause_is_the_main_clause_s_subject():
    said = "Since it began in March 2022, the Riverside Boxing Trust has run 400 sessions."
    assert reading_of(said, "March 2022").event_subject == "the Riverside Boxing Trust"
    # Named in its own clause, it is that clause's.
    assert reading_of("Since the Riverside Boxing Trust began in March 2022, 400 sessions have run.", "March 2022").event_subject == "Since the Riverside Boxing Trust"


def test_levels_set_against_one_in_other_places_take_its_words_less_its_place():
    said = "Corvale recorded 2,450 library visits per 1,000 residents, compared with 3,120 in Dunmere, 2,610 in Tollbury and 1,980 in Ambridge."
    for figure, place in (("3,120", "Dunmere"), ("2,610", "Tollbury"), ("1,980", "Ambridge")):
        scope = reading_of(said, figure).scope
        assert "library visits per residents" in scope and scope.endswith(f"in {place}" + ("." if place == "Ambridge" else ""))


def test_the_level_a_dated_change_reached_from_another_is_of_the_change_s_time():
    def windows(text):
        return {r.figure.text: r.window.key if r.window is not None else None for r in read(text, parse_figures(text))}

    assert windows("Ferry arrests jumped by 23 in 2024-25, from 41 to 64.")["64"] == "2024-04/2025-03"
    # Not an amount of another clause, nor a level reached with no level it came from.
    assert windows("Ferry arrests jumped by 23 in 2024-25, and 64 officers were hired.")["64"] is None


@pytest.mark.parametrize(
    "sentence, stance",
    [
        ("The ferry trust had not spent £5.9m on the new quay, including £1.31m in June alone.", Stance.DENIED),
        ("The ferry trust did not spend £5.9m on the quay, of which £1.31m went on cranes.", Stance.DENIED),
        # Not a part of an amount asserted.
        ("The ferry trust spent £5.9m by August, including £1.31m in June alone.", Stance.ASSERTED),
    ],
)
def test_a_part_of_a_denied_amount_is_denied_with_it(sentence, stance):
    assert reading_of(sentence, "£1.31m").stance is stance


@pytest.mark.parametrize(
    "stretch, months, not_months",
    [
        ("in the first three months of 2025-26", "April to June 2025", "July to September 2025"),
        ("in the first half of 2024-25", "April to September 2024", "October 2024 to March 2025"),
        ("in the second six months of 2024-25", "October 2024 to March 2025", "April to September 2024"),
        # Curated with "the" before it: the first three months, not the whole of 2025.
        ("the first three months of 2025", "January to March 2025", "2025"),
    ],
)
def test_a_stretch_of_whole_months_of_a_dated_year_is_those_months(stretch, months, not_months):
    assert read_period(stretch).same_as(read_period(months))
    assert not read_period(stretch).same_as(read_period(not_months))


def test_a_stretch_the_sentence_opens_with_dates_each_clause_unless_it_speaks_of_the_whole_year():
    def windows(text):
        return {r.figure.text: r.window.key if r.window is not None else None for r in read(text, parse_figures(text))}

    opened = windows("In the first three months of 2025-26, the ferry recorded 187 incidents, wardens made 1,090 patrols and help points took 351 calls.")
    assert {opened[f] for f in ("187", "1,090", "351")} == {"first 91 of 2025-04/2026-03"}
    whole = windows("In the first half of 2024-25 the ferry crews made 300 visits, and the trust expects to meet its full-year target of 1,200.")
    assert whole["300"] == "first 183 of 2024-04/2025-03" and whole["1,200"] != whole["300"]


def test_a_with_clause_s_amount_takes_the_time_of_the_clause_it_hangs_from():
    def window(text, figure):
        found = reading_of(text, figure).window
        return found.key if found is not None else None

    assert window("Route 9 was the ferry company's worst route last year, with 88 incidents of all kinds.", "88") == "last year"
    # Two times before it: which it hangs from is not read.
    assert window("Route 9 was the worst route last year and is again this year, with 88 incidents.", "88") is None


def test_when_it_was_said_is_not_when_the_figure_holds():
    """A date of the saying ("reported in March that ...") beside the
    figure's own time: the figure holds in its own."""
    said = reading_of("The Harrowgate Gazette reported in March that the lantern scheme had lit 412 lanes in 2023-24.", "412")
    assert said.window is not None and said.window.key == "2023-04/2024-03"
    # ... and said after it: the same.
    after = reading_of("The lantern scheme lit 412 lanes in 2023-24, the Harrowgate Gazette reported in March.", "412")
    assert after.window is not None and after.window.key == "2023-04/2024-03"


def test_a_running_total_s_start_after_the_last_amount_is_its_own():
    """"and had raised £86,000 since 2021": the start is that total's, not
    the time of the count before it."""
    planted = reading_of("Volunteers planted 312 hedges in 2024, and the trust had raised £86,000 since 2021.", "312")
    assert planted.window is not None and planted.window.key == "2024"
    raised = reading_of("Volunteers planted 312 hedges in 2024, and the trust had raised £86,000 since 2021.", "£86,000")
    assert raised.window is not None and raised.window.kind == "running"



def test_a_stretch_of_the_year_is_of_the_year_named_before_it():
    """"... in the first quarter of 2025-26, and 410 in the first half of
    the year": April to September 2025, not a first half of any year."""
    half = reading_of("The trust lit 120 lanes in the first quarter of 2025-26, and 410 in the first half of the year.", "410")
    assert half.window is not None and half.window.key == "first 183 of 2025-04/2026-03"
    # ... and with no year named, a first half of no year said.
    unsaid = reading_of("The trust lit 410 lanes in the first half of the year.", "410")
    assert unsaid.window is not None and unsaid.window.key == "first 183"


def test_the_first_of_a_pair_shares_the_noun_after_the_second():
    """"issued 68 and 81 banning notices": the 68 are banning notices too."""
    first = reading_of("Wardens logged 171 call-outs, and the trust issued 68 and 81 warning letters in the two summers.", "68")
    assert "warning letters" in first.scope
    # ... not where it has a noun of its own.
    own = reading_of("Wardens logged 171 call-outs, and the trust issued 68 letters and 81 warnings in the two summers.", "68")
    assert "warnings" not in own.scope


def test_a_part_set_aside_by_its_noun_is_of_the_whole_before_it():
    """"help points took 351 calls, 61 of them emergencies, with ...": the
    61 are calls, emergencies among them; not what the next clause says."""
    part = reading_of("Help points took 351 calls, 61 of them emergencies, with wardens arriving in an average of 6.1 minutes.", "61")
    assert "calls" in part.scope and "emergencies" in part.scope and "wardens" not in part.scope


def test_a_time_measured_in_an_opening_stretch_holds_in_it():
    """"In the first three months of 2025-26, help points took 351 calls,
    with wardens arriving in an average of 6.1 minutes": the 6.1 minutes are
    those months' average, not the whole year's."""
    timed = reading_of("In the first three months of 2025-26, help points took 351 calls, with wardens arriving in an average of 6.1 minutes.", "6.1 minutes")
    assert timed.window is not None and timed.window.key == "first 91 of 2025-04/2026-03"


def test_a_part_of_them_is_of_the_level_not_the_amount_it_is_compared_with():
    """"puts visits at 1,284 last year, 188 fewer than the 1,472 of 2024,
    with 312 of them in the final quarter": the 312 are of the 1,284 visits."""
    part = reading_of("The trust puts its visits at 1,284 last year, 188 fewer than the 1,472 of 2024, with 312 of them in the final quarter.", "312")
    assert "visits" in part.scope
