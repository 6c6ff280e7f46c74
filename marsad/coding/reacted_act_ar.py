"""An act welcomed or rejected in Arabic is the act told before, no event of its own (session 40, PREC40).

"أعلن المبعوث الأممي موافقة الطرفين على هدنة لمدة شهرين …  ورحب التحالف بإعلان الهدنة"، "… إن الجماعة ترحب بالهدنة"،
"وقع البلدان الاتفاق أمس …  ورحب الرئيس الأميركي بتوقيع الاتفاق"، "واتهم ترامب إيران بتدبير الهجوم …  رافضا اتهامات
ترامب": the act noun after a welcome, rejection or denial verb (kind ``reaction`` of ``reacted_act_ar.tsv``; its object,
within :data:`_REACH` characters after the verb, no sentence punctuation between) that the reference rule set as background (``:ref``) names the act the article told before: when an earlier
sentence has a current Arabic event of the noun's root, the noun's span joins that event's ``also_spans`` (marker
``:retold``) and it is no event of its own -- the welcome (05) or the rejection is the happening.  Without such an earlier event
("ورحبت الحكومة بالوساطة المصرية" alone) it stays.  Session 43 (PREC43): a definite act noun the filter judged current
is that act too ("ورحب الأردن أمس باتفاق وقف إطلاق النار" after the presidency's ceasefire: the construct ends in a
definite noun); an indefinite current one ("رحبت بوقف لإطلاق النار أعلنه الجيش") is still its own.  Session 45
(PREC45): a criticism's or condemnation's object too (انتقد، دان، أدان، ندد، استنكر: "ودانت الأمم المتحدة احتجاز
الموظفين" after the detention's report).  Session 46 (PREC46): a comment verb's على-object ("ولم يعلق الجيش حتى
الآن على الزيارة"، kind ``comment``) and a survival verb's من-object ("قالت الحركة إن قادتها نجوا من الهجوم"، kind
``survival``) name an act told before too; those verbs are read from the text (a comment not made, a survival, is no
event of its own), the definite noun right after its preposition; with no earlier event of its root (the article told
the visit as "وصل … وتفقد") the noun is still no event: the comment or the escape is about an act already reported.
"""
from __future__ import annotations

from ..lang.normalize import normalize
from .retold import _retell
from .structure import definite_ar, head_end, kind_sets

_REACH = 60   # characters from the reaction verb to its object's act noun (the subject between: "ورحب الرئيس الأميركي جو بايدن")


def _reaction(ev, forms: frozenset) -> bool:
    w = normalize(ev.trigger.split()[0]) if ev.trigger else ""
    return w in forms or (w[:1] in ("و", "ف") and w[1:] in forms)


def _definite(text: str, e) -> bool:
    """Is the act noun's phrase definite: its first word or the word right after its trigger carries the article
    ("باتفاق وقف إطلاق النار": the construct ends in النار; session 43 PREC43)?"""
    first = e.trigger.split()[0] if e.trigger else ""
    after = text[e.trigger_end:e.trigger_end + 30].split()[:1]
    return definite_ar(first) or bool(after and definite_ar(after[0]))


def _masdar_construct(e) -> bool:
    """(session 47, prec47) "انتقد الرئيس الأوكراني عقد المحادثات من دون مشاركة بلاده": a trigger read as a verb
    with its object, its first word bare (no و / ف: "وعقد المحادثات" opens a clause of its own) and its last word
    definite, right in the reaction's object place (no punctuation between, within the reach) is a masdar construct --
    the holding of the talks told before -- as an act noun would be."""
    ws = e.trigger.split() if e.trigger else []
    return len(ws) >= 2 and normalize(ws[0])[:1] not in ("و", "ف") and definite_ar(ws[-1])


_GOVERNED = (("comment", "على"), ("survival", "من"))   # (kind, the preposition its object follows)


def _referring_verb(text: str, e, kinds: dict) -> bool:
    """Is ``e``'s noun, right after على / من, the object of a comment or survival verb (kinds ``comment``,
    ``survival``) within :data:`_REACH` characters before it in its sentence, no sentence punctuation between?"""
    before = text[max(e.sentence_start, e.trigger_start - _REACH):e.trigger_start]
    if any(c in before for c in ".،,؛:"):
        before = before[max(before.rfind(c) for c in ".،,؛:") + 1:]
    words = [normalize(w) for w in before.split()]
    if len(words) < 2:
        return False
    for kind, prep in _GOVERNED:
        if words[-1] == normalize(prep) and any(w in kinds[kind] or (w[:1] in ("و", "ف") and w[1:] in kinds[kind])
                                     for w in words[:-1]):
            return True
    return False


def _earlier(events: list, e, drop: set):
    """The last current Arabic event of ``e``'s root told in an earlier sentence and not itself dropped, or None."""
    return next((p for p in reversed(events) if p.sentence < e.sentence and p.root == e.root
                 and p.lang == "ar" and not p.historical and id(p) not in drop), None)


def _drop_referred(doc, events: list, kinds: dict) -> list:
    """The definite act nouns a comment or survival verb has for object (see the module doc): the earlier event of
    their root, if any, takes their span; none is an event of its own."""
    text = doc.text
    drop = set()
    for e in events:
        if e.lang != "ar" or ":noun:" not in e.rule or not _definite(text, e) \
                or not _referring_verb(text, e, kinds):
            continue
        prev = _earlier(events, e, drop)
        if prev is not None:
            _retell(prev, e)
        drop.add(id(e))
    return [e for e in events if id(e) not in drop] if drop else events


def apply(doc, events: list) -> list:
    kinds = kind_sets("reacted_act_ar.tsv", ("reaction", "comment", "survival"))
    events = _drop_referred(doc, events, kinds)
    forms = kinds["reaction"]
    reactions = [w for w in events if w.lang == "ar" and _reaction(w, forms)]
    if not reactions:
        return events
    text = doc.text
    drop = set()
    for w in reactions:
        # (a description's trigger spans its object, "وصفت الرئاسة طرد السفير بأنه مؤسف": its verb is the first word;
        # a bare masdar inside that span read as a verb, طرد, is the object too)
        w_end = head_end(w)
        for e in events:
            if e is w or e.sentence != w.sentence \
                    or (":noun:" not in e.rule and e.trigger_end > w.trigger_end and not _masdar_construct(e)) \
                    or not ((":ref" in e.rule and e.historical) or _definite(text, e) or _masdar_construct(e)) \
                    or not 0 <= e.trigger_start - w_end <= _REACH \
                    or any(c in text[w_end:e.trigger_start] for c in ".،,؛:"):
                continue
            prev = _earlier(events, e, drop)
            if prev is not None:
                _retell(prev, e)
                drop.add(id(e))
    return [e for e in events if id(e) not in drop] if drop else events
