"""Session 27 PREC5: precision on pages that are not political news (our own sentences).

A place that "offers" beaches or cheap flights makes no offer to anybody (030); a city that "banned" new hotels or
e-scooters sanctions nobody (172): the object is a thing (``thing_objects.tsv`` kinds offer / offer_thing, ban /
ban_thing).  Offers of talks, aid or mediation and bans of parties, people or imports still code.
"""
from marsad.model import Document
from marsad.pipeline import Pipeline


def _codes(text, pub="2024-05-02"):
    doc = Document.from_text(text, published_at=pub)
    Pipeline()(doc)
    return [(e.trigger, e.cameo) for e in doc.events]


def _has(evs, word, root):
    return any(word in t and c.startswith(root) for t, c in evs)


# --- offer + a thing -------------------------------------------------------------------------------------------

def test_coast_offers_beaches_no_offer():
    evs = _codes("Croatia's northern coast offers beaches that rival Italy's resorts at half the price.")
    assert not _has(evs, "offers", "03"), evs


def test_island_offered_cheap_flights_no_offer():
    evs = _codes("Last summer Cyprus offered cheap flights and discounts to tourists from Germany.")
    assert not _has(evs, "offered", "03"), evs


def test_guard_offer_of_talks_still_codes():
    evs = _codes("Turkey offered talks to Greece on the maritime dispute on Monday.")
    assert _has(evs, "offered", "03"), evs


def test_guard_offer_to_mediate_still_codes():
    evs = _codes("Qatar offered to mediate between Ethiopia and Eritrea on Tuesday.")
    assert _has(evs, "mediate", "03"), evs


# --- ban + a thing ---------------------------------------------------------------------------------------------

def test_city_banned_hotels_no_sanction():
    evs = _codes("Lisbon has banned new hotels in its old quarter to curb rents.")
    assert not _has(evs, "banned", "17"), evs


def test_city_bans_scooters_no_sanction():
    evs = _codes("Madrid bans electric scooters from its pavements from Monday.")
    assert not _has(evs, "bans", "17"), evs


def test_guard_ban_of_party_still_codes():
    evs = _codes("The Thai government banned the opposition party on Tuesday.")
    assert _has(evs, "banned", "17"), evs


def test_guard_ban_of_imports_still_codes():
    evs = _codes("Russia banned imports of Moldovan wine on Friday.")
    assert _has(evs, "banned", "16"), evs


# --- a body's own meeting --------------------------------------------------------------------------------------

def test_committee_holds_its_next_meeting_ar():
    evs = _codes("وتعقد لجنة الموازنة في البرلمان اجتماعها المقبل بعد أسبوعين لمناقشة الضرائب.")
    assert not _has(evs, "اجتماع", "04"), evs


def test_cabinet_weekly_meeting_ar():
    evs = _codes("وعقدت الحكومة الأردنية اجتماعها الأسبوعي يوم الأحد برئاسة رئيس الوزراء.")
    assert not _has(evs, "اجتماع", "04"), evs


def test_board_holds_its_session_en():
    evs = _codes("The rate-setting committee of the central bank will hold its next meeting in mid-March.")
    assert not _has(evs, "meeting", "0"), evs


def test_guard_meeting_with_partner_ar():
    evs = _codes("وعقد وزير الخارجية المصري اجتماعا مع نظيره السوداني في القاهرة.")
    assert _has(evs, "اجتماع", "04"), evs


def test_guard_its_meeting_with_envoy_en():
    evs = _codes("The Syrian government will hold its meeting with the UN envoy in Damascus on Sunday.")
    assert _has(evs, "meeting", "0"), evs


def test_guard_two_leaders_their_meeting_en():
    evs = _codes("Chinese President Xi Jinping and U.S. President Joe Biden held their first meeting in a year.")
    assert _has(evs, "meeting", "0") or _has(evs, "held", "0"), evs


# --- a verb entry read as the noun a remark or a ruling is about -----------------------------------------------

def test_ruling_on_request_no_appeal():
    evs = _codes("A decision on Bolivia's request is expected from the tribunal by the end of the month.")
    assert not _has(evs, "request", "02"), evs


def test_comment_on_the_sentence_no_new_sentencing():
    evs = _codes("The footballer's agent declined to comment on the sentence, his lawyers said.")
    assert not _has(evs, "sentence", "17"), evs


def test_lawmakers_debated_over_the_new_ban():
    evs = _codes("Senators argued for hours over the new ban before the session was adjourned.")
    assert not _has(evs, "ban", "17"), evs


def test_guard_request_as_verb_still_codes():
    evs = _codes("Bolivia will request emergency talks with Chile at the tribunal on Monday.")
    assert _has(evs, "request", "0"), evs


def test_guard_talks_on_the_exchange_of_prisoners():
    evs = _codes("Kenya and Somalia held talks on the exchange of prisoners on Sunday.")
    assert _has(evs, "exchange", "08"), evs


def test_guard_court_sentenced_still_codes():
    evs = _codes("A court in Cairo sentenced the opposition leader to five years in prison on Monday.")
    assert _has(evs, "sentenced", "17"), evs
