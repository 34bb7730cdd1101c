"""Make untrusted article text safe to keep and to show.

Every piece of text that comes from outside (web pages, feeds, files, pasted
text) passes through :func:`sanitize` where it enters the domain. Rich and
Textual markup is handled at display time (the UI renders plain ``Text``);
this module removes what no widget API can neutralise: terminal escape
sequences (CSI, OSC such as OSC 52 clipboard writes, DCS), C0/C1 control
characters and bidirectional overrides that reorder what the reader sees.
"""

from __future__ import annotations

import re
import unicodedata

# ESC-introduced sequences: CSI (ESC [ ... final), OSC/DCS/SOS/PM/APC (ESC ] ... BEL or ST),
# and two-character escapes. Their 8-bit C1 forms (0x9b CSI, 0x9d OSC, ...) too.
_ESCAPE_SEQUENCES = re.compile(
    r"""
      (?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]                         # CSI
    | (?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f]).*?(?:\x07|\x1b\\|\x9c|$)  # OSC, DCS, SOS, PM, APC
    | \x1b[ -/]*[0-~]                                           # other ESC sequences
    """,
    re.VERBOSE | re.DOTALL,
)
# C0 controls except tab and newline, DEL, C1 controls.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Bidi embeddings, overrides and isolates, plus other invisible format characters
# that can hide or reorder text (zero-width joiners are kept: some scripts need them).
_BIDI_AND_INVISIBLE = re.compile(r"[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\ufeff\u2028\u2029]")


# Typographic quotes, dashes and spaces to their ASCII forms, one character for one (so offsets
# hold): how the extractor reads text, and how the panes tell two copies of one quote apart.
TYPOGRAPHIC_TO_ASCII = str.maketrans(
    {
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2033": '"',
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2039": "'",
        "\u203a": "'",
        "\u2032": "'",
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
        "\u00a0": " ",
        "\u2009": " ",
        "\u202f": " ",
        "\u2007": " ",
        "\t": " ",
    }
)


def counted(number: int, noun: str) -> str:
    """'1 meeting', '0 meetings', '7 meetings' (the nouns briefing counts take an s)."""
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def sanitize(text: str) -> str:
    """Strip escape sequences, control characters and bidi overrides; normalise newlines.

    Idempotent and length-non-increasing except for newline normalisation.
    """
    if not text:
        return ""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _ESCAPE_SEQUENCES.sub("", text)
    text = _CONTROLS.sub("", text)
    text = _BIDI_AND_INVISIBLE.sub("", text)
    return text


def sanitize_line(text: str | None) -> str | None:
    """Like :func:`sanitize`, for one-line metadata (titles, names): newlines fold to spaces."""
    if text is None:
        return None
    return " ".join(sanitize(text).split())


def is_printable_text(text: str) -> bool:
    """True when ``text`` has no characters :func:`sanitize` would remove (for tests and checks)."""
    return sanitize(text) == text.replace("\r\n", "\n").replace("\r", "\n") and not any(
        unicodedata.category(c) == "Cc" and c not in "\n\t" for c in text
    )
