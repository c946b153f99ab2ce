"""events stage: recipients of accusations followed by the accused's denial, and of attacks told with their toll or
only their place (hand-built cases)."""

from __future__ import annotations

import pytest

from .stage_helpers import coded


@pytest.fixture(scope="module")
def pipeline(pipeline_factory):
    return pipeline_factory("actors", "events")


# "..., a charge X denies": the denial is a relative clause on "a charge"; the accusation is still asserted. The
# parser fuses "a charge" with the name ("a charge Kigali") or takes the name for the noun's apposition.
DENIED_CHARGES = [
    ("Uganda accused Rwanda of backing rebels in eastern Congo, a charge Kigali denies.", "Rwanda"),
    ("Ethiopian Prime Minister Meles Zenawi on Monday accused Eritrea of arming rebels in the south, a charge "
     "Asmara denied.", "Eritrea"),
]


@pytest.mark.parametrize("text,party", DENIED_CHARGES)
def test_accusation_followed_by_a_denied_charge_stays_asserted(pipeline, text, party):
    event, names = coded(pipeline, text, "ACCUSE")
    assert event.status == "asserted", event
    assert any(party in names[r] for r in event.recipients), (event.recipients, names)
