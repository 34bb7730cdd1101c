"""Widgets of the briefing dashboard, one class of note per module."""
