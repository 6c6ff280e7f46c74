"""The speaker's country for a bare state body inside his reported words (session 29, ACT20).

"Zambia's defence minister said the army would use all means to defend the border if Angolan troops did not pull
back", "وقال وزير الداخلية الأردني إن الشرطة لن تسمح بأي تجمع": a country's official speaking of "the army", "the
police", "the government", "the courts" or "the opposition" with no country speaks of his own country's.  The sentence
step (``events._fill_domestic``) gives nothing when the sentence names a second country (the foe of the threat), and
the dateline step needs a dateline.  A country-less side of one of ``BARE`` whose trigger lies in the content of a
quote whose speaker is a state actor of a country C takes C when: the speaker's phrase holds no foreign-facing word
(``home_country.tsv`` kinds ``foreign_ministry`` / ``envoy``: an envoy speaks of the host country's army), the
content names no country but C and the event's other side's, and the document's dateline, if any, is C's (a
foreign leader's words on "the army" in a Khartoum story are about Sudan's).  Rule marker ``:speaker-country``.
"""
from __future__ import annotations

from ..geo.locate import dateline_place
from ..lang.normalize import normalize
from .structure import actor_of, kind_sets

# the bare state bodies (and the opposition) a country's official names without a country
BARE = frozenset({"MIL", "COP", "GOV", "JUD", "LEG", "SPY", "OPP"})
# the speaker: a state actor of a country
SPEAKER_ROLES = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG"})


def apply(doc, events) -> None:
    """Give the bare state body acting in an official's reported words the official's country (module doc)."""
    todo = [ev for ev in events if ":quote" in ev.rule and ev.source_code in BARE and not ev.source_country]
    if not todo or not doc.quotes:
        return
    dl = None
    forms = None
    for ev in todo:
        q = next((q for q in doc.quotes if q.content_start <= ev.trigger_start < q.content_end), None)
        if q is None or q.speaker_actor_id is None:
            continue
        sp = actor_of(doc, q.speaker_actor_id)
        if sp is None or not sp.country or sp.role not in SPEAKER_ROLES:
            continue
        c = sp.country
        if dl is None:
            d = dateline_place(doc)
            dl = (d.country if d is not None else None) or ""
        if dl and dl != c:
            continue
        if forms is None:
            k = kind_sets("home_country.tsv", ("foreign_ministry", "envoy"))
            forms = k["foreign_ministry"] | k["envoy"]
        words = normalize(doc.text[q.speaker_start:q.speaker_end]).lower()
        if any(f in words for f in forms):
            continue
        code = ev.source_code   # (the agent in his words; a bare target may be anyone's)
        named = {a.country for a in doc.actors if a.country and a.id != ev.target_actor_id
                 and any(q.content_start <= s < q.content_end for s, _ in a.spans)}
        if named - {c}:
            continue
        ev.source_country = c
        ev.source_code = c + code
        ev.rule += ":speaker-country"
