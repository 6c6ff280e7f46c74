"""Session 51 (helper precen51): English extras, our own sentences.

1. Verb rows read on words of another sense (``noun_compound_en.tsv``, session 51 block): "respect the right to
   peaceful assembly", "tax advice", "vote buying", "free legal help", "a state sponsor of terrorism", "a restraining
   order", "fighting spirit", "pressing financial needs", "emissions targets", "a distress signal", "a ritual
   offering", "gambling concessions", "state benefits", "unnecessary journeys", "caught fire", "Fine Gael", "back
   pay", "were back on the streets", "the detention centre", "remains in detention", "concern over proposed limits", "jailed
   opposition figure", "Pride parade".  The acts of those words stay (guards).
2. A definite act noun opening a clause inside its sentence, before a verb that describes the happening or tells
   what befell it (``retold.drop_told_subjects_en``, kinds ``subject_clause_en`` / ``subject_state_en``): "Police
   said the rallies were peaceful", "a spokesman said that the talks had been held …", "as the parade began" after
   the story told the rally, the talks, the parade.  With no earlier telling, or a plan ("the talks will resume"),
   it stays (guards).
"""
import pytest

from test_gapen34_s34 import _dump, _with

_DAY = "2025-09-14"


# ----------------------------------------------------------------------------- 1 verb rows on other senses
@pytest.mark.parametrize("text, word", [
    ("SOFIA, Sept 14 (Marsad) - The envoy urged the Bulgarian police to respect the right to peaceful assembly.",
     "respect"),
    ("LIMA, Sept 14 (Marsad) - The bishops asked the interim cabinet to respect the rule of law.", "respect"),
    ("OSLO, Sept 14 (Marsad) - The minister resigned after admitting she had ignored specialist tax advice.", "tax"),
    ("DHAKA, Sept 14 (Marsad) - Observers said the count had been marred by widespread vote buying.", "buying"),
    ("WARSAW, Sept 14 (Marsad) - A lawyers' group said it would offer free legal help to the detained strikers.",
     "free"),
    ("ROME, Sept 14 (Marsad) - The senator wants Italy to list Belarus as a state sponsor of terrorism.", "sponsor"),
    ("DENVER, Sept 14 (Marsad) - A federal judge granted the city a temporary restraining order on Monday.",
     "restraining"),
    ("SEOUL, Sept 14 (Marsad) - The general praised the sailors for their \"heroic fighting spirit\".", "fighting"),
    ("KYIV, Sept 14 (Marsad) - The donors pledged to meet the country's pressing financial needs next year.",
     "pressing"),
    ("BERLIN, Sept 14 (Marsad) - The ministers agreed to publish new emissions targets before the autumn.",
     "targets"),
    ("ANKARA, Sept 14 (Marsad) - Officials said the pilot had sent no distress signal before the crash.", "signal"),
    ("TOKYO, Sept 14 (Marsad) - The premier sent a ritual offering to the shrine instead of visiting it.",
     "offering"),
    ("MANILA, Sept 14 (Marsad) - The senator owns a firm that holds several gambling concessions.", "concessions"),
    ("PRAGUE, Sept 14 (Marsad) - The party wants state benefits cut for people who refuse work.", "benefits"),
    ("ACCRA, Sept 14 (Marsad) - The embassy urged its citizens to avoid unnecessary journeys to the north.",
     "journeys"),
    ("RIGA, Sept 14 (Marsad) - The ministry said two Russian bombers had caught fire at an airbase near Pskov.", "fire"),
    ("Murphy won the presidential vote on Friday. During the campaign, Fine Gael had attacked Murphy over remarks on "
     "pensions.", "Fine"),
    ("WASHINGTON, Sept 14 (Marsad) - The bill guarantees back pay to federal workers sent home in the shutdown.",
     "back"),
    ("NAIROBI, Sept 14 (Marsad) - Buses were back on the streets on Monday after the strike ended.", "back"),
    ("THE HAGUE, Sept 14 (Marsad) - Supporters gathered outside the court's detention centre.", "detention"),
    ("BAMAKO, Sept 14 (Marsad) - The former minister remains in detention, his lawyer said.", "detention"),
    ("LISBON, Sept 14 (Marsad) - The ministers voiced concern over proposed limits on the size of the navy.", "proposed"),
    ("MINSK, Sept 14 (Marsad) - Belarus freed jailed opposition figure Ihar Barysau on Thursday.", "jailed"),
    ("BOGOTA, Sept 14 (Marsad) - The army flew 12 jailed rebel commanders to the capital.", "jailed"),
    ("BUCHAREST, Sept 14 (Marsad) - Thousands joined the annual Pride parade despite the heat.", "parade"),
    ("MADRID, Sept 14 (Marsad) - The king and the visiting president inspect the guard of honour in Madrid.",
     "inspect"),
    ("MADRID, Sept 14 (Marsad) - The ceremony included the largest guard of honour assembled for a visit.",
     "assembled"),
    ("YEREVAN, Sept 14 (Marsad) - The plan includes a rail link connecting Armenia with Georgia.", "connecting"),
    ("TOKYO, Sept 14 (Marsad) - The new partner filled the gap left when the smaller party quit the coalition.",
     "filled"),
    ("THE HAGUE, Sept 14 (Marsad) - The premier said he was tendering the resignation of his cabinet to the king.",
     "tendering"),
    ("OSLO, Sept 14 (Marsad) - She said she was accepting the prize in his honour.", "honour"),
    ("NEW YORK, Sept 14 (Marsad) - The governor threatened to send the city only the minimum of federal funds.",
     "funds"),
    ("BRUSSELS, Sept 14 (Marsad) - The leaders asked the Commission to present funding options for Kyiv.",
     "funding"),
    ("NEW DELHI, Sept 14 (Marsad) - Washington raised tariffs on Indian goods over Russian oil purchases.",
     "purchases"),
    ("BANGKOK, Sept 14 (Marsad) - Cambodia has asked the International Court of Justice to rule on "
     "two contested areas near the frontier.", "contested"),
    ("KYIV, Sept 14 (Marsad) - The vote condemned the annexation of four partly occupied regions of Ukraine.",
     "occupied"),
    ("ISTANBUL, Sept 14 (Marsad) - The two sides agreed to swap all severely wounded prisoners.", "wounded"),
])
def test_verb_rows_read_on_words_of_another_sense(text, word):
    got, evs = _with(text, word, _DAY)
    assert not got, _dump(evs)


@pytest.mark.parametrize("text, word", [
    ("SOFIA, Sept 14 (Marsad) - The opposition urged the government to back the reform bill.", "back"),
    ("MINSK, Sept 14 (Marsad) - Belarus jailed three opposition activists on Thursday.", "jailed"),
    ("SEOUL, Sept 14 (Marsad) - Soldiers opened fire on the protesters outside the ministry.", "opened fire"),
    ("KYIV, Sept 14 (Marsad) - Poland has proposed talks with Ukraine on the grain dispute.", "proposed"),
])
def test_the_acts_of_those_words_stay(text, word):
    got, evs = _with(text, word, _DAY)
    assert got, _dump(evs)


# ----------------------------------------------------------------------------- 2 a told act as a clause's subject
_RALLY = ("BRATISLAVA, March 8 (Marsad) - Thousands of people rallied in Bratislava on Saturday against the "
          "government's plans to leave the EU. ")


@pytest.mark.parametrize("text, word, told", [
    (_RALLY + "Police said the rallies were peaceful.", "rallies", 0),
    ("BRATISLAVA, March 8 (Marsad) - Opposition leaders met the president on Friday. A spokesman said on Saturday "
     "that the talks had been held in a calm atmosphere.", "talks", 0),
    ("BEIJING, Sept 3 (Marsad) - China held a vast military parade in Beijing on Wednesday to mark the end of the "
     "war. In Tokyo, as the parade began, Japan's prime minister criticised the three leaders.", "parade", 1),
])
def test_a_told_act_as_a_clause_subject_is_no_new_event(text, word, told):
    _, evs = _with(text, word, "2025-03-08")
    assert len([e for e in evs if e.trigger == word]) == told, _dump(evs)   # (told: the first telling's copies)


@pytest.mark.parametrize("text, word", [
    ("BRATISLAVA, March 8 (Marsad) - Police said the rallies were peaceful.", "rallies"),
    ("BRATISLAVA, March 8 (Marsad) - Opposition leaders met the president on Friday. A spokesman said on Saturday "
     "that the talks will resume next week.", "talks"),
])
def test_a_first_telling_or_a_plan_stays(text, word):
    got, evs = _with(text, word, "2025-03-08")
    assert got, _dump(evs)
