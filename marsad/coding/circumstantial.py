"""Circumstantial participles (حال) that are acts of the main clause's subject (Arabic).

"أدان الوزير الهجوم، داعيا المجتمع الدولي إلى التحرك", "قالت الجبهة في بيان إن …، داعية إلى انتخابات مبكرة": the
participle after the comma (``hal_ar.tsv``; its forms are trigger forms of the verb) is the main subject's act, and
the noun phrase right after it is its addressee, not its subject.  The subject is the source of the nearest earlier
verb event of the same reported content, else the speaker of the quote the participle stands in, else the source
of the nearest earlier verb event.  A listed participle not after a comma is an adjective ("شركات متهمة بتزويد …"):
its event is dropped.  Rule marker ``:hal``.
"""
from __future__ import annotations

from ..lang.normalize import normalize
from .structure import actor_of, clear_side, copy_side, fill_side, form_set, start_index

_COMMAS = ("،", ",")


def forms() -> frozenset:
    return form_set("hal_ar.tsv")


def is_participle(words, starts, ev) -> bool:
    """Is ``ev`` (a verb event) a circumstantial participle after a comma ("…، مطالبا بـ")?  (``starts``: the
    sentence's start_index.)"""
    k = starts.get(ev.trigger_start)
    if not k:
        return False
    nm = words[k].norm
    hal = forms()
    return (nm in hal or (nm[:1] in ("و", "ف") and nm[1:] in hal)) and words[k - 1].text in _COMMAS


_RELATIVES = frozenset(("التي", "الذي", "الذين", "اللذين", "اللتين", "اللواتي"))


def _relative_verbs(words, starts, evs) -> set:
    """The trigger starts of the verb events right after a relative pronoun ("سلطنة عمان، التي تتوسط بين طهران
    وواشنطن، …"): a relative clause's verb is no main clause for a later participle (session 41)."""
    out = set()
    for e in evs:
        k = starts.get(e.trigger_start)
        if k and ":verb:" in e.rule and words[k - 1].norm in _RELATIVES:
            out.add(e.trigger_start)
    return out


def _blamed_is_condemned(evs, ev) -> None:
    """"ودانت سلطنة عمان ما وصفته بالتصعيد، محملة إسرائيل مسؤولية تداعياته": a participle accusation (112) after a
    condemnation of its sentence by the same subject that names no target: the blamed party is what was condemned
    (session 41)."""
    if not (ev.cameo or "").startswith("112") or not ev.target_code or not ev.source_actor_id:
        return
    main = [e for e in evs if e is not ev and e.sentence == ev.sentence and ":verb:" in e.rule and e.root == "11"
            and e.trigger_start < ev.trigger_start and e.source_actor_id == ev.source_actor_id]
    if main:
        e = max(main, key=lambda x: x.trigger_start)
        if not e.target_code and not e.negated:
            copy_side(e, "target", ev, "target")
            e.rule += ":tgt-blamed"


def _main_subject(doc, quotes, evs, ev, relative=frozenset()):
    # (not an actor that ends an earlier trigger: "واستدعت سفيرها في أوتاوا" reads the envoy as its source until the
    # recall rules run, after this step; "واستدعى المغرب سفيره" keeps its subject inside the trigger; session 31)
    earlier = [e for e in evs if e is not ev and ":verb:" in e.rule and e.source_actor_id
               and e.trigger_start < ev.trigger_start and ":hal" not in e.rule
               and not (e.source_span and e.trigger_start <= e.source_span[0] < e.trigger_end <= e.source_span[1])
               and e.trigger_start not in relative]
    if not ev.quote_id:
        # 'إن "الحكومة الإثيوبية تحشد قواتها"، محذرا من أن …': an act reported inside a quotation that closed before
        # the participle is no main clause of it; the quotation's speaker is (below; session 37)
        closed = {q.id for q in quotes if q.content_end <= ev.trigger_start}
        earlier = [e for e in earlier if e.quote_id not in closed]
    same = [e for e in earlier if e.quote_id == ev.quote_id]
    if same:
        e = max(same, key=lambda x: x.trigger_start)
        return actor_of(doc, e.source_actor_id), e.source_span
    q = next((q for q in quotes if q.id == ev.quote_id and q.speaker_actor_id), None) if ev.quote_id else None
    if q is not None:
        return actor_of(doc, q.speaker_actor_id), (q.speaker_start, q.speaker_end)
    if earlier:
        e = max(earlier, key=lambda x: x.trigger_start)
        return actor_of(doc, e.source_actor_id), e.source_span
    # (session 18) "وأضاف: "…"، معربا عن تعازي حكومته": the speaker of the sentence's quote that ends before it
    said = [q for q in quotes if q.speaker_actor_id and q.sentence == ev.sentence and q.content_end <= ev.trigger_start]
    if said:
        q = max(said, key=lambda x: x.content_end)
        return actor_of(doc, q.speaker_actor_id), (q.speaker_start, q.speaker_end)
    # "نظم العشرات من الأهالي وقفة احتجاجية …، مطالبين بـ": a noun event whose source is the clause's subject before it
    nouns = [e for e in evs if e is not ev and e.source_actor_id and e.source_span and ":hal" not in e.rule
             and e.source_span[1] <= e.trigger_start < ev.trigger_start]
    if nouns:
        e = max(nouns, key=lambda x: x.trigger_start)
        return actor_of(doc, e.source_actor_id), e.source_span
    # (session 24) "وقال وزير الخارجية التركي، متهما اليونان …، إن …": the speaker of the sentence's quote named before it
    said = [q for q in quotes if q.speaker_actor_id and q.sentence == ev.sentence and q.speaker_end <= ev.trigger_start]
    if said:
        q = max(said, key=lambda x: x.speaker_end)
        return actor_of(doc, q.speaker_actor_id), (q.speaker_start, q.speaker_end)
    return _vso_subject(doc, ev)


def _crowd_before(evs, ev):
    """"تظاهر مئات من أنصار الفصائل في بغداد، مطالبين بإخراج القوات": the nearest earlier verb event of the participle's
    sentence, when it is a protest of a crowd named by no actor (civilians of the place, ``:crowd-quant``): the
    participle is the crowd's (session 25, B12AR2), not the act of an actor named before that clause."""
    earlier = [e for e in evs if e is not ev and ":verb:" in e.rule and e.sentence == ev.sentence
               and e.trigger_start < ev.trigger_start and ":hal" not in e.rule]
    if not earlier:
        return None
    e = max(earlier, key=lambda x: x.trigger_start)
    return e if ":crowd-quant" in e.rule and e.source_code and not e.source_actor_id else None


SUBJECT_AFTER = 2   # words from the sentence start to the subject: the clause's verb, with its و / ف


def _vso_subject(doc, ev):
    """"ورد المتحدث باسم الخارجية الإيرانية ناصر كنعاني، متهما …": the actor that ends right at the comma before the
    participle and starts right after the sentence's first (verb) word: the main clause's subject (session 24)."""
    text = doc.text
    comma = text.rfind("،", ev.sentence_start, ev.trigger_start)
    comma = max(comma, text.rfind(",", ev.sentence_start, ev.trigger_start))
    if comma < 0 or text[comma + 1:ev.trigger_start].strip():
        return None, None
    best = None
    for a in doc.actors:
        for s, e in a.spans:
            if ev.sentence_start <= s and e <= comma and not text[e:comma].strip() \
                    and len(text[ev.sentence_start:s].split()) <= SUBJECT_AFTER - 1 \
                    and not any(c in text[ev.sentence_start:s] for c in "،,.:\"«"):
                if best is None or s < best[1][0]:
                    best = (a, (s, e))
    return best if best is not None else (None, None)


def participle_subject(doc, words, quotes, evs) -> list:
    """``evs`` with the participle events given their main subject (and the adjectival ones dropped)."""
    hal = forms()
    starts = None
    out = []
    for ev in evs:
        if ":verb:" not in ev.rule:
            out.append(ev)
            continue
        if starts is None:
            starts = start_index(words)
        k = starts.get(ev.trigger_start)
        nm = words[k].norm if k is not None else ""
        if k is None or (nm not in hal and not (nm[:1] in ("و", "ف") and nm[1:] in hal)):
            out.append(ev)
            continue
        if k == 0 or words[k - 1].text not in _COMMAS:
            continue   # an adjective ("شركات متهمة بتزويد …"), not a circumstantial participle
        crowd = _crowd_before(evs, ev)
        actor, span = _main_subject(doc, quotes, evs, ev, _relative_verbs(words, starts, evs)) \
            if crowd is None else (None, None)
        if actor is not None and actor.id == ev.source_actor_id:
            out.append(ev)
            continue
        if ev.source_actor_id and ev.source_span and ev.source_span[0] >= words[k].end:
            # "داعيا المجتمع الدولي": a participle has no subject after it; that noun phrase is the addressee
            # (the participle word's end, not the trigger's: "محملا إسرائيل المسؤولية" is one trigger); right
            # after the participle it is the addressee even when a later actor was taken ("داعيا طهران إلى
            # الاستجابة لمساعي الإمارات")
            # ("معربا عن تعازي حكومته": after عن the actor is the genitive of the expressed noun, no addressee; s18)
            if k + 1 < len(words) and words[k + 1].norm == "عن":
                pass
            elif not ev.target_actor_id or (k + 1 < len(words) and words[k + 1].start == ev.source_span[0]
                                          and (not ev.target_span or ev.target_span[0] > ev.source_span[0])):
                copy_side(ev, "target", ev, "source")
            clear_side(ev, "source")
        if actor is not None:
            fill_side(ev, "source", actor, span)
            _blamed_is_condemned(evs, ev)
        elif crowd is not None and not ev.source_code:
            copy_side(ev, "source", crowd, "source")
        ev.rule += ":hal"
        out.append(ev)
    return out


def _told_participle(text: str, ev) -> bool:
    """Is ``ev`` a participle after a comma -- marked ``:hal``, or one whose subject was already the main one (then
    unmarked: "وقال إنه \"…\"، مشيدا بدور …")?"""
    if ":hal" in ev.rule:
        return True
    if ":verb:" not in ev.rule or not text[:ev.trigger_start].rstrip().endswith(_COMMAS):
        return False
    nm = normalize(text[ev.trigger_start:ev.trigger_end].split()[0]) if text[ev.trigger_start:ev.trigger_end].strip() else ""
    return nm in forms() or (nm[:1] in ("و", "ف") and nm[1:] in forms())


def one_member(doc, events: list) -> list:
    """A circumstantial participle told for a coordinated side is one act, kept for the side's first member (session
    41, PREC41).  "حثت الولايات المتحدة وبريطانيا وفرنسا …، محذرة من أن …", "متهما واشنطن ولندن وباريس بـ…",
    "مشيدا بدور قطر ومصر والأردن": the main verb keeps one event per member (the gold codes each), but the participle
    is the statement's circumstance, and the gold codes it once (in-sample: of 16 such copies for later members 10
    were extra, one optional, none matched).  The copies (same trigger and code, marker ``:compound``) after the
    first are dropped."""
    seen: set = set()
    out = []
    for ev in events:
        if ev.lang == "ar" and ":compound" in ev.rule and _told_participle(doc.text, ev):
            key = (ev.trigger_start, ev.trigger_end, ev.cameo)
            if key in seen:
                continue
            seen.add(key)
        out.append(ev)
    return out
