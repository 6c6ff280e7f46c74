"""A country's own minister or lawmaker addressing "the government" (Arabic, session 52 GAPAR52B).

"وطالب وزير المالية الحكومة بتجميد تحويل أموال الضرائب", "ودعا زعيم الحزب الحكومة إلى إجراء انتخابات
مبكرة": ``own_government_en._apply_ar`` gives a bare government target (a whole span of
``own_government_ar.tsv``: "الحكومة", "حكومتهم") its source's country only for a demand, appeal, criticism,
refusal or threat of a sector other than the government, since "دعت فرنسا الحكومة إلى …" speaks to another state's.
A member of a government naming "the government" alone in his own country's story means his own: an Arabic event of
any type whose source is a GOV / LEG / PTY / OPP of a country, not a foreign ministry or an envoy (they face other
states; ``home_country.tsv`` kinds ``foreign_ministry``, ``envoy``), whose sentence names no other country's actor,
in a story that names that country most, takes the source's country (not a story of the visited country: "دعا
الرئيس الفرنسي خلال زيارته إلى بيروت الحكومة إلى …").  A possessive form ("حكومته", "حكومة بلاده": his government)
is the source's whatever the story.  Rule marker ``:tgt-own-gov``.

Likewise a bare role target whose last word is a possessive of ``own_possessive_ar.tsv`` ("وهنأ الرئيس التونسي وزير
خارجيته": his foreign minister, his forces, his ambassador) takes the source's country, keeping its role.  Rule
marker ``:tgt-own-poss``.
"""
from __future__ import annotations

from ..lang.normalize import normalize
from .home_country import country_mentions
from .structure import form_set, kind_sets

# the source roles that speak of their own state's government
OWN_POLITICS = frozenset({"GOV", "LEG", "PTY", "OPP"})
# the stems of the possessive forms of own_government_ar.tsv ("حكومته", "حكومة بلاده": the government of a
# pronoun; normalize folds ة into ه, so the bare "الحكومة" is told by its stem, not its last letter)
_POSSESSIVE = ("حكومت", "بلاد")


def apply(doc, events) -> None:
    _possessive_roles(doc, events)
    forms = facing = None
    for ev in events:
        if ev.lang != "ar" or ev.target_code != "GOV" or ev.target_country or not ev.target_span \
                or not ev.source_country or ev.source_code[3:6] not in OWN_POLITICS:
            continue
        if forms is None:
            forms = form_set("own_government_ar.tsv")
            k = kind_sets("home_country.tsv", ("foreign_ministry", "envoy"))
            facing = [normalize(f) for f in k["foreign_ministry"] | k["envoy"]]
        said = normalize(doc.text[ev.target_span[0]:ev.target_span[1]].strip())
        if said not in forms:
            continue
        if not any(p in said for p in _POSSESSIVE):
            if any(f in _source_words(doc, ev) for f in facing) or _other_country_named(doc, ev):
                continue   # (a foreign minister or an ambassador speaks to another state's government)
            counts = country_mentions(doc, ev.source_country)
            if any(n >= counts.get(ev.source_country, 0) for c, n in counts.items() if c != ev.source_country):
                continue
        ev.target_country, ev.target_code = ev.source_country, ev.source_country + "GOV"
        ev.rule += ":tgt-own-gov"


def _possessive_roles(doc, events) -> None:
    forms = None
    for ev in events:
        if ev.lang != "ar" or ev.target_country or not ev.target_code or len(ev.target_code) != 3 \
                or not ev.source_country or not ev.target_span:
            continue
        if forms is None:
            forms = form_set("own_possessive_ar.tsv")
        said = doc.text[ev.target_span[0]:ev.target_span[1]].split()
        if said and normalize(said[-1]) in forms:
            ev.target_country, ev.target_code = ev.source_country, ev.source_country + ev.target_code
            ev.rule += ":tgt-own-poss"


def _source_words(doc, ev) -> str:
    actor = next((a for a in doc.actors if a.id == ev.source_actor_id), None)
    spans = list(actor.spans) if actor is not None else []
    if ev.source_span:
        spans.append(ev.source_span)
    return " ".join(normalize(doc.text[a:b]) for a, b in spans)


def _other_country_named(doc, ev) -> bool:
    """Does the event's sentence name an actor of another country than the source's?"""
    return any(a.country and a.country != ev.source_country
               and any(ev.sentence_start <= start < ev.sentence_end for start, _ in a.spans) for a in doc.actors)
