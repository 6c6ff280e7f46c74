"""Round 8: protest and strike forms (manual_ar.tsv): أضرب عن العمل (a strike, CAMEO 143), خرج إلى الشوارع
(a demonstration, 141), and the crowd nouns محتجون / معتصمون as the subject of a movement or gathering verb
(as متظاهرون).  The candidate event is asserted here; the learned filter may still mark it as background,
so these tests look at the candidate, not at the count.  Sentences written for these tests."""
import pytest

import marsad


def events(text):
    return marsad.code(text, published_at="2024-03-01").events


def show(evs):
    return [(e.cameo, e.trigger, e.source_code, e.target_code, e.rule) for e in evs]


@pytest.mark.parametrize("text", [
    "أضرب مئات العمال في ميناء العقبة عن العمل صباح اليوم للمطالبة بزيادة رواتبهم.",
    "وأضرب الأطباء في المستشفيات الحكومية عن العمل لليوم الثالث.",
])
def test_strike_from_work(text):
    evs = events(text)
    assert any(e.cameo == "143" and ":verb:" in e.rule and e.trigger.startswith(("أضرب", "وأضرب")) for e in evs), show(evs)


def test_hunger_strike_stays_142():
    evs = events("أضرب خمسة معتقلين عن الطعام في سجن النقب احتجاجا على ظروف احتجازهم.")
    assert any(e.cameo == "142" for e in evs) and not any(e.cameo == "143" for e in evs), show(evs)


def test_hitting_is_not_a_strike():
    # يضرب without عن العمل is "hits": no strike
    evs = events("قال الشهود إن الحارس كان يضرب السجناء بالعصي.")
    assert not any(e.cameo == "143" for e in evs), show(evs)


def test_out_into_the_streets():
    evs = events("وخرج الآلاف إلى الشوارع في مدينة صفاقس مساء أمس مطالبين برحيل الوالي.")
    assert any(e.cameo == "141" and ":verb:" in e.rule for e in evs), show(evs)


def test_out_of_the_house_is_no_protest():
    evs = events("وخرج الوزير من الاجتماع دون أن يدلي بأي تصريح للصحفيين.")
    assert not any(e.plover_type == "PROTEST" for e in evs), show(evs)


@pytest.mark.parametrize("text", [
    "مئات المحتجين من سكان الأحياء الشعبية تجمعوا صباح اليوم أمام مبنى البلدية.",
    "وقطع المعتصمون الطريق الرئيسي المؤدي إلى المصفاة منذ الفجر.",
])
def test_crowd_nouns_with_a_gathering_verb(text):
    evs = events(text)
    assert any(e.plover_type == "PROTEST" for e in evs), show(evs)


def test_crowd_noun_alone_is_no_event():
    evs = events("وقال أحد المحتجين إن مطالبهم لم تتغير منذ شهور.")
    assert not any(e.plover_type == "PROTEST" and ":self" in e.rule for e in evs), show(evs)


def test_state_at_the_site_before_a_later_aim():
    # the crowd gathers in front of the British prime minister's office: Britain is the target of the
    # gathering, before the later على-phrase (which the purpose rule gives to its own event)
    evs = events("تجمع نحو أربعين متظاهرا أمام مقر رئيس الوزراء البريطاني في لندن السبت للاحتجاج على سياسات "
                 "الحكومة الباكستانية.")
    verb = [e for e in evs if e.plover_type == "PROTEST" and ":verb:" in e.rule]
    assert verb and verb[0].target_country == "GBR", show(evs)


def test_site_without_a_state_keeps_the_aim():
    evs = events("تجمع مئات المتظاهرين أمام مقر النقابة في تونس أمس احتجاجا على قرار الحكومة التونسية.")
    assert any(e.plover_type == "PROTEST" and e.target_country == "TUN" for e in evs), show(evs)


def test_plural_pronoun_of_a_protest_noun_is_the_subject():
    # إضرابهم: the prisoners' strike; the prisons after في are not its owner
    evs = events("وواصل الأسرى الفلسطينيون في السجون الإسرائيلية إضرابهم المفتوح عن الطعام.")
    strike = [e for e in evs if e.cameo == "142"]
    assert strike and strike[0].source_country == "PSE", show(evs)
