"""factline's exceptions. Every error a user can cause is a `FactlineError`; the command line
turns one into a single line on stderr and exit code 2.

    FactlineError
    ├── BadInputError       a value given by the user is not valid (a date, a format name)
    ├── ReadError           a file or record cannot be read as a report
    │   └── TooLargeError   a file is over the configured size limit
    └── StoreError          the database cannot be opened or used
"""

from __future__ import annotations


class FactlineError(Exception):
    """Base of every error factline reports to its user."""


class BadInputError(FactlineError):
    pass


class ReadError(FactlineError):
    pass


class TooLargeError(ReadError):
    pass


class StoreError(FactlineError):
    pass
