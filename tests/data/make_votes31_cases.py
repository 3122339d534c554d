# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the votes31 set (``grounding_votes31.jsonl``): numbers, names and metadata an outside
check found read wrongly in session 14, by category, each with what must pass and what must
fail:

- ``defeat-score``: a count of one side's votes in a defeated motion's score: "defeated 67-33",
  "voted down 58 to 40", "rejected by a vote of 71-27", "went down to a 62-35 defeat" give
  the larger number to the votes against; "failed 45-54" and a score the motion passed by
  stay yes-first (the other side is unsupported); a failed supermajority whose sentence
  states the threshold ("failed 55-44, short of the 60 needed") does not tell which side is
  larger, so either side is unconfirmed (``tier`` cases pass, since no unsupported flag);
- ``threshold``: the votes a vote needed ("needed 60 votes", "fell short of the 60
  required", "a two-thirds majority, or 67 votes", "a 60-vote threshold") are no side's
  votes (unsupported); the votes it got, and a count of the votes needed, pass;
- ``fraction``: a mixed number ("27 1/2-percent", "27\u00bd percent", "twenty-seven and a
  half percent", "2 1/2 days", "a day and a half") supports its value, never its whole
  part alone nor the digits of its fraction ("1/2" is neither 1 nor 2): those are another
  value (unsupported);
- ``truce-length``: a truce's length worded as a suspension or cessation of hostilities, a
  lull, a halt to the fighting, in hours ("48-hour": 2 days) or weeks ("week-long": 7)
  passes; a suspension of a tariff or of aid, a pause on tariffs, a halt to deliveries and
  a number of hours read as days do not (not this field's number: unsupported);
- ``dotted-date``: a published date written "23.06.2016", "23.06.2016 14:05" or
  "2016.06.23" passes; an ambiguous "03.04.2016" is read by the page's other dotted dates
  or full dates, else is unconfirmed either way (``tier`` case for the must-pass reading
  that stays unread), and a date the dotted line does not give is unsupported;
- ``web-outlet``: an outlet the text names by its web address where an outlet is told or
  interviewed ("told bdnews24.com", "in an interview with Politico.eu") passes as the
  address or its name; a part of the name, another ending, an address in an e-mail or in
  another role (unsupported) does not;
- ``mashed-name``: a person value that joins one man's first name to another's surname
  ("Luciano Londono" on a page naming Luciano Marin and Rodrigo Londono) is refused,
  unsupported when the page gives the surname another first name; when it gives the surname
  none, any first name passes (as the red-team set holds: "Vladimir Putin" beside "Vladimir
  Medinsky" and a bare "Putin"); the real names and the bare surname pass.

Run ``python tests/data/make_votes31_cases.py`` to rebuild it. Every sentence was written
for this set (fictional outlets, places and people, or public bodies in invented sentences);
each verdict was decided when the case was written, never by running the code.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_votes31.jsonl")

built = SupportCases("votes31")


def vote(
    category: str,
    expect: bool,
    sentence: str,
    what: str,
    value: float,
    why: str,
    check: str = "support",
) -> None:
    """A measure whose one count is ``value`` of ``what``, backed by ``sentence``."""
    text = f"Chamber votes\n\n{sentence}\n\nDebate on the wider package resumes next week.\n"
    count = {"what": what, "value": {"value": value, "qualifier": "exact"}}
    measure = {"instrument": "bill", "evidence": [sentence], "counts": [count]}
    built.add(
        category,
        expect,
        f"{what} = {value:g}: {why}",
        text,
        {"sanctions": [measure]},
        "sanctions[0].counts[0].value",
        check=check,
    )


def tariff(expect: bool, sentence: str, value: float, why: str, qualifier: str = "exact") -> None:
    text = f"Trade desk | The Ledger Post\n\n{sentence}\n\nImporters have until the end of the month to file.\n"
    measure = {
        "instrument": "executive_action",
        "evidence": [sentence],
        "tariff_rate_percent": {"value": value, "qualifier": qualifier},
    }
    built.add(
        "fraction",
        expect,
        f"tariff {value:g} ({qualifier}): {why}",
        text,
        {"sanctions": [measure]},
        "sanctions[0].tariff_rate_percent",
    )


def truce_days(category: str, expect: bool, sentence: str, value: float, why: str) -> None:
    text = f"MARIBOR (Lakeside Wire) - {sentence}\n\nNeither side commented further.\n"
    fact = {"evidence": [sentence], "duration_days": {"value": value, "qualifier": "exact"}}
    built.add(
        category,
        expect,
        f"{value:g} days: {why}",
        text,
        {"ceasefires": [fact]},
        "ceasefires[0].duration_days",
    )


def published(expect: bool, header: str, value: str, why: str, check: str = "support") -> None:
    text = f"{header}\n\nThe two delegations met again on Thursday to discuss the border crossings.\n\nNo date was set for the next round.\n"
    facts = {"article": {"headline": None, "outlet": None, "byline": None, "published": value}}
    built.add(
        "dotted-date",
        expect,
        f"published {value}: {why}",
        text,
        facts,
        "article.published",
        check=check,
    )


def outlet(expect: bool, body: str, value: str, why: str) -> None:
    text = f"Port strike enters second week\n\n{body}\n\nUnion leaders said the talks would continue.\n"
    facts = {"article": {"headline": None, "outlet": value, "byline": None, "published": None}}
    built.add("web-outlet", expect, f"outlet {value}: {why}", text, facts, "article.outlet")


def person(expect: bool, text: str, value: str, why: str, field: str = "people") -> None:
    if field == "people":
        facts: dict[str, object] = {"people": [{"name": value}]}
        path = "people[0].name"
    elif field == "proposer":
        sentence = text.split("\n\n")[1].strip()
        facts = {"ceasefires": [{"proposer": value, "evidence": [sentence]}]}
        path = "ceasefires[0].proposer"
    else:
        sentence = text.split("\n\n")[1].strip()
        facts = {"summits": [{"parties": [value], "evidence": [sentence]}]}
        path = "summits[0].parties[0]"
    built.add("mashed-name", expect, f"{field} {value}: {why}", text, facts, path)


# --- defeat-score -------------------------------------------------------------------------
D1 = "The amendment was defeated 67-33 on Tuesday afternoon."
D2 = "Lawmakers voted down the motion 58 to 40 after a short debate."
D3 = "The proposal was rejected by a vote of 71-27 in the upper house."
D4 = "The measure failed 45-54, with three senators absent."
D5 = "The Senate passed the bill 71-27 late on Wednesday."
D6 = "Peers threw out the clause by 212 votes to 150."
D7 = "The opposition's censure motion went down to a 301-244 defeat."
D8 = "A bid to strip the waiver was defeated, 62 to 35, as the session wore on."
D9 = "The rider lost 40-58 in a mostly party-line vote."
D10 = "The cloture motion failed 55-44, short of the 60 needed to end debate."
D11 = "The Assembly approved the resolution 88-12 before turning to the budget."
D12 = "The Duma rejected the amendment by 301 votes to 54."
vote(
    "defeat-score",
    True,
    D1,
    "votes against",
    67,
    "a defeat: the larger number first is the votes against",
)
vote(
    "defeat-score", True, D1, "votes in favour", 33, "a defeat: the smaller number is the yes side"
)
vote("defeat-score", True, D2, "votes against", 58, "voted down: the larger number against")
vote("defeat-score", True, D2, "votes for", 40, "voted down: 40 for")
vote("defeat-score", True, D3, "votes against", 71, "rejected by a vote of 71-27")
vote("defeat-score", True, D4, "votes in favour", 45, "failed, smaller first: yes first")
vote("defeat-score", True, D4, "votes against", 54, "failed 45-54: 54 against")
vote("defeat-score", True, D5, "votes in favour", 71, "passed: yes first")
vote("defeat-score", True, D6, "votes against", 212, "threw out: the larger number against")
vote("defeat-score", True, D7, "votes in favour", 244, "a 301-244 defeat: 244 for the motion")
vote("defeat-score", True, D8, "votes against", 62, "defeated, a comma before the score")
vote("defeat-score", True, D9, "yes votes", 40, "lost 40-58: yes first")
vote("defeat-score", True, D11, "votes in favour", 88, "approved: yes first")
vote("defeat-score", True, D12, "votes against", 301, "the Duma rejected it by 301 votes to 54")
vote(
    "defeat-score",
    True,
    D10,
    "votes in favour",
    55,
    "a failed supermajority with its threshold: unread, so only unconfirmed",
    "tier",
)
vote(
    "defeat-score",
    True,
    D10,
    "votes against",
    44,
    "a failed supermajority with its threshold: unread, so only unconfirmed",
    "tier",
)
vote("defeat-score", False, D1, "votes against", 33, "a defeat: 33 is the yes side (unsupported)")
vote(
    "defeat-score",
    False,
    D1,
    "votes in favour",
    67,
    "a defeat: 67 is the votes against (unsupported)",
)
vote("defeat-score", False, D2, "votes in favour", 58, "voted down: 58 against (unsupported)")
vote("defeat-score", False, D3, "votes in favour", 71, "rejected: 71 against (unsupported)")
vote("defeat-score", False, D3, "votes against", 27, "rejected: 27 were for it (unsupported)")
vote("defeat-score", False, D4, "votes against", 45, "failed 45-54: 45 for (unsupported)")
vote("defeat-score", False, D5, "votes against", 71, "passed: 71 yes (unsupported)")
vote("defeat-score", False, D6, "votes in favour", 212, "threw out: 212 against (unsupported)")
vote(
    "defeat-score", False, D7, "votes against", 244, "a 301-244 defeat: 244 were for (unsupported)"
)
vote("defeat-score", False, D8, "votes in favour", 62, "defeated: 62 against (unsupported)")
vote("defeat-score", False, D11, "votes against", 88, "approved: 88 yes (unsupported)")
vote("defeat-score", False, D12, "votes in favour", 301, "rejected: 301 against (unsupported)")
vote(
    "defeat-score",
    False,
    D10,
    "votes in favour",
    55,
    "a failed supermajority: never supported either way",
)

# --- threshold --------------------------------------------------------------------------
T1 = "The bill needed 60 votes to advance but drew only 52 votes."
T2 = "Supporters fell short of the 60 required, mustering 57 votes."
T3 = "Ratification requires a two-thirds majority, or 67 votes, and the treaty won 61 votes."
T4 = "The motion cleared the 60-vote threshold with 64 senators in favour."
T5 = "It takes 218 votes to pass the House; the measure got 210 in favour."
T6 = "Backers needed at least 34 votes to sustain the veto and found 36 votes against the override."
T7 = "The nominee needed 51 votes and was confirmed with 53 votes in favour."
vote("threshold", True, T1, "votes in favour", 52, "the votes it drew")
vote("threshold", True, T1, "votes needed to advance", 60, "a count of the votes needed")
vote("threshold", True, T2, "votes in favour", 57, "the votes it mustered")
vote("threshold", True, T2, "votes required", 60, "a count of the votes required")
vote("threshold", True, T3, "votes in favour", 61, "the votes the treaty won")
vote("threshold", True, T3, "votes needed to ratify", 67, "the threshold as what it is")
vote("threshold", True, T4, "votes in favour", 64, "64 senators in favour")
vote("threshold", True, T5, "votes in favour", 210, "210 in favour")
vote("threshold", True, T6, "votes against the override", 36, "36 votes against")
vote("threshold", True, T7, "votes in favour", 53, "53 votes in favour")
vote("threshold", True, T7, "votes needed", 51, "a count of the votes needed")
vote("threshold", False, T1, "votes in favour", 60, "60 is what it needed (unsupported)")
vote("threshold", False, T2, "votes in favour", 60, "60 is the number required (unsupported)")
vote("threshold", False, T3, "votes in favour", 67, "67 is the two-thirds threshold (unsupported)")
vote("threshold", False, T4, "votes in favour", 60, "the 60-vote threshold (unsupported)")
vote(
    "threshold",
    False,
    T6,
    "votes against the override",
    34,
    "34 is what backers needed (unsupported)",
)
vote("threshold", False, T7, "votes in favour", 51, "51 is what it needed to win (unsupported)")
vote(
    "threshold",
    False,
    "The package needed 60 votes and failed to reach them.",
    "votes in favour",
    60,
    "needed, never reached (unsupported)",
)
vote(
    "threshold",
    False,
    "Leaders fell short of the 290 votes required to amend the constitution.",
    "votes for",
    290,
    "required, not cast (unsupported)",
)
vote(
    "threshold",
    False,
    "The measure required 60 votes, a bar its backers never cleared.",
    "yes votes",
    60,
    "required (unsupported)",
)
vote(
    "threshold",
    False,
    "Passage needs a supermajority of 120 deputies, and the count stood at 112.",
    "votes in favour",
    120,
    "the supermajority needed (unsupported)",
)
vote(
    "threshold",
    False,
    "Opponents needed 41 votes to block it and had 38 votes against.",
    "votes against",
    41,
    "what opponents needed (unsupported)",
)

# --- fraction ---------------------------------------------------------------------------
F1 = "The Commerce Department set a 27 1/2-percent duty on the turbines."
F2 = "Officials confirmed the new levy of 27\u00bd percent on imported steel."
F3 = "The finance ministry will raise the tariff to twenty-seven and a half percent."
F4 = "A tariff of 12 3/4 percent applies to the remaining categories."
F5 = "The customs office added a duty of just 1/2 percent on raw wool."
F6 = "Brussels imposed a levy of 8\u00bc per cent on the bicycles."
tariff(True, F1, 27.5, "27 1/2-percent")
tariff(True, F2, 27.5, "27\u00bd percent")
tariff(True, F3, 27.5, "in words")
tariff(True, F4, 12.75, "12 3/4 percent")
tariff(True, F5, 0.5, "1/2 percent alone")
tariff(True, F6, 8.25, "8\u00bc per cent")
tariff(True, "Importers will pay a 6 1/2 percent tariff from March.", 6.5, "6 1/2 percent")
tariff(True, "The tariff on the panels climbs to 4\u00be%.", 4.75, "4\u00be%")
truce_days("fraction", True, "The two militias agreed to a truce of 2 1/2 days.", 2.5, "2 1/2 days")
truce_days(
    "fraction",
    True,
    "Mediators brokered a truce of two and a half days.",
    2.5,
    "two and a half days",
)
truce_days(
    "fraction",
    True,
    "Commanders declared a ceasefire lasting a day and a half.",
    1.5,
    "a day and a half",
)
truce_days("fraction", True, "A 3\u00bd-day truce began at dawn.", 3.5, "3\u00bd-day")
tariff(False, F1, 27, "the whole part alone (unsupported)")
tariff(False, F1, 2, "the fraction's denominator (unsupported)")
tariff(False, F1, 1, "the fraction's numerator (unsupported)")
tariff(False, F2, 27, "27\u00bd is not 27 (unsupported)")
tariff(False, F3, 27, "and a half dropped (unsupported)")
tariff(False, F4, 12, "12 3/4 is not 12 (unsupported)")
tariff(False, F4, 3, "the numerator (unsupported)")
tariff(False, F5, 1, "1/2 is not 1 (unsupported)")
tariff(False, F5, 2, "1/2 is not 2 (unsupported)")
tariff(False, F1, 27, "about 27 for 27 1/2 (another value)", "about")
truce_days(
    "fraction", False, "The two militias agreed to a truce of 2 1/2 days.", 2, "2 1/2 is not 2"
)
truce_days(
    "fraction",
    False,
    "Mediators brokered a truce of two and a half days.",
    2,
    "two and a half is not two",
)
tariff(False, "The duty rose on 1/2/2016 to 9 percent.", 0.5, "a date's digits, no fraction")

# --- truce-length -----------------------------------------------------------------------
truce_days(
    "truce-length",
    True,
    "The factions agreed a three-day suspension of hostilities around the airport.",
    3,
    "a suspension of hostilities",
)
truce_days(
    "truce-length",
    True,
    "Residents welcomed a 48-hour lull in the shelling.",
    2,
    "48 hours are 2 days",
)
truce_days(
    "truce-length",
    True,
    "Both armies announced a week-long halt to the fighting.",
    7,
    "week-long is 7 days",
)
truce_days(
    "truce-length",
    True,
    "The accord provides for a cessation of hostilities for ten days.",
    10,
    "a cessation of hostilities",
)
truce_days(
    "truce-length",
    True,
    "Rebel leaders promised a 72-hour suspension of attacks on the highway.",
    3,
    "72 hours, a suspension of attacks",
)
truce_days(
    "truce-length", True, "The guns fell silent during a brief 24-hour lull.", 1, "a bare lull"
)
truce_days(
    "truce-length",
    True,
    "The council called for a two-week cessation of all military operations.",
    14,
    "a cessation of operations, two weeks",
)
truce_days(
    "truce-length", True, "Negotiators secured a weeklong truce in the valley.", 7, "weeklong truce"
)
truce_days(
    "truce-length", True, "The militia suspended attacks for five days.", 5, "suspended attacks"
)
truce_days(
    "truce-length",
    True,
    "The army agreed to a 30-day pause in its bombing campaign.",
    30,
    "a pause in bombing",
)
truce_days(
    "truce-length",
    True,
    "Fighters observed a lull of 96 hours before clashes resumed.",
    4,
    "a lull of 96 hours",
)
truce_days(
    "truce-length",
    False,
    "The government announced a three-day suspension of the fuel tariff.",
    3,
    "a tariff's suspension is no truce",
)
truce_days(
    "truce-length",
    False,
    "Donors ordered a 30-day suspension of aid to the province.",
    30,
    "a suspension of aid",
)
truce_days(
    "truce-length",
    False,
    "Washington agreed a 90-day pause on new tariffs.",
    90,
    "a pause on tariffs",
)
truce_days(
    "truce-length",
    False,
    "The ministry ordered a two-week halt to arms deliveries.",
    14,
    "a halt to deliveries",
)
truce_days(
    "truce-length",
    False,
    "The regulator imposed a cessation of trading for five days.",
    5,
    "a cessation of trading",
)
truce_days(
    "truce-length",
    False,
    "Residents welcomed a 48-hour lull in the shelling.",
    48,
    "48 hours read as days",
)
truce_days(
    "truce-length",
    False,
    "Both armies announced a week-long halt to the fighting.",
    1,
    "one week is not one day",
)
truce_days(
    "truce-length",
    False,
    "The factions agreed a 30-hour suspension of hostilities.",
    30,
    "30 hours are not 30 days",
)
truce_days(
    "truce-length", False, "The bank suspended payments for ten days.", 10, "payments suspended"
)
truce_days(
    "truce-length",
    False,
    "Airlines announced a week-long suspension of flights to the capital.",
    7,
    "a suspension of flights",
)
truce_days(
    "truce-length",
    False,
    "The factions agreed a three-day suspension of hostilities around the airport.",
    4,
    "another length",
)

# --- dotted-date ------------------------------------------------------------------------
published(
    True,
    "Ceasefire talks resume in Geneva\nPublished 23.06.2016",
    "2016-06-23",
    "day-first dotted, day above 12",
)
published(
    True,
    "Ceasefire talks resume in Geneva\n23.06.2016 14:05",
    "2016-06-23",
    "dotted with a clock time",
)
published(True, "Ceasefire talks resume in Geneva\n2016.06.23", "2016-06-23", "year-first dotted")
published(
    True,
    "Ceasefire talks resume in Geneva\nBy Ana Volk | 17.11.2021, 09:30",
    "2021-11-17",
    "in a byline line",
)
published(
    True,
    "Ceasefire talks resume in Geneva\nObjavljeno: 30.01.2019",
    "2019-01-30",
    "a foreign label",
)
published(
    True,
    "Ceasefire talks resume in Geneva\nPublished 03.04.2016 | Updated 15.04.2016",
    "2016-04-03",
    "the page's other dotted date is day-first",
)
published(
    True,
    "Ceasefire talks resume in Geneva\nPosted 05.07.2018\nCorrected on July 5, 2018",
    "2018-07-05",
    "another full date decides 05.07",
)
published(
    True,
    "Ceasefire talks resume in Geneva\n2020.02.09 08:15 KST",
    "2020-02-09",
    "year-first dotted with a zone",
)
published(
    True,
    "Ceasefire talks resume in Geneva\nDate: 9.3.2017",
    "2017-03-09",
    "one-digit day and month; unread, so unconfirmed only",
    "tier",
)
published(
    True,
    "Ceasefire talks resume in Geneva\nPublished 03.04.2016",
    "2016-04-03",
    "ambiguous and undecided: unconfirmed only",
    "tier",
)
published(
    True,
    "Ceasefire talks resume in Geneva\nPublished 03.04.2016",
    "2016-03-04",
    "ambiguous and undecided: unconfirmed only",
    "tier",
)
published(
    False,
    "Ceasefire talks resume in Geneva\nPublished 23.06.2016",
    "2016-06-22",
    "a day the line does not give",
)
published(
    False,
    "Ceasefire talks resume in Geneva\nPublished 23.06.2016",
    "2016-06-16",
    "the digits misread",
)
published(
    False,
    "Ceasefire talks resume in Geneva\n2016.06.23",
    "2016-06-26",
    "a day the dotted line does not give",
)
published(
    False,
    "Ceasefire talks resume in Geneva\nPublished 03.04.2016 | Updated 15.04.2016",
    "2016-03-04",
    "the page writes dotted dates day first",
)
published(
    False,
    "Ceasefire talks resume in Geneva\nPosted 05.07.2018\nCorrected on July 5, 2018",
    "2018-05-07",
    "the other full date reads 05.07 as 5 July",
)
published(
    False,
    "Ceasefire talks resume in Geneva\nPublished 03.04.2016",
    "2016-04-03",
    "ambiguous: never supported",
)
published(
    False,
    "Ceasefire talks resume in Geneva\nPublished 03.04.2016",
    "2016-03-04",
    "ambiguous: never supported",
)
published(
    False,
    "Ceasefire talks resume in Geneva\nVersion 2.10.2016 of the report",
    "2016-10-03",
    "a reading the digits do not give",
)
published(
    False, "Ceasefire talks resume in Geneva\nPublished 23.06.2016", "2016-23-06", "not a date"
)
published(
    False,
    "Ceasefire talks resume in Geneva\n23.06.2016 14:05",
    "2016-06-14",
    "the clock read as a day",
)

# --- web-outlet -------------------------------------------------------------------------
W1 = "The harbour master told bdnews24.com on Sunday that no ships had left."
W2 = "The minister said in an interview with Politico.eu that a deal was close."
W3 = "A union spokesman told www.portnews.co.uk the walkout would go on."
W4 = "Speaking to Kyivpost.com, the governor blamed the shipping firms."
W5 = "The mayor wrote for Dawn.com that the city could not wait."
outlet(True, W1, "bdnews24.com", "told bdnews24.com")
outlet(True, W1, "bdnews24", "the address's name")
outlet(True, W1, "BDNews24.com", "another case")
outlet(True, W2, "Politico.eu", "an interview with Politico.eu")
outlet(True, W2, "Politico", "its name")
outlet(True, W3, "portnews.co.uk", "told www.portnews.co.uk")
outlet(True, W3, "www.portnews.co.uk", "with its www")
outlet(True, W4, "Kyivpost.com", "speaking to")
outlet(True, W5, "Dawn.com", "wrote for")
outlet(True, W5, "Dawn", "wrote for, its name")
outlet(
    True,
    "The captain said in an interview with The Harbour Gazette that talks stalled.",
    "The Harbour Gazette",
    "a plain name after an interview with",
)
outlet(False, W1, "bdnews", "a part of the name")
outlet(False, W1, "bdnews24.net", "another ending")
outlet(False, W1, "news24.com", "the end of the name")
outlet(False, W2, "Politico.com", "another ending")
outlet(False, W3, "portnews.com", "another ending")
outlet(
    False,
    "Questions can be sent to press@bdnews24.com, the port authority said.",
    "bdnews24.com",
    "an e-mail address",
)
outlet(
    False,
    "The footage was first posted on bdnews24.com, according to the union.",
    "bdnews24.com",
    "posted on it: another role",
)
outlet(
    False,
    "Readers can find the schedule at portnews.co.uk, officials said.",
    "portnews.co.uk",
    "a place to look, not the outlet",
)
outlet(
    False, "A report citing bdnews24.com said the port was shut.", "bdnews24.com", "cited, not told"
)
outlet(
    False,
    "The harbour master told reporters on Sunday that no ships had left.",
    "bdnews24.com",
    "no address at all",
)
outlet(False, "A video on x.com/bdnews24 showed the empty docks.", "bdnews24", "a link's path")

# --- mashed-name ------------------------------------------------------------------------
M1 = "Havana talks\n\nGovernment envoy Luciano Marin sat down with rebel chief Rodrigo Londono in Havana on Friday. Londono said the talks had gone well.\n"
M2 = "Peace process\n\nLuciano Marin, the chief negotiator, spoke to reporters after meeting commander Londono. Londono declined to comment.\n"
M3 = "Summit diary\n\nForeign ministers Amara Okafor and Teodor Halvorsen met in Oslo. Halvorsen hosted a dinner afterwards.\n"
M4 = (
    "Border deal\n\nColonel Ines Varga proposed a truce, which General Petrov accepted on Monday.\n"
)
M5 = (
    "Talks\n\nMarta Quist and Jonas Berglund proposed a ceasefire on Tuesday, the statement said.\n"
)
person(True, M1, "Rodrigo Londono", "his own name")
person(True, M1, "Londono", "the surname alone")
person(True, M1, "Luciano Marin", "the other man's own name")
person(True, M2, "Londono", "the surname alone")
person(True, M2, "Luciano Marin", "his own name")
person(True, M3, "Teodor Halvorsen", "his own name")
person(True, M3, "Amara Okafor", "her own name")
person(True, M5, "Marta Quist", "proposer, her own name", "proposer")
person(True, M5, "Jonas Berglund", "proposer, his own name", "proposer")
person(True, M4, "Ines Varga", "proposer, her own name", "proposer")
person(True, M3, "Halvorsen", "the surname alone", "summit")
person(False, M1, "Luciano Londono", "one man's first name, another's surname (unsupported)")
person(False, M1, "Rodrigo Marin", "swapped the other way (unsupported)")
person(True, M2, "Luciano Londono", "the surname has no first name: any may be his (red-team 0352)")
person(False, M3, "Amara Halvorsen", "her first name, his surname (unsupported)")
person(False, M3, "Teodor Okafor", "his first name, her surname (unsupported)")
person(False, M5, "Marta Berglund", "proposer mashed (unsupported)", "proposer")
person(False, M5, "Jonas Quist", "proposer mashed (unsupported)", "proposer")
person(
    False,
    M4,
    "Ines Petrov",
    "the general accepted, Varga proposed (unsupported)",
    "proposer",
)
person(False, M1, "Luciano Londono", "a summit party mashed (unsupported)", "summit")
person(False, M3, "Amara Halvorsen", "a summit party mashed (unsupported)", "summit")
person(True, M2, "Luciano Londono", "a summit party whose surname has no first name", "summit")
person(False, M3, "Teodor Okafor", "a summit party mashed (unsupported)", "summit")


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
