"""HTML -> article text + metadata.

``extract_html`` uses trafilatura (main-text detection, boilerplate removal, title, date, author,
site name); ``simple_extract`` is a small lxml block-text extractor used for feed fragments,
as a fallback when trafilatura finds no main text, and as the baseline it was measured against
(``bench/bench_ingest.py --html-compare``).

Document text layout for HTML input: the title on the first line, a blank line, the image
captions of the article (``<figcaption>``, one per line, then a blank line) when there are any,
then the extracted paragraphs one per line.  The title is not repeated when the main text already
starts with it.  ``HtmlResult.captions`` lists the caption lines; the reader records their offsets
in ``Document.meta["caption_spans"]`` so the clean stage marks them ``caption``.
"""
from __future__ import annotations

import logging
import os
import re
import warnings
from dataclasses import dataclass, field
from typing import Optional

__all__ = ["HtmlResult", "extract_html", "simple_extract", "looks_truncated", "has_article_text"]


@dataclass
class HtmlResult:
    text: str
    title: Optional[str] = None
    author: Optional[str] = None
    date: Optional[str] = None
    sitename: Optional[str] = None
    url: Optional[str] = None
    lang: Optional[str] = None
    extractor: str = "trafilatura"
    warnings: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)


def _layout(title: Optional[str], captions: list[str], lines: list[str]) -> str:
    if not lines:
        return ""
    head = (title + "\n\n") if title else ""
    caps = ("\n".join(captions) + "\n\n") if captions else ""
    return head + caps + "\n".join(lines)


_MAX_CAPTIONS = 8


def figcaptions(html: str, root=None) -> list[str]:
    """Texts of the ``<figcaption>`` elements of the article (inside <article>/<main> if present)."""
    if "<figcaption" not in html.lower():
        return []
    if root is None:
        root = _parse(html)
        if root is None:
            return []
    scope = root.find(".//article")
    if scope is None:
        scope = root.find(".//main")
    if scope is None:
        scope = root
    out: list[str] = []
    for el in scope.iter("figcaption"):
        t = _WS.sub(" ", el.text_content()).strip()
        if t and t not in out:
            out.append(t)
        if len(out) >= _MAX_CAPTIONS:
            break
    return out


_DROP_TAGS = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe",
              "svg", "button", "select", "template")
_BLOCK_TAGS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "td",
               "th", "dd", "dt", "caption"}
_WS = re.compile(r"[ \t\r\n\f\v]+")
_HTML_LANG = re.compile(r"<html[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})", re.I)


def has_article_text(text: str, title: Optional[str] = None, min_words: int = 6) -> bool:
    """True when ``text`` (minus its title line) holds at least one line of ``min_words`` words."""
    for line in text.split("\n"):
        line = line.strip()
        if line and line != title and len(line.split()) >= min_words:
            return True
    return False


def looks_truncated(html: str) -> bool:
    tail = html[-2000:].lower()
    return "</html>" not in tail and "</body>" not in tail


def _parse(html: str):
    import lxml.html
    try:
        return lxml.html.document_fromstring(html)
    except Exception:  # lxml raises ParserError on empty documents
        return None


def simple_extract(html: str) -> HtmlResult:
    """Text of block elements (p, headings, list items, captions...) outside nav/header/footer."""
    root = _parse(html)
    if root is None:
        return HtmlResult(text="", extractor="simple")
    title = None
    t = root.find(".//title")
    if t is not None and t.text_content().strip():
        title = _WS.sub(" ", t.text_content()).strip()
    caps = figcaptions(html, root)
    h1 = root.find(".//h1")
    if h1 is not None and h1.text_content().strip():
        title = _WS.sub(" ", h1.text_content()).strip()
    doomed = [el for el in root.iter(*_DROP_TAGS)]
    for el in doomed:
        if el.getparent() is not None:
            el.drop_tree()
    lines: list[str] = []
    body = root.find(".//body")
    scope = body if body is not None else root

    def walk(el):
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag == "figcaption":
            return
        if tag in _BLOCK_TAGS:
            s = _WS.sub(" ", el.text_content()).strip()
            if s:
                lines.append(s)
            return
        for ch in el:
            walk(ch)
    walk(scope)
    if not lines:
        s = _WS.sub(" ", scope.text_content()).strip()
        if s:
            lines = [s]
    if lines and title and lines[0] == title:
        lines = lines[1:]
    caps = [c for c in caps if c not in lines]
    m = _HTML_LANG.search(html[:3000])
    return HtmlResult(text=_layout(title, caps, lines), title=title, extractor="simple",
                      lang=m.group(1).lower() if m else None, captions=caps if lines else [])


_quiet = False


def _quiet_loggers() -> None:
    """trafilatura/htmldate log an ERROR for every empty page; our ReadFailure says it better."""
    global _quiet
    if not _quiet:
        for name in ("trafilatura", "htmldate", "courlan", "justext"):
            lg = logging.getLogger(name)
            if lg.level == logging.NOTSET:
                lg.setLevel(logging.CRITICAL)
        _quiet = True


def extract_html(html: str, url: Optional[str] = None, fast: Optional[bool] = None) -> HtmlResult:
    """Main text and metadata of an HTML page; ``text`` is "" when nothing was found.

    ``fast`` (default: env ``MARSAD_HTML_FAST=1``) skips trafilatura's fallback extractors:
    ~30% faster, same paragraph precision/recall on the benchmark pages, possibly worse on odd
    layouts."""
    import trafilatura
    _quiet_loggers()
    if fast is None:
        fast = os.environ.get("MARSAD_HTML_FAST", "") not in ("", "0", "false", "no")
    res: Optional[HtmlResult] = None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            d = trafilatura.bare_extraction(
                html, url=url, fast=bool(fast), with_metadata=True, include_comments=False, include_tables=True,
                date_extraction_params={"extensive_search": False, "original_date": True},
            )
    except Exception as e:  # trafilatura is robust, but never let a page crash a batch
        d = None
        err = f"trafilatura failed ({type(e).__name__}: {e}); used the simple extractor"
    else:
        err = None
    if d is not None:
        dd = d.as_dict() if hasattr(d, "as_dict") else dict(d)
        body = (dd.get("text") or "").strip()
        title = (dd.get("title") or "").strip() or None
        if body:
            lines = [ln.strip() for ln in body.split("\n")]
            lines = [ln for ln in lines if ln]
            if title and lines and lines[0] == title:
                lines = lines[1:]
            caps = [c for c in figcaptions(html) if c not in lines]
            res = HtmlResult(text=_layout(title, caps, lines), captions=caps, title=title, author=(dd.get("author") or None),
                             date=(dd.get("date") or None), sitename=(dd.get("sitename") or None),
                             url=(dd.get("url") or url), extractor="trafilatura")
    if res is None:
        res = simple_extract(html)
        if err:
            res.warnings.append(err)
        elif res.text:
            res.warnings.append("trafilatura found no main text; used the simple extractor")
    if res.lang is None:
        m = _HTML_LANG.search(html[:3000])
        if m:
            res.lang = m.group(1).lower()
    if looks_truncated(html):
        res.warnings.append("HTML looks truncated (no closing </body> or </html>)")
    return res
