"""A hospital receives patients, a campaign targets children, a brokerage is no mediation (session 14, OTH2).

Health, Hajj and property pages use the diplomat's and the soldier's words for services:

- "استقبلت المستشفيات الميدانية أكثر من ألفي حالة" (the field hospitals received 2,000 cases) gave 043, a hosted
  visit: a host verb (``service_objects.tsv`` kind ``host``) whose object within :data:`AFTER` words (no punctuation
  between) is a patient word (kind ``patient``: حالة، مرضى، مصابين، patients, cases) is no event; so is a host verb
  whose object is a pronoun (kind ``host_pron``: يستقبله، استقبلها) that a patient word before it stands for ("أكبر
  عدد من الإصابات يستقبله المستشفى", within :data:`BEFORE` words, no punctuation between; session 49, prec49),
  and a hosting masdar or verb (استضافة، استضافتها) of refugees ("على استضافتها ملايين اللاجئين": shelter);
- "حملة تطعيم وطنية ضد الحصبة تستهدف نحو مليون طفل" (a vaccination campaign targets a million children) gave 190: an
  event of roots :data:`ROOTS` whose trigger follows a campaign noun (kind ``campaign``: حملة، campaign) with its
  kind beside it (kind ``campaign_kind``: تطعيم، توعية، vaccination …) within :data:`BEFORE` words, no punctuation
  between, is no attack;
- "مدير إحدى شركات الوساطة" (a brokerage firm) gave 045, mediation: a trigger noun listed in kind ``firm_noun``
  (وساطة، brokerage) right after a firm word (kind ``firm``: شركة، مكتب، firm) is no event.

"استقبل الرئيس وزير الخارجية" (an actor object), "غارات تستهدف الأطفال" (no campaign noun) and "وساطة مصرية" stay.
"""
from __future__ import annotations

from ..resources import cached
from .hazards import listed
from .structure import has_any, kind_sets, last_word, start_index

ROOTS = frozenset(("17", "18", "19", "20"))
AFTER = 8    # "استقبلت المستشفيات الميدانية في المدينة أكثر من ألفي حالة": a verb-first subject and a count
BEFORE = 8   # "حملة تطعيم وطنية ضد الحصبة تستهدف"
_KINDS = ("host", "host_pron", "patient", "campaign", "campaign_kind", "firm", "firm_noun")


_CLITICS = ("", "و", "ف", "ب", "ل", "ال", "وال", "فال", "بال", "لل", "وب", "ول", "وبال", "ولل")


def _forms() -> dict:
    """{lang: {kind: forms}}, with ``gate``: the whole-word norms (an Arabic form with its proclitics and article) of
    the host, campaign and firm words, for one set test per sentence (:func:`structure.has_any`)."""
    def load() -> dict:
        out = {lang: dict(v) for lang, v in kind_sets("service_objects.tsv", _KINDS, by_lang=True).items()}
        for lang, v in out.items():
            words = v["host"] | v["host_pron"] | v["campaign"] | v["firm"]
            v["gate"] = frozenset(c + w for w in words for c in _CLITICS) if lang == "ar" else words
        return out
    return cached(("coding.service_objects",), load)


def _patient_object(words, i: int, f: dict) -> bool:
    for j in range(i + 1, min(len(words), i + 1 + AFTER)):
        if words[j].punct:
            return False
        if listed(words[j], f["patient"]):
            return True
    return False


def _patient_before(words, i: int, f: dict) -> bool:
    """A patient word within :data:`BEFORE` words before words[i], no punctuation between: the antecedent of the
    host verb's object pronoun ("أكبر عدد من الجرحى يستقبله المستشفى")."""
    for j in range(i - 1, max(-1, i - 1 - BEFORE), -1):
        if words[j].punct:
            return False
        if listed(words[j], f["patient"]):
            return True
    return False


def _campaign_before(words, i: int, f: dict) -> bool:
    for j in range(i - 1, max(-1, i - 1 - BEFORE), -1):
        if words[j].punct:
            return False
        if listed(words[j], f["campaign"]) and any(
                0 <= k < len(words) and listed(words[k], f["campaign_kind"]) for k in (j - 1, j + 1)):
            return True
    return False


def gate_words(lang: str) -> frozenset:
    """The words one of which a sentence of ``lang`` must hold for the rule to act (its first test, on
    the norms): the events stage tests them with its neighbours' in one set test a sentence (session 42, SPD42)."""
    f = _forms().get(lang)
    return f["gate"] if f else frozenset()


def drop_services(words, evs: list, lang: str) -> list:
    """``evs`` (one sentence's events) without the services read as events (see the module doc)."""
    f = _forms().get(lang)
    if not f:
        return evs
    if not has_any(words, f["gate"]):
        return evs
    idx = start_index(words)
    out = []
    for e in evs:
        i = idx.get(e.trigger_start)
        if i is not None:
            last = last_word(words, i, e.trigger_end)
            if e.cameo.startswith("043") and listed(words[i], f["host"]) and _patient_object(words, last, f):
                continue
            if e.cameo.startswith("043") and listed(words[i], f["host_pron"]) and _patient_before(words, i, f):
                continue
            if e.root in ROOTS and _campaign_before(words, i, f):
                continue
            if i > 0 and listed(words[i - 1], f["firm"]) and listed(words[i], f["firm_noun"]):
                continue
        out.append(e)
    return out
