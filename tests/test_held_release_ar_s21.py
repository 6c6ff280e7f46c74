"""Session 21, ARX: an Arabic threat on condition of a release names the captor (marsad/coding/held_release.py,
the Arabic rows of held_release.tsv).  Our own sentences."""
from __future__ import annotations

from tests.events_helpers import find, full, show

DATE = "2024-05-02"
CAPTURE = "اعتقلت القوات الإيرانية بحارين بريطانيين في مياه الخليج يوم الاثنين. "


def test_passive_release_condition_targets_captor():
    d = full(CAPTURE + "وقالت وزارة الخارجية البريطانية إنها سترد إذا لم يُفرج عن الرجلين.", published_at=DATE)
    assert find(d, "13", "GBRGOV", "IRNMIL"), show(d)
    assert find(d, "0841", "IRNMIL", "GBR"), show(d)
    assert not find(d, "13", "GBRGOV", None), show(d)


def test_masdar_release_condition_targets_captor():
    d = full("احتجزت السلطات الإيرانية صحفيا فرنسيا في طهران الأسبوع الماضي. وهددت فرنسا بالرد ما لم يتم الإفراج "
             "عن الصحفي فورا.", published_at=DATE)
    assert find(d, "13", "FRA", "IRNGOV"), show(d)
    assert find(d, "0841", "IRNGOV", "FRAMED"), show(d)


def test_condition_naming_its_own_releaser_keeps_it():
    # guard: the condition names who must release them; the rule leaves that target alone
    d = full(CAPTURE + "وقالت وزارة الخارجية البريطانية إنها سترد إذا لم تفرج إيران عن الرجلين.", published_at=DATE)
    assert find(d, "13", "GBRGOV", "IRN"), show(d)
    assert not find(d, "13", "GBRGOV", "IRNMIL"), show(d)


def test_condition_on_other_matter_keeps_no_target():
    # guard: a threat whose condition is not a release
    d = full(CAPTURE + "وقالت وزارة الخارجية البريطانية إنها سترد إذا استمر إطلاق النار في المنطقة.", published_at=DATE)
    assert not find(d, "13", "GBRGOV", "IRNMIL"), show(d)
