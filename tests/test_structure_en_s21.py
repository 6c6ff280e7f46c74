"""Session 21, STRE: an English structure audit (our own news sentences, 8 groups of 10-12).

Same row format and checker as tests/test_structure_ar_s20.py (tests/structure_helpers.py):
"CODES SRC>TGT [neg] [mod=M1|M2] [hist|nohist] [date=D]", "say X" for a statement of X, a leading "!" for a guard.
All dates are read against publication on 2023-05-10 (a Wednesday).  Rows still missed are strict xfails with
their cause (marsad/data/coding/README.md, "Session 21, STRE").
"""
from __future__ import annotations

import pytest

from events_helpers import dump, full
from structure_helpers import check

PUB = "2023-05-10"


def _x(row, reason):
    return pytest.param(*row, marks=pytest.mark.xfail(strict=True, reason=reason))


ROWS = [
    # 1. SVO with long subjects and objects; appositions; "X, who ...,"
    ("svo", "Indonesia's foreign minister, Retno Marsudi, met her Australian counterpart in Jakarta on Tuesday.",
     ["04 IDN>AUS date=2023-05-09"]),
    ("svo", "Brazilian President Luiz Inacio Lula da Silva sharply criticized the European Union over its new trade rules.",
     ["11 BRA>IGOEU"]),
    ("svo", "Kenyan police fired tear gas at opposition supporters in Nairobi on Monday.", ["17|18|14 KENCOP>KEN"]),
    ("svo", "The Pakistani prime minister, who arrived in Beijing late on Sunday, met Chinese President Xi Jinping.",
     ["04 PAK>CHN"]),
    ("svo", "Japan's defence ministry accused China of flying military drones near Okinawa.", ["112 JPN>CHN"]),
    ("svo", "Turkish President Recep Tayyip Erdogan hosted his Azerbaijani counterpart, Ilham Aliyev, in Ankara.",
     ["04 TUR>AZE"]),
    ("svo", "The head of the International Atomic Energy Agency, Rafael Grossi, visited Tehran on Saturday.",
     ["042 IGO>IRN"]),
    ("svo", "Polish Prime Minister Mateusz Morawiecki, speaking in Warsaw, condemned the Russian missile strike on Lviv.",
     ["111 POL>RUS"]),
    ("svo", "Egyptian President Abdel Fattah al-Sisi received the Jordanian foreign minister in Cairo.", ["04 EGY>JOR"]),
    ("svo", "Armed men from the Islamic State group attacked an army checkpoint in northern Mozambique.",
     ["18|19 *>MOZMIL"]),
    ("svo", "Saudi Arabia's crown prince, Mohammed bin Salman, telephoned the Emir of Qatar on Monday.",
     ["04|03 SAU>QAT"]),
    ("svo", "South Korea's unification minister urged North Korea to return to dialogue.", ["10|02 KOR>PRK"]),
    # 2. headline present tense and fragments
    ("headline", "Israel strikes Hamas targets in Gaza after rocket fire", ["19 ISR>PSE"]),
    ("headline", "India, Pakistan trade fire along Kashmir frontier", ["19 IND>PAK", "19 PAK>IND"]),   # (fixed s22 GAPS)
    ("headline", "Germany expels four Russian diplomats", ["16|17 DEU>RUS"]),
    ("headline", "Nigeria's army kills dozens of Boko Haram fighters in Borno", ["18|19 NGAMIL>NGAREB"]),
    ("headline", "Thousands protest in Tbilisi against foreign agents law", ["14 GEO>*"]),
    ("headline", "Erdogan meets Putin in Sochi", ["04 TUR>RUS"]),
    ("headline", "China warns US over Taiwan arms sales", ["13|11 CHN>USA"]),
    ("headline", "UN chief calls for ceasefire in Sudan", ["10|02 IGOUNO>*"]),
    ("headline", "Kuwait condemns Quran burning in Stockholm", ["111 KWT>*"]),
    ("headline", "Iran seizes oil tanker in Gulf of Oman", ["17|19|15 IRN>*"]),
    _x(("headline", "France to send more armoured vehicles to Ukraine", ["07|03 FRA>UKR mod=future|intent|asserted"]),
       "no event: \"send ... armoured vehicles\" is no trigger (send troops is); the headline \"X to V\" future is not read either"),
    # 3. passive with and without "by"
    ("passive", "Two human rights activists were arrested by police in Tunis on Tuesday.",
     ["173 TUNCOP>* date=2023-05-09", "!173 *>TUNCOP"]),
    ("passive", "A French journalist was detained in Niger last week.", ["173 *>FRA", "!173 FRA>*"]),
    ("passive", "Three Ukrainian civilians were killed by Russian shelling in Kherson.", ["18|19 RUS>UKR"]),
    ("passive", "The Swedish ambassador was expelled from Baghdad.", ["16|17 *>SWE", "!16 SWE>*", "!17 SWE>*"]),
    ("passive", "Five Pakistani soldiers were killed in an attack by militants near the Afghan border.",
     ["18|19 *>PAKMIL", "!18 PAKMIL>*", "!19 PAKMIL>*"]),
    ("passive", "The Russian opposition leader was sentenced to 19 years in prison.", ["17|173 *>RUSOPP", "!17 RUSOPP>*"]),
    ("passive", "A Somali army base was attacked by al-Shabaab fighters overnight.", ["18|19 SOMREB>SOMMIL"]),
    ("passive", "New sanctions were imposed on Belarus by the European Union.", ["163 IGOEU>BLR"]),
    ("passive", "An Israeli drone was shot down over southern Lebanon, Hezbollah said.", ["19|18|17 LBN>ISR"]),
    # (fixed in session 22, STR: an actor after "by the" is the agent of the passive)
    ("passive", "The American journalist was released by the Taliban after months in custody.", ["08 AFG>USA"]),
    ("passive", "A ceasefire agreement was signed by Armenia and Azerbaijan in Moscow.", ["057|03 ARM>AZE"]),
    # 4. reported speech
    ("speech", "A Ukrainian military spokesman said Russian forces shelled a power plant in Kharkiv.",
     ["say UKR", "19 RUS>*"]),
    ("speech", "The Egyptian foreign minister told reporters that Cairo rejects any displacement of Palestinians.",
     ["say EGY", "12 EGY>*"]),
    ("speech", "Lebanon's interior minister added that security forces had arrested a cell in Tripoli.",
     ["say LBN", "173 LBN>*"]),
    ("speech", "According to the Syrian Observatory, Turkish drones struck a village near Qamishli.", ["19 TUR>*"]),
    ("speech", "\"We will not allow any attack on our territory,\" the Venezuelan president said.", ["say VEN"]),
    ("speech", "\"Iran is arming the Houthis,\" the Bahraini foreign minister told a news conference.", ["say BHR"]),
    ("speech", "The Nigerian army announced that it had killed a senior Boko Haram commander.", ["18|19 NGAMIL>NGAREB"]),
    ("speech", "A US official said China had deployed warships near Taiwan.", ["say USA", "15 CHN>*"]),
    ("speech", "Canada's prime minister stated that Ottawa would expel the Indian diplomats involved.",
     ["say CAN", "16|17|13 CAN>IND mod=future|asserted"]),
    ("speech", "Gaza's health ministry said Israeli air strikes killed twelve people overnight.", ["19|18 ISR>*"]),
    ("speech", "The Qatari foreign minister said Doha would continue its mediation between Hamas and Israel.", ["say QAT"]),
    # 5. conjoined actors
    ("conj", "Greek and Turkish foreign ministers met in Athens on Monday.", ["04 GRC>TUR", "04 TUR>GRC"]),
    ("conj", "Britain and Canada condemned China over its treatment of Uyghurs.", ["111|11 GBR>CHN", "111|11 CAN>CHN"]),
    ("conj", "The United States urged Serbia and Kosovo to reduce tensions.", ["10|02 USA>SRB", "10|02 USA>XKX"]),
    ("conj", "Talks between Ethiopia and Egypt over the Nile dam ended without agreement.", ["04 ETH>EGY", "04 EGY>ETH"]),
    ("conj", "Clashes broke out between Indian and Chinese troops on the border.", ["19 IND>CHN", "19 CHN>IND"]),
    ("conj", "Egypt and Sudan signed a joint defence agreement.", ["057 EGY>SDN", "057 SDN>EGY"]),
    ("conj", "South Korea and Japan accused North Korea of violating UN resolutions.", ["112 KOR>PRK", "112 JPN>PRK"]),
    ("conj", "China sent medical aid to Italy and Spain.", ["07 CHN>ITA", "07 CHN>ESP"]),
    ("conj", "Washington imposed sanctions on Russia and Iran.", ["163 USA>RUS", "163 USA>IRN"]),
    ("conj", "US and British warplanes struck Houthi positions in Yemen.", ["19 USA>YEM", "19 GBR>YEM"]),
    ("conj", "Morocco and Nigeria agreed to build a gas pipeline.", ["03|057|06 MAR>NGA", "03|057|06 NGA>MAR"]),
    ("conj", "The German foreign minister condemned the attacks on ships and met her Egyptian counterpart in Berlin.",
     ["11 DEU>*", "04 DEU>EGY"]),
    # 6. negation
    _x(("neg", "The Japanese prime minister did not meet the Chinese president during the summit.",
     ["04 JPN>CHN neg", "!04 JPN>*"]),
       "coded as a refusal to meet (125 JPNGOV -> CHNGOV, asserted), defensible; the table asked for a negated 04"),
    ("neg", "The Israeli government will not recognise a Palestinian state.", ["!05 ISR>*", "!03 ISR>*"]),
    ("neg", "The Nigerian army denied that its jets had bombed a market in Borno.", ["19 NGA>* neg", "!19 NGA>*"]),
    ("neg", "China's foreign ministry denied that Beijing had sent weapons to Russia.", ["07 CHN>RUS neg", "!07 CHN>*"]),
    ("neg", "Russia has never attacked civilian targets, the Kremlin spokesman said.", ["!19 RUS>*", "!18 RUS>*"]),
    ("neg", "Libyan authorities refused to release the detained foreign workers.", ["!08 LBY>*"]),
    ("neg", "Russia did not withdraw its troops from the Ukrainian border.", ["!08 RUS>*"]),
    ("neg", "The Jordanian foreign minister said Amman had not recalled its ambassador from Israel.", ["!16 JOR>*"]),
    ("neg", "Mali no longer cooperates with the French army.", ["!06 MLI>*", "!03 MLI>*"]),
    ("neg", "The Indian government has not condemned the attack on the mosque.", ["111 IND>* neg", "!111 IND>*"]),
    _x(("neg", "The Turkish army did not deny that it shelled positions in northern Syria.", ["19 TUR>*"]),
       "the pronoun subject \"it\" of the that-clause after a negated denial is not resolved to the matrix subject (194 with no source)"),
    # 7. modality
    # (amended after the first run: by recode_en.tsv an intended punitive act is a threat, 130 with intent)
    ("modality", "Germany plans to restrict arms exports to Saudi Arabia.", ["13|16|17 DEU>SAU mod=intent", "!16 DEU>*"]),
    ("modality", "The Brazilian president intends to visit China next month.", ["036|042 BRA>CHN mod=intent|future",
                                                                              "!042 BRA>CHN"]),
    ("modality", "The African Union is seeking to mediate between Ethiopia and Eritrea.",
     ["03|04 IGOAFRAFU>* mod=intent|asserted"]),
    ("modality", "Britain will impose new sanctions on Iran.", ["13|16 GBR>IRN mod=future|asserted", "!163 GBR>*"]),
    ("modality", "The Saudi foreign minister is set to visit Tehran next week.", ["036|042 SAU>IRN mod=future|intent|asserted",
                                                                              "!042 SAU>IRN"]),
    ("modality", "If Israel attacks its nuclear facilities, Iran will respond forcefully.", ["!19 ISR>*", "!18 ISR>*"]),
    ("modality", "The Cuban president threatened to retaliate if Washington imposes new sanctions.",
     ["13 CUB>USA", "!163 USA>*"]),
    ("modality", "The Arab League demanded that Israel withdraw from the occupied territories.",
     ["10 IGO>ISR", "!08 ISR>*"]),
    ("modality", "China called on the United States to stop selling weapons to Taiwan.", ["02|10 CHN>USA", "!07 USA>*"]),
    ("modality", "Egypt seeks to host peace talks between the Sudanese parties.", ["03|04 EGY>* mod=intent|asserted",
                                                                               "!04 EGY>*"]),
    ("modality", "Pyongyang threatened to fire ballistic missiles unless the joint drills are halted.", ["13 PRK>*"]),
    ("modality", "Poland may close its border with Belarus in case of further provocations.", ["!16 POL>*", "!17 POL>*"]),
    # 8. historical background vs current
    ("history", "US forces had withdrawn from Afghanistan in 2021.", ["08 USA>AFG date=2021"]),
    ("history", "The Turkish president visited the United Arab Emirates in February.", ["042 TUR>ARE date=2023-02"]),
    ("history", "In 2015, Iran and world powers signed the nuclear deal.", ["057 IRN>* date=2015 hist"]),
    ("history", "Tensions have been high since the United States killed Iranian general Qassem Soleimani in 2020.",
     ["18|19|20 USA>IRN date=2020 hist"]),
    ("history", "Israeli jets bombed Beirut airport on Tuesday, as they did during the 2006 war.",
     ["19 ISR>LBN date=2023-05-09 nohist"]),
    ("history", "Iraqi security forces arrested dozens of protesters in Basra on Tuesday.",
     ["173 IRQ>* date=2023-05-09 nohist"]),
    ("history", "Russia annexed Crimea in 2014.", ["19|20|17 RUS>UKR date=2014 hist"]),
    ("history", "Morocco cut ties with Iran in 2018.", ["16 MAR>IRN date=2018 hist"]),
    ("history", "Last year, Washington imposed sanctions on the Russian company.", ["163 USA>RUS date=2022 hist"]),
    ("history", "Niger expelled the French ambassador on Tuesday, after it had cancelled military agreements with Paris.",
     ["16|17 NER>FRA date=2023-05-09 nohist"]),
    ("history", "Saudi Arabia has imposed a blockade on Qatar since 2017.", ["19|16|17 SAU>QAT mod=*"]),
]


@pytest.mark.parametrize("group,text,exps", ROWS)
def test_structure_en(group, text, exps):
    check(text, exps, PUB)


# ----------------------------------------------------------------------------- the rules of this session, with guards
def _ev(doc, code, **kw):
    return [e for e in doc.events if e.cameo.startswith(code) and all(getattr(e, k) == v for k, v in kw.items())]


def test_set_to_and_poised_to_before_the_act_are_future():
    doc = full("The Omani foreign minister is set to visit Baghdad on Sunday.", published_at=PUB)
    assert _ev(doc, "036", modality="future") and not _ev(doc, "042"), dump(doc)
    doc = full("Kazakhstan is poised to sign an energy deal with Uzbekistan.", published_at=PUB)
    assert _ev(doc, "03", modality="future") and not _ev(doc, "057"), dump(doc)
    # guard: "set" before something else than "to" + the act is no future ("set out", a participle)
    doc = full("The Omani foreign minister set off for Baghdad and visited the Iraqi capital on Sunday.", published_at=PUB)
    assert not [e for e in doc.events if e.modality == "future"], dump(doc)


def test_last_year_in_the_sentence_is_background():
    doc = full("Last year, Ottawa expelled two Chinese diplomats.", published_at=PUB)
    assert [e for e in doc.events if e.cameo.startswith("16") and e.historical and e.date == "2022"], dump(doc)
    # guard: a January story's "last year" is recent news (the BACK_DAYS bound), and "last month" is never background
    doc = full("Last year, Ottawa expelled two Chinese diplomats.", published_at="2023-01-20")
    assert [e for e in doc.events if e.cameo.startswith("16") and not e.historical], dump(doc)
    doc = full("Last month, Ottawa expelled two Chinese diplomats.", published_at=PUB)
    assert [e for e in doc.events if e.cameo.startswith("16") and not e.historical], dump(doc)
    # guard: a year told in an earlier sentence does not make the next sentence's act background
    doc = full("Trade between the two countries fell last year. Ottawa expelled two Chinese diplomats on Monday.",
               published_at=PUB)
    assert [e for e in doc.events if e.cameo.startswith("16") and not e.historical], dump(doc)

