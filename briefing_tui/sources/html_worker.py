"""The worker process that runs trafilatura: ``python -m briefing_tui.sources.html_worker``.

A plain subprocess speaking length-prefixed pickles over stdin/stdout, so it
can be killed when a page takes too long, and so it never re-imports the
parent's ``__main__`` as multiprocessing's spawn would.
"""

from __future__ import annotations

import pickle
import struct
import sys
from typing import Any, BinaryIO

_HEADER = struct.Struct(">I")


def write_message(stream: BinaryIO, message: Any) -> None:
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(_HEADER.pack(len(data)) + data)
    stream.flush()


def read_message(stream: BinaryIO) -> Any:
    """The next message, or None at end of stream."""
    header = stream.read(_HEADER.size)
    if len(header) < _HEADER.size:
        return None
    (size,) = _HEADER.unpack(header)
    data = stream.read(size)
    if len(data) < size:
        return None
    return pickle.loads(data)


def main() -> None:
    import logging

    from briefing_tui.sources.html import extract_page_data

    logging.disable(logging.CRITICAL)
    out = sys.stdout.buffer
    sys.stdout = sys.stderr  # a stray print from a library must not corrupt the protocol
    extract_page_data(b"<html><body><article><p>warm up</p></article></body></html>", None)
    write_message(out, ("ready", None))
    while (message := read_message(sys.stdin.buffer)) is not None:
        body, url = message
        try:
            reply = ("ok", extract_page_data(body, url))
        except Exception as error:  # report and keep serving: one odd page must not end the worker
            reply = ("error", f"{type(error).__name__}: {error}")
        write_message(out, reply)


if __name__ == "__main__":
    main()
