"""Progress of a long run on stderr: a bar on a terminal, plain periodic log lines elsewhere (CI, logs)."""

from __future__ import annotations

import sys
import time
from typing import TextIO

LOG_EVERY = 30.0  # seconds between log lines when stderr is not a terminal
BAR_DELAY = 2.0  # seconds before the bar appears, so short runs stay quiet


class Progress:
    """Counts finished articles; shows a tqdm bar when `stream` is a terminal, else log lines.

    total: articles to process; every: seconds between log lines (0: a line per update).
    Log lines only start once a run has lasted `every` seconds; `close` then adds a last one.
    """

    def __init__(self, total: int, *, stream: TextIO | None = None, every: float = LOG_EVERY, label: str = "articles"):
        self.total, self.every, self.label = total, every, label
        self.stream = stream if stream is not None else sys.stderr
        self.done, self.lines = 0, 0
        self.started = self._last = time.monotonic()
        self.bar = None
        if total and _is_terminal(self.stream):
            from tqdm import tqdm

            self.bar = tqdm(total=total, unit=label[:-1] if label.endswith("s") else label, file=self.stream,
                            delay=BAR_DELAY, dynamic_ncols=True, leave=False)

    def update(self, n: int) -> None:
        """n more articles are finished."""
        self.done += n
        if self.bar is not None:
            self.bar.update(n)
        elif time.monotonic() - self._last >= self.every:
            self._log()

    def close(self) -> None:
        """End of the run: remove the bar, or log the final count if lines were logged."""
        if self.bar is not None:
            self.bar.close()
        elif self.lines and self.done:
            self._log()

    def _log(self) -> None:
        self._last = now = time.monotonic()
        elapsed = now - self.started
        rate = self.done / elapsed if elapsed > 0 else 0.0
        share = f" ({self.done / self.total:.0%})" if self.total else ""
        left = f", about {_duration((self.total - self.done) / rate)} left" if rate and self.done < self.total else ""
        print(f"film-extract: {self.done:,}/{self.total:,} {self.label}{share}, {rate:,.1f}/s{left}",
              file=self.stream, flush=True)
        self.lines += 1


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # closed or not a real file
        return False


def _duration(seconds: float) -> str:
    """Seconds -> "42s", "7m", "1h05m"."""
    if seconds < 60:
        return f"{seconds:.0f}s"
    if seconds < 3600:
        return f"{seconds / 60:.0f}m"
    return f"{int(seconds // 3600)}h{int(seconds % 3600 // 60):02d}m"
