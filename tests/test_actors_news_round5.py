"""Round 5 of everyday news sentences (Gulf, Maghreb, Sahel, Horn of Africa, Yemen, Libya, Sudan,
2023-2026): actor codes.  Sentences written for these tests in the style of agency copy."""
from __future__ import annotations

import pytest

from marsad.pipeline import Pipeline, PipelineConfig, STAGES

from test_actors_stage import actor_at  # noqa: F401  (same helper)

DATE = "2025-06-01"
_STAGES = {k: STAGES[k] for k in ("clean", "language", "sentences", "mentions", "actors")}


def run(text: str, date: str = DATE):
    """The stages up to actors, NER mentions included (the sentences are read as in the pipeline)."""
    return Pipeline(PipelineConfig(), stages=_STAGES)(text, published_at=date)

# (sentence, phrase, expected code)
CASES = [
    ("أعلنت قوات الدعم السريع سيطرتها على مدينة الفاشر بعد حصار دام أشهرا.", "قوات الدعم السريع", "SDNREB"),
    ("شنت جماعة الحوثي هجوما بطائرة مسيرة على سفينة تجارية في البحر الأحمر.", "جماعة الحوثي", "YEMREB"),
    ("أعلن مجلس القيادة الرئاسي اليمني برئاسة رشاد العليمي حالة الطوارئ في عدن.", "مجلس القيادة الرئاسي",
     "YEMGOV"),
    ("قالت حكومة الوحدة الوطنية في طرابلس إن اشتباكات اندلعت قرب المطار.", "حكومة الوحدة الوطنية", "LBYGOV"),
    ("أعلن الجيش الوطني الليبي بقيادة خليفة حفتر إغلاق الحدود مع السودان.", "الجيش الوطني الليبي", "LBYMIL"),
    ("قتل عشرة جنود ماليين في هجوم شنته جماعة نصرة الإسلام والمسلمين قرب تمبكتو.", "جنود ماليين", "MLIMIL"),
    ("قتل عشرة جنود ماليين في هجوم شنته جماعة نصرة الإسلام والمسلمين قرب تمبكتو.",
     "جماعة نصرة الإسلام والمسلمين", "IMGMOSALQ"),
    ("أعلن المجلس العسكري الحاكم في النيجر طرد السفير الفرنسي من نيامي.", "المجلس العسكري", "NERMIL"),
    ("قالت حركة الشباب إنها هاجمت قاعدة للجيش الصومالي في إقليم شبيلي السفلى.", "حركة الشباب", "SOMREB"),
    ("وقعت إثيوبيا وأرض الصومال مذكرة تفاهم تمنح أديس أبابا منفذا على البحر الأحمر.", "أرض الصومال", "SOMGOV"),
    ("استدعت الجزائر سفيرها لدى فرنسا احتجاجا على موقف باريس من الصحراء الغربية.", "الجزائر", "DZA"),
    ("أعلنت وزارة الداخلية المغربية تفكيك خلية إرهابية في طنجة.", "وزارة الداخلية المغربية", "MARGOV"),
    ("قال وزير الخارجية القطري إن الوساطة مستمرة بين حماس وإسرائيل.", "وزير الخارجية القطري", "QATGOV"),
    ("أفرجت السلطات الإماراتية عن عشرات المعتقلين بعد وساطة.", "السلطات الإماراتية", "AREGOV"),
    ("قال رئيس مجلس السيادة السوداني عبد الفتاح البرهان إن الحرب لن تتوقف.", "عبد الفتاح البرهان", "SDNGOV"),
    ("اتهمت الحكومة الصومالية إثيوبيا بانتهاك سيادتها.", "الحكومة الصومالية", "SOMGOV"),
    ("قتل ثلاثة من عناصر الشرطة الموريتانية في هجوم على نقطة حدودية مع مالي.", "الشرطة الموريتانية",
     "MRTCOP"),
    ("Chadian troops withdrew from the border town after clashes with Sudanese paramilitaries.",
     "Sudanese paramilitaries", "SDNMIL"),
    ("Libya's Presidential Council head Mohamed al-Menfi met the Algerian foreign minister in Algiers.",
     "Mohamed al-Menfi", "LBYGOV"),
    ("قال قائد قوات الدعم السريع محمد حمدان دقلو إن قواته ستشكل حكومة موازية.", "محمد حمدان دقلو", "SDNREB"),
    ("Congolese soldiers clashed with M23 rebels near Goma.", "M23", "CODREB"),
]


@pytest.mark.parametrize("text,phrase,code", CASES)
def test_round5_codes(text, phrase, code):
    a = actor_at(run(text, date=DATE), phrase)
    assert a is not None and a.code == code, (phrase, a)


def test_the_sea_is_not_bahrain():
    doc = run("اعترضت البحرية الأميركية صواريخ فوق البحر الأحمر وخليج عدن.", date=DATE)
    assert not any(a.code and a.code.startswith("BHR") for a in doc.actors)
    doc = run("استقبل ملك البحرين وزير الخارجية الأمريكي في المنامة.", date=DATE)
    assert any(a.country == "BHR" for a in doc.actors)


def test_a_country_after_a_nationality_adjective_is_the_next_actor():
    doc = run("اتهمت الحكومة الصومالية إثيوبيا بانتهاك سيادتها.", date=DATE)
    a = actor_at(doc, "الحكومة الصومالية")
    assert doc.text[a.spans[0][0]:a.spans[0][1]] == "الحكومة الصومالية"
    assert actor_at(doc, "إثيوبيا").code == "ETH"
    # a capital after its nationality adjective is an apposition (the place), not an actor
    doc = run("خرج متظاهرون في العاصمة السودانية الخرطوم للمطالبة برحيل الحكومة.", date=DATE)
    assert actor_at(doc, "الخرطوم") is None


def test_a_spokesman_with_a_rank_speaks_for_the_army():
    doc = run("قال المتحدث باسم الجيش السوداني العميد نبيل عبد الله إن الجيش استعاد مصفاة الجيلي.", date=DATE)
    assert actor_at(doc, "نبيل عبد الله").code == "SDNMIL"
    # the bare "الجيش" later in the document is the same army
    a = actor_at(doc, "الجيش", 1)
    assert a is not None and a.code == "SDNMIL"


def test_bare_body_coreference_needs_one_country():
    doc = run("قصف الجيش السوداني مواقع قرب الحدود، واتهم الجيش التشادي الخرطوم. وقال الجيش إن المعارك "
              "مستمرة.", date=DATE)
    assert actor_at(doc, "الجيش", 2).country is None     # two armies named: no guess
    doc = run("وقال الجيش إن المعارك مستمرة.", date=DATE)
    assert actor_at(doc, "الجيش").country is None


def test_ruling_body_in_a_country_but_not_a_force_sent_there():
    doc = run("قالت الحكومة في بغداد إنها سترد على الهجوم.", date=DATE)
    assert actor_at(doc, "الحكومة").code == "IRQGOV"
    doc = run("نشرت تركيا قوات في ليبيا لدعم الحكومة.", date=DATE)
    assert actor_at(doc, "قوات").country is None


CASES_B = [
    ("قالت السلطات في مالي إن الهجوم أسفر عن مقتل عشرين شخصا.", "السلطات", "MLIGOV"),
    ("دعا المبعوث الأممي إلى ليبيا الأطراف إلى الحوار.", "المبعوث الأممي", "IGOUNO"),
    ("Burkina Faso's junta leader Ibrahim Traore met Russian officials in Ouagadougou.", "Ibrahim Traore",
     "BFAGOV"),
    ("قال رئيس المجلس الرئاسي الليبي محمد المنفي إن الانتخابات ستجرى العام المقبل.", "محمد المنفي", "LBYGOV"),
    ("اتهمت الحكومة الإثيوبية جبهة تحرير شعب تيغراي بخرق اتفاق السلام.", "الحكومة الإثيوبية", "ETHGOV"),
    ("Eritrean troops remain in parts of Tigray, Ethiopian officials said.", "Eritrean troops", "ERIMIL"),
]


@pytest.mark.parametrize("text,phrase,code", CASES_B)
def test_round5_codes_b(text, phrase, code):
    a = actor_at(run(text, date=DATE), phrase)
    assert a is not None and a.code == code, (phrase, a)


def test_an_indefinite_noun_after_a_named_group_is_the_object():
    doc = run("احتجز الحوثيون موظفين أمميين في صنعاء.", date=DATE)
    h = actor_at(doc, "الحوثيون")
    assert h.code == "YEMREB" and doc.text[h.spans[0][0]:h.spans[0][1]] == "الحوثيون"
    assert actor_at(doc, "موظفين أمميين").code.startswith("IGOUNO")
    doc = run("Taliban militants attacked a checkpoint near Kandahar.", date=DATE)
    assert doc.text[actor_at(doc, "Taliban").spans[0][0]:actor_at(doc, "Taliban").spans[0][1]] == "Taliban militants"


CASES_C = [
    ("استقبل الرئيس الجزائري عبد المجيد تبون وزير الخارجية التونسي.", "عبد المجيد تبون", "DZAGOV"),
    ("قال رئيس الوزراء الإثيوبي آبي أحمد إن بلاده تريد منفذا بحريا.", "آبي أحمد", "ETHGOV"),
    ("التقى أمير الكويت الشيخ مشعل الأحمد الجابر الصباح ولي العهد السعودي.", "مشعل الأحمد الجابر الصباح", "KWTGOV"),
    ("زار صدام حفتر العاصمة المصرية القاهرة على رأس وفد عسكري.", "صدام حفتر", "LBYMIL"),
    # a former title (ELI) and his current opposition role (OPP) are on one side: the dated role stays
    ("دعا رئيس الوزراء السوداني السابق عبد الله حمدوك إلى وقف الحرب.", "عبد الله حمدوك", "SDNOPP"),
    ("Abdul-Malik al-Houthi said the attacks on shipping would continue.", "Abdul-Malik al-Houthi", "YEMREB"),
]


@pytest.mark.parametrize("text,phrase,code", CASES_C)
def test_round5_leaders(text, phrase, code):
    a = actor_at(run(text, date=DATE), phrase)
    assert a is not None and a.code == code, (phrase, a)


def test_a_city_named_after_its_country_is_a_place():
    doc = run("Sudan's army chief visited Port Sudan on Tuesday.", date=DATE)
    assert actor_at(doc, "Port Sudan") is None
    assert actor_at(doc, "Sudan's army").code == "SDNMIL"
    doc = run("Protesters gathered in Kuwait City and Sudan rejected the plan.", date=DATE)
    assert actor_at(doc, "Kuwait City") is None
    assert actor_at(doc, "Sudan rejected").code == "SDN"
