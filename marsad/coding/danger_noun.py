"""A threat noun that names a kind of danger is no threat (session 21, B8EV).

"اتفق الوزيران على تعزيز التنسيق لمواجهة التهديدات الأمنية على الحدود", "cooperation against security threats": the
threat noun (``danger_noun.tsv`` kind ``threat``, the stem without the article) right before a kind adjective (kind
``kind_ar``: الأمنية، الإرهابية، السيبرانية …) or, in English, right after one (kind ``kind_en``: security, terrorist,
cyber …) names a danger the parties face -- no one threatens anyone.  Such a one-word event of root 13 is dropped.
"هدد الجيش بالرد"، "تهديدات إسرائيل للبنان"، "the threat of sanctions", "a security threat from Russia's drills" told
as a word of the speaker stay when no kind adjective is next to the noun ("تهديدات إسرائيل" keeps its genitive agent).
Session 49 (prec49): so does a definite threat noun (التهديد، التهديدات: no genitive agent can follow it) right after
a masdar of removing or countering it (kind ``counter_ar``: إزالة، مواجهة، تحييد، درء: "أطلق الجنود النار "لإزالة
التهديد"") -- the danger an act meets, no one's threat.
Session 53 (prec53): an Arabic threat noun that is the predicate of a verb of constituting or a source noun (kind
``pose_ar``: تشكل، يشكل، مصدر، ليس …, at most three words before it with no punctuation between: "لن تكون مصدر تهديد
لأي من جيرانها"، "تعهد بألا تشكل سوريا تهديدا لأي من دول الجوار"، "ما تزال تشكل تهديدا مباشرا لأمننا") names a
danger someone is or is not, as the English "poses a threat" (no event) -- no one is threatened by a speaker.
"""
from __future__ import annotations

from .hazards import listed, stem_of
from .structure import drop_one_word, kind_sets

_KINDS = ("threat", "kind_ar", "kind_en", "counter_ar", "pose_ar")
_POSE_GAP = 3   # words from the verb of constituting to the threat noun (its subject may stand between)
_ARTICLE = ("ال", "وال", "فال", "بال", "لل")   # a definite Arabic noun (normalised), with its proclitics

# the roots / CAMEO codes drop acts on: the events stage skips it for a sentence with none
ACTS_ON = frozenset(("13",))


def drop(words, evs: list, lang: str) -> list:
    sets = kind_sets("danger_noun.tsv", _KINDS)

    def danger(k: int) -> bool:
        if stem_of(words[k]) not in sets["threat"]:
            return False
        if lang == "ar":
            if k > 0 and words[k].norm.startswith(_ARTICLE) and listed(words[k - 1], sets["counter_ar"]):
                return True   # "لإزالة التهديد": the danger an act meets
            for j in range(k - 1, max(-1, k - 1 - _POSE_GAP), -1):
                if words[j].punct and words[j].text not in ('"', "«", "»", "“", "”"):
                    break
                if listed(words[j], sets["pose_ar"]):
                    return True   # "تشكل تهديدا لأمننا"، "مصدر تهديد": the danger one poses (session 53)
            return k + 1 < len(words) and words[k + 1].norm in sets["kind_ar"]   # التهديدات الأمنية
        return lang == "en" and k > 0 and words[k - 1].norm in sets["kind_en"]   # security threats
    return drop_one_word(words, evs, ACTS_ON, danger)
