"""Session 48, DYAD48: a condemnation in a string of reactions takes the target of the reaction told before it
(``reaction_author._chain``).  Own sentences in news style."""
from marsad.pipeline import default_pipeline


def _events(text):
    return default_pipeline()(text, published_at="2025-03-03").events


def _one(text, trigger):
    """The last event whose trigger starts with ``trigger``."""
    return [e for e in _events(text) if text[e.trigger_start:e.trigger_end].startswith(trigger)][-1]


_AR = ("صادق الكنيست الإسرائيلي أمس على قانون يسمح بضم أجزاء من الضفة الغربية. ودانت الحكومة الأردنية القانون "
       "الإسرائيلي ووصفته بأنه خرق للقانون الدولي. وقالت وزارة الخارجية المصرية إن القانون يهدد فرص السلام. ")


def test_ar_condemnation_down_a_string_of_reactions_takes_the_acts_author():
    ev = _one(_AR + "كما نددت الكويت بالقانون.", "نددت")
    assert (ev.source_country, ev.target_country) == ("KWT", "ISR")


def test_ar_home_opposition_criticism_takes_no_foreign_target_from_the_string():
    # (a home party's criticism after foreign reactions may be of its own government's stand)
    ev = _one(_AR + "وانتقد حزب العمل الكويتي المعارض القانون.", "وانتقد")
    assert ev.target_country != "ISR"


def test_ar_welcome_takes_no_target_from_the_string():
    ev = _one(_AR + "ورحبت الكويت بالمبادرة.", "ورحبت")
    assert ev.target_country != "ISR"
