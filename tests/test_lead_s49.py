"""Session 49 (lead): our own sentences.

1. A bare feminine title that names back (cue title_anaphor: "المبعوثة"، "السفيرة") is a noun, not an adjective like
   "الدبلوماسية": "وحذرت المبعوثة" is the envoy named before (stages/actors.py, the lone-title branch of the chunker).
2. A title head right after a full name that a body's title alias ("المبعوث الأممي") stands before opens the next
   actor, as after a role title (stages/actors.py _split_foreign_title).
3. A bare title ("The president") names back a holder last named by his surname alone: the surname stands for the
   holder named with the title earlier, at its own place (coding/title_back._titled_before).
4. A terrorist designation is an administrative sanction (172): rows designate + terrorist, صنف / أدرج + a terror word
   (the Arabic perfect only: the present "تصنفها دول أخرى منظمة إرهابية" describes a standing listing).
5. "phoned / telephoned X" is a call (041, svo; the noun "phone" no trigger); a purpose infinitive after a contact
   verb is its subject's act ("phoned Erdogan to express his sympathy": coding/contact_purpose_en.py); "sent messages
   of sympathy" is 018.
6. An English page's byline stamp whose bar-separated fields hold a place and a publication time ("Staff Reporter |
   ISLAMABAD | Published November 14, 2025") is the dateline (stages/clean._stamp_place_en).
7. The UN's political missions named in full (UNAMA, UNSMIL, UNAMI, UNITAMS, UNSOM: organisations.tsv) are the UN's,
   their "in <country>" the host; "X, the UN special rapporteur on …" is the UN's (the title phrase as the name's
   apposition, actors._igo_title_person); "cut … data networks" is 1721.
8. An English byline with a time of its own between the bars ("By Staff Reporter | Published: … | 8:42 am | Updated:
   …") is chrome, so the lead's "ABUJA -" dateline is read (ingest/patterns.yaml byline_en).
9. An organisation / association whose name follows in quotes ('منظمة "أفغان إيفاك"') is a non-governmental body (NGO;
   actors._quoted_group, cue quoted_ngo_head); a label wholly in quotes ("جمعية غير مشروعة") is none.
10. A country's name that is the surname of a person named in full before it is that person ("Prime Minister Luis
    Montenegro … Montenegro accused …": actors._surnames, as a one-word organisation since session 40).
11. A pledge whose that-clause subject is the speaker's own country is made to the other country the speaker acted on
    last ("spoke by phone with Aliyev and pledged that Armenia would …": coding/pledged_partner_en.py).
"""
from marsad.pipeline import default_pipeline

_PIPE = default_pipeline(True)


def _doc(text, date):
    return _PIPE(text, published_at=date)


def _event(doc, trigger):
    return next(e for e in doc.events if e.trigger == trigger)


def test_arabic_bare_feminine_envoy_names_back_the_un_envoy():
    doc = _doc("طرابلس - 9 مارس - التقت المبعوثة الأممية إلى ليبيا قادة الأحزاب في طرابلس أمس. وحذرت المبعوثة من عواقب "
               "أي تصعيد عسكري في العاصمة.", "2026-03-09")
    assert _event(doc, "وحذرت").source_code == "IGOUNO", [(e.trigger, e.source_code) for e in doc.events]


def test_arabic_bare_feminine_ambassador_names_back_her_country():
    doc = _doc("بيروت - 4 أبريل - زارت السفيرة الفرنسية لدى لبنان قيادة الجيش في اليرزة أمس. وقالت السفيرة إن بلادها "
               "ستواصل دعم المؤسسة العسكرية.", "2026-04-04")
    assert _event(doc, "وقالت").source_code == "FRAGOV", [(e.trigger, e.source_code) for e in doc.events]


def test_arabic_feminine_nisba_adjective_stays_no_actor():
    # (the guard the lone-title branch exists for: "العلاقات الدبلوماسية" is no diplomat)
    doc = _doc("القاهرة - 4 أبريل - بحث وزير الخارجية المصري مع نظيره الأردني العلاقات الدبلوماسية بين البلدين.",
               "2026-04-04")
    assert all(e.target_code != "DIP" and "DIP" not in (e.target_code or "") for e in doc.events), \
        [(e.trigger, e.source_code, e.target_code) for e in doc.events]


def test_arabic_title_after_a_titled_envoy_is_the_next_actor():
    # (the envoy's title "المبعوث الأممي" is read as the body's alias: the title after his full name is his host)
    doc = _doc("دمشق - 6 مايو - التقى المبعوث الأممي غير بيدرسون رئيس الحكومة في دمشق أمس.", "2026-05-06")
    assert any(e.source_code == "IGOUNO" and e.target_code == "SYRGOV" for e in doc.events), \
        [(e.trigger, e.source_code, e.target_code) for e in doc.events]


def test_english_bare_title_names_back_a_holder_last_named_by_surname():
    # ("President X" named six sentences before, his surname alone in the sentence before: the surname stands for the
    # holder at its own place, so "The president" reaches it)
    doc = _doc("ACCRA - President John Mahama's office said on Monday the envoy would lead the talks. The opposition "
               "questioned the choice. Its leader said the envoy lacked experience. Prime Minister Kofi Mensah defended "
               "the decision. He said the talks would start next week. Lawmakers debated the plan. Mahama met the envoy "
               "at the Jubilee House on Tuesday. The president urged Togo to release the detained traders.",
               "2026-03-10")
    assert any(e.source_code == "GHAGOV" and e.target_code and e.target_code.startswith("TGO") for e in doc.events), \
        [(e.trigger, e.source_code, e.target_code) for e in doc.events]


def test_english_terrorist_designation_is_a_sanction():
    doc = _doc("WASHINGTON, March 3 - The State Department on Monday designated the Tren de Aragua gang as a foreign "
               "terrorist organization. The ruling party designated a new chairman.", "2026-03-03")
    got = [(e.trigger, e.cameo, e.source_code) for e in doc.events]
    assert any(e.cameo == "172" and e.source_code == "USAGOV" for e in doc.events), got
    assert not any("chairman" in e.trigger for e in doc.events), got


def test_arabic_terrorist_designation_perfect_only():
    doc = _doc("واشنطن - 3 مارس - صنفت الولايات المتحدة أمس الجماعة منظمة إرهابية، وهي جماعة تصنفها دول أخرى منظمة "
               "إرهابية منذ سنوات.", "2026-03-03")
    got = [(e.trigger, e.cameo) for e in doc.events]
    assert [e.cameo for e in doc.events if e.cameo == "172"] == ["172"], got


def test_english_phoned_is_a_call_and_its_purpose_is_the_callers():
    doc = _doc("BAKU, Nov 12 - Kazakh President Kassym-Jomart Tokayev phoned Erdogan on Tuesday to express his "
               "condolences. Mobile phone networks were down in the region.", "2025-11-12")
    got = [(e.trigger, e.cameo, e.source_code, e.target_code) for e in doc.events]
    assert any(e.trigger == "phoned" and e.source_code == "KAZGOV" and e.target_code == "TURGOV"
               for e in doc.events), got
    assert any(e.cameo == "018" and e.source_code == "KAZGOV" for e in doc.events), got
    assert not any(e.trigger == "phone" for e in doc.events), got


def test_english_sent_messages_of_sympathy_is_an_empathetic_comment():
    doc = _doc("ANKARA, Nov 12 - The leaders of Iraq and Jordan sent messages of sympathy to Turkey on Tuesday.",
               "2025-11-12")
    assert {(e.cameo, e.source_code) for e in doc.events} >= {("018", "IRQ"), ("018", "JOR")}, \
        [(e.trigger, e.cameo, e.source_code, e.target_code) for e in doc.events]


_STAMP_PAGE = """Home | Politics | World | Business | Opinion

Home > News > Politics

Opposition walks out as parliament passes judicial overhaul

Staff Reporter | {place} | Published March 4, 2026 09:15am | Updated 11:40am

Share: Facebook | X | WhatsApp | Email

Opposition lawmakers walked out of the National Assembly on Tuesday before the vote on the judicial bill. The law
minister rejected claims that the changes undermine the courts.
"""


def test_english_byline_stamp_place_is_the_dateline():
    doc = _doc(_STAMP_PAGE.format(place="DHAKA"), "2026-03-04")
    assert doc.meta.get("dateline", {}).get("place") == "DHAKA", doc.meta.get("dateline")
    assert any(e.source_code and e.source_code.startswith("BGD") for e in doc.events), \
        [(e.trigger, e.source_code, e.target_code) for e in doc.events]


def test_english_byline_stamp_without_a_place_is_no_dateline():
    doc = _doc(_STAMP_PAGE.format(place="Politics Desk"), "2026-03-04")
    assert not doc.meta.get("dateline", {}).get("place"), doc.meta.get("dateline")


def test_english_un_mission_named_in_full_is_the_uns():
    doc = _doc("TRIPOLI, May 5 - The UN Support Mission in Libya (UNSMIL) on Monday urged the armed groups in the "
               "capital to respect the truce.", "2026-05-05")
    assert any(e.trigger == "urged" and e.source_code == "IGOUNO" for e in doc.events), \
        [(e.trigger, e.source_code, e.target_code) for e in doc.events]


def test_english_un_title_apposition_names_the_person_the_uns():
    doc = _doc("KABUL, May 5 - Laura Brenner, the UN special rapporteur on education in Afghanistan, criticised the "
               "ban on girls' schooling.", "2026-05-05")
    assert any(e.trigger == "criticised" and e.source_code == "IGOUNO" for e in doc.events), \
        [(e.trigger, e.source_code, e.target_code) for e in doc.events]


def test_english_cut_data_networks_is_a_restriction():
    doc = _doc("KABUL, May 5 - The Taliban cut fibre-optic and mobile data networks across the country on Monday.",
               "2026-05-05")
    assert any(e.cameo == "1721" for e in doc.events), [(e.trigger, e.cameo) for e in doc.events]


def test_english_byline_with_times_between_bars_is_chrome_so_the_lead_dateline_is_read():
    page = ("Home | News | Politics | Sport\n\nHome > News > Ghana\n\nPolice detain protest leaders in Accra\n\n"
            "By Staff Reporter | Published: Tuesday, March 3, 2026 | 8:42 am | Updated: 9:15 am\n\n"
            "Share: Facebook | X | Email\n\nACCRA - Police detained four protest leaders on Monday, a spokesman said.\n")
    doc = _doc(page, "2026-03-03")
    assert doc.meta.get("dateline", {}).get("place") == "ACCRA", doc.meta.get("dateline")


def test_arabic_quoted_organisation_name_is_a_civil_body():
    doc = _doc("واشنطن - 28 نوفمبر - دانت منظمة \"جسور الأمل\"، التي تساعد اللاجئين الأفغان على إعادة التوطين، الهجوم "
               "على الحرس الوطني.", "2025-11-28")
    assert any(e.cameo == "111" and e.source_code == "NGO" for e in doc.events), \
        [(e.trigger, e.cameo, e.source_code, e.target_code) for e in doc.events]


def test_arabic_quoted_association_label_is_no_body():
    # (a label in quotes, head inside: "اعتبارها جمعية غير مشروعة" names no civil body)
    doc = _doc("عمان - 24 أبريل - أعلن وزير الداخلية حظر نشاطات الجماعة واعتبارها \"جمعية غير مشروعة\".", "2025-04-24")
    assert not any(e.target_code == "NGO" or e.source_code == "NGO" for e in doc.events), \
        [(e.trigger, e.cameo, e.source_code, e.target_code) for e in doc.events]


def test_english_country_word_after_a_full_name_is_the_persons_surname():
    doc = _doc("LISBON, March 12 - Prime Minister Luis Montenegro lost a confidence vote on Tuesday. Montenegro "
               "accused the opposition of irresponsibility.", "2025-03-12")
    assert any(e.trigger == "accused" and e.source_code == "PRTGOV" for e in doc.events), \
        [(e.trigger, e.source_code, e.target_code) for e in doc.events]


def test_english_pledge_about_own_country_is_made_to_the_partner():
    doc = _doc("BAKU, Nov 12 - Armenian Prime Minister Nikol Pashinyan spoke by phone with Azerbaijani President Ilham "
               "Aliyev on Tuesday and pledged that Armenia would release the detained border guards.", "2025-11-12")
    assert any(e.trigger == "pledged" and e.target_code and e.target_code.startswith("AZE") for e in doc.events), \
        [(e.trigger, e.cameo, e.source_code, e.target_code) for e in doc.events]
