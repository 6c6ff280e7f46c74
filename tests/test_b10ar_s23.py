"""Session 23, B10AR: causes of the tenth blind test on the Arabic side, with our own sentences (not the blind
articles'): a partitive apposition ("، بينها …،") between a subject and its verb's object; a denial whose object is
ما / الذي ("وهو ما نفته الوزارة"); a comment on an act that is no event ("أصدر قرارا …، وهو ما رفضه …")."""
from __future__ import annotations

from events_helpers import full


def _ev(text):
    return [(e.cameo, e.source_code, e.target_code) for e in full(text).events]


# --- a partitive apposition between the subject and the object (parenthetical_ar.py, cue incl)

def test_partitive_clause_keeps_the_verb_and_its_coordinated_verb():
    evs = _ev("نددت أحزاب كردية إيرانية معارضة، بينها حزب كومله، بالاتفاق، وطالبت الأمم المتحدة بحماية اللاجئين.")
    assert any(c == "111" and s == "IRNPTY" for c, s, _ in evs)
    # the coordinated verb keeps the first verb's subject; the UN is its addressee, not its source
    assert ("100", "IRNPTY", "IGOUNO") in evs


def test_partitive_clause_after_min_and_abrazuha():
    assert any(c == "051" and s == "ARB" for c, s, _ in _ev("رحبت دول عربية، من بينها مصر والأردن، بالاتفاق."))
    assert any(c == "111" and s == "NGO" for c, s, _ in
               _ev("انتقدت منظمات حقوقية، أبرزها منظمة العفو الدولية، قرار الحكومة المصرية."))


def test_guard_victims_named_among_a_count_stay_the_target():
    # no actor before the clause: "بينهم ثلاثة جنود أمريكيين" names the victims (the among rule)
    assert ("190", None, "USAMIL") in _ev("قتل عشرة أشخاص، بينهم ثلاثة جنود أمريكيين، في هجوم على قاعدة عسكرية في سوريا.")


# --- a denial whose object is the relative ما (antecedent_act.relative_object)

def test_denial_through_wahuwa_ma_with_object_pronoun():
    evs = _ev("اتهمت الحكومة الصومالية إثيوبيا بانتهاك سيادتها، وهو ما نفته وزارة الخارجية الإثيوبية.")
    assert ("016", "ETHGOV", "SOMGOV") in evs
    evs = _ev("اتهم الجيش السوداني قوات الدعم السريع بقصف المستشفى، وهو ما نفته قوات الدعم السريع.")
    assert ("016", "SDNREB", "SDNMIL") in evs


def test_guard_denial_needs_the_relative_opener():
    # no وهو ما before the verb: نفى with a pronoun and no listed object stays no event
    evs = _ev("اتهمت الحكومة الصومالية إثيوبيا بانتهاك سيادتها، ونفته وزارة الخارجية الإثيوبية بشدة.")
    assert not any(c == "016" for c, _, _ in evs)


# --- a comment on an act that is no event: the first clause's subject (antecedent_act, :antecedent-subj)

def test_rejection_of_a_decree_that_is_no_event_targets_its_issuer():
    assert ("120", "TUNOPP", "TUNGOV") in _ev("أصدر الرئيس التونسي قرارا بحل البرلمان، وهو ما رفضه حزب النهضة.")


def test_guard_rejection_with_an_earlier_event_keeps_that_events_source():
    evs = _ev("فرض الاتحاد الأوروبي عقوبات على ثلاث شركات إيرانية، وهو ما نددت به طهران.")
    assert ("111", "IRNGOV", "IGOEUREEC") in evs
