"""actors stage, lead probes of session 16 (invented sentences): a phrase for a body of states ("the regional
bloc", "a security alliance") is an IGO, and names the body whose name follows it."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, name", [
    ("The African Union and the regional bloc IGAD condemned the coup in Juba.", "IGAD"),
    ("The United Nations and the regional bloc SADC urged both sides to talk.", "SADC"),
])
def test_a_phrase_for_a_body_of_states_joins_the_name_after_it(run, text, name):
    actors = run(text)
    body = next(a for a in actors if a.name == name)
    assert body.kind == "igo"
    assert "the regional bloc" in [m.text for m in body.mentions]
    assert not [a for a in actors if a is not body and "bloc" in a.name]


@pytest.mark.parametrize("text", [
    "The regional bloc said it would send observers to the vote.",
    "A continental body suspended the country's membership.",
])
def test_an_unnamed_body_of_states_is_an_igo(run, text):
    assert run(text)[0].kind == "igo"


@pytest.mark.parametrize("text, kind", [
    ("The opposition bloc walked out of parliament.", "political_party"),
    ("A rebel alliance seized the border crossing.", "armed_group"),
])
def test_party_and_rebel_blocs_keep_their_kinds(run, text, kind):
    assert run(text)[0].kind == kind



@pytest.mark.parametrize("text, body", [
    # a body's initials ending in S (tagged as a plural) are one body, the speaker "it" stands for
    ("ECOWAS said it would send a delegation to Niamey on Monday and warned that it could close its borders.",
     "ECOWAS"),
    ("COMESA said it had sent a delegation to Lusaka, and it would report back next week.", "COMESA"),
])
def test_initials_ending_in_s_are_one_body_for_it(full_pipeline, text, body):
    from eventwire.document import Article

    actors = full_pipeline.analyse(Article(text=text)).actors
    named = next(a for a in actors if a.name == body)
    assert "it" in [m.text for m in named.mentions]
    assert not [a for a in actors if "it" in [m.text for m in a.mentions] and a is not named]


@pytest.mark.parametrize("text, body, anaphor", [
    ("Oxfam called for an inquiry into the camps. The group said the tents were overcrowded.", "Oxfam",
     "The group"),
    ("Amnesty International urged restraint in Lome. The organisation said 12 students were detained.",
     "Amnesty International", "The organisation"),
])
def test_the_group_after_a_rights_group_is_that_group(run, text, body, anaphor):
    actors = run(text)
    named = next(a for a in actors if a.name == body)
    assert anaphor in [m.text for m in named.mentions]


def test_the_group_between_an_armed_group_and_a_rights_group_stays_open(run):
    actors = run("Militants raided a clinic near Bama. Human Rights Watch condemned the raid. The group said "
                 "nurses were beaten.")
    rights = next(a for a in actors if a.name == "Human Rights Watch")
    militants = next(a for a in actors if a.name == "Militants")
    assert "The group" not in [m.text for m in militants.mentions]
    assert rights.kind == "ngo"


@pytest.mark.parametrize("text, anaphor, same", [
    ("LIMA, May 4 (AP) - Nine inmates died, the prison agency INPEC said. The government promised an inquiry.",
     "The government", False),
    ("LIMA, May 4 (AP) - Nine inmates died, the prison agency INPEC said. The agency promised an inquiry.",
     "The agency", True),
])
def test_a_bare_government_is_no_agency_named_by_initials(run, text, anaphor, same):
    actors = run(text)
    agency = next(a for a in actors if a.name == "INPEC")
    assert (anaphor in [m.text for m in agency.mentions]) is same


@pytest.mark.parametrize("text, name", [
    ("Riots broke out on Sunday at the Pavarno penitentiary when inmates seized a wing.", "Pavarno"),
    ("Four patients died at the Kilemba hospital after the power failed.", "Kilemba"),
])
def test_the_name_of_a_prison_or_hospital_is_no_actor(run, text, name):
    assert not [a for a in run(text) if a.name == name]


def test_a_body_named_before_its_people_is_still_an_actor(run):
    assert [a for a in run("Varsk Group fighters stormed the Pavarno penitentiary.") if "Varsk" in a.name]


@pytest.mark.parametrize("text, name, nominal", [
    ("The militia, which calls itself the Valley Defence Brigade, denied the claim.", "Valley Defence Brigade",
     "The militia"),
    ("Soldiers who call themselves the Movement for Renewal seized the radio station.", "Movement for Renewal",
     "Soldiers"),
])
def test_a_group_that_names_itself_is_the_named_body(run, text, name, nominal):
    actors = run(text)
    body = next(a for a in actors if a.name == name)
    assert nominal in [m.text for m in body.mentions]
    assert len(actors) == len({a.id for a in actors}) and not [a for a in actors if a.name == nominal.split()[-1]]


def test_a_group_called_by_others_is_not_renamed(run):
    actors = run("Soldiers loyal to the general called the Movement for Renewal a gang of thieves.")
    assert not [a for a in actors if a.name == "Movement for Renewal" and "Soldiers" in [m.text for m in a.mentions]]


@pytest.mark.parametrize("text, name, sector", [
    ("The Nepal Garment Workers Federation said police had opened fire.", "Nepal Garment Workers Federation", "LAB"),
    ("The Ghana Manufacturers Association said losses were mounting.", "Ghana Manufacturers Association", "BUS"),
    ("The Mombasa Chamber of Commerce urged calm.", "Mombasa Chamber of Commerce", "BUS"),
])
def test_workers_federations_are_labour_and_trade_associations_business(run, text, name, sector):
    body = next(a for a in run(text) if a.name == name)
    assert body.sector == sector


@pytest.fixture(scope="module")
def run_with_places(pipeline_factory):
    from eventwire.document import Article

    pipeline = pipeline_factory("actors", "places")
    return lambda text: pipeline.analyse(Article(text=text, published="2026-11-20")).actors


@pytest.mark.parametrize("text, state", [
    ("GENEVA, Nov 20 (Reuters) - The U.N. Human Rights Council on Friday ordered an inquiry into abuses in Burundi. "
     "The government rejected the resolution as biased.", "BDI"),
    ("NEW YORK, Nov 20 (Reuters) - The Security Council discussed the crisis in Haiti on Friday. The government "
     "asked for more police.", "HTI"),
])
def test_a_report_from_a_seat_of_bodies_about_another_state_is_about_that_state(run_with_places, text, state):
    government = next(a for a in run_with_places(text) if "The government" in [m.text for m in a.mentions])
    assert government.country == state


def test_a_report_from_geneva_about_switzerland_keeps_its_government(run_with_places):
    actors = run_with_places("GENEVA, Nov 20 (Reuters) - Swiss voters backed a new tax. The government welcomed it.")
    assert next(a for a in actors if "The government" in [m.text for m in a.mentions]).country == "CHE"


def test_a_un_body_written_with_dotted_initials_is_that_body(run):
    body = run("The U.N. Human Rights Council voted on the text.")[0]
    assert body.kind == "igo"
