"""Session 25, PREC3: extra events of the older gold files -- an act noun that is only a topic, "ما تحقق".

Our own sentences.  Each case fails before the change (an event coded) and passes after; the guards are near misses
that must keep their event.
"""
from marsad.model import Document
from marsad.pipeline import Pipeline

_PIPE = Pipeline()


def _events(text):
    doc = Document.from_text(text, published_at="2025-03-04")
    _PIPE(doc)
    return doc.events


def _codes(text):
    return [(e.trigger, e.cameo) for e in _events(text)]


def _lacks(text, code):
    got = _codes(text)
    assert not any(c.startswith(code) for _, c in got), got
    return got


def _keeps(text, code):
    got = _codes(text)
    assert any(c.startswith(code) for _, c in got), got
    return got


# --- what monitors watch is no act (watched_act.tsv kind watch)
def test_monitor_the_ceasefire_ar():
    got = _lacks("واتفق الطرفان على تشكيل فريق مشترك لمراقبة وقف إطلاق النار في المدينة.", "087")
    assert any(c == "030" for _, c in got), got   # the agreement stays


def test_monitor_the_ceasefire_en():
    got = _lacks("The two sides agreed to set up a commission to monitor the ceasefire along the border.", "087")
    assert ("monitor", "090") in got, got


def test_monitor_the_withdrawal_en():
    got = _codes("Observers will monitor the withdrawal of troops from the town.")
    assert not any(t == "withdrawal" for t, _ in got), got


def test_guard_declared_ceasefire_ar():
    _keeps("أعلن الطرفان وقف إطلاق النار في المدينة.", "087")


def test_guard_violated_ceasefire_en():
    got = _codes("Both sides accused each other of violating the ceasefire.")
    assert any(t.startswith("violating") for t, _ in got), got


def test_guard_overseen_talks_still_meet():
    got = _codes("The UN will oversee the talks between the two governments in Geneva.")
    assert any(t == "talks" for t, _ in got), got


# --- a treaty's name is no act (kinds treaty + ban)
def test_genocide_convention_ar():
    got = _lacks("واتهمت جنوب أفريقيا إسرائيل بانتهاك اتفاقية منع الإبادة الجماعية.", "20")
    assert any(c.startswith("11") for _, c in got), got   # the accusation stays


def test_convention_against_torture_en():
    got = _codes("Ukraine accused Russia of breaching the Chemical Weapons Convention and the convention against torture.")
    assert not any(t == "torture" for t, _ in got), got
    assert ("accused", "112") in got, got


def test_guard_torture_outside_a_name():
    _keeps("The report said guards tortured detainees at the prison.", "18")


# --- "ما تحقق": what was achieved, no investigation (manual_ar حقق cond not_after_what)
def test_what_was_achieved_ar():
    _lacks("وحذر الوزير من أن استمرار القصف سيقوض ما تحقق في المفاوضات.", "090")


def test_guard_prosecutors_investigate_ar():
    _keeps("وقالت الشرطة إن النيابة تحقق في الحادث.", "090")


def test_guard_committee_that_investigates_ar():
    _keeps("وقال المدعي العام إن اللجنة التي تحقق في الهجوم ستصدر تقريرها.", "090")


# --- a thing thrown right after the throw verb, and "Stones were thrown at" (thrown_objects_en.tsv)
def test_threw_stones_no_stoning():
    got = _codes("He said officers had acted in self-defence after demonstrators threw stones and set fire to a police "
                 "station in the northern city.")
    assert not any(t == "stones" for t, _ in got), got
    assert any(t.endswith("threw") for t, _ in got), got   # the throw stays


def test_stones_were_thrown_passive():
    got = _codes("Stones were thrown at a Japanese school in the eastern city of Qingdao on Wednesday, the embassy said.")
    assert any(t == "Stones were thrown" and c.startswith("18") for t, c in got), got


def test_guard_stone_verb():
    got = _codes("Villagers stone a police patrol near the border.")
    assert any(t == "stone" and c.startswith("19") for t, c in got), got


def test_guard_threw_rocks_at():
    _keeps("Youths threw rocks at soldiers near the checkpoint.", "145")


# --- the hal participle معربا عن أمله / قلقه is the act's word (manual_ar أعرب rows)
def test_hal_hope_ar():
    got = _codes("وفي العاصمة، رحب رئيس الإقليم بالاتفاق، معربا عن أمله في أن تعترف الحكومة باستقلاله قريبا.")
    assert ("معربا عن أمله", "013") in got, got


def test_hal_concern_ar():
    evs = _events("ودانت الخارجية المصرية الهجوم، معربة عن قلقها إزاء تصاعد العنف في المنطقة.")
    got = [(e.trigger, e.cameo, e.source_code) for e in evs]
    assert ("معربة عن قلقها", "012", "EGYGOV") in got, got


def test_guard_hope_noun_ar():
    _keeps("وقال المبعوث إن هناك أملا في التوصل إلى اتفاق.", "013")


# --- "back down" is a retreat, no support (noun_compound_en.tsv next "down")
def test_backs_down_no_support():
    _lacks("Colombia backs down over deportation flights after US tariff threat", "050")


def test_backed_down_no_support():
    _lacks("The minister backed down on Tuesday after two days of protests.", "050")


def test_guard_backs_the_resolution():
    _keeps("France backs the resolution on Gaza, the foreign minister said.", "050")
