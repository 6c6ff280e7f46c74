"""Session 47 (helper armiss47): Arabic gold events missed outright -- the shapes, in our own sentences.

1. An apposition aside between the VSO subject and the verb's object word ("ونفى الحزب، ذراع الحركة السياسية، أي صلة
   له"، "ووصف فلان، المتحدث باسم الوزارة، الغارة بأنها …") is passed over when the object word follows its closing
   comma (``fronted.apposition_aside``, ``events._object_after_apposition``); an adjunct aside ("، في بيان،") too, as
   for a preposition.  The aside's actors describe the subject named before it: no side of the verb.
2. Lexicon (manual_ar.tsv): describing as stupid, a sham, meaningless or an attempt to evade is a criticism (111), as
   attractive is praise (051); the forms هنأت / هنأوا of هنأ (congratulated); سخر من (mocked) is a criticism (111).
3. Lexicon: "تحتفظ بحق الرد" (the bare بحق; the reply word still required) is a threat; a denied تعرض (ill
   treatment suffered) is a denial; "طلب من X السماح بـ" is a request, not an apology (السماح left out of the 055
   rows); roles.tsv: an unnamed government source (مصدر حكومي، مصادر حكومية) with its nationality is a speaker.
"""
from test_gapen34_s34 import _dump, _with

_AMMAN = "عمان - 4 مايو (مرصد) - "
_DATE = "2025-05-04"


# ----------------------------------------------------------------------------- 1 apposition asides
def test_denial_after_an_apposition_aside():
    got, evs = _with(_AMMAN + "ونفى حزب الوسط الأردني، ذراع التيار المحافظ في البرلمان، أي صلة له بأعمال الشغب.",
                     "ونفى", _DATE)
    assert [e.cameo for e in got] == ["016"] and got[0].source_country == "JOR", _dump(evs)


def test_denial_after_a_participle_aside():
    got, evs = _with(_AMMAN + "ونفت الجمعية الخيرية الأردنية، المدعومة من رجال أعمال محليين، وقوع أي إصابات في "
                     "مقرها.", "ونفت", _DATE)
    assert [e.cameo for e in got] == ["016"], _dump(evs)


def test_denial_after_a_statement_aside():
    got, evs = _with(_AMMAN + "ونفت وزارة الداخلية الأردنية، في بيان، وجود أي معتقلين سياسيين في سجونها.",
                     "ونفت", _DATE)
    assert [e.cameo for e in got] == ["016"] and got[0].source_country == "JOR", _dump(evs)


def test_description_after_a_spokesman_aside():
    got, evs = _with(_AMMAN + 'ووصف أيمن الصفدي، وزير الخارجية الأردني، القصف الإسرائيلي بأنه "جريمة حرب".',
                     "ووصف", _DATE)
    assert any(e.cameo == "111" and e.source_country == "JOR" for e in got), _dump(evs)


def test_aside_without_object_after_it_still_ends_the_search():
    # guard: the comma after an aside that is not followed by the verb's object word ends the search as before
    got, evs = _with(_AMMAN + "ونفى حزب الوسط الأردني، ذراع التيار المحافظ، الذي شارك في الاحتجاجات، أن يكون "
                     "دعا إليها.", "ونفى", _DATE)
    assert len(got) <= 1, _dump(evs)


# ----------------------------------------------------------------------------- 2 lexicon
def test_described_as_meaningless_is_a_criticism():
    got, evs = _with(_AMMAN + 'ووصف رئيس الوزراء الأردني القرار الإسرائيلي بأنه "بلا معنى".', "ووصف", _DATE)
    assert any(e.cameo == "111" and e.source_country == "JOR" for e in got), _dump(evs)


def test_described_as_a_sham_is_a_criticism():
    got, evs = _with(_AMMAN + 'ووصف نواب معارضون في البرلمان الأردني الانتخابات البلدية بأنها "شكلية".', "ووصف",
                     _DATE)
    assert any(e.cameo == "111" for e in got), _dump(evs)


def test_congratulated_feminine_form():
    got, evs = _with(_AMMAN + "وهنأت الحكومة الأردنية الشعب السوري على نجاح الانتخابات.", "وهنأت", _DATE)
    assert [e.cameo for e in got] == ["051"] and got[0].source_country == "JOR", _dump(evs)


def test_mocked_is_a_criticism():
    got, evs = _with(_AMMAN + "وسخر رئيس الوزراء الأردني من تصريحات الوزير الإسرائيلي.", "وسخر", _DATE)
    assert [e.cameo for e in got] == ["111"] and got[0].source_country == "JOR", _dump(evs)


def test_harnessed_is_no_criticism():
    # guard: سخّر "harnessed" with no من is no event
    got, evs = _with(_AMMAN + "وسخر الجيش الأردني كل إمكاناته لخدمة المواطنين خلال العاصفة.", "وسخر", _DATE)
    assert not got, _dump(evs)


def test_reserves_the_right_to_respond_is_a_threat():
    got, evs = _with(_AMMAN + 'وقال وزير الخارجية الأردني إن بلاده "تحتفظ بحق الرد على هذا الاعتداء".', "تحتفظ",
                     _DATE)
    assert [e.cameo[:2] for e in got] == ["13"], _dump(evs)


def test_reserves_a_right_without_a_reply_word_is_no_threat():
    # guard: the reply / defence word is still required after بحق
    got, evs = _with(_AMMAN + "وتحتفظ الحكومة الأردنية بحق تعديل أسعار الوقود كل شهر.", "وتحتفظ", _DATE)
    assert not got, _dump(evs)


def test_denied_ill_treatment_of_detainees_is_a_denial():
    got, evs = _with(_AMMAN + "ونفت مديرية الأمن العام الأردنية تعرض أي من الموقوفين لسوء المعاملة.", "ونفت", _DATE)
    assert [e.cameo for e in got] == ["016"] and got[0].source_country == "JOR", _dump(evs)


def test_asked_to_allow_is_a_request_not_an_apology():
    got, evs = _with(_AMMAN + "وطلب الملك الأردني من إسرائيل السماح بدخول المساعدات إلى غزة فورا.", "وطلب", _DATE)
    assert got and all(e.cameo != "055" for e in got), _dump(evs)


def test_unnamed_government_source_denies():
    got, evs = _with(_AMMAN + "ونفى مصدر حكومي أردني أن تكون للزيارة أي أبعاد سياسية.", "ونفى", _DATE)
    assert [e.cameo for e in got] == ["016"] and got[0].source_code == "JORGOV", _dump(evs)


def test_welcome_after_an_apposition_aside():
    got, evs = _with(_AMMAN + "ورحب حزب جبهة العمل الإسلامي الأردني، أبرز أحزاب المعارضة، بالقرار الحكومي.", "ورحب",
                     _DATE)
    assert [e.cameo for e in got] == ["051"] and got[0].source_code == "JORPTY", _dump(evs)
