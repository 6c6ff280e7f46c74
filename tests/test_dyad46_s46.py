"""Session 46 (helper dyad46): the story's other party as the target of acts besides threats (our own sentences).

``coding/story_dyad.py`` aims an act whose clause names no target, told in a story between two countries, at the other
of the two: proposals (036), rejections (120, not when another actor is named after the act), demands for a release
(105x), recalling an ambassador (161) ...  "The two sides agreed …" with no event of two countries before it is the
story's pair, each way (``coding/pair_anaphora.py``).
"""
from test_gapen34_s34 import _dump, _events

_TALKS = (
    "KYIV - Ukrainian and Russian delegations met in Istanbul on Monday for a second round of talks on ending the "
    "war.\nRussia handed Ukraine a memorandum setting out its terms for a ceasefire, and Ukrainian officials said "
    "Moscow had ignored Kyiv's demands.\nUkrainian Defence Minister Rustem Umerov said Kyiv would study the Russian "
    "document and proposed a third round of talks later this month.\nUkrainian President Volodymyr Zelensky "
    "dismissed the offer of a two-day truce as a stunt.\nRussian officials said the Russian army would keep its "
    "positions in the east.\n")

_ROW = (
    "الجزائر - تصاعد التوتر بين الجزائر وفرنسا أمس بعد أن طردت باريس موظفين قنصليين جزائريين.\n"
    "وقالت وزارة الخارجية الجزائرية إن الجزائر ترفض القرار الفرنسي وتعتبره تصعيدا خطيرا.\n"
    "وطالبت الجزائر بالإفراج الفوري عن موظفها القنصلي المحتجز في فرنسا.\n"
    "وأعلنت الخارجية الفرنسية أن فرنسا تستدعي سفيرها للتشاور.\n"
    "وقال وزير الخارجية الفرنسي إن باريس لن تتراجع.\n")


def _one(evs, code, trigger):
    got = [e for e in evs if e.cameo == code and e.trigger.startswith(trigger)]
    assert got, _dump(evs)
    return got[0]


def test_proposal_in_a_two_party_story_is_aimed_at_the_other_party():
    evs = _events(_TALKS, "2025-06-02")
    assert _one(evs, "036", "proposed").target_country == "RUS", _dump(evs)


def test_rejection_in_a_two_party_story_is_aimed_at_the_other_party():
    evs = _events(_TALKS, "2025-06-02")
    assert _one(evs, "120", "dismissed").target_country == "RUS", _dump(evs)


def test_arabic_demand_for_a_release_and_a_recall_take_the_other_party():
    evs = _events(_ROW, "2025-04-15")
    assert _one(evs, "1053", "وطالبت").target_country == "FRA", _dump(evs)
    assert _one(evs, "161", "تستدعي").target_country == "DZA", _dump(evs)



_SWAP = (
    "ISTANBUL - Negotiators spent four hours behind closed doors at a hotel on the Bosphorus on Monday.\nThe two "
    "sides agreed to exchange all wounded prisoners before the end of the month.\nUkraine's "
    "foreign ministry said Kyiv wanted a full ceasefire, while Russia's foreign ministry said Moscow would study "
    "Ukraine's proposals.\nRussian officials said Russia was ready for a third round.\n")


def test_the_two_sides_with_no_pair_event_before_are_the_story_pair():
    evs = _events(_SWAP, "2025-06-03")
    got = [e for e in evs if e.cameo == "030" and e.trigger.startswith("agreed")]
    assert {(e.source_country, e.target_country) for e in got} == {("UKR", "RUS"), ("RUS", "UKR")}, _dump(evs)
