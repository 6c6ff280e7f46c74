"""Topics of a discussion are no parties (session 17 ARG): in "وبحث معه أمن الحدود وعودة اللاجئين" the partner is the
pronoun of معه (someone named before) and what follows it is what was discussed; an actor the tables read in a topic
("أمن" -> COP, "اللاجئين" -> REF) is no participant of the 040.  Words in ``discuss_topic_ar.tsv``."""
from __future__ import annotations

from .conj_clause import opening_verb
from .structure import SIDE_ACTOR_ID, SIDE_SPAN, actor_args, actor_of, kind_sets, start_index, words_of

_FILE = "discuss_topic_ar.tsv"


def topic_cut(words, i: int, last: int, lemma: str, after: list) -> list:
    """``after`` without the actors that follow a "with + pronoun" word right after the discussion verb at ``i`` (at
    most one word, the subject, between them); ``after`` unchanged for other verbs or without such a word."""
    if not after:
        return after
    k = _with_pron(words, i, last, lemma)
    return after if k < 0 else [a for a in after if a.i0 < k]


# the kinds of actor a "with him / them" pronoun stands for: a visitor or host (a person, a delegation, a body)
_PARTY_KINDS = frozenset(("person", "organisation"))
_CONJ = ("و", "ف")


def _with_pron(words, i: int, last: int, lemma: str) -> int:
    """Index of the "with + pronoun" word right after the discussion verb at ``i`` (at most one word between), or -1."""
    sets = kind_sets(_FILE, ("verb", "with_pron"))
    if lemma not in sets["verb"]:
        return -1
    pron = sets["with_pron"]
    k = next((k for k in range(last + 1, min(len(words), last + 3)) if words[k].norm in pron), -1)
    if k < 0 or any(words[x].punct for x in range(last + 1, k)):
        return -1
    return k


def _verb_subject(words, a, v: int) -> bool:
    """Is the actor ``a`` the subject of the verb right before it: the sentence's opening verb (at ``v``, or after a
    particle there: "كما استقبل الوزير") or a verb with no conjunction ("استقبل الوزير")?  A verb joined by و after a
    comma shares the opening subject, so the actor after it is its object ("…، والتقى الرئيس السوري")."""
    j = a.i0 - 1
    return j >= 0 and bool(words[j].trig and words[j].trig[1]) and (j <= v + 1 or words[j].norm[:1] not in _CONJ)


def partner(doc, si: int, words, i: int, last: int, lemma: str, args: list, lex):
    """(subject, partner) of "وبحث معه …" (session 17 LFT), or None when the discussion verb at ``i`` has no "with +
    pronoun" right after it.  The partner is the one the pronoun stands for: the last bare person or body named before
    the verb in its sentence ("استقبل الرئيس … وزير الخارجية الأمريكي …، وبحث معه"), else in the sentence before ("ووصل
    وزير الخارجية الإيراني إلى مسقط.  وبحث معه السلطان العماني …"); None if neither names one.  The subject is a
    person named right after the pronoun ("وبحث معه السلطان العماني"; a topic such as "أمن الحدود" is no person), else
    for a verb inside its sentence the bare person or body right after the sentence's first verb, else for a verb
    opening its sentence the bare person or body right after the first word of the sentence before (its
    subject: "واستقبل رئيس الوزراء وفدا …. وناقش معهم"), else None (a verb joined inside its sentence shares the
    earlier verb's subject: the events stage's ``_conjoined_subject``).  A partner or subject of the sentence before
    is an ``Actor`` (its span is filled by :func:`prior_spans`), one of this sentence an ``Arg``."""
    k = _with_pron(words, i, last, lemma)
    if k < 0:
        return None
    subj = next((a for a in args if a.i0 == k + 1 and not a.prep and a.actor.kind == "person"), None)
    if subj is None and (words[i].norm[:1] not in _CONJ or lemma[:1] in _CONJ):
        # "قال إن الوزير بحث معه …": a verb with no conjunction after a named actor is that actor's (SVO); its
        # partner is not read here
        subj = next((a for a in args if a.i1 == i and not a.prep), None)
        if subj is not None:
            return None
    v = opening_verb(words)
    named = [a for a in args if a.i1 <= i and not a.prep and a.actor.kind in _PARTY_KINDS
             and not any(words[x].text in ".؛;:" for x in range(a.i1, i)) and not _verb_subject(words, a, v)]
    if subj is not None:
        named = [a for a in named if a.actor.id != subj.actor.id]
    if named:
        if subj is None and not words[0].punct:
            # "وصل الوزير إلى دمشق …، والتقى الرئيس السوري، وبحث معه": a verb joined inside its sentence goes on with
            # the subject of the sentence's first verb (the bare person or body right after it)
            subj = next((a for a in args if a.i0 == v + 1 and not a.prep and a.actor.kind in _PARTY_KINDS
                         and a.actor.id != named[-1].actor.id and a.i1 <= i), None)
        return subj, named[-1]
    opening = i == 0 or (i == 1 and words[0].punct)
    if not opening or si == 0:
        return None
    prev = doc.sentences[si - 1]
    pw = words_of(doc, prev, lex)
    pa = [a for a in actor_args(doc, prev, pw, "ar") if not a.prep and a.actor.kind in _PARTY_KINDS]
    if not pa:
        return None
    if subj is not None:
        pa = [a for a in pa if a.actor.id != subj.actor.id]
        return (subj, pa[-1].actor) if pa else None
    first = pa[0] if pa[0].i0 == 1 and not pw[0].punct else None
    if first is not None and pa[-1] is not first and pa[-1].actor.id != first.actor.id:
        return first.actor, pa[-1].actor
    return None if first is not None and pa[-1] is first else (None, pa[-1].actor)


def prior_spans(doc, sent, evs) -> None:
    """The evidence span of a side :func:`partner` took from the sentence before: that actor's last span before
    this sentence."""
    for ev in evs:
        for side in ("source", "target"):
            aid = getattr(ev, SIDE_ACTOR_ID[side])
            if not aid or getattr(ev, SIDE_SPAN[side]) is not None or ":mutual" not in ev.rule:
                continue
            a = actor_of(doc, aid)
            sp = [s for s in (a.spans if a is not None else ()) if s[1] <= sent.start]
            if sp:
                setattr(ev, SIDE_SPAN[side], tuple(sp[-1]))


def drop_joined(words, evs: list) -> list:
    """``evs`` without a discussion "وبحث معه …" joined by و to a meeting of its sentence told before it ("واستقبل
    السوداني شمخاني …، وبحث معه ملفات الطاقة"، "حيث التقى الرئيس … وبحث معه الوضع"): what was discussed at that meeting,
    the same happening (session 39: six in-sample extras).  Its words join the meeting's ``also_spans``."""
    meets = [e for e in evs if e.root == "04"]
    if len(meets) < 2:
        return evs
    starts = start_index(words)
    verbs = kind_sets(_FILE, ("verb",))["verb"]
    drop = []
    for e in meets:
        i = starts.get(e.trigger_start)
        if i is None or words[i].norm[:1] not in _CONJ and not words[i].prefix[:1] in _CONJ:
            continue
        lemma = next((t.lemma for t in (words[i].trig[1] if words[i].trig else ()) if t.lemma in verbs), None)
        if lemma is None or _with_pron(words, i, i, lemma) < 0:
            continue
        m = next((m for m in meets if m is not e and m.trigger_start < e.trigger_start and not m.negated
                  and not any(words[x].text in ".؛;:" for x in range(starts.get(m.trigger_start, i), i))), None)
        if m is None:
            continue
        m.also_spans = sorted(set(m.also_spans) | {(e.trigger_start, e.trigger_end)})
        drop.append(e)
    return [e for e in evs if e not in drop] if drop else evs
