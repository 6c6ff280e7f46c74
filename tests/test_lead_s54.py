"""Session 54, lead: rules drawn from the session's blind first runs and the lead's own probes (own sentences)."""
from marsad.pipeline import default_pipeline


def _doc(text, date="2025-03-02"):
    return default_pipeline()(text, published_at=date)


def _events(text, date="2025-03-02"):
    return _doc(text, date).events


def test_bombardment_after_a_preposition_is_the_noun_its_nationality_the_attacker():
    evs = _events("استشهد ثلاثة مدنيين في قصف إسرائيلي على بلدة في جنوب لبنان فجر اليوم.")
    assert [(e.root, e.source_code[:3], (e.target_code or "")[:3]) for e in evs if e.trigger == "قصف"] == \
        [("19", "ISR", "LBN")]


def test_bombardment_with_a_manner_adjective_after_a_preposition():
    evs = _events("أصيب عشرة مدنيين في قصف مدفعي روسي على مدينة خاركيف الأوكرانية مساء أمس.")
    assert [(e.source_code[:3], (e.target_code or "")[:3]) for e in evs if e.trigger == "قصف"] == [("RUS", "UKR")]


def test_kidnapping_after_in_names_its_victim_in_the_genitive():
    evs = _events("وقالت الصحيفة إن القيادي كان متورطا في خطف الجندي الإسرائيلي قبل عشرين عاما.")
    assert [(e.source_code, (e.target_code or "")[:3]) for e in evs if e.trigger == "خطف"] == [(None, "ISR")]


def test_bombing_verb_opening_its_clause_stays_a_verb():
    """Guard: "قصف الجيش الروسي مدينة خاركيف" is the verb, its subject the attacker."""
    evs = _events("قصف الجيش الروسي مدينة خاركيف الأوكرانية فجر اليوم.")
    assert [(e.source_code[:3], (e.target_code or "")[:3]) for e in evs if e.trigger == "قصف"] == [("RUS", "UKR")]


def test_hastening_to_reject_keeps_its_verb_frame():
    """Guard: after إلى ("سارعت الحركة إلى رفض القرار") the verbal noun keeps the verb frame: no target from afar."""
    evs = _events("وسارعت حركة حماس إلى رفض القرار، محذرة من أن القوة الدولية ستصبح طرفا لصالح الاحتلال الإسرائيلي.")
    assert [(e.source_code[:3], e.target_code) for e in evs if e.trigger == "رفض"] == [("PSE", None)]


def test_agency_credit_in_a_dateline_is_no_town():
    doc = _doc("بغداد، 2 آذار (وكالات) - قال رئيس الوزراء العراقي إن الحكومة ستعقد اجتماعا طارئا اليوم.")
    assert [doc.text[p.start:p.end] for p in doc.places] == ["بغداد"]


def test_english_dateline_names_stay_places():
    """Guard: a bare dateline name is still supported by the dateline's form."""
    doc = _doc("NUUK, March 2 (Reuters) - Greenland's premier said the island was not for sale.")
    assert "Nuuk" in [p.name for p in doc.places]


def test_a_person_tagged_with_his_clitic_is_no_town():
    doc = _doc("ورحب الرئيس الأمريكي بايدن بالإفراج عن الصحفي.")
    assert not doc.places


def test_a_noun_with_its_pronoun_is_no_town_ending_in_ta_marbuta():
    doc = _doc("واتهم الوزير المحكمة في بيانه بأنها مسيسة.")
    assert not doc.places


def test_the_town_written_with_ta_marbuta_after_a_venue_stays():
    """Guard: "مدينة بيانة الإسبانية" is the town."""
    doc = _doc("وقعت اشتباكات في مدينة بيانة الإسبانية أمس.")
    assert [p.country for p in doc.places] == ["ESP"]


def test_seoul_in_the_arabic_wire_spelling():
    doc = _doc("سول - (وكالات) - وافق مجلس الوزراء الكوري الجنوبي اليوم على تعليق الاتفاق العسكري.")
    assert [p.country for p in doc.places] == ["KOR"]
