"""film-extract: turn scraped film articles into structured, evidence-backed data.

Stages, one module each: ingest -> clean -> annotate -> extract -> export.
`pipeline.run` wires them together; `pipeline.cli` is the command line.
"""

__version__ = "0.1.0"
