"""Actor phrases written for these tests (session 8, lead); none comes from ../shared."""
import pytest

from events_helpers import full


@pytest.mark.parametrize("text,code,surface", [
    ("قال الأمين العام للأمم المتحدة إن الوضع في غزة كارثي.", "IGOUNO", "الأمين العام للأمم المتحدة"),
    ("قال المبعوث الخاص للأمم المتحدة إن المحادثات ستستأنف.", "IGOUNO", "المبعوث الخاص للأمم المتحدة"),
    ("قال الأمين العام لجامعة الدول العربية إن القمة ستعقد في موعدها.", "IGOARBAGL", "الأمين العام لجامعة الدول العربية"),
    ("قال الأمين العام لحزب الله إن الحزب لن يتراجع.", "LBNREB", "الأمين العام لحزب الله"),
])
def test_a_title_of_a_body_is_the_body(text, code, surface):
    doc = full(text)
    got = [(a.code, doc.text[s:e]) for a in doc.actors for s, e in a.spans]
    assert (code, surface) in got, got
    assert not any(c == "GOV" for c, _ in got), got


def test_the_armed_wing_of_a_party_is_its_armed_group():
    doc = full("اعتقلت القوات الإسرائيلية قياديا في الجناح العسكري لحركة فتح.")
    assert any(a.code == "PSEREB" for a in doc.actors), [(a.code, a.spans) for a in doc.actors]


def test_a_message_to_a_body_is_no_title_of_it():
    doc = full("وجه الرئيس رسالة لحزب الله.")
    assert not any(a.code == "LBNREB" and len(a.spans) and doc.text[a.spans[0][0]:a.spans[0][1]].startswith("الرئيس")
                   for a in doc.actors), [(a.code, a.spans) for a in doc.actors]


def test_the_un_secretary_general_is_the_source_of_his_call():
    doc = full("دعا الأمين العام للأمم المتحدة إلى وقف فوري لإطلاق النار في غزة.")
    evs = [e for e in doc.events if e.cameo.startswith("02") or e.cameo.startswith("10")]
    assert evs and evs[0].source_code == "IGOUNO" and evs[0].target_code != "IGOUNO", \
        [(e.cameo, e.source_code, e.target_code) for e in doc.events]
