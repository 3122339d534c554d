# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of closer gsp44b's cited-source rules (``grounding_gsp44b.jsonl``, session 44):
a ``cited_sources`` name the page does or does not credit with a figure, and a quote's relayed
words, in new words (markets,
housing, sport, public finance, polling; British and American copy):

- ``owned``: a possessive measure that is the owner's own ("Marlow Rail's data centre", "Tilly
  Rourke's points tally climbed", "Kofi Mensah's figures of four for 19", "Carlo Ruiz's poll
  rating") must fail; a measure the name made, with an "of" naming what it measures ("Harbury
  Estates' index of regional house prices rose 1.4%") or a verb that shows, must pass
  (``bylines/source_roles._AFTER``, ``bylines/figure_sources._MEASURE_OF``);
- ``back``: the evidence gives the figure by a pronoun opening it ("She estimates", "They
  forecast" for the name's economists) or by the alias the page gave the name in brackets ("the
  Office for National Statistics (ONS)", then "ONS data show") must pass; a pronoun that may be
  someone else's, that disagrees in number, that is no reckoning verb's subject, or an alias of
  another body must fail (``bylines/back_makers.py``, ``source_roles._alias``);
- ``relayed``: a quote's lead-in whose subject carries another's words ("Dan Cole passed on her
  message:", "read out on behalf of chairman Rolf Lind", "wrote to members, quoting the founder,
  Arno Pike") refuses the subject and gives the words to the one named after "on behalf of" or
  "quoting"; the subject's own words in the same shapes ("read out her own statement:", "passed
  on his client's message and added:", "who relayed ... last week, said on Monday:", "told the
  crowd, quoting her late father": a verb of saying keeps them the sayer's) must pass,
  and a name after "quoting"/"on behalf of" that is not the words' owner ("quoting the poem her
  father, Ed Marr, loved", "the family of Sam Birch") must fail
  (``quotes/quoted_objects.py``, ``quotes/colon_frames._relays``);
- ``credit-noun``: a noun for words given ("the text", "the assurance", "the ultimatum", "the
  apology", "the rebuke", "the threat") in a credit frame that names its giver ('"...," was the
  text Ola Berg got from her neighbour, Tim Shaw') must pass for the giver; the receiver, the
  one the text was sent to and the one an apology was only demanded from must fail
  (``quotes/credit_frames._NOUNS``);
- ``descriptor``: a trade before the name opening the sentence ("Brokerage Tarlow Securities
  expects", "Forecaster Nell Ames predicts") or in apposition to it ("A rival forecaster, Corbel
  Economics, expects growth of 1.2%") must pass; the trade's clients, investors, a passive, a
  deed or a verb of its own plans must fail.

Run ``python tests/data/make_gsp44b_cases.py`` to rebuild it. Each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_gsp44b.jsonl")

built = SupportCases(
    "gsp44b",
    leads=[
        "By Ailsa Grieve | The Tayside Bulletin",
        "HOUSTON (Gulf Coast Wire) -",
        "BUSINESS DESK | The Severn Chronicle",
        "From our Washington bureau, The Potomac Ledger.",
    ],
)
OWNED, BACK, DESCRIPTOR, RELAYED = "owned", "back", "descriptor", "relayed"
CREDIT_NOUN = "credit-noun"


def cited(
    category: str, expect: bool, sentence: str, name: str, why: str, before: str = ""
) -> None:
    """The article cites ``name`` (``cited_sources``, read on the whole page)."""
    facts = {"cited_sources": [{"name": name, "evidence": [sentence]}]}
    built.add(category, expect, why, built.page(before, sentence), facts, "cited_sources[0].name")


# fmt: off
# --- owned: must fail first --------------------------------------------------------------------
OWN = "unconfirmed: the possessive measure is the owner's own, no figure the name made"
for sentence, name in [
    ("Marlow Rail's data centre in Reading flooded on Sunday.", "Marlow Rail"),
    ("Tilly Rourke's points tally climbed to 212 after the win at Bath.", "Tilly Rourke"),
    ("Kofi Mensah's figures of four for 19 sealed the series in Colombo.", "Kofi Mensah"),
    ("Dunmore City's goal count fell to 31, its lowest since 2009.", "Dunmore City"),
    ("Nadia Okafor's tally of 23 goals led the league this season.", "Nadia Okafor"),
    ("Carlo Ruiz's poll rating rose to 41% after the debate.", "Carlo Ruiz"),
    ("Jon Lasker's approval numbers slipped to 38% in June.", "Jon Lasker"),
    ("Pellow Bank's index fund rose 4% last year.", "Pellow Bank"),
    ("Greyfield's share of London rents rose 2% in the quarter.", "Greyfield"),
    ("Ellis Park's data breach exposed 40,000 customer records.", "Ellis Park"),
    ("Halvard's valuation doubled to $8 billion in a year.", "Halvard"),
    ("The Wexford Hawks' survey rating dropped to 3.1 stars on the app store.", "Wexford Hawks"),
]:
    cited(OWNED, False, sentence, name, OWN)
MADE = "the name made the measure (its index of something, its figures that show): it gives the figure"
for sentence, name in [
    ("Harbury Estates' index of regional house prices rose 1.4% in May.", "Harbury Estates"),
    ("Kestrel Analytics' survey of factory managers fell to 47.9 in March.", "Kestrel Analytics"),
    ("Linden Data's tracker of container rates jumped 12% last week.", "Linden Data"),
    ("The Pellow Institute's gauge of consumer confidence dipped to minus 21 in June.", "Pellow Institute"),
    ("Marlow Economics' monthly barometer of business confidence edged up to 51.2.", "Marlow Economics"),
    ("Corvane's figures show 41,000 jobs were added in April.", "Corvane"),
    ("Ankura's tally counted 72 deals in the quarter.", "Ankura"),
    ("Orbis Research's data suggest sales fell 3% over the winter.", "Orbis Research"),
    ("Redfern's count of rough sleepers rose to 3,100 this autumn.", "Redfern"),
    ("Gallup's poll of adults found 52% backed the plan.", "Gallup"),
    ("Tessaly's index of used-car prices fell 2.3% in the month.", "Tessaly"),
]:
    cited(OWNED, True, sentence, name, MADE)

# --- back: must fail first ---------------------------------------------------------------------
NOT_BACK = "unconfirmed: the pronoun or alias may be another's, or reckons nothing: nothing is cited from the name"
for before, sentence, name in [
    ("Dana Whitfield introduced the new owner, Rex Lane, to fans on Saturday.", "He estimates the club lost £3 million on it.", "Dana Whitfield"),
    ("The club sacked Rhona Baird in May.", "It estimates the stadium move cost £3 million.", "Rhona Baird"),
    ("Gartwell's economists met the minister on Monday.", "She estimates 1.2 million jobs are at risk.", "Gartwell"),
    ("Priya Nair, a housing adviser, spoke at the hearing.", "They estimate rents will rise 6% this year.", "Priya Nair"),
    ("Mara Quinn, the council's treasurer, was not at the meeting.", "She was away when the council put the deficit at £40 million.", "Mara Quinn"),
    ("Tomas Varga met the port's owner, Ivo Brandt, on Monday.", "He reckons traffic fell 18% last year.", "Tomas Varga"),
    ("Kelso Partners lost the contract to Redline Freight.", "It estimates container rates will fall 30% by June.", "Kelso Partners"),
    ("Halbrook's analysts met the bank's chief executive.", "He forecasts the index will end the year 5% lower.", "Halbrook"),
    ("The Office for National Statistics (ONS) said unemployment rose, while the Office for Budget Responsibility (OBR) cut its forecast.", "OBR figures show borrowing hit £120 billion.", "Office for National Statistics"),
    ("The Financial Conduct Authority (FCA) fined the bank in May.", "The bank sued the FCA over the £40 million fine.", "Financial Conduct Authority"),
    ("The National Grid Company (NGC) was privatised in 1990.", "NGC engineers repaired 40 pylons after the storm.", "National Grid Company"),
    ("The Office for National Statistics said prices rose, but the Office of Nuclear Safety (ONS) disagreed.", "ONS figures show 12 reactors were inspected.", "Office for National Statistics"),
]:
    cited(BACK, False, sentence, name, NOT_BACK, before)
BACK_PASS = "the evidence gives the name's own figure by a pronoun or the alias the page gave it"
for before, sentence, name in [
    ("Rhona Baird, the league's former treasurer, said the deal was poor value.", "She estimates the clubs lost £12 million over the decade.", "Rhona Baird"),
    ("Tomas Varga said the port was struggling.", "He reckons traffic fell 18% last year.", "Tomas Varga"),
    ("Halbrook's analysts said the rally would fade.", "They forecast the index will end the year 5% lower.", "Halbrook"),
    ("Kelso Partners said freight demand was weakening.", "It estimates container rates will fall 30% by June.", "Kelso Partners"),
    ("The Resolution Trust said the cuts hit poorer families hardest.", "It calculates the average family will lose £640 a year.", "Resolution Trust"),
    ("Pellow Bank's economists said the housing market had turned.", "They estimate prices will fall 4% next year.", "Pellow Bank"),
    ("The Office for National Statistics (ONS) said inflation eased.", "ONS data show food prices rose 4.1% in the year to May.", "Office for National Statistics"),
    ("The Bank for International Settlements (BIS) warned on debt.", "BIS figures show global debt hit $315 trillion.", "Bank for International Settlements"),
    ("The National Retail Federation (NRF) said sales were strong.", "NRF forecasts holiday spending will rise 3%.", "National Retail Federation"),
    ("The Institute for Fiscal Studies (IFS) published its analysis on Monday.", "IFS calculations show the freeze will raise £8 billion.", "Institute for Fiscal Studies"),
    ("Ingrid Solberg, an energy analyst, said the cold snap would bite.", "She expects gas prices to rise 20% by February.", "Ingrid Solberg"),
]:
    cited(BACK, True, sentence, name, BACK_PASS, before)

# --- descriptor: must fail first ---------------------------------------------------------------
NOT_MAKER = "unconfirmed: the trade's clients or investors reckon, or the name plans or is acted on: nothing is cited"
for sentence, name in [
    ("Brokerage clients of Tarlow Securities expect rates to fall to 3.5%.", "Tarlow Securities"),
    ("Investors in brokerage Tarlow Securities expect a payout of 3.5%.", "Tarlow Securities"),
    ("Forecaster Nell Ames expects to hire 40 staff this year.", "Nell Ames"),
    ("Brokerage Tarlow Securities was valued at £300 million.", "Tarlow Securities"),
    ("Consultants Marrow & Lane declined to put a figure on the losses.", "Marrow & Lane"),
    ("Brokerage Halden Capital expects to open 12 branches.", "Halden Capital"),
    ("Forecaster Nell Ames was expected to attend the 3 o'clock briefing.", "Nell Ames"),
    ("Brokerage Tarlow Securities sold 3.5% of its shares.", "Tarlow Securities"),
    ("Economist Ruth Alder joined the board in 2019.", "Ruth Alder"),
    ("Consultancy clients of Marrow & Lane expect costs to rise 9%.", "Marrow & Lane"),
    ("A brokerage owned by Tarlow Securities expects rates to fall to 3.5%.", "Tarlow Securities"),
    ("A rival forecaster, Corbel Economics, expects to hire 40 staff.", "Corbel Economics"),
    ("A rival brokerage, Halden Capital, was valued at £300 million.", "Halden Capital"),
    ("Its former adviser, Ruth Alder, found the missing files in 2019.", "Ruth Alder"),
    ("A rival firm, Corbel Economics, counted the cost of the storm for 3 weeks.", "Corbel Economics"),
    ("The client of a rival firm, Corbel Economics, expects growth of 1.2%.", "Corbel Economics"),
]:
    cited(DESCRIPTOR, False, sentence, name, NOT_MAKER)
MAKER = "the name, after a bare trade opening the sentence, reckons the figure: it is the figure's source"
for sentence, name in [
    ("Brokerage Halden Capital expects the central bank to cut rates to 3.25% by June.", "Halden Capital"),
    ("Forecaster Nell Ames predicts 40 per cent of shops will close.", "Nell Ames"),
    ("Economist Ruth Alder estimates the cuts will cost £2 billion.", "Ruth Alder"),
    ("Consultants Marrow & Lane estimate costs will rise 9%.", "Marrow & Lane"),
    ("The brokerage Halden Capital puts fair value at $41 a share.", "Halden Capital"),
    ("A rival forecaster, Corbel Economics, expects growth of 1.2%.", "Corbel Economics"),
    ("Analyst Joe Brand forecasts a 12% fall in profits.", "Joe Brand"),
    ("Economist Priya Shah forecast inflation of 2.4% for next year.", "Priya Shah"),
    ("The forecaster Met Analytics predicts 14 named storms this season.", "Met Analytics"),
    ("Brokerage Penrose Markets reckons the shares are worth 310 pence.", "Penrose Markets"),
    ("Forecaster Corbel Economics sees unemployment rising to 5.1% next year.", "Corbel Economics"),
    ("The ratings agency, Fitch Ratings, puts the insured losses at $10 billion.", "Fitch Ratings"),
    ("Another consultancy, Marrow & Lane, estimates costs will rise 9%.", "Marrow & Lane"),
    ("One brokerage, Penrose Markets, reckons the shares are worth 310 pence.", "Penrose Markets"),
    ("The pollster, Vantage Insight, found 48% backed the plan.", "Vantage Insight"),
]:
    cited(DESCRIPTOR, True, sentence, name, MAKER)

# --- relayed: a lead-in that carries another's words; the relayer must fail first -------------
for words, passes, fails, paragraphs in [
    ("I am staying at the club.", [], ["Tom Hale"], ["Tom Hale, the coach's agent, passed on his message: \"I am staying at the club.\""]),
    ("The budget stands.", [], ["Carl Ruiz"], ["Mayor Ines Vale was abroad on Monday.", "Her deputy, Carl Ruiz, relayed her reply to councillors: \"The budget stands.\""]),
    ("We will rebuild,", ["Rolf Lind"], ["Ama Osei"], ["\"We will rebuild,\" read the statement spokeswoman Ama Osei read out on behalf of chairman Rolf Lind."]),
    ("The fight goes on,", ["Arno Pike"], ["Lena Voss"], ["\"The fight goes on,\" Lena Voss wrote to members, quoting the founder, Arno Pike."]),
    ("We reject the offer.", [], ["Joan Pryor"], ["The union's secretary, Joan Pryor, conveyed the members' answer: \"We reject the offer.\""]),
    ("I regret nothing.", [], ["Nina Patel"], ["Lawyer Nina Patel read out her client's statement outside court: \"I regret nothing.\""]),
    ("No decision has been taken.", [], ["Sam Birch"], ["Aide Sam Birch forwarded the minister's letter to reporters: \"No decision has been taken.\""]),
    ("Tell them I am fine.", [], ["Rosa Lind"], ["The pilot's sister, Rosa Lind, relayed his words from the hospital: \"Tell them I am fine.\""]),
    ("Thank you for everything,", ["Jo Marr"], ["Ed Marr"], ["\"Thank you for everything,\" Jo Marr told the crowd, quoting her late father, Ed Marr."]),
    ("Keep the ball.", [], ["Kate Moss"], ["Captain Kate Moss passed on the manager's message at half-time: \"Keep the ball.\""]),
    ("We will rebuild,", [], ["Rolf Lind"], ["\"We will rebuild,\" read the statement Ama Osei read out on behalf of the board, chaired by Rolf Lind."]),
    ("Never give up,", [], ["Ed Marr"], ["\"Never give up,\" Jo Marr wrote, quoting the poem her father, Ed Marr, loved."]),
    ("Hold the line,", ["Ed Marr"], ["Jo Marr"], ["\"Hold the line,\" Jo Marr wrote in her eulogy, quoting her late father, Ed Marr."]),
    ("We will win,", [], ["Arno Pike"], ["\"We will win,\" Lena Voss wrote, quoting a banner fans held up for Arno Pike."]),
    ("Rest now,", [], ["Sam Birch"], ["\"Rest now,\" Nina Patel said, reading on behalf of the family of Sam Birch."]),
    ("Our doors stay open,", ["Paul Aster"], ["Rosa Lind"], ["\"Our doors stay open,\" Rosa Lind said, reading out a message on behalf of the director, Paul Aster."]),
    # the subject's own words in the same shapes: must pass
    ("I am stepping down.", ["Ama Osei"], [], ["Ama Osei read out her own statement: \"I am stepping down.\""]),
    ("We are heartbroken.", ["Carl Ruiz"], [], ["Carl Ruiz, speaking on behalf of the family, said: \"We are heartbroken.\""]),
    ("I think he will stay.", ["Tom Hale"], [], ["Tom Hale passed on his client's message and added: \"I think he will stay.\""]),
    ("The fight goes on.", ["Lena Voss"], [], ["Lena Voss, who relayed the founder's message last week, said on Monday: \"The fight goes on.\""]),
    ("We reject the offer,", ["Joan Pryor"], [], ["\"We reject the offer,\" Joan Pryor said, before she passed on the members' message to the board."]),
    ("Keep the ball.", ["Kate Moss"], [], ["Kate Moss relayed the manager's message at half-time, then said: \"Keep the ball.\""]),
    ("No decision has been taken.", ["Sam Birch"], [], ["Sam Birch forwarded his own letter to reporters: \"No decision has been taken.\""]),
]:
    built.page_quote(RELAYED, words, passes, fails, *paragraphs)

# --- credit-noun: a noun for words given ("the text", "the assurance", "the ultimatum") in a
# frame that names its giver after the receiver; the receiver and the one it was sent to fail
for words, passes, fails, paragraphs in [
    ("Move your car by noon,", ["Tim Shaw"], ["Ola Berg"], ["\"Move your car by noon,\" was the text Ola Berg got from her neighbour, Tim Shaw, on Friday."]),
    ("Nobody will lose their job,", ["Kai Lund"], ["Mo Reid"], ["\"Nobody will lose their job,\" was the assurance given to workers by the owner, Kai Lund, after talks with union leader Mo Reid."]),
    ("Sign or you are out,", ["Lou Tate"], ["Ben Ash"], ["\"Sign or you are out,\" was the ultimatum Ben Ash received from his agent, Lou Tate."]),
    ("We are sorry,", ["Eva Holm"], ["Ray Cole"], ["\"We are sorry,\" was the apology made to families by the hospital's director, Eva Holm, after a report by inspector Ray Cole."]),
    ("You let us down,", ["Nia Bell"], ["Joe Park"], ["\"You let us down,\" was the rebuke delivered to players by coach Nia Bell after captain Joe Park's penalty miss."]),
    ("The hospital will stay open.", ["Joan Amis"], ["Ruth Cole"], ["\"The hospital will stay open.\" Those were the assurances given to MPs by the minister, Joan Amis, as campaigner Ruth Cole looked on."]),
    ("Pay up or we lock the gates,", ["Sid Vane"], ["Hal Greer"], ["\"Pay up or we lock the gates,\" was the threat Hal Greer heard from the landlord, Sid Vane."]),
    ("Move your car,", ["Ola Berg"], ["Tim Shaw"], ["\"Move your car,\" was the text Ola Berg sent to her neighbour, Tim Shaw."]),
    ("Sign or you are out,", ["Ben Ash"], ["Lou Tate"], ["\"Sign or you are out,\" was the ultimatum Ben Ash gave his agent, Lou Tate."]),
    ("We are sorry,", [], ["Eva Holm"], ["\"We are sorry,\" was the apology families demanded from the director, Eva Holm."]),
    ("Stay away from the river,", ["Rob Dean"], ["Amy Lowe"], ["\"Stay away from the river,\" was the text Amy Lowe got from the mayor, Rob Dean, at 6am."]),
]:
    built.page_quote(CREDIT_NOUN, words, passes, fails, *paragraphs)
# fmt: on


def build_cases() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = built.cases
    return cases


if __name__ == "__main__":
    built.write(OUT)
