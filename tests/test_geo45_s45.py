"""Session 45 (GEO45): first-level regions of large countries in the gazetteer.  Our own sentences.

1. regions.tsv names US states, Canadian provinces, UK nations, Indian / Pakistani / Chinese / Nigerian ... states and
   provinces: "Toronto, Ontario" is in Canada (not the Californian town Ontario), "إقليم البنجاب الباكستاني" in
   Pakistan, "ولاية البنجاب الهندية" in India; the capital metonym Washington, the city New York and the country
   Georgia keep their readings.
2. An English title written after its region's name ("Ontario Premier Doug Ford", "Arizona Governor Katie Hobbs")
   is that region's country's government (actors._region_admin / _region_before); an Arabic one in construct with
   it ("حاكم ولاية أوهايو") already was, once the region is known.
3. A place in a second locative phrase after a comma ("near the X islands, off the Chinese city of Y") locates the
   venue named before it and is no target of the act (coding.english.place_target)."""
import pytest

from marsad.geo.match import find_in_text, lookup
from marsad.pipeline import Pipeline

_P = Pipeline()


def _events(text, lang):
    doc = _P(text, published_at="2025-04-08", lang=lang)
    return [(e.cameo, e.source_code, e.target_code) for e in doc.events]


@pytest.mark.parametrize("name, country, kind", [
    ("Ontario", "CAN", "region"), ("Scotland", "GBR", "region"), ("Northern Ireland", "GBR", "region"),
    ("Bavaria", "DEU", "region"), ("Catalonia", "ESP", "region"), ("Uttar Pradesh", "IND", "region"),
    ("Guangdong", "CHN", "region"), ("Borno", "NGA", "region"), ("North Kivu", "COD", "region"),
    ("Rakhine", "MMR", "region"), ("Mindanao", "PHL", "region"), ("Sinaloa", "MEX", "region"),
    ("Nagorno-Karabakh", "AZE", "region"), ("تكساس", "USA", "region"), ("كتالونيا", "ESP", "region"),
    ("إقليم البنجاب الباكستاني", "PAK", "region"), ("ولاية البنجاب الهندية", "IND", "region"),
    ("أوسيتيا الجنوبية", "GEO", "region"),
])
def test_first_level_regions(name, country, kind):
    h = lookup(name)
    assert h is not None and h.entry.country == country and h.entry.kind == kind, h and h.entry


@pytest.mark.parametrize("region, country, bare, bare_country, bare_kind", [
    ("Washington State", "USA", "Washington", "USA", "city"), ("New York State", "USA", "New York", "USA", "city"),
    ("State of Mexico", "MEX", "Mexico", "MEX", "country"), ("West Virginia", "USA", "Georgia", "GEO", "country"),
    ("ولاية واشنطن", "USA", "واشنطن", "USA", "city"), ("كارولينا الشمالية", "USA", "جورجيا", "GEO", "country"),
])
def test_ambiguous_names_keep_their_reading(region, country, bare, bare_country, bare_kind):
    # the region has a name of its own; the bare name stays the capital, the city or the country
    h = lookup(region)
    assert h is not None and h.entry.country == country and h.entry.kind == "region", h and h.entry
    h = lookup(bare)
    assert h is not None and h.entry.country == bare_country and h.entry.kind == bare_kind, h and h.entry


def test_city_and_province_is_in_canada():
    hits = find_in_text("Hundreds of workers marched through Toronto, Ontario, on Saturday.")
    assert {h.entry.country for h in hits} == {"CAN"}, [(h.key, h.entry.country) for h in hits]


def test_english_title_after_its_region_is_its_country_government():
    evs = _events("Ontario Premier Doug Ford criticised the new tariffs on Tuesday.", "en")
    assert any(s == "CANGOV" for _, s, _ in evs), evs
    evs = _events("Arizona Governor Katie Hobbs criticised the federal plan on Monday.", "en")
    assert any(s == "USAGOV" for _, s, _ in evs), evs


def test_arabic_governor_of_a_state_is_its_country_government():
    evs = _events("انتقد حاكم ولاية أوهايو قرار الحكومة الفيدرالية خفض المساعدات يوم الاثنين.", "ar")
    assert any(s == "USAGOV" for _, s, _ in evs), evs


def test_place_locating_the_venue_is_no_target():
    evs = _events("Chinese coast guard ships carried out patrols near the Philippine-held Thitu island, off the "
                  "Chinese city of Sanya, on Monday.", "en")
    pat = [ev for ev in evs if ev[0].startswith("15")]
    assert pat and not any((t or "").startswith("CHN") for _, _, t in pat), evs
