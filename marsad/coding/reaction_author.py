"""The author of the act a reaction answers, as its target (session 47, DYAD47).

"Israeli jets struck a power station in Gaza. Hamas condemned the raid", "أعلنت واشنطن رفع العقوبات ... ورحبت دمشق
بالقرار": a condemnation or welcome whose clause names no party answers the act told just before it, and a reader
takes that act's author as the target (PSE -> ISR, SYR -> USA). Without this step the reaction has no target and drops
out of every dyad.

The act answered is the last event before the reaction, in its sentence or the one before, that is a deed (a code of
``DEEDS``: an agreement signed, aid, an easing, force, sanctions -- not talk, a meeting or a pledge, which are
reactions or intents themselves), asserted, current and not negated; its source must be a country or a state body of
another country than the reaction's (the last deed its own country's: a home story, no target). Only a reaction of a
kind in ``REACTIONS`` with a source country, no target, not negated, whose target was not cleared on purpose, in a
sentence naming no third country before it (it may be the one addressed) and no act of unknown author after it (the
act it answers: "condemned the attack on its embassy"). Rule marker ``:tgt-react:`` + the deed's root. Measured on the
article gold (155 files), each kind alone: condemnation / criticism (111) +3, welcome / praise (051) +1 (+2 in all
with the named-act guard); rejections (120) and disapproval (110) 0.

Session 48 (DYAD48): a condemnation (111) that found no deed so takes the target of the last reaction (111, 051,
120, 110) told up to six sentences before it, in a string of reactions to one act ("ودانت الحكومة الأردنية القانون
الإسرائيلي … كما نددت الكويت بالقانون": KWT -> ISR) -- when that target is a country or a state body, neither the
condemner's own country nor the reaction's source's, the sentence names no third country before the condemnation and
its source is no home body (a party, the opposition, a court). Rule marker ``:tgt-chain``. Withdrawn: intents (03x: "readiness to host the
talks" is no act to condemn, -1) and any deed of the story (not the last two sentences', -37 strict: in a string of
reactions the deed before is another reactor's).

Session 49 (DYAD49, :func:`_named_act`): a rejection, disapproval, condemnation or welcome whose object names the act
it answers ("brushed off the threat", "ورفضت الحكومة الخطة") takes the author of the last act of that kind told up to
three sentences before it. Rule marker ``:tgt-named:`` + the kind.

Session 50 (GAPAR50B): an international body or an NGO (no country of its own) reacts as a country does
(:func:`_reactor`); a string of reactions passes on an author named by a nationality adjective on an act noun
("العدوان الإسرائيلي", :func:`_act_adjective`) or by the nation of the object alone ("القرار الروسي",
``:obj-nationality``).
"""
from __future__ import annotations

import re

from ..lang.normalize import normalize
from .structure import copy_side, country_level, fill_side, kind_sets

_WORD = re.compile(r"\S+")

REACTIONS = ("111", "051")
# session 49 (DYAD49): the reactions that may name the act they answer by a noun of ``reaction_named_act.tsv``
NAMED_REACTIONS = ("111", "110", "120", "051")
DEEDS = ("057", "06", "07", "08", "09", "15", "16", "17", "18", "19", "20")
# the sentences before the reaction's own that may tell the act it answers
BACK = 1
_CLEARED = (":forum",)
# the roots the rule acts on: the events stage calls it only for a document with one
ACTS_ON = frozenset(c[:2] for c in REACTIONS + NAMED_REACTIONS)


# the sources of no country that still react to a state's act as one party to another: an international body or a
# non-governmental organisation ("ونددت منظمات حقوقية دولية بالخطوة"، "وأدان الأمين العام لمجلس التعاون التصويت");
# a home body of no known country (a party, a tribe) may be answering its own government, so it is left out
_INTL_SOURCES = ("IGO", "NGO")


def _reactor(ev) -> bool:
    """May ``ev``'s source react to another party's act: a country, or a body of ``_INTL_SOURCES`` (GAPAR50B)."""
    return bool(ev.source_country) or (ev.source_code or "")[:3] in _INTL_SOURCES


def _answered(doc, ev, events):
    """(event, actor) of the deed ``ev`` answers (see the module doc), or None."""
    best = None
    for p in events:
        if p is ev or p.trigger_start >= ev.trigger_start or p.sentence < ev.sentence - BACK:
            continue
        if not p.cameo.startswith(DEEDS) or p.negated or p.modality != "asserted" or p.historical:
            continue
        if p.source_country and p.source_actor_id and (best is None or p.trigger_start > best.trigger_start):
            best = p
    if best is None or best.source_country == ev.source_country:
        return None
    actor = next((a for a in doc.actors if a.id == best.source_actor_id), None)
    if actor is None or not country_level(actor):
        return None
    return best, actor


def _third_country(doc, ev, pair) -> bool:
    """Does the sentence name a country other than ``pair``'s before the reaction?"""
    lo, hi = ev.sentence_start, ev.trigger_start
    return any(a.country and a.country not in pair and any(lo <= s < hi for s, _ in a.spans) for a in doc.actors)


def apply(doc, events) -> None:
    _adjective_author(doc, events)
    _named_act(doc, events)
    _congratulation_chain(doc, events)
    for ev in events:
        if not ev.cameo.startswith(REACTIONS) or not _reactor(ev) or ev.target_code or ev.negated \
                or any(m in ev.rule for m in _CLEARED):
            continue
        hit = _answered(doc, ev, events)
        if hit is None:
            if ev.cameo.startswith(CHAIN_TAKES) and ev.source_role not in _HOME_ROLES:
                _chain(doc, ev, events)
            continue
        deed, actor = hit
        if any(o is not ev and ev.trigger_end <= o.trigger_start < ev.sentence_end and not o.source_country
               for o in events):
            continue   # an act of no known author named after the reaction is the one it answers: "condemned the
            # attack on its embassy"
        if _third_country(doc, ev, (ev.source_country, deed.source_country)):
            continue
        fill_side(ev, "target", actor, deed.source_span)
        ev.rule += ":tgt-react:" + deed.root



# the reactions that pass their target on down a string of reactions to one act ("ودانت مصر الغارات الإسرائيلية …
# كما دانت قطر الهجوم"), and how many sentences back the reaction passing it on may be told.  Condemnation only takes
# it (051: a welcome after a thanks to a mediator is of the parties, not the mediator, 3 files down).  Accusations
# (112-114) do not pass it on: "accused Iran of arming the Houthis" is not the act the next condemnation answers.
CHAIN_TAKES = ("111",)
CHAIN_GIVES = ("111", "051", "120", "110")
CHAIN_BACK = 6
# a home body's criticism after foreign reactions is of its own government ("انتقد حزب المعارضة الاتفاق"), not the
# foreign author the reactions before it answered
_HOME_ROLES = frozenset(("OPP", "PTY", "LEG", "JUD", "COP", "LAB", "EDU", "MED"))


def _chain(doc, ev, events) -> None:
    """Give ``ev`` the target of the last reaction of ``CHAIN_GIVES`` told before it (up to ``CHAIN_BACK``
    sentences back) when that target is a country or a state body of a third country, and that reaction's source is
    of another country than ``ev``'s (see the module doc)."""
    prev = None
    for p in events:
        if p is ev or p.trigger_start >= ev.trigger_start or p.sentence < ev.sentence - CHAIN_BACK:
            continue
        if not p.cameo.startswith(CHAIN_GIVES) or p.negated or not p.target_country:
            continue
        if prev is None or p.trigger_start > prev.trigger_start:
            prev = p
    if prev is None or ev.source_country in (prev.target_country, prev.source_country):
        return
    if _third_country(doc, ev, (ev.source_country, prev.target_country)):
        return
    actor = next((a for a in doc.actors if a.id == prev.target_actor_id), None)
    if actor is None:
        if ":obj-nationality" not in prev.rule or prev.target_code != prev.target_country:
            return
        # (the nation of the judged act's noun, "انتقدت ناشطات القرار الروسي": the country, no actor -- GAPAR50B)
    elif not (country_level(actor) or _act_adjective(doc, actor, prev.lang)):
        return   # (the victims of the act, "الفلسطينيين", are not its author)
    copy_side(ev, "target", prev)
    ev.rule += ":tgt-chain"


def _act_adjective(doc, actor, lang) -> bool:
    """Is ``actor`` a bare nationality word qualifying an act noun of ``condemned_act.tsv`` ("العدوان الإسرائيلي"،
    "الغارات الإسرائيلية", "Israeli strikes")?  The adjective names the state that did the act, its author as much as
    "إسرائيل" (session 50, GAPAR50B); a nationality word standing alone ("الفلسطينيين") is a people, no author, and
    one in the reactor's own framing ("ما سماه الهجوم الإيراني") is its claim, not the story's."""
    if actor.basis != "nationality" or actor.role or not actor.country:
        return False
    sets = kind_sets("condemned_act.tsv", ("act", "frame"), by_lang=True).get(lang, {})
    acts, frames = sets.get("act", frozenset()), sets.get("frame", frozenset())
    for s, e in actor.spans:
        if lang == "ar":
            before = [normalize(w.strip(_STRIP)) for w in doc.text[max(0, s - 60):s].split()[-4:]]
            if before and before[-1] in acts and frames.isdisjoint(before[:-1]):
                return True
        elif (doc.text[e:e + 30].split() or [""])[0].strip(_STRIP).lower() in acts:
            return True
    return False


# the kinds of said act a reaction's object noun may name (``reaction_named_act.tsv``, by language), how many
# sentences back that act may be told, and how far after the verb (its subject between) the noun is looked for
NAMED_KINDS = ("13", "03", "deed", "critic")
# session 50 (GAPEN50B): the code prefixes of the act each kind names (a kind of its own name by default), and the
# reactions a kind is read for.  A criticism noun ("rejected the criticism", "dismissed the claim") answers a
# criticism, accusation or objection (11x, and an objection coded 120: "Nepal objected to the plan"); only a
# rejection (12) answers it so.
NAMED_CODES = {"deed": DEEDS, "critic": ("11", "120")}
NAMED_FOR = {"critic": ("12",)}
NAMED_BACK = 3
# a target these rules may replace: the story's other party (story_dyad), a guess of no word of the sentence
_GUESSED = (":tgt-dyad",)
NAMED_SPAN = 80
_STRIP = "،,.;؛:!؟?\"'«»()“”"


def _object_kind(doc, ev):
    """The kind (a CAMEO code prefix) of the said-act noun that is ``ev``'s object, or None: the first word after the
    verb that is no actor's word ("brushed off the threat", "ورفض وزير الخارجية الإسرائيلي المقترح") -- in English
    after "the" and at most one particle of a phrasal verb, in Arabic with or without ب."""
    sets = kind_sets("reaction_named_act.tsv", NAMED_KINDS, by_lang=True).get(ev.lang)
    if not sets:
        return None
    limit = min(ev.sentence_end, ev.trigger_end + NAMED_SPAN)
    covered = [sp for a in doc.actors for sp in a.spans if sp[1] > ev.trigger_end and sp[0] < limit]
    words = []
    for m in _WORD.finditer(doc.text, ev.trigger_end, limit):
        if any(s <= m.start() < e for s, e in covered):
            continue
        words.append(normalize(m.group().strip(_STRIP)).lower())
        if len(words) == 3:
            break
    if ev.lang == "en":
        if words[:1] in (["off"], ["out"]):
            words = words[1:]
        if len(words) < 2 or words[0] != "the":
            return None
        noun = words[1]
    else:
        if not words:
            return None
        noun = words[0]
        if noun.startswith("و"):
            return None   # (a conjunct, not the object)
    for kind, forms in sets.items():
        if noun in forms or (ev.lang == "ar" and noun.startswith("ب") and noun[1:] in forms):
            return kind
    return None


def _named_act(doc, events) -> None:
    """"Trump threatened to make Madrid pay …  Sanchez brushed off the threat": a reaction of ``NAMED_REACTIONS``
    with no target whose object names a said act (:func:`_object_kind`) takes as its target the author of the last
    act of that kind told up to ``NAMED_BACK`` sentences before it -- a country or a state body of another country
    than the reaction's, the act asserted and not negated.  Rule marker ``:tgt-named:`` + the kind."""
    for ev in events:
        if not ev.cameo.startswith(NAMED_REACTIONS) or not _reactor(ev) or ev.negated \
                or any(m in ev.rule for m in _CLEARED):
            continue
        if ev.target_code and not ev.rule.endswith(_GUESSED):
            continue   # (the story's other party, :tgt-dyad, is a guess; the act the object names is the reading)
        kind = _object_kind(doc, ev)
        if kind is None or (kind == "deed" and ev.cameo.startswith("051")) \
                or not ev.cameo.startswith(NAMED_FOR.get(kind, NAMED_REACTIONS)):
            continue   # (a welcome of "the decision" is often of a forum's resolution, "رحبت السلطة بالقرار", whose
            # author is no deed's source told before it)
        act = None
        for p in events:
            if p is ev or p.trigger_start >= ev.trigger_start or p.sentence < ev.sentence - NAMED_BACK:
                continue
            if p.cameo.startswith(NAMED_CODES.get(kind, kind)) and not p.negated and p.source_actor_id \
                    and (act is None or p.trigger_start > act.trigger_start):
                act = p
        if act is not None and kind == "critic" and not act.source_country and ev.source_country \
                and act.target_country == ev.source_country:
            # a critic of no country named aimed at the rejecter's own side ("Several lawmakers accused the
            # government …  The minister rejected the criticism"): a home critic, the rejecter's own country
            ev.target_country = ev.target_code = ev.source_country
            ev.target_actor_id = ev.target_role = ev.target_span = None
            ev.rule += ":tgt-named:" + kind
            continue
        if act is None or act.source_country in (None, ev.source_country):
            continue
        actor = next((a for a in doc.actors if a.id == act.source_actor_id), None)
        if actor is None or not country_level(actor):
            continue
        copy_side(ev, "target", act, "source")
        ev.rule += ":tgt-named:" + kind


# session 50 (GAPEN50): how many sentences back the congratulation naming the winner may be told
CONGRAT_BACK = 4


def _congratulates(doc, ev, forms) -> bool:
    """Is ``ev`` (a praise, 051) a congratulation: its trigger or one of the three words after it a form of kind
    ``congrat`` (reaction_named_act.tsv)?"""
    words = [normalize(m.group().strip(_STRIP)).lower()
             for m in _WORD.finditer(doc.text, ev.trigger_start, min(ev.sentence_end, ev.trigger_end + 40))][:4]
    return any(w in forms for w in words)


def _congratulation_chain(doc, events) -> None:
    """"Starmer congratulated Connolly and said he looked forward to working with her, and von der Leyen also sent
    her congratulations", "Paraguay and Ecuador sent their congratulations as well": a congratulation with no target
    is of the winner the last congratulation told before it names (up to ``CONGRAT_BACK`` sentences back) -- a country
    or a person of one, of another country than the congratulating side's, the earlier act asserted and not negated.
    Rule marker ``:tgt-congrat``."""
    sets = kind_sets("reaction_named_act.tsv", ("congrat",), by_lang=True)
    prev = None
    for ev in sorted(events, key=lambda e: e.trigger_start):
        forms = (sets.get(ev.lang) or {}).get("congrat")
        if not forms or not ev.cameo.startswith("051") or ev.negated or not _congratulates(doc, ev, forms):
            continue
        if ev.target_country and ev.modality == "asserted":
            prev = ev
            continue
        if ev.target_code or not ev.source_code or prev is None or prev.sentence < ev.sentence - CONGRAT_BACK \
                or prev.target_country in (ev.source_country, (ev.source_code or "")[:3]):
            continue
        copy_side(ev, "target", prev)
        ev.rule += ":tgt-congrat"


def _adjective_author(doc, events) -> None:
    """"The Palestinian foreign ministry welcomed the Spanish measures and urged other European governments to follow
    suit": an English reaction of ``NAMED_REACTIONS`` whose object is "the" + a country's name or adjective (one to
    three capitalised words) + a noun of an act (any kind of ``NAMED_KINDS`` in ``reaction_named_act.tsv``) answers
    that country's act: the country is the target, of another country than the reaction's source -- over the story's
    other party (``:tgt-dyad``) or an actor named after the noun (a later clause's).  With no target,
    ``english.object_owner`` reads the same phrase already.  Rule marker ``:tgt-adj-owner``."""
    from ..actors.resolve import resolve_text
    sets = kind_sets("reaction_named_act.tsv", NAMED_KINDS, by_lang=True).get("en", {})
    forms = frozenset().union(*sets.values()) if sets else frozenset()
    for ev in events:
        if ev.lang != "en" or not ev.cameo.startswith(NAMED_REACTIONS) or not ev.source_country or ev.negated \
                or not ev.target_code or any(m in ev.rule for m in _CLEARED) \
                or doc.text[ev.trigger_end:ev.trigger_end + 5].lower() != " the ":
            continue
        words = list(_WORD.finditer(doc.text, ev.trigger_end + 5, min(ev.sentence_end, ev.trigger_end + NAMED_SPAN)))
        k = 0
        while k < min(len(words), 4) and words[k].group()[:1].isupper() and words[k].group().isalpha():
            k += 1
        if not 0 < k < 4 or k >= len(words) or normalize(words[k].group().strip(_STRIP)).lower() not in forms:
            continue
        noun_end = words[k].end()
        if not ev.rule.endswith(_GUESSED) and (ev.target_span or (0, 0))[0] < noun_end:
            continue   # (a target named up to the noun: the object's own reading, kept)
        r = resolve_text(" ".join(w.group() for w in words[:k]), lang="en")
        country = getattr(r, "country", None) if r is not None else None
        if not country or country == ev.source_country or not getattr(r, "code", None):
            continue
        ev.target_actor_id, ev.target_role = None, None
        ev.target_code, ev.target_country = r.code, country
        ev.target_span = (words[0].start(), words[k - 1].end())
        ev.rule += ":tgt-adj-owner"
