"""events stage: defects seen in full records of hand-written wire articles, each fixed by a general rule
(hand-built sentences and headlines).

- a verb of impact whose subject is an act of another type ("rallies have hit two cities") is no event of its
  own; with an act of the same type as subject ("artillery attacks hit the bridge") verb and noun are one event;
- a noun modifier telling the means of an event noun ("drone" in "drone strikes") is no trigger and no actor, and
  a place in an "across/throughout" phrase is where the act spread, not its recipient;
- an event's date comes from its own clause, not from a clause reported by a verb coordinated with it.
"""

from __future__ import annotations

import pytest

from eventwire.document import Article


@pytest.fixture(scope="module")
def pipeline(pipeline_factory):
    return pipeline_factory("actors", "places", "times", "quotes", "events")


def coded(pipeline, text: str, *, title: bool = False, published: str | None = None):
    """(events, actor id -> name) of `text`; with `title`, its first line is the article's title."""
    article = Article(text=text, title=text.split("\n")[0] if title else None, published=published)
    analysis = pipeline.analyse(article)
    return analysis.events, {a.id: a.name for a in analysis.actors or []}


# --- an act as the subject of a verb of impact -------------------------------------------------------------------
OTHER_ACTS = [
    ("Noisy rallies have hit Lisbon and Porto since Easter.", "PROTEST"),
    ("A wave of demonstrations hit Santiago after the election.", "PROTEST"),
    ("Student marches hit the capital on Thursday.", "PROTEST"),
    ("Street protests have hit four provinces since May.", "PROTEST"),
]


@pytest.mark.parametrize("text,act_type", OTHER_ACTS)
def test_impact_verb_of_another_act_is_no_attack(pipeline, text, act_type):
    events, _ = coded(pipeline, text)
    types = [(e.type, e.trigger.text) for e in events]
    assert not any(e.type == "ASSAULT" for e in events), types
    assert any(e.type == act_type for e in events), types


SAME_ACTS = [
    ("Drone strikes hit two fuel depots overnight.", "Drone"),
    ("Artillery attacks hit the old bridge on Friday.", "Artillery"),
]


@pytest.mark.parametrize("text,means", SAME_ACTS)
def test_act_of_the_same_kind_and_its_impact_verb_are_one_event_and_the_means_is_no_actor(pipeline, text, means):
    events, names = coded(pipeline, text)
    assaults = [e for e in events if e.type == "ASSAULT"]
    assert len(assaults) == 1, [(e.type, e.trigger.text) for e in events]
    assert not any(names.get(a, a) == means for e in events for a in e.actors + e.recipients), (
        [(e.trigger.text, [names.get(a, a) for a in e.actors]) for e in events])


# --- a headline's means word and its "across X region" ----------------------------------------------------------
HEADLINES = [
    ("Drone strikes hit fuel depots across Poltava region\n"
     "Drone strikes hit fuel depots across Poltava region overnight, the regional governor said.", "Drone", "Poltava"),
    ("Missile attacks damage rail yards across Cork county\n"
     "Missile attacks damaged rail yards across Cork county on Sunday, local officials said.", "Missile", "Cork"),
]


@pytest.mark.parametrize("text,means,place", HEADLINES)
def test_headline_means_word_is_no_trigger_nor_actor_and_the_area_is_no_recipient(pipeline, text, means, place):
    events, names = coded(pipeline, text, title=True)
    summary = [(e.type, e.trigger.text, [names.get(a, a) for a in e.actors],
                [names.get(r, r) for r in e.recipients]) for e in events]
    assert any(e.type == "ASSAULT" for e in events), summary
    assert not any(e.trigger.text == means for e in events), summary
    assert not any(means in names.get(a, a) for e in events for a in e.actors), summary
    assert not any(place in names.get(r, r) for e in events if e.type == "ASSAULT" for r in e.recipients), summary


# --- the date of an act coordinated with a report -----------------------------------------------------------------
COORDINATED_REPORTS = [
    ("The teachers' federation accused the ministry of ignoring rural schools and said its members would "
     "march next Tuesday.", "accused"),
    ("The dockers' union criticised the port authority and said it would hold a rally on Saturday.", "criticised"),
]


@pytest.mark.parametrize("text,trigger", COORDINATED_REPORTS)
def test_act_takes_no_date_from_a_clause_reported_by_a_coordinated_verb(pipeline, text, trigger):
    events, _ = coded(pipeline, text, published="2023-03-01")
    found = [e for e in events if e.trigger.text == trigger]
    assert found, [(e.type, e.trigger.text) for e in events]
    assert found[0].date is None, found[0].date


def test_coordinated_acts_still_share_the_date_of_their_own_clause(pipeline):
    events, _ = coded(pipeline, "Police arrested six men on Saturday and charged them with arson.",
                      published="2023-03-01")
    arrest = [e for e in events if e.trigger.text == "arrested"]
    assert arrest and arrest[0].date == "2023-02-25", [(e.trigger.text, e.date) for e in events]


# --- a headline that names no party tells the lede's act ------------------------------------------------------------
@pytest.mark.parametrize("text,means,place", HEADLINES)
def test_headline_without_parties_is_one_event_with_the_body_report(pipeline, text, means, place):
    events, _ = coded(pipeline, text, title=True)
    assaults = [e for e in events if e.type == "ASSAULT"]
    headline_end = text.index("\n")
    assert len(assaults) == 1, [(e.type, e.trigger.text, e.trigger.start) for e in events]
    starts = [s.start for s in assaults[0].triggers]
    assert any(s < headline_end for s in starts) and any(s > headline_end for s in starts), starts


def test_headline_of_another_act_is_not_folded_into_the_body_report(pipeline):
    text = ("Rockets hit border town\n"
            "A car bomb exploded in a market of the border town on Monday, police said.")
    events, _ = coded(pipeline, text, title=True)
    triggers = [s.text for e in events if e.type == "ASSAULT" for s in e.triggers]
    assert not any(e.type == "ASSAULT" and {s.text for s in e.triggers} >= {"hit", "exploded"} for e in events), (
        triggers)
