"""Session 50 (helper gapar50): Arabic sources and targets of the in-sample gold's shapes, our own sentences.

1. A statement told as a speaker's words ("وقال مكتب X في بيان إن الجيش قصف …") names its issuer in the speaker, not in
   the subject of the act reported inside it: "واتهم البيان …" in the next sentence is the speaker's accusation
   (``statement_subject._stating_speaker``).
2. A bare definite office, union, league or foundation noun (المكتب، النقابة، الرابطة، المؤسسة) names back the body
   named before whose name holds its word (body_head_ar.tsv; ``actors._body_head_anaphor_ar``).
3. A thanks or congratulation verb joined after a comma to an act of the same subject, with one actor right after it
   and then على, takes that actor as its object ("…، وشكر الأردن على استضافته": ``appeal_object_ar.addressee``).
4. "، وحملت X المسؤولية عن Y": the actor inside the holding-responsible trigger is the object of a verb that goes on
   with the subject before, the actor after the trigger what the responsibility is for (``events._after_charge``).
"""
from test_gapen34_s34 import _dump, _with

_CAIRO = "القاهرة - 3 مارس (مرصد) - "


# ----------------------------------------------------------------------------- 1 the statement's speaker
def test_statement_named_by_a_speaker_is_the_speakers_not_the_reported_subjects():
    got, evs = _with(_CAIRO + "وقال مكتب وزير الدفاع الإسرائيلي في بيان إن الجيش قصف مخازن أسلحة لحزب الله في "
                     "الجنوب. واتهم البيان الحزب بخرق وقف إطلاق النار.", "واتهم", "2025-03-03")
    assert got and got[0].source_code == "ISRGOV", _dump(evs)


def test_final_statement_after_a_press_conference_is_the_speakers_body():
    got, evs = _with(_CAIRO + "وقال الأمين العام لجامعة الدول العربية في مؤتمر صحفي عقب الاجتماع إن العملية "
                     "التركية تهدد وحدة سوريا. ودعا البيان الختامي مجلس الأمن الدولي إلى التحرك.", "ودعا",
                     "2025-03-03")
    assert got and (got[0].source_code or "").startswith("IGO"), _dump(evs)


def test_statement_of_the_acting_subject_keeps_its_act():
    # (guard) no speaker: the statement's issuer is the subject of the act told with it
    got, evs = _with(_CAIRO + "وأدانت وزارة الخارجية التركية الهجوم في بيان. واتهم البيان الحكومة الإسرائيلية "
                     "بارتكاب جرائم حرب.", "واتهم", "2025-03-03")
    assert got and got[0].source_code == "TURGOV" and got[0].target_code == "ISRGOV", _dump(evs)


# ----------------------------------------------------------------------------- 2 the office named back
def test_bare_office_names_back_the_office_named_before():
    got, evs = _with(_CAIRO + "وقال مكتب شؤون تايوان في الحكومة الصينية إن الانتخابات لن تغير شيئا. وحذر المكتب "
                     "من أن أي محاولة للانفصال ستفشل.", "وحذر", "2025-03-03")
    assert got and got[0].source_code == "CHNGOV", _dump(evs)


# ----------------------------------------------------------------------------- 3 thanks to the actor before على
def test_joined_thanks_takes_the_actor_before_ala_as_its_object():
    got, evs = _with(_CAIRO + "ورحب وزير الخارجية المصري بالاتفاق، وشكر الأردن على استضافته اللاجئين.", "وشكر",
                     "2025-03-03")
    assert got and got[0].source_code == "EGYGOV" and got[0].target_code == "JOR", _dump(evs)


def test_joined_congratulation_takes_the_body_before_ala_as_its_object():
    got, evs = _with(_CAIRO + "ورحبت الوزيرة الكندية بالاتفاق، وهنأت الحكومة العراقية على نجاح الانتخابات.",
                     "وهنأت", "2025-03-03")
    assert got and got[0].source_code == "CANGOV" and got[0].target_code == "IRQGOV", _dump(evs)


# ----------------------------------------------------------------------------- 4 held responsible
def test_joined_holding_responsible_goes_on_with_the_subject_before():
    got, evs = _with(_CAIRO + "كما دانت حركة فتح الهجوم، وحملت إسرائيل المسؤولية الكاملة عن سلامة المدنيين.",
                     "وحملت", "2025-03-03")
    assert got and got[0].source_country == "PSE" and got[0].target_code == "ISR", _dump(evs)


# ----------------------------------------------------------------------------- 5 the appeal's addressee in a quote
def test_speakers_joined_appeal_addressee_despite_an_actor_in_its_content():
    got, evs = _with(_CAIRO + "وفي نيويورك، قالت المندوبة البريطانية بالإنابة باربرا وودوارد إن هذه هي المرة الأخيرة "
                     "التي تقبل فيها لندن بتمديد عمل البعثة، ودعت الحكومة العراقية إلى المضي في نزع سلاح الحشد "
                     "الشعبي.", "ودعت", "2025-03-03")
    assert got and got[0].source_country == "GBR" and got[0].target_code == "IRQGOV", _dump(evs)


# ----------------------------------------------------------------------------- 6 two joined acts, one pair of sides
def test_welcome_and_joined_thanks_of_the_same_sides_are_two_acts():
    got, evs = _with(_CAIRO + "ورحبت الحكومة المصرية بالمبادرة الأمريكية، وشكرت الولايات المتحدة على جهودها.",
                     "وشكرت", "2025-03-03")
    assert got and got[0].source_code == "EGYGOV" and got[0].target_code == "USA", _dump(evs)
    assert any(e.trigger.startswith("ورحبت") for e in evs), _dump(evs)


def test_the_same_verb_said_again_stays_one_act():
    # (guard) not two words: "ودعا …، ودعا …" with the same sides is left to the older rules
    got, evs = _with(_CAIRO + "ورحبت الحكومة المصرية بالمبادرة الأمريكية ورحبت بها.", "ورحبت", "2025-03-03")
    assert len(got) == 1, _dump(evs)


# ----------------------------------------------------------------------------- 7 a coordinated pair of addressees
def test_joined_appeal_to_a_coordinated_pair_is_to_both():
    got, evs = _with(_CAIRO + "ودان الأمين العام للأمم المتحدة أنطونيو غوتيريش الهجوم، ودعا نتنياهو ومحمود عباس إلى "
                     "ضبط النفس.", "ودعا", "2025-03-03")
    assert got and all((e.source_code or "").startswith("IGO") for e in got), _dump(evs)
    assert {e.target_country for e in got} == {"ISR", "PSE"}, _dump(evs)


def test_joined_appeal_with_a_new_named_subject_and_its_object_keeps_its_subject():
    # (guard) "، ودعا الرئيس الإيراني … الدول الإسلامية إلى": a new subject, its object no coordinated addressee
    got, evs = _with(_CAIRO + "كما ندد الرئيس الفرنسي بالهجوم، ودعا الرئيس الإيراني مسعود بزشكيان الدول الإسلامية "
                     "إلى قطع علاقاتها مع إسرائيل.", "ودعا", "2025-03-03")
    assert got and got[0].source_country == "IRN", _dump(evs)


def test_joined_appeal_with_a_new_titled_subject_keeps_it():
    # (guard) a title and its name are one subject, no chain of addressees
    got, evs = _with(_CAIRO + "ودان الأمين العام للأمم المتحدة أنطونيو غوتيريش القتل، ودعا المفوض السامي لحقوق "
                     "الإنسان فولكر تورك إلى إجراء تحقيقات.", "ودعا", "2025-03-03")
    assert got and (got[0].source_code or "").startswith("IGO"), _dump(evs)
    assert not (got[0].target_code or "").startswith("IGO"), _dump(evs)   # (the commissioner is no addressee)


# ----------------------------------------------------------------------------- 8 a clitic on a bare surname
def test_clitic_ba_on_a_surname_named_before_is_the_partner_not_the_caller():
    got, evs = _with(_CAIRO + "أعلن الرئيس الفرنسي إيمانويل ماكرون والمستشار الألماني أولاف شولتس الاتفاق. وأجرى "
                     "شولتس اتصالا هاتفيا بماكرون.", "اتصالا", "2025-03-03")
    assert ("DEUGOV", "FRAGOV") in {(e.source_code, e.target_code) for e in got}, _dump(evs)
