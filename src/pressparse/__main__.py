"""``python -m pressparse``: the command-line tool."""

from pressparse.cli import main

raise SystemExit(main())
