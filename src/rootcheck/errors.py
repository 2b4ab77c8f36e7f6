"""The exceptions the CLI turns into a message instead of a traceback: :class:`RootcheckError` and its kinds."""


class RootcheckError(Exception):
    """A problem with the user's input or request, explained in words."""

    #: The exit status it ends a command with.
    status = 1


class UsageError(RootcheckError):
    """A request that names what is not there (an unknown ``--source``), told apart from a failed check
    by its exit status, as argparse tells a malformed request: where 1 says a check failed, CI must not
    read a mistyped argument as one."""

    status = 2


class Interrupted(RootcheckError):
    """Ctrl-C, or a signal to end (``SIGTERM``, ``SIGHUP``), told with what it left undone: a command
    that puts its files back says so. Its exit status is a shell's for a command the signal ended:
    130 for Ctrl-C, 128 and the signal's number for the others."""

    status = 130

    def __init__(self, message: str, signal_number: int = 2) -> None:
        super().__init__(message)
        self.status = 128 + signal_number
