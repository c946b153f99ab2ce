"""quotes: probes round 20 — "It said" after a craft or weapon was the subject of a clause ("... when a drone hit
a base. It said") is the body that spoke before, not the craft. Invented sentences."""

from __future__ import annotations

import pytest

from ..stage_helpers import quotes_runner, speaker_names


@pytest.fixture(scope="module")
def run(pipeline_factory):
    return quotes_runner(pipeline_factory)


@pytest.mark.parametrize("text", [
    "The Ostrian army said three guards were hurt when a drone struck a depot near Velm. It said its jets then hit "
    "a launch site near Korda.",
    "The Ostrian navy said a warship had rammed a trawler off Velm. It said the crew had been rescued.",
])
def test_it_after_a_craft_is_the_body_that_spoke(run, text):
    names = speaker_names(run(text))
    assert len(names) == 2 and names[0] == names[1] and "Ostrian" in names[0]
