"""eventwire: news articles -> a sourced, structured record of who did what to whom, where and when."""

from __future__ import annotations

__version__ = "0.1.0"

from eventwire.document import Analysis, Article  # noqa: E402
from eventwire.errors import EventwireError, InputError, PipelineError  # noqa: E402
from eventwire.models import Record  # noqa: E402
from eventwire.pipeline import Pipeline, extract  # noqa: E402
from eventwire.settings import Settings  # noqa: E402

__all__ = [
    "Analysis", "Article", "EventwireError", "InputError", "Pipeline", "PipelineError", "Record", "Settings",
    "Store", "__version__", "extract",
]


def __getattr__(name: str):
    # The store pulls in DuckDB; load it only when asked for (nothing heavy happens at import).
    if name == "Store":
        from eventwire.store import Store

        return Store
    raise AttributeError(f"module 'eventwire' has no attribute {name!r}")
