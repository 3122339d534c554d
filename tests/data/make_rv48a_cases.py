# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the review set of session 48's one-sided acts (``grounding_rv48a.jsonl``, review rv48a
of cl48a; :mod:`summarizer.verification.acts.undergoers`), cases written by the reviewer in new
words, at the edges of

- ``aspect``: the doer of an act in the progressive ("is buying", "were shelling", "has been
  investigating", "will be suing"), which is active, against the one bought, sued or
  investigated in the passive ("is being acquired", "has been investigated", "will be fined")
  or as the object of the progressive verb;
- ``own-clause``: the doer named right after the act's noun or verb as the subject of a clause
  of its own (a contact relative: "the fine the FCA imposed", "a strike Unite says will last";
  a fronted phrase: "After a two-year investigation the Competition Bureau fined"; a second
  clause joined by "and": "... and UEFA fined the club"), against the one acted on after a
  linking preposition or a past verb, whatever follows it ("the takeover of Pelican announced
  on Monday", "fined Northgate Bank based in Leeds");
- ``doer-word``: the act's word naming its doer or modifying a noun ("Chief prosecutor Tamara
  Ellis", "The acquirer Orbis", "Investigating magistrate Laure Vidal"), a bid "from" its
  bidder, a relative's antecedent an order or a report hands the act to ("which Trump ordered
  to investigate", "which Reuters reported had agreed to buy"), against the one charged, sold
  from or bought in the same shapes.

Run ``python tests/data/make_rv48a_cases.py`` to rebuild it. Each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv48a.jsonl")

built = SupportCases(
    "rv48a",
    leads=[
        "SYDNEY (Southern Cross Wire) -",
        "By Priya Nair | The Deccan Ledger",
        "BUSINESS | The Mersey Chronicle",
        "From our Toronto bureau, The Lakeshore Standard.",
        "LIVE | The Baltic Courier",
    ],
)
ASPECT, CLAUSE, DOER = "aspect", "own-clause", "doer-word"
P, F = True, False
actor = built.actor

# --- aspect: the progressive is active; the passive and the object are acted on -------------
actor(ASPECT, P, "The Securities and Exchange Commission has been investigating Vantor Telecom since 2023.", "Securities and Exchange Commission", "SEC investigating Vantor", "perfect progressive: the SEC investigates")  # fmt: skip
actor(ASPECT, P, "Russian forces were shelling the outskirts of Kharkiv on Tuesday night, the regional governor said.", "Russian forces", "Russian forces shelling Kharkiv", "past progressive", kind="attack")  # fmt: skip
actor(ASPECT, P, "Orbis Holdings is buying the remaining 40% of Pelican Software for $300 million.", "Orbis Holdings", "Orbis buying rest of Pelican", "present progressive")  # fmt: skip
actor(ASPECT, P, "Ukraine has been striking Russian oil refineries with long-range drones since January.", "Ukraine", "Ukraine striking refineries", "perfect progressive", kind="attack")  # fmt: skip
actor(ASPECT, P, "The Houthis have been attacking merchant ships in the Red Sea since November.", "Houthis", "Houthis attacking ships", "perfect progressive", kind="attack")  # fmt: skip
actor(ASPECT, P, "The European Union is sanctioning a further 19 shipping firms over Russian oil cargoes.", "European Union", "EU sanctioning shipping firms", "progressive")  # fmt: skip
actor(ASPECT, P, "Kerrow Group are acquiring the Antwerp terminal operator Scheldt Marine in a 1.4 billion euro deal.", "Kerrow Group", "Kerrow Group acquiring Scheldt Marine", "British plural verb for a company")  # fmt: skip
actor(ASPECT, P, "Israel was bombing targets in Beirut's southern suburbs when the ceasefire was announced.", "Israel", "Israel bombing Beirut suburbs", "progressive before a passive clause", kind="attack")  # fmt: skip
actor(ASPECT, P, "The Serious Fraud Office has been investigating Halden Care's accounts since 2022.", "Serious Fraud Office", "SFO investigating Halden Care", "perfect progressive, possessive object")  # fmt: skip
actor(ASPECT, P, "Ofcom is investigating BroadNet over repeated outages of its emergency call service.", "Ofcom", "Ofcom investigating BroadNet", "progressive")  # fmt: skip
actor(ASPECT, P, "Ashdown Energy is now buying both for 310 million pounds.", "Ashdown Energy", "Ashdown Energy buying wind farms", "two sentences", before="Calder Power put two wind farms in the North Sea up for sale in May.")  # fmt: skip
actor(ASPECT, P, "Kestrel Marine will be suing the port authority for breach of contract, its lawyers said.", "Kestrel Marine", "Kestrel Marine suing port authority", "future progressive")  # fmt: skip
actor(ASPECT, F, "Pelican Software is being acquired by Orbis Holdings.", "Pelican Software", "Pelican acquired by Orbis", "passive with being")  # fmt: skip
actor(ASPECT, F, "Orbis Holdings is acquiring Pelican Software for $900 million.", "Pelican Software", "Orbis acquiring Pelican", "object of the progressive")  # fmt: skip
actor(ASPECT, F, "Vantor Telecom is being investigated by the SEC over its pricing of mobile plans.", "Vantor Telecom", "SEC investigating Vantor", "passive with being")  # fmt: skip
actor(ASPECT, F, "Skyward Airlines is being sued by the consumer watchdog over cancelled flights.", "Skyward Airlines", "watchdog sued Skyward Airlines", "passive with being")  # fmt: skip
actor(ASPECT, F, "Halden Care has been investigated by the Serious Fraud Office since 2022.", "Halden Care", "SFO investigated Halden Care", "perfect passive")  # fmt: skip
actor(ASPECT, F, "Russian forces were shelling Kharkiv on Tuesday night, the regional governor said.", "Kharkiv", "Russian forces shelling Kharkiv", "object of the progressive", kind="attack")  # fmt: skip
actor(ASPECT, F, "The European Union is sanctioning Sovcomflot and 18 other shipping firms.", "Sovcomflot", "EU sanctioning Sovcomflot", "object of the progressive")  # fmt: skip
actor(ASPECT, F, "Kerrow Group are acquiring the Antwerp terminal operator Scheldt Marine in a 1.4 billion euro deal.", "Scheldt Marine", "Kerrow Group acquiring Scheldt Marine", "object after a lower-case description")  # fmt: skip
actor(ASPECT, F, "Northgate Bank will be fined again, the Financial Conduct Authority warned on Monday.", "Northgate Bank", "Northgate Bank to be fined", "future passive")  # fmt: skip
actor(ASPECT, F, "Kestrel Marine will be suing the port authority for breach of contract, its lawyers said.", "port authority", "Kestrel Marine suing port authority", "object of the future progressive")  # fmt: skip
actor(ASPECT, F, "The Houthis have been attacking the tanker Sounion in the Red Sea since Wednesday.", "Sounion", "Houthis attacking tanker", "object of the perfect progressive", kind="attack")  # fmt: skip
actor(ASPECT, F, "Pelican Software is being bought by Orbis Holdings. The deal values it at $900 million.", "Pelican Software", "Pelican being bought by Orbis", "passive, then a stand-in")  # fmt: skip

# --- own-clause: the doer as the subject after the act's noun; the object after a link -------
actor(CLAUSE, P, "Northgate Bank will appeal the 12 million pound fine the Financial Conduct Authority imposed in March.", "Financial Conduct Authority", "FCA fined Northgate Bank", "contact relative")  # fmt: skip
actor(CLAUSE, P, "Residents described the attack Hamas launched on the kibbutz at dawn.", "Hamas", "Hamas attack on kibbutz", "contact relative", kind="attack")  # fmt: skip
actor(CLAUSE, P, "Pelican staff learned of the takeover Orbis Holdings announced on Monday from the news.", "Orbis Holdings", "Orbis takeover of Pelican", "contact relative")  # fmt: skip
actor(CLAUSE, P, "More than 1,900 dockers walked out at Felixstowe on Sunday in a strike Unite says will last eight days.", "Unite", "Unite strike at Felixstowe", "a union's strike, contact relative")  # fmt: skip
actor(CLAUSE, P, "The Premier League fined Chelsea 10 million pounds and UEFA fined the club a further 8 million euros.", "UEFA", "UEFA fined Chelsea", "second clause after and")  # fmt: skip
actor(CLAUSE, P, "The SEC charged Vantor's founder in May and the Justice Department charged two of his deputies in June.", "Justice Department", "Justice Department charged deputies", "second clause after and")  # fmt: skip
actor(CLAUSE, P, "Within a year of the takeover Orbis Holdings had closed two Pelican plants.", "Orbis Holdings", "Orbis takeover of Pelican", "fronted phrase, no comma")  # fmt: skip
actor(CLAUSE, P, "After a two-year investigation the Competition Bureau fined Vantor Telecom $40 million.", "Competition Bureau", "Competition Bureau fined Vantor after investigation", "fronted phrase, no comma")  # fmt: skip
actor(CLAUSE, P, "Under the deal struck last week Alberta will receive 2 billion dollars for hospitals.", "Alberta", "Ottawa and Alberta struck health deal", "a party of a deal struck")  # fmt: skip
actor(CLAUSE, P, "The lawsuit Texas filed in March accuses Halden Care of billing for visits that never took place.", "Texas", "Texas lawsuit against Halden Care", "contact relative")  # fmt: skip
actor(CLAUSE, P, "The contract the Defence Ministry awarded in June is worth 2,000 crore rupees.", "Defence Ministry", "Defence Ministry awarded contract", "contact relative, Indian English")  # fmt: skip
actor(CLAUSE, P, "Following the probe Ofcom fined BroadNet 3 million pounds.", "Ofcom", "Ofcom fined BroadNet after probe", "fronted phrase, no comma")  # fmt: skip
actor(CLAUSE, P, "Hours after the raid Israeli police had arrested 14 people in the Old City.", "Israeli police", "Israeli police raid in Old City", "fronted phrase, no comma")  # fmt: skip
actor(CLAUSE, F, "Investors cheered the takeover of Pelican announced on Monday.", "Pelican", "Orbis takeover of Pelican", "after of, a past form following")  # fmt: skip
actor(CLAUSE, F, "Exxon's takeover of Pioneer Natural Resources closed on Friday after a regulatory review.", "Pioneer Natural Resources", "Exxon takeover of Pioneer", "after of, a past verb following")  # fmt: skip
actor(CLAUSE, F, "Regulators fined Northgate Bank based in Leeds 12 million pounds.", "Northgate Bank", "regulators fined Northgate Bank", "object of a past verb, a participle following")  # fmt: skip
actor(CLAUSE, F, "The FCA fined Northgate Bank and Calder Savings a total of 40 million pounds.", "Calder Savings", "FCA fined two lenders", "a list's second object")  # fmt: skip
actor(CLAUSE, F, "Texas sued Halden Care and its parent company Morrow Health last week.", "Morrow Health", "Texas sued Halden Care and parent", "a list's second object")  # fmt: skip
actor(CLAUSE, F, "Regulators fined Meridian Trust last year and Calder Savings this week over mis-selling.", "Calder Savings", "regulators fined Calder Savings", "second object after and, no verb of its own")  # fmt: skip
actor(CLAUSE, F, "UEFA fined Chelsea 10 million euros and barred the club from one European competition.", "Chelsea", "UEFA fined Chelsea", "object followed by a number")  # fmt: skip
actor(CLAUSE, F, "The ministry awarded Tarsus Rail and Kestrel Marine contracts worth $1 billion.", "Kestrel Marine", "ministry awarded contracts", "a list of recipients")  # fmt: skip
actor(CLAUSE, F, "In the takeover Pelican shareholders received $40 a share.", "Pelican", "Orbis takeover of Pelican", "fronted noun, the name an owner")  # fmt: skip
actor(CLAUSE, F, "After the takeover Pelican was delisted from Nasdaq.", "Pelican", "Orbis takeover of Pelican", "fronted noun, the one taken over in a clause of its own")  # fmt: skip
actor(CLAUSE, F, "The Defence Ministry handed the missile contract to Bharat Dynamics last month.", "Bharat Dynamics", "Defence Ministry handed missile contract", "after to")  # fmt: skip
actor(CLAUSE, F, "The league suspended Rovers striker Dele Ayo for six matches on Thursday.", "Dele Ayo", "league suspended Dele Ayo", "an object with a title")  # fmt: skip

# --- doer-word: an agent noun, a modifier, a bid from, a relative handed on ------------------
actor(DOER, P, "Chief prosecutor Tamara Ellis charged the former mayor with fraud on Monday.", "Tamara Ellis", "prosecutor charged former mayor", "agent noun before the doer's name")  # fmt: skip
actor(DOER, P, "The acquirer Orbis Holdings will pay $40 a share in cash.", "Orbis Holdings", "Orbis acquires Pelican", "agent noun before the doer's name")  # fmt: skip
actor(DOER, P, "Investigating magistrate Laure Vidal placed the former minister under formal investigation.", "Laure Vidal", "magistrate investigation of former minister", "an -ing modifier, French usage")  # fmt: skip
actor(DOER, P, "The investigator Paulo Ribeiro questioned three former directors of the utility.", "Paulo Ribeiro", "Paulo Ribeiro investigation of utility", "agent noun")  # fmt: skip
actor(DOER, P, "The prosecutors Aisha Bello and Tom Reyes charged the two men with fraud.", "Aisha Bello", "prosecutors charged two men", "plural agent noun, a list of doers")  # fmt: skip
actor(DOER, P, "Pelican Software has received a takeover bid from Orbis Holdings worth $900 million.", "Orbis Holdings", "Orbis takeover bid for Pelican", "bid from the bidder")  # fmt: skip
actor(DOER, P, "Kellan Foods rejected an unsolicited acquisition proposal from Brightwater on Tuesday.", "Brightwater", "Brightwater acquisition proposal for Kellan", "proposal from the bidder")  # fmt: skip
actor(DOER, P, "Calder Power is weighing a purchase offer from the Norvel pension fund for its two wind farms.", "Norvel", "Norvel purchase offer for wind farms", "offer from the bidder")  # fmt: skip
actor(DOER, P, "The Justice Department, which Trump ordered to investigate the group last month, has subpoenaed its bank records.", "Justice Department", "Justice Department investigation of the group", "relative: an order hands on the act")  # fmt: skip
actor(DOER, P, "Orbis Holdings, which Reuters reported had agreed to buy Pelican, declined to comment.", "Orbis Holdings", "Orbis agreed to buy Pelican", "relative: a report")  # fmt: skip
actor(DOER, P, "The FCA, which MPs urged to fine the bank more heavily, imposed a 12 million pound penalty.", "FCA", "FCA fined Northgate Bank", "relative: urged to")  # fmt: skip
actor(DOER, P, "Ofcom, which Westminster asked to investigate BroadNet, opened its inquiry in May.", "Ofcom", "Ofcom investigation of BroadNet", "relative: asked to")  # fmt: skip
actor(DOER, F, "Prosecutors charged former mayor Dan Okafor with bribery on Monday.", "Dan Okafor", "prosecutors charged former mayor", "the one charged after a title")  # fmt: skip
actor(DOER, F, "Chief prosecutor Tamara Ellis charged Halden Care's chief executive Mark Dunn with fraud.", "Mark Dunn", "prosecutor charged Mark Dunn", "object after an agent noun's sentence")  # fmt: skip
actor(DOER, F, "Ashdown Energy made an offer to buy two wind farms from Calder Power.", "Calder Power", "Ashdown Energy offer to buy wind farms", "the seller after buying's from")  # fmt: skip
actor(DOER, F, "Pelican, which Orbis agreed to buy in May, will keep its Oslo office.", "Pelican", "Orbis agreed to buy Pelican", "relative: the one bought")  # fmt: skip
actor(DOER, F, "Investigating Vantor Telecom's books, auditors found 40 million dollars missing.", "Vantor Telecom", "auditors investigating Vantor", "an -ing verb opening the sentence takes an object")  # fmt: skip
actor(DOER, F, "Attackers struck the convoy of Governor Ali Musa near Gombe on Sunday.", "Ali Musa", "attackers struck governor's convoy", "the one whose convoy is struck", kind="attack")  # fmt: skip
actor(DOER, F, "The acquirer has agreed to buy Pelican Software for $40 a share.", "Pelican Software", "acquirer agreed to buy Pelican", "object after an agent noun's sentence")  # fmt: skip
actor(DOER, F, "Kellan Foods, which Brightwater has offered to buy, rejected the approach.", "Kellan Foods", "Brightwater offered to buy Kellan", "relative: the one to be bought")  # fmt: skip
actor(DOER, F, "The Treasury sanctioned six shipping companies, which Washington said moved Iranian oil.", "shipping companies", "Treasury sanctioned shipping companies", "object; the report is of another act")  # fmt: skip
actor(DOER, F, "The magistrate investigating Laure Vidal's former aide questioned him for ten hours.", "Laure Vidal", "magistrate investigation of aide", "the one whose aide is investigated")  # fmt: skip
actor(DOER, F, "Orbis agreed to purchase the chip designer Lumen Silicon from its founders.", "Lumen Silicon", "Orbis agreed to purchase Lumen Silicon", "the one bought, a seller after it")  # fmt: skip


def build_cases() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = built.cases
    return cases


if __name__ == "__main__":
    built.write(OUT)
