"""A bare sector word in construct with a place name is an abstract noun ("Iraq's security"), not an actor."""
import marsad


def _spans(text):
    doc = marsad.code(text, published_at="2024-03-05")
    return [(doc.text[s:e], a.code) for a in doc.actors for s, e in a.spans]


def test_security_of_a_country_is_no_police_actor():
    spans = _spans("شدد الوزير على أن أمن الأردن جزء من أمن المنطقة.")
    assert not any(code and code.endswith("COP") for _, code in spans), spans


def test_security_of_a_region_is_no_police_actor():
    spans = _spans("حذرت فرنسا من أن الهجمات تهدد أمن أوروبا.")
    assert not any(code and code.endswith("COP") for _, code in spans), spans


def test_security_forces_and_agencies_stay_actors():
    assert ("قوات الأمن السورية", "SYRCOP") in _spans("فرقت قوات الأمن السورية المتظاهرين بالقوة.")
    assert any(code == "EGYCOP" for _, code in _spans("اعتقل الأمن المصري ثلاثة ناشطين في القاهرة."))
    # (the members of State Security are one phrase: an indefinite construct عناصر أمن)
    assert any(t.endswith("أمن الدولة") and code == "COP" for t, code in _spans("داهم عناصر أمن الدولة منزل الصحفي."))
