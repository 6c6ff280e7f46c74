"""Shows of force in Arabic (CAMEO 15x, PLOVER MOBILIZE): نشر / حشد / أرسل with reinforcements, units or their
own forces as the object; the object (its own forces) is not the target, a deployment in another country is
against that country; weapons sent abroad stay military aid (072).  Sentences written for these tests."""
import pytest

from events_helpers import dump, full


@pytest.mark.parametrize("text, src", [
    ("ونشرت تركيا تعزيزات عسكرية على حدودها الجنوبية.", "TUR"),
    ("وحشدت روسيا قواتها على الحدود الأوكرانية.", "RUS"),
    ("وأرسل الجيش المصري وحدات إضافية إلى شمال سيناء.", "EGY"),
])
def test_deployment_is_mobilize_without_own_forces_as_target(text, src):
    doc = full(text, published_at="2024-05-08")
    mob = [e for e in doc.events if e.plover_type == "MOBILIZE"]
    assert mob, dump(doc)
    assert (mob[0].source_code or "").startswith(src), dump(doc)
    assert not (mob[0].target_code or "").startswith(src), dump(doc)


def test_deployment_abroad_targets_that_country():
    doc = full("ونشرت إيران صواريخ في جنوب لبنان.", published_at="2024-05-08")
    mob = [e for e in doc.events if e.plover_type == "MOBILIZE"]
    assert mob and mob[0].target_country == "LBN", dump(doc)


def test_tanks_sent_abroad_stay_military_aid():
    doc = full("وأرسلت الولايات المتحدة دبابات إلى أوكرانيا.", published_at="2024-05-08")
    assert any(e.cameo == "072" for e in doc.events) and not any(e.plover_type == "MOBILIZE" for e in doc.events), dump(doc)
