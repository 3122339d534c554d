# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 50's other acts (``grounding_cl50a.jsonl``, rule writer cl50a;
:mod:`summarizer.verification.acts.other_acts`): a name the event's sentence gives another act
than the event's, or the far side of a move, a partner of a one-sided act, a title's loser.

- ``fronted``: a sentence opened by a unit set off by a comma ("After Halden raised its bid,
  Korvik accepted", "In the case brought by Tessaly, Judge Amara Osei ordered ...", "Backed by
  Quill Capital, Brightwater bought ..."): the fronted name refused for the main clause's
  act, the main clause's subject refused for the fronted clause's act; against the subject
  after a fronted clause doing the event, a fronted name standing for the main clause's
  description ("Under the deal between A and B, the planemaker will acquire"), a pronoun's
  clause, a partner's "Together with";
- ``source``: the far side of a move ("will join Rovers from Calder Athletic", "took over the
  chair from Lena Moss", "succeeded Tomas Berg", "replaced Ida Varga") and a title's loser
  ("won the Harbour Cup after beating Selby Town"), against the event that is the far side's
  own (the leaving, the sale), the new holder, and a match's loser (scored);
- ``partner``: the "with" party of an agreement's noun or the agent of a backing participle
  for a one-sided act ("agreed a deal with Tarn Robotics to buy it", "in partnership with
  Osprey, Lumen invested", "backed by Quill Capital"), and a gapped breakdown ("A and B were
  fined ..., A £5 million and B £2 million"), against a joint act's second party (a
  signing, a settlement), a passive's "by X" for that act, and a co-buyer.

Run ``python tests/data/make_cl50a_cases.py`` to rebuild it. Each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_cl50a.jsonl")

built = SupportCases(
    "cl50a",
    leads=[
        "LISBON (Atlantic Wire) -",
        "By Tomasz Wren | The Vistula Ledger",
        "MARKETS | The Derwent Courier",
        "From our Accra desk, The Gold Coast Herald.",
        "Sport | The Severn Echo",
    ],
)
FRONTED, SOURCE, PARTNER = "fronted", "source", "partner"


def pair(category: str, sentence: str, good: str, bad: str, description: str) -> None:
    """The event's doer passes as the actor; the party of another act is refused."""
    built.actor(category, True, sentence, good, description, f"{good!r} did it")
    built.actor(category, False, sentence, bad, description, f"{bad!r} did not do it")


def passes(category: str, sentence: str, who: str, description: str, why: str) -> None:
    built.actor(category, True, sentence, who, description, why)


def fails(category: str, sentence: str, who: str, description: str, why: str) -> None:
    built.actor(category, False, sentence, who, description, why)


# fronted: a unit set off before the main clause
pair(
    FRONTED,
    "After Halden Group raised its offer to $41 a share, Korvik Mining accepted the bid on Friday.",
    "Korvik Mining",
    "Halden Group",
    "Korvik accepts the bid",
)
pair(
    FRONTED,
    "After the Central Bank of Tarvia and the Securities Board approved the deal, Meridian Bank closed its purchase of Ostra Finance on Sunday.",
    "Meridian Bank",
    "Securities Board",
    "Meridian Bank closes purchase of Ostra Finance",
)
fails(
    FRONTED,
    "After the Central Bank of Tarvia and the Securities Board approved the deal, Meridian Bank closed its purchase of Ostra Finance on Sunday.",
    "Meridian Bank",
    "approval of the deal",
    "Meridian closed the purchase; the regulators approved",
)
passes(
    FRONTED,
    "After the Central Bank of Tarvia and the Securities Board approved the deal, Meridian Bank closed its purchase of Ostra Finance on Sunday.",
    "Securities Board",
    "approval of the deal",
    "the board approved it",
)
pair(
    FRONTED,
    "In the case brought by Tessaly Games, Judge Amara Osei ordered Northstar to open its app store to rivals.",
    "Amara Osei",
    "Tessaly Games",
    "judge orders Northstar to open its store",
)
pair(
    FRONTED,
    "Once Brennan Foods dropped its rival bid, Calloway Snacks completed the takeover of Pimm's Crisps.",
    "Calloway Snacks",
    "Brennan Foods",
    "Calloway completes takeover",
)
pair(
    FRONTED,
    "When Ostrava Steel walked away from the talks, Lindqvist Metals signed the supply contract alone.",
    "Lindqvist Metals",
    "Ostrava Steel",
    "supply contract signed",
)
pair(
    FRONTED,
    "Backed by Quill Capital, Brightwater Energy bought the Saltmarsh wind farm for 300 million euros.",
    "Brightwater Energy",
    "Quill Capital",
    "Brightwater buys wind farm",
)
pair(
    FRONTED,
    "Following a complaint by Aurora Music, the Competition Authority fined Pellucid 40 million euros.",
    "Competition Authority",
    "Aurora Music",
    "authority fines Pellucid",
)
pair(
    FRONTED,
    "Before Rosalind Achebe stepped down, the board hired Marcus Lin as finance chief.",
    "Rosalind Achebe",
    "Marcus Lin",
    "Achebe steps down",
)
passes(
    FRONTED,
    "After a two-year inquiry, the Competition Authority fined Pellucid 40 million euros.",
    "Competition Authority",
    "authority fines Pellucid",
    "the subject after a fronted clause does the act",
)
passes(
    FRONTED,
    "Under the deal between Halvard Aero and Spindle Structures, the European planemaker will acquire three plants.",
    "Halvard Aero",
    "Halvard Aero acquires plants",
    "the planemaker stands for Halvard",
)
passes(
    FRONTED,
    "After Korvik Mining won the court case, it completed the takeover of Basalt Resources.",
    "Korvik Mining",
    "Korvik completes takeover of Basalt",
    "the pronoun stands for Korvik",
)
passes(
    FRONTED,
    "Together with Varden Oil, Sorrel Energy won the arbitration against Petrolux.",
    "Varden Oil",
    "arbitration won",
    "a partner of the win",
)
passes(
    FRONTED,
    "After weeks of talks, Brightwater Energy and Saltmarsh Power signed the merger agreement.",
    "Saltmarsh Power",
    "merger agreement signed",
    "a joint act's second party",
)
passes(
    FRONTED,
    "After Halden Group raised its offer to $41 a share, Korvik Mining accepted the bid on Friday.",
    "Halden Group",
    "Halden raises its offer",
    "Halden raised it",
)
passes(
    FRONTED,
    "After losing the vote, Prime Minister Ilse Brandt resigned on Tuesday.",
    "Ilse Brandt",
    "Brandt resigns",
    "the subject after a participle's fronted clause",
)
passes(
    FRONTED,
    "As Tarvia's finance minister, Jonas Pekkala signed the loan agreement with the IMF.",
    "Jonas Pekkala",
    "loan agreement signed",
    "the subject after a capacity",
)
fails(
    FRONTED,
    "After Spotify-rival Aurora Music complained about the rules, the European Commission fined Pellucid for blocking developers.",
    "Aurora Music",
    "fine on Pellucid over its rules",
    "Aurora complained earlier; the Commission fined",
)
fails(
    FRONTED,
    "SPOKESPERSON: After Aurora Music complained, the Commission fined Pellucid 500 million euros.",
    "Aurora Music",
    "Commission fines Pellucid",
    "Aurora complained; the Commission fined",
)

# source: the far side of a move, the one succeeded, a title's loser
pair(
    SOURCE,
    "Kylian Osei will join the holders from Calder Athletic this summer.",
    "Kylian Osei",
    "Calder Athletic",
    "Osei joins the holders",
)
pair(
    SOURCE,
    "Rachel Moreau took over the finance ministry from Jeremy Hale on Friday.",
    "Rachel Moreau",
    "Jeremy Hale",
    "Moreau takes over the finance ministry",
)
pair(
    SOURCE,
    "Ansel Grey succeeded Tomas Berg as chairman of the combined company.",
    "Ansel Grey",
    "Tomas Berg",
    "Grey becomes chairman",
)
pair(
    SOURCE,
    "The Italian, who took over the No. 1 ranking from Pavel Novak in June, now has two titles.",
    "The Italian",
    "Pavel Novak",
    "takes over No. 1 ranking",
)
pair(
    SOURCE,
    "Rovers won the Harbour Cup for a 15th time after beating Selby Town at the national stadium.",
    "Rovers",
    "Selby Town",
    "Rovers win the Harbour Cup title",
)
pair(
    SOURCE,
    "Lena Sato won the Coastal Open on Sunday, beating Maria Kerr in the final.",
    "Lena Sato",
    "Maria Kerr",
    "Sato wins the Coastal Open title",
)
pair(
    SOURCE,
    "The club poached striker Dario Ruiz from Westfield United for 20 million pounds.",
    "Dario Ruiz",
    "Westfield United",
    "Ruiz joins the club",
)
pair(
    SOURCE,
    "Halvard Aero inherited the Kinston plant from Spindle Structures under the split.",
    "Halvard Aero",
    "Spindle Structures",
    "Halvard takes over the Kinston plant",
)
pair(
    SOURCE,
    "Ruben Amadi replaced Erik Vos as head coach in November.",
    "Ruben Amadi",
    "Erik Vos",
    "Amadi becomes head coach",
)
pair(
    SOURCE,
    "Sir Ian Pell completed his purchase of a 27 per cent stake in the club, taking control of football operations from the Holm family.",
    "Ian Pell",
    "Holm family",
    "Pell takes control of football operations",
)
passes(
    SOURCE,
    "Dario Ruiz left Westfield United for Rovers in a 20 million pound move.",
    "Dario Ruiz",
    "Ruiz leaves Westfield",
    "the one leaving",
)
passes(
    SOURCE,
    "Westfield United sold striker Dario Ruiz to Rovers, who he will join from Westfield next month.",
    "Westfield United",
    "Westfield sells Ruiz",
    "the seller of the sale",
)
passes(
    SOURCE,
    "Jeremy Hale stepped down, and Rachel Moreau took over the ministry from him.",
    "Jeremy Hale",
    "Hale steps down",
    "the one stepping down",
)
passes(
    SOURCE,
    "Rovers beat Selby Town 2-0 in the Harbour Cup final at the national stadium.",
    "Selby Town",
    "Harbour Cup final",
    "a match's side: both play it",
)
passes(
    SOURCE,
    "Lena Sato beat Maria Kerr 6-3, 6-4 in the final on Sunday.",
    "Maria Kerr",
    "Sato v Kerr final",
    "a match's side: both play it",
)
passes(
    SOURCE,
    "The Italian, who took over the No. 1 ranking from Pavel Novak in June, now has two titles.",
    "Pavel Novak",
    "Novak loses No. 1 ranking",
    "the one who lost it",
)
passes(
    SOURCE,
    "The transfer of Dario Ruiz from Westfield United to Rovers was completed on Monday.",
    "Westfield United",
    "transfer of Ruiz completed",
    "a transfer has both clubs as parties",
)
passes(
    SOURCE,
    "Ansel Grey was succeeded by Mira Tal as chairman in May.",
    "Mira Tal",
    "Tal becomes chairman",
    "a passive's 'by X' does the act",
)
fails(
    SOURCE,
    "Rachel Moreau, who replaced Jeremy Hale at the Treasury, set out her first budget.",
    "Jeremy Hale",
    "Moreau sets out budget",
    "Hale was replaced before",
)
fails(
    SOURCE,
    "Mira Tal succeeds Ansel Grey, who retires after nine years.",
    "Ansel Grey",
    "Tal named chairman",
    "Grey is succeeded",
)

# partner: an agreement's "with", a backing's "by", a breakdown
pair(
    PARTNER,
    "Marlow Foods has agreed a deal with Tarn Snacks to buy the crisp maker for $12 billion.",
    "Marlow Foods",
    "Tarn Snacks",
    "Marlow to buy Tarn Snacks",
)
pair(
    PARTNER,
    "Lumen Industries has invested 11,500 crore rupees into the venture in partnership with Osprey Media.",
    "Lumen Industries",
    "Osprey Media",
    "Lumen invests in the venture",
)
pair(
    PARTNER,
    "The purchase was backed by Quill Capital, a longtime partner of Brightwater Energy.",
    "Brightwater Energy",
    "Quill Capital",
    "Brightwater's purchase of Saltmarsh",
)
pair(
    PARTNER,
    "Calloway Snacks bought Pimm's Crisps in a deal approved by the Food Standards Agency.",
    "Calloway Snacks",
    "Food Standards Agency",
    "Calloway buys Pimm's",
)
pair(
    PARTNER,
    "Halvard Aero will acquire three plants under an agreement with Spindle Structures signed on Monday.",
    "Halvard Aero",
    "Spindle Structures",
    "Halvard to acquire plants",
)
pair(
    PARTNER,
    "The Prudential Authority fined Northgate Bank and Elm Credit on Tuesday, Northgate Bank 5 million pounds and Elm Credit 2 million pounds.",
    "Prudential Authority",
    "Elm Credit",
    "Prudential Authority fines Northgate Bank 5 million pounds",
)
pair(
    PARTNER,
    "Pellucid and Aurora Music were fined by the Commission today, Pellucid 500 million euros and Aurora Music 200 million euros.",
    "Commission",
    "Aurora Music",
    "Commission fines Pellucid",
)
pair(
    PARTNER,
    "Sorrel Energy struck a settlement with the Justice Department and will buy Varden Networks for $14 billion.",
    "Sorrel Energy",
    "Justice Department",
    "Sorrel buys Varden Networks",
)
pair(
    PARTNER,
    "Korvik Mining will buy Basalt Resources under a pact with Halden Group, its largest shareholder.",
    "Korvik Mining",
    "Halden Group",
    "Korvik buys Basalt",
)
pair(
    PARTNER,
    "Brightwater Energy sued Quill Capital in a dispute backed by Saltmarsh Power.",
    "Brightwater Energy",
    "Saltmarsh Power",
    "Brightwater's lawsuit against Quill",
)
passes(
    PARTNER,
    "Halvard Aero signed a definitive agreement with Spindle Structures on Monday.",
    "Spindle Structures",
    "definitive agreement signed",
    "a signing's second party",
)
passes(
    PARTNER,
    "Sorrel Energy reached a settlement with the Justice Department on Friday.",
    "Justice Department",
    "settlement reached",
    "a settlement's second party",
)
passes(
    PARTNER,
    "Calloway Snacks, together with Brennan Foods, bought Pimm's Crisps for $2 billion.",
    "Brennan Foods",
    "purchase of Pimm's Crisps",
    "a co-buyer",
)
passes(
    PARTNER,
    "The talks between the union and Halvard Aero were mediated by Labour Secretary Julia Soto.",
    "Julia Soto",
    "talks mediated",
    "the mediator of a mediation",
)
passes(
    PARTNER,
    "The takeover of Pimm's Crisps was approved by the Food Standards Agency on Monday.",
    "Food Standards Agency",
    "approval of the takeover",
    "the approval's 'by X'",
)
passes(
    PARTNER,
    "Pimm's Crisps was bought by Calloway Snacks in a deal with its founders.",
    "Calloway Snacks",
    "Calloway buys Pimm's",
    "a passive's 'by X' does the act",
)
passes(
    PARTNER,
    "Lumen Industries and Osprey Media completed the merger of their Indian media businesses on Thursday.",
    "Osprey Media",
    "merger of Indian media businesses",
    "a merger's second party",
)
passes(
    PARTNER,
    "Donors pledged $10 million on Monday, Norway 5 million and Japan 3 million.",
    "Norway",
    "donor pledges",
    "a breakdown naming a donor first",
)
passes(
    PARTNER,
    "The Commission fined Pellucid and Aurora Music, Pellucid 500 million euros and Aurora Music 200 million euros.",
    "Commission",
    "Commission fines Pellucid",
    "the fining body",
)
passes(
    PARTNER,
    "Quill Capital backed the purchase of the Saltmarsh wind farm.",
    "Quill Capital",
    "Quill backs the purchase",
    "the backer of the backing",
)
fails(
    PARTNER,
    "Korvik Mining agreed terms with Basalt Resources on Friday to acquire the miner.",
    "Basalt Resources",
    "Korvik acquires Basalt",
    "Basalt is bought",
)
fails(
    PARTNER,
    "Brightwater Energy will buy the farm, in a deal funded by Quill Capital.",
    "Quill Capital",
    "Brightwater buys the farm",
    "Quill funded it",
)


def build_cases() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = built.cases
    return cases


if __name__ == "__main__":
    built.write(OUT)
