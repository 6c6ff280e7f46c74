"""Topics of a discussion are no parties (session 17 ARG): in "وبحث معه أمن الحدود وعودة اللاجئين" the partner is the
pronoun of معه (someone named before) and what follows it is what was discussed; an actor the tables read in a topic
("أمن" -> COP, "اللاجئين" -> REF) is no participant of the 040.  Words in ``discuss_topic_ar.tsv``."""
from __future__ import annotations

from .structure import kind_sets

_FILE = "discuss_topic_ar.tsv"


def topic_cut(words, i: int, last: int, lemma: str, after: list) -> list:
    """``after`` without the actors that follow a "with + pronoun" word right after the discussion verb at ``i`` (at
    most one word, the subject, between them); ``after`` unchanged for other verbs or without such a word."""
    sets = kind_sets(_FILE, ("verb", "with_pron"))
    if lemma not in sets["verb"] or not after:
        return after
    pron = sets["with_pron"]
    k = next((k for k in range(last + 1, min(len(words), last + 3)) if words[k].norm in pron), -1)
    if k < 0 or any(words[x].punct for x in range(last + 1, k)):
        return after
    return [a for a in after if a.i0 < k]
