"""Session 49, HOMEAR49: the unknown Arabic person names of a one-country story take the dateline's country
(actors._home_story_names_en), except a name right after a title's span -- the title's holder (own sentences)."""
from marsad.pipeline import default_pipeline

_PIPE = default_pipeline(True)


def _doc(text, date):
    return _PIPE(text, published_at=date)


def _code_of(doc, name):
    return next(a.code for a in doc.actors if any(doc.text[s:e] == name for s, e in a.spans))


def test_unknown_arabic_names_of_a_home_story_take_the_dateline_country():
    text = ("بوغوتا، 3 مارس (وكالات) - تقدمت مرشحة اليسار ماريانا كوستيلو في الانتخابات الرئاسية في كولومبيا أمس "
            "الأحد، فيما حل مرشح اليمين إرنستو بالديفيا ثانيا. وانتقدت كوستيلو منافسها بالديفيا بشدة في كلمة أمام "
            "أنصارها في بوغوتا، واتهمته بتضليل الناخبين في كولومبيا. وقال بالديفيا إن الكولومبيين سيختارون التغيير.")
    doc = _doc(text, "2026-03-03")
    assert _code_of(doc, "ماريانا كوستيلو") == "COL"
    assert _code_of(doc, "إرنستو بالديفيا") == "COL"
    ev = next(e for e in doc.events if e.trigger.startswith("وانتقدت"))
    assert ev.source_code == "COL"


def test_a_name_after_a_title_is_the_titles_holder_not_a_second_actor():
    # "الناشط المحلي" is the title; the name after it is its holder: the critic stays the activist (SYROPP), and
    # the name takes no country of its own that would make it a second actor
    text = ("الحسكة، 5 مايو (وكالات) - تجددت الاشتباكات في ريف الحسكة شمال شرق سوريا بين مسلحي العشائر وقوات سوريا "
            "الديمقراطية. وطالب وجهاء القبائل قسد بالإفراج عن المعتقلين من أبناء القبيلة. وقال الناشط المحلي كريم "
            "العساف إن الهدوء عاد إلى القرى السورية مساء أمس، وانتقد العساف قسد.")
    doc = _doc(text, "2026-05-05")
    ev = next(e for e in doc.events if e.trigger.startswith("وانتقد"))
    assert (ev.source_code, ev.target_code) == ("SYROPP", "SYRREB")
    assert _code_of(doc, "كريم العساف") is None


def test_a_name_after_a_place_head_is_the_place_not_a_person_of_the_story():
    text = ("بوغوتا، 3 مارس (وكالات) - تقدمت مرشحة اليسار ماريانا كوستيلو في الانتخابات الرئاسية في كولومبيا أمس "
            "الأحد، فيما حل مرشح اليمين إرنستو بالديفيا ثانيا. وانتقدت كوستيلو منافسها بالديفيا بشدة في كلمة أمام "
            "أنصارها في بوغوتا، واتهمته بتضليل الناخبين في كولومبيا. وقال بالديفيا إن الكولومبيين سيختارون التغيير. "
            "وصوت بالديفيا في مدرسة بحي خوان غارسيا في بوغوتا.")
    doc = _doc(text, "2026-03-03")
    assert _code_of(doc, "إرنستو بالديفيا") == "COL"
    assert _code_of(doc, "خوان غارسيا") is None
