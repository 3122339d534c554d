# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build a reviewer's set for session 40's actor and side rules (``grounding_rv40a.jsonl``):
gac40's idle stand-ins, bare-noun margins and telling tags, go40a's owned persons and premier.

- ``idle-standin``: an actor told only by "it" or "the company". Must fail: "it" acted on by
  an agent, a thing's "it", a description as an object, an investors' group. Must pass: "it"
  passive in one clause and active in the next ("It was hit by the downturn and has cut"), "It
  took a $40m charge to restructure", a thing's subject before an "it" that does a body's
  deed, a fronted "Last week the company", "A spokesman for X Group ... The group".
- ``owned-person``: "his"/"her" before a person. Must fail: the owner's successor, deputy,
  attacker or son acts; a premier owned by the one named. Must pass: "Her lawyer said she
  would appeal", "His agent confirmed he had signed", the premier named in person.
- ``margin-told``: a margin after a bare noun subject, a telling tag's day. Must fail: a price
  or an index moved by points, a deed's day told to a hearer later. Must pass: a side beaten
  by "Champions"/"Two late tries", a course committed by the telling.

Run ``python tests/data/make_rv40a_cases.py`` to rebuild it. Every sentence is written for this
set (fictional firms, people and places); each verdict was decided when written, before any run.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv40a.jsonl")

built = SupportCases(
    "rv40a",
    leads=[
        "By Priya Natarajan | The Wexcombe Standard",
        "DENVER (Front Range Wire) -",
        "BUSINESS DESK | The Solent Evening Post",
        "From our Johannesburg bureau, The Highveld Monitor.",
        "Filed by staff | Ohio Valley Ledger | 3 March",
    ],
)
IDLE, OWNED, MARGIN = "idle-standin", "owned-person", "margin-told"
PUBLISHED = "2025-11-14"  # a Friday


def actor(
    category: str, expect: bool, before: str, sentence: str, who: str, what: str, why: str
) -> None:
    built.actor(category, expect, sentence, who, what, why, before=before)


# fmt: off
# --- idle-standin: must pass ------------------------------------------------------------------
for before, sentence, who, what, why in [
    ("Brackley Plastics makes packaging for supermarkets in the Midlands.",
     "It was hit hard by the slump in orders and has cut 300 jobs at its Corby plant.",
     "Brackley Plastics", "300 jobs cut at Corby", "'it' is passive in one clause and the subject of 'has cut' in the next"),
    ("Tolland Mutual is one of Connecticut's oldest insurers.",
     "The company was bought by Sorrel Capital in 2019 and has since shut two call centers.",
     "Tolland Mutual", "call centres shut", "the company bought is the one that shut the call centres"),
    ("Ravensby Steel reported a loss for the third quarter on Thursday.",
     "It took a $40m charge to restructure.",
     "Ravensby Steel", "took a $40m restructuring charge", "taking a charge is the company's own deed"),
    ("Marlow Air's profit fell 20% last year.",
     "It has now cut 400 jobs across its Scottish bases.",
     "Marlow Air", "400 jobs cut", "a profit cuts no jobs: 'it' is the airline"),
    ("Corran Bank's share price jumped on Monday.",
     "It has agreed to sell its card business to a US rival for £600m.",
     "Corran Bank", "card business sale agreed", "a share price agrees no sale: 'it' is the bank"),
    ("Drumlin Foods closed its oldest bakery in the spring.",
     "Last week the company cut another 150 jobs in Dundee.",
     "Drumlin Foods", "150 jobs cut in Dundee", "a fronted 'Last week' before the company, the subject"),
    ("Stourhead Telecom missed its targets for a second year.",
     "In a statement the company said it would cut its dividend by half.",
     "Stourhead Telecom", "dividend cut by half", "'In a statement' is a fronted phrase; the company is the subject"),
    ("A spokesman for Calder Group said talks with the unions had broken down.",
     "The group will now close its Motherwell site in June.",
     "Calder Group", "Motherwell site to close", "'A spokesman for Calder Group' opens with a spokesman, not a group of its own"),
    ("Greyfield Insurance paid out £1.2bn in storm claims this year, more than rival Ossory Mutual.",
     "The insurer then raised its home premiums by 9%.",
     "Greyfield Insurance", "home premiums raised", "the sentence's subject, not its compared rival, is the insurer"),
    ("Kelso Air, which rivals Skelby Air on the Dublin route, lost money for the first time in a decade.",
     "The airline also cut its winter schedule by a fifth.",
     "Kelso Air", "winter schedule cut", "'rivals' is Kelso's verb: the airline is Kelso, the subject"),
    ("Harwood Water serves 1.4 million homes in the north-west.",
     "It was vital to the drought plan, lending 40 million litres a day to its neighbours.",
     "Harwood Water", "lent water to neighbours", "'It was vital to' is no dummy: 'it' is the water company, which lent"),
    ("Pellman Chemicals reported record sales on Wednesday.",
     "Also on Wednesday the company said it would build a new plant in Ohio.",
     "Pellman Chemicals", "new plant announced", "a fronted day before the company, the subject"),
]:
    actor(IDLE, True, before, sentence, who, what, why)

# --- idle-standin: must fail ------------------------------------------------------------------
for before, sentence, who, what, why in [
    ("Fennick Logistics lost a contract with the NHS last year.",
     "It was sued by a former supplier for £12m in March.",
     "Fennick Logistics", "lawsuit filed", "sued: the supplier, not Fennick, brought the claim"),
    ("Osmond Energy owns the Carrow gas field.",
     "It took four years and $900m to build.",
     "Osmond Energy", "field cost $900m", "'it' is the field, a thing built"),
    ("Ardley Buses says fuel prices are squeezing small operators.",
     "It is becoming harder for rural routes to break even.",
     "Ardley Buses", "rural routes struggle", "a dummy 'it' of ease acts for no one"),
    ("Tavistock Power's turbine failed on Sunday.",
     "It had supplied a fifth of the county's electricity.",
     "Tavistock Power", "supplied a fifth of electricity", "the nearer subject, the turbine, is what supplied the power"),
    ("Belgrave Retail warned on profits on Monday.",
     "Investors sold the company heavily, cutting its value by £300m.",
     "Belgrave Retail", "share sell-off", "the company is sold, the investors act"),
    ("A group of investors led by Hollin Capital bid for Strand Mills on Tuesday.",
     "The group also offered to keep the mill's 200 staff.",
     "Strand Mills", "offer to keep staff", "'the group' is the investors' group, not the mill"),
    ("Norbury Council refused Tessa Homes planning permission for 80 houses.",
     "The company was then criticised by the planning inspector.",
     "Norbury Council", "inspector criticised", "the company is criticised by the inspector; the council is no company"),
    ("Caister Rail's new timetable started on Sunday.",
     "It was drawn up by consultants over 18 months.",
     "Caister Rail", "timetable drawn up", "the timetable was drawn up by consultants"),
    ("Wendover Foods announced a takeover bid for Peakdale Dairies on Friday.",
     "The dairy was valued by analysts at £90m.",
     "Wendover Foods", "dairy valued", "analysts valued the dairy; Wendover did nothing here"),
    ("Lynton Motors' flagship plant closed in May.",
     "It had built 40,000 vans a year since 1998.",
     "Lynton Motors", "built 40,000 vans a year", "'it' is the plant, the nearer subject"),
    ("Glenmore Bank was fined on Thursday.",
     "It was fined £5m by the Financial Conduct Authority for failings in its anti-money-laundering checks.",
     "Glenmore Bank", "bank fined", "the fine's actor is the regulator, the bank is acted on"),
]:
    actor(IDLE, False, before, sentence, who, what, why)

# --- owned-person: must pass ------------------------------------------------------------------
for before, sentence, who, what, why in [
    ("Magda Ferris was convicted of fraud at Leeds Crown Court on Tuesday.",
     "Her lawyer said she would appeal the verdict.",
     "Magda Ferris", "appeal planned", "the client appeals: 'she' is Ferris"),
    ("Striker Tomas Riva has left Carnford Town after four seasons.",
     "His agent confirmed that he had signed for Ardrossan on a three-year deal.",
     "Tomas Riva", "signed for Ardrossan", "the player signs, the agent confirms"),
    ("Senator Carla Brandt faced questions over her campaign funds on Monday.",
     "Her spokeswoman said she would repay the $40,000 in full.",
     "Carla Brandt", "repay $40,000", "the senator repays; her spokeswoman says so"),
    ("Olympic champion Dev Anand withdrew from the Paris meeting.",
     "His coach said he had torn a hamstring in training on Friday.",
     "Dev Anand", "hamstring torn", "the athlete tore it; the coach reports it"),
    ("Mayor Ruth Okafor is under pressure over the bus contract.",
     "Her deputy, Sam Hale, said she would publish the contract on Monday.",
     "Ruth Okafor", "contract to be published", "'she' is the mayor; the deputy is Sam Hale"),
    ("Novelist Ines Calder died on Sunday aged 88.",
     "Her publisher said she had finished a last novel weeks before her death.",
     "Ines Calder", "last novel finished", "the novelist finished it; the publisher reports"),
    ("Ghanaian footballer Kofi Mensah was sent off in the derby on Saturday.",
     "His manager said he would accept the three-match ban.",
     "Kofi Mensah", "ban accepted", "the banned player accepts it"),
    ("Anthony Albanese visited Sydney on Monday.",
     "Anthony Albanese met New South Wales' premier, Chris Minns, at Kirribilli House.",
     "Chris Minns", "premier met", "the premier named in person is met"),
    ("Keir Starmer flew to Beijing on Wednesday.",
     "Keir Starmer met China's premier, Li Qiang, in the Great Hall of the People.",
     "Li Qiang", "talks in Beijing", "the premier named is the one met"),
    ("Mark Carney held talks in Toronto.",
     "Mark Carney met Ontario's premier, Doug Ford, and later Ford's finance minister.",
     "Mark Carney", "talks in Toronto", "Carney is the one meeting"),
]:
    actor(OWNED, True, before, sentence, who, what, why)

# --- owned-person: must fail ------------------------------------------------------------------
for before, sentence, who, what, why in [
    ("Former health minister Alan Brody left office in March.",
     "His successor cut the hospital building budget by a fifth.",
     "Alan Brody", "hospital budget cut", "the successor cut it, not Brody"),
    ("Councillor Joan Ives was on leave in August.",
     "Her deputy signed the £2m paving contract in her absence.",
     "Joan Ives", "paving contract signed", "the deputy signed, Ives was away"),
    ("Restaurateur Luca Bellini retired in 2018.",
     "His former partner sold the Soho restaurant in 2019.",
     "Luca Bellini", "restaurant sold", "the partner sold it"),
    ("Farmer Gwen Pryce stepped back from the business last year.",
     "Her eldest son has since taken over the dairy herd.",
     "Gwen Pryce", "dairy herd taken over", "the son took over"),
    ("Runner Lena Hart was attacked in a Bristol park in May.",
     "Her attacker was jailed for six years on Thursday.",
     "Lena Hart", "attacker jailed", "the attacker is jailed; Hart is the victim"),
    ("Coach Ray Dunne was sacked by Harrowby on Monday.",
     "His assistant then named an unchanged side for the Cup tie.",
     "Ray Dunne", "side named", "the assistant named the side after Dunne went"),
    ("Tech founder Ana Ruiz stepped down as chief executive in January.",
     "Her replacement has cut 120 jobs at the Lisbon office.",
     "Ana Ruiz", "120 jobs cut", "the replacement cut them"),
    ("Keir Starmer flew to Beijing on Wednesday.",
     "Keir Starmer met Xi Jinping's premier, Li Qiang, in the Great Hall of the People.",
     "Xi Jinping", "talks in Beijing", "the premier is met, not Xi"),
    ("Mark Carney held talks in Alberta.",
     "Mark Carney met Danielle Smith's predecessor, Jason Kenney, in Calgary.",
     "Danielle Smith", "talks in Calgary", "the predecessor is met, not Smith"),
    ("Senator Mia Cole was abroad this week.",
     "Her chief of staff met union leaders in Columbus on Tuesday.",
     "Mia Cole", "met union leaders", "the chief of staff met them"),
    ("Baroness Jill Okoro was taken ill at the weekend.",
     "Her two sons accepted the award on her behalf.",
     "Jill Okoro", "award accepted", "the sons accepted it"),
]:
    actor(OWNED, False, before, sentence, who, what, why)

# --- margin-told: margins (value beaten by a margin) --------------------------------------------
for expect, sentence, who, what, why in [
    (True, "Champions crushed Kelso Harlequins by 40 points in the semi-final at Netherdale.",
     "Kelso Harlequins", "rugby semi-final", "the beaten team is a side of the semi-final"),
    (True, "Two late tries beat Carlow by four points at Donnybrook.",
     "Carlow", "rugby match", "the beaten team is a side"),
    (True, "Holders edged Fenwick Rovers by a single goal in the replay.",
     "Fenwick Rovers", "cup replay", "the beaten team is a side"),
    (True, "Hosts thrashed Lanark by nine wickets at Titwood.",
     "Lanark", "cricket match", "the beaten team is a side"),
    (True, "Favourites beat Galway United by three goals in Friday's final.",
     "Galway United", "cup final", "the beaten team is a side"),
    (True, "Unbeaten Ashby beat Corby Town by two goals at the weekend.",
     "Corby Town", "league match", "the beaten team is a side"),
    (False, "Heavy selling knocked Brennock Mining by 40 pence in early trade.",
     "Brennock Mining", "Brennock shares fell", "a share price moved by pence is no side of a contest"),
    (False, "Profit-taking dragged the Nikkei by 600 points on Tuesday.",
     "Nikkei", "Tokyo shares fell", "an index's points are no margin of a contest"),
    (False, "Rate fears hit Hollis Property by 30 points in the first hour.",
     "Hollis Property", "property shares fell", "a share price in points: acted on"),
    (False, "Traders marked down the Straits Times Index by 45 points before noon.",
     "Straits Times Index", "Singapore shares fell", "an index's points, no contest"),
]:
    actor(MARGIN, expect, "", sentence, who, what, why)
# fmt: on


def event(
    expect: bool, why: str, evidence: list[str], value: str, description: str, actors: list[str]
) -> None:
    extra = {"kind": "other", "description": description, "actors": actors}
    built.dated_fact(MARGIN, expect, why, evidence, "events", "when", value, PUBLISHED, extra)


# --- margin-told: a telling tag's day -------------------------------------------------------------
# fmt: off
for expect, why, evidence, value, description, actors in [
    (False, "when 'Tuesday': the plant shut in August; investors were told on Tuesday",
     ["Carrick Glass shut its Alloa furnace in August, the company told investors on Tuesday."],
     "Tuesday", "Carrick shut furnace", ["Carrick Glass"]),
    (False, "when 'Monday': the fine was paid last year",
     ["Dunmore Water paid a £3m fine last year, its chief executive told MPs' staff on Monday."],
     "Monday", "Dunmore paid fine", ["Dunmore Water"]),
    (False, "when 'Thursday': the bonds were sold in June",
     ["Selwyn Council sold £20m of green bonds in June, the treasurer told councillors on Thursday morning."],
     "Thursday", "council sold green bonds", ["Selwyn Council"]),
    (False, "when 'Wednesday': the recall began a fortnight ago",
     ["Ostler Toys began recalling 80,000 scooters a fortnight ago, the firm told retailers on Wednesday."],
     "Wednesday", "scooter recall", ["Ostler Toys"]),
    (False, "when 'Friday': the merger was agreed in 2024",
     ["Penrose Bank agreed its merger with Calloway Savings in 2024, the chairman told members on Friday."],
     "Friday", "merger agreed", ["Penrose Bank"]),
    (True, "when 'Tuesday': the dividend cut is committed by the telling",
     ["Carrick Glass will cut its dividend, the company told investors on Tuesday."],
     "Tuesday", "Carrick will cut dividend", ["Carrick Glass"]),
    (True, "when 'Monday': 'plans to close' told by its chief executive",
     ["Dunmore Water plans to close two treatment works, its chief executive told staff on Monday."],
     "Monday", "Dunmore plans to close works", ["Dunmore Water"]),
    (True, "when 'Wednesday': the warning is the telling itself",
     ["Profits will fall by a fifth this year, Ostler Toys warned investors on Wednesday."],
     "Wednesday", "Ostler profit warning", ["Ostler Toys"]),
    (True, "when 'Thursday': the firm is to sell, told to staff",
     ["Harlow Print is to sell its Luton works, the company told employees on Thursday."],
     "Thursday", "Harlow to sell Luton works", ["Harlow Print"]),
    (False, "when 'Friday': the shutting has a time of its own, next year (re-decided in review: the sentence names it)",
     ["Penrose Bank will shut eight branches next year, the lender told customers on Friday."],
     "Friday", "Penrose will shut branches", ["Penrose Bank"]),
    (True, "when 'Monday': the strike is called by the union's telling",
     ["Rail staff will strike over pay, the union told its members on Monday."],
     "Monday", "rail strike called", ["union"]),
    (False, "when 'Tuesday': the deal was signed last month; the telling is Tuesday's",
     ["Brigham Foods signed the supply deal with Tesco last month, the company told analysts on Tuesday."],
     "Tuesday", "Brigham signed supply deal", ["Brigham Foods"]),
]:
    event(expect, why, evidence, value, description, actors)
# fmt: on

# session 42 (gac42): a description whose noun opens the sentence before as an indefinite
# ("A group of investors led by Hollin Capital bid for Strand Mills. The group") reads back to
# that description, not to a name after it (sentences/described_actors._introduced)
# fmt: off
for expect, before, sentence, who, what, why in [
    (False, "A consortium of pension funds led by Arden Capital bid for Halsey Looms on Monday.",
     "The consortium also offered to keep all 300 weavers.", "Halsey Looms", "offer to keep weavers",
     "'the consortium' is the bidders', introduced as 'A consortium'"),
    (False, "A group of shareholders backed by Mirren Partners voted against Corve Brewing's board.",
     "The group wants two seats on the board.", "Corve Brewing", "board seats sought",
     "'the group' is the shareholders'"),
    (False, "An alliance of growers led by Fenby Farms sued Tarrant Foods in May.",
     "The alliance says it was underpaid for milk.", "Tarrant Foods", "underpayment claimed",
     "'the alliance' is the growers'"),
    (False, "A union representing nurses at Ashgrove Health called a strike on Friday.",
     "The union will ballot 2,000 members next week.", "Ashgrove Health", "ballot planned",
     "'the union' is the nurses' union, not the employer"),
    (True, "A court fined Harrow Water £2m on Friday.", "The company will appeal against the fine.",
     "Harrow Water", "appeal planned", "an indefinite of another noun: 'the company' is the one fined"),
    (True, "A strike hit Calder Buses on Monday.", "The company hired agency drivers to run 40 routes.",
     "Calder Buses", "agency drivers hired", "'the company' is the bus firm, not the strike"),
    (True, "A report criticised Penrith Telecom over outages.", "The company apologised to its customers.",
     "Penrith Telecom", "apology made", "'the company' is the firm criticised"),
    (True, "A fire closed Dunmore Bakeries' main plant in March.", "The company moved production to Leeds.",
     "Dunmore Bakeries", "production moved", "'the company' is the baker, not the fire"),
]:
    actor(IDLE, expect, before, sentence, who, what, why)
# --- owned-person, session 43 (gac43): a name owning the person who acts or is met -----------
for expect, before, sentence, who, what, why in (
    (False, "Olaf Scholz travelled to Rome on Monday.",
     "Olaf Scholz met Giorgia Meloni's deputy, Antonio Tajani, at the Farnesina.",
     "Giorgia Meloni", "talks in Rome", "the deputy is met, not Meloni"),
    (False, "The Irish leader toured the border.",
     "Simon Harris met Michelle O'Neill's successor, Emma Little-Pengelly, in Armagh.",
     "Michelle O'Neill", "talks in Armagh", "the successor is met"),
    (False, "Governor Dana Price was at a conference in Denver.",
     "Her chief of staff signed the water deal with the tribes on Tuesday.",
     "Dana Price", "water deal signed", "her chief of staff signed it"),
    (False, "Pedro Sanchez stayed in Madrid this week.",
     "Pedro Sanchez's envoy, Jose Albares, met the Moroccan king in Rabat.",
     "Pedro Sanchez", "talks in Rabat", "the envoy met the king"),
    (True, "Olaf Scholz travelled to Rome on Monday.",
     "Olaf Scholz met Giorgia Meloni and her deputy, Antonio Tajani, at the Farnesina.",
     "Giorgia Meloni", "talks in Rome", "Meloni herself is met"),
    (True, "Governor Dana Price was back in Denver.",
     "Dana Price and her chief of staff signed the water deal with the tribes on Tuesday.",
     "Dana Price", "water deal signed", "she signed it with her chief of staff"),
    (True, "Pedro Sanchez flew to Rabat this week.",
     "Pedro Sanchez met the Moroccan king with his envoy, Jose Albares, in Rabat.",
     "Pedro Sanchez", "talks in Rabat", "Sanchez met the king"),
    (True, "Marlow Cables cut its forecast on Monday.",
     "Marlow Cables' engineers repaired the subsea link in two days.",
     "Marlow Cables", "subsea link repaired", "a body's staff act for it"),
):
    actor(OWNED, expect, before, sentence, who, what, why)
# --- idle-standin, session 43 (gac43): "It" after a sentence opened by the value's thing ------
for expect, before, sentence, who, what, why in (
    (False, "Harwell Foods' new bakery opened in June.", "It had cost £12m to build.",
     "Harwell Foods", "bakery built", "'it' is the bakery, the subject before"),
    (False, "Corby Steel's blast furnace failed on Monday.", "It had run for 30 years without a stop.",
     "Corby Steel", "furnace run", "'it' is the furnace"),
    (False, "Tarlow Air's oldest jet was retired last week.", "It had flown 60,000 hours.",
     "Tarlow Air", "hours flown", "'it' is the jet"),
    (False, "Fenmore Rail's Leeds depot flooded overnight.", "It had been rebuilt in 2019.",
     "Fenmore Rail", "depot rebuilt", "'it' is the depot"),
    (True, "Harwell Foods' new bakery opened in June.", "It plans a second one in Wales.",
     "Harwell Foods", "second bakery planned", "a bakery plans nothing: the company"),
    (True, "Corby Steel's chief executive, Ana Reyes, said orders rose.", "It will hire 80 workers in Corby.",
     "Corby Steel", "workers hired", "the chief is the company's; a chief is no 'it'"),
    (True, "Tarlow Air's oldest jet was retired last week.", "It said the jet would go to a museum.",
     "Tarlow Air", "jet sent to museum", "a jet says nothing: the airline"),
    (True, "Ostrava Mills' new loom broke down in May.", "It will hire 30 staff to run the old ones.",
     "Ostrava Mills", "staff hired", "a loom hires no staff: the company"),
):
    actor(IDLE, expect, before, sentence, who, what, why)
# fmt: on


def build_cases() -> list[dict[str, Any]]:
    """The set's cases, as built above."""
    cases: list[dict[str, Any]] = built.cases
    return cases


if __name__ == "__main__":
    built.write(OUT)
