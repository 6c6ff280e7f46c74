"""Session 27 PREC5: precision on pages that are not political news (our own sentences).

A place that "offers" beaches or cheap flights makes no offer to anybody (030); a city that "banned" new hotels or
e-scooters sanctions nobody (172): the object is a thing (``thing_objects.tsv`` kinds offer / offer_thing, ban /
ban_thing).  A body holding its own meeting (اجتماعها المقبل, "its next meeting") meets nobody (own_meeting).  A verb
entry read as the noun a remark or a ruling is about ("a decision on Bolivia's request", "comment on the sentence")
is no new act (topic_noun_en).  Each case: (sentence, trigger word, CAMEO prefix).
"""
import pytest

from marsad.model import Document
from marsad.pipeline import Pipeline


def _codes(text, pub="2024-05-02"):
    doc = Document.from_text(text, published_at=pub)
    Pipeline()(doc)
    return [(e.trigger, e.cameo) for e in doc.events]


def _has(evs, word, root):
    return any(word in t and c.startswith(root) for t, c in evs)


NO_EVENT = [
    # offer + a thing
    ("Croatia's northern coast offers beaches that rival Italy's resorts at half the price.", "offers", "03"),
    ("Last summer Cyprus offered cheap flights and discounts to tourists from Germany.", "offered", "03"),
    # ban + a thing
    ("Lisbon has banned new hotels in its old quarter to curb rents.", "banned", "17"),
    ("Madrid bans electric scooters from its pavements from Monday.", "bans", "17"),
    # a body's own meeting
    ("وتعقد لجنة الموازنة في البرلمان اجتماعها المقبل بعد أسبوعين لمناقشة الضرائب.", "اجتماع", "04"),
    ("وعقدت الحكومة الأردنية اجتماعها الأسبوعي يوم الأحد برئاسة رئيس الوزراء.", "اجتماع", "04"),
    ("The rate-setting committee of the central bank will hold its next meeting in mid-March.", "meeting", "0"),
    # a verb entry read as the noun object of a topic preposition
    ("A decision on Bolivia's request is expected from the tribunal by the end of the month.", "request", "02"),
    ("The footballer's agent declined to comment on the sentence, his lawyers said.", "sentence", "17"),
    ("Senators argued for hours over the new ban before the session was adjourned.", "ban", "17"),
]

KEEP = [
    ("Turkey offered talks to Greece on the maritime dispute on Monday.", "offered", "03"),
    ("Qatar offered to mediate between Ethiopia and Eritrea on Tuesday.", "mediate", "03"),
    ("The Thai government banned the opposition party on Tuesday.", "banned", "17"),
    ("Russia banned imports of Moldovan wine on Friday.", "banned", "16"),
    ("وعقد وزير الخارجية المصري اجتماعا مع نظيره السوداني في القاهرة.", "اجتماع", "04"),
    ("The Syrian government will hold its meeting with the UN envoy in Damascus on Sunday.", "meeting", "0"),
    ("Chinese President Xi Jinping and U.S. President Joe Biden held their first meeting in a year.", "meeting", "0"),
    ("Bolivia will request emergency talks with Chile at the tribunal on Monday.", "request", "0"),
    ("Kenya and Somalia held talks on the exchange of prisoners on Sunday.", "exchange", "08"),
    ("A court in Cairo sentenced the opposition leader to five years in prison on Monday.", "sentenced", "17"),
]


@pytest.mark.parametrize("text,word,root", NO_EVENT)
def test_no_event(text, word, root):
    evs = _codes(text)
    assert not _has(evs, word, root), evs


@pytest.mark.parametrize("text,word,root", KEEP)
def test_guard_still_codes(text, word, root):
    evs = _codes(text)
    assert _has(evs, word, root), evs
