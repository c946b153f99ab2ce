"""actors stage, lead probes of session 17 (invented sentences): a state's own "national security council" is
neither the UN Security Council (whose short name is its tail) nor, when another state owns it, the US one."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "President Ostrava convened his national security council on Tuesday in Nairobi.",
    "NAIROBI (Reuters) - Kenya's national security council met on Tuesday.",
    "The prime minister will chair a meeting of the national security council on Friday.",
])
def test_a_national_security_council_is_no_un_body(run, text):
    actors = run(text)
    council = next(a for a in actors if any("security council" in m.text.lower() for m in a.mentions))
    assert council.kind != "igo" and council.name != "UN Security Council", council


@pytest.mark.parametrize("text, country", [
    ("Kenya's National Security Council met on Tuesday in Nairobi.", "KEN"),
    ("Ghana's National Security Council met in Accra on Monday.", "GHA"),
])
def test_another_states_national_security_council_is_that_states(run, text, country):
    council = next(a for a in run(text) if "Security Council" in a.name)
    assert council.country == country


@pytest.mark.parametrize("text", [
    "The U.N. Security Council will vote on the resolution on Friday.",
    "The Security Council condemned the attack on the peacekeepers.",
])
def test_the_security_council_stays_the_un_body(run, text):
    assert any(a.name == "UN Security Council" and a.kind == "igo" for a in run(text))
