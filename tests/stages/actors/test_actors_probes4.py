"""actors (probe round 4): a bare "the group" joins the one armed party a common noun described before ("Rebels
attacked ... The group said"); a bare "the officials" joins the one earlier state-coded "Xian officials"; a bare
"the army" / "the military" answering no force named before is the dateline state's forces."""

from __future__ import annotations

from ..stage_helpers import actor_with


def test_the_group_joins_rebels_described_by_a_common_noun(run):
    actors = run("Rebels ambushed a supply convoy on the main road on Tuesday. The group said it had seized "
                 "three trucks.")
    group = actor_with(actors, "The group")
    assert group is not None and any(m.text == "Rebels" for m in group.mentions)
    assert group.kind == "armed_group"


def test_the_group_joins_modified_militants(run):
    actors = run("Separatist militants blew up a railway bridge overnight. The group later posted photos online.")
    group = actor_with(actors, "The group")
    assert group is not None and any(m.text == "Separatist militants" for m in group.mentions)


def test_the_group_joins_neither_of_two_armed_parties(run):
    actors = run("Rebels and gunmen clashed near the mines on Friday. The group said it had lost two men.")
    group = actor_with(actors, "The group")
    assert group is None or not any(m.text in ("Rebels", "gunmen") for m in group.mentions)


def test_the_officials_join_the_state_coded_officials(run):
    actors = run("Tunisian officials said on Friday they would close two border crossings. The officials cited "
                 "smuggling.")
    officials = actor_with(actors, "The officials")
    assert officials is not None and officials.country == "TUN"
    assert any(m.text == "Tunisian officials" for m in officials.mentions)


def test_the_officials_join_no_one_of_two_states_officials(run):
    actors = run("Tunisian officials and Algerian officials met on Friday. The officials agreed to meet again.")
    officials = actor_with(actors, "The officials")
    assert officials is None or officials.country is None


def test_bare_army_after_a_wire_dateline_is_the_dateline_state_army(run):
    actors = run("OUAGADOUGOU, Burkina Faso (AP) — The army said Sunday it had repelled an attack on a convoy.")
    army = actor_with(actors, "The army")
    assert army is not None and army.country == "BFA" and army.kind == "military"


def test_bare_military_after_a_capital_dateline_is_that_state_military(run):
    actors = run("KHARTOUM (Reuters) - The military said on Monday its units had retaken a bridge.")
    military = actor_with(actors, "The military")
    assert military is not None and military.country == "SDN"


def test_bare_army_prefers_a_force_named_before_over_the_dateline(run):
    actors = run("NAIROBI, Kenya (AP) — Ugandan troops crossed into the border district on Monday. The army said "
                 "it was pursuing rebels.")
    army = actor_with(actors, "The army")
    assert army is not None and army.country == "UGA"


def test_bare_army_without_a_dateline_takes_no_state(run):
    actors = run("The army said it had repelled an attack on a convoy near the hills.")
    army = actor_with(actors, "The army")
    assert army is None or army.country is None
