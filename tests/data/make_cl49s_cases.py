# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 49's business credits (``grounding_cl49s.jsonl``, rule writer
cl49s; :mod:`summarizer.verification.people.business_credits`): who "the company said" is.

- ``past``: a quote credited to "the company", "the firm", "the group" or a trade's noun ("the
  housebuilder", "the drugmaker") after sentences that name only people (a title, a role, an
  "a ..." description, "who" after them) or public bodies ("Leeds City Council", "the
  regulator Ofcom", "its agency, Homes England") besides the business: the business passes,
  the people and the bodies are refused; a business of another trade ("Brickmaker X") for a
  trade's noun is refused;
- ``people``: a person the page describes as one ("X, a retired teacher,", "Housing minister
  X", "X said she") is never "the company", even when no business is named; a body that acts
  on a business the page names only by its noun ("Ofgem fined the supplier") is not the
  supplier; the business passes in the same pages where the page names it.

Run ``python tests/data/make_cl49s_cases.py`` to rebuild it. Each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_cl49s.jsonl")

built = SupportCases(
    "cl49s",
    leads=[
        "NEWCASTLE (Tyne Wire) -",
        "By Ruth Okonjo | The Wear Valley Post",
        "BUSINESS | The Fylde Chronicle",
        "From our Cardiff newsroom, The Taff Herald.",
        "Money | The Cotswold Ledger",
    ],
)
PAST, PEOPLE = "past", "people"

# --- past: read back past people and public bodies to the business ---------------------------
built.page_quote(
    PAST, "The plant has lost money for three years",
    ["Orwell Bakeries"], ["Tom Garside"],
    "Orwell Bakeries will shut its Ipswich plant in May, with the loss of 180 jobs.",
    "Tom Garside, a Unite organiser, said the workers had been betrayed.",
    '"The plant has lost money for three years," the company said.',
)  # fmt: skip
built.page_quote(
    PAST, "We met every target in the contract",
    ["Pellam Diagnostics"], ["Ministry of Health"],
    "The Ministry of Health cancelled its contract with Pellam Diagnostics on Friday.",
    '"We met every target in the contract," the firm said on Saturday.',
)  # fmt: skip
built.page_quote(
    PAST, "We have already refunded customers",
    ["Strand Telecom"], ["Ofcom"],
    "The regulator Ofcom fined Strand Telecom £3 million over missed emergency calls.",
    '"We have already refunded customers," the company said in a statement.',
)  # fmt: skip
built.page_quote(
    PAST, "We will appeal the decision",
    ["Brackwell Homes"], ["Leeds City Council", "Ruth Amis"],
    "Leeds City Council refused planning permission to Brackwell Homes for 90 flats on the old dairy site.",
    "Councillor Ruth Amis, who chairs the planning committee, called the scheme too dense.",
    '"We will appeal the decision," the housebuilder said.',
)  # fmt: skip
built.page_quote(
    PAST, "Our prices reflect what gas costs us",
    ["Norvale Energy"], ["Priya Mand"],
    "Norvale Energy raised its standing charge by 12 per cent on Tuesday.",
    "Labour MP Priya Mand called the rise indefensible.",
    '"Our prices reflect what gas costs us," said the company.',
)  # fmt: skip
built.page_quote(
    PAST, "We are confident in the medicine",
    ["Castellan Pharma"], ["Owen Rees"],
    "The health secretary, Owen Rees, met drugmakers in London on Monday.",
    "Rees asked Castellan Pharma to cut the price of its migraine pill.",
    '"We are confident in the medicine," the drugmaker said.',
)  # fmt: skip
built.page_quote(
    PAST, "We stand by the campaign",
    ["Kite & Lamb"], ["Ferris Bank"],
    "Ferris Bank's advertising agency, Kite & Lamb, defended the radio campaign on Wednesday.",
    '"We stand by the campaign," the firm said.',
)  # fmt: skip
built.page_quote(
    PAST, "Volumes will recover next year",
    ["Ashgrove Homes"], ["Pennock Brick"],
    "Brickmaker Pennock Brick cut its output by a quarter as Ashgrove Homes slowed work on its Midlands sites.",
    '"Volumes will recover next year," the housebuilder said.',
)  # fmt: skip
built.page_quote(
    PAST, "We accept the findings in full",
    ["Harlow Street Capital"], ["Ellen Dacre"],
    "Harlow Street Capital was censured by the watchdog last year.",
    "On Monday Harlow Street agreed to pay a £1.5 million fine. Chief executive Ellen Dacre, who joined in June, was not available.",
    '"We accept the findings in full," the firm said.',
)  # fmt: skip
built.page_quote(
    PAST, "The delays were outside our control",
    ["Marden Coaches"], ["Department for Transport", "Highways England"],
    "The Department for Transport and its agency, Highways England, blamed Marden Coaches for the delays on the ring road.",
    '"The delays were outside our control," the company said on Friday.',
)  # fmt: skip
built.page_quote(
    PAST, "Forty jobs will come with the quarry",
    ["Fellside Aggregates"], ["Crook Residents Action Group"],
    "Fellside Aggregates wants to reopen the Crook quarry, closed since 1998.",
    "Crook Residents Action Group lodged an objection on Monday.",
    '"Forty jobs will come with the quarry," the company said.',
)  # fmt: skip
built.page_quote(
    PAST, "We did everything the contract asked",
    ["Bramble Digital"], ["Selby Council"],
    "Selby Council has parted company with its PR agency, Bramble Digital, after the recycling campaign.",
    '"We did everything the contract asked," the firm said.',
)  # fmt: skip

# --- people: a person, or the body acting on an unnamed business, is not "the company" ------
built.page_quote(
    PEOPLE, "The drains meet every standard",
    [], ["Alan Brierley"],
    "Alan Brierley, a retired engineer, said the new estate had no proper drains.",
    '"The drains meet every standard," the company said.',
)  # fmt: skip
built.page_quote(
    PEOPLE, "The site is safe for walkers",
    [], ["Morag Ennis"],
    "Morag Ennis, a local campaigner, led the march against the quarry on Saturday.",
    '"The site is safe for walkers," the firm said.',
)  # fmt: skip
built.page_quote(
    PEOPLE, "We gave the crew full access",
    [], ["Dara Kiely"],
    "Dara Kiely, an award-winning filmmaker, spent a year inside the Corlett depot in Rugby.",
    '"We gave the crew full access," the company said.',
)  # fmt: skip
built.page_quote(
    PEOPLE, "The fund has outgrown the holding",
    ["Pentland Partners"], ["Isla Mackay"],
    "Fund manager Pentland Partners' Isla Mackay said she had sold the stake in Breck Distillers.",
    '"The fund has outgrown the holding," the firm said.',
)  # fmt: skip
built.page_quote(
    PEOPLE, "The homes will be built on time",
    ["Tamsworth Homes"], ["Gareth Pugh"],
    "Housing minister Gareth Pugh visited a Tamsworth Homes site in Swindon on Monday.",
    '"The homes will be built on time," the housebuilder said.',
)  # fmt: skip
built.page_quote(
    PEOPLE, "Every customer has been paid back",
    [], ["Ofgem"],
    "Ofgem fined the supplier £6 million for overbilling pensioners.",
    "Energy Secretary Clara Hume said the fine sent a clear message.",
    '"Every customer has been paid back," the company said.',
)  # fmt: skip
built.page_quote(
    PEOPLE, "The stores will stay open",
    [], ["Competition and Markets Authority"],
    "The Competition and Markets Authority ordered the retailer to sell 40 shops.",
    '"The stores will stay open," the company said.',
)  # fmt: skip
built.page_quote(
    PEOPLE, "The cuts are painful but necessary",
    ["Brennock Cables"], ["Hugh Tarrant"],
    "Brennock Cables, whose founder retired in May, cut 150 jobs at its Wrexham works.",
    "Hugh Tarrant, a GMB official, called the cuts a betrayal.",
    '"The cuts are painful but necessary," the company said.',
)  # fmt: skip
built.page_quote(
    PEOPLE, "Diesel has doubled in a year",
    ["Pask Haulage"], ["Dennis Pask"],
    "Dennis Pask, the owner of Pask Haulage, said his drivers would work fewer shifts.",
    '"Diesel has doubled in a year," the firm said.',
)  # fmt: skip
built.page_quote(
    PEOPLE, "Safety comes first on every line",
    ["Wexcombe Rail"], ["Air Marshal Rhys Vane"],
    "Wexcombe Rail cancelled 40 trains on Monday after a signal fault.",
    "Air Marshal Rhys Vane, who was stranded at Didcot, called the delays a scandal.",
    '"Safety comes first on every line," the company said.',
)  # fmt: skip
built.page_quote(
    PEOPLE, "Our bakers will be offered other roles",
    ["Crumbwell Foods"], ["Jess Arlott"],
    "Crumbwell Foods took over the Arlott bakery chain in 2021.",
    "Jess Arlott, whose grandfather founded the chain, said she was heartbroken.",
    '"Our bakers will be offered other roles," the company said.',
)  # fmt: skip
built.page_quote(
    PEOPLE, "We will keep the brewery running",
    ["Tollgate Brewing"], ["Mark Ivory"],
    "Tollgate Brewing bought the Ivory brewery from its founder, Mark Ivory, last spring.",
    "Ivory said he had wanted to retire for years.",
    '"We will keep the brewery running," the group said.',
)  # fmt: skip

built.page_quote(
    PEOPLE, "No injuries have been reported",
    ["Corvel Motors"], ["Nia Bowen"],
    "Corvel Motors recalled 12,000 vans over a brake fault on Tuesday.",
    "Transport Secretary Nia Bowen said she had asked for a full report.",
    '"No injuries have been reported," the carmaker said.',
)  # fmt: skip
built.page_quote(
    PEOPLE, "We apologise to every passenger",
    ["Linnet Airways"], ["Tom Ashe"],
    "Linnet Airways cancelled 60 flights at Gatwick on Sunday.",
    "Tom Ashe, a retired teacher, said he had waited nine hours for news.",
    '"We apologise to every passenger," the airline said.',
)  # fmt: skip
built.page_quote(
    PEOPLE, "Each claim was assessed fairly",
    ["Penhale Insurance"], ["Sara Quint"],
    "Penhale Insurance rejected 300 flood claims in Cornwall last winter.",
    "Sara Quint, a solicitor for the families, said they would sue.",
    '"Each claim was assessed fairly," the insurer said.',
)  # fmt: skip
built.page_quote(
    PEOPLE, "We will repay every household",
    ["Brightpath Energy"], ["Ofgem"],
    "Brightpath Energy overcharged 40,000 households for a year.",
    "Ofgem fined the supplier £9 million on Wednesday.",
    '"We will repay every household," the company said.',
)  # fmt: skip
built.page_quote(
    PEOPLE, "The vans passed every test",
    [], ["Driver and Vehicle Standards Agency"],
    "The Driver and Vehicle Standards Agency banned the operator from the roads for a year.",
    '"The vans passed every test," the company said.',
)  # fmt: skip


def build_cases() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = built.cases
    return cases


if __name__ == "__main__":
    built.write(OUT)
