"""An Arabic attack noun and the attack verb it is the subject of tell one act (session 42, PREC42).

"غارة إسرائيلية استهدفت قادة الحركة"، "ضربة جوية أمريكية استهدفت قياديا"، "استهدف قصف مدفعي تركي منتجعا سياحيا":
the noun (with its adjectives: the attacker's nationality, the weapon) is the subject of the verb next to it, and the
verb tells what that strike hit -- one happening, coded twice (a noun event with the attacker, a verb event with the
target).  The gold codes it once, anchored on either word (in-sample: the second copy was an extra each time).  The
verb's event is kept (the subject noun, "استهدف قصف", reads as a verb too: the first one), the noun's joins it
(``retold.absorb``: its span becomes evidence, a side the verb lacks is taken from it; when the noun named more sides,
both are the noun's).  Only the violent roots (18 assault, 19 fight, 20 mass violence),
only a noun right after the verb ("استهدف قصف") or a verb at most three words after the noun with no punctuation
between (its adjectives, a weapon phrase, the relative pronoun: "الهجوم الذي استهدف"), both asserted and not negated.
Runs after the learned filter (whose features read both candidates).
"""
from __future__ import annotations

from .retold import absorb
from .structure import copy_side

_VIOLENT = frozenset(("18", "19", "20"))
_BETWEEN = 3   # words from the noun to its verb (adjectives, a weapon phrase, الذي / التي)
_STOP = "،,.؛;:!?؟\"«»()"


def _adjacent(text: str, first, second) -> bool:
    """Is ``second`` the subject noun right after the verb ``first`` ("استهدف قصف مدفعي": the noun may read as a verb,
    قصف, so any event next to it but a new conjunct), or the verb at most three words after the noun ``first``?"""
    between = text[first.trigger_end:second.trigger_start]
    if ":verb:" in first.rule:
        return not between.strip() and second.trigger[:1] not in "وف"
    return (":noun:" in first.rule and ":verb:" in second.rule and not any(c in between for c in _STOP)
            and len(between.split()) <= _BETWEEN)


def _fit(a, b) -> bool:
    return (a.sentence == b.sentence and a.trigger_end <= b.trigger_start and not a.negated and not b.negated
            and a.modality == b.modality == "asserted" and not _self(a) and not _self(b))


def _self(e) -> bool:
    """A suicide attacker's adjective ("مهاجما انتحاريا فجر نفسه", rule ``:self``): the GSR span gold codes it as a
    span of its own, with no target -- left to stand."""
    return e.rule.endswith(":self") or ":self:" in e.rule


def apply(doc, events: list) -> list:
    violent = [e for e in events if e.lang == "ar" and e.root in _VIOLENT]
    if len(violent) < 2:
        return events
    drop: set = set()
    for a in violent:
        for b in violent:
            if id(a) in drop or id(b) in drop or not _fit(a, b) or not _adjacent(doc.text, a, b):
                continue
            keep, other = (a, b) if ":verb:" in a.rule else (b, a)   # (the verb; the first of two verb readings)
            if _sides(other) > _sides(keep):   # (the noun named both sides: "استهدف قصف مدفعي تركي منتجعا")
                for side in ("source", "target"):
                    copy_side(keep, side, other)
            absorb(keep, other)
            drop.add(id(other))
            break
    return [e for e in events if id(e) not in drop] if drop else events


def told_by(words, noun, verb) -> bool:
    """Is ``verb`` an attack verb at most three words after the attack noun ``noun``, no punctuation between (the words
    of one sentence: :func:`apply`'s test before the events are a document's)?"""
    if noun.root not in _VIOLENT or verb.root not in _VIOLENT or ":verb:" not in verb.rule \
            or not noun.trigger_end <= verb.trigger_start:
        return False
    between = [w for w in words if noun.trigger_end <= w.start and w.end <= verb.trigger_start]
    return len(between) <= _BETWEEN and not any(w.punct for w in between)


def _sides(e) -> int:
    return bool(e.source_code) + bool(e.target_code)
