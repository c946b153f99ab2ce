"""Metrics of the `times` task (METRICS.md "times") on hand-built cases with hand-computed answers."""

from __future__ import annotations

import json

import pytest

from eventwire.evaluate.tasks import times as task


def test_strict_relaxed_and_value():
    system = [(0, 5, "2019"), (10, 20, "P2Y"), (30, 35, "X")]
    gold = [(0, 5, "2019"), (12, 20, "P2Y"), (40, 45, "Y")]
    counts = task.score_document(system, gold)
    # strict: only (0, 5) is exact -> 1 of 3 each way
    assert (counts["strict"].tp, counts["strict"].n_system, counts["strict"].n_gold) == (1, 3, 3)
    # relaxed: (0,5)~(0,5) and (10,20)~(12,20) overlap -> 2 of 3
    assert (counts["relaxed"].tp, counts["relaxed"].n_system, counts["relaxed"].n_gold) == (2, 3, 3)
    # value: both relaxed matches carry the gold value -> 2 of 3 system, 2 of 3 gold
    assert counts["value"].tp == 2
    assert counts["value"].precision == pytest.approx(2 / 3)
    assert counts["value"].recall == pytest.approx(2 / 3)


def test_value_mismatch_counts_for_spans_only():
    counts = task.score_document([(0, 10, "2019-06")], [(0, 10, "2019")])
    assert counts["strict"].f1 == 1.0
    assert counts["relaxed"].f1 == 1.0
    assert counts["value"].f1 == 0.0


def test_relaxed_matching_is_one_to_one_longest_overlap_first():
    # one system span overlapping two gold spans matches the one it shares more characters with
    counts = task.score_document([(0, 20, "a")], [(0, 5, "a"), (10, 20, "b")])
    assert counts["relaxed"].tp == 1
    assert counts["relaxed"].precision == 1.0
    assert counts["relaxed"].recall == 0.5
    # ... which is (10, 20) with value "b": not value-correct
    assert counts["value"].tp == 0


def test_null_system_value_is_never_correct():
    counts = task.score_document([(0, 4, None)], [(0, 4, None)])
    assert counts["relaxed"].tp == 1
    assert counts["value"].tp == 0


def test_duplicate_system_spans_count_once():
    counts = task.score_document([(0, 4, "2019"), (0, 4, "2019")], [(0, 4, "2019")])
    assert counts["strict"].n_system == 1
    assert counts["value"].precision == 1.0


def test_corpus_scores_are_micro_averaged():
    docs = [
        ([(0, 4, "2019"), (10, 14, "2018")], [(0, 4, "2019")]),  # sys 2, gold 1, relaxed tp 1, value tp 1
        ([], [(0, 4, "2019"), (6, 9, "P1D")]),                      # sys 0, gold 2
    ]
    m = task.score_corpus(docs)
    # relaxed: P = 1/2, R = 1/3, F1 = 2 * (1/2 * 1/3) / (1/2 + 1/3) = 0.4
    assert m["relaxed_precision"] == 0.5
    assert m["relaxed_recall"] == pytest.approx(0.3333, abs=1e-4)
    assert m["relaxed_f1"] == 0.4
    assert m["value_f1"] == 0.4
    assert m["strict_f1"] == 0.4
    assert (m["n_system"], m["n_gold"]) == (2, 3)


def test_subsets_pick_platinum_records():
    records = [{"source_corpus": "TimeBank"}, {"source_corpus": "TE3-platinum"}, {"source_corpus": "AQUAINT"}]
    assert task._subsets(records) == {"all": [0, 1, 2], "platinum": [1]}
    assert task._subsets(records[:1]) == {"all": [0]}


def test_evaluate_on_a_tiny_split(tmp_path, pipeline_factory):
    pipeline_factory("times")  # warm the spaCy cache for this session
    text = "Police said on Friday that the eight-year war ended in 1988."
    rec = {
        "id": "x", "title": None, "published": "2019-06-12", "source_corpus": "TE3-platinum", "text": text,
        "timex": [
            {"start": text.index("Friday"), "end": text.index("Friday") + 6, "value": "2019-06-07"},
            {"start": text.index("eight-year"), "end": text.index("eight-year") + 10, "value": "P8Y"},
            {"start": text.index("1988"), "end": text.index("1988") + 4, "value": "1988"},
        ],
    }
    (tmp_path / "test.jsonl").write_text(json.dumps(rec) + "\n", encoding="utf-8")
    out = task.evaluate(tmp_path, "test", peers=False)
    assert out["task"] == "times" and out["n_docs"] == 1
    assert out["headline"] == {"subset": "platinum", "metric": "value_f1"}
    row = next(r for r in out["results"] if r["system"] == "eventwire" and r["subset"] == "platinum")
    assert row["metrics"]["value_f1"] == 1.0
    assert row["metrics"]["strict_f1"] == 1.0
    assert "cpu_s_per_doc_times_stage" in row["metrics"]
    # speed is reported for the configuration that was scored, and says which spaCy components ran
    m = row["metrics"]
    assert m["cpu_s_per_doc"] >= m["cpu_s_per_doc_spacy"] > 0
    assert "parser" in out["spacy_components"] and "ner" not in out["spacy_components"]
    assert "spaCy components run: " + ", ".join(out["spacy_components"]) in out["notes"]


def test_evaluate_with_peers_scores_the_full_parse_too(tmp_path, monkeypatch):
    text = "The minister resigned on Friday."
    rec = {"id": "x", "title": None, "published": "2019-06-12", "text": text,
           "timex": [{"start": text.index("Friday"), "end": text.index("Friday") + 6, "value": "2019-06-07"}]}
    (tmp_path / "dev.jsonl").write_text(json.dumps(rec) + "\n", encoding="utf-8")
    monkeypatch.setattr(task, "run_dateparser", lambda records: None)
    out = task.evaluate(tmp_path, "dev", heideltime=False)
    rows = {r["system"]: r for r in out["results"] if r["subset"] == "all"}
    assert rows["eventwire"]["metrics"]["value_f1"] == 1.0
    assert rows["eventwire (full spaCy parse)"]["metrics"]["value_f1"] == 1.0
    assert "ner" in out["notes"].split("eventwire (full spaCy parse)")[1]


def test_speed_ratio_is_taken_on_the_documents_heideltime_ran_on(tmp_path, monkeypatch):
    texts = ["The minister resigned on Friday.", "Talks resume next week.", "Nothing dated here."]
    recs = [{"id": str(i), "title": None, "published": "2019-06-12", "text": t, "timex": [],
             "source_corpus": "TE3-platinum" if i == 0 else "other"} for i, t in enumerate(texts)]
    (tmp_path / "test.jsonl").write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")
    monkeypatch.setattr(task, "run_dateparser", lambda records: None)
    seen: list[int] = []
    real_run = task.run_eventwire

    def counting_run(records, **kwargs):
        seen.append(len(records))
        return real_run(records, **kwargs)

    monkeypatch.setattr(task, "run_eventwire", counting_run)
    monkeypatch.setattr(task, "run_heideltime", lambda records: ([[] for _ in records], {"cpu_s_per_doc": 2.0}))
    out = task.evaluate(tmp_path, "test")
    # all documents twice (lean and full parse), then the one platinum document HeidelTime ran on
    assert seen == [3, 3, 1]
    assert out["cpu_ratio_vs_heideltime"] > 0
    assert "on the same 1 documents in this run" in out["notes"]
    assert task.evaluate(tmp_path, "test", peers=False)["cpu_ratio_vs_heideltime"] is None


class _Data:
    def __init__(self, d, period):
        self.date_obj, self.period = d, period


def test_dateparser_peer_keeps_its_granularity():
    from datetime import datetime

    from eventwire.stages.times.normalise import week_value

    d = datetime(2013, 3, 20, 15, 30)
    assert task._dateparser_value(_Data(d, "year"), "DATE", week_value) == "2013"
    assert task._dateparser_value(_Data(d, "month"), "DATE", week_value) == "2013-03"
    assert task._dateparser_value(_Data(d, "week"), "DATE", week_value) == "2013-W12"
    assert task._dateparser_value(_Data(d, "day"), "DATE", week_value) == "2013-03-20"
    assert task._dateparser_value(_Data(d, "day"), "TIME", week_value) == "2013-03-20T15:30"
    assert task._dateparser_value(_Data(None, None), "DATE", week_value) is None
    assert task._dateparser_value(None, "DATE", week_value) is None
