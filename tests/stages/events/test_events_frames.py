"""events stage: events inside report and accusation frames carry the reporting or accusing party as their source
(an alleged act is not asserted), and words that only look like events do not become events: event words heading
an organisation's name, a release on bail, a forced march (hand-built cases)."""

from __future__ import annotations

import pytest

from eventwire.document import Article


@pytest.fixture(scope="module")
def pipeline(pipeline_factory):
    return pipeline_factory("actors", "quotes", "events")


def events_of(pipeline, text: str):
    analysis = pipeline.analyse(Article(text=text))
    names = {a.id: a.name for a in analysis.actors or []}
    return analysis.events, names


def event_with(pipeline, text: str, trigger_word: str):
    events, names = events_of(pipeline, text)
    found = [e for e in events if trigger_word in e.trigger.text.split()]
    assert found, f"no event triggered by {trigger_word!r} in {text!r}: {[(e.type, e.trigger.text) for e in events]}"
    return found[0], names


# The accused act: the accuser is its source and the act is alleged, not asserted. The parser hangs the "of"
# phrase on the verb or on the accused party; both count.
ACCUSATIONS = [
    ("Norway has accused Sweden of shelling villages near the border.", "shelling", "Norway"),
    ("A military spokesman accused the rebels of killing four soldiers.", "killing", "spokesman"),
    ("The governor accused the militia of attacking a convoy on the highway.", "attacking", "governor"),
    ("The opposition held a rally on Sunday, accusing the army of shelling the town.", "shelling", "opposition"),
]


@pytest.mark.parametrize("text,trigger,accuser", ACCUSATIONS)
def test_accused_act_is_sourced_to_the_accuser(pipeline, text, trigger, accuser):
    event, names = event_with(pipeline, text, trigger)
    assert event.source is not None and accuser in names.get(event.source, event.source)
    assert event.status == "uncertain"


def test_accused_event_noun_is_sourced_to_the_accuser(pipeline):
    # a named event ("the killing") is presupposed to have happened; who did it is what the accuser claims
    event, names = event_with(pipeline, "Portugal accused the smugglers of the killing of two guards.", "killing")
    assert event.source is not None and "Portugal" in names.get(event.source, event.source)


def test_accusation_itself_has_no_source_of_its_own_actor(pipeline):
    event, names = event_with(pipeline, "Norway has accused Sweden of shelling villages near the border.", "accused")
    assert event.source is None


REPORTS = [
    ("The state news agency reported an attack on a checkpoint in the capital.", "attack", "agency"),
    ("The local newspaper reported the arrest of three students in the city.", "arrest", "newspaper"),
    # an event noun with no participant is still what the report is about
    ("Local radio reported blasts near the harbour on Friday.", "blasts", "radio"),
    ("Residents reported heavy fighting near the airport overnight.", "fighting", "Residents"),
]


@pytest.mark.parametrize("text,trigger,reporter", REPORTS)
def test_reported_event_noun_is_sourced_to_the_reporter(pipeline, text, trigger, reporter):
    event, names = event_with(pipeline, text, trigger)
    assert event.source is not None and reporter in names.get(event.source, event.source)


def test_plain_event_has_no_source(pipeline):
    event, _ = event_with(pipeline, "The militia attacked a convoy on the highway.", "attacked")
    assert event.source is None


# Event words heading an organisation's name name a body, not an act.
ORGANISATION_NAMES = [
    ("A spokesman said the Alliance of Automobile Manufacturers opposed the rule.", "Alliance"),
    ("Workers backed the Alliance of Steel Makers in the dispute.", "Alliance"),
    ("Alliance of Automobile Manufacturers Sues Regulator", "Alliance"),
    ("Members of the Coalition for Clean Rivers met the mayor.", "Coalition"),
    ("Delegates said the Solidarity of Dock Workers backed the deal.", "Solidarity"),
]


@pytest.mark.parametrize("text,word", ORGANISATION_NAMES)
def test_event_word_in_an_organisation_name_is_no_event(pipeline, text, word):
    events, _ = events_of(pipeline, text)
    assert not [e for e in events if any(word in s.text.split() for s in e.triggers)]


def test_lower_case_alliance_stays_an_event(pipeline):
    event, _ = event_with(pipeline, "The rebels announced an alliance with the army on Monday.", "alliance")
    assert event.type == "COOPERATE"


RELEASES_ON_BAIL = [
    "The activist was released on bail on Tuesday.",
    "The journalist was freed on bond after two nights in custody.",
    "The judge released the suspect on parole.",
    "He was released on bail pending trial.",
]


@pytest.mark.parametrize("text", RELEASES_ON_BAIL)
def test_release_on_bail_is_no_retreat(pipeline, text):
    events, _ = events_of(pipeline, text)
    assert not [e for e in events if e.type == "RETREAT"]


def test_release_of_hostages_stays_a_retreat(pipeline):
    event, _ = event_with(pipeline, "The rebels released ten hostages on Monday.", "released")
    assert event.type == "RETREAT"


FORCED_MARCHES = [
    "Prisoners were forced to march for miles.",
    "The soldiers compelled the villagers to march to the camp.",
    "The captives died on a forced march through the desert.",
    "Prisoners were made to march for days.",
]


@pytest.mark.parametrize("text", FORCED_MARCHES)
def test_forced_march_is_no_protest(pipeline, text):
    events, _ = events_of(pipeline, text)
    assert not [e for e in events if e.type == "PROTEST"]


def test_a_march_of_protesters_stays_a_protest(pipeline):
    event, _ = event_with(pipeline, "Thousands of students marched through the capital on Sunday.", "marched")
    assert event.type == "PROTEST"


def test_protesting_a_decision_accuses_no_one_of_what_it_decides(pipeline):
    # "protest" is an accusation only with "to" ("protested to the embassy"); the decision's act keeps its status
    event, _ = event_with(pipeline, "Students marched to protest the decision of sending troops abroad.", "sending")
    assert event.status == "asserted" and event.source is None


def test_a_named_march_stays_an_event(pipeline):
    # a march's own name ("the March for Clean Water") names the event, not an organisation
    events, _ = events_of(pipeline, "Thousands of people joined the March for Clean Water in the capital.")
    assert [e for e in events if e.type == "PROTEST"]
