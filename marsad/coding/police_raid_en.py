"""A raid by the police is coercion, not an armed assault (English, session 18 ENL).

"Kosovo police raided municipal offices and arrested four people": the PETRARCH2 "raid" row codes 190 (use
conventional military force); an English raid (trigger words of ``police_raid_en.tsv``) whose source is a
law-enforcement role there (COP, JUD, SPY) is recoded 170 (coerce, PLOVER COERCE), rule marker ``:police-raid``.
Troops' or militants' raids stay 190; a raid with a death in its sentence ("police raided the house, killing two")
stays violent.  (Session 29 B20AR) Arabic too: "وداهمت قوات الأمن مقرات الجماعة وصادرت أجهزة" (the داهم / مداهمة
rows' 190), the first trigger word without its conjunction (و / ف) and the death words of the table's Arabic rows.
"""
from __future__ import annotations

from ..lang.normalize import normalize
from .english import recode_event
from .structure import kind_sets


# the roots / codes the rule acts on: the events stage calls it only for a document with one (s42 SPD42)
ACTS_ON = frozenset(("19",))


def _home_raid(doc, ev, sets) -> bool:
    """(session 55, BLINDEN55) "troops raided the opposition leader's house": an English raid by the state's own troops (``home_role``)
    on a home of the same country (the target's country is the source's; a dwelling word within the three words after
    the trigger) is coercion as a police raid is -- troops raiding a foreign town or camp stay 190."""
    if ev.lang != "en" or normalize(ev.source_role) not in sets["home_role"] or not ev.source_country \
            or ev.target_country != ev.source_country:
        return False
    after = doc.text[ev.trigger_end:ev.sentence_end].split()[:3]
    return any(w.strip(".,;:\"'").lower() in sets["dwelling"] for w in after)


def apply(doc, events, homes_only: bool = False) -> None:
    """Recode the police raids of ``events``; ``homes_only``: only own troops' raids on a home (:func:`_home_raid`),
    run again once the domestic target rules gave the home its country (session 55)."""
    sets = None
    for ev in events:
        if ev.lang not in ("en", "ar") or ev.root not in ACTS_ON or not ev.source_role:
            continue
        if sets is None:
            sets = kind_sets("police_raid_en.tsv", ("trigger", "role", "death", "storm", "home_role", "dwelling"))
        words = ev.trigger.lower().split()
        first = words[0] if words else ""
        if ev.lang == "ar":
            first = normalize(first)
            if first[:1] in ("و", "ف") and first not in sets["trigger"] | sets["storm"]:
                first = first[1:]   # وداهمت -> داهمت
        storm = ev.lang == "ar" and first in sets["storm"]
        if not first or (first not in sets["trigger"] and not storm):
            continue
        if (homes_only or normalize(ev.source_role) not in sets["role"]) and not _home_raid(doc, ev, sets):
            continue
        sent = doc.text[ev.sentence_start:ev.sentence_end].split()
        if not sets["death"].isdisjoint(normalize(w.strip(".,;:\"'،«»").lower()) for w in sent):
            continue
        # (session 55 MISS55) the police storming a building, "اقتحمت الشرطة مقر الحزب", is a raid that seizes
        # premises: 171 (the gold lists' 17 / 171), not the اقتحم row's armed assault (190)
        if recode_event(ev, "171" if storm else "170"):
            ev.rule += ":police-raid"
