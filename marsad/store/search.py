"""Arabic-aware keyword search over stored documents, offline, on DuckDB and PostgreSQL.

DuckDB's ``fts`` extension downloads itself at run time and cannot be used here, and
PostgreSQL's ``arabic`` text-search configuration exists only on one of the two back
ends, so the index is plain SQL that both run the same way:

- ``doc_terms(doc_id, term, tf)`` — one row per distinct term of a document with its
  frequency, and ``doc_lengths(doc_id, n_terms)``; both are filled in the same
  transaction as the document (:meth:`marsad.store.Store.write_documents`).
- Ranking is BM25 (k1 = 1.2, b = 0.75, idf = ln(1 + (N - df + .5) / (df + .5))) in one SQL
  query; documents matching more of the query's terms come first, then by score
  (compared at 1e-6 so that DuckDB and PostgreSQL order ties identically), then by id.

What a *term* is (:func:`term_key`), the same for documents and queries:

- Arabic words are put in their matching form (:func:`marsad.lang.normalize.normalize`:
  hamza/alef/ya/ta-marbuta folding, no diacritics or tatweel), proclitics and pronoun
  suffixes are split off by the language layer's clitic segmenter
  (:func:`marsad.lang.tokenize.analyse` / ``segment_word``, loaded lazily), and the definite
  article ال is dropped: ``بالعاصمة``, ``للعاصمة``, ``العاصمة`` and ``عاصمة`` all index as
  ``عاصمه``; ``لواشنطن`` as ``واشنطن``.  Without the segmenter a conservative fallback strips
  only a proclitic before the article (``وبال`` + noun).
- Latin words are lower-cased (a trailing possessive ``'s`` is dropped); numbers are kept
  with Arabic-Indic digits folded to ASCII.  One-letter terms are not indexed.

Public functions: :func:`search`, :func:`count_matches`, :func:`query_terms`,
:func:`document_terms`, :func:`index_document` (and :class:`IndexBuffer`, used by
``Store.write_documents`` to write a batch's index rows in one bulk operation), :func:`reindex`.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Any, Iterable, Optional

from ..lang.normalize import normalize

K1 = 1.2
B = 0.75
SNIPPET_CHARS = 220
MAX_QUERY_TERMS = 32

_AR = "\u0621-\u063a\u0641-\u064a\u066e-\u066f\u0671-\u06d3\u06d5\u06fa-\u06ff"
_AR_MARKS = "\u0640\u064b-\u065f\u0670\u06d6-\u06ed\u200c\u200d"
_WORD = re.compile(
    rf"[{_AR}][{_AR}{_AR_MARKS}]*"                 # Arabic word (with diacritics / tatweel)
    r"|[A-Za-z\u00c0-\u024f]+(?:['’][A-Za-z]+)?"   # Latin word (with an apostrophe part)
    r"|[0-9\u0660-\u0669\u06f0-\u06f9]+"           # number
)
_FALLBACK_PREFIXES = ("وبال", "وكال", "فبال", "فكال", "وال", "فال", "بال", "كال", "لل")

_key_cache: dict[str, str] = {}
_analyser: Any = None


def _load_analyser() -> Any:
    """The language layer's clitic analyser, or False when it is not available."""
    global _analyser
    if _analyser is None:
        try:
            from ..lang import tokenize as _tok
            if hasattr(_tok, "analyse"):
                _analyser = ("analyse", _tok.analyse)
            elif hasattr(_tok, "segment_word"):
                _analyser = ("segment", _tok.segment_word)
            else:
                _analyser = False
        except Exception:  # the language layer is optional for search
            _analyser = False
    return _analyser


def _arabic_key(word: str) -> str:
    an = _load_analyser()
    n = ""
    if an and an[0] == "analyse":
        try:
            n = an[1](word)[2]
        except Exception:
            n = ""
    elif an:
        try:
            pre, stem, _suf = an[1](word)
            n = normalize(stem)
            if pre.endswith("ل") and n.startswith("ل") and not n.startswith("ال"):
                n = "ا" + n           # لل + noun: the article's alef is not written
        except Exception:
            n = ""
    if not n:
        n = normalize(word)
        for p in _FALLBACK_PREFIXES:
            if n.startswith(p) and len(n) - len(p) >= 2:
                n = ("ال" if p.endswith("ال") or p.endswith("لل") else "") + n[len(p):]
                break
    if n.startswith("ال") and len(n) >= 4:
        n = n[2:]
    return n


def term_key(word: str) -> str:
    """The index key of one word as written ('' when it is not indexed)."""
    k = _key_cache.get(word)
    if k is not None:
        return k
    c = word[0]
    if "\u0621" <= c <= "\u06ff" and not ("\u0660" <= c <= "\u0669" or "\u06f0" <= c <= "\u06f9"):
        k = _arabic_key(word)
    elif c.isdigit():
        k = normalize(word)
    else:
        k = normalize(word)
        if k.endswith(("'s", "’s")):
            k = k[:-2]
        k = k.replace("’", "'")
    if len(k) < 2:
        k = ""
    if len(_key_cache) > 300_000:
        _key_cache.clear()
    _key_cache[word] = k
    return k


def _words(text: str) -> Iterable[re.Match]:
    return _WORD.finditer(text)


def document_terms(text: str) -> Counter:
    """Term -> frequency for a text."""
    c: Counter = Counter()
    for m in _words(text):
        k = term_key(m.group())
        if k:
            c[k] += 1
    return c


def query_terms(query: str) -> list[str]:
    """Distinct index keys of a query, in order (at most MAX_QUERY_TERMS)."""
    out: list[str] = []
    for m in _words(query):
        k = term_key(m.group())
        if k and k not in out:
            out.append(k)
    return out[:MAX_QUERY_TERMS]


def _doc_text_for_index(text: str, title: Optional[str]) -> str:
    if title and title not in text:
        return title + "\n" + text
    return text


class IndexBuffer:
    """Index rows of a batch of documents, written in one bulk operation per table.

    DuckDB pays a few milliseconds per INSERT statement, so the store collects the rows of a
    whole ``write_documents`` batch and writes them at the end of its transaction: through an
    Arrow table on DuckDB, ``COPY`` on PostgreSQL, multi-row INSERTs otherwise.
    """

    __slots__ = ("terms", "lengths")

    def __init__(self) -> None:
        self.terms: list[tuple[str, str, int]] = []
        self.lengths: list[tuple[str, int]] = []

    def add(self, doc_id: str, text: str, title: Optional[str] = None) -> int:
        terms = document_terms(_doc_text_for_index(text or "", title))
        self.terms.extend((doc_id, t, n) for t, n in terms.items())
        self.lengths.append((doc_id, sum(terms.values())))
        return len(terms)

    def flush(self, store: Any) -> None:
        if self.lengths:
            _bulk_insert(store, "doc_terms", ["doc_id", "term", "tf"], self.terms)
            _bulk_insert(store, "doc_lengths", ["doc_id", "n_terms"], self.lengths)
        self.terms, self.lengths = [], []


def _bulk_insert(store: Any, table: str, columns: list[str], rows: list[tuple]) -> None:
    if rows:
        types = {"tf": "INTEGER", "n_terms": "INTEGER"}
        store.db.bulk_insert(table, [(c, types.get(c, "TEXT")) for c in columns], rows)


def index_document(store: Any, doc_id: str, text: str, title: Optional[str] = None,
                   buffer: Optional[IndexBuffer] = None) -> int:
    """Index one document (inside the caller's transaction); returns its number of distinct terms.

    With ``buffer`` the rows are only collected (the caller flushes the buffer)."""
    if buffer is not None:
        return buffer.add(doc_id, text, title)
    b = IndexBuffer()
    n = b.add(doc_id, text, title)
    b.flush(store)
    return n


def reindex(store: Any, all_documents: bool = False, batch: int = 200) -> int:
    """Index stored documents that have no index rows yet (all of them with ``all_documents``).

    Needed once for stores written before schema v3. Returns the number of documents indexed.
    """
    db = store.db
    if all_documents:
        with db.transaction():
            db.execute("DELETE FROM doc_terms")
            db.execute("DELETE FROM doc_lengths")
    n = 0
    while True:
        _, rows = db.query(
            "SELECT doc_id, text, title FROM documents WHERE doc_id NOT IN (SELECT doc_id FROM doc_lengths) "
            f"ORDER BY doc_id LIMIT {int(batch)}")
        if not rows:
            return n
        with db.transaction():
            buf = IndexBuffer()
            for doc_id, text, title in rows:
                buf.add(doc_id, text, title)
                n += 1
            buf.flush(store)


def _num(v: Any) -> Any:
    # PostgreSQL returns Decimal for some aggregates
    if v is None or isinstance(v, (int, float, str, bool)):
        return v
    try:
        return float(v)
    except (TypeError, ValueError):
        return v


def _filters(since: Optional[str], until: Optional[str], lang: Optional[str]) -> tuple[str, list]:
    clauses, params = [], []
    if since:
        clauses.append("substr(d.published_at, 1, 10) >= ?")
        params.append(since[:10])
    if until:
        clauses.append("substr(d.published_at, 1, 10) <= ?")
        params.append(until[:10])
    if lang:
        clauses.append("d.lang = ?")
        params.append(lang)
    return (" AND " + " AND ".join(clauses)) if clauses else "", params


def _ranked_sql(terms: list[str], require_all: bool, extra: str) -> str:
    ph = ", ".join("?" * len(terms))
    having = f" HAVING count(*) = {len(terms)}" if require_all else ""
    return (
        "WITH q AS (SELECT term, CAST(count(*) AS DOUBLE PRECISION) AS df FROM doc_terms "
        f"WHERE term IN ({ph}) GROUP BY term), "
        "s AS (SELECT t.doc_id AS doc_id, count(*) AS matched, "
        "sum(ln(1.0 + (? - q.df + 0.5) / (q.df + 0.5)) * (t.tf * ?) / "
        "(t.tf + ? * (1.0 - ? + ? * CAST(l.n_terms AS DOUBLE PRECISION) / ?))) AS score "
        "FROM doc_terms t JOIN q ON q.term = t.term JOIN doc_lengths l ON l.doc_id = t.doc_id "
        f"WHERE t.term IN ({ph}) GROUP BY t.doc_id{having}) "
        "SELECT s.doc_id, s.matched, s.score, d.title, d.url, d.publisher, d.published_at, d.lang, "
        "d.story_id, d.n_events FROM s JOIN documents d ON d.doc_id = s.doc_id"
        f" WHERE 1 = 1{extra}"
    )


def _stats(store: Any) -> tuple[float, float]:
    _, rows = store.db.query("SELECT count(*), avg(CAST(n_terms AS DOUBLE PRECISION)) FROM doc_lengths")
    n, avgdl = rows[0]
    return float(n or 0), float(avgdl or 1.0) or 1.0


def count_matches(store: Any, query: str, *, require_all: bool = False, since: Optional[str] = None,
                  until: Optional[str] = None, lang: Optional[str] = None) -> int:
    """How many documents :func:`search` would rank for ``query`` (for pagination)."""
    terms = query_terms(query)
    if not terms:
        return 0
    extra, fparams = _filters(since, until, lang)
    ph = ", ".join("?" * len(terms))
    having = f" HAVING count(*) = {len(terms)}" if require_all else ""
    sql = (f"SELECT count(*) FROM (SELECT t.doc_id FROM doc_terms t WHERE t.term IN ({ph}) "
           f"GROUP BY t.doc_id{having}) s JOIN documents d ON d.doc_id = s.doc_id WHERE 1 = 1{extra}")
    _, rows = store.db.query(sql, [*terms, *fparams])
    return int(rows[0][0])


def search(store: Any, query: str, limit: int = 20, offset: int = 0, *, require_all: bool = False,
           since: Optional[str] = None, until: Optional[str] = None, lang: Optional[str] = None,
           snippets: bool = True) -> list[dict]:
    """Rank stored documents for a keyword query.

    Returns a list of plain dicts, best first::

        {"doc_id", "title", "url", "publisher", "published_at", "lang", "story_id", "n_events",
         "score",            # BM25, rounded to 4 decimals
         "matched_terms",    # how many distinct query terms the document contains
         "query_terms",      # the query's index keys
         "snippet",          # ~220 characters of the text around the densest hits (newlines -> spaces)
         "snippet_start", "snippet_end",  # offsets of the snippet in the document text
         "truncated_start", "truncated_end",  # whether text was cut before / after (show "…")
         "highlights",       # [[start, end], ...] hit words, offsets into the document text
         "snippet_highlights"}  # the same, offsets into ``snippet``

    ``require_all`` keeps only documents containing every query term; ``since``/``until``
    (ISO dates, inclusive) filter on ``published_at``; ``lang`` on the document language.
    """
    terms = query_terms(query)
    if not terms:
        return []
    n_docs, avgdl = _stats(store)
    extra, fparams = _filters(since, until, lang)
    sql = _ranked_sql(terms, require_all, extra)
    sql += (" ORDER BY s.matched DESC, floor(s.score * 1000000.0) DESC, s.doc_id"
            f" LIMIT {max(0, int(limit))} OFFSET {max(0, int(offset))}")
    params = [*terms, n_docs, K1 + 1.0, K1, B, B, avgdl, *terms, *fparams]
    cols, rows = store.db.query(sql, params)
    out = []
    for r in rows:
        d = dict(zip(cols, r))
        item = {
            "doc_id": d["doc_id"], "title": d["title"], "url": d["url"], "publisher": d["publisher"],
            "published_at": d["published_at"], "lang": d["lang"], "story_id": d["story_id"],
            "n_events": _num(d["n_events"]), "score": round(float(d["score"]), 4),
            "matched_terms": int(d["matched"]), "query_terms": terms,
            "snippet": None, "snippet_start": None, "snippet_end": None, "truncated_start": False,
            "truncated_end": False, "highlights": [], "snippet_highlights": [],
        }
        out.append(item)
    if snippets and out:
        ph = ", ".join("?" * len(out))
        _, trows = store.db.query(f"SELECT doc_id, text FROM documents WHERE doc_id IN ({ph})",
                                  [o["doc_id"] for o in out])
        texts = dict(trows)
        want = set(terms)
        for o in out:
            o.update(snippet_for(texts.get(o["doc_id"]) or "", want))
    return out


def snippet_for(text: str, terms: "set[str] | Iterable[str]", width: int = SNIPPET_CHARS) -> dict:
    """Snippet around the densest cluster of hits of ``terms`` (index keys) in ``text``."""
    want = set(terms)
    hits = [(m.start(), m.end()) for m in _words(text) if term_key(m.group()) in want]
    if not hits:
        end = min(len(text), width)
        return {"snippet": text[:end].replace("\n", " "), "snippet_start": 0, "snippet_end": end,
                "truncated_start": False, "truncated_end": end < len(text), "highlights": [],
                "snippet_highlights": []}
    # window start that covers the most hits
    best_i, best_n = 0, 0
    j = 0
    for i, (a, _b) in enumerate(hits):
        while j < len(hits) and hits[j][1] <= a + width:
            j += 1
        if j - i > best_n:
            best_i, best_n = i, j - i
    a = hits[best_i][0]
    start = max(0, a - width // 4)
    # do not cut a word at the start
    if start > 0:
        sp = text.rfind(" ", max(0, start - 20), start)
        start = sp + 1 if sp >= 0 else start
    end = min(len(text), start + width)
    if end < len(text):
        sp = text.find(" ", end)
        end = sp if 0 <= sp <= end + 20 else end
    snip = text[start:end].replace("\n", " ")
    hl = [[s, e] for s, e in hits if s >= start and e <= end]
    return {"snippet": snip, "snippet_start": start, "snippet_end": end,
            "truncated_start": start > 0, "truncated_end": end < len(text),
            "highlights": hl, "snippet_highlights": [[s - start, e - start] for s, e in hl]}


__all__ = ["search", "count_matches", "query_terms", "document_terms", "term_key", "index_document", "IndexBuffer",
           "reindex", "snippet_for"]
