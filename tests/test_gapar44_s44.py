"""Session 44 (helper gapar44): Arabic sources and targets of the in-sample gold's shapes, our own sentences.

1. A home story's protesters: the bare crowd staging an Arabic protest (a verb) in a sentence that names only the
   dateline's country is that country's people ("إذ تجمع آلاف المحتجين … في وسط عمّان" in an AMMAN story: JORCVL);
   ``home_country._own_crowd``.
"""
from test_gapen34_s34 import _dump, _with

_AMMAN = ("عمّان - 4 مايو (مرصد) - أعلن رئيس الوزراء الأردني أمس استقالة حكومته بعد أسبوع من الاحتجاجات على رفع "
          "أسعار الوقود.\n\nوقال في كلمة متلفزة إن الحكومة الجديدة ستراجع قرار رفع الأسعار خلال شهر.\n\n")


# ----------------------------------------------------------------------------- 1 a home story's protesters
def test_a_home_story_crowd_gathering_in_the_capital_is_the_home_country():
    got, evs = _with(_AMMAN + "ولم تهدئ الاستقالة الغضب، إذ تجمع آلاف المحتجين مساء أمس قرب مبنى البرلمان في وسط "
                     "عمّان، ورددوا هتافات تطالب بإصلاح اقتصادي.", "تجمع", "2024-05-04")
    assert got and got[0].source_country == "JOR", _dump(evs)


def test_a_home_story_crowd_taking_to_the_streets_is_the_home_country():
    got, evs = _with(_AMMAN + "وخرج مئات المحتجين أمس إلى شوارع عمّان والزرقاء وأغلقوا عددا من الطرق الرئيسية.",
                     "وخرج", "2024-05-04")
    assert got and got[0].source_country == "JOR", _dump(evs)
