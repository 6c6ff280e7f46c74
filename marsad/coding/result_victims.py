"""The victims of an attack named by its result are its target (Arabic, round 14).

"غارة جوية أمريكية في شمال العراق أدت إلى مقتل خمسة من مقاتلي البيشمركة"، "هجوم انتحاري أسفر عن مقتل عشرة من
عناصر الشرطة الأفغانية"، "وأسفرت غارة إسرائيلية على جنوب لبنان عن مقتل ثلاثة من عناصر حزب الله": the attack had no
target of its own, or one read off a place (the foreign-strike and object-place rules: IRQ, LBN), while the text
names whom it killed.  :func:`result_target` (hook after the learned filter, before the place rules): for a
result verb (أدى / أسفر …, word list ``result_victims_ar.tsv``) followed by إلى / عن and a harm noun (مقتل، إصابة …),
the first actor after the harm noun (numbers, quantities and من skipped; not under another preposition) is the
target of the nearest ASSAULT event before the result verb in the sentence (within 30 words, no sentence
punctuation between) when that event's target is empty or a place's country, and of the harm noun's own event
when it has none.  Not the attacker itself.  Rule marker ``:tgt-victims``.  The harm noun's event takes the attack's
attacker when it has none (session 15, :func:`_attacker`, marker ``:src-attack``).
"""
from __future__ import annotations

from ..lang.normalize import normalize
from ..resources import cached, data_path, read_tsv_dicts
from .structure import clear_side, copy_side, cue_index, fill_side, start_index

_ASSAULT_ROOTS = frozenset(["18", "19", "20"])

# the roots / CAMEO codes result_target acts on: the events stage skips it for a sentence with none
ACTS_ON = _ASSAULT_ROOTS
_PLACE_TAGS = (":tgt-foreign", ":tgt-object-place", ":tgt-in-place", ":tgt-place", ":tgt-object-owner")
_BOUNDARY = frozenset(".؛;!?؟")
WINDOW = 30


def _load() -> dict:
    out: dict[str, set] = {"result": set(), "link": set(), "harm": set(), "skip": set()}
    for r in read_tsv_dicts(data_path("coding", "result_victims_ar.tsv")):
        kind, form = (r.get("kind") or "").strip(), (r.get("form") or "").strip()
        if kind in out and form:
            out[kind].add(normalize(form))
    return {k: frozenset(v) for k, v in out.items()}


def lists() -> dict:
    return cached("coding.result_victims.ar", _load)


def _bare(norm: str, forms: frozenset) -> bool:
    return norm in forms or (norm[:1] in ("و", "ف") and norm[1:] in forms)


def result_target(words, args, evs) -> None:
    if not args or not any(e.root in _ASSAULT_ROOTS for e in evs):
        return
    # (the result verbs are the cue noun_next's words, أسفر قصف …: the sentence's cue index, shared with the other
    # rules, gives their positions without a scan of the words)
    cand = cue_index(words).get("noun_next")
    if not cand:
        return
    L = lists()
    res = L["result"]
    hits = [k for k in cand if _bare(words[k].norm, res)]
    if not hits:
        return
    starts = start_index(words)
    for k in hits:
        # the harm noun after إلى / عن: right after the result verb, or after its subject (أسفر هجوم … عن مقتل)
        h = next((x for x in range(k + 1, min(k + 16, len(words)))
                  if x > k and words[x - 1].norm in L["link"] and
                  (words[x].norm in L["harm"] or (words[x].stem or "") in L["harm"])), None)
        if h is None or any(words[x].text in _BOUNDARY or words[x].text in "،," for x in range(k, h)):
            continue
        j = h + 1
        while j < len(words) and j <= h + 4 and (words[j].norm in L["skip"] or words[j].norm.isdigit()):
            j += 1
        victim = next((a for a in args if a.i0 == j and a.prep in ("", "من")), None)
        # the attack: an ASSAULT event between the result verb and its harm noun (its subject), else the
        # nearest one before the result verb, in the same sentence part
        best = None
        for ev in evs:
            if ev.root not in _ASSAULT_ROOTS:
                continue
            i = starts.get(ev.trigger_start)
            if i is None or i == h:
                continue
            if k < i < h:
                best = (10 ** 6, ev)
                break
            if i >= k or k - i > WINDOW or any(words[x].text in _BOUNDARY for x in range(i, k)):
                continue
            if best is None or i > best[0]:
                best = (i, ev)
        harm_ev = next((e for e in evs if e.root in _ASSAULT_ROOTS and starts.get(e.trigger_start) == h), None)
        if best and harm_ev is not None:
            _attacker(harm_ev, best[1], victim)
        if victim is None:
            continue
        for ev in ([best[1]] if best else []) + ([harm_ev] if harm_ev is not None else []):
            if ev.source_actor_id == victim.actor.id:
                continue
            placed = any(t in ev.rule for t in _PLACE_TAGS)
            if ev.target_actor_id == victim.actor.id and not placed:
                continue
            if (ev.target_code or ev.target_actor_id) and not placed:
                continue
            clear_side(ev, "target")
            fill_side(ev, "target", victim.actor, (victim.start, victim.end))
            for t in _PLACE_TAGS:
                ev.rule = ev.rule.replace(t, "")
            ev.rule += ":tgt-victims"


def _attacker(harm_ev, attack, victim) -> None:
    """"غارة أمريكية أدت إلى مقتل خمسة من مقاتلي الحركة": the killing's attacker is the attack's (session 15,
    SPAN3).  The harm noun's event takes the attack's source when it has none, or one without a country read before
    it (a bare role, MIL read off "طائرات"), and the attack's source has a country; never the victim, never over
    the harm noun's own agent after it ("على يد مسلحين").  Marker ``:src-attack``."""
    if not attack.source_country or attack is harm_ev or harm_ev.source_country:
        return
    if harm_ev.source_code and (not harm_ev.source_span or harm_ev.source_span[0] > harm_ev.trigger_start):
        return   # its own agent after it: "مقتل ثلاثة على يد مسلحين"
    if victim is not None and attack.source_actor_id == victim.actor.id:
        return
    if harm_ev.target_actor_id and harm_ev.target_actor_id == attack.source_actor_id:
        return
    copy_side(harm_ev, "source", attack)
    harm_ev.rule += ":src-attack"
