"""The owner of an Arabic act noun with a country pronoun: "أبلغ الخارجية السودانية رفض بلاده" (session 19, ARX).

"وقال مسؤول تشادي إن القائم بالأعمال أبلغ الخارجية السودانية رفض بلاده لغة التهديد": the noun رفض is owned by
"بلاده" (cue ``pron_country``: بلاده، بلادها، حكومته، حكومتها …), the country of the one who speaks, not by the actor
named right before the noun (the ministry told; nothing between them).  When the word right after the noun carries that cue, the quote of the
clause has a speaker, and the actor before the noun is of another country than the speaker, that actor is the one told
(the target) and the source is left to the speaker (the events stage's pronoun rule).  With no speaker, or an actor
before it of the speaker's country ("وقال الوزير الأردني إنه أكد دعم بلاده"), nothing changes.
"""
from __future__ import annotations


def told(words, last: int, before: list, i: int, speaker):
    """The actor right before the noun at ``i``..``last`` (no preposition, nothing between) when it is the addressee
    of a noun owned by a country pronoun (the speaker's country), else None."""
    if not before or speaker is None or last + 1 >= len(words) or "pron_country" not in words[last + 1].cue:
        return None
    a = before[-1]
    c = a.actor.country
    return a if a.prep == "" and a.i1 == i and c and speaker.country and c != speaker.country else None
