# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the numbers41 set (``grounding_numbers41.jsonl``): numbers and dates read against the
wrong shape, time or owner, found by an outside check in session 18, by category, each with
what must pass and what must fail:

- ``vote-tallies``: two whole numbers joined by a dash or "to", the larger first ("420-3",
  "92\u20134", "51 to 49"), in a sentence with a verb of a decision or a voting body, are a
  vote's tally (a side each), never a range, whatever the verb ("concurred", "upheld",
  "endorsed", "sent ... to the floor"); a rising pair ("300-400 delegates") stays a range;
- ``rate-reach``: a verb of change before its tariff word takes "from X to Y" however long
  the goods and a relative clause on them run ("agreed to cut the tariff it imposed on ...
  from 15 to 7.5 percent"); a change verb, contrast or time word between them ("whose margins
  fell from", "while unemployment dropped from") is another thing's change;
- ``count-times``: a count with an ``as_of`` month or weekday is not supported by a number
  its own clause dates by another month or weekday when the evidence writes the ``as_of``'s
  time for another number ("424-8 in March; in April ... 420-3" as of April);
- ``rate-countries``: a rate its sentence gives as one country's ("Canada applies a 35
  percent tariff") is not the rate of another country's measure named in another clause ("...;
  the U.S. law sets no rate"); the measure's country as the subject of the rate's own clause
  ("The United States will match Canada's 25 percent tariff") keeps the rate;
- ``free-dates``: a month and a day in free text are one date, unstated when the article
  never writes them together ("March 19" beside "January 19" and "in March"), in any of the
  article's forms ("19 March", "Mar. 19", "March 19th", "the 19th of March", a span "March
  18 and 20" for the 20th, a weekday the page's date resolves to it).

Run ``python tests/data/make_numbers41_cases.py`` to rebuild it. Every sentence was written
for this set (fictional outlets, firms, goods and people, or public bodies in invented
sentences); each verdict was decided when the case was written, never by running the code.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import ARTICLE, SupportCases

OUT = Path(__file__).with_name("grounding_numbers41.jsonl")

built = SupportCases(
    "nu41",
    leads=(
        "The Capitol Ledger\n\nBy Renata Oyelaran",
        "Coastline Times | WELLINGTON, 3 May",
        "Ridgeway Chronicle\n\nMANILA (RC) -",
        "Gazette of the North\n\nPosted at 09:40",
        "Palmer Street Journal\n\nBRUSSELS --",
    ),
    closing="A spokesperson did not respond to a request for comment.",
)


def tally(expect: bool, sentence: str, what: str, value: int, why: str) -> None:
    """A bill whose one count is ``value`` of ``what``, backed by ``sentence``."""
    built.counted("vote-tallies", expect, sentence, what, value, why)


def reach(expect: bool, sentence: str, value: float, why: str) -> None:
    """A measure whose tariff rate is ``value`` percent, backed by ``sentence``."""
    built.tariff("rate-reach", expect, sentence, value, why, instrument="executive_action")


def timed(expect: bool, sentence: str, what: str, value: int, as_of: str, why: str) -> None:
    """A bill whose one count is ``value`` of ``what`` as of ``as_of``."""
    count = {"what": what, "value": {"value": value, "qualifier": "exact"}, "as_of": as_of}
    measure = {"instrument": "bill", "evidence": [sentence], "counts": [count]}
    built.add(
        "count-times", expect, f"{what} = {value} as of {as_of}: {why}", built.page(sentence),
        {"sanctions": [measure]}, "sanctions[0].counts[0].value",
    )  # fmt: skip


def owned(expect: bool, sentence: str, body: str, value: float, why: str) -> None:
    """A measure issued by ``body`` whose tariff rate is ``value`` percent."""
    measure = {
        "instrument": "executive_action", "issuing_body": body, "evidence": [sentence],
        "tariff_rate_percent": {"value": value, "qualifier": "exact"},
    }  # fmt: skip
    built.add(
        "rate-countries", expect, f"{body} tariff {value:g}%: {why}", built.page(sentence),
        {"sanctions": [measure]}, "sanctions[0].tariff_rate_percent",
    )  # fmt: skip


def dated(
    expect: bool, paragraph: str, summary: str, why: str, published: str | None = None,
    point: bool = False,
) -> None:  # fmt: skip
    """A summary (or, with ``point``, a key point) naming a date over ``paragraph``."""
    facts: dict[str, Any] = {"article": {**ARTICLE, "published": published}}
    facts["key_points" if point else "summary"] = [summary] if point else summary
    built.add(
        "free-dates", expect, why, built.page(paragraph), facts,
        "key_points[0]" if point else "summary", check="unstated",
    )  # fmt: skip


# fmt: off
# --- vote-tallies --------------------------------------------------------------------------------
CONCUR = "Late on Thursday the House concurred with the changes, 388-27, sending the bill to the president."
COUNCIL = "The city council backed the zoning plan 9-2 on Tuesday night."
TREATY = "Lawmakers endorsed the treaty, 142\u201327, after a short debate."
BENCH = "Justices upheld the export ban 6-3 in a ruling issued on Friday."
FLOOR = "The committee sent the measure to the floor 14-7."
AGREED = "Hours later the lower house agreed to the upper chamber's version, 301-12."
CONFIRM = "The Senate confirmed her by a vote of 51 to 49."
PANEL = "The ethics panel voted 5\u20130 to open an inquiry."
VETO = "Parliament overrode the governor's veto 210-95 late on Monday."
HOLDERS = "Shareholders approved the merger, 812-104, at the annual meeting."
tally(True, CONCUR, "House votes in favor", 388, "concurred ..., 388-27: 388 yes")
tally(True, CONCUR, "votes against", 27, "388-27: 27 no")
tally(True, COUNCIL, "votes in favor", 9, "backed ... 9-2")
tally(True, TREATY, "votes in favor", 142, "endorsed ..., 142-27 (en dash)")
tally(True, BENCH, "votes in favor", 6, "upheld ... 6-3: the majority")
tally(True, FLOOR, "votes against", 7, "sent ... to the floor 14-7: 7 no")
tally(True, AGREED, "votes in favor", 301, "agreed to the other chamber's version, 301-12")
tally(True, CONFIRM, "votes in favor", 51, "by a vote of 51 to 49")
tally(True, PANEL, "votes in favor", 5, "voted 5-0")
tally(True, VETO, "votes in favor", 210, "overrode ... 210-95")
tally(True, HOLDERS, "votes in favor", 812, "approved ..., 812-104")
tally(False, CONCUR, "House votes in favor", 27, "27 is the no side")
tally(False, COUNCIL, "votes against", 9, "9 is the yes side")
tally(False, TREATY, "votes in favor", 27, "27 voted against")
tally(False, BENCH, "votes against", 6, "6 is the majority")
tally(False, FLOOR, "votes in favor", 7, "7 is the no side")
tally(False, AGREED, "votes in favor", 12, "12 is the no side")
tally(False, CONFIRM, "votes in favor", 49, "49 voted against")
tally(False, VETO, "votes against", 210, "210 is the yes side")
tally(False, HOLDERS, "votes against", 812, "812 is the yes side")
tally(False, "Organisers of the summit expected 300-400 delegates to attend.", "delegates", 400, "a rising pair is a range: up to 400, not exactly 400")
tally(False, "The ministry cut the number of inspectors from 40 to 25 last year.", "inspectors", 40, "from 40 to 25: 40 is the number before the cut")

# --- rate-reach ----------------------------------------------------------------------------------
reach(True, "Under the pact, which takes effect next month, Seoul will buy more wheat, while Ottawa agreed to lower the duty it placed in March on roughly $4 billion of Korean steel products from 20 percent to 10 percent, a change officials said would apply from May 1.", 10, "lower the duty it placed ... from 20 to 10 percent")
reach(True, "The ministry said on Tuesday it would raise the levy that it first imposed two years ago on frozen Ukrainian and Moldovan poultry imports from 8 per cent to 14 per cent.", 14, "a relative clause on the goods")
reach(True, "The government agreed to cut the tariff it had imposed last autumn on nearly $80 billion worth of Chinese electronics and household appliances from 25 percent to 15 percent.", 15, "cut the tariff it had imposed ... from 25 to 15")
reach(True, "Canberra will halve the tariff charged since January on imported Japanese and Korean electric vehicles and their batteries from 10 per cent to 5 per cent.", 5, "halve the tariff charged since ... from 10 to 5")
reach(True, "The bloc decided on Friday to increase the anti-dumping duty placed on aluminium foil made by six Chinese exporters in a 2021 ruling from 30.4% to 48.1%.", 48.1, "increase the duty placed on ... from 30.4% to 48.1%")
reach(True, "Mexico City raised its tariff on steel pipe and rebar shipped by countries with which it has no trade agreement from 15 percent to 25 percent.", 25, "raised its tariff on goods of countries with which ... from 15 to 25")
reach(True, "Manila moved to reduce the levy it collects on rice imported from Vietnam and other Southeast Asian exporters under its 2019 law from 35 percent to 15 percent.", 15, "reduce the levy it collects on rice imported from ... from 35 to 15")
reach(True, "Washington agreed to trim the duty imposed in September on around $112 billion of Chinese clothing, shoes and flat-panel televisions from 15 per cent to 7.5 per cent.", 7.5, "trim the duty imposed in September on ... (a list) from 15 to 7.5")
reach(True, "Officials will slash the surcharge on imported solar panels and inverters made by companies based in the three countries named in the original order from 35% to 12%.", 12, "slash the surcharge on goods made by companies ... from 35% to 12%")
reach(True, "Seoul said it would lower its tariff on American beef and pork products shipped under the old quota system from 40 percent to 30 percent next year.", 30, "lower its tariff on ... from 40 to 30 next year")
reach(False, "Under the pact, which takes effect next month, Seoul will buy more wheat, while Ottawa agreed to lower the duty it placed in March on roughly $4 billion of Korean steel products from 20 percent to 10 percent, a change officials said would apply from May 1.", 20, "20 is the rate before the cut")
reach(False, "The government agreed to cut the tariff it had imposed last autumn on nearly $80 billion worth of Chinese electronics and household appliances from 25 percent to 15 percent.", 25, "25 is the rate before the cut")
reach(False, "The bloc decided on Friday to increase the anti-dumping duty placed on aluminium foil made by six Chinese exporters in a 2021 ruling from 30.4% to 48.1%.", 30.4, "30.4 is the rate before the rise")
reach(False, "The ministry will cut the tariff on firms whose profit margins fell from 15 percent to 7 percent last year.", 7, "the margins fell from 15 to 7, not the tariff")
reach(False, "Negotiators agreed to lower the duty on wine while unemployment in the region dropped from 9 percent to 7 percent.", 7, "unemployment's change, after 'while'")
reach(False, "Lawmakers voted to double the levy on imported tyres after inflation eased from 6 percent to 4 percent.", 4, "inflation's change, after 'after'")
reach(False, "They will raise the tariff on the Brazilian sugar that cut local mills' market share from 40 percent to 25 percent.", 25, "the sugar cut the mills' share, a change verb between")
reach(False, "Officials said the levy brought in $3 billion as steel prices jumped from 10 percent to 14 percent above last year's level.", 14, "prices jumped, not the levy")
reach(False, "The government agreed to cut the tariff on cars; the move could lift its growth forecast from 1.5 percent to 2 percent.", 2, "the forecast's change, in another clause")
reach(False, "Seoul will keep the tariff on beef as the share of imports from Australia grows from 20 percent to 30 percent.", 30, "the share of imports grows")

# --- count-times ---------------------------------------------------------------------------------
COSPON = "The bill had 40 co-sponsors in January and 62 co-sponsors by March."
STAGES = "The House first passed it 424-8 in March; in April it passed the final version 420-3."
FAMILIES = "On Tuesday officials counted 1,200 displaced families, up from 800 on Sunday."
LIST = "By May the blacklist named 310 firms, against 275 in February."
LETTER = "In June, 58 lawmakers had signed the letter; the number reached 71 in July."
SHIPS = "By Friday, 37 vessels had been listed, after 30 on Wednesday."
BREACH = "Inspectors found 14 breaches in August; in September they found 9."
DETAIN = "On Monday the count was 61 detainees; by Thursday it had risen to 83."
POWER = "Some 2,300 homes were without power on Saturday; on Sunday the figure was 900."
timed(True, COSPON, "co-sponsors", 62, "March", "62 by March")
timed(True, COSPON, "co-sponsors", 40, "in January", "40 in January")
timed(True, STAGES, "House votes in favor", 420, "in April", "420-3 in April")
timed(True, STAGES, "House votes in favor", 424, "March 17", "424-8 in March")
timed(True, FAMILIES, "displaced families", 1200, "Tuesday", "1,200 on Tuesday")
timed(True, LIST, "firms named", 310, "May", "310 by May")
timed(True, LETTER, "lawmakers who signed", 71, "in July", "71 in July")
timed(True, SHIPS, "vessels listed", 37, "Friday", "37 by Friday")
timed(True, BREACH, "breaches found", 9, "September", "9 in September")
timed(True, "On 7 April the Senate voted 100-0 for the bill.", "Senate votes in favor", 100, "2022-04-07", "an ISO as_of, its month in the clause")
timed(True, "The House passed it 420-3. That was in April, weeks after a first vote.", "House votes in favor", 420, "in March", "its clause has no time: left to the other rules")
timed(True, "On March 17 the House voted on the bill. The tally was 424-8.", "House votes in favor", 424, "March 17", "undated tally; March 17's clause holds no other number")
timed(True, "By Monday the ministry had finished its survey. It listed 210 homes destroyed.", "homes destroyed", 210, "Monday", "undated count; Monday's clause holds no number")
timed(True, "09:40 CET - Where things stood in July: in an advisory vote, four states opposed the duties and 11 abstained.", "states opposed", 4, "in July", "a live blog's time stamp is no count of July's clause (check 42)")
timed(True, "14:05 GMT - As of Friday: lawmakers counted 212 signatures on the petition.", "signatures", 212, "Friday", "a time stamp before the as_of's time")
timed(False, "09:40 CET - In July, 4 states opposed the duties; in October, 10 states did.", "states opposed", 10, "in July", "October's 10, with a time stamp in the line")
timed(True, "At 6 p.m. on Friday the ministry briefed reporters. It listed 210 homes destroyed.", "homes destroyed", 210, "Friday", "a clock time ('6 p.m.') is no count of Friday's clause")
timed(True, "Shortly after 9 pm on Monday the petition closed. Organisers said it drew 4,400 signatures.", "signatures", 4400, "Monday", "'9 pm' is a time of day, not a count")
timed(True, "Between 1 and 4 a.m. on Sunday the shelling stopped. Medics later counted 17 wounded.", "wounded", 17, "Sunday", "both ends of a clock range are times")
timed(True, "The clerk closed the roll at 18:30 on Thursday. The bill had 57 co-sponsors.", "co-sponsors", 57, "Thursday", "a 24-hour clock time")
timed(False, "At 6 p.m. on Friday the ministry counted 180 homes destroyed. It now lists 210.", "homes destroyed", 210, "Friday", "Friday's clause holds 180 beside its clock time")
timed(False, "By 9 pm on Monday the petition had 3,100 signatures. Organisers now report 4,400.", "signatures", 4400, "Monday", "Monday's count is 3,100; the clock time hides no count")
timed(False, COSPON, "co-sponsors", 40, "March", "40 is January's")
timed(False, "The bill had 40 co-sponsors in January. It now has 62 co-sponsors.", "co-sponsors", 62, "January", "62 is undated; January's clause has 40")
timed(False, "Senators first approved the plan on 2 June, 61-38. After a conference, the Senate cleared the final text 64-35.", "Senate votes in favor", 64, "June 2", "64 is the later vote; June 2's clause has 61-38")
timed(False, STAGES, "House votes in favor", 424, "in April", "424 is March's vote")
timed(False, FAMILIES, "displaced families", 800, "Tuesday", "800 is Sunday's")
timed(False, LIST, "firms named", 275, "May", "275 is February's")
timed(False, LETTER, "lawmakers who signed", 58, "July", "58 is June's")
timed(False, SHIPS, "vessels listed", 30, "Friday", "30 is Wednesday's")
timed(False, BREACH, "breaches found", 14, "in September", "14 is August's")
timed(False, DETAIN, "detainees", 61, "Thursday", "61 is Monday's")
timed(False, POWER, "homes without power", 2300, "Sunday", "2,300 is Saturday's")
timed(False, "The Senate passed it 98-2 on Wednesday and 96-3 on Friday after changes.", "Senate votes in favor", 98, "Friday", "98 is Wednesday's vote")

# --- rate-countries ------------------------------------------------------------------------------
CANADA = "Canada applies a 35 percent tariff on Russian imports; the U.S. law sets no rate."
JAPAN = "Japan imposed a 15 percent duty on the cars; South Korea is still weighing its response."
AUSTRALIA = "Australia's 10 per cent levy on the wine takes effect on Monday, while New Zealand has set none."
INDIA = "India levies a 40 percent duty on the bikes; Pakistan's measure is still in draft."
NORWAY = "Norway applies a 12 percent levy on the salmon, while Iceland applies none."
MEXICO = "Under its own order, Mexico charges a 20% duty on the pipes; the U.S. has imposed none."
owned(True, CANADA, "Canada", 35, "Canada's own rate")
owned(True, JAPAN, "Japan", 15, "Japan's own rate")
owned(True, AUSTRALIA, "Australia", 10, "Australia's own rate")
owned(True, INDIA, "India", 40, "India's own rate")
owned(True, NORWAY, "Norway", 12, "Norway's own rate")
owned(True, MEXICO, "Mexico", 20, "Mexico's own rate")
owned(True, "The United States will match Canada's 25 percent tariff on the steel.", "United States", 25, "the US as subject of the rate's clause")
owned(True, "Brazil will now charge the 18 percent tariff that Argentina set last year.", "Brazil", 18, "Brazil charges the same rate")
owned(True, "Germany imposes a 12 percent levy on the goods, and France is expected to follow.", "Germany", 12, "Germany's own rate")
owned(True, "Japan said on Monday it would apply a 9 percent duty, matching South Korea.", "Japan", 9, "the rate Japan will apply")
owned(False, CANADA, "United States", 35, "35 is Canada's; the US law sets none")
owned(False, JAPAN, "South Korea", 15, "15 is Japan's")
owned(False, AUSTRALIA, "New Zealand", 10, "10 is Australia's")
owned(False, INDIA, "Pakistan", 40, "40 is India's")
owned(False, NORWAY, "Iceland", 12, "12 is Norway's")
owned(False, MEXICO, "United States", 20, "20 is Mexico's")
owned(False, "Ottawa charges 35 percent on the imports, whereas Washington's measure names no figure.", "United States", 35, "35 is Canada's (its capital)")
owned(False, "Canada applies a 35 per cent tariff on Belarusian potash, but the United States has set no rate yet.", "United States", 35, "35 is Canada's, after 'but'")
owned(False, "China levies a 25% duty on the soybeans; Brazil has not yet responded.", "Brazil", 25, "25 is China's")
owned(False, "Turkey applies a 30 percent tariff on the fruit; Greece does not.", "Greece", 30, "30 is Turkey's")

# --- free-dates ----------------------------------------------------------------------------------
JAN = "Talks began on January 19 and resumed in March, when the duties were first announced."
dated(True, "The duties take effect on 19 March, officials said. Talks began on January 19.", "The duties take effect on March 19.", "'19 March' is March 19")
dated(True, "The duties take effect on March 19th, officials said. Talks began in January.", "The duties take effect on 19 March.", "'March 19th'")
dated(True, "The duties take effect Mar. 19, officials said. Talks began in January.", "The duties take effect on March 19.", "'Mar. 19'")
dated(True, "The duties take effect on the 19th of March, officials said.", "Duties take effect on March 19.", "'the 19th of March'")
dated(True, "Ministers met on Monday and again in March, when 19 people were hurt.", "The ministers met on March 19.", "Monday on a page dated Thursday March 22 is March 19", published="2018-03-22")
dated(True, "Voting runs between March 18 and 20, the commission said.", "Voting ends on March 20.", "a span's end is written")
dated(True, "Polls open on 19 and 20 March, the commission said.", "Polls open on March 19 and 20.", "both days of a span, day first")
dated(True, "The summit opens on 5 May in Lisbon; 19 leaders will attend.", "The summit opens on May 5.", "'5 May' is May 5")
dated(True, "Filed 2018-03-19. The court heard the case in March; 19 firms joined it.", "The case was filed on March 19.", "an ISO day in the text")
dated(True, "The talks, first held on June 2, resumed on June 9.", "Talks resumed on June 9 after a first round on June 2.", "both written")
dated(True, "The duties take effect on 19 March, officials said.", "The duties take effect on March 19.", "a key point's date, written day first", point=True)
dated(False, JAN, "The duties take effect on March 19, 2018.", "'March 19' never written: 19 only in 'January 19'")
dated(False, "Talks began on 19 January and resumed in March.", "Talks resumed on 19 March.", "'19 March' never written")
dated(False, "Voting runs from March 18-20, the commission said.", "Voting took place on March 19.", "inside a span, never written")
dated(False, "Ministers met on Monday and again in March, when 19 people were hurt.", "The ministers met on March 19.", "Monday on a page dated March 15 is March 12", published="2018-03-15")
dated(False, "Ministers met on Monday and again in March, when 19 people were hurt.", "The ministers met on March 19.", "no page date: Monday resolves to no date")
dated(False, "The truce began on April 19 and was broken on March 4.", "The truce began on March 19th.", "'March 19th' never written")
dated(False, "The summit opens on 5 May in Lisbon; 19 leaders will attend in June.", "The summit opens on June 5.", "'June 5' never written")
dated(False, "A first round was held on the 19th of January; a second came in March.", "A second round was held on the 19th of March.", "'the 19th of March' never written")
dated(False, "Hearings began Mar. 9 and 19 witnesses testified.", "Hearings began on March 19.", "March 9, not March 19")
dated(False, "Filed 2018-01-19. The court heard the case in March.", "The case was filed on March 19.", "the ISO day is January's")
dated(False, JAN, "The duties were announced on 19 March.", "a key point's date never written", point=True)
# fmt: on


def build_cases() -> list[dict[str, Any]]:
    """The set's cases, as written to ``grounding_numbers41.jsonl``."""
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
    print(f"{len(built.cases)} cases written to {OUT.name}")
