"""Session 24, PREC2: second tellings and background acts coded as new current events, general causes, with our own
sentences: the other target copy of a headline's protest whose first copy the body's telling took, an armed group
named two ways in two tellings of one strike (rebels / "terrorists"), and an act summed up "over the past two years"
(background).  Guards: two attacks stay two, a coordinated subject's copy stays, "over the past week" and an act of
its own day in a sentence that also names a past span or year stay current."""
from __future__ import annotations

from events_helpers import full

_DJIBOUTI = ("جيبوتي تستدعي سفيرها من أسمرة ومظاهرات في جيبوتي رفضا لاتفاق عسكري بين إريتريا وإثيوبيا\n\n"
             "جيبوتي - (مرصد):\n\n"
             "استدعت حكومة جيبوتي يوم الأحد سفيرها لدى إريتريا للتشاور، بعد يوم من توقيع أسمرة وأديس أبابا اتفاقا "
             "عسكريا.\n\n"
             "وتظاهر آلاف الجيبوتيين يوم الأحد أمام سفارة إريتريا في جيبوتي، ورددوا هتافات ضد الحكومة الإريترية.\n\n"
             "وقال وزير الخارجية إن بلاده تتابع الموقف.")

_STRIKES = ("Pakistan shuts border post after air raids\n\n"
            "ISLAMABAD, March 18 -\n\n"
            "Pakistani warplanes struck hideouts of the Pakistani Taliban in Khyber district on Tuesday, security "
            "officials said.\n\n"
            "The military said the strikes killed at least 15 terrorists of Tehreek-e-Taliban Pakistan.\n\n"
            "The foreign ministry said the operation would continue.")


def _protests(doc) -> list:
    return [e for e in doc.events if e.root == "14"]


# --- 1. a second telling: the headline protest's other target copy (retold._copies_of_merged)

def test_headline_protest_copy_joins_the_body_telling():
    doc = full(_DJIBOUTI, published_at="2026-03-17")
    protests = _protests(doc)
    assert len(protests) == 1, [(e.trigger, e.target_code) for e in protests]
    start = _DJIBOUTI.index("ومظاهرات")
    assert (start, start + len("ومظاهرات")) in protests[0].also_spans


def test_guard_coordinated_sources_of_a_headline_stay():
    doc = full("Egypt and Jordan condemn Israeli raid on Jenin\n\n"
               "CAIRO, March 18 -\n\n"
               "Egypt condemned on Tuesday an Israeli army raid on the West Bank city of Jenin, the foreign ministry "
               "said.\n\n"
               "The ministry said the raid violated international law.",
               published_at="2026-03-18")
    condemn = {e.source_code[:3] for e in doc.events if e.root == "11" and e.source_code}
    assert {"EGY", "JOR"} <= condemn, condemn


# --- 2. a second telling: one armed group named two ways (retold_cause.tsv kind armed)

def test_strike_and_its_victims_named_as_terrorists_are_one():
    doc = full(_STRIKES, published_at="2026-03-18")
    violent = [e for e in doc.events if e.root in ("18", "19", "20") and e.segment_kind == "body"]
    assert len(violent) == 1, [(e.trigger, e.source_code, e.target_code) for e in violent]
    start = _STRIKES.index("killed")
    assert (start, start + len("killed")) in violent[0].also_spans


def test_guard_two_attacks_on_two_sides_stay_two():
    doc = full("Nigerian jets struck rebel camps in Borno state on Monday, the air force said.\n\n"
               "The strikes killed at least 12 soldiers of a nearby army base, a military source said.",
               published_at="2026-03-18")
    violent = [e for e in doc.events if e.root in ("18", "19", "20")]
    assert len(violent) == 2, [(e.trigger, e.source_code, e.target_code) for e in violent]


def test_guard_two_attacks_in_two_countries_stay_two():
    doc = full("Gunmen killed five militants in northern Mali on Monday, local officials said.\n\n"
               "Separately, gunmen killed four rebels in Niger's Tillaberi region, the army said.",
               published_at="2026-03-18")
    violent = [e for e in doc.events if e.root in ("18", "19", "20")]
    assert len(violent) == 2, [(e.trigger, e.source_code, e.target_code) for e in violent]


# --- 3. background: an act summed up over a span counted back to now (background_date._span_back)

def test_over_the_past_three_years_is_background():
    doc = full("Rebels have attacked dozens of army posts in the north over the past three years.",
               published_at="2026-03-18")
    ev = next(e for e in doc.events if e.root == "19")
    assert ev.historical


def test_arabic_span_of_past_years_is_background():
    doc = full("وطردت الحكومة عشرات الدبلوماسيين الأجانب خلال السنوات الثلاث الماضية.", published_at="2026-03-18")
    ev = next(e for e in doc.events if e.root == "16")
    assert ev.historical


def test_guard_over_the_past_week_stays_current():
    doc = full("Protesters have rallied every day over the past week against the new tax law.",
               published_at="2026-03-18")
    ev = next(e for e in doc.events if e.root == "14")
    assert not ev.historical


def test_guard_act_of_its_own_day_beside_a_past_span_stays_current():
    doc = full("Over the past two years the group has grown, and on Tuesday its fighters attacked an army post near "
               "the town.", published_at="2026-03-18")
    ev = next(e for e in doc.events if e.root == "19")
    assert not ev.historical and ev.date == "2026-03-17"


def test_guard_current_act_beside_a_past_year_stays_current():
    doc = full("The foreign minister, who took office in 2019, met his Turkish counterpart in Ankara on Tuesday.",
               published_at="2026-03-18")
    ev = next(e for e in doc.events if e.root == "04")
    assert not ev.historical


# --- 4. a second telling: "the raids" after the strikes, an English violence word read as a verb (events._back_reference)

def test_the_raids_after_the_strikes_is_no_new_event():
    doc = full("Israeli jets struck Hezbollah positions in southern Lebanon on Monday, the army said.\n\n"
               "Israel's defence minister said the raids were a clear warning to the group.", published_at="2026-03-18")
    assert "raids" not in {e.trigger for e in doc.events}
    assert any(e.root == "19" and e.trigger.startswith("struck") for e in doc.events)


def test_guard_the_raids_of_another_country_stay():
    doc = full("Malian soldiers killed ten rebels near Gao on Monday, the army said.\n\n"
               "Niger's defence minister said the raids on Nigerien border posts were a clear warning.",
               published_at="2026-03-18")
    assert "raids" in {e.trigger for e in doc.events}


def test_guard_the_raids_with_nothing_told_before_stay():
    doc = full("Israel's defence minister said the raids were a clear warning to the group.", published_at="2026-03-18")
    assert "raids" in {e.trigger for e in doc.events}
