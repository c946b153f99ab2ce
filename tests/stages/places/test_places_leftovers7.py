"""places: leftovers found by probing invented wire reports (rivers named like the states they cross, ports named
like their countries, an adjective of a region's kind after its name, another name of a town abroad, a town filed
under a parenthesised name) and the general patterns behind them."""

from __future__ import annotations

import pytest

from eventwire.stages.places import resolve_spans

from .. import stage_helpers


_at = stage_helpers.place_at


# ---------------------------------------------------------------- "on the X", "along the X": the river, not the state

@pytest.mark.parametrize("text, name", [
    ("Two fishermen drowned when their boat overturned on the Blue Nile near Sennar, police said.", "Blue Nile"),
    ("Barges carrying grain moved slowly along the White Nile toward Renk on Thursday.", "White Nile"),
    ("Along the Blue Nile, farmers said the water had risen a metre in two days.", "Blue Nile"),
    ("Flash floods along the White Nile forced families in Kosti from their homes.", "White Nile"),
])
def test_name_set_on_a_river_is_the_river(text, name):
    (place,) = resolve_spans(text, stage_helpers.spans_of(text, name))
    assert place is not None and place.feature == "water"


def test_river_and_state_of_one_name_keep_their_own_senses():
    text = "Ferries stopped running on the Blue Nile after the governor of Blue Nile state declared an emergency."
    river, state = resolve_spans(text, stage_helpers.spans_of(text, "Blue Nile", "Blue Nile"))
    assert river is not None and river.feature == "water"
    assert state is not None and (state.feature, state.country) == ("admin1", "SDN")


def test_name_before_a_border_noun_after_along_the_is_no_river():
    text = "Troops massed along the Niger border after the coup, officials in Cotonou said."
    (country,) = resolve_spans(text, stage_helpers.spans_of(text, "Niger"))
    assert country is not None and (country.feature, country.country) == ("country", "NER")


def test_name_modifying_a_noun_after_on_the_is_no_river():
    text = "Donors lifted the freeze on the Blue Nile relief budget on Monday."
    (state,) = resolve_spans(text, stage_helpers.spans_of(text, "Blue Nile"))
    assert state is not None and (state.feature, state.country) == ("admin1", "SDN")


# ---------------------------------------------------------------- "the port of X": the port city, not the country

def test_port_of_a_name_shared_by_city_and_country_is_the_city():
    text = "Container ships idled off the port of Djibouti for a third day as dockers stayed home."
    (port,) = resolve_spans(text, stage_helpers.spans_of(text, "Djibouti"))
    assert port is not None and (port.feature, port.country) == ("city", "DJI")


# ---------------------------------------------------------------- "the X regional capital": X is the region

def test_region_named_before_regional_capital_is_kept(places):
    text = "Convoys were turned back outside the Tigray regional capital on Saturday, aid workers said."
    region = _at(places(text), text, "Tigray")
    assert region is not None and (region.feature, region.country) == ("admin1", "ETH")


# ---------------------------------------------------------------- another name of a town abroad: left unresolved

def test_other_name_of_a_town_abroad_is_not_taken_in_a_story_about_another_country():
    text = "Shopkeepers in Sarvan shut their doors as Iran braced for a third night of unrest."
    (town, country) = resolve_spans(text, stage_helpers.spans_of(text, "Sarvan", "Iran"))
    assert country is not None and country.country == "IRN"
    assert town is None or town.country == "IRN"


# ---------------------------------------------------------------- a town filed as "District (Town)": found by either

def test_town_filed_under_a_parenthesised_name_is_found_by_it():
    text = "Dockworkers at Matarani walked off the job on Tuesday, halting copper exports from southern Peru."
    (port, _) = resolve_spans(text, stage_helpers.spans_of(text, "Matarani", "Peru"))
    assert port is not None and (port.feature, port.country) == ("city", "PER")


# ---------------------------------------------------------------- "the X river" beside a bare X: two senses

def test_river_named_with_its_word_beside_the_country_of_its_name():
    text = ("Bandits stopped a bus on the Niger river north of Tillaberi. Aid to Niger has been cut since the coup, "
            "officials in Niamey said.")
    river, country = resolve_spans(text, stage_helpers.spans_of(text, "Niger", "Niger"))
    assert river is not None and river.feature == "water"
    assert country is not None and (country.feature, country.country) == ("country", "NER")


# ---------------------------------------------------------------- "the X region" beside a bare X: province and city

def test_province_named_for_its_city_beside_a_bare_mention_of_the_city():
    text = "Fishmongers in Mopti closed their stalls after militants blocked the roads of the Mopti region."
    city, region = resolve_spans(text, stage_helpers.spans_of(text, "Mopti", "Mopti"))
    assert city is not None and (city.feature, city.country) == ("city", "MLI")
    assert region is not None and (region.feature, region.country) == ("admin1", "MLI")


# ---------------------------------------------------------------- "the X states": the states around a wide region

def test_wide_region_before_states_is_no_province():
    text = "Any clash on the frontier could pull in Egypt and the Gulf states, a diplomat in Amman warned."
    (_, gulf, _) = resolve_spans(text, stage_helpers.spans_of(text, "Egypt", "Gulf", "Amman"))
    assert gulf is None or gulf.feature != "admin1"


# ---------------------------------------------------------------- a tiny namesake abroad: left unresolved

def test_tiny_namesake_abroad_is_not_taken_for_a_town_the_gazetteer_lacks():
    text = "Engineers said the reservoir behind the dam near Guba was full, Ethiopia's water ministry said."
    (town, _) = resolve_spans(text, stage_helpers.spans_of(text, "Guba", "Ethiopia"))
    assert town is None or town.country == "ETH"


# ---------------------------------------------------------------- "the capital of the X region": X is a province

_WIDE = ("Hunger is rising across the Sahel, from Mauritania to Chad, the agency said. In Niger and Mali prices have "
         "doubled. ")


@pytest.mark.parametrize("tail, names", [
    ("Bandits torched the market in Dori, the capital of the Sahel region, witnesses said.", ("Dori", "Sahel")),
    ("Bandits torched a market in the Sahel region of Burkina Faso, witnesses said.", ("Sahel", "Burkina Faso")),
])
def test_region_with_a_capital_or_of_one_country_is_its_province_beside_the_wide_region(tail, names):
    text = _WIDE + tail
    found = resolve_spans(text, stage_helpers.spans_of(text, "Sahel", "Mauritania", "Chad", "Niger", "Mali", *names))
    province = found[6] if names[0] == "Dori" else found[5]
    assert found[0] is not None and found[0].feature == "region"
    assert province is not None and (province.feature, province.country) == ("admin1", "BFA")
