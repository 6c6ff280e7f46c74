"""A threat on condition of a release names the side holding the people (session 21, GAPE).

"Iranian forces detained two British sailors in the Gulf.  The British foreign ministry said it would retaliate if
the two men were not released.": the threat (root 13, no target) has an agentless condition -- "if" / "unless", then
a release word of ``held_release.tsv`` with no actor between -- and so is aimed at whoever holds them: the source of
the nearest capture told before (CAMEO 173 / 181, asserted, at most :data:`BACK` sentences back) by another country
than the threat's or by a country-less side (gunmen).  The threat's target becomes that captor (``:tgt-holder``), and the release of the condition,
which took the threat's subject as its source, becomes the captor's act toward the captured (``:src-holder``).
:func:`captor` is the shared helper (one captor per condemnation / threat, any language).

Session 26, EN2 (:func:`passive_release`): an agentless passive release ("Diallo was released on Sunday", "The
students were freed on Tuesday": a release code of kind ``released``, the participle right after a form of "be" of
kind ``aux``, no "by" after it) is the act of whoever held them: the source of the nearest capture told before in the
story (:data:`STORY_BACK` sentences) whose target is the same person or group (the same actor or code, a person named in
the capture's object -- "detained several candidates, including X" -- or the capture's fuller code of the same role:
KENEDU for "the students").  The passive subject taken as the releaser
(source = target) is replaced; a release with no target or with its own agent is left alone.
"""
from __future__ import annotations

import re

from ..lang.normalize import normalize
from .structure import actor_of, copy_side, kind_sets

STORY_BACK = 12   # sentences before an agentless release in which its capture is looked for
BACK = 4          # sentences before the threat in which the capture is looked for
SPAN = 60         # characters between the condition word and the release word
AGENT = 30        # Arabic: characters after the release word in which a named releaser is looked for ("تفرج إيران عن")
_WORD = re.compile(r"[^\W\d_]+")
_STATE = frozenset(["GOV", "COP", "JUD", "MIL", "SPY"])   # a domestic captor: a state body
ACT_BACK = 8      # sentences before a condemnation / a demand in which the capture it names back is looked for
NEAR = 5          # words after a condemnation / a demand in which the arrest noun / the release word stands
_WORD_AR = re.compile(r"[\u0621-\u0652\u0670]+")   # Arabic letters with their vowel marks (\w splits at the marks)


def _kinds() -> dict:
    return kind_sets("held_release.tsv", ("capture", "cond", "release", "arrest"), by_lang=True)


def captor(ev, events, codes: frozenset, back: int = BACK, domestic: bool = False):
    """The nearest capture (CAMEO code starting with one of ``codes``) told before ``ev``, asserted and not negated,
    at most ``back`` sentences before, whose source is another country's than ``ev``'s source or has none ("gunmen",
    UAF), or with ``domestic`` a state body of its own country other than ``ev``'s source ("Tunisian police arrested
    the party leader … the party condemned the arrest"); None if none."""
    ante = None
    for e in events:
        if e is ev or not any(e.cameo.startswith(c) for c in codes) or e.negated or e.modality != "asserted" \
                or not (ev.sentence - back <= e.sentence <= ev.sentence) or e.trigger_start >= ev.trigger_start \
                or not e.source_code:
            continue
        if (e.source_country or "") == ev.source_country and not (
                domestic and e.source_code != ev.source_code and (e.source_role or "") in _STATE):
            continue
        if ante is None or e.trigger_start > ante.trigger_start:
            ante = e
    return ante


def _condition_release(doc, ev, conds: frozenset, releases: frozenset):
    """(start, end) of the release word of an agentless condition after ``ev``'s trigger in its sentence, or None.
    Arabic words are compared normalised, and a country named right after the release word (the verb's subject,
    "إذا لم تفرج إيران عن …") makes the condition its own."""
    text = doc.text
    end = ev.sentence_end
    ar = ev.lang == "ar"
    cond_at = None
    for m in (_WORD_AR if ar else _WORD).finditer(text, ev.trigger_end, end):
        w = normalize(m.group()) if ar else m.group().lower()
        if cond_at is None:
            if w in conds:
                cond_at = m.end()
            continue
        if m.start() - cond_at > SPAN:
            return None
        if w in releases:
            upto = m.start()
            if ar:
                cut = text.find(" عن", m.end(), min(end, m.end() + AGENT))
                upto = cut if cut >= 0 else m.start()
            if any(cond_at <= s < upto and a.country for a in doc.actors for s, _ in a.spans):
                return None   # "if Iran releases them" / "إذا لم تفرج إيران عنهم": a condition with its own actor
            return m.start(), m.end()
    return None


# the roots / codes the rule acts on: the events stage calls it only for a document with one (s42 SPD42)
THREAT_ON = frozenset(("13",))


def apply(doc, events) -> None:
    cands = [ev for ev in events if ev.lang in ("en", "ar") and ev.root in THREAT_ON and not ev.target_code
             and ev.source_country]
    if not cands:
        return
    kinds = _kinds()
    codes = kinds.get("*", {}).get("capture", frozenset())
    if not codes:
        return
    for ev in cands:
        words = kinds.get(ev.lang)
        if not words:
            continue
        got = _condition_release(doc, ev, words["cond"], words["release"])
        if got is None:
            continue
        holder = captor(ev, events, codes)
        if holder is None:
            continue
        copy_side(ev, "target", holder, "source")
        ev.rule += ":tgt-holder"
        for r in events:
            if r.sentence == ev.sentence and r.trigger_start <= got[0] < r.trigger_end + 8 and r.root == "08" \
                    and r.source_code in (ev.source_code, None):   # (Arabic: the passive release has no source;
                # the trigger may be "إطلاق" before the release word "سراح")
                copy_side(r, "source", holder, "source")
                copy_side(r, "target", holder, "target")
                r.rule += ":src-holder"


def _named_back(doc, ev, nouns: frozenset, releases: frozenset) -> bool:
    """``ev`` (English) names a capture back: a condemnation (root 11) with "the" + an arrest noun, or a demand (root
    10) with a release word, within :data:`NEAR` words after its trigger and before a comma or the sentence's end."""
    toks = doc.text[ev.trigger_end:ev.sentence_end].split()[:NEAR]
    for k, raw in enumerate(toks):
        w = raw.strip(".,;:!?\"'()").lower() if ev.lang == "en" else normalize(raw.strip("،؛.:!؟\"'()«»"))
        if ev.root == "11" and w in nouns and k > 0 and toks[k - 1].lower() == "the":
            return True
        if ev.root == "10" and w in releases:
            return True
        if raw[-1:] in ",;:.،؛":
            return False
    return False


# the roots / codes ``act_captor`` acts on: the events stage calls it only for a document with one (s42 SPD42)
CAPTOR_ON = frozenset(("10", "11"))


def act_captor(doc, events) -> None:
    """"Tunisian police arrested the party leader …  The party condemned the arrest and demanded his immediate
    release": an English condemnation of "the arrest" / a demand of a release with no target of a country (or the captive
    read back by coreference) is aimed at
    the captor told before (:func:`captor`, a state body of the same country too); the demanded release, which took
    the demander as its source, becomes the captor's act (session 26, B16EN).  Markers ``:tgt-captor``,
    ``:src-holder``.  (Session 34) an Arabic demand too, its source an IGO or a state ("وطالبت إيكواس بالإفراج الفوري عن
    كوندي" after "أطاحت وحدة من الجيش الغيني بالرئيس ألفا كوندي واحتجزته")."""
    cands = [ev for ev in events if (ev.root in ("10", "11") if ev.lang == "en" else ev.root == "10" and ev.lang == "ar")
             and ":verb:" in ev.rule and (ev.source_country or ev.lang == "ar") and not ev.negated]
    if not cands:
        return
    kinds = _kinds()
    codes = kinds.get("*", {}).get("capture", frozenset())
    if not codes:
        return
    for ev in cands:
        words = kinds.get(ev.lang)
        if not words or not _named_back(doc, ev, words["arrest"], words["release"]):
            continue
        holder = captor(ev, events, codes, ACT_BACK, domestic=True)
        if holder is not None and ev.lang == "ar" and not _held_named(doc, ev, holder):
            continue   # ("طالب بالإفراج عن المعتقلين" names no one the story's capture took)
        if holder is None or ev.target_country and not (
                ":tgt-coref" in ev.rule and ev.target_code == holder.target_code):
            continue   # (a target read back by coreference as the captive is the captor: "demanded Sevruk's release")
        copy_side(ev, "target", holder, "source")
        ev.rule += ":tgt-captor"
        if ev.root != "10":
            continue
        for r in events:
            if r.sentence == ev.sentence and r.root == "08" and r.source_code == ev.source_code \
                    and 0 <= r.trigger_start - ev.trigger_end <= 60:
                copy_side(r, "source", holder, "source")
                copy_side(r, "target", holder, "target")
                r.rule += ":src-holder"
def _held_named(doc, ev, cap) -> bool:
    """An Arabic demand names the capture's captive after it: an actor span of the capture's target actor (or of its
    code) within :data:`AGENT` * 3 characters after the demand's trigger, in its sentence ("وطالبت بالإفراج الفوري وغير
    المشروط عن كوندي" after "… بالرئيس ألفا كوندي واحتجزته"; session 34)."""
    if not cap.target_code:
        return False
    end = min(ev.sentence_end, ev.trigger_end + 3 * AGENT)
    return any(any(ev.trigger_end <= s < end for s, _ in a.spans)
               for a in doc.actors if a.id == cap.target_actor_id or (a.code == cap.target_code and a.country))


def _same_held(doc, rel, cap) -> str:
    """How the release's target is the capture's: "actor" (the same actor, or the same code), "named" (the released
    person is named in the capture's object: "detained several candidates, including Aminata Toure"), "role" (a
    bare role, EDU, of the capture's fuller code, KENEDU); "" when not."""
    t, c = rel.target_code or "", cap.target_code or ""
    if (rel.target_actor_id and rel.target_actor_id == cap.target_actor_id) or (t and t == c):
        return "actor"
    if t and not rel.target_country and len(c) > len(t) and c.endswith(t):
        return "role"
    held = actor_of(doc, rel.target_actor_id)
    if held is not None:
        for at in [cap.trigger_start] + [s for s, _ in cap.also_spans]:
            sent = next((x for x in doc.sentences if x.start <= at < x.end), None)
            if sent is not None and any(at < s < sent.end for s, _ in held.spans):
                return "named"
    return ""


def passive_release(doc, events) -> None:
    """Session 26, EN2: the agentless passive release takes the captor of the same people as its source."""
    sets = kind_sets("held_release.tsv", ("capture", "released", "aux"), by_lang=True)
    codes, released = sets.get("*", {}).get("capture", frozenset()), sets.get("*", {}).get("released", frozenset())
    for ev in events:
        aux = sets.get(ev.lang or "", {}).get("aux")
        if ev.cameo not in released or not aux or not ev.target_code or ev.negated or ev.modality != "asserted" \
                or (ev.source_code and ev.source_code != ev.target_code):
            continue
        before = doc.text[max(ev.sentence_start, ev.trigger_start - 12):ev.trigger_start].split()
        after = doc.text[ev.trigger_end:ev.sentence_end].split()
        if not before or before[-1].lower() not in aux or (after and after[0].lower() == "by"):
            continue
        cap, cap_how = None, ""
        for e in events:
            if e is not ev and any(e.cameo.startswith(c) for c in codes) and not e.negated \
                    and e.modality == "asserted" and e.source_code and e.trigger_start < ev.trigger_start \
                    and ev.sentence - STORY_BACK <= e.sentence and (e.story_id or "") == (ev.story_id or "") \
                    and (cap is None or e.trigger_start > cap.trigger_start):
                how = _same_held(doc, ev, e)
                if how:
                    cap, cap_how = e, how
        if cap is None:
            continue
        copy_side(ev, "source", cap, "source")
        if cap_how != "named" and not ev.target_country and cap.target_country:
            copy_side(ev, "target", cap, "target")   # "the students" -> the Kenyan students held
        ev.rule += ":src-captor"
