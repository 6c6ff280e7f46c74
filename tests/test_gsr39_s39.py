"""Session 39, gsr39 (issue #7, the Arabic GSR dev data): our own sentences.

The report filter's PROTEST features name the kind of the sentence's other asserted events (``detect.OTHER_TYPES``,
``other_force`` / ``other_talk``): a force's act beside the protest ("فرقت الشرطة المتظاهرين"، "اعتقلت السلطات") or a
statement about it.  ASSAULT's features are unchanged.
"""
from marsad.coding import detect

from test_gsr37_s37 import _feats, featurizer  # noqa: F401  (the features pipeline fixture and its reader)


def test_force_act_beside_a_protest(featurizer):
    fs = _feats(featurizer, "وتظاهر مئات الطلاب أمس في وسط العاصمة، واعتقلت الشرطة عشرين منهم.", "PROTEST")
    assert fs, "no PROTEST candidate"
    assert "other_force" in fs, fs


def test_statement_beside_a_protest(featurizer):
    fs = _feats(featurizer, "وقال وزير الداخلية إن آلاف العمال تظاهروا أمس أمام مقر الحكومة.", "PROTEST")
    assert fs, "no PROTEST candidate"
    assert "other_talk" in fs and "other_force" not in fs, fs


def test_protest_alone_has_no_other_feature(featurizer):
    fs = _feats(featurizer, "وخرج آلاف العمال أمس في مسيرة نحو البرلمان.", "PROTEST")
    assert fs, "no PROTEST candidate"
    assert not [x for x in fs if x.startswith("other_")], fs


def test_assault_features_do_not_name_other_events(featurizer):
    fs = _feats(featurizer, "وقتل مسلحون مجهولون أمس ثلاثة جنود قرب الحدود، وأدانت الحكومة الهجوم.", "ASSAULT")
    assert fs, "no ASSAULT candidate"
    assert not [x for x in fs if x.startswith("other_")], fs


def test_negated_or_intended_other_event_is_no_cue():
    class Ev:
        def __init__(self, root, negated=False, modality="asserted"):
            self.root, self.negated, self.modality = root, negated, modality
    assert detect._other_features([Ev("17", negated=True), Ev("01", modality="intended")]) == []
    assert detect._other_features([Ev("17"), Ev("01")]) == ["other_force", "other_talk"]
    assert detect._other_features([Ev("14")]) == []


def test_shipped_model_weighs_the_other_features():
    w = detect.model()["types"]["PROTEST"]["weights"]
    assert "other_force" in w and "other_talk" in w
    assert not [k for k in detect.model()["types"]["ASSAULT"]["weights"] if k.startswith("other_")]
