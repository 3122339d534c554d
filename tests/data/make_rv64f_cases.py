# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 64's review rv64f of ft64 (``grounding_rv64f.jsonl``): a free text's
opening word and all-capital abbreviation read as the page's own words by
:mod:`summarizer.verification.free_text.thing_openings` and
:mod:`summarizer.verification.free_text.lower_initials`, by category, each with what must pass
and what must fail:

- ``named``: a sentence's first word that is a common word and also a name standing alone (a
  surname "Tusk", "Musk", "Waltz", "Gallant", "Cleverly"; a club "Wolves", "Spurs", "Hearts",
  "Palace"; a company "Stripe", "Zoom", "Alphabet", "Signal") before a verb a thing heads, the
  page never naming it. Refused where the rest of the sentence shows a person or a side: a
  pronoun "he"/"she"/"his"/"her" for it, a person's act after the verb ("fell from power", "was
  elected", "has resigned", "will meet", "were relegated") or an office ("remains in charge",
  "was leader of"); and a surname no word list holds ("Mann was", "Brown said"). Passing: the
  labeller's own common noun in the same shapes ("Output fell from 5.3 million tonnes",
  "Turnout was the lowest", "Rent will rise", "Inflation remains above target");
- ``adjective``: a first word with an adjective's ending before a lower-case word. Refused: a
  name so ending before its verb ("Arsenal won the league", "Rival resigned", "Cable quit");
  passing: the adjective before its noun ("Historic vote", "Seasonal workers", "Structural
  repairs", "Hazardous waste", "Illegal dumping");
- ``initials``: an all-capital abbreviation beside the page's lower-case phrase. Passing: the
  phrase's initials ("PPE" for "personal protective equipment", "GDP" for "gross domestic
  product", "HGV", "VAT"; "The NGO said" for a "non-governmental organisation", "The CEO
  said"); refused: a body acting ("The FBI inspected", "The NHS unveiled") beside a run of
  words that happens to spell its letters but names no body ("fresh building inspections",
  "a new housing scheme"), another officer's letters, letters across a full stop.

Run ``python tests/data/make_rv64f_cases.py`` to rebuild it. Every article below was written for
this set in its own words, names and places made up (public figures only in invented
sentences); each verdict is what a careful fact-checker reads in the text, decided when the case
was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv64f.jsonl")

built = SupportCases(
    "rv64f",
    leads=[
        "WARSAW, Oct 3 (Eastline Wire) -",
        "By Dara Quell | The Tamsby Courier",
        "Sport | The Lisle Evening Herald",
        "Markets desk | The Corran Ledger",
        "POLITICS | Harwick Daily",
        "From the newsroom of Delta News -",
    ],
)
NAMED, ADJECTIVE, INITIALS = "named", "adjective", "initials"


def named(expect: bool, paragraph: str, text: str, why: str, path: str = "summary") -> None:
    built.free_text(NAMED, expect, paragraph, text, why, path)


def adjective(
    expect: bool, paragraph: str, text: str, why: str, path: str = "key_points[0]"
) -> None:
    built.free_text(ADJECTIVE, expect, paragraph, text, why, path)


def initials(expect: bool, paragraph: str, text: str, why: str, path: str = "summary") -> None:
    built.free_text(INITIALS, expect, paragraph, text, why, path)


# fmt: off
# --- named: must fail --------------------------------------------------------------------------
named(False, "Poland's former prime minister lost a confidence vote in parliament on Tuesday and left office the same night.", "Tusk fell from power after losing a confidence vote on Tuesday.", "a surname before 'fell from power'")
named(False, "The Velmish opposition leader was chosen to head the party at its congress in Orrin.", "Tusk was elected party leader at the Orrin congress.", "a surname before 'was elected'")
named(False, "The carmaker's founder has bought a 9 per cent stake in the social network, filings showed.", "Musk has bought a 9 per cent stake in the social network.", "a surname before 'has bought': a person's act")
named(False, "The national security adviser quit on Friday after a row over a leaked chat.", "Waltz has resigned as national security adviser.", "a surname before 'has resigned'")
named(False, "Israel's defence minister left the cabinet on Sunday after months of rows with the premier.", "Gallant was sacked after months of rows with the premier.", "a surname before 'was sacked'")
named(False, "The foreign secretary will travel to Kellmar next week for talks on the border.", "Cleverly will meet Kellmar's leaders next week.", "a surname before 'will meet'")
named(False, "The striker's former club went down on the last day of the season after a 2-1 defeat.", "Wolves were relegated on the last day of the season.", "a club before 'were relegated'")
named(False, "The Lisle side stays top of the table after a goalless draw on Saturday.", "Spurs remain top of the table after a goalless draw.", "a club, the page naming another side only")
named(False, "The defence minister stays in post after the vote, though her deputy resigned.", "Gallant remains in charge of the ministry despite the vote.", "a surname before 'remains in charge'")
named(False, "The tech group's founder is the richest man in the country, the magazine said in its annual list.", "Musk is the richest man in the country, and his fortune grew again this year.", "a surname before 'is', a 'his' for it")
named(False, "The premier returned to parliament on Monday after a week of talks in Brussels.", "Tusk was back in parliament on Monday after his talks in Brussels.", "a surname before 'was', a 'his' for it")
named(False, "The former minister has been a member of the assembly since 2011.", "Mann was a member of the assembly since 2011.", "a surname in no word list, before 'was'")
named(False, "The opposition leader said the budget was a gamble.", "Brown said the budget was a gamble.", "a surname before a saying verb")
named(False, "The payments firm was valued at $50 billion in its latest funding round.", "Stripe was valued at $50 billion in its latest funding round.", "a company the page does not name")
# --- named: must pass --------------------------------------------------------------------------
named(True, "Steel made at the Orrin works dropped from 5.3 million tonnes to 4.1 million tonnes in the year.", "Output fell from 5.3 million tonnes to 4.1 million tonnes.", "a common noun before 'fell from'")
named(True, "Only 38 per cent of registered voters cast a ballot, the lowest share since 1998.", "Turnout was the lowest since 1998, at 38 per cent.", "a common noun before 'was the'")
named(True, "Tenants of the Harwick housing trust will pay 4 per cent more from April.", "Rent will rise by 4 per cent from April.", "a common noun before 'will rise'")
named(True, "Consumer prices are still climbing faster than the bank's 2 per cent goal, the governor said.", "Inflation remains above the 2 per cent target.", "a common noun before 'remains above'")
named(True, "The city's grant to the Tamsby arts centre was withdrawn in March, the council confirmed.", "Funding was cut in March.", "a common noun before 'was cut'")
named(True, "The number of paying members at the Lisle rowing club has doubled since 2020 to 640.", "Membership has doubled since 2020 to 640.", "a common noun before 'has doubled'")
named(True, "Bookings for winter sun holidays are up 12 per cent on last year, the travel firm said.", "Demand has grown 12 per cent on last year.", "a common noun before 'has grown'")
named(True, "The fuel rebate will be paid until the end of June, the Corran treasury said.", "Support continues until the end of June.", "a common noun before 'continues'")
named(True, "A man who lodged the complaint against the Harwick landlord was awarded £4,000 by the tribunal.", "Tenant was awarded £4,000 by the tribunal.", "a common noun before 'was awarded'")
named(True, "The club's net borrowing stood at £210 million at the year end, up from £180 million.", "Debt rose to £210 million at the year end.", "a common noun before 'rose to'")
named(True, "Road deaths in the county have fallen for a fourth year, police figures show.", "Traffic deaths fell for a fourth year.", "a common noun before a noun and 'fell'")
named(True, "Wildlife officers seized 40 elephant tusks at the port of Corran on Thursday.", "Ivory worth millions was seized at Corran port on Thursday.", "a common noun before 'worth ... was seized'")
# --- adjective: must fail ----------------------------------------------------------------------
adjective(False, "The north London side clinched the title on Sunday with a 3-0 win at home.", "Arsenal won the title on Sunday with a 3-0 win.", "a club in -al before its verb")
adjective(False, "The business secretary quit the cabinet on Monday over the steel plan.", "Cable quit the cabinet on Monday over the steel plan.", "a surname in -able before its verb")
adjective(False, "The London club sacked its manager on Tuesday after six defeats in a row.", "Arsenal sacked their manager after six straight defeats.", "a club in -al before an -ed verb")
adjective(False, "The Bilbao club signed the Corran winger for £20 million on deadline day.", "Athletic signed the Corran winger for £20 million.", "a club in -ic before an -ed verb")
adjective(False, "The challenger's campaign conceded defeat on Thursday night in the Lisle race.", "Rival conceded defeat on Thursday night.", "a common word as the rival's name, before an -ed verb")
adjective(False, "The north London side beat the champions 2-1 on Saturday.", "Arsenal beat the champions 2-1 on Saturday.", "a club in -al before 'beat'")
adjective(False, "The club appointed a new head coach on Friday after a 12-month search.", "Arsenal appointed a new head coach on Friday.", "a club the page never names")
adjective(False, "The minister resigned on Monday after the report was published.", "Cable resigned after the report was published.", "a surname in -able before 'resigned'")
adjective(False, "The Spanish side lost 4-0 away from home on Wednesday.", "Athletic lost 4-0 away from home on Wednesday.", "a club in -ic before 'lost'")
adjective(False, "The north London side travel to Lisle on Saturday for the cup tie.", "Arsenal travel to Lisle for the cup tie on Saturday.", "a club in -al before a verb")
# --- adjective: must pass ----------------------------------------------------------------------
adjective(True, "Lawmakers in Corran passed the first change to the constitution in 70 years.", "Historic vote passes the first change to the constitution in 70 years.", "an adjective in -ic before its noun")
adjective(True, "Fruit farms in the Orrin valley hire 2,300 pickers every summer, mostly from abroad.", "Seasonal workers number 2,300 on Orrin valley fruit farms.", "-al before a plural noun")
adjective(True, "The bridge will shut for eight weeks so that engineers can fix cracks in its supports.", "Structural repairs will shut the bridge for eight weeks.", "-al before a plural noun")
adjective(True, "Barrels of chemical waste were found dumped beside the Tamsby canal on Monday.", "Hazardous waste found beside the Tamsby canal on Monday.", "-ous before a noun")
adjective(True, "Fly-tipping in the Lisle district rose by a fifth last year, the council said.", "Illegal dumping rose by a fifth in Lisle last year.", "-al before a noun and 'rose'")
adjective(True, "Storms tore roofs from 200 homes in Harwick overnight, the fire service said.", "Extensive damage to 200 homes in Harwick overnight.", "-ive before a noun")
adjective(True, "Staff will be paid for the hours they spent waiting at the Corran depot, the court ruled.", "Additional pay for hours spent waiting at the Corran depot.", "-al before a noun")
adjective(True, "Ticket sales at the Tamsby festival topped 40,000 for the first time.", "Record-breaking sales at the Tamsby festival topped 40,000.", "a hyphened head is read elsewhere; 'Record-breaking'", path="summary")
adjective(True, "Farmers near Lisle said the wet spring had delayed planting by three weeks.", "Agricultural planting delayed by three weeks near Lisle.", "-al before a noun")
adjective(True, "A man was found guilty of arson at the Corran warehouse, the jury decided on Friday.", "Criminal trial ends with an arson verdict on Friday.", "-al before a noun")
adjective(True, "Warehouses along the Tamsby ring road now stand empty, the agents said.", "Commercial property along the Tamsby ring road stands empty.", "-al before a noun")
# --- initials: must fail -----------------------------------------------------------------------
initials(False, "Council officers carried out fresh building inspections at the Harwick flats on Monday.", "The FBI inspected the Harwick flats on Monday.", "FBI beside 'fresh building inspections'")
initials(False, "Ministers unveiled a new housing scheme for key workers in Lisle on Tuesday.", "The NHS unveiled housing for key workers in Lisle.", "NHS beside 'new housing scheme'")
initials(False, "Growers said daily price rises had hurt sales of cut flowers at the Corran market.", "The DPR hurt flower sales at the Corran market.", "DPR beside 'daily price rises': a named body")
initials(False, "The mayor said urban noise levels had fallen since the night lorry ban.", "The UN welcomed the night lorry ban.", "UN: two letters, a body the page never names")
initials(False, "Investors fear major financial losses after the collapse of the Tamsby fund.", "The IMF warned of losses after the Tamsby fund's collapse.", "IMF beside 'major financial' (not consecutive with i)")
initials(False, "The museum's chief curator, Lena Halm, opened the exhibition on Friday.", "CEO Lena Halm opened the exhibition on Friday.", "CEO beside 'chief curator'")
initials(False, "Staff at the plant were told of job cuts. Union officials said 200 posts would go.", "The JCU said 200 posts would go.", "letters across a full stop")
initials(False, "A national health survey found obesity had risen in Harwick since 2015.", "The NHS found obesity had risen in Harwick since 2015.", "NHS beside 'national health survey'")
initials(False, "Bus drivers called a strike after pay talks collapsed on Thursday.", "The BDC called a strike after pay talks collapsed.", "letters of a run with a word missing")
initials(False, "Police seized cash at the Corran port; customs officials found 40 kilos of drugs.", "The CBP found 40 kilos of drugs at Corran.", "CBP beside no run of its letters")
# --- initials: must pass -----------------------------------------------------------------------
initials(True, "Nurses at the Lisle clinic ran short of personal protective equipment in the first weeks.", "Lisle clinic nurses ran short of PPE.", "PPE: personal protective equipment")
initials(True, "The Velmish economy's gross domestic product shrank 0.4 per cent in the quarter.", "Velmish GDP shrank 0.4 per cent in the quarter.", "GDP: gross domestic product")
initials(True, "The Tamsby region's chief executive, Hana Ordway, opened the new depot.", "Tamsby CEO Hana Ordway opened the new depot.", "CEO: chief executive")
initials(True, "Drivers at the Harwick depot now need a heavy goods vehicle licence, the firm said.", "Harwick depot drivers need an HGV licence.", "HGV: heavy goods vehicle")
initials(True, "Patients in intensive care units across the county rose to 90 on Sunday.", "County ICU patients rose to 90 on Sunday.", "ICU: intensive care unit")
initials(True, "Diners at the Corran cafe can now pay by contactless card at the point of sale, the owner said.", "The Corran cafe added contactless payment.", "no abbreviation: a control")
initials(True, "Ministers promised to cut value added tax on home energy bills from April.", "Ministers promised to cut VAT on home energy from April.", "VAT: value added tax")
initials(True, "The Lisle plant will switch to electric vehicle batteries by 2027.", "The Lisle plant will make EV batteries by 2027.", "EV: two letters, a known spelling? (control)")
initials(True, "Officials said the company's annual general meeting would be held in Harwick on May 9.", "The company's AGM will be held in Harwick on May 9.", "AGM: annual general meeting")
initials(True, "Workers at small and medium-sized enterprises in Tamsby got a 3 per cent rise.", "Tamsby workers at small firms got a 3 per cent rise.", "no abbreviation: a control")
initials(True, "The Corran plant's chief operating officer, Ivo Brandt, left in May.", "Corran plant COO Ivo Brandt left in May.", "COO: chief operating officer")
initials(True, "Food reached the Karrow camp through a non-governmental organisation based in Halden, which said more trucks would follow.", "The NGO said more trucks would follow to the Karrow camp.", "NGO acting: the phrase ends in a body's noun")
initials(True, "Judge Petra Lund granted a temporary restraining order that blocked the sale of the Harrowgate depot.", "The TRO blocked the sale of the Harrowgate depot.", "TRO before a past verb: a thing, not a body")
initials(True, "The museum's chief executive, Lena Halm, said the exhibition would reopen on Friday.", "The CEO said the exhibition would reopen on Friday.", "CEO acting: an officer")
# fmt: on


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
