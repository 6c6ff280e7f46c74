"""Session 19, COVEN: English trigger coverage audit by CAMEO root (own wire sentences, 8-11 a root).

Each row is a short English news sentence of our own in wire style (past, present perfect, future, "plans to",
passives, nominals, phrasal verbs, headline present tense, titles with country adjectives, organisations as
subjects), the expected code (a root or a full code: the coded event's code starts with it), and the expected
source and target codes (None = not checked).  A row passes when one asserted (not negated) event has them all.
Rows marked xfail (strict) are the misses left, each with its cause (marsad/data/coding/README.md, "Session 19,
COVEN").  The guards are sentences whose verb is no political act, and near misses of the session's new rows: no
event whose code starts with one of the listed prefixes.  The last two tables check that a near miss keeps its old
reading and that each new row codes its act with its source.
"""
from __future__ import annotations

import pytest

from events_helpers import full, show

PUB = "2026-05-10"


def _x(reason: str):
    return pytest.mark.xfail(strict=True, reason=reason)


CASES = [
    # ---- 01
    ('NAIROBI, May 9 - The Kenyan government declined to comment on the report on Tuesday.', '011', 'KENGOV', None),
    pytest.param("TOKYO, May 9 - Japan's prime minister said on Tuesday he was optimistic about the talks with China.",
                 '013', 'JPNGOV', None,
                 marks=_x("an adjective predicate ('was optimistic') is no trigger; only 'expressed / voiced "
                          "optimism' is")),
    ('ISLAMABAD, May 9 - The Pakistani army acknowledged responsibility for the deaths of two civilians.',
     '015', 'PAKMIL', None),
    ('MOSCOW, May 9 - Russia denied any involvement in the cyber attack on German ministries.', '016', 'RUS', None),
    ('PARIS, May 9 - France expressed condolences to Turkey after the deadly earthquake.', '018', 'FRA', 'TUR'),
    ("RABAT, May 9 - Morocco's king offered his condolences to the Algerian people after the floods.",
     '018', 'MARGOV', 'DZACVL'),
    pytest.param('NEW DELHI, May 9 - The Indian government is considering new curbs on rice exports, officials said.',
                 '014', 'INDGOV', None,
                 marks=_x("'considering' (014) has no row; 'curbs' is coded 130")),
    ("CAIRO, May 9 - Egypt's president voiced pessimism about the prospects of the Gaza ceasefire talks.",
     '012', 'EGYGOV', None),
    # ---- 02 (call on: the stage codes it as a demand, 10)
    ("KYIV, May 9 - Ukraine's president called on Western allies to send more air defence systems.",
     '10', 'UKRGOV', None),
    ('NEW YORK, May 9 - The UN secretary-general urged Israel and Hamas to agree to a ceasefire.',
     '02', 'IGOUNO', 'ISR'),
    pytest.param('BEIRUT, May 9 - Lebanon appealed to the international community for urgent humanitarian aid.',
                 '023', 'LBN', None,
                 marks=_x("'for' five words after 'appealed': the English preposition window is 3 words (020)")),
    ('BRUSSELS, May 9 - The European Union called for the release of detained journalists in Belarus.',
     '0253', 'IGOEUREEC', 'BLRMED'),
    ("NAIROBI, May 9 - Kenya's president appealed for calm after the disputed election.", '02', 'KENGOV', None),
    # (the target was RUSMIL before session 19 ENX2: "military" before "assistance" is an adjective, no actor)
    ("BAMAKO, May 9 - Mali's military government requested military assistance from Russia.", '023', 'MLIMIL', None),
    ('CAIRO, May 9 - The Arab League urged Syria to hold talks with the opposition.', '02', 'IGOARBAGL', 'SYR'),
    ("KHARTOUM, May 9 - Sudan's army chief asked Egypt to mediate with the rival paramilitary force.",
     '02', 'SDNMIL', 'EGY'),
    # ---- 03
    ('BEIJING, May 9 - China pledged to deepen economic cooperation with Brazil.', '03', 'CHN', 'BRA'),
    ('TOKYO, May 9 - Japan promised to provide 200 million dollars in aid to the Philippines.', '03', 'JPN', 'PHL'),
    ('ANKARA, May 9 - Turkey offered to mediate between Russia and Ukraine.', '03', 'TUR', None),
    ('NEW DELHI, May 9 - India agreed to hold talks with Pakistan next month.', '03', 'IND', 'PAK'),
    ('BERLIN, May 9 - Germany will provide Ukraine with more tanks, the defence minister said.', '03', 'DEU', 'UKR'),
    ("RIYADH, May 9 - Saudi Arabia vowed to support Yemen's government.", '03', 'SAU', 'YEMGOV'),
    ("TEHRAN, May 9 - Iran's foreign minister said Tehran was ready to resume nuclear talks with the United States.",
     '036', 'IRNGOV', 'USA'),
    ('DOHA, May 9 - Qatar plans to host a new round of talks between the Afghan factions.', '03', 'QAT', None),
    # ---- 04
    ("CAIRO, May 9 - Egypt's president hosted his Jordanian counterpart in Cairo on Monday.",
     '043', 'EGYGOV', 'JORGOV'),
    ('DOHA, May 9 - The Emir of Qatar received the Turkish foreign minister in Doha.', '043', 'QATGOV', 'TURGOV'),
    pytest.param('MOSCOW, May 9 - Chinese and Russian leaders held talks in Moscow on Tuesday.',
                 '04', 'CHNGOV', 'RUSGOV',
                 marks=_x("a bare 'leaders' is no GOV title (rebel / community / business leaders)")),
    ('ALGIERS, May 9 - The French president visited Algeria on Sunday.', '042', 'FRAGOV', 'DZA'),
    ("BAGHDAD, May 9 - Iraq's prime minister met the Iranian foreign minister in Baghdad.", '040', 'IRQGOV', 'IRNGOV'),
    ("NEW DELHI, May 9 - India's foreign minister spoke by phone with his Saudi counterpart.",
     '04', 'INDGOV', 'SAUGOV'),
    ("JEDDAH, May 9 - Sudan's army and the paramilitary forces held a second round of negotiations in Jeddah.",
     '046', 'SDNMIL', None),
    ("ADDIS ABABA, May 9 - Kenya's president arrived in Addis Ababa for talks with Ethiopia's prime minister.",
     '04', 'KENGOV', 'ETHGOV'),
    ('MEXICO CITY, May 9 - Mexico hosts US delegation for migration talks', '043', 'MEX', 'USA'),
    ("OSLO, May 9 - Norway mediated between Colombia's government and the rebels.", '045', 'NOR', None),
    # ---- 05
    ("WASHINGTON, May 9 - The US secretary of state praised Egypt's role in the negotiations.", '051', 'USAGOV', 'EGY'),
    ('ADDIS ABABA, May 9 - The African Union hailed the peace deal between Ethiopia and Tigrayan forces.',
     '051', 'IGOAFRAFU', None),
    ('MADRID, May 9 - Spain recognised the State of Palestine on Tuesday.', '054', 'ESP', 'PSEGOV'),
    ("TOKYO, May 9 - Japan's prime minister apologised to South Korea for wartime forced labour.",
     '055', 'JPNGOV', 'KOR'),
    ('RABAT, May 9 - Morocco and Israel signed a defence cooperation agreement.', '057', 'MAR', 'ISR'),
    ("MOSCOW, May 9 - Russia's foreign minister defended China's policy on Taiwan.", '05', 'RUSGOV', 'CHN'),
    ('ISLAMABAD, May 9 - Pakistan commended Saudi Arabia for its support during the floods.', '051', 'PAK', 'SAU'),
    ("ACCRA, May 9 - Ghana's president congratulated Nigeria's new president on his election.",
     '051', 'GHAGOV', 'NGAGOV'),
    ("PARIS, May 9 - France lauded Senegal's peaceful transfer of power.", '051', 'FRA', 'SEN'),
    ('LONDON, May 9 - Britain welcomed the release of the hostages.', '051', 'GBR', None),
    # ---- 06
    ('NEW DELHI, May 9 - Indian and French navies held joint exercises in the Arabian Sea.', '062', 'IND', 'FRA'),
    ('CAIRO, May 9 - Egypt and Sudan conducted joint military drills near the border.', '062', 'EGY', 'SDN'),
    ('AMMAN, May 9 - Jordan extradited a murder suspect to Iraq on Monday.', '063', 'JOR', 'IRQ'),
    ('TEHRAN, May 9 - Iran and Russia carried out joint naval exercises in the Gulf of Oman.', '062', 'IRN', 'RUS'),
    pytest.param('RIYADH, May 9 - Saudi Arabia handed over a wanted militant to Egypt.', '063', 'SAU', 'EGY',
                 marks=_x("'hand over' is 084 (return); a suspect handed to a state is 063")),
    ('BEIJING, May 9 - China and Pakistan expanded trade ties on Tuesday.', '061', 'CHN', 'PAK'),
    ('BOGOTA, May 9 - Colombia and Ecuador stepped up security cooperation along their border.', '06', 'COL', 'ECU'),
    ('ANKARA, May 9 - Turkish and Iraqi intelligence services shared information on the militants.',
     '064', 'TURSPY', 'IRQSPY'),
    # ---- 07
    ('BRUSSELS, May 9 - The European Union delivered humanitarian aid to Gaza.', '073', 'IGOEUREEC', 'PSE'),
    ('BERLIN, May 9 - Germany granted asylum to the Russian journalist.', '075', 'DEU', 'RUSMED'),
    ('WASHINGTON, May 9 - The World Bank provided a 500 million dollar loan to Egypt.', '071', 'IGOUNOWBK', 'EGY'),
    ("RIYADH, May 9 - Saudi Arabia donated 100 million dollars to Sudan's relief effort.", '07', 'SAU', 'SDN'),
    ('LONDON, May 9 - Britain supplied Ukraine with long-range missiles.', '072', 'GBR', 'UKR'),
    ('NEW YORK, May 9 - The United Nations deployed more peacekeepers to South Sudan.', '074', 'IGOUNO', 'SSD'),
    ('DOHA, May 9 - Qatar airlifted food and medicine to Afghanistan.', '073', 'QAT', 'AFG'),
    ('ANKARA, May 9 - Turkey sent rescue teams to Syria after the earthquake.', '073', 'TUR', 'SYR'),
    ('TOKYO, May 9 - Japan gave Sri Lanka an emergency loan worth 100 million dollars.', '071', 'JPN', 'LKA'),
    # ---- 08
    ('JERUSALEM, May 9 - Israel released 30 Palestinian prisoners on Friday.', '084', 'ISR', 'PSE'),
    ("WASHINGTON, May 9 - The United States eased sanctions on Venezuela's oil sector.", '085', 'USA', 'VEN'),
    ('MOSCOW, May 9 - Russia withdrew its troops from the border with Ukraine.', '087', 'RUS', None),
    ('PARIS, May 9 - France pulled its troops out of Niger.', '087', 'FRA', 'NER'),
    pytest.param('TEHRAN, May 9 - Iran freed a British-Iranian aid worker on Wednesday.', '084', 'IRN', 'GBR',
                 marks=_x('a dual national is coded by the first country of the compound adjective (IRNDEV)')),
    ('KABUL, May 9 - The Taliban released two American prisoners.', '084', 'AFGREB', 'USA'),
    ('ABUJA, May 9 - The Nigerian government lifted the curfew in the capital.', '08', 'NGAGOV', None),
    ('BRUSSELS, May 9 - The European Union lifted its sanctions on Belarusian potash.', '085', 'IGOEUREEC', 'BLR'),
    ('CAIRO, May 9 - Egypt reopened the Rafah border crossing with Gaza.', '08', 'EGY', None),
    # ---- 09
    ('GENEVA, May 9 - The United Nations launched an investigation into the killing of aid workers in Sudan.',
     '09', 'IGOUNO', None),
    ('THE HAGUE, May 9 - The International Criminal Court opened a probe into alleged war crimes in Myanmar.',
     '09', 'IGOJUD', None),
    ('MEXICO CITY, May 9 - Mexican police are investigating the death of a journalist.', '09', 'MEXCOP', None),
    ('ISTANBUL, May 9 - Turkish prosecutors opened an investigation into the bombing.', '09', 'TURJUD', None),
    ('NAIROBI, May 9 - Kenya ordered an inquiry into police shootings of protesters.', '09', 'KEN', None),
    ('GENEVA, May 9 - The UN Human Rights Council set up an inquiry into abuses in Iran.', '09', 'IGOUNO', 'IRN'),
    # ---- 10
    ('DHAKA, May 9 - The opposition demanded the resignation of the prime minister.', '10', 'BGDOPP', None),
    ('BELGRADE, May 9 - Protesters in Belgrade demanded early elections.', '10', 'SRBCVL', None),
    ('TEHRAN, May 9 - Iran demanded that Britain release the seized tanker.', '10', 'IRN', 'GBR'),
    ('BEIJING, May 9 - China demanded that Japan stop interfering in its internal affairs.', '10', 'CHN', 'JPN'),
    ('MOSCOW, May 9 - Russia insisted that Ukraine withdraw its troops from the region.', '10', 'RUS', 'UKR'),
    pytest.param("ANKARA, May 9 - Turkey's president gave Sweden an ultimatum to extradite the suspects.",
                 '13', 'TURGOV', 'SWE',
                 marks=_x("ditransitive 'gave X an ultimatum': the indirect object is taken as the source")),
    # ---- 11
    ('TEHRAN, May 9 - Iran summons UK envoy over sanctions', '114', 'IRN', 'GBRGOV'),
    ("BEIJING, May 9 - China's foreign ministry criticised the US decision to sell arms to Taiwan.",
     '111', 'CHNGOV', 'USA'),
    ('MOSCOW, May 9 - Russia accused Ukraine of shelling the nuclear plant.', '112', 'RUS', 'UKR'),
    ('ANKARA, May 9 - Turkey condemned the burning of a Koran in Stockholm.', '111', 'TUR', None),
    ("CARACAS, May 9 - Venezuela's president slammed the US sanctions as illegal.", '111', 'VENGOV', 'USA'),
    ("RAMALLAH, May 9 - The Palestinian Authority denounced Israel's decision to build new settlements.",
     '111', 'PSEGOV', 'ISR'),
    ('LONDON, May 9 - Human rights groups sued the British government over the deportations.', '115', None, 'GBRGOV'),
    ('ISLAMABAD, May 9 - Pakistan lodged a formal protest with Afghanistan over the border firing.',
     '11', 'PAK', 'AFG'),
    ("BEIJING, May 9 - Beijing blasted Washington's remarks on Hong Kong.", '111', 'CHNGOV', 'USAGOV'),
    ('BELGRADE, May 9 - Serbia blamed Kosovo for the violence in the north.', '112', 'SRB', 'XKX'),
    ('CAIRO, May 9 - A court in Cairo convicted three journalists of spreading false news.', '116', 'EGYJUD', 'EGYMED'),
    # ---- 12
    ('JERUSALEM, May 9 - Israel rejected the ceasefire proposal of Egypt.', '12', 'ISR', 'EGY'),
    ('NEW YORK, May 9 - Russia vetoed a UN Security Council resolution on Syria.', '129', 'RUS', None),
    ('SEOUL, May 9 - North Korea refused to resume talks with South Korea.', '12', 'PRK', 'KOR'),
    ("KHARTOUM, May 9 - Sudan's army turned down an invitation to the peace talks in Geneva.", '12', 'SDNMIL', None),
    ('MOSCOW, May 9 - The Kremlin ruled out negotiations with Kyiv.', '125', 'RUSGOV', 'UKRGOV'),
    ('TEHRAN, May 9 - Iran rebuffed the European offer on its nuclear programme.', '12', 'IRN', 'EUR'),
    ("ADDIS ABABA, May 9 - Ethiopia rejected Egypt's demands over the dam.", '12', 'ETH', 'EGY'),
    ("GAZA, May 9 - Hamas dismissed Israel's accusations as baseless.", '12', 'PSEREB', 'ISR'),
    # ---- 13
    ('SEOUL, May 9 - North Korea threatened to launch more missiles.', '13', 'PRK', None),
    ('ANKARA, May 9 - Turkey warned Sweden that it would block its NATO bid.', '13', 'TUR', 'SWE'),
    ('WASHINGTON, May 9 - The United States threatened Iran with new sanctions.', '13', 'USA', 'IRN'),
    ("JERUSALEM, May 9 - Israel's defence minister threatened to destroy Hezbollah.", '13', 'ISRGOV', 'LBNREB'),
    pytest.param('MOSCOW, May 9 - Russia warned the West against sending troops to Ukraine.', '13', 'RUS', 'WST',
                 marks=_x("the target is the country of the gerund's clause (UKRMIL), not 'the West'")),
    ('TEHRAN, May 9 - Iran vowed revenge for the killing of its general.', '13', 'IRN', None),
    ('ANKARA, May 9 - Ankara threatened military action against Kurdish fighters in Syria.', '13', 'TURGOV', None),
    # ---- 14
    ('TEL AVIV, May 9 - Thousands of people rallied in Tel Aviv against the judicial overhaul.', '141', 'ISRCVL', None),
    ('NAIROBI, May 9 - Doctors in Kenya went on strike over unpaid salaries.', '143', 'KENHLH', None),
    ('AMMAN, May 9 - Students staged a sit-in outside the education ministry in Amman.', '14', 'JOREDU', 'JORGOV'),
    ('PARIS, May 9 - French farmers marched on parliament in Paris.', '141', 'FRAAGR', 'FRALEG'),
    ('BEIRUT, May 9 - Protesters blocked roads in Beirut on Monday.', '144', 'LBNCVL', None),
    ('BELGRADE, May 9 - Tens of thousands of Serbians took to the streets on Saturday.', '14', 'SRB', None),
    ('DHAKA, May 9 - Opposition supporters demonstrated in Dhaka against the government.', '14', 'BGDOPP', 'BGDGOV'),
    pytest.param('JERUSALEM, May 9 - Hundreds of Palestinian prisoners went on hunger strike in Israeli jails.',
                 '14', 'PSE', 'ISR',
                 marks=_x("the place of the protest ('in Israeli jails') gives no target")),
    ('ROTTERDAM, May 9 - Dutch port workers staged a walkout over pay.', '143', 'NLDLAB', None),
    # ---- 15
    ('TEHRAN, May 9 - Iran put its armed forces on high alert.', '15', 'IRN', None),
    ('MOSCOW, May 9 - Russia mobilised 300,000 reservists.', '15', 'RUS', None),
    ('BAKU, May 9 - Azerbaijan massed troops on the border with Armenia.', '15', 'AZE', 'ARM'),
    ('TAIPEI, May 9 - China deployed warships near Taiwan on Sunday.', '15', 'CHN', 'TWN'),
    ('SEOUL, May 9 - North Korea placed its troops on alert.', '15', 'PRK', None),
    ('JERUSALEM, May 9 - The Israeli army called up thousands of reservists.', '15', 'ISRMIL', None),
    ('CAIRO, May 9 - Egypt reinforced its troops along the border with Gaza.', '15', 'EGY', None),
    ('ISLAMABAD, May 9 - Pakistan beefed up security at the border with Afghanistan.', '15', 'PAK', None),
    # ---- 16
    ('MANAMA, May 9 - Bahrain cut ties with Iran.', '16', 'BHR', 'IRN'),
    ('ALGIERS, May 9 - Algeria recalled its ambassador to France.', '16', 'DZA', 'FRA'),
    ('KYIV, May 9 - Ukraine expelled a Russian diplomat.', '16', 'UKR', 'RUSGOV'),
    ('RABAT, May 9 - Morocco downgraded diplomatic relations with Germany.', '16', 'MAR', 'DEU'),
    ("ADDIS ABABA, May 9 - The African Union suspended Niger's membership.", '16', 'IGOAFRAFU', 'NER'),
    ('WASHINGTON, May 9 - The United States imposed sanctions on Iranian oil companies.', '163', 'USA', 'IRN'),
    ('MOSCOW, May 9 - Russia halted gas supplies to Poland.', '16', 'RUS', 'POL'),   # fixed: halt supplies 162 (s26 B17EN)
    pytest.param('BRUSSELS, May 9 - The European Union froze the assets of Russian oligarchs.', '16', 'IGOEU', 'RUS',
                 marks=_x("'oligarchs' is no actor")),
    ('OTTAWA, May 9 - Canada severed diplomatic relations with Iran.', '16', 'CAN', 'IRN'),
    ('WASHINGTON, May 9 - The World Bank suspended new lending to Uganda.', '16', 'IGOUNOWBK', 'UGA'),
    # ---- 17
    ('ISTANBUL, May 9 - Turkish police arrested dozens of opposition activists.', '17', 'TURCOP', 'TUROPP'),
    ('LONDON, May 9 - Iranian forces seized a British oil tanker in the Gulf.', '171', 'IRNMIL', 'GBRBUS'),
    ('RAMALLAH, May 9 - Israeli forces demolished Palestinian homes in the West Bank.', '17', 'ISRMIL', 'PSE'),
    ('CAIRO, May 9 - The journalist was arrested by Egyptian security forces in Cairo.', '173', 'EGYCOP', 'EGYMED'),
    ('NAIROBI, May 9 - Kenyan police cracked down on protesters in Nairobi.', '17', 'KENCOP', None),
    ('ISLAMABAD, May 9 - Pakistan deported hundreds of Afghan migrants.', '174', 'PAK', 'AFGCVL'),
    ('ANKARA, May 9 - Turkey detained a Swedish journalist.', '17', 'TUR', 'SWEMED'),
    ('NAIROBI, May 9 - Police used tear gas to disperse demonstrators in Nairobi.', '17', 'KENCOP', None),
    ("YANGON, May 9 - Myanmar's junta imposed a curfew in Yangon.", '17', 'MMRMIL', None),
    pytest.param('RAMALLAH, May 9 - Israeli forces raided the offices of a Palestinian broadcaster in Ramallah.',
                 '17', 'ISRMIL', 'PSE',
                 marks=_x('a raid by forces is 190 (police_raid_en makes 17 only for police)')),
    # ---- 18
    # (gunmen killing villagers: the stage codes 190, the article gold accepts 18 or 19)
    ('BAMAKO, May 9 - Gunmen killed five villagers in northern Mali.', '190', 'MLIUAF', 'MLI'),
    ('BEIRUT, May 9 - Israel assassinated a Hamas commander in Beirut.', '18', 'ISR', 'PSEREB'),
    ('KHARTOUM, May 9 - Armed men kidnapped three aid workers in Sudan.', '18', None, None),
    ('KABUL, May 9 - A suicide bomber killed 20 people at a mosque in Kabul.', '18', None, 'AFG'),
    ('BAGHDAD, May 9 - A car bomb exploded near a police station in Baghdad.', '18', None, 'IRQCOP'),
    ('LAGOS, May 9 - Militants abducted a foreign engineer in the Niger Delta.', '18', None, None),
    ('LIMA, May 9 - Masked men beat a journalist in Lima.', '18', None, 'PERMED'),
    ('TEGUCIGALPA, May 9 - Unknown gunmen shot dead a politician in Honduras.', '190', 'HNDUAF', 'HND'),
    ('KABUL, May 9 - The suicide bombing killed 15 soldiers near the airport.', '18', None, 'AFGMIL'),
    # ---- 19
    ('BEIRUT, May 9 - Israeli artillery shelled villages in southern Lebanon.', '19', 'ISRMIL', 'LBN'),
    ('KHARTOUM, May 9 - Sudanese troops clashed with the Rapid Support Forces in Khartoum.', '19', 'SDNMIL', None),
    ('ANKARA, May 9 - Turkish jets carried out air strikes on Kurdish militants in Iraq.', '19', 'TURMIL', None),
    pytest.param('SANAA, May 9 - The Saudi-led coalition bombed Houthi positions near Sanaa.', '19', 'SAU', 'YEMREB',
                 marks=_x("'bombed' is 183 unless an aircraft cue is near; a coalition's bombing is 195")),
    ('ISLAMABAD, May 9 - Pakistani forces fought Taliban fighters near the border.', '19', 'PAKMIL', 'AFGREB'),
    ('KYIV, May 9 - Russia launched a massive missile attack on Kyiv overnight.', '19', 'RUS', 'UKRGOV'),
    pytest.param('MOSCOW, May 9 - Ukrainian forces launched a drone attack on a Russian air base.',
                 '19', 'UKRMIL', 'RUSMIL',
                 marks=_x("the target is RUS (the base's adjective), not RUSMIL")),
    ('BAKU, May 9 - Azerbaijan launched a military offensive in Nagorno-Karabakh.', '19', 'AZE', None),
    ('KHARTOUM, May 9 - Paramilitary forces besieged the city of El Fasher.', '19', None, None),
    pytest.param('KYIV, May 9 - Russian forces captured the town of Avdiivka.', '19', 'RUSMIL', 'UKR',
                 marks=_x('the town is no actor: no target')),
    # ---- 20
    ('OUAGADOUGOU, May 9 - Militants massacred dozens of villagers in Burkina Faso.', '20', None, 'BFA'),
    ("YANGON, May 9 - Myanmar's army carried out a massacre in a village in Sagaing.", '20', 'MMRMIL', None),
    ('DAMASCUS, May 9 - Syrian government forces used chemical weapons against the rebels.', '20', 'SYRMIL', 'SYRREB'),
    ("THE HAGUE, May 9 - Myanmar's soldiers committed genocide against the Rohingya, the court heard.",
     '20', 'MMRMIL', None),
    ('KHARTOUM, May 9 - The paramilitary forces slaughtered 40 villagers in Darfur.', '20', None, 'SDN'),
    ('SANAA, May 9 - Houthi rebels carried out ethnic cleansing in the province, rights groups said.',
     '20', 'YEMREB', None),
]



# second batch: tenses, voices, headlines, nominals (the same roots)
CASES_FORMS = [
    ("ANKARA, May 9 - Turkey's foreign ministry refused to comment on the reports.", '011', 'TURGOV', None),
    ('KABUL, May 9 - The Taliban claimed responsibility for the attack on the checkpoint.', '01', 'AFGREB', None),
    ("BERLIN, May 9 - Germany's chancellor expressed optimism that a deal could be reached.", '013', 'DEUGOV', None),
    ('GENEVA, May 9 - The Red Cross appealed for access to detainees in Ethiopia.', '02', 'NGOHLHIRC', 'ETH'),
    ("AMMAN, May 9 - Jordan's king urged world leaders to act on Gaza.", '02', 'JORGOV', None),
    pytest.param('SEOUL, May 9 - South Korea plans to send a delegation to Pyongyang next month.', '03', 'KOR', 'PRK',
                 marks=_x("'send' has no row with a delegation object (a visit, 042, or an intent to meet, 036)")),
    ('RIYADH, May 9 - Saudi Arabia has promised to invest 10 billion dollars in Pakistan.', '03', 'SAU', 'PAK'),
    ("TUNIS, May 9 - Tunisia's president receives Algerian prime minister", '043', 'TUNGOV', 'DZAGOV'),
    ("ROME, May 9 - Italy's prime minister will visit Libya next week.", '03', 'ITAGOV', 'LBY'),
    ('ANKARA, May 9 - Erdogan holds talks with Putin in Sochi', '04', 'TURGOV', 'RUSGOV'),
    ("BRASILIA, May 9 - Brazil's president praised China's peace plan for Ukraine.", '051', 'BRAGOV', 'CHN'),
    ('LONDON, May 9 - Britain has welcomed the ceasefire agreement between Armenia and Azerbaijan.',
     '051', 'GBR', None),
    ('WASHINGTON, May 9 - The US and the Philippines held joint military exercises in the South China Sea.',
     '062', 'USA', 'PHL'),
    ('WASHINGTON, May 9 - The Pentagon will send more Patriot missiles to Israel.', '03', 'USAMIL', 'ISR'),
    pytest.param('CAIRO, May 9 - Aid convoys from Egypt entered Gaza on Sunday.', '07', 'EGY', None,
                 marks=_x("the country after 'from' is taken as the aid's target")),
    ('BEIJING, May 9 - China lifted its ban on Japanese seafood imports.', '08', 'CHN', 'JPN'),
    ('MINSK, May 9 - A jailed Belarusian opposition leader was freed on Friday.', '084', None, 'BLROPP'),
    ('KABUL, May 9 - US troops pulled out of Afghanistan in August 2021.', '087', 'USAMIL', 'AFG'),
    ('WASHINGTON, May 9 - The FBI is investigating the leak of classified documents.', '09', 'USACOP', None),
    ('LONDON, May 9 - British police launched an inquiry into the attack on the Iranian journalist.',
     '09', 'GBRCOP', None),
    ('PARIS, May 9 - French prosecutors have opened an investigation into the death of a teenager.',
     '09', 'FRAJUD', None),
    ('KYIV, May 9 - Ukraine demands Russia withdraw from nuclear plant', '10', 'UKR', 'RUS'),
    ('PARIS, May 9 - France called for an immediate ceasefire in Sudan.', '0256', 'FRA', 'SDN'),
    ("KINSHASA, May 9 - Congo's government demanded the withdrawal of Rwandan troops.", '10', 'CODGOV', None),
    ('MOSCOW, May 9 - Russia has accused the United States of meddling in its elections.', '112', 'RUS', 'USA'),
    ('BEIJING, May 9 - China slams US over Taiwan arms sale', '111', 'CHN', 'USA'),
    ('BERLIN, May 9 - Germany summoned the Iranian ambassador over the execution of a German citizen.',
     '114', 'DEU', 'IRNGOV'),
    ('NEW DELHI, May 9 - India strongly condemned the attack on its embassy in Kabul.', '111', 'IND', None),
    ('CAIRO, May 9 - Egypt rejects Israeli plan to control the Gaza border', '12', 'EGY', 'ISR'),
    ('TEHRAN, May 9 - Iran has refused to hand over the suspects to Argentina.', '12', 'IRN', 'ARG'),
    ('PYONGYANG, May 9 - North Korea warns of nuclear response to US drills', '13', 'PRK', None),
    ('BEIJING, May 9 - China threatened to retaliate against Japan over the seafood ban.', '13', 'CHN', 'JPN'),
    ('PARIS, May 9 - French unions will strike on Thursday against the pension reform.', '13', 'FRALAB', None),
    ('NAIROBI, May 9 - Thousands protest against tax hikes in Kenya', '141', 'KENCVL', None),
    ('ISLAMABAD, May 9 - Supporters of the former prime minister staged protests across Pakistan.',
     '141', 'PAKCVL', None),
    pytest.param('TAIPEI, May 9 - China sends warplanes near Taiwan', '15', 'CHN', 'TWN',
                 marks=_x("'send' + warplanes has no row (072 'send jets' is military aid to a side)")),
    pytest.param('MOSCOW, May 9 - Russia has deployed additional troops to its border with Finland.',
                 '15', 'RUS', 'FIN',
                 marks=_x("the troops' MIL is given to the border's country (FINMIL)")),
    ("NIAMEY, May 9 - Niger's junta expelled the French ambassador.", '16', 'NERMIL', 'FRAGOV'),
    ('WASHINGTON, May 9 - The US will impose new sanctions on Russia, the White House said.', '13', 'USA', 'RUS'),
    ('BRUSSELS, May 9 - The EU imposes sanctions on Iranian drone makers', '163', 'IGOEUREEC', None),
    ('WELLINGTON, May 9 - New Zealand suspended its aid to Fiji after the coup.', '16', 'NZL', 'FJI'),
    ('TEHRAN, May 9 - Iranian authorities have executed a man convicted over the protests.', '17', 'IRNGOV', None),
    ('MOSCOW, May 9 - A Russian court sentenced an opposition activist to 25 years in prison.',
     '17', 'RUSJUD', 'RUSOPP'),
    ('HONG KONG, May 9 - Hong Kong police arrest pro-democracy activists', '17', 'HKGCOP', 'HKGOPP'),
    ('MOGADISHU, May 9 - Al Shabaab militants kidnapped two Kenyan teachers.', '18', 'SOMREB', 'KENEDU'),
    ('KABUL, May 9 - A suicide bombing at a mosque in Kabul killed 20 people.', '18', None, None),
    ('PESHAWAR, May 9 - A police officer was shot dead by gunmen in Peshawar.', '190', 'PAKUAF', 'PAKCOP'),
    pytest.param('GAZA, May 9 - Israeli air strikes killed 30 people in Gaza overnight.', '19', 'ISRMIL', 'PSE',
                 marks=_x("the killing verb carries the event (190) and the strikes' adjective gives ISR, not ISRMIL")),
    ('KYIV, May 9 - Russian forces shelled the city of Kherson on Tuesday.', '19', 'RUSMIL', 'UKR'),
    ('KHARTOUM, May 9 - Heavy clashes erupted between the army and paramilitary forces.', '19', 'SDNMIL', None),
    ("GENEVA, May 9 - UN investigators accused Myanmar's military of genocide against the Rohingya.",
     '112', 'IGOUNO', 'MMRMIL'),
    ('KHARTOUM, May 9 - The massacre of civilians in El Geneina was carried out by the paramilitary forces.',
     '20', None, None),
]


@pytest.mark.parametrize("text, code, src, tgt", CASES + CASES_FORMS)
def test_coverage_by_root(text, code, src, tgt):
    doc = full(text, published_at=PUB)
    assert any(e.cameo.startswith(code) and not e.negated and (src is None or e.source_code == src)
               and (tgt is None or e.target_code == tgt) for e in doc.events), show(doc)


GUARDS = [
    pytest.param('LONDON, May 9 - The board met to discuss profits on Tuesday.', ('04',)),   # fixed: board_meeting.py (s21 OTH)
    pytest.param('MANCHESTER, May 9 - The striker attacked the goal in the second half.', ('18', '19'),
                 marks=_x("'striker' and 'goal' are no sports cues (workers on strike; goals of policy)")),
    ('NEW YORK, May 9 - Oil prices hit a record high on Monday.', ('18', '19')),
    ('MIAMI, May 9 - The storm killed three people in Florida.', ('18', '19', '20')),
    ('TOKYO, May 9 - The company released its quarterly results on Friday.', ('08',)),
    ('LONDON, May 9 - The Bank of England cut interest rates on Thursday.', ('16',)),
    pytest.param('NEW YORK, May 9 - Shares rallied on Wall Street on Friday.', ('14',),
                 marks=_x('market subjects are dropped for assaults only (market_war), not for 141')),
    ('MADRID, May 9 - Real Madrid captured the title with two games to spare.', ('17', '19')),
    pytest.param('LOS ANGELES, May 9 - The fire destroyed three homes in the hills.', ('17', '18', '19'),
                 marks=_x("'fire' is no hazard (gunfire, rocket fire): hazards.tsv")),
    ('PARIS, May 9 - The museum hosted an exhibition of Islamic art.', ('04',)),
    # near misses of the session's new rows (no new code; the old reading, where there is one, is tested below)
    ("ROME, May 9 - Italy's interior minister offered to resign on Tuesday.", ("01",)),
    ("JERUSALEM, May 9 - The Israeli army dismissed the officer after the incident.", ("12",)),
    ("CAIRO, May 9 - Egyptian engineers reinforced the old bridge over the Nile.", ("15",)),
    ("DUBAI, May 9 - The retailer reinforced its presence in the Gulf market.", ("15",)),
    ("LONDON, May 9 - The singer took to social media to deny the report.", ("14",)),
    ("LONDON, May 9 - The company executed the plan in March.", ("170",)),        # a plan carried out
    ("CAIRO, May 9 - Police executed a search warrant at the house.", ("170",)),   # a warrant served
    ("MOSCOW, May 9 - Russia claimed that Ukraine shelled the plant.", ("015",)),  # a claim, no responsibility
]


@pytest.mark.parametrize("text, roots", GUARDS)
def test_no_political_act(text, roots):
    doc = full(text, published_at=PUB)
    assert not [e for e in doc.events if e.cameo.startswith(roots)], show(doc)


# near misses of the session's new rows: the old reading stays, the new code does not fire
@pytest.mark.parametrize("text, kept, not_code", [
    ("PARIS, May 9 - France expressed concern over the violence in Haiti.", ("110", "FRA"), "018"),
    ("TEHRAN, May 9 - Iran declined to join the talks in Vienna.", ("120", "IRN"), "011"),
    ("MADRID, May 9 - Spain deployed troops to the border with Morocco.", ("154", "ESP"), "074"),
    ("SANAA, May 9 - Houthi rebels said they were committed to the truce.", ("030", "YEMREB"), "20"),
    ("DOHA, May 9 - Qatar hosted Iranian officials at the book festival.", ("043", "QAT"), "15"),
    ("BOGOTA, May 9 - Colombian police stepped up security around the presidential palace.", ("153", "COLCOP"), "06"),
    ("MOGADISHU, May 9 - Al Shabaab militants stepped up attacks on Somali troops.", ("190", "SOMREB"), "153"),
])
def test_near_miss_keeps_the_old_reading(text, kept, not_code):
    doc = full(text, published_at=PUB)
    assert any(e.cameo == kept[0] and e.source_code == kept[1] for e in doc.events), show(doc)
    assert not [e for e in doc.events if e.cameo.startswith(not_code)], show(doc)



@pytest.mark.parametrize("text, code, src", [
    ("TEHRAN, May 9 - Iran executed two protesters on Tuesday.", "170", "IRN"),
    ("RIYADH, May 9 - Saudi Arabia executed 81 people in one day.", "170", "SAU"),
    ("KABUL, May 9 - The Taliban claimed responsibility for the attack on the checkpoint.", "015", "AFGREB"),
    ("ANKARA, May 9 - Turkey's foreign ministry refused to comment on the reports.", "011", "TURGOV"),
    ("KHARTOUM, May 9 - Sudan appealed for international aid for the displaced.", "023", "SDN"),
    ("TRIPOLI, May 9 - Libya asked for help from its neighbours after the floods.", "023", "LBY"),
    ("KABUL, May 9 - The Taliban government has sought international assistance after the earthquake.", "023",
     "AFGREB"),
    # guards: a bare appeal, a request of another act, a captured person stay as before
    ("NAIROBI, May 9 - Kenya appealed for calm.", "020", "KEN"),
    ("KIGALI, May 9 - Rwanda requested the extradition of the suspect from Belgium.", "020", "RWA"),
    ("KABUL, May 9 - The Taliban captured two American soldiers.", "171", "AFGREB"),
])
def test_new_rows_and_their_guards(text, code, src):
    doc = full(text, published_at=PUB)
    assert any(e.cameo == code and e.source_code == src for e in doc.events), show(doc)

