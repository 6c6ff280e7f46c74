"""Session 51 (helper gapar51): Arabic sources and targets of the in-sample gold's shapes, our own sentences.

1. People nouns of a domestic story with no role row before (the organisers of a march,
   the victims' families): the sentence's object was read as the verb's subject and no home country was filled in
   (roles.tsv).
2. "المجتمع الدولي" is an international addressee (IGO), not the country the appeal's content names.
3. A verbal noun right after a content preposition ("ودعا X الدول الأوروبية إلى رفع العقوبات …، وانتقد …") opens no
   clause a joined verb goes on with: the joined verb is the appeal's speaker's, not the addressee's
   (``events._prep_masdar`` in ``_conjoined_subject``).
"""
from test_gapen34_s34 import _dump, _with

_AMMAN = "عمان - 12 فبراير (مرصد) - أعلنت الحكومة الأردنية أمس تعديل قانون الانتخاب في عمان. "
_ANKARA = "أنقرة - 12 فبراير (مرصد) - "


# ----------------------------------------------------------------------------- 1 people nouns at home
def test_organisers_of_a_march_threatening_are_the_home_civilians():
    got, evs = _with(_AMMAN + "وهدد منظمو المسيرة بالعودة إلى الشارع ما لم تسحب الحكومة مشروع القانون.", "وهدد",
                     "2025-02-12")
    assert got and got[0].source_code == "JORCVL", _dump(evs)


def test_victims_families_appealing_to_a_visitor_are_the_source():
    got, evs = _with("بيروت - 12 فبراير (مرصد) - وصل البابا إلى بيروت أمس في زيارة رسمية إلى لبنان. وناشد ذوو "
                     "الضحايا البابا دعم مطلبهم بالعدالة.", "وناشد", "2025-02-12")
    assert got and got[0].source_code == "LBNCVL" and got[0].target_code, _dump(evs)


# ----------------------------------------------------------------------------- 2 the international community
def test_appeal_to_the_international_community_is_to_an_igo():
    got, evs = _with("دمشق - 12 فبراير (مرصد) - دعا وزير الخارجية السوري أمس المجتمع الدولي إلى دعم جهود "
                     "إعادة الإعمار في سوريا.", "دعا", "2025-02-12")
    assert got and got[0].source_code == "SYRGOV" and got[0].target_code == "IGO", _dump(evs)


# ----------------------------------------------------------------------------- 3 the appeal's content is no clause
def test_joined_criticism_after_an_appeal_is_the_speakers():
    got, evs = _with(_ANKARA + "ودعا أردوغان الدول الأوروبية إلى رفع العقوبات عن سوريا، وانتقد توغل القوات "
                     "الإسرائيلية في جنوب سوريا.", "وانتقد", "2025-02-12")
    assert got and got[0].source_code == "TURGOV", _dump(evs)


def test_joined_accusation_after_an_urging_with_ala_is_the_speakers():
    # (guard) the content after على was no clause before either
    got, evs = _with("عمان - 12 فبراير (مرصد) - وحث وزير الخارجية الأردني الدول الأوروبية على فرض عقوبات على "
                     "المستوطنين، واتهم إسرائيل بتقويض فرص السلام.", "واتهم", "2025-02-12")
    assert got and got[0].source_code == "JORGOV", _dump(evs)


# ----------------------------------------------------------------------------- 4 a renewed appeal's owner
def test_renewed_appeal_noun_is_its_reporters_to_the_actor_after_it():
    # "دعوته" is "his call" here, not "called him": the government after it is the addressee, not the caller
    got, evs = _with("عمان - 12 فبراير (مرصد) - وجدد وزير الخارجية الأردني دعوته الحكومة الإسرائيلية إلى رفع الحصار "
                     "عن غزة.", "دعوته", "2025-02-12")
    assert got and got[0].source_code == "JORGOV" and got[0].target_code == "ISRGOV", _dump(evs)
