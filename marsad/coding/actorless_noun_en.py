"""An English act noun that names no actor is no event (session 48, PRECEN48).

"the summit venue", "close the summit later on Tuesday", "a ceasefire between the two sides took effect", "calls for
an independent investigation", "ignoring aid that had entered": when no rule of the events stage found a source or a
target for a noun trigger -- in its sentence, by a pronoun, the story's dyad, the home country or any later fill --
the noun names the happening in passing (a setting, a demand's content, a reference back, background) and tells no
political interaction of its own.  A verb with no actor is kept: a clause reporting an act whose actor the coder
missed ("Police said they arrested …" with the subject unresolved) is still a report of the act (dropping those lost
gold events, measured); the noun is the weaker evidence.  Run last, after every fill of a side.
"""
from __future__ import annotations

_NOUN_RULE = "en:noun"   # the rule tag of an English noun trigger (events._code_sentence)


def drop(events: list) -> list:
    return [ev for ev in events
            if ev.source_code or ev.target_code or not ev.rule.startswith(_NOUN_RULE)]
