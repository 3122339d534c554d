# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the rvac32 review set (``grounding_rvac32.jsonl``): a review of accepts32's two
readings (a change's percent is no tariff rate; a relative clause's number is no count of a cue
before it), broken both ways, by category:

- ``rate-after-change``: a tariff's new level told beside its change ("raised the tariff by 10
  points to 35%", "a 25% increase in duties to 50%", "climbed 25% last year and now stands at
  40%", "tariffs of 25%, more than twice the bound rate"): the level passes, the change's size
  fails;
- ``change-wordings``: a change told without "by" or "more" ("climbed 25%", "a further 10%",
  "9% extra", "7% above its current level"): no rate; the rate's own wording beside it passes
  ("an extra duty of 12 percent" is that duty's rate);
- ``relative-counts``: a relative clause whose verb gives the count ("the collapse at the Brill
  mine, which claimed 31 miners", "a rally that drew 5,000", "the residents, who number about
  1,800") passes; a clause about another thing's number ("which holds 1,100 inmates") fails.

Run ``python tests/data/make_rvac32_cases.py`` to rebuild it. Every sentence was written for
this set (fictional places, goods, people and bodies); each verdict was decided when the case
was written, never by running the code.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rvac32.jsonl")

built = SupportCases(
    "rvac32",
    leads=[
        "Corran Ledger\n\nDUBLIN, 4 June (Corran Ledger) -",
        "By Tobias Wrenfield, The Northgate Courier",
        "Lakeside Wire\n\nOSLO (LW) -",
        "BUSINESS | The Ashdown Review",
    ],
    closing="The ministry did not comment further.",
)
A, B, R = "rate-after-change", "change-wordings", "relative-counts"
after = partial(built.tariff, A)
wording = partial(built.tariff, B)


def event(
    expect: bool, sentence: str, what: str, value: float, why: str, qualifier: str = "exact"
) -> None:
    """An event whose one count is ``value`` ``what``, backed by ``sentence``."""
    built.fact_counts(
        R,
        expect,
        f"{what} = {value:g}: {why}",
        built.page(sentence),
        [(what, value, qualifier)],
        [sentence],
        "2025-06-04",
    )


# fmt: off
# --- rate-after-change, must pass: the new level -----------------------------------------------
after(True, "The commerce ministry raised the tariff on Velmar steel by 10 points to 35% on Monday.", 35, "the new level")
after(True, "Officials announced a 25% increase in duties to 50% on imported Corvell tyres.", 50, "the duties' new level")
after(True, "The duty on Ostrava glassware was raised by 10 points to 30%.", 30, "the new level")
after(True, "Parliament lifted the surcharge on Drennic cement by half, to 24 percent.", 24, "the new level")
after(True, "Importers of Halloway bicycles now face a tariff of 18%, after it went up by 6 points last week.", 18, "the tariff's level")
after(True, "Brenton doubled its tariff on Falk solar panels, which rose by 20 points to 40%.", 40, "the new level")
after(True, "Ministers approved tariffs of 25%, more than twice the bound rate, on Ulva cheese.", 25, "the rate; 'more' is of the comparison after the comma")
after(True, "A duty of 12 per cent, higher than any other in the bloc, now applies to Pellan rice.", 12, "the rate; 'higher' is the comparison's")
after(True, "The levy on Aubrey beef went up by 5 points to 15%, the finance ministry said.", 15, "the new level")
after(True, "Customs will charge a 20% duty, up by 5 points from last year, on Marsh Isle honey.", 20, "'a 20% duty'")
# --- rate-after-change, must fail: the change's size or another rate ---------------------------
after(False, "Officials announced a 25% increase in duties to 50% on imported Corvell tyres.", 25, "the increase, not the level")
after(False, "The duty on Ostrava glassware was raised by 10% to 30%.", 10, "the change, not the level")
after(False, "Importers of Halloway bicycles now face a tariff of 18%, after it went up by 6 points last week.", 6, "the rise, in points")
after(False, "The tariff on Merrow tin climbed 25% last year and now stands at 40%.", 25, "last year's climb")
after(False, "Tariffs on Glenmoor textiles will be 30% higher than last year's, at 39%.", 30, "how much higher")
after(False, "The levy on Aubrey beef went up by 5 points to 15%, the finance ministry said.", 5, "the rise")
after(False, "Customs will charge a 20% duty, up by 5 points from last year, on Marsh Isle honey.", 5, "the rise")
after(False, "The tariff on Dunmore lamb, which was raised by 8 points in May, is 22%.", 8, "May's rise")
after(False, "Parliament lifted the surcharge on Drennic cement by half, to 24 percent.", 50, "'by half' is the change")
after(False, "Brenton doubled its tariff on Falk solar panels, which rose by 20 points to 40%.", 20, "the rise")
after(False, "The levy on imported Tarsk wine rises by five percentage points, to 20%, from July.", 5, "the rise")
after(False, "Tariffs of 25% will apply to Sorrel Bay fish, more than the 10% the WTO allows.", 10, "the WTO's cap, not this tariff")
after(False, "The duty on Kestrel Point salmon rose by 15 points to 30% in January.", 15, "the rise")
# --- change-wordings, must fail: a change without "by" or "more" -------------------------------
wording(False, "The tariff on Marlow cars, which already stands at 15%, will go up a further 10% in March.", 10, "a further rise")
wording(False, "Duties on Pinecrest lumber climbed 25% under the new schedule, the trade office said.", 25, "the climb; the level is not written")
wording(False, "The surcharge on Kalder fuel jumped 40% overnight, traders said.", 40, "the jump")
wording(False, "Tariffs on Bellmore furniture have nearly doubled, rising 90% since 2023.", 90, "the rise since 2023")
wording(False, "Cinder Vale's duty on imported rice increased 12 percent in the budget.", 12, "the increase")
wording(False, "The levy on Tamsin Bay shellfish grew 15% in January, the second rise this year.", 15, "the growth")
wording(False, "The tariff on Orlan steel was increased 20% last month, officials said.", 20, "the increase")
wording(False, "The tariff on Quarry Hill marble is being raised 10%, the ministry announced.", 10, "the rise")
wording(False, "Prices of Wexley bicycles have risen 18% since the tariff took effect.", 18, "a price's rise")
wording(False, "Shoppers are paying 9% extra for Lunden cheese because of the new tariff.", 9, "a price's rise")
wording(False, "The surcharge on Harlan coal went up 6 percent on Monday.", 6, "the rise")
# --- change-wordings, must pass: the rate's own wording ----------------------------------------
wording(True, "The tariff on Marlow cars went up to 25% in March.", 25, "'went up to 25%'")
wording(True, "Duties on Pinecrest lumber climbed to 25% under the new schedule.", 25, "'climbed to 25%'")
wording(True, "The Ferris government hiked its levy on Oakridge sugar to 8 per cent this week.", 8, "'hiked ... to 8 per cent'")
wording(True, "The surcharge on Kalder fuel jumped overnight from 10% to 40%, traders said.", 40, "the new level")
wording(True, "Bellmore furniture now carries a tariff of 90%, after a steep rise since 2023.", 90, "'a tariff of 90%'")
wording(True, "Cinder Vale imposed an extra duty of 12 percent on imported rice in the budget.", 12, "the extra duty's own rate")
wording(True, "Under the deal, Greyfield whisky faces a further duty of 5 percent.", 5, "the further duty's own rate")
wording(True, "The tariff on Orlan steel was increased last month to 20%, officials said.", 20, "'increased ... to 20%'")
wording(True, "Quarry Hill marble faces a 10% tariff, the ministry announced.", 10, "'a 10% tariff'")
wording(True, "A 9% tariff on Lunden cheese took effect on Monday.", 9, "'a 9% tariff'")
wording(True, "The duty on Rivers End pottery is 7%, above the bloc's average.", 7, "'is 7%'")
wording(True, "The tariff on Kestrel Point salmon doubled to 30% in January.", 30, "'doubled to 30%'")
wording(True, "Velmar lifted 25% tariffs on Corvell steel on Monday, ending the dispute.", 25, "the lifted tariffs' rate: a tariff word right after the percent")
wording(True, "The government lifted 15 per cent duties on Selka grain after the harvest failed.", 15, "the lifted duties' rate")
wording(True, "Brill imposed a 10% extra duty on Tessin lamb on Tuesday.", 10, "the extra duty's own rate")
# --- relative-counts, must pass: the clause's verb gives the count ------------------------------
event(True, "Rescuers evacuated the residents of Pellow Island, who number about 1,800, before the storm.", "evacuated", 1800, "the residents, all evacuated, number about 1,800", "about")
event(True, "Medics treated the wounded from the blast at Corran station, which injured 64.", "injured", 64, "'which injured 64'")
event(True, "Villagers buried the dead of the raid on Tesk, which left 42 dead.", "killed", 42, "'left 42 dead'")
event(True, "Security forces detained the activists at the sit-in, who numbered 75.", "detained", 75, "the activists, all detained, numbered 75")
event(True, "Firefighters evacuated the guests of the Palmer Hotel, who numbered 260, before dawn.", "evacuated", 260, "the guests numbered 260")
event(True, "Gunmen killed the passengers on the bus, which was carrying 37, leaving no survivors.", "killed", 37, "all 37 aboard killed")
event(True, "Strikers shut the Ferro plant, whose 900 workers all walked out on Monday.", "strikers", 900, "all 900 walked out")
event(True, "Fourteen people were killed in the attack, which left 60 wounded.", "wounded", 60, "'left 60 wounded'")
event(True, "Nine people died when fire swept the Halden care home, which housed 80 residents.", "killed", 9, "nine died")
event(True, "Police arrested the protesters at the Dunvale depot, who numbered 120, late on Monday.", "arrested", 120, "the protesters, all arrested, numbered 120")
# --- relative-counts, must fail: another thing's number -----------------------------------------
event(False, "Nine people died when fire swept the Halden care home, which housed 80 residents.", "killed", 80, "the home housed 80; nine died")
event(False, "Strikers walked out at the Ferro plant, which employs 900, on Monday.", "strikers", 900, "the plant employs 900; the strikers are not counted")
event(False, "Police arrested 12 protesters at the Dunvale depot, which handles 400 lorries a day.", "arrested", 400, "the depot's lorries")
event(False, "Gunmen killed six guards at the Orrin prison, which holds 1,100 inmates.", "killed", 1100, "the prison's inmates")
event(False, "Floods displaced families in Kemble, a town that has 25,000 residents.", "displaced", 25000, "the town's residents")
event(False, "Troops wounded demonstrators near the Salt Gate, which drew 3,000 tourists last year.", "wounded", 3000, "last year's tourists")
event(False, "Fourteen people were killed in the attack, which left 60 wounded.", "killed", 60, "60 were wounded; 14 killed")
event(False, "Rebels abducted 30 pupils from the Saint Ivo school, which teaches 700 children.", "abducted", 700, "the school's pupils")
event(False, "Protesters gathered outside the Varga ministry, which employs about 2,000 civil servants.", "protesters", 2000, "the ministry's staff", "about")
event(False, "Authorities evacuated 200 patients from the Kell hospital, which has 650 beds.", "evacuated", 650, "the hospital's beds")
event(False, "Shelling killed villagers near the Tarrow dam, which supplies 90,000 homes.", "killed", 90000, "the homes the dam supplies")
event(False, "Police detained supporters of Mr Orsk, who won 48,000 votes in the election.", "detained", 48000, "Mr Orsk's votes")
event(False, "Riot police injured marchers on the bridge, which carries 30,000 cars a day.", "injured", 30000, "the bridge's traffic")
event(False, "Coastguards rescued four crew members of the trawler Selka, which carried 11.", "rescued", 11, "four rescued")
# fmt: on


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
