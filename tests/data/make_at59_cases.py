# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 59's list entries headed by a body's name (``grounding_at59.jsonl``,
false-alarm writer at59; :mod:`summarizer.verification.sentences.entry_heads`), at the edges of

- ``caps``: a paragraph opening with a body's name in capitals and a full stop, colon or dash
  ("HALDEN FOODS. Two years after its last rescue, the frozen-meals group filed again"): the
  entry's subject, a definite description of a body's kind, "The operator of ..." or "it",
  is the label's; another entry's label, the entry's other named party, a body named in the
  entry before the description, a description of another kind ("The regulator fined the
  lender"), a passive subject, an object and words in a quote stay refused;
- ``line``: a body's name on a line of its own, then the entry ("KESTREL ROVERS" / "Signed a
  winger from Dunmore for £8m"): an entry opening with a past verb leaves its label as the
  subject; another label, the one signed from, a named subject ("Dunmore could not find a
  replacement") and a "Founded by X" opening stay refused.

- ``item``: a list item ("- ", "• ") opening with a body's name in capitalised words and a
  colon or a dash ("- Fenby Stores: The chain, which runs 300 shops, cut bread prices"): read
  as a caps entry, to its line's end; the next or the item before's label, the buyer or the
  club signed from named in the item, a passive "Was fined" and another subject stay refused.

Run ``python tests/data/make_at59_cases.py`` to rebuild it. Every article below was written
for this set in its own words with made-up names; each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_at59.jsonl")

built = SupportCases(
    "at59",
    leads=[
        "ROUND-UP | The Marlow Trade Gazette | Compiled by Ines Farrow",
        "Briefing: where they stand now\n\nThe Northgate Ledger, business desk",
        "FACT FILE - Saltby Evening Post",
    ],
)
CAPS, LINE = "caps", "line"


# --- caps: "NAME. ... the <kind> acted" --------------------------------------------------------
RETAIL = [
    "Shoppers kept their wallets shut this year, and several household names paid the price. Here is how the biggest failures played out.",
    "HALDEN FOODS. Two years after its last rescue, the frozen-meals group filed again on March 3, planning to shut both of its plants.",
    "PELLWORTH & SONS. The operator of Corran, Vasta and Linby furniture shops sought protection in May after its lender, Orrin Capital Bank, called in a loan.",
    "BRASK. The garden-supplies chain, which had already closed 60 outlets in 2024, went back to court on June 9. It has since sold its warehouse in Tewley.",
    "MOLLAND HOME: The Ohio housewares retailer, with about 180 stores, filed in August. It did not liquidate; it emerged in November.",
]
for expect, evidence, who, what, why in [
    (
        True,
        "Two years after its last rescue, the frozen-meals group filed again on March 3, planning to shut both of its plants.",
        "Halden Foods",
        "Halden Foods filed for bankruptcy again",
        "the entry HALDEN FOODS: 'the frozen-meals group' is its subject",
    ),
    (
        True,
        "The operator of Corran, Vasta and Linby furniture shops sought protection in May after its lender, Orrin Capital Bank, called in a loan.",
        "Pellworth & Sons",
        "Pellworth & Sons sought protection",
        "the entry PELLWORTH & SONS: 'The operator of ... shops' sought protection",
    ),
    (
        True,
        "The garden-supplies chain, which had already closed 60 outlets in 2024, went back to court on June 9.",
        "Brask",
        "Brask went back to court",
        "the entry BRASK: 'The garden-supplies chain, which ...,' went back",
    ),
    (
        True,
        "It has since sold its warehouse in Tewley.",
        "Brask",
        "Brask sold its warehouse",
        "the entry BRASK: 'It' acts",
    ),
    (
        True,
        "The Ohio housewares retailer, with about 180 stores, filed in August.",
        "Molland Home",
        "Molland Home filed for bankruptcy",
        "the entry MOLLAND HOME: its description, past an aside, filed",
    ),
    (
        False,
        "Two years after its last rescue, the frozen-meals group filed again on March 3, planning to shut both of its plants.",
        "Pellworth & Sons",
        "Halden Foods filed for bankruptcy again",
        "another entry's label",
    ),
    (
        False,
        "The operator of Corran, Vasta and Linby furniture shops sought protection in May after its lender, Orrin Capital Bank, called in a loan.",
        "Orrin Capital Bank",
        "Pellworth & Sons sought protection",
        "the lender named in the entry only called in a loan",
    ),
    (
        False,
        "The garden-supplies chain, which had already closed 60 outlets in 2024, went back to court on June 9.",
        "Molland Home",
        "Brask went back to court",
        "the next entry's label",
    ),
    (
        False,
        "The Ohio housewares retailer, with about 180 stores, filed in August.",
        "Brask",
        "Molland Home filed for bankruptcy",
        "the entry before's label",
    ),
]:
    built.page_actor(CAPS, expect, RETAIL, evidence, who, what, why)

BANKS = [
    "Regulators had a busy spring. The cases below are the ones that closed.",
    "TARNE MUTUAL. The building society was fined £4.2 million on April 2 for weak checks on new accounts.",
    "CORBY FINANCE. Its landlord, Hessle Property Group, sued in March over unpaid rent. The group won an order for £900,000.",
    "VELLAN BANK - The lender agreed on May 14 to repay 12,000 customers, the regulator said.",
    'ASTERLY: "The bank cut 400 jobs," said Mira Thorne of the Finance Workers Union, which had warned of the cuts.',
    "OXLEY TRUST. A court ordered the trust to hand its records to the liquidators on June 1.",
    "DARROW INSURANCE. After a wet winter, the insurer raised home premiums by 6% on August 1.",
]
for expect, evidence, who, what, why in [
    (
        True,
        "The lender agreed on May 14 to repay 12,000 customers, the regulator said.",
        "Vellan Bank",
        "Vellan Bank agreed to repay customers",
        "the entry VELLAN BANK: 'The lender agreed'",
    ),
    (
        True,
        "After a wet winter, the insurer raised home premiums by 6% on August 1.",
        "Darrow Insurance",
        "Darrow raised premiums",
        "the entry DARROW INSURANCE: 'the insurer raised' after a fronted phrase",
    ),
    (
        False,
        "The building society was fined £4.2 million on April 2 for weak checks on new accounts.",
        "Tarne Mutual",
        "regulator fined Tarne Mutual",
        "the building society was fined: acted on, not the one fining",
    ),
    (
        False,
        "The group won an order for £900,000.",
        "Corby Finance",
        "landlord won an order against Corby Finance",
        "'The group' is Hessle Property Group, named in the entry before it",
    ),
    (
        False,
        '"The bank cut 400 jobs," said Mira Thorne of the Finance Workers Union, which had warned of the cuts.',
        "Asterly",
        "Asterly cut 400 jobs",
        "the description is inside a quotation: the union's word",
    ),
    (
        False,
        "A court ordered the trust to hand its records to the liquidators on June 1.",
        "Oxley Trust",
        "court ordered records handed over",
        "'the trust' is the object; a court ordered",
    ),
    (
        False,
        "The lender agreed on May 14 to repay 12,000 customers, the regulator said.",
        "Tarne Mutual",
        "Vellan Bank agreed to repay customers",
        "another entry's label",
    ),
]:
    built.page_actor(CAPS, expect, BANKS, evidence, who, what, why)

AIR = [
    "Airlines large and small changed course this summer. A guide to the moves.",
    "SKELLIG AIR. The carrier dropped its Corfu route on July 1 and moved two jets to Faro.",
    "NORTHWIND AIRWAYS: The airline, which lost money for a third year, ordered 12 new planes from Avenor.",
    "PELICAN REGIONAL. It leased three turboprops from Dalby Aero Leasing in June.",
    "LOMBARD JET - Fares went up by 9% in August, and Avenor delayed its deliveries to the airline.",
]
for expect, evidence, who, what, why in [
    (
        True,
        "The carrier dropped its Corfu route on July 1 and moved two jets to Faro.",
        "Skellig Air",
        "Skellig Air dropped its Corfu route",
        "the entry SKELLIG AIR: 'The carrier dropped'",
    ),
    (
        True,
        "The airline, which lost money for a third year, ordered 12 new planes from Avenor.",
        "Northwind Airways",
        "Northwind Airways ordered planes",
        "the entry NORTHWIND AIRWAYS: 'The airline, which ..., ordered'",
    ),
    (
        True,
        "It leased three turboprops from Dalby Aero Leasing in June.",
        "Pelican Regional",
        "Pelican Regional leased turboprops",
        "the entry PELICAN REGIONAL: 'It leased'",
    ),
    (
        False,
        "The airline, which lost money for a third year, ordered 12 new planes from Avenor.",
        "Avenor",
        "Northwind Airways ordered planes",
        "the maker the planes were ordered from",
    ),
    (
        False,
        "It leased three turboprops from Dalby Aero Leasing in June.",
        "Skellig Air",
        "Pelican Regional leased turboprops",
        "another entry's label",
    ),
    (
        False,
        "Fares went up by 9% in August, and Avenor delayed its deliveries to the airline.",
        "Lombard Jet",
        "deliveries delayed",
        "Avenor delayed them; the entry's airline is the one delivered to",
    ),
    (
        False,
        "The carrier dropped its Corfu route on July 1 and moved two jets to Faro.",
        "Northwind Airways",
        "Skellig Air dropped its Corfu route",
        "the next entry's label",
    ),
]:
    built.page_actor(CAPS, expect, AIR, evidence, who, what, why)

# --- line: a label on a line of its own ------------------------------------------------------------
CLUBS = [
    "Window shut: the deals that mattered",
    "KESTREL ROVERS\nSigned the winger Tomas Adeyemi from Dunmore Athletic for £8m. A loan move for the Harbridge keeper Owen Slade fell through because Harbridge could not find cover.",
    "DUNMORE ATHLETIC\nManager Petra Vane lost her best winger. Fenwick Town paid £3m for the reserve striker Ali Roan.",
    "FENWICK TOWN\nBroke their transfer record twice in a week. Founded by miners in 1889, the club has never spent so much.",
    "HARBRIDGE CITY\nKept Owen Slade, 24, for now.",
]
for expect, evidence, who, what, why in [
    (
        True,
        "Signed the winger Tomas Adeyemi from Dunmore Athletic for £8m.",
        "Kestrel Rovers",
        "Kestrel Rovers signed Adeyemi",
        "the entry KESTREL ROVERS leaves its subject out: the label signed",
    ),
    (
        True,
        "Broke their transfer record twice in a week.",
        "Fenwick Town",
        "Fenwick Town broke their transfer record",
        "the entry FENWICK TOWN: the label broke it",
    ),
    (
        True,
        "Kept Owen Slade, 24, for now.",
        "Harbridge City",
        "Harbridge City kept Slade",
        "the entry HARBRIDGE CITY: the label kept him",
    ),
    (
        False,
        "Signed the winger Tomas Adeyemi from Dunmore Athletic for £8m.",
        "Dunmore Athletic",
        "Kestrel Rovers signed Adeyemi",
        "the club he was signed from",
    ),
    (
        False,
        "A loan move for the Harbridge keeper Owen Slade fell through because Harbridge could not find cover.",
        "Harbridge City",
        "Kestrel Rovers' loan move collapsed",
        "another entry's club, named only as the keeper's and the one short of cover",
    ),
    (
        False,
        "Manager Petra Vane lost her best winger.",
        "Kestrel Rovers",
        "Dunmore lost a winger",
        "another entry's label",
    ),
    (
        False,
        "Fenwick Town paid £3m for the reserve striker Ali Roan.",
        "Dunmore Athletic",
        "Fenwick Town bought Roan",
        "the entry's subject is another club named",
    ),
    (
        False,
        "Kept Owen Slade, 24, for now.",
        "Kestrel Rovers",
        "Harbridge City kept Slade",
        "another entry's label",
    ),
]:
    built.page_actor(LINE, expect, CLUBS, evidence, who, what, why)

STUDIOS = [
    "Who made what this year",
    "ORVIK PICTURES\nReleased three films and sold its back catalogue to Tamsin Media for $40m.",
    "TAMSIN MEDIA\nBought the Orvik catalogue. The company also closed its Leeds office.",
    "GREYLAG STUDIOS\nLaid off 120 staff in March. Then Orvik Pictures hired 30 of them.",
    "BELLWEATHER GAMES\nFounded by Ruth Okoro in 2019, it shipped its first game in May.",
    "LANTERN WORKS\nWas bought by Greylag Studios in October.",
]
for expect, evidence, who, what, why in [
    (
        True,
        "Released three films and sold its back catalogue to Tamsin Media for $40m.",
        "Orvik Pictures",
        "Orvik released three films",
        "the entry ORVIK PICTURES leaves its subject out",
    ),
    (
        True,
        "Laid off 120 staff in March.",
        "Greylag Studios",
        "Greylag laid off staff",
        "the entry GREYLAG STUDIOS: the label laid them off",
    ),
    (
        True,
        "Bought the Orvik catalogue.",
        "Tamsin Media",
        "Tamsin bought the Orvik catalogue",
        "the entry TAMSIN MEDIA: the label bought it",
    ),
    (
        True,
        "Founded by Ruth Okoro in 2019, it shipped its first game in May.",
        "Bellweather Games",
        "Bellweather shipped its first game",
        "the entry BELLWEATHER GAMES: 'it shipped' after the fronted phrase",
    ),
    (
        False,
        "Released three films and sold its back catalogue to Tamsin Media for $40m.",
        "Tamsin Media",
        "Orvik released three films",
        "the buyer named in the entry; the label did it",
    ),
    (
        False,
        "Then Orvik Pictures hired 30 of them.",
        "Greylag Studios",
        "Orvik hired laid-off staff",
        "the entry's sentence names another subject",
    ),
    (
        False,
        "Founded by Ruth Okoro in 2019, it shipped its first game in May.",
        "Orvik Pictures",
        "Bellweather shipped its first game",
        "another entry's label",
    ),
    (
        False,
        "Was bought by Greylag Studios in October.",
        "Lantern Works",
        "Greylag bought Lantern Works",
        "the label was bought: acted on",
    ),
    (
        False,
        "Bought the Orvik catalogue.",
        "Orvik Pictures",
        "Tamsin bought the Orvik catalogue",
        "the seller, another entry's label",
    ),
]:
    built.page_actor(LINE, expect, STUDIOS, evidence, who, what, why)

FARMS = [
    "County shows: the winners",
    "ASHCOMBE DAIRY\nWon the cheese prize at Tellbury for a third year.",
    "MERE FARM\nEntered four ewes and took second place behind Ashcombe's flock.",
    "THE OLD MILL CO-OP\nOpened a farm shop in Sallow in July.",
]
for expect, evidence, who, what, why in [
    (
        True,
        "Won the cheese prize at Tellbury for a third year.",
        "Ashcombe Dairy",
        "Ashcombe won the cheese prize",
        "the entry ASHCOMBE DAIRY: the label won",
    ),
    (
        True,
        "Entered four ewes and took second place behind Ashcombe's flock.",
        "Mere Farm",
        "Mere Farm took second place",
        "the entry MERE FARM: the label entered",
    ),
    (
        True,
        "Opened a farm shop in Sallow in July.",
        "Old Mill Co-op",
        "farm shop opened",
        "the entry THE OLD MILL CO-OP: the label opened it",
    ),
    (
        False,
        "Entered four ewes and took second place behind Ashcombe's flock.",
        "Ashcombe Dairy",
        "Mere Farm took second place",
        "the flock it came behind",
    ),
    (
        False,
        "Opened a farm shop in Sallow in July.",
        "Mere Farm",
        "farm shop opened",
        "another entry's label",
    ),
]:
    built.page_actor(LINE, expect, FARMS, evidence, who, what, why)

OTHERS = [
    "Penalties and disputes of the quarter, in brief.",
    "HOLLIS BANK. The regulator fined the lender £2 million on March 9 over lost customer files.",
    "CARRON FOODS. The union called a strike at its Dunmere plant from April 4.",
    "WESTLAKE AIR. The authority grounded two of its jets on May 2 after a failed inspection.",
    "TARLING GROUP: The company cut its dividend by a third on June 18.",
]
for expect, evidence, who, what, why in [
    (
        False,
        "The regulator fined the lender £2 million on March 9 over lost customer files.",
        "Hollis Bank",
        "regulator fined Hollis Bank",
        "'The regulator' is another party's kind; the bank was fined",
    ),
    (
        False,
        "The union called a strike at its Dunmere plant from April 4.",
        "Carron Foods",
        "strike called at Carron Foods",
        "'The union' is no food company; it called the strike",
    ),
    (
        False,
        "The authority grounded two of its jets on May 2 after a failed inspection.",
        "Westlake Air",
        "jets grounded",
        "'The authority' grounded the airline's jets",
    ),
    (
        True,
        "The company cut its dividend by a third on June 18.",
        "Tarling Group",
        "Tarling cut its dividend",
        "the entry TARLING GROUP: 'The company cut'",
    ),
]:
    built.page_actor(CAPS, expect, OTHERS, evidence, who, what, why)

# --- item: a list item's label in capitalised words, then a colon or a dash -----------------------
ITEM = "item"
PRICES = [
    "Here is what changed at the big chains this week.",
    "- Marlow Grocers: Raised the price of its own-brand milk by 4p on Monday.\n- Fenby Stores: The chain, which runs 300 shops, cut bread prices by 10%.\n- Quayside Market: It closed its Tewley branch after the lease ran out.\n- Harrow Foods: Was fined £40,000 by the Trading Standards Office.\n- Penn Dairy: Sold its cheese arm to Marlow Grocers for £12m.",
]
LIST = PRICES[1]
for expect, evidence, who, what, why in [
    (
        True,
        "Raised the price of its own-brand milk by 4p on Monday.",
        "Marlow Grocers",
        "Marlow raised milk prices",
        "the item Marlow Grocers: its left-out subject",
    ),
    (
        True,
        "The chain, which runs 300 shops, cut bread prices by 10%.",
        "Fenby Stores",
        "Fenby cut bread prices",
        "the item Fenby Stores: 'The chain, which ..., cut'",
    ),
    (
        True,
        "It closed its Tewley branch after the lease ran out.",
        "Quayside Market",
        "Quayside closed a branch",
        "the item Quayside Market: 'It closed'",
    ),
    (
        True,
        "Sold its cheese arm to Marlow Grocers for £12m.",
        "Penn Dairy",
        "Penn Dairy sold its cheese arm",
        "the item Penn Dairy: its left-out subject sold",
    ),
    (
        False,
        "Raised the price of its own-brand milk by 4p on Monday.",
        "Fenby Stores",
        "Marlow raised milk prices",
        "the next item's label",
    ),
    (
        False,
        "The chain, which runs 300 shops, cut bread prices by 10%.",
        "Marlow Grocers",
        "Fenby cut bread prices",
        "the item before's label",
    ),
    (
        False,
        "It closed its Tewley branch after the lease ran out.",
        "Harrow Foods",
        "Quayside closed a branch",
        "the next item's label",
    ),
    (
        False,
        "Was fined £40,000 by the Trading Standards Office.",
        "Harrow Foods",
        "Trading Standards fined Harrow Foods",
        "the item's label was fined: acted on",
    ),
    (
        False,
        "Sold its cheese arm to Marlow Grocers for £12m.",
        "Marlow Grocers",
        "Penn Dairy sold its cheese arm",
        "the buyer, named in the item",
    ),
]:
    built.page_actor(ITEM, expect, PRICES, evidence, who, what, why)

TEAMS = [
    "Transfer round-up, Tuesday",
    "\u2022 Harlow United \u2014 Signed the striker Emil Roos from Castor Athletic for £6m.\n\u2022 Castor Athletic \u2014 The club, already short of forwards, then bid for the Brigg winger Sam Otto.\n\u2022 Brigg Town \u2014 Rejected that bid on Monday night.\n\u2022 Dunfield Rovers \u2014 Sam Otto's old club sold a defender to Harlow United.",
]
for expect, evidence, who, what, why in [
    (
        True,
        "Signed the striker Emil Roos from Castor Athletic for £6m.",
        "Harlow United",
        "Harlow signed Roos",
        "the item Harlow United: its left-out subject signed",
    ),
    (
        True,
        "The club, already short of forwards, then bid for the Brigg winger Sam Otto.",
        "Castor Athletic",
        "Castor bid for Otto",
        "the item Castor Athletic: 'The club, ..., then bid'",
    ),
    (
        True,
        "Rejected that bid on Monday night.",
        "Brigg Town",
        "Brigg rejected the bid",
        "the item Brigg Town: its left-out subject rejected",
    ),
    (
        False,
        "Signed the striker Emil Roos from Castor Athletic for £6m.",
        "Castor Athletic",
        "Harlow signed Roos",
        "the club he was signed from",
    ),
    (
        False,
        "The club, already short of forwards, then bid for the Brigg winger Sam Otto.",
        "Brigg Town",
        "Castor bid for Otto",
        "the club bid to; the winger's",
    ),
    (
        False,
        "Rejected that bid on Monday night.",
        "Castor Athletic",
        "Brigg rejected the bid",
        "the bidder, the item before's label",
    ),
    (
        False,
        "Sam Otto's old club sold a defender to Harlow United.",
        "Dunfield Rovers",
        "defender sold to Harlow",
        "a named owner's club opens the item: not read as the label",
    ),
]:
    built.page_actor(ITEM, expect, TEAMS, evidence, who, what, why)

FIRMS = [
    "Results day in brief",
    "- Greyfield Energy: Its profit rose 12% to £340m.\n- Osprey Mining: The miner kept its dividend at 8p.\n- Tolland Bank: The lender set aside £90m for bad loans.\n- Brisk Telecom: Analysts at Orme Securities cut their target for the shares.",
]
for expect, evidence, who, what, why in [
    (
        True,
        "The miner kept its dividend at 8p.",
        "Osprey Mining",
        "Osprey kept its dividend",
        "the item Osprey Mining: 'The miner kept'",
    ),
    (
        True,
        "The lender set aside £90m for bad loans.",
        "Tolland Bank",
        "Tolland set aside £90m",
        "the item Tolland Bank: 'The lender set aside'",
    ),
    (
        True,
        "The miner kept its dividend at 8p.",
        "Osprey Mining",
        "Osprey dividend held",
        "the item Osprey Mining: its description acts",
    ),
    (
        False,
        "Analysts at Orme Securities cut their target for the shares.",
        "Brisk Telecom",
        "target cut",
        "the analysts cut it, about the label's shares",
    ),
    (
        False,
        "The lender set aside £90m for bad loans.",
        "Osprey Mining",
        "Tolland set aside £90m",
        "the item before's label",
    ),
    (
        False,
        "The miner kept its dividend at 8p.",
        "Greyfield Energy",
        "Osprey kept its dividend",
        "the item before's label",
    ),
]:
    built.page_actor(ITEM, expect, FIRMS, evidence, who, what, why)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
