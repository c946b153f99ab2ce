"""events stage, probes of round 20 (invented sentences, from whole articles on elections, cyber attacks, sea
standoffs, swaps, peacekeeping and migration): a clause before a semicolon is not governed by the denial after it;
being open to talks is no talks; not mentioning an act does not undo it."""

from __future__ import annotations

import pytest

from eventwire.document import Article

from .. import stage_helpers


@pytest.fixture(scope="module")
def events_pipeline(pipeline_factory):
    return pipeline_factory("actors", "events")


@pytest.mark.parametrize("text,trigger", [
    ("Korvania blames neighbour for hacking of rail network; Pelmar denies role", "blames"),
    ("Tessaly accuses militia of raid on border post; group denies involvement", "accuses"),
])
def test_a_denial_after_a_semicolon_leaves_the_first_clause_asserted(events_pipeline, text, trigger):
    assert stage_helpers.status_of(events_pipeline, text, trigger) == "asserted"


@pytest.mark.parametrize("text,trigger", [
    ("The Varnish foreign ministry said it remained open to talks with Oskel.", "talks"),
    ("Dremont said it was open to negotiations with the Bellan rebels.", "negotiations"),
])
def test_talks_one_is_open_to_have_not_taken_place(events_pipeline, text, trigger):
    assert stage_helpers.status_of(events_pipeline, text, trigger) == "hypothetical"


def test_the_verb_open_still_opens_talks(events_pipeline):
    status = stage_helpers.status_of(events_pipeline, "Dremont opened talks with the Bellan rebels on Monday.",
                                     "opened talks")
    assert status == "asserted"


@pytest.mark.parametrize("text,trigger,status", [
    ("The governor did not mention the boycott in her speech.", "boycott", "asserted"),
    ("Prime Minister Harlan Voss did not mention the strike.", "strike", "asserted"),
    # guard: "any" names no act that took place
    ("Police did not mention any arrests.", "arrests", "negated"),
])
def test_not_mentioning_an_act_does_not_undo_it(events_pipeline, text, trigger, status):
    assert stage_helpers.status_of(events_pipeline, text, trigger) == status


@pytest.mark.parametrize("text,victims", [
    ("Two peacekeepers killed in Marenji ambush ahead of UN mandate vote\n\n"
     "Gunmen ambushed a patrol in Marenji on Tuesday.", "peacekeepers"),
    ("Two soldiers killed in Dorvan ambush ahead of peace talks\n\n"
     "Gunmen ambushed an army patrol near Dorvan on Monday.", "soldiers"),
])
def test_the_victims_of_a_headline_passive_are_not_doers_of_its_act_noun(events_pipeline, text, victims):
    analysis = events_pipeline.analyse(Article(text=text))
    names = {a.id: a.name for a in analysis.actors or []}
    events = analysis.events
    assert any(e.type == "ASSAULT" and any(victims in names.get(r, "") for r in e.recipients) for e in events), \
        stage_helpers.show(events)
    assert not any(victims in names.get(a, "") for e in events for a in e.actors), stage_helpers.show(events)


@pytest.mark.parametrize("text,etype", [
    ("A Velmorian patrol ship blasted the fishing boat with water cannon near the atoll.", "ASSAULT"),
    ("Riot police blasted the marchers with tear gas outside the Dorvan parliament.", "ASSAULT"),
    # guard: "blast" alone is censure
    ("The senator blasted the Dorvan government over the budget.", "ACCUSE"),
])
def test_blasting_with_water_cannon_or_gas_is_force_not_censure(events_pipeline, text, etype):
    events = stage_helpers.events_of(events_pipeline, text)
    assert [e.type for e in events if e.trigger.text == "blasted"] == [etype], stage_helpers.show(events)


@pytest.mark.parametrize("text,trigger", [
    ("Dorvan's premier said the floods showed the need to curb logging and called on the Velmor government "
     "to ban exports.", "called"),
    ("Senator Ilse Marrow stressed the need to protect voters and accused the Tarsk commission of fraud.", "accused"),
])
def test_a_past_verb_after_the_infinitive_of_a_need_is_not_needed_but_done(events_pipeline, text, trigger):
    # the parser coordinates the finite verb with the infinitive on "need"; it continues the clause above
    assert stage_helpers.status_of(events_pipeline, text, trigger) == "asserted"


def test_the_infinitive_of_a_need_stays_open(events_pipeline):
    text = "The Tarsk minister stressed the need to impose sanctions on Velmor."
    assert stage_helpers.status_of(events_pipeline, text, "impose sanctions") == "hypothetical"
