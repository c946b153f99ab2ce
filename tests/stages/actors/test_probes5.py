"""actors: a bare "police" is the police of the state whose government body speaks in its sentence, else of the
state the article is about; a locative word the parser tags as an adjective ("outside parliament") is not part of
a body's name; people who march in a named capital, or in "the capital" of the one state an article is about,
are of that state; a mixed-case "Town, State -" dateline is no government acting; "his men" of a military
commander are the force of the commander's state."""

from __future__ import annotations

from ..stage_helpers import actor_with


def test_bare_police_take_the_state_of_a_ministry_in_their_sentence(run):
    actors = run("Moldova's interior ministry said police arrested nine smugglers near the border on Monday.")
    police = actor_with(actors, "police")
    assert police is not None and police.country == "MDA"


def test_bare_police_take_the_state_the_article_is_about(run):
    actors = run("Ghana's opposition called a strike in Accra. Ghanaian traders closed their shops, "
                 "and police fired tear gas at a crowd on Tuesday.")
    police = actor_with(actors, "police")
    assert police is not None and police.country == "GHA"


def test_modified_police_do_not_take_the_ministry_state(run):
    actors = run("Moldova's interior ministry said UN police were also present at the crossing.")
    police = next((a for a in actors if a.kind == "police"), None)
    assert police is None or police.country != "MDA"


def test_a_locative_word_before_a_body_noun_is_not_part_of_its_name(run):
    actors = run("Several hundred teachers rallied outside parliament on Wednesday.")
    assert not any(a.name.lower().startswith("outside") for a in actors)
    assert actor_with(actors, "outside parliament") is None


def test_an_outside_adjective_before_a_plural_noun_stays(run):
    actors = run("Outside experts examined the dam on Friday.")
    assert actor_with(actors, "Outside experts") is not None


def test_counted_people_marching_in_a_capital_are_of_its_state(run):
    actors = run("Thousands of people marched in Lisbon on Sunday against the pension reform.")
    people = actor_with(actors, "people")
    assert people is not None and people.country == "PRT"


def test_a_crowd_marching_through_the_capital_is_of_the_article_state(run):
    actors = run("Greek dockworkers stopped work at dawn. Tens of thousands marched through the capital "
                 "by noon.")
    crowd = actor_with(actors, "Tens of thousands")
    assert crowd is not None and crowd.country == "GRC"


def test_the_capital_of_no_leading_state_gives_a_crowd_no_state(run):
    actors = run("Greek and Turkish unions called a strike. Thousands marched through the capital.")
    crowd = actor_with(actors, "Thousands")
    assert crowd is not None and crowd.country is None


def test_a_mixed_case_dateline_is_no_government_mention(run):
    actors = run("Accra, Ghana - Hundreds of nurses went on strike on Monday over unpaid wages.")
    assert actor_with(actors, "Accra") is None


def test_a_town_and_state_list_opening_a_sentence_is_no_dateline(run):
    actors = run("Paris, Madrid and Rome said on Monday they would fund the plan.")
    assert actor_with(actors, "Paris") is not None


def test_a_generals_men_are_his_states_military(run):
    actors = run("General Tomas Ilve, the Estonian army commander, said his men had secured the depot.")
    men = actor_with(actors, "his men")
    assert men is not None and men.kind == "military" and men.country == "EST" and men.sector == "MIL"


def test_a_general_of_no_known_state_still_leads_soldiers(run):
    actors = run("General Tomas Ilve told reporters that his troops had secured the depot.")
    troops = actor_with(actors, "his troops")
    assert troops is not None and troops.kind == "military" and troops.sector == "MIL"


def test_a_civilians_men_stay_civilians(run):
    actors = run("The shopkeeper Tomas Ilve said his men had closed the depot early.")
    men = actor_with(actors, "his men")
    assert men is not None and men.kind != "military"
