"""Sides of Arabic protests read after the learned filter.

:func:`loyal_target`: an actor right after a loyalty / support word (cue ``loyal``: الموالية، المؤيدين، المناصرين …)
describes the crowd ("متظاهرون من حركة … الموالية للحكومة الروسية"، "المتظاهرين المؤيدين للحكومة السورية"), it is
not what the crowd protests against: a protest whose target is such an actor takes instead the state actor at the
crowd's site after it in the clause (cue ``site``: أمام السفارة التركية -> TUR), or no target (the purpose rule, run
after this, may give one).  Rule marker ``:loyal``.  A crowd with no country of its own takes the country of the
state it is loyal to (متظاهرون … موالون للكرملين في موسكو -> RUS, civilians), unless the sentence places the protest in
another country (موالون لإيران في بغداد: Iraqis); marker ``:src-loyal``, evidence the loyalty phrase.

:func:`beneficiary_target`: "تظاهر الآلاف للمطالبة بإطلاق سراح الصحفي الفرنسي"، "بعودة الرئيس المعزول"، "بالإفراج عن
زعيم المعارضة": the actor right after a return / release noun (cue ``benefit``: عودة، سراح، الإفراج، سبيل; or after
عن after one) is, in a demand (a cue ``demand`` up to six words before: للمطالبة، مطالبين الحكومة، يطالبون), whom the
protesters speak for, not whom they protest against ("احتجاجا على عودة القوات الأمريكية" keeps USA) -- in CAMEO the target is the one who
holds them or keeps them out, who is often unnamed.  A protest whose target is such an actor takes instead the crowd's site
between its trigger and the demand (cue ``site``: "أمام مقر الأمم المتحدة … للمطالبة بعودة اللاجئين" -> IGO), a state or
IGO actor, else no target (the purpose rule, run after this, skips such actors too and may find the real one:
"… مطالبين الحكومة بالإفراج عن …").  Rule
marker ``:benefit``.  (Session 12, SPN.)

:func:`memo_recipient`: "وسلم المتظاهرون السفير الفرنسي مذكرة احتجاج"، "وسلموا رسالة احتجاج إلى ممثل الأمم المتحدة":
a protest noun right after a note noun (``memo_ar.tsv`` kind memo), handed by a verb before it in its clause (kind
hand), targets the one it is handed to: the verb's second object before the note (the last actor between verb and
note; a lone actor after an unsuffixed verb is its subject), else the actor right after إلى within eight words
after the protest noun, or after ل on the next word (مذكرة احتجاج للسفير); a protest noun without a source
takes the verb's subject (the first of two actors after an unsuffixed verb).  Only a protest noun without a target of a country.  Marker ``:memo-to``.  (Session 12, SPN.)
"""
from __future__ import annotations

from ..resources import cached, data_path, read_tsv_dicts
from ..lang.normalize import normalize
from .structure import clear_side, definite_ar, fill_side, start_index

# the roots / CAMEO codes loyal_target acts on: the events stage skips it for a sentence with none
LOYAL_ON = frozenset(("14",))


def beneficiary(words, i0: int) -> bool:
    """Is the word ``i0`` (an actor's first word) right after a demanded return / release noun (or after عن after
    one)?"""
    j = i0 - 1
    if j > 0 and words[j].norm == "عن":
        j -= 1
    return j >= 0 and "benefit" in words[j].cue and any("demand" in words[x].cue for x in range(max(0, j - 6), j))


def beneficiary_target(words, args, evs) -> None:
    starts = None
    for ev in evs:
        if ev.root != "14" or not ev.target_span:
            continue
        if starts is None:
            starts = start_index(words)
        i0 = starts.get(ev.target_span[0])
        if i0 is None or not beneficiary(words, i0):
            continue
        clear_side(ev, "target")
        ev.rule += ":benefit"
        k = starts.get(ev.trigger_start)
        if k is None or not args:
            continue
        # the crowd's site between the trigger and the demand, if a state / IGO actor: "أمام مقر الأمم المتحدة"
        site = next((a for a in args if k < a.i0 < i0 and a.actor.id != ev.source_actor_id
                     and (a.actor.country or (a.actor.code or "")[:3] == "IGO")
                     and any("site" in words[x].cue for x in range(max(k + 1, a.i0 - 2), a.i0))
                     and not any(words[x].punct for x in range(k, a.i0))), None)
        if site is not None:
            fill_side(ev, "target", site.actor, (site.start, site.end))
            ev.rule += ":site"


def loyal_target(doc, words, args, evs) -> None:
    if not args:
        return
    for ev in evs:
        if ev.root not in LOYAL_ON or not ev.target_span:
            continue
        t = next((a for a in args if a.actor.id == ev.target_actor_id and (a.start, a.end) == tuple(ev.target_span)),
                 None)
        if t is None or t.i0 < 1 or "loyal" not in words[t.i0 - 1].cue:
            continue
        site = None
        for a in args:
            if a.i0 < t.i1 or not a.actor.country or a is t:
                continue
            if any(words[x].punct for x in range(t.i1, a.i0)):
                break
            if any("site" in words[x].cue for x in range(max(t.i1, a.i0 - 2), a.i0)):
                site = a
                break
        if site is None:
            clear_side(ev, "target")
        else:
            fill_side(ev, "target", site.actor, (site.start, site.end))
        ev.rule += ":loyal"
        c = t.actor.country
        tgt = ev.target_span or (0, 0)
        if c and not ev.source_country and not any(
                p.country and p.country != c and ev.sentence_start <= p.start < ev.sentence_end
                and not tgt[0] <= p.start < tgt[1] for p in doc.places):   # سفارة استونيا: the target's own name
            ev.source_country, ev.source_code = c, c + (ev.source_role or "CVL")
            ev.source_role = ev.source_role or "CVL"
            if not ev.source_span:
                ev.source_span = (words[t.i0 - 1].start, t.end)
            ev.rule += ":src-loyal"


def _memo_words() -> dict:
    def load():
        return {normalize(r["form"].strip()): r["kind"].strip()
                for r in read_tsv_dicts(data_path("coding", "memo_ar.tsv")) if r.get("form", "").strip()}
    return cached("coding.protest_sides.memo", load)


def _kind(words, j) -> str:
    m = _memo_words()
    x = words[j].norm
    return m.get(x) or (m.get(x[1:], "") if x[:1] in ("و", "ف") else "")


def memo_recipient(words, args, evs) -> None:
    if not args:
        return
    starts = None
    for ev in evs:
        if ev.root != "14" or ":noun:" not in ev.rule or ev.target_country:
            continue
        if starts is None:
            starts = start_index(words)
        k = starts.get(ev.trigger_start)
        if k is None or k < 2 or _kind(words, k - 1) != "memo":
            continue
        m = k - 1
        h = next((j for j in range(m - 1, max(-1, m - 9), -1)
                  if words[j].punct or _kind(words, j) == "hand"), -1)
        if h < 0 or words[h].punct:
            continue
        between = [a for a in args if h < a.i0 and a.i1 <= m]
        subj_inside = not words[h].norm.endswith("وا")   # سلم المتظاهرون X: the first actor is the subject
        pick = between[-1] if len(between) >= (2 if subj_inside else 1) else None
        if pick is None:
            for j in range(k + 1, min(len(words), k + 9)):
                if words[j].punct:
                    break
                if words[j].norm == "الي":
                    pick = next((a for a in args if a.i0 == j + 1), None)
                    break
                if j == k + 1 and words[j].prefix.endswith("ل"):   # مذكرة احتجاج للسفير
                    pick = next((a for a in args if a.i0 == j), None)
                    break
        if pick is None or pick.actor.id == ev.source_actor_id:
            continue
        fill_side(ev, "target", pick.actor, (pick.start, pick.end))
        ev.rule += ":memo-to"
        if subj_inside and len(between) >= 2 and between[0] is not pick and not (ev.source_actor_id or ev.source_code):
            s = between[0]   # وسلم المتظاهرون السفير مذكرة احتجاج: the hander is the source
            fill_side(ev, "source", s.actor, (s.start, s.end))


def drop_bare_memos(words, evs) -> list:
    """``evs`` without a protest noun right after a note noun (مذكرة احتجاج) that has no source of its own: "وسلم مذكرة
    احتجاج على الحكم" after a summons is a protest note handed over (the summons is the event), not a demonstration
    (session 16, EVT).  A crowd's note (وسلم المتظاهرون … مذكرة احتجاج) keeps its source and stays."""
    starts = None
    out = []
    for ev in evs:
        if ev.root == "14" and ":noun:" in ev.rule and not ev.source_code:
            if starts is None:
                starts = start_index(words)
            k = starts.get(ev.trigger_start)
            if k is not None and k > 0 and _kind(words, k - 1) == "memo":
                continue
        out.append(ev)
    return out


def crowd_noun_subject(evs: list) -> list:
    """Session 18 (B5EV): "Several hundred Sikh demonstrators protested outside …", "تظاهر المحتجون أمام …": a crowd
    noun (a protest trigger of frame ``self``: demonstrators، المحتجون) that is the subject of a protest verb of its
    sentence (inside that verb event's source span) is the verb's crowd, not a second protest.  The noun event goes
    when such a verb event of its code exists; alone, or with another act ("Protesters blocked a highway": 144 beside the
    crowd's 141), it stays -- in Arabic; an English crowd's bare 141 goes beside any protest verb of its own (session 40
    GAPEN40: the in-sample gold codes "protesters blocked the road", "demonstrators blocked the highway" as the
    blockade alone; extras -2, no strict match lost)."""
    verbs = [(e.source_span, e) for e in evs if e.root == "14" and ":verb:" in e.rule and e.source_span]
    if not verbs:
        return evs
    return [e for e in evs if not (e.root == "14" and ":noun:self" in e.rule and any(
        v is not e and (v.cameo == e.cameo or (e.lang == "en" and e.cameo == "141")) and sp[0] <= e.trigger_start and e.trigger_end <= sp[1] for sp, v in verbs))]


# the roots / codes ``crowd_agent_ar`` acts on: the events stage calls it only for a sentence with one (s42 SPD42)
CROWD_AGENT_ON = frozenset(("14",))


def crowd_agent_ar(evs: list) -> list:
    """Session 40 (PREC40): "اقتحم محتجون القنصلية"، "كما هاجم متظاهرون مركزا للشرطة": an Arabic crowd noun (a protest
    trigger of frame ``self``) inside the source span of another protest verb event of its sentence (any code of root 14,
    here the riot 145) is that act's agent, no second protest of the crowd (the article gold codes the storming alone;
    :func:`crowd_noun_subject` keeps a crowd beside another act in English).  Run after the learned filter, so its
    candidates are unchanged; a current crowd noun stays beside a verb event the filter made background, and a definite
    crowd ("هاجم المتظاهرون …": the crowd of a protest told before) keeps its protest, as in
    :func:`.retold.drop_implied_crowds` (the GSR span gold codes such a crowd's protest with no country)."""
    verbs = [e for e in evs if e.root == "14" and ":verb:" in e.rule and e.source_span and e.lang == "ar"]
    if not verbs:
        return evs
    return [e for e in evs if not (e.root == "14" and ":noun:self" in e.rule and not definite_ar(e.trigger) and any(
        v is not e and v.source_span[0] <= e.trigger_start < v.source_span[1]
        and (e.historical or not v.historical) for v in verbs))]
