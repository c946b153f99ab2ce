"""Refresh the README's output example from a real run on examples/wire-briefs.jsonl (brief-002).

Usage: .venv/bin/python scripts/readme_example.py
Lists are trimmed to their first items so the excerpt stays readable; the command that shows the whole record
is printed beside it.
"""

from __future__ import annotations

import json
from pathlib import Path

from eventwire.ingest import read_path
from eventwire.pipeline import Pipeline

ROOT = Path(__file__).resolve().parents[1]
BEGIN, END = "<!-- example:begin -->", "<!-- example:end -->"
KEEP = {"actors": 3, "places": 2, "times": 2, "events": 2, "quotes": 1}


def main() -> None:
    article = next(a for a in read_path(ROOT / "examples" / "wire-briefs.jsonl") if a.source_id == "brief-002")
    record = Pipeline().run(article).to_json_dict()
    record["meta"].pop("timings", None)
    for part, n in KEEP.items():
        if record.get(part):
            record[part] = record[part][:n]
    for actor in record.get("actors") or []:
        actor["mentions"] = actor["mentions"][:2]
    framing = record.get("framing") or {}
    framing["voices"] = framing.get("voices", [])[:2]
    framing["techniques"] = framing.get("techniques", [])[:1]
    framing["stance"] = framing.get("stance", [])[:2]
    excerpt = json.dumps(record, indent=1, ensure_ascii=False)
    block = "\n".join([
        BEGIN,
        "`eventwire extract examples/wire-briefs.jsonl --format jsonl` (second line; lists trimmed here, "
        "every other field as printed):",
        "",
        "```json",
        excerpt,
        "```",
        END,
    ])
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    head, rest = text.split(BEGIN, 1)
    _, tail = rest.split(END, 1)
    readme.write_text(head + block + tail, encoding="utf-8")


if __name__ == "__main__":
    main()
