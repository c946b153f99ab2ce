"""knowledge: the countries whose place names English transliterates (transliterated_countries.tsv)."""

from __future__ import annotations

from eventwire.knowledge.gazetteer import transliterated_countries


def test_the_list_names_countries_of_other_scripts_not_latin_ones():
    countries = transliterated_countries()
    assert {"SY", "IQ", "RU", "UA", "IR"} <= countries
    assert not {"KE", "CN", "FR", "US"} & countries
    assert all(len(code) == 2 and code.isupper() for code in countries)
