"""events stage: wire sentences of comment that report no PLOVER event (CAMEO 01 comments, which the
CAMEO-to-PLOVER table drops), beside acts worded alike that stay events. Sentences invented here."""

from __future__ import annotations

import pytest

from eventwire.document import Article


@pytest.fixture(scope="module")
def pipeline(pipeline_factory):
    return pipeline_factory("actors", "events")


def _asserted(pipeline, text: str) -> list[str]:
    events = pipeline.analyse(Article(text=text, published="2026-11-20")).events or []
    return [e.type for e in events if e.status == "asserted"]


@pytest.mark.parametrize("text", [
    "The premier expressed his condolences to the families of the miners.",
    "The queen offered her sympathy to the people of Valdoria after the floods.",
    "The governor extended his deepest condolences to the bereaved.",
    "Lawmakers sympathised with the victims of the landslide.",
])
def test_sympathy_shown_is_no_event(pipeline, text):
    assert _asserted(pipeline, text) == []


@pytest.mark.parametrize("text, etype", [
    ("The premier expressed support for the mediation plan.", "SUPPORT"),
    ("Valdoria sent food aid and condolences to the flooded provinces.", "AID"),
])
def test_support_or_aid_beside_sympathy_stays(pipeline, text, etype):
    assert etype in _asserted(pipeline, text)


@pytest.mark.parametrize("text", [
    "The two presidents agreed that the border situation was grave.",
    "The ministers agreed that trade between their nations is vital.",
])
def test_agreeing_that_something_is_so_is_no_event(pipeline, text):
    assert _asserted(pipeline, text) == []


@pytest.mark.parametrize("text", [
    "The two governments agreed that negotiations would resume in March.",
    "The council agreed that the envoy should return to the capital.",
    "The cabinet agreed that the referendum be postponed.",
    "Valdoria and Pelmark agreed to reopen the frontier crossing.",
])
def test_agreeing_on_what_shall_be_done_stays_agree(pipeline, text):
    assert "AGREE" in _asserted(pipeline, text)


@pytest.mark.parametrize("text", [
    "The governor expressed concern over the worsening drought in the south.",
    "The agency voiced regret at the loss of life.",
])
def test_worry_about_how_things_stand_is_no_event(pipeline, text):
    assert _asserted(pipeline, text) == []


@pytest.mark.parametrize("text", [
    "Valdoria expressed concern over Pelmark's missile programme.",
    "The ministry expressed regret over Pelmark's decision to expel two diplomats.",
])
def test_worry_aimed_at_a_party_stays_disapproval(pipeline, text):
    assert "ACCUSE" in _asserted(pipeline, text)


@pytest.mark.parametrize("text", [
    "The governor signed the spending bill into law on Friday.",
    "The president signed a decree on daylight saving time.",
])
def test_signing_a_domestic_law_is_no_event(pipeline, text):
    assert _asserted(pipeline, text) == []


@pytest.mark.parametrize("text, etype", [
    ("Valdoria and Pelmark signed a fishing agreement.", "AGREE"),
    ("The president signed a decree pardoning 40 prisoners.", "CONCEDE"),
])
def test_signed_accords_and_acts_a_decree_does_stay(pipeline, text, etype):
    assert etype in _asserted(pipeline, text)


@pytest.mark.parametrize("text", [
    "The faction, which has carried out scores of bombings in recent years, is on the list of banned groups.",
    "The brigade, which has staged hundreds of raids, is based in the hills.",
])
def test_acts_counted_in_a_relative_clause_of_a_description_are_no_event(pipeline, text):
    assert _asserted(pipeline, text) == []


@pytest.mark.parametrize("text, etype", [
    ("The militia, which has seized the port, now controls the coast road.", "COERCE"),
    ("The faction, which has carried out scores of bombings, claimed Monday's ambush on the convoy.", "ASSAULT"),
])
def test_one_act_or_a_reported_act_beside_the_history_stays(pipeline, text, etype):
    assert etype in _asserted(pipeline, text)
