"""events stage: lead probes (session 16), invented wire-news sentences.

- approving, agreeing, adopting or backing sanctions ("approved a fresh package of sanctions", "agreed a new round
  of sanctions") imposes them (COERCE restrict, CAMEO 163) with the approver as actor, one event: no aid package
  and no accord.
"""

from __future__ import annotations

import pytest

from .stage_helpers import events_and_names, lowered_names, show


@pytest.fixture(scope="module")
def pipeline(pipeline_factory):
    return pipeline_factory("actors", "events")


@pytest.mark.parametrize("text", [
    "Ruritanian lawmakers on Tuesday approved a fresh package of sanctions against Borduria.",
    "Ruritania agreed a new round of sanctions on Borduria over the border dispute.",
    "The Ruritanian cabinet agreed on tougher sanctions against Borduria.",
    "Ruritanian senators backed new sanctions on Borduria's oil exports.",
])
def test_approving_sanctions_imposes_them(pipeline, text):
    events, names = events_and_names(pipeline, text)
    assert not [e for e in events if e.type in ("AID", "AGREE", "SUPPORT")], show(events)
    sanctions = [e for e in events if e.type == "COERCE" and e.mode == "restrict"]
    assert len(sanctions) == 1, show(events)
    assert sanctions[0].cameo == "163", show(events)
    assert "ruritan" in " ".join(lowered_names(names, sanctions[0].actors)), show(events)
    assert "borduria" in " ".join(lowered_names(names, sanctions[0].recipients)), show(events)


def test_an_approved_aid_package_stays_aid(pipeline):
    events, _ = events_and_names(pipeline, "Ruritanian lawmakers approved an aid package for Borduria.")
    assert [e for e in events if e.type == "AID"], show(events)
