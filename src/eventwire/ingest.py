"""Reading articles from .txt, .html, .jsonl, directories and stdin.

Every reader yields `Article | InputError`: a bad file or line becomes an error value naming where it came from,
and the rest of the batch goes on. Texts are never altered after reading except for newline normalisation
(`\\r\\n` -> `\\n`) of .txt and .html input; JSONL `text` is kept byte-for-byte so offsets computed on the input
stay valid in the record.
"""

from __future__ import annotations

import io
import json
import stat
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from eventwire.document import Article
from eventwire.errors import InputError
from eventwire.validation import check_date

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
JSON_SUFFIXES = {".json"}
# What a directory walk reads: a .json file there is one JSON document of articles (or a reported error).
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | JSON_SUFFIXES
# Reading is bounded so one huge file cannot exhaust memory before the size check.
DEFAULT_MAX_BYTES = 20_000_000

Item = Article | InputError
_LATIN_SINGLE_BYTE = {"cp1250", "cp1252", "latin_1", "iso8859_2", "iso8859_15", "iso8859_9", "cp1254", "mac_roman",
                      "cp1257", "iso8859_13", "iso8859_4", "iso8859_10", "iso8859_16", "mac_latin2"}


def decode(data: bytes, *, where: str) -> str:
    """Bytes -> text: UTF-8 (with or without BOM) first, else the detected encoding; binary data is refused."""
    if not data.strip():
        raise InputError("empty", "the file is empty", where=where)
    # The whole buffer, not only its head: a NUL further in is as binary (and a parser hazard) as one at the start.
    if b"\x00" in data and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError("binary", "binary data (NUL bytes), not text", where=where)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError("encoding", "cannot detect the text encoding", where=where)
    text = str(best)
    # Detectors often cannot tell the Latin single-byte code pages apart on short texts; for news the Western
    # one (cp1252, a superset of Latin-1's printable range) is by far the most common, so it wins those ties.
    if best.encoding in _LATIN_SINGLE_BYTE:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            pass
    # A detector will "decode" arbitrary binary as some 8-bit code page; control characters betray it.
    controls = sum(1 for ch in text[:4096] if ord(ch) < 32 and ch not in "\t\n\r\f")
    if controls > 0.01 * min(len(text), 4096):
        raise InputError("binary", "binary data, not text", where=where)
    return text


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def article_from_txt(text: str, *, where: str, published: str | None = None) -> Article:
    """The whole file is the text; its first line is also the title when a blank line follows it."""
    text = _normalise_newlines(text)
    if not text.strip():
        raise InputError("empty", "the file is empty", where=where)
    lines = text.split("\n")
    title = None
    if len(lines) > 2 and lines[0].strip() and not lines[1].strip():
        title = lines[0].strip()
    return Article(text=text, title=title, published=published, origin=where)


def article_from_html(html: str, *, where: str, published: str | None = None) -> Article:
    """Main text via trafilatura; paragraphs joined by blank lines; <blockquote> passages recorded as offsets."""
    import trafilatura

    extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False)
    if extracted is None or extracted.body is None:
        raise InputError("empty", "no main text found in the HTML", where=where)
    paragraphs: list[str] = []
    blockquotes: list[tuple[int, int]] = []
    offset = 0
    for element in extracted.body:
        block = " ".join("".join(element.itertext()).split())
        if not block:
            continue
        if element.tag == "head" and extracted.title and block == extracted.title.strip() and not paragraphs:
            continue  # the headline is kept in `title`, not repeated as the first paragraph
        if paragraphs:
            offset += 2
        if element.tag == "quote":
            blockquotes.append((offset, offset + len(block)))
        paragraphs.append(block)
        offset += len(block)
    text = "\n\n".join(paragraphs)
    if not text.strip():
        raise InputError("empty", "no main text found in the HTML", where=where)
    date = published or extracted.date
    if date and date != getattr(extracted, "filedate", None):
        date = check_date(date, where=where)
    elif not published:
        date = None  # trafilatura falls back to today's date; that is not the article's date
    return Article(
        text=text,
        title=extracted.title,
        published=date,
        url=extracted.url,
        outlet=extracted.sitename,
        origin=where,
        blockquotes=blockquotes,
    )


def articles_from_jsonl(
    lines: Iterable[str | InputError], *, where: str, published: str | None = None
) -> Iterator[Item]:
    """One article per line: {"id","text","title","published","url","outlet"}; a bad line is an error item
    (a line the reader could not decode or bound arrives as its InputError and is passed on)."""
    for number, line in enumerate(lines, start=1):
        if isinstance(line, InputError):
            yield line
            continue
        if not line.strip():
            continue
        here = f"{where}:{number}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as err:
            yield InputError("bad_json", f"invalid JSON ({err.msg} at column {err.colno})", where=here)
            continue
        if not isinstance(obj, dict):
            yield InputError("bad_json", "a line must be a JSON object", where=here)
            continue
        yield _article_from_object(obj, where=where, here=here, published=published)


def _article_from_object(obj: dict, *, where: str, here: str, published: str | None) -> Item:
    """One JSON object -> an Article, or the error naming `here` (its line or position)."""
    text = obj.get("text")
    if not isinstance(text, str):
        return InputError("bad_json", 'missing or non-string "text"', where=here)
    if not text.strip():
        return InputError("empty", 'the "text" is empty', where=here)
    for field in ("text", "title", "url", "outlet", "id"):
        # JSON may escape an unpaired surrogate ("\\ud800"): no UTF-8 text holds one, and every later step
        # (hashing the id, the parser, the store) would fail on it mid-batch.
        position = unpaired_surrogate(obj.get(field))
        if position is not None:
            return InputError("encoding", f'the "{field}" has an unpaired surrogate escape at character {position}',
                              where=here)
    source_id = obj.get("id")
    try:
        date = obj.get("published")
        date = published if date is None or date == "" else date
        date = check_date(date, where=here) if date is not None else None
    except InputError as err:
        return err
    return Article(
        text=text,
        title=_str_or_none(obj.get("title")),
        published=date,
        url=_str_or_none(obj.get("url")),
        outlet=_str_or_none(obj.get("outlet")),
        source_id=None if source_id is None else str(source_id),
        origin=here if source_id is None else f"{where}:{source_id}",
    )


def unpaired_surrogate(value: object) -> int | None:
    """The position of the first unpaired surrogate in a string (which no UTF-8 text can hold), else None."""
    if not isinstance(value, str):
        return None
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as err:
        return err.start
    return None


def _articles_from_json_document(text: str, *, where: str, published: str | None) -> list[Item] | None:
    """A whole-file JSON object or array of objects (a .json file, pretty-printed or not) -> its articles;
    None when the text is not one JSON value, so the caller falls back to JSONL or plain text."""
    try:
        value = json.loads(text)
    except json.JSONDecodeError:
        return None
    if isinstance(value, dict):
        return [_article_from_object(value, where=where, here=where, published=published)]
    if not isinstance(value, list):
        return None
    if not value:
        return [InputError("empty", "an empty JSON array", where=where)]
    return [
        _article_from_object(obj, where=where, here=f"{where}[{i}]", published=published) if isinstance(obj, dict)
        else InputError("bad_json", "an array item must be a JSON object", where=f"{where}[{i}]")
        for i, obj in enumerate(value)
    ]


def _str_or_none(value: object) -> str | None:
    return None if value is None else str(value)


def read_path(
    path: str | Path, *, published: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES, stdin: BinaryIO | None = None
) -> Iterator[Item]:
    """Articles from one path: a file by suffix, a directory recursively (sorted), or "-" for stdin.

    Stdin (and a file of another suffix, such as .json) is one JSON document when it parses as a JSON array or a
    multi-line object, else JSONL when its first non-blank character is "{", HTML when it starts with "<", else
    plain text. A directory with no article files, a FIFO or device, and an empty path are errors.
    """
    if published is not None:
        try:
            published = check_date(published, where=str(path))
        except InputError as err:
            yield err
            return
    if str(path) == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        data = stream.read(max_bytes + 1)
        if len(data) > max_bytes and data.lstrip()[:1] == b"{" and b"\x00" not in data[:8192]:
            # A JSONL corpus piped in may be any size, as a .jsonl file may: it is read on line by line from what
            # was already read, and the limit bounds each line (one article).
            handle = io.BufferedReader(_PrefixedStream(data, stream))
            yield from _jsonl_items(handle, where="<stdin>", published=published, max_bytes=max_bytes)
            return
        yield from _read_bytes(data, where="<stdin>", kind=None, published=published, max_bytes=max_bytes)
        return
    if not str(path).strip():
        # Path("") is the current directory: an empty argument must not silently read everything there.
        yield InputError("unreadable", "an empty path", where=repr(str(path)))
        return
    path = Path(path)
    if path.is_dir():
        # Not is_file(): a broken symlink or a FIFO named like an article is reported, not silently skipped.
        files = sorted(p for p in path.rglob("*") if p.suffix.lower() in KNOWN_SUFFIXES and not p.is_dir())
        if not files:
            yield InputError("empty", "no article files in this directory (" + ", ".join(sorted(KNOWN_SUFFIXES))
                             + ")", where=str(path))
        for file in files:
            yield from read_path(file, published=published, max_bytes=max_bytes)
        return
    where = str(path)
    suffix = path.suffix.lower()
    kind = ("txt" if suffix in TEXT_SUFFIXES else "html" if suffix in HTML_SUFFIXES
            else "jsonl" if suffix in JSONL_SUFFIXES else None)
    try:
        if path.exists() and not stat.S_ISREG(path.stat().st_mode):
            # Opening a FIFO blocks until a writer appears; a device may never end.
            yield InputError("unreadable", "not a regular file (a FIFO, socket or device)", where=where)
            return
        with path.open("rb") as handle:
            if kind == "jsonl":
                yield from _read_jsonl_stream(handle, where=where, published=published, max_bytes=max_bytes)
                return
            data = handle.read(max_bytes + 1)
    except OSError as err:
        yield InputError("unreadable", err.strerror or str(err), where=where)
        return
    yield from _read_bytes(data, where=where, kind=kind, published=published, max_bytes=max_bytes)


def _read_jsonl_stream(handle: BinaryIO, *, where: str, published: str | None, max_bytes: int) -> Iterator[Item]:
    """A JSON Lines corpus read line by line, so it may be any size: `max_bytes` bounds each line (one article),
    not the file. JSON is UTF-8; a line that is not is an encoding error for that line alone."""
    head = handle.read(8192)
    if b"\x00" in head:
        yield InputError("binary", "binary data (NUL bytes), not text", where=where)
        return
    handle.seek(0)
    yield from _jsonl_items(handle, where=where, published=published, max_bytes=max_bytes)


def _jsonl_items(handle: BinaryIO, *, where: str, published: str | None, max_bytes: int) -> Iterator[Item]:
    produced = False
    for item in articles_from_jsonl(_jsonl_lines(handle, where=where, max_bytes=max_bytes), where=where,
                                    published=published):
        produced = True
        yield item
    if not produced:
        yield InputError("empty", "the file is empty", where=where)


class _PrefixedStream(io.RawIOBase):
    """Bytes already read from a stream, then the rest of that stream: a non-seekable input read on."""

    def __init__(self, prefix: bytes, rest: BinaryIO) -> None:
        self._prefix = memoryview(prefix)
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[override]
        if not self._prefix:
            chunk = self._rest.read(len(buffer))
        else:
            chunk, self._prefix = self._prefix[:len(buffer)], self._prefix[len(buffer):]
        buffer[:len(chunk)] = chunk
        return len(chunk)


def _jsonl_lines(handle: BinaryIO, *, where: str, max_bytes: int) -> Iterator[str | InputError]:
    number = 0
    while raw := handle.readline(max_bytes + 1):
        number += 1
        if len(raw) > max_bytes and not raw.endswith(b"\n"):
            while (rest := handle.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass  # skip the rest of the over-long line, without holding it in memory
            yield InputError("too_large", f"a line over the limit of {max_bytes} bytes", where=f"{where}:{number}")
            continue
        try:
            yield raw.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError as err:
            yield InputError("encoding", f"not UTF-8 (byte {err.start} of the line)", where=f"{where}:{number}")


def _read_bytes(data: bytes, *, where: str, kind: str | None, published: str | None, max_bytes: int) -> Iterator[Item]:
    if len(data) > max_bytes and kind != "jsonl":
        yield InputError("too_large", f"over the limit of {max_bytes} bytes", where=where)
        return
    try:
        text = decode(data, where=where)
    except InputError as err:
        yield err
        return
    if kind is None:
        head = text.lstrip()[:1]
        # A JSON array, or one object spread over several lines (a pretty-printed .json file), is one JSON
        # document rather than JSON Lines; a one-line object stays JSONL (its origin keeps the line number).
        if head == "[" or head == "{" and "\n" in text.strip():
            items = _articles_from_json_document(text, where=where, published=published)
            if items is not None:
                yield from items
                return
        kind = "jsonl" if head == "{" else "html" if head == "<" else "txt"
    if kind == "jsonl":
        if len(data) > max_bytes:
            yield InputError("too_large", f"over the limit of {max_bytes} bytes", where=where)
            return
        yield from articles_from_jsonl(text.splitlines(), where=where, published=published)
        return
    try:
        if kind == "html":
            yield article_from_html(text, where=where, published=published)
        else:
            yield article_from_txt(text, where=where, published=published)
    except InputError as err:
        yield err


def read_paths(paths: Iterable[str | Path], *, published: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    for path in paths:
        yield from read_path(path, published=published, max_bytes=max_bytes)
