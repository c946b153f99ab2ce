"""events stage: a headline and the lead telling its news are one event, though the headline names fewer of the
doers or names them by an agent noun the lead tells with the verb's -ing form. All sentences invented here."""

from __future__ import annotations

import pytest

from eventwire.document import Article
from eventwire.models import Actor, Event, Offsets, Place, Span
from eventwire.stages.events import _merge, _same_named_parties


def ev(etype: str, start: int, *, actors=(), recipients=(), place=None, date=None, sentence=None,
       confidence=0.8) -> Event:
    return Event(id="E0", type=etype, actors=list(actors), recipients=list(recipients), place=place, date=date,
                 status="asserted", trigger=Span(start=start, end=start + 4, text="xxxx"),
                 triggers=[Span(start=start, end=start + 4, text="xxxx")],
                 sentence=Offsets(start=sentence if sentence is not None else start, end=start + 10),
                 confidence=confidence)


PLACES = [Place(id="P1", name="Chad", feature="country", country="TCD", resolution=1),
          Place(id="P2", name="Abeche", feature="city", country="TCD", resolution=4),
          Place(id="P3", name="Kano", feature="city", country="NGA", resolution=4)]
HEADLINE = [(0, 4)]
# the headline's "Chad" (A8) is the lead's "eastern Chad" (A9)
SAME_PARTY = {"A9": "A8"}


def test_headline_naming_the_first_of_the_doers_joins_the_lead():
    # "Sweden sends medics to Chad" / "Sweden and Finland sent medical teams to eastern Chad on Friday"
    merged = _merge([ev("AID", 0, actors=["A1"], recipients=["A8"], place="P1", confidence=0.9),
                     ev("AID", 50, actors=["A1", "A2"], recipients=["A9"], place="P2", date="2026-03-06")],
                    PLACES, headline_spans=HEADLINE, same_party=SAME_PARTY)
    assert len(merged) == 1
    assert merged[0].actors == ["A1", "A2"]
    assert merged[0].date == "2026-03-06"
    assert [s.start for s in merged[0].triggers] == [0, 50]


def test_fewer_doers_stay_apart_in_one_sentence_on_other_dates_or_places_or_without_recipient():
    apart = [
        # two acts of the one headline sentence
        [ev("AID", 0, actors=["A1"], recipients=["A8"], sentence=0),
         ev("AID", 2, actors=["A1", "A2"], recipients=["A8"], sentence=0)],
        # another day
        [ev("AID", 0, actors=["A1"], recipients=["A8"], date="2026-03-01"),
         ev("AID", 50, actors=["A1", "A2"], recipients=["A9"], date="2026-03-06")],
        # a place the other does not lie in
        [ev("AID", 0, actors=["A1"], recipients=["A8"], place="P3"),
         ev("AID", 50, actors=["A1", "A2"], recipients=["A9"], place="P2")],
        # other recipients
        [ev("AID", 0, actors=["A1"], recipients=["A5"]), ev("AID", 50, actors=["A1", "A2"], recipients=["A9"])],
        # a doer of the headline the lead does not name
        [ev("AID", 0, actors=["A1", "A3"], recipients=["A8"]),
         ev("AID", 50, actors=["A1", "A2"], recipients=["A9"])],
    ]
    for events in apart:
        assert len(_merge(events, PLACES, headline_spans=HEADLINE, same_party=SAME_PARTY)) == 2


def _actor(aid: str, name: str, kind: str = "population") -> Actor:
    return Actor(id=aid, name=name, kind=kind)


@pytest.mark.parametrize("short,long", [
    ("Strikers", "Striking dock workers"),
    ("Protesters", "protesting farmers"),
    ("Demonstrators", "demonstrating students"),
    ("Looters", "looting youths"),
])
def test_agent_noun_is_the_party_told_by_its_participle(short, long):
    assert _same_named_parties([_actor("A1", short), _actor("A2", long)]) == {"A2": "A1"}


@pytest.mark.parametrize("short,long,kinds", [
    ("Rulers", "ruling party", ("population", "political_party")),  # kinds differ
    ("Leaders", "leading opposition figures", ("population", "population")),  # a rank, not an act
    ("Gunmen", "Armed bandits", ("armed_group", "armed_group")),  # no shared word at all
    ("Strikers", "striking", ("population", "population")),  # no noun after the -ing word
])
def test_agent_noun_and_unrelated_names_stay_apart(short, long, kinds):
    actors = [_actor("A1", short, kinds[0]), _actor("A2", long, kinds[1])]
    assert _same_named_parties(actors, rank_participles={"leading", "ruling"}) == {}


@pytest.fixture(scope="module")
def pipeline(pipeline_factory):
    return pipeline_factory("actors", "places", "times", "events")


def _events(pipeline, headline, lead, etype):
    analysis = pipeline.analyse(Article(text=headline + "\n\n" + lead, published="2026-11-25"))
    return [e for e in analysis.events if e.type == etype]


@pytest.mark.parametrize("headline,lead,etype", [
    ("Spain sends rescue teams to storm-hit Morocco",
     "RABAT, Nov 24 (AP) - Spain and Portugal sent search-and-rescue teams to northern Morocco on Monday after "
     "a storm flattened hundreds of homes, officials said.", "AID"),
    ("Strikers block grain terminal",
     "ODESA, Nov 24 (AP) - Striking dock workers blocked the grain terminal on Tuesday, officials said.",
     "PROTEST"),
    ("Protesters block coastal highway",
     "DAKAR, Nov 24 (Reuters) - Protesting fishermen blocked the coastal highway on Monday, police said.",
     "PROTEST"),
])
def test_headline_and_lead_are_one_event(pipeline, headline, lead, etype):
    events = _events(pipeline, headline, lead, etype)
    assert len(events) == 1, [(e.trigger.text, e.actors, e.recipients) for e in events]
    assert any(s.start < len(headline) for s in events[0].triggers)
    assert any(s.start > len(headline) for s in events[0].triggers)
