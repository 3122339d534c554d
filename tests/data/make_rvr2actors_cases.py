"""Build a reviewer's set for r2actors' contest sides (``grounding_rvr2actors.jsonl``):
value-support cases for an event's actor at the edges of
``summarizer/verification/events/contest_sides.py``:

- ``rv-contest``: must fail, a name a tally or a year range follows that is no match's side (a
  bill, a nomination or a ballot measure a vote defeated "51-49" or "by 12 points", a company
  a regulator hammered "in 2019-20", a stock index knocked "by 900 points"), a fan or owner
  whose possessive stands before the side ("beat Prince William's Aston Villa 2-1"), a part of
  the side's name that names another club ("Milan" of "Inter Milan"), a side the page never
  names; must pass, the side beaten, drawn with or lost to in the forms sports copy uses on
  both sides of the Atlantic ("24 to 17", an en dash, "2-0 yesterday", "by an innings and 42
  runs", "by a length", "in straight sets", "a 24-17 win over", "went down 2-1 to", "aet").

Run ``python tests/data/make_rvr2actors_cases.py`` to rebuild it. The texts are written for
this set in new words; each verdict is what a careful fact-checker reads in the text, decided
before the rule ran on it.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rvr2actors.jsonl")

built = SupportCases(
    "rvr2ac",
    leads=[
        "CLEVELAND (Lakeshore Sports Service) -",
        "By Imogen Voss | The Severn Chronicle",
        "NEWS DESK | The Prairie Ledger",
        "From our Wellington correspondent, The Harbour Times.",
        "CARDIFF, Taff Evening Post -",
    ],
)
CAT = "rv-contest"


def side(expect: bool, sentence: str, who: str, description: str, why: str) -> None:
    built.actor(CAT, expect, sentence, who, description, why)


# --- must fail: a tally's or a range's name that took no part, a fan, another club ---------
FAILS = [
    (
        "The Senate defeated the Hale nomination 51-49 on Thursday.",
        "Hale",
        "Senate rejected a nominee",
        "a vote's tally: the nominee is voted on, acted on",
    ),
    (
        "Peers defeated the Rwanda Bill 214-171 on Monday night.",
        "Rwanda",
        "Lords rejected the bill",
        "a country in a bill's title took no part in the vote",
    ),
    (
        "MPs defeated the Finance Bill 310-290 in a late-night vote.",
        "Finance Bill",
        "Commons rejected the bill",
        "a bill is voted on, not a side",
    ),
    (
        "Voters defeated Measure B by 12 points on Tuesday.",
        "Measure B",
        "voters rejected the measure",
        "a ballot measure is voted on; a margin of a vote",
    ),
    (
        "Lawmakers crushed the Denton Amendment 70-30.",
        "Denton Amendment",
        "lawmakers rejected the amendment",
        "an amendment is voted down, acted on",
    ),
    (
        "The committee thrashed the Orland Plan 9-2 after a short debate.",
        "Orland Plan",
        "committee rejected the plan",
        "a plan is voted down",
    ),
    (
        "Councillors defeated the Marsh Lane scheme 7-2.",
        "Marsh Lane",
        "council rejected scheme",
        "a street in a scheme's name took no part",
    ),
    (
        "Regulators hammered Ardent Bank in 2019-20.",
        "Ardent Bank",
        "regulators fined Ardent Bank",
        "a fiscal year's range is no score: acted on",
    ),
    (
        "Security forces crushed the Oromo Liberation Army in 2019-20.",
        "Oromo Liberation Army",
        "forces crushed the rebels",
        "a year range is no score: a crackdown's target",
    ),
    (
        "The budget eliminated the Kessler Foods subsidy in 2021-22.",
        "Kessler Foods",
        "budget cut the subsidy",
        "a subsidy cut in a fiscal year: acted on",
    ),
    (
        "Panic selling hammered the Hang Seng by 900 points on Monday.",
        "Hang Seng",
        "sell-off in Hong Kong",
        "an index's fall in points: no side of a match",
    ),
    (
        "The profit warning knocked the FTSE 100 by 120 points.",
        "FTSE",
        "profit warning hit shares",
        "an index's points are no margin of a contest",
    ),
    (
        "Investors hammered Dunmore Foods by 40 points in the first hour of trade.",
        "Dunmore Foods",
        "Dunmore shares fell",
        "a share price in points: acted on",
    ),
    (
        "Police beat the Harbour Street marchers in 2019-20, an inquiry found.",
        "Harbour Street",
        "police beat marchers",
        "a police action with a year range: acted on",
    ),
    (
        "Fulham beat Prince William's Aston Villa 2-1 at Craven Cottage.",
        "Prince William",
        "Fulham beat Aston Villa",
        "a famous fan took no part in the match",
    ),
    (
        "Luton beat Elton John's Watford 2-0 on Saturday.",
        "Elton John",
        "Luton beat Watford",
        "a celebrity owner or fan: no side",
    ),
    (
        "Napoli beat Inter Milan 2-1 at the Maradona.",
        "Milan",
        "Napoli beat Inter",
        "'Milan' is another club: part of 'Inter Milan'",
    ),
    (
        "Leeds beat Sheffield Wednesday 3-0 at Elland Road.",
        "Sheffield United",
        "Leeds beat Sheffield Wednesday",
        "the other Sheffield club; never named",
    ),
    (
        "The Ravens beat the Atlanta Falcons 24-17 in Baltimore.",
        "Atlanta Braves",
        "Ravens beat Falcons",
        "another Atlanta team the page never names",
    ),
    (
        "Surrey thrashed Kent by nine wickets at The Oval.",
        "Sussex",
        "Surrey beat Kent",
        "a county the page never names",
    ),
    (
        "Celtic drew 2-2 with Aberdeen at Pittodrie.",
        "Hearts",
        "Celtic drew with Aberdeen",
        "a club the page never names",
    ),
    (
        "Oakland lost 3-1 to the Dodgers on Friday.",
        "Giants",
        "Dodgers beat Oakland",
        "a team the page never names",
    ),
    (
        "Leinster routed Munster 40-10, watched by Taoiseach Micheal Martin.",
        "Micheal Martin",
        "Leinster beat Munster",
        "a spectator after the score took no part",
    ),
    (
        "The Thunder beat the Pacers 103-91 before Commissioner Adam Silver.",
        "Adam Silver",
        "Thunder beat Pacers",
        "an official watching took no part",
    ),
    (
        "Troops routed the Kivu Brigade 20-30 kilometres from Goma.",
        "Kivu Brigade",
        "troops routed the brigade",
        "a distance range: a war's rout, acted on",
    ),
    (
        "Rebels crushed the Tarsi militia, killing 30-40 of its fighters.",
        "Tarsi militia",
        "rebels crushed militia",
        "a death toll's range after a comma: acted on",
    ),
    (
        "Bandits beat Ravi Menon 2-3 times a week, his family said.",
        "Ravi Menon",
        "bandits beat a man",
        "a count of times is no score: a victim",
    ),
    (
        "Prosecutors hammered Ardent Bank with fines of $40-50 million.",
        "Ardent Bank",
        "Ardent fined",
        "a sum's range is no score: acted on",
    ),
    (
        "The Bundesrat defeated the Merz package 35-34 on Friday.",
        "Merz",
        "Bundesrat rejected the package",
        "a politician named in a package's name",
    ),
    (
        "Shareholders defeated the Kessler pay plan 61-39 at the annual meeting.",
        "Kessler pay plan",
        "shareholders rejected plan",
        "a pay plan is voted on",
    ),
    (
        "Voters defeated Proposition 50 by 10 points in November.",
        "Proposition 50",
        "voters rejected the proposition",
        "a ballot proposition is voted on",
    ),
    (
        "The Senate downed the Calder nomination 52-48 on Wednesday.",
        "Calder",
        "Senate rejected a nominee",
        "a nominee voted down",
    ),
    (
        "The House defeated the Hastings resolution 220-207.",
        "Hastings",
        "House rejected the resolution",
        "a sponsor's name on a resolution voted down",
    ),
    (
        "Auditors thrashed the Greyhill Trust accounts for 2022-23.",
        "Greyhill Trust",
        "auditors criticised accounts",
        "a financial year: the trust is acted on",
    ),
    (
        "The league defeated Bolton Wanderers' appeal 3-0 at a hearing.",
        "Bolton Wanderers",
        "league rejected appeal",
        "an appeal panel's vote: the club is acted on",
    ),
    (
        "Lawmakers routed the Carver Act 61-12 on Tuesday.",
        "Carver Act",
        "lawmakers rejected the act",
        "an act voted down is no side",
    ),
]
for sentence, who, description, why in FAILS:
    side(False, sentence, who, description, why)

# --- must pass: the other side of a match, in the forms sports copy uses --------------------
PASSES = [
    (
        "The Browns beat the Cincinnati Bengals 24 to 17 on Sunday.",
        "Cincinnati Bengals",
        "Browns beat Bengals",
        "a score written with 'to' (US style)",
    ),
    (
        "The Browns beat the Cincinnati Bengals 24\u201317 on Sunday.",
        "Cincinnati Bengals",
        "Browns beat Bengals",
        "a score with an en dash",
    ),
    (
        "Liverpool beat Everton 2-0 yesterday.",
        "Everton",
        "Liverpool beat Everton",
        "a score before 'yesterday'",
    ),
    (
        "Cardiff beat Swansea 3-1 last night.",
        "Swansea",
        "Cardiff beat Swansea",
        "a score before 'last night'",
    ),
    (
        "Yorkshire beat Lancashire by an innings and 42 runs at Headingley.",
        "Lancashire",
        "Yorkshire beat Lancashire",
        "an innings margin",
    ),
    (
        "Harlequins edged Bath by a point at the Stoop.",
        "Bath",
        "Harlequins beat Bath",
        "'by a point'",
    ),
    (
        "Rory McIlroy beat Jon Rahm by a stroke at Augusta.",
        "Jon Rahm",
        "McIlroy beat Rahm",
        "'by a stroke' in golf",
    ),
    (
        "Desert Crown beat Westover by two lengths at Epsom.",
        "Westover",
        "Desert Crown beat Westover",
        "a racing margin in lengths",
    ),
    (
        "Iga Swiatek beat Coco Gauff in straight sets in Rome.",
        "Coco Gauff",
        "Swiatek beat Gauff",
        "'in straight sets': a match",
    ),
    (
        "The Ravens' 24-17 win over the Steelers sealed the division.",
        "Steelers",
        "Ravens beat Steelers",
        "a score before 'win over'",
    ),
    (
        "Aberdeen held Celtic to a 1-1 draw at Pittodrie.",
        "Celtic",
        "Aberdeen drew with Celtic",
        "'held X to a 1-1 draw'",
    ),
    (
        "Wolves went down 2-1 to Brentford on Saturday.",
        "Brentford",
        "Brentford beat Wolves",
        "'went down 2-1 to'",
    ),
    (
        "Rangers slumped to a 3-0 defeat against Hibernian.",
        "Hibernian",
        "Hibernian beat Rangers",
        "a score before 'defeat against'",
    ),
    (
        "England beat Scotland 3-1 aet at Wembley.",
        "Scotland",
        "England beat Scotland",
        "'aet' after the score (British)",
    ),
    (
        "Marta Selby beat Tom Vickers by 4,000 votes in the Dunmore by-election.",
        "Tom Vickers",
        "Selby won the by-election",
        "an election's loser stood in it",
    ),
    (
        "Labour thrashed the SNP by 12 points in Glasgow East.",
        "SNP",
        "Labour won Glasgow East",
        "a party that lost an election contested it",
    ),
    (
        "Gukesh beat Ding Liren 7.5-6.5 in Singapore.",
        "Ding Liren",
        "Gukesh beat Ding",
        "a chess score with halves",
    ),
    (
        "The Yankees beat the Red Sox 5-4 in 11 innings.",
        "Red Sox",
        "Yankees beat Red Sox",
        "a baseball score",
    ),
    (
        "Arsenal beat Chelsea 2-1 thanks to a late Saka goal.",
        "Chelsea",
        "Arsenal beat Chelsea",
        "a score before 'thanks to'",
    ),
    (
        "Saracens beat Exeter 28-20 despite a red card.",
        "Exeter",
        "Saracens beat Exeter",
        "a score before 'despite'",
    ),
    (
        "The Celtics beat the Knicks 110-104, with Jayson Tatum scoring 31.",
        "Knicks",
        "Celtics beat Knicks",
        "a score before a comma",
    ),
    (
        "Surrey beat Kent by 9 wickets at Canterbury.",
        "Kent",
        "Surrey beat Kent",
        "a margin in digits",
    ),
    (
        "Somerset lost to Essex by 40 runs at Taunton.",
        "Essex",
        "Essex beat Somerset",
        "'lost to X by 40 runs'",
    ),
    (
        "Munster drew 15-15 with Ulster at Thomond Park.",
        "Ulster",
        "Munster drew with Ulster",
        "'drew 15-15 with'",
    ),
    (
        "The All Blacks beat the Wallabies 33-13 in Auckland.",
        "Wallabies",
        "All Blacks beat Wallabies",
        "a rugby score",
    ),
    (
        "Brazil defeated Argentina on penalties in the final.",
        "Argentina",
        "Brazil beat Argentina",
        "'on penalties'",
    ),
    (
        "Porto knocked Benfica out 3-1 on aggregate.",
        "Benfica",
        "Porto beat Benfica",
        "'knocked out' with an aggregate score",
    ),
    (
        "Novak Djokovic beat Jannik Sinner 6-3, 6-4 in Paris.",
        "Jannik Sinner",
        "Djokovic beat Sinner",
        "a tennis score",
    ),
    (
        "Boston College upset Notre Dame 21-20 on Saturday.",
        "Notre Dame",
        "Boston College beat Notre Dame",
        "'upset' with a score",
    ),
    (
        "The Chiefs edged the Eagles 27-24 in overtime.",
        "Eagles",
        "Chiefs beat Eagles",
        "'edged' and 'in overtime'",
    ),
    (
        "Scotland beat Wales by two tries to one at Murrayfield.",
        "Wales",
        "Scotland beat Wales",
        "a margin in tries",
    ),
    (
        "Kilkenny beat Tipperary 2-22 to 1-19 at Croke Park.",
        "Tipperary",
        "Kilkenny beat Tipperary",
        "a hurling score (goals-points)",
    ),
    (
        "Galway drew with Mayo 0-15 apiece in Castlebar.",
        "Mayo",
        "Galway drew with Mayo",
        "a draw's score 'apiece'",
    ),
    (
        "The Sharks beat the Bulls 31-17 at Kings Park.",
        "Bulls",
        "Sharks beat Bulls",
        "a Super Rugby score",
    ),
    (
        "India thrashed Pakistan by eight wickets in Ahmedabad.",
        "Pakistan",
        "India beat Pakistan",
        "a margin in letters",
    ),
    ("Roma beat Lazio 1-0 in the derby.", "Lazio", "Roma beat Lazio", "'in the derby'"),
]
for sentence, who, description, why in PASSES:
    side(True, sentence, who, description, why)

# session 40 (gac40): a margin after a verb whose subject is a bare common noun (a cause, the
# ones trading) is an index's or a price's fall, no match; a subject that names a side keeps it
SIDELESS = [
    (
        "Heavy selling thumped the Nikkei by 700 points on Tuesday.",
        "Nikkei",
        "Nikkei fell",
        "a cause as the subject: an index's fall",
    ),
    (
        "Traders hammered Corrib Oil by 35 points after the profit warning.",
        "Corrib Oil",
        "Corrib Oil shares fell",
        "traders as the subject: a share price in points",
    ),
    (
        "Nervous sellers crushed the FTSE 250 by 400 points in an hour.",
        "FTSE 250",
        "FTSE 250 fell",
        "sellers as the subject: an index in points",
    ),
    (
        "Fund managers hammered Vestry Homes by 60 points at the open.",
        "Vestry Homes",
        "Vestry Homes shares fell",
        "fund managers as the subject",
    ),
]
for sentence, who, description, why in SIDELESS:
    side(False, sentence, who, description, why)
SIDED = [
    (
        "The hosts thumped Carrow Rovers by 14 points at the Dell.",
        "Carrow Rovers",
        "hosts beat Carrow Rovers",
        "'the hosts' name a side",
    ),
    (
        "Labour crushed the Greens by 9 points in the by-election.",
        "Greens",
        "Labour beat Greens",
        "a party as the subject",
    ),
    (
        "Leeds Rhinos hammered Wigan Warriors by 20 points.",
        "Wigan Warriors",
        "Leeds beat Wigan",
        "a club as the subject",
    ),
    (
        "They thumped Kilbride Hurricanes by 11 points in the final.",
        "Kilbride Hurricanes",
        "team beat Kilbride",
        "a pronoun's side",
    ),
]
for sentence, who, description, why in SIDED:
    side(True, sentence, who, description, why)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
