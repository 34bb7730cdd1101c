"""`python -m briefing_tui` runs the command line."""

from briefing_tui.cli import main

raise SystemExit(main())
