"""(session 53, GAPEN53) An attack noun phrase as the subject of a force verb: "A Russian missile and drone attack on
Kyiv on Thursday killed 12 people", "A Russian missile strike on the port of Odesa killed four crew members".  The
verb rules took the actor after "on" for the killer (Ukraine), or a later rule the place's country: it is the
attack's target.  A force verb (roots 18-20) whose subject opens the sentence with an article, holds no punctuation
and has an attack noun with "on" / "against" (``attack_subject_en.tsv``) before the verb's source -- or, for a verb
with no source yet, a place of a country after that preposition -- takes that side as its target (when it has none)
and, as its source, the nationality adjective of the phrase ("Russian"); a source-less verb only when the phrase names
one.  Marker ``:src-attack-nat`` / ``:tgt-attack-object``."""
from __future__ import annotations

from .structure import clear_side, copy_side, kind_sets

_ARTICLES = frozenset({"a", "an", "the"})
_FORCE_ROOTS = frozenset({"18", "19", "20"})
_MAX_PRE = 7   # words of the phrase before the attack noun ("A Russian missile and drone")


def _phrase(doc, start: int, end: int, L):
    """(words, index of the attack noun) of the subject ``doc.text[start:end]``, or None."""
    head = doc.text[start:end]
    if any(c in head for c in ",;:\"“”()"):
        return None
    words = head.split()
    k = next((j for j in range(len(words) - 2, 0, -1) if words[j].lower() in L["noun"]
              and words[j + 1].lower() in L["prep"]), None)
    if k is None or words[0].lower() not in _ARTICLES or k > _MAX_PRE:
        return None
    return words, k


def apply(doc, events, resolve_word) -> None:
    L = kind_sets("attack_subject_en.tsv", ("noun", "prep"))
    for ev in events:
        if ev.lang != "en" or ":verb:" not in ev.rule or ev.root not in _FORCE_ROOTS:
            continue
        at = ev.source_span[0] if ev.source_span else None if ev.source_code else ev.trigger_start
        if at is None or not ev.sentence_start <= at <= ev.trigger_start:
            continue
        got = _phrase(doc, ev.sentence_start, at, L)
        if got is None:
            continue
        words, k = got
        nat = None
        for w in words[1:k]:
            r = resolve_word(w) if w[:1].isupper() and w.isalpha() else None
            if r is not None and getattr(r, "kind", None) == "group" and getattr(r, "country", None) \
                    and getattr(r, "code", None) == r.country:
                nat = (w, r.country)
                break
        if not ev.source_code:
            # (no source yet: the place after "on" is the target -- "A Russian missile strike on the port of Odesa")
            obj = doc.text.find(" " + words[k + 1] + " ", ev.sentence_start) + len(words[k + 1]) + 2
            place = next((p for p in doc.places if obj <= p.start < ev.trigger_start and p.country), None)
            if nat is None or place is None or place.country == nat[1]:
                continue
            if not ev.target_code:
                ev.target_code = ev.target_country = place.country
                ev.target_actor_id = ev.target_role = ev.target_span = None
                ev.rule += ":tgt-attack-object"
        elif nat is not None and nat[1] == ev.source_country:
            continue   # ("A Russian attack on Russian positions …": nothing to move)
        elif not ev.target_code:
            copy_side(ev, "target", ev, "source")
            ev.rule += ":tgt-attack-object"
        clear_side(ev, "source")
        if nat is not None:
            head = doc.text[ev.sentence_start:at]
            i = head.find(" " + nat[0] + " ")
            ev.source_country = ev.source_code = nat[1]
            ev.source_span = (ev.sentence_start + i + 1, ev.sentence_start + i + 1 + len(nat[0])) if i >= 0 else None
            ev.rule += ":src-attack-nat"
