"""Session 49 (helper armiss49): Arabic gold events missed outright -- the shapes, in our own sentences.

1. Lexicon (manual_ar.tsv): opening or beginning an investigation (فتح + an indefinite تحقيقا, باشر + تحقيق, 090;
   "فتح الطريق أمام تحقيق السلام" is achieving, no investigation); a vote of confidence (منح / أعطى + الثقة, 051;
   حجب + الثقة, 120); denying having detected something (نفى + رصد, 016); "devastating" as a judging word of وصف
   (111).
"""
from test_gapen34_s34 import _dump, _with

_BEIRUT = "بيروت - 4 مايو (مرصد) - "
_DATE = "2025-05-04"


# ----------------------------------------------------------------------------- 1 lexicon
def test_prosecutor_opens_an_investigation():
    got, evs = _with(_BEIRUT + "وفتحت النيابة العامة اللبنانية أمس تحقيقا في انفجار المستودع.", "وفتحت", _DATE)
    assert [e.cameo for e in got] == ["090"] and got[0].source_country == "LBN", _dump(evs)


def test_opening_the_way_to_achieving_peace_is_no_investigation():
    _, evs = _with(_BEIRUT + "وقال الوزير إن الاتفاق فتح الطريق أمام تحقيق السلام في المنطقة.", "فتح", _DATE)
    assert not [e for e in evs if e.cameo == "090"], _dump(evs)


def test_army_begins_the_investigation():
    got, evs = _with(_BEIRUT + "وباشر الجيش اللبناني التحقيق لتحديد هوية مطلقي الصواريخ.", "وباشر", _DATE)
    assert [e.cameo for e in got] == ["090"] and got[0].source_country == "LBN", _dump(evs)


def test_bloc_gives_the_government_its_confidence():
    got, evs = _with(_BEIRUT + "ومنح نواب حزب الكتائب اللبنانية الثقة للحكومة الجديدة.", "ومنح", _DATE)
    assert [e.cameo for e in got] == ["051"], _dump(evs)


def test_deputies_withhold_confidence():
    got, evs = _with(_BEIRUT + "وحجب نواب التيار الوطني الحر الثقة عن الحكومة.", "وحجب", _DATE)
    assert [e.cameo for e in got] == ["120"], _dump(evs)


def test_army_denies_detecting_drones():
    got, evs = _with(_BEIRUT + "ونفى الجيش اللبناني أمس رصد أي طائرة مسيرة فوق المرفأ.", "ونفى", _DATE)
    assert [e.cameo for e in got] == ["016"] and got[0].source_country == "LBN", _dump(evs)


def test_step_described_as_devastating():
    got, evs = _with(_BEIRUT + "ووصف متحدث باسم الخارجية الفرنسية القرار الإيراني أمس بأنه \"ضربة مدمرة\" للحوار.",
                     "ووصف", _DATE)
    assert [e.cameo for e in got] == ["111"] and got[0].source_country == "FRA", _dump(evs)
