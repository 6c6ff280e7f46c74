"""Readers: files, directories, stdin, gzip; text, HTML, JSON Lines, RSS/Atom, WARC.

``read_paths(paths)`` yields one :class:`~marsad.model.Document` per article, or a
:class:`ReadFailure` for each input that cannot give one.  Nothing raises out of it: a binary
file, an empty file, undecodable bytes, HTML without text, a JSONL line that is not JSON, a feed
that is not XML or a document over the size limit each become one ReadFailure with a clear
message, and reading continues.

Formats (``fmt``): ``text``, ``html``, ``jsonl``, ``feed`` (RSS/Atom; ``rss``/``atom`` are
aliases), ``warc``.  Detection: extension first (``.txt .html .htm .jsonl .ndjson .json .rss
.atom .xml .warc``, any of them ``.gz``), then content sniffing for unknown extensions; gzip is
recognised by its magic bytes whatever the name.  ``fmt`` forces the format (gzip is still
undone).

Document fields set here: ``id`` (the input's ``id`` when given, else ``content_hash[:16]``),
``text`` (decoded text, or for HTML the extracted article: title line, blank line, paragraphs),
``raw`` (the HTML, for HTML input), ``content_hash`` (SHA-256 of ``text``), ``url``, ``source``,
``title``, ``author``, ``publisher`` (site name / JSONL ``publisher``), ``published_at`` +
``published_at_basis`` (``"metadata"`` when it came from HTML meta, a feed or a JSONL field;
otherwise left missing), ``lang`` (+ ``meta["lang_forced"]``) when the input states it.
``meta`` records ``origin`` (file[:line] / feed#entry / warc@offset), ``format``, ``encoding``,
and ``fetched_at`` for WARC records (crawl time; never used as the publication date).

Text hygiene is by offsets: once decoded, ``Document.text`` is never modified.  The only
changes made while decoding are removing a BOM and, for text/JSONL/feed text that visibly
contains HTML entities (``&amp;`` ``&#1604;``), unescaping them (recorded in
``meta["unescaped_entities"]``).
"""
from __future__ import annotations

import fnmatch
import gzip
import hashlib
import html as _html
import io
import json
import os
import re
import sys
import zlib
from dataclasses import dataclass
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Optional, Union

from ..model import Document
from .decode import DecodeError, decode_bytes, sniff_binary

__all__ = ["ReadFailure", "ReadLimits", "read_paths", "read_bytes", "read_file", "detect_format",
           "FORMATS", "parse_date", "article_file"]

FORMATS = ("text", "html", "jsonl", "feed", "warc")
_ALIASES = {"txt": "text", "plain": "text", "htm": "html", "json": "jsonl", "ndjson": "jsonl",
            "rss": "feed", "atom": "feed", "xml": "feed"}

_EXT = {
    ".txt": "text", ".text": "text", ".md": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html", ".shtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl",
    ".rss": "feed", ".atom": "feed", ".xml": "feed", ".rdf": "feed",
    ".warc": "warc", ".arc": "warc",
}


@dataclass
class ReadFailure:
    """One input that gave no document: where, why, and the SHA-256 of its bytes when known."""
    source: str
    error: str
    content_hash: Optional[str] = None


def _env_int(name: str, default: int) -> int:
    try:
        return int(os.environ.get(name, default))
    except ValueError:
        return default


@dataclass
class ReadLimits:
    """Size limits.  A news article is a few KB; an HTML page rarely exceeds 2 MB.

    ``max_doc_bytes``: bytes of one document (a text/HTML file, a JSONL line, a WARC record, a
    feed entry) — default 10 MB, env ``MARSAD_MAX_DOC_BYTES``.  ``max_text_chars``: characters
    of the text of one document — default 1,000,000 (~150k words), env
    ``MARSAD_MAX_TEXT_CHARS``.  ``max_container_bytes``: a whole feed file (parsed in memory) —
    default 200 MB.  JSONL and WARC files are streamed and have no total limit.
    """
    max_doc_bytes: int = _env_int("MARSAD_MAX_DOC_BYTES", 10_000_000)
    max_text_chars: int = _env_int("MARSAD_MAX_TEXT_CHARS", 1_000_000)
    max_container_bytes: int = _env_int("MARSAD_MAX_CONTAINER_BYTES", 200_000_000)


class _Fail(Exception):
    pass


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _mb(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB"


# -- dates ----------------------------------------------------------------------------------------

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def parse_date(value: Any) -> Optional[str]:
    """ISO date/datetime string from a metadata value (ISO 8601, RFC 2822, epoch, struct_time).

    Returns None for anything it cannot read with certainty (never guesses)."""
    if value is None or value == "":
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if 0 < value < 1e11:
            return datetime.fromtimestamp(value, tz=timezone.utc).isoformat()
        if value >= 1e11:  # milliseconds
            return datetime.fromtimestamp(value / 1000, tz=timezone.utc).isoformat()
        return None
    if hasattr(value, "tm_year"):  # time.struct_time from feedparser (UTC)
        try:
            return datetime(*value[:6], tzinfo=timezone.utc).isoformat()
        except (ValueError, TypeError):
            return None
    s = str(value).strip()
    if not s:
        return None
    if _ISO_DATE.match(s):
        try:
            datetime.strptime(s, "%Y-%m-%d")
            return s
        except ValueError:
            return None
    s2 = s[:-1] + "+00:00" if s.endswith("Z") else s
    try:
        dt = datetime.fromisoformat(s2)
        return dt.isoformat()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(s).isoformat()
    except (TypeError, ValueError, IndexError):
        return None


# -- format detection -----------------------------------------------------------------------------

def _norm_fmt(fmt: Optional[str]) -> Optional[str]:
    if fmt is None or fmt == "" or fmt == "auto":
        return None
    f = fmt.lower().lstrip(".")
    f = _ALIASES.get(f, f)
    if f not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)} (or auto)")
    return f


def _ext_format(name: str) -> Optional[str]:
    n = name.lower()
    if n.endswith(".gz"):
        n = n[:-3]
    if n.endswith(".warc") or n.endswith(".arc"):
        return "warc"
    return _EXT.get(os.path.splitext(n)[1])


_HTML_SNIFF = re.compile(rb"^\s*(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html|<head|<body|<meta|<title|<div|<p[\s>]|<article)",
                         re.I | re.S)
_FEED_SNIFF = re.compile(rb"<(?:rss|feed|rdf:RDF)[\s>]", re.I)


def detect_format(head: bytes, name: str = "") -> str:
    """Format of a (decompressed) input from its name and first bytes."""
    if head.startswith(b"WARC/") or head.startswith(b"\x1f\x8b") and name.lower().endswith((".warc.gz", ".arc.gz")):
        return "warc"
    by_ext = _ext_format(name) if name else None
    if by_ext:
        return by_ext
    h = head[:4096]
    for bom in (b"\xef\xbb\xbf",):
        if h.startswith(bom):
            h = h[len(bom):]
    if h.startswith(b"\xff\xfe") or h.startswith(b"\xfe\xff"):
        try:
            h = h.decode("utf-16").encode("utf-8")
        except UnicodeDecodeError:
            pass
    s = h.lstrip()
    if s.startswith(b"{"):
        return "jsonl"
    if s.startswith(b"<?xml") or s.startswith(b"<rss") or s.startswith(b"<feed"):
        if _FEED_SNIFF.search(h):
            return "feed"
        if _HTML_SNIFF.search(s[s.find(b"?>") + 2:] if s.startswith(b"<?xml") else s):
            return "html"
        return "feed"
    if _HTML_SNIFF.match(s):
        return "html"
    return "text"


# -- streams --------------------------------------------------------------------------------------

class _Chain(io.RawIOBase):
    """A raw stream that first returns ``head`` then the rest of ``f`` (to sniff unseekable input)."""

    def __init__(self, head: bytes, f):
        self._head = head
        self._pos = 0
        self._f = f

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:
        if self._pos < len(self._head):
            n = min(len(b), len(self._head) - self._pos)
            b[:n] = self._head[self._pos:self._pos + n]
            self._pos += n
            return n
        data = self._f.read(len(b))
        n = len(data)
        b[:n] = data
        return n


def _read_limited(f, limit: int, what: str) -> bytes:
    data = f.read(limit + 1)
    if len(data) > limit:
        raise _Fail(f"{what} is larger than the limit of {_mb(limit)} (raise ReadLimits.max_doc_bytes "
                    f"or MARSAD_MAX_DOC_BYTES to read it)")
    return data


# -- public API -----------------------------------------------------------------------------------

Item = Union[Document, ReadFailure]


def read_paths(paths: "Iterable[str | os.PathLike] | str | os.PathLike", fmt: Optional[str] = None,
               include: "Iterable[str] | str | None" = None, *,
               limits: Optional[ReadLimits] = None,
               on_skip: Optional[Callable[[str, str], None]] = None) -> Iterator[Item]:
    """Yield Documents (or ReadFailures) from files, directories (recursive) and ``-`` (stdin).

    ``include``: glob patterns (``"*.html"``, ``"2022/**/*.txt"``) that files inside directories
    must match (on their name or their path relative to the directory); explicitly named files
    are always read.  Hidden files and directories are skipped.  Without ``include``, a directory
    walk reads article files only (:func:`article_file`: an article extension, ``.gz``, or none);
    each other file is passed to ``on_skip(path, reason)`` (the CLI prints it), not read.
    """
    f = _norm_fmt(fmt)
    lim = limits or ReadLimits()
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    pats = [include] if isinstance(include, str) else list(include or [])
    for p in paths:
        ps = os.fspath(p)
        if ps == "-":
            yield from _read_stdin(f, lim)
            continue
        path = Path(ps)
        if path.is_dir():
            for fp in walk_dir(path, pats, on_skip):
                yield from read_file(fp, f, limits=lim)
        elif path.exists():
            yield from read_file(path, f, limits=lim)
        else:
            yield ReadFailure(ps, "no such file or directory")


def walk_dir(root: Path, pats: list[str], on_skip: Optional[Callable[[str, str], None]] = None,
             accept: Optional[Callable[[str], bool]] = None) -> Iterator[Path]:
    """Files under ``root`` in a stable (sorted) order, hidden ones skipped, filtered by globs
    matched against the file name or the path relative to ``root``; without globs, only the files
    ``accept(name)`` takes (default :func:`article_file`), the others passed to ``on_skip``."""
    accept = accept or article_file
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for fn in sorted(filenames):
            if fn.startswith("."):
                continue
            fp = Path(dirpath) / fn
            if pats:
                rel = fp.relative_to(root).as_posix()
                if not any(fnmatch.fnmatch(fn, pt) or fnmatch.fnmatch(rel, pt) for pt in pats):
                    continue
            elif not accept(fn):
                if on_skip is not None:
                    on_skip(str(fp), f"not read: {os.path.splitext(fn)[1]!r} is not an article file type "
                                     f"(name the file, or select it with --include)")
                continue
            yield fp


def article_file(name: str) -> bool:
    """Whether a directory walk reads this file: an article extension (``.txt .html .jsonl .xml
    .warc`` …, also gzipped), ``.gz`` (sniffed inside) or no extension (sniffed).  Code, tables,
    images and office files beside the articles (``.py .tsv .csv .png .pdf`` …) are not articles:
    sniffed as text they gave events from code lines ("from x import y")."""
    n = name.lower()
    return n.endswith(".gz") or not os.path.splitext(n)[1] or _ext_format(n) is not None


def _read_stdin(fmt: Optional[str], lim: ReadLimits) -> Iterator[Item]:
    try:
        stream = sys.stdin.buffer
    except AttributeError:  # stdin replaced by a text object (tests, notebooks)
        stream = io.BytesIO(sys.stdin.read().encode("utf-8"))
    yield from _read_stream(stream, "<stdin>", fmt, lim, name="")


def read_file(path: "str | os.PathLike", fmt: Optional[str] = None, *,
              limits: Optional[ReadLimits] = None) -> Iterator[Item]:
    """Documents of one file (any format, gzip or not)."""
    lim = limits or ReadLimits()
    src = os.fspath(path)
    try:
        fobj = open(src, "rb")
    except OSError as e:
        yield ReadFailure(src, f"cannot open: {e.strerror or e}")
        return
    with fobj:
        yield from _read_stream(fobj, src, _norm_fmt(fmt), lim, name=os.path.basename(src))


def read_bytes(data: bytes, source: str = "<bytes>", fmt: Optional[str] = None, *,
               limits: Optional[ReadLimits] = None) -> Iterator[Item]:
    """Documents of an in-memory input (``source`` names it in Documents and failures).

    The file name in ``source`` (its extension) helps format detection."""
    lim = limits or ReadLimits()
    yield from _read_stream(io.BytesIO(data), source, _norm_fmt(fmt), lim,
                            name=os.path.basename(source) if source and not source.startswith("<") else "")


def _read_stream(f, source: str, fmt: Optional[str], lim: ReadLimits, name: str) -> Iterator[Item]:
    try:
        head = f.read(65536)
    except OSError as e:
        yield ReadFailure(source, f"cannot read: {e}")
        return
    if not head:
        yield ReadFailure(source, "empty input (0 bytes)")
        return
    gz = head[:2] == b"\x1f\x8b"
    if gz:
        inner = name[:-3] if name.lower().endswith(".gz") else name
        try:
            peek = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 4096)
        except zlib.error as e:
            yield ReadFailure(source, f"corrupt gzip: {e}")
            return
        if fmt == "warc" or fmt is None and (peek.startswith(b"WARC/") or _ext_format(inner) == "warc"):
            # warcio reads gzipped WARCs member by member (and survives a truncated last member)
            yield from _read_warc(io.BufferedReader(_Chain(head, f)), source, lim)
            return
        stream = gzip.GzipFile(fileobj=io.BufferedReader(_Chain(head, f)), mode="rb")
        try:
            head = stream.read(65536)
        except (OSError, EOFError, zlib.error) as e:
            yield ReadFailure(source, f"corrupt or truncated gzip: {e}")
            return
        if not head:
            yield ReadFailure(source, "empty input (gzip with no content)")
            return
        stream = io.BufferedReader(_Chain(head, stream))
    else:
        stream = io.BufferedReader(_Chain(head, f))
        inner = name
    kind = fmt or detect_format(head, inner)
    try:
        if kind == "jsonl" and head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"["):
            yield from _read_json_array(stream, source, lim)
        elif kind == "jsonl":
            yield from _read_jsonl(stream, source, lim)
        elif kind == "warc":
            yield from _read_warc(stream, source, lim)
        else:
            limit = lim.max_container_bytes if kind == "feed" else lim.max_doc_bytes
            try:
                data = _read_limited(stream, limit, "feed file" if kind == "feed" else "document")
            except (OSError, EOFError, zlib.error) as e:
                yield ReadFailure(source, f"corrupt or truncated gzip: {e}", None)
                return
            except _Fail as e:
                yield ReadFailure(source, str(e), None)
                return
            if kind == "feed":
                yield from _read_feed(data, source, lim)
            else:
                yield _one(lambda: _doc_from_bytes(data, source, kind, lim), source, data)
    except (OSError, EOFError, zlib.error) as e:
        yield ReadFailure(source, f"read error (corrupt or truncated input?): {type(e).__name__}: {e}")


def _one(make, source: str, data: Optional[bytes]) -> Item:
    try:
        return make()
    except _Fail as e:
        return ReadFailure(source, str(e), _sha(data) if data is not None else None)
    except DecodeError as e:
        return ReadFailure(source, str(e), _sha(data) if data is not None else None)
    except Exception as e:  # a reader bug must not stop the batch either
        return ReadFailure(source, f"unexpected error: {type(e).__name__}: {e}",
                           _sha(data) if data is not None else None)


# -- building documents ---------------------------------------------------------------------------

_ENTITY = re.compile(r"&(?:#\d{2,7}|#x[0-9a-fA-F]{2,6}|[a-zA-Z]{2,8});")


def _unescape(text: str, meta: dict) -> str:
    if "&" in text and _ENTITY.search(text):
        meta["unescaped_entities"] = True
        return _html.unescape(text)
    return text


def _check_text(text: str, lim: ReadLimits, what: str = "document") -> None:
    if not text.strip():
        raise _Fail(f"empty {what}: no text after decoding")
    if len(text) > lim.max_text_chars:
        raise _Fail(f"{what} text has {len(text):,} characters, over the limit of {lim.max_text_chars:,} "
                    f"(ReadLimits.max_text_chars / MARSAD_MAX_TEXT_CHARS)")


def _make_doc(text: str, *, id: Optional[str] = None, lang: Optional[str] = None, **kw: Any) -> Document:
    meta = kw.pop("meta", {})
    pub = kw.pop("published_at", None)
    doc = Document.from_text(text, id=id or None, lang=lang or None, **kw)
    doc.meta.update(meta)
    if pub:
        doc.published_at = pub
        doc.published_at_basis = "metadata"
    return doc


def _html_doc(html_text: str, origin: str, lim: ReadLimits, *, url: Optional[str] = None,
              meta: Optional[dict] = None, **fields: Any) -> Document:
    from .html import extract_html, has_article_text
    if len(html_text) > 10 * lim.max_text_chars:
        raise _Fail(f"HTML page has {len(html_text):,} characters, over the limit")
    res = extract_html(html_text, url=url)
    if not res.text.strip() or not has_article_text(res.text, res.title):
        trunc = " (the HTML looks truncated)" if any("truncated" in w for w in res.warnings) else ""
        raise _Fail(f"HTML yielded no article text{trunc}")
    _check_text(res.text, lim)
    m = dict(meta or {})
    m["extractor"] = res.extractor
    if res.captions:
        spans, pos = [], 0
        for cap in res.captions:
            i = res.text.find(cap, pos)
            if i >= 0:
                spans.append([i, i + len(cap)])
                pos = i + len(cap)
        if spans:
            m["caption_spans"] = spans
    if res.lang:
        m["declared_lang"] = res.lang
    title = fields.pop("title", None) or res.title
    pub = fields.pop("published_at", None) or parse_date(res.date)
    doc = _make_doc(res.text, raw=html_text, url=url or res.url, source=fields.pop("source", None) or origin,
                    title=title, author=fields.pop("author", None) or res.author,
                    publisher=fields.pop("publisher", None) or res.sitename, published_at=pub,
                    meta=m, **fields)
    doc.warnings.extend(res.warnings)
    return doc


def _doc_from_bytes(data: bytes, source: str, kind: str, lim: ReadLimits,
                    declared: Optional[str] = None, **fields: Any) -> Document:
    what = sniff_binary(data[:16])
    if what:
        raise _Fail(f"binary file: looks like {what}, not {kind}")
    text, enc = decode_bytes(data, declared)
    meta = dict(fields.pop("meta", {}))
    meta.update({"origin": meta.get("origin", source), "format": kind, "encoding": enc})
    if kind == "html":
        return _html_doc(text, source, lim, meta=meta, **fields)
    text = _unescape(text, meta)
    _check_text(text, lim)
    fields.setdefault("source", source)
    return _make_doc(text, meta=meta, **fields)


# -- JSON Lines -----------------------------------------------------------------------------------

_TEXT_KEYS = ("text", "body", "content", "article")
_HTML_KEYS = ("html", "raw_html")
_DATE_KEYS = ("published_at", "published", "date", "pub_date", "datetime", "timestamp")


def _read_jsonl(stream, source: str, lim: ReadLimits) -> Iterator[Item]:
    n = 0
    bom_checked = False
    while True:
        line = stream.readline(lim.max_doc_bytes + 1)
        if not line:
            break
        n += 1
        loc = f"{source}:{n}"
        if len(line) > lim.max_doc_bytes and not line.endswith(b"\n"):
            # skip the rest of the over-long line
            while True:
                rest = stream.readline(1 << 20)
                if not rest or rest.endswith(b"\n"):
                    break
            yield ReadFailure(loc, f"JSONL line {n} is larger than the limit of {_mb(lim.max_doc_bytes)}")
            continue
        if not bom_checked:
            bom_checked = True
            if line.startswith(b"\xef\xbb\xbf"):
                line = line[3:]
        if not line.strip():
            continue
        yield _one(lambda: _jsonl_doc(line, loc, n, lim), loc, line)


_LANG_NAMES = {"arabic": "ar", "ara": "ar", "arb": "ar", "english": "en", "eng": "en", "عربي": "ar",
               "العربية": "ar", "عربية": "ar", "إنجليزي": "en", "الإنجليزية": "en"}


def _str(v: Any) -> Optional[str]:
    """A metadata field as a non-empty string (numbers converted; lists/objects dropped)."""
    if isinstance(v, str):
        v = v.strip()
        return v or None
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return str(v)
    return None


def _norm_lang(value: Any) -> Optional[str]:
    """ISO 639-1 code from a stated language ("ar", "AR", "ar-SA", "Arabic"); None if unusable."""
    if not isinstance(value, str) or not value.strip():
        return None
    v = value.strip().lower().replace("_", "-")
    v = _LANG_NAMES.get(v, v).split("-")[0]
    return v if re.fullmatch(r"[a-z]{2,3}", v) else None


def _read_json_array(stream, source: str, lim: ReadLimits) -> Iterator[Item]:
    """A .json file holding one array of article objects (read whole, up to max_container_bytes)."""
    try:
        data = _read_limited(stream, lim.max_container_bytes, "JSON file")
    except _Fail as e:
        yield ReadFailure(source, str(e))
        return
    try:
        arr = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        yield ReadFailure(source, f"not valid JSON: {e}", _sha(data))
        return
    if not isinstance(arr, list):
        yield ReadFailure(source, "JSON file is not an array of article objects", _sha(data))
        return
    for i, obj in enumerate(arr):
        loc = f"{source}[{i}]"
        yield _one(lambda: _json_obj_doc(obj, loc, i, lim, "JSON item"), loc, None)


def _jsonl_doc(line: bytes, loc: str, n: int, lim: ReadLimits) -> Document:
    try:
        s = line.decode("utf-8")
    except UnicodeDecodeError as e:
        raise _Fail(f"JSONL line {n} is not valid UTF-8 ({e.reason} at byte {e.start})") from None
    try:
        obj = json.loads(s)
    except json.JSONDecodeError as e:
        raise _Fail(f"JSONL line {n} is not JSON: {e.msg} (column {e.colno})") from None
    return _json_obj_doc(obj, loc, n, lim)


def _json_obj_doc(obj: Any, loc: str, n: int, lim: ReadLimits, what: str = "JSONL line") -> Document:
    if not isinstance(obj, dict):
        raise _Fail(f"{what} {n} is a JSON {type(obj).__name__}, not an object")
    meta: dict = {"origin": loc, "format": "jsonl"}
    ident = obj.get("id")
    ident = str(ident) if ident not in (None, "") else None
    lang = _norm_lang(obj.get("lang") or obj.get("language"))
    raw_date = next((obj[k] for k in _DATE_KEYS if obj.get(k) not in (None, "")), None)
    pub = parse_date(raw_date)
    if raw_date is not None and pub is None:
        meta["unparsed_published_at"] = str(raw_date)
    fields = dict(id=ident, url=_str(obj.get("url")), title=_str(obj.get("title")),
                  author=_str(obj.get("author")), publisher=_str(obj.get("publisher")),
                  source=str(obj["source"]) if obj.get("source") else loc,
                  lang=lang)
    text = next((obj[k] for k in _TEXT_KEYS if isinstance(obj.get(k), str) and obj[k].strip()), None)
    html_text = next((obj[k] for k in _HTML_KEYS if isinstance(obj.get(k), str) and obj[k].strip()), None)
    if text is None and html_text is None:
        raise _Fail(f"{what} {n} has no text: expected a non-empty 'text' or 'html' field "
                    f"(keys: {', '.join(list(obj)[:10])})")
    if text is None:
        if pub:
            fields["published_at"] = pub
        doc = _html_doc(html_text, loc, lim, meta=meta, **fields)
        if pub is None and doc.published_at:
            pass  # from the page's own metadata
        return doc
    text = _unescape(text, meta)
    _check_text(text, lim, f"{what} {n}")
    doc = _make_doc(text, published_at=pub, meta=meta, **fields)
    if html_text:
        doc.raw = html_text
    return doc


# -- RSS / Atom -----------------------------------------------------------------------------------

def _read_feed(data: bytes, source: str, lim: ReadLimits) -> Iterator[Item]:
    import feedparser
    what = sniff_binary(data[:16])
    if what:
        yield ReadFailure(source, f"binary file: looks like {what}, not a feed", _sha(data))
        return
    try:
        parsed = feedparser.parse(data)
    except Exception as e:
        yield ReadFailure(source, f"feed could not be parsed: {type(e).__name__}: {e}", _sha(data))
        return
    entries = parsed.get("entries") or []
    version = parsed.get("version") or ""
    if not entries:
        if parsed.get("bozo"):
            exc = parsed.get("bozo_exception")
            yield ReadFailure(source, f"not a valid RSS/Atom feed (not well-formed XML: {exc})", _sha(data))
        elif not version:
            yield ReadFailure(source, "not an RSS/Atom feed: no <rss>, <feed> or <rdf:RDF> root", _sha(data))
        else:
            yield ReadFailure(source, f"feed ({version}) has no entries", _sha(data))
        return
    feed_title = (parsed.get("feed") or {}).get("title")
    for i, e in enumerate(entries):
        loc = f"{source}#{i + 1}"
        yield _one(lambda: _feed_doc(e, loc, feed_title, version, lim), loc, None)


def _feed_doc(e: Any, loc: str, feed_title: Optional[str], version: str, lim: ReadLimits) -> Document:
    from .html import simple_extract
    body = None
    content = e.get("content") or []
    for c in content:
        if c.get("value", "").strip():
            body = c
            break
    if body is None and (e.get("summary") or "").strip():
        body = e.get("summary_detail") or {"value": e.get("summary"), "type": "text/html"}
    title = (e.get("title") or "").strip() or None
    if body is None:
        raise _Fail("feed entry has no content or summary")
    value = body.get("value", "")
    meta = {"origin": loc, "format": "feed", "feed_version": version}
    if feed_title:
        meta["feed_title"] = feed_title
    if "html" in (body.get("type") or "") or re.search(r"<[a-zA-Z/][^>]*>", value):
        res = simple_extract("<html><body>" + value + "</body></html>")
        text_body = res.text
        if res.title and text_body.startswith(res.title + "\n\n"):
            pass
    else:
        text_body = _unescape(value, meta)
    text_body = text_body.strip()
    if not text_body:
        raise _Fail("feed entry content has no text")
    text = (title + "\n\n" + text_body) if title and not text_body.startswith(title) else text_body
    _check_text(text, lim, "feed entry")
    pub = None
    for k in ("published_parsed", "updated_parsed", "created_parsed"):
        if e.get(k):
            pub = parse_date(e.get(k))
            if pub:
                break
    if pub is None:
        for k in ("published", "updated"):
            if e.get(k):
                pub = parse_date(e.get(k))
                if pub:
                    break
    ident = None  # feed guids are URLs/opaque; doc id stays the content hash, guid kept in meta
    if e.get("id"):
        meta["guid"] = e.get("id")
    return _make_doc(text, id=ident, url=e.get("link") or None, title=title,
                     author=e.get("author") or None, source=loc, publisher=feed_title or None,
                     published_at=pub, meta=meta)


# -- WARC -----------------------------------------------------------------------------------------

def _read_warc(stream, source: str, lim: ReadLimits) -> Iterator[Item]:
    from warcio.archiveiterator import ArchiveIterator
    try:
        it = ArchiveIterator(stream, arc2warc=True)
        for rec in it:
            if rec.rec_type not in ("response", "resource"):
                continue
            uri = rec.rec_headers.get_header("WARC-Target-URI")
            ctype = ""
            if rec.rec_type == "response" and rec.http_headers is not None:
                status = rec.http_headers.get_statuscode()
                if status and not str(status).startswith("2"):
                    continue
                ctype = rec.http_headers.get_header("Content-Type") or ""
            else:
                ctype = rec.rec_headers.get_header("Content-Type") or ""
            if "html" not in ctype.lower():
                continue
            try:
                clen = int(rec.rec_headers.get_header("Content-Length") or 0)
            except ValueError:
                clen = 0
            payload, err = b"", None
            if clen > lim.max_doc_bytes:
                err = f"WARC record is larger than the limit of {_mb(lim.max_doc_bytes)}"
            else:
                try:
                    payload = rec.content_stream().read(lim.max_doc_bytes + 1)
                except Exception as e:
                    err = f"WARC record payload unreadable: {type(e).__name__}: {e}"
                if len(payload) > lim.max_doc_bytes:
                    err = f"WARC record is larger than the limit of {_mb(lim.max_doc_bytes)}"
            # (get_record_offset reads the rest of the record: only after the payload)
            loc = f"{source}@{it.get_record_offset()}" + (f" {uri}" if uri else "")
            if err:
                yield ReadFailure(loc, err, _sha(payload) if payload else None)
                continue
            m = re.search(r"charset\s*=\s*[\"']?([\w\-:.]+)", ctype, re.I)
            meta = {"origin": loc, "warc_record_id": rec.rec_headers.get_header("WARC-Record-ID")}
            fetched = parse_date(rec.rec_headers.get_header("WARC-Date"))
            if fetched:
                meta["fetched_at"] = fetched
            yield _one(lambda: _doc_from_bytes(payload, loc, "html", lim, declared=m.group(1) if m else None,
                                               url=uri, meta=meta), loc, payload)
    except Exception as e:  # ArchiveLoadFailed, truncated gzip members, ...
        yield ReadFailure(source, f"WARC file could not be read further: {type(e).__name__}: {e}")
