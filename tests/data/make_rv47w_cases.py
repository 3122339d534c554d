# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the review set of session 47's widened readings of an event's day and place
(``grounding_rv47w.jsonl``, review rv47w of wide47w; days/headed_days.py,
days/own_announcements.py, places/home_markets.py), cases written by the reviewer in new words,
at the edges of

- ``headed``: a dated head's day read as the act's: against a plan or a future act under the
  head ("will sign", "is due to"), a report by a verb the rule does not list ("denied",
  "figures showed", "warned"), a former act ("had already", "the previous day"), "last night";
  the right day in other wires' and live pages' heads ("SYDNEY, May 6, 2025 -", "LAGOS,
  Nigeria, 3 June -", "BRUSSELS -- 6 May --");
- ``announced``: a party's announcement read as the deal's or plan's day: against a negated or
  dropped plan ("would not buy", "no plans to close", "dropped its plan"), a possibility
  ("could sell", "was considering", "in talks to"), a done act told as earlier ("had already
  sold"), a planned figure or state ("return to profit", "raise the price to £2"), a third party
  whose description holds the party's name ("a spokesman for the union at Acme", "a former
  Boeing engineer"), "they" for regulators; the party's announcement in other outlets' styles;
- ``market``: a people's adjective on residents or a market read as the event's country:
  against nationals abroad or at a place the rule does not read ("stranded abroad", "killed in
  the avalanche", "at the Polish border", "flocked to Lugano", "at the Dubai show"), another
  people's adjective in the sentence ("Spanish women had fewer children than Italian women"),
  a wider adjective ("Latin American buyers", "Northern Irish voters"), another party's act on
  the economy ("sanctions to squeeze the Russian economy"); residents and markets of other
  countries in other outlets' styles.

Run ``python tests/data/make_rv47w_cases.py`` to rebuild it. Each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv47w.jsonl")

built = SupportCases(
    "rv47w",
    leads=[
        "By Tomasz Wren | The Severn Courier",
        "BUSINESS | The Lakeshore Tribune",
        "From our markets desk, The Fenland Gazette.",
        "World Briefing | Harbour Daily",
        "Money | The Northgate Echo",
    ],
)
HEADED, ANNOUNCED, MARKET = "headed", "announced", "market"


def days(category: str, paragraphs: list[str], evidence: list[str], passes: list[str], fails: list[str], kind: str, what: str, actors: tuple[str, ...] = ()) -> None:  # fmt: skip
    built.event_days(category, paragraphs, evidence, passes, fails, kind, what, actors)


def one(category: str, text: str, passes: list[str], fails: list[str], kind: str, what: str, actors: tuple[str, ...] = ()) -> None:  # fmt: skip
    days(category, [text], [text], passes, fails, kind, what, actors)


def places(text: str, passes: list[str], fails: list[str], kind: str, what: str) -> None:
    """An event told in ``text``: each of ``passes`` is its place, each of ``fails`` is not."""
    built.event_places(MARKET, text, passes, fails, kind, what)


# --- headed: a plan, a report by an unlisted verb, a former act under the head ----------------
one(HEADED, "GENEVA, 12 June - The two sides will sign the ceasefire accord at the Palais des Nations.", [], ["12 June"], "other", "signing of the ceasefire accord")  # fmt: skip
one(HEADED, "OSLO, 4 March — The central bank is due to set its new interest rate.", [], ["4 March"], "other", "interest rate decision")  # fmt: skip
one(HEADED, "MADRID, 19 Nov - The airline plans to cut 1,200 jobs at its Barajas hub.", [], ["19 Nov"], "other", "job cuts at the hub")  # fmt: skip
one(HEADED, "MOSCOW, May 3 (Steppe Wire) - Russia denied that its drones struck the power plant near Zaporizhzhia.", [], ["May 3"], "other", "drone attack on the power plant")  # fmt: skip
one(HEADED, "ANKARA, 8 August - Inflation fell to 33 per cent, official figures showed.", [], ["8 August"], "other", "inflation fell")  # fmt: skip
one(HEADED, "CARACAS, Jan 11 - The opposition leader had already fled to Spain, his party claimed.", [], ["Jan 11"], "other", "opposition leader fled")  # fmt: skip
one(HEADED, "DHAKA, 2 April - Fire crews fought the blaze at the garment factory through last night.", [], ["2 April"], "other", "garment factory fire")  # fmt: skip
one(HEADED, "TAIPEI, 14 Oct - The earthquake had struck the previous day, cutting power to 300,000 homes.", [], ["14 Oct"], "other", "earthquake")  # fmt: skip
one(HEADED, "LISBON, 22 May — Could the prime minister call a snap election?", [], ["22 May"], "vote", "snap election")  # fmt: skip
one(HEADED, "ROME, 6 June - The strike by rail workers, which began a fortnight before, goes on.", [], ["6 June"], "other", "rail strike began")  # fmt: skip
one(HEADED, "BOGOTA, 9 Sept - The president warned that the rebels would attack the pipeline again.", [], ["9 Sept"], "other", "rebel attack on the pipeline")  # fmt: skip
one(HEADED, "SEOUL, 1 Dec - The former president, who declared martial law, was jailed for life.", [], ["1 Dec"], "other", "martial law declared")  # fmt: skip
one(HEADED, "MANILA, 4 Aug - Rescuers found the last of the miners trapped by a tunnel collapse.", [], ["4 Aug"], "other", "tunnel collapse at the mine")  # fmt: skip
# the right day in other heads' styles
one(HEADED, "SYDNEY, May 6, 2025 - Qantas unveiled its first new long-haul jet in a decade.", ["May 6, 2025"], ["May 7, 2025"], "other", "Qantas unveiled its new jet", ("Qantas",))  # fmt: skip
one(HEADED, "LAGOS, Nigeria, 3 June - Dangote Refinery began selling petrol to local marketers.", ["3 June"], ["4 June"], "other", "refinery began selling petrol", ("Dangote Refinery",))  # fmt: skip
one(HEADED, "BRUSSELS -- 6 May -- European farmers blocked the streets around the Berlaymont with tractors.", ["6 May"], ["16 May"], "other", "farmers' tractor protest")  # fmt: skip
one(HEADED, "NAIROBI, Tuesday 11 March - Kenya's parliament passed the finance bill after a stormy debate.", ["11 March"], ["12 March"], "vote", "finance bill passed")  # fmt: skip
one(HEADED, "MUMBAI, 3 June - Heavy rain flooded the city's main railway line, halting trains.", ["3 June"], [], "other", "railway line flooded")  # fmt: skip
one(HEADED, "FRANKFURT, 8 May - Deutsche Kraft will buy the Dutch grid operator TenGrid for €4 billion.", ["8 May"], [], "other", "Deutsche Kraft agreed to buy TenGrid", ("Deutsche Kraft",))  # fmt: skip
one(HEADED, "CAIRO, 15 Nov - Egypt's cabinet approved a plan to sell stakes in ten state firms.", ["15 Nov"], [], "other", "cabinet approved the stake sales plan", ("Egypt",))  # fmt: skip
one(HEADED, "JOHANNESBURG, 2 Feb - Eskom cut power to two million homes for six hours.", ["2 Feb"], [], "other", "power cuts", ("Eskom",))  # fmt: skip
one(HEADED, "WELLINGTON, 19 March - New Zealand's central bank cut its main rate to 3.5 per cent.", ["19 March"], [], "other", "interest rate cut")  # fmt: skip
# the mend's edges: the checks read the head's sentence and the one under it only; "last"
# only before "night" or "evening"; a cause after "by", "after" or "following"
days(HEADED, ["MONDAY, 3 MARCH - The vote.", "MPs decide on the budget in a confidence motion.", "Both opposition parties will vote against it, which could hand the outcome to the Greens."], ["MONDAY, 3 MARCH - The vote.", "MPs decide on the budget in a confidence motion.", "Both opposition parties will vote against it, which could hand the outcome to the Greens."], ["3 March"], ["4 March"], "vote", "confidence vote on the budget", ("MPs",))  # fmt: skip
one(HEADED, "ZURICH, 2 Oct - Roche will buy the biotech firm Corvex for $3 billion, a 40% premium to its last close.", ["2 Oct"], [], "other", "Roche agreed to buy Corvex", ("Roche",))  # fmt: skip
one(HEADED, "PARIS, 3 May - Police arrested a man after a stabbing near the Gare du Nord.", [], ["3 May"], "other", "stabbing near the station")  # fmt: skip
one(HEADED, "LIVE, 28 July: Firefighters rescued two climbers from the cliff at Beachy Head.", ["28 July"], ["27 July"], "other", "cliff rescue")  # fmt: skip

# --- announced: a negated, dropped or possible plan; an earlier act; a third party ------------
one(ANNOUNCED, "Acme Foods said on Monday it would not buy Beta Bakeries after all.", [], ["Monday"], "other", "Acme Foods agreed to buy Beta Bakeries", ("Acme Foods",))  # fmt: skip
one(ANNOUNCED, "Harlow Motors said on Tuesday it had no plans to close its Swindon plant.", [], ["Tuesday"], "other", "Harlow Motors to close its Swindon plant", ("Harlow Motors",))  # fmt: skip
one(ANNOUNCED, "Corvale Energy said on Wednesday it had dropped its plan to buy Northwind Power.", [], ["Wednesday"], "other", "Corvale Energy agreed to buy Northwind Power", ("Corvale Energy",))  # fmt: skip
one(ANNOUNCED, "Tessaly Shipping said on Thursday it could sell its tanker fleet.", [], ["Thursday"], "other", "Tessaly Shipping sells its tanker fleet", ("Tessaly Shipping",))  # fmt: skip
one(ANNOUNCED, "Brightwell Group said on Friday it was in talks to buy the Ravenna chain of cafés.", [], ["Friday"], "other", "Brightwell Group agreed to buy the café chain", ("Brightwell Group",))  # fmt: skip
one(ANNOUNCED, "Orlen Chemicals said on Monday it had already sold its fertiliser arm to a Czech buyer.", [], ["Monday"], "other", "Orlen Chemicals sold its fertiliser arm", ("Orlen Chemicals",))  # fmt: skip
one(ANNOUNCED, "Pallmont Retail said on Tuesday it expects to return to profit.", [], ["Tuesday"], "other", "Pallmont Retail returned to profit", ("Pallmont Retail",))  # fmt: skip
one(ANNOUNCED, "Hearth Bakers said on Wednesday it would raise the price of its large loaf to £2.", [], ["Wednesday"], "other", "loaf price rise to £2", ("Hearth Bakers",))  # fmt: skip
one(ANNOUNCED, "Jan Holt, a spokesman for the union at Acme Foods, said on Monday the company would close the Leeds bakery.", [], ["Monday"], "other", "Acme Foods to close the Leeds bakery", ("Acme Foods",))  # fmt: skip
one(ANNOUNCED, "A former Boeing engineer said on Thursday that Boeing had cut corners on the 737 line.", [], ["Thursday"], "other", "Boeing cut corners on the 737 line", ("Boeing",))  # fmt: skip
days(ANNOUNCED, ["The competition regulator reviewed Acme Foods' offer for months.", "Acme's offer to buy Beta Bakeries breaks competition law and will be blocked, they said on Monday."], ["Acme's offer to buy Beta Bakeries breaks competition law and will be blocked, they said on Monday."], [], ["Monday"], "other", "Acme Foods offered to buy Beta Bakeries", ("Acme Foods",))  # fmt: skip
one(ANNOUNCED, "Acme Foods said on Monday it would appeal against the regulator's decision to block its takeover of Beta Bakeries.", [], ["Monday"], "other", "regulator's decision to block the takeover", ("Acme Foods", "Beta Bakeries"))  # fmt: skip
one(ANNOUNCED, "Marlow Telecom said on Friday it was considering the sale of its mast business.", [], ["Friday"], "other", "Marlow Telecom to sell its mast business", ("Marlow Telecom",))  # fmt: skip
one(ANNOUNCED, "Acme Foods said on Monday it had been fined £2 million by the food safety regulator.", [], ["Monday"], "other", "regulator fined Acme Foods", ("Acme Foods",))  # fmt: skip
one(ANNOUNCED, "Acme Foods said on Monday that Beta Bakeries had rejected its offer.", [], ["Monday"], "other", "Beta Bakeries rejected the offer", ("Acme Foods", "Beta Bakeries"))  # fmt: skip
days(ANNOUNCED, ["Acme Foods has run the Leeds bakery since 1962.", "Its rival, Brightwell Group, said on Friday that Acme Foods would close the bakery."], ["Its rival, Brightwell Group, said on Friday that Acme Foods would close the bakery."], [], ["Friday"], "other", "Acme Foods to close the Leeds bakery", ("Acme Foods",))  # fmt: skip
# the party's announcement in other outlets' styles
one(ANNOUNCED, "Acme Foods announced Monday that it will buy Beta Bakeries for £400 million.", ["Monday"], ["Sunday"], "other", "Acme Foods agreed to buy Beta Bakeries", ("Acme Foods",))  # fmt: skip
one(ANNOUNCED, "Harlow Motors, the Swindon-based carmaker, said on Tuesday it will close its paint shop.", ["Tuesday"], ["Wednesday"], "other", "Harlow Motors to close its paint shop", ("Harlow Motors",))  # fmt: skip
one(ANNOUNCED, "Corvale Energy will buy Northwind Power for $2.2 billion, the Texas utility said on Wednesday.", ["Wednesday"], [], "other", "Corvale Energy agreed to buy Northwind Power", ("Corvale Energy", "Northwind Power"))  # fmt: skip
one(ANNOUNCED, "Tessaly Shipping said in a stock exchange filing on Thursday that it will sell its tanker fleet.", ["Thursday"], ["Friday"], "other", "Tessaly Shipping to sell its tanker fleet", ("Tessaly Shipping",))  # fmt: skip
one(ANNOUNCED, "Marlow Telecom plans to cut 900 jobs, the company said on Friday.", ["Friday"], ["Saturday"], "other", "Marlow Telecom will cut 900 jobs", ("Marlow Telecom",))  # fmt: skip
one(ANNOUNCED, "Pallmont Retail told investors on Tuesday it will shut 40 stores.", ["Tuesday"], [], "other", "Pallmont Retail to shut 40 stores", ("Pallmont Retail",))  # fmt: skip

one(ANNOUNCED, "Tessaly Shipping will sell its tanker fleet to a Greek buyer, it said on Thursday.", ["Thursday"], [], "other", "Tessaly Shipping to sell its tanker fleet", ("Tessaly Shipping",))  # fmt: skip
one(ANNOUNCED, "Pallmont Retail said on Monday it will close 40 stores and cut 1,100 jobs.", ["Monday"], [], "other", "Pallmont Retail to close 40 stores", ("Pallmont Retail",))  # fmt: skip
one(ANNOUNCED, "Hearth Bakers announced on Wednesday that it had decided to raise its prices by 5 per cent.", ["Wednesday"], [], "other", "Hearth Bakers decided to raise prices", ("Hearth Bakers",))  # fmt: skip
one(ANNOUNCED, "The board of Orlen Chemicals approved the sale of its fertiliser arm, the company said on Tuesday.", ["Tuesday"], [], "other", "board approved the sale of the fertiliser arm", ("Orlen Chemicals",))  # fmt: skip
one(ANNOUNCED, "Northgate Water said on Monday it plans to build a new reservoir near Didcot.", ["Monday"], [], "other", "Northgate Water plans a new reservoir", ("Northgate Water",))  # fmt: skip

# --- market: nationals abroad, another people's adjective, a wider adjective ------------------
places("Thousands of British families were stranded abroad when the tour operator collapsed.", [], ["UK"], "other", "holidaymakers stranded abroad")  # fmt: skip
places("Three French men were killed in the avalanche on Saturday.", [], ["France"], "casualties", "avalanche deaths")  # fmt: skip
places("Ukrainian drivers were stuck for days at the Polish border.", [], ["Ukraine"], "other", "lorry queue at the border")  # fmt: skip
places("Italian shoppers flocked to Lugano as the franc weakened.", ["Lugano"], ["Italy"], "other", "cross-border shopping")  # fmt: skip
places("British buyers snapped up villas at the Dubai property show.", [], ["UK"], "other", "villa sales at the property show")  # fmt: skip
places("Spanish women had fewer children than Italian women last year.", ["Spain"], ["Italy"], "other", "Spain's fertility rate")  # fmt: skip
places("Latin American buyers drove record sales of the pick-up truck.", [], ["United States"], "other", "pick-up truck sales")  # fmt: skip
places("Northern Irish voters backed the new assembly in large numbers.", [], ["Ireland"], "vote", "assembly vote")  # fmt: skip
places("EU leaders agreed new sanctions to squeeze the Russian economy.", [], ["Russia"], "other", "sanctions agreed")  # fmt: skip
places("Two American women died when their boat capsized off the coast.", [], ["United States"], "casualties", "boat capsized")  # fmt: skip
places("Filipino men working on cruise ships were stuck at sea for months.", [], ["Philippines"], "other", "crew stuck at sea")  # fmt: skip
places("British shoppers pay more for butter than German shoppers.", ["UK"], ["Germany"], "other", "butter prices in Britain")  # fmt: skip
places("Indian workers sent home a record $129 billion from jobs in the Gulf.", [], ["India"], "other", "remittances from the Gulf")  # fmt: skip
# residents and markets in other outlets' styles
places("Latin American consumers bought 14% more smartphones in the second quarter.", ["Latin America"], [], "other", "smartphone sales rose")  # fmt: skip
places("South African households faced another rise in electricity tariffs.", ["South Africa"], [], "other", "electricity tariffs rose")  # fmt: skip
places("Spanish households spent 4 per cent more on food in the first quarter.", ["Spain"], ["Portugal"], "other", "food spending rose")  # fmt: skip
places("Brazilian consumers cut back on beef as prices climbed.", ["Brazil"], ["Argentina"], "other", "beef consumption fell")  # fmt: skip
places("Australian homeowners face another rise in mortgage costs.", ["Australia"], ["New Zealand"], "other", "mortgage costs rise")  # fmt: skip
places("Swiss voters rejected the plan for a 13th pension payment.", ["Switzerland"], ["Sweden"], "vote", "pension referendum")  # fmt: skip
places("Dutch motorists paid a record €2.19 a litre for petrol.", ["Netherlands"], ["Belgium"], "other", "petrol price record")  # fmt: skip
places("Kenyan taxpayers will foot the bill for the new expressway.", ["Kenya"], ["Uganda"], "other", "expressway funding")  # fmt: skip
places("Polish borrowers won a string of cases against their banks.", ["Poland"], [], "other", "court wins for borrowers")  # fmt: skip


def build_cases() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = built.cases
    return cases


if __name__ == "__main__":
    built.write(OUT)
