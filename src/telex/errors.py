"""Every error telex raises, in one place, each with a stable code.

An error always names the input it refers to, so a message read out of a
log of ten thousand files still says which one was bad and why:

    UnreadableInput("feed.xml: not UTF-8 at byte 1834", code="E104")

Codes are stable: scripts may match on them. Add new ones at the end.
"""

from __future__ import annotations


class TelexError(Exception):
    """Base class of telex's errors. ``code`` is stable, ``str(err)`` is for people."""

    code = "E000"

    def __init__(self, message: str, *, source: str | None = None, code: str | None = None):
        self.message = message
        self.source = source
        if code is not None:
            self.code = code
        super().__init__(f"{source}: {message}" if source else message)


class InputError(TelexError):
    """An input that cannot become an article. The rest of a batch carries on."""

    code = "E100"


class EmptyInput(InputError):
    code = "E101"


class BinaryInput(InputError):
    code = "E102"


class InputTooLarge(InputError):
    code = "E103"


class UndecodableInput(InputError):
    code = "E104"


class MalformedInput(InputError):
    """Structurally broken input: bad HTML, a feed with no entries, a JSONL line that is not JSON."""

    code = "E105"


class TruncatedInput(InputError):
    """A gzip stream or archive that ends early. Records read before the break are kept."""

    code = "E106"


class NotEnglish(InputError):
    """The text is in another language. Reported as a skip, not a failure."""

    code = "E107"


class NoArticleText(InputError):
    """The input was read, but holds no article text (an HTML page with no main content)."""

    code = "E108"


class MissingInput(InputError):
    code = "E109"


class ConfigError(TelexError):
    """A setting is wrong, such as a spaCy model that is not installed."""

    code = "E200"


class ExtractionError(TelexError):
    """A stage failed on an article. The article is reported; the batch carries on."""

    code = "E300"


#: Codes that mean "skipped on purpose" rather than "failed"; they do not set a failing exit status.
SKIP_CODES = frozenset({NotEnglish.code})
