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
    "__version__", "extract",
]
