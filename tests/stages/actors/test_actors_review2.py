"""actors: second review of real-article actors — whose spokesperson, named hospitals and schools, streets."""

from __future__ import annotations

import pytest

from eventwire.document import Article

from ..stage_helpers import actor_of


@pytest.fixture(scope="module")
def run(pipeline_factory):
    pipeline = pipeline_factory("actors")
    return lambda text: pipeline.analyse(Article(text=text))


def test_a_spokesperson_for_a_named_kind_of_body_is_of_that_bodys_sector(run):
    analysis = run("Nurses walked out on Monday, a spokesman for the nurses' union said. "
                   "A hospital spokeswoman said patients would still be seen.")
    assert actor_of(analysis, "spokesman").sector == "LAB"
    assert actor_of(analysis, "hospital spokeswoman").sector == "MED"


def test_a_named_spokesperson_takes_the_sector_of_the_firm_named_in_the_apposition(run):
    analysis = run("Marta Quillan, a spokeswoman for Brindle Motors Inc., said the carmaker would not comment.")
    quillan = actor_of(analysis, "Marta Quillan")
    assert quillan.kind == "person" and quillan.sector == "BUS"


def test_a_spokesperson_for_an_office_holder_or_of_no_named_body_stays_government(run):
    analysis = run("The mayor's spokesman, Kai Lund, declined to comment. A spokeswoman said the talks were over.")
    assert actor_of(analysis, "Kai Lund").sector == "GOV"
    assert actor_of(analysis, "spokeswoman").sector == "GOV"


def test_named_hospitals_and_universities_are_of_the_medical_and_education_sectors(run):
    analysis = run("Two people were taken to Saint Alder Medical Center. Officials at Quellmont University said "
                   "classes would go on.")
    assert actor_of(analysis, "Saint Alder Medical Center").sector == "MED"
    assert actor_of(analysis, "Quellmont University").sector == "EDU"


def test_a_road_the_tagger_takes_for_a_body_is_no_actor(run):
    analysis = run("Crews closed Briar Hollow Road after the crash, deputies said.")
    assert actor_of(analysis, "Briar Hollow Road") is None


def test_courts_judges_police_departments_and_sheriffs_are_of_the_judiciary_and_police_sectors(run):
    analysis = run("The Kestrel County Superior Court on Tuesday cleared a driver, the Dunmore Police Department "
                   "said. Judge Helena Marsh threw out the case, and Sheriff Owen Trask said his deputies would "
                   "appeal. A spokesman for the Kestrel County Sheriff's Office said the car was found.")
    assert actor_of(analysis, "Kestrel County Superior Court").sector == "JUD"
    department = actor_of(analysis, "Dunmore Police Department")
    assert department.kind == "police" and department.sector == "COP"
    assert actor_of(analysis, "Helena Marsh").sector == "JUD"
    assert actor_of(analysis, "Owen Trask").sector == "COP"
    assert actor_of(analysis, "Kestrel County Sheriff's Office").sector == "COP"
    assert actor_of(analysis, "spokesman").sector == "COP"


def test_a_crescent_or_an_abbreviated_street_is_no_actor(run):
    analysis = run("A spokesman said the car was found on Lark Crescent. Witnesses saw it near Pell St. in the "
                   "morning.")
    assert actor_of(analysis, "Lark Crescent") is None
    assert actor_of(analysis, "Pell St.") is None


def test_a_role_phrase_joins_the_name_an_active_naming_verb_or_a_be_gives_it(run):
    analysis = run("Police identified the gunman as Carl Brenner, 41. Officers named the driver as Felix Amory. "
                   "The second suspect was Ivo Kerr, police said.")
    assert actor_of(analysis, "gunman") is actor_of(analysis, "Carl Brenner")
    assert actor_of(analysis, "driver") is actor_of(analysis, "Felix Amory")
    assert actor_of(analysis, "second suspect") is actor_of(analysis, "Ivo Kerr")
    assert actor_of(analysis, "Ivo Kerr").kind == "person"


def test_a_name_modifying_a_weapon_or_weapon_system_noun_is_its_make_not_an_actor(run):
    analysis = run("The army fired Halberd missiles at the drones, and two Vanguard launchers were moved north. "
                   "Halberd batteries guard the port.")
    assert actor_of(analysis, "Halberd") is None
    assert actor_of(analysis, "Vanguard") is None
    assert actor_of(analysis, "Halberd", 1) is None
    assert actor_of(analysis, "army").kind == "military"


def test_a_union_named_by_its_members_trade_is_labour_and_describes_the_name_it_precedes(run):
    analysis = run("The farmers' union KRAVA called a strike on Friday. The teachers' union said it would join.")
    body = actor_of(analysis, "KRAVA")
    assert body.sector == "LAB" and body.description == "farmers' union"
    assert actor_of(analysis, "teachers' union").sector == "LAB"


def test_a_role_in_apposition_describes_the_person_and_the_body_it_names_gives_the_sector(run):
    analysis = run("Dr. Ansel Roy, director of Vessk General Hospital, said the wounded were moved. "
                   "Oren Blay, director of the agency, agreed.")
    roy = actor_of(analysis, "Ansel Roy")
    assert roy.description == "director of Vessk General Hospital" and roy.sector == "MED"
    blay = actor_of(analysis, "Oren Blay")
    assert blay.description == "director of the agency" and blay.sector == "GOV"


def test_health_workers_are_medical_and_teachers_and_students_education(run):
    analysis = run("Doctors at the clinic said two nurses were hurt. Teachers and students marched on Friday.")
    assert actor_of(analysis, "Doctors").sector == "MED"
    assert actor_of(analysis, "two nurses").sector == "MED"
    assert actor_of(analysis, "Teachers").sector == "EDU"
    assert actor_of(analysis, "students").sector == "EDU"
    assert actor_of(analysis, "Doctors").kind == "population"


def test_newspapers_named_globe_are_media_awards_are_no_actors_and_campaign_spokespeople_are_party(run):
    analysis = run("The Carverton Globe won the Hollis Reed Award on Sunday, a campaign spokeswoman said. "
                   "Lena Ostrow, a spokeswoman for the Delmar campaign, declined to comment.")
    assert actor_of(analysis, "Carverton Globe").kind == "media"
    assert actor_of(analysis, "Hollis Reed Award") is None
    assert actor_of(analysis, "campaign spokeswoman").sector == "PTY"
    assert actor_of(analysis, "Lena Ostrow").sector == "PTY"


def test_the_office_holder_a_spokesperson_speaks_for_stays_an_actor_of_their_own(run):
    analysis = run('"We want it fast," said Dana Pryor, a spokeswoman for Idaho Gov. Walt Emmerly. Then it rained.')
    pryor, governor = actor_of(analysis, "Dana Pryor"), actor_of(analysis, "Walt Emmerly")
    assert pryor is not None and governor is not None and pryor.id != governor.id
    assert pryor.description == "a spokeswoman for Idaho Gov. Walt Emmerly"
    assert governor.sector == "GOV" and "spokeswoman" not in (governor.description or "")


def test_a_form_of_address_alone_is_no_description_but_a_real_title_is(run):
    analysis = run("Mr Alden Voss said the plan was dead. Dr. Ines Harrow agreed, and Professor Tobias Lind did not.")
    assert actor_of(analysis, "Alden Voss").description is None
    assert actor_of(analysis, "Ines Harrow").description is None
    assert actor_of(analysis, "Tobias Lind").description == "Professor"
