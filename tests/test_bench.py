"""`eventwire bench` end to end on a tiny corpus: every figure present and the README table written."""

from __future__ import annotations

import json

from eventwire import bench
from eventwire.bench import README_BEGIN, README_END, run_bench


def test_bench_reports_throughput_memory_and_stage_shares(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("\n".join(json.dumps({"id": str(i), "text": f"Erdogan met Putin in Moscow on day {i}."})
                                for i in range(3)), encoding="utf-8")
    readme = tmp_path / "README.md"
    readme.write_text(f"x\n{README_BEGIN}\nPLACEHOLDER\n{README_END}\ny\n", encoding="utf-8")
    result = run_bench(corpus=corpus, workers=2, json_out=tmp_path / "bench.json", readme=readme,
                       gazetteer_build=False)
    assert result["corpus"]["documents"] == 3
    for run in ("one_process", "workers_2"):
        assert result[run]["articles_per_s"] > 0 and result[run]["peak_rss_mb"] > 50
    assert "nlp.v1" in result["stage_ms_per_article"]
    assert set(result["stage_share_of_nlp"]) >= {"actors.v1", "events.v1", "framing.v1"}
    # lookups of the corpus's capitalised names ("Erdogan", "Putin", "Moscow"): Moscow at least is found
    gazetteer = result["gazetteer"]
    assert gazetteer["names_looked_up"] == 3 and gazetteer["names_found"] >= 1
    assert gazetteer["lookup_us_per_name"] > 0 and 0 < gazetteer["lookup_peak_rss_mb"] < 300
    assert "build_s" not in gazetteer
    text = readme.read_text(encoding="utf-8")
    assert "| one process |" in text and "PLACEHOLDER" not in text and "Gazetteer: " in text
    assert json.loads((tmp_path / "bench.json").read_text())["corpus"]["documents"] == 3


def test_gazetteer_profile_times_a_fresh_build(tmp_path, monkeypatch):
    calls = []

    def fake_probe(*args):
        calls.append(args)
        if args[0] == "build":
            return {"build_s": 21.04, "index_mb": 88.46, "peak_rss_mb": 400.0}
        return {"open_s": 0.01, "lookup_us": 35.55, "names": 2, "found": 1, "peak_rss_mb": 60.0}

    monkeypatch.setattr(bench, "_probe_gazetteer", fake_probe)
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"text": "Talks in Geneva and New York ended."}) + "\n", encoding="utf-8")
    out = bench._gazetteer_profile(corpus, tmp_path, build=True)
    # the lookup process reads the index the build process wrote, and the names are the capitalised runs
    assert calls[0][0] == "build" and calls[1][:2] == ("lookup", calls[0][1])
    assert json.loads((tmp_path / "gazetteer-names.json").read_text()) == ["Talks", "Geneva", "New York"]
    assert out["build_s"] == 21.0 and out["index_mb"] == 88.5 and out["lookup_us_per_name"] == 35.5
    assert "built in 21.0 s into a 88.5 MB SQLite index" in bench._gazetteer_line(out)


def test_lookup_process_never_builds_the_index_itself(tmp_path, monkeypatch):
    # Regression: with no cached index the lookup process built one, and its peak RSS was the build's.
    calls = []
    monkeypatch.setattr(bench, "_probe_gazetteer", lambda *args: calls.append(args) or {
        "open_s": 0.0, "lookup_us": 1.0, "names": 1, "found": 1, "peak_rss_mb": 60.0})
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"text": "Shelling hit Kharkiv."}) + "\n", encoding="utf-8")
    bench._gazetteer_profile(corpus, tmp_path, build=False)
    assert [c[0] for c in calls] == ["ensure", "lookup"]


def test_lookup_memory_is_the_lookup_process_own_not_its_parents(tmp_path):
    # Regression: ru_maxrss of a child counts its parent's size at fork, so after the stage profile had loaded
    # the pipeline (~550 MB) the lookup process "peaked" at 567 MB.
    ballast = bytearray(400 * 2**20)
    for i in range(0, len(ballast), 4096):
        ballast[i] = 1
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"text": "Shelling hit Kharkiv and Idlib."}) + "\n", encoding="utf-8")
    out = bench._gazetteer_profile(corpus, tmp_path, build=False)
    assert 0 < out["lookup_peak_rss_mb"] < 300 and len(ballast) == 400 * 2**20
