"""Session 35, gsr35 (issue #7, the Arabic GSR dev data): our own sentences.

1. A VSO fire verb whose object follows a fronted adverbial, a long subject and a comma (`coding/fronted.py`,
   session 16 DET2): the time word فجر (also the verb "detonated") and a verb inside the subject that carries a
   pronoun back to it ("طائرة … يقودها / وتوجهها …") no longer end the subject as a clause of their own.
"""
import pytest

from marsad.pipeline import Pipeline

_P = Pipeline()


def _events(text, date="2024-06-12"):
    doc = _P(text, published_at=date)
    return [(e.cameo, e.source_code, e.target_code, e.rule) for e in doc.events]


def _codes(text):
    return [e[0] for e in _events(text)]


# --- 1. the fronted adverbial's subject: a time word that is also a verb form; a describing verb with a pronoun back
@pytest.mark.parametrize("text", [
    "أطلقت فجر اليوم مروحية عسكرية من طراز أباتشي، صواريخ على مستودع قرب الميناء.",
    "أطلقت بعد منتصف الليل طائرة مسيرة تقودها «الاستخبارات»، صواريخ على مزرعة في قرية حدودية.",
    "أطلقت مساء أمس طائرة حربية من طراز إف 16 ويوجهها طيار أجنبي، قذائف على شاحنة في الطريق الساحلي.",
])
def test_fire_verb_object_after_a_long_subject(text):
    assert "195" in _codes(text), _events(text)


@pytest.mark.parametrize("text", [
    # a verb with no pronoun back to the subject opens a clause of its own: the comma still ends the object search
    "أطلقت بعد منتصف الليل الحكومة برنامجا جديدا وأعلنت خطة للإصلاح، صواريخ الحوار لا تكفي.",
    # a verb right after the adverbial, before any subject word, is no describing clause
    "أطلقت بعد الظهر وجهتها الحكومة نحو الشمال، صواريخ قديمة.",
])
def test_fire_verb_comma_still_ends_the_clause(text):
    assert "195" not in _codes(text), _events(text)


# --- 2. the light verb شن + هجوما with an unarmed speaker subject and a political target: a verbal attack (111)
@pytest.mark.parametrize("text", [
    "شنت أطراف المعارضة هجوما شديدا على رئيس الحكومة بسبب تصريحاته الأخيرة.",
    "وشن النائب هجوما عنيفا على وزير الداخلية متهما إياه بالفشل في إدارة الملف.",
    "شنت أحزاب المعارضة هجوما عنيفا على رئيس البرلمان على خلفية دعوته إلى تأجيل الانتخابات.",
])
def test_light_verb_attack_by_a_speaker_is_verbal(text):
    codes = _codes(text)
    assert "111" in codes and "190" not in codes, _events(text)


@pytest.mark.parametrize("text", [
    "شن المسلحون هجوما عنيفا على مواقع الجيش في الجبل.",            # armed subject
    "شنت المعارضة هجوما على مواقع الجيش في الشمال.",                # a military target
    "شنت المعارضة المسلحة هجوما على مقر الحكومة في المدينة.",       # the armed opposition
    "شنت فصائل المعارضة هجوما على مقر الحكومة في المدينة.",         # factions: an armed head word
])
def test_light_verb_attack_stays_armed(text):
    assert "190" in _codes(text), _events(text)


# --- 3. an attack noun that is the subject of a modal predicate takes the predicate's modality
def _mods(text, trig):
    doc = _P(text, published_at="2024-06-12")
    return [(e.modality, e.negated) for e in doc.events if trig in e.trigger]


def test_attack_noun_subject_of_a_conditional_modal_verb():
    text = "وأضاف المسؤول أن غارات جوية يمكن أن تستهدف مخازن السلاح إذا لم تنسحب الفصائل من المدينة."
    assert _mods(text, "غارات") and all(m != "asserted" for m, _ in _mods(text, "غارات")), _events(text)


def test_attack_noun_before_a_past_verb_stays_asserted():
    text = "وقالت الشرطة إن غارات جوية استهدفت أمس مخازن السلاح قرب المدينة."
    doc = _P(text, published_at="2024-06-12")
    got = [e for e in doc.events if e.root == "19"]
    assert got and all(e.modality == "asserted" and ":modal-subj" not in e.rule for e in got), _events(text)


# --- 4. a bomb set off near a building aims at the building's owner (the owner only, not the building's place)
@pytest.mark.parametrize("text,target", [
    ("انفجرت سيارة مفخخة أمام مقر وزارة الداخلية العراقية في بغداد صباح اليوم.", "IRQGOV"),
    ("انفجرت عبوة ناسفة بالقرب من مقر حزب المؤتمر الوطني في الخرطوم.", "SDNPTY"),
])
def test_bomb_near_a_building_targets_its_owner(text, target):
    got = [e for e in _events(text) if e[0] == "183"]
    assert got and got[0][2] == target, _events(text)


def test_bomb_near_an_ownerless_building_has_no_target():
    # the building's place is no target: where a bomb went off is not what it aimed at
    got = [e for e in _events("انفجرت عبوة ناسفة قرب مدرسة في بلدة المقدادية العراقية.") if e[0] == "183"]
    assert got and got[0][2] is None, got
