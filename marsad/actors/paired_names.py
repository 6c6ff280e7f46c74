"""A short name that is a common word alone, read as the name beside a partner (session 20, ARB).

"فتح وحماس توقعان إعلانا للمصالحة"، "المحادثات بين حماس وفتح": the bare word فتح ("opened", "conquest") is no entry of
the lexicon (organisations.tsv names Fatah حركة فتح); joined by و to a partner listed in ``paired_names.tsv`` that is
itself an actor there, it is the movement: a new actor span with the entry of the row's ``full`` name.  "فتح الجيش
النار" or "فتح المعبر" (no partner after و) stays a word.
"""
from __future__ import annotations

import re

from ..resources import cached, data_path, read_tsv_dicts
from .lexicon import entry_code
from .resolve import Resolution


def _rows() -> list:
    return cached(("actors.paired_names",), lambda: [
        (r["name"].strip(), tuple(p.strip() for p in r["partner"].split("|") if p.strip()), r["full"].strip())
        for r in read_tsv_dicts(data_path("actors", "paired_names.tsv"))])


def find(doc, lex, covered, date) -> list:
    """[(start, end, Resolution, sentence index)] of the bare names joined to a partner actor; ``covered(s, e)``: is
    [s, e) inside an actor span already."""
    text = doc.text
    out = []
    for name, partners, full in _rows():
        if name not in text:
            continue
        e = next((x for x in lex.lookup(full) if x.type == "entity"), None)
        if e is None:
            continue
        alt = "|".join(re.escape(p) for p in partners)
        pat = re.compile(rf"(?<![\w])(?:(?P<a>{re.escape(name)})\s+و(?P<p>{alt})(?![\w])"
                         rf"|(?P<q>{alt})\s+و(?P<b>{re.escape(name)})(?![\w]))")
        for m in pat.finditer(text):
            g, pg = ("a", "p") if m.group("a") else ("b", "q")
            s, t = m.span(g)
            if covered(s, t) or not covered(*m.span(pg)):
                continue
            code, country, role, expired = entry_code(e, date)
            res = Resolution(code=code, country=country, role=role, kind=e.kind or "organisation",
                             name_ar=e.name_ar, name_en=e.name_en, basis="lexicon", entity_id=e.entity_id,
                             expired=expired)
            si = next((k for k, x in enumerate(doc.sentences) if x.start <= s < x.end), 0)
            out.append((s, t, res, si))
    return out
