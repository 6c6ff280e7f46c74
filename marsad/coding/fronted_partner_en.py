"""English: a mutual noun in a fronted phrase with its partner, then the main clause's subject (session 22 B9EN2).

"In a phone call with Chancellor Olaf Scholz, Polish Prime Minister Donald Tusk said …", "During a meeting with the
Saudi crown prince, Biden raised …": the noun's clause (cut at the comma) names only the "with" partner, so the noun
was coded with no source.  When the noun's clause opens the sentence with "in" / "during" / "at" (the fronted phrase
before the comma), its only party is a "with" phrase and the first word after the comma (or after its "the") opens an actor, that actor
(the subject of the main clause) is the other party.  Not after a fronted phrase of another kind ("After talks with
X, Y said": a sequence, not the talks' party); not when the comma is followed by anything but the actor."""
from __future__ import annotations

_OPENERS = frozenset(["in", "during", "at"])


def subject_after_comma(words, args, parts, cs: int, ce: int):
    """The actor after the comma that closes a fronted mutual-noun phrase (see the module), or None."""
    if len(parts) != 1 or parts[0].prep != "with" or cs != 0 or not words or words[0].norm not in _OPENERS:
        return None
    if ce + 1 >= len(words) or words[ce].text != ",":
        return None
    g = next((a for a in args if a.i0 > ce), None)
    if g is None or g.prep or not (g.i0 == ce + 1 or (g.i0 == ce + 2 and words[ce + 1].norm == "the")):
        return None
    return g
