"""docs/CLI.md generated from the commands' own --help (tests/test_docs.py keeps it current)."""

from __future__ import annotations

import click


def cli_reference() -> str:
    from eventwire.cli import main

    parts = ["# eventwire command reference", "",
             "Generated from `--help` by `python -m eventwire.clidocs > docs/CLI.md`; do not edit by hand.", ""]
    ctx = click.Context(main, info_name="eventwire", terminal_width=100, max_content_width=100)
    parts += ["## eventwire", "", "```", main.get_help(ctx), "```", ""]
    for name in sorted(main.commands):
        command = main.commands[name]
        sub = click.Context(command, info_name=f"eventwire {name}", parent=ctx, terminal_width=100,
                            max_content_width=100)
        parts += [f"## eventwire {name}", "", "```", command.get_help(sub), "```", ""]
    return "\n".join(parts)


if __name__ == "__main__":  # pragma: no cover
    print(cli_reference(), end="")
