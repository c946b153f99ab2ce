"""events: a past participle saying how a speaker knows what they say ("a source briefed on the talks told
Reuters") describes the speaker and codes no event; a briefing told as the act itself still does (invented
sentences)."""

from __future__ import annotations

import pytest

from ..stage_helpers import events_of, show


@pytest.fixture(scope="module")
def pipeline(pipeline_factory):
    return pipeline_factory("actors", "places", "times", "events")


@pytest.mark.parametrize("text, participle", [
    ("The two sides will meet in Doha next week, a source briefed on the talks told Reuters.", "briefed"),
    ("Officials involved in the negotiations said a deal was close.", "involved"),
    ("A diplomat informed about the plan said the envoy would stay.", "informed"),
])
def test_how_a_speaker_knows_codes_no_event(pipeline, text, participle):
    events = events_of(pipeline, text)
    assert not [e for e in events if e.trigger.text == participle], show(events)


def test_a_briefing_told_as_the_act_is_still_coded(pipeline):
    events = events_of(pipeline, "The defence minister briefed NATO allies on the attack on Monday.")
    assert [e for e in events if e.trigger.text == "briefed"], show(events)
