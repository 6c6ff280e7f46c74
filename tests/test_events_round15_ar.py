"""Arabic news sentences written for these tests (round 15): أسر "captured" against أسر / أسرة "families",
arrivals on a visit, armed movements as actors, elections, dissolved parliaments and resignations.  None of
them comes from ../shared."""
import pytest

from events_helpers import dump, find, full


# ---------------------------------------------------------------- أسر: captured (181), not families
@pytest.mark.parametrize("text,src,tgt", [
    ("أسر مقاتلو الحركة جنديين إسرائيليين خلال هجوم على موقع عسكري.", "UAF", "ISRMIL"),
    ("وأسر حزب الله جنديين إسرائيليين في عملية عبر الحدود.", "LBNREB", "ISRMIL"),
    ("وقال الجيش إن مسلحين أسروا ثلاثة جنود قرب الحدود.", "UAF", "MIL"),
])
def test_captured_combatants_are_abducted(text, src, tgt):
    # PLOVER: combatants captured during conflict are ASSAULT abduct (181), not an arrest
    doc = full(text)
    evs = find(doc, "181", src, tgt)
    assert evs and not evs[0].historical, dump(doc)


@pytest.mark.parametrize("text", [
    "التقى الرئيس أسر الضحايا في القصر الرئاسي.",
    "وطالبت أسر المعتقلين الفلسطينيين بالإفراج عن أبنائها.",
    "وزار الوزير أسر الجنود القتلى في مدينة الخليل.",
    "وتلقت أسرته نبأ الحادث أمس.",
    "نظمت أسر المفقودين وقفة أمام مقر الحكومة.",
    "وتطالب أسر الرهائن الحكومة بإبرام صفقة تبادل.",
])
def test_families_are_no_capture(text):
    doc = full(text)
    assert not [e for e in find(doc, "181") if "أسر" in e.trigger], dump(doc)


# ---------------------------------------------------------------- arriving on a visit: 042 reported
@pytest.mark.parametrize("text,src,tgt", [
    ("وصل الرئيس المصري إلى الرياض في زيارة رسمية تستغرق يومين.", "EGYGOV", "SAU"),
    ("توجه رئيس الوزراء العراقي إلى طهران في زيارة رسمية.", "IRQGOV", "IRN"),
    ("قام الرئيس الفرنسي بزيارة إلى الجزائر.", "FRAGOV", "DZA"),
    ("استهل الرئيس التركي جولته الخليجية بزيارة إلى قطر.", "TURGOV", "QAT"),
])
def test_arrival_on_a_visit_is_a_reported_visit(text, src, tgt):
    doc = full(text)
    evs = find(doc, "042", src, tgt)
    assert evs and not evs[0].historical and evs[0].modality == "asserted", dump(doc)
    assert not find(doc, "043"), dump(doc)   # the host's 043 is not needed


def test_talk_about_the_visit_stays_a_reference():
    doc = full("وتأتي الزيارة في إطار جهود الوساطة بين الطرفين.")
    assert all(e.historical for e in find(doc, "042")), dump(doc)


def test_arrival_without_a_visit_is_no_event():
    doc = full("وصل الرئيس إلى الرياض قادما من القاهرة.")
    assert not find(doc, "04"), dump(doc)


# ---------------------------------------------------------------- armed movements as actors
@pytest.mark.parametrize("text,src", [
    ("هاجمت قوات الدعم السريع مدينة الفاشر.", "SDNREB"),
    ("اتهمت حركة العدل والمساواة الجيش السوداني بقصف مواقعها.", "SDNREB"),
    ("أعلنت حركة تحرير السودان انسحابها من المفاوضات.", "SDNREB"),
    ("أطلق الحوثيون صاروخا باتجاه إسرائيل.", "YEMREB"),
    ("قالت جماعة أنصار الله إنها استهدفت سفينة في البحر الأحمر.", "YEMREB"),
    ("هاجمت فصائل الحشد الشعبي مواقع للمسلحين.", "IRQMIL"),
    ("سيطرت هيئة تحرير الشام على مدينة إدلب.", "SYRREB"),
    ("قصفت قسد مواقع للجيش التركي.", "SYRREB"),
    ("هاجمت الحركة الشعبية لتحرير السودان شمال مواقع الجيش في جنوب كردفان.", "SDNREB"),
    ("اتهمت الحركة الشعبية قطاع الشمال الجيش السوداني بقصف قرى في النيل الأزرق.", "SDNREB"),
])
def test_armed_movements_have_their_codes(text, src):
    doc = full(text, published_at="2024-03-01")
    assert any(e.source_code == src and not e.historical for e in doc.events), dump(doc)


@pytest.mark.parametrize("date,code", [("2004-06-01", "SDNREB"), ("2008-06-01", "SDNPTY"), ("2015-06-01", "SSDPTY")])
def test_the_splm_by_date(date, code):
    doc = full("اتهم الجيش السوداني الحركة الشعبية لتحرير السودان بخرق وقف إطلاق النار.", published_at=date)
    assert find(doc, "112", "SDNMIL", code), dump(doc)


# ---------------------------------------------------------------- a dispersed crowd is the target, not the site
@pytest.mark.parametrize("text,src,tgt", [
    # (the crowd the Tunisian police disperse is Tunisia's public: session 38, crowd_police_ar._repressed_crowd)
    ("فرقت الشرطة التونسية بالغاز المسيل للدموع متظاهرين أمام البرلمان.", "TUNCOP", "TUNCVL"),
    ("فرقت الشرطة المتظاهرين في وسط العاصمة.", "COP", "CVL"),
])
def test_the_dispersed_crowd_is_the_target(text, src, tgt):
    doc = full(text)
    assert find(doc, "175", src, tgt), dump(doc)


# ---------------------------------------------------------------- the object's nationality before a later actor
@pytest.mark.parametrize("text,cameo,src,tgt", [
    ("رفضت الحكومة العراقية الاتهامات التركية بإيواء مسلحين.", "12", "IRQGOV", "TUR"),
    ("انتقدت الصين التصريحات الأمريكية بشأن تايوان.", "11", "CHN", "USA"),
])
def test_a_nationality_object_is_the_target_not_the_complement(text, cameo, src, tgt):
    doc = full(text)
    assert find(doc, cameo, src, tgt), dump(doc)


def test_a_named_object_keeps_its_target():
    doc = full("أدانت الجامعة العربية الغارات الإسرائيلية على غزة.")
    assert find(doc, "111", "IGOARBAGL", "ISRMIL"), dump(doc)


# ---------------------------------------------------------------- two parties agreeing: both ways
@pytest.mark.parametrize("text,a,b", [
    ("اتفقت الحكومة اليمنية والحوثيون على تبادل الأسرى.", "YEMGOV", "YEMREB"),
    ("اتفقت مصر وإثيوبيا على استئناف المفاوضات.", "EGY", "ETH"),
])
def test_agreeing_parties_go_both_ways(text, a, b):
    doc = full(text)
    assert find(doc, "030", a, b) and find(doc, "030", b, a), dump(doc)


def test_one_party_agreeing_has_no_target():
    doc = full("اتفقت الحكومة على خطة لإصلاح الاقتصاد.")
    assert find(doc, "030", "*", None), dump(doc)


# ---------------------------------------------------------------- V S O وV2: the joined verb's subject is S
def test_joined_verb_after_an_uncoded_verb_takes_its_subject():
    doc = full("حل الملك البرلمان ودعا إلى انتخابات جديدة.")
    evs = find(doc, "020")
    assert evs and evs[0].source_role == "GOV" and evs[0].source_code != "LEG", dump(doc)


def test_joined_verb_after_a_coded_verb_is_left_to_the_conjoined_subject_rule():
    doc = full("استقبل الرئيس المصري وزير الخارجية الأمريكي وبحث معه الأوضاع في غزة.")
    assert not [e for e in find(doc, "04") if e.source_code == e.target_code], dump(doc)


# ---------------------------------------------------------------- elections, dissolved parliaments, resignations
@pytest.mark.parametrize("text", [
    "أجرت تونس انتخابات تشريعية يوم الأحد.",
    "فاز الحزب الحاكم بأغلبية المقاعد في الانتخابات البرلمانية.",
    "أدلى الناخبون بأصواتهم في الانتخابات البلدية.",
])
def test_elections_are_no_events(text):
    # CAMEO has no election code and PLOVER makes elections a context: holding, voting and winning are not coded (a
    # call for elections is an appeal, 020); a dissolved parliament is 172 since session 42 (tests/test_b14ar_s25.py)
    doc = full(text)
    assert not doc.events, dump(doc)


@pytest.mark.parametrize("text,src", [
    ("استقال رئيس الوزراء اللبناني من منصبه.", "LBNGOV"),
    ("قدمت الحكومة الأردنية استقالتها إلى الملك.", "JORGOV"),
])
def test_resignations_are_0831(text, src):
    # PETRARCH2 RESIGN + GOVERNMENT / MINISTER [0831] (CONCEDE, political_institutions)
    doc = full(text)
    assert find(doc, "0831", src), dump(doc)
