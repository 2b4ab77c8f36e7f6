"""The one exception type the CLI turns into a message instead of a traceback."""


class RootcheckError(Exception):
    """A problem with the user's input or request, explained in words."""
