"""`eventwire bench` end to end on a tiny corpus: every figure present and the README table written."""

from __future__ import annotations

import json

from eventwire.bench import README_BEGIN, README_END, run_bench


def test_bench_reports_throughput_memory_and_stage_shares(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("\n".join(json.dumps({"id": str(i), "text": f"Erdogan met Putin in Moscow on day {i}."})
                                for i in range(3)), encoding="utf-8")
    readme = tmp_path / "README.md"
    readme.write_text(f"x\n{README_BEGIN}\nPLACEHOLDER\n{README_END}\ny\n", encoding="utf-8")
    result = run_bench(corpus=corpus, workers=2, json_out=tmp_path / "bench.json", readme=readme)
    assert result["corpus"]["documents"] == 3
    for run in ("one_process", "workers_2"):
        assert result[run]["articles_per_s"] > 0 and result[run]["peak_rss_mb"] > 50
    assert "nlp.v1" in result["stage_ms_per_article"]
    assert set(result["stage_share_of_nlp"]) >= {"actors.v1", "events.v1", "framing.v1"}
    text = readme.read_text(encoding="utf-8")
    assert "| one process |" in text and "PLACEHOLDER" not in text
    assert json.loads((tmp_path / "bench.json").read_text())["corpus"]["documents"] == 3
