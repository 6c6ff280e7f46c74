"""Verb triggers written like common nouns (Arabic, round 15).

أسر is "captured" (أسر مقاتلو الحركة جنديين، أسروا ثلاثة جنود) and "families" (أسر الضحايا، أسرته).  Its trigger
row (``manual_ar.tsv``, cond ``homograph``) would match every family word, so :func:`verb_readings` (hook right
after the actor arguments of a sentence are read, before the sentence is coded) keeps such a trigger only for the
forms listed for its lemma in ``homographs_ar.tsv``: an unambiguous verb form (أسروا، أسرت), or the bare form when
an actor starts right after it (the subject) and an object follows that actor within 4 words (an actor without a
preposition, a number or a count word).  The other triggers pass untouched (one attribute test each).
"""
from __future__ import annotations

from ..lang.normalize import normalize
from ..resources import cached, data_path, read_tsv_dicts

_COUNT_WORDS = frozenset(normalize(w) for w in (
    "عشرات", "مئات", "آلاف", "عددا", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة",
    "اثنين", "جنديا", "جنديين", "عنصرين", "مقاتلين", "مسلحين", "رهائن", "رهينة", "رهينتين", "بحارة"))
OBJECT_WINDOW = 4
# (session 43) "وهنأ المبعوث في منشور على منصة إكس الرئيس عون": a means / setting phrase between the subject and the
# object widens the window
OBJECT_WINDOW_PP = 8
_MEANS_PREPS = frozenset(("في", "عبر", "خلال"))
_QUOTES = ("\"", "«", "“", "'")


def _load() -> dict:
    out: dict[str, dict[str, str]] = {}
    for r in read_tsv_dicts(data_path("coding", "homographs_ar.tsv")):
        lemma, form, reading = (r.get("lemma") or "").strip(), (r.get("form") or "").strip(), (r.get("reading") or "").strip()
        if lemma and form and reading == "written_verb":
            # kept as written (session 54 armiss54): the hamza that normalisation drops tells the verb هنأ from هنا
            out.setdefault(lemma, {})["raw:" + form] = reading
        elif lemma and form and reading:
            out.setdefault(lemma, {})[normalize(form)] = reading
    return out


def table() -> dict:
    return cached("coding.homographs.ar", _load)


def _star_sets() -> tuple:
    """The forms of each reading of the ``*`` rows (every lemma's context words): (openers, neg_before, (noun_before,
    noun_after), among_after, subject_head, object_noun, setting_noun, occasion_after), built once with the table --
    not for every sentence with a homograph trigger (session 50, SPD50)."""
    def load() -> tuple:
        star = table().get("*", {})

        def of(reading: str) -> frozenset:
            return frozenset(f for f, r in star.items() if r == reading)
        return (of("opener"), of("neg_before"), (of("noun_before"), of("noun_after")), of("among_after"),
                of("subject_head"), of("object_noun"), of("setting_noun"), of("occasion_after"))
    return cached(("coding.homographs.ar", "star"), load)


def _object_after(words, args, k: int, objects=frozenset(), occasions=frozenset()) -> bool:
    """An object within OBJECT_WINDOW words from word ``k``: an actor with no preposition, a number or a count word;
    or right at ``k`` a noun of ``objects`` with its pronoun (ضيفه، نظيره: "هنأ بوتين ضيفه بإجراء …", session 45);
    or, within the window, the occasion of ``occasions`` that follows the object ("هنأ رئيس البرلمان الوزيرة
    الجديدة بتوليها المنصب": the object a name the actor reader does not know, session 52)."""
    if k < len(words) and words[k].norm in objects:
        return True
    hi = min(len(words), k + (OBJECT_WINDOW_PP if k < len(words) and words[k].norm in _MEANS_PREPS else OBJECT_WINDOW))
    for j in range(k, hi):
        x = words[j]
        if x.punct:
            hi = j
            break
        if x.norm in _COUNT_WORDS or x.text[:1].isdigit() or x.norm in occasions:
            return True
    return any(k <= a.i0 < hi and not a.prep for a in args)


_QAD = frozenset(("قد", "فقد", "وقد", "لقد"))
_KAMA = frozenset(("كما", "وكما"))


def _amma_before(words, i: int) -> bool:
    """Is the word at ``i`` (with ف) the answer of an أما earlier in its clause ("أما الأمين العام للأمم المتحدة
    فدان …": as for X, he condemned), within 14 words and no punctuation but commas between?"""
    for k in range(i - 1, max(-1, i - 15), -1):
        x = words[k]
        if x.punct and x.text not in ("،", ","):
            return False
        if x.norm == "اما":
            return True
    return False


def _keep(words, args, i: int, forms: dict, openers, negs=frozenset(), nouns=(frozenset(), frozenset()),
          amongs=frozenset(), heads=frozenset(), objects=frozenset(), settings=frozenset(),
          occasions=frozenset()) -> bool:
    w = words[i]
    nm = w.norm
    raw = w.text[1:] if w.text[:1] in ("و", "ف") else w.text
    if forms.get("raw:" + raw) == "written_verb" or forms.get("raw:" + w.text) == "written_verb":
        return True   # "وهنأ روتو نظيره …": written with its hamza هنأ is the verb whatever its subject (s54)
    reading = forms.get(nm)
    if reading is None and nm[:1] in ("و", "ف"):
        reading = forms.get(nm[1:])
    if reading is None:
        return False
    if reading == "verb":
        return True
    if reading in ("subject", "subject_object", "joined") and (
            (i > 0 and words[i - 1].norm in _QAD) or (nm[:1] == "ف" and _amma_before(words, i))):
        return True   # "فقد دان الهجوم" (قد + a perfect: a verb), "أما الأمين العام فدان …" (the answer of أما; s41)
    if reading == "verb_unless_noun":   # ثمنا (session 29 B20AR): "the two praised", or the noun "a price"
        # ("ستدفعان ثمنا باهظا": after a verb of paying, or before an adjective of cost, lemma *)
        return not ((i > 0 and words[i - 1].norm in nouns[0]) or (i + 1 < len(words) and words[i + 1].norm in nouns[1]))
    if reading == "not_after_neg":   # يعد / تعد (session 19 B6TR): "لم يعد" = no longer, not a negated promise
        # "يعد من أكثر المناطق تحصينا": is one of (reading among_after, session 29), not a promise
        return not (i > 0 and words[i - 1].norm in negs) and not (i + 1 < len(words) and words[i + 1].norm in amongs)
    if reading == "after_neg":   # تدن / يدن (session 22 STR): the jussive of أدان, a verb only right after لم
        return i > 0 and words[i - 1].norm in negs
    if reading == "joined" and i + 1 < len(words) and (i == 0 or words[i - 1].text in ("،", ",", ".")):
        # "…، ودان \"الاعتداء\"": a verb joined after a comma with its object right after it (a definite noun or a
        # quotation mark; the name Dan is followed by a name: "ودان مرغليت"), its subject the clause's (session 14);
        # (session 50) also opening its sentence, its subject the sentence's before ("وشكر الدول التي ساعدت …")
        nxt = words[i + 1]
        if nxt.norm.startswith("ال") or nxt.text[:1] in _QUOTES:
            return True
        if nxt.norm == "في" and i + 2 < len(words) and words[i + 2].norm in settings:
            return True   # "…، وشكر في بيان للرئاسة الدول الأعضاء": a setting phrase of the telling between the verb
            # and its object -- thanks (the noun) are not "in a statement" first (session 50)
        if any(a.i0 == i + 2 and not a.prep for a in args) and not nxt.punct:
            return True   # "…، وثمن جهود الكويت والولايات المتحدة": a construct object whose genitive is an actor (s33)
    if reading in ("subject", "subject_object") and i > 0 and words[i - 1].norm in _KAMA and i + 2 < len(words) \
            and not words[i + 1].punct and not any(a.i0 == i + 1 for a in args) and (
                words[i + 1].norm.startswith("ال") or words[i + 1].text[:1] in _QUOTES
                or (words[i + 2].norm.startswith("ال") and "rel" not in words[i + 2].cue)):
        return True   # "…، كما دان الهجوم" / "كما دان إطلاق الصواريخ": after كما the clause's verb with its object
        # right after it, a definite noun or a construct (its subject the sentence's; the name Dan is followed by a
        # surname; session 49, armiss49)
    if reading == "joined":
        reading = forms.get(nm[1:])   # else read as the bare form
        if reading is None:
            return False
    # subject_object: opening its clause, the subject actor right after the word, then its object; subject: the
    # subject alone ("ودان الرئيس الهجوم"; the bare دان is also the name Dan, session 12)
    if i > 0 and not words[i - 1].punct and words[i - 1].norm not in openers:
        return False
    # the subject opens right after the word, or after one or two head words of its title phrase: "ودان مكتب رئيس
    # الوزراء" (s40), "وهنأ رئيس مفوضية الاتحاد الأفريقي الشعب …" (the body's actor starts at الاتحاد; s49 armiss49)
    starts = [i + 1]
    while len(starts) < 3 and starts[-1] < len(words) and words[starts[-1]].norm in heads:
        starts.append(starts[-1] + 1)
    subj = next((a for a in args if a.i0 in starts and not a.prep), None)
    return subj is not None and (reading == "subject" or _object_after(words, args, subj.i1, objects, occasions))


def verb_readings(trigs, words, args):
    """``trigs`` ([(word index, last index, Trigger, prep index)]) without the homograph triggers (cond
    ``homograph``) whose word is not read as the verb."""
    for t in trigs:
        if t[2].cond == "homograph":
            break
    else:
        return trigs
    tab = table()
    op, negs, nouns, amongs, heads, objects, settings, occasions = _star_sets()
    return [t for t in trigs if t[2].cond != "homograph" or _keep(words, args, t[0], tab.get(t[2].lemma, {}), op, negs,
                                                                  nouns, amongs, heads, objects, settings, occasions)]
