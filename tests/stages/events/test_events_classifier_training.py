"""events type classifier training (scripts/train_events_classifier.py): how examples are weighted; hand-built."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parents[3] / "scripts" / "train_events_classifier.py"


@pytest.fixture(scope="module")
def trainer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("train_events_classifier_evD", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _example(dataset: str) -> dict:
    return {"dataset": dataset, "half": 0, "label": "PROTEST", "with": ["l:march"], "without": ["l:march"],
            "dense": {}}


def test_sentence_level_examples_outweigh_snippets(trainer: ModuleType) -> None:
    # the fallback classifies single sentences: the sentence-level sets count more than the case2021 snippets
    snippet = trainer.example_weight(_example("case2021_task2_events"))
    assert snippet == 1.0
    assert trainer.example_weight(_example("plover_gsr")) > snippet
    assert trainer.example_weight(_example("petrarch2_gsr")) > snippet


def test_a_set_without_a_weight_counts_once(trainer: ModuleType) -> None:
    assert trainer.example_weight(_example("some_new_set")) == 1.0
