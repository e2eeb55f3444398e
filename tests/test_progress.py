"""Progress: a bar on a terminal, plain log lines elsewhere, nothing at all for a short run."""

import io

from pipeline.progress import Progress


class Terminal(io.StringIO):
    def isatty(self):
        return True


def test_progress_logs_plain_lines_when_not_a_terminal():
    stream = io.StringIO()
    progress = Progress(10, stream=stream, every=0)
    progress.update(4)
    progress.update(6)
    progress.close()
    lines = stream.getvalue().splitlines()
    assert lines[0].startswith("film-extract: 4/10 articles (40%)")
    assert lines[1].startswith("film-extract: 10/10 articles (100%)")
    assert len(lines) == 3 and "\r" not in stream.getvalue()


def test_progress_short_run_prints_nothing():
    stream = io.StringIO()
    progress = Progress(10, stream=stream, every=3600)
    progress.update(10)
    progress.close()
    assert stream.getvalue() == ""


def test_progress_uses_a_bar_on_a_terminal():
    progress = Progress(10, stream=Terminal())
    assert progress.bar is not None
    progress.update(10)
    assert progress.bar.n == 10 and progress.lines == 0
    progress.close()


def test_progress_nothing_to_do_has_no_bar():
    assert Progress(0, stream=Terminal()).bar is None
