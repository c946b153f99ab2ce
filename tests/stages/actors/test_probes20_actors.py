"""actors (probe round 20, invented sentences from whole articles on a coastguard boarding, a drone exchange, a
coup attempt, a market bombing and a spy row): a body owned by a state with a hyphenated name ("Guinea-Bissau's
army") is of that state, not of the state its first word names."""

from __future__ import annotations

import pytest

from ..stage_helpers import actor_with


@pytest.mark.parametrize("text, name, iso", [
    ("Guinea-Bissau's navy said it had seized two trawlers off Bolama.", "Guinea-Bissau's navy", "GNB"),
    ("Timor-Leste's police arrested three men in Baucau on Monday.", "Timor-Leste's police", "TLS"),
])
def test_a_hyphenated_state_owns_its_body(run, text, name, iso):
    actor = actor_with(run(text), name)
    assert actor is not None and actor.country == iso
