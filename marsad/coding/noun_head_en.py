"""A verb row's event whose word follows an article is no event (session 48, PRECEN48).

"as they led a march through the capital", "demanded a new election after the defeat", "such claims were
unfounded", "handed him a note of protest" -> "a march" / "the defeat" / "such claims": English puts no finite verb
right after an article, so a trigger read by a verb row there is the head of a noun phrase (a reference to an act
told elsewhere, a setting, a thing) and its clause-reading of subject and object is wrong.  The trigger is still
found (other rules read it as a word of the sentence: a clause's act, a subject's head); only its own event goes.
A noun row of the word codes the noun where the lexicon has one -- this drops verb-rule events only.
"""
from __future__ import annotations

import re

_VERB_RULE = "en:verb"
# an article, then only spaces and at most an opening quote before the trigger ("a \"surrender\"")
_AFTER_ARTICLE = re.compile(r"(?:^|\W)(?:a|an|the|such|no|these|those)\s+[\"'“‘]?$", re.IGNORECASE)
_REACH = 12   # characters read before the trigger


def drop(text: str, events: list) -> list:
    return [ev for ev in events if not (ev.rule.startswith(_VERB_RULE) and ev.trigger_start
                                        and _AFTER_ARTICLE.search(text, max(0, ev.trigger_start - _REACH),
                                                                  ev.trigger_start))]
