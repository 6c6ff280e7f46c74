"""Session 49, DYAD49: a reaction whose object names a said act or a decision told before it takes that act's
author as its target (``reaction_author._named_act``).  Own sentences in news style."""
from marsad.pipeline import default_pipeline


def _events(text):
    return default_pipeline()(text, published_at="2025-05-03").events


def _one(text, trigger):
    """The last event whose trigger starts with ``trigger``."""
    return [e for e in _events(text) if text[e.trigger_start:e.trigger_end].startswith(trigger)][-1]


def test_en_rejection_of_the_threat_takes_the_threatener():
    text = ("U.S. President Donald Trump threatened on Tuesday to impose tariffs on European goods over their defence "
            "spending. Prime Minister Pedro Sanchez brushed off the threat on Wednesday, saying his government would "
            "keep its plans.")
    ev = _one(text, "brushed")
    assert ev.target_country == "USA"


def test_ar_rejection_of_the_threats_takes_the_threatener():
    text = ("هدد الرئيس الأمريكي دونالد ترامب أمس بفرض رسوم جمركية على السلع الأوروبية. ورفض رئيس الوزراء "
            "بيدرو سانشيز التهديدات، مؤكدا أن حكومته ماضية في خططها.")
    ev = _one(text, "ورفض")
    assert ev.target_country == "USA"


def test_ar_rejection_of_the_plan_takes_the_author_of_the_deed():
    text = ("قصفت الطائرات الإسرائيلية أمس مواقع في جنوب لبنان. وقالت مصادر محلية إن الغارات طالت عدة قرى. "
            "ورفضت الحكومة الأردنية الخطة واعتبرتها تصعيدا خطيرا.")
    ev = _one(text, "ورفضت")
    assert ev.target_country == "ISR"
