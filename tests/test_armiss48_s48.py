"""Session 48 (helper armiss48): Arabic gold events missed outright -- the shapes, in our own sentences.

1. Lexicon (manual_ar.tsv, homographs_ar.tsv): cordoning off a building (طوّق, 170; the bare طوق is also the noun
   cordon / collar), warning residents to evacuate (أنذر +
   the residents or the evacuation word, 138), encouraging a party to act (شجع على, 020, an actor required), defying
   a curfew or ban (تحدى + حظر, 141), accepting an envoy's credentials (تسلم + أوراق, 054), deporting activists
   (رحّل + ناشط), saluting (حيّا: حيت / حيوا / a bare حيا with a subject and an object, 051); setting fire to
   property (أضرم + النار, 1712 as أحرق); adopting a plan, an initiative or a resolution (اعتمد / تبنى + a direct
   object word, 051: endorsement).
2. ``crowd_police_ar._dispersed_crowd``: tear gas used on a crowd told just before; the country that the crowd's own
   act aims at (an embassy pelted with stones) leaves the crowd the place's public (a crowd act of the
   sentence aiming at another country no longer blocks it).
"""
from test_gapen34_s34 import _dump, _with

_CAIRO = "القاهرة - 4 مايو (مرصد) - "
_DATE = "2025-05-04"


# ----------------------------------------------------------------------------- 1 lexicon
def test_police_cordon_off_a_party_office():
    got, evs = _with(_CAIRO + "طوقت الشرطة المصرية أمس مقر الحزب المعارض في وسط القاهرة.", "طوقت", _DATE)
    assert [e.cameo for e in got] == ["170"] and got[0].source_country == "EGY", _dump(evs)


def test_security_cordon_noun_is_no_event():
    _, evs = _with(_CAIRO + "وفرضت الشرطة طوقا أمنيا حول المبنى بعد البلاغ.", "طوق", _DATE)
    assert not [e for e in evs if "طوق" in e.trigger], _dump(evs)


def test_army_warns_residents_to_evacuate():
    got, evs = _with("بيروت - 4 مايو (مرصد) - وأنذر الجيش الإسرائيلي أمس سكان ثلاث قرى لبنانية بإخلائها فورا.",
                     "وأنذر", _DATE)
    assert [e.cameo for e in got] == ["138"] and got[0].source_country == "ISR", _dump(evs)


def test_minister_encourages_president_to_talk():
    got, evs = _with(_CAIRO + "وشجع وزير الخارجية الأميركي أمس الرئيس التونسي على الحوار مع المعارضة.", "وشجع", _DATE)
    assert [e.cameo for e in got] == ["020"] and got[0].source_country == "USA", _dump(evs)


def test_programme_encouraging_investment_is_no_appeal():
    _, evs = _with(_CAIRO + "وقال خبير اقتصادي إن البرنامج الجديد يشجع على الاستثمار في القطاع الخاص.", "يشجع", _DATE)
    assert not [e for e in evs if e.trigger.startswith("يشجع")], _dump(evs)


def test_crowd_defies_curfew():
    got, evs = _with("الخرطوم - 4 مايو (مرصد) - وتحدى آلاف المحتجين حظر التجول أمس في وسط العاصمة.", "وتحدى", _DATE)
    assert [e.cameo for e in got] == ["141"], _dump(evs)


def test_president_accepts_envoy_credentials():
    got, evs = _with("موسكو - 4 مايو (مرصد) - وتسلم الرئيس الروسي أمس أوراق اعتماد السفير الأفغاني الجديد.", "وتسلم",
                     _DATE)
    assert [e.cameo for e in got] == ["054"] and got[0].source_country == "RUS", _dump(evs)


def test_minister_taking_office_is_no_recognition():
    _, evs = _with(_CAIRO + "وتسلم وزير المالية الجديد منصبه أمس خلفا لسلفه.", "وتسلم", _DATE)
    assert not [e for e in evs if e.trigger.startswith("وتسلم")], _dump(evs)


def test_authorities_deport_an_activist():
    got, evs = _with("أنقرة - 4 مايو (مرصد) - ورحلت السلطات التركية أمس الناشطة الألمانية إلى برلين.", "ورحلت", _DATE)
    assert [e.cameo for e in got] == ["174"] and got[0].source_country == "TUR", _dump(evs)


def test_movement_salutes_volunteers():
    got, evs = _with(_CAIRO + "وحيت الحركة في بيان شجاعة المتطوعين المشاركين في القافلة.", "وحيت", _DATE)
    assert [e.cameo for e in got] == ["051"], _dump(evs)


def test_alive_is_no_salute():
    _, evs = _with(_CAIRO + "وعثر رجال الإنقاذ على الطفل حيا تحت الأنقاض.", "حيا", _DATE)
    assert not [e for e in evs if e.cameo == "051"], _dump(evs)


def test_gunmen_set_fire_to_homes():
    got, evs = _with("الخرطوم - 4 مايو (مرصد) - وأضرم مسلحون النار في منازل القرية أمس.", "وأضرم", _DATE)
    assert [e.cameo for e in got] == ["1712"], _dump(evs)


def test_ministers_adopt_a_plan():
    got, evs = _with(_CAIRO + "واعتمد وزراء الخارجية العرب أمس الخطة الأردنية لإعادة إعمار المخيمات.", "واعتمد", _DATE)
    assert [e.cameo for e in got] == ["051"] and got[0].target_country == "JOR", _dump(evs)


def test_relying_on_loans_is_no_endorsement():
    _, evs = _with(_CAIRO + "وتعتمد الحكومة على القروض الخارجية لتمويل خطة العجز.", "وتعتمد", _DATE)
    assert not [e for e in evs if e.trigger.startswith("وتعتمد")], _dump(evs)


# ----------------------------------------------------------------------------- 2 the dispersed crowd's country
def test_tear_gas_on_crowd_that_pelted_an_embassy():
    got, evs = _with("بغداد - 4 مايو (مرصد) - تجمع مئات المحتجين أمس أمام السفارة البريطانية في بغداد. وكسر "
                     "المتظاهرون باب السفارة وأشعلوا النار في كشك للأمن، ورشقوا المبنى بالحجارة وهم يهتفون ضد "
                     "بريطانيا، فيما أطلق حراس السفارة الغاز المسيل للدموع لتفريقهم.", "أطلق", _DATE)
    assert got and got[0].cameo == "175" and got[0].target_country == "IRQ", _dump(evs)
