"""Small measuring helpers shared by the scale benchmark's parent and child processes (stdlib only)."""

from __future__ import annotations

import resource
import statistics
import time
from collections.abc import Callable
from pathlib import Path


def cpu_seconds() -> float:
    """User + system CPU of this process so far (interpreter start-up included)."""
    me = resource.getrusage(resource.RUSAGE_SELF)
    return me.ru_utime + me.ru_stime


def proc_status_kb(field: str) -> int:
    """A ``/proc/self/status`` figure in KiB: ``VmHWM`` (peak resident set) or ``VmRSS`` (now).

    ``ru_maxrss`` would also count the parent's peak from before the exec.
    """
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def median(values: list[float]) -> float | None:
    return statistics.median(values) if values else None


class Budget:
    """Repeat a measurement ``n`` times, or fewer when it takes longer than ``seconds`` in all (at least once)."""

    def __init__(self, n: int, seconds: float) -> None:
        self.n = n
        self.seconds = seconds

    def runs(self) -> range:
        return range(self.n)

    def repeat(self, fn: Callable[[int], float | None]) -> list[float]:
        out: list[float] = []
        start = time.perf_counter()
        for i in range(self.n):
            value = fn(i)
            if value is not None:
                out.append(value)
            if time.perf_counter() - start > self.seconds:
                break
        return out


def returning_user(config: Path) -> None:
    """Preferences with a name in ``config``: the app starts as it does every day, without the first-run question."""
    (config / "preferences.json").write_text('{"user_name": "Bench"}', encoding="utf-8")
