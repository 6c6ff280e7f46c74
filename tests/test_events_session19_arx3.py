"""Session 19, ARX3: Arabic actor leftovers of blind_s19 (our own sentences; each rule with a guard)."""
from __future__ import annotations

from events_helpers import full, show


def _rows(doc, prefix):
    return sorted((e.cameo, e.source_code, e.target_code) for e in doc.events if e.cameo.startswith(prefix))


def _codes(doc, surface):
    return {a.code for a in doc.actors if any(doc.text[s:e] == surface for s, e in a.spans)}


# 1. Fatah named in a dual "حركتا فتح وحماس" / "حركتي فتح" and in "وفد فتح" (organisations.tsv aliases; the bare فتح
#    "opened" stays a verb)

def test_ar_fatah_in_dual_movements():
    doc = full("وقعت حركتا فتح وحماس أمس في القاهرة اتفاقا للمصالحة الوطنية.", published_at="2026-11-30")
    rows = _rows(doc, "057")
    assert ("057", "PSEPTY", "PSEREB") in rows and ("057", "PSEREB", "PSEPTY") in rows, show(doc)


def test_ar_fatah_delegation():
    doc = full("التقى وفد فتح بوفد حماس في الدوحة أمس.", published_at="2026-11-30")
    assert ("040", "PSEPTY", "PSEREB") in _rows(doc, "040"), show(doc)


def test_ar_bare_fatah_verb_is_no_actor_guard():
    doc = full("وقالت الحكومة المصرية إن قرار فتح المعبر صدر أمس بعد اتصالات مكثفة.", published_at="2026-11-30")
    assert not any(a.code == "PSEPTY" for a in doc.actors), [(a.code, a.spans) for a in doc.actors]


# 2. "المتحدث باسم الحركة" after a movement named bare whose full name opens with حركة (حماس = حركة حماس): the
#    movement named before speaks (actors._bare_group_noun; the span takes the spokesman title as _spokesman does)

def test_ar_spokesman_of_the_movement_is_hamas():
    doc = full("ونددت حماس في بيان بالغارة الإسرائيلية على مخيم النصيرات. وقال المتحدث باسم الحركة إن الحركة "
               "ستواصل اتصالاتها مع الوسطاء.", published_at="2026-11-30")
    assert "PSEREB" in _codes(doc, "المتحدث باسم الحركة"), [(a.code, a.spans) for a in doc.actors]
    assert ("010", "PSEREB", None) in _rows(doc, "010"), show(doc)


def test_ar_movement_without_a_movement_before_guard():
    doc = full("أغلقت الشرطة الطريق الساحلي أمس. وقال المتحدث باسم الحركة إن الحركة عادت إلى طبيعتها.",
               published_at="2026-11-30")
    assert not any(a.code and a.code.startswith("PSE") for a in doc.actors), [(a.code, a.spans) for a in doc.actors]
    assert not _codes(doc, "المتحدث باسم الحركة"), [(a.code, a.spans) for a in doc.actors]


def test_ar_movement_with_adjective_is_another_guard():
    # "الحركة الوطنية" is another movement, named by its adjective
    doc = full("ونددت حماس أمس بالاعتقالات. وقال المتحدث باسم الحركة الوطنية للتغيير إن الحوار مستمر.",
               published_at="2026-11-30")
    assert "PSEREB" not in _codes(doc, "المتحدث باسم الحركة"), [(a.code, a.spans) for a in doc.actors]


# 3. A verbal noun after "وأبلغته" / "ونقل إليه": its genitive is the agent, the addressee (the summoned envoy) the
#    target (coding/masdar_agent_ar.py)

def test_ar_conveyed_rejection_genitive_is_source():
    doc = full("استدعت وزارة الخارجية المصرية أمس السفير الإثيوبي في القاهرة، وأبلغته رفض مصر القاطع للتصريحات "
               "الأخيرة.", published_at="2026-11-30")
    rows = _rows(doc, "12")
    assert ("120", "EGY", "ETHGOV") in rows, show(doc)
    assert not any(r[2] == "EGY" for r in rows), show(doc)


def test_ar_conveyed_rejection_in_quotes():
    doc = full('استدعت الخارجية الجزائرية سفير المغرب، وأبلغته "رفض الجزائر القاطع للاتهامات".',
               published_at="2026-11-30")
    assert ("120", "DZA", "MARGOV") in _rows(doc, "12"), show(doc)


def test_ar_rejection_without_conveying_verb_guard():
    # (a summons with a target before it, but "وأكدت" is no verb of conveying to the envoy)
    doc = full("استدعت وزارة الخارجية المصرية السفير الإثيوبي، وأكدت رفض مصر القاطع للتصريحات.",
               published_at="2026-11-30")
    assert not any(":masdar-agent" in e.rule for e in doc.events), show(doc)
    assert not any(e.target_code == "ETHGOV" for e in doc.events if e.cameo.startswith("12")), show(doc)


# 4. "سوف + the bare present" is a future like سـ: the conditional threat rows (threat_cond.tsv kind act_sawfa) and the
#    pronoun subject before the verb (events: the word before سوف, as before قد)

def test_ar_sawfa_conditional_threat():
    doc = full("وقال مسؤول أردني إن بلاده سوف تعيد النظر في اتفاقية المياه مع سوريا إذا واصلت دمشق خرق بنودها.",
               published_at="2026-11-30")
    assert ("130", "JORGOV", "SYR") in _rows(doc, "13"), show(doc)


def test_ar_sawfa_measures_take_the_speakers_side():
    doc = full("وقال وزير الخارجية المصري إن بلاده سوف تتخذ إجراءات أخرى إذا استمرت الاعتداءات الإسرائيلية.",
               published_at="2026-11-30")
    rows = _rows(doc, "13")
    assert rows and all(r[1] == "EGYGOV" for r in rows), show(doc)


def test_ar_sawfa_pronoun_subject_is_no_object():
    doc = full("وقال الرئيس إن بلاده سوف تستقبل وزير الخارجية القطري الأسبوع المقبل.", published_at="2026-11-30")
    assert any(e.cameo == "036" and e.target_code == "QATGOV" for e in doc.events), show(doc)


def test_ar_bare_present_without_sawfa_guard():
    doc = full("وقالت الوزارة إن الحكومة تعيد النظر في اتفاقية المياه كل عام إذا تغيرت الظروف.",
               published_at="2026-11-30")
    assert not _rows(doc, "13"), show(doc)


def test_ar_sawfa_without_condition_guard():
    doc = full("وقال الوزير إن الحكومة سوف تعيد النظر في قانون الضرائب العام المقبل.", published_at="2026-11-30")
    assert not _rows(doc, "13"), show(doc)


# 5. A dual object naming back the two actors of the sentence before ("الضيفين"): one target per actor
#    (coding/dual_guests_ar.py)

def test_ar_two_guests_are_the_two_named_before():
    doc = full("وصل رئيس الوزراء الإيطالي ووزير الخارجية الفرنسي أمس إلى الجزائر. واستقبل الرئيس الجزائري الضيفين "
               "في قصر المرادية.", published_at="2026-11-30")
    rows = _rows(doc, "043")
    assert ("043", "DZAGOV", "ITAGOV") in rows and ("043", "DZAGOV", "FRAGOV") in rows, show(doc)


def test_ar_two_guests_with_one_actor_before_guard():
    doc = full("وصل وزير الخارجية الفرنسي أمس إلى الجزائر. واستقبل الرئيس الجزائري الضيفين في قصر المرادية.",
               published_at="2026-11-30")
    assert not any(":dual-back" in e.rule for e in doc.events), show(doc)
