"""actors: invented articles (round 16): a body's name typed by its cue words: a rail operator ("Slovak Railways")
is a firm, a state's revenue service ("the Zambian Revenue Service") is a government body."""

from __future__ import annotations

from ..stage_helpers import actor_with


def test_railways_is_a_firm(run):
    actors = run("Slovak Railways said the line would reopen on Monday.")
    firm = actor_with(actors, "Slovak Railways")
    assert firm is not None and firm.kind == "business" and firm.sector == "BUS", firm


def test_revenue_service_is_a_state_body(run):
    actors = run("The Zambian Revenue Service said it had seized the goods.")
    body = actor_with(actors, "The Zambian Revenue Service")
    assert body is not None and body.kind == "government" and body.sector == "GOV", body
    assert body.country == "ZMB", body


def test_two_word_state_in_a_bodys_name_gives_its_state(run):
    actors = run("The South Sudan Revenue Authority said it had collected more tax.")
    body = actor_with(actors, "The South Sudan Revenue Authority")
    assert body is not None and body.country == "SSD", body
    actors = run("The New Zealand Customs Service said it had seized the drugs.")
    body = actor_with(actors, "The New Zealand Customs Service")
    assert body is not None and body.country == "NZL" and body.kind == "government", body
