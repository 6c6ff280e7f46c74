"""Session 55, DATE55B: a past month or year that names a background noun's time dates no act (own sentences)."""
from marsad.pipeline import default_pipeline

PUB = "2025-06-12"


def _dates(text, trigger):
    doc = default_pipeline()(text, published_at=PUB)
    return [ev.date for ev in doc.events if ev.trigger.startswith(trigger)]


def test_later_clause_past_month_ar():
    """A past month in a later clause ("في إشارة إلى … في فبراير الماضي") does not date the accusation."""
    text = ("عمان - أعلنت وزارة الخارجية الأردنية اليوم الخميس رفضها للتصريحات الأخيرة. "
            "واتهم الوزير الحكومة المجاورة بتقويض الحوار، في إشارة إلى إغلاق المعبر الحدودي في فبراير الماضي.")
    ds = _dates(text, "واتهم")
    assert ds and all(d != "2025-02" for d in ds)


def test_carry_of_background_year_en():
    """A past year inside a sentence (not its setting) does not date the next sentence's act."""
    text = ("PARIS - The French foreign minister met his German counterpart in Paris on Thursday. "
            "He said ties had improved, despite a trade deficit of about 20 billion euros last year. "
            "He criticised Chinese export curbs on rare earths.")
    ds = _dates(text, "criticised")
    assert ds and all(d != "2024" for d in ds)


def test_guard_fronted_year_carries():
    """Guard: a year fronted as its sentence's setting still dates what follows it."""
    text = ("BRUSSELS - The bloc announced new sanctions on Thursday. "
            "In 2023, the bloc imposed sanctions on the company. "
            "It also criticised the government over the crackdown.")
    ds = _dates(text, "criticised")
    assert ds and all(d == "2023" for d in ds)
