"""What the dashboard shows, computed without drawing anything.

Rows, sorting, relative date labels, filters and actor narrowing live here as
plain functions over the store's :class:`~briefing_tui.core.models.Snapshot`,
so they are tested without Textual; ``briefing_tui.ui`` only draws them.
"""
