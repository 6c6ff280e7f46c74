"""Session 19, B6TR (own sentences): trigger rows and homographs of the sixth blind test.

1. Trigger rows (manual_ar.tsv / manual_en.tsv, block "session 19, B6TR"): رحل + a count's singular (174), عقد + محادثات
   after a pronoun PP (046), اعترض + vessels (170, not after على), أعلن + إضرابا (143), a halt of security coordination
   (160); fly / enter / violate / breach + airspace (150, the owner inside the object phrase), cross + border (190, an
   armed source only), shut + crossing (172), send soldiers (072; to a border 154), give safe passage (075 / intended
   033), call X illegitimate (111).
2. Homographs: يعد / تعد only with ب after it and not after لم; "a training flight" is no act.
Each with a guard (a near-miss that must not fire).
"""
from __future__ import annotations

import pytest

from events_helpers import events_with_prefix
from marsad.pipeline import Pipeline

PUB = "2024-05-16"


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


def _evs(pipe, text, code_prefix=""):
    return events_with_prefix(pipe, text, code_prefix, published_at=PUB)


def _show(evs):
    return [(e.cameo, e.trigger, e.source_code, e.target_code, e.rule) for e in evs]


def _one(pipe, text, code_prefix):
    """The one current (not background) event of the code prefix."""
    evs = [e for e in _evs(pipe, text, code_prefix) if not e.historical]
    assert len(evs) == 1, _show(evs)
    return evs[0]


# ----------------------------------------------------------------------------- 1. Arabic trigger rows
def test_deported_a_count_of_migrants(pipe):
    ev = _one(pipe, "وقالت الوزارة إن السلطات المغربية رحلت خلال الشهر الماضي أكثر من ألف مهاجر.", "17")
    assert (ev.cameo, ev.source_code) == ("174", "MARGOV")


def test_departed_without_person_object_is_no_deportation(pipe):
    # guard: رحل without a person object ("left")
    evs = _evs(pipe, "رحل الوفد المغربي عن المدينة بعد ساعتين.", "17")
    assert evs == [], _show(evs)


def test_held_talks_after_pronoun_pp(pipe):
    ev = _one(pipe, "واستقبل الرئيس المصري الوزير الأردني في القاهرة حيث عقد معه جلسة محادثات استمرت ساعة.", "046")
    assert ev.source_code == "EGYGOV" and "عقد" in ev.trigger


def test_cabinet_session_is_no_talks(pipe):
    # guard: عقد + جلسة alone is a body's own session
    evs = _evs(pipe, "عقد مجلس الوزراء الأردني جلسة استثنائية أمس.", "04")
    assert evs == [], _show(evs)


def test_coast_guard_intercepted_boats(pipe):
    ev = _one(pipe, "أعلن خفر السواحل الليبي أنه اعترض أمس خمسة قوارب قبالة طرابلس.", "17")
    assert (ev.cameo, ev.source_code[:3]) == ("170", "LBY")


def test_objected_to_buying_boats_is_no_interception(pipe):
    # guard: اعترض على = objected
    evs = _evs(pipe, "واعترضت المعارضة الليبية على شراء خمسة قوارب جديدة.", "17")
    assert evs == [], _show(evs)


def test_declared_a_strike(pipe):
    ev = _one(pipe, "وأعلنت النقابات المغربية إضرابا عاما في العاصمة.", "14")
    assert (ev.cameo, ev.trigger.split()[0]) == ("143", "وأعلنت")


def test_announced_halt_of_security_coordination(pipe):
    ev = _one(pipe, "وأعلنت الحكومة العراقية وقف التنسيق الأمني مع تركيا.", "16")
    assert (ev.cameo, ev.source_code, ev.target_code) == ("160", "IRQGOV", "TUR")


def test_halted_security_coordination_verb(pipe):
    ev = _one(pipe, "وأوقفت السلطة الفلسطينية التنسيق الأمني مع إسرائيل أمس.", "16")
    assert (ev.cameo, ev.source_code[:3], ev.target_code) == ("160", "PSE", "ISR")


def test_ceasefire_stays_ceasefire(pipe):
    # guard: وقف إطلاق النار keeps its own row
    evs = _evs(pipe, "وأعلنت الحكومة السودانية وقف إطلاق النار في دارفور.", "16")
    assert evs == [], _show(evs)


# ----------------------------------------------------------------------------- 1. English trigger rows
def test_jets_flew_into_airspace(pipe):
    ev = _one(pipe, "Two Russian fighter jets flew into Estonian airspace on Monday, the Estonian army said.", "15")
    assert (ev.cameo, ev.source_code, ev.target_code) == ("150", "RUSMIL", "EST")


def test_violated_airspace_is_a_show_of_force(pipe):
    ev = _one(pipe, "Turkish warplanes violated Greek airspace on Friday.", "15")
    assert (ev.source_code, ev.target_code) == ("TURMIL", "GRC")


def test_violated_a_law_stays_128(pipe):
    # guard: violate without airspace keeps the norms row
    ev = _one(pipe, "The Serbian government violated the agreement with Kosovo, Pristina said.", "12")
    assert ev.cameo == "128"


def test_troops_crossed_the_border(pipe):
    ev = _one(pipe, "Armenian troops crossed the border into Azerbaijan on Sunday.", "19")
    assert (ev.cameo, ev.source_code, ev.target_code) == ("190", "ARMMIL", "AZE")


def test_migrants_crossing_the_border_is_no_event(pipe):
    # guard: an unarmed subject
    evs = _evs(pipe, "Hundreds of migrants crossed the border into Greece on Sunday.", "19")
    assert evs == [], _show(evs)


def test_shut_the_crossing(pipe):
    ev = _one(pipe, "Hungary shut the Roszke crossing on Monday.", "17")
    assert (ev.cameo, ev.source_code) == ("172", "HUN")


def test_shut_down_the_internet_stays(pipe):
    # guard: the internet row (1721)
    ev = _one(pipe, "The Iranian government shut down the internet on Friday.", "17")
    assert ev.cameo == "1721"


def test_sent_soldiers_to_the_border_is_mobilisation(pipe):
    ev = _one(pipe, "Serbia sent 1,500 soldiers to the border with Kosovo.", "15")
    assert (ev.cameo, ev.source_code) == ("154", "SRB")


def test_sent_soldiers_to_an_ally_is_military_aid(pipe):
    # guard: no border: military assistance
    ev = _one(pipe, "Britain sent 500 soldiers to Estonia.", "07")
    assert (ev.cameo, ev.source_code, ev.target_code) == ("072", "GBR", "EST")


def test_would_give_safe_passage(pipe):
    ev = _one(pipe, "The Spanish government said it would give the former minister safe passage.", "03")
    assert (ev.cameo, ev.source_code, ev.modality) == ("033", "ESPGOV", "future")


def test_gave_a_speech_is_no_safe_passage(pipe):
    # guard
    evs = [e for e in _evs(pipe, "The Spanish prime minister gave a speech in Madrid on Monday.") if e.cameo[:2] in ("03", "07", "08")]
    assert evs == [], _show(evs)


def test_called_the_government_illegitimate(pipe):
    ev = _one(pipe, "President Petro called the Venezuelan government illegitimate on Friday.", "11")
    assert (ev.cameo, ev.target_code) == ("111", "VENGOV")


def test_called_for_talks_stays_an_appeal(pipe):
    # guard
    evs = _evs(pipe, "President Petro called for talks with the Venezuelan government on Friday.", "11")
    assert evs == [], _show(evs)


# ----------------------------------------------------------------------------- 2. homographs
def test_no_longer_is_no_promise(pipe):
    evs = _evs(pipe, "قال الوزير إن المخيم لم يعد يتسع لأحد.", "03")
    assert evs == [], _show(evs)


def test_no_longer_possible_is_no_promise(pipe):
    evs = _evs(pipe, "لم يعد بإمكان الحكومة الأردنية استقبال المزيد من اللاجئين.", "03")
    assert evs == [], _show(evs)


def test_is_considered_is_no_promise(pipe):
    evs = _evs(pipe, "وتعد ألمانيا الشريك التجاري الأول للصين في أوروبا.", "03")
    assert evs == [], _show(evs)


def test_prepared_a_plan_is_no_promise(pipe):
    evs = _evs(pipe, "أعد الجيش المصري خطة للانتشار في سيناء.", "03")
    assert evs == [], _show(evs)


def test_promises_with_ba_stays(pipe):
    # guard: the imperfect promise with ب
    ev = _one(pipe, "يعد الرئيس الفرنسي بتقديم مساعدات إلى لبنان.", "030")
    assert ev.source_code == "FRAGOV"


def test_promised_perfect_stays(pipe):
    # guard: the perfect, with or without ب
    ev = _one(pipe, "ووعدت الحكومة المغربية بتقديم مساعدات إلى ليبيا.", "030")
    assert ev.source_code == "MARGOV"


def test_training_flight_is_no_act(pipe):
    evs = [e for e in _evs(pipe, "The Belarusian pilots were on a training flight, the defence ministry said.")
           if "training" in e.trigger]
    assert evs == [], _show(evs)


def test_training_fighters_stays(pipe):
    # guard: the verb
    evs = [e for e in _evs(pipe, "The Iraqi army is training Kurdish fighters near Erbil.") if "training" in e.trigger]
    assert len(evs) == 1, _show(evs)


# ----------------------------------------------------------------------------- 3. visit noun with its agent in a relative clause
def test_visit_made_by_two_visitors(pipe):
    evs = [e for e in _evs(pipe, "ووقع البلدان اتفاقا خلال زيارة قامت بها وزيرة الخارجية الفرنسية ووزير الخارجية "
                                 "الألماني إلى بغداد أمس.", "042")]
    assert sorted((e.source_code, e.target_code) for e in evs) == [("DEUGOV", "IRQ"), ("FRAGOV", "IRQ")], _show(evs)


def test_the_visit_which_he_made(pipe):
    ev = _one(pipe, "ووقع البلدان الاتفاق خلال الزيارة التي قام بها وزير الخارجية الفرنسي إلى بغداد أمس.", "042")
    assert (ev.source_code, ev.target_code) == ("FRAGOV", "IRQ")


def test_visit_he_is_making(pipe):
    evs = [e for e in _evs(pipe, "وبحث الجانبان ذلك خلال زيارة يقوم بها الرئيس التركي إلى الجزائر.", "042")]
    assert [(e.source_code, e.target_code) for e in evs] == [("TURGOV", "DZA")], _show(evs)


def test_visit_with_genitive_agent_unchanged(pipe):
    # guard: the genitive agent, no relative clause
    ev = _one(pipe, "وقال الوزير إن زيارة ولي العهد السعودي إلى القاهرة ناجحة.", "042")
    assert (ev.source_code, ev.target_code) == ("SAUGOV", "EGY") and ":visit-agent" not in ev.rule


# ----------------------------------------------------------------------------- 4. one-way acts
def test_arrest_beside_an_exchange_of_fire_is_one_way(pipe):
    evs = [e for e in _evs(pipe, "وقال الجيش التركي في بيان إن قواته اعتقلت \"مطلوبين\" وتبادلت إطلاق النار مع مسلحين.",
                           "173")]
    # (the target is no longer the gunmen of the joined exchange of fire: the object search stops at وتبادلت, s20 ARB)
    assert [(e.source_code, e.target_code) for e in evs] == [("TURMIL", None)], _show(evs)


def test_reciprocal_clash_stays_both_ways(pipe):
    # guard: the exchange of fire itself keeps both directions
    evs = [e for e in _evs(pipe, "وقال الجيش التركي في بيان إن قواته اعتقلت \"مطلوبين\" وتبادلت إطلاق النار مع مسلحين.",
                           "19")]
    assert sorted((e.source_code, e.target_code) for e in evs) == [("TURMIL", "UAF"), ("UAF", "TURMIL")], _show(evs)
