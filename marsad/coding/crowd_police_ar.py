"""Police and protesters of a crowd told just before: the crowd's country (session 21, B8AR).

"عمّان - … وفي العاصمة، تظاهر آلاف الأردنيين قرب السفارة الإسرائيلية …  وأطلقت قوات الأمن الغاز المسيل للدموع
لتفريق المحتجين …، واعتقلت عددا منهم": the security forces that disperse a crowd in its own country are that
country's police (JORCOP), the dispersed protesters its public (JORCVL), and "عددا منهم" (some of them) are the
protesters.  Without this step the police and the crowd stay country-less (COP -> CVL), or the police take the
only country the sentence names -- the embassy's (ISRCOP) -- which is not where the police serve.

An Arabic act of coercion (root 17) whose source is a police actor (role COP) without a country, or with one a
sentence / dateline rule gave it (``:src-domestic``, ``:src-home``), and that follows a protest (root 14) told in
its own or the sentence before, takes the country C of the protesting crowd: its nationality (the protest's
source: آلاف الأردنيين) when the place confirms it (the dateline's country or a locative place of the protest's
sentence), or for a crowd without a nationality (مئات المتظاهرين: CVL) the one country of the protest sentence's
locative places, else the dateline's.
Its country-less crowd target (CVL) becomes C's; a missing target with a partitive object right after the verb
(``crowd_police_ar.tsv``: عددا منهم، بعضهم) is the crowd target of the police act before it in the sentence.
A crowd of another country than the place ("تظاهر مئات السوريين في بيروت") gives nothing: who polices it is not
read from the crowd.  Marker ``:crowd-country``.

English too (session 26 B16EN): "Hundreds of residents of the Armenian village of X blocked the highway …  Police
detained 11 protesters …" (YEREVAN): ARMCOP -> ARMCVL, as in Arabic (the partitive object is Arabic only).
"""
from __future__ import annotations

from ..geo.locate import dateline_place
from ..lang.normalize import normalize
from .structure import copy_side, form_set

_LANGS = ("ar", "en")   # (each language's police after its own crowds)
_WINDOW = 4   # words after the verb where the partitive object may stand


def _partitive(doc, ev) -> bool:
    forms = form_set("crowd_police_ar.tsv")
    tail = doc.text[ev.trigger_end:min(ev.sentence_end, ev.trigger_end + 60)].split()[:_WINDOW]
    for i, w in enumerate(tail):
        w = normalize(w.strip("،,.؛:"))
        if w in forms or (i + 1 < len(tail) and f"{w} {normalize(tail[i + 1].strip('،,.؛:'))}" in forms):
            return True
    return False


def _context_country(doc, ev) -> bool:
    """The police actor has no country of its own (the event's was guessed from a name near it, or from the
    document: actor basis ``context``), none named with it."""
    a = doc.actor(ev.source_actor_id) if ev.source_actor_id else None
    return a is not None and (not a.country or a.basis == "context")


def _crowd_country(doc, r, home):
    """The country of the crowd of protest ``r``: its nationality when the place confirms it (the dateline's
    country or a locative place of its sentence), else for a country-less crowd (CVL) the one country of its
    sentence's locative places, or the dateline's; None otherwise."""
    places = {p.country for p in doc.places if p.sentence == r.sentence and p.country and not p.is_metonym
              and p.cue == "locative"}
    if r.source_country:
        return r.source_country if r.source_country == home or r.source_country in places else None
    if r.source_code != "CVL":
        return None
    if places:
        return next(iter(places)) if len(places) == 1 else None
    return home


def apply(doc, events) -> None:
    for lang in _LANGS:
        _apply(doc, [ev for ev in events if ev.lang == lang])
    for ev in events:
        if ev.root == "17" and ev.target_code == "CVL" and not ev.target_country and ev.source_country:
            _repressed_crowd(doc, ev, events)
        elif ev.cameo == "175" and not ev.target_code and ev.source_country and not ev.negated and ev.lang == "ar":
            _dispersed_crowd(doc, ev, events)


def _dispersed_crowd(doc, ev, events) -> None:
    """(session 38) Tear gas or a dispersal with no object named ("أطلق حراس السفارة الغاز المسيل للدموع لتفريقهم"،
    "وردت القوات بإطلاق الغاز") right after a crowd's act in its own or the sentence before (a protest or a storming,
    root 14, whose crowd has a country): it is used on that crowd.  Marker ``:crowd-before``."""
    crowd = [r for r in events if r.root == "14" and (r.source_role or "") == "CVL"
             and ev.sentence - 1 <= r.sentence <= ev.sentence and r.trigger_start < ev.trigger_start
             and r.lang == ev.lang]
    if crowd:
        copy_side(ev, "target", max(crowd, key=lambda e: e.trigger_start), "source")
        ev.rule += ":crowd-before"
        if not ev.target_country:
            _repressed_crowd(doc, ev, events)   # (a crowd without a nationality: the place's or the forces' country)


def _repressed_crowd(doc, ev, events) -> None:
    """(session 38) A crowd a state's forces disperse with no crowd told before ("وفرقت الشرطة المحتجين في القاهرة"، "أطلقت
    قوات الاحتلال الغاز على المتظاهرين قرب رام الله") is the public of the place where it happens (the event's own
    clause or sentence place), or, with no place, of the forces' own country (police serve at home).  Marker
    ``:crowd-place``."""
    if (ev.source_role or "") not in _HOME_FORCES:
        return
    c = ev.source_country
    pl = doc.place(ev.place_id) if ev.place_basis in ("clause", "sentence") else None
    if pl is not None and pl.country:
        c = pl.country
    elif ":crowd-before" in ev.rule:
        # (a crowd told before, "بغداد - … وحطم المحتجون …، فيما أطلق حراس السفارة الغاز": the dateline's country,
        # as for the police of a crowd told before, :func:`_crowd_country`; foreign guards serve abroad)
        dl = dateline_place(doc)
        if dl is not None and dl.country:
            c = dl.country
    if any(o is not ev and o.sentence == ev.sentence and {o.source_country, o.target_country} - {None, c}
           and not (o.root == "14" and o.source_country in (None, c)) for o in events):
        return   # (another country in the sentence: "arrested Ugandan traders and demonstrators" guesses nothing;
        # the country a crowd's own act aims at is none: "ورشقوا مبنى السفارة بالحجارة، فيما أطلق الحراس الغاز"، s48)
    ev.target_country, ev.target_code = c, c + "CVL"
    ev.rule += ":crowd-place"


_HOME_FORCES = frozenset(("COP", "MIL", "GOV", "SPY"))


def _apply(doc, events) -> None:
    police = [ev for ev in events if ev.root == "17" and ev.source_role == "COP"]
    if not police:
        return
    crowds = [ev for ev in events if ev.root == "14" and ev.source_role in (None, "CVL")
              and (ev.source_country or ev.source_code == "CVL") and not ev.historical]
    if not crowds:
        return
    dl = dateline_place(doc)
    home = dl.country if dl is not None else None
    last_crowd_target: dict = {}
    for ev in sorted(police, key=lambda e: e.trigger_start):
        before = [r for r in crowds if ev.sentence - 1 <= r.sentence <= ev.sentence and r.trigger_start < ev.trigger_start]
        if not before:
            continue
        crowd = max(before, key=lambda e: e.trigger_start)
        c = _crowd_country(doc, crowd, home)
        if not c or ev.source_country and ev.source_country != c and not (
                ":src-domestic" in ev.rule or ":src-home" in ev.rule or (ev.lang == "en" and _context_country(doc, ev))):
            continue   # (police named with their own country keep it; a bare "Police" given the country of a name
            # near it by a rule does not: "Police fired tear gas to disperse the crowds, who accused
            # Western governments of failing to punish Kigali" in Kinshasa are Congo's, session 42 GAPEN42)
        if ev.source_country != c:
            ev.source_country, ev.source_code = c, c + "COP"
        ev.rule += ":crowd-country"
        if ev.lang == "en" and ev.place_basis in (None, "dateline") and crowd.place_basis in ("clause", "sentence") \
                and crowd.sentence < ev.sentence:
            # (the police act where the crowd they face is: "In Kinshasa, hundreds of protesters attacked the
            # embassies … Police fired tear gas to disperse the crowds", not at the dateline's Goma; session 42)
            ev.place_id, ev.place_basis = crowd.place_id, crowd.place_basis
        if ev.target_code == "CVL" and not ev.target_country:
            ev.target_country, ev.target_code = c, c + "CVL"
            last_crowd_target[ev.sentence] = ev
        elif ev.target_country == c and ev.target_role == "CVL":
            last_crowd_target[ev.sentence] = ev
        elif not ev.target_code and ev.sentence in last_crowd_target and _partitive(doc, ev):
            copy_side(ev, "target", last_crowd_target[ev.sentence])
