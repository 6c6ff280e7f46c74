"""English: a hostile act at a foreign mission is aimed at the mission's state (session 9 EN2).

"Protesters gathered outside the British embassy in Tehran", "Protesters stormed the Swedish embassy in Baghdad":
the place after the trigger gives the host country (``english.place_target``: IRN, IRQ), but the act is aimed at
the state whose embassy it is (GBR, SWE).  The mission nouns are the ``mission_noun`` cues of ``cues_en.tsv``; the
state is the nationality word right before the noun (a country adjective of the actor tables: British, US …).
"""
from __future__ import annotations

from typing import Optional

from .structure import words_of

# roots of an act aimed at the mission (protest, attack, threat, rejection, coercion, force); a visit or a meeting at
# an embassy has the embassy as its venue only
_HOSTILE_ROOTS = frozenset(["11", "12", "13", "14", "16", "17", "18", "19", "20"])
_SECTORS_OK = ("", "GOV", "DIP")
# an arrest (173) or a crackdown (175) near a mission has the mission as its venue: its target is the people seized or
# dispersed ("police detained 11 people after scuffles near the Turkish embassy": not TUR; session 25 B14EN)
_VENUE_CODES = ("173", "175")


def mission_state(doc, ev, lex, span: int = 8) -> Optional[str]:
    """The country of "the <nationality> embassy / consulate" opening the trigger's object or adjunct (within
    ``span`` words after it, no punctuation or clause word between) of an English hostile event with no target
    country; None otherwise."""
    if ev.lang != "en" or ev.target_country or (ev.target_code or "") not in _SECTORS_OK \
            or (ev.root or ev.cameo[:2]) not in _HOSTILE_ROOTS or ev.cameo.startswith(_VENUE_CODES) or not (0 <= ev.sentence < len(doc.sentences)):
        return None
    if "embass" not in doc.text[ev.trigger_end:ev.trigger_end + 80].lower() \
            and "consul" not in doc.text[ev.trigger_end:ev.trigger_end + 80].lower():
        return None   # (the cheap test first: almost no event has a mission after it)
    from .english import resolve_word

    def _nationality(word: str) -> Optional[str]:   # a country adjective or name (US, British, Britain's)
        r = resolve_word(word) if word[:1].isupper() and word.replace(".", "").isalpha() else None
        if r is not None and getattr(r, "kind", None) in ("group", "country") and getattr(r, "country", None) \
                and getattr(r, "code", None) == r.country:
            return r.country
        return None
    words = words_of(doc, doc.sentences[ev.sentence], lex)
    k0 = next((k for k, w in enumerate(words) if w.start >= ev.trigger_end), None)
    if k0 is None:
        return None
    for k in range(k0, min(len(words), k0 + span)):
        w = words[k]
        if w.punct or "clause_word" in w.cue:
            return None
        if "mission_noun" in w.cue:
            if k > k0:
                c = _nationality(words[k - 1].text)
                if c is None and words[k - 1].norm in ("'s", "’s") and k > k0 + 1:
                    c = _nationality(words[k - 2].text)   # ("Britain's embassy": the actor table's country)
                if c and c == ev.source_country:
                    return None   # the source's own mission is the venue ("the US suspended visas at the US
                    # embassy in Nairobi": the host country, by the place after it), not the target (session 21)
                if c or words[k - 1].norm not in ("the", "its"):
                    return c
            return _envoy_state(words, ev, _nationality)
    return None


def _envoy_state(words, ev, nationality) -> Optional[str]:
    """A bare "(the) embassy": the country of the one "<nationality> ambassador / envoy / diplomat" (cue
    ``mission_envoy``) of the sentence, not the source's ("Iraq expels Swedish ambassador after protesters storm
    embassy in Baghdad": SWE; session 23 B10EN3); None when there is none or more than one."""
    got = {c for k, w in enumerate(words) if k > 0 and "mission_envoy" in w.cue
           for c in [nationality(words[k - 1].text)] if c}
    got.discard(ev.source_country)
    return got.pop() if len(got) == 1 else None
