"""actors stage, lead probes of session 15 (invented sentences): "a state of emergency" names a condition, not a
state's government."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The governor declared a state of calamity in four provinces.",
    "Parliament extended the state of emergency by three months.",
    "The country has lived in a state of war since 2019.",
])
def test_a_state_of_a_condition_is_no_actor(run, text):
    assert not [a for a in run(text) if a.name.lower() == "state"]


def test_the_state_of_a_named_land_is_still_its_government(run):
    assert any(a.kind == "government" for a in run("The State of Israel rejected the claim."))
