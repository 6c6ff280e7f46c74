"""Session 26, COSTS: the known costs of the session's merges (our own sentences)."""
from marsad.model import Document
from marsad.pipeline import Pipeline

_P = Pipeline()

_STORY = ("Kenya and Uganda trade accusations over Lake Victoria fishing\n\n"
          "NAIROBI, May 3 - Kenya accused Uganda on Friday of seizing 40 Kenyan fishing boats on Lake Victoria, "
          "the latest flare-up in a long dispute over the island of Migingo.\n\n"
          "Ugandan marine police detained the crews near the island on Thursday, Kenyan fishermen said.\n\n")


def _events(text):
    doc = Document.from_text(text, published_at="2024-05-03")
    _P(doc)
    return doc.events


def test_same_government_ministry_takes_home():
    # the government asked to expel is KENGOV: the ministry answering in the same sentence is too, and its bare
    # statement is dropped as the attribution of the act told (no country-less GOV 010)
    evs = _events(_STORY + "Kenyan senators demanded that the government expel the Ugandan high commissioner, but "
                           "the foreign ministry said it had no such plans.")
    assert not [e for e in evs if e.trigger == "said" and e.source_code == "GOV"]
    assert [e for e in evs if e.trigger == "expel" and e.source_code == "KENGOV"]


def test_same_government_guard_named_ministry():
    evs = _events(_STORY + "Kenyan senators demanded that the government expel the Ugandan high commissioner, but "
                           "Uganda's foreign ministry said it had no such plans.")
    said = [e for e in evs if e.trigger == "said" and e.sentence_start > 300]
    assert all(e.source_code != "KENGOV" for e in said)


_OBIT = ("Former Lebanese foreign minister Samir Haddad dies at 88\n\n"
         "Former Lebanese foreign minister Samir Haddad, who brokered ceasefires between rival militias during the civil "
         "war, died on Monday in Paris. ")


def test_wrote_books_is_no_statement():
    # a writing verb naming the thing written (no "that", colon or quote after it) says nothing: no 010
    evs = _events(_OBIT + "After leaving office the former minister taught at a university in Beirut and wrote four "
                          "books on diplomacy.")
    assert not [e for e in evs if e.trigger == "wrote"]


def test_posted_video_is_no_statement():
    evs = _events(_OBIT + "The former minister's family posted a video of the funeral procession in Beirut.")
    assert not [e for e in evs if e.trigger == "posted"]


def test_wrote_on_x_that_stays_statement():
    evs = _events(_OBIT + "Lebanese Prime Minister Nawaf Salam wrote on X that Haddad had served his country with "
                          "courage.")
    assert [e for e in evs if e.trigger == "wrote" and e.cameo == "010" and e.source_code == "LBNGOV"]


def test_posted_statement_saying_stays_statement():
    evs = _events(_OBIT + "Lebanese Prime Minister Nawaf Salam wrote on X that Haddad had served his country with "
                          "courage. The foreign ministry posted a statement on its website saying the minister had "
                          "been a patriot.")
    assert [e for e in evs if e.trigger == "posted" and e.cameo == "010"]


def _actors(text):
    doc = Document.from_text(text, published_at="2024-05-03")
    _P(doc)
    return [(a.code, doc.text[a.spans[0][0]:a.spans[0][1]]) for a in doc.actors]


def test_trade_is_no_traders():
    # التجارة "trade" (تجار + ة) is no تجار "traders" (BUS): role_masculine.tsv
    acts = _actors("وليست هذه المرة الأولى التي تستخدم فيها روسيا النفط والتجارة في نزاعاتها مع جيرانها.")
    assert not [c for c, _ in acts if c and c.endswith("BUS")]


def test_traders_stay_business():
    acts = _actors("وأغلق التجار في سوق الحميدية محلاتهم احتجاجا على الضرائب.")
    assert ("BUS", "التجار") in acts
