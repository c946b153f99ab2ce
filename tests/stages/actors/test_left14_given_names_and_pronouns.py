"""actors: invented articles (round 14): a lone state name that is the given name of a person named in full before
is that person; "she"/"he" take the nearest person the text shows to be of that gender (a given name outranks a
generic "-man" title such as "spokesman")."""

from __future__ import annotations

from ..stage_helpers import actor_with


def test_a_given_name_shared_with_a_state_is_the_person_named_before(run):
    actors = run("Police detained Georgia Wenham outside the court in Leeds. Georgia was freed two hours later.")
    person = actor_with(actors, "Georgia Wenham")
    assert person is not None and any(m.text == "Georgia" for m in person.mentions), [a.name for a in actors]
    police = actor_with(actors, "Police")
    assert police is not None and police.country != "GEO", police.country


def test_a_given_name_shared_with_a_state_as_a_place_stays_the_state(run):
    actors = run("Jordan Makela flew to Jordan on Monday.")
    person = actor_with(actors, "Jordan Makela")
    assert person is not None and [m.text for m in person.mentions] == ["Jordan Makela"], person.mentions


def test_she_is_the_woman_with_a_generic_spokesman_title(run):
    actors = run("Army spokesman Major Linda Okafor said troops had left the village. Defence minister Paul Brenner "
                 "said the roads were open. She said the army would return.")
    she = actor_with(actors, "She")
    assert she is not None and she.name == "Linda Okafor", she and she.name


def test_he_still_takes_the_man_with_a_spokesman_title(run):
    actors = run("Army spokesman Major Paul Okafor said troops had left the village. Defence minister Anna Brenner "
                 "said the roads were open. He said the army would return.")
    he = actor_with(actors, "He")
    assert he is not None and he.name == "Paul Okafor", he and he.name


def test_she_prefers_the_woman_to_a_person_of_unknown_gender_in_her_sentence(run):
    actors = run("Party chairman Anna Kowal met the envoy. Interior minister George Fenn said the talks were useful. "
                 "She said a deal was close.")
    she = actor_with(actors, "She")
    assert she is not None and she.name == "Anna Kowal", she and she.name
