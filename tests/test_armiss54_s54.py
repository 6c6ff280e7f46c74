"""Session 54, armiss54: Arabic missed events (own sentences, news style)."""
from marsad.pipeline import default_pipeline

_P = default_pipeline()


def _codes(text):
    doc = _P(text, published_at="2025-05-05")
    return [(e.trigger, e.cameo) for e in doc.events]


def test_hamza_hanna_with_unknown_name_subject():
    """وهنأ written with its hamza is the verb even when its subject is a name no actor reads."""
    codes = _codes("وهنأ كالديرا نظيره البوليفي على فوزه في الانتخابات.")
    assert any(c == "051" for _, c in codes), codes


def test_hamza_hanna_joined_pro_drop():
    """"…، وهنأ X" after a clause: the pro-drop subject is the clause's."""
    codes = _codes("وأقر الرئيس البرازيلي بخسارة مرشح بلاده، وهنأ كوستا في رسالة نشرها مساء أمس.")
    assert any(t.endswith("هنأ") and c == "051" for t, c in codes), codes


def test_guard_huna_here_not_congratulation():
    """Guard: هنا "here" (no hamza) stays no event."""
    codes = _codes("ومن هنا تبدأ المرحلة الثانية من خطة الحكومة لإعادة الإعمار.")
    assert not any(c == "051" for _, c in codes), codes
    codes = _codes("وهنا يطرح المراقبون أسئلة كثيرة عن مستقبل الحكومة.")
    assert not any(c == "051" for _, c in codes), codes
