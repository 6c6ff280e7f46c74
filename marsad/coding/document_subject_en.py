"""A legal text that permits something is no actor: its permitting verb is no event (English, session 37 GAPEN37).

"a contentious bill that would have allowed extraditions to mainland China", "Article 155 of the constitution, which
allows the state to take over a region that breaks the law", "the deal would allow Iran to enrich uranium": the
verb (``document_subject_en.tsv`` kind ``verb``: allow, permit, enable, authorise …) tells what the text says, not an
act of anyone (it was coded 035 / 080 with no source or a guessed one).  Walking back from the verb over relative
pronouns, auxiliaries and adverbs (kind ``between``) and commas, the first other word is a text noun (kind ``doc``:
bill, law, constitution, deal, treaty …), or, past a relative pronoun (kind ``relative``), a text noun stands at most
three words before it with no punctuation between ("suspended a bill on Saturday that would have allowed …"): the
event is dropped.  "Israel allowed aid trucks into Gaza" and "the
government allowed the protest" (an actor right before the verb) are unchanged.
"""
from __future__ import annotations

from .structure import has_any, kind_sets, start_index

_KINDS = ("verb", "doc", "between", "relative")
_REACH = 6   # words walked back from the verb at most
_ADJUNCT = 3   # words of an adjunct between a relative pronoun and its text noun at most


def _text_subject(words, k: int, sets) -> bool:
    rel = -1
    for j in range(k - 1, max(-1, k - 1 - _REACH), -1):
        w = words[j]
        if w.norm in sets["between"] or w.text == ",":
            if w.norm in sets["relative"]:
                rel = j
            continue
        if w.norm in sets["doc"]:
            return True
        # ("suspended a bill on Saturday that would have allowed …": a short adjunct between the relative's noun and
        # the relative pronoun)
        return rel > 0 and any(words[i].norm in sets["doc"] and not any(x.punct for x in words[i + 1:rel])
                               for i in range(max(0, rel - _ADJUNCT - 1), rel))
    return False


# the words (data file, kind) one of which a sentence must hold for the rule to act: the events stage tests them
# with the other drops' in one set test a sentence (s42 SPD42)
WORDS_ON = ("document_subject_en.tsv", "verb")


def drop(words, evs: list) -> list:
    sets = kind_sets("document_subject_en.tsv", _KINDS)
    if not has_any(words, sets["verb"]) or not has_any(words, sets["doc"]):
        return evs   # (set tests over the sentence's words: most sentences hold no permitting verb)
    idx = start_index(words)
    out = []
    for ev in evs:
        k = idx.get(ev.trigger_start)
        if k is not None and words[k].norm in sets["verb"] and _text_subject(words, k, sets):
            continue   # "a bill that would have allowed extraditions": the text's content, no act
        out.append(ev)
    return out
