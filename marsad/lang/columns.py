"""Per-document token columns shared by the stages: the texts, norms and starts of ``doc.tokens``.

The mention, actor and place stages each read the texts (or starts) of every token of a document; each
built its own list with a comprehension over the tokens.  The columns here are built once per document,
on first need, and kept for the last document only (like :func:`marsad.coding.structure.words_of`'s
cache): the list is rebuilt when the document, its tokens list or that list's length changes.  Tokens
are never edited after the sentence stage (``marsad.lang.tokenize`` builds them), so a column stays
true for its document.  Callers must not modify a returned list; a sentence's part is a slice
(``token_texts(doc)[s.token_start:s.token_end]``, a new list made in C).
"""
from __future__ import annotations

_COLS: list = [None, None, -1, None]   # document, its tokens list, that list's length, {column name: list}


def _columns(doc) -> dict:
    toks = doc.tokens
    st = _COLS
    if st[0] is not doc or st[1] is not toks or st[2] != len(toks):
        st[0], st[1], st[2], st[3] = doc, toks, len(toks), {}
    return st[3]


def _column(doc, name: str, make) -> list:
    """The column ``name`` of the document, ``make(doc.tokens)`` on first need."""
    cols = _columns(doc)
    r = cols.get(name)
    if r is None:
        r = cols[name] = make(doc.tokens)
    return r


def token_texts(doc) -> list[str]:
    """``[t.text for t in doc.tokens]``, built once per document."""
    return _column(doc, "text", lambda toks: [t.text for t in toks])


def token_norms(doc) -> list[str]:
    """``[t.norm for t in doc.tokens]``, built once per document."""
    return _column(doc, "norm", lambda toks: [t.norm for t in toks])


def token_starts(doc) -> list[int]:
    """``[t.start for t in doc.tokens]`` (ascending: tokens are in text order), built once per document."""
    return _column(doc, "start", lambda toks: [t.start for t in toks])


def token_triples(doc) -> list[tuple[int, int, int]]:
    """``[(t.start, t.end, t.sentence) for t in doc.tokens]`` (the gazetteer matcher's token view), built once
    per document."""
    return _column(doc, "triple", lambda toks: [(t.start, t.end, t.sentence) for t in toks])


def token_norm_set(doc) -> frozenset:
    """The distinct ``t.norm`` of ``doc.tokens`` (a frozenset of :func:`token_norms`), built once per document: the
    upper bounds of the document-level gates (``domain._may_be_sports``, ``hazards.disaster_sentences``)."""
    cols = _columns(doc)
    r = cols.get("norm_set")
    if r is None:
        r = cols["norm_set"] = frozenset(token_norms(doc))
    return r


def tokens_outside(doc, skip) -> tuple[list, list, list[str]]:
    """The tokens of ``doc.tokens`` whose sentence is not in ``skip`` (a set of sentence indices), with their
    triples and texts: ``[t for t in doc.tokens if t.sentence not in skip]`` and the matching parts of
    :func:`token_triples` / :func:`token_texts`.  A sentence's tokens are ``doc.tokens[s.token_start:s.token_end]``
    (:class:`marsad.model.Sentence`), so each list is the slices of its column between the skipped sentences' ranges,
    cut in C (the place and actor stages read the tokens outside a source line or page chrome; no Python step a token).
    """
    sents = doc.sentences
    cuts = sorted((sents[i].token_start, sents[i].token_end) for i in skip)
    out = []
    for col in (doc.tokens, token_triples(doc), token_texts(doc)):
        part: list = []
        prev = 0
        for a, b in cuts:
            part += col[prev:a]
            prev = b
        part += col[prev:]
        out.append(part)
    return out[0], out[1], out[2]
