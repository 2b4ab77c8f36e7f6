"""The one exception type the CLI turns into a message instead of a traceback."""


class RootcheckError(Exception):
    """A problem with the user's input or request, explained in words."""

    #: The exit status it ends a command with.
    status = 1


class UsageError(RootcheckError):
    """A request that names what is not there (an unknown ``--source``), told apart from a failed check
    by its exit status, as argparse tells a malformed request: where 1 says a check failed, CI must not
    read a mistyped argument as one."""

    status = 2
