# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the review set of three session-41 rules that had no fresh review
(``grounding_rv42old.jsonl``, review rv42old of session 42), cases written by the reviewer in
new words, at the edges of

- ``actors``: an event's actor read back through a pronoun (gac41b): a relative sharing the
  page subject's surname, a surname after a word that opens its sentence ("Later Dene"), a kin
  noun's apposed description ("Her husband, the painter X,") and one that describes someone
  else ("the widow of X");
- ``speakers``: a source's name line under the headline that is no byline, against a writer's
  line whose outlet or desk ends in no press word ("The Guardian", "Political Editor"); a town
  the outlet's name holds; "the company said" read back to a business named as a sentence's
  subject, against a public body or a business named only after it (gsp41b, gsp41c);
- ``counts``: a measure in the unit a count names after its comma ("tower height, metres";
  gcn41b), against a measure of another thing in that unit ("120m from the road", "can hit
  70 km/h" for a limit), and "rose by 14 to 61", "let 300 people go", "as few as ... as many
  as" (gcn41c).

Run ``python tests/data/make_rv42old_cases.py`` to rebuild it. Each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv42old.jsonl")

built = SupportCases(
    "rv42old",
    leads=[
        "By Fiona Marsh | The Cornish Packet",
        "AUSTIN (Lone Star Wire) -",
        "REGIONS DESK | The Humber Record",
        "Metro desk, The Tidewater Sentinel.",
    ],
)
ACTORS, SPEAKERS, COUNTS = "actors", "speakers", "counts"
PUBLISHED = "2026-05-06"
EXACT, MORE, LEAST, UPTO = "exact", "more_than", "at_least", "up_to"


def actor(expect: bool, text: str, sentence: str, who: str, description: str, why: str) -> None:
    """An event told as ``description`` whose one actor is ``who``, backed by ``sentence``."""
    assert sentence in text, sentence
    event = {"kind": "other", "description": description, "actors": [who], "evidence": [sentence]}
    built.add(ACTORS, expect, why, text, {"events": [event]}, "events[0].actors[0]")


def pair(text: str, sentence: str, right: str, wrong: str, description: str, why: str) -> None:
    """The right actor passes, the wrong one fails, on one page."""
    actor(True, text, sentence, right, description, why)
    actor(False, text, sentence, wrong, description, why)


# --- actors ---------------------------------------------------------------------------------

DENE = "Walter Dene, boatbuilder, dies at 86\n\nObituaries | The Falmouth Packet\n\nWalter Dene, who ran a boatyard on the Fal for 40 years, has died at 86.\n\nHe learned the trade under Jack Rowe in Penryn. Later Dene bought the yard from Rowe's widow. He built his first racing yacht there in 1971.\n"
pair(DENE, "He built his first racing yacht there in 1971.", "Walter Dene", "Jack Rowe",
     "built his first racing yacht", "'He' after 'Later Dene bought the yard': Dene, the sentence subject before")  # fmt: skip
FARR = "Obituary: Irene Farr, 1939-2026\n\nThe Lincoln Echo\n\nIrene Farr, the first woman to chair Lincoln's chamber of commerce, has died at 87.\n\nIn 1968 Farr opened a hardware shop on Steep Hill. Her brother Colin Farr joined her in 1975, and he ran the shop's second branch in Boston until 1999.\n\nShe was made an MBE in 2004.\n"
pair(FARR, "She was made an MBE in 2004.", "Irene Farr", "Colin Farr",
     "was made an MBE", "'She' is Irene Farr; her brother Colin is a man")  # fmt: skip
pair(FARR, "In 1968 Farr opened a hardware shop on Steep Hill.", "Irene Farr", "Colin Farr",
     "opened a hardware shop", "'Farr' alone before the brother is named: Irene, the page's subject")  # fmt: skip
OKORO = "Nkem Okoro, restaurateur, dies at 74\n\nFood | The Peckham Chronicle\n\nNkem Okoro, whose Peckham restaurant fed south London for three decades, has died at 74.\n\nHer husband, the chef Daniel Mensah, cooked at the restaurant until 2010. She opened a second dining room in Brixton in 2012.\n"
pair(OKORO, "She opened a second dining room in Brixton in 2012.", "Nkem Okoro", "Daniel Mensah",
     "opened a second dining room", "'She' after the husband's apposed name: Nkem Okoro")  # fmt: skip
pair(OKORO, "Her husband, the chef Daniel Mensah, cooked at the restaurant until 2010.", "Daniel Mensah", "Nkem Okoro",
     "cooked at the restaurant", "the husband is Daniel Mensah, apposed")  # fmt: skip
HALE = "Bernard Hale, printer, dies at 90\n\nThe Wolverhampton Express\n\nBernard Hale, who founded Hale Print in a Wolverhampton garage, has died at 90.\n\nHis daughter, the widow of Peter Cross, ran the firm from 1995. Cross had been its sales director. He had joined Hale Print from a Walsall rival in 1970.\n"
pair(HALE, "He had joined Hale Print from a Walsall rival in 1970.", "Peter Cross", "Bernard Hale",
     "joined Hale Print from a rival", "'He' after 'Cross had been its sales director': Peter Cross, whom 'the widow of' does not make a woman")  # fmt: skip
QUAYLE = "Rosalind Quayle, the Manx poet, dies at 95\n\nArts | The Isle of Man Examiner\n\nRosalind Quayle, whose poems were set for Manx schools, has died at 95.\n\nShe taught in Douglas for 20 years. Her son, the composer Evan Quayle, set six of her poems to music. He played them at the Tynwald in 2019.\n"
pair(QUAYLE, "He played them at the Tynwald in 2019.", "Evan Quayle", "Rosalind Quayle",
     "played the songs at Tynwald", "'He' after the son apposed as 'the composer Evan Quayle'")  # fmt: skip
pair(QUAYLE, "She taught in Douglas for 20 years.", "Rosalind Quayle", "Evan Quayle",
     "taught in Douglas", "'She' is the poet, before her son is named")  # fmt: skip
BRANDT = "Max Brandt to step down at Brandt Foods\n\nBUSINESS | The Ohio Valley Ledger\n\nMax Brandt, 71, will step down as chairman of Brandt Foods in June, the company said on Tuesday.\n\nThen Brandt hired his nephew Karl Brandt as finance chief in 2015. He doubled the firm's sales over the next decade, the company said.\n"
pair(BRANDT, "He doubled the firm's sales over the next decade, the company said.", "Max Brandt", "Karl Brandt",
     "doubled the firm's sales", "ambiguous at best for the nephew: 'He' after 'Then Brandt hired his nephew' is the hiring subject, Max")  # fmt: skip
LOWE = "Police name man who saved two swimmers\n\nThe Tidewater Sentinel\n\nDarnell Lowe, 34, a lifeguard from Norfolk, pulled two swimmers from a rip current at Ocean View on Sunday, police said.\n\nHis wife, the nurse Tanya Lowe, gave first aid on the sand. She kept one man breathing until paramedics arrived.\n"
pair(LOWE, "She kept one man breathing until paramedics arrived.", "Tanya Lowe", "Darnell Lowe",
     "kept a swimmer breathing", "'She' is the wife, apposed as 'the nurse Tanya Lowe'")  # fmt: skip
pair(LOWE, "Darnell Lowe, 34, a lifeguard from Norfolk, pulled two swimmers from a rip current at Ocean View on Sunday, police said.", "Darnell Lowe", "Tanya Lowe",
     "pulled two swimmers from a rip current", "Darnell is named as the rescuer")  # fmt: skip
MOSS = "Councillor who saved Ashby market dies\n\nThe Leicester Mercury\n\nJune Moss, who sat on Ashby's council for 28 years, has died at 81.\n\nWhen Moss joined the council in 1979, the market was due to close. She fought the closure for three years and won.\n\nHer grandson Aaron Moss now trades from her old stall.\n"
pair(MOSS, "She fought the closure for three years and won.", "June Moss", "Aaron Moss",
     "fought the market's closure", "'She' is June Moss; the grandson is named after")  # fmt: skip
VOSS = "Harbour master retires after 30 years\n\nThe Humber Record\n\nCaptain Ray Voss retired as Grimsby's harbour master on Friday.\n\nOnly Voss and his deputy, Sian Pryce, had keys to the old signal tower. He handed his set to the port authority at a lunch on the quay.\n"
pair(VOSS, "He handed his set to the port authority at a lunch on the quay.", "Ray Voss", "Sian Pryce",
     "handed his keys to the port authority", "'He' is Ray Voss: 'Only Voss' opens the sentence, the deputy is a woman")  # fmt: skip

# --- speakers: bylines, outlets, "the company said" ------------------------------------------
byline = partial(built.article_field, SPEAKERS, "byline")
outlet = partial(built.article_field, SPEAKERS, "outlet")


def page(head: str, body: str) -> str:
    """A headline, a line under it, a blank line and the body."""
    return f"Rail fares to rise by 4.6 per cent in March\n{head}\n\n{body}"


FARES = (
    "Regulated rail fares in England will rise by 4.6 per cent in March, the government said on Wednesday.\n\n"
    'Passenger groups called the rise "a kick in the teeth" for commuters.\n'
)
byline(page("Ana Ruiz, The Guardian", FARES + "\nAna Ruiz is the Guardian's transport correspondent.\n"), ["Ana Ruiz"], [])  # fmt: skip
byline(page("Ben Tolley, Political Editor", FARES + "\nBen Tolley will answer readers' questions on the rise at noon.\n"), ["Ben Tolley"], [])  # fmt: skip
byline(page("Mira Sethi, Reuters", FARES + "\nAdditional reporting by Mira Sethi in London.\n"), ["Mira Sethi"], [])  # fmt: skip
byline(page("Owen Pryor, Transport Correspondent", FARES + "\nOwen Pryor travelled on the 7.12 from Reading to see the crowds.\n"), ["Owen Pryor"], [])  # fmt: skip
byline(page("Greg Ansell, Transport Focus", FARES + "\nGreg Ansell, who leads the watchdog Transport Focus, said the rise was \"too steep\".\n"), [], ["Greg Ansell"])  # fmt: skip
byline(page("Dame Helen Vick, Rail Delivery Group", FARES + "\nDame Helen Vick, who chairs the operators' group, said fares were still below inflation.\n"), [], ["Helen Vick"])  # fmt: skip
byline(page("Kwame Asante, RMT union", FARES + "\nThe RMT's Kwame Asante said staff wages had not kept pace.\n"), [], ["Kwame Asante"])  # fmt: skip
outlet(page("By Ana Ruiz | Severn Vale Weekly", "Commuters from Severn Vale will pay £300 more for a season ticket.\n"),
       ["Severn Vale Weekly"], ["Severn Vale"])  # fmt: skip
outlet(page("By Tom Eddy | Wolds Voice", "Buses in the Wolds will run every hour from Monday.\n"),
       ["Wolds Voice"], ["Wolds"])  # fmt: skip


def quote(paragraphs: list[str], words: str, passes: list[str], fails: list[str]) -> None:
    built.quote(SPEAKERS, built.page(*paragraphs), words, passes, fails)


quote(['Tarrant Steel will shut its Scunthorpe coke ovens next year, with the loss of 300 jobs.',
       'Union official Dean Wragg called the decision "a hammer blow".',
       '"The ovens have reached the end of their working life," the company said.'],
      'The ovens have reached the end of their working life', ['Tarrant Steel'], ['Dean Wragg'])  # fmt: skip
quote(['Kessling Media has agreed to buy the radio group Coastline for £80 million.',
       'Its chief executive, Joanna Peel, will run the enlarged business.',
       '"Local radio has a bright future," the company said.'],
      'Local radio has a bright future', ['Kessling Media'], ['Joanna Peel'])  # fmt: skip
quote(['Harcourt University has hired a catering company to run its canteens from September.',
       '"Students will pay less for a hot meal," the company said.'],
      'Students will pay less for a hot meal', [], ['Harcourt University'])  # fmt: skip
quote(['Ministers fined the train operator Westway £2 million on Thursday over cancelled services.',
       '"We accept the penalty," the company said.'],
      'We accept the penalty', ['Westway'], [])  # fmt: skip
quote(['Pellow Homes sold 2,100 houses last year, down a fifth.',
       'Shares in the housebuilder fell 6% in early trading.',
       '"Mortgage rates kept buyers away," the firm said.'],
      'Mortgage rates kept buyers away', ['Pellow Homes'], [])  # fmt: skip
quote(['The Competition and Markets Authority will look into Brennock Dairies\' takeover of a rival.',
       '"We will cooperate fully," the company said.'],
      'We will cooperate fully', ['Brennock Dairies'], ['Competition and Markets Authority'])  # fmt: skip
quote(['Arden Water was fined £4 million after sewage spilled into the Avon.',
       'The Environment Agency said the spills went on for three days.',
       '"We are deeply sorry," the company said.'],
      'We are deeply sorry', ['Arden Water'], ['Environment Agency'])  # fmt: skip

# --- counts ---------------------------------------------------------------------------------
counts = partial(built.count_cases, published=PUBLISHED)
counts(COUNTS, ["The new mast at Bodmin will stand 120m from the nearest house, the planning report said."],
       [], [("mast height, metres", 120, EXACT)])  # fmt: skip
counts(COUNTS, ["The new mast at Bodmin will stand 120m tall, the planning report said."],
       [("mast height, metres", 120, EXACT)], [])  # fmt: skip
counts(COUNTS, ["Cyclists can hit 70 km/h on the descent into the village, residents told the council."],
       [], [("speed limit, km/h", 70, EXACT)])  # fmt: skip
counts(COUNTS, ["The lorry was carrying 44 tonnes of steel when it crossed the old bridge, police said."],
       [], [("bridge weight limit, tonnes", 44, EXACT)])  # fmt: skip
counts(COUNTS, ["The tunnel, which starts 12km from the city centre, will open in May."],
       [], [("tunnel length, km", 12, EXACT)])  # fmt: skip
counts(COUNTS, ["The tunnel will run for 12km under the estuary and open in May."],
       [("tunnel length, km", 12, EXACT)], [])  # fmt: skip
counts(COUNTS, ["The whale that stranded at Kilnsea measured 18m from nose to tail."],
       [("whale length, metres", 18, EXACT)], [])  # fmt: skip
counts(COUNTS, ["Wreck divers found the trawler 60m down, two miles off Flamborough Head."],
       [("wreck depth, metres", 60, EXACT)], [("wreck distance offshore, miles", 60, EXACT)])  # fmt: skip
counts(COUNTS, ["Police said the driver reached 95 mph on the A14 before the crash."],
       [("top speed, mph", 95, EXACT)], [])  # fmt: skip
counts(COUNTS, ["The new ferry can carry 40 tonnes of freight across the Solent."],
       [("ferry cargo capacity, tonnes", 40, EXACT)], [])  # fmt: skip
counts(COUNTS, ["Flood water rose 2m above the quay, and the new wall will be 3m high."],
       [], [("flood wall height, metres", 2, EXACT)])  # fmt: skip
counts(COUNTS, ["The runway is being lengthened to 3,100 metres, with work starting 400 metres from the terminal."],
       [], [("runway extension, metres", 400, EXACT)])  # fmt: skip
counts(COUNTS, ["Harriers who finished the fell race ran 24 miles over three summits in the rain."],
       [("race distance, miles", 24, EXACT)], [])  # fmt: skip
counts(COUNTS, ["The crane's driver was 50 feet up when the wind caught the jib, the inquest heard."],
       [], [("crane jib length, feet", 50, EXACT)])  # fmt: skip
counts(COUNTS, ["Membership of the allotment society rose by 14 to 61 this spring."],
       [("society members", 61, EXACT), ("rise in society members", 14, EXACT)], [("society members", 14, EXACT)])  # fmt: skip
counts(COUNTS, ["The carpet maker let 300 people go at its Kidderminster mill last month."],
       [("jobs cut", 300, EXACT)], [])  # fmt: skip
counts(COUNTS, ["Stewards let 300 fans go home early after the floodlights failed."],
       [], [("jobs cut", 300, EXACT)])  # fmt: skip
counts(COUNTS, ["Each night the shelter takes in as few as 20 and as many as 45 rough sleepers."],
       [("rough sleepers sheltered", 45, UPTO), ("rough sleepers sheltered", 20, LEAST)],
       [("rough sleepers sheltered", 45, EXACT)])  # fmt: skip
counts(COUNTS, ["The hotel's tower, 90m high, was finished in 1974; the new wing will add 40 rooms."],
       [("tower height, metres", 90, EXACT)], [("tower length, metres", 90, EXACT)])  # fmt: skip
counts(COUNTS, ["Lorries of up to 7.5 tonnes may cross the bridge, the council said, after a 12-tonne truck damaged it."],
       [("bridge weight limit, tonnes", 7.5, UPTO)], [("bridge weight limit, tonnes", 12, EXACT)])  # fmt: skip
counts(COUNTS, ["The solar farm's cable will run 8km to the substation at Fenwick."],
       [("cable length, km", 8, EXACT)], [])  # fmt: skip
counts(COUNTS, ["The pylon stands 8km from the substation at Fenwick and is 50m tall."],
       [], [("pylon height, metres", 8, EXACT)])  # fmt: skip

# Added by the lead on merging (session 42): a bound the count names must be said by a word
# or by the number's own qualifier (figures/count_ties.bound_unsaid, read for every count since
# "..., km/h" ties a number by its unit alone), and a count of cargo or freight names whatever
# stuff a verb of carrying right before the measure carries (figures/measured_stuff).
counts(COUNTS, ["The speed limit on Mill Lane will fall to 20mph in March, the council said."],
       [("speed limit, mph", 20, EXACT)], [])  # fmt: skip
counts(COUNTS, ["Ministers capped the annual fee at £9,535 for students in England."],
       [("tuition fee cap, pounds", 9535, EXACT)], [])  # fmt: skip
counts(COUNTS, ["Drivers face a 30mph limit through Ashcombe from Monday."],
       [("speed limit, mph", 30, EXACT)], [])  # fmt: skip
counts(COUNTS, ["Boats may carry up to 12 passengers on the lake, the licence says."],
       [("passenger limit", 12, UPTO)], [])  # fmt: skip
counts(COUNTS, ["The old bus reached 60mph on the bypass, a witness said."],
       [], [("speed limit, mph", 60, EXACT)])  # fmt: skip
counts(COUNTS, ["The lift held 12 people when its cable snapped, the inquest heard."],
       [], [("lift passenger limit", 12, EXACT)])  # fmt: skip
counts(COUNTS, ["Rents in the city rose to £1,250 a month last year, the survey found."],
       [], [("rent cap, pounds", 1250, EXACT)])  # fmt: skip
counts(COUNTS, ["A coach carrying 52 pupils left the road near Keswick, police said."],
       [], [("coach passenger limit", 52, EXACT)])  # fmt: skip
counts(COUNTS, ["The barge took 300 tonnes of coal down the canal to the power station."],
       [("barge cargo, tonnes", 300, EXACT)], [])  # fmt: skip
counts(COUNTS, ["Each new lorry can carry 26 tonnes of grain, the co-operative said."],
       [("lorry payload, tonnes", 26, EXACT)], [])  # fmt: skip
counts(COUNTS, ["The ship unloaded 4,000 tonnes of timber at Hull on Friday."],
       [("freight unloaded at Hull, tonnes", 4000, EXACT)], [])  # fmt: skip
counts(COUNTS, ["The convoy delivered 80 tonnes of flour to the camp, the agency said."],
       [("aid shipment, tonnes", 80, EXACT)], [])  # fmt: skip
counts(COUNTS, ["The freighter burned 40 tonnes of fuel on the crossing."],
       [], [("freighter cargo, tonnes", 40, EXACT)])  # fmt: skip
counts(COUNTS, ["The ferry, built to carry 90 cars, spilled 2 tonnes of oil in the harbour."],
       [], [("ferry cargo, tonnes", 2, EXACT)])  # fmt: skip
counts(COUNTS, ["The crane dropped 3 tonnes of steel on the quay, the port said."],
       [], [("crane load limit, tonnes", 3, EXACT)])  # fmt: skip
counts(COUNTS, ["Fishermen dumped 5 tonnes of plastic nets at sea last year, the survey found."],
       [], [("trawler cargo, tonnes", 5, EXACT)])  # fmt: skip

counts(COUNTS, ["The regulator allowed 150 tonnes of hake to be landed as bycatch this year."],
       [("hake bycatch limit, tonnes", 150, EXACT)], [])  # fmt: skip
counts(COUNTS, ["Each boat has a quota of 40 tonnes of mackerel for the season."],
       [("mackerel catch limit per boat, tonnes", 40, EXACT)], [])  # fmt: skip
counts(COUNTS, ["The trawler landed 150 tonnes of hake at Newlyn on Friday."],
       [], [("hake bycatch limit, tonnes", 150, EXACT)])  # fmt: skip


def build_cases() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = built.cases
    return cases


if __name__ == "__main__":
    built.write(OUT)
