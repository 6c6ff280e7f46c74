""""urged them to leave": the plural object named before in the sentence (English, session 21 B8EN).

"Taiwan's coast guard said it had dispatched patrol boats to shadow the Chinese vessels and urged them to leave": the
appeal has no target of its own, its object is the pronoun "them" (``them_object_en.tsv``) right after the trigger.
It names back the nearest plural noun phrase before the trigger and after the event's subject: a nationality
adjective before a plural lower-case noun ("the Chinese vessels" -> CHN, as ``english.subject_nationality`` reads
one) or an actor the pronoun rule reads as "they" (protesters, Houthi rebels).  Rule marker ``:tgt-them``.  Nothing
when no such phrase stands between the subject and the trigger.  (Session 37) "him" / "her" (kind ``person``): the
nearest person actor before the trigger in the sentence other than the subject ("President Evo Morales resigned, hours
after the head of the armed forces urged him to step down"), rule marker ``:tgt-him``.
"""
from __future__ import annotations

from .english import pron_kind, resolve_word
from .structure import fill_side, kind_sets

_BACK = 12   # words before the trigger looked at


def apply(doc, events) -> None:
    forms = None
    for ev in events:
        if ev.lang != "en" or not ev.source_code:
            continue
        if ev.target_code and not (ev.target_span and ev.target_span[0] > ev.trigger_end + 1):
            continue   # (a target read after the pronoun is another phrase's: "arrested him … on a warrant from the
            # International Criminal Court", session 44; one at the trigger or before it stays)
        nxt = doc.text[ev.trigger_end:ev.trigger_end + 6].split()
        if not nxt:
            continue
        if forms is None:
            forms = kind_sets("them_object_en.tsv", ("plural", "person", "person_next"))
        pron = nxt[0].lower().rstrip(".,;:!?\"'”")   # ("proposed to meet them.": at the sentence end, s32)
        if ev.target_code and pron not in forms["person"]:
            continue
        if pron in forms["person"]:
            after = doc.text[ev.trigger_end:ev.trigger_end + 24].split()[1:2]
            if pron == "her" and pron == nxt[0].lower() and after and after[0].isalpha() \
                    and after[0].lower() not in forms["person_next"]:
                continue   # ("urged her supporters to …": a possessive, not the object)
            _person(doc, ev, _subject_block(doc, ev, events))
            continue
        if pron not in forms["plural"]:
            continue
        lo = max(ev.sentence_start, ev.source_span[1] if ev.source_span and ev.source_span[1] <= ev.trigger_start
                 else ev.sentence_start)
        best = None   # (start, end, actor or None, country)
        for a in doc.actors:
            for s0, s1 in a.spans:
                if lo <= s0 and s1 <= ev.trigger_start and a.id != ev.source_actor_id and a.code \
                        and pron_kind(doc, a, (s0, s1)) == "they" and (best is None or s0 > best[0]):
                    best = (s0, s1, a, None)
        toks = [(m0, w) for m0, w in _tokens(doc.text, lo, ev.trigger_start)][-_BACK:]
        for n in range(len(toks) - 1):
            (p0, w), (q0, nw) = toks[n], toks[n + 1]
            if not (w[:1].isupper() and w.isalpha() and nw.islower() and nw.isalpha() and nw.endswith("s")):
                continue
            r = resolve_word(w)
            if r is not None and getattr(r, "kind", None) == "group" and getattr(r, "country", None) \
                    and getattr(r, "code", None) == r.country and r.country != ev.source_country \
                    and (best is None or p0 > best[0]):
                best = (p0, q0 + len(nw), None, r.country)
        if best is None:
            continue
        if best[2] is not None:
            fill_side(ev, "target", best[2], (best[0], best[1]))
        else:
            ev.target_country = ev.target_code = best[3]
            ev.target_span = (best[0], best[1])
        ev.rule += ":tgt-them"


def _subject_block(doc, ev, events) -> tuple:
    """(Session 48) "X and Y also congratulated him": the offsets from the first subject of a coordinated subject (the
    sources of the copies of one verb, :func:`english.compound_actors`) to the verb -- no person there is the object;
    (0, 0) for a single subject."""
    starts = [e.source_span[0] for e in events if e.trigger_start == ev.trigger_start and e.source_span
              and e.source_span[1] <= ev.trigger_start]
    if len(starts) < 2:
        return 0, 0
    lo = min(starts)
    for s0, s1 in sorted((sp for a in doc.actors for sp in a.spans), reverse=True):
        if s0 < lo and not doc.text[s1:lo].strip():
            lo = s0   # ("German Chancellor" + "Friedrich Merz": the title's own span joins the subject)
    return lo, ev.trigger_start


def _person(doc, ev, block=(0, 0)) -> None:
    """"urged him to step down": the nearest person actor before the trigger in the sentence that is not the event's
    subject (``pron_kind`` "he"), with a country (session 37 GAPEN37), nor inside a coordinated subject's ``block``.
    Rule marker ``:tgt-him``."""
    best = _nearest_person(doc, ev, ev.sentence_start, min(ev.trigger_start, block[0] if block[1] else 1 << 30))
    if best is None and 0 < ev.sentence < len(doc.sentences):
        # (session 43) "… Trump said. As the event ended, Putin invited him to Moscow": no other person before the
        # trigger in its own sentence, so the nearest one of the sentence before, in the same paragraph
        prev, own = doc.sentences[ev.sentence - 1], doc.sentences[ev.sentence]
        if prev.paragraph == own.paragraph:
            best = _nearest_person(doc, ev, prev.start, prev.end)
    if best is not None:
        fill_side(ev, "target", best[2], (best[0], best[1]))   # (replacing a later phrase's target, see apply)
        ev.rule += ":tgt-him"


def _nearest_person(doc, ev, lo: int, hi: int):
    """(start, end, actor): the last span in ``[lo, hi)`` of a person actor with a country that is not the event's
    subject (``pron_kind`` "he"), or None."""
    best = None
    for a in doc.actors:
        if a.id == ev.source_actor_id or not a.country:
            continue
        for s0, s1 in a.spans:
            if lo <= s0 and s1 <= hi and pron_kind(doc, a, (s0, s1)) == "he" \
                    and not (ev.source_span and s0 < ev.source_span[1] and ev.source_span[0] < s1) \
                    and (best is None or s0 > best[0]):
                best = (s0, s1, a)
    return best


def _tokens(text: str, a: int, b: int):
    """(offset, word) of the whitespace-separated words of ``text[a:b]``, punctuation stripped at their ends."""
    pos = a
    for w in text[a:b].split():
        k = text.index(w, pos)
        pos = k + len(w)
        s = w.strip(".,;:\"'()")
        if s:
            yield k + w.index(s), s
