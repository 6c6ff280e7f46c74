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


def test_counterpart_right_after_a_name_is_another_actor():
    # Arabic: "نظيره" after a full name starts a new actor; English: "his X counterpart" is not his own
    for text, a, b in [("التقى وزير الخارجية السعودي فيصل بن فرحان نظيره الإيراني في بكين يوم الجمعة.", "SAUGOV", "IRNGOV"),
                       ("Saudi Foreign Minister Faisal bin Farhan met his Iranian counterpart in Beijing.", "SAUGOV", "IRNGOV")]:
        doc = marsad.code(text, published_at="2024-03-01")
        pairs = {(e.source_code, e.target_code) for e in doc.events if e.root == "04"}
        assert (a, b) in pairs, (text, pairs)
