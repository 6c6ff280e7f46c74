"""Quote stage: speaker, cue and content spans (sentences written for these tests)."""
from events_helpers import code


def _q(doc, k=0):
    q = doc.quotes[k]
    return (doc.text[q.speaker_start:q.speaker_end], doc.text[q.cue_start:q.cue_end],
            doc.text[q.content_start:q.content_end])


def test_vso_speaker_between_cue_and_complementizer():
    doc = code("وقال وزير الخارجية المصري إن القاهرة ترفض التدخل الأجنبي.", {"وزير الخارجية المصري": "EGYGOV"})
    spk, cue, content = _q(doc)
    assert spk == "وزير الخارجية المصري" and cue == "وقال" and content.startswith("القاهرة")
    assert doc.quotes[0].speaker_actor_id == doc.actors[0].id and not doc.quotes[0].direct


def test_agency_quoting():
    doc = code("ونقلت وكالة الأنباء الرسمية عن مسؤول حكومي قوله إن المفاوضات ستستأنف غدا.", {"مسؤول حكومي": "GOV"})
    spk, cue, content = _q(doc)
    assert spk == "مسؤول حكومي" and cue == "قوله" and content.startswith("المفاوضات")


def test_pro_drop_takes_previous_speaker():
    doc = code("أكد الرئيس الفرنسي أن باريس ستدعم الحوار. وأضاف أن الحل سياسي.", {"الرئيس الفرنسي": "FRAGOV"})
    assert len(doc.quotes) == 2
    assert doc.quotes[1].speaker_actor_id == doc.quotes[0].speaker_actor_id is not None


def test_direct_quote_after_colon():
    doc = code("وقال المتحدث: «لن نقبل بهذا القرار».", {"المتحدث": "GOV"})
    spk, cue, content = _q(doc)
    assert doc.quotes[0].direct and content.startswith("لن نقبل")


def test_caption_style_colon():
    doc = code("الرئيس التركي: سنواصل العملية العسكرية.", {"الرئيس التركي": "TURGOV"})
    assert doc.quotes and doc.quotes[0].speaker_actor_id


def test_no_quote_without_complementizer():
    doc = code("قال الرجل كلاما كثيرا.", {})
    assert doc.quotes == []


def test_english_said_inverted():
    doc = code("The talks will resume next week, the spokesman said.", {"spokesman": "GOV"}, lang="en")
    spk, cue, content = _q(doc)
    assert cue == "said" and spk.endswith("spokesman") and content.startswith("The talks")


def test_english_according_to():
    doc = code("According to the ministry, ten soldiers were killed.", {"ministry": "GOV"}, lang="en")
    spk, cue, content = _q(doc)
    assert spk.endswith("ministry") and "soldiers" in content
