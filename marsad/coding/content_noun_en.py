"""A cooperation noun that is only the topic of another verb is no event (session 17, ENG).

"She invited union leaders to talks on Friday", "commanders were due to meet to discuss a ceasefire", "said his
government remained committed to the ceasefire", "Washington was following the talks closely": the talks / the
ceasefire are what is offered, discussed, kept to or watched -- the invitation, the meeting or the statement is the
event, the noun is none (they were coded 046 / 0871, partly asserted).  English noun events of the cooperation roots
(03, 04, 05, 06, 08) are dropped when the word before the noun (determiners and a few premodifiers skipped, kind
``skip``) is a topic verb (kind ``topic``: discuss, following …), or is "to" right after a verb of kind ``to_verb``
(invited / committed + at most four words + "to").  The verbs are in ``content_noun_en.tsv``.  "agreed to a
ceasefire", "joined the talks", "the talks collapsed" are unchanged.
"""
from __future__ import annotations

from .structure import kind_sets, start_index

_KINDS = ("skip", "topic", "to_verb")
_ROOTS = frozenset(("03", "04", "05", "06", "08"))
_TO_GAP = 5


def _topic(words, n: int, sets) -> bool:
    k = n - 1
    while k >= 0 and n - k <= 3 and words[k].norm in sets["skip"]:
        k -= 1
    if k < 0 or words[k].punct:
        return False
    if words[k].norm in sets["topic"]:
        return True
    if words[k].norm != "to":
        return False
    for j in range(k - 1, max(-1, k - 1 - _TO_GAP), -1):
        if words[j].punct:
            return False
        if words[j].norm in sets["to_verb"]:
            return True
    return False


# the roots / codes the rule acts on: the events stage calls it only for a document with one (s42 SPD42)
ACTS_ON = _ROOTS


def drop(doc, evs: list) -> list:
    """Run after the English document rules (the verb's date from its object noun is read first: "invited … to
    talks on Friday" keeps the invitation undated by Friday)."""
    if not any(e.lang == "en" and e.root in _ROOTS and ":noun:" in e.rule for e in evs):
        return evs
    from .lexicon import lexicon
    from .structure import words_of
    sets = kind_sets("content_noun_en.tsv", _KINDS)
    lex = lexicon("en")
    out = []
    for e in evs:
        if e.lang == "en" and e.root in _ROOTS and ":noun:" in e.rule and 0 <= e.sentence < len(doc.sentences):
            words = words_of(doc, doc.sentences[e.sentence], lex)
            n = start_index(words).get(e.trigger_start, -1)
            if n > 0 and _topic(words, n, sets):
                continue
        out.append(e)
    return out
