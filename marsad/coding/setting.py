"""A meeting noun that is only the setting of another act is no meeting event (session 15, STORY).

"Kasymaliev told a government meeting", "قال في كلمته أمام القمة": the meeting is the audience of a speech;
"urged the sides to settle the dispute through talks": the means of the settlement; "on the sidelines of the summit,
X met Y", "وأدان الوزير خلال الاجتماع الغارات": the occasion of another act.  A meeting / summit / talks noun (CAMEO
040, 044, 046; a visit, 042 / 043, is an act of its own) right after such a frame word (``data/coding/setting_ar_en.tsv``: Arabic the word before it, English up to
``_BACK`` words before it with no punctuation between) is dropped: always after an audience or means frame, and
after an occasion frame when the sentence codes another act (one with another trigger; the mutual copy of the noun
is the noun); session 45 (PREC45) also after a strike verb (kind ``struck``: "أن الغارة أصابت اجتماعا حكوميا": the
meeting is where the strike hit).
Without another act the occasion noun is the sentence's report of the meeting and stays ("the
ministers met on Monday at the summit" keeps "met"; "الاجتماع" alone after خلال keeps its event).
"""
from __future__ import annotations

from .structure import clear_side, gathering_closed, has_any, kind_sets, start_index

_KINDS = ("audience", "means", "occasion", "gathering", "familiar", "held", "rel", "struck")
_KNOWN_PREPS = frozenset(("with", "on", "to", "علي", "عليه"))   # "familiar with", "briefed on", "close to", "مطلع على"
_BACK = 4
_ALWAYS = frozenset(("familiar", "struck"))   # gate kinds besides the first three (struck: session 45 PREC45)
_MEETINGS = frozenset(("040", "044", "046"))   # meet, meet at a third place, negotiate (not a visit: 042 / 043)

# the roots / CAMEO codes mark_settings acts on: the events stage skips it for a sentence with none
ACTS_ON = _MEETINGS
_DETERMINERS = frozenset(("a", "an", "the", "its", "his", "her", "their", "this"))
_CLAUSE_WORDS = frozenset(("when", "that", "which", "who", "and", "or", "but", "to", "as", "while", "after", "before",
                           "if", "than", "for", "with", "on", "in"))


def _forms() -> dict:
    return kind_sets("setting_ar_en.tsv", _KINDS, by_lang=True)


_GATES: dict = {}


def _gate(lang: str) -> frozenset:
    g = _GATES.get(lang)
    if g is None:
        f = _forms().get(lang) or {}
        g = _GATES[lang] = frozenset().union(*(v for k, v in f.items() if k in _KINDS[:3] or k in _ALWAYS)) \
            if f else frozenset()
    return g


def _known(words, k: int, f: dict) -> bool:
    """Session 24 (PREC): the noun is what an anonymous source knows of ("a source familiar with the talks", "people
    briefed on the negotiations", "مصدر مطلع على المحادثات"): a frame word of kind ``familiar``, its preposition, then
    (English) up to two determiners before the noun -- always a setting."""
    j = k - 1
    while j > 0 and k - j <= 2 and words[j].norm in _DETERMINERS:
        j -= 1
    return j > 0 and words[j].norm in _KNOWN_PREPS and words[j - 1].norm in f["familiar"]


def _held(words, k: int, f: dict) -> bool:
    """Session 26 (B17AR): the meeting noun is told by a relative clause of its own ("خلال اجتماع عقده وزير الداخلية مع
    السفير", "خلال لقاء أجراه الرئيس مع ..."): a verb of kind ``held`` right after it (or after a relative pronoun,
    kind ``rel``), so it is a meeting reported with its sides, not the bare occasion of the other act."""
    j = k + 1
    if j < len(words) and words[j].norm in f["rel"]:
        j += 1
    return j < len(words) and words[j].norm in f["held"]


def _frame(words, k: int, lang: str, f: dict, noun: bool):
    """The kind of setting frame before the noun at word ``k`` (None: none).  A trigger read as a verb is a noun
    here only after a determiner between the frame and it ("told a government meeting")."""
    if not noun and lang != "en":
        return None
    back = 1 if lang == "ar" else _BACK
    for j in range(k - 1, max(-1, k - 1 - back), -1):
        w = words[j]
        if w.punct:
            return None
        norm = w.norm
        if noun and norm in f["occasion"] and norm in _CLAUSE_WORDS:
            return "occasion"   # "told reporters after the meeting" (session 18): the occasion, before the clause test
        if norm in _CLAUSE_WORDS:
            return None   # "at a time when talks …": the frame is another clause's
        if norm in _DETERMINERS:
            noun = True
            continue
        if not noun:
            continue
        for kind in _KINDS:
            if norm in f[kind]:
                return kind
    return None


_INSTRUMENT_REACH = 7   # words (quote marks not counted) between a strike verb and the meeting noun it hit
_QUOTE_MARKS = frozenset('"«»“”-')


def _struck_by_instrument(words, k: int, f: dict) -> bool:
    """Session 47 (prec47): "ضربت بصاروخين من طراز "إسكندر" اجتماعا لقادة عسكريين": the strike verb (kind
    ``struck``) and its instrument phrase under ب right after it come before the meeting noun -- the meeting is where
    the strike hit, as with the verb right before it.  Only quote marks may stand between (no clause punctuation)."""
    seen = 0
    for j in range(k - 1, 0, -1):
        w = words[j]
        if w.punct and w.text not in _QUOTE_MARKS:
            return False
        seen += not w.punct
        if seen > _INSTRUMENT_REACH:
            return False
        if w.norm in f["struck"]:
            nxt = words[j + 1] if j + 1 < k else None
            return nxt is not None and (nxt.prefix[:1] == "ب" or not nxt.prefix and nxt.norm[:1] == "ب")
    return False


def mark_settings(words, evs: list, lang: str) -> None:
    """Mark (rule ``:setting``) the meeting nouns of a sentence's events that are the setting of another act: they
    stay until the document's repeats are merged (an earlier meeting with actors still stands for a later bare
    "الاجتماع"), then :func:`drop` removes them."""
    gate = _gate(lang)
    if not gate or not any(e.cameo in _MEETINGS for e in evs):
        return
    if not has_any(words, gate):
        return   # (no frame word in the sentence: one set test)
    f = _forms()[lang]
    idx = start_index(words)
    for e in evs:
        if e.cameo not in _MEETINGS:
            continue
        k = idx.get(e.trigger_start)
        kind = None if k is None else "audience" if _known(words, k, f) else _frame(words, k, lang, f, ":noun:" in e.rule)
        if kind is None and k is not None and lang == "ar" and ":noun:" in e.rule \
                and _struck_by_instrument(words, k, f):
            kind = "struck"
        if kind is None:
            continue
        if kind == "occasion" and not any(o.trigger_start != e.trigger_start for o in evs):
            continue   # the sentence's only act: the report of the meeting
        if kind == "occasion" and _held(words, k, f):
            continue   # "خلال اجتماع عقده A مع B": the meeting is told with its own sides
        e.rule += ":setting"


def drop(events: list) -> list:
    """The document's events without the marked settings."""
    return [e for e in events if ":setting" not in e.rule] if any(":setting" in e.rule for e in events) else events


def _setting_span(words, idx: dict, span, f: dict) -> bool:
    """Is the actor at ``span`` the body of a gathering named after an occasion frame ("على هامش قمة مجموعة العشرين":
    occasion word, then a gathering noun of kind ``gathering``, then the actor)?"""
    k = idx.get(span[0]) if span else None
    if k is None or k < 2:
        return False
    return words[k - 1].norm in f["gathering"] and words[k - 2].norm in f["occasion"] and not gathering_closed(words, k)


def setting_parties(words, evs: list, lang: str) -> list:
    """Session 18 (B5EV): "والتقى أردوغان على هامش قمة مجموعة العشرين" gave 040 both ways with the G20: the body whose
    gathering is the occasion of a mutual act is no party of it.  The direction with that body as source goes; the
    other keeps its source with no target."""
    if lang != "ar" or not any(":mutual" in e.rule and ":verb:" in e.rule for e in evs):
        return evs
    f = _forms().get(lang)
    if not f or not has_any(words, f["gathering"]):
        return evs
    idx = start_index(words)
    out = []
    for e in evs:
        if ":mutual" in e.rule and ":verb:" in e.rule:
            if _setting_span(words, idx, e.source_span, f):
                continue
            if _setting_span(words, idx, e.target_span, f):
                clear_side(e, "target")
                e.rule += ":occasion-body"   # (not ":setting…": drop() removes those)
        out.append(e)
    return out
