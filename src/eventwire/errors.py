"""Errors a command reports in one line, kept apart from the store's code so that the command
line can catch them without loading the database driver."""


class StoreError(Exception):
    """The database cannot be used: names it and says why."""
