"""A readable terminal summary of a record (`extract --format table`, `make run`)."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from eventwire.models import Record


def _names(record: Record) -> dict[str, str]:
    names = {a.id: a.name for a in record.actors or []}
    names.update({p.id: p.name for p in record.places or []})
    return names


def record_table(record: Record, *, console: Console | None = None) -> None:
    console = console or Console()
    doc = record.document
    names = _names(record)
    console.rule(f"[bold]{doc.title or doc.source_id or doc.id[:19]}[/bold]  {doc.published or ''}")
    if record.actors is not None:
        table = Table(title=f"actors ({len(record.actors)})", show_lines=False)
        for col in ("id", "name", "kind", "country", "sector", "mentions"):
            table.add_column(col)
        for a in record.actors:
            table.add_row(a.id, a.name, a.kind, a.country or "", a.sector or "", str(len(a.mentions)))
        console.print(table)
    if record.events is not None:
        table = Table(title=f"events ({len(record.events)})")
        for col in ("type", "mode", "who", "whom", "where", "when", "status", "source", "trigger"):
            table.add_column(col)
        for e in record.events:
            table.add_row(e.type, e.mode or "", ", ".join(names.get(i, i) for i in e.actors),
                          ", ".join(names.get(i, i) for i in e.recipients), names.get(e.place or "", ""),
                          e.date or "", e.status, names.get(e.source or "", ""), e.trigger.text)
        console.print(table)
    if record.places is not None:
        table = Table(title=f"places ({len(record.places)})")
        for col in ("id", "name", "feature", "country", "lat", "lon"):
            table.add_column(col)
        for p in record.places:
            table.add_row(p.id, p.name, p.feature, p.country or "", _num(p.lat), _num(p.lon))
        console.print(table)
    if record.times is not None and record.times:
        console.print("[bold]times[/bold]: " + "; ".join(f"{t.text} = {t.value}" for t in record.times))
    if record.quotes is not None:
        for q in record.quotes:
            who = names.get(q.speaker or "", "?")
            text = q.text if len(q.text) < 100 else q.text[:97] + "..."
            console.print(f"[bold]quote[/bold] ({q.kind}) {who}: {text}")
    if record.framing is not None:
        f = record.framing
        opinion = "n/a" if f.opinion is None else f"{f.opinion:.2f}"
        techniques = ", ".join(sorted({t.technique for t in f.techniques})) or "none"
        console.print(f"[bold]framing[/bold]: opinion {opinion}; techniques: {techniques}")


def _num(value: float | None) -> str:
    return "" if value is None else f"{value:.3f}"
