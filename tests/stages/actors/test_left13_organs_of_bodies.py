"""actors: invented articles (round 13): an unknown body's name owned through "'s" by a named international body
("The African Union's Peace and Security Council") is an organ of that body, not a state's government."""

from __future__ import annotations

from ..stage_helpers import actor_with


def test_an_organ_of_an_international_body_is_of_its_kind(run):
    actors = run("The African Union's Peace and Security Council condemned the takeover on Thursday. Tessaly said "
                 "it was in contact with the junta.")
    council = actor_with(actors, "Peace and Security Council")
    assert council is not None and council.kind == "igo" and council.sector == "IGO", (council and council.kind)
    junta = actor_with(actors, "the junta")
    assert junta is not council


def test_a_states_own_council_stays_the_states(run):
    actors = run("Kenya's National Security Council met on Monday to discuss the border.")
    council = next((a for a in actors if "National Security Council" in a.name), None)
    assert council is None or council.kind != "igo", council.kind
