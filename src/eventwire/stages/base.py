"""What a stage is: a named, versioned step that reads what earlier stages set and adds its own part."""

from __future__ import annotations

from typing import Any, ClassVar

from eventwire.document import Analysis
from eventwire.settings import Settings


class Stage:
    """Base class for pipeline stages.

    `name` is the versioned registry name ("actors.v1"); `needs` names parts earlier stages must add; `adds` the
    parts this stage adds. `predict` computes without changing the analysis, `write` stores the result, so
    batching and a distributed map stay cheap (DESIGN.md, principle 2). Heavy resources load lazily in `setup`.
    """

    name: ClassVar[str]
    needs: ClassVar[tuple[str, ...]] = ()
    adds: ClassVar[tuple[str, ...]] = ()

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._ready = False

    def setup(self) -> None:
        """Load models and data; called once before the first document."""

    def ensure_ready(self) -> None:
        if not self._ready:
            self.setup()
            self._ready = True

    def predict(self, analysis: Analysis) -> Any:
        raise NotImplementedError

    def write(self, analysis: Analysis, result: Any) -> None:
        raise NotImplementedError

    def __call__(self, analysis: Analysis) -> None:
        self.ensure_ready()
        self.write(analysis, self.predict(analysis))

    @property
    def part(self) -> str:
        """The part name without version: "actors.v1" -> "actors"."""
        return self.name.split(".")[0]
