"""An appeal or a demand and what it asks for are one act (session 10, lead).

"دعت مصر إلى وقف إطلاق النار في السودان", "The UN chief called for an immediate ceasefire": the clause
codes a generic appeal (020) by the caller and the demanded content (0871, modality ``demand``, a
reference with no agent).  CAMEO codes the appeal by what it asks for (PETRARCH2: CALL FOR CEASEFIRE
0256), so the generic appeal takes the code of the ``appeal`` rows of ``recode.tsv`` for the content's
code (0871 -> 0256, 084 -> 0253, 04 -> 026 …), a generic demand (100) the ``demand`` rows (0871 ->
107 …), and the content's target when it has none.  The content event stays, marked with its
modality (``demand``: asked for, not happened; the PLOVER GSR codes such sentences by the content).
Only a content event after the appeal's trigger in the same sentence, with no other trigger verb
between them and not the object of a stop word (تطالب بوقف المفاوضات asks for no negotiation); one
content per appeal (the first)."""
from __future__ import annotations

from ..lang.normalize import normalize
from .structure import copy_side

_GENERIC = {"020": "appeal", "100": "demand"}
_ASK_PREPS = ("إلى", "الى", "for")   # (a clitic ب / لل is part of the content word: بوقف، للإفراج)


def _stopped(lex, text: str, start: int) -> bool:
    """Is the word right before ``start`` a stop word (Arabic cue ``demand`` = next: وقف، إنهاء، منع، تجنب;
    English cue ``stop_verb``: stop, end, halt) whose object the content is?"""
    before = text[max(0, start - 12):start].split()
    if not before:
        return False
    w = before[-1]
    form = normalize(w) if "\u0600" <= w[:1] <= "\u06ff" else w.lower()
    cue = lex.cue(form) or {}
    return cue.get("demand") == "next" or "stop_verb" in cue   # (cue() also tries the word without proclitics)


def _in_adjunct(lex, text: str, start: int) -> bool:
    """Is the word right before ``start`` one that opens an adjunct of time or setting (Arabic cue ``aside_open``:
    خلال، أثناء، عقب، إثر)?  Its noun is the appeal's setting, not what it asks for."""
    before = text[max(0, start - 10):start].split()
    return bool(before) and "aside_open" in (lex.cue(normalize(before[-1])) or {})


def _after_prep(text: str, start: int) -> bool:
    """Does the word right before ``start`` ask for what follows (إلى / for), the appeal's own preposition
    far from its verb: "دعا القادة … يوم الخميس إلى وقف فوري لإطلاق النار"?"""
    before = text[max(0, start - 8):start].split()
    return bool(before) and before[-1] in _ASK_PREPS


_IF_WORDS = frozenset(("if", "unless", "اذا", "إذا", "ان", "إن", "ما"))   # (ما: "ما لم"; ان only after its verb)
_PROTEST_CODE = "133"   # CAMEO: threaten political dissent, protest


def _called_protest_if(lex, text: str, h, evs) -> bool:
    """"The opposition called for a general strike on Monday if the verdicts are not overturned", "دعا الاتحاد إلى
    إضراب عام إذا لم يتم الإفراج عنهم": a call for a protest or a strike under a condition is a threat of dissent (133,
    as the gold conventions code a conditional threat), made now: recoded in place, asserted (session 29).  The
    protest word (a noun entry of root 14) stands within six words after the call, before the condition word."""
    conditional = h.modality == "conditional" or any(
        c is not h and c.modality == "conditional" and c.root == "14" and c.trigger_start >= h.trigger_end for c in evs)
    if not conditional:
        return False
    words = text[h.trigger_end:h.sentence_end].split()[:8]
    for w in words:
        form = normalize(w.strip("،,.;:\"«»")) if "\u0600" <= w[:1] <= "\u06ff" else w.strip(",.;:\"").lower()
        if form in _IF_WORDS:
            return False
        if any(t.kind == "noun" and t.cameo[:2] == "14" for t in (lex.lookup(form) or ())):
            from .english import recode_event
            if not recode_event(h, _PROTEST_CODE):
                return False
            h.modality, h.negated = "asserted", False
            h.rule += ":protest-if"
            return True
    return False


def _code_for(lex, when: str, code: str):
    for frm, w, to, _ in lex.recode:
        if w == when and code.startswith(frm):
            return to
    return None


def merge(doc, evs: list, lex) -> list:
    """``evs``: the events of one sentence (after the sentence's de-duplication); returns the kept ones,
    the generic appeals / demands recoded in place."""
    if len(evs) < 2:
        return evs
    heads = [e for e in evs if e.cameo in _GENERIC and not e.negated]
    if not heads:
        return evs
    from .english import recode_event
    text = doc.text
    used: dict = {}   # content event id -> the trigger of the appeal that took it (a fanned-out subject shares it)
    for h in heads:
        if h.cameo == "020" and _called_protest_if(lex, text, h, evs):
            continue
        when = _GENERIC[h.cameo]
        content = None
        cands = sorted((c for c in evs if c is not h and used.get(id(c), h.trigger_start) == h.trigger_start
                        and c.trigger_start >= h.trigger_end
                        and (c.modality == "demand" or _after_prep(text, c.trigger_start))),
                       key=lambda c: c.trigger_start)
        # the act right after the appeal's own preposition first: "دعا القادة في البيان الختامي لقمتهم … إريتريا
        # إلى سحب قواتها" asks for the withdrawal, not the summit noun of its setting (session 15)
        prep = [c for c in cands if _after_prep(text, c.trigger_start)]
        for c in (prep[:1] + cands if prep else cands):
            if any(x is not h and x is not c and h.trigger_end <= x.trigger_start < c.trigger_start
                   and ":verb:" in x.rule for x in evs):
                break   # another act between the appeal and this content: not its content
            if _stopped(lex, text, c.trigger_start):
                break   # "تطالب السلطة بوقف المفاوضات": the negotiations are what is to end
            if _in_adjunct(lex, text, c.trigger_start):
                continue   # "وطالب الوزير خلال زيارة إلى باريس قطر بوقف …": the visit is the setting (session 32)
            content = c
            break
        if content is None:
            continue
        to = _code_for(lex, when, content.cameo)
        if to is None or not recode_event(h, to):
            continue
        if not (h.target_code or h.target_country) and (content.target_code or content.target_country) \
                and content.target_actor_id != h.source_actor_id:
            copy_side(h, "target", content)
            if ":tgt-place" in content.rule and ":tgt-place" not in h.rule:
                h.rule += ":tgt-place"
        h.rule += ":appeal-content"
        used[id(content)] = h.trigger_start
        if content.modality == "asserted":
            content.modality = "demand"   # what is asked for has not happened (session 15: never asserted)
    return evs
