"""One user-facing error type, so every stage reports problems the same way.

Each problem names the file, the line and column where a person should look, the fact it
concerns, what is wrong and how to fix it. The CLI and the MkDocs plugin print these without a
traceback; `BriefingError` can carry many problems so a run reports all of them at once.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, order=True)
class Problem:
    file: str
    line: int = 0
    column: int = 0
    fact_id: str = ""
    message: str = ""
    hint: str = ""

    def __str__(self) -> str:
        where = self.file
        if self.line:
            where += f":{self.line}:{self.column or 1}"
        what = f"{self.fact_id}: {self.message}" if self.fact_id else self.message
        return f"{where}: {what}" + (f" — {self.hint}" if self.hint else "")


@dataclass
class BriefingError(Exception):
    """Raised with one or more problems; str() lists them all, one per line."""

    problems: list[Problem] = field(default_factory=list)

    def __init__(self, problems: Problem | list[Problem]):
        self.problems = [problems] if isinstance(problems, Problem) else sorted(problems)
        super().__init__(str(self))

    def __str__(self) -> str:
        return "\n".join(str(p) for p in self.problems)


def problem(file: str, message: str, hint: str = "", *, line: int = 0, column: int = 0,
            fact_id: str = "") -> Problem:
    return Problem(file=file, line=line, column=column, fact_id=fact_id, message=message, hint=hint)
