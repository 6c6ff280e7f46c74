"""Session 47 (PEOPLE47): office holders of 2024-2025 news in people.tsv, and the surname links to listed people.

1. New rows: a minister named without a title resolves to his country's office at the document's date, in English and
   Arabic (Johann Wadephul, ثابت العباسي, ميشال منسى), and a person's later office by date (Annalena Baerbock: the
   German government, then the UN General Assembly's presidency).
2. ``actors._titled_surname_alone``: "President Ruto" after "Kenyan President William Ruto" is the listed person,
   not a second bearer of the surname that leaves the later bare "Ruto" unlinked.
3. ``actors._shared_surnames_en``: a surname two listed people of one country bear (Nechirvan and Masoud Barzani)
   goes to the one named in full last before it (the listed person's name is the written one, not the table's
   Arabic name).
4. ``actors._home_story_names_en``: a dateline story whose country has half of the country mentions and twice any
   other country's gives an unknown name its country (as home_country.fill's test).
"""
from marsad.pipeline import Pipeline

_P = Pipeline()


def _actor(text, date, words):
    doc = _P(text, published_at=date)
    got = [a.code for a in doc.actors if any(words == text[s:e] for s, e in a.spans)]
    assert got, [(a.code, [text[s:e] for s, e in a.spans]) for a in doc.actors]
    return got[0]


def test_new_foreign_minister_english():
    text = "Johann Wadephul met his Turkish counterpart in Ankara on Tuesday and discussed the war in Ukraine."
    assert _actor(text, "2025-06-10", "Johann Wadephul") == "DEUGOV"


def test_new_ministers_arabic():
    text = "وبحث ثابت العباسي مع قائد القوات البرية خطط تأمين الحدود الغربية."
    assert _actor(text, "2024-05-02", "ثابت العباسي") == "IRQGOV"
    text = "واستقبل ميشال منسى في مكتبه وفدا عسكريا فرنسيا وبحث معه دعم الجيش."
    assert _actor(text, "2025-04-15", "ميشال منسى") == "LBNGOV"


def test_later_office_by_date():
    text = "Annalena Baerbock said the talks would continue next week."
    assert _actor(text, "2023-05-02", "Annalena Baerbock") == "DEUGOV"
    assert _actor(text, "2025-10-02", "Annalena Baerbock") == "IGOUNO"


_RUTO = ("NAIROBI, May 3 (Marsad) - Kenyan President William Ruto offered to send police officers to Haiti. \"We "
         "welcome President Ruto's offer,\" the council's chairman told reporters.\n\nIn a televised address on "
         "Friday, Ruto said the officers would leave within weeks. He urged Kenyans to support the mission.")


def test_titled_surname_is_the_listed_person():
    doc = _P(_RUTO, published_at="2023-05-03")
    ruto = [a for a in doc.actors if any(_RUTO[s:e] == "William Ruto" or "William Ruto" in _RUTO[s:e]
                                         for s, e in a.spans)]
    assert ruto and {"President Ruto", "Ruto"} <= {_RUTO[s:e] for s, e in ruto[0].spans}, \
        [(a.code, [_RUTO[s:e] for s, e in a.spans]) for a in doc.actors]
    evs = [(e.cameo, e.source_code) for e in doc.events]
    assert ("010", "KENGOV") in evs and ("022", "KENGOV") in evs, evs


def test_shared_surname_of_listed_people():
    text = ("ERBIL, March 4 (Marsad) - Kurdistan Region President Nechirvan Barzani met the French consul in Erbil on "
            "Monday.\n\nBarzani said the region would hold elections in the autumn, a plan backed by his uncle Masoud "
            "Barzani, who leads the Kurdistan Democratic Party.")
    doc = _P(text, published_at="2024-03-04")
    got = [a.code for a in doc.actors for s, e in a.spans if text[s:e] == "Barzani" and s < text.index("Masoud")]
    assert got == ["IRQGOV"], [(a.code, [text[s:e] for s, e in a.spans]) for a in doc.actors]


def test_home_story_at_half_and_twice_any_other():
    text = ("LIMA, May 9 (Marsad) - Peru's Congress voted on Thursday to open an impeachment inquiry against President "
            "Dina Boluarte after weeks of protests across Peru.\n\nThe United States said it was watching the crisis, "
            "and Washington urged calm. Brazil offered to mediate, and Peruvian bishops called for dialogue.\n\n"
            "Rosa Quispe Mamani, who leads the protest movement in Puno, said the marches would go on until the "
            "president resigned.")
    assert _actor(text, "2024-05-09", "Rosa Quispe Mamani") == "PER"
