"""Session 21, B8AR: BLIND8's Arabic roles and places, on sentences written for these tests (not the blind
articles' sentences): the Amman / Oman name at the head of an article and with its shadda, ..."""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import PipelineConfig
from marsad.stages.clean import CleanStage

from events_helpers import full
from test_actors_context import actor_at, places


def _clean(text: str) -> Document:
    return CleanStage(PipelineConfig())(Document.from_text(text))


def _segs(doc: Document) -> list[tuple[str, str]]:
    return [(s.kind, doc.text[s.start:s.end]) for s in doc.segments]


# ---------------------------------------------------------------- 1. عمّان / عمان: Amman or Oman
def test_dateline_with_shadda_is_a_dateline():
    doc = _clean("عنوان الخبر\n\nعمّان - أعلنت وزارة الداخلية أمس إغلاق معبر حدودي مؤقتا.")
    assert ("dateline", "عمّان -") in _segs(doc)
    assert doc.meta["dateline"]["place"] == "عمّان"


def test_dateline_place_with_agency_in_brackets_right_after_it():
    doc = _clean("عنوان الخبر\n\nعمان (رويترز) - قال مسؤول حكومي إن الوزارة ستفتح المعبر غدا.")
    assert ("dateline", "عمان (رويترز) -") in _segs(doc)
    assert "Reuters" in doc.agencies or doc.publisher == "Reuters"


def test_bracket_inside_a_first_sentence_is_no_dateline():
    # guard: a bracketed gloss after the subject, and no dash after it, is body text
    doc = _clean("عنوان الخبر\n\nقالت الحكومة (في بيان) إنها ستفتح المعبر غدا.")
    assert [k for k, _ in _segs(doc)] == ["title", "body"]


def test_amman_dateline_gives_no_oman_actor_and_jordanian_police():
    doc = full("عمّان - اعتقلت الشرطة أمس ثلاثة أشخاص بتهمة تهريب أسلحة عبر الحدود.", published_at="2023-07-21")
    assert not [a for a in doc.actors if a.country == "OMN"]
    assert [(e.cameo, e.source_code) for e in doc.events] == [("173", "JORCOP")]


def test_amman_with_shadda_is_jordan_even_in_a_story_on_oman():
    doc = places("أكدت سلطنة عمان وقطر دعمهما للوساطة. ورحبت عمّان بالبيان العماني القطري.")
    assert actor_at(doc, "سلطنة عمان").code == "OMN"
    assert actor_at(doc, "عمّان").code == "JORGOV"
    assert [p.country for p in doc.places if p.text == "عمّان"] == ["JOR"]


def test_oman_without_mark_in_a_story_on_oman_stays_oman():
    # guard: the bare form still follows the document's countries
    doc = places("أكدت سلطنة عمان وقطر دعمهما للوساطة. ورحبت عمان بالبيان القطري.")
    assert actor_at(doc, "عمان", 1).code == "OMN"


# ---------------------------------------------------------------- 2. police and protesters of a crowd told before
def _coerce(doc):
    return [(e.cameo, e.source_code, e.target_code) for e in doc.events if e.root == "17"]


def test_police_dispersing_a_national_crowd_in_the_dateline_country():
    doc = full("عنوان\n\nالرباط - تظاهر مئات المغاربة أمام مقر البرلمان مساء أمس للمطالبة برفع الأجور. وأطلقت قوات "
               "الأمن الغاز المسيل للدموع لتفريق المتظاهرين، واعتقلت عددا منهم.", published_at="2024-02-08")
    assert _coerce(doc) == [("175", "MARCOP", "MARCVL"), ("173", "MARCOP", "MARCVL")]


def test_police_after_a_crowd_in_a_named_city_and_them_are_the_protesters():
    doc = full("تظاهر مئات المغاربة أمام مقر البرلمان في الرباط مساء أمس. وأطلقت قوات الأمن الغاز المسيل للدموع "
               "لتفريق المتظاهرين، واعتقلت عددا منهم.", published_at="2024-02-08")
    assert _coerce(doc) == [("175", "MARCOP", "MARCVL"), ("173", "MARCOP", "MARCVL")]


def test_police_take_the_crowd_country_not_the_embassy_country():
    # the only country the police sentence names is the embassy's: not where the police serve
    doc = full("عنوان\n\nعمان - اعتصم مئات الأردنيين قرب السفارة الأمريكية في عمان مساء أمس. وأطلقت قوات الأمن "
               "الغاز المسيل للدموع لتفريق المحتجين بعدما حاولوا اقتحام مبنى السفارة، واعتقلت عددا منهم.",
               published_at="2024-02-08")
    assert ("173", "JORCOP", "JORCVL") in _coerce(doc)
    assert not [e for e in doc.events if e.root == "17" and e.source_country == "USA"]


def test_foreign_crowd_in_another_country_gives_the_police_no_country():
    # guard: Syrians protesting in Beirut: who polices them is not read from the crowd
    doc = full("عنوان\n\nبيروت - تظاهر مئات السوريين أمام السفارة الروسية مساء أمس. وأطلقت قوات الأمن الغاز المسيل "
               "للدموع لتفريق المحتجين، واعتقلت عددا منهم.", published_at="2024-02-08")
    assert not [e for e in doc.events if e.root == "17" and e.source_country == "SYR"]
    assert not [e for e in doc.events if ":crowd-country" in e.rule]


# ---------------------------------------------------------------- 3. a second agreement of the pair on another thing
def _agree(doc):
    return [(e.trigger, e.source_code, e.target_code) for e in doc.events if e.root == "03"]


def test_agreement_after_a_call_on_another_thing_is_its_own_act():
    doc = full("وقال بيان مشترك إن وزيري الخارجية التونسي والجزائري اتفقا أمس على تشكيل لجنة لترسيم الحدود. "
               "وأجرى الرئيس التونسي قيس سعيد اتصالا هاتفيا بالرئيس الجزائري عبد المجيد تبون، واتفقا على فتح "
               "المعابر الحدودية.", published_at="2023-06-09")
    got = _agree(doc)
    assert ("واتفقا", "TUNGOV", "DZAGOV") in got and ("واتفقا", "DZAGOV", "TUNGOV") in got


def test_the_same_agreement_told_again_stays_one_event():
    # guard: the same content in the lead and in a later sentence is the same agreement told again
    doc = full("اتفق الرئيس التونسي قيس سعيد والرئيس الجزائري عبد المجيد تبون أمس على فتح المعابر الحدودية. "
               "وأجرى الرئيس التونسي قيس سعيد اتصالا هاتفيا بالرئيس الجزائري عبد المجيد تبون، واتفقا على فتح "
               "المعابر الحدودية.", published_at="2023-06-09")
    assert not [t for t, _, _ in _agree(doc) if t == "واتفقا"], _agree(doc)


def test_a_heading_with_years_in_brackets_is_no_dateline():
    # guard: the bracket right after a place-like opening must be a known agency
    doc = _clean("عنوان الخبر\n\nمرحلة الحصار ( 2007 - 2010): شهدت المنطقة موجة من الاحتجاجات على نقص الوقود.")
    assert "dateline" not in [k for k, _ in _segs(doc)]


# ---------------------------------------------------------------- 4. a request of a state inside a reported clause
def test_request_of_a_government_inside_an_added_clause():
    doc = full("وقال متحدث باسم المفوضية الأوروبية إنها تتابع الأزمة عن كثب. وأضاف أن المفوضية الأوروبية طلبت من "
               "السلطات المغربية توضيحات بشأن القيود الجديدة.", published_at="2024-03-14")
    got = [(e.cameo, e.source_code, e.target_code) for e in doc.events if e.trigger.endswith("طلبت")]
    assert got == [("020", "IGOEUREEC", "MARGOV")]


def test_asking_residents_is_no_request_of_a_state():
    # guard: طلب من + people who are no state or government (cond prep_state)
    doc = full("وطلبت الشرطة من السكان إخلاء منازلهم قبل وصول العاصفة.", published_at="2024-03-14")
    assert not [e for e in doc.events if "طلب" in e.trigger]


def _added_speaker(doc):
    q = [q for q in doc.quotes if q.cue == "وأضاف"]
    assert len(q) == 1, [(x.cue, x.speaker_actor_id) for x in doc.quotes]
    a = doc.actor(q[0].speaker_actor_id) if q[0].speaker_actor_id else None
    return a.code if a else None


def test_added_after_an_unknown_spokesman_is_not_an_earlier_speaker():
    doc = full("وقال وزير الخارجية الإسباني خوسيه مانويل ألباريس إن حكومته تأسف للقرار. وفي بروكسل، قال متحدث باسم "
               "اللجنة إنها تتابع الوضع. وأضاف أن اللجنة طلبت من السلطات الجزائرية توضيحات.", published_at="2022-06-09")
    assert _added_speaker(doc) is None
    assert not [e for e in doc.events if e.trigger == "طلبت" and e.source_code == "ESPGOV"]


def test_added_right_after_a_named_speaker_keeps_him():
    # guard: the speaker of the sentence before is known: وأضاف is his
    doc = full("وقال وزير الخارجية الإسباني خوسيه مانويل ألباريس إن حكومته تأسف للقرار. وأضاف أن حكومته طلبت من "
               "السلطات الجزائرية توضيحات.", published_at="2022-06-09")
    assert _added_speaker(doc) == "ESPGOV"


def test_request_noun_after_a_preposition_is_no_request():
    # session 21 (lead): the masdar طلب after a preposition or with ب / ل is "a request", not the verb "asked";
    # "بطلب من الحكومة" (at the government's request) had coded 020 with the government as the one asked
    for text in ("وجاء القرار ردا على طلب تنحيته من الحكومة اللبنانية.",
                 "وتحركت القوات بطلب من الحكومة العراقية.",
                 "وجاءت الزيارة بناء على طلب من الحكومة المصرية."):
        doc = full(text, published_at="2024-03-14")
        assert not [e for e in doc.events if "طلب" in e.trigger], text
    # guard: the verb still codes
    doc = full("وطلبت الولايات المتحدة من الحكومة العراقية تفسيرا للهجوم.", published_at="2024-03-14")
    assert [(e.cameo, e.source_code, e.target_code) for e in doc.events if e.trigger == "وطلبت"] == [("020", "USA", "IRQGOV")]
