"""Screens and dialogs of the briefing dashboard, one per module."""
