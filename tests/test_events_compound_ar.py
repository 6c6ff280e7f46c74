"""Compound actors (the PETRARCH / GDELT convention): a coordination of actors with different codes on
either side of an Arabic event gives one event per (source, target) pair, same trigger, each with its own
actor span, all marked ``:compound``; mutual pairs keep their two directions.  Sentences written for
these tests."""
import marsad

from events_helpers import code


def coded(text):
    return marsad.code(text, published_at="2024-03-01").events


def show(evs):
    return [(e.cameo, e.trigger, e.source_code, e.target_code, e.rule) for e in evs]


def of_trigger(evs, root):
    return [e for e in evs if e.root == root]


def test_conjoined_targets_of_a_demand():
    text = "طالب المتظاهرون الحكومة التركية والأمم المتحدة بالتدخل لوقف القصف."
    doc = marsad.code(text, published_at="2024-03-01")
    evs = of_trigger(doc.events, "10")
    assert sorted(e.target_code for e in evs) == ["IGOUNO", "TURGOV"], show(doc.events)
    assert len({e.trigger_start for e in evs}) == 1 and all(":compound" in e.rule for e in evs)
    spans = {doc.text[e.target_span[0]:e.target_span[1]] for e in evs}
    assert spans == {"الحكومة التركية", "الأمم المتحدة"}
    # the second target's part does not lend the first target's country to the crowd
    assert {e.source_code for e in evs} == {"CVL"}, show(evs)
    assert len({e.id for e in evs}) == 2


def test_counted_conjoined_victims():
    evs = of_trigger(coded("قتلت القوات الأمريكية عشرة مسلحين وثلاثة جنود أفغان في ولاية هلمند."), "19")
    tg = sorted((e.target_code or "") for e in evs)
    assert len(evs) == 2 and "AFGMIL" in tg, show(evs)
    assert all(e.source_code == "USAMIL" and ":compound" in e.rule for e in evs), show(evs)


def test_source_by_target_fan_out():
    doc = code("خطف مسلحون ومهربون صحفيين فرنسيين وسائقا ليبيا قرب الحدود.",
               {"مسلحون": "UAF", "مهربون": "CRM", "صحفيين فرنسيين": "FRAMED", "سائقا ليبيا": "LBYCVL"})
    evs = [e for e in doc.events if e.plover_type == "ASSAULT"]
    pairs = sorted((e.source_code, e.target_code) for e in evs)
    assert pairs == [("CRM", "FRAMED"), ("CRM", "LBYCVL"), ("UAF", "FRAMED"), ("UAF", "LBYCVL")], show(evs)
    assert len({e.trigger_start for e in evs}) == 1
    assert sum(":compound" in e.rule for e in evs) >= 2


def test_fan_out_is_capped():
    # (the cap is four conjuncts a side since session 32: "السعودية والإمارات والبحرين ومصر")
    doc = code("اعتقلت الشرطة صحفيين سوريين وعراقيين وأردنيين ولبنانيين ويمنيين في العاصمة.",
               {"الشرطة": "TURCOP", "صحفيين سوريين": "SYRMED", "عراقيين": "IRQCVL", "أردنيين": "JORCVL",
                "لبنانيين": "LBNCVL", "يمنيين": "YEMCVL"})
    evs = of_trigger(doc.events, "17")
    assert len(evs) == 4, show(evs)
    assert [e.target_code for e in sorted(evs, key=lambda e: e.target_span)] == ["SYRMED", "IRQCVL", "JORCVL", "LBNCVL"]


def test_same_code_conjuncts_are_one_event():
    doc = code("اعتقلت الشرطة ناشطين وصحفيين في المدينة.",
               {"الشرطة": "TURCOP", "ناشطين": "TURCVL", "صحفيين": "TURCVL"})
    evs = of_trigger(doc.events, "17")
    assert len(evs) == 1 and ":compound" not in evs[0].rule, show(evs)


def test_no_conjunct_across_a_new_clause():
    evs = of_trigger(coded("طالب المتظاهرون الحكومة التركية بالتدخل، وقالت الأمم المتحدة إنها تتابع الوضع."), "10")
    assert [e.target_code for e in evs] == ["TURGOV"], show(evs)
    assert ":compound" not in evs[0].rule


def test_mutual_pair_keeps_both_directions():
    evs = of_trigger(coded("اندلعت اشتباكات عنيفة بين الجيش السوداني وقوات الدعم السريع في الخرطوم."), "19")
    assert len(evs) == 2, show(evs)
    assert {(e.source_code, e.target_code) for e in evs} == {(evs[0].source_code, evs[0].target_code),
                                                              (evs[0].target_code, evs[0].source_code)}
    assert not any(":compound" in e.rule for e in evs)


def test_vso_conjoined_subjects_and_conjoined_objects():
    doc = code("أدانت مصر والأردن إسرائيل وحركة حماس بسبب التصعيد.",
               {"مصر": "EGY", "الأردن": "JOR", "إسرائيل": "ISR", "حركة حماس": "PSEREB"})
    evs = of_trigger(doc.events, "11")
    pairs = sorted((e.source_code, e.target_code) for e in evs)
    assert pairs == [("EGY", "ISR"), ("EGY", "PSEREB"), ("JOR", "ISR"), ("JOR", "PSEREB")], show(evs)


def test_option_off():
    from marsad.pipeline import Pipeline, PipelineConfig
    p = Pipeline(PipelineConfig(options={"compound_actors": False}))
    evs = of_trigger(p("طالب المتظاهرون الحكومة التركية والأمم المتحدة بالتدخل لوقف القصف.",
                       published_at="2024-03-01").events, "10")
    assert len(evs) == 1 and ":compound" not in evs[0].rule


def test_adjective_between_conjuncts():
    doc = code("خطف مسلحون عمال إغاثة أوروبيين وطيارين كينيين في الصومال.",
               {"مسلحون": "UAF", "عمال إغاثة": "DEV", "طيارين كينيين": "KENMIL"})
    evs = of_trigger(doc.events, "18")
    assert sorted(e.target_code for e in evs) == ["DEV", "KENMIL"], show(evs)


def test_no_conjunct_after_a_time_word():
    # "أمس" between: the و-actor opens a new (nominal) clause, it is no second victim
    doc = code("اعتقلت الشرطة خمسة ناشطين أمس والمعارضة تندد بالاعتقالات.",
               {"الشرطة": "TURCOP", "ناشطين": "TURCVL", "المعارضة": "TUROPP"})
    evs = [e for e in doc.events if e.root == "17" and e.trigger == "اعتقلت"]
    assert [e.target_code for e in evs] == ["TURCVL"], show(evs)
