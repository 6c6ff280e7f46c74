"""Session 53 (helper gapar53): Arabic sources and targets, our own sentences.

1. A one-word person name of people.tsv whose own ending the key fold takes (بوتين -> بوت, ماكرون -> ماكر) is written
   as listed: it is the person (``actors.resolve.match_items``, ``Lexicon.one_word_names``); before, a bare بوتين was no
   actor at all.  A folded form of a listed one-word name stays no person (guard).
2. A surname whose own first letter is ب, named in full before ("مسعد بولس … وأشاد بولس بالدور"), is the verb's
   subject, not its ب-object (cue ``b_name``, ``events._find_prep``).
3. A coordinated adjective in the addressee chain of a joined appeal ("، ودعت الدول العربية والإسلامية إلى"):
   the addressees are the target, the subject goes on (``coding/appeal_object_ar``).
4. Ireland's Arabic demonyms and capital (``country_extra.tsv``): "رئيس الوزراء الأيرلندي" is IRLGOV.
5. An accusation verb opening its sentence, one actor and then the ب-charge ("… . واتهم مجلس النواب بعرقلة …"): the
   actor is the accused, the speaker of the sentence before the accuser (``coding/accused_object_ar``).  A name
   whose own first letter is ب is no charge ("واتهمت الوزارة بروكسل بنشر …"); a family name alone in ة (القويرة) tells
   no feminine speaker (``elided_subject_ar._feminine_head``).
"""
from test_gapen34_s34 import _dump, _with


# ----------------------------------------------------------------------------- 1 one-word listed names
def test_bare_putin_is_the_russian_president():
    got, evs = _with("موسكو - 12 فبراير (مرصد) - وانتقد بوتين العقوبات الأوروبية الجديدة على قطاع الطاقة.",
                     "وانتقد", "2025-02-12")
    assert got and got[0].source_code == "RUSGOV", _dump(evs)


def test_bare_macron_is_the_french_president():
    got, evs = _with("باريس - 12 فبراير (مرصد) - وندد ماكرون بالهجوم على القافلة الإنسانية في السودان.",
                     "وندد", "2025-02-12")
    assert got and got[0].source_code == "FRAGOV", _dump(evs)


def test_guard_a_folded_form_of_a_one_word_name_is_no_person():
    """Guard: passes on the start tree too ("بوتينيون" is no listed form of Putin)"""
    from marsad.actors.resolve import resolve_text
    assert resolve_text("بوتينيون", "ar", "2025-02-12") is None


# ----------------------------------------------------------------------------- 2 a name's own ب
def test_surname_with_its_own_ba_is_the_subject():
    got, evs = _with("الدوحة - 12 فبراير (مرصد) - وصل المبعوث الأميركي جون بيكر إلى الدوحة أمس. ورحب بيكر "
                     "بالاتفاق بين الحكومة والمتمردين.", "ورحب", "2025-02-12")
    assert got and got[0].source_code == "USAGOV", _dump(evs)


def test_guard_a_name_with_ba_before_an_aside_keeps_its_event():
    """Guard: passes on the start tree too (no ب of the verb before the aside: the name's word is taken as before)"""
    got, evs = _with("أنقرة - 12 فبراير (مرصد) - وأشاد زعيم الحزب القومي كمال بهادر، حليف الرئيس الذي أطلق "
                     "المبادرة، بدعوة الزعيم الكردي.", "وأشاد", "2025-02-12")
    assert got, _dump(evs)


# ----------------------------------------------------------------------------- 3 coordinated adjective of addressees
def test_coordinated_adjective_in_the_addressee_chain_of_a_joined_appeal():
    got, evs = _with("غزة - 12 فبراير (مرصد) - رحبت حركة حماس في بيان بقرار الحكومة التركية، ودعت الدول العربية "
                     "والإسلامية إلى قطع علاقاتها مع إسرائيل.", "ودعت", "2025-02-12")
    assert got and (got[0].source_code or "").startswith("PSE") and got[0].target_code == "ARB", _dump(evs)


# ----------------------------------------------------------------------------- 4 Ireland
def test_irish_prime_minister_is_ireland():
    got, evs = _with("دبلن - 12 فبراير (مرصد) - والتقى الرئيس الأوكراني أمس رئيس الوزراء الأيرلندي في دبلن.",
                     "والتقى", "2025-02-12")
    assert got and any(e.target_code == "IRLGOV" for e in got), _dump(evs)


# ----------------------------------------------------------------------------- 5 the accused after a sentence's speaker
def test_accusation_opening_the_sentence_after_a_speaker_has_the_accused_after_it():
    got, evs = _with("طرابلس - 12 فبراير (مرصد) - قال رئيس الحكومة الليبية في كلمة متلفزة إنه لن يسلم السلطة إلا "
                     "لحكومة منتخبة. واتهم مجلس النواب بعرقلة إصدار القوانين الانتخابية.", "واتهم", "2025-02-12")
    assert got and got[0].source_code == "LBYGOV" and got[0].target_code == "LBYLEG", _dump(evs)


def test_guard_accusation_with_its_own_subject_and_object_after_a_speaker():
    """Guard: passes on the start tree too (two actors before the charge: the first is the subject)"""
    got, evs = _with("طرابلس - 12 فبراير (مرصد) - قال رئيس الحكومة الليبية إنه لن يسلم السلطة. واتهم الجيش "
                     "الحكومة بارتكاب انتهاكات.", "واتهم", "2025-02-12")
    assert got and got[0].source_code == "LBYMIL", _dump(evs)



def test_family_name_in_ta_marbuta_is_no_feminine_speaker():
    got, evs = _with("طرابلس - 12 فبراير (مرصد) - أعلن وزير الداخلية الليبي خالد القويرة حالة الطوارئ في العاصمة. "
                     "وقال القويرة إن الوضع تحت السيطرة. واتهم البرلمان بعرقلة عمل الأجهزة الأمنية.",
                     "واتهم", "2025-02-12")
    assert got and got[0].source_code == "LBYGOV" and got[0].target_code == "LBYLEG", _dump(evs)


def test_guard_a_name_with_ba_after_the_subject_is_no_charge():
    """Guard: passes on the start tree too ("بروكسل" is the accused, the ministry the accuser)"""
    got, evs = _with("كيغالي - 12 فبراير (مرصد) - وقالت وزارة الخارجية الرواندية في بيان إن بلجيكا انحازت إلى طرف "
                     "في النزاع. واتهمت الوزارة بروكسل بنشر الأكاذيب.", "واتهمت", "2025-02-12")
    assert got and got[0].source_code == "RWAGOV" and (got[0].target_code or "").startswith("BEL"), _dump(evs)
