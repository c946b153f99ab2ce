"""events stage, lead probes of session 17 (invented sentences): many acts counted from a point on ("has since lodged
hundreds of protests", "dozens of attacks since January") are a tally, not one asserted act — a tally a later
accusation in the same story was merged into."""

from __future__ import annotations

import pytest

from eventwire.document import Article


@pytest.fixture(scope="module")
def pipeline(pipeline_factory):
    return pipeline_factory("actors", "events")


def _asserted(pipeline, text: str) -> list[str]:
    events = pipeline.analyse(Article(text=text, published="2026-11-20")).events or []
    return [e.type for e in events if e.status == "asserted"]


@pytest.mark.parametrize("text, etype", [
    ("Valdoria has since lodged hundreds of diplomatic protests over Ostrian patrols in the strait.", "ACCUSE"),
    ("Rebels have carried out dozens of attacks on army posts since January.", "ASSAULT"),
    ("Since March, the coast guard has carried out 40 raids on smugglers off the Merrow coast.", "COERCE"),
])
def test_many_acts_counted_since_a_point_are_a_tally(pipeline, text, etype):
    assert etype not in _asserted(pipeline, text)


@pytest.mark.parametrize("text, etype", [
    ("Police have arrested two men since Monday, officials said.", "COERCE"),
    ("The army has since launched an offensive on the town of Merrow.", "ASSAULT"),
    ("Valdoria lodged a diplomatic protest with Ostria on Friday.", "ACCUSE"),
])
def test_one_act_or_a_handful_stays_an_act(pipeline, text, etype):
    assert etype in _asserted(pipeline, text)


# ---------------------------------------------------------------- what a party must do, or has a span of time for

def _statuses(pipeline, text: str, etype: str) -> list[str]:
    events = pipeline.analyse(Article(text=text, published="2026-11-20")).events or []
    return [e.status for e in events if e.type == etype]


@pytest.mark.parametrize("text, etype", [
    # (signing a bill or decree is no event since test_events_nonevents_evH.py: accords stand in for them)
    ("The president has 14 days to sign the accord or send it back to the assembly.", "AGREE"),
    ("The governor has to sign the accord before it takes effect.", "AGREE"),
    ("Fighters of the Merrow Front were given 48 hours to leave the town.", "RETREAT"),
    ("The army has until Friday to withdraw from the Tarvenian border.", "RETREAT"),
])
def test_an_act_under_a_deadline_or_obligation_is_not_done(pipeline, text, etype):
    statuses = _statuses(pipeline, text, etype)
    assert statuses and "asserted" not in statuses, statuses


@pytest.mark.parametrize("text, etype", [
    ("The army had to withdraw from the town of Merrow after heavy losses.", "RETREAT"),
    ("Troops withdrew from the town of Merrow on Friday.", "RETREAT"),
])
def test_a_past_obligation_met_stays_an_act(pipeline, text, etype):
    assert "asserted" in _statuses(pipeline, text, etype)
