"""Session 51 (helper precen51): English extras, our own sentences.

1. Verb rows read on words of another sense (``noun_compound_en.tsv``, session 51 block): "respect the right to
   peaceful assembly", "tax advice", "vote buying", "free legal help", "a state sponsor of terrorism", "a restraining
   order", "fighting spirit", "pressing financial needs", "emissions targets", "a distress signal", "a ritual
   offering", "gambling concessions", "state benefits", "unnecessary journeys", "caught fire", "Fine Gael", "back
   pay", "were back on the streets", "the detention centre", "remains in detention", "concern over proposed limits", "jailed
   opposition figure", "Pride parade".  The acts of those words stay (guards).
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
