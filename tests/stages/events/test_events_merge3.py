"""events stage: a participle clause telling an attack's toll or means (", killing 12 people", ", firing rockets")
is the attack told again, one event whose recipients take the victims the clause names; a further act of another
kind in that clause stays its own event. All sentences invented here."""

from __future__ import annotations

import pytest

from eventwire.document import Article


def _assaults(full_pipeline, text: str):
    analysis = full_pipeline.analyse(Article(text=text, published="2026-11-20"))
    names = {a.id: a.name for a in analysis.actors or []}
    return [e for e in analysis.events or [] if e.type == "ASSAULT" and e.status == "asserted"], names


@pytest.mark.parametrize("text, doer, victims", [
    ("Militia fighters shelled a cattle market on Sunday, killing nine herders.", "fighters", {"market", "herders"}),
    ("Insurgents ambushed a convoy near Gulu, killing two drivers and wounding six soldiers.", "Insurgents",
     {"convoy", "drivers", "soldiers"}),
    ("Gunmen attacked a bus station on Friday, killing four passengers.", "Gunmen", {"passengers"}),
    ("Rebel fighters bombed a fuel depot, injuring five workers.", "fighters", {"workers"}),
])
def test_toll_participle_is_the_attack_told_again(full_pipeline, text, doer, victims):
    assaults, names = _assaults(full_pipeline, text)
    assert len(assaults) == 1, [(e.trigger.text, [names.get(r) for r in e.recipients]) for e in assaults]
    event = assaults[0]
    assert any(doer in names[a] for a in event.actors)
    got = {names[r] for r in event.recipients}
    assert all(any(v in g for g in got) for v in victims), got
    assert len(event.triggers) >= 2


def test_means_participle_joins_the_attack(full_pipeline):
    assaults, names = _assaults(full_pipeline, "Rebels attacked an army post near Kidal, firing mortars and "
                                               "killing three guards.")
    assert len(assaults) == 1
    assert {names[r] for r in assaults[0].recipients} >= {"three guards"}


def test_kidnapping_in_the_toll_clause_stays_its_own_act_and_keeps_its_kind_to_itself(full_pipeline):
    assaults, names = _assaults(full_pipeline, "Bandits raided a farming village in Kebbi, killing seven men and "
                                               "kidnapping twelve women.")
    raid = next(e for e in assaults if e.trigger.text == "raided")
    kidnap = next(e for e in assaults if e.trigger.text.startswith("kidnap"))
    assert raid.mode != "abduct"
    assert kidnap.mode == "abduct"
    assert not set(raid.recipients) & set(kidnap.recipients)


@pytest.mark.parametrize("text, count", [
    # two acts joined with "and", each with its own target, stay two
    ("Militiamen burned a school in Pibor and shot two teachers.", 2),
    # another side's act in a clause of its own
    ("Troops shelled the ridge near Ngala, and rebels fired back at the base.", 2),
])
def test_acts_not_told_inside_the_attack_stay_apart(full_pipeline, text, count):
    assaults, _ = _assaults(full_pipeline, text)
    assert len(assaults) == count
