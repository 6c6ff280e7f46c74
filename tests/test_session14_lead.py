"""Session 14, lead (own sentences): future cues and the dates they read forward, a year that names a document,
and data rows found in the same review (English demonyms, border guards).

Future cues:

- "would" (the future of reported speech) and the "agreed / plans / decided to …" verbs read a bare weekday or
  month forward; "would have" (a past counterfactual) does not.
- Such a forward date, after the trigger of an asserted (reported) event, dates the planned act only: "agreed to
  meet again in April" was agreed now, not in April; and it is not moved a year back as a past date would be.
- Words that begin with سا but are no future verb (سائقي "drivers of", ساعد "helped") no longer read a weekday
  forward: "تظاهر مئات من سائقي الشاحنات يوم الأحد" is last Sunday.
"""
from __future__ import annotations

import pytest

from marsad.pipeline import Pipeline
from marsad.timex import parse

PUB = "2026-11-20"   # a Friday


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


def _ref(text: str, lang: str, piece: str):
    refs = parse(text, PUB, lang=lang)
    return next(r for r in refs if piece in r.text)


@pytest.mark.parametrize("text, lang, piece, value, direction", [
    ("The ministry said its envoy would visit the border area on Wednesday.", "en", "Wednesday", "2026-11-25", "future"),
    ("The two sides agreed to meet again in April.", "en", "April", "2027-04", "future"),
    ("Officials said the government plans to hold the vote in March.", "en", "March", "2027-03", "future"),
    # guards: a past counterfactual, a plain past report
    ("Police said gunmen would have attacked the convoy on Monday had soldiers not stopped them.", "en", "Monday",
     "2026-11-16", None),
    ("The minister visited the border area on Wednesday.", "en", "Wednesday", "2026-11-18", None),
    ("تظاهر مئات من سائقي الشاحنات يوم الأحد أمام وزارة النقل.", "ar", "الأحد", "2026-11-15", None),
    ("ساعد متطوعون الأسر النازحة يوم الأحد في توزيع المساعدات.", "ar", "الأحد", "2026-11-15", None),
    ("سيجتمع الوزراء يوم الأحد في عمان لبحث الأزمة.", "ar", "الأحد", "2026-11-22", "future"),
    ("سيطرت القوات على البلدة يوم الأحد بعد معارك عنيفة.", "ar", "الأحد", "2026-11-15", None),
])
def test_future_cue_reading(text, lang, piece, value, direction):
    r = _ref(text, lang, piece)
    assert (r.value, r.direction) == (value, direction)


def _events(pipe, text):
    return pipe(text, published_at=PUB).events


def test_agreement_to_meet_later_is_dated_now(pipe):
    evs = _events(pipe, "Armenia and Azerbaijan agreed on Tuesday to set up a joint commission, and the two "
                        "delegations agreed to meet again in April.")
    agreed = [e for e in evs if e.cameo.startswith("03") and e.trigger.startswith("agreed")]
    assert agreed
    assert all(e.date[:7] != "2027-04" and e.date[:7] != "2026-04" for e in agreed)


def test_planned_visit_takes_the_forward_date(pipe):
    evs = _events(pipe, "The ministry said its envoy would visit Yerevan on Wednesday.")
    visit = [e for e in evs if e.trigger == "visit"]
    assert visit and visit[0].date == "2026-11-25" and visit[0].modality != "asserted"


def test_reported_strike_keeps_the_past_year(pipe):
    # guard of the session-13 rule: a year-less date after an asserted strike is last January's, not next
    evs = _events(pipe, "US warplanes struck militia targets on Jan. 12, the Pentagon said.")
    strike = [e for e in evs if e.root == "19"]
    assert strike and strike[0].date == "2026-01-12"


def test_drivers_protest_is_last_sunday(pipe):
    evs = _events(pipe, "تظاهر مئات من سائقي الشاحنات يوم الأحد أمام مقر وزارة النقل في العاصمة احتجاجا على رفع الرسوم.")
    protest = [e for e in evs if e.root == "14"]
    assert protest and {e.date for e in protest} == {"2026-11-15"}


# ----------------------------------------------------------------------------- a year that names a document
@pytest.mark.parametrize("text, root, year_dated", [
    ("وطالب وزير الخارجية بتطبيق اتفاق عام 2010 بين البلدين دون تأخير.", "10", False),
    ("ودعت القمة الطرفين إلى احترام اتفاقية عام 2008 وسحب القوات من المنطقة الحدودية.", "02", False),
    ("وطالب المتظاهرون بالعودة إلى حدود عام 1967.", "10", False),
    # guards: an adverbial year after a place, a war that dates its act, an indefinite agreement signed that year
    ("غزت القوات الأجنبية البلاد عام 2003 بعد أشهر من التهديدات.", "19", True),
    ("احتلت القوات الضفة الغربية في حرب عام 1967.", "19", True),
    ("ووقع البلدان اتفاقا عام 2010 في الدوحة.", "05", True),
])
def test_year_naming_a_document(pipe, text, root, year_dated):
    evs = [e for e in pipe(text, published_at=PUB).events if e.root == root]
    assert evs
    assert (evs[0].date[:4] in ("2010", "2008", "1967", "2003")) == year_dated


# ----------------------------------------------------------------------------- data rows of the same review
def test_tajik_border_guards_are_the_shooters(pipe):
    evs = pipe("Tajik border guards opened fire on Kyrgyz troops near the disputed village, the Kyrgyz defence "
               "ministry said.", published_at=PUB).events
    assert [(e.root, e.source_code, e.target_code) for e in evs] == [("19", "TJKMIL", "KGZMIL")]


def test_burmese_troops_are_myanmar_military(pipe):
    evs = pipe("Burmese troops shelled a village in the west of the country on Monday.", published_at=PUB).events
    assert evs and evs[0].source_code == "MMRMIL"


# ----------------------------------------------------------------------------- a denial's scope
def test_denial_does_not_negate_the_speakers_own_accusation(pipe):
    evs = pipe("Azerbaijan denied that its troops had opened fire and accused Armenian forces of provoking the "
               "clash.", published_at=PUB).events
    fire = [e for e in evs if e.trigger == "opened fire"]
    accused = [e for e in evs if e.trigger == "accused"]
    assert fire and fire[0].negated            # the denied deed
    assert accused and not accused[0].negated and accused[0].source_code == "AZE"


def test_reported_deed_and_accusation_after_said_unchanged(pipe):
    # guard: after a plain speech verb nothing was negated and nothing is
    evs = pipe("The army said rebels shelled two villages and accused the government of arming them.",
               published_at=PUB).events
    assert evs and not any(e.negated for e in evs)


@pytest.mark.parametrize("text, source", [
    ("Azerbaijan denied that its troops had opened fire on Armenian positions.", "AZE"),
    ("ونفت إريتريا أن تكون قواتها قد توغلت في أراضي جيبوتي.", "ERI"),
])
def test_a_denial_is_coded_016_beside_the_denied_deed(pipe, text, source):
    evs = pipe(text, published_at=PUB).events
    denial = [e for e in evs if e.cameo == "016"]
    assert denial and denial[0].source_code == source and not denial[0].negated
    assert all(e.negated for e in evs if e.cameo != "016" and e.root not in ("01",))


def test_plain_statement_stays_010(pipe):
    evs = pipe("The Armenian defence ministry said its troops had opened fire on Azerbaijani positions.",
               published_at=PUB).events
    assert not any(e.cameo == "016" for e in evs)


@pytest.mark.parametrize("text, code", [
    ("وتوغلت قوات أجنبية في أراضي البلاد المجاورة فجر الثلاثاء.", "190"),
    ("Foreign troops launched an incursion into the neighbouring country on Monday.", "190"),
])
def test_incursion_is_a_military_assault(pipe, text, code):
    evs = pipe(text, published_at=PUB).events
    assert any(e.cameo == code and not e.historical and not e.negated for e in evs)


def test_incursion_denied_is_negated(pipe):
    evs = pipe("ونفت الحكومة أن تكون قواتها قد توغلت في أراضي الدولة المجاورة.", published_at=PUB).events
    assert [e.negated for e in evs if e.root == "19"] == [True]
