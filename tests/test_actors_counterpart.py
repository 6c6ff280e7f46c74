"""'His counterpart' + nationality is a government official of that country (Arabic and English)."""
import marsad
from marsad.actors.resolve import resolve_text


def test_counterpart_phrases_resolve():
    assert resolve_text("نظيره الأردني").code == "JORGOV"
    assert resolve_text("نظيرها التركية").code == "TURGOV"
    assert resolve_text("his Jordanian counterpart").code == "JORGOV"


def test_counterpart_gives_the_dyad():
    doc = marsad.code("استقبل وزير الخارجية السعودي في الرياض نظيره القطري لبحث العلاقات الثنائية.",
                      published_at="2024-03-01")
    pairs = {(e.source_code, e.target_code) for e in doc.events if e.root == "04"}
    assert ("SAUGOV", "QATGOV") in pairs or ("QATGOV", "SAUGOV") in pairs, pairs
