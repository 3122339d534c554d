# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the places-and-credits set of session 17 from an outside check's causes
(``grounding_places39.jsonl``): value-support cases by category, each with what must pass
and what must fail:

- ``desk-outlet``: a credit line near the top gives the copy to an outlet's own desk, team
  or newsroom ("Live coverage by the X world desk", "Compiled by the X foreign desk | Updated
  ..."): X is the publisher; an outlet the story only cites, quotes or names in its body is not.
- ``our-byline``: the outlet credits its own reporter with "our" and a role noun before the
  name ("Our reporter X", "From our correspondent X in Y", "Our Paris correspondent X"): X is
  the byline; a person "our reporter" met, or who "told our correspondent", is not.
- ``dotted-convention``: a dotted date whose two numbers are both 12 or below ("05.03.2020")
  is read in the order the page writes its other dates in words ("6 March": day first;
  "March 6": month first); the other reading is refused, and a page with no such convention
  (or both) leaves it unconfirmed.
- ``piece-opening``: a free-text field opening with the kind of piece it describes
  ("Column on ...", "Analysis of ...", "Interview with ...") names no one by that capital
  word; a name that opens the field and is never written is still flagged.
- ``host-party``: a summit hosted by a leader ("hosted by President X at Y", "X hosted the
  leaders at ...", "X played host to ...") has the host as a party; a country or city that
  is only the venue, or a host of another occasion, is not.
- ``other-trip``: a place of another journey told in the same sentence ("weeks before X
  flies to Y for a state visit", "will then leave for Y, the next stop of his tour") is not
  the meeting's place (unsupported); the meeting's own place in such a sentence passes,
  also when a call or statement of another day came "from" another city.

Run ``python tests/data/make_places39_cases.py`` to rebuild it. Every article below was
written for this set (fictional outlets and people, or real bodies in invented sentences);
each verdict is what a careful fact-checker reads in the text, decided when the case was
written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import STRONG, SUPPORTED, WEAK, SupportCases

OUT = Path(__file__).with_name("grounding_places39.jsonl")

built = SupportCases(
    "pl39",
    leads=[
        "Leaders meet\n(Tidewater Wire) -",
        "SUMMIT DIARY\nBy Ines Carvalho, Meridian Courier",
        "World news | The Lantern",
    ],
)

# --- desk-outlet: a credit line giving the copy to the outlet's own desk
C = "desk-outlet"
DESKS = [
    (
        "Live coverage by the Harbour Mail world desk | Updated June 3, 2024",
        "Harbour Mail",
        ["Reuters", "Coastal Times"],
        "Reuters reported that the talks resumed, and the Coastal Times said the envoys had left.",
    ),
    (
        "Compiled by the Andean Ledger foreign desk",
        "Andean Ledger",
        ["Associated Press", "La Prensa Libre"],
        "The Associated Press counted 14 convoys; La Prensa Libre put the figure higher.",
    ),
    (
        "Reporting by the Northfield Gazette newsroom, with agencies",
        "Northfield Gazette",
        ["Agence France-Presse"],
        "Agence France-Presse said the border post reopened at dawn.",
    ),
    (
        "Updates from the Baltic Courier politics team",
        "Baltic Courier",
        ["Delfi", "Riga Evening News"],
        "Delfi and the Riga Evening News both carried the minister's letter.",
    ),
    (
        "Written by the Sahel Tribune Africa desk - 14 May 2023",
        "Sahel Tribune",
        ["Radio Bamako"],
        "Radio Bamako broadcast the statement twice.",
    ),
    (
        "Coverage by The Lakeside Herald's Washington bureau",
        "The Lakeside Herald",
        ["CNN"],
        "CNN first reported the draft on Sunday.",
    ),
    (
        "Live reporting by our Pacific Dispatch news desk",
        "Pacific Dispatch",
        ["Radio New Zealand"],
        "Radio New Zealand quoted an official in Suva.",
    ),
    (
        "A live blog by the Danube Observer Europe team | Last updated 09:12",
        "Danube Observer",
        ["Der Standard", "ORF"],
        "Der Standard and ORF said the vote would be close.",
    ),
    (
        "Blog maintained by the Kestrel Review world desk",
        "Kestrel Review",
        ["Al Jazeera"],
        "Al Jazeera showed crowds at the crossing.",
    ),
    (
        "Roundup by the Tasman Weekly staff",
        "Tasman Weekly",
        ["The Australian"],
        "The Australian said the minister would sign on Friday.",
    ),
]
for credit, outlet, others, body in DESKS:
    text = f"Talks resume at the border\n{credit}\n\n{body} Officials on both sides said a second round was planned for next week.\n"
    built.article_field(C, "outlet", text, [outlet], others)
# the desk named only in the body, or a desk of another outlet: no publisher
for body, value in [
    (
        "A reporter from the Harbour Mail world desk asked the minister about the convoy.",
        "Harbour Mail",
    ),
    (
        "Staff at the Andean Ledger foreign desk were moved to a hotel after the blast.",
        "Andean Ledger",
    ),
    ("The Northfield Gazette newsroom was closed by the strike last year.", "Northfield Gazette"),
    ("Copies of the Sahel Tribune Africa desk's newsletter were handed out.", "Sahel Tribune"),
]:
    text = f"Talks resume at the border\nBy Marta Quiroga\n\nOfficials met on Monday. {body} A second round was planned for next week.\n"
    built.article_field(C, "outlet", text, [], [value])
# a desk credited for help or pictures is a contributor, not the publisher (the lead's fix
# after a review's probes): its name is no outlet
for credit, helper in [
    ("Additional reporting by the Reuters Washington bureau", "Reuters"),
    ("Images by the Getty Images news desk | June 3", "Getty Images"),
]:
    text = f"Talks resume at the border\nBy Marta Quiroga\n{credit}\n\nOfficials met on Monday. A second round was planned for next week.\n"
    built.article_field(C, "outlet", text, [], [helper])

# --- our-byline: "Our reporter X", "From our correspondent X"
C = "our-byline"
BYLINES = [
    (
        "ISTANBUL - 05.03.2020 - 23:48 | Our reporter Deniz Kaya",
        "Deniz Kaya",
        "Locals told officials that the market stayed shut.",
        ["Murat Ozel"],
        "Murat Ozel, a shopkeeper, said the market stayed shut.",
    ),
    (
        "From our correspondent Jonas Berg in Oslo",
        "Jonas Berg",
        "",
        ["Erna Lund"],
        "Erna Lund, the minister, said the bill would pass.",
    ),
    (
        "Our Moscow correspondent Ana Petrova reports",
        "Ana Petrova",
        "",
        ["Sergei Volkov"],
        "Sergei Volkov told our correspondent that the queue was long.",
    ),
    (
        "Our special correspondent, Karim Haddad, in Beirut",
        "Karim Haddad",
        "",
        ["Rima Saab"],
        "Our correspondent met Rima Saab at the port.",
    ),
    (
        "By our staff reporter Thabo Nkosi",
        "Thabo Nkosi",
        "",
        ["Sipho Dlamini"],
        "Sipho Dlamini, a driver, spoke to our staff reporter at the depot.",
    ),
    (
        "Our correspondent in Nairobi, Grace Wanjiru, writes:",
        "Grace Wanjiru",
        "",
        ["David Otieno"],
        "David Otieno of the chamber said exports had fallen.",
    ),
    (
        "Dispatch from our reporter Lucia Mendes, Sao Paulo",
        "Lucia Mendes",
        "",
        ["Paulo Reis"],
        "Our reporter asked Paulo Reis about the strike.",
    ),
    (
        "Our political editor Fiona Grant",
        "Fiona Grant",
        "",
        ["Alan Moir"],
        "Alan Moir, the party whip, said the vote was safe.",
    ),
    (
        "KYIV | Our correspondent Oksana Hrytsenko",
        "Oksana Hrytsenko",
        "",
        ["Taras Melnyk"],
        "Taras Melnyk told our correspondent that the line held.",
    ),
    (
        "Reported by our Delhi correspondent, Priya Raman",
        "Priya Raman",
        "",
        ["Anil Mehta"],
        "Anil Mehta, an economist, said prices had risen.",
    ),
]
for credit, name, _, fails, body in BYLINES:
    text = f"Markets reopen after the strike\n{credit}\n\n{body} Traders said business was slow on the first day.\n"
    built.article_field(C, "byline", text, [name], fails)


def dated(day: str) -> dict[str, Any]:
    """An article block published on ``day``."""
    return {"article": {"headline": None, "outlet": None, "byline": None, "published": day}}


# --- dotted-convention: a dotted date read in the page's own order of dates in words
C = "dotted-convention"
DOTTED = [  # (dotted date, a sentence with the page's dates in words, day-first?)
    (
        "05.03.2020",
        "The truce will take effect at midnight on 6 March, and patrols begin on 15 March.",
        True,
    ),
    ("04.06.2021", "The talks open on 7 June in Vienna.", True),
    (
        "02.11.2019",
        "The ballots were counted on 1 November and the result given on 3 November.",
        True,
    ),
    ("09.10.2022", "The committee meets again on 12 October.", True),
    ("03.04.2018", "The deadline set on 28 March lapses on 10 April.", True),
    ("06.07.2023", "The ministers met on July 5 and will meet again on July 20.", False),
    ("08.02.2024", "The vote was moved from February 6 to February 9.", False),
    ("11.05.2017", "The hearing on November 4 was put off to November 14.", False),
    ("01.09.2020", "Schools reopen on January 12, the ministry said.", False),
    ("10.03.2016", "The bill was filed on October 2 and heard on October 8.", False),
]
for stamp, sentence, day_first in DOTTED:
    a, b, year = (int(x) for x in stamp.split("."))
    right, wrong = (
        (f"{year}-{b:02d}-{a:02d}", f"{year}-{a:02d}-{b:02d}")
        if day_first
        else (f"{year}-{a:02d}-{b:02d}", f"{year}-{b:02d}-{a:02d}")
    )
    text = f"Ministers agree on the timetable\nThe Meridian Courier (English edition)\nANKARA - {stamp} - 18:20\n\n{sentence} Officials said more talks were likely.\n"
    built.graded(C, True, SUPPORTED, f"published {right}", text, dated(right), "article.published")
    built.graded(C, False, STRONG, f"published {wrong}", text, dated(wrong), "article.published")
# no convention (no date in words, or both orders): either reading unconfirmed
for stamp, sentence in [
    ("05.03.2020", "The truce takes effect at midnight, officials said."),
    ("04.06.2021", "The talks open on 7 June, though the invitation said June 9."),
    ("02.11.2019", "The ballots were counted overnight."),
]:
    a, b, year = (int(x) for x in stamp.split("."))
    text = f"Ministers agree on the timetable\nThe Meridian Courier (English edition)\nANKARA - {stamp} - 18:20\n\n{sentence} Officials said more talks were likely.\n"
    for day in (f"{year}-{b:02d}-{a:02d}", f"{year}-{a:02d}-{b:02d}"):
        built.graded(C, False, WEAK, f"published {day}", text, dated(day), "article.published")

# --- piece-opening: the free text's first word names the kind of piece
C = "piece-opening"
PAGE = "OPINION | The summit was a meeting, not a reset\nThe Elm Street Review - Comment\nBy Henry Vale\n\nThe two presidents met in Geneva for about four hours. Joe Biden said the tone was good, and Vladimir Putin called the talks constructive.\n"
for subject in [
    "Column on the Biden-Putin summit in Geneva",
    "Analysis of the Geneva summit between Biden and Putin",
    "Commentary arguing the Geneva summit was no reset",
    "Editorial on what Biden and Putin achieved in Geneva",
    "Opinion piece about the Geneva meeting",
    "Essay on the summit in Geneva",
    "Review of the Biden-Putin talks",
    "Critique of the Geneva summit",
    "Assessment of Biden's talks with Putin",
    "Explainer on why the Geneva summit mattered",
    "Profile of Putin and Biden at the Geneva talks",
    "Retrospective on the Geneva talks",
]:
    built.add(
        C,
        True,
        f"subject {subject!r}",
        PAGE,
        {"relevance": {"topic": "on_topic", "subject": subject}},
        "relevance.subject",
        check="unstated",
    )
for subject in [
    "Macron on the Biden-Putin summit in Geneva",
    "Zelensky's view of the Geneva summit",
    "Blinken on what Biden and Putin achieved",
    "Lavrov about the Geneva meeting",
    "Helsinki and Geneva compared",
    "Merkel on the talks in Geneva",
    "Trump's column on the Geneva summit",
    "Column by Sarah Lintott on the Geneva summit",
    "Analysis of the Vienna summit",
    "Review of the Biden-Modi talks",
]:
    built.add(
        C,
        False,
        f"subject {subject!r} names someone never written",
        PAGE,
        {"relevance": {"topic": "on_topic", "subject": subject}},
        "relevance.subject",
        check="unstated",
    )

# --- host-party: the leader who hosts a summit takes part in it
C = "host-party"
HOSTS = [  # (sentence, the host, the venue's country, named only as the place)
    (
        "The first such gathering, hosted by President Lena Marsh at Brightwater, an estate in Ireland, took place in March 2017.",
        "Lena Marsh",
        "Ireland",
    ),
    (
        "Prime Minister Tomas Reyes hosted the Pacific leaders at his official residence in Fiji on Thursday.",
        "Tomas Reyes",
        "Fiji",
    ),
    (
        "Chancellor Ilse Brand played host to the Nordic premiers at a castle in Austria for a day of talks.",
        "Ilse Brand",
        "Austria",
    ),
    (
        "The dinner, hosted by King Abdel Samir in his palace in Jordan, ran late into the night.",
        "Abdel Samir",
        "Jordan",
    ),
    (
        "At a summit he hosted in Kenya, President Daniel Kariuki met the leaders of five neighbouring states.",
        "Daniel Kariuki",
        "Kenya",
    ),
    (
        "Hosting the leaders at Camp Cedar in Canada, President Owen Hart said the alliance had never been stronger.",
        "Owen Hart",
        "Canada",
    ),
    (
        "The summit in Japan was hosted by Prime Minister Aiko Mori, who chaired both sessions.",
        "Aiko Mori",
        "Japan",
    ),
    (
        "President Farid Nassar, the host, welcomed the Gulf leaders to the summit in Oman.",
        "Farid Nassar",
        "Oman",
    ),
    (
        "Host leader Marta Kowalski opened the summit with the Baltic prime ministers in Poland.",
        "Marta Kowalski",
        "Poland",
    ),
    (
        "The leaders gathered in Portugal for a summit hosted by Prime Minister Rui Tavares.",
        "Rui Tavares",
        "Portugal",
    ),
]
for sentence, host, venue in HOSTS:
    built.meeting(C, True, sentence, host, f"{host} hosted and took part")
    built.meeting(C, False, sentence, venue, f"{venue} is no party")
# a host of talks between others, or a go-between's venue: no party
for sentence, who in [
    (
        "The talks between the two armies, hosted by President Lena Marsh at Brightwater, ended at dawn.",
        "Lena Marsh",
    ),
    (
        "Prime Minister Tomas Reyes hosted negotiations between the rival factions at his residence.",
        "Tomas Reyes",
    ),
    (
        "The summit, mediated by King Abdel Samir and hosted in his palace, ended without a deal.",
        "Abdel Samir",
    ),
    ("Both leaders thanked Chancellor Ilse Brand for hosting the summit in Vienna.", "Ilse Brand"),
]:
    built.meeting(C, False, sentence, who, f"{who} only hosts others' talks")
# a host of another summit told in the same sentence: the fact's own passage is the second
SENTENCE = "The first summit, hosted by President Nils Berg at Lakeview, took place in 2015; a second one that President Mara Quint planned for Lisbon in 2020 was postponed."
for who, expect in (("Mara Quint", True), ("Nils Berg", False)):
    fact = {
        "parties": [who],
        "status": "postponed",
        "evidence": [
            "a second one that President Mara Quint planned for Lisbon in 2020 was postponed"
        ],
    }
    built.add(
        C,
        expect,
        f"{who} {'planned' if expect else 'hosted the first'}",
        built.page(SENTENCE),
        {"summits": [fact]},
        "summits[0].parties[0]",
    )

# --- other-trip: the place of another journey or call in the meeting's sentence
C = "other-trip"
TRIPS = [  # (sentence, parties, the meeting's place, another journey's place)
    (
        "Ramaphosa and Meloni met on the sidelines of the G20 summit in Durban, weeks before Ramaphosa flies to Tokyo for a state visit.",
        ["Ramaphosa", "Meloni"],
        "Durban",
        "Tokyo",
    ),
    (
        "Xi will hold talks with President Milei in Buenos Aires on Sunday, and will then leave for Lima, the next stop of his tour.",
        ["Xi", "Milei"],
        "Buenos Aires",
        "Lima",
    ),
    (
        "Modi met Starmer in London on Tuesday before heading to Paris for an air show.",
        ["Modi", "Starmer"],
        "London",
        "Paris",
    ),
    (
        "Lula received Petro in Brasilia two days after returning from a trip to Beijing.",
        ["Lula", "Petro"],
        "Brasilia",
        "Beijing",
    ),
    (
        "Erdogan hosted Sandu at the Vahdettin Pavilion in Istanbul, a day after speaking to Aliyev by phone from Ankara.",
        ["Erdogan", "Sandu"],
        "Istanbul",
        "Ankara",
    ),
    (
        "Albanese sat down with Luxon in Wellington, his last stop before flying on to Suva.",
        ["Albanese", "Luxon"],
        "Wellington",
        "Suva",
    ),
    (
        "Tusk and Fiala met in Warsaw on Friday; Tusk flies to Kyiv next week for a visit of his own.",
        ["Tusk", "Fiala"],
        "Warsaw",
        "Kyiv",
    ),
    (
        "Ruto met Hassan in Arusha, a week before he travels to Washington for a state dinner.",
        ["Ruto", "Hassan"],
        "Arusha",
        "Washington",
    ),
    (
        "After talks with Marcos in Manila, Kishida continued to Jakarta for a regional forum.",
        ["Marcos", "Kishida"],
        "Manila",
        "Jakarta",
    ),
    (
        "Macron welcomed Scholz in Marseille, having called Sunak from Paris that morning.",
        ["Macron", "Scholz"],
        "Marseille",
        "Paris",
    ),
    (
        "Sheinbaum met Carney in Mexico City, days before her flight to Madrid for a trade fair.",
        ["Sheinbaum", "Carney"],
        "Mexico City",
        "Madrid",
    ),
]
for sentence, parties, own, other in TRIPS:
    page = built.page(sentence)
    for expect, place in ((True, own), (False, other)):
        fact = {
            "parties": parties,
            "status": "held",
            "planned_location": place,
            "evidence": [sentence],
        }
        built.graded(
            C,
            expect,
            SUPPORTED if expect else STRONG,
            f"met in {place}" if expect else f"{place} is another journey's",
            page,
            {"summits": [fact]},
            "summits[0].planned_location",
        )

# a journey whose aim is the meeting itself ("for the summit") leads to its place; an
# indefinite "for a summit" is another's (the lead's fix after a review's probes)
for sentence, parties, status, place, expect in [
    (
        "The two leaders held talks by phone on Monday, and Ramaphosa flies to Tokyo next week for the summit with Meloni.",
        ["Ramaphosa", "Meloni"],
        "scheduled",
        "Tokyo",
        True,
    ),
    (
        "Kishida and Widodo held talks on Monday before travelling to Bogor for the formal summit session.",
        ["Kishida", "Widodo"],
        "held",
        "Bogor",
        True,
    ),
    (
        "Ruto and Hassan spoke by phone on Friday; Ruto heads to Arusha on Tuesday for the summit itself.",
        ["Ruto", "Hassan"],
        "scheduled",
        "Arusha",
        True,
    ),
    (
        "Ramaphosa and Meloni met in Durban on Monday, days before Ramaphosa flies to Tokyo for a summit of his own.",
        ["Ramaphosa", "Meloni"],
        "held",
        "Tokyo",
        False,
    ),
]:
    fact = {"parties": parties, "status": status, "planned_location": place, "evidence": [sentence]}
    built.graded(C, expect, SUPPORTED if expect else STRONG,
                 f"{place}: the journey to the summit" if expect else f"{place} is another summit's",
                 built.page(sentence), {"summits": [fact]}, "summits[0].planned_location")  # fmt: skip

# --- of-place: a country after "of" and a place noun only says where
C = "of-place"
OF_PLACES = [  # (sentence, the sides that agreed, the country named only as the place)
    (
        "Turkey and Russia have agreed on a ceasefire in the Idlib de-escalation zone of Syria from midnight.",
        "Russia",
        "Syria",
    ),
    (
        "Kenya and Ethiopia agreed to a truce along the border areas of Somalia on Monday.",
        "Kenya",
        "Somalia",
    ),
    (
        "Rwanda and Burundi accepted a pause in the fighting in the eastern provinces of Congo.",
        "Burundi",
        "Congo",
    ),
    ("Niger and Chad agreed to halt attacks in the north of Mali, officials said.", "Chad", "Mali"),
    (
        "Azerbaijan and Armenia signed a ceasefire covering the frontier districts of Georgia as well.",
        "Armenia",
        "Georgia",
    ),
    (
        "Egypt and Sudan agreed to a truce in the southern regions of Libya, officials said.",
        "Egypt",
        "Libya",
    ),
    (
        "Iran and Iraq accepted a halt to shelling in the mountain part of Turkey near the border.",
        "Iraq",
        "Turkey",
    ),
    (
        "Thailand and Cambodia agreed to a ceasefire in the contested zone of Laos overnight.",
        "Thailand",
        "Laos",
    ),
    (
        "India and China agreed to pull back troops from the western sector's area of Bhutan.",
        "China",
        "Bhutan",
    ),
    (
        "Serbia and Hungary backed a truce in the northern part of Kosovo, diplomats said.",
        "Serbia",
        "Kosovo",
    ),
]
for sentence, party, place in OF_PLACES:
    built.side(C, False, sentence, place, f"{place} is only where the truce holds")
    built.side(C, True, sentence, party, f"{party} agreed")
for sentence, who in [  # "of" after a body or a title: the country acts
    ("The Government of Syria agreed to the ceasefire on Friday, state media said.", "Syria"),
    ("The President of Somalia accepted the truce in a televised address.", "Somalia"),
    ("The Armed Forces of Congo said they would observe the pause.", "Congo"),
    ("The people of Mali welcomed the halt, and the Republic of Mali signed it.", "Mali"),
]:
    built.side(C, True, sentence, who, f"{who} agreed")


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
