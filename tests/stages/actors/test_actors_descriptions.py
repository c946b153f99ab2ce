"""actors: descriptive phrases that refer back to a named actor ("the Chilean leader", "the state broadcaster RTV")
join that actor instead of becoming actors of their own."""

from __future__ import annotations

import pytest

from eventwire.document import Article

from ..stage_helpers import actor_of


@pytest.fixture(scope="module")
def run(pipeline_factory):
    pipeline = pipeline_factory("actors")
    return lambda text: pipeline.analyse(Article(text=text))


@pytest.mark.parametrize("text, name, phrase", [
    ("Chilean President Gabriel Boric flew to Lima on Sunday. The Chilean leader met business owners there.",
     "Gabriel Boric", "The Chilean leader"),
    ("Indian Prime Minister Narendra Modi opened a bridge. Later the Indian leader addressed farmers.",
     "Narendra Modi", "the Indian leader"),
    ("Turkish Foreign Minister Hakan Fidan landed in Doha. The Turkish foreign minister then met Qatari officials.",
     "Hakan Fidan", "The Turkish foreign minister"),
])
def test_a_country_adjective_and_a_title_join_the_person_of_that_country(run, text, name, phrase):
    analysis = run(text)
    person, described = actor_of(analysis, name), actor_of(analysis, phrase)
    assert person is not None and described is not None and person.id == described.id


def test_the_country_adjective_picks_among_two_leaders(run):
    analysis = run("Polish President Andrzej Duda and Czech President Petr Pavel met in Prague. "
                   "The Polish leader praised the host.")
    assert actor_of(analysis, "The Polish leader").id == actor_of(analysis, "Andrzej Duda").id


def test_a_deputy_does_not_take_the_minister_s_title(run):
    # "Deputy Foreign Minister" is another office: the foreign minister named later is someone else
    analysis = run("Greek Deputy Foreign Minister Alexandra Papadopoulou spoke first. "
                   "The Greek foreign minister arrived an hour later.")
    assert actor_of(analysis, "The Greek foreign minister").id != actor_of(analysis, "Alexandra Papadopoulou").id


def test_a_leader_phrase_of_another_country_stays_apart(run):
    analysis = run("Kenyan President William Ruto visited Kampala. The Ugandan leader welcomed him at the airport.")
    assert actor_of(analysis, "The Ugandan leader").id != actor_of(analysis, "William Ruto").id


@pytest.mark.parametrize("text, name, phrase, kind", [
    ("Protesters marched on parliament, the state broadcaster RTS reported.", "RTS", "the state broadcaster", "media"),
    ("The separatist group Velmora Front claimed the bombing of a rail line.", "Velmora Front",
     "The separatist group", None),
    ("Velmora Front, the separatist group behind the bombing, issued a statement.", "Velmora Front",
     "the separatist group", None),
    ("Yonhap, the South Korean news agency, said the launch failed.", "Yonhap", "the South Korean news agency", "media"),
])
def test_a_phrase_in_apposition_to_a_body_s_name_is_that_body(run, text, name, phrase, kind):
    analysis = run(text)
    body, described = actor_of(analysis, name), actor_of(analysis, phrase)
    assert body is not None and described is not None and body.id == described.id
    assert body.name == name
    if kind:
        assert body.kind == kind


def test_its_soldiers_of_an_army_are_that_army(run):
    analysis = run("The Malian army said its soldiers had cleared the road to Gao.")
    assert actor_of(analysis, "its soldiers").id == actor_of(analysis, "The Malian army").id


def test_its_troops_of_a_state_are_that_state_s_military(run):
    analysis = run("Chile said its troops had reached the flooded towns. Chilean troops handed out water.")
    troops = actor_of(analysis, "its troops")
    assert troops.country == "CHL" and troops.kind == "military"
    assert troops.id == actor_of(analysis, "Chilean troops").id


def test_their_fighters_of_two_coordinated_states_stay_unowned(run):
    analysis = run("Chile and Peru said their troops would patrol the border together.")
    assert actor_of(analysis, "their troops").country is None


def test_a_group_keeps_its_name_when_joined_by_a_possessive_phrase(run):
    analysis = run("Insurgents said their fighters had seized two trucks.")
    assert actor_of(analysis, "their fighters").name == "Insurgents"


@pytest.mark.parametrize("text, owner, phrase", [
    ("Norway settled its quarrel with its Nordic partners.", "Norway", "its Nordic partners"),
    ("The militia said its allies had shelled the airport.", "The militia", "its allies"),
])
def test_a_group_named_by_its_relation_to_the_owner_is_another_group(run, text, owner, phrase):
    analysis = run(text)
    assert actor_of(analysis, phrase).id != actor_of(analysis, owner).id


@pytest.mark.parametrize("text, phrase, name", [
    ("Officers said the driver, identified as 52-year-old Pavel Dorn of Eastfield, fled on foot.", "the driver",
     "Pavel Dorn"),
    ("The victim was named as Ines Varga, a nurse at the clinic.", "The victim", "Ines Varga"),
    ("The gunman was identified as Ray Tolliver by state police.", "The gunman", "Ray Tolliver"),
])
def test_a_person_identified_as_a_name_is_that_named_person(run, text, phrase, name):
    analysis = run(text)
    described, person = actor_of(analysis, phrase), actor_of(analysis, name)
    assert described is not None and person is not None and described.id == person.id
    assert person.kind == "person"


def test_a_company_identified_as_a_name_is_left_alone(run):
    analysis = run("The contractor, identified as Brightline Haulage, denied any wrongdoing.")
    assert actor_of(analysis, "The contractor").id != actor_of(analysis, "Brightline Haulage").id


def pronoun_actor(analysis, context: str):
    """The actor of the pronoun that opens the first occurrence of `context`, or None."""
    start = analysis.text.index(context)
    return next((a for a in analysis.actors for m in a.mentions if m.start == start), None)


def test_he_inside_a_quotation_is_not_its_speaker(run):
    analysis = run('Sheriff Tom Alder said a deputy found the van. "He had been driving all night," Alder said.')
    he = pronoun_actor(analysis, "He had")
    assert he is None or he.id != actor_of(analysis, "Sheriff Tom Alder").id


def test_he_after_the_quotation_is_still_its_speaker(run):
    analysis = run('Sheriff Tom Alder visited the scene. "We will find them," Alder said. He left at noon.')
    assert pronoun_actor(analysis, "He left").id == actor_of(analysis, "Sheriff Tom Alder").id


def test_the_army_refers_back_to_the_one_state_force_named_before(run):
    analysis = run("Chadian troops crossed the river at dawn. The army said the crossing was unopposed.")
    assert actor_of(analysis, "The army").id == actor_of(analysis, "Chadian troops").id


def test_the_army_after_two_states_forces_joins_neither(run):
    analysis = run("Chadian troops and Nigerien troops met at the river. The army said the meeting was brief.")
    army = actor_of(analysis, "The army")
    assert army.id not in {actor_of(analysis, "Chadian troops").id, actor_of(analysis, "Nigerien troops").id}


@pytest.mark.parametrize("text, name, phrase", [
    # the tagger found the name but the parser hung it apart from the phrase: one actor, not a body and an "other"
    ("Norland's state news agency NONA quoted the governor as saying the army had repelled the attack.", "NONA",
     "Norland's state news agency"),
    # the tagger missed the letters altogether: they still name the agency the phrase describes
    ("Ruritania's state news agency RUNA quoted the governor as saying the army had repelled the attack.", "RUNA",
     "Ruritania's state news agency"),
])
def test_a_name_right_after_its_description_is_the_same_body_of_the_phrase_s_kind(run, text, name, phrase):
    analysis = run(text)
    body, described = actor_of(analysis, name), actor_of(analysis, phrase)
    assert body is not None and described is not None and body.id == described.id
    assert body.name == name and body.kind == "media"
    assert body.description == phrase
    assert len(analysis.actors) == 3  # the agency, the governor, the army


def test_a_body_s_letters_the_parser_made_head_of_the_phrase_name_that_body(run):
    analysis = run("Chad's state news agency TUNA quoted the governor as saying the army had repelled the attack.")
    agency = actor_of(analysis, "TUNA")
    assert agency is not None and agency.kind == "media" and agency.country == "TCD"


def test_a_name_opening_a_clause_on_the_phrase_stays_its_own_actor(run):
    analysis = run("The border ministry Velmora Front controls said ten people had crossed.")
    front, ministry = actor_of(analysis, "Velmora Front"), actor_of(analysis, "The border ministry")
    assert front is None or ministry is None or front.id != ministry.id


def test_a_name_whose_own_compounds_say_it_is_a_broadcaster_is_media(run):
    # the parser hangs "state television" on the name as compounds, so no separate phrase precedes it
    analysis = run("Troops fired on the crowd, state television ORTM reported.")
    broadcaster = actor_of(analysis, "ORTM")
    assert broadcaster is not None and broadcaster.kind == "media"
