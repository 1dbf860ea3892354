"""Scorers for gold sets. Each takes telex's output and a gold record and returns plain numbers."""
