"""events stage: leftovers of the tenth probing round, checked with invented wire-news sentences.

- a verb with an object and an "as" phrase holding an adjective ("condemned the plan as reckless") is done with
  its arguments: the object of a verb coordinated after it ("... and summoned the envoy") is that verb's party, not
  the condemnation's, also when the parser hangs the second verb on the adjective (which then shares the first
  verb's subject);
- a passive gerund after a preposition ("retreated after being shelled by the army") befalls the clause's subject,
  and its "by" phrase names the doer;
- an act noun that a place or party went through ("has endured heavy shelling", "survived an ambush", "has seen a
  wave of bombings", "suffered weeks of shelling") is the event, told by the noun, with the verb (cues.yaml
  `experiencer_verbs`) as a light verb and its subject as the one it befell.
"""

from __future__ import annotations

import pytest

from ..stage_helpers import events_and_names, lowered_names, show


@pytest.fixture(scope="module")
def pipeline(pipeline_factory):
    return pipeline_factory("actors", "events")


@pytest.mark.parametrize("text, verb, other", [
    ("The cabinet condemned the tariffs as unfair and summoned the Danish ambassador.", "condemned", "summoned"),
    ("Ruritania denounced the vote as rigged and summoned Freedonia's envoy on Monday.", "denounced", "summoned"),
    ("The ministry criticised the ruling as biased and expelled two Belgian diplomats.", "criticised", "expelled"),
])
def test_object_of_a_later_verb_is_no_party_to_a_judgement_with_as(pipeline, text, verb, other):
    events, names = events_and_names(pipeline, text)
    judged = [e for e in events if any(t.text == verb for t in e.triggers)]
    assert judged, show(events)
    assert all(other not in [t.text for t in e.triggers] for e in judged), show(events)
    assert all(not e.recipients for e in judged), [(show([e]), lowered_names(names, e.recipients)) for e in judged]
    later = [e for e in events if any(t.text == other for t in e.triggers)]
    assert later and later[0].recipients and later[0].actors, show(events)


@pytest.mark.parametrize("text, doer, victim", [
    ("Insurgents withdrew from the hills after being shelled by the army.", "army", "insurgents"),
    ("The militiamen abandoned the camp after being bombed by government aircraft.", "government", "militiamen"),
])
def test_passive_gerund_befalls_the_subject(pipeline, text, doer, victim):
    events, names = events_and_names(pipeline, text)
    attack = next((e for e in events if e.type == "ASSAULT"), None)
    assert attack is not None, show(events)
    assert any(doer in n for n in lowered_names(names, attack.actors)), lowered_names(names, attack.actors)
    assert any(victim in n for n in lowered_names(names, attack.recipients)), lowered_names(names, attack.recipients)


@pytest.mark.parametrize("text, noun", [
    ("The district has endured relentless shelling.", "shelling"),
    ("The garrison survived an ambush near the river.", "ambush"),
    ("The port city has suffered months of heavy bombardment.", "bombardment"),
    ("Mogadishu has seen a spate of bombings.", "bombings"),
])
def test_act_noun_gone_through_is_the_event(pipeline, text, noun):
    events, _ = events_and_names(pipeline, text)
    attack = next((e for e in events if e.type == "ASSAULT"), None)
    assert attack is not None, show(events)
    assert attack.trigger.text.endswith(noun), show(events)
    assert not attack.actors, show(events)


@pytest.mark.parametrize("text", [
    "Ministers see the negotiations as a chance to end the blockade.",
    "Mediators regard the summit as a first step towards a settlement.",
    "The ministry views the talks as an opportunity to restore trade.",
])
def test_prospect_a_view_is_held_of_is_not_reported(pipeline, text):
    events, _ = events_and_names(pipeline, text)
    assert not any(e.type == "CONSULT" and e.status == "asserted" for e in events), show(events)


def test_act_judged_with_a_view_that_is_no_prospect_stays_reported(pipeline):
    events, _ = events_and_names(pipeline, "Villagers saw the march as a turning point.")
    assert any(e.type == "PROTEST" and e.status == "asserted" for e in events), show(events)


@pytest.mark.parametrize("text", [
    "The air force will build a second base in the desert.",
    "The marines plan to build a new checkpoint on the coast road.",
    "The army will call up 5,000 reservists.",
])
def test_build_up_aimed_at_no_one_is_no_threat(pipeline, text):
    events, _ = events_and_names(pipeline, text)
    assert not any(e.type == "THREATEN" for e in events), show(events)


def test_build_up_aimed_at_a_party_is_still_a_threat(pipeline):
    events, _ = events_and_names(pipeline, "Ruritania will deploy more troops to its border with Freedonia.")
    assert any(e.type == "THREATEN" for e in events), show(events)


@pytest.mark.parametrize("text", [
    "A coast guard cutter rammed a fishing boat near the atoll on Friday.",
    "The frigate rammed a tanker off the northern cape.",
])
def test_ramming_a_ship_is_an_attack(pipeline, text):
    events, _ = events_and_names(pipeline, text)
    assert any(e.type == "ASSAULT" for e in events), show(events)


def test_ship_detained_is_seized_and_its_crew_detained_is_arrested(pipeline):
    events, _ = events_and_names(pipeline, "The navy detained a cargo vessel off the coast on Sunday.")
    assert any(e.type == "COERCE" and e.mode == "seize" for e in events), show(events)
    events, _ = events_and_names(pipeline, "The navy detained nine crew members of the freighter.")
    assert any(e.type == "COERCE" and e.mode == "arrest" for e in events), show(events)


@pytest.mark.parametrize("text, captives", [
    ("Ruritania frees jailed reporters as hostages freed\nThe report gave no further details.", "hostages"),
    ("Prisoners released after ransom paid\nThe report gave no further details.", "prisoners"),
])
def test_captives_before_a_headline_release_are_the_ones_freed(pipeline, text, captives):
    events, names = events_and_names(pipeline, text)
    freed = [e for e in events if e.type == "RETREAT" and e.mode == "release"
             and any(captives in n for n in lowered_names(names, e.recipients + e.actors))]
    assert freed, show(events)
    assert all(not any(captives in n for n in lowered_names(names, e.actors)) for e in freed), show(freed)


@pytest.mark.parametrize("text, place", [
    ("The coast guard seized the trawler because it was registered to Freedonia.", "freedonia"),
    ("The navy seized the freighter after it sailed to Ruritania.", "ruritania"),
])
def test_party_in_a_clause_of_cause_or_time_is_no_recipient(pipeline, text, place):
    events, names = events_and_names(pipeline, text)
    act = next((e for e in events if e.type == "COERCE"), None)
    assert act is not None, show(events)
    assert not any(place in n for n in lowered_names(names, act.recipients)), lowered_names(names, act.recipients)


@pytest.mark.parametrize("text, etype, victims", [
    ("Twelve fishermen seized last week off the coast have been released.", "RETREAT", "fishermen"),
    ("Four nurses abducted in the spring have been released, officials said.", "RETREAT", "nurses"),
])
def test_reduced_passive_before_its_finite_verb(pipeline, text, etype, victims):
    events, names = events_and_names(pipeline, text)
    assert events, show(events)
    assert not any(victims in n for e in events for n in lowered_names(names, e.actors)), show(events)
    freed = next((e for e in events if e.type == etype), None)
    assert freed is not None and any(victims in n for n in lowered_names(names, freed.recipients)), show(events)


@pytest.mark.parametrize("text, doer", [
    ("The ministry declared three Danish diplomats persona non grata on Friday, accusing them of meddling.",
     "ministry"),
    ("Ruritania declared two Freedonian attaches persona non grata on Monday, accusing them of spying.", "ruritania"),
])
def test_participle_after_a_declaration_is_done_by_who_declared(pipeline, text, doer):
    events, names = events_and_names(pipeline, text)
    accusation = next((e for e in events if e.type == "ACCUSE"), None)
    assert accusation is not None, show(events)
    assert lowered_names(names, accusation.actors) == [doer], lowered_names(names, accusation.actors)


@pytest.mark.parametrize("text", [
    "Captive swap expected next month, officials say\nThe report gave no further details.",
    "Detainee exchange planned for next week\nThe report gave no further details.",
])
def test_headline_act_planned_for_a_time_ahead_is_future(pipeline, text):
    events, names = events_and_names(pipeline, text)
    act = next((e for e in events if e.type == "AGREE"), None)
    assert act is not None, show(events)
    assert act.status == "future", show(events)
    assert not act.actors, lowered_names(names, act.actors)


def test_armed_men_boarding_a_ship_seize_it(pipeline):
    events, _ = events_and_names(pipeline, "Masked pirates boarded a cargo vessel off the cape on Thursday.")
    assert any(e.type == "COERCE" and e.mode == "seize" for e in events), show(events)


def test_travellers_boarding_a_ship_seize_nothing(pipeline):
    events, _ = events_and_names(pipeline, "Dozens of tourists boarded the ferry at the harbour.")
    assert not any(e.type == "COERCE" for e in events), show(events)


@pytest.mark.parametrize("text, victims", [
    ("Seven fishermen abducted off Ruritanian coast\nThe report gave no further details.", "fishermen"),
    ("Four bloggers detained in Zenda\nThe report gave no further details.", "bloggers"),
])
def test_counted_plural_opening_a_headline_undergoes_the_act(pipeline, text, victims):
    events, names = events_and_names(pipeline, text)
    act = next((e for e in events if e.type in ("ASSAULT", "COERCE")), None)
    assert act is not None, show(events)
    assert not any(victims in n for n in lowered_names(names, act.actors)), lowered_names(names, act.actors)
    assert any(victims in n for n in lowered_names(names, act.recipients)), lowered_names(names, act.recipients)


def test_counted_plural_with_an_object_in_a_headline_still_acts(pipeline):
    text = "Three gunmen attacked the checkpoint\nThe report gave no further details."
    events, names = events_and_names(pipeline, text)
    act = next((e for e in events if e.type == "ASSAULT"), None)
    assert act is not None and any("gunmen" in n for n in lowered_names(names, act.actors)), show(events)


@pytest.mark.parametrize("text", [
    "Tanker seized in Gulf of Oman\nThe report gave no further details.",
    "Freighter seized in Gulf of Oman\nThe report gave no further details.",
])
def test_state_named_in_a_seas_name_is_no_recipient(pipeline, text):
    events, names = events_and_names(pipeline, text)
    act = next((e for e in events if e.type == "COERCE"), None)
    assert act is not None, show(events)
    assert not any("oman" in n for n in lowered_names(names, act.recipients)), lowered_names(names, act.recipients)


@pytest.mark.parametrize("text", [
    "The militia refused to free the captives until its fighters were released.",
    "The kidnappers refused to release the nurses until the ransom was paid.",
])
def test_endpoint_of_a_refusal_is_a_condition(pipeline, text):
    events, _ = events_and_names(pipeline, text)
    later = [e for e in events if any(t.text in ("released", "paid") for t in e.triggers)]
    assert all(e.status != "asserted" for e in later), show(events)


def test_endpoint_of_a_plain_past_negation_is_told(pipeline):
    events, _ = events_and_names(pipeline, "The gunmen did not free the nurses until the ransom was paid.")
    assert not any(e.status == "hypothetical" for e in events), show(events)


@pytest.mark.parametrize("text", [
    "The firm paid a large ransom for the release of its engineers.",
    "Relatives paid a ransom for the release of the teachers.",
])
def test_act_a_price_is_asked_or_paid_for_is_not_reported(pipeline, text):
    events, _ = events_and_names(pipeline, text)
    release = next((e for e in events if e.type == "RETREAT"), None)
    assert release is not None, show(events)
    assert release.status == "hypothetical", show(events)


@pytest.mark.parametrize("text", [
    "Ruritania handed over the captured Freedonian soldiers in exchange for its own border guards.",
    "The militia returned the bodies of four pilots in exchange for jailed fighters.",
])
def test_captives_handed_over_in_an_exchange_are_a_swap(pipeline, text):
    events, _ = events_and_names(pipeline, text)
    assert any(e.type == "AGREE" for e in events), show(events)
