"""actors: leftovers of groups named by whom they back, self-named councils, subnational governments, UN office
holders, appositions and coordinations. Invented sentences."""

from __future__ import annotations

import pytest

from eventwire.document import Article

from .stage_helpers import actor_of


@pytest.fixture(scope="module")
def run(pipeline_factory):
    pipeline = pipeline_factory("actors")
    return lambda text: pipeline.analyse(Article(text=text))


@pytest.mark.parametrize("first, second", [
    ("Supporters of Ortun", "supporters of Velis"),
    ("Loyalists of Hedda Strom", "loyalists of Ivo Brack"),
])
def test_supporters_of_two_named_parties_are_two_groups(run, first, second):
    analysis = run(f"{first} clashed with {second} outside the stadium in Pell on Tuesday, witnesses said.")
    one, other = actor_of(analysis, first.split()[0]), actor_of(analysis, second.split()[0])
    assert one is not None and other is not None and one.id != other.id
    assert one.kind == "population" and one.name.lower() == first.lower()
