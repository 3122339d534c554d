# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build a reviewer's set for session 43's actor and quote-speaker rules
(``grounding_rv43a.jsonl``, review rv43a of gac43 and gsp43), cases written in new words at
the edges of

- ``actors``: an event's one actor backed by a sentence whose "It" may mean it, or by a name
  that owns a person (gac43, ``people/standin_checks.py``, ``people/standin_words.py``,
  ``sides/event_actors.py``). Must pass: "It" that uses "the money", "it" or "them" after the
  value paid another (the payer borrowed the sum, builds on the land it paid for); "It will
  appeal" after the value lost its case; "It took over the pit last year for £9m", "It took out
  a three-month loan for" (the body's own deed, no dummy); "It apologised" after the value's
  trains ran late; a country's or a company's own chief, minister or lawyer acting for it
  ("France's president ordered air strikes", "Kestrel Bank's chief executive announced 200
  job cuts"). Must fail: the one paid spends the cash, the one fined appeals, "It also plans"
  after the value said another body acted, "It took nearly a whole year for rivals", an
  owned thing's "It", a former chief suing the body.
- ``speakers``: "the company said" / "the firm said" (gsp43, ``quotes/business_nouns.py``,
  ``quotes/collective_speakers.py``). Must pass: a business written with a post's noun
  before or after it ("Fund manager Ardley Capital", "Ardley Capital, the fund manager,"), a
  business whose name writes a post's word ("Hugo Boss", "Envoy Air"), a "... Group" that is
  a business. Must fail: a campaign's or a think tank's "Group", a person with a post, the
  business further back past a nearer one.

Run ``python tests/data/make_rv43a_cases.py`` to rebuild it. Every sentence is written for this
set (fictional companies and people, or public figures in invented sentences); each verdict
was decided when written, before any run.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv43a.jsonl")

built = SupportCases(
    "rv43a",
    [
        "HULL (Humber Wire) -",
        "The Wensleydale Post | Business\n\n",
        "By Corinne Abara | The Tidewater Record\n\n",
        "From our correspondent in Lyon, The Rhone Letter.",
        "SEATTLE, Puget Daily -",
    ],
    "Latest",
    "More to follow.",
    lead_end=" ",
)

ACTORS, SPEAKERS = "actors", "speakers"


def actor(expect: bool, before: str, sentence: str, who: str, what: str, why: str) -> None:
    """An event whose one actor is ``who``, told in ``sentence`` after ``before``."""
    built.actor(ACTORS, expect, sentence, who, what, why, before=before)


def quote(paragraphs: list[str], words: str, passes: list[str], fails: list[str]) -> None:
    built.quote(SPEAKERS, built.page(*paragraphs), words, passes, fails)


# fmt: off
# --- "paid": the payer who borrowed, builds on what it paid for; the one paid spends it -------
actor(True, "Greystone Water paid Ardley Homes £2m for the land.", "It will build a treatment works on it by 2027.", "Greystone Water", "treatment works built", "the buyer builds on the land it paid for")
actor(True, "Harrow Print paid its freelance printers a £500 bonus in March.", "It thanked them for a record year.", "Harrow Print", "printers thanked", "the payer thanks those it paid")
actor(True, "Bexley Steel paid Corvo Mining £9m for a stake in the pit.", "It raised the money by selling its Leeds depot.", "Bexley Steel", "Leeds depot sold", "the payer raised the money it paid")
actor(True, "Tarlow Air paid Halden Leasing $40m for four used jets.", "It borrowed the sum from three banks.", "Tarlow Air", "loan taken from banks", "the payer borrowed the sum")
actor(False, "Greystone Water paid Ardley Homes £2m for the land.", "It will put the cash into a new estate in Didcot.", "Greystone Water", "estate built in Didcot", "the housebuilder paid puts the cash into houses")
actor(False, "Bexley Steel paid Corvo Mining £9m to settle the claim.", "It will spend the payment on a new shaft.", "Bexley Steel", "new shaft dug", "the one paid spends the payment")
actor(False, "Varga Ports pays Halden Dredging £3m a year to keep the channel open.", "It uses the money to run two dredgers.", "Varga Ports", "dredgers run", "the dredging firm paid runs the dredgers")
actor(False, "Greystone Water paid Ardley Homes £2m for the land.", "It had bought the plot for £400,000 in 2015.", "Greystone Water", "plot bought in 2015", "the seller had bought it years before")
# --- the one acted on who answers, and the actor who answers --------------------------------
actor(True, "Ardley Homes lost its case against Kestrel Foods on Friday.", "It will appeal against the ruling.", "Ardley Homes", "appeal lodged", "the loser appeals, not the winner")
actor(True, "Marlow Cables lost its appeal in the Court of Appeal on Monday.", "It will now appeal to the Supreme Court.", "Marlow Cables", "appeal to Supreme Court", "the loser goes on to the next court")
actor(True, "Fenby Press was fined £80,000 by the Health and Safety Executive.", "It will contest the fine.", "Fenby Press", "fine contested", "the one fined contests it")
actor(True, "Kestrel Foods rejected the claims Ardley Homes made in its lawsuit.", "It denies breaking the lease.", "Kestrel Foods", "lease breach denied", "the one that rejected the claims denies them")
actor(True, "Halden Shipping hit back at Varga Ports on Wednesday.", "It disputes the port's account of the spill.", "Halden Shipping", "spill account disputed", "'the port's account' is Varga's: Halden disputes it")
actor(False, "Varga Ports fined a Danish shipping line £50,000 for a spill.", "It will appeal against the fine.", "Varga Ports", "appeal against fine", "the line fined appeals")
actor(False, "Kestrel Foods took Ardley Homes to court over unpaid rent.", "It disputes the bill.", "Kestrel Foods", "bill disputed", "the tenant taken to court disputes it")
actor(False, "Corvo Mining sued Bexley Steel over a £9m debt.", "It has refused to pay, citing faulty ore.", "Corvo Mining", "payment refused", "the debtor sued refuses to pay")
# --- a saying's clause about another body, before "It" doing a body's deed -------------------
actor(False, "Halden Air said its rival, the state carrier, had cut fares on Tuesday.", "It will also cut 200 jobs.", "Halden Air", "jobs cut", "'also': the state carrier, which cut fares")
actor(False, "Fenwick Tiles said the new owner of its Stoke plant would raise prices.", "It also plans to hire 50 staff there.", "Fenwick Tiles", "staff hired at Stoke", "the new owner's plans")
actor(False, "Fenby Press said the printers' union had rejected its pay offer.", "It plans a strike ballot next month.", "Fenby Press", "strike ballot", "a union, not the company, ballots for a strike")
actor(False, "Harrow Print admitted the landlord had raised its rent.", "It will also charge tenants for parking from May.", "Harrow Print", "parking charges", "the landlord charges its tenants")
actor(False, "Ostrava Mills warned the bank could call in its loan.", "It wants the debt repaid by June.", "Ostrava Mills", "debt repayment sought", "the lender wants its debt repaid")
actor(False, "Corby Steel reported that Halden Rail, its biggest customer, would cut 300 jobs.", "It plans to close two depots as well.", "Corby Steel", "depots closed", "'as well': Halden Rail's plans")
actor(True, "Kestrel Foods said the council had approved its new depot.", "It will hire 80 drivers by spring.", "Kestrel Foods", "drivers hired", "a council hires no depot drivers")
actor(True, "Pellow Bakeries warned that the wheat harvest was poor.", "It will raise bread prices in May.", "Pellow Bakeries", "bread prices raised", "a harvest sets no prices")
actor(True, "Ostrava Mills said its order book was thin.", "It will cut 40 jobs in Leeds.", "Ostrava Mills", "jobs cut", "an order book cuts no jobs (a dateline before)")
# --- "It took": a dummy only when the time waits for "for" and what others did ---------------
actor(True, "Bexley Steel moved into mining in 2023.", "It took over the Corvo pit last year for £9m.", "Bexley Steel", "Corvo pit bought", "the company took the pit over")
actor(True, "Corvo Mining lost a court fight over its pit.", "It took out a three-month loan for the repairs.", "Corvo Mining", "loan taken out", "the company took out the loan")
actor(True, "Harwell Foods bought a bakery in Hull in May.", "It took a two-year option for a second site in Goole.", "Harwell Foods", "option on Goole site", "the company took the option")
actor(False, "Tarlow Cement raised its prices in March.", "It took nearly a whole year for rivals to follow suit.", "Tarlow Cement", "rivals raised prices", "a dummy: the rivals followed")
actor(False, "Fenmore Rail ordered 40 new trains from Alvaro Works in 2021.", "It took three years and a court fight for the first to arrive.", "Fenmore Rail", "trains delivered", "the maker delivers; a dummy 'It took'")
# --- an owned thing opening the sentence before ------------------------------------------
actor(True, "Fenmore Rail's trains ran late all week.", "It apologised to passengers on Friday.", "Fenmore Rail", "apology to passengers", "trains apologise for nothing: the operator")
actor(True, "Lynton Motors' shares fell 8 per cent on Monday.", "It had warned in March of weak van sales.", "Lynton Motors", "warning of weak sales", "shares warn of nothing: the carmaker")
actor(True, "Corran Dairies' profits halved last year.", "It blamed the cost of feed.", "Corran Dairies", "cost of feed blamed", "profits blame nothing")
actor(True, "Halden Shipping's chief executive, Ruth Adey, resigned on Monday.", "It has hired a recruiter to find her successor.", "Halden Shipping", "recruiter hired", "the company hires, not its chief")
actor(True, "Marlow Cables' sales director quit in May.", "It says the search for a replacement has begun.", "Marlow Cables", "search for replacement", "a director who quit is no 'it'")
actor(False, "Kestrel Bank's Irish arm was sold to Fenby Capital in May.", "It will cut 40 jobs in Cork.", "Kestrel Bank", "jobs cut in Cork", "the arm or its buyer, not the seller")
actor(False, "Tarlow Air's oldest jet made its last flight on Sunday.", "It had flown for 31 years.", "Tarlow Air", "years flown", "'it' is the jet")
actor(False, "Corby Steel's blast furnace was relit in May.", "It will now run until 2030.", "Corby Steel", "furnace run until 2030", "'it' is the furnace")
# --- a name owning a person: its own chief, minister or lawyer acts for it -----------------
actor(True, "", "Kestrel Bank's chief executive announced 200 job cuts on Tuesday.", "Kestrel Bank", "200 job cuts", "the bank's chief announces the bank's cuts")
actor(True, "", "France's president, Emmanuel Macron, ordered air strikes on the camps on Sunday.", "France", "air strikes ordered", "a country acts by its president")
actor(True, "", "Halden Shipping's lawyer filed an appeal at the High Court on Friday.", "Halden Shipping", "appeal filed", "a lawyer files for the client")
actor(True, "", "Germany's chancellor signed the gas deal with Norway in Oslo on Monday.", "Germany", "gas deal signed", "a country signs by its chancellor")
actor(True, "", "Spain's foreign minister, Jose Albares, met Morocco's king in Rabat on Thursday.", "Spain", "talks in Rabat", "Spain meets by its foreign minister")
actor(True, "", "Spain's foreign minister, Jose Albares, met Morocco's king in Rabat on Thursday.", "Morocco", "talks in Rabat", "Morocco meets by its king")
actor(True, "", "Unite's general secretary, Sharon Graham, called the strike at the Felixstowe docks.", "Unite", "strike called", "a union calls a strike by its leader")
actor(False, "", "Olaf Scholz met Emmanuel Macron's prime minister, Michel Barnier, in Berlin.", "Emmanuel Macron", "talks in Berlin", "the prime minister is met, not Macron")
actor(False, "", "Kestrel Bank's former chief executive, Tom Bale, sued the bank on Monday.", "Kestrel Bank", "lawsuit filed", "the bank is sued by its former chief")
actor(False, "Governor Dana Price was in Denver on Tuesday.", "Her deputy, Sam Ortiz, signed the water bill in Pueblo.", "Dana Price", "water bill signed", "her deputy signed it")

# --- "the company said": a post's noun by a business, a post's word in its name, "Group" ------
quote(["Fund manager Ardley Capital sold its 9 per cent stake in Fenby Bakeries on Tuesday.", '"We have lost faith in the board," the firm said.'], "We have lost faith in the board", ["Ardley Capital"], ["Fenby Bakeries"])
quote(["Ardley Capital, the fund manager, cut its stake in Strand Telecom to 3 per cent.", '"The price no longer reflects the risks," the company said in a statement.'], "The price no longer reflects the risks", ["Ardley Capital"], ["Strand Telecom"])
quote(["Castlemere Partners, an asset manager based in Leeds, has bought the Corn Exchange.", '"We will restore the hall," the company said.'], "We will restore the hall", ["Castlemere Partners"], [])
quote(["Property manager Castle Estates raised rents at its Leeds blocks by 9 per cent.", '"Our costs have risen sharply," the firm said.'], "Our costs have risen sharply", ["Castle Estates"], [])
quote(["Puma raised its sales forecast on Thursday.", "Hugo Boss, by contrast, cut its own.", '"Demand in China is weak," the company said.'], "Demand in China is weak", ["Hugo Boss"], ["Puma"])
quote(["American Airlines cancelled 300 flights on Sunday.", "Envoy Air grounded 40 of its regional jets.", '"Safety comes first," the company said.'], "Safety comes first", ["Envoy Air"], ["American Airlines"])
quote(["Fenby Bakeries cut 120 jobs on Tuesday.", "Union official Sam Pryor said rival Harrow Bread would hire some of the bakers.", '"We will take on 40 of them," the company said.'], "We will take on 40 of them", ["Harrow Bread"], ["Fenby Bakeries", "Sam Pryor"])
quote(["Carrow Group put its ferry arm up for sale in May.", "Union official Dean Wragg said Brinkley Marine had made an offer.", '"Our offer is fair," the company said.'], "Our offer is fair", ["Brinkley Marine"], ["Carrow Group", "Dean Wragg"])
quote(["Tarn Valley Stone wants to reopen the Ockham quarry.", "Ockham Residents Action Group lodged an objection on Monday.", '"The quarry will bring 40 jobs," the company said.'], "The quarry will bring 40 jobs", ["Tarn Valley Stone"], ["Ockham Residents Action Group"])
quote(["Purewell Filters sells water filters in 30 states.", "The Environmental Working Group tested six of its filters this spring.", '"Our filters meet every federal limit," the company said.'], "Our filters meet every federal limit", ["Purewell Filters"], ["Environmental Working Group"])
quote(["The International Crisis Group said in a report that TotalEnergies should pause work in Mozambique.", '"Our project will resume next year," the company said.'], "Our project will resume next year", ["TotalEnergies"], ["International Crisis Group"])
quote(["Halvard Group's chief executive, Nils Berg, said sales fell in the spring.", '"We expect a better second half," the company said.'], "We expect a better second half", ["Halvard Group"], ["Nils Berg"])
quote(["Strand Telecom raised its prices by 9 per cent.", "Its founder, Kate Obi, defended the rise on Monday.", '"We must invest in the network," the company said.'], "We must invest in the network", ["Strand Telecom"], ["Kate Obi"])
quote(["Tom Bale, the owner of Bale Haulage, said diesel costs had doubled.", '"We cannot carry on like this," the firm said.'], "We cannot carry on like this", ["Bale Haulage"], ["Tom Bale"])
quote(["Halden Power will shut its coal plant in 2026.", "Energy Minister Ed Miliband welcomed the plan.", '"The site will host a battery farm," the company said.'], "The site will host a battery farm", ["Halden Power"], ["Ed Miliband"])
quote(["Marlow Cables, whose chief executive quit in May, cut 200 jobs.", '"The cuts are painful," the company said.'], "The cuts are painful", ["Marlow Cables"], [])
quote(["Retailer Fenby Home cut prices at 80 stores.", '"Shoppers want bargains," the company said.'], "Shoppers want bargains", ["Fenby Home"], [])
quote(["Ardley Capital, the fund manager, sold its stake in Kestrel Bank.", "Kestrel Bank cut its dividend the next day.", '"The cut was unavoidable," the company said.'], "The cut was unavoidable", ["Kestrel Bank"], ["Ardley Capital"])
# fmt: on


def build_cases() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = built.cases
    return cases


if __name__ == "__main__":
    built.write(OUT)
    print(f"wrote {len(built.cases)} cases to {OUT}")
