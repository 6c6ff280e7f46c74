"""Session 37 (PPL37): named people with dated roles (marsad/data/actors/people.tsv); our own sentences.

1. A listed person resolves to the code of the role held at the document's date, and to the bare country before a
   role begins or after every role has ended (Fayez al-Sarraj, Fathi Bashagha, Haider al-Abadi).
2. "المتحدث باسم وزارة الخارجية الإيرانية ناصر كنعاني": a listed name after the body's nationality adjective is the
   person the title names, not a second actor beside the ministry (`actors._sub_actors_`).
3. A foreign envoy is no antecedent of a country-less "head of the government" (cue envoy_head,
   `actors._title_of_named_body`).
"""
from marsad.pipeline import Pipeline

_P = Pipeline()


def _events(text, date):
    doc = _P(text, published_at=date)
    return [(e.cameo, e.source_code, e.target_code) for e in doc.events]


def _actor(text, date, words):
    doc = _P(text, published_at=date)
    got = [a.code for a in doc.actors if any(words in text[s:e] for s, e in a.spans)]
    assert got, [(a.code, [text[s:e] for s, e in a.spans]) for a in doc.actors]
    return got[0]


_SARRAJ = "التقى فائز السراج وفدا من رجال الأعمال في طرابلس أمس وبحث معهم خطط إعادة الإعمار."


def test_sarraj_heads_the_government_in_his_period():
    assert _actor(_SARRAJ, "2019-06-10", "فائز السراج") == "LBYGOV"
    assert _actor(_SARRAJ.replace("فائز السراج", "Fayez al-Serraj"), "2019-06-10", "Serraj") == "LBYGOV"


def test_sarraj_after_his_period_is_the_bare_country():
    assert _actor(_SARRAJ, "2022-06-10", "فائز السراج") == "LBY"


def test_bashagha_by_date():
    text = "وقال فتحي باشاغا إن الحكومة ستلاحق شبكات التهريب على الساحل الغربي."
    assert _actor(text, "2015-05-01", "باشاغا") == "LBYLEG"      # a member of parliament
    assert _actor(text, "2019-06-10", "باشاغا") == "LBYGOV"      # interior minister
    assert _actor(text, "2021-09-01", "باشاغا") == "LBY"         # between his two offices
    assert _actor(text, "2022-05-01", "باشاغا") == "LBYGOV"      # the House's prime minister


def test_abadi_prime_minister_then_party_leader():
    text = "انتقد حيدر العبادي قرار البرلمان الأخير بشأن الموازنة."
    assert _actor(text, "2016-03-01", "حيدر العبادي") == "IRQGOV"
    assert _actor(text, "2021-03-01", "حيدر العبادي") == "IRQPTY"


def test_named_spokesman_after_ministry_nationality_is_one_actor():
    evs = _events("ورد المتحدث باسم وزارة الخارجية الإيرانية ناصر كنعاني، متهما الولايات المتحدة بتحريض الوكالة.",
                  "2023-09-18")
    assert ("112", "IRNGOV", "USA") in evs, evs


def test_forces_of_a_named_commander_stay_his():
    # (the body right before the name is still the person's own: قوات حفتر)
    text = "قصفت قوات حفتر مواقع في جنوب طرابلس مساء أمس."
    doc = _P(text, published_at="2019-06-10")
    assert any(text[s:e] == "قوات" and a.code == "LBYMIL" for a in doc.actors for s, e in a.spans), \
        [(a.code, [text[s:e] for s, e in a.spans]) for a in doc.actors]


def test_envoy_is_no_antecedent_of_head_of_government():
    text = ("بيروت - التقى الموفد الفرنسي جان إيف لودريان رئيس الحكومة في السرايا، بعد أن اجتمع مع نبيه بري "
            "في عين التينة.")
    doc = _P(text, published_at="2026-01-16")
    heads = [a.code for a in doc.actors for s, e in a.spans if text[s:e] == "رئيس الحكومة"]
    assert heads and not any(h.startswith("FRA") for h in heads), heads
