"""An object pronoun on a verb whose subject follows it names an actor told before (Arabic VOS, session 20 STR).

"وصل وزير الخارجية الإيطالي إلى الجزائر أمس.  واستقبله الرئيس الجزائري …"، "أعلنت الحكومة البريطانية فرض عقوبات
على طهران.  وانتقدها وزير الخارجية الإيراني": the verb carries its object as a pronoun suffix
(``verb_object_pronoun_ar.tsv`` kind ``suffix``; after the alif of a final-ى verb: التقاه) after a verb form of the
trigger table, and names its subject after it, so the clause has no object phrase.  The pronoun refers to the source of the nearest earlier
event of the same or the sentence before whose source is another actor, else to the first actor named in the
sentence before.  Only verb events with no target whose source stands after the trigger; a word that is itself a
trigger form with the suffix letters (نبه، وجه) is no verb + pronoun; after a relative pronoun (kind ``rel``: اللتين
تحتلهما) the suffix names the relative's head.  Rule marker ``:tgt-obj-pron``.
"""
from __future__ import annotations

from ..lang.normalize import normalize
from .structure import copy_side, fill_side, get_lexicon, kind_sets

_KINDS = ("suffix", "rel", "prep")
# the roots of acts toward one addressee told in a row ("هنأه X …، كما اتصل به Y"): consult, cooperate (session 45)
_PARALLEL_ROOTS = frozenset(("04", "05"))
_CONSULT = "04"
_STRIP = "،,.;؛:!؟?\"«»()"


def _pronoun(w: str, forms, lex) -> bool:
    """``w``: the normalised first word of the trigger."""
    bases = (w, w[1:]) if w[:1] in "وف" else (w,)
    index = lex.index
    if any(b in index for b in bases):
        return False   # نبه، وجه: the letters are the verb's own
    for b in bases:
        for s in forms:
            if b.endswith(s) and len(b) - len(s) >= 3:
                stem = b[:-len(s)]
                for c in ((stem, stem[:-1] + "ي") if stem[-1] == "ا" else (stem,)):   # التقاه (normalised: no ى)
                    if any(t.kind == "verb" for t in index.get(c, ())):
                        return True
    return False


def object_pronoun(norm: str) -> bool:
    """Does the normalised word ``norm`` end with an object pronoun suffix on a verb form of the trigger table?"""
    return _pronoun(norm, kind_sets("verb_object_pronoun_ar.tsv", _KINDS)["suffix"], get_lexicon("ar"))


def _antecedent(doc, ev, events):
    best = None
    for e in events:
        if e is ev or e.lang != "ar" or e.sentence is None or not e.source_code or e.source_code == ev.source_code:
            continue
        if e.sentence not in (ev.sentence, ev.sentence - 1) or e.trigger_start >= ev.trigger_start:
            continue
        if best is None or e.trigger_start > best.trigger_start:
            best = e
    if best is not None:
        return best, None
    # (session 44) "ولقي انتخاب عون ترحيبا واسعا، إذ هنأه العاهل السعودي …": an actor named earlier in the pronoun's
    # own sentence, then the first one of the sentence before
    spans = [(ev.sentence_start, ev.trigger_start)]
    if ev.sentence:
        prev = doc.sentences[ev.sentence - 1]
        spans.append((prev.start, prev.end))
    for lo, hi in spans:
        first = None
        for a in doc.actors:
            if not a.code or a.id == ev.source_actor_id or a.code == ev.source_code:
                continue
            sp = next(((s, e) for s, e in a.spans if lo <= s < hi), None)
            if sp is not None and (first is None or sp < first[1]):
                first = (a, sp)
        if first is not None:
            return None, first
    return None, None


def _same_object(ev, e) -> str:
    """The side of the antecedent event ``e`` the pronoun names: its target when both acts are of the consult /
    cooperate roots and the pronoun verb's subject is not of that target's country ("وهنأ بوتين الرئيس الجزائري …،
    كما هنأه أمير قطر": the one congratulated, session 45), else its source ("والتقى الوزير الإيطالي نظيره
    الجزائري، واستقبله الرئيس الجزائري": the guest)."""
    if ev.root in _PARALLEL_ROOTS and e.root in _PARALLEL_ROOTS and e.target_code \
            and e.target_country != ev.source_country and e.target_code != ev.source_code:
        # (a bare target too, "هنأه العاهل السعودي": the document step gives it the story's country later)
        return "target"
    return "source"


def _prep_pronoun(text: str, ev, preps) -> bool:
    """Is the word right after a one-word trigger of a meeting or a call (root 04) a preposition with a pronoun suffix
    (kind ``prep``: به، معه، إليها) with the verb's subject after it ("كما اتصل به أمير قطر مهنئا": the pronoun is the
    verb's object, session 45)?  Not after other roots: "ورحبت به الولايات المتحدة" welcomes a thing told before."""
    trig = text[ev.trigger_start:ev.trigger_end]
    if ev.root != _CONSULT or len(trig) > len(trig.split(None, 1)[0]):
        return False
    nxt = text[ev.trigger_end:ev.trigger_end + 12].split(None, 1)[:1]
    return bool(nxt) and normalize(nxt[0].strip(_STRIP)) in preps and ev.source_span[0] > ev.trigger_end + len(nxt[0])


def _joined(doc, ev, events, sets, lex) -> bool:
    """"واستدعت الخارجية القائم بالأعمال الإيراني، وطالبته بالإفراج عن السفينة": a verb joined by و whose subject is
    the clause's before it (the same source as the sentence's event just before) and whose object is a pronoun suffix
    names that event's object: its target is copied (session 33)."""
    first = doc.text[ev.trigger_start:ev.trigger_end].split(None, 1)[0].strip(_STRIP)
    if first[:1] != "و" or first[-1:] not in ("ه", "م", "ا") or not _pronoun(normalize(first), sets["suffix"], lex):
        return False
    prev = max((e for e in events if e is not ev and e.sentence == ev.sentence and e.trigger_start < ev.trigger_start
                and ":verb:" in e.rule),
               key=lambda e: e.trigger_start, default=None)
    # (session 44: no noun between, the first verb's setting or content -- "خلال اللقاء", "وتطبيع العلاقات
    # مع إسرائيل")
    if prev is None or prev.source_actor_id != ev.source_actor_id or not prev.target_actor_id:
        return False   # (only the act right before: "تعترف بالبطريرك وتدعوه": the patriarch, no actor, is no target)
    copy_side(ev, "target", prev, "target")   # (every field: the ب-phrase's actor of _content_target goes)
    ev.rule += ":tgt-obj-pron"
    return True


def _content_target(text: str, ev) -> bool:
    """(session 44) "وطالبه بترحيل المقاتلين الأجانب من سوريا": the verb's object is its pronoun suffix, so an actor
    read after it inside the ب-phrase right after the trigger is the demanded act's, not the addressee."""
    if not ev.target_span or ev.target_span[0] < ev.trigger_end:
        return False
    after = text[ev.trigger_end:ev.target_span[0]].split()
    return bool(after) and after[0].startswith("ب") and text[ev.trigger_start:ev.trigger_end].split()[0][-1:] in "هما"


_BUT_PRON = frozenset(("لكنه", "لكنها", "ولكنه", "ولكنها", "لكنهم", "ولكنهم"))


def _but_object(doc, ev, sets, lex) -> bool:
    """(session 55, lead) "قال ألبانيزي إن بكين لم تخالف القانون، لكنه طالبها بتقديم إخطار": after "لكنه" (but he)
    the verb's object pronoun names the actor of the reported clause before it -- the last actor named in the
    sentence between the source and the verb that is not the source."""
    text = doc.text
    before = text[max(ev.sentence_start, ev.trigger_start - 12):ev.trigger_start].split()
    if not before or normalize(before[-1].strip(_STRIP)) not in _BUT_PRON:
        return False
    first = text[ev.trigger_start:ev.trigger_end].split(None, 1)[0].strip(_STRIP)
    if first[-1:] not in ("ه", "م", "ا") or not _pronoun(normalize(first), sets["suffix"], lex):
        return False
    best = None
    for a in doc.actors:
        if not a.code or a.id == ev.source_actor_id or a.code == ev.source_code:
            continue
        for sp in a.spans:
            if ev.source_span[1] <= sp[0] and sp[1] <= ev.trigger_start and (best is None or sp > best[1]):
                best = (a, sp)
    if best is None:
        return False
    fill_side(ev, "target", best[0], best[1])
    ev.rule += ":tgt-obj-pron"
    return True


def apply(doc, events: list) -> None:
    sets = lex = None
    text = doc.text
    for ev in events:
        if ev.lang == "ar" and ":verb:" in ev.rule and (not ev.target_code and not ev.target_actor_id
                                                     or _content_target(text, ev)) \
                and ev.source_actor_id and ev.source_span and ev.source_span[1] <= ev.trigger_start \
                and ev.sentence is not None and text[ev.trigger_start:ev.trigger_start + 1] == "و":
            if sets is None:
                sets = kind_sets("verb_object_pronoun_ar.tsv", _KINDS)
                lex = get_lexicon("ar")
            if _joined(doc, ev, events, sets, lex):
                continue
        if ev.lang == "ar" and ":verb:" in ev.rule and (not ev.target_code and not ev.target_actor_id
                                                     or _content_target(text, ev)) \
                and ev.source_actor_id and ev.source_span and ev.source_span[1] <= ev.trigger_start \
                and ev.sentence is not None and text[ev.trigger_start:ev.trigger_start + 1] != "و":
            if sets is None:
                sets = kind_sets("verb_object_pronoun_ar.tsv", _KINDS)
                lex = get_lexicon("ar")
            if _but_object(doc, ev, sets, lex):
                continue
        if ev.lang != "ar" or ":verb:" not in ev.rule or ev.target_code or ev.target_actor_id or not ev.source_span \
                or ev.source_span[0] < ev.trigger_end or ev.sentence is None:
            continue
        first = text[ev.trigger_start:ev.trigger_end].split(None, 1)[0].strip(_STRIP)
        if sets is None:
            sets = kind_sets("verb_object_pronoun_ar.tsv", _KINDS)
            lex = get_lexicon("ar")
        if not _prep_pronoun(text, ev, sets["prep"]) and (first[-1:] not in ("ه", "م", "ا")
                                                           or not _pronoun(normalize(first), sets["suffix"], lex)):
            continue   # (ه، م، ا: the last letter of every suffix -- most verbs carry none)
        before = text[max(ev.sentence_start, ev.trigger_start - 10):ev.trigger_start].split()
        if before and normalize(before[-1].strip(_STRIP)) in sets["rel"]:
            continue   # "اللتين تحتلهما إسبانيا": the relative's head, no actor told before
        e, first_actor = _antecedent(doc, ev, events)
        if e is not None:
            copy_side(ev, "target", e, _same_object(ev, e))
            ev.target_span = None
        elif first_actor is not None:
            fill_side(ev, "target", first_actor[0], first_actor[1])
        else:
            continue
        ev.rule += ":tgt-obj-pron"
