# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build session 59's review set of at59's list entries (``grounding_rv59t.jsonl``, review
rv59t of at59; :mod:`summarizer.verification.sentences.entry_heads`), at the edges of

- ``caps``: a paragraph opening with a name in capitals and a full stop, colon or dash: the
  entry's description, "it" or left-out subject is the label's ("ORVIK. The homewares chain
  ... filed"); against a wire dateline ("DETROIT — The automaker said"), an agent noun's "of"
  phrase naming another's thing ("The owner of its flagship site sued the chain"), a business
  description whose clause names the label again as its object ("The supermarket group sued
  the chain"), "it" for a thing the entry names ("A rescue offer arrived. It collapsed"), an
  opening participle told by another ("Fined £3m by the watchdog");
- ``line``: a club's name on a line of its own, then the entry: a past verb the club did
  ("Rejected a £15m bid", "Promoted as champions, they spent"); against an opening participle
  the club underwent with its agent later ("Beaten 4-1 at home by Ardley", "Docked six points
  by the league", "Handed a transfer ban", "Cleared of wrongdoing by a panel") and "it" for the
  ground;
- ``item``: a list item with a label in capitalised words and a colon or dash: the item's
  description or "it" acting; against "Fined £12m by the regulator", "Awarded a contract by
  the ministry", "Given until Friday to", "The owner of its main pipeline raised fees" and
  another item's label.

Run ``python tests/data/make_rv59t_cases.py`` to rebuild it. Every article below was written
for this set in its own words with made-up names; each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv59t.jsonl")

built = SupportCases(
    "rv59t",
    leads=[
        "THE WEEK IN RETAIL | Harbury Trade Weekly",
        "Sport briefing - The Kelsey Courier",
        "Markets in brief | Pennant Business Wire",
    ],
)
CAPS, LINE, ITEM = "caps", "line", "item"


# --- caps --------------------------------------------------------------------------------------
SHOPS = [
    "Five chains that ran out of road this year, in brief.",
    "ORVIK. The homewares chain, which had 140 shops at its peak, filed for administration in January. The owner of its flagship site sued the chain in March for unpaid rent.",
    "TALLIS BOOKS: The bookseller was bought by a private equity firm in April. It later closed 30 branches.",
    "GRANBY & CO. The supermarket group sued the chain over unpaid invoices, then walked away from a rescue deal.",
    "HESKETH MOTORS - A rescue offer arrived in May. It collapsed in June when the dealer's lenders balked.",
    "PALMER HOUSE. Fined £3m by the watchdog in May for misleading sale prices, the retailer shut its website a week later.",
    "WEXLEY — The department store group, with 22 branches, cut 900 jobs in September. The maker of its own-brand sofas stopped deliveries to it.",
]
for expect, evidence, who, what, why in [
    (
        True,
        "The homewares chain, which had 140 shops at its peak, filed for administration in January.",
        "Orvik",
        "Orvik filed for administration",
        "the entry ORVIK: its description past an aside filed",
    ),
    (
        True,
        "It later closed 30 branches.",
        "Tallis Books",
        "Tallis Books closed 30 branches",
        "the entry TALLIS BOOKS: 'It' acts",
    ),
    (
        True,
        "The department store group, with 22 branches, cut 900 jobs in September.",
        "Wexley",
        "Wexley cut 900 jobs",
        "the entry WEXLEY with a dash: its description cut jobs",
    ),
    (
        True,
        "Fined £3m by the watchdog in May for misleading sale prices, the retailer shut its website a week later.",
        "Palmer House",
        "Palmer House shut its website",
        "the entry PALMER HOUSE: after the fronted participle, 'the retailer shut'",
    ),
    (
        False,
        "The owner of its flagship site sued the chain in March for unpaid rent.",
        "Orvik",
        "Orvik sued for unpaid rent",
        "the owner of its site sued it: the landlord, not the chain",
    ),
    (
        False,
        "The supermarket group sued the chain over unpaid invoices, then walked away from a rescue deal.",
        "Granby & Co",
        "Granby & Co sued over unpaid invoices",
        "the group sued 'the chain': another body sued the label",
    ),
    (
        False,
        "It collapsed in June when the dealer's lenders balked.",
        "Hesketh Motors",
        "rescue offer collapsed",
        "'It' is the rescue offer, not the dealer",
    ),
    (
        False,
        "The bookseller was bought by a private equity firm in April.",
        "Tallis Books",
        "Tallis Books bought",
        "a passive: the bookseller was bought",
    ),
    (
        False,
        "The maker of its own-brand sofas stopped deliveries to it.",
        "Wexley",
        "Wexley stopped sofa deliveries",
        "the maker of its sofas stopped deliveries to it: the supplier",
    ),
    (
        False,
        "The homewares chain, which had 140 shops at its peak, filed for administration in January.",
        "Tallis Books",
        "Orvik filed for administration",
        "another entry's label",
    ),
    (
        False,
        "It later closed 30 branches.",
        "Orvik",
        "Tallis Books closed 30 branches",
        "another entry's label",
    ),
]:
    built.page_actor(CAPS, expect, SHOPS, evidence, who, what, why)

WIRE = [
    "Corvel Motors to cut 2,000 jobs",
    "DETROIT — The automaker said on Monday it would cut 2,000 jobs at its truck plants as demand for pickups slows.",
    "Shares fell 3% in early trading.",
]
WIRE2 = [
    "Inter land Dutch defender Maarten",
    "MILAN - The club confirmed on Tuesday that it had signed Joost Maarten from Feyenoord for 30 million euros.",
    "He joins on a five-year deal.",
]
WIRE3 = [
    "Selwyn Pharma wins approval for asthma drug",
    "BASEL: The drugmaker won approval from regulators for its asthma inhaler on Thursday. It expects sales of 1 billion francs by 2030.",
]
for paragraphs, expect, evidence, who, what, why in [
    (
        WIRE,
        False,
        "The automaker said on Monday it would cut 2,000 jobs at its truck plants as demand for pickups slows.",
        "Detroit",
        "job cuts",
        "DETROIT is the dateline, a city, not the automaker",
    ),
    (
        WIRE2,
        False,
        "The club confirmed on Tuesday that it had signed Joost Maarten from Feyenoord for 30 million euros.",
        "Milan",
        "signing of Maarten",
        "MILAN is the dateline; the club is Inter",
    ),
    (
        WIRE3,
        False,
        "The drugmaker won approval from regulators for its asthma inhaler on Thursday.",
        "Basel",
        "asthma drug approved",
        "BASEL is the dateline",
    ),
    (
        WIRE3,
        False,
        "It expects sales of 1 billion francs by 2030.",
        "Basel",
        "sales forecast",
        "BASEL is the dateline; 'It' is the drugmaker",
    ),
    (
        WIRE,
        True,
        "The automaker said on Monday it would cut 2,000 jobs at its truck plants as demand for pickups slows.",
        "Corvel Motors",
        "job cuts",
        "the headline's Corvel Motors is the automaker",
    ),
    (
        WIRE3,
        True,
        "It expects sales of 1 billion francs by 2030.",
        "Selwyn Pharma",
        "sales forecast",
        "the headline's Selwyn Pharma, the drugmaker, 'It'",
    ),
]:
    built.page_actor(CAPS, expect, paragraphs, evidence, who, what, why)

MORE = [
    "Who is left standing after the collapse of the bus contracts.",
    "ARDEN COACHES. The operator kept its school routes and added 40 drivers in October.",
    "KINROSS TRAVEL: It won the airport shuttle contract for five years.",
    "BRAMWELL BUS — The company, founded in 1968, bought 60 electric buses from Yutel in November.",
    "LOWRY LINES. The Leeds-based carrier said it would bid again next year.",
]
for expect, evidence, who, what, why in [
    (
        True,
        "The operator kept its school routes and added 40 drivers in October.",
        "Arden Coaches",
        "Arden Coaches added 40 drivers",
        "the entry ARDEN COACHES: 'The operator' acts",
    ),
    (
        True,
        "It won the airport shuttle contract for five years.",
        "Kinross Travel",
        "Kinross Travel won the shuttle contract",
        "the entry KINROSS TRAVEL: 'It' acts",
    ),
    (
        True,
        "The company, founded in 1968, bought 60 electric buses from Yutel in November.",
        "Bramwell Bus",
        "Bramwell Bus bought 60 electric buses",
        "the entry BRAMWELL BUS: 'The company, founded in 1968,' bought",
    ),
    (
        True,
        "The Leeds-based carrier said it would bid again next year.",
        "Lowry Lines",
        "Lowry Lines will bid again",
        "the entry LOWRY LINES: 'The Leeds-based carrier' said",
    ),
    (
        False,
        "The company, founded in 1968, bought 60 electric buses from Yutel in November.",
        "Yutel",
        "Bramwell Bus bought 60 electric buses",
        "the seller",
    ),
    (
        False,
        "The operator kept its school routes and added 40 drivers in October.",
        "Kinross Travel",
        "Arden Coaches added 40 drivers",
        "another entry's label",
    ),
]:
    built.page_actor(CAPS, expect, MORE, evidence, who, what, why)

# --- line --------------------------------------------------------------------------------------
CLUBS = [
    "How the Northern League sides fared this season",
    "KESWICK TOWN\nBeaten 4-1 at home by Ardley in the cup, then docked six points by the league in March for fielding an ineligible player.",
    "ARDLEY UNITED\nRejected a £1.5m bid from Corwen for captain Lee Hart and signed striker Tom Vey from Keswick for £200,000.",
    "CORWEN ROVERS\nHanded a two-window transfer ban by the league over unpaid fees. Relegated on the final day, they sacked manager Pete Orr.",
    "BRINDLE CITY\nCleared of wrongdoing by an independent panel in April. Promoted as champions, they spent £3m on three forwards.",
    "SALTMARSH ATHLETIC\nThe ground needs £8m of repairs. It failed a safety inspection in May. Later the club appointed Dana Whitlock as manager.",
]
for expect, evidence, who, what, why in [
    (
        True,
        "Rejected a £1.5m bid from Corwen for captain Lee Hart and signed striker Tom Vey from Keswick for £200,000.",
        "Ardley United",
        "Ardley rejected a bid for Hart",
        "the entry ARDLEY UNITED: 'Rejected' leaves it out as subject",
    ),
    (
        True,
        "Relegated on the final day, they sacked manager Pete Orr.",
        "Corwen Rovers",
        "Corwen sacked Pete Orr",
        "the entry CORWEN ROVERS: 'they sacked'",
    ),
    (
        True,
        "Promoted as champions, they spent £3m on three forwards.",
        "Brindle City",
        "Brindle spent £3m",
        "the entry BRINDLE CITY: 'they spent'",
    ),
    (
        True,
        "Later the club appointed Dana Whitlock as manager.",
        "Saltmarsh Athletic",
        "Saltmarsh appointed Whitlock",
        "the entry SALTMARSH ATHLETIC: 'the club appointed'",
    ),
    (
        True,
        "Beaten 4-1 at home by Ardley in the cup, then docked six points by the league in March for fielding an ineligible player.",
        "Ardley United",
        "Ardley beat Keswick 4-1",
        "Ardley beat them",
    ),
    (
        True,
        "Rejected a £1.5m bid from Corwen for captain Lee Hart and signed striker Tom Vey from Keswick for £200,000.",
        "Corwen Rovers",
        "Corwen bid £1.5m for Hart",
        "the bid from Corwen",
    ),
    (
        True,
        "Rejected a £1.5m bid from Corwen for captain Lee Hart and signed striker Tom Vey from Keswick for £200,000.",
        "Ardley United",
        "Ardley signed Tom Vey",
        "the entry ARDLEY UNITED signed Vey",
    ),
    (
        False,
        "Beaten 4-1 at home by Ardley in the cup, then docked six points by the league in March for fielding an ineligible player.",
        "Keswick Town",
        "Keswick beaten 4-1 and docked six points",
        "acted on: beaten by Ardley, docked by the league",
    ),
    (
        False,
        "Handed a two-window transfer ban by the league over unpaid fees.",
        "Corwen Rovers",
        "transfer ban handed down",
        "acted on: the league handed the ban",
    ),
    (
        False,
        "Cleared of wrongdoing by an independent panel in April.",
        "Brindle City",
        "panel cleared wrongdoing charge",
        "acted on: the panel cleared it",
    ),
    (
        False,
        "It failed a safety inspection in May.",
        "Saltmarsh Athletic",
        "safety inspection failed",
        "'It' is the ground",
    ),
    (
        False,
        "Rejected a £1.5m bid from Corwen for captain Lee Hart and signed striker Tom Vey from Keswick for £200,000.",
        "Keswick Town",
        "Vey signed",
        "the club signed from",
    ),
    (
        False,
        "Relegated on the final day, they sacked manager Pete Orr.",
        "Brindle City",
        "Corwen sacked Pete Orr",
        "another entry's label",
    ),
    (
        False,
        "Promoted as champions, they spent £3m on three forwards.",
        "Corwen Rovers",
        "Brindle spent £3m",
        "another entry's label",
    ),
    (
        False,
        "Later the club appointed Dana Whitlock as manager.",
        "Keswick Town",
        "Saltmarsh appointed Whitlock",
        "another entry's label",
    ),
    (
        False,
        "The ground needs £8m of repairs.",
        "Saltmarsh Athletic",
        "repairs needed",
        "the ground, not the club",
    ),
    (
        False,
        "Beaten 4-1 at home by Ardley in the cup, then docked six points by the league in March for fielding an ineligible player.",
        "Keswick Town",
        "points deduction",
        "acted on: docked by the league",
    ),
]:
    built.page_actor(LINE, expect, CLUBS, evidence, who, what, why)

CLUBS2 = [
    "Lower league round-up",
    "DUNMORE FC\nPaid off its debts by the end of June and signed three players from Holt.",
    "PELHAM RANGERS\nFinished fourth, then lost their manager to Ardley.",
    "HOLT VALE\nWon the county cup by beating Pelham 2-0 in the final.",
    "GRAYSTONE\nCut ticket prices by a fifth for the new season.",
]
for expect, evidence, who, what, why in [
    (
        True,
        "Paid off its debts by the end of June and signed three players from Holt.",
        "Dunmore FC",
        "Dunmore paid off its debts",
        "the entry DUNMORE FC: 'Paid off ... by the end of June' (a time, no doer)",
    ),
    (
        True,
        "Finished fourth, then lost their manager to Ardley.",
        "Pelham Rangers",
        "Pelham finished fourth",
        "the entry PELHAM RANGERS: 'Finished fourth'",
    ),
    (
        True,
        "Won the county cup by beating Pelham 2-0 in the final.",
        "Holt Vale",
        "Holt won the county cup",
        "the entry HOLT VALE: 'Won ... by beating' (a means, no doer)",
    ),
    (
        True,
        "Cut ticket prices by a fifth for the new season.",
        "Graystone",
        "Graystone cut ticket prices",
        "the entry GRAYSTONE: 'Cut ... by a fifth'",
    ),
    (
        False,
        "Won the county cup by beating Pelham 2-0 in the final.",
        "Pelham Rangers",
        "Holt won the county cup",
        "the side beaten",
    ),
    (
        False,
        "Cut ticket prices by a fifth for the new season.",
        "Holt Vale",
        "Graystone cut ticket prices",
        "another entry's label",
    ),
]:
    built.page_actor(LINE, expect, CLUBS2, evidence, who, what, why)

FIRMS3 = [
    "Earnings at a glance",
    "- Ashby Retail: Raised its forecast by a third.\n- Colter Mining: Paid a special dividend of 20p.\n- Fenwick Homes: The builder, hit by higher costs, cut its target.",
]
for expect, evidence, who, what, why in [
    (
        True,
        "- Ashby Retail: Raised its forecast by a third.",
        "Ashby Retail",
        "Ashby raised its forecast",
        "the item Ashby Retail: 'Raised ... by a third' (a share, no doer)",
    ),
    (
        True,
        "- Colter Mining: Paid a special dividend of 20p.",
        "Colter Mining",
        "Colter paid a special dividend",
        "the item Colter Mining: 'Paid'",
    ),
    (
        True,
        "The builder, hit by higher costs, cut its target.",
        "Fenwick Homes",
        "Fenwick cut its target",
        "the item Fenwick Homes: 'The builder, hit by ...,' cut",
    ),
    (
        False,
        "The builder, hit by higher costs, cut its target.",
        "Colter Mining",
        "Fenwick cut its target",
        "the item before's label",
    ),
]:
    built.page_actor(ITEM, expect, FIRMS3, evidence, who, what, why)

# --- item --------------------------------------------------------------------------------------
FIRMS = [
    "The day's movers",
    "- Corven Bank: Fined £12m by the regulator over failings in its fraud checks.\n- Delmar Foods: The grocer, which employs 9,000 people, raised prices by 4%.\n- Halvar Energy: The owner of its main pipeline raised fees by a fifth.\n- Penrose Air: Awarded a £50m contract by the defence ministry.\n- Morrow Telecom: Given until Friday to file its accounts.",
]
FIRMS2 = [
    "What changed on Tuesday",
    "- Corven Bank: Cut its savings rate to 3.1%.\n- Halvar Energy — It doubled its dividend.\n- Penrose Air: The airline cancelled 40 flights after a strike.\n- Morrow Telecom: The operator lost 80,000 customers in the quarter.\n- Quill Insurance: The insurer set aside £70m for storm claims.",
]
for paragraphs, expect, evidence, who, what, why in [
    (
        FIRMS2,
        True,
        "- Corven Bank: Cut its savings rate to 3.1%.",
        "Corven Bank",
        "Corven cut its savings rate",
        "the item Corven Bank: 'Cut' leaves it out",
    ),
    (
        FIRMS2,
        True,
        "It doubled its dividend.",
        "Halvar Energy",
        "Halvar doubled its dividend",
        "the item Halvar Energy: 'It' acts",
    ),
    (
        FIRMS2,
        True,
        "The airline cancelled 40 flights after a strike.",
        "Penrose Air",
        "Penrose cancelled 40 flights",
        "the item Penrose Air: 'The airline'",
    ),
    (
        FIRMS2,
        True,
        "The operator lost 80,000 customers in the quarter.",
        "Morrow Telecom",
        "Morrow lost customers",
        "the item Morrow Telecom: 'The operator'",
    ),
    (
        FIRMS2,
        True,
        "The insurer set aside £70m for storm claims.",
        "Quill Insurance",
        "Quill set aside £70m",
        "the item Quill Insurance: 'The insurer'",
    ),
    (
        FIRMS,
        True,
        "The grocer, which employs 9,000 people, raised prices by 4%.",
        "Delmar Foods",
        "Delmar raised prices",
        "the item Delmar Foods: 'The grocer, which ...,' raised",
    ),
    (
        FIRMS2,
        True,
        "The insurer set aside £70m for storm claims.",
        "Quill Insurance",
        "storm provisions",
        "the item Quill Insurance: 'The insurer'",
    ),
    (
        FIRMS,
        False,
        "- Corven Bank: Fined £12m by the regulator over failings in its fraud checks.",
        "Corven Bank",
        "Corven Bank fined £12m",
        "acted on: fined by the regulator",
    ),
    (
        FIRMS,
        False,
        "- Penrose Air: Awarded a £50m contract by the defence ministry.",
        "Penrose Air",
        "£50m contract awarded",
        "acted on: the ministry awarded it",
    ),
    (
        FIRMS,
        False,
        "- Morrow Telecom: Given until Friday to file its accounts.",
        "Morrow Telecom",
        "deadline given",
        "acted on: given a deadline",
    ),
    (
        FIRMS,
        False,
        "The owner of its main pipeline raised fees by a fifth.",
        "Halvar Energy",
        "Halvar raised fees",
        "the pipeline's owner raised fees on it",
    ),
    (
        FIRMS,
        False,
        "The grocer, which employs 9,000 people, raised prices by 4%.",
        "Corven Bank",
        "Delmar raised prices",
        "the item before's label",
    ),
    (
        FIRMS2,
        False,
        "The airline cancelled 40 flights after a strike.",
        "Halvar Energy",
        "Penrose cancelled 40 flights",
        "the item before's label",
    ),
    (
        FIRMS2,
        False,
        "The operator lost 80,000 customers in the quarter.",
        "Quill Insurance",
        "Morrow lost customers",
        "the item after's label",
    ),
    (
        FIRMS2,
        False,
        "It doubled its dividend.",
        "Corven Bank",
        "Halvar doubled its dividend",
        "the item before's label",
    ),
    (
        FIRMS2,
        False,
        "The insurer set aside £70m for storm claims.",
        "Morrow Telecom",
        "Quill set aside £70m",
        "the item before's label",
    ),
    (
        FIRMS,
        False,
        "The owner of its main pipeline raised fees by a fifth.",
        "Delmar Foods",
        "fees raised",
        "the item before's label",
    ),
]:
    built.page_actor(ITEM, expect, paragraphs, evidence, who, what, why)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
