"""An Arabic verb with no subject after the sentence of a speaker (session 18, B5AC).

"وقال السيسي في مؤتمر صحفي إن الزيارة تفتح صفحة جديدة. وأشاد بموقف تركيا من الحرب": Arabic drops the repeated
subject of a new sentence that goes on with the same person; the verb's subject is the speaker of the sentence
before.  An event of a verb that opens its sentence with the conjunction و / ف and found no source takes the speaker
of the last quote of the sentence right before (a person or body, ``doc.quotes``) when

- the word right after the verb is a preposition (``elided_subject_ar.tsv`` kind ``prep``), a word with a joined
  preposition (kind ``prefix``: بموقف) that is no actor, or the event's own target (the object: "ودعا الخرطوم إلى");
- the verb agrees in gender with the speaker's head word (a masculine verb, no ة on the head; a feminine verb, ة or a
  state);
- the speaker is not the event's target.

A verb followed by a noun that is no actor ("وأعلن مصدر أمني …") has a subject of its own, unknown: left alone.
Marker ``:elided``.
"""
from __future__ import annotations

from ..lang.normalize import normalize
from .agreement import masc_verb
from .lexicon import lexicon
from .structure import actor_of, clear_side, copy_side, fill_side, form_set, kind_sets

_CONJ = ("و", "ف")


def _feminine_head(doc, q, actor) -> bool:
    w = doc.text[q.speaker_start:q.speaker_end].split()
    if not w:
        return False
    head = normalize(w[0].strip("،,.:\"«»()"))
    name = (getattr(actor, "name_ar", None) or "").split()
    if actor.kind == "person" and len(name) > 1 and head == normalize(name[-1]):
        return False   # (session 53 gapar53) a family name alone tells no gender by its ة: "قال الدبيبة إن …"
    # (a plural in ات -- قوات، السلطات -- takes a feminine singular verb too: "وقالت قوات الدعم السريع …. واتهمت
    # الجيش …", session 46 gapar46)
    return head.endswith(("ة", "ه")) or (len(head) >= 4 and head.endswith("ات")) or actor.kind == "country"


def apply(doc, si: int, words, args, evs, earlier=()) -> None:
    if not evs or len(words) < 2 or si == 0:
        return
    L = kind_sets("elided_subject_ar.tsv", ("prep", "prefix", "lead", "lead_pronoun", "participle", "masc_plural"))
    # (session 48, gapar48) a lead word that keeps the subject (kind ``lead``: "كما اتهم إسرائيل بـ …") opens the
    # sentence before its verb as the joined و does; a lead with the subject's own pronoun (kind ``lead_pronoun``:
    # "لكنه رفض أي نشر …") leaves the verb no subject after it, whatever word follows
    pronoun = words[0].norm in L["lead_pronoun"]
    k = 1 if (pronoun or words[0].norm in L["lead"]) and len(words) > 2 and not words[0].punct else 0
    if not k and words[0].norm[:1] not in _CONJ:
        return
    verb = words[k]
    ev = next((e for e in evs if e.trigger_start == verb.start), None)
    if ev is None or ":verb:" not in ev.rule:
        return
    lemma = next((t.lemma for t in lexicon("ar").lookup(verb.norm) if t.kind == "verb" and t.cameo == ev.cameo), "")
    inner = None
    adjective = False   # the source read is the nationality of the act noun after the verb (_act_adjective)
    if ev.source_actor_id or ev.source_code:
        inner = _pp_adjective(words, args, ev, k)
        adjective = inner is None and _act_adjective(doc.text, ev)
        if inner is None and not adjective:
            return
    nxt = words[k + 1]
    if nxt.punct:
        return
    at_next = next((a for a in args if a.i0 == k + 1), None)
    masc = masc_verb(verb.norm, lemma)
    # (session 49, gapar49) a masculine verb before a broken plural of things (fem_heads_ar.tsv: "ودعا الدول الشقيقة
    # إلى …") cannot have it for its subject: the noun is the object, the subject is elided
    if not (pronoun or adjective or nxt.norm in L["prep"] or nxt.norm in L["participle"]
            or at_next is None and len(nxt.norm) > 3 and nxt.norm[:1] in L["prefix"]
            or at_next is None and masc and nxt.norm in form_set("fem_heads_ar.tsv")
            or at_next is None and _object_form(nxt.norm, masc, L["masc_plural"])
            or at_next is not None and ev.target_actor_id == at_next.actor.id):
        return
    q = actor = None
    for cand in _speakers_before(doc, si, earlier):
        a = actor_of(doc, cand.speaker_actor_id)
        if a is None or not a.code or cand.speaker_actor_id == ev.target_actor_id \
                or masc == _feminine_head(doc, cand, a):
            continue   # (session 48, gapar48) the verb agrees with its elided subject: a speaker it cannot agree
            # with ("…، ونفت استهداف المدنيين" read as a saying of المدنيين) is passed over for the one before
        q, actor = cand, a
        break
    if q is None:
        return
    if inner is not None:
        clear_side(ev, "source")
        if not (ev.target_actor_id or ev.target_code) and inner.actor.id != actor.id:
            fill_side(ev, "target", inner.actor, (words[inner.i0].start, words[inner.i1 - 1].end))
    elif adjective:
        if not (ev.target_actor_id or ev.target_code) and ev.source_actor_id != actor.id:
            copy_side(ev, "target", ev, "source")
        clear_side(ev, "source")
    fill_side(ev, "source", actor, (q.speaker_start, q.speaker_end))
    ev.rule += ":elided"


def _object_form(w: str, masc: bool, masc_plurals) -> bool:
    """(session 52, gapar52) Is the definite word ``w`` right after the verb (no actor) one that cannot be its subject?
    A sound masculine plural or a dual in ـين is accusative or genitive, never the nominative a subject is ("واتهم
    الموقوفين بالسعي إلى …": a participle الم…ين or a nisba …يين); a feminine singular in ة cannot follow a masculine
    verb as its subject ("ودعا الحركة إلى تسليم سلاحها"), but for the masculine plurals in ة of people (kind
    ``masc_plural``: القادة، الطلبة), which a masculine verb takes."""
    if not w.startswith("ال") or len(w) < 6:
        return False
    if w.endswith("ين") and (w.startswith("الم") or w.endswith("يين")):
        return True
    return masc and w.endswith("ه") and w not in masc_plurals


def _speakers_before(doc, si: int, earlier):
    """The speakers the elided subject of sentence ``si`` may go on with, nearest first: the sentence before's
    sayings (last first), the subject this module carried into it, the subject that opens it.  A speaker carried
    into the sentence before from further back ("…، وأعلن أن …" given an earlier sentence's speaker) comes after the
    subject that opens that sentence (session 48, gapar48)."""
    sent = doc.sentences[si - 1]
    said = [q for q in reversed(doc.quotes) if q.sentence == si - 1 and q.speaker_actor_id]
    own = [q for q in said if q.speaker_start >= sent.start]
    carried = [q for q in said if q.speaker_start < sent.start]
    yield from own
    chained = _chained(earlier, si)
    if chained is not None:
        yield chained
    opening = _opening_subject(doc, si - 1)
    if opening is not None:
        yield opening
    yield from carried
    # (session 49, gapar49) last, the subject of the sentence before's last verb event ("وأكدت الفصائل …، ودعت مجلس
    # الأمن إلى …. كما دعت إلى …"، "أما المندوب فرحب …، واتهمها …. وحذر من أن …")
    last = next((e for e in reversed(earlier) if e.sentence == si - 1 and ":verb:" in e.rule and e.source_actor_id
                 and e.source_span and not e.negated), None)
    if last is not None:
        yield _Said(last.source_actor_id, *last.source_span)


class _Said:
    """The fields of a quote this module reads, for a speaker carried over from an elided sentence."""
    __slots__ = ("speaker_actor_id", "speaker_start", "speaker_end")

    def __init__(self, aid, start, end):
        self.speaker_actor_id, self.speaker_start, self.speaker_end = aid, start, end


def _chained(earlier, si: int):
    """(session 34) "وقال المتحدث باسمها إن …. واتهم نيبال بانتهاك …. ودعا كاتماندو إلى …": the sentence before has no
    quote but opens with a verb whose elided subject this module gave it; that subject goes on."""
    e = next((e for e in reversed(earlier) if e.sentence == si - 1 and ":elided" in e.rule and e.source_actor_id
              and e.source_span), None)
    return _Said(e.source_actor_id, *e.source_span) if e is not None else None


def _opening_subject(doc, sj: int):
    """(session 42) "وأمر دومبويا اليوم الوزراء بعدم مغادرة البلاد. وتعهد بإطلاق مشاورات وطنية": the sentence before has
    no quote but opens with a joined verb (و / ف + a word of no actor) whose subject is the actor right after it; that
    subject goes on.  None when that sentence opens otherwise."""
    if sj < 0:
        return None
    sent = doc.sentences[sj]
    start = _after_opener(doc.text, sent.start, sent.end)
    toks = doc.text[start:sent.end].split(None, 2)
    if len(toks) < 2 or (start == sent.start and (len(toks[0]) < 4 or toks[0][:1] not in _CONJ)):
        return None   # (after an opener a bare verb opens the clause, three letters too: "من جهته، وصف …", s48)
    first_end = doc.text.index(toks[0], start) + len(toks[0])
    if any(s < first_end and e > sent.start for a in doc.actors for s, e in a.spans):
        return None   # (the first word is an actor's: "والرئيس …", no verb)
    second = doc.text.index(toks[1], first_end)
    a = next((a for a in doc.actors for s, e in a.spans if s == second and a.code), None)
    if a is None:
        return None
    span = next((s, e) for s, e in a.spans if s == second)
    return _Said(a.id, *span)


def _pp_adjective(words, args, ev, k: int = 0):
    """"وحذر من عواقب أي هجوم إسرائيلي"، "أي تحرك عسكري يوناني": the source the VSO reading found is an indefinite
    adjective pair / nationality adjective (at most two words, nisba ـي / ـية) of a
    noun inside the preposition phrase right after the verb (no punctuation between), not a subject: the arg, else
    None."""
    a = next((a for a in args if a.actor.id == ev.source_actor_id), None)
    if a is None or a.i1 - a.i0 > 2 or a.i0 < 3 + k or a.prep \
            or any(w.norm.startswith("ال") or not w.norm.endswith(("ي", "يه")) for w in words[a.i0:a.i1]) \
            or any(b.i0 < a.i0 < b.i1 or b.i1 == a.i0 for b in args) \
            or any(w.punct for w in words[1 + k:a.i0]):
        return None
    return a



def apply_joined(doc, events) -> None:
    """"وقالت الجماعة في بيان إنها ملتزمة بالعمل السلمي، ورفضت قرار الحظر": a و-verb after a comma in the sentence of
    a saying (or, session 32, after another verb event of the sentence: "أعلن قائد الجيش … حالة الطوارئ …، وحل مجلس
    السيادة"), with no subject of its own (no source), goes on with the speaker (that verb's subject) -- as a new sentence does in
    :func:`apply` -- when it agrees with the speaker's head in gender and the speaker is not its target
    (session 30, lead).  Marker ``:elided-joined``."""
    text = doc.text
    for ev in events:
        if ev.lang != "ar" or ":verb:" not in ev.rule:
            continue
        explained = _explained(text, ev)   # "وصعّد نتنياهو لهجته، إذ هدد في كلمة مصورة بملاحقة قادة الحركة" (s42)
        # (session 48, gapar48) "وأكد الوزير أن …، لكنه وصف إصرار غروسي بأنه …": the subject's pronoun on a lead
        # word after the comma (kind ``lead_pronoun``) is the verb's subject; an actor read after the verb is no subject
        pronoun = _lead_after_comma(text, ev.trigger_start)
        adjective = _act_adjective(text, ev)
        own = (ev.source_code or ev.source_actor_id) and not _in_complement(text, ev) and not adjective \
            and not (pronoun and ev.source_span and ev.source_span[0] > ev.trigger_start)
        comma = text[max(0, ev.trigger_start - 2):ev.trigger_start] in ("، ", ", ")
        if not explained and (own or not pronoun and (ev.trigger[:1] not in _CONJ or not comma)):
            continue
        q = next((q for q in reversed(doc.quotes) if q.sentence == ev.sentence and q.speaker_end <= ev.trigger_start),
                 None)
        actor = span = None
        if q is not None:
            span = (q.speaker_start, q.speaker_end)
            actor = actor_of(doc, q.speaker_actor_id)
        if actor is None:   # "نفت الجماعة …، وقالت في بيان إنها …، ورفضت": the saying's subject elided too: the
            # subject of the sentence's verb before it; with no saying, the verb event before it in its sentence
            # ("أعلن قائد الجيش … حالة الطوارئ في جميع أنحاء البلاد، وحل مجلس السيادة": session 32)
            limit = q.speaker_start if q is not None else ev.trigger_start
            before = max((e for e in events if e is not ev and e.sentence == ev.sentence and ":verb:" in e.rule
                          and e.source_actor_id and e.source_span and e.trigger_start < limit
                          and (q is not None or e.source_span[1] <= ev.trigger_start)
                          and not _relative_clause_verb(text, e.trigger_start)),
                         key=lambda e: e.trigger_start, default=None)
            if before is None:
                said = _opening_subject(doc, ev.sentence) if explained else None
                if said is None:
                    continue
                actor, span = actor_of(doc, said.speaker_actor_id), (said.speaker_start, said.speaker_end)
            else:
                actor, span = actor_of(doc, before.source_actor_id), before.source_span
                _object_pronoun_target(doc, ev, before)
        if actor is None or not actor.code or actor.id == ev.source_actor_id:
            continue
        if actor.id == ev.target_actor_id:
            if own or ":tgt-obj-pron" not in ev.rule:
                continue
            # (session 43) the object pronoun was read as the speaker whose subject the verb goes on with
            # ("وأعلن الحزب أنه سيتعامل مع القرار …، ووصفه بأنه …": ه is the decision, not the party)
            clear_side(ev, "target")
        lemma = next((t.lemma for t in lexicon("ar").lookup(normalize(ev.trigger.split()[0]))
                      if t.kind == "verb" and t.cameo == ev.cameo), "")
        if masc_verb(normalize(ev.trigger.split()[0]), lemma) == _feminine_span(doc, span, actor):
            continue
        if ev.source_actor_id or ev.source_code:
            if (pronoun or adjective) and not (ev.target_actor_id or ev.target_code) and ev.source_actor_id \
                    and ev.source_actor_id != actor.id:
                copy_side(ev, "target", ev, "source")   # ("وصف إصرار غروسي": the genitive's owner is the target;
                # "وانتقد استمرار الهجمات الإسرائيلية": the act's nation)
            clear_side(ev, "source")
        fill_side(ev, "source", actor, span)
        ev.rule += ":elided-joined"


def _object_pronoun_target(doc, ev, before) -> None:
    """"أوقف الرئيس الوزيرة عن العمل، وأحالها إلى التحقيق": a joined verb whose subject is elided carries its object as
    a pronoun (ها / ه) agreeing with the object of the verb it goes on with: that object is its target too (only
    with no target read, the same gender; session 55, BLINDAR55)."""
    if ev.target_actor_id or ev.target_code or not before.target_actor_id or not before.target_span:
        return
    w = normalize(ev.trigger.split()[0])
    fem = w.endswith("ها") and not w.endswith(("هما", "هم"))
    if not (fem or (w.endswith("ه") and not w.endswith("هه"))) or len(w) < 5:
        return
    actor = actor_of(doc, before.target_actor_id)
    if actor is None or not actor.code or actor.id == before.source_actor_id or actor.kind == "country":
        return
    from .verb_object_pronoun_ar import object_pronoun
    if not object_pronoun(w[1:] if w[:1] in "وف" else w) or _feminine_span(doc, before.target_span, actor) != fem:
        return
    copy_side(ev, "target", before, "target")


def _relative_clause_verb(text: str, start: int) -> bool:
    """Is the verb at ``start`` the first word of a relative clause (right after a relative word, cues_ar.tsv kind
    ``rel``)?  "… إلى حين عودة النظام الدستوري الذي يطالب به المجتمع الدولي، ولوح بفرض عقوبات": the relative clause's
    subject is no speaker the joined verb goes on with (session 51, gapar51)."""
    word = text[max(0, start - 12):start].split()[-1:]
    return bool(word) and "rel" in lexicon("ar").cue(normalize(word[0]))


def _lead_after_comma(text: str, start: int) -> bool:
    """Does a lead word with the subject's pronoun (``elided_subject_ar.tsv`` kind ``lead_pronoun``: لكنه، لكنها)
    stand between a comma and the verb at ``start``?"""
    before = text[max(0, start - 14):start].rstrip()
    word = before.split()[-1:] if before else []
    if not word or normalize(word[0]) not in kind_sets("elided_subject_ar.tsv", ("lead_pronoun",))["lead_pronoun"]:
        return False
    return before[:-len(word[0])].rstrip()[-1:] in ("،", ",")


_COMPLEMENT = ("بأنه", "بأنها", "بانه", "بانها", "بأن", "بان")


def _act_adjective(text: str, ev) -> bool:
    """(session 52, gapar52) "…، وانتقد استمرار الهجمات الإسرائيلية على القطاع": is the source read after the verb the
    nationality adjective (ال…ي / ال…ية) of the act noun right before it -- the adjective last, the act noun (an event
    noun of the trigger lexicon, not a crowd's protest noun) before it, at most one head of such a noun before that
    (condemned_act.tsv ``act_head``: استمرار، تصعيد), all right after the verb, the source's phrase the adjective alone
    or with the act noun ("الغارات الإسرائيلية", read as a force)?  Then it names the act's nation, the object, and the
    verb has no subject of its own."""
    if not ev.source_span or ev.source_span[0] <= ev.trigger_end:
        return False
    words = text[ev.trigger_end:ev.source_span[1]].split()
    said = text[ev.source_span[0]:ev.source_span[1]].split()
    if not 2 <= len(words) <= 3 or len(said) > 2 or any(c in w for w in words for c in "،,.:;؛\"«»()"):
        return False
    adj, noun = normalize(words[-1]), normalize(words[-2])
    if not adj.startswith("ال") or not adj.endswith(("ي", "يه")) or not noun.startswith(("ال", "بال")):
        return False
    kinds = [t.cameo for t in lexicon("ar").lookup(noun) if t.kind == "noun"]
    if not kinds or any(c[:2] == "14" for c in kinds):
        return False
    heads = kind_sets("condemned_act.tsv", ("act_head",), by_lang=True).get("ar", {}).get("act_head", frozenset())
    return len(words) == 2 or normalize(words[0]) in heads


def _in_complement(text: str, ev) -> bool:
    """(session 43) "…، ووصفه بأنه «خطيئة كبرى» تخدم مصلحة إسرائيل": a source read after the verb inside its بأنه
    complement is a word of the judgement, not the subject -- the joined verb has none of its own."""
    if not ev.source_span or ev.source_span[0] <= ev.trigger_end:
        return False
    # (the trigger of a "described" row runs on to its judging word: "ووصفه بأنه «خطيئة")
    return any(w in _COMPLEMENT for w in text[ev.trigger_start:ev.source_span[0]].split()[1:4])


_EXPLAINING = ("إذ", "اذ")   # "…، إذ هدد …": the clause that explains the one before goes on with its subject


def _explained(text: str, ev) -> bool:
    """A verb right after "، إذ" whose source is not the word right after the verb: "وصعّد نتنياهو لهجته، إذ
    هدد في كلمة مصورة بملاحقة قادة الحركة" -- the explaining clause's subject is the main clause's (the actor after a
    phrase is a genitive); "، إذ قال الوزير" keeps its own subject (session 42)."""
    before = text[max(ev.sentence_start, ev.trigger_start - 8):ev.trigger_start].split()
    if len(before) < 1 or before[-1] not in _EXPLAINING or "،" not in text[max(0, ev.trigger_start - 8):ev.trigger_start]:
        return False
    if not ev.source_span:
        return False   # (no subject read at all: "، إذ اقتحمه أكثر من 200 ألف زائر" -- a subject no actor reads)
    gap = text[ev.trigger_end:ev.source_span[0]].split()
    return ev.source_span[0] > ev.trigger_end and len(gap) >= 2


def _feminine_span(doc, span, actor) -> bool:
    w = doc.text[span[0]:span[1]].split()
    head = normalize(w[0].strip("،,.:\"«»()")) if w else ""
    return head.endswith(("ة", "ه")) or actor.kind == "country"


def _after_opener(text: str, start: int, end: int) -> int:
    """The offset after a discourse opener and its comma that opens the sentence at ``start`` ("في المقابل، اتهم
    …"، "من جهته، دعا …": ``elided_subject_ar.tsv`` kind ``opener``; its verb needs no و to open the clause), else
    ``start`` (session 46, gapar46).  A setting phrase opened by a kind ``adjunct`` word too (session 49)."""
    head = text[start:min(end, start + 80)]
    comma = next((k for k in (head.find("،"), head.find(",")) if k > 0), -1)
    if comma < 0:
        return start
    L = kind_sets("elided_subject_ar.tsv", ("opener", "adjunct"))
    words = head[:comma].split()
    # (session 49, gapar49) a place or setting phrase set off by its comma ("وفي نيويورك، دعا الشيباني …"، "وفي كلمته
    # أمام الجلسة الافتتاحية، أدان عباس …": kind ``adjunct``, its first word, up to eight words) opens it as well
    if normalize(head[:comma].strip()) in L["opener"] or (
            comma <= 60 and 2 <= len(words) <= 8 and normalize(words[0]) in L["adjunct"]):
        return start + comma + 1
    return start
