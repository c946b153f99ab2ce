"""actors: known defects on real articles (issue 5's actor list), on hand-built sentences."""

from __future__ import annotations

import pytest

from eventwire.document import Article

from ..stage_helpers import actor_of


@pytest.fixture(scope="module")
def run(pipeline_factory):
    pipeline = pipeline_factory("actors")
    return lambda text: pipeline.analyse(Article(text=text))


def test_a_family_name_alone_joins_the_east_asian_name_it_opens(run):
    # "Kim" is also a town's name; here it is the family name that opens "Kim Jong Un"
    analysis = run("Kim Jong Un watched a rocket test on Friday. Kim later praised the scientists.")
    full, alone = actor_of(analysis, "Kim Jong Un"), actor_of(analysis, "Kim", 1)
    assert full is not None and alone is not None and full.id == alone.id


def test_a_family_name_two_people_share_joins_neither(run):
    analysis = run("Kim Jong Un met Kim Yo Jong on Friday. Kim later praised the scientists.")
    alone = actor_of(analysis, "Kim", 2)
    assert alone is not None
    assert alone.id not in {actor_of(analysis, "Kim Jong Un").id, actor_of(analysis, "Kim Yo Jong").id}


def test_bare_officers_are_police_and_military_officers_are_named_so(run):
    analysis = run("Officers detained three men after a brawl outside a bar. Army officers later joined the search.")
    assert actor_of(analysis, "Officers").kind == "police"
    assert actor_of(analysis, "Army officers").kind == "military"


def test_a_lower_case_congress_is_no_us_congress(run):
    analysis = run("The party opened a congress in Hanoi on Monday. Delegates to the congress chose a new leader.")
    assert all(a.name != "US Congress" for a in analysis.actors)
    analysis2 = run("Lawmakers in Congress rejected the bill. The Congress votes again next week.")
    assert actor_of(analysis2, "Congress").name == "US Congress"


def test_a_party_named_like_a_known_body_is_a_party_not_that_body(run):
    analysis = run("The Congress party swept the state vote in Kerala, its leaders said.")
    party = actor_of(analysis, "Congress party")
    assert party.kind == "political_party" and party.name != "US Congress" and party.country != "USA"
    # ... while a party's own name with the head noun stays that party
    analysis2 = run("The PYD party said its fighters held the town.")
    assert actor_of(analysis2, "PYD party").name == "Democratic Union Party"


@pytest.mark.parametrize("phrase", ["union leaders", "A trade union", "a union official"])
def test_trade_unions_and_their_people_are_labour(run, phrase):
    text = f"The transport minister will meet {phrase.lower()} on Monday after the dock strike."
    actor = actor_of(run(text), phrase.lower())
    assert actor is not None and actor.sector == "LAB"


def test_a_group_is_not_named_by_a_quote_s_possessive_phrase(run):
    analysis = run('Fishermen blocked the harbour on Friday. "Nobody listens to our fishermen," the mayor said.')
    assert actor_of(analysis, "our fishermen").name == "Fishermen"


@pytest.mark.parametrize("word", ["co-workers", "ex-soldiers"])
def test_a_mention_starting_inside_a_hyphenated_word_covers_the_word(run, word):
    text = f"A man shot two {word} outside the depot on Sunday."
    analysis = run(text)
    start = text.index(word)
    spans = [(m.start, m.end) for a in analysis.actors for m in a.mentions]
    assert any(s <= start and start + len(word) <= e for s, e in spans), spans
