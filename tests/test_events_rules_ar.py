"""Arabic structure rules of the event stage, on sentences written for these tests."""
import pytest

from events_helpers import code, dump, find

ISR, IRN, USA, RUS, FRA, TUR, CHN = "ISRMIL", "IRN", "USA", "RUS", "FRA", "TUR", "CHN"


# --- VSO / SVO / nominal clauses: who acts on whom -------------------------------------------
@pytest.mark.parametrize("text,actors,cameo,src,tgt", [
    ("هاجمت القوات الإسرائيلية مخيما قرب نابلس فجر اليوم.", {"القوات الإسرائيلية": ISR}, "19", ISR, None),
    ("اتهمت إيران أمس الولايات المتحدة بدعم الإرهاب.", {"إيران": IRN, "الولايات المتحدة": USA}, "112", IRN, USA),
    ("انتقد الرئيس التركي بشدة الحكومة السويدية.", {"الرئيس التركي": "TURGOV", "الحكومة السويدية": "SWEGOV"}, "111", "TURGOV", "SWEGOV"),
    ("رفضت الصين المقترح الذي قدمته واشنطن.", {"الصين": CHN, "واشنطن": USA}, "12", CHN, None),
    ("وكانت روسيا قد هددت أوكرانيا بعواقب وخيمة.", {"روسيا": RUS, "أوكرانيا": "UKR"}, "13", RUS, "UKR"),
    ("الحكومة الفرنسية تنتقد موسكو بسبب الحرب.", {"الحكومة الفرنسية": "FRAGOV", "موسكو": RUS}, "111", "FRAGOV", RUS),
    ("فرنسا اتهمت روسيا بالتدخل في الانتخابات.", {"فرنسا": FRA, "روسيا": RUS}, "112", FRA, RUS),
    ("أفرجت السلطات الإيرانية عن صحفي فرنسي.", {"السلطات الإيرانية": "IRNGOV", "صحفي فرنسي": "FRAMED"}, "0841", "IRNGOV", "FRAMED"),
    ("اعتقلت الشرطة التركية عشرة صحفيين في إسطنبول.", {"الشرطة التركية": "TURCOP", "صحفيين": "MED"}, "173", "TURCOP", "TURMED"),   # one country: domestic
    ("زار الرئيس الصيني موسكو الأسبوع الماضي.", {"الرئيس الصيني": "CHNGOV", "موسكو": RUS}, "042", "CHNGOV", RUS),
    ("استقبل الرئيس المصري وزير الخارجية الأميركي في القاهرة.", {"الرئيس المصري": "EGYGOV", "وزير الخارجية الأميركي": "USAGOV"}, "043", "EGYGOV", "USAGOV"),
    ("وقصفت طائرات روسية مواقع للمعارضة في إدلب.", {"طائرات روسية": "RUSMIL", "للمعارضة": "SYROPP"}, "195", "RUSMIL", "SYROPP"),
    ("أدان الاتحاد الأوروبي قرار الحكومة الإسرائيلية.", {"الاتحاد الأوروبي": "IGOEU", "الحكومة الإسرائيلية": "ISRGOV"}, "111", "IGOEU", "ISRGOV"),
    ("طالبت المعارضة السورية الحكومة بالإفراج عن المعتقلين.", {"المعارضة السورية": "SYROPP", "الحكومة": "GOV"}, "1053", "SYROPP", "SYRGOV"),   # one country: domestic
    ("شنت إسرائيل غارات على مواقع في جنوب لبنان.", {"إسرائيل": "ISR"}, "19", "ISR", None),
    ("شنت روسيا الحرب على جارتها أوكرانيا العام الماضي.", {"روسيا": RUS, "أوكرانيا": "UKR"}, "19", RUS, "UKR"),
    ("أعلنت روسيا طرد عشرة دبلوماسيين أميركيين.", {"روسيا": RUS, "دبلوماسيين أميركيين": "USAGOV"}, "166", RUS, "USAGOV"),
    ("دعت الأمم المتحدة إلى ضبط النفس.", {"الأمم المتحدة": "IGOUNO"}, "020", "IGOUNO", None),
])
def test_direction(text, actors, cameo, src, tgt):
    doc = code(text, actors)
    assert find(doc, cameo, src, tgt), dump(doc)
    if tgt is not None and src is not None:   # never the wrong way round
        assert not find(doc, cameo, tgt, src), dump(doc)


def test_passive_victim_is_target():
    doc = code("اغتيل رئيس الوزراء اللبناني في بيروت.", {"رئيس الوزراء اللبناني": "LBNGOV"})
    assert find(doc, "186", None, "LBNGOV"), dump(doc)


def test_noun_with_agent_by_marker():
    doc = code("أسفر هجوم على يد مسلحين عن مقتل ثلاثة جنود.", {"مسلحين": "REB"})
    assert find(doc, "19", "REB"), dump(doc)


def test_verbal_noun_patient():
    doc = code("أدى اغتيال الوزير اللبناني إلى أزمة.", {"الوزير اللبناني": "LBNGOV"})
    assert find(doc, "186", None, "LBNGOV"), dump(doc)


# --- mutual / conjoined / reciprocal ----------------------------------------------------------
@pytest.mark.parametrize("text,actors,cameo,a,b", [
    ("جرت محادثات بين الصين والهند في بكين.", {"الصين": CHN, "الهند": "IND"}, "046", CHN, "IND"),
    ("تشهد جنيف اليوم اجتماعا بين دبلوماسيين أميركيين وروس.", {"دبلوماسيين أميركيين": "USAGOV", "وروس": "RUSGOV"}, "04", "USAGOV", "RUSGOV"),
    ("اجتمع وزير الخارجية الفرنسي مع نظيره الألماني في باريس أمس.", {"وزير الخارجية الفرنسي": "FRAGOV", "نظيره الألماني": "DEUGOV"}, "04", "FRAGOV", "DEUGOV"),
    ("التقى الرئيس المصري والرئيس الفرنسي في القاهرة أمس.", {"الرئيس المصري": "EGYGOV", "والرئيس الفرنسي": "FRAGOV"}, "04", "EGYGOV", "FRAGOV"),
    ("اشتبكت قوات الأمن مع متظاهرين في بغداد.", {"قوات الأمن": "IRQCOP", "متظاهرين": "IRQOPP"}, "19", "IRQCOP", "IRQOPP"),
    ("مفاوضات روسية أميركية في جنيف.", {"روسية": RUS, "أميركية": USA}, "046", RUS, USA),
    ("اتفقت روسيا مع تركيا على إنشاء منطقة آمنة.", {"روسيا": RUS, "تركيا": TUR}, "03", RUS, TUR),
    ("خفضت كل من السفارة الروسية والسفارة الأميركية أعداد الموظفين في عمليات متبادلة.",
     {"السفارة الروسية": "RUSGOV", "والسفارة الأميركية": "USAGOV"}, "16", "RUSGOV", "USAGOV"),
    ("وشهدت العمليات المتبادلة إعادة الدبلوماسيين الأميركيين والروس إلى بلادهم.",
     {"الدبلوماسيين الأميركيين": "USAGOV", "والروس": "RUSGOV"}, "16", "USAGOV", "RUSGOV"),
])
def test_both_directions(text, actors, cameo, a, b):
    doc = code(text, actors)
    assert find(doc, cameo, a, b) and find(doc, cameo, b, a), dump(doc)


def test_non_mutual_is_one_way():
    doc = code("هاجمت القوات الإسرائيلية مواقع لحركة حماس في غزة.", {"القوات الإسرائيلية": ISR, "حماس": "PSEREB"})
    assert not find(doc, "19", "PSEREB", ISR), dump(doc)


# --- negation ----------------------------------------------------------------------------
@pytest.mark.parametrize("text,actors,cameo", [
    ("لم تهاجم القوات الأميركية أي مواقع إيرانية.", {"القوات الأميركية": "USAMIL"}, "19"),
    ("قال الوزير إن بلاده لا تنوي إجراء محادثات مع طهران.", {"الوزير": "FRAGOV", "طهران": IRN}, "036"),
    ("نفت الحكومة السودانية أن يكون الجيش قد قصف القرى.", {"الحكومة السودانية": "SDNGOV", "الجيش": "SDNMIL"}, "19"),
    ("وأكدت الوزارة أنها ليست طرفا في الهجوم على المدينة أمس.", {"الوزارة": "SYRGOV"}, "19"),
])
def test_negated(text, actors, cameo):
    doc = code(text, actors)
    evs = find(doc, cameo)
    assert evs and all(e.negated for e in evs), dump(doc)


def test_announced_refusal_to_negotiate_is_rejection():
    doc = code("لن تشارك فرنسا في المفاوضات مع إيران.", {"فرنسا": FRA, "إيران": IRN})
    assert find(doc, "125", FRA, IRN, negated=False), dump(doc)


def test_not_negated_without_particle():
    doc = code("هاجمت القوات الأميركية مواقع إيرانية أمس.", {"القوات الأميركية": "USAMIL"})
    assert find(doc, "19", negated=False), dump(doc)


def test_nothing_to_discuss_is_rejection():
    doc = code("وأكد الوزير للصحفيين أنه ليس لدى طهران ما تناقشه مع لندن بشأن الحدود.",
               {"الوزير": "IRNGOV", "طهران": "IRN", "لندن": "GBR"})
    assert find(doc, "125", "IRN", "GBR", negated=False), dump(doc)


# --- modality --------------------------------------------------------------------------------
@pytest.mark.parametrize("text,actors,cameo,modality", [
    ("تعتزم الحكومة الفرنسية فرض عقوبات على روسيا.", {"الحكومة الفرنسية": "FRAGOV", "روسيا": RUS}, "163", "intent"),
    ("سوف تفرض الولايات المتحدة عقوبات جديدة على إيران.", {"الولايات المتحدة": USA, "إيران": IRN}, "1312", "future"),
    ("وستهاجم القوات الإسرائيلية المدينة.", {"القوات الإسرائيلية": ISR}, "138", "future"),
    ("إذا هاجمت إسرائيل إيران فإن المنطقة ستشتعل.", {"إسرائيل": "ISR", "إيران": IRN}, "19", "conditional"),
    ("وقال الوزير إن بلاده مستعدة لعقد اجتماعات مع الصين إذا كانت بكين مستعدة لذلك.",
     {"الوزير": "USAGOV", "الصين": CHN, "بكين": CHN}, "036", "conditional"),
    ("تظاهر آلاف الطلاب مطالبين بوقف الهجمات على المدنيين.", {}, "19", "demand"),
    ("هل تهاجم إسرائيل المنشآت الإيرانية؟", {"إسرائيل": "ISR"}, "19", "hypothetical"),
])
def test_modality(text, actors, cameo, modality):
    doc = code(text, actors)
    assert find(doc, cameo, modality=modality), dump(doc)


def test_intent_to_meet_is_036_from_speaker_country():
    doc = code("وقال ريابكوف إن بلاده مستعدة لعقد اجتماعات مع الولايات المتحدة.",
               {"ريابكوف": "RUSGOV", "الولايات المتحدة": USA})
    evs = find(doc, "036", "RUSGOV", USA)
    assert evs and evs[0].reported_by_code == "RUSGOV", dump(doc)


def test_purpose_clause_is_not_an_attack():
    doc = code("وصل المسلح إلى السوق ليفجر نفسه وسط الحشود.", {})
    assert not find(doc, "18", modality="asserted"), dump(doc)


# --- reported speech ------------------------------------------------------------------------
def test_statement_and_embedded_event():
    doc = code("قال وزير الخارجية الإيراني إن طهران لن تتفاوض مع واشنطن.",
               {"وزير الخارجية الإيراني": "IRNGOV", "طهران": IRN, "واشنطن": USA})
    emb = find(doc, "125", IRN, USA)   # "will not negotiate" = refuses to negotiate
    assert emb and emb[0].reported_by_code == "IRNGOV" and emb[0].quote_id, dump(doc)
    # the statement is coded by what was said: no bare 010 beside it (merge_repeats)
    assert not find(doc, "010", "IRNGOV"), dump(doc)
    assert any(q.speaker_actor_id for q in doc.quotes), dump(doc)


def test_bare_statement_stays_when_nothing_else_is_coded():
    doc = code("وقال وزير الخارجية الإيراني إن الأوضاع في المنطقة صعبة.",
               {"وزير الخارجية الإيراني": "IRNGOV"})
    assert find(doc, "01", "IRNGOV"), dump(doc)


def test_pro_drop_speaker_continues():
    doc = code("قال الوزير التركي إن أنقرة ستدعم الاتفاق. وأضاف أن هناك أملا في تحسن العلاقات مع اليونان.",
               {"الوزير التركي": "TURGOV", "أنقرة": TUR, "اليونان": "GRC"})
    evs = find(doc, "013", "TURGOV", "GRC")
    assert evs and evs[0].reported_by_code == "TURGOV", dump(doc)


def test_agency_quoting_source():
    doc = code('ونقلت وكالة "نوفوستي" عن دبلوماسي روسي رفيع قوله إن لقاء يعقد صباح اليوم بين دبلوماسيين أميركيين وروس.',
               {"دبلوماسي روسي رفيع": "RUSGOV", "دبلوماسيين أميركيين": "USAGOV", "وروس": "RUSGOV"})
    q = doc.quotes[0]
    assert doc.text[q.speaker_start:q.speaker_end] == "دبلوماسي روسي رفيع"
    evs = find(doc, "04", "USAGOV", "RUSGOV")
    assert evs and evs[0].reported_by_code == "RUSGOV", dump(doc)


# --- background, references, segments -------------------------------------------------------
def test_definition_is_historical():
    doc = code("ويرتبط مفهوم الردع بالحرب التي شنتها الولايات المتحدة على العراق عام 1991.", {"الولايات المتحدة": USA, "العراق": "IRQ"})
    assert doc.events and all(e.historical for e in doc.events), dump(doc)


def test_reference_to_past_event_not_current():
    doc = code("وتأتي الزيارة بعد عام على اغتيال الصحفي في القنصلية.", {})
    assert not find(doc, "186", historical=False), dump(doc)


def test_anchored_noun_is_current():
    doc = code("قتل خمسة أشخاص في انفجار سيارة مفخخة في بغداد أمس.", {})
    assert find(doc, "18", historical=False) or find(doc, "19", historical=False), dump(doc)


def test_condemned_attack_is_not_attributed_to_condemner():
    doc = code("أدانت فرنسا الهجوم على السفارة.", {"فرنسا": FRA})
    assert find(doc, "111", FRA)
    assert not find(doc, "19", FRA), dump(doc)


def test_one_event_per_happening():
    doc = code("هاجمت القوات الإسرائيلية مخيم جنين وشنت هجوما واسعا عليه فجر اليوم.", {"القوات الإسرائيلية": ISR})
    assert len(find(doc, "19", ISR)) == 1, dump(doc)


def test_stable_ids_and_evidence():
    text = "اعتقلت الشرطة التركية عشرة صحفيين في إسطنبول."
    a = code(text, {"الشرطة التركية": "TURCOP"})
    b = code(text, {"الشرطة التركية": "TURCOP"})
    assert [e.id for e in a.events] == [e.id for e in b.events]
    e = a.events[0]
    assert a.text[e.trigger_start:e.trigger_end] == e.trigger == "اعتقلت"
    assert a.text[e.sentence_start:e.sentence_end].startswith("اعتقلت")
    assert e.source_span and a.text[e.source_span[0]:e.source_span[1]] == "الشرطة التركية"
    assert e.lang == "ar" and e.plover_type == "COERCE" and e.quad_class == 4 and e.goldstein < 0


@pytest.mark.parametrize("text", [
    "تظاهر آلاف الطلاب في القاهرة أمس احتجاجا على رفع الأسعار.",
    "اعتصم مئات العمال أمام مقر الحكومة للمطالبة برواتبهم.",
    "وخرجت مظاهرات حاشدة في عدة مدن تنديدا بالقرار.",
    "ونزل المتظاهرون إلى الشوارع رافعين الأعلام.",
])
def test_protest(text):
    doc = code(text, {})
    assert find(doc, "14", historical=False, negated=False), dump(doc)


@pytest.mark.parametrize("text", [
    "وانفجرت عبوة ناسفة قرب دورية للشرطة صباح اليوم.",
    "وخطف مسلحون مهندسين أجنبيين في جنوب البلاد أمس.",
    "وفجر انتحاري نفسه عند مدخل السوق.",
    "وأطلق مسلحون النار على حافلة للركاب.",
])
def test_assault(text):
    doc = code(text, {})
    assert any(e.plover_type == "ASSAULT" and not e.historical for e in doc.events), dump(doc)


@pytest.mark.parametrize("text", [
    "وقال الشاعر إن فجر الحرية قريب.",
    "وكتب مقالا بعنوان فجر جديد.",
    "ويشن الكاتب هجوما لاذعا على الحكومة.",
])
def test_not_assault(text):
    doc = code(text, {})
    assert not any(e.plover_type == "ASSAULT" and not e.historical and e.modality == "asserted" for e in doc.events), dump(doc)
