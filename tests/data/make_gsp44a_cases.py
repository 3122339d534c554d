# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build closer gsp44a's set for session 44's quote-speaker rules (``grounding_gsp44a.jsonl``),
written for the forms the rules read, the must-fail cases first:

- ``firms``: "the company/firm said" read back to a business the page shows by its trade: a
  trade opening the sentence before the name ("Fund manager Ardley Capital sold",
  ``sentences/trade_names.trade_led``; a field's "manager" is no person's post,
  ``description_misfits.FIRM_FIELDS``); an apposition whose head is a business's
  ("Harlow Gas, the supplier censured by the regulator,", ``trade_names.apposed_trade``); a
  name whose own words give a business's kind though a title opens it ("Envoy Air",
  ``business_nouns._no_business``, ``described_bodies._person``); a hyphened qualifier the
  page writes beside another business ("the Detroit-based automaker" after "Detroit-based
  Kessler Motors", ``description_misfits._qualifier_elsewhere``). Must fail: a person with a
  field manager's post ("Wealth manager Ormond Reid said his"), the owner of the business,
  the business the trade's name acts on, the nearer rival the qualifier is not written beside.
- ``bodies``: a body's description read back to its name: a name joining two fields with
  "and" after its "for"/"of" ("Department for Work and Pensions", ``people/joined_bodies``),
  "the institute/centre said" (``sentences/subjects.INSTITUTIONS``), a second "Office for"
  after "The Office for National Statistics and" (``quotes/body_heads._subject_before``).
  Must fail: the other body of the sentence, a body whose name is another's, a person after
  "and" ("the Department of Justice and Pam Bondi"), a centre or institute the description's
  words do not fit.
- ``deeds``: "the winner/champion/laureate/founder/inquiry chief said" read as the one a
  prize's "went/awarded/presented to" or a passive's "by" names right after it
  (``quotes/deed_speakers._named_after``). Must fail: a past winner whose win is dated, the
  jury's chair, the rival beaten, a later owner, the chair of a founded trust, a doer left
  unnamed ("went to a first-time author").

Run ``python tests/data/make_gsp44a_cases.py`` to rebuild it. Every sentence is written for
this set (fictional companies and people); each verdict was decided when written, before any
run.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_gsp44a.jsonl")

built = SupportCases(
    "gsp44a",
    [
        "By Morwenna Pascoe | The Truro Packet",
        "LEEDS (Aire Valley Wire) -",
        "BUSINESS | The Ribble Examiner",
        "From our Cardiff newsroom, The Taff Chronicle.",
        "Markets desk, The Wearside Sentinel.",
    ],
)
FIRMS, BODIES, DEEDS = "firms", "bodies", "deeds"


def quote(
    category: str, paragraphs: list[str], words: str, passes: list[str], fails: list[str]
) -> None:
    built.quote(category, built.page(*paragraphs), words, passes, fails)


# fmt: off
# --- firms: a trade opening the sentence before the business's name ----------------------------
quote(FIRMS, ["Wealth manager Ormond Reid said his clients were selling shares in Dalby Rail.", '"Nobody wants to hold them now," the firm said.'], "Nobody wants to hold them now", [], ["Ormond Reid"])
quote(FIRMS, ["Fund manager Tessa Grange sold her stake in Corran Bakeries on Monday.", '"We thank her for years of support," the company said.'], "We thank her for years of support", [], ["Tessa Grange"])
quote(FIRMS, ["Fund manager Ardley Capital sold its 4 per cent stake in Corran Bakeries on Tuesday.", '"We see better value elsewhere," the firm said.'], "We see better value elsewhere", ["Ardley Capital"], ["Corran Bakeries"])
quote(FIRMS, ["Property manager Holt Estates raised service charges at its Bristol flats by 12 per cent, angering tenant Jo Marr.", '"Energy costs left us no choice," the company said.'], "Energy costs left us no choice", ["Holt Estates"], ["Jo Marr"])
quote(FIRMS, ["Asset manager Quarry Hill Partners bought the Merton Arcade from Kesterton Council for 30 million pounds.", '"It is a long-term bet on the high street," the firm said on Friday.'], "It is a long-term bet on the high street", ["Quarry Hill Partners"], ["Kesterton Council"])
quote(FIRMS, ["Investment manager Brindle Vale cut its holding in Osprey Mining to 2 per cent after the mine flooded.", '"The risks have changed," the firm said in a note to clients.'], "The risks have changed", ["Brindle Vale"], ["Osprey Mining"])
# --- firms: an apposition whose head is a business's noun ---------------------------------------
quote(FIRMS, ["Tom Bale, the owner of Bale Haulage, said diesel costs had doubled since March.", '"We cannot carry on like this," the firm said.'], "We cannot carry on like this", [], ["Tom Bale"])
quote(FIRMS, ["Nia Hollis, the supplier's chief executive, apologised to 40,000 customers on Monday.", '"We got this badly wrong," the company said.'], "We got this badly wrong", [], ["Nia Hollis"])
quote(FIRMS, ["Harlow Gas, the supplier censured by the regulator, will refund 40,000 customers.", '"We got this wrong," the company said.'], "We got this wrong", ["Harlow Gas"], ["the regulator"])
quote(FIRMS, ["Penrose Glass, the Sunderland glassmaker, will shut one of its two furnaces, hitting buyer Tilly Marsh.", '"Gas prices have doubled," the company said.'], "Gas prices have doubled", ["Penrose Glass"], ["Tilly Marsh"])
quote(FIRMS, ["Kelda Stone, a quarry operator, wants to reopen a pit near Settle, and council leader Amir Shah is against it.", '"The pit will bring 40 jobs," the company said.'], "The pit will bring 40 jobs", ["Kelda Stone"], ["Amir Shah"])
quote(FIRMS, ["Dunmore Steel, the Welsh steelmaker, will build an electric furnace at Port Talbot, according to union official Gary Pugh.", '"This secures the plant for a generation," the company said.'], "This secures the plant for a generation", ["Dunmore Steel"], ["Gary Pugh"])
quote(FIRMS, ["Officially, Corrin Games says the price rise came after talks with the retailer Mo Dahl.", 'The company wrote on its website: "Costs have risen for every studio."'], "Costs have risen for every studio", ["Corrin Games"], ["Mo Dahl"])
# --- firms: a business's name words after a title's word ----------------------------------------
quote(FIRMS, ["Mercia Rail cancelled 300 trains on Sunday.", "Envoy Air grounded 40 of its regional jets.", '"Safety comes first," the company said.'], "Safety comes first", [], ["Mercia Rail"])
quote(FIRMS, ["Halden Foods cut 200 jobs at its Hull plant.", "Marshal Motors recalled 9,000 vans over a brake fault on the same day.", '"Every van will be fixed free of charge," the company said.'], "Every van will be fixed free of charge", ["Marshal Motors"], ["Halden Foods"])
quote(FIRMS, ["Tarn Water raised its bills by 9 per cent.", "Consul Bank froze the accounts of 300 customers on Friday.", '"We had to act on the fraud," the company said.'], "We had to act on the fraud", ["Consul Bank"], ["Tarn Water"])
quote(FIRMS, ["Kelso Bakeries shut two shops in Hawick.", "Baron Airlines added a route to Malaga on Monday.", '"Spain is our busiest market," the company said.'], "Spain is our busiest market", ["Baron Airlines"], ["Kelso Bakeries"])
quote(FIRMS, ["Brightwater Mills closed its bakery in Ely.", "Pilot Airways cut its winter timetable by a fifth.", '"Demand has fallen sharply," the company said.'], "Demand has fallen sharply", ["Pilot Airways"], ["Brightwater Mills"])
# --- firms: a hyphened qualifier written beside one business ------------------------------------
quote(FIRMS, ["Detroit-based Kessler Motors recalled 200,000 pickups over a faulty brake line. Its rival, Brandt Auto, recalled none.", '"Safety is our first priority," the Detroit-based automaker said.'], "Safety is our first priority", [], ["Brandt Auto"])
quote(FIRMS, ["Leeds-based Arkwright Foods bought the baker Tolly Bread for 40 million pounds. Tolly Bread, the family-owned baker, had been for sale since May.", '"We paid a fair price," the Leeds-based company said.'], "We paid a fair price", [], ["Tolly Bread"])
quote(FIRMS, ["Oslo-listed Norvik Shipping ordered six tankers. Its rival, Haldor Lines, ordered two.", '"The market is turning," the Oslo-listed company said.'], "The market is turning", [], ["Haldor Lines"])
quote(FIRMS, ["Family-owned Pennock Dairies lost a supply deal with Corwin Stores. Its rival, Ardle Milk, won it.", '"We will find new buyers," the family-owned firm said.'], "We will find new buyers", [], ["Ardle Milk"])
quote(FIRMS, ["Gamble Motors, the Ohio-based carmaker, cut 900 jobs.", '"The cuts are painful but necessary," the Ohio-based company said.'], "The cuts are painful but necessary", ["Gamble Motors"], [])
quote(FIRMS, ["Bristol-based Avon Cider raised its prices by 8 per cent.", '"Apples cost more this year," the Bristol-based company said.'], "Apples cost more this year", ["Avon Cider"], [])
quote(FIRMS, ["Halvern Tea, the family-owned firm, opened a shop in York on Saturday, with mayor Ann Pryce cutting the ribbon.", '"York has always loved tea," the family-owned company said.'], "York has always loved tea", ["Halvern Tea"], ["Ann Pryce"])
quote(FIRMS, ["Oslo-listed Fjord Salmon sold its Scottish farms to a Chilean buyer.", '"We will focus on Norway," the Oslo-listed company said.'], "We will focus on Norway", ["Fjord Salmon"], [])
# --- bodies: a name that joins two fields with "and" after its "for" or "of" ---------------------
quote(BODIES, ["The Department of Justice and Pam Rusk, the attorney general, sued the state on Monday.", '"The law is plain," the department said.'], "The law is plain", [], ["Pam Rusk"])
quote(BODIES, ["The Department for Work and Pensions set out the reform on Monday, a day after the Treasury's budget.", '"No claimant will lose money," the pensions department said.'], "No claimant will lose money", ["Department for Work and Pensions"], ["Treasury"])
quote(BODIES, ["The Department for Culture and Sport opened the bidding on Friday, after the Arts Council asked for more time.", '"Every region will get a fair hearing," the department said.'], "Every region will get a fair hearing", ["Department for Culture and Sport"], ["Arts Council"])
quote(BODIES, ["The Department for Education and Skills published the figures, with a note from the Local Government Association.", '"Apprenticeships have risen for a third year," the department said.'], "Apprenticeships have risen for a third year", ["Department for Education and Skills"], ["Local Government Association"])
quote(BODIES, ["The Department for Energy and Climate cut the grant on Thursday, after talks with the Treasury.", '"The grant was never meant to last," the department said.'], "The grant was never meant to last", ["Department for Energy and Climate"], ["Treasury"])
# --- bodies: "the institute said", "the centre said" --------------------------------------------
quote(BODIES, ["The Institute for Fiscal Studies and the Resolution Foundation both criticised the budget on Thursday.", '"Middle earners will pay most," the foundation said.'], "Middle earners will pay most", [], ["Institute for Fiscal Studies"])
quote(BODIES, ["The Centre for Ageing Better published a report on Monday, with a foreword by Age UK.", '"Older workers are leaving work early," the charity said.'], "Older workers are leaving work early", [], ["Centre for Ageing Better"])
quote(BODIES, ["The Grantham Institute published its climate survey on Monday, with a foreword by Ruth Imrie.", '"Flood risk is rising everywhere," the institute said.'], "Flood risk is rising everywhere", ["Grantham Institute"], ["Ruth Imrie"])
quote(BODIES, ["The Centre for Cities ranked 60 towns on Tuesday, after a request from mayor Dan Price.", '"Wages lag behind in the north," the centre said.'], "Wages lag behind in the north", ["Centre for Cities"], ["Dan Price"])
quote(BODIES, ["The Institute for Government and the Hansard Society both published reports on Wednesday.", '"Ministers change jobs too often," the institute said.'], "Ministers change jobs too often", ["Institute for Government"], ["Hansard Society"])
quote(BODIES, ["The Kestrel Centre for Rare Birds reopened on Saturday, said its director, Owen Hale.", '"Visitors will see the new hides," the centre said.'], "Visitors will see the new hides", ["Kestrel Centre for Rare Birds"], ["Owen Hale"])
# --- bodies: a second "Office for" after "The Office for National Statistics and" ---------------
quote(BODIES, ["The Office for National Statistics and the Office for Students both published data on Tuesday.", '"Inflation eased to 3 per cent," the statistics office said.'], "Inflation eased to 3 per cent", ["Office for National Statistics"], ["Office for Students"])
quote(BODIES, ["The Office for National Statistics and the Office for Students both published data on Tuesday.", '"Fewer students dropped out this year," the students office said.'], "Fewer students dropped out this year", ["Office for Students"], ["Office for National Statistics"])
quote(BODIES, ["The Office for Budget Responsibility revised its forecast on Friday, and the Office for National Statistics published borrowing data.", '"Borrowing was lower than expected," the statistics office said.'], "Borrowing was lower than expected", ["Office for National Statistics"], ["Office for Budget Responsibility"])
quote(BODIES, ["The Office for Product Safety and the Office for Nuclear Regulation both issued warnings on Monday.", '"Three heaters have been withdrawn," the product safety office said.'], "Three heaters have been withdrawn", ["Office for Product Safety"], ["Office for Nuclear Regulation"])
# --- deeds: a doer's noun given by a prize's "went/awarded to" or a passive's "by" --------------
quote(DEEDS, ["The Marlow Prize went to a first-time author from Leeds, the jury's chair, Jo Hart, said on Monday.", '"I still cannot believe it," the winner said.'], "I still cannot believe it", [], ["Jo Hart"])
quote(DEEDS, ["Ana Pell, who won the prize herself in 2015, chaired this year's jury. The Corran Prize went to Tobias Lind for his first novel.", '"I wrote it at night," the winner said.'], "I wrote it at night", ["Tobias Lind"], ["Ana Pell"])
quote(DEEDS, ["The Ashby Medal, which Rui Costa won in 2018, this year went to Mia Strand.", '"It belongs to my whole team," the winner told the Post.'], "It belongs to my whole team", ["Mia Strand"], ["Rui Costa"])
quote(DEEDS, ["The 2026 prize was awarded to Hana Sato for her work on batteries. Olu Bello won it in 2020.", '"Cheap storage changes everything," the laureate said.'], "Cheap storage changes everything", ["Hana Sato"], ["Olu Bello"])
quote(DEEDS, ["Quillon, the software firm founded by Dara Finch, was sold to Corvex on Monday. Corvex is run by Ben Lowe.", '"It was time to let go," the founder said.'], "It was time to let go", ["Dara Finch"], ["Ben Lowe"])
quote(DEEDS, ["The Kelso Cup was presented to Iona Reid after a tie-break with Fay Moss.", '"My legs are gone," the champion said.'], "My legs are gone", ["Iona Reid"], ["Fay Moss"])
quote(DEEDS, ["The inquiry is headed by Nora Blix, a retired judge, who replaced Tom Ek in May.", '"Every family will be heard," the inquiry chief said.'], "Every family will be heard", ["Nora Blix"], ["Tom Ek"])
quote(DEEDS, ["Sela Park won the Tern Open in 2021. The title this year went to Ada Quist, who beat Park in the final.", '"I have waited a long time for this," the champion said.'], "I have waited a long time for this", ["Ada Quist"], ["Sela Park"])
quote(DEEDS, ["The Peace Medal was awarded to Dr Omar Haddad on Friday, in a ceremony led by Mayor Ellen Stowe.", '"This is for the doctors of Gaza," the laureate said.'], "This is for the doctors of Gaza", ["Omar Haddad"], ["Ellen Stowe"])
quote(DEEDS, ["The Hartley Trust was founded by Gwen Ames, and its chair, Rob Tully, opened the new hall on Saturday.", '"We started with two rooms," the founder said.'], "We started with two rooms", ["Gwen Ames"], ["Rob Tully"])
quote(DEEDS, ["The Fenwick Prize went to Lars Onn, whose book was edited by Pia Dorn.", '"Pia made it a better book," the winner said.'], "Pia made it a better book", ["Lars Onn"], ["Pia Dorn"])
# fmt: on


def build_cases() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = built.cases
    return cases


if __name__ == "__main__":
    built.write(OUT)
    print(f"wrote {len(built.cases)} cases to {OUT}")
