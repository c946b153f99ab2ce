"""events stage: defects found by reading whole event records of wire-style articles, each fixed by a general rule
(hand-built sentences; invented names and places).

- a meeting's venue ("met in the port city of X") is no recipient: CONSULT never takes a place as its party, while
  other types keep the polity an act happens in, as PLOVER codes it;
- a headline's reduced passive keeps its undergoer also when the bare noun has plain common modifiers ("Union
  activist detained ...") or is a role noun the tagger took for a name ("Alderwoman detained ...");
- a dateline with its agency in brackets and no dash ("OSLAND (AP) The ...") names no party, and its words never
  open an actor's name.
"""

from __future__ import annotations

import pytest

from eventwire.datelines import AGENCY_DATELINE
from eventwire.document import Article


@pytest.fixture(scope="module")
def pipeline(pipeline_factory):
    return pipeline_factory("actors", "places", "quotes", "events")


def coded(pipeline, text: str, trigger_word: str):
    """(the event whose trigger contains `trigger_word`, its actor names, its recipient names, all events)."""
    analysis = pipeline.analyse(Article(text=text))
    names = {a.id: a.name for a in analysis.actors or []}
    found = [e for e in analysis.events if trigger_word in e.trigger.text.split()]
    assert found, f"no event triggered by {trigger_word!r} in {text!r}: {[(e.type, e.trigger.text) for e in analysis.events]}"
    event = found[0]
    return event, [names.get(a, a) for a in event.actors], [names.get(r, r) for r in event.recipients], analysis.events


def has(names: list[str], word: str) -> bool:
    return any(word.lower() in n.lower() for n in names)


# --- a meeting's venue ------------------------------------------------------------------------------------------
VENUES = [
    ("The two foreign ministers met in the port city of Mombasa on Friday.", "met", "Mombasa"),
    ("The rival commanders met at the town of Kasese to discuss prisoners.", "met", "Kasese"),
    ("Delegates from both parties held talks in Montreux on Tuesday.", "talks", "Montreux"),
]


@pytest.mark.parametrize("text,trigger,venue", VENUES)
def test_meeting_venue_is_no_recipient(pipeline, text, trigger, venue):
    event, _, recipients, _ = coded(pipeline, text, trigger)
    assert event.type == "CONSULT"
    assert not has(recipients, venue), recipients


def test_place_of_other_acts_stays_a_recipient(pipeline):
    """PLOVER codes the polity an act happens in as its recipient: the venue rule is for meetings only."""
    event, _, recipients, _ = coded(pipeline, "Air force jets bombed a village in northern Mali on Sunday.", "bombed")
    assert event.type == "ASSAULT"
    assert has(recipients, "Mali"), recipients


# --- headline reduced passives ----------------------------------------------------------------------------------
HEADLINE_PASSIVES = [
    ("Student activist detained after campus rally, lawyers say", "detained", "activist"),
    ("Opposition lawmaker arrested at airport, party says", "arrested", "lawmaker"),
    ("Alderwoman detained after dispute at neighbour's farm. A former town official was detained by deputies on "
     "Friday.", "detained", "Alderwoman"),
    ("Local journalist abducted near market, colleagues say", "abducted", "journalist"),
    ("Veteran reporter abducted outside hotel. Gunmen seized the reporter on Sunday, police said.", "abducted",
     "reporter"),
]


@pytest.mark.parametrize("text,trigger,undergoer", HEADLINE_PASSIVES)
def test_headline_reduced_passive_subject_undergoes(pipeline, text, trigger, undergoer):
    event, actors, recipients, _ = coded(pipeline, text, trigger)
    assert not has(actors, undergoer), actors
    assert has(recipients, undergoer), recipients


@pytest.mark.parametrize("text,trigger,doer", [
    ("Rebel commander captured the garrison town", "captured", "commander"),
    ("Syrian troops attacked at dawn", "attacked", "troops"),
])
def test_headline_active_subject_stays_the_doer(pipeline, text, trigger, doer):
    _, actors, _, _ = coded(pipeline, text, trigger)
    assert has(actors, doer), actors


# --- datelines with the agency and no dash --------------------------------------------------------------------
def test_agency_dateline_without_dash_is_read_as_a_dateline():
    text = "OSLAND (AP) The regional council has voted to suspend the mining permits.\nOSLAND is quiet."
    hits = [m.group(0) for m in AGENCY_DATELINE.finditer(text)]
    assert hits == ["OSLAND (AP) "]
    assert AGENCY_DATELINE.search("Osland (AP) The council met.") is None  # mixed case is not this pattern
    assert AGENCY_DATELINE.search("NATO (the alliance) said.") is None  # no capitalised report after it


def test_agency_dateline_names_no_party(pipeline):
    text = "VELDRA (AP) Kestonia's parliament has passed a motion calling for sanctions on the mining company."
    event, actors, _, _ = coded(pipeline, text, "calling")
    assert event.type == "REQUEST"
    assert actors and not has(actors, "VELDRA"), actors
    assert has(actors, "parliament"), actors
