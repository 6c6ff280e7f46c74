"""An event noun that is the subject of a passive takes the "by" agent as its source (session 21, HDL).

"New sanctions were imposed on Belarus by the European Union", "Fresh restrictions have been placed on the company
by Washington": the trigger is the noun (sanctions 163; its lexicon row may be the verb's) and the verb after it is
a passive ("were imposed"), so the subject-verb-object frame found no source. When a form of "be"
(``passive_noun_en.tsv`` kind ``aux``, optionally after ``have``) follows the trigger noun, then a support verb's
participle (kinds ``participle`` and ``sign``; one lower-case head noun may stand before the auxiliary: "a ceasefire
agreement was"; one -ly adverb before the participle), the actor after "by" later in the same clause (no punctuation
between, within 10 words of the participle) is the source; a target that was that agent is cleared. Guard: "the
sanctions imposed by the EU last year were lifted" has no auxiliary after the noun (the reduced passive is read by
the stage), "the sanctions were criticised, Russia said" has no "by". With a signing participle (kind ``sign``: "A
ceasefire agreement was signed by Armenia and Azerbaijan") an agreement noun (roots ``sign_root``) is recoded to the
signing (``sign_code``, 057) between the two agents joined by "and", both directions; one agent alone keeps the
plain rule.
"""
from __future__ import annotations

from .english import recode_event
from .structure import clear_side, fill_side, has_any, insert_after, kind_sets, reversed_copy, start_index


def _forms() -> dict:
    return kind_sets("passive_noun_en.tsv", ("aux", "have", "participle", "sign", "sign_code", "sign_root"))


def _participle_at(words, k: int, f: dict):
    """The index of the passive participle that starts at word k ("were imposed", "have been quietly placed")."""
    if k < len(words) and words[k].norm in f["have"]:
        k += 1
        if k >= len(words) or words[k].norm != "been":
            return None
    if k >= len(words) or words[k].norm not in f["aux"]:
        return None
    k += 1
    if k < len(words) and words[k].norm.endswith("ly"):
        k += 1
    if k < len(words) and (words[k].norm in f["participle"] or words[k].norm in f["sign"]):
        return k
    return None


_BY = frozenset(("by",))
_DET = frozenset(("the", "a", "an"))


def _after_by(words, k: int) -> bool:
    """The actor at word k follows "by" (an article may stand between: "by the European Union")."""
    return words[k - 1].norm == "by" or (k > 1 and words[k - 1].norm in _DET and words[k - 2].norm == "by")


def _signed(words, args, e, p: int, agent, f: dict, added: dict) -> bool:
    """"A ceasefire agreement was signed by X and Y": the signing (``sign_code``, 057) between the two agents."""
    code = next(iter(f["sign_code"]), None)
    other = next((a for a in args if a.i0 == agent.i1 + 1 and words[agent.i1].norm == "and"), None) \
        if agent.i1 < len(words) else None
    if code is None or other is None or other.actor.id == agent.actor.id or not recode_event(e, code):
        return False
    fill_side(e, "source", agent.actor, (agent.start, agent.end))
    fill_side(e, "target", other.actor, (other.start, other.end))
    e.historical = False
    e.rule += ":signed"
    added[id(e)] = [reversed_copy(e, "signed")]
    return True


def apply(words, args, evs: list) -> list:
    """Give the noun triggers that are a passive's subject their "by" agent as source (see the module doc)."""
    f = _forms()
    if not has_any(words, f["aux"]) or not has_any(words, _BY):
        return evs
    idx = start_index(words)
    added: dict = {}
    for e in evs:
        i = idx.get(e.trigger_start)
        if i is None:
            continue
        last = i
        while last + 1 < len(words) and words[last + 1].start < e.trigger_end:
            last += 1
        p = _participle_at(words, last + 1, f)
        if p is None and last + 2 < len(words) and not words[last + 1].punct and words[last + 1].text[:1].islower():
            p = _participle_at(words, last + 2, f)   # "a ceasefire agreement was signed": one head noun after it
        if p is None:
            continue
        agent = next((a for a in args if p + 1 < a.i0 <= p + 10 and _after_by(words, a.i0)), None)
        if agent is None or any(words[x].punct for x in range(p + 1, agent.i0)):
            continue
        if words[p].norm in f["sign"] and e.root in f["sign_root"] and _signed(words, args, e, p, agent, f, added):
            continue
        if e.source_actor_id == agent.actor.id:
            continue
        if e.target_actor_id == agent.actor.id:
            clear_side(e, "target")
        fill_side(e, "source", agent.actor, (agent.start, agent.end))
        e.rule += ":by-agent"
    if added:
        insert_after(evs, added)
    return evs
