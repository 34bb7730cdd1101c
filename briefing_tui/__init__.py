"""briefing: a terminal briefing dashboard for diplomacy and politics news.

Only the version lives here, so that importing any submodule stays cheap.
"""

__version__ = "0.1.0"
