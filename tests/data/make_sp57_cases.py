# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 57's pronoun-credit reading (``grounding_sp57.jsonl``, false-alarm
writer sp57; :mod:`summarizer.verification.sentences.body_antecedents`), at the edges of

- ``it_credit``: a body's quote credited "it said", "it wrote", "It said" (also after a Q/A
  question) right after a sentence that names the body alone ("Israel's foreign ministry was
  scornful."), or opens with the thing the value describes ("The unsigned main opinion was
  narrower."): the body's; against a person of the same body, the person the quote is about,
  the speaker of the neighbouring quote, a body the quote names, a body the sentence before
  acts on ("The regulator fined X"), a body named two sentences back;
- ``they_credit``: a group's quote credited "they wrote/said" right after a sentence naming
  the group alone ("The Baltic foreign ministers met in Riga."): the group's; against one
  member named elsewhere, the chair, another group of the page, a body the quote names.

Run ``python tests/data/make_sp57_cases.py`` to rebuild it. Every article below was written
for this set in its own words (names made up); each verdict is what a careful fact-checker
reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_sp57.jsonl")

built = SupportCases(
    "sp57",
    leads=[
        "By Ines Varga | The Harbour Courier",
        "KELDRA (Northgate Wire) -",
        "World | The Fenland Observer",
        "From our correspondent, The Valley Post.",
    ],
)
IT = "it_credit"
THEY = "they_credit"

built.page_quote(
    IT,
    "rejects the ruling in its entirety",
    ["Velorian foreign ministry"],
    ["Judge Amara Osei", "Tomas Brel", "Velorian justice ministry"],
    "Judge Amara Osei read out the court's opinion on Tuesday, finding the blockade unlawful.",
    'The Velorian foreign ministry was dismissive. It "rejects the ruling in its entirety", it wrote, and said its envoy Tomas Brel would not attend the next hearing.',
)
built.page_quote(
    IT,
    "The strike is premature and reckless",
    ["Merida Employers Federation"],
    ["Paula Ines Soto", "Merida Transport Union", "Labour Ministry"],
    "Transport union leader Paula Ines Soto said her members would stop work for two days, and the Labour Ministry called for talks.",
    'The Merida Employers Federation was blunter. "The strike is premature and reckless," it said in a statement on Friday.',
)
built.page_quote(
    IT,
    "saved countless lives in the region",
    ["the Global Vaccine Alliance"],
    ["Rafael Dunmore", "Olga Pettersen"],
    "Q: What did President Rafael Dunmore announce?\nA: He ordered the country out of the vaccine pact, with effect from January. His health minister, Olga Pettersen, will oversee the exit.",
    'Q: How did the Global Vaccine Alliance respond?\nA: It said it regretted the move and asked Dunmore to think again, pointing to a programme that has "saved countless lives in the region".',
)
built.page_quote(
    IT,
    "We find that the levy was never lawful",
    ["the majority opinion"],
    ["Judge Hester Quayle", "Judge Ivo Marsh"],
    "Three judges joined a concurrence by Judge Hester Quayle that went further still, and Judge Ivo Marsh dissented.",
    'The unsigned majority opinion was shorter. "We find that the levy was never lawful," it says of the fuel charge.',
)
built.page_quote(
    IT,
    "The closure puts every patient at risk",
    ["Northfold Health Trust"],
    ["Dr Lena Achter", "Northfold Council", "Grace Ambler"],
    "Northfold Council voted on Wednesday to close the Ashby clinic, whose only surgeon, Dr Lena Achter, retires in May. Patient Grace Ambler led the protest outside.",
    "Northfold Health Trust objected.",
    '"The closure puts every patient at risk," it said, adding that it would seek a review.',
)
built.page_quote(
    IT,
    "Our pilots were never consulted",
    ["Skyreach Airlines"],
    ["Marco Ventin", "Civil Aviation Board", "Skyreach pilots union"],
    "The Civil Aviation Board approved the new rota rules on Monday after a year of talks chaired by Marco Ventin.",
    "Skyreach Airlines later appealed.",
    'It said: "Our pilots were never consulted."',
)
built.page_quote(
    IT,
    "The figures speak for themselves",
    ["Orvane Statistics Office"],
    ["Minister Karel Duin", "Orvane Treasury"],
    "Finance Minister Karel Duin told parliament that growth had stalled, and the Orvane Treasury cut its forecast.",
    'Orvane Statistics Office disagreed on Thursday. "The figures speak for themselves," it wrote in a note to reporters.',
)
built.page_quote(
    IT,
    "No vessel will enter the strait unescorted",
    ["the Coastal Defence Command"],
    ["Admiral Rhea Tolland", "Kestrel Shipping"],
    "Kestrel Shipping said two of its tankers had turned back overnight. Admiral Rhea Tolland was not available for comment.",
    "The Coastal Defence Command issued a warning.",
    '"No vessel will enter the strait unescorted," it said.',
)
built.page_quote(
    IT,
    "We will match every pound raised",
    ["Halvering Foundation"],
    ["Sasha Merrow", "Halvering City Council"],
    "Sasha Merrow launched the appeal for the flooded library on Saturday.",
    'The Halvering Foundation pledged support. "We will match every pound raised," it said on Monday, without naming a cap.',
)
built.page_quote(
    IT,
    "a political attack dressed up as law",
    ["the Rostan government"],
    ["Chief Prosecutor Ilse Varn", "Rostan Supreme Court"],
    "Chief Prosecutor Ilse Varn asked the Rostan Supreme Court to bar the party from the ballot.",
    'The Rostan government was scornful, calling the request "a political attack dressed up as law", and it said it would appeal.',
)
built.page_quote(
    IT,
    "There is no water to spare this summer",
    ["Tarrow Water Board"],
    ["Hugh Penner", "Tarrow Farmers Association"],
    "Tarrow Farmers Association chair Hugh Penner asked for a larger share of the reservoir.",
    'Tarrow Water Board refused. "There is no water to spare this summer," it said.',
)
# a body the sentence before acts on: "it" is the subject's
built.page_quote(
    IT,
    "We have met every deadline",
    ["Fenmark Energy Regulator"],
    ["Brightline Power"],
    'The Fenmark Energy Regulator fined Brightline Power on Monday. "We have met every deadline," it said.',
)
built.page_quote(
    IT,
    "We acted within our powers",
    ["Calder Competition Authority"],
    ["Ostrel Foods", "Mina Haddad"],
    'The Calder Competition Authority blocked the Ostrel Foods merger on Friday, overruling its own case officer, Mina Haddad. "We acted within our powers," it said.',
)
# the body named two sentences back, a person's sentence between: not read here
built.page_quote(
    IT,
    "We regret the delay",
    [],
    ["Lowmarsh Rail", "Ruth Calloway"],
    "Lowmarsh Rail cancelled its morning trains again on Tuesday.",
    'Its chief executive, Ruth Calloway, apologised to commuters. "We regret the delay," it said, though the line closed again that evening.',
)
# a body the quote's own narration names as another's speaker
built.page_quote(
    IT,
    "a farce from start to finish",
    [],
    ["Dorvan justice ministry", "Yara Kell"],
    "The Dorvan justice ministry was dismissive.",
    'It said Yara Kell had told staff the inquiry was "a farce from start to finish".',
)
# a body relayed by the one that quotes it
built.page_quote(
    IT,
    "Prices will fall by spring",
    [],
    ["Brannock Grain Board"],
    "The Brannock Grain Board published its outlook on Monday.",
    '"Prices will fall by spring," it said, citing the Merrow Farm Institute.',
)

# -- they_credit
built.page_quote(
    THEY,
    "An attack on one ally is an attack on every ally",
    ["Northern Pact leaders"],
    ["Prime Minister Oskar Vaal", "Sea Lanes Council"],
    "Prime Minister Oskar Vaal hosted the summit in Kelby.",
    'The Northern Pact leaders met for two hours. "An attack on one ally is an attack on every ally," they wrote in a joint text.',
)
built.page_quote(
    THEY,
    "No border can be changed by force",
    ["Baltic foreign ministers"],
    ["Inga Rebane", "Nordic Council"],
    "Inga Rebane chaired the session, and the Nordic Council sent an observer.",
    'The Baltic foreign ministers agreed a text. "No border can be changed by force," they said.',
)
built.page_quote(
    THEY,
    "The reservoir plan breaks the river treaty",
    ["Ostmark village councils"],
    ["Mayor Petra Lund", "Ostmark Water Company"],
    "The Ostmark Water Company presented its reservoir plan on Monday; Mayor Petra Lund said it would flood two farms.",
    'The Ostmark village councils filed an objection. "The reservoir plan breaks the river treaty," they wrote.',
)
built.page_quote(
    THEY,
    "We cannot treat patients in corridors",
    ["Harwell junior doctors"],
    ["Health Secretary Amos Veil", "Harwell Hospital Trust"],
    "Health Secretary Amos Veil offered a 3% rise, and the Harwell Hospital Trust backed him.",
    'Harwell junior doctors walked out on Wednesday. "We cannot treat patients in corridors," they said.',
)
built.page_quote(
    THEY,
    "The tariff will cost every household",
    ["Corvane retail chains"],
    ["Trade Minister Selim Arda", "Corvane Customs Office"],
    "Trade Minister Selim Arda defended the import tariff in parliament. The Corvane Customs Office will collect it from July.",
    'Corvane retail chains hit back. "The tariff will cost every household," they said in a letter.',
)
built.page_quote(
    THEY,
    "Our season is being sold off",
    ["Riverton club owners"],
    ["League chief Dana Holt", "Riverton Football League"],
    "League chief Dana Holt announced the new television deal for the Riverton Football League.",
    'Riverton club owners were angry. "Our season is being sold off," they wrote.',
)
built.page_quote(
    THEY,
    "This vote was stolen in the back room",
    ["Greenway Party lawmakers"],
    ["Speaker Odile Marchetti", "Liberty Front"],
    "Speaker Odile Marchetti declared the budget passed after the Liberty Front joined the vote.",
    'Greenway Party lawmakers walked out. "This vote was stolen in the back room," they said.',
)
built.page_quote(
    THEY,
    "We were never asked",
    ["Kelsey fishing crews"],
    ["Minister Bram Otten", "Kelsey Harbour Authority"],
    "Minister Bram Otten signed the new quota order, and the Kelsey Harbour Authority will enforce it.",
    'Kelsey fishing crews protested at the quay. "We were never asked," they said.',
)
built.page_quote(
    THEY,
    "The curriculum leaves out our history",
    ["Dunmore school governors"],
    ["Education Minister Tessa Wren", "Dunmore Teachers Union"],
    "Education Minister Tessa Wren published the new curriculum, which the Dunmore Teachers Union welcomed.",
    'Dunmore school governors objected. "The curriculum leaves out our history," they wrote.',
)
built.page_quote(
    THEY,
    "Nobody can live on these wages",
    ["Alvar port workers"],
    ["Port director Hana Sorel", "Alvar Port Authority"],
    "Port director Hana Sorel said the Alvar Port Authority could not afford more.",
    'Alvar port workers rejected the offer. "Nobody can live on these wages," they said.',
)
# "they" for a single body's name (British usage): the body's, though not read here
built.page_quote(
    THEY,
    "We were not consulted on the route",
    ["Ferris Rail Company"],
    ["Mayor Lionel Ashe"],
    "Mayor Lionel Ashe approved the route.",
    'Ferris Rail Company disagreed. "We were not consulted on the route," they said.',
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
