"""times and events stages, fifth date probe round: a month under an implicative verb ("failed to agree in
August"), a possessive day on the object of an act, and a past day carried to a present, future or "after" clause
(invented mini-articles)."""

from __future__ import annotations

import pytest

from .. import stage_helpers


def time_values(pipeline, text: str, published: str = "2026-11-27") -> dict[str, str | None]:
    return stage_helpers.time_values(pipeline, text, published)


def dates_of(pipeline, text: str, trigger: str, published: str = "2026-11-27") -> list[str | None]:
    return stage_helpers.event_dates(pipeline, text, trigger, published)


@pytest.mark.parametrize("text,expr,value", [
    ("The two unions failed to agree on a wage deal in August, their leaders said.", "August", "2026-08"),
    ("Hundreds of families managed to leave the valley in September before the roads closed.", "September",
     "2026-09"),
])
def test_a_month_under_an_implicative_verb_takes_its_past_tense(times_pipeline, text, expr, value):
    assert time_values(times_pipeline, text)[expr] == value


def test_a_complement_that_looks_ahead_still_points_forward(times_pipeline):
    # guards the rule above: "plans to" is no implicative verb
    text = "The ministry plans to open the new border crossing in August, an official said."
    assert time_values(times_pipeline, text)["August"] == "2027-08"


def test_a_possessive_day_on_the_object_dates_the_noun_not_the_act(full_pipeline):
    text = "The Green League has rejected the outcome of last month's referendum, its chairman said."
    assert dates_of(full_pipeline, text, "rejected") == [None]


def test_a_possessive_day_on_the_subject_still_dates_the_act(full_pipeline):
    # guards the rule above: the doer's own day is the day of its act
    text = "Last week's raid on the depot killed nine guards."
    assert dates_of(full_pipeline, text, "killed") == ["2026-W47"]


def test_a_present_or_future_clause_takes_no_past_day_of_its_paragraph(full_pipeline):
    text = ("Troops detained a union organiser in June. He rejects the allegations and will challenge them in "
            "court, his family said.")
    assert dates_of(full_pipeline, text, "rejects") == [None]
    assert dates_of(full_pipeline, text, "detained") == ["2026-06"]


def test_a_past_clause_still_takes_the_day_of_its_paragraph(full_pipeline):
    # guards the rule above
    text = "Troops detained a union organiser in June. They raided his office in the capital."
    assert dates_of(full_pipeline, text, "raided") == ["2026-06"]


def test_a_pronoun_clause_after_a_dated_paragraph_keeps_its_own_tense(full_pipeline):
    text = ("Police in the capital detained a journalist on Wednesday.\n\n"
            "Omar Vell was arrested in April after he criticised the interior minister on television.\n\n"
            "He denies wrongdoing, his editor said.")
    assert dates_of(full_pipeline, text, "criticised") == [None]
    assert dates_of(full_pipeline, text, "denies") == [None]


def test_fighting_back_against_the_attackers_goes_on_with_the_attack_told_before(full_pipeline):
    text = ("Masked gunmen stormed a police station in the east of the country on Saturday, officials said.\n\n"
            "The police said its officers repelled the gunmen and killed three of them.")
    assert set(dates_of(full_pipeline, text, "repelled")) == {"2026-11-21"}


def test_an_arrest_of_the_attackers_is_no_part_of_the_attack(full_pipeline):
    # guards the rule above: an arrest may come days after the violence
    text = ("Masked gunmen stormed a police station in the east of the country on Saturday, officials said.\n\n"
            "Police detained the gunmen in a nearby town.")
    assert set(dates_of(full_pipeline, text, "detained")) == {None}


def test_a_headline_act_takes_the_day_of_the_lead_acts_of_its_type_beside_an_undated_one(full_pipeline):
    text = ("Militants kill 11 police officers in Ruritania\n\n"
            "Suspected militants killed 11 police officers in the south of Ruritania on Saturday, days after the "
            "government announced a fresh offensive against armed groups, local officials said.")
    assert dates_of(full_pipeline, text, "kill")[0] == "2026-11-21"


def test_a_possessive_day_of_the_scene_still_dates_the_act(full_pipeline):
    # guards the possessive rule: only the direct object's phrase is another act's
    text = "In Tuesday's debate, the senator accused the governor of lying about the budget."
    assert dates_of(full_pipeline, text, "accused") == ["2026-11-24"]


def test_a_present_clause_keeps_the_publication_day_of_its_paragraph(full_pipeline):
    # guards the present/future rule: only a day before the publication day is the past's
    text = "Artillery shelled the town of Vark today, killing four people. The army denies targeting civilians."
    assert dates_of(full_pipeline, text, "targeting") == ["2026-11-27"]


def test_a_future_from_a_past_report_keeps_the_past_day(full_pipeline):
    # guards the present/future rule: "had threatened to revoke" looks ahead from the past
    text = ("Officials seized the port of Drava in March. They had threatened to expel the harbour workers, the "
            "union said.")
    assert dates_of(full_pipeline, text, "expel") == ["2026-03"]
