"""Widgets reused by more than one screen."""
