"""An Arabic meeting or visit noun that is the setting of another act of its sentence (session 52, PREC52).

"وطالب الوزير خلال زيارة إلى باريس الدول الأوروبية بـ …"، "اتفق البلدان على تسريع أشغال المعبر خلال اجتماع في
الرباط"، "دعا القادة العرب إلى …، في قمة طغى عليها غياب معظم الزعماء"، "وفي الاجتماع التحضيري يوم الأحد، حث الوزير
…": the meeting noun after a setting preposition (``setting_meeting_ar.tsv`` kind ``setting``: في، خلال، ختام، هامش
…) tells where and when the sentence's act was done -- the act is the report, the meeting its frame (the blind gold
codes such a noun as optional background or not at all: in-sample 34 optional, 3 required -- each with a verb of
holding).  A meeting-family noun (CAMEO 04) right after a listed setting word is dropped when the sentence has
another event; it stays when a verb of holding names its holders within :data:`_REACH` words after it (kind
``held``: "خلال زيارة قامت بها رئيسة الوزراء …"، "في ختام اجتماع عقده وفدا البلدين": the gold requires the meeting
told with its sides), when it is a phone call ("وفي اتصال هاتفي مع الرئيس، أكد …": the contact itself), when it is
the sentence's only event ("ووصل الأمير إلى الرياض في زيارة رسمية": the visit is the report), and when its visitor
stands before it (the noun took a verb's half in _dedupe and reports that verb; as ordinal_visit_ar).
Session 53 (PREC53): a definite meeting noun after a setting word with no side read ("وعلى هامش القمة، عقد المجلس
الأعلى …") is dropped even as its sentence's only event: a summit told before, the frame of an act the coder did not
read.
"""
from __future__ import annotations

from .hazards import listed
from .structure import kind_sets, start_index

ACTS_ON = frozenset(("04",))   # the meeting root (CAMEO 040 -- 046)
_KEPT = ("041", "045")   # a phone call as the frame ("وفي اتصال هاتفي مع الرئيس، أكد …") is the contact itself; a
# mediation is no meeting place ("أشاد بدور مصر في الوساطة"): both stay
_REACH = 4   # words after the noun (its adjectives, its genitive) where a verb of holding names its holders


def _sets() -> dict:
    return kind_sets("setting_meeting_ar.tsv", ("setting", "held"))


def _held(words, k: int, held: frozenset) -> bool:
    """Does a verb of holding follow the meeting noun words[k] within the reach, before any punctuation?"""
    for w in words[k + 1:k + 1 + _REACH]:
        if w.punct:
            return False
        if listed(w, held):
            return True
    return False


def _told_before(w, e) -> bool:
    """Is the meeting noun definite with no side read ("وعلى هامش القمة، عقد المجلس …"، "خلال القمة المنعقدة في
    أديس أبابا")?  The summit is one the story told before (session 53): the frame even when the sentence's own act is
    no event of the coder's; an indefinite noun alone ("ووصل الأمير إلى الرياض في زيارة رسمية") stays the report."""
    return e.source_code is None and e.target_code is None and w.norm.startswith(("ال", "وال", "فال"))


def drop(words, evs: list) -> list:
    """``evs`` without the meeting nouns that are the setting of another act of the sentence (see the module doc)."""
    if not evs:
        return evs
    sets = at = None
    gone = []
    for e in evs:
        if ":noun:" not in e.rule or e.root != "04" or e.cameo in _KEPT \
                or (e.source_span and e.source_span[0] < e.trigger_start):
            continue
        if at is None:   # (built only for a sentence with a meeting noun: most with a 04 event have a verb)
            sets, at = _sets(), start_index(words)
        k = at.get(e.trigger_start)
        if k is None or k < 1 or words[k - 1].punct or not listed(words[k - 1], sets["setting"]):
            continue
        if not _held(words, k, sets["held"]) and (any(o is not e and o.trigger_start != e.trigger_start for o in evs)
                                                  or _told_before(words[k], e)):
            gone.append(e)
    return [e for e in evs if not any(e is g for g in gone)] if gone else evs   # (by identity: two equal copies
    # of one act are two events)
