"""Session 46 (helper armiss46): Arabic gold events missed outright -- the shapes, in our own sentences.

1. A denial of giving something ("ونفت الوزارة مجددا تقديم أي أسلحة …") is a denial (016): the نفى row's objects
   (manual_ar.tsv).
2. A description as horrifying / terrible or of people as "the criminals" ("ووصف X القصف بأنه «مروع»"، "ووصف
   المحتجزين بـ«المجرمين»") is a criticism (111): the وصف 111 row's judging words.
3. After the conjunctions إذ / حيث / حين / عندما / بعدما the homograph طالب is the verb "demanded", not a student
   (actors cues clause_opener; the cue list holds phrase keys, so "إذ" is matched through the word's keys).
4. A readiness shown to contribute, help, cooperate, take part, host, give or support ("وأبدى الرئيس استعداد بلاده
   للمساهمة في …") is an intent to cooperate (030; manual_ar.tsv استعداد).  The adjective مستعدة لـ was left (extras).
5. Taking part in a ceremony or funeral, attending one ("وشارك في المراسم وفد تركي"، "حضرت وفود …
   الجنازة") is attending (040, manual_ar.tsv شارك / حضر); a required preposition inside the trigger leaves the bare
   actor after the trigger the verb's subject (V-PP-S: ``events._svo``), also for "وشارك في الهجمات مقاتلون".
"""
from test_gapen34_s34 import _dump, _with

_RABAT = "الرباط - 3 مارس (مرصد) - "


# ----------------------------------------------------------------------------- 1 denials of a gift or an outcome
def test_denied_giving_arms_is_a_denial():
    got, evs = _with(_RABAT + "ونفت وزارة الخارجية الجزائرية مجددا تقديم أي أسلحة للمسلحين في شمال مالي.", "ونفت",
                     "2025-03-03")
    assert [e.cameo for e in got] == ["016"] and got[0].source_country == "DZA", _dump(evs)


def test_denied_that_clause_is_one_denial():
    # the speech cue codes "نفى أن …"; the trigger row must not add a second 016 copy of it
    got, evs = _with(_RABAT + "ونفى المتحدث باسم وزارة الداخلية المغربية في بيان أن تكون الشرطة قد قدمت أي دعم "
                     "للمحتجين.", "ونفى", "2025-03-03")
    assert [e.cameo for e in got] == ["016"], _dump(evs)


# ----------------------------------------------------------------------------- 2 described as horrifying
def test_described_as_horrifying_is_a_criticism():
    got, evs = _with(_RABAT + 'ووصف رئيس الوزراء الإسباني بيدرو سانشيز القصف الروسي بأنه "مروع".', "ووصف",
                     "2025-03-03")
    assert any(e.cameo == "111" and e.source_country == "ESP" for e in got), _dump(evs)


def test_described_as_criminals_is_a_criticism():
    got, evs = _with(_RABAT + 'وزار وزير الداخلية الإيطالي الميناء أمس، ووصف المهاجرين المحتجزين بـ"المجرمين".',
                     "ووصف", "2025-03-03")
    assert any(e.cameo == "111" for e in got), _dump(evs)


def test_described_as_important_stays_praise():
    got, evs = _with(_RABAT + 'ووصف وزير الخارجية المغربي الزيارة بأنها "مهمة".', "ووصف", "2025-03-03")
    assert [e.cameo for e in got] == ["051"], _dump(evs)


# ----------------------------------------------------------------------------- 3 طالب after a conjunction
def test_demanded_after_idh_is_a_demand():
    got, evs = _with(_RABAT + "وأثار القرار ردود فعل غاضبة، إذ طالب نواب في البرلمان المغربي بإلغائه فورا.", "طالب",
                     "2025-03-03")
    assert any(e.cameo.startswith("10") and e.source_country == "MAR" for e in got), _dump(evs)


def test_demanded_after_fi_hin_is_a_demand():
    got, evs = _with(_RABAT + "وقال الوزير إن الحكومة لن تتراجع، في حين طالب نواب معارضون الحكومة بسحب المشروع.",
                     "طالب", "2025-03-03")
    assert any(e.cameo.startswith("10") for e in got), _dump(evs)


def test_student_after_idh_stays_a_student():
    got, evs = _with(_RABAT + "إذ طالب جامعي بتأجيل الامتحانات.", "طالب", "2025-03-03")
    assert not got, _dump(evs)


# ----------------------------------------------------------------------------- 4 readiness to contribute
def test_readiness_to_contribute_is_intent_to_cooperate():
    got, evs = _with(_RABAT + "وأبدى الرئيس الفرنسي استعداد بلاده للمساهمة في إعادة إعمار المناطق المتضررة.",
                     "استعداد", "2025-03-03")
    assert any(e.cameo == "030" and e.source_country == "FRA" for e in got), _dump(evs)


def test_readiness_to_host_talks_is_intent_to_cooperate():
    got, evs = _with(_RABAT + "وأبدى العاهل المغربي استعداد بلاده لاستضافة أي مفاوضات مقبلة بين الطرفين.",
                     "استعداد", "2025-03-03")
    assert any(e.cameo.startswith("03") and e.source_country == "MAR" for e in got), _dump(evs)


# ----------------------------------------------------------------------------- 5 attending; V-PP-S subjects
def test_took_part_in_the_ceremony_is_attending_by_the_delegation():
    got, evs = _with(_RABAT + "وشارك في المراسم وفد تركي رفيع ترأسه وزير الخارجية.", "وشارك", "2025-03-03")
    assert [(e.cameo, e.source_country) for e in got] == [("040", "TUR")], _dump(evs)


def test_delegations_attended_the_funeral():
    got, evs = _with(_RABAT + "كما حضرت وفود من الأردن ومصر الجنازة في بيروت.", "حضرت", "2025-03-03")
    assert any(e.cameo == "040" for e in got), _dump(evs)


def test_took_part_in_the_attacks_subject_after_the_pp():
    got, evs = _with(_RABAT + "وشارك في الهجمات مقاتلون من الحركة.", "وشارك", "2025-03-03")
    assert got and (got[0].source_code or "").endswith("UAF"), _dump(evs)   # the fighters, not the PP's object
