# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the numbers40 set (``grounding_numbers40.jsonl``): numbers and days whose cue or
occasion sits in another clause, a restatement, a range or a list, found by an outside check
in session 18, by category, each with what must pass and what must fail:

- ``rate-shapes``: a tariff rate told as the end of a change from a range ("from 0-5 percent
  to 30 percent": 30 is the new rate, neither end of the range is), a measure's own rate
  beside the total it brings ("a duty of 20 percent, bringing the total to 25 percent": 20
  is the duty's, the total and the existing rate are not), and a rate told of the
  "earlier" or "previously announced" one of two measures, which is that measure's rate
  and not an old value (an "earlier 25 percent" that a rate was raised from stays refused);
- ``restated-lengths``: a truce's length restated after its span ("from midnight on May 2
  to midnight on May 5, so three days, or 72 hours") is its length; a number of days after
  the span that counts something else ("three days before the vote", "talks resume in five
  days") is not;
- ``count-owners``: a count belongs to the noun it counts: "the 27 member states" is not a
  count of banks when the sentence gives "22 more banks"; a number with the count's own
  noun is accepted however far from the verb.

Run ``python tests/data/make_numbers40_cases.py`` to rebuild it. Every sentence was written
for this set (fictional outlets, firms, goods and people, or public bodies in invented
sentences); each verdict was decided when the case was written, never by running the code.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_numbers40.jsonl")

built = SupportCases(
    "nu40",
    leads=(
        "Harbour Gazette\n\nSTAVANGER —",
        "The Plains Herald\n\nBy Okonkwo Adeyemi, trade correspondent",
        "Meridian Wire | LIMA, 12 June",
        "Northern Courier\n\nHALIFAX (NC) -",
        "Riverside Daily News\n\nPosted 14:05",
    ),
    closing="Officials declined to comment further.",
)


def rate(expect: bool, sentence: str, value: float, why: str, text: str | None = None) -> None:
    """A measure whose tariff rate is ``value`` percent, backed by ``sentence``."""
    built.tariff(
        "rate-shapes", expect, sentence, value, why, instrument="executive_action", text=text
    )


def length(expect: bool, sentence: str, days: float, why: str) -> None:
    """A truce whose length is ``days`` days, backed by ``sentence``."""
    built.length("restated-lengths", expect, sentence, days, why)


def counted(expect: bool, sentence: str, what: str, value: int, why: str) -> None:
    """A measure whose one count is ``value`` of ``what``, backed by ``sentence``."""
    built.counted("count-owners", expect, sentence, what, value, why, instrument="bloc_package")


# fmt: off
# --- rate-shapes --------------------------------------------------------------------------------
RANGE1 = "Duties on leather boots will go from 0-5 percent to 30 percent next year, the ministry said."
RANGE2 = "The levy on imported rice rises from 10-12 per cent to 20 per cent on July 1."
RANGE3 = "Under the order, tariffs on copper wire will increase from 2.5-5% to 15% in 2026."
RANGE4 = "The customs duty on bicycles climbs from 4 to 6 per cent to 18 per cent in January."
EARLIER1 = "The earlier 20 per cent duty on Marovian cheese, announced by the cabinet last month, has come into effect from today."
EARLIER2 = "The previously announced 30 percent tariff on Zellan steel is now in force, officials confirmed."
EARLIER3 = "An earlier 15% levy on solar glass, imposed in May, has applied since Friday."
TOTAL1 = "A fresh duty of 20 percent comes on top of the existing 5 percent charge, bringing the total tariff to 25 percent."
TOTAL2 = "The additional levy of 12 per cent, which takes the combined rate on the cars to 22 per cent, applies from June."
TOTAL3 = "Ottavia added a 10% tariff on the tiles on Monday, lifting the overall duty to 35%."
TOTAL4 = "The new surtax of 40 per cent brings total duties on Korvian trucks to 65 per cent."
RAISED = "The tariff on olive oil was raised to 40 percent from an earlier 25 percent."
rate(True, RANGE1, 30, "from 0-5 to 30 percent: 30 is the new rate")
rate(True, RANGE2, 20, "from 10-12 to 20 per cent: 20 is the new rate")
rate(True, RANGE3, 15, "from 2.5-5% to 15%: 15 is the new rate")
rate(True, RANGE4, 18, "from 4 to 6 per cent to 18 per cent: 18 is the new rate")
rate(True, EARLIER1, 20, "the earlier (first-announced) duty is in effect: its rate is 20")
rate(True, EARLIER2, 30, "the previously announced tariff is in force: its rate is 30")
rate(True, EARLIER3, 15, "an earlier levy that applies now: its rate is 15")
rate(True, TOTAL1, 20, "the fresh duty's own rate is 20")
rate(True, TOTAL2, 12, "the additional levy's own rate is 12")
rate(True, TOTAL3, 10, "the added tariff's own rate is 10")
rate(True, TOTAL4, 40, "the new surtax's own rate is 40")
rate(True, RAISED, 40, "raised to 40 percent")
rate(False, RANGE1, 5, "the top of the old range")
rate(False, RANGE1, 0, "the bottom of the old range")
rate(False, RANGE2, 12, "the top of the old range")
rate(False, RANGE3, 2.5, "the bottom of the old range")
rate(False, RANGE4, 6, "the top of the old range")
rate(False, TOTAL1, 25, "the total, not the fresh duty's rate")
rate(False, TOTAL1, 5, "the existing charge, not the fresh duty")
rate(False, TOTAL2, 22, "the combined rate, not the additional levy's")
rate(False, TOTAL3, 35, "the overall duty, not the added tariff's")
rate(False, TOTAL4, 65, "the total duties, not the new surtax's")
rate(False, RAISED, 25, "the earlier rate it was raised from")

# --- restated-lengths ---------------------------------------------------------------------------
SPAN1 = "The president has declared what his office calls a harvest truce, from midnight on May 2 to midnight on May 5, so three days, or 72 hours, around the festival."
SPAN2 = "Both armies will observe a pause from 6 a.m. on Friday until 6 a.m. on Monday, that is three days, the mediators said."
SPAN3 = "The ceasefire runs from June 1 to June 14 - two weeks, or 14 days in all - and can be renewed."
SPAN4 = "A truce from dawn on Tuesday to dusk on Thursday, three days in all, was agreed in Bamako."
SPAN5 = "The militia announced a halt to attacks from April 20 through April 24, five days, to allow the burials."
OFFSET1 = "The truce, from midnight on March 3 to midnight on March 6, ends three days before the election, and talks resume in five days."
OFFSET2 = "A ceasefire from May 1 to May 4 was announced, two days after the strike on the depot."
OFFSET3 = "The pause runs from Sunday to Wednesday, and the envoy will return in ten days."
length(True, SPAN1, 3, "so three days: the truce's span restated")
length(True, SPAN2, 3, "that is three days: the pause's span restated")
length(True, SPAN3, 14, "14 days in all: the ceasefire's span restated")
length(True, SPAN4, 3, "three days in all: the truce's span restated")
length(True, SPAN5, 5, "five days: the halt's span restated")
length(True, "The truce, which began at noon on Saturday, will last 48 hours, or two days.", 2, "or two days: the length restated")
length(True, "The guns are to fall silent from Monday to Friday under the truce, so five days in all.", 5, "so five days: the truce's span")
length(True, "Rebels agreed to a ceasefire from 1 to 10 October, ten days, to let aid in.", 10, "ten days: the ceasefire's span")
length(True, "A pause, from noon on the 3rd until noon on the 7th, or four days, was brokered by Qatar.", 4, "or four days: the pause's span")
length(True, "The armistice will hold from January 5 to January 11, a week, or seven days, the envoy said.", 7, "or seven days: the armistice's span")
length(False, OFFSET1, 3, "three days before the election: an offset")
length(False, OFFSET1, 5, "talks resume in five days: another occasion")
length(False, OFFSET2, 2, "two days after the strike: an offset")
length(False, OFFSET3, 10, "the envoy returns in ten days")
length(False, SPAN1, 72, "72 hours is not 72 days")
length(False, "A truce from May 1 to May 3 was agreed, and aid convoys will need 12 days to reach the city.", 12, "the convoys' time")
length(False, "The ceasefire ran from Friday to Sunday; the fighting before it had lasted 40 days.", 40, "the fighting's length")
length(False, "A pause from April 2 to April 4 came after 19 days of shelling.", 19, "the shelling's length")
length(False, "The truce, from May 3 to May 6, was signed, and monitors will report within 14 days.", 14, "the monitors' deadline")
length(False, "The truce, from midnight on July 8 to midnight on July 10, was announced six days after the massacre.", 6, "six days after the massacre: an offset")

# --- count-owners -------------------------------------------------------------------------------
EU = "On Friday, envoys of the 27 member states approved the package, which cuts 22 more banks off from European payments."
BLOC = "Ministers of the 12 member countries backed rules that bar 40 shipping firms from the port."
COUNCIL = "The 15-member council voted for a list that freezes the assets of 31 officials."
ALLIES = "Leaders from 30 allied nations endorsed the ban on 18 more tankers, the communique said."
STATES = "Lawmakers in 50 states will see the rules blacklist 7 drone makers."
counted(True, EU, "banks cut off", 22, "22 more banks")
counted(True, BLOC, "shipping firms barred", 40, "40 shipping firms")
counted(True, COUNCIL, "officials whose assets are frozen", 31, "31 officials")
counted(True, ALLIES, "tankers banned", 18, "18 more tankers")
counted(True, STATES, "drone makers blacklisted", 7, "7 drone makers")
counted(True, "The package, approved on Friday after weeks of talks among capitals, adds 105 more vessels to the blacklist.", "vessels blacklisted", 105, "105 more vessels")
counted(True, "Of the 60 firms named, the order puts 45 companies under an export ban.", "companies under export ban", 45, "45 companies")
counted(True, "It lists 14 entities in total, the council said.", "entities listed", 14, "14 entities")
counted(True, "The measure blacklists a further 9 banks, taking the total to 31.", "banks blacklisted", 9, "a further 9 banks")
counted(True, "Brussels will cut off 11 more lenders, including 3 in Belarus, from SWIFT.", "lenders cut off", 11, "11 more lenders")
counted(False, EU, "banks cut off", 27, "27 is the member states")
counted(False, BLOC, "shipping firms barred", 12, "12 is the member countries")
counted(False, COUNCIL, "officials whose assets are frozen", 15, "15 is the council's members")
counted(False, ALLIES, "tankers banned", 30, "30 is the allied nations")
counted(False, STATES, "drone makers blacklisted", 50, "50 is the states")
counted(False, "Envoys of the 27 member states agreed new limits on 8 Russian ports.", "Russian ports", 27, "27 is the member states")
counted(False, "The 193-member assembly condemned the seizure of 4 tankers.", "tankers seized", 193, "193 is the assembly's members")
counted(False, "Officials from 9 ministries drew up the ban on 16 airlines.", "airlines banned", 9, "9 is the ministries")
counted(False, "After 3 rounds of talks, the rules bar 26 exporters.", "exporters barred", 3, "3 is the rounds of talks")
counted(False, "Diplomats of the 32 allies signed off on sanctions against 70 vessels.", "vessels sanctioned", 32, "32 is the allies")

# fmt: on


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
    print(f"wrote {len(built.cases)} cases to {OUT.name}")
