"""places stage, place_for: a clause beside the event's that tells a scene of its own keeps its place; what a
participle says of where a thing lies places an act on it; a country naming whose a party is yields to the dateline
town inside it (invented sentences)."""

from __future__ import annotations

import pytest

from eventwire.document import Article
from ..stage_helpers import event_place_at, place_ids_by_text



@pytest.fixture(scope="module")
def actors_places(pipeline_factory):
    pipeline = pipeline_factory("actors", "places")
    return lambda text: pipeline.analyse(Article(text=text))


def test_a_while_clause_with_its_own_subject_keeps_its_place(places):
    text = ("ACCRA (Reuters) - The police said they had arrested nine smugglers at the port, while rebel fighters "
            "burned a school in Tamale on Friday.")
    a = places(text)
    assert event_place_at(a, text, "arrested")[0] != place_ids_by_text(a)["Tamale"]
    assert event_place_at(a, text, "burned") == (place_ids_by_text(a)["Tamale"], "clause")


def test_a_headline_as_clause_misread_as_a_noun_keeps_its_place(places):
    text = "Army retakes airport as militia shells Goma market\n\nKINSHASA (Reuters) - Fighting went on all day."
    a = places(text)
    assert event_place_at(a, text, "retakes") == (place_ids_by_text(a)["KINSHASA"], "dateline")


def test_the_towns_a_bridge_links_say_where_it_was_taken(places):
    text = ("Rebels said on Monday they had captured a bridge linking Goma and Gisenyi, while the army shelled a "
            "camp in Bukavu.")
    a = places(text)
    ids = place_ids_by_text(a)
    pid, rule = event_place_at(a, text, "captured")
    assert rule == "clause" and pid in (ids["Goma"], ids["Gisenyi"])


def test_a_country_naming_whose_army_yields_to_the_dateline_town(actors_places):
    text = "Sudan's army destroys rebel depot\n\nKHARTOUM (Reuters) - Fighting went on all day."
    a = actors_places(text)
    assert event_place_at(a, text, "destroys") == (place_ids_by_text(a)["KHARTOUM"], "dateline")


def test_the_act_a_directive_asks_for_does_not_place_the_asking(places):
    text = "NAIROBI (Reuters) - The African Union envoy urged both factions to resume talks in Arusha on Friday."
    a = places(text)
    ids = place_ids_by_text(a)
    assert event_place_at(a, text, "urged") == (ids["NAIROBI"], "dateline")
    assert event_place_at(a, text, "resume") == (ids["Arusha"], "clause")


def test_the_earlier_round_of_talks_is_where_those_talks_were(places):
    text = ("NAIROBI (Reuters) - Both factions walked out of talks in Arusha last month. Norway, which chaired the "
            "previous round, said it would try again.")
    a = places(text)
    assert event_place_at(a, text, "chaired") == (place_ids_by_text(a)["Arusha"], "anaphor")


def test_people_stationed_somewhere_place_a_visit_to_them(places):
    text = "PARIS (Reuters) - The defence minister on Friday visited soldiers stationed in Abidjan, her office said."
    a = places(text)
    assert event_place_at(a, text, "visited") == (place_ids_by_text(a)["Abidjan"], "clause")


@pytest.mark.parametrize("text,trigger,dateline", [
    # where the reporter was speaking is not where the reported act was
    ("NAIROBI (Reuters) - Speaking at a summit in Brussels, the minister said the army had arrested 40 "
     "smugglers on Monday.",
     "arrested", "NAIROBI"),
    # a capital after with is the government dealt with
    ("BANGKOK (Reuters) - Thailand said it would lodge a protest with Hanoi over the seizure of a trawler.",
     "lodge", "BANGKOK"),
    # an appositive saying who the subject is does not place its act
    ("OTTAWA (Reuters) - Canada, a close partner of Mexico, condemned the missile launch on Friday.",
     "condemned", "OTTAWA"),
    # the subject a reporting verb shares with its conjunct reports
    ("PHNOM PENH (Reuters) - Laos's army denied the report and said Thai soldiers had opened fire first on "
     "Tuesday.",
     "opened", "PHNOM PENH"),
    # the country an embassy belongs to is not where it stands
    ("ATHENS (Reuters) - Hundreds of students marched on the US embassy on Friday to protest against the war.",
     "marched", "ATHENS"),
])
def test_a_place_of_the_report_or_of_a_party_leaves_the_act_on_the_dateline(places, text, trigger, dateline):
    a = places(text)
    assert event_place_at(a, text, trigger) == (place_ids_by_text(a)[dateline], "dateline")


def test_the_country_of_an_envoy_summoned_is_not_where_he_was_summoned(actors_places):
    text = "MANILA (Reuters) - The foreign ministry summoned Vietnam's ambassador on Monday over the collision."
    a = actors_places(text)
    assert event_place_at(a, text, "summoned") == (place_ids_by_text(a)["MANILA"], "dateline")


def test_the_country_a_lender_gives_to_is_a_party_not_the_place(places):
    text = "NAIROBI (Reuters) - The bank agreed on Monday to lend Zambia $300 million for new roads."
    a = places(text)
    assert event_place_at(a, text, "lend") == (place_ids_by_text(a)["NAIROBI"], "dateline")


def test_the_area_does_not_refer_to_where_the_reporter_spoke(places):
    text = ("DAKAR (Reuters) - Gunmen raided a market in Djibo on Friday. Speaking in Ouagadougou on Saturday, the "
            "minister said troops had been sent to the area.")
    a = places(text)
    assert event_place_at(a, text, "sent") == (place_ids_by_text(a)["Djibo"], "anaphor")


@pytest.mark.parametrize(("text", "trigger", "target"), [
    ("NAIROBI (Reuters) - The European Union on Friday approved new sanctions against Moscow.", "approved", "Moscow"),
    ("NAIROBI (Reuters) - Washington imposed fresh tariffs on China on Monday.", "imposed", "China"),
    ("NAIROBI (Reuters) - The council extended its arms embargo on Libya for a year.", "extended", "Libya"),
])
def test_the_state_a_measure_targets_is_no_place_of_the_measure(actors_places, text, trigger, target):
    a = actors_places(text)
    ids = place_ids_by_text(a)
    assert event_place_at(a, text, trigger) == (ids["NAIROBI"], "dateline")
    assert target in ids  # still a place mention: only the event's location changes


def test_an_attack_on_a_state_still_happens_there(places):
    text = "NAIROBI (Reuters) - Russia launched a missile attack on Ukraine overnight."
    a = places(text)
    assert event_place_at(a, text, "attack")[0] == place_ids_by_text(a)["Ukraine"]
