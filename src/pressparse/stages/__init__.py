"""The parsing stages and the state they pass along.

Each stage module has one public ``run(state) -> state`` that reads the document and the
results of the stages before it and returns a new state with its own results filled in.
Stages run in the fixed order of :data:`pressparse.pipeline.STAGES`.
"""

from __future__ import annotations

from pressparse.stages.state import ParseState

__all__ = ["ParseState"]
