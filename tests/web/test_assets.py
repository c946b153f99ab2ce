"""The committed front-end build: present, small, local, and built from the current web/ sources."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WEB = ROOT / "web"
STATIC = ROOT / "src" / "eventwire" / "web" / "static"


def test_build_matches_sources():
    info = json.loads((STATIC / "build-info.json").read_text("utf-8"))
    sources = ["build.mjs", "package.json", "package-lock.json",
               *sorted(f"src/{p.name}" for p in (WEB / "src").iterdir() if p.is_file())]
    assert info["sources"] == sources, "web/src changed: run `cd web && npm ci && npm run build` and commit"
    digest = hashlib.sha256()
    for rel in sources:
        digest.update(rel.encode() + b"\0" + (WEB / rel).read_bytes() + b"\0")
    assert info["sources_sha256"] == digest.hexdigest(), \
        "the built assets are stale: run `cd web && npm ci && npm run build` and commit src/eventwire/web/static"


def test_assets_are_small_and_local():
    sizes = {p.relative_to(STATIC).as_posix(): p.stat().st_size for p in STATIC.rglob("*") if p.is_file()}
    assert {"app.js", "app.css", "data/countries-110m.json", "favicon.svg", "THIRD_PARTY_NOTICES.txt"} <= set(sizes)
    assert sum(sizes.values()) < 400_000, sizes
    js = (STATIC / "app.js").read_text("utf-8")
    for forbidden in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("):
        assert forbidden not in js, forbidden
    templates = ROOT / "src" / "eventwire" / "web" / "templates"
    for page in templates.glob("*.html"):
        html = page.read_text("utf-8")
        assert "<script>" not in html and " style=" not in html and "http" not in html.replace("http-equiv", ""), page
