"""Bare definite titles named back: "وأشاد الرئيس", "The president praised", "وأكد الملك" (session 20, ARA).

"استقبل الرئيس الفرنسي إيمانويل ماكرون … رئيس الوزراء اللبناني. وأشاد الرئيس بجهود الحكومة اللبنانية": the bare
definite title "الرئيس" (one word, Arabic with ال, English after "the"; ``title_back.tsv`` kind ``anaphor``) has no
country of its own -- the actor stage drops a generic title alone -- but names back the nearest earlier actor of the
document whose own phrase holds a title of the same office family (kind ``title``: الرئيس، رئيس الجمهورية،
president; "رئيس الوزراء" holds رئيس, not الرئيس), at most ``_REACH`` sentences before it.  The bare title becomes
that actor (one referent, both spans).

Not read: an earlier actor of a caption or of another segment kind (the headline's actors for a body's title), a title
or an earlier actor inside a direct quote (another speaker's "president"), an earlier holder named "former" (kind
``former``, in its phrase or the word before it: "الرئيس الأمريكي السابق", "Former US President"), a title with a
word before or after it that makes it another office (kinds ``before`` / ``after``: "نائب الرئيس", "الرئيس
التنفيذي", "the president of the club", "الرئيس السابق").

Ambiguity: when the holders of that office named in the last ``_BACK`` sentences (up to the nearest one) are of two
countries ("التقى الرئيس المصري … الرئيس الفرنسي …", or a counterpart "نظيره التونسي"), nothing is guessed -- unless
the nearest one is the subject of the sentence just before (the first actor of that sentence, at most
``_SUBJECT_AT`` words in: "استقبل الرئيس المصري وفدا … . وزار الرئيس التونسي القاهرة … . وقال الرئيس": the Tunisian).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lang.normalize import normalize
from ..resources import cached, data_path, read_tsv_dicts

_BACK = 3            # sentences before the title in which two holders of the office make it ambiguous
_REACH = 5           # sentences before the title in which the holder is looked for (a story's other country's
#                      president named nine sentences before is no antecedent: measured on ANERcorp, session 20)
_SUBJECT_AT = 3      # the most words before the first actor of a sentence read as its subject
_STRIP = "\"'«»“”‘’()[],.;:!?،؛"
_ROLES = ("GOV", "MIL")
_AGED = re.compile(r"(?:^|\s)[Tt]he \d{2,3}-year-old $")


def _table() -> dict:
    def load() -> dict:
        out: dict = {"anaphor": {}, "title": {}, "before": set(), "after": set(), "former": set(),
                     "counterpart": set()}
        for r in read_tsv_dicts(data_path("coding", "title_back.tsv")):
            kind, fam, form = r["kind"].strip(), r["family"].strip(), normalize(r["form"].strip())
            if kind == "anaphor":
                out["anaphor"][form] = fam
            elif kind == "title":
                out["title"].setdefault(fam, []).append(tuple(form.split()))
            elif kind in out:
                out[kind].add(form)
        return out
    return cached(("coding.title_back",), load)


def bare(word: str) -> str:
    """The normalised word without its proclitics, the article kept: وللرئيس -> الرييس, بالملك -> الملك."""
    w = word.strip(_STRIP)
    if w[:1] in ("و", "ف") and len(w) > 3 and (w[1:3] in ("ال", "لل") or w[1:4] in ("بال", "كال")):
        w = w[1:]
    if w.startswith("لل") and len(w) > 3:
        w = "ال" + w[2:]
    elif w[:1] in ("ب", "ك") and w[1:3] == "ال":
        w = w[1:]
    return normalize(w)


@lru_cache(maxsize=4096)
def _anaphor(surf: str) -> tuple:
    """(family, bare word) of a one-word bare title, else (None, ''): read once per surface (the actor stage asks for
    every generic title alone)."""
    if " " in surf:
        return None, ""
    w = bare(surf)
    return _table()["anaphor"].get(w), w


def family(text: str, start: int, end: int) -> str | None:
    """The office family of a bare definite title at ``text[start:end]`` (one word), else None."""
    surf = text[start:end]
    fam, w = _anaphor(surf)
    if fam is None:
        return None
    tab = _table()
    if surf[:1].isascii():
        if text[max(0, start - 4):start].lower() != "the " and not _AGED.search(text[max(0, start - 24):start]):
            return None     # (an age between "the" and the title: "the 51-year-old officer", session 42)
    elif not w.startswith("ال"):
        return None
    nxt = text[end:end + 30].split()
    if nxt and bare(nxt[0]) in tab["after"]:
        return None   # ("الرئيس السابق", "the president of the club")
    return fam


def bare_title_word(word: str, nxt: str = "") -> bool:
    """Is the Arabic word ``word`` a bare definite title of the table (الرئيس، الملك …; not "الرئيس السابق" by the
    word ``nxt`` after it)?  Read by the event stage: "استقبل الرئيس سفير فرنسا" (session 28 GAPAR)."""
    fam, w = _anaphor(word)
    return fam is not None and w.startswith("ال") and not (nxt and bare(nxt) in _table()["after"])


def _holds(tab: dict, fam: str, ws: list[str]) -> bool:
    """Whether the words hold a title of the family, not made another office by a word next to it."""
    for form in tab["title"].get(fam, ()):
        n = len(form)
        for i in range(len(ws) - n + 1):
            if tuple(ws[i:i + n]) == form and not (i > 0 and ws[i - 1] in tab["before"]) \
                    and not (i + n < len(ws) and ws[i + n] in tab["after"]):
                return True
    return False


def _quoted(text: str, lo: int, pos: int) -> bool:
    """Whether ``pos`` is inside a direct quote opened after ``lo`` (its sentence's start)."""
    seg = text[lo:pos]
    return seg.count("«") > seg.count("»") or seg.count("“") > seg.count("”") or seg.count('"') % 2 == 1


def _subject(doc, specs: list, o, si: int) -> bool:
    """Whether ``o`` is the subject of the sentence before ``si``: its first actor, at most _SUBJECT_AT words in."""
    if o.sentence != si - 1:
        return False
    first = min((p.start for p in specs if p.sentence == o.sentence), default=o.start)
    sent = doc.sentences[o.sentence]
    return first == o.start and len(doc.text[sent.start:o.start].split()) <= _SUBJECT_AT


def _titled_before(doc, specs: list, o, fam: str, tab: dict, memo: dict) -> bool:
    """Whether the person ``o`` names (a surname alone: "Aoun received Karam …") was named with a title of the family
    earlier in the document ("President Joseph Aoun's office said …"): the surname then stands for the holder, at its
    own place -- the title named back reaches the holder's last mention, not the first (session 49, lead)."""
    ent = o.res.entity_id
    if not ent or o.res.kind != "person":
        return False
    key = (ent, fam)
    if key not in memo:   # (the first titled mention's start: a later mention of the person reads it)
        text = doc.text
        memo[key] = min((x.start for x in specs if x.res.entity_id == ent
                         and _holds(tab, fam, [bare(w) for w in text[x.start:x.end].split()])), default=None)
    first = memo[key]
    return first is not None and first < o.start


def resolve(doc, specs: list, pending: list) -> list:
    """The pending bare titles (dropped by the actor stage unless named back) and the country-less bare titles among
    ``specs`` take the earlier holder of their office (module doc); returns the pending ones that were resolved."""
    text = doc.text
    cands = [(sp, True) for sp in pending]
    cands += [(sp, False) for sp in specs if not sp.res.country and sp.res.role in _ROLES
              and family(text, sp.start, sp.end)]
    if not cands:
        return []
    tab = _table()
    sents = doc.sentences
    words: dict = {}
    titled: dict = {}
    out: list = []
    cands.sort(key=lambda c: c[0].start)
    for sp, is_pending in cands:
        fam = family(text, sp.start, sp.end)
        kind = sents[sp.sentence].segment_kind
        if kind == "caption" or _quoted(text, sents[sp.sentence].start, sp.start):
            continue
        before = []
        for o in specs + out:   # (a title named back before names the holder back in turn: "وقال الملك … وأكد الملك")
            if o.end > sp.start or o is sp or not o.res.code or not (o.res.country or o.res.main) \
                    or o.sentence < sp.sentence - _REACH or sents[o.sentence].segment_kind != kind \
                    or _quoted(text, sents[o.sentence].start, o.start):
                continue
            ws = words.get(id(o))
            if ws is None:
                ws = words[id(o)] = [bare(w) for w in text[o.start:o.end].split()]
            prev = text[max(0, o.start - 12):o.start].split()[-1:]
            if any(w in tab["former"] for w in ws) or (prev and bare(prev[0]) in tab["former"]):
                continue    # ("الرئيس الأمريكي السابق X", "Former US President X")
            held = _holds(tab, fam, ws) or _titled_before(doc, specs, o, fam, tab, titled)
            if held or any(w in tab["counterpart"] for w in ws):
                before.append((o, held))
        if not before:
            continue
        ante, held = max(before, key=lambda p: p[0].start)
        if not held:
            continue    # (the nearest holder is "his counterpart": two holders)
        lo = min(sp.sentence - _BACK, ante.sentence - 1)
        sides = {o.res.country or o.res.code for o, _h in before if o.sentence >= lo}
        if len(sides) > 1 and not _subject(doc, specs, ante, sp.sentence):
            continue
        sp.key, sp.res, sp.resolved = ante.key, ante.res, ante.resolved
        if is_pending:
            out.append(sp)
    return out
