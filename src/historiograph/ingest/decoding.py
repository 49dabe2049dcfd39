"""Bytes to text: the encodings ingest accepts, and the refusals that say why not.

UTF-8 (with or without a byte-order mark) and UTF-16 with a byte-order mark
are read; an HTML page may also declare its own charset. Nothing is guessed:
a silent fall-back to Latin-1 would turn a mis-encoded file into a document
full of mojibake that every later stage would trust.
"""

from __future__ import annotations

import codecs

from historiograph.errors import BinaryFileError, DecodeError, EmptyDocumentError, UsageError

# File signatures of formats that are often mis-named as text.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF file"),
    (b"PK\x03\x04", "a ZIP archive (docx, epub, odt…)"),
    (b"\x89PNG", "a PNG image"),
    (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"\x7fELF", "an executable"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office file"),
)
_SNIFF_BYTES = 8192


def known_encoding(name: str) -> str:
    """``name`` if Python decodes bytes to text with it, else a :class:`UsageError`.

    Checked once, before any file is read (the ``--encoding`` option, an API
    upload's ``encoding`` field), so a typo is one clear refusal rather than a
    failure per file. Decoding a byte is the test, not a codec lookup: "base64"
    or "rot13" are codecs Python knows, but they turn bytes into bytes or text
    into text, not bytes into text.
    """
    try:
        b"a".decode(name)
    except UnicodeDecodeError:
        pass  # a text encoding in which one byte alone is not a character (UTF-16)
    except LookupError as error:
        raise UsageError(
            f"unknown character encoding {name!r} (try utf-8, latin-1, cp1252)"
        ) from error
    return name


def decode_text(data: bytes, *, declared: str | None = None) -> str:
    """Decode a document's bytes, or raise a coded error that names what is wrong.

    ``declared`` is a charset the container states (an HTML meta tag or HTTP
    header); a byte-order mark overrides it, as browsers do.
    """
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise BinaryFileError(f"this is {what}, not text")
    if data.startswith(codecs.BOM_UTF8):
        encoding = "utf-8-sig"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    elif b"\x00" in data[:_SNIFF_BYTES]:
        raise BinaryFileError(
            "contains NUL bytes: a binary file, or UTF-16 without a byte-order mark"
        )
    else:
        encoding = declared or "utf-8"
    try:
        text = data.decode(encoding)
    except LookupError as error:
        raise DecodeError(f"unknown character encoding {declared!r}") from error
    except UnicodeDecodeError as error:
        raise DecodeError(
            f"not valid {encoding} at byte {error.start}; "
            "only UTF-8 and UTF-16 with a byte-order mark are read "
            "unless one is named (`historiograph ingest --encoding latin-1`, or an upload's "
            "`encoding` field; or convert it first: "
            "`iconv -f LATIN1 -t UTF-8 FILE`)"
        ) from error
    if "\x00" in text:
        raise BinaryFileError("contains NUL characters: a binary file")
    if not text.strip():
        raise EmptyDocumentError("the text is only white space" if text else "the text is empty")
    return text
