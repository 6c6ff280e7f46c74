"""An English act with no actor that is only named, or only wished, is no event (session 48, PRECEN48).

"the summit venue", "close the summit later on Tuesday", "a ceasefire between the two sides took effect", "ignoring
aid that had entered": when no rule of the events stage found a source or a target for a noun trigger -- in its
sentence, by a pronoun, the story's dyad, the home country or any later fill -- the noun names the happening in
passing (a setting, a reference back, background) and tells no political interaction of its own.  The same holds for
a verb that is only wished or supposed (modality demand, intent, hypothetical, conditional, possible: "called for
their immediate release", "unless Hamas agreed to terms for ending the war"): the content of someone's words with no
actor of its own.  A future act stays ("The general will command the new brigade": a plan told as fact), and so
does an asserted verb with no actor: a clause reporting an act whose actor the coder missed ("Police said they
arrested …" with the subject unresolved) still reports the act -- dropping those lost 51 gold events on allgold, 6
of them strict.  Run last, after every fill.
"""
from __future__ import annotations

_VERB_RULE = "en:verb"   # the rule tag of an English verb trigger (events._code_sentence); nouns are "en:noun"
_UNREAL = frozenset(("demand", "intent", "hypothetical", "conditional", "possible"))


def drop(events: list) -> list:
    return [ev for ev in events
            if ev.source_code or ev.target_code or not ev.rule.startswith("en:")
            or (ev.rule.startswith(_VERB_RULE) and ev.modality not in _UNREAL)]
