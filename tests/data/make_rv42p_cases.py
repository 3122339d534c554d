# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build a reviewer's set for session 42's "it" convention and parties of a meeting
(``grounding_rv42p.jsonl``): gac42's stand-in read back past an object, its handed-on thing,
its dummy "It took <time> for", its thing the sentence before brings in, its "A group of ...
The group" (``people/standin_checks.py``, ``sentences/described_actors.py``), and gpa42's
chairs, go-betweens, tellers, missed meetings, later pronouns and joiners
(``occasions/third_parties.py``, ``occasions/meeting_presence.py``) and its office "First"
and owned "last" (``days/said_decisions.py``), at their edges.

- ``review-it``: an event's one actor, a company, backed by a sentence whose "It", "The
  company" or "The group" may mean it. Must pass: "It will cut jobs" after the company said
  a market was weak or a strike had ended (no market cuts jobs), "It also cut fares" after a
  new timetable, "It used the proceeds" after its business sold, "A Halden Group spokesman
  said ... The group" (the group's own man). Must fail: "It denies the claim" after the
  company sued another, "It plans to appeal" after it fined another, "It will use the loan"
  after it lent to another, a gift with no "to" ("gave the Ellery Gallery three sketches. It
  will show the works"), "It took the best part of a year for".
- ``review-party``: a party of a held meeting. Must pass: a chair who leads one side or is
  one side ("talks between the prime minister and union leaders were chaired by" him), a
  go-between who then sat with both, a leader of a delegation telling the talks, one who
  "could not meet X's demands" but held talks, "had been due to meet" and did, "was supposed
  to attend only the dinner but stayed". Must fail: "joined them in condemning", talks
  between her and another "postponed" or ahead, "met her online", a host who took her seat
  at a separate table.
- ``review-time``: a decision's day "said on Monday". Must pass: "First Lady", "First
  Minister's Questions", an owned "last" of a thing. Must fail: "at its last meeting", "the
  last time rates rose", "in the last budget", "at their last summit".

Run ``python tests/data/make_rv42p_cases.py`` to rebuild it. Every sentence is written for this
set (fictional companies and people, or public figures in invented sentences); each verdict
was decided when written, before any run.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv42p.jsonl")

built = SupportCases(
    "rv42p",
    [
        "LEEDS (Northern Wire) -",
        "The Severn Courier | Business\n\n",
        "By Dana Whitlock | The Lakeshore Ledger\n\n",
        "From our correspondent in Vilnius, The Amber Post.",
        "NEW YORK, Hudson Daily -",
    ],
    "Latest",
    "More to follow.",
    lead_end=" ",
)

IT, PARTY, TIME = "review-it", "review-party", "review-time"
PUBLISHED = "2025-11-14"  # a Friday


def actor(expect: bool, before: str, sentence: str, who: str, what: str, why: str) -> None:
    """An event whose one actor is ``who``, told in ``sentence`` after ``before``."""
    built.actor(IT, expect, sentence, who, what, why, before=before)


def party(expect: bool, who: str, why: str, *sentences: str) -> None:
    """A held meeting whose one party is ``who``, backed by ``sentences``."""
    built.meeting_party(PARTY, expect, [who], 0, list(sentences), f"party {who}: {why}")


def decision(
    expect: bool, why: str, sentence: str, value: str, what: str, actors: list[str]
) -> None:
    """A decision told ``what`` by ``actors``, dated ``value`` by ``sentence``."""
    extra = {"kind": "other", "description": what, "actors": actors}
    built.dated_fact(TIME, expect, why, [sentence], "events", "when", value, PUBLISHED, extra)


# fmt: off
# --- review-it: must pass ----------------------------------------------------------------------
actor(True, "Corran Dairies said the milk market was weak.", "It will cut 40 jobs at its Carlisle creamery.", "Corran Dairies", "jobs cut", "a market cuts no jobs: 'It' is the company")
actor(True, "Kilbride Glass said the strike had ended.", "It will reopen its Alloa furnace on Monday.", "Kilbride Glass", "furnace reopened", "a strike reopens nothing: 'It' is the company")
actor(True, "Pellow Bakeries admitted the recall was costly.", "It has since hired 12 food-safety inspectors.", "Pellow Bakeries", "inspectors hired", "a recall hires no one")
actor(True, "Tavistock Rail launched a new timetable on Sunday.", "It also cut peak fares by 10 per cent.", "Tavistock Rail", "fares cut", "a timetable cuts no fares: the operator")
actor(True, "Castlemere Foods sold its frozen pizza business in March.", "It used the proceeds to pay down debt.", "Castlemere Foods", "debt paid down", "the proceeds are the seller's")
actor(True, "Castlemere Foods sold its frozen pizza business in March.", "It said the sale would let it focus on cheese.", "Castlemere Foods", "focus on cheese", "a business sold says nothing")
actor(True, "Drummond Aero unveiled a new regional jet in Toulouse.", "It hopes to win its first orders by June.", "Drummond Aero", "orders sought", "a jet hopes for nothing")
actor(True, "A Halden Group spokesman said sales had fallen by a fifth.", "The group will close 30 stores in the spring.", "Halden Group", "stores closed", "the spokesman is the group's own: 'The group' is Halden Group")
actor(True, "A Corvo Bank spokeswoman confirmed the figures on Tuesday.", "The bank will cut 300 branch jobs by the end of the year.", "Corvo Bank", "branch jobs cut", "the spokeswoman speaks for the bank named")
actor(True, "An Ostrava Energy report showed output fell in May.", "The company blamed maintenance at two plants.", "Ostrava Energy", "output fall blamed on maintenance", "the report is the company's own")
actor(True, "Ashgrove Energy agreed to buy Pelham Wind for £45m.", "It will fund the purchase with a share sale.", "Ashgrove Energy", "share sale", "the buyer funds its purchase")
actor(True, "Marlow Council fined Corvo Haulage £20,000 for fly-tipping.", "It said the fine should deter other firms.", "Marlow Council", "fine meant to deter", "the fining council speaks of its fine")
actor(True, "Brisco Freight said the new depot was nearly finished.", "It will move 90 drivers there in January.", "Brisco Freight", "drivers moved", "a depot moves no drivers")
actor(True, "Greystone Water reported the reservoir was at 40 per cent.", "It has asked customers to save water.", "Greystone Water", "customers asked to save water", "a reservoir asks nothing")
# --- review-it: must fail ----------------------------------------------------------------------
actor(False, "Ridgeway Power sued Tern Solar for £5m in June.", "It denies the claim and will fight it in court.", "Ridgeway Power", "claim denied", "the one sued denies the claim, not the one who sued")
actor(False, "Marlow Council fined Corvo Haulage £20,000 for fly-tipping.", "It plans to appeal.", "Marlow Council", "appeal planned", "the one fined appeals")
actor(False, "Halden Bank lent £40m to Corvo Mining last week.", "It will use the loan to reopen a pit in Fife.", "Halden Bank", "pit reopened", "the borrower uses the loan")
actor(False, "Harwood Trust gave the Ellery Gallery three Turner sketches.", "It will show the works from March.", "Harwood Trust", "sketches shown", "the gallery given the sketches shows them")
actor(False, "Corvo Mining won a £30m order from Tarlow Steel.", "It needs the ore for a new furnace in Wales.", "Corvo Mining", "ore needed for furnace", "the buyer of the ore needs it")
actor(False, "Gresham Foods overtook Pellow Bakeries as Britain's biggest baker.", "It had held the title for a decade.", "Gresham Foods", "title held for a decade", "the one overtaken had held the title")
actor(False, "Ashgrove Energy beat Pelham Wind to the Dogger contract.", "It will appeal the award.", "Ashgrove Energy", "award appealed", "the loser appeals, not the winner")
actor(False, "Harlow Cement raised prices by 5 per cent.", "It took the best part of a year for builders to complain.", "Harlow Cement", "builders complained", "a dummy 'It took ... for': the builders complained")
actor(False, "Fenwick Bakeries sold its Leeds bakery to Ostrava Foods.", "It will run the site from Bradford.", "Fenwick Bakeries", "site run from Bradford", "the buyer runs the site sold to it")
actor(False, "Tavistock Rail launched a new sleeper train in May.", "It carries 200 passengers a night to Penzance.", "Tavistock Rail", "passengers carried", "'It' is the new train")
actor(False, "Gresham Foods sued Pellow Bakeries over a recipe.", "The company denies copying it.", "Gresham Foods", "copying denied", "the one sued denies copying")
actor(False, "Ridgeway Power paid Tern Solar £8m to settle the case.", "It will spend the money on batteries.", "Ridgeway Power", "money spent on batteries", "the one paid spends the money")
actor(False, "Pryor Museum handed 200 fossils to Kessock University.", "It will catalogue them by spring.", "Pryor Museum", "fossils catalogued", "the university given the fossils catalogues them")

# --- review-party: must pass -------------------------------------------------------------------
party(True, "Keir Starmer", "the chair is one side of the talks", "The talks between the prime minister and union leaders were chaired by Keir Starmer himself in Downing Street.")
party(True, "Pieter Smit", "the chair also led one side", "The talks between the two delegations were chaired by Pieter Smit, who also led the Dutch side.")
party(True, "Rafael Nunes", "the organiser sat at the head of the table", "The meeting between the two club owners, organised by Rafael Nunes, was held at his villa, where he sat at the head of the table.")
party(True, "Badr Albusaidi", "a go-between who then met both together", "Badr Albusaidi shuttled between Doha and Riyadh before sitting down with both leaders together in Muscat.")
party(True, "Mei Chen", "the note-carrier joined the joint session", "Mei Chen carried notes between the two delegations for a week, then chaired their first joint session, where all three sat at one table.")
party(True, "Aiko Tanaka", "she led a delegation in the talks she tells", "The envoy who led the Japanese delegation, Aiko Tanaka, said the two sides met for three hours in Manila.")
party(True, "Arif Khan", "could not meet him until Friday, when they sat down", "The Indian premier could not meet Arif Khan until Friday, when the two men sat down in Delhi.")
party(True, "Anna Berg", "'meet her demands' is no meeting; they held talks", "The finance minister said he could not meet Anna Berg's demands, but the two held talks for three hours in Riga.")
party(True, "Lena Vos", "due to meet and did, as planned", "The king had been due to meet Lena Vos on Monday and received her at the palace as planned.")
party(True, "Tomas Novak", "supposed to attend only the dinner, he stayed for the talks", "Tomas Novak was supposed to attend only the dinner but stayed for the talks with the Austrian chancellor.")
party(True, "Greta Holm", "expected, and arrived to join the talks", "Greta Holm had been expected to attend and flew in on the second day to join the talks in Tallinn.")
party(True, "Ines Duarte", "phoned, then met in person", "The president phoned Ines Duarte on Monday and later met her in Lisbon.")
party(True, "Olu Bello", "watched, then joined them for dinner", "Olu Bello watched the talks from a side room and then joined them for dinner in Abuja.")
party(True, "Ruth Mensah", "the host took her seat at the table", "Ruth Mensah, the host, took her seat at the head of the table as the talks began in Accra.")
# --- review-party: must fail -------------------------------------------------------------------
party(False, "Olu Bello", "'joined them in condemning' is agreement, not presence", "Olu Bello watched the talks from Lagos and joined them in condemning the attack.")
party(False, "Lena Vos", "talks between her and the premier were postponed", "Lena Vos said talks between her and the Estonian premier had been postponed until next month.")
party(False, "Ines Duarte", "met online, not in the room", "The president phoned Ines Duarte on Monday and later met her online.")
party(False, "Ruth Mensah", "the host sat apart while the two met alone", "Ruth Mensah, the host, took her seat at a separate table while the two presidents met alone.")
party(False, "Helga Moen", "an organiser of others' talks", "The meeting between the two fishing ministers was organised by Helga Moen, a Nordic Council official.")
party(False, "Diego Ramos", "a sponsor of two others' talks", "Talks between the two rebel groups, sponsored by Diego Ramos, opened in Havana on Tuesday.")
party(False, "Jonas Berg", "a go-between carrying messages", "Jonas Berg relayed messages between the two camps throughout the night, but never entered the room.")
party(False, "Arif Khan", "could not meet him at all", "The Indian premier could not meet Arif Khan, who was ill, and held talks with his deputy instead.")
party(False, "Greta Holm", "was supposed to attend and did not", "Greta Holm was supposed to attend the talks but stayed in Stockholm with a fever.")
party(False, "Paolo Ricci", "had been due to meet, then cancelled", "The chancellor had been due to meet Paolo Ricci in Rome, but the trip was cancelled.")
party(False, "Sara Lind", "a spokeswoman telling others' meeting, having met reporters", "Sara Lind, a spokeswoman, said she met reporters after the two ministers met for an hour.")
party(False, "Oskar Brandt", "a teller whose 'who led' is another's", "Oskar Brandt said the minister, who led the delegation, met the Polish premier for two hours.")
party(False, "Nadia Farouk", "talks between her and the premier are still ahead", "Nadia Farouk said talks between her and the Tunisian premier would take place next month.")
party(False, "Kwame Asante", "he monitored from far away and joined by video", "Kwame Asante followed the talks from Kumasi and joined them by video link.")

# --- review-time: must pass --------------------------------------------------------------------
decision(True, "'First Lady' is an office", "The White House will host a literacy summit, First Lady Jill Biden said on Monday.", "Monday", "White House will host literacy summit", ["White House"])
decision(True, "'First Minister's Questions' names a session, no other time", "The Scottish Government will buy two ferries, John Swinney told First Minister's Questions on Thursday.", "Thursday", "Scottish Government to buy two ferries", ["Scottish Government"])
decision(True, "'its last coal plant' is the final one", "Drax Power said on Tuesday it will close its last coal plant.", "Tuesday", "Drax to close coal plant", ["Drax Power"])
decision(True, "'their last two stores' is no time", "Wilko's owners will shut their last two stores, a spokesman said on Wednesday.", "Wednesday", "Wilko owners to shut stores", ["Wilko"])
decision(True, "'the last remaining ferry' is no time", "Caledonian Ferries will sell the last remaining ferry on the route, its chief executive said on Monday.", "Monday", "Caledonian Ferries to sell ferry", ["Caledonian Ferries"])
decision(True, "'First Secretary of State' is an office", "The government will scrap the levy, First Secretary of State Angela Rayner said on Thursday.", "Thursday", "government to scrap levy", ["government"])
decision(True, "'her last' of a thing", "Tarlow Holdings will sell its last stake in Corvo Bank, chief executive Ana Ruiz said on Tuesday.", "Tuesday", "Tarlow to sell stake in Corvo Bank", ["Tarlow Holdings"])
decision(True, "'First Deputy Prime Minister' is an office", "Ukraine will extend the grain corridor, First Deputy Prime Minister Yulia Svyrydenko said on Monday.", "Monday", "Ukraine to extend grain corridor", ["Ukraine"])
decision(True, "'the last mile' of a line is no time", "Network Rail will rebuild the last mile of the Hope Valley line, its route director said on Wednesday.", "Wednesday", "Network Rail to rebuild line", ["Network Rail"])
decision(True, "'their last' aircraft", "Qantas will retire their last Boeing 717s, the airline's chief executive said on Thursday.", "Thursday", "Qantas to retire Boeing 717s", ["Qantas"])
# --- review-time: must fail --------------------------------------------------------------------
decision(False, "signalled 'at its last meeting'", "The Bank of England will cut rates, as it signalled at its last meeting, Governor Andrew Bailey said on Thursday.", "Thursday", "Bank of England to cut rates", ["Bank of England"])
decision(False, "'the last time rates rose' is another time", "The Federal Reserve will hold rates, as it did the last time inflation rose, Chair Jerome Powell said on Wednesday.", "Wednesday", "Federal Reserve to hold rates", ["Federal Reserve"])
decision(False, "promised 'in the last budget'", "The Treasury will raise the fuel duty, as promised in the last budget, the Chancellor said on Monday.", "Monday", "Treasury to raise fuel duty", ["Treasury"])
decision(False, "agreed 'at their last summit'", "The Nordic states will pool air defences, as agreed at their last summit, Finland's president said on Tuesday.", "Tuesday", "Nordic states to pool air defences", ["Nordic states"])
decision(False, "decided 'at its last board meeting'", "Tarlow Holdings will sell its stake in Corvo Bank, a step decided at its last board meeting, Ana Ruiz said on Tuesday.", "Tuesday", "Tarlow to sell stake in Corvo Bank", ["Tarlow Holdings"])
decision(False, "'First Minister' is an office, but 'first set out in March' is another time", "Wales will scrap the levy, a plan first set out in March, First Minister Eluned Morgan said on Monday.", "Monday", "Wales will scrap levy", ["Wales"])
decision(False, "agreed 'in the last round of talks'", "Ukraine will extend the grain corridor, as agreed in the last round of talks, First Deputy Prime Minister Yulia Svyrydenko said on Monday.", "Monday", "Ukraine to extend grain corridor", ["Ukraine"])
decision(False, "approved 'at the last council session'", "Oslo will ban diesel buses, a plan approved at the last council session, First Deputy Mayor Anna Holt said on Thursday.", "Thursday", "Oslo will ban diesel buses", ["Oslo"])
decision(False, "announced 'at its last results'", "Qantas will retire its Boeing 717s, as announced with its last results, the airline said on Thursday.", "Thursday", "Qantas to retire Boeing 717s", ["Qantas"])
decision(False, "'in their last statement'", "The Nordic states will pool air defences, a step set out in their last statement, Finland's president said on Tuesday.", "Tuesday", "Nordic states to pool air defences", ["Nordic states"])
# --- review-it, session 43 (gac43): a saying's clause before an It doing a body's deed ---------
actor(True, "Fenwick Tiles said the housing market had slowed.", "It will shut its Stoke kiln in May.", "Fenwick Tiles", "kiln shut", "a market shuts no kiln of its own: the company")
actor(True, "Harrow Print admitted the contract was lost.", "It has since recruited 15 sales staff.", "Harrow Print", "sales staff recruited", "a lost contract recruits no one")
actor(True, "Dunmore Creamery warned the drought was severe.", "It plans to buy milk from Ireland.", "Dunmore Creamery", "milk bought from Ireland", "a drought plans nothing")
actor(True, "Bexley Steel said the furnace fire was out.", "It will lay off 60 workers at the plant.", "Bexley Steel", "workers laid off", "a fire lays off no workers")
actor(True, "Pellow Bakeries said the flour shortage was over.", "It will raise bread prices next month.", "Pellow Bakeries", "bread prices raised", "a shortage sets no prices")
actor(False, "Fenwick Tiles said the housing market had slowed.", "It fell by 4 per cent in the spring.", "Fenwick Tiles", "market fell", "the market fell: the clause's subject")
actor(False, "Ostrava Mills reported the order book was thin.", "It has shrunk for three quarters in a row.", "Ostrava Mills", "order book shrank", "the order book shrank")
actor(False, "Tarlow Cement raised prices in March.", "It took the rest of the year for rivals to follow.", "Tarlow Cement", "rivals followed", "a dummy 'It took ... for': the rivals followed")
actor(False, "Corran Dairies cut its milk price.", "It took the better part of two months for shops to pass it on.", "Corran Dairies", "price passed on", "a dummy 'It took ... for': the shops acted")
actor(False, "Kestrel Foods sued Ardley Homes over a loan.", "It disputes the debt.", "Kestrel Foods", "debt disputed", "the one sued disputes the debt")
actor(False, "Varga Ports fined Halden Shipping £50,000 for a spill.", "It will contest the fine.", "Varga Ports", "fine contested", "the one fined contests it")
actor(False, "Greystone Water paid Ardley Homes £2m for the land.", "It will spend the money on new houses.", "Greystone Water", "money spent on houses", "the one paid spends the money")
actor(False, "Bexley Steel paid Corvo Mining £9m to end the dispute.", "It will use the cash to reopen a pit.", "Bexley Steel", "pit reopened", "the one paid uses the cash")
# fmt: on


def build_cases() -> list[dict[str, Any]]:
    """The set's cases, as built above."""
    cases: list[dict[str, Any]] = built.cases
    return cases


if __name__ == "__main__":
    built.write(OUT)
