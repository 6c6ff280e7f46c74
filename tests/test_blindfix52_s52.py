"""Session 52, BLINDFIX52: general fixes found on the blind sets s230-s239 (our own sentences).

1. The feminine dual دانتا of دان "condemned" (two states joined after a comma: "…، ودانتا الهجوم").
2. تعهد بملاحقة / بمحاسبة / بمعاقبة / بمحاكمة: vowing to pursue or punish those responsible is a threat (130).
3. لوح بالانسحاب / بالإضراب / بالدخول في …: a party or a union brandishing its walkout is a threat (130).
4. A bare هنأ (normalised هنا "here") is a verb when its subject is followed by the occasion of the congratulation
   ("بتوليها المنصب", "بانتخابه"), its object a name the actor reader does not know.
"""
from marsad.pipeline import default_pipeline

_PIPE = default_pipeline()


def _events(text, word):
    evs = _PIPE(text, published_at="2025-06-02").events
    return [e for e in evs if word in e.trigger], evs


def _dump(evs):
    return [(e.trigger, e.cameo, e.source_code, e.target_code, e.rule) for e in evs]


def test_dual_condemned_joined_after_comma():
    text = "وأعربت مصر والأردن عن تضامنهما الكامل مع السودان، ودانتا الهجوم على قافلة الإغاثة."
    got, evs = _events(text, "ودانتا")
    assert {e.source_country for e in got if e.cameo == "111"} == {"EGY", "JOR"}, _dump(evs)


def test_vowed_to_pursue_those_involved_is_a_threat():
    text = "وتعهد وزير الداخلية الباكستاني بملاحقة المتورطين في الهجوم وتقديمهم إلى العدالة."
    got, evs = _events(text, "تعهد")
    assert got and got[0].cameo == "130", _dump(evs)


def test_vowed_to_hold_accountable_is_a_threat():
    text = "وتعهد الرئيس الكيني بمحاسبة المسؤولين عن الحريق."
    got, evs = _events(text, "تعهد")
    assert got and got[0].cameo == "130", _dump(evs)


def test_vowed_to_tackle_a_crisis_stays_a_pledge_guard():
    # guard (passes before too): a vow to solve a problem is no threat
    text = "وتعهد وزير الطاقة المصري بمعالجة أزمة الكهرباء."
    got, evs = _events(text, "تعهد")
    assert got and got[0].cameo == "030", _dump(evs)


def test_brandished_withdrawal_from_government_is_a_threat():
    text = "ولوح الحزب الديمقراطي الكردستاني بالانسحاب من الحكومة العراقية إذا لم تتراجع بغداد عن قرارها."
    got, evs = _events(text, "لوح")
    assert any(e.cameo == "130" and e.source_country == "IRQ" for e in got), _dump(evs)


def test_brandished_strike_by_union_is_a_threat():
    text = "ولوّح الاتحاد العام التونسي للشغل بالدخول في إضراب عام إذا لم تستجب الحكومة لمطالبه."
    got, evs = _events(text, "لوّح")
    assert any(e.cameo == "130" for e in got), _dump(evs)


def test_congratulated_with_occasion_after_an_unknown_name():
    text = "في المقابل، هنأ رئيس مجلس نواب الشعب التونسي إبراهيم بودربالة الوزيرة الزنزري بتوليها المنصب."
    got, evs = _events(text, "هنأ")
    assert got and got[0].cameo == "051", _dump(evs)


def test_here_is_no_congratulation_guard():
    # guard (passes before too): هنا "here" followed by an actor and no occasion is no event
    text = "هنا الرئيس المصري يتحدث إلى الصحفيين في القاهرة."
    got, evs = _events(text, "هنا")
    assert not got, _dump(evs)

