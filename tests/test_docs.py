"""Docs are tested: the CLI reference is current, and every command the README names exists."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from eventwire.cli import main
from eventwire.clidocs import cli_reference

ROOT = Path(__file__).resolve().parents[1]


def test_cli_reference_is_current():
    # A fresh process: click's help layout depends on state earlier CliRunner invocations leave behind.
    fresh = subprocess.run([sys.executable, "-m", "eventwire.clidocs"], capture_output=True, text=True, check=True)
    assert (ROOT / "docs" / "CLI.md").read_text(encoding="utf-8") == fresh.stdout, (
        "regenerate with: python -m eventwire.clidocs > docs/CLI.md")
    assert cli_reference().startswith("# eventwire command reference")


def test_readme_commands_exist():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    used = set(re.findall(r"(?:bin/|`)eventwire (\w+)", readme))
    assert {"extract", "ingest", "evaluate"} <= used
    missing = {name for name in used if name not in main.commands}
    assert not missing, f"README names commands that do not exist: {missing}"
    assert "make run" in readme and "make test" in readme


def test_makefile_targets_named_in_readme_exist():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    for target in ("run", "test", "setup", "lock"):
        assert re.search(rf"^{target}:", makefile, re.M), target
    assert (ROOT / ".ci" / "run").read_text(encoding="utf-8").strip().endswith("make test")
