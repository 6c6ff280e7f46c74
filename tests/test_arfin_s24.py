"""Session 24, ARFIN: four small Arabic actor constructions (our own sentences): a title head right after a titled
full name opens the next person; the subject of a relative clause with no object pronoun is its antecedent; a dual
title (الوزيرتان، العاهلان) names the story's pair; a forum after أمام is the venue, the bare actor after it the
object."""
from __future__ import annotations

from events_helpers import dump, full


def _pairs(doc, prefix):
    return sorted((e.source_code, e.target_code) for e in doc.events if e.cameo.startswith(prefix))


# 1. a title head after a full name that has its own title before it is the next person
def _spans(doc):
    return [doc.text[s:e] for a in doc.actors for (s, e) in a.spans]


def test_title_after_titled_name_is_next_person():
    doc = full("التقى وزير الداخلية الأردني مازن الفراية رئيس البرلمان العراقي محمود المشهداني في عمان.")
    srcs = {doc.text[e.source_span[0]:e.source_span[1]] for e in doc.events if e.source_country == "JOR"}
    assert srcs == {"وزير الداخلية الأردني مازن الفراية"}, dump(doc)


def test_ambassador_after_titled_name_is_next_person():
    doc = full("استقبل وزير الخارجية المصري بدر عبد العاطي سفير الاتحاد الأوروبي في القاهرة يوم الثلاثاء.")
    assert "وزير الخارجية المصري بدر عبد العاطي" in _spans(doc) and "سفير الاتحاد الأوروبي" in _spans(doc), _spans(doc)


def test_commander_after_titled_name_of_same_person_chunk():
    doc = full("استقبل رئيس الوزراء العراقي محمد شياع السوداني قائد الجيش الأردني في بغداد.")
    assert "رئيس الوزراء العراقي محمد شياع السوداني" in _spans(doc), _spans(doc)


def test_guard_apposition_without_title_before_name():
    # no title before the name: the title after it is the same person's apposition
    doc = full("قال محمد بن سلمان ولي العهد السعودي إن المملكة تدعم الحل السياسي في السودان.")
    assert not any(s.startswith("ولي العهد") for s in _spans(doc)), _spans(doc)


# 2. relative clause: "… X الذي يزور المغرب": X visits Morocco
def test_relative_clause_subject_is_antecedent():
    doc = full("استقبل الرئيس السنغالي باسيرو ديوماي فاي وزير الدفاع المالي ساديو كامارا الذي يزور السنغال.")
    assert ("MLIGOV", "SEN") in _pairs(doc, "042"), dump(doc)


def test_relative_clause_feminine():
    doc = full("وأشاد الرئيس الفرنسي بدور الحكومة الألمانية التي تزور وفودها المنطقة. "
               "واستقبل الملك وزيرة الخارجية الكندية التي تزور الأردن حاليا.")
    assert any(e.source_country == "CAN" and e.target_code == "JOR" for e in doc.events if e.cameo.startswith("042")), \
        dump(doc)


def test_guard_relative_clause_with_object_pronoun():
    # "وقعته الحكومة": the actor after a verb with a resumptive object pronoun is its subject
    doc = full("وأشاد الوزير بالاتفاق الذي وقعته الحكومة المصرية مع إثيوبيا.")
    assert ("EGYGOV", "ETH") in _pairs(doc, "057"), dump(doc)


# 3. a dual title names the pair of the story
def test_feminine_dual_ministers():
    doc = full("التقت وزيرة الخارجية الألمانية أنالينا بيربوك نظيرتها الأسترالية بيني وونغ في برلين. "
               "ووقعت الوزيرتان مذكرة تفاهم في مجال الطاقة.")
    assert _pairs(doc, "057") == [("AUSGOV", "DEUGOV"), ("DEUGOV", "AUSGOV")], dump(doc)


def test_dual_monarchs():
    doc = full("استقبل العاهل الأردني الملك عبد الله الثاني العاهل البحريني في عمان. "
               "ووقع العاهلان اتفاقية للتعاون الاقتصادي.")
    assert len(_pairs(doc, "057")) == 2 and {s for s, _ in _pairs(doc, "057")} == {"JORGOV", "BHRGOV"}, dump(doc)


def test_guard_dual_ministers_unchanged():
    doc = full("التقى وزير الخارجية المصري بدر عبد العاطي نظيره القطري في القاهرة. ووقع الوزيران مذكرة تفاهم.")
    assert _pairs(doc, "057") == [("EGYGOV", "QATGOV"), ("QATGOV", "EGYGOV")], dump(doc)


# 4. the forum after أمام is the venue; the bare actor after it is the object
def test_forum_after_amam_is_venue():
    doc = full("وطالبت فرنسا أمام مجلس الأمن إيران بالعودة إلى المفاوضات.")
    assert [(s, t) for s, t in _pairs(doc, "10")] == [("FRA", "IRN")], dump(doc)


def test_forum_after_amam_general_assembly():
    doc = full("وطالب العراق أمام الجمعية العامة للأمم المتحدة تركيا بسحب قواتها من أراضيه.")
    assert ("IRQ", "TUR") in _pairs(doc, "10"), dump(doc)


def test_guard_amam_without_following_object():
    doc = full("واحتج المتظاهرون أمام السفارة الأمريكية في بغداد.")
    assert [t for _, t in _pairs(doc, "14")] == ["USAGOV"], dump(doc)


# 1b. once the title after the name is its own actor, a subjectless verb after بعد أن goes on with the main subject
def test_subjectless_verb_after_baada_an_takes_main_subject():
    doc = full("استقبل الرئيس المصري عبد الفتاح السيسي وزير الخارجية الروسي في القاهرة، بعد أن التقى مع نظيره التركي.")
    assert ("EGYGOV", "TURGOV") in _pairs(doc, "040"), dump(doc)


def test_guard_sequence_verb_with_own_subject():
    doc = full("وتجمع مئات المحتجين أمام مقر المحافظة أمس، قبل أن تفرقهم قوات الأمن بالقوة.")
    assert [s for s, _ in _pairs(doc, "175")] == ["COP"], dump(doc)
