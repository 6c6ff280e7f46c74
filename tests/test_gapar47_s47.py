"""Session 47 (helper gapar47): Arabic sources and targets of the in-sample gold's shapes, our own sentences.

1. An office title (cue ``office_head``: مسؤول، مدير، رئيس …) of at most five words, then في on a named body and a
   person's name right after the body, is the body's official: the body's actor widens back over the title and on
   over an unresolved name (``actors._official_of_body``); the title phrase is then the VSO subject.  A ب-phrase after
   a comma is the act's means, no conjunct of the object before it (``events._conjuncts``).
2. An aside on a VSO verb's subject set off by two commas (a relative clause, an anonymity clause, an apposition:
   ``subject_aside.tsv``) ends no clause: the actor on the first word after it is the object
   (``relative_aside_object_ar.subject_aside``).
3. A definite gathering noun after an occasion word ("على هامش القمة") governs no genitive: the actor after it that
   is no nisba adjective of it is the verb's party, not the gathering's owner (``structure.gathering_closed``).
4. A minister's portfolio with its own nisba adjectives (and a و-portfolio) before the nationality is one title of
   that country ("وزير التعليم العالي الأردني": ``actors._portfolio_chain``); a minister named as the partner after
   مع is no antecedent of a later "الوزير" (``actors._definite_minister``); and in a cooperative act a side of the
   same role as the other does not take the other's country from the sentence (``events._fill_domestic``).
5. A known person right after a bare title and its own definite words (its portfolio) is the title's name, the
   subject, also with no other actor after it ("ودعا وزير المالية X إلى …": ``events._apposed_name``,
   ``_named_title``).
6. An act noun joined by و after a comma is the next act of an announcing verb's list: it takes the announcer as its
   source, and is no background reference ("أعلنت الشرطة … إحباط مخطط …، واعتقال 16 شخصا": ``announced_act``).
7. A sound feminine plural (ات) of a body or group right after a masculine verb is its object, not its subject
   ("ودعا شركات الطيران إلى …"، "وطالب السلطات بـ …": ``agreement.fem_object``).
8. A bare "المملكة" / "السلطنة" names the nearest kingdom / sultanate told before (``country_anaphor_ar.tsv``,
   ``actors._country_anaphor_ar``); "المملكة المتحدة"، "المملكة العربية السعودية" keep their own names.
"""
from test_gapen34_s34 import _dump, _with

_BRUSSELS = "بروكسل - 5 مايو (مرصد) - "


# ----------------------------------------------------------------------------- 1 a titled official of a named body
def test_a_long_title_in_a_body_with_a_known_name_is_the_subject():
    got, evs = _with(_BRUSSELS + "ودعت مسؤولة السياسة الخارجية في الاتحاد الأوروبي كايا كالاس إلى هدنة فورية "
                     "في شرق الكونغو.", "ودعت", "2025-05-05")
    assert got and got[0].source_code == "IGOEUREEC" and got[0].target_code != "IGOEUREEC", _dump(evs)


def test_an_unknown_name_after_a_title_in_a_body_is_the_bodys():
    got, evs = _with(_BRUSSELS + "وانتقد مدير الطوارئ في منظمة الصحة العالمية جون ميلر الحكومة السودانية "
                     "بسبب القيود على الإغاثة.", "وانتقد", "2025-05-05")
    assert got and got[0].source_code == "IGOUNOHLH" and got[0].target_code == "SDNGOV", _dump(evs)


def test_a_title_in_a_body_without_a_name_is_left_alone():
    # guard: no name after the body -- the في phrase may say where the title spoke; the rule does not fire
    from marsad.pipeline import default_pipeline
    doc = default_pipeline(True)(_BRUSSELS + "وتحدث رئيس الوزراء في الاتحاد الأوروبي عن الهجرة.",
                                 published_at="2025-05-05")
    assert not any(a.spans and doc.text[a.spans[0][0]:a.spans[0][1]].startswith("رئيس") and a.code == "IGOEUREEC"
                   for a in doc.actors), [(a.code, a.spans) for a in doc.actors]


def test_a_means_phrase_after_a_comma_is_no_second_target():
    got, evs = _with(_BRUSSELS + "استهدفت القوات الأمريكية مقاتلي حركة الشباب، بغارات جوية قرب مقديشو.", "استهدفت",
                     "2025-05-05")
    assert got and all(e.target_code != "MIL" for e in got), _dump(evs)


# --------------------------------------------------------------------------- 2 the object after an aside on the subject
_TUNIS = "تونس - 5 مايو (مرصد) - "


def test_the_object_after_a_relative_aside():
    got, evs = _with(_TUNIS + "وطالبت حركة النهضة، التي يعتصم عشرات من أنصارها أمام المحكمة، السلطات التونسية "
                     "بالإفراج عن الموقوفين.", "وطالبت", "2025-05-05")
    assert got and got[0].source_code == "TUNOPP" and got[0].target_code == "TUNGOV", _dump(evs)


def test_the_object_after_an_anonymity_aside():
    got, evs = _with(_TUNIS + "واتهم مسؤول في حركة حماس، طلب عدم ذكر اسمه، الولايات المتحدة بالتغطية على الغارات.",
                     "واتهم", "2025-05-05")
    assert got and got[0].target_code == "USA", _dump(evs)


def test_the_object_after_an_apposition_aside():
    got, evs = _with(_TUNIS + "وانتقد حزب العمال البريطاني، أكبر أحزاب المعارضة، الحكومة البريطانية بشدة.",
                     "وانتقد", "2025-05-05")
    assert got and got[0].target_code == "GBRGOV", _dump(evs)


def test_a_preposition_after_the_aside_gives_no_object():
    # guard: "، …، بالقرار" -- the ب-object is no actor; and a complementiser ends the walk
    got, evs = _with(_TUNIS + "وقال وزير الخارجية التونسي، الذي يزور الجزائر، إن الحكومة الجزائرية سترسل وفدا.",
                     "وقال", "2025-05-05")
    assert all(e.target_code != "DZAGOV" for e in got), _dump(evs)


# ----------------------------------------------------------------------------- 3 a party after "على هامش القمة"
def test_the_party_after_a_definite_summit_is_met():
    got, evs = _with(_TUNIS + "والتقى الرئيس التونسي على هامش القمة الرئيس الجزائري لبحث أمن الحدود.", "والتقى",
                     "2025-05-05")
    assert got and {(e.source_code, e.target_code) for e in got} >= {("TUNGOV", "DZAGOV")}, _dump(evs)


def test_the_owner_after_an_indefinite_summit_is_no_party():
    # guard: "على هامش قمة الاتحاد الأفريقي" -- the union is the gathering's owner
    got, evs = _with(_TUNIS + "والتقى الرئيس التونسي على هامش قمة الاتحاد الأفريقي الرئيس الجزائري.", "والتقى",
                     "2025-05-05")
    assert got and all("IGO" not in (e.target_code or "") + (e.source_code or "") for e in got), _dump(evs)


# ----------------------------------------------------------------------------- 4 long portfolios, partners abroad
_RABAT = "الرباط - 5 مايو (مرصد) - "


def test_a_portfolio_with_its_adjective_before_the_nationality():
    got, evs = _with(_RABAT + "ودعا وزير التعليم العالي الأردني الجامعات إلى تأجيل الامتحانات.", "ودعا", "2025-05-05")
    assert got and got[0].source_code == "JORGOV", _dump(evs)


def test_a_plural_object_and_its_nationality_stay_the_object():
    # guard: "وزير الزراعة الصيادين المصريين" -- a plural noun after the portfolio is the object
    from marsad.pipeline import default_pipeline
    doc = default_pipeline(True)(_RABAT + "والتقى وزير الزراعة الصيادين المصريين في ميناء طنجة.",
                                 published_at="2025-05-05")
    assert not any(a.code == "EGYGOV" for a in doc.actors), [(a.code, a.spans) for a in doc.actors]


def test_a_partner_minister_abroad_gives_no_country_to_the_host():
    text = (_RABAT + "أعلنت وزارة الفلاحة المغربية أمس برنامجا لدعم صغار المزارعين. وفي إطار التعاون مع الدول "
            "الأفريقية، وقع وزير الفلاحة مع وزير الشؤون الريفية السنغالي اتفاقية لتبادل الخبرات. كما استقبل "
            "الوزير وفدا من هيئة الزراعة الغانية.")
    got, evs = _with(text, "وقع", "2025-05-05")
    assert got and ("MAR", "SEN") in {(e.source_country, e.target_country) for e in got}, _dump(evs)
    got, evs = _with(text, "استقبل", "2025-05-05")
    assert got and got[0].source_country == "MAR", _dump(evs)


# ----------------------------------------------------------------------------- 5 a bare title and its known name
def test_a_known_name_after_a_title_and_its_portfolio_is_the_subject():
    got, evs = _with("القدس - 5 مايو (مرصد) - ودعا وزير الأمن القومي إيتمار بن غفير إلى ضم الأغوار.", "ودعا",
                     "2025-05-05")
    assert got and got[0].source_code == "ISRGOV" and got[0].target_code != "ISRGOV", _dump(evs)


def test_a_known_name_after_a_place_phrase_stays_the_object():
    # guard: "في قصر الإليزيه" between the title and the name -- no portfolio; the name is the guest
    got, evs = _with("باريس - 5 مايو (مرصد) - واستقبل الرئيس في قصر الإليزيه بنيامين نتنياهو.", "واستقبل",
                     "2025-05-05")
    assert got and got[0].target_code == "ISRGOV", _dump(evs)


# ----------------------------------------------------------------------------- 6 the announcer of a listed act noun
_AMMAN = "عمان - 5 مايو (مرصد) - "


def test_a_listed_arrest_noun_takes_the_announcer():
    got, evs = _with(_AMMAN + "أعلنت الشرطة الأردنية أمس إحباط مخطط إرهابي، واعتقال 16 شخصا متورطين فيه.", "واعتقال",
                     "2025-05-05")
    assert got and got[0].source_code == "JORCOP", _dump(evs)


def test_a_listed_arrest_after_a_seizure_is_announced_now():
    got, evs = _with(_AMMAN + "وأعلنت الشرطة الأردنية ضبط مستودع للأسلحة في الزرقاء، والقبض على صاحبه.", "والقبض",
                     "2025-05-05")
    assert got and got[0].source_code == "JORCOP" and not got[0].historical, _dump(evs)


# --------------------------------------------------------------------------- 7 a feminine plural after a masculine verb
def test_a_feminine_plural_after_a_masculine_verb_is_the_object():
    got, evs = _with("صنعاء - 5 مايو (مرصد) - وأعلن الحوثيون فرض حظر جوي على المطارات الإسرائيلية، ودعا شركات "
                     "الطيران الأجنبية إلى وقف رحلاتها.", "ودعا", "2025-05-05")
    assert got and got[0].source_code == "YEMREB", _dump(evs)


# ----------------------------------------------------------------------------- 8 "the kingdom"
_RIYADH = "الرياض - 5 مايو (مرصد) - "


def test_the_kingdom_names_the_kingdom_told_before():
    got, evs = _with(_RIYADH + "استقبل ولي العهد السعودي الرئيس السوري أمس. وشكر الرئيس السوري المملكة على دعمها "
                     "لإعادة الإعمار.", "وشكر", "2025-05-05")
    assert got and got[0].source_code == "SYRGOV" and got[0].target_code == "SAU", _dump(evs)


def test_the_united_kingdom_keeps_its_name():
    # guard: a full name after the kingdom noun is no anaphor
    from marsad.pipeline import default_pipeline
    doc = default_pipeline(True)(_RIYADH + "استقبل ولي العهد السعودي وزير خارجية المملكة المتحدة أمس.",
                                 published_at="2025-05-05")
    assert any((a.code or "").startswith("GBR") for a in doc.actors) and not any(
        a.code == "SAU" and a.basis == "anaphora" for a in doc.actors), [(a.code, a.basis) for a in doc.actors]
