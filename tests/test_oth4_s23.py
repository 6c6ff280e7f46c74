"""Session 23, OTH4: more pages that are not political news.  A virus "attacks" children (hazards.tsv: a disease is
no attacker); a novel's and a painter's page retell a war (domain.tsv role ``screen``: روايه، حبكه، تشكيلي، لوحات,
novelist, paintings), and on such a page a plot step with no actor on either side is dropped too; an exam results
page (role ``education``, a private page: events need a political side); a half-year results page (market cues
profit, pre-tax, buyback).  Guards: the real events of the same kinds of page stay.  Sentences and pages are ours."""
from __future__ import annotations

import pytest

from events_helpers import full

DAY = "2026-12-14"
VIOLENT = ("18", "19", "20")
MATERIAL = ("14", "15", "17", "18", "19", "20")


def _codes(doc):
    return [(e.cameo, e.source_code, e.target_code, e.trigger) for e in doc.events]


# ------------------------------------------------------------------ a disease is no attacker
@pytest.mark.parametrize("text", [
    "Doctors warned that the virus attacks the lungs of small children within days.",
    "The minister said the country faced an outbreak that attacks the poorest districts first.",
    "وقال الطبيب إن فيروس الحصبة يهاجم الأطفال الذين لم يتلقوا اللقاح.",
    "وأوضحت الوزارة أن الملاريا تجتاح القرى الجنوبية مع بداية موسم الأمطار.",
])
def test_a_disease_attacking_people_is_no_attack(text):
    doc = full(text, published_at=DAY)
    assert not [e for e in doc.events if e.root in VIOLENT], _codes(doc)


@pytest.mark.parametrize("text", [
    # guards: people attacking a vaccination team, an attack during an outbreak
    "Gunmen attacked a polio vaccination team in Peshawar on Tuesday, killing a policeman.",
    "Militants attack health workers during a measles vaccination drive in Kano.",
    "هاجم مسلحون فريقا للتطعيم ضد شلل الأطفال في بيشاور، ما أدى إلى مقتل شرطي.",
])
def test_attacks_on_vaccinators_stay(text):
    doc = full(text, published_at=DAY)
    assert [e for e in doc.events if e.root in VIOLENT], _codes(doc)


def test_a_minister_visiting_a_vaccination_centre_is_still_a_visit():
    text = ("Kenya begins measles vaccination campaign\n\n"
            "Kenya's health minister visited a vaccination centre in Kisumu on Monday as a measles campaign began.\n")
    doc = full(text, published_at=DAY)
    assert any(e.root == "04" and e.trigger.startswith("visit") for e in doc.events), _codes(doc)


# ------------------------------------------------------------------ a novel, a painter
NOVEL_AR = (
    "رواية جديدة عن حصار المدينة القديمة\n\n"
    "تروي الروائية السورية ليلى منصور في روايتها الثالثة حكاية عائلة تعيش في حلب خلال سنوات الحرب.\n\n"
    "في الفصل الأول يقتحم المسلحون بيت العائلة ويخطفون الأب، ثم يقصف الطيران الحي كل ليلة.\n\n"
    "وتتفاوض الأم مع قائد الكتيبة على إطلاق سراح زوجها، لكنه يطردها من مقره.\n\n"
    "تبدو الحبكة في النصف الثاني مرتبكة، لكن الساردة تبقى صوتا صادقا حتى الصفحة الأخيرة.\n\n"
    "وتصدر الرواية في 280 صفحة عن دار نشر في بيروت.\n")

PAINTER_AR = (
    "معرض استعادي للفنان التشكيلي سامي النجار\n\n"
    "يفتتح الأحد معرض استعادي للفنان التشكيلي العراقي سامي النجار يضم أربعين لوحة من أعماله.\n\n"
    "وفي أشهر لوحاته تقصف الطائرات سوقا شعبيا، بينما يحاصر الجنود مدينة من الطين.\n\n"
    "وكان النجار يرسم كل صباح في مرسمه، ويقول إن الفرشاة كانت سلاحه الوحيد.\n\n"
    "ويستمر المعرض الذي تنظمه جمعية الفنانين التشكيليين حتى نهاية الشهر.\n")

NOVEL_EN = (
    "Review: a quiet novel about a loud war\n\n"
    "The novelist Hannah Ruiz sets her second book in a mountain village during the Bosnian war.\n\n"
    "In the first chapter soldiers storm the village school and seize the teacher, and the shelling never stops.\n\n"
    "Later the mayor negotiates with the commander for the children's release, but he throws him out.\n\n"
    "The paperback is already a bestseller in Spain, and the novelist is touring Europe this winter.\n")


@pytest.mark.parametrize("text", [NOVEL_AR, PAINTER_AR, NOVEL_EN])
def test_the_war_of_a_novel_or_a_painting_is_no_event(text):
    doc = full(text, published_at=DAY)
    assert not [e for e in doc.events if e.root in MATERIAL], _codes(doc)
    assert doc.meta["domain"]["screen"] == "page"


@pytest.mark.parametrize("text", [NOVEL_AR, NOVEL_EN])
def test_a_plot_step_without_actors_is_no_event(text):
    doc = full(text, published_at=DAY)
    assert not [e for e in doc.events if e.root in ("04", "16") and not (e.source_code or e.target_code)], _codes(doc)




# ------------------------------------------------------------------ exam results
EXAMS_EN = (
    "GCSE results: top grades rise as pupils return to normal exams\n\n"
    "Pupils across England received their GCSE results on Thursday, and the share of top grades rose again.\n\n"
    "One school in Leeds smashed its own record, and head teachers said pupils had worked hard.\n\n"
    "Sixth-form colleges were bombarded with calls from pupils who missed their grades.\n\n"
    "Ofqual said exam boards had received fewer appeals this year.\n")





# ------------------------------------------------------------------ half-year results
RESULTS_EN = (
    "Harbour Foods profit rises as price war eases\n\n"
    "Harbour Foods reported a 15 percent rise in half-year profit on Wednesday after a bruising price war.\n\n"
    "Pre-tax profit rose to 210 million pounds, and the group announced a buyback and a higher dividend.\n\n"
    "The chief executive said the chain had taken the battle to its rivals and would not retreat.\n")




# ------------------------------------------------------------------ a derby
def test_police_arresting_fans_after_a_derby_stay():
    text = ("الوداد يكتسح الرجاء في الديربي\n\n"
            "اكتسح الوداد غريمه الرجاء بثلاثة أهداف نظيفة في مباراة الديربي على ملعب محمد الخامس، وشن لاعبوه "
            "هجوما كاسحا منذ بداية الشوط الأول.\n\n"
            "وسجل المهاجم هدفين من ركلة جزاء وتسديدة قوية، بينما اكتفى الرجاء بالدفاع.\n\n"
            "وبعد المباراة اعتقلت الشرطة المغربية 30 مشجعا بعد مواجهات مع قوات الأمن خارج الملعب.\n")
    doc = full(text, published_at=DAY)
    assert any(e.root == "17" for e in doc.events), _codes(doc)
    assert not [e for e in doc.events if e.root in VIOLENT and "هجوم" in e.trigger], _codes(doc)


# ------------------------------------------------------------------ nouns of police and business pages
@pytest.mark.parametrize("text, root", [
    ("The girl, who cannot be named for legal reasons, was taken into care on Friday.", "04"),
    ("The visit was postponed for security reasons, officials in Amman said.", "04"),
    ("The discount chain Valumart opened forty new stores in Poland this year.", "06"),
    ("Officers said the chain of command inside the gang had collapsed.", "06"),
])
def test_reasons_and_chains_are_nouns(text, root):
    doc = full(text, published_at=DAY)
    assert not [e for e in doc.events if e.root == root and e.trigger.split()[0] in ("reasons", "chain")], _codes(doc)


def test_a_meeting_for_a_reason_stays():   # guard: the meeting of the sentence is still coded
    doc = full("The Jordanian foreign minister met his Iraqi counterpart in Amman for that reason.", published_at=DAY)
    assert any(e.root == "04" and e.trigger.startswith("met") for e in doc.events), _codes(doc)


def test_the_exam_page_is_a_private_page():
    assert full(EXAMS_EN, published_at=DAY).meta["domain"]["private_education"] == "page"


@pytest.mark.parametrize("page", [EXAMS_EN, RESULTS_EN])
def test_exam_and_results_pages_have_no_assaults(page):
    doc = full(page, published_at=DAY)
    assert not [e for e in doc.events if e.root in VIOLENT], _codes(doc)


@pytest.mark.parametrize("page, added, root, source", [
    # guards: the real events of the same pages stay (the authorities are an anchor; a side that is political)
    (NOVEL_AR, "وكانت السلطات الأردنية قد اعتقلت الكاتبة يومين العام الماضي بسبب روايتها الأولى.", "17", "JOR"),
    (PAINTER_AR, "وفي عام 1991 اعتقلته السلطات العراقية شهرين بسبب لوحة ساخرة.", "17", "IRQ"),
    (EXAMS_EN, "The teachers' union threatened to strike unless the government funds a pay rise.", "13", ""),
    (EXAMS_EN, "Police arrested twelve protesters outside the education ministry in London on Friday.", "17", ""),
    (RESULTS_EN, "Shares fell after militants attacked a tanker carrying its goods in the Red Sea.", "19", ""),
])
def test_real_events_on_such_pages_stay(page, added, root, source):
    doc = full(page + "\n" + added + "\n", published_at=DAY)
    assert any(e.root == root and (e.source_code or "").startswith(source) for e in doc.events), _codes(doc)
