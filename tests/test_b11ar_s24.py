"""Session 24, B11AR: Arabic actor / target causes found by the eleventh blind test (our own sentences)."""
from __future__ import annotations

from events_helpers import dump, full


def _actors(doc):
    return {doc.text[s:e]: a.code for a in doc.actors for s, e in a.spans}


def _ev(doc, prefix):
    ev = [e for e in doc.events if e.cameo.startswith(prefix)]
    assert ev, dump(doc)
    return ev[0]


# 1. an IGO's anaphor and organ
def test_board_of_governors_is_the_igo():
    doc = full("انتقدت الوكالة الدولية للطاقة الذرية كوريا الشمالية يوم الاثنين. "
               "وهددت بيونغ يانغ بالرد إذا أصدر مجلس المحافظين قرارا ضدها.")
    assert _actors(doc).get("المحافظين") == "IGOUNO"
    assert _ev(doc, "13").target_code == "IGOUNO", dump(doc)


def test_board_of_governors_without_an_igo_is_kept():
    doc = full("اجتمع مجلس المحافظين في القاهرة برئاسة وزير التنمية المحلية لبحث خطط الطرق.")
    assert not any((a.code or "").startswith("IGO") for a in doc.actors)


def test_agency_anaphor_is_the_igo():
    doc = full("زار مدير الوكالة الدولية للطاقة الذرية طوكيو أمس. وانتقدت الوكالة اليابان بسبب تأخر التقارير.")
    ev = _ev(doc, "111")
    assert (ev.source_code, ev.target_code) == ("IGOUNO", "JPN"), dump(doc)


def test_agency_anaphor_after_a_news_agency_is_not_read():
    doc = full("زار مدير الوكالة الدولية للطاقة الذرية طوكيو أمس، بحسب وكالة الأنباء اليابانية. "
               "وانتقدت الوكالة الحكومة بسبب تأخر التقارير.")
    assert _ev(doc, "111").source_code != "IGOUNO", dump(doc)


def test_atomic_agency_short_name():
    doc = full("الوكالة الذرية تنتقد كوريا الشمالية بسبب مفاعل يونغبيون")
    assert _ev(doc, "111").source_code == "IGOUNO", dump(doc)


# 2. a ministry whose nisba follows a long name
def test_foreign_affairs_ministry_nisba():
    doc = full("وقالت وزارة الشؤون الخارجية الأردنية في بيان إنها تدين الهجوم على السفارة.")
    assert _ev(doc, "111").source_code == "JORGOV", dump(doc)


def test_foreign_affairs_minister_nisba():
    doc = full("وأدان وزير الشؤون الخارجية التونسي الهجوم.")
    assert _ev(doc, "111").source_code == "TUNGOV", dump(doc)


# 5. targets: a recall's host after في; a body's own adjective
def test_recall_host_after_fi():
    doc = full("استدعى المغرب أمس الخميس سفيرته في ألمانيا سلوى العلمي للتشاور.")
    ev = _ev(doc, "161")
    assert (ev.source_code, ev.target_country) == ("MAR", "DEU"), dump(doc)


def test_recall_host_after_fi_masculine():
    doc = full("استدعى الأردن سفيره في إيطاليا للتشاور.")
    assert _ev(doc, "161").target_country == "ITA", dump(doc)


def test_recall_fi_without_a_state_guard():
    doc = full("وقال سفيرها في بيان إن بلاده ترفض القرار.")
    assert not any(e.cameo.startswith("161") for e in doc.events)


def test_recall_from_unchanged():
    doc = full("سحبت الكويت سفيرها من دمشق.")
    assert _ev(doc, "161").target_code == "SYRGOV", dump(doc)


def test_own_adjective_is_part_of_the_subject():
    doc = full("واتهم المجلس الوطني الكردي المعارض الحكومة العراقية بالفساد.")
    ev = _ev(doc, "112")
    assert ev.target_code == "IRQGOV", dump(doc)
    assert "OPP" not in (ev.target_code or "")


def test_opponent_noun_after_a_government_stays_the_target():
    doc = full("واتهمت الحكومة السورية المعارض البارز ميشيل كيلو بالخيانة.")
    assert "OPP" in (_ev(doc, "112").target_code or ""), dump(doc)


def test_feminine_opposition_noun_stays_an_actor():
    doc = full("واتهم الحزب الحاكم المعارضة بالتحريض.")
    assert _actors(doc).get("المعارضة") == "OPP"


# 6. lexicon rows matched by a folded ending
def test_cameras_are_no_cameroon():
    doc = full("واتفق الطرفان على تركيب كاميرات المراقبة في المطار.")
    assert "CMR" not in _actors(doc).values()


def test_cameroonians_still_read():
    doc = full("وزار وزير خارجية الكاميرون باريس أمس. وقال الكاميرونيون إنهم يرفضون القرار.")
    acts = _actors(doc)
    assert acts.get("وزير خارجية الكاميرون") == "CMRGOV" and acts.get("الكاميرونيون") == "CMR"


def test_league_after_lil_prefix():
    doc = full("وقال الأمين العام للجامعة العربية إن جامعة الدول العربية تدين الهجوم. "
               "وقدمت الدول الأعضاء دعما للجامعة.")
    ev = _ev(doc, "07")
    assert ev.target_code == "IGOARBAGL", dump(doc)
