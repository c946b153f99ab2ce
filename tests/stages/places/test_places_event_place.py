"""places stage, place_for: which of the places a clause or sentence names is where its event happened."""

from __future__ import annotations

import pytest

from eventwire.document import Article
from ..stage_helpers import event_place_at, place_ids_by_text



def test_a_town_wins_over_the_country_it_lies_in_within_one_clause(places):
    text = "LUSAKA, Zambia (Reuters) - Across the border in Malawi, soldiers detained 30 miners in Mzuzu on Tuesday."
    a = places(text)
    assert event_place_at(a, text, "detained") == (place_ids_by_text(a)["Mzuzu"], "clause")


def test_a_town_wins_over_its_state_named_as_its_container(places):
    text = "In Tucson, Arizona, deputies detained a driver on Monday after a chase."
    a = places(text)
    assert event_place_at(a, text, "detained") == (place_ids_by_text(a)["Tucson"], "clause")


def test_a_town_of_another_country_does_not_replace_the_country(places):
    # Aden is no town of Oman: the finer place must lie inside the coarser one to replace it
    text = "Fishermen from Aden were detained in Oman on Sunday."
    a = places(text)
    pid, rule = event_place_at(a, text, "detained")
    assert rule == "clause" and pid == place_ids_by_text(a)["Oman"]


def test_the_agent_country_is_not_where_it_strikes(places):
    text = "Ethiopia bombed rebel positions in Eritrea on Thursday, officials said."
    a = places(text)
    assert event_place_at(a, text, "bombed") == (place_ids_by_text(a)["Eritrea"], "clause")


@pytest.fixture(scope="module")
def actors_places(pipeline_factory):
    pipeline = pipeline_factory("actors", "places")
    return lambda text: pipeline.analyse(Article(text=text))


def test_a_country_modifying_an_actors_noun_is_not_where_the_event_is(actors_places):
    text = "U.S. warships fired on two fishing boats near Aden late on Friday."
    a = actors_places(text)
    assert event_place_at(a, text, "fired") == (place_ids_by_text(a)["Aden"], "clause")


def test_a_town_modifying_the_events_own_noun_is_where_it_was(actors_places):
    text = "Marchers at a Lisbon rally against austerity cheered a speech about Greece on Sunday."
    a = actors_places(text)
    assert event_place_at(a, text, "rally") == (place_ids_by_text(a)["Lisbon"], "clause")


def test_a_reference_point_after_a_direction_is_not_where_the_event_is(places):
    text = "A roadside bomb hit a bus in Charikar, some 60 km north of Kabul, killing nine passengers."
    a = places(text)
    assert event_place_at(a, text, "killing")[0] == place_ids_by_text(a)["Charikar"]


def test_a_neighbourhood_named_before_its_kind_noun_keeps_its_place(places):
    text = "Two men were wounded in the Astoria neighborhood of Queens on Friday night."
    a = places(text)
    assert event_place_at(a, text, "wounded") == (place_ids_by_text(a)["Astoria"], "clause")


def test_the_speakers_own_place_is_not_the_reported_events(places):
    text = ("REYKJAVIK, Iceland - Ilse Marten, a seismologist at an institute in Potsdam, said the tremor had "
            "shaken farmhouses overnight.")
    a = places(text)
    assert event_place_at(a, text, "shaken") == (place_ids_by_text(a)["REYKJAVIK"], "dateline")


def test_where_the_words_were_spoken_is_not_the_reported_events(places):
    text = "OSLO (Reuters) - The minister told reporters in Bergen that storms had flooded dozens of farms."
    a = places(text)
    assert event_place_at(a, text, "flooded") == (place_ids_by_text(a)["OSLO"], "dateline")


def test_a_place_fronted_before_the_speaker_still_places_the_report(places):
    text = "OSLO (Reuters) - In Tromso, police said a fishing boat had sunk overnight."
    a = places(text)
    assert event_place_at(a, text, "sunk") == (place_ids_by_text(a)["Tromso"], "sentence")


def test_a_country_that_is_a_party_to_the_event_is_not_where_it_happened(places):
    text = "BOGOTA (Reuters) - The president signed a trade pact with Peru and pledged aid for Ecuador on Monday."
    a = places(text)
    assert event_place_at(a, text, "signed") == (place_ids_by_text(a)["BOGOTA"], "dateline")
    assert event_place_at(a, text, "pledged") == (place_ids_by_text(a)["BOGOTA"], "dateline")


def test_a_country_troops_are_sent_to_stays_the_events_place(places):
    text = "PARIS (Reuters) - The government sent 300 soldiers to Mali on Tuesday."
    a = places(text)
    assert event_place_at(a, text, "sent") == (place_ids_by_text(a)["Mali"], "clause")


def test_a_dateline_after_a_headline_run_into_the_text_places_the_report(places):
    text = ("Storm floods farms near Galle. KANDY, Sri Lanka (AP) - Rescuers evacuated hundreds of families on "
            "Monday as rivers rose.")
    a = places(text)
    ids = place_ids_by_text(a)
    assert event_place_at(a, text, "evacuated") == (ids["KANDY"], "dateline")
    assert event_place_at(a, text, "floods") == (ids["Galle"], "clause")  # the headline keeps its own place


def test_a_country_that_is_the_object_of_a_verb_of_address_or_sale_is_not_where_it_happened(places):
    text = "OTTAWA (Reuters) - The foreign minister urged Peru to free the sailors and agreed to sell Chile two frigates."
    a = places(text)
    ids = place_ids_by_text(a)
    assert event_place_at(a, text, "urged") == (ids["OTTAWA"], "dateline")
    assert event_place_at(a, text, "sell") == (ids["OTTAWA"], "dateline")


def test_a_country_that_is_the_object_of_an_attack_stays_the_events_place(places):
    text = "OTTAWA (Reuters) - Warplanes bombed Yemen overnight, officials said."
    a = places(text)
    assert event_place_at(a, text, "bombed") == (place_ids_by_text(a)["Yemen"], "clause")


def test_an_organisation_that_acts_is_not_where_its_act_happened(pipeline_factory):
    # the gazetteer keeps the bloc as a region; the dateline says where the statement was made
    pipeline = pipeline_factory("actors", "places")
    text = "OSLO, Norway (AP) - The European Union called for the release of the two sailors on Friday."
    a = pipeline.analyse(Article(text=text))
    assert event_place_at(a, text, "called") == (place_ids_by_text(a)["OSLO"], "dateline")


def test_a_country_hyphenated_to_a_backing_word_is_not_where_the_event_is(places):
    # "the Iran-aligned Houthis": the spaCy name is relabelled as a backer, which says nothing of where
    text = "Government troops have fought the Iran-aligned rebels since 2015."
    a = places(text)
    assert "Iran" in place_ids_by_text(a)  # still a place of the record
    assert event_place_at(a, text, "fought")[1] != "clause"
    assert event_place_at(a, text, "fought")[0] != place_ids_by_text(a)["Iran"]


@pytest.fixture(scope="module")
def parsed_places(pipeline_factory):
    # (the full parse: the clause of an event is read off the parts of speech the events stage needs)
    pipeline = pipeline_factory("actors", "places", "times", "events")
    return lambda text: pipeline.analyse(Article(text=text))


def test_a_conjunct_with_its_own_subject_takes_no_place_from_the_other_conjunct(parsed_places):
    text = "Negotiations in Lisbon broke down in May, and the government has threatened tariffs on exporters."
    a = parsed_places(text)
    # (the document's focus, the one place it names, is still the fallback)
    assert event_place_at(a, text, "threatened")[1] not in ("clause", "sentence")



def test_a_passives_by_agent_country_is_not_where_the_event_is(places):
    # the drones were launched by Russia; where they were shot down is the dateline's city
    text = "KYIV (Reuters) - Air defences shot down 30 drones launched by Russia overnight."
    a = places(text)
    assert event_place_at(a, text, "shot")[0] == place_ids_by_text(a)["KYIV"]


def test_a_clause_nested_before_the_main_clause_ends_keeps_its_place(places):
    # the "after" clause has its own event: its town does not replace the main clause's own place, though the
    # main clause goes on after it (its full stop), and the town lies in the main clause's country
    text = "Navy ships shelled positions in Libya after gunmen attacked a ferry at Misrata."
    a = places(text)
    ids = place_ids_by_text(a)
    assert event_place_at(a, text, "shelled") == (ids["Libya"], "clause")
    assert event_place_at(a, text, "attacked") == (ids["Misrata"], "clause")


def test_a_town_visited_is_where_the_visit_was(places):
    text = "NAIROBI, Kenya (Reuters) - The special envoy visited Juba on Wednesday."
    a = places(text)
    assert "Juba" in place_ids_by_text(a)
    assert event_place_at(a, text, "visited") == (place_ids_by_text(a)["Juba"], "clause")


# ------------------------------------------------- the "document" fallback: no more precise than the text


def _document_place(a, text: str, word: str):
    pid, rule = event_place_at(a, text, word)
    assert rule == "document"
    return next(p for p in a.places if p.id == pid)


def test_a_town_named_once_is_not_where_the_articles_other_events_happened(places):
    # Regression: the one town named (where the homes burned) placed the minister's visit and the ban too
    text = ("Rioters set fire to shops in the town of Kasese on Sunday. The minister visited the wounded. "
            "Officials banned all rallies for a month.")
    a = places(text)
    assert event_place_at(a, text, "set fire")[0] == place_ids_by_text(a)["Kasese"]
    for word in ("visited", "banned"):
        place = _document_place(a, text, word)
        # the town's country, which the text leaves unnamed: a place of the record without a mention
        assert place.feature == "country" and place.country == "UGA" and place.mentions == []


def test_a_town_named_once_stands_back_for_its_named_country(places):
    text = "Rioters set fire to shops in Kasese, Uganda, on Sunday. The minister visited the wounded."
    a = places(text)
    assert event_place_at(a, text, "visited") == (place_ids_by_text(a)["Uganda"], "document")


def test_a_town_named_once_stands_back_for_its_named_province(places):
    text = ("Rioters set fire to shops in Kasese on Sunday. Leaders in Western Region blamed the police. "
            "The minister visited the wounded.")
    a = places(text)
    place = _document_place(a, text, "visited")
    assert place.feature == "admin1" and place.country == "UGA"


def test_a_foreign_capital_named_once_gives_way_to_the_region_the_report_is_about(places):
    # Regression: a speaker's seat named once ("Moscow said") placed the report's unplaced events in Russia
    text = ("Rebels shelled army posts in Idlib province on Monday. Moscow said the truce in the province still "
            "held. Syrian government forces retaliated overnight.")
    a = places(text)
    assert event_place_at(a, text, "retaliated") == (place_ids_by_text(a)["Idlib"], "document")


def test_a_town_named_twice_is_the_articles_place(places):
    text = ("Rioters set fire to shops in Kasese on Sunday. Traders in Kasese counted their losses. "
            "The minister visited the wounded.")
    a = places(text)
    assert event_place_at(a, text, "visited") == (place_ids_by_text(a)["Kasese"], "document")


def test_a_town_in_the_headline_is_the_articles_place(pipeline_factory):
    title = "Shops burn in Kasese"
    text = title + "\n\nRioters set fire to shops on Sunday. The minister visited the wounded."
    a = pipeline_factory("places").analyse(Article(text=text, title=title))
    assert event_place_at(a, text, "visited") == (place_ids_by_text(a)["Kasese"], "document")


def test_a_dateline_still_places_the_events_that_name_no_place(places):
    text = ("KAMPALA, Uganda (Reuters) - Rioters set fire to shops in Kasese on Sunday. "
            "The minister visited the wounded.")
    a = places(text)
    assert event_place_at(a, text, "visited") == (place_ids_by_text(a)["KAMPALA"], "dateline")


def test_event_focus_entry_keeps_a_settlement_only_when_the_text_vouches_for_it():
    from eventwire.knowledge.gazetteer import Entry
    from eventwire.stages.places.resolve import event_focus_entry

    def entry(pid, name, feature, country, admin1_id=None):
        return Entry(pid, pid, name, feature, "PPL", country, None, None, admin1_id, None, 0.0, 0.0, 1000)

    town, province, country = entry(1, "Town", "city", "UG", 2), entry(2, "Region", "admin1", "UG"), \
        entry(3, "Uganda", "country", "UG")
    assert event_focus_entry([town]) is None  # (the caller takes the unnamed country)
    assert event_focus_entry([town, country]) == country
    assert event_focus_entry([town, country, province]) == province
    assert event_focus_entry([town, country, town]) == town
    assert event_focus_entry([town, country], headline=[town]) == town
    assert event_focus_entry([province]) == province and event_focus_entry([None]) is None


def test_a_town_in_a_headline_kept_apart_from_the_text_is_the_articles_place(pipeline_factory):
    # (a JSONL article carries its headline in `title`, outside `text`)
    text = "Rioters set fire to shops in Kasese on Sunday. The minister visited the wounded."
    a = pipeline_factory("places").analyse(Article(text=text, title="Kasese traders count losses after riot"))
    assert event_place_at(a, text, "visited") == (place_ids_by_text(a)["Kasese"], "document")
    a = pipeline_factory("places").analyse(Article(text=text, title="Traders count losses after riot"))
    assert event_place_at(a, text, "visited")[0] != place_ids_by_text(a)["Kasese"]
