"""Session 49 (helper armiss49): Arabic gold events missed outright -- the shapes, in our own sentences.

1. Lexicon (manual_ar.tsv): opening or beginning an investigation (فتح + an indefinite تحقيقا, باشر + تحقيق, 090;
   "فتح الطريق أمام تحقيق السلام" is achieving, no investigation); a vote of confidence (منح / أعطى + الثقة, 051;
   حجب + الثقة, 120); denying having detected something (نفى + رصد, 016); "devastating" as a judging word of وصف
   (111); halting the entry of aid (أوقف + إدخال, 163); asking for a pardon for someone (طلب + العفو عن, 0253).
2. ``homographs._keep``: a bare homograph verb's subject after one or two title words (رئيس مفوضية …).
3. ``events._described_as``: a comma aside between a description verb and its object is not counted.
4. طالب before بأن is the verb, and a sentence-opening one goes on with the speaker before (elided_subject_ar.tsv).
5. Rows: persona non grata (أعلن + غير مرغوب, 166); a threat told as a content clause (لوح + بأن, 130).
6. ``events._dedupe``: a praise / appeal verb joined after "، و" with its own object is a second act.
7. اعتبر + a judging word (111; the row left out at the merge, its test an xfail); "على لسان" opens an adjunct aside.
8. A verb right after كما inside a sentence is a further act (merge_repeats, _dedupe, the bare دان after كما).
"""
import pytest
from test_gapen34_s34 import _dump, _with

_BEIRUT = "بيروت - 4 مايو (مرصد) - "
_DATE = "2025-05-04"


# ----------------------------------------------------------------------------- 1 lexicon
def test_prosecutor_opens_an_investigation():
    got, evs = _with(_BEIRUT + "وفتحت النيابة العامة اللبنانية أمس تحقيقا في انفجار المستودع.", "وفتحت", _DATE)
    assert [e.cameo for e in got] == ["090"] and got[0].source_country == "LBN", _dump(evs)


def test_opening_the_way_to_achieving_peace_is_no_investigation():
    _, evs = _with(_BEIRUT + "وقال الوزير إن الاتفاق فتح الطريق أمام تحقيق السلام في المنطقة.", "فتح", _DATE)
    assert not [e for e in evs if e.cameo == "090"], _dump(evs)


def test_army_begins_the_investigation():
    got, evs = _with(_BEIRUT + "وباشر الجيش اللبناني التحقيق لتحديد هوية مطلقي الصواريخ.", "وباشر", _DATE)
    assert [e.cameo for e in got] == ["090"] and got[0].source_country == "LBN", _dump(evs)


def test_bloc_gives_the_government_its_confidence():
    got, evs = _with(_BEIRUT + "ومنح نواب حزب الكتائب اللبنانية الثقة للحكومة الجديدة.", "ومنح", _DATE)
    assert [e.cameo for e in got] == ["051"], _dump(evs)


def test_deputies_withhold_confidence():
    got, evs = _with(_BEIRUT + "وحجب نواب التيار الوطني الحر الثقة عن الحكومة.", "وحجب", _DATE)
    assert [e.cameo for e in got] == ["120"], _dump(evs)


def test_army_denies_detecting_drones():
    got, evs = _with(_BEIRUT + "ونفى الجيش اللبناني أمس رصد أي طائرة مسيرة فوق المرفأ.", "ونفى", _DATE)
    assert [e.cameo for e in got] == ["016"] and got[0].source_country == "LBN", _dump(evs)


def test_step_described_as_devastating():
    got, evs = _with(_BEIRUT + "ووصف متحدث باسم الخارجية الفرنسية القرار الإيراني أمس بأنه \"ضربة مدمرة\" للحوار.",
                     "ووصف", _DATE)
    assert [e.cameo for e in got] == ["111"] and got[0].source_country == "FRA", _dump(evs)


def test_state_halts_the_entry_of_aid_trucks():
    got, evs = _with(_BEIRUT + "وأوقفت إسرائيل مساء أمس إدخال شاحنات المساعدات إلى قطاع غزة.", "وأوقفت", _DATE)
    assert [e.cameo for e in got] == ["163"] and got[0].source_country == "ISR", _dump(evs)


def test_president_asks_for_a_pardon_for_a_writer():
    got, evs = _with(_BEIRUT + "وطلب الرئيس الفرنسي، في رسالة إلى نظيره الجزائري، العفو عن الكاتب المسجون.", "وطلب",
                     _DATE)
    assert [e.cameo for e in got] == ["0253"] and got[0].source_country == "FRA", _dump(evs)


def test_asking_the_people_for_forgiveness_is_no_appeal_for_release():
    _, evs = _with(_BEIRUT + "وطلب الرئيس العفو من الشعب اللبناني على أخطاء حكومته.", "وطلب", _DATE)
    assert not [e for e in evs if e.cameo == "0253"], _dump(evs)


# ----------------------------------------------------------------------------- 2 the homograph subject's title words
def test_commission_chair_congratulates_a_people():
    got, evs = _with(_BEIRUT + "وهنأ رئيس مفوضية الاتحاد الأفريقي الشعب اللبناني بنجاح الانتخابات البلدية.", "وهنأ",
                     _DATE)
    assert [e.cameo for e in got] == ["051"] and (got[0].source_code or "").startswith("IGO"), _dump(evs)


# ----------------------------------------------------------------------------- 3 a description across an aside
def test_description_after_an_adjunct_aside_on_the_object():
    got, evs = _with(_BEIRUT + "ووصف الرئيس الفرنسي نظيره اللبناني، في حديث للصحفيين على متن الطائرة بعد انتهاء "
                     "الزيارة، بأنه \"صديق شجاع\".", "ووصف", _DATE)
    assert [e.cameo for e in got] == ["051"] and got[0].source_country == "FRA", _dump(evs)


# ----------------------------------------------------------------------------- 4 طالب before بأن
def test_joined_demand_before_its_complementizer():
    got, evs = _with(_BEIRUT + "وقال الرئيس اللبناني إن الحرب يجب أن تتوقف، وطالب بأن تكون فرنسا جزءا من أي اتفاق.",
                     "وطالب", _DATE)
    assert [e.cameo for e in got] == ["100"] and got[0].source_country == "LBN", _dump(evs)


def test_sentence_opening_demand_before_its_complementizer_goes_on_with_the_speaker():
    got, evs = _with(_BEIRUT + "وفي مؤتمر صحفي، انتقد الرئيس اللبناني استمرار الغارات، وقال إن بيروت لن تقبل أي اتفاق. "
                     "وطالب بأن تكون فرنسا جزءا من أي ضمانات أمنية للبنان.", "وطالب", _DATE)
    assert [e.cameo for e in got] == ["100"] and got[0].source_country == "LBN", _dump(evs)


# ----------------------------------------------------------------------------- 5 more rows
def test_diplomats_declared_persona_non_grata():
    got, evs = _with(_BEIRUT + "وأعلنت الحكومة السودانية السفير الكيني شخصا غير مرغوب فيه.", "وأعلنت", _DATE)
    assert [e.cameo for e in got] == ["166"] and got[0].source_country == "SDN", _dump(evs)


def test_president_brandishes_a_threat_in_a_content_clause():
    got, evs = _with(_BEIRUT + "ولوّح الرئيس الأميركي أمس بأن قواته مستعدة لضرب المنشآت النووية الإيرانية.", "ولو",
                     _DATE)
    assert [e.cameo[:2] for e in got] == ["13"] and got[0].source_country == "USA", _dump(evs)


# ----------------------------------------------------------------------------- 6 a joined second act of one subject
def test_praise_and_joined_thanks_are_two_acts():
    _, evs = _with(_BEIRUT + "وخلال عشاء رسمي مساء أمس، أشاد ترامب بمضيفه ووصفه بأنه \"رجل شجاع\"، وشكر مصر على "
                   "وساطتها.", "أشاد", _DATE)
    got = [e for e in evs if e.cameo == "051"]
    assert sorted(e.trigger.split()[0] for e in got) == ["أشاد", "وشكر"], _dump(evs)
    assert all(e.source_country == "USA" for e in got), _dump(evs)


# ----------------------------------------------------------------------------- 7 اعتبر with a judging word
@pytest.mark.xfail(strict=True, reason="the اعتبر + judging-word row was left out at the merge (session 49 lead): alone it "
                   "moved the Arabic GSR ASSAULT CV .7664 -> .7624 for one strict gold event")
def test_movement_deems_a_step_a_sin_through_its_spokesman():
    got, evs = _with(_BEIRUT + "واعتبرت حركة أمل، على لسان المتحدث باسمها، أن القرار \"خطيئة سياسية\" بحق الجنوب.",
                     "واعتبرت", _DATE)
    assert [e.cameo for e in got] == ["111"] and got[0].source_country == "LBN", _dump(evs)


def test_deeming_an_agreement_an_important_step_is_no_condemnation():
    _, evs = _with(_BEIRUT + "واعتبر الرئيس اللبناني أن الاتفاق خطوة مهمة نحو الاستقرار.", "واعتبر", _DATE)
    assert not [e for e in evs if e.cameo == "111"], _dump(evs)


# ----------------------------------------------------------------------------- 8 a second condemnation after كما
def test_condemnation_said_again_after_kama_is_a_second_act():
    _, evs = _with(_BEIRUT + "استقبل الرئيس اللبناني جوزاف عون أمس رئيس الوزراء الفرنسي. ودان عون خلال مؤتمر صحافي "
                   "الغارات الإسرائيلية على الجنوب، واصفا إياها بأنها \"انتهاك خطير\"، كما دان إطلاق الصواريخ من "
                   "الأراضي اللبنانية.", "دان", _DATE)
    got = [e for e in evs if e.cameo == "111" and e.trigger.split()[0] in ("ودان", "دان")]
    assert len(got) == 2 and all(e.source_country == "LBN" for e in got), _dump(evs)


# ----------------------------------------------------------------------------- 9 more rows
def test_commission_suspends_a_party_registration():
    got, evs = _with(_BEIRUT + "وعلقت لجنة الانتخابات المستقلة أمس تسجيل حزب التجمع الوطني.", "وعلقت", _DATE)
    assert [e.cameo for e in got] == ["1722"], _dump(evs)


def test_army_retakes_control_of_a_town():
    got, evs = _with(_BEIRUT + "واستعاد الجيش اللبناني يوم الجمعة السيطرة على بلدة عرسال الحدودية.", "واستعاد", _DATE)
    assert [e.cameo for e in got] == ["192"] and got[0].source_country == "LBN", _dump(evs)


def test_president_awards_his_guest_an_order():
    got, evs = _with(_BEIRUT + "وقلد الرئيس اللبناني ضيفه الفرنسي وسام الأرز الوطني.", "وقلد", _DATE)
    assert [e.cameo for e in got] == ["051"] and got[0].source_country == "LBN", _dump(evs)


def test_imitating_a_voice_is_no_award():
    _, evs = _with(_BEIRUT + "وقلد الممثل صوت الرئيس في البرنامج الساخر.", "وقلد", _DATE)
    assert not [e for e in evs if e.trigger.startswith("وقلد")], _dump(evs)
