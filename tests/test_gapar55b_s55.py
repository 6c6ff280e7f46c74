"""Session 55, gapar55b: Arabic events whose source a bare anaphor or an unread plural subject left empty.

Own sentences (news style, invented)."""
from marsad.pipeline import default_pipeline

_P = default_pipeline()


def _events(text):
    return _P(text, published_at="2025-06-02").events


def _by_trigger(text, word):
    return [e for e in _events(text) if e.trigger == word]


def test_ngo_anaphor_munazzama():
    """"ودعت المنظمة" after a non-governmental organisation named before: that organisation (no IGO in the story)."""
    text = ("انتقدت منظمة العفو الدولية أمس أحكام الإعدام الجديدة. "
            "ودعت المنظمة الحكومات الغربية إلى الضغط لوقف الإعدامات.")
    ev = _by_trigger(text, "ودعت")
    assert ev and (ev[0].source_code or "").startswith("NGO")


def test_igo_anaphor_munazzama_guard():
    """Guard: "المنظمة" after an intergovernmental organisation stays that IGO."""
    text = ("حذرت منظمة الصحة العالمية أمس من تفشي الكوليرا في المخيمات. "
            "وطالبت المنظمة الدول المانحة بزيادة التمويل.")
    ev = _by_trigger(text, "وطالبت")
    assert ev and (ev[0].source_code or "").startswith("IGOUNO")


def test_igo_anaphor_earlier_naming_holds_word():
    """"المفوضية" after "المفوضية الأوروبية … الاتحاد الأوروبي": the nearest naming of the same IGO need not hold
    the word, an earlier one does."""
    text = ("انتقدت المفوضية الأوروبية القيود الجديدة على الواردات، وأعلن الاتحاد الأوروبي أنه يدرس الرد. "
            "وقال وزير الخارجية المغربي إن المفوضية طلبت من السلطات المغربية توضيحات عاجلة.")
    ev = _by_trigger(text, "طلبت")
    assert ev and (ev[0].source_code or "").startswith("IGOEU")


def test_igo_commission_word_before_name():
    """"وقالت مفوضية المجموعة الاقتصادية … وتعهدت المفوضية": the commission of the IGO named right after its word."""
    text = ("وقالت مفوضية المجموعة الاقتصادية لدول غرب أفريقيا في بيان إنها تأسف للقرار. "
            "وتعهدت المفوضية بمواصلة التعاون مع حكومات الدول الثلاث.")
    ev = _by_trigger(text, "وتعهدت")
    assert ev and (ev[0].source_code or "").startswith("IGO")


def test_igo_anaphor_domestic_commission_guard():
    """Guard: "المفوضية" after a domestic electoral commission and then the EU is not the EU."""
    text = ("أعلنت المفوضية العليا للانتخابات النتائج الأولية. "
            "وقال الاتحاد الأوروبي إنه يتابع العملية. "
            "وأضافت المفوضية أن النتائج نهائية.")
    ev = _by_trigger(text, "وأضافت")
    assert not ev or not (ev[0].source_code or "").startswith("IGO")


def test_womens_organisations_subject():
    """"وهددت منظمات نسائية بالتصعيد إذا لم تلغ الحكومة القانون": the women's groups are the source (NGO), not the
    government the condition names."""
    text = ("أقر البرلمان القانون المثير للجدل أمس. "
            "وهددت منظمات نسائية بتوسيع الاحتجاجات إذا لم تلغ الحكومة التعديل.")
    ev = _by_trigger(text, "وهددت")
    assert ev and (ev[0].source_code or "").startswith("NGO")
