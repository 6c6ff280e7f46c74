"""Session 24, OTH6: more pages that are not political news.  New cue words of domain.tsv: a chess report is a
sports page (chess, grandmaster, kingside, endgame ...), a laboratory finding a science page (microbiologist,
bacterium, mice, antibiotics ...), a patent case or a phone launch a business page (patent; مبيعات، مستهلك، طرازات،
متاجر، علامة تجارية), a food festival a travel page (مهرجان، زوار، طهاة، أطباق، مطبخ، سياح) and a weather warning a new
private page kind, ``weather`` (أرصاد، منخفض جوي، أمطار، سيول، أودية، إعصار; forecasters, rainfall): there an event
needs a political side.  "according to court documents" cites a document, not a speaker (cues_en.tsv
figures_noun).  Guards: a minister opening a festival meets a foreign minister; police arresting protesters after
a match; rescue aid from another country on a flood page; a quoted official "according to" a person.  Sentences are
ours."""
from __future__ import annotations

import pytest

from events_helpers import full

DAY = "2026-12-14"


def _codes(doc):
    return [(e.cameo, e.source_code, e.target_code, e.trigger) for e in doc.events]


CHESS = ("Chess: Haugen's sharp attack on the kingside beats Mehta in Oslo\n\n"
         "OSLO (Wire) — Norwegian grandmaster Lars Haugen launched a fierce attack against India's Vikram Mehta on "
         "Sunday and won in 29 moves to lead the tournament. Mehta chose a solid defence, but Haugen sacrificed a "
         "bishop and his queen invaded the black camp. The endgame was never reached: Mehta resigned after three "
         "hours. \"I saw the checkmate coming too late,\" Mehta said.")


LAB = ("Gut microbe helps mice fight off deadly infections, study finds\n\n"
       "GLASGOW (Wire) — A team led by microbiologist Dr Fiona Grant found that a bacterium in the gut sends a "
       "signal that makes immune cells attack invading germs. Mice carrying the bacterium survived infections "
       "that killed most of the others. \"The body's defences are at war with these germs, and we may have found "
       "a new weapon,\" Grant said. Resistance to antibiotics is rising, and the team hopes to test the molecule "
       "in patients within five years.")


PATENT = ("Lumen wins patent fight with former supplier\n\n"
          "LONDON (Wire) — A judge ruled on Tuesday that Harlow Optics copied a lens patented by Lumen, its former "
          "customer, and ordered it to stop selling two cameras. Lumen's boss said the company had been ready to "
          "fight for years. Harlow said it would defend its patents on appeal and expand its plant in Derby, and "
          "that customers would not be affected.")


PRICE_WAR = ("شركة الريان تطلق حاسوبها اللوحي وتشعل حرب الأسعار\n\n"
             "القاهرة - أطلقت شركة الريان للإلكترونيات حاسوبا لوحيا جديدا بسعر يقل بالربع عن منافسيه، وقال مديرها "
             "إن الشركة تستهدف مضاعفة مبيعاتها هذا العام. وخفضت شركة المدار أسعار طرازاتها الثلاثة ردا على هذا "
             "الهجوم، وقالت إنها لن تقف مكتوفة الأيدي. ويرى محللون أن المستهلك هو الرابح من حرب الأسعار، وأن المتاجر "
             "شهدت إقبالا كبيرا.")


FESTIVAL = ("مهرجان الحلويات الشرقية يفتح أبوابه في إربد\n\n"
            "إربد - افتتح وزير السياحة الأردني مساء الخميس مهرجان الحلويات الشرقية بمشاركة طهاة من تسع دول. "
            "وقال الوزير إن المطبخ الأردني غزا موائد المنطقة. واجتاحت حشود الزوار أجنحة الكنافة حتى منتصف "
            "الليل، وقدم الطهاة أطباقا من الشام والخليج.")


@pytest.mark.parametrize("page,roots", [
    (CHESS, ("17", "18", "19", "05", "08")),       # "launched a fierce attack", "resigned", "invaded"
    (LAB, ("13", "15", "18", "19", "06")),         # "immune cells attack invading germs", "at war", "a new weapon"
    (PATENT, ("03", "10", "12", "13", "19")),      # "ready to fight", "defend its patents", "expand its plant"
    (PRICE_WAR, ("13", "18", "19")),               # حرب الأسعار، تستهدف، هذا الهجوم، لن تقف مكتوفة الأيدي
    (FESTIVAL, ("17", "18", "19", "20")),          # المطبخ غزا موائد المنطقة، اجتاحت حشود الزوار
], ids=["chess", "laboratory", "patent", "price-war", "festival"])
def test_a_page_that_is_not_political_news_has_no_metaphor_events(page, roots):
    doc = full(page, published_at=DAY)
    assert not [e for e in doc.events if e.root in roots], _codes(doc)


def test_a_minister_at_the_festival_meets_a_foreign_minister():   # guard: a real meeting on a festival page
    text = FESTIVAL + (" وعلى هامش الافتتاح، التقى وزير السياحة الأردني وزير الخارجية العراقي وبحثا "
                       "تعزيز التعاون السياحي بين البلدين.")
    doc = full(text, published_at=DAY)
    assert [e for e in doc.events if e.root == "04" and (e.source_country or "") == "JOR"], _codes(doc)


WEATHER = ("الأرصاد تطلق إنذارا أحمر والطوارئ تعلن الاستنفار\n\n"
           "صلالة - أطلقت دائرة الأرصاد إنذارا أحمر من أمطار غزيرة وسيول ستضرب المحافظة مع اقتراب منخفض جوي "
           "عميق. وأعلنت لجنة الطوارئ الاستنفار ورفع الجاهزية، وحذرت من عبور الأودية الجارية. وقال خبير في "
           "الأرصاد إن الإعصار قد يجتاح الساحل مساء الثلاثاء.")


def test_a_weather_warning_has_no_actorless_events():
    doc = full(WEATHER, published_at=DAY)
    assert not [e for e in doc.events if not e.source_actor_id and not e.target_actor_id], _codes(doc)
    assert not [e for e in doc.events if e.root in ("15", "19")], _codes(doc)


def test_a_foreign_rescue_team_on_a_flood_page_stays():   # guard: aid from another country has a political side
    text = WEATHER + " وأرسلت الإمارات فريق إنقاذ إلى سلطنة عمان للمساعدة في عمليات الإجلاء."
    doc = full(text, published_at=DAY)
    assert [e for e in doc.events if e.root == "07" and e.source_country == "ARE"], _codes(doc)


MATCH = ("City crush United in the derby as police arrest fans\n\n"
         "MANCHESTER (Wire) — City crushed United 4-0 in the derby on Sunday, with their midfielder scoring twice "
         "before half-time and the goalkeeper barely touching the ball. After the match, Greater Manchester Police "
         "arrested 14 protesters who blocked the road outside the stadium to demand the owners sell the club.")


def test_police_arresting_protesters_after_a_match_stays():   # guard: the sports gate keeps anchored sentences
    doc = full(MATCH, published_at=DAY)
    assert [e for e in doc.events if e.root == "17" and e.trigger.startswith("arrested")], _codes(doc)


def test_according_to_court_documents_is_no_statement():
    text = ("LOS ANGELES (Wire) — The actress filed for divorce last week, according to court documents seen "
            "by a celebrity website.")
    doc = full(text, published_at=DAY)
    assert not [e for e in doc.events if e.trigger.startswith("according")], _codes(doc)


def test_according_to_a_spokesman_stays():   # guard: a person's statement "according to" him
    text = ("The Kenyan army killed four militants near the border on Monday, according to a military "
            "spokesman in Nairobi.")
    doc = full(text, published_at=DAY)
    assert [e for e in doc.events if e.root == "18" or e.root == "19" or e.root == "20"], _codes(doc)
