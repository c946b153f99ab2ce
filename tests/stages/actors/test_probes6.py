"""actors: a capitalised plural party noun opening the report after its dateline ("Militants stormed ...") is the
same nominal as the headline's."""

from __future__ import annotations

from ..stage_helpers import actor_with



def test_a_capitalised_plural_opening_the_report_is_the_headline_party(run):
    actors = run("Rebels take airport\n\n"
                 "BUKAVU, Congo (AP) — Rebels took the airport on Sunday, residents said.")
    rebels = [a for a in actors if any(m.text == "Rebels" for m in a.mentions)]
    assert len(rebels) == 1
    assert rebels[0].kind == "armed_group" and len(rebels[0].mentions) == 2


def test_a_capitalised_plural_after_a_capital_dateline_is_a_party_noun(run):
    actors = run("BAMAKO (Reuters) - Insurgents ambushed a fuel convoy on Friday, officials said.")
    insurgents = actor_with(actors, "Insurgents")
    assert insurgents is not None and insurgents.kind == "armed_group"


def test_a_capitalised_plural_name_inside_a_sentence_stays_a_name(run):
    actors = run("Fans of the Rangers gathered outside the stadium on Saturday.")
    assert not any(a.kind == "armed_group" for a in actors)
