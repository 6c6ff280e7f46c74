"""Session 38 (PPL38): more named people with dated roles (marsad/data/actors/people.tsv); our own sentences.

1. A listed person resolves to the code of the role held at the document's date, and to the bare country before a
   role begins or after every role has ended (John Kerry, David Cameron, the Taliban's Baradar, Charles Michel).
2. "المتحدث باسم البيت الأبيض جون كيربي": a listed person in a dated role right after the spokesperson's body is the
   spokesperson, one phrase with the title, not the warning's object (`actors._spokesman`).
3. "He added that Washington's commitment to Taiwan …" by a listed spokesman: the quote's first actor is the speaker's
   own country, so the statement targets the next foreign place (`same_person_en._own_first`).
"""
from marsad.pipeline import Pipeline

_P = Pipeline()


def _actor(text, date, words):
    doc = _P(text, published_at=date)
    got = [a.code for a in doc.actors if any(words in text[s:e] for s, e in a.spans)]
    assert got, [(a.code, [text[s:e] for s, e in a.spans]) for a in doc.actors]
    return got[0]


def _entity_spans(text, date, entity_id):
    doc = _P(text, published_at=date)
    return doc, [text[s:e] for a in doc.actors if a.entity_id == entity_id for s, e in a.spans]


def _events(text, date):
    doc = _P(text, published_at=date)
    return [(e.cameo, e.source_code, e.target_code) for e in doc.events]


_KERRY = "التقى جون كيري وفدا من رجال الأعمال في بوسطن أمس وبحث معهم خطط الاستثمار."


def test_kerry_by_date():
    assert _actor(_KERRY, "2010-06-01", "جون كيري") == "USALEG"     # a senator
    assert _actor(_KERRY, "2015-06-01", "جون كيري") == "USAGOV"     # secretary of state
    assert _actor(_KERRY, "2019-06-01", "جون كيري") == "USA"        # between offices
    assert _actor(_KERRY, "2022-06-01", "جون كيري") == "USAGOV"     # the climate envoy


def test_cameron_prime_minister_then_foreign_secretary():
    text = "Britain's David Cameron met business leaders in Leeds on Monday to discuss investment."
    assert _actor(text, "2014-02-03", "David Cameron") == "GBRGOV"
    assert _actor(text, "2019-02-04", "David Cameron") == "GBR"
    assert _actor(text, "2024-02-05", "David Cameron") == "GBRGOV"


def test_baradar_rebel_then_government():
    text = "وقال الملا عبد الغني برادر إن الحركة ستواصل المحادثات مع الوفود الأجنبية."
    assert _actor(text, "2020-03-01", "برادر") == "AFGREB"
    assert _actor(text, "2022-03-01", "برادر") == "AFGGOV"


def test_charles_michel_belgium_then_eu():
    text = "Charles Michel told reporters in Brussels that talks on the budget would resume next week."
    assert _actor(text, "2016-05-10", "Charles Michel") == "BELGOV"
    assert _actor(text, "2021-05-10", "Charles Michel") == "IGOEUREEC"


def test_igo_officials_take_their_body_code():
    assert _actor("وقال موسى فكي محمد إن القمة ستبحث الأزمة في منطقة الساحل.", "2020-02-01", "موسى فكي") == \
        "IGOAFRAFU"
    assert _actor("وقال حسين إبراهيم طه إن المنظمة تتابع الوضع في الإقليم.", "2023-02-01", "حسين إبراهيم طه") == \
        "IGOMOSOIC"
    assert _actor("وقال كريم خان إن مكتبه سيواصل التحقيق في الجرائم المرتكبة.", "2023-02-01", "كريم خان") == \
        "IGOJUD"


def test_named_spokesman_after_body_is_the_subject_not_the_object():
    evs = _events("وحذر المتحدث باسم البيت الأبيض جون كيربي من أن الإدارة الأمريكية لن تتردد في فرض عقوبات على "
                  "ميانمار.", "2023-09-30")
    assert not any(c == "130" and t == "USAGOV" for c, s, t in evs), evs
    assert any(c == "130" and s == "USAGOV" for c, s, t in evs), evs


def test_listed_spokesman_statement_skips_his_own_country():
    text = ('The State Department urged Beijing to show restraint. "We call on Beijing to stop the drills," spokesman '
            'Matthew Miller said. He added that Washington\'s commitment to Taiwan was "unwavering".')
    doc = _P(text, published_at="2024-05-24")
    added = [(e.source_code, e.target_code) for e in doc.events if e.trigger == "added"]
    assert added and added[0][1] == "TWN", added


def test_listed_spokesman_after_body_anaphor_is_one_phrase():
    # (`actors._body_spokesman`: "المتحدث باسم المجلس" names back the junta; the listed colonel keeps his own entry)
    text = ("وكان المجلس العسكري في النيجر قد علق اتفاقيات التعاون مع فرنسا. واتهم المتحدث باسم المجلس العقيد أمادو "
            "عبد الرحمن باريس في بيان أمس بالتحضير لعدوان على النيجر.")
    doc, spans = _entity_spans(text, "2023-08-26", "P.abdramane")
    assert "المتحدث باسم المجلس العقيد أمادو عبد الرحمن" in spans, spans
    assert ("112", "NERMIL", "FRAGOV") in [(e.cameo, e.source_code, e.target_code) for e in doc.events]


def test_family_name_with_its_particle_links_to_the_full_name():
    # (cue surname_particle: "Le Drian" alone after "Jean-Yves Le Drian" is the listed minister)
    text = ("PARIS (Marsad) - Foreign Minister Jean-Yves Le Drian said France would recall its envoy. "
            "On Thursday, Le Drian accused Canberra of lying.")
    _, spans = _entity_spans(text, "2021-09-17", "P.le_drian")
    assert "Le Drian" in spans, spans
