"""Session 16, SPAN4: place and country names of the dev span sentences that no table named (Burma for
Myanmar, other spellings of Baidoa, small towns, German states).  Sentences written for these tests."""
from __future__ import annotations

from events_helpers import full


def _places(doc):
    return [(p.text, p.name, p.country) for p in doc.places]


def _actor_codes(doc):
    return {a.code for a in doc.actors}


def test_burma_is_myanmar_place_and_actor():
    d = full("تظاهر مئات الطلاب أمس أمام سفارة بورما في بانكوك احتجاجا على اعتقال ناشطين.")
    assert ("بورما", "Myanmar (Burma)", "MMR") in _places(d)
    assert "MMRGOV" in _actor_codes(d)   # the embassy of Burma
    assert any(e.cameo == "141" and e.target_code == "MMRGOV" for e in d.events)


def test_burmese_demonym():
    d = full("أصدرت محكمة بورمية أمس حكما بسجن صحفي.")
    assert "MMRJUD" in _actor_codes(d)


def test_baidoa_spellings():
    for town in ("بيدوة", "بيداوة"):
        d = full(f"قتل ثلاثة أشخاص في انفجار عبوة ناسفة في مدينة {town} أمس.")
        assert (town, "Baidoa", "SOM") in _places(d)


def test_small_towns():
    d = full("اختطف مسلحون مهندسا في منطقة غوريان غرب البلاد.")
    assert ("غوريان", "Ghoryan", "AFG") in _places(d)
    d = full("سقطت صواريخ على منزلين في قرية دمادولا قرب الحدود.")
    assert ("دمادولا", "Damadola", "PAK") in _places(d)


def test_lower_saxony_not_saxony():
    d = full("أضرب المعلمون أمس في ولاية سكسونيا السفلى.")
    assert _places(d) == [("سكسونيا السفلى", "Lower Saxony", "DEU")]
    d = full("أضرب المعلمون أمس في ولاية ساكسونيا شرق البلاد.")
    assert ("ساكسونيا", "Saxony", "DEU") in _places(d)


def test_guard_burma_prefix_words_are_no_place():
    # بورصة (a stock exchange) begins like بورما: no Myanmar place or actor
    d = full("تراجعت أسهم الشركات في بورصة عمان أمس.")
    assert all(p.country != "MMR" for p in d.places)
    assert not any(a.code.startswith("MMR") for a in d.actors)


def test_small_states_have_a_place():
    # states with no GeoNames city of 15k people were dropped from the gazetteer (no position)
    d = full("وصل البابا إلى الفاتيكان أمس بعد زيارة استمرت ثلاثة أيام.")
    assert ("الفاتيكان", "Vatican City", "VAT") in _places(d)
    d = full("يعيش في موناكو آلاف الأثرياء.")
    assert ("موناكو", "Monaco", "MCO") in _places(d)
    d = full("ضربت عاصفة قوية جزر المالديف أمس.")
    assert any(p.country == "MDV" for p in d.places)


def test_iraqi_places_and_java():
    d = full("قصفت الطائرات مواقع للمسلحين في جبل قنديل شمال العراق.")
    assert ("جبل قنديل", "Qandil Mountains", "IRQ") in _places(d)
    d = full("اندلعت اشتباكات في منطقة جرف الصخر جنوب بغداد.")
    assert ("جرف الصخر", "Jurf al-Sakhar", "IRQ") in _places(d)
    d = full("ضرب زلزال قوي جزيرة جاوا الإندونيسية.")
    assert ("جزيرة جاوا", "Java", "IDN") in _places(d)


def test_guard_java_the_language_is_no_place():
    d = full("تعلم البرمجة بلغة جاوا أصبح سهلا.")
    assert _places(d) == []
