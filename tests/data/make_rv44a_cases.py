# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the review set of session 44's quote-speaker rules (``grounding_rv44a.jsonl``, review
rv44a of closer gsp44a), cases written by the reviewer in new words, at the edges of

- ``firms``: "the company/firm said" read back to a business the page shows by its trade,
  against a person the same forms describe: a field manager's name with "its" elsewhere in the
  sentence ("Hedge fund manager Lorne Abbott said the fund had cut its stake"), a person's
  apposition whose first words hold a business's noun ("Tom Bale, a haulage company boss,",
  "a local builder", "a retired army major", "a lab technician"), a business's possessive
  ("the retailer's chief executive"); a titled person's run that holds a business's name word
  ("Air Marshal Tom Reade", "Bank of England Governor Ana Ruiz") between the business and
  the quote; a hyphened qualifier written beside a business's short form;
- ``bodies``: a body's name joined by "and" to another body or a business ("the Department for
  Education and Ofsted", "the Department for Transport and Network Rail") when only the
  department spoke, against a joint statement; an office whose name lacks the description's
  words ("the budget forecasting office"); "the centre said" of a sportsman ("Saracens centre
  Tom Reed"), of a leisure centre's manager, and of an institute's professor;
- ``deeds``: "the winner/champion/founder/inquiry chief said" against a prize's "went/awarded
  to" or a passive's "by" that names someone else: a negation ("was not awarded to"), a
  dated win, a possessive before the real doer ("founded by Dara Finch's father, Ian Finch",
  "went to Hana Sato's former student"), a passive of another object ("The first set was won
  by"), a former head; and the right doer in other styles ("went to Britain's Ana Pell",
  "awarded to Kyoto University's Hana Sato").

Run ``python tests/data/make_rv44a_cases.py`` to rebuild it. Every sentence is written for this
set (fictional companies and people); each verdict was decided when written, before any run.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv44a.jsonl")

built = SupportCases(
    "rv44a",
    [
        "By Elin Rhys | The Dee Valley Courier",
        "GLASGOW (Clyde Newswire) -",
        "CITY DESK | The Humber Mercury",
        "Sport and business, The Exmoor Gazette.",
        "From our Westminster team, The Thames Register.",
    ],
)
FIRMS, BODIES, DEEDS = "firms", "bodies", "deeds"


def quote(
    category: str, paragraphs: list[str], words: str, passes: list[str], fails: list[str]
) -> None:
    built.quote(category, built.page(*paragraphs), words, passes, fails)


# fmt: off
# --- firms: a person the trade forms describe ----------------------------------------------------
quote(FIRMS, ["Hedge fund manager Lorne Abbott said the fund had cut its stake in Corran Bakeries to 2 per cent.", '"We see better value elsewhere," the firm said.'], "We see better value elsewhere", [], ["Lorne Abbott"])
quote(FIRMS, ["Wealth manager Ormond Reid, 54, was banned for life by the regulator, which said its inquiry had found forged signatures.", '"We are appealing," the firm said.'], "We are appealing", [], ["Ormond Reid"])
quote(FIRMS, ["Tom Bale, a haulage company boss, said diesel costs had doubled since March.", '"We cannot carry on like this," the company said.'], "We cannot carry on like this", [], ["Tom Bale"])
quote(FIRMS, ["Sam Holt, a local builder, said the new estate had no drains.", '"The drains meet every rule," the company said.'], "The drains meet every rule", [], ["Sam Holt"])
quote(FIRMS, ["Kesterton Homes is building 300 houses on the old airfield.", "Sam Holt, a local builder, said the new estate had no drains.", '"The drains meet every rule," the company said.'], "The drains meet every rule", ["Kesterton Homes"], ["Sam Holt"])
quote(FIRMS, ["Nia Ross, a lab technician at Corvex, was injured in the blast on Monday.", '"Our thoughts are with her family," the company said.'], "Our thoughts are with her family", [], ["Nia Ross"])
quote(FIRMS, ["Alan Pryce, a retired army major, led the protest against the quarry on Saturday.", '"The quarry is safe," the company said.'], "The quarry is safe", [], ["Alan Pryce"])
quote(FIRMS, ["Ben Lowe, a software developer in Leeds, found the flaw in the banking app.", '"We fixed it within hours," the company said.'], "We fixed it within hours", [], ["Ben Lowe"])
quote(FIRMS, ["Kessler Motors will shut its Leipzig plant next year.", "Ola Berg, the carmaker's former chief executive, said the closure would cost 2,000 jobs.", '"Every worker will be offered a post elsewhere," the company said.'], "Every worker will be offered a post elsewhere", ["Kessler Motors"], ["Ola Berg"])
quote(FIRMS, ["Tolland Stores lifted its sales forecast on Thursday.", "Priya Nair, the retailer's chief executive, said shoppers had returned.", '"Christmas was better than we hoped," the company said.'], "Christmas was better than we hoped", ["Tolland Stores"], ["Priya Nair"])
quote(FIRMS, ["Halden Foods will close its Hull plant in June.", "Maria Selby, a Labour lawmaker, said the plant should stay open.", '"The plant has lost money for five years," the company said.'], "The plant has lost money for five years", ["Halden Foods"], ["Maria Selby"])
quote(FIRMS, ["Lucy Hale, a documentary filmmaker, spent a year inside the Corvex warehouse in Rugby.", '"We gave her full access," the company said.'], "We gave her full access", [], ["Lucy Hale"])
quote(FIRMS, ["Ian Marsh, a bank clerk in Derby, was sacked after the audit.", '"We do not comment on staff matters," the company said.'], "We do not comment on staff matters", [], ["Ian Marsh"])
quote(FIRMS, ["Fund manager Ravi Mehta said the trust had doubled its holding in Tarn Water.", '"Water is a safe bet," the firm said.'], "Water is a safe bet", [], ["Ravi Mehta"])
quote(FIRMS, ["Asset manager Kirkby Vale sold its London offices to Corvo Capital for 90 million pounds.", '"We are moving to Manchester," the firm said.'], "We are moving to Manchester", ["Kirkby Vale"], ["Corvo Capital"])
quote(FIRMS, ["Dunmore Cement, the Irish cement maker, raised its prices by 6 per cent, angering builder Sean Daly.", '"Energy costs have tripled," the company said.'], "Energy costs have tripled", ["Dunmore Cement"], ["Sean Daly"])
# --- firms: a trade opening the sentence, in other styles ----------------------------------------
quote(FIRMS, ["Fund manager Ardley Capital's Tessa Grange said she had sold the stake in Corran Bakeries.", '"The stake no longer fits the fund," the firm said.'], "The stake no longer fits the fund", ["Ardley Capital"], ["Tessa Grange"])
quote(FIRMS, ["Oil company Tarvik Energy was fined 2 million pounds by regulator Ofgem on Monday.", '"We accept the ruling," the company said.'], "We accept the ruling", ["Tarvik Energy"], ["Ofgem"])
quote(FIRMS, ["Budget airline Skyward Jet cut 12 routes from Bristol, angering mayor Dan Price.", '"The routes lost money every month," the company said.'], "The routes lost money every month", ["Skyward Jet"], ["Dan Price"])
quote(FIRMS, ["Toy maker Brambling Games recalled 8,000 kites after a child was hurt in Hull.", '"Every kite will be refunded," the firm said.'], "Every kite will be refunded", ["Brambling Games"], [])
# --- firms: a titled person's run with a business's name word between --------------------------
quote(FIRMS, ["Tarvik Energy raised its bills by 9 per cent on Monday.", "Air Marshal Tom Reade, who lives in the county, called the rise a scandal.", '"Gas costs us more too," the company said.'], "Gas costs us more too", ["Tarvik Energy"], ["Tom Reade"])
quote(FIRMS, ["Harlow Gas raised its prices by 7 per cent on Tuesday.", "Bank of England Governor Ana Ruiz warned that energy bills would keep inflation high.", '"Wholesale costs left us no choice," the company said.'], "Wholesale costs left us no choice", ["Harlow Gas"], ["Ana Ruiz"])
# --- firms: a hyphened qualifier beside a business's short form --------------------------------
quote(FIRMS, ["Halvorsen Steel will close its Bergen mill. Oslo-listed Halvorsen has lost money for three years, and rival Norsk Jern is hiring.", '"We had no other choice," the Oslo-listed company said.'], "We had no other choice", ["Halvorsen Steel"], ["Norsk Jern"])
quote(FIRMS, ["Detroit-based Kessler Motors has sued Brandt Auto over a battery patent.", '"We will defend our technology," the Detroit-based automaker said.'], "We will defend our technology", ["Kessler Motors"], ["Brandt Auto"])

# --- bodies: a body's name joined by "and" to another speaker -----------------------------------
quote(BODIES, ["The Department for Education and Ofsted published new rules for school inspections on Monday.", '"Parents deserve clearer reports," the department said.'], "Parents deserve clearer reports", ["Department for Education"], ["Department for Education and Ofsted"])
quote(BODIES, ["The Department for Education and Ofsted published new rules for school inspections on Monday.", '"Parents deserve clearer reports," the two bodies said in a joint statement.'], "Parents deserve clearer reports", ["Department for Education and Ofsted"], ["Department for Transport"])
quote(BODIES, ["The Department for Transport and Network Rail agreed a new timetable for the Midlands.", '"Passengers will see more trains from May," the department said.'], "Passengers will see more trains from May", ["Department for Transport"], ["Department for Transport and Network Rail"])
quote(BODIES, ["The Ministry of Health and Pfizer signed a vaccine deal on Thursday.", '"Every pensioner will be offered a dose," the ministry said.'], "Every pensioner will be offered a dose", ["Ministry of Health"], ["Ministry of Health and Pfizer"])
quote(BODIES, ["The Department of Justice and Google reached a settlement on Monday.", '"No company is above the law," the department said.'], "No company is above the law", ["Department of Justice"], ["Department of Justice and Google"])
quote(BODIES, ["The Department of Energy and National Grid will share the cost of the new cable.", '"The cable will carry power to a million homes," the department said.'], "The cable will carry power to a million homes", ["Department of Energy"], ["Department of Energy and National Grid"])
quote(BODIES, ["The Department for Business and Trade opened a consultation on Monday, after a request from the CBI.", '"Small firms will be heard first," the department said.'], "Small firms will be heard first", ["Department for Business and Trade"], ["CBI"])
quote(BODIES, ["The Department for Energy and Ofgem agreed a review of the price cap on Wednesday.", '"Bills must reflect costs," the department said.'], "Bills must reflect costs", ["Department for Energy"], ["Department for Energy and Ofgem"])
quote(BODIES, ["The Department for Science and Innovation published its research plan on Tuesday, a week after the Royal Society asked for one.", '"Britain will double its lab space," the science department said.'], "Britain will double its lab space", ["Department for Science and Innovation"], ["Royal Society"])
# --- bodies: an office whose name lacks the description's words ---------------------------------
quote(BODIES, ["The Office for National Statistics published its labour survey on Monday, and the Office for Budget Responsibility cut its growth forecast.", '"Growth will be weaker next year," the budget forecasting office said.'], "Growth will be weaker next year", ["Office for Budget Responsibility"], ["Office for National Statistics"])
quote(BODIES, ["The Office for Students fined two universities on Tuesday, a day after the Office for National Statistics published graduate pay data.", '"Graduates earn more than ever," the national statistics office said.'], "Graduates earn more than ever", ["Office for National Statistics"], ["Office for Students"])
# --- bodies: "the centre said", "the institute said" ---------------------------------------------
quote(BODIES, ["Saracens centre Tom Reed scored twice as his side beat Bath 31-17 on Saturday.", '"We were relentless in the second half," the centre said.'], "We were relentless in the second half", ["Tom Reed"], ["Bath"])
quote(BODIES, ["Knicks center Malik Dorsey had 24 points and 15 rebounds in the win over Boston.", '"We finally played defense," the center said.'], "We finally played defense", ["Malik Dorsey"], ["Boston"])
quote(BODIES, ["England will start with Ollie Grange at inside centre against Wales on Saturday.", '"I have waited three years for this," the centre told reporters.'], "I have waited three years for this", ["Ollie Grange"], ["Wales"])
quote(BODIES, ["Marta Selby, who runs the Kelso leisure centre, said the pool would shut for a month.", '"The repairs cannot wait," the centre said.'], "The repairs cannot wait", [], ["Marta Selby"])
quote(BODIES, ["Professor Ana Ruiz of the Grantham Institute said the floods would come more often.", '"Flood defences are not keeping up," the institute said.'], "Flood defences are not keeping up", ["Grantham Institute"], ["Ana Ruiz"])
quote(BODIES, ["The Centre for Cities and the Resolution Foundation both published reports on Monday.", '"Northern wages lag behind," the centre said.'], "Northern wages lag behind", ["Centre for Cities"], ["Resolution Foundation"])

# --- deeds: a prize's "went/awarded to" and a passive's "by" naming someone else ---------------
quote(DEEDS, ["The Tern Prize was not awarded to Ana Pell, the favourite; the judges chose Lars Onn's debut.", '"I did not expect to win," the winner said.'], "I did not expect to win", ["Lars Onn"], ["Ana Pell"])
quote(DEEDS, ["The Marlow Prize went to Ana Pell in 2019, and this year she chaired the jury that picked Lars Onn.", '"I wrote the book in a caravan," the winner said.'], "I wrote the book in a caravan", ["Lars Onn"], ["Ana Pell"])
quote(DEEDS, ["Quillon was founded by Dara Finch's father, Ian Finch, in 1988.", '"We started with one van," the founder said.'], "We started with one van", ["Ian Finch"], ["Dara Finch"])
quote(DEEDS, ["The Ashby Medal went to Hana Sato's former student, Kenji Arai, for his work on batteries.", '"She taught me everything," the laureate said.'], "She taught me everything", ["Kenji Arai"], ["Hana Sato"])
quote(DEEDS, ["The title went to Ada Quist's doubles partner, Sela Park, after a tie-break.", '"I was shaking on match point," the champion said.'], "I was shaking on match point", ["Sela Park"], ["Ada Quist"])
quote(DEEDS, ["The first set was won by Sela Park, but Ada Quist took the next two and the title.", '"I stopped thinking after the first set," the champion said.'], "I stopped thinking after the first set", ["Ada Quist"], ["Sela Park"])
quote(DEEDS, ["The opening stage was won by Tom Pask, but Luis Ortega took the overall title on Sunday.", '"The team carried me," the champion said.'], "The team carried me", ["Luis Ortega"], ["Tom Pask"])
quote(DEEDS, ["The inquiry, first headed by Tom Ek, is now led by Nora Blix, a retired judge.", '"Every family will be heard," the inquiry chief said.'], "Every family will be heard", ["Nora Blix"], ["Tom Ek"])
quote(DEEDS, ["The trophy was handed to Iona Reid by Fay Moss, last year's champion.", '"Fay is my hero," the new champion said.'], "Fay is my hero", ["Iona Reid"], ["Fay Moss"])
quote(DEEDS, ["Dara Finch founded Quillon in 2009. Vexa, its main rival, was founded by Ben Lowe two years later.", '"We were there first," the Quillon founder said.'], "We were there first", ["Dara Finch"], ["Ben Lowe"])
quote(DEEDS, ["Will the Kelso Cup go to Iona Reid for a third year? The final is on Sunday, against Fay Moss.", '"Whoever wins deserves it," the champion said.'], "Whoever wins deserves it", [], ["Iona Reid"])
quote(DEEDS, ["The Booker Prize went to Britain's Ana Pell on Tuesday for her novel Salt Roads.", '"I wrote it for my mother," the winner said.'], "I wrote it for my mother", ["Ana Pell"], ["Salt Roads"])
quote(DEEDS, ["The Ashby Medal was awarded to Kyoto University's Hana Sato on Friday.", '"Cheap storage changes everything," the laureate said.'], "Cheap storage changes everything", ["Hana Sato"], ["Kyoto University"])
quote(DEEDS, ["The Kelso Cup was presented to Iona Reid on Sunday by the club's president, Alan Pryce.", '"My legs are gone," the champion said.'], "My legs are gone", ["Iona Reid"], ["Alan Pryce"])
quote(DEEDS, ["Halden Trust, founded by Gwen Ames in 1971, is now run by her grandson, Rob Ames.", '"We started with two rooms," the founder said.'], "We started with two rooms", ["Gwen Ames"], ["Rob Ames"])
quote(DEEDS, ["The inquiry was headed by Tom Ek until 2021, and Nora Blix has chaired it since.", '"We will report by spring," the inquiry chief said.'], "We will report by spring", [], ["Tom Ek"])
quote(DEEDS, ["First prize went to Iona Reid, with Fay Moss second.", '"I did not see Fay coming," the winner said.'], "I did not see Fay coming", ["Iona Reid"], ["Fay Moss"])
quote(DEEDS, ["The opening round went to Fay Moss, but Iona Reid took the title in the final round.", '"I was lucky in the final," the champion said.'], "I was lucky in the final", [], ["Fay Moss"])
quote(DEEDS, ["The medal was never given to Rui Costa, who finished second three times; this year it went to Mia Strand.", '"Rui deserved it before me," the winner said.'], "Rui deserved it before me", [], ["Rui Costa"])
quote(DEEDS, ["The Halden Trust was founded by Gwen Ames's grandson, Rob Ames, in 1990.", '"We started in a church hall," the founder said.'], "We started in a church hall", [], ["Gwen Ames"])
# fmt: on


def build_cases() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = built.cases
    return cases


if __name__ == "__main__":
    built.write(OUT)
    print(f"wrote {len(built.cases)} cases to {OUT}")
