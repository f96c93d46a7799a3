"""One exception tree for the whole daemon.

    WatcherError          every error raised on purpose; the message names what is at fault
    ├── ConfigError       config.yaml is invalid (key path + bad value), or an env var is missing
    │   └── QueryError    a profile query does not parse (profile, query, caret, expectation)
    ├── FetchError        a feed could not be fetched (URL + a sentence a user understands)
    ├── ParseError        bytes were fetched but are not a feed, or yield nothing
    ├── StoreError        the state database cannot be opened or migrated
    └── DeliveryError     a destination refused or is unreachable (retry_after when known)
"""

from __future__ import annotations


class WatcherError(Exception):
    """Base of every error the daemon raises deliberately."""


class ConfigError(WatcherError):
    """Invalid configuration; ``problems`` holds one line per problem found."""

    def __init__(self, message: str, problems: list[str] | None = None) -> None:
        super().__init__(message)
        self.problems = problems if problems is not None else [message]


class QueryError(ConfigError):
    """A profile query that does not parse; the message shows a caret under the position."""


class FetchError(WatcherError):
    """A feed fetch failed.

    ``status`` is the HTTP status when there was a response, ``retry_after`` the delay in
    seconds the server asked for (429/503), ``gone`` is True for 410 Gone, ``permanent_url``
    carries a 301/308 target seen on the way to the failure.
    """

    def __init__(
        self,
        url: str,
        message: str,
        *,
        status: int | None = None,
        retry_after: float | None = None,
        gone: bool = False,
        permanent_url: str | None = None,
    ) -> None:
        super().__init__(message)
        self.url = url
        self.status = status
        self.retry_after = retry_after
        self.gone = gone
        self.permanent_url = permanent_url


class ParseError(WatcherError):
    """The body is not a feed, or is a feed that yields no items; the message says why."""


class StoreError(WatcherError):
    """The state database cannot be opened, migrated or written."""


class DeliveryError(WatcherError):
    """A destination could not take a message.

    ``retry_after`` is the delay in seconds the receiver asked for; ``permanent`` marks
    errors that retrying cannot fix (a 400 for a malformed payload, a 404 webhook).
    """

    def __init__(
        self, message: str, *, retry_after: float | None = None, permanent: bool = False
    ) -> None:
        super().__init__(message)
        self.retry_after = retry_after
        self.permanent = permanent
