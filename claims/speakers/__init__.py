"""Speakers: who says things, by any spelling: their names, aliases, roles, search and pages."""
