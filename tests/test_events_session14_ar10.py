"""Session 14 (AR10): Arabic leftovers of round 1 (AR9's articles, OTH2's pages), each fixed as a general construction
and tested with sentences written for marsad in the style of the news (never copied from ../shared), a guard each."""
import marsad


def coded(text, date="2026-01-16"):
    doc = marsad.code(text, published_at=date)
    return [(e.cameo, e.source_code, e.target_code, doc.text[e.trigger_start:e.trigger_end], e) for e in doc.events]


def show(evs):
    return [(c, s, t, tr, e.rule) for c, s, t, tr, e in evs]


def actor_codes(text, date="2026-01-16"):
    doc = marsad.code(text, published_at=date)
    return [(a.code, [doc.text[s:e] for s, e in a.spans]) for a in doc.actors]


# 1. "…، مشيدا بـ": the praising participle after a comma is the main subject's praise (051)
def test_praising_participle_after_a_comma():
    evs = coded("وقال ممثل البنك الدولي إن النمو يتحسن، مشيدا بالتزام تونس بالإصلاحات.")
    assert any(c == "051" and s == "IGOUNOWBK" and t == "TUN" and tr == "مشيدا" for c, s, t, tr, _ in evs), show(evs)


def test_built_participle_is_no_praise():
    # مشيدا "built" as an adjective of a noun (no comma before it): no praise
    evs = coded("وافتتح المحافظ مستشفى مشيدا على مساحة واسعة في الضاحية.")
    assert not any(c == "051" for c, s, t, _, _ in evs), show(evs)


# 2. persons summoned for questioning are a legal action (173); a summons to a ceremony is none
def test_journalists_summoned_for_questioning():
    evs = coded("واستدعت الأجهزة الأمنية أربعة صحفيين للتحقيق بسبب تقارير عن الفساد.")
    assert any(c == "173" and s == "COP" and t == "MED" for c, s, t, _, _ in evs), show(evs)


def test_journalists_invited_to_the_palace_are_no_arrest():
    evs = coded("واستدعى الرئيس عددا من الصحفيين إلى القصر لحضور المؤتمر.")
    assert not any(c.startswith("17") for c, s, t, _, _ in evs), show(evs)


# 3. ضبط with a person object (caught) is an arrest; seized goods and self-restraint are none
def test_caught_smugglers_are_an_arrest():
    evs = coded("وضبطت دوريات حرس الحدود خمسة مهربين قرب المعبر.")
    assert any(c == "173" and tr.startswith("وضبطت") for c, s, t, tr, _ in evs), show(evs)


def test_announced_catch_of_persons():
    evs = coded("وأعلنت المديرية العامة للجوازات ضبط أكثر من ثلاثة آلاف شخص خالفوا أنظمة الإقامة.")
    assert any(c == "173" and s == "COP" for c, s, t, _, _ in evs), show(evs)


def test_seized_shipment_and_self_restraint_are_no_arrest():
    evs = coded("وضبطت الجمارك شحنة من السجائر المهربة في الميناء.")
    assert not any(c.startswith("17") for c, s, t, _, _ in evs), show(evs)
    evs = coded("ودعت المفوضية قوات الأمن إلى ضبط النفس في التعامل مع المحتجين.")
    assert not any(c.startswith("17") for c, s, t, _, _ in evs), show(evs)


# 4. "نقابة الصحفيين الأردنيين": a plural nationality after a genitive plural of people agrees with it (one body); after
# a feminine singular head it is the object ("اعتقلت الشرطة السوريين")
def test_syndicate_with_nationality_is_one_actor():
    evs = coded("وطالبت نقابة المهندسين الأردنيين الحكومة بمراجعة قرار رفع الأسعار.")
    assert any(c == "100" and s == "JORLAB" and t == "JORGOV" for c, s, t, _, _ in evs), show(evs)


def test_police_and_a_plural_nationality_stay_two_actors():
    evs = coded("اعتقلت الشرطة العراقيين في محطة القطار.")
    assert any(c == "173" and s == "COP" and t == "IRQ" for c, s, t, _, _ in evs), show(evs)


# 5. the country of "نظيره X" is not the other side's; a host does not take the country of the guests named after it
def test_counterpart_country_is_not_the_minister():
    evs = coded("والتقى الوزير نظيره الماليزي في كوالالمبور.")
    assert any(c == "040" and s == "GOV" and t == "MYSGOV" for c, s, t, _, _ in evs), show(evs)
    assert not any(s == "MYSGOV" and t == "MYSGOV" for c, s, t, _, _ in evs), show(evs)


def test_own_nationality_is_kept_with_a_counterpart():
    evs = coded("والتقى وزير الخارجية المصري نظيره الماليزي في القاهرة.")
    assert any(c == "040" and s == "EGYGOV" and t == "MYSGOV" for c, s, t, _, _ in evs), show(evs)


def test_host_does_not_take_the_guests_country():
    # the only country is named in the joined clause about the guests (an actor that is no side of the hosting)
    evs = coded("كما استقبل المحافظ وفدا من غرفة التجارة، وبحث معه أوضاع العمال البنغاليين.")
    assert any(c == "043" for c, s, t, _, _ in evs), show(evs)
    assert not any(c == "043" and (s or "").startswith("BGD") for c, s, t, _, _ in evs), show(evs)


def test_sole_country_still_fills_a_conflict_subject():
    # not a cooperative act: the sentence's only country still fills the bare subject (the domestic rule)
    evs = coded("واعتقلت الشرطة الباكستانية عشرات المحتجين، وفرقت الشرطة تجمعا آخر.")
    assert any(c == "175" and s == "PAKCOP" for c, s, t, _, _ in evs), show(evs)


# 6. a foreign actor's act on a bare role, in a story mostly of the dateline's country, is on that country's role
# (session 13 EN7 for English; Arabic now too)
STORY = ("بغداد - (مرصد): صوت البرلمان العراقي أمس على الموازنة بعد جلسة طويلة. وقال نواب عراقيون إن الخلاف على "
         "حصة إقليم كردستان حسم. وفي سياق آخر، التقى وزير الخارجية الفرنسي رئيس الوزراء، وبحث معه "
         "التعاون الأمني. وأعلنت الحكومة العراقية أن العراق سيستضيف مؤتمرا للاستثمار في الربيع.")


def test_foreign_visitor_meets_the_home_prime_minister():
    evs = coded(STORY)
    assert any(c == "040" and s == "FRAGOV" and t == "IRQGOV" for c, s, t, _, _ in evs), show(evs)


def test_no_home_role_in_a_story_of_two_countries():
    # a two-country story: the bare prime minister is either's, so no country is given
    story = ("باريس - (مرصد): التقى وزير الخارجية الفرنسي رئيس الوزراء. وقالت فرنسا إن الحوار مع العراق مفيد. "
             "وأكد العراق أن فرنسا شريك. ورحبت فرنسا والعراق بالاتفاق.")
    evs = coded(story)
    assert not any(c == "040" and s == "FRAGOV" and (t or "")[:3] in ("IRQ", "FRA") for c, s, t, _, _ in evs), show(evs)


def test_bare_target_of_a_criticism_keeps_the_subjects_country():
    # the visitor rule is for meetings (04) only: a president criticising "the opposition" criticises his own
    evs = coded("وانتقد الرئيس التركي المعارضة بسبب مقاطعة الجلسة.")
    assert any(c == "111" and s == "TURGOV" and t == "TUROPP" for c, s, t, _, _ in evs), show(evs)


# 7. a verbal noun joined by و after a comma to an announced act of the same root shares its agent (and is current)
def test_joined_deportation_after_an_announced_arrest():
    evs = coded("وأعلنت الشرطة اعتقال ثلاثة مشتبهين في الضاحية الشرقية، وترحيل خمسة أجانب.")
    assert any(c == "174" and s == "COP" and not e.historical for c, s, t, _, e in evs), show(evs)


def test_joined_noun_of_another_root_keeps_no_agent():
    evs = coded("وأعلنت الشرطة اعتقال ثلاثة مشتبهين في الضاحية الشرقية، والتفاوض مع النقابات.")
    assert not any(c.startswith("04") and s == "COP" for c, s, t, _, _ in evs), show(evs)


# 8. after an arrest, "…، وطالبت نقابة X بالإفراج" is the union's demand (its subject), not the police's demand of it;
# after a denial the accusation reading stays ("نفت …، واتهمت الجيش بـ": the army is the accused)
def test_union_demand_after_an_arrest():
    evs = coded("اعتقلت الشرطة صحفيين اثنين بعد نشرهما تقريرا، وطالبت نقابة الصحفيين بالإفراج الفوري عنهما.")
    assert any(c.startswith("10") and s == "LAB" for c, s, t, tr, _ in evs if tr == "وطالبت"), show(evs)


def test_accusation_after_a_denial_keeps_the_subject():
    evs = coded("نفت قوات الدعم السريع مسؤوليتها عن القصف، واتهمت الجيش السوداني بقصف السوق.")
    assert any(c == "112" and s == "SDNREB" and t == "SDNMIL" for c, s, t, _, _ in evs), show(evs)
