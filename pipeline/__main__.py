"""Allow `python -m pipeline ...` as an alias of the `film-extract` command."""

from pipeline.cli import main

raise SystemExit(main())
