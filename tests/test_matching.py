from factcheck.matching import Matcher, proper_names, tokenize


def test_tokenize_stems_and_drops_stop_words():
    assert tokenize("The Mayor's £45m funding for Young Londoners") == ["mayor", "fund", "young", "london"]
    assert tokenize("arrested") == tokenize("arrests")


def test_proper_names():
    assert proper_names("Manchester Gang Exit services get") == [("manchester", "gang", "exit")]
    assert proper_names("Mayor's investment in London Gang Exit services") == [("london", "gang", "exit")]


def test_typos_are_matched(corpus):
    matcher = Matcher.build(corpus)
    best = matcher.match("projets combatting youth violance")[0]
    assert best.claim.topic == "youth-violence-project-grants"


def test_substituted_proper_name_is_rejected(corpus):
    matcher = Matcher.build(corpus)
    gang = [m for m in matcher.match("Manchester Gang Exit services") if m.claim.topic == "london-gang-exit"]
    assert gang and all(m.substitution == ("Manchester Gang Exit", "London Gang Exit") for m in gang)
    assert "where the documents name 'London Gang Exit'" in gang[0].why_rejected(0.6, 0.5)
    london = [m for m in matcher.match("London Gang Exit services") if m.claim.topic == "london-gang-exit"]
    assert london and all(m.substitution is None for m in london)


def test_unrelated_subject_scores_low(corpus):
    matcher = Matcher.build(corpus)
    matches = matcher.match("a new hospital in Barnet")
    assert all(m.score < 0.6 for m in matches)
