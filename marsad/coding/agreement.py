""""واتهم الحكومة التركية بالتخلي عن …": a masculine verb does not agree with a feminine organisation (Arabic, session 10).

A verb whose form is masculine singular (no ت / وا / تا / ن ending, no ت- prefix) cannot have for its subject the
definite feminine singular noun right after it (الحكومة، الشرطة، الخارجية، المعارضة، الجامعة: an organisation actor
whose first word ends in ة): that noun phrase is the object, and the subject is the one of an earlier joined verb
or is left unknown.  The events stage already reads state names this way (``_disagrees``: ودعا إسرائيل إلى …).
Broken plurals in ة (القادة، القضاة، الطلبة) are group actors, not organisations, and keep their reading.  A capital
standing for its state is feminine too ("ودعا القاهرة والخرطوم إلى …").  The other way round, a verb with the
feminine ending ت cannot have a phrase headed by a masculine noun (``masc_heads_ar.tsv``) for its subject:
"واستدعت السفير التركي"، "وحملت الرئيس قيس سعيد المسؤولية" (:func:`masc_object`).
"""
from __future__ import annotations

from ..lang.normalize import normalize
from .lexicon import lexicon
from .structure import form_set


def masc_verb(v: str, lemma: str = "") -> bool:
    if v[:1] in ("و", "ف") and len(v) > 4:
        v = v[1:]
    if v[:1] == "ت" and v[:2] != "تت" and len(v) >= 4 and (normalize(lemma)[:1] == "ت" if lemma else _own_t(v)):
        v = "_" + v[1:]  # the root's own ت of a Form V / VI perfect (توعد، تعهد، تحدى: session 22 B9AR2), no prefix
    if v.startswith("ست") and len(v) > 4:
        v = v[1:]      # the future سـ before the feminine ت- prefix: "سترفض مصر" (session 19 COVAR)
    if len(v) >= 5 and v.endswith(("ته", "تها", "تهم", "تهما")):
        return False   # "وهو ما رفضته طهران": the feminine ت before an object pronoun (session 13)
    # (no ن ending: the feminine plural نون ("خرجن") is rare in news and spelt as the root's own last letter, which
    # the common verbs of the news have: أعلن، أدان، ودان، طعن، ضمن -- masculine; session 44 GAPAR44)
    return len(v) >= 3 and not v.endswith(("ت", "وا", "تا")) and not v.startswith("ت")


def joined_agrees(first: str, joined: str) -> bool:
    """May the verb ``joined`` (joined by و after the clause of ``first``) go on with ``first``'s subject?  Both of
    one gender; a plural joined verb (وا) agrees with either, as a verb before its subject is singular ("تظاهر مئات
    العمال أمام الوزارة، وطالبوا بـ …": session 49, gapar49)."""
    j = joined[1:] if joined[:1] in ("و", "ف") and len(joined) > 4 else joined
    return (len(j) >= 4 and j.endswith("وا")) or masc_verb(first) == masc_verb(joined)


def _own_t(v: str) -> bool:
    """With no lemma given: is the verb form ``v`` (ت first) a Form V / VI perfect by the trigger lexicon -- all its
    verb readings of a lemma with ت first ("من جهته، تعهد الشرع …، وقال إن": تعهد is masculine; تقدم, also a
    reading of قدم, and تدعو stay feminine; session 49, gapar49)?"""
    lemmas = {t.lemma for t in lexicon("ar").lookup(v) if t.kind == "verb"}
    return bool(lemmas) and all(normalize(x)[:1] == "ت" for x in lemmas)


def fem_object(words, i, a) -> bool:
    """Is the organisation actor ``a`` right after the verb at ``i`` a feminine noun the masculine verb cannot
    have for its subject?"""
    if not masc_verb(words[i].norm):
        return False
    if a.actor.kind == "country" and a.actor.basis == "metonym":
        return True   # a capital is feminine: "ودعا القاهرة والخرطوم إلى …"، "واتهم القاهرة بمحاولة …"
    w = words[a.i0].norm
    if w in form_set("fem_heads_ar.tsv"):
        return True   # a broken plural of things: "ودعا الأمم المتحدة"، "وحث الدول الأعضاء" (session 11)
    if a.actor.kind in ("organisation", "group") and len(w) >= 5 and w.endswith("ات") and not w.startswith(("و", "ف")):
        return True   # a sound feminine plural: "ودعا شركات الطيران إلى …"، "وحث السلطات على …" (session 47)
    if a.actor.kind != "organisation":
        return False
    return len(w) > 4 and w.startswith("ال") and w.endswith("ه")


def masc_object(words, i, a, lemma: str) -> bool:
    """Is the actor ``a`` right after the verb at ``i`` (feminine ending ت: حملت، استدعت) headed by a masculine noun
    (``masc_heads_ar.tsv``: السفير، الرئيس، حزب) that cannot be its subject?  Not for a verb whose own root ends in ت
    (صوّت، ثبّت: ``lemma``)."""
    v = words[i].norm
    if v[:1] in ("و", "ف") and len(v) > 4:
        v = v[1:]
    if not v.endswith("ت") or normalize(lemma).endswith("ت"):
        return False
    w = words[a.i0].norm
    if w[:1] in ("و", "ف") and len(w) > 4 and w[1:] in form_set("masc_heads_ar.tsv"):
        return False   # (a conjunction on the actor opens a new phrase)
    if w in form_set("masc_heads_ar.tsv"):
        return True
    # "ودعت الفلسطينيين في الضفة إلى …"، "وحثت المتظاهرين على …": a definite sound masculine plural in ين (the
    # accusative / genitive form; its subject form is ون) is no subject of a feminine verb (session 19, B6AC)
    return a.actor.kind == "group" and len(w) >= 6 and w.startswith("ال") and w.endswith("ين")
