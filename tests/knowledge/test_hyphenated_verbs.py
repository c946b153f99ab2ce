"""knowledge.hyphenated_verbs: the tokenizer's table of hyphenated verbs of force loads from its data file."""

from __future__ import annotations

from eventwire.knowledge.hyphenated_verbs import hyphenated_verbs


def test_table_loads_form_norm_and_lemma_without_comments():
    table = hyphenated_verbs()
    assert table["tear-gassed"].norm == "teargassed" and table["tear-gassed"].lemma == "tear-gas"
    assert all("-" in form and "-" not in v.norm and form == form.lower() for form, v in table.items())
