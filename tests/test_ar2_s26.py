"""Session 26, AR2: Arabic causes left from the fourteenth blind test (blind_s27), with our own sentences (none from
the blind articles)."""
from __future__ import annotations

import pytest

from events_helpers import full


def _ev(text):
    return [(e.cameo, e.source_code, e.target_code) for e in full(text).events]


def _actors(text):
    doc = full(text)
    return [(a.code, [doc.text[s:e] for s, e in a.spans]) for a in doc.actors]


# --- طالب before a ب-phrase of what is demanded is the verb, not "student" (actors + plural_heads.homograph_verb_prep)

@pytest.mark.parametrize("text,src", [
    ("انتقد وزير الخارجية العراقي الخطة، وطالب بإجراء تحقيق دولي في الهجوم.", "IRQGOV"),
    ("رفض رئيس البرلمان اللبناني المقترح وطالب بالإفراج عن المعتقلين.", "LBNLEG"),
    ("ندد الرئيس التونسي بالهجوم، مؤكدا تضامنه مع الضحايا، وطالب بتحديد المسؤولين عنه.", "TUNGOV"),
])
def test_joined_demand_before_b_phrase(text, src):
    evs = _ev(text)
    assert any(c[:2] == "10" and s == src for c, s, _ in evs), evs
    assert not any(code.endswith("EDU") for code, _ in _actors(text)), _actors(text)


@pytest.mark.parametrize("text,student", [
    ("أصيب مدرس وطالب بالجامعة في الانفجار.", "طالب"),
    ("اعتقلت الشرطة طالب بالصف الثالث الثانوي في بغداد.", "طالب"),
    ("كرمت الوزارة طالب بارز في مسابقة العلوم.", "طالب"),
    ("اعتقلت الشرطة المصرية طالب بريطاني في القاهرة.", "طالب بريطاني"),
])
def test_student_before_b_word_stays_student(text, student):
    # guards: a university, class, adjective or nationality after طالب keeps the student
    assert any(sp.startswith(student) for code, spans in _actors(text) if "EDU" in code for sp in spans), _actors(text)


# --- a comment on a decision told with its maker: the maker is the target (coding/decided_act_ar.py)

@pytest.mark.parametrize("text,src,tgt", [
    ("وأعربت مصر والأردن عن تأييدهما للإجراءات التي اتخذها الرئيس التونسي.", "EGY", "TUNGOV"),
    ("وأعربت مصر والأردن عن تأييدهما للإجراءات التي اتخذها الرئيس التونسي.", "JOR", "TUNGOV"),
    ("رحب الاتحاد الأوروبي بالخطوات التي اتخذتها الحكومة السودانية لحماية المدنيين.", "IGOEUREEC", "SDNGOV"),
    ("انتقد النائب العراقي القرار الذي أصدره وزير الداخلية الإيراني.", "IRQLEG", "IRNGOV"),
])
def test_decision_maker_is_target(text, src, tgt):
    evs = _ev(text)
    assert any(c[:2] in ("05", "11") and s == src and t == tgt for c, s, t in evs), evs


def test_later_comment_on_same_decision_takes_its_maker():
    text = ("انتقد النائب العراقي القرار الذي أصدره وزير الداخلية الإيراني. "
            "ورفضت المعارضة العراقية القرار في بيان.")
    evs = _ev(text)
    assert any(c[:2] == "12" and s == "IRQOPP" and t == "IRNGOV" for c, s, t in evs), evs


@pytest.mark.parametrize("text,src", [
    ("أعربت مصر عن تأييدها للقرار في بيان رسمي.", "EGY"),
    ("انتقد النائب العراقي القرار الذي صدر أمس عن الحكومة.", "IRQLEG"),
])
def test_decision_without_maker_unchanged(text, src):
    # guards: no relative clause with a making verb right before an actor -> no target from this rule
    doc = full(text)
    assert not any(":tgt-decider" in e.rule for e in doc.events if e.source_code == src), \
        [(e.cameo, e.source_code, e.target_code, e.rule) for e in doc.events]


# --- an honorific name after a bare role whose country came from an earlier mention (structure._title_apposition)

def test_honorific_after_anaphoric_role_joins_the_subject():
    text = ("التقى رئيس الوزراء العراقي محمد شياع السوداني وفدا أمريكيا. "
            "واستقبل رئيس الوزراء الشيخ خالد الحميدي اليوم السفير الفرنسي في بغداد.")
    evs = _ev(text)
    assert ("043", "IRQGOV", "FRAGOV") in evs, evs


# --- a bare authority acting on a citizen of the home country, in a home story (home_country._fill_roles)

_JOR_STORY = ("تعديل وزاري في الأردن\n\n"
              "عمان - 3 مارس (مرصد) - أجرى رئيس الوزراء الأردني تعديلا وزاريا واسعا شمل عشر حقائب في الحكومة الأردنية.\n\n"
              "وقال الوزير إن الحكومة ستواصل برنامج الإصلاح الاقتصادي في الأردن.\n\n")


def test_bare_authority_on_home_citizen_takes_home_country():
    evs = _ev(_JOR_STORY + "واعتقلت السلطات أمس ناشطا أردنيا بتهمة إثارة الفتنة.")
    assert ("173", "JORGOV", "JOROPP") in evs, evs


def test_bare_authority_in_two_country_story_stays_bare():
    # guard: a story of two countries (no home story): the bare authority is not guessed
    text = ("محادثات حدودية\n\n"
            "عمان - 3 مارس (مرصد) - بحث وزير الخارجية الأردني مع نظيره السوري في دمشق أمن الحدود بين الأردن وسوريا، "
            "وأكدت سوريا أن التعاون مع الأردن سيستمر. ورحبت سوريا بالمحادثات.\n\n"
            "واعتقلت السلطات أمس ناشطا أردنيا بتهمة إثارة الفتنة.")
    evs = _ev(text)
    assert not any(c == "173" and s == "JORGOV" for c, s, _ in evs), evs


# --- a dateline that names the venue, not the story's country (home_country._venue_home)

_VENUE_STORY = 'السودان يوقع اتفاقا مع حركات متمردة في القاهرة\n\nالقاهرة - الثلاثاء 5 مارس 2024\n\nوقعت الحكومة الانتقالية في السودان اليوم الثلاثاء في العاصمة المصرية القاهرة اتفاق سلام مع عدة فصائل مسلحة معارضة، بعد مفاوضات رعتها مصر.\n\nوقال وزير الخارجية المصري إن الاتفاق خطوة مهمة نحو السلام في السودان.\n\nواتهم المتمردون الجيش بخرق الهدنة في دارفور.\n\nوهددت الفصائل بمواصلة القتال إذا لم تفرج السلطات عن الأسرى.'


def test_venue_dateline_bare_roles_take_the_acting_country():
    evs = _ev(_VENUE_STORY)
    assert ("057", "SDNREB", "SDNGOV") in evs, evs   # the lead's bare factions: Sudan's, not Egypt's
    assert ("130", "SDNREB", "SDNGOV") in evs, evs   # a later sentence naming no country


_HOME_STORY = 'أزمة التقاعد في فرنسا\n\nباريس - الثلاثاء 5 مارس 2024\n\nالتقى وزير الخارجية الإيراني في باريس اليوم رئيس الوزراء الفرنسي لبحث العلاقات الثنائية.\n\nوقالت الحكومة الفرنسية إن فرنسا تواجه أزمة بسبب إصلاح التقاعد، وإن الاقتصاد الفرنسي يحتاج إلى الإصلاح.\n\nوتظاهر آلاف الفرنسيين في باريس وليون ومرسيليا ضد الإصلاح.\n\nوهددت النقابات بإضراب عام إذا لم تتراجع الحكومة عن الإصلاح.'


def test_dateline_country_named_most_stays_home():
    # guard: a foreign minister acts first in the lead, but the story is the dateline country's (named most)
    evs = _ev(_HOME_STORY)
    assert ("130", "FRALAB", "FRAGOV") in evs, evs


# --- an unknown front named in quotes is an armed opposition group (actors._quoted_group, cue quoted_group_head)

@pytest.mark.parametrize("text,src,tgt", [
    ('واتهمت جبهة "الكرامة" المجلس العسكري بتجاهل مطالبها.', "REB", "MIL"),
    ('فيما رفضت "جبهة التحرير والعدالة في النيجر" (فاجن) التوقيع على الاتفاق.', "NERREB", None),
])
def test_quoted_front_is_a_rebel_group(text, src, tgt):
    evs = _ev(text)
    assert any(c[:2] in ("11", "12") and s == src and t == tgt for c, s, t in evs), evs


@pytest.mark.parametrize("text,code", [
    ('اتهمت جبهة "النصرة" الجيش بقصف المدينة.', "SYRREB"),   # a known front keeps its lexicon code
    ("قتل جندي على جبهة القتال في الشمال.", None),           # no quotes: the battle front, no group
])
def test_quoted_front_guards(text, code):
    got = [c for c, _ in _actors(text) if c and c.endswith("REB")]
    assert got == ([code] if code else []), _actors(text)
