"""Session 29 (ACT20): actor countries.  Our own sentences.

1. A movement with national branches under one name (the Muslim Brotherhood: the table's row is the Egyptian one)
   is the branch of the country its name carries (a nationality adjective, "in" / "في" + the country) or of the
   country the story is about (context.tsv rule ``home``)."""
from marsad.pipeline import Pipeline

_P = Pipeline()


def _events(text, lang=None):
    return [(e.cameo, e.source_code, e.target_code) for e in _P(text, published_at="2025-05-02", lang=lang).events]


def _codes(evs):
    return {c for ev in evs for c in ev[1:] if c}


def test_brotherhood_in_a_story_of_another_country_ar():
    evs = _events("عمّان - قررت الحكومة الأردنية أمس حل جماعة الإخوان المسلمين ومصادرة أموالها. "
                  "ونفت الجماعة في بيان أي صلة لها بالمتهمين، فيما دعا نواب أردنيون إلى الحوار.", "ar")
    assert "JOROPP" in _codes(evs) and "EGYOPP" not in _codes(evs), evs


def test_brotherhood_in_a_story_of_another_country_en():
    evs = _events("DAMASCUS, May 2 - Syria's interior ministry banned the Muslim Brotherhood on Friday and ordered "
                  "its offices closed. The Syrian government accused the Muslim Brotherhood of plotting unrest.", "en")
    assert "SYROPP" in _codes(evs) and "EGYOPP" not in _codes(evs), evs


def test_brotherhood_with_its_country_written_on_it():
    evs = _events("انتقدت جماعة الإخوان المسلمين الأردنية قرار الحكومة المصرية.", "ar")
    assert ("111", "JOROPP", "EGYGOV") in evs, evs
    evs = _events("Jordan's Muslim Brotherhood condemned the Egyptian court ruling.", "en")
    assert any(s == "JOROPP" and (t or "").startswith("EGY") for _, s, t in evs), evs
    evs = _events("رحبت جماعة الإخوان المسلمين في ليبيا بقرار المحكمة المصرية.", "ar")
    assert any(s == "LBYOPP" for _, s, t in evs), evs


def test_brotherhood_in_an_egyptian_story_stays_egyptian():
    evs = _events("القاهرة - أصدرت محكمة مصرية حكما بسجن قيادات في جماعة الإخوان المسلمين، ونددت جماعة الإخوان "
                  "المسلمين بالحكم وقالت إنه سياسي.", "ar")
    assert "EGYOPP" in _codes(evs) and not any(c.endswith("OPP") and c != "EGYOPP" for c in _codes(evs)), evs


def test_brotherhood_by_a_place_name_of_two_countries_stays_egyptian():
    # الإسكندرية is Alexandria (Egypt) and a town in Iraq: a place name of several countries is no evidence
    evs = _events("وقال نائب عن جماعة الإخوان المسلمين في مدينة الإسكندرية إن أنصار الجماعة رفضوا قرار المحافظ، "
                  "واتهمت الجماعة الشرطة بالتضييق على مرشحيها في الإسكندرية.", "ar")
    assert "EGYOPP" in _codes(evs) and "IRQOPP" not in _codes(evs), evs
