# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 32's free-text words (``grounding_freewords32.jsonl``): a free
text's capitalised word or number the article writes in another form, which the free-text check
flagged "does not occur in the article" on 11 of 22 outside checks (50-71), by category, each
with what must pass and what must fail:

- ``initials``: "WFP" for the page's "World Food Programme" (words such as "of" skipped).
  Refused: an abbreviation the page neither writes nor spells out, letters in another order, a
  run broken by punctuation;
- ``glued-digits``: "COP30" written glued by the page. Refused: the word alone beside another
  glued number, a glued word the page never writes;
- ``national-bodies``: "Ireland" for a page that names "the Taoiseach" or "the Dail", "Israel"
  for "the Knesset". Refused: a country whose office the page does not name, one way only;
- ``opening-forms``: a sentence's capitalised first word that the page writes as a verb
  ("Renewal" for "renewed", "Adoption" for "adopted", "Meetings" for "meet", "Charges" for
  "charged"), a party's plural ("Liberal win" for "Carney's Liberals"), an adverb of time
  ("Afterwards he"). Refused: a made-up name opening a piece, a surname that is also a word
  ("Tusk", "Bush", "May") the page never writes, a name the page writes only in a person's name;
- ``ordinary-openings``: a sentence's first word that is a plural or an "-ing" or "-ed" form of
  a common word never written as a name, with a lower-case word after it ("Ceilings stay at
  17,000 troops", "Talks on a second stage", "Existing contracts", "Failed first vote"), though
  the page writes it in no form. Refused: a surname that is also such a word ("Banks", "Wells",
  "Browning"), a bare singular surname ("Tusk"), one before a saying verb or a comma, a made-up
  name, the word before a capitalised word;
- ``nought-scales``: a tally's nought ("124 votes to none" for the page's "124 votes to none" or
  "none against") and a number in trillions. Refused: a zero the page never states ("none of
  the 12 came"), a scale the page does not give.

Run ``python tests/data/make_freewords32_cases.py`` to rebuild it. Every text is written for
this set (fictional outlets and people, or public figures in invented sentences); each verdict
is what a careful fact-checker reads, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_freewords32.jsonl")

built = SupportCases(
    "fw32",
    leads=(
        "The Harbour Chronicle\n\nBy Maeve Holloway",
        "Andes Wire | LIMA, 12 June",
        "Radio Meridian, evening bulletin\n\nPRESENTER:",
        "The Lagoon Herald\n\nACCRA (LH) -",
    ),
    closing="Officials did not answer further questions on Friday.",
)
INITIALS, GLUED, BODIES, OPENING, NOUGHT, ORDINARY = (
    "initials",
    "glued-digits",
    "national-bodies",
    "opening-forms",
    "nought-scales",
    "ordinary-openings",
)


def prose(
    category: str, expect: bool, paragraph: str, text: str, why: str, path: str = "summary"
) -> None:
    """Free text over a page of ``paragraph`` (``SupportCases.free_text``)."""
    built.free_text(category, expect, paragraph, text, why, path)


# fmt: off
# --- initials: must pass ---------------------------------------------------------------------
prose(INITIALS, True, "The World Food Programme opened a corridor from Aswan to Wadi Halfa.", "WFP opened a corridor from Aswan to Wadi Halfa.", "World Food Programme")
prose(INITIALS, True, "The International Atomic Energy Agency sent inspectors to the plant.", "The IAEA sent inspectors to the plant.", "four capitals")
prose(INITIALS, True, "The Organization of American States called the vote fair.", "The OAS called the vote fair.", "'of' skipped")
prose(INITIALS, True, "The Committee to Protect Journalists condemned the arrest.", "The CPJ condemned the arrest.", "'to' skipped")
prose(INITIALS, True, "Medical teams from the International Rescue Committee reached the camp.", "Teams from the IRC reached the camp.", "a run inside a sentence")
prose(INITIALS, True, "The North Atlantic Treaty Organization met in Vilnius.", "NATO met in Vilnius.", "an acronym read as a word")
prose(INITIALS, True, "The European Central Bank held rates on Thursday.", "The ECB held rates on Thursday.", "three capitals")
prose(INITIALS, True, "The Committee for the Protection of Migrants denied the claim.", "The CPM denied the claim.", "'for the' and 'of' skipped")
prose(INITIALS, True, "Monitors from the UN Interim Force in Lebanon reported calm.", "UNIFIL monitors reported calm.", "a capital run with 'in'", path="key_points[0]")
prose(INITIALS, True, "The Gulf Cooperation Council welcomed the truce.", "The GCC welcomed the truce.", "a key point", path="key_points[0]")
prose(INITIALS, True, "Staff of the World Health Organization arrived in Goma.", "WHO staff arrived in Goma.", "after 'of'")
# --- initials: must fail ---------------------------------------------------------------------
prose(INITIALS, False, "The refugee agency said 4,000 people had crossed the border.", "UNHCR said 4,000 people had crossed the border.", "an abbreviation the page never writes")
prose(INITIALS, False, "The World Food Programme opened a corridor from Aswan to Wadi Halfa.", "WTO opened a corridor from Aswan to Wadi Halfa.", "another organisation's letters")
prose(INITIALS, False, "The World Food Programme opened a corridor from Aswan.", "FWP opened a corridor from Aswan.", "letters in another order")
prose(INITIALS, False, "The European Central Bank held rates on Thursday.", "The ECJ held rates on Thursday.", "one letter off")
prose(INITIALS, False, "The aid groups met in Geneva on Monday.", "The ICRC met in Geneva on Monday.", "no run of capitals at all")
prose(INITIALS, False, "The International Atomic Energy Agency sent inspectors to the plant.", "The IAEAX sent inspectors to the plant.", "a letter too many")
prose(INITIALS, False, "Officials in Warsaw, Frankfurt and Paris met bankers.", "WFP officials met bankers.", "capitals broken by commas")
prose(INITIALS, False, "The North Atlantic alliance met in Vilnius.", "NATO met in Vilnius.", "the page's run ends before its last letter")
prose(INITIALS, False, "A UN agency opened a corridor from Aswan to Wadi Halfa.", "WFP opened a corridor from Aswan to Wadi Halfa.", "a description, not the name")
prose(INITIALS, False, "The Gulf states welcomed the truce.", "The GCC welcomed the truce.", "a key point", path="key_points[0]")
# --- glued-digits: must pass -----------------------------------------------------------------
prose(GLUED, True, "World leaders met in Belem ahead of COP30.", "Leaders met in Belem ahead of COP30.", "COP30 as written")
prose(GLUED, True, "The pledges were made at the COP30 Leaders' Summit in Belem.", "Pledges were made at the COP30 Leaders' Summit.", "COP30 inside a name")
prose(GLUED, True, "The ministers of the G20 met in Johannesburg.", "G20 ministers met in Johannesburg.", "G20")
prose(GLUED, True, "The carrier ordered twelve A350 jets.", "The carrier ordered twelve A350 jets.", "a model number")
prose(GLUED, True, "Riyadh unveiled the Vision2030 plan in April.", "Riyadh unveiled its Vision2030 plan.", "a plan's name", path="key_points[0]")
prose(GLUED, True, "The BRICS summit followed the G7 meeting in Kananaskis.", "The G7 met in Kananaskis.", "G7")
prose(GLUED, True, "The delegates at COP29 in Baku agreed a finance goal.", "Delegates at COP29 agreed a finance goal.", "COP29")
prose(GLUED, True, "The drones were of the Shahed136 type, the air force said.", "Shahed136 drones were used.", "a drone's type")
prose(GLUED, True, "Talks on the climate fund resume at SB62 in Bonn.", "Talks resume at SB62 in Bonn.", "a session's name")
prose(GLUED, True, "World leaders met in Belem ahead of COP30, hosted by Lula.", "Lula hosted leaders ahead of COP30.", "a key point", path="key_points[0]")
# --- glued-digits: must fail -----------------------------------------------------------------
prose(GLUED, False, "World leaders met in Belem ahead of the climate summit.", "Leaders met in Belem ahead of COP30.", "the page never writes COP30")
prose(GLUED, False, "The ministers of the G20 met in Johannesburg.", "G7 ministers met in Johannesburg.", "another group")
prose(GLUED, False, "The carrier ordered twelve new jets.", "The carrier ordered twelve A350 jets.", "a model the page never names")
prose(GLUED, False, "Delegates at the Baku talks agreed a finance goal.", "Delegates at COP29 agreed a finance goal.", "no COP29")
prose(GLUED, False, "The drones were of an Iranian type, the air force said.", "Shahed136 drones were used.", "a type the page never names")
prose(GLUED, False, "Talks on the climate fund resume in Bonn.", "Talks resume at SB62 in Bonn.", "a session the page never names")
prose(GLUED, False, "Riyadh unveiled its long-term plan in April.", "Riyadh unveiled its Vision2030 plan.", "a plan the page never names", path="key_points[0]")
prose(GLUED, False, "World leaders met in Belem for the summit.", "Leaders met in Belem ahead of COP.", "the word alone, never written")
prose(GLUED, False, "The ministers met in Johannesburg on Friday.", "G20 ministers met in Johannesburg.", "no group named")
prose(GLUED, False, "Leaders gathered in Belem, hosted by Lula.", "Lula hosted leaders ahead of COP30.", "a key point", path="key_points[0]")
# --- national-bodies: must pass --------------------------------------------------------------
prose(BODIES, True, "The Taoiseach, Enda Kenny, said he accepted the verdict.", "Enda Kenny of Ireland accepted the verdict.", "the Taoiseach")
prose(BODIES, True, "Voters rejected the abolition of the Seanad by a narrow margin.", "Ireland's voters kept the Seanad.", "the Seanad")
prose(BODIES, True, "The bill passed the Dail by 81 votes to 62.", "Ireland's lower house passed the bill.", "the Dail")
prose(BODIES, True, "The Knesset voted to dissolve itself on Wednesday.", "Israel's parliament voted to dissolve itself.", "the Knesset")
prose(BODIES, True, "The Bundestag approved the budget after a long debate.", "Germany's parliament approved the budget.", "the Bundestag")
prose(BODIES, True, "Deputies in the Duma passed the law in three readings.", "Russia's parliament passed the law.", "the Duma")
prose(BODIES, True, "The Sejm overturned the presidential veto.", "Poland's parliament overturned the veto.", "the Sejm")
prose(BODIES, True, "The Storting approved the fund's new rules.", "Norway's parliament approved the rules.", "the Storting")
prose(BODIES, True, "The Riksdag voted for membership of the alliance.", "Sweden's parliament voted for membership.", "the Riksdag")
prose(BODIES, True, "The Tanaiste, Micheal Martin, met the envoy.", "Micheal Martin of Ireland met the envoy.", "a key point", path="key_points[0]")
# --- national-bodies: must fail --------------------------------------------------------------
prose(BODIES, False, "The prime minister, Enda Kenny, said he accepted the verdict.", "Enda Kenny of Ireland accepted the verdict.", "no Irish office named")
prose(BODIES, False, "The Taoiseach, Enda Kenny, said he accepted the verdict.", "Enda Kenny of Scotland accepted the verdict.", "another country than the office's")
prose(BODIES, False, "The Knesset voted to dissolve itself on Wednesday.", "Germany's parliament voted to dissolve itself.", "another country's parliament")
prose(BODIES, False, "The Bundestag approved the budget after a long debate.", "Austria's parliament approved the budget.", "a neighbour")
prose(BODIES, False, "The parliament approved the budget after a long debate.", "Germany's parliament approved the budget.", "a parliament of no country")
prose(BODIES, False, "Deputies passed the law in three readings.", "Russia's parliament passed the law.", "no Duma")
prose(BODIES, False, "The Sejm overturned the presidential veto.", "Hungary's parliament overturned the veto.", "another country")
prose(BODIES, False, "The Storting approved the fund's new rules.", "Denmark's parliament approved the rules.", "another Nordic country")
prose(BODIES, False, "Ireland's voters kept the upper house.", "Voters kept the Seanad.", "one way: the country backs no office")
prose(BODIES, False, "The Tanaiste, Micheal Martin, met the envoy.", "Micheal Martin of Britain met the envoy.", "a key point", path="key_points[0]")
# --- opening-forms: must pass ----------------------------------------------------------------
prose(OPENING, True, "The sanctions will be renewed only if Caracas honours the roadmap.", "Renewal depends on the roadmap.", "renewal: renewed", path="key_points[0]")
prose(OPENING, True, "Governments adopted the WHO Pandemic Agreement in Geneva.", "Adoption of the WHO Pandemic Agreement", "adoption: adopted")
prose(OPENING, True, "Kirsty Coventry was elected president of the committee on Thursday.", "Election of Kirsty Coventry as president", "election: elected")
prose(OPENING, True, "Here is how delegations reacted to the outcome in Belem.", "Reactions to the outcome in Belem", "reactions: reacted")
prose(OPENING, True, "Two men were charged and five more detained, prosecutors said.", "Charges and new arrests in the theft inquiry", "charges: charged")
prose(OPENING, True, "Pope Leo urged the two sides to meet at the Vatican.", "Meetings around Pope Leo's offer to host talks", "meetings: meet")
prose(OPENING, True, "The deal was negotiated over three weeks in Doha.", "Negotiations in Doha took three weeks.", "negotiations: negotiated", path="key_points[0]")
prose(OPENING, True, "Our decision desk projects that Mark Carney's Liberals will form the next government of Canada.", "Canada's election night: Liberal win projected", "a party's plural")
prose(OPENING, True, "The Conservatives won 145 seats and the Greens one.", "Green and Conservative seats were counted.", "a party's plural opening")
prose(OPENING, True, "Trump met Zelensky in the Oval Office, then called Vladimir Putin.", "Trump met Zelensky. Afterwards he called Vladimir Putin.", "an adverb of time")
prose(OPENING, True, "The truce was signed in Doha, and both sides stopped firing.", "Thereafter both sides stopped firing.", "another adverb", path="key_points[0]")
# --- opening-forms: must fail ----------------------------------------------------------------
prose(OPENING, False, "Festivals planned for the summer have been cancelled, the council said.", "Festival residents were told of the cancellation.", "the page's plural only at its sentence's start")
prose(OPENING, False, "The sanctions will be renewed only if Caracas honours the roadmap.", "Tusk said renewal depends on the roadmap.", "a surname that is also a word")
prose(OPENING, False, "Leaders at the summit backed the plan.", "Bush backed the plan at the summit.", "a surname the page never writes")
prose(OPENING, False, "Leaders at the summit backed the plan.", "Rice backed the plan at the summit.", "a surname that is a word")
prose(OPENING, False, "Governments adopted the agreement in Geneva.", "Valdoran of the committee adopted the agreement.", "a made-up name opening the piece")
prose(OPENING, False, "Kirsty Coventry was elected president of the committee on Thursday.", "Tusk on the election of Kirsty Coventry", "a surname opening a subject line")
prose(OPENING, False, "Pope Leo urged the two sides to talk at the Vatican.", "Hastings hosted talks at the Vatican.", "a surname the page never writes")
prose(OPENING, False, "Serena Williams won the final in two sets.", "William won the final in two sets.", "a name the page writes in a person's name")
prose(OPENING, False, "Peter Holm said the Liberal leader would resign.", "Peters said the leader would resign.", "a surname's other number of a given name")
prose(OPENING, False, "The Conservatives won 145 seats and the Greens one.", "Liberal seats were counted.", "a party the page never names")
prose(OPENING, False, "Trump met Zelensky in the Oval Office.", "Trump met Zelensky. Afterwards Macron called.", "a name after the adverb")
prose(OPENING, False, "Prosecutors said the two men were detained.", "Charles and two others were detained.", "a given name the page never writes", path="key_points[0]")
# --- ordinary-openings: must pass ------------------------------------------------------------
prose(ORDINARY, True, "The mission may field up to 17,000 troops and 2,101 police.", "Ceilings stay at 17,000 troops and 2,101 police.", "a plural opening a key point", path="key_points[0]")
prose(ORDINARY, True, "Leaders addressed the assembly on the first day of the general debate.", "Speeches on the first day of the general debate", "a subject line")
prose(ORDINARY, True, "Negotiators will open a second stage on the 16th day of the truce.", "Talks on a second stage open on the 16th day.", "talks", path="key_points[0]")
prose(ORDINARY, True, "Contracts already signed get a 90-day transition period.", "Existing contracts get a 90-day transition period.", "an -ing form")
prose(ORDINARY, True, "The first attempt to impeach Yoon Suk Yeol fell short on Saturday.", "Failed first impeachment vote against Yoon Suk Yeol", "an -ed form")
prose(ORDINARY, True, "Five broadcasters said they would stay away from Eurovision 2026.", "Boycotts of Eurovision 2026 by five broadcasters", "a plural before 'of'")
prose(ORDINARY, True, "The ministry said grain exports rose in May.", "Shipments of grain rose, the ministry said.", "shipments")
prose(ORDINARY, True, "Rebel fighters pulled back from the hills above the town.", "Withdrawals from the hills above the town followed.", "withdrawals", path="key_points[0]")
prose(ORDINARY, True, "The two sides swapped 90 prisoners at the border.", "Exchanges of prisoners continued at the border.", "exchanges")
prose(ORDINARY, True, "The council's decision was put off until the spring.", "Delayed decision on the council's plan", "a participle")
prose(ORDINARY, True, "Officials in the capital gave no figures on Friday.", "Rising prices worried officials in the capital.", "an -ing adjective", path="key_points[0]")
prose(ORDINARY, True, "Crown jewels were taken from the gallery.", "Theft of crown jewels from the gallery", "a bare singular noun never a name (session 58)")
# --- ordinary-openings: must fail ------------------------------------------------------------
prose(ORDINARY, False, "Traders said the central lender would raise rates.", "Banks expects the lender to raise rates.", "a surname that is also a plural")
prose(ORDINARY, False, "The minister said the port would reopen.", "Wells said the port would reopen.", "another surname that is a word")
prose(ORDINARY, False, "The envoy arrived in Kyiv on Tuesday.", "Browning arrived in Kyiv on Tuesday.", "an -ing surname")
prose(ORDINARY, False, "The prime minister met the envoy in Warsaw.", "Tusk met the envoy in Warsaw.", "a bare singular surname")
# session 58 (ft58, common_heads): the bare noun is a common word's, as a fact-checker reads it
# ("Theft of crown jewels from the gallery" passes now); a surname that is a word takes its place
prose(ORDINARY, False, "Crown jewels were taken from the gallery.", "Gallant on the theft of crown jewels", "a surname that is a word, in a person's label")
prose(ORDINARY, False, "The ministry said grain exports rose in May.", "Shipments Minister Olena Hart said exports rose.", "a capitalised word after it")
prose(ORDINARY, False, "The mayor said the rally was peaceful.", "Hills said the rally was peaceful.", "before a saying verb")
prose(ORDINARY, False, "A harbour pilot said the channel was clear.", "Sparks, a harbour pilot, said the channel was clear.", "before a comma")
prose(ORDINARY, False, "Officials gave no figures on Friday.", "Dravinsk officials gave no figures.", "a made-up name")
prose(ORDINARY, False, "The two sides swapped 90 prisoners at the border.", "Exchanges of prisoners continued at Rafah.", "another name after it")
prose(ORDINARY, False, "The senator spoke on the bill.", "Sanders spoke on the bill.", "a surname the larger list writes as a name")
# --- nought-scales: must pass ----------------------------------------------------------------
prose(NOUGHT, True, "A committee approved the treaty by 124 votes to none, with 11 abstentions.", "A committee approved the treaty by 124 to none.", "the page's nought side")
prose(NOUGHT, True, "The tally was 124 in favour and none against in the 130-seat chamber.", "The president was removed by 124 votes to none.", "'none against'")
prose(NOUGHT, True, "The council backed the motion 12-nil after a short debate.", "The council backed the motion 12 votes to none.", "'12-nil'")
prose(NOUGHT, True, "Inflation fell to zero in March, the bureau said.", "Inflation fell to 0 in March.", "'zero'")
prose(NOUGHT, True, "The board carried the plan by eleven votes to none.", "The board carried the plan 11 to none.", "worded score", path="key_points[0]")
prose(NOUGHT, True, "Deficits grow by $3.3 trillion across ten years, the budget office said.", "The budget office projects $3.3 trillion added to deficits.", "trillion")
prose(NOUGHT, True, "The fund now holds 1.7 trillion dollars in assets.", "The fund holds $1.7 trillion.", "trillion in words after digits")
prose(NOUGHT, True, "Global debt reached 307 trillion dollars last year.", "Global debt reached $307 trillion.", "a whole number of trillions")
prose(NOUGHT, True, "The senators approved the nominee 52 to nothing.", "The nominee was approved 52 to none.", "'to nothing'", path="key_points[0]")
prose(NOUGHT, True, "The bill passed with 300 in favour and none opposed.", "The bill passed 300 to none.", "'none opposed'")
# --- nought-scales: must fail ----------------------------------------------------------------
prose(NOUGHT, False, "A committee approved the treaty by 124 votes to 6.", "A committee approved the treaty by 124 to none.", "the page's tally has six against")
prose(NOUGHT, False, "Of the 12 invited envoys, none came to the talks.", "The talks drew 12 to none.", "'none came' is no tally")
prose(NOUGHT, False, "The plan was reduced to nothing after 40 hours of talks.", "The plan was rejected by 40 votes to none.", "'reduced to nothing' is no tally")
prose(NOUGHT, False, "Inflation fell to 1 per cent in March, the bureau said.", "Inflation fell to 0 in March.", "a zero the page never states")
prose(NOUGHT, False, "The board carried the plan by eleven votes to two.", "The board carried the plan 11 to none.", "the page's nought is two", path="key_points[0]")
prose(NOUGHT, False, "Deficits grow by $3.3 billion across ten years, the budget office said.", "The budget office projects $3.3 trillion added to deficits.", "billion, not trillion")
prose(NOUGHT, False, "The fund now holds 1.7 billion dollars in assets.", "The fund holds $1.7 trillion.", "another scale")
prose(NOUGHT, False, "Global debt reached 307 trillion dollars last year.", "Global debt reached $370 trillion.", "another number of trillions")
prose(NOUGHT, False, "The senators approved the nominee 52 to 47.", "The nominee was approved 52 to none.", "no nought side", path="key_points[0]")
prose(NOUGHT, False, "The bill passed with 300 in favour and 12 opposed.", "The bill passed 300 to none.", "twelve opposed")
# fmt: on


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
