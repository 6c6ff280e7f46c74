"""Session 53 (helper miss53): gold events missed outright, our own sentences.

1. A denial joined to an earlier verb of the same speaker: "accused X of … and (again) denied that …", "said … but
   denied that …" is a 016 of the sentence's subject (``stages/quotes._english_quote``, ``_opening_actor_en``;
   ``coding/english._speaker_not_subject``).
2. "vowed that everyone involved would be punished / held to account" = a threat (130): the vow row's object word may
   be in its that-clause (``manual_en.tsv`` cond that_obj).
3. "sacked Lucy Powell" = remove from office (172) with any object; "drove them back with water cannon" = 175.
4. Arabic: "طلب X من الجانب الروسي …" -- after a request verb من opens the one asked, the side is an actor
   (``stages.actors._side_nationality``, cue side_request); rows: خصص + relief (073), دخل + aid near (073), أمر +
   ب + troops (154).
"""
from test_gapen34_s34 import _dump, _events, _with


def _told(text, verb, date="2025-05-12"):
    """The events whose trigger starts at ``verb``; all events."""
    evs = _events(text, date)
    at = text.index(verb)
    return [e for e in evs if e.trigger_start == at], evs


# ----------------------------------------------------------------------------- 1 joined denials
def test_accused_and_again_denied_that():
    got, evs = _with("The Kenyan government accused Uganda's leaders of using Kenya as a scapegoat for their own "
                     "troubles and again denied that Kenya arms the rebels.", "denied", "2025-05-05")
    assert got and got[0].cameo == "016" and got[0].source_country == "KEN", _dump(evs)


def test_said_but_denied_that():
    got, evs = _with("The Chilean foreign ministry said talks would resume next week but denied that Santiago had "
                     "recalled its ambassador.", "denied", "2025-05-05")
    assert got and got[0].cameo == "016" and got[0].source_country == "CHL", _dump(evs)


def test_said_clause_with_auxiliary_and_denied():
    got, evs = _with("The Chilean foreign ministry said the outage would last a week and denied that Santiago had "
                     "recalled its ambassador.", "denied", "2025-05-05")
    assert got and got[0].cameo == "016" and got[0].source_country == "CHL", _dump(evs)


def test_reported_subject_denial_keeps_no_speaker():
    """Guard: "Police said the men attacked a guard and denied …": the men's denial, not the police's."""
    got, evs = _with("Chilean police said the men attacked a guard and denied that they had fired first.", "denied",
                     "2025-05-05")
    assert not any(e.source_role == "COP" for e in got), _dump(evs)


# ----------------------------------------------------------------------------- 2 vowed that … punished
def test_vowed_that_those_responsible_would_be_held_to_account():
    got, evs = _with("The Peruvian interior minister vowed on Monday that those responsible would be held to "
                     "account.", "vowed", "2025-05-05")
    assert got and got[0].cameo == "130" and got[0].source_country == "PER", _dump(evs)


def test_vowed_that_a_hospital_would_open_is_no_threat():
    """Guard: a vow whose clause has no punishment word is no threat."""
    got, evs = _with("The Peruvian health minister vowed that the new hospital would open next year.", "vowed",
                     "2025-05-05")
    assert not any(e.root == "13" for e in got), _dump(evs)


# ----------------------------------------------------------------------------- 3 rows
def test_sacked_a_named_minister():
    got, evs = _with("Canadian Prime Minister Mark Carney sacked Jane Doe on Friday.", "sacked",
                     "2025-05-05")
    assert got and got[0].cameo == "172" and got[0].source_country == "CAN", _dump(evs)


def test_drove_them_back_with_water_cannon():
    got, evs = _with("Hundreds of students marched on parliament in Belgrade, and Serbian riot police drove them "
                     "back with water cannon.", "drove", "2025-05-05")
    assert got and got[0].cameo == "175", _dump(evs)


def test_drove_back_to_the_palace_is_no_event():
    """Guard: driving somewhere is no repression."""
    got, evs = _with("The Serbian president drove back to the palace after the ceremony.", "drove", "2025-05-05")
    assert not got, _dump(evs)


# ----------------------------------------------------------------------------- 4 Arabic
def test_asked_the_russian_side():
    text = "وطلب الرئيس السوري من الجانب الروسي مواصلة دعم بلاده في مجال الطاقة."
    got, evs = _told(text, "وطلب")
    assert got and got[0].root == "02" and got[0].target_country == "RUS", _dump(evs)


def test_side_of_the_border_stays_a_place():
    """Guard: with no request verb "من الجانب السوري" is still a place (the side_locative rule)."""
    text = "وعبرت عشرات الشاحنات من الجانب السوري من الحدود صباح اليوم."
    evs = _events(text, "2025-05-12")
    assert not any(e.target_country == "SYR" for e in evs), _dump(evs)


def test_allocated_money_for_relief():
    text = "وخصصت اليابان يوم الاثنين مليوني دولار للإغاثة في المناطق المنكوبة."
    got, evs = _told(text, "وخصصت")
    assert got and got[0].cameo == "073" and got[0].source_country == "JPN", _dump(evs)


def test_aid_convoys_entered():
    text = "ودخلت قوافل مساعدات أممية إلى المدينة خلال الأسبوع الماضي."
    got, evs = _told(text, "ودخلت")
    assert got and got[0].cameo == "073", _dump(evs)


def test_troops_entered_with_aid_far_is_no_aid():
    """Guard: the aid word far from دخل is not what entered."""
    text = "ودخلت القوات الإسرائيلية إلى البلدة صباح اليوم ومنعت دخول المساعدات."
    got, evs = _told(text, "ودخلت")
    assert not any(e.cameo == "073" for e in got), _dump(evs)


def test_ordered_troops_sent():
    text = "وأمر الرئيس الأمريكي بإرسال 500 عنصر إضافي من الحرس الوطني إلى العاصمة."
    got, evs = _told(text, "وأمر")
    assert got and got[0].cameo == "154" and got[0].source_country == "USA", _dump(evs)
