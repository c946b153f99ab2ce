"""RESULTS.md generation: merging partial re-runs and rendering the summary."""

from __future__ import annotations

from eventwire.evaluate.report import merge_runs, render_results, render_summary, speed_note


def _run(task, dataset, value, system="eventwire"):
    return {"task": task, "dataset": dataset, "split": "test", "n_docs": 3,
            "headline": {"subset": "all", "metric": "f1"},
            "results": [{"system": system, "subset": "all", "source": "measured", "metrics": {"f1": value}},
                        {"system": "peer", "subset": "all", "source": "published", "metrics": {"f1": 0.5}}]}


def test_merge_replaces_same_task_and_keeps_others_in_task_order():
    old = [_run("events", "plover_gsr", 0.1), _run("actors", "re3d", 0.2)]
    merged = merge_runs(old, [_run("events", "plover_gsr", 0.9)])
    assert [(r["task"], r["results"][0]["metrics"]["f1"]) for r in merged] == [("actors", 0.2), ("events", 0.9)]


def test_summary_shows_headline_and_peers():
    summary = render_summary([_run("actors", "re3d", 0.75)])
    assert "| actors | re3d | all f1 | **0.750** | peer (published) 0.500 |" in summary


def test_summary_shows_every_listed_headline_in_order():
    run = _run("places", "lgl", 0.75)
    run["results"] += [{"system": "eventwire", "subset": "end_to_end", "source": "measured", "metrics": {"f1": 0.6}},
                       {"system": "baseline", "subset": "end_to_end", "source": "measured", "metrics": {"f1": 0.4}}]
    run["headlines"] = [{"subset": "end_to_end", "metric": "f1"}, {"subset": "all", "metric": "f1"}]
    lines = render_summary([run]).splitlines()[2:]
    assert lines == ["| places | lgl | end_to_end f1 | **0.600** | baseline 0.400 |",
                     "| places | lgl | all f1 | **0.750** | peer (published) 0.500 |"]


def test_summary_peers_leave_out_other_eventwire_configurations():
    run = _run("times", "tempeval3_timeml", 0.8)
    run["results"].append({"system": "eventwire (full spaCy parse)", "subset": "all", "source": "measured",
                           "metrics": {"f1": 0.8}})
    assert render_summary([run]).splitlines()[2] == "| times | tempeval3_timeml | all f1 | **0.800** | peer (published) 0.500 |"


def test_results_table_marks_eventwire_and_command():
    text = render_results([_run("actors", "re3d", 0.75)], split="test", date="2026-01-01")
    assert "eventwire evaluate actors --data ../shared/benchmarks/re3d --split test" in text
    assert "| **eventwire** | measured | 0.750 |" in text


def test_speed_note_only_when_heideltime_was_timed():
    assert speed_note([_run("actors", "re3d", 0.7)]) == ""
    timed = {**_run("times", "tempeval3_timeml", 0.8), "cpu_ratio_vs_heideltime": 137.9}
    assert "138x less CPU per document than HeidelTime" in speed_note([timed])
