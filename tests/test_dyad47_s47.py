"""Session 47 (helper dyad47): the author of the act a reaction answers, as its target (our own sentences).

``coding/reaction_author.py``: a condemnation (111) or welcome (051) whose clause names no party answers the deed told
in its sentence or the one before (sanctions imposed or eased, strikes), and takes that deed's author as its target.
"""
from test_gapen34_s34 import _dump, _events

_SANCTIONS = ("وفرضت وزارة الخزانة البريطانية يوم الخميس عقوبات على شركة شحن روسية قالت إنها نقلت أسلحة. "
              "وندد المتحدث باسم الخارجية الروسية بالعقوبات، واصفا إياها بأنها غير قانونية.")
_EASED = ("وعلقت وزارة الخزانة الأميركية يوم الجمعة العقوبات المفروضة على قطاع النفط الفنزويلي لمدة ستة أشهر. "
          "ورحبت وزارة الخارجية الفنزويلية بالقرار في بيان.")


def _one(evs, code, trigger):
    got = [e for e in evs if e.cameo == code and e.trigger.startswith(trigger)]
    assert got, _dump(evs)
    return got[0]


def test_condemned_sanctions_take_the_sanctioning_state():
    evs = _events(_SANCTIONS, "2025-03-01")
    ev = _one(evs, "111", "وندد")
    assert (ev.source_country, ev.target_country) == ("RUS", "GBR"), _dump(evs)


def test_welcomed_decision_takes_the_state_that_eased_the_sanctions():
    evs = _events(_EASED, "2025-03-01")
    ev = _one(evs, "051", "ورحبت")
    assert (ev.source_country, ev.target_country) == ("VEN", "USA"), _dump(evs)
