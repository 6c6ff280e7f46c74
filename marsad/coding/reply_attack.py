"""An attack as the manner of a reply (Arabic, session 11 AR6).

"وردت القوات الحكومية بقصف مدفعي استهدف تجمعات للحوثيين"، "وردت الفصائل بقصف مدفعي على القاعدة": رد (replied,
``reply_ar.tsv``) opening its clause, one actor phrase right after it (its subject; up to two
adjectives outside the phrase) and an attack noun with ب right
after that: the subject is the attack noun's source, and of an attack verb that follows the noun within three words
without punctuation (the relative "استهدف"), when they have none.  Rule marker ``:reply``.
"""
from __future__ import annotations

from ..lang.normalize import normalize
from ..resources import cached, data_path, read_tsv_dicts
from .structure import copy_side, fill_side, start_index

_ATTACK = frozenset(("18", "19", "20"))
# (and an accusation as the manner of a reply: "ورد المتحدث باسم الخارجية الإيرانية باتهام الوكالة بالانحياز", session 13)
_REPLY_ROOTS = _ATTACK | {"11", "16", "17"}   # (and a recall or a sanction: "وردت الجزائر باستدعاء سفيريها"; a
# repression: "وردت القوات الأميركية بإطلاق الغاز المسيل للدموع", session 37)


def _forms() -> dict:
    def load() -> dict:
        out: dict = {}
        for r in read_tsv_dicts(data_path("coding", "reply_ar.tsv")):
            out.setdefault(r["kind"].strip(), set()).add(normalize(r["form"].strip()))
        return {k: frozenset(v) for k, v in out.items()}
    return cached(("coding.reply_ar",), load)


def _home(x, words, j, state_adj, evs, ev):
    """A country-less state force with a state adjective ("القوات الحكومية") replying against one country's rebels
    (the target of the attack noun or of its relative verb): that country."""
    if x.actor.country or x.actor.role not in ("MIL", "COP", "GOV") \
            or not any(words[y].norm in state_adj for y in range(x.i1, j)):
        return None
    cs = {v.target_country for v in evs if v.root in _ATTACK and v.target_country
          and (v.target_code or "")[3:6] == "REB" and (v is ev or ":reply" in v.rule)}
    return next(iter(cs)) if len(cs) == 1 else None


def _reply_word(w, forms) -> bool:
    n = w.stem or w.norm
    if n in forms:
        return True
    return w.norm[:1] in ("و", "ف") and w.norm[1:] in forms


def apply(words, args, evs) -> None:
    forms = None
    starts = start_index(words)
    for ev in evs:
        if ev.root not in _REPLY_ROOTS or ":noun:" not in ev.rule:
            continue
        gen = ev.root == "11" and ev.source_span is not None and ev.source_span[0] >= ev.trigger_end
        if (ev.source_code or ev.source_actor_id) and not gen:
            continue
        j = starts.get(ev.trigger_start)
        if j is None or j < 2 or not words[j].prefix.endswith("ب") and not (words[j].norm[:1] == "ب" and not words[j].stem):
            continue
        # (the phrase may end before an adjective it does not hold: "القوات الحكومية" read as القوات)
        x = next((a for a in args if a.i1 <= j <= a.i1 + 2 and a.prep == "" and a.i0 >= 1
                  and not any(words[y].punct or words[y].prefix for y in range(a.i1, j))), None)
        if x is None:
            continue
        k = x.i0 - 1
        if forms is None:
            forms = _forms()
        if not _reply_word(words[k], forms.get("reply", ())) or not (k == 0 or words[k - 1].punct):
            continue
        if ev.target_actor_id == x.actor.id:
            continue
        if gen:
            copy_side(ev, "target", ev, "source")   # "باتهام المعارضة": the accused, not the accuser
        fill_side(ev, "source", x.actor, (x.start, x.end))
        ev.rule += ":reply"
        if ev.root not in _ATTACK:
            ev.historical = False   # (the reply happened: its manner is no reference to an earlier act)
            _joined_after(words, starts, evs, ev, x, k)
            continue
        for v in evs:
            m = starts.get(v.trigger_start)
            if v is ev or m is None or not (j < m <= j + 3) or v.root not in _ATTACK or ":verb:" not in v.rule \
                    or v.source_code or v.source_actor_id or v.target_actor_id == x.actor.id \
                    or any(words[y].punct for y in range(j + 1, m)):
                continue
            fill_side(v, "source", x.actor, (x.start, x.end))
            v.rule += ":reply"
        home = _home(x, words, j, forms.get("state_adj", ()), evs, ev)
        if home:
            for v in evs:
                if ":reply" in v.rule and v.source_actor_id == x.actor.id and not v.source_country:
                    v.source_country = home
                    v.source_code = home + (v.source_code or "")
                    v.rule += ":reply-home"


def _joined_after(words, starts, evs, ev, x, k) -> None:
    """"وردت الجزائر باستدعاء سفيريها …، وأغلقت مجالها الجوي …": a verb joined after a comma with no subject of its own,
    of the reply verb's gender, goes on with the replier (the reply verb is no event, so the joined-verb rule has none)."""
    from .agreement import masc_verb
    for v in evs:
        m = starts.get(v.trigger_start)
        if v is ev or m is None or m <= k or ":verb:" not in v.rule or v.source_code or v.source_actor_id \
                or words[m].norm[:1] != "و" or words[m - 1].text not in ("،", ",") \
                or masc_verb(words[m].norm) != masc_verb(words[k].norm) or any(
                    words[y].text in ".؛;:" or "comp" in words[y].cue for y in range(k + 1, m)):
            continue
        fill_side(v, "source", x.actor, (x.start, x.end))
        v.rule += ":reply-joined"
