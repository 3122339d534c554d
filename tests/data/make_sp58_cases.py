# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 58's headline businesses (``grounding_sp58.jsonl``, false-alarm
writer sp58; :mod:`summarizer.verification.sentences.headline_businesses`), at the edges of

- ``headline_business``: a quote credited to a business's common noun ("the company said",
  "the retailer said in a statement", "the lender told investors") on a page whose headline
  opens with the business and which names it last before the credit: the business passes;
  a person of it, a rival, a regulator, a name inside the quoted words and a person merely
  mentioned stay refused;
- ``nearer_name``: the same credits where another name stands between the headline's
  business and the credit (a rival or a supplier "its", a person who runs it, a union, a
  court): the headline's business is not read as the noun's; the rival the page calls "it"
  is (the older reading of ``business_backs``), and no person is;
- ``reported_clause`` (:mod:`summarizer.verification.sentences.plain_reports`): a quote inside
  the clause a named speaker reports, its own subject a body, a place or a person the
  speaker talks about ("said the Ostmark lender plans ... and aims to "..."", "said the
  Transport Secretary "has no idea""): the speaker's; against the clause's subject when a
  verb gives it words, a name, a view, a wish or a finding, or an agent ("told by").

Run ``python tests/data/make_sp58_cases.py`` to rebuild it. Every article below was written
for this set in its own words, names and places made up; each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_sp58.jsonl")

HEAD, NEAR = "headline_business", "nearer_name"
LEADS = [
    "By Orla Penhallow | The Marlow Ledger | March 3, 2026",
    "SALTHAVEN (Quayside Wire) -",
    "Business desk, The Ashby Courier",
    "Markets | The Tollgate Review | 12 May 2026",
]
built = SupportCases("sp58", leads=LEADS)


# --- headline_business: the headline's business, named last before the credit ---------------
built.story(
    HEAD,
    "Pellworth Airways cuts winter flights to the islands",
    [
        "Pellworth Airways will fly to the Oskar islands twice a week this winter instead of daily, after a summer in which half its seats went empty.",
        '"We cannot keep flying empty aircraft across the strait," the airline said on Monday.',
        'Island councillor Bryn Tallow said the cut would "strand families" for days at a time.',
    ],
    (
        "We cannot keep flying empty aircraft across the strait",
        ["Pellworth Airways"],
        ["Bryn Tallow", "Oskar islands council"],
    ),
    ("strand families", ["Bryn Tallow"], ["Pellworth Airways"]),
)
built.story(
    HEAD,
    "Corvane Bank shuts 40 branches as customers move online",
    [
        "Corvane Bank is closing 40 of its high-street branches by the end of the year, with about 600 jobs at risk.",
        "Staff were told on Tuesday morning. The branches chosen are those with the fewest visits.",
        '"Nine in ten of our customers now bank on their phones," the lender said in a statement.',
    ],
    (
        "Nine in ten of our customers now bank on their phones",
        ["Corvane Bank"],
        ["Helen Marsh", "Finance Workers Union"],
    ),
)
built.story(
    HEAD,
    "Tarrow Foods recalls peanut bars after allergy scare",
    [
        "Tarrow Foods has asked shoppers to return two batches of its peanut bars, which may contain undeclared sesame.",
        'The recall covers bars with a best-before date in June. "Anyone with a sesame allergy should not eat them," the company said.',
        "Food safety inspector Ravi Olowe said no one had been reported ill.",
    ],
    (
        "Anyone with a sesame allergy should not eat them",
        ["Tarrow Foods"],
        ["Ravi Olowe", "Food Standards Office"],
    ),
)
built.story(
    HEAD,
    "Ostmark Rail orders 30 new trains",
    [
        "Ostmark Rail, the country's second-largest operator, has ordered 30 electric trains for its northern lines.",
        'The trains will enter service from 2029. "This is the biggest order in our history," the company said, adding that the older diesel fleet would be sold.',
    ],
    (
        "This is the biggest order in our history",
        ["Ostmark Rail"],
        ["Ostmark transport ministry", "Ostmark"],
    ),
)
built.story(
    HEAD,
    "Brindle Home shuts online store after cyber attack",
    [
        "Brindle Home stopped taking online orders on Thursday after hackers reached its payment system.",
        'Shops stayed open on Friday. "Card details were not taken," the retailer said, though it could not say when the website would reopen.',
        'A shopper in Lenton, Amy Carr, said she had been "left in the dark".',
    ],
    ("Card details were not taken", ["Brindle Home"], ["Amy Carr"]),
    ("left in the dark", ["Amy Carr"], ["Brindle Home"]),
)
built.story(
    HEAD,
    "Halden Motors halts output at Rusk plant",
    [
        "Halden Motors halted production at its Rusk plant on Wednesday, blaming a shortage of chips.",
        'About 2,000 workers were sent home on full pay. "We expect the line to restart within a fortnight," the carmaker said.',
        'Union organiser Pia Lund said workers had heard "the same promise last spring".',
    ],
    (
        "We expect the line to restart within a fortnight",
        ["Halden Motors"],
        ["Pia Lund", "Rusk council"],
    ),
)
built.story(
    HEAD,
    "Mirefield Water fined over sewage spills",
    [
        "Mirefield Water was fined 4 million crowns on Friday for letting sewage into the Arle river on 90 days last year.",
        'In a statement, the company said it "accepts the ruling in full" and would spend more on pipes.',
        'Regulator chief Dana Holt called the spills "a failure of basic care".',
    ],
    ("accepts the ruling in full", ["Mirefield Water"], ["Dana Holt", "Arle River Trust"]),
    ("a failure of basic care", ["Dana Holt"], ["Mirefield Water"]),
)
built.story(
    HEAD,
    "Quillon Games cancels space shooter after five years",
    [
        "Quillon Games has cancelled Starfall, the space shooter it first showed in 2021, and will close the studio that made it.",
        'The decision hits about 120 staff. "This was not an easy call," the company told investors on Tuesday.',
    ],
    ("This was not an easy call", ["Quillon Games"], ["Starfall", "Marta Quillon"]),
)
built.story(
    HEAD,
    "Astley Insurance raises home premiums by a fifth",
    [
        "Astley Insurance will charge householders about 20 per cent more from April, pointing to a wet year of flood claims.",
        '"Claims have doubled in three years," the insurer said. Consumer group Fair Cover said the rise was "steep but not a surprise".',
    ],
    ("Claims have doubled in three years", ["Astley Insurance"], ["Fair Cover"]),
    ("steep but not a surprise", ["Fair Cover"], ["Astley Insurance"]),
)
built.story(
    HEAD,
    "Kestrel Steel to cut 900 jobs at Brackwater works",
    [
        "Kestrel Steel plans to cut 900 jobs at its Brackwater works, a third of the workforce there, as cheap imports bite.",
        'Talks with unions begin next week. "Our prices are no longer competitive," the company said on Thursday, adding that the furnace would be kept warm.',
        'Local MP Owen Farrant said the town was "reeling".',
    ],
    ("Our prices are no longer competitive", ["Kestrel Steel"], ["Owen Farrant", "Brackwater"]),
)
built.story(
    HEAD,
    "Velora Telecom restores service after nationwide outage",
    [
        "Velora Telecom said on Sunday it had restored mobile service to all its customers after a 14-hour outage.",
        'Engineers traced the fault to a software update. "We are deeply sorry," the firm said, promising a refund of one day\'s fees.',
    ],
    ("We are deeply sorry", ["Velora Telecom"], ["Velora", "Anton Brisk"]),
)
built.story(
    HEAD,
    "Grayling Dairies raises milk price paid to farmers",
    [
        "Grayling Dairies will pay farmers 2 cents more a litre from June, the first rise in two years.",
        'Farm leader Colm Reidy had called the old price "a scandal". On Tuesday, though, the company said "the market has turned".',
    ],
    ("a scandal", ["Colm Reidy"], ["Grayling Dairies"]),
)

# --- nearer_name: another name stands between the headline's business and the credit --------
built.story(
    NEAR,
    "Hollin Chocolate raises prices again",
    [
        "Hollin Chocolate will raise the price of its bars by 8 per cent from October, the third rise in a year.",
        'Rival maker Dunmore Confectionery is holding its prices for now. "We have hedged our cocoa until spring," the company said.',
    ],
    ("We have hedged our cocoa until spring", ["Dunmore Confectionery"], ["Hollin Chocolate"]),
)
built.story(
    NEAR,
    "Pennock Airlines adds routes to the south",
    [
        "Pennock Airlines will add four routes to the southern coast this summer.",
        'Its chief executive, Lena Vos, said the routes would "pay for themselves by autumn". Demand had been strong, the airline said.',
    ],
    ("pay for themselves by autumn", ["Lena Vos"], ["Pennock Airlines"]),
)
built.story(
    NEAR,
    "Sorrel Mining sells stake in copper project",
    [
        "Sorrel Mining has sold half its stake in the Vardo copper project to Keld Resources for 300 million dollars.",
        'Keld Resources will run the mine from next year and expects its first output in 2028. "The deposit is one of the richest we have seen," the company said.',
    ],
    ("The deposit is one of the richest we have seen", ["Keld Resources"], ["Sorrel Mining"]),
)
built.story(
    NEAR,
    "Lumen Retail to close 60 stores",
    [
        "Lumen Retail will close 60 of its 210 stores by March.",
        'Shop workers\' union Retail Voice called the plan "a betrayal of loyal staff". "Every store has been offered a new job nearby," the retailer said.',
    ],
    ("a betrayal of loyal staff", ["Retail Voice"], ["Lumen Retail"]),
)
built.story(
    NEAR,
    "Tessaly Pharma wins approval for migraine drug",
    [
        "Tessaly Pharma won approval on Monday for its migraine drug Clearon.",
        'The Medicines Board said the drug "works for most patients in trials". It will reach pharmacies in May, the company said.',
    ],
    ("works for most patients in trials", ["Medicines Board"], ["Tessaly Pharma"]),
)
built.story(
    NEAR,
    "Arden Bus Company loses city contract",
    [
        "Arden Bus Company has lost the contract to run the city's night buses after eight years.",
        'The council gave the contract to Weyford Coaches, which will run its first buses in June. "We are ready to go," the company said.',
    ],
    ("We are ready to go", ["Weyford Coaches"], ["Arden Bus Company"]),
)
built.story(
    NEAR,
    "Calder Energy settles price-fixing case",
    [
        "Calder Energy agreed on Wednesday to pay 12 million pounds to settle a price-fixing case.",
        'Judge Imogen Stark approved the deal and said it "closes a sorry chapter". The company admitted no wrongdoing.',
    ],
    ("closes a sorry chapter", ["Imogen Stark"], ["Calder Energy"]),
)
built.story(
    NEAR,
    "Fennick Toys recalls teething rings",
    [
        "Fennick Toys is recalling 40,000 teething rings sold since January.",
        'The rings were made for it by Orwin Plastics, which said its moulds had passed every test. "We are checking every batch," the company said.',
    ],
    ("We are checking every batch", ["Orwin Plastics"], ["Fennick Toys"]),
)
built.story(
    NEAR,
    "Marrick Hotels sold to investor group",
    [
        "Marrick Hotels has agreed to be bought by the Ashgrove investor group for 900 million euros.",
        'Founder Ruth Marrick, who owns a fifth of the shares, backed the deal. "It is the right home for the hotels," she said, and the company said staff would keep their jobs.',
    ],
    ("It is the right home for the hotels", ["Ruth Marrick"], ["Marrick Hotels", "Ashgrove"]),
)
built.story(
    NEAR,
    "Bexley Foods fined for late payments",
    [
        "Bexley Foods was fined 2 million pounds for paying its suppliers late.",
        'Groceries Adjudicator Tom Wren said the firm had kept small farms "waiting for months". "We have changed how we pay," the company said.',
    ],
    ("waiting for months", ["Tom Wren"], ["Bexley Foods"]),
)
built.story(
    NEAR,
    "Garnet Software misses sales forecast",
    [
        "Garnet Software missed its sales forecast for the third quarter in a row.",
        'Analyst Priya Dutt of Holm Securities said the company had "lost its way". "Demand will pick up next year," the firm said.',
    ],
    ("lost its way", ["Priya Dutt"], ["Garnet Software", "Holm Securities"]),
)
built.story(
    NEAR,
    "Ravel Shipping orders six vessels",
    [
        "Ravel Shipping ordered six container ships on Tuesday from the Tarn shipyard.",
        'Tarn Yards said the order would keep its docks busy until 2030. "It is our largest contract," the company said.',
    ],
    ("It is our largest contract", ["Tarn Yards"], ["Ravel Shipping"]),
)

built.story(
    NEAR,
    "Brindle Home sold to Castor Retail Group",
    [
        "Brindle Home is being bought for 80 million pounds, the second owner change in four years.",
        'Buyers were told on Monday. "Brindle will keep its name and its shops," the parent company said.',
    ],
    ("Brindle will keep its name and its shops", ["Castor Retail Group"], ["Brindle Home"]),
)
built.story(
    NEAR,
    "Pellworth Airways loses island contract",
    [
        "Pellworth Airways will stop flying to the Oskar islands in May after the islands' council chose another operator.",
        'A smaller carrier from the mainland will take over the route. "We will double the number of flights," the airline said.',
    ],
    ("We will double the number of flights", [], ["Pellworth Airways", "Orrin Air"]),
)
built.story(
    NEAR,
    "Tarrow Foods faces boycott call",
    [
        "Tarrow Foods has been asked to stop buying palm oil from cleared forest.",
        'A campaign group, Green Aisle, wrote to its board last week. "We will not stop until the contracts end," the group said.',
    ],
    ("We will not stop until the contracts end", ["Green Aisle"], ["Tarrow Foods"]),
)
built.story(
    NEAR,
    "Halden Motors to share plant with rival",
    [
        "Halden Motors will build cars for a rival carmaker at its Rusk plant from next year.",
        'The rival company, which has no factory in the country, will pay for a new paint shop. "Rusk has the skills we need," the carmaker said.',
    ],
    ("Rusk has the skills we need", [], ["Halden Motors", "Brenna Autos"]),
)
built.story(
    HEAD,
    "Corvane Bank names new chief executive",
    [
        "Corvane Bank has chosen an outsider to run it for the first time in its 120-year history.",
        'Shares rose 2 per cent. "We wanted fresh eyes on the business," the lender said, without naming a start date.',
    ],
    ("We wanted fresh eyes on the business", ["Corvane Bank"], ["Corvane"]),
)
built.story(
    HEAD,
    "Quillon's studio closure hits 120 jobs",
    [
        "Quillon Games will close its Harrowgate studio in June.",
        'Staff were told by video call on Tuesday. "It is a painful decision," the company said in a note to staff.',
    ],
    ("It is a painful decision", ["Quillon Games"], ["Harrowgate studio", "Quillon"]),
)


# --- reported_clause: a quote inside the clause a named speaker reports -----------------------
REPORT = "reported_clause"


built.page_quote(
    REPORT,
    "move into the top three in the north",
    ["Dana Whitcombe"],
    ["Harlow Savings", "Ostmark"],
    'Dana Whitcombe, Harlow Savings\' chief executive, said the Ostmark lender plans 40 new branches in Vell and aims to "move into the top three in the north".',
)
built.page_quote(
    REPORT,
    "has no idea how to build anything",
    ["Piers Gallan"],
    ["Joan Hale"],
    'Skyward\'s chief executive, Piers Gallan, never one to hold back, said the Transport Secretary "has no idea how to build anything".',
    "Transport Secretary Joan Hale did not reply.",
)
built.page_quote(
    REPORT,
    "running out of money by March",
    ["Amara Kole"],
    ["World Grain Office", "Tessaly"],
    'Amara Kole, a deputy director at the World Grain Office, said the agency was "running out of money by March" in Tessaly and two other countries.',
)
built.page_quote(
    REPORT,
    "nowhere near the bottom",
    ["Ruth Ansel"],
    ["Keller Data"],
    'Ruth Ansel, Keller Data\'s head of research, told a May 12 briefing that the slump had far to go, with prices "nowhere near the bottom".',
)
built.page_quote(
    REPORT,
    "a mess of its own making",
    ["Colin Dray"],
    ["Marrow Council"],
    'Opposition leader Colin Dray said Marrow Council had made "a mess of its own making" and should resign.',
)
built.page_quote(
    REPORT,
    "ready to sign by the summer",
    ["Ines Pardo"],
    ["Velmont", "Ostria"],
    'Trade Minister Ines Pardo said Velmont and Ostria would be "ready to sign by the summer" if the last tariff lines were settled.',
)
built.page_quote(
    REPORT,
    "far too slow",
    ["Hugo Brandt"],
    ["Northern Rail Board"],
    'Hugo Brandt, who chairs the passengers\' panel, said the Northern Rail Board had been "far too slow" to replace the old trains.',
)
built.page_quote(
    REPORT,
    "the best season we have had",
    ["Lise Moreau"],
    ["Calder Rovers"],
    'Coach Lise Moreau said Calder Rovers had just finished "the best season we have had" in twenty years.',
)
built.page_quote(
    REPORT,
    "a fair deal for every driver",
    ["Omar Fell"],
    ["Transport Union"],
    'Omar Fell, of the Transport Union, said the drivers had voted for "a fair deal for every driver" and would not back down.',
)
built.page_quote(
    REPORT,
    "clearly inadequate",
    ["Nora Quist"],
    ["Hollis Group"],
    'Analyst Nora Quist said Hollis Group\'s rescue plan was "clearly inadequate" for a company of its size.',
)
# someone else's voice in the reported clause: the quote is theirs, or at least not surely
# the speaker's
built.page_quote(
    REPORT,
    "a betrayal of members",
    ["Rail Workers Union"],
    ["Dana Whitcombe"],
    'Dana Whitcombe said the Rail Workers Union had branded the offer "a betrayal of members".',
)
built.page_quote(
    REPORT,
    "completely unacceptable",
    [],
    ["Piers Gallan"],
    'Piers Gallan said Minister Joan Hale had called the delay "completely unacceptable".',
)
built.page_quote(
    REPORT,
    "not up for discussion",
    [],
    ["Tom Brisk"],
    'Tom Brisk had been told by Ana Velde, the club\'s chair, that his role was "not up for discussion".',
)
built.page_quote(
    REPORT,
    "deeply betrayed",
    [],
    ["Amara Kole"],
    'Amara Kole said the farmers of Tessaly felt "deeply betrayed" by the ministry.',
)
built.page_quote(
    REPORT,
    "no more delays",
    [],
    ["Ruth Ansel"],
    'Ruth Ansel said the Keller Data board wanted "no more delays" to the merger.',
)
built.page_quote(
    REPORT,
    "the end of cheap credit",
    [],
    ["Colin Dray"],
    'Colin Dray said the Marrow Council report described the vote as "the end of cheap credit".',
)
built.page_quote(
    REPORT,
    "within weeks",
    [],
    ["Ines Pardo"],
    'Ines Pardo said Velmont had promised a reply "within weeks".',
)
built.page_quote(
    REPORT,
    "a historic moment",
    [],
    ["Hugo Brandt"],
    'Hugo Brandt said Premier Ola Sund had hailed the treaty as "a historic moment".',
)
built.page_quote(
    REPORT,
    "not our fault",
    [],
    ["Lise Moreau"],
    'Lise Moreau said Calder Rovers had insisted the loss was "not our fault".',
)
built.page_quote(
    REPORT,
    "a fair deal for every driver",
    [],
    ["Omar Fell"],
    'Omar Fell said, according to the union\'s own notes, that Mina Rast had demanded "a fair deal for every driver".',
)
built.page_quote(
    REPORT,
    "too little, too late",
    [],
    ["Nora Quist"],
    'Nora Quist said Hollis Group\'s creditors believed the plan was "too little, too late".',
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
