# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of a small model's article-wide misses (gmB28, ``grounding_gemma28.jsonl``):
the kinds of wrong value Gemma 3 270M gave on the gold articles and the grounding verified,
by category, each with what must pass and what must fail:

- ``lowercase-name``: an outlet and a byline are names as the page writes them. A phrase the
  page writes only in lower case ("(test article)", "(sponsored content)", "a staff
  reporter", "(archive copy)") is a label, not the publisher or an author, however the value
  capitalises it; the page's own outlet and writer on the same page stay supported, and so
  does a lower-case brand of one word ("dpa") or a web address;
- ``headline-line``: a headline is a line of the page that the value opens (after a kicker,
  a bullet, a segment label, inside a title's quotation marks), with nothing but a date, a
  credit or a short tail after it; a phrase inside a sentence of the body (a bill's name
  after "The bill.", an agency after a comma, a phrase the body quotes) is refused;
- ``quote-words``: a quote's text must say something: one lone function word ("the", "and",
  "it") or bare punctuation is refused even though the locator finds it; a one-word quote of
  meaning ("Never", "unfriendly") and short quotes stay located.

Run ``python tests/data/make_gemma28_cases.py`` to rebuild it. Every article below was
written for this set in its own words, with invented outlets and writers; each verdict is
what a careful fact-checker reads in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_gemma28.jsonl")

built = SupportCases("g28")
NAME, HEAD, QUOTE = "lowercase-name", "headline-line", "quote-words"


def names(
    text: str, outlets: tuple[list[str], list[str]], bylines: tuple[list[str], list[str]]
) -> None:
    """The page's outlet and byline: each first list supported, each second refused."""
    built.article_field(NAME, "outlet", text, *outlets)
    built.article_field(NAME, "byline", text, *bylines)


def headline(text: str, passes: list[str], fails: list[str]) -> None:
    built.article_field(HEAD, "headline", text, passes, fails)


quotes = partial(built.quote_texts, QUOTE)


# --- lowercase-name: a phrase the page writes in lower case is no name -----------------------

names(
    "Port strike enters its third week in Antwerp\n\nBy Marieke Janssens, The Scheldt Courier (test article)\n\nANTWERP, March 4 (The Scheldt Courier) - Dock workers at Europe's second-largest port stayed off the job for a fifteenth day on Tuesday.\n\nThe union said talks would resume on Thursday.\n",
    (["The Scheldt Courier"], ["test article", "Test Article"]),
    (["Marieke Janssens"], ["Test Article"]),
)
names(
    "Grain corridor reopens after two-day pause\nBy Oleksandr Hrytsenko | Black Sea Monitor (sponsored content)\n\nShips resumed loading at Chornomorsk on Saturday, the port authority said, after a pause blamed on drone attacks.\n",
    (["Black Sea Monitor"], ["sponsored content", "Sponsored Content"]),
    (["Oleksandr Hrytsenko"], ["Sponsored Content"]),
)
names(
    "Lisbon council approves new tram line\n\nFrom a staff reporter, Tagus Evening Post\n\nLisbon's city council on Wednesday approved a twelve-kilometre tram line linking the airport to the riverfront.\n\nWork is due to start next spring, a spokeswoman said.\n",
    (["Tagus Evening Post"], ["staff reporter", "Staff Reporter"]),
    ([], ["Staff Reporter"]),
)
names(
    "Highland Radio (archive copy) - Gaelic service, translated into English\n\nFerry timetable cut for the winter\n\nCalMac will run two sailings a day to Barra from November, the operator told islanders on Monday.\n",
    (["Highland Radio"], ["archive copy", "Archive Copy"]),
    ([], ["Archive Copy"]),
)
names(
    "Wellington - 14 June\nBY AROHA NIKORA, SOUTHERN CROSS TIMES (press release)\n\nNew Zealand's parliament passed the coastal protection bill by 68 votes to 52 on Thursday night.\n",
    (["Southern Cross Times"], ["press release", "Press Release"]),
    (["Aroha Nikora"], ["Press Release"]),
)
names(
    "Flood warnings lifted along the Danube\n\nBy Gábor Szalai, dpa\n\nBUDAPEST - Hungary lifted its highest flood alert on the Danube on Sunday as the river fell below eight metres in the capital.\n",
    (["dpa"], ["flood alert", "Flood Alert"]),
    (["Gábor Szalai"], ["Flood Alert"]),
)
names(
    "Andes Daily Wire\nSantiago copper miners accept pay offer\nWritten by Camila Reyes (guest column)\n\nWorkers at the country's largest copper mine voted on Friday to accept a four percent pay rise.\n",
    (["Andes Daily Wire"], ["guest column", "Guest Column"]),
    (["Camila Reyes"], ["Guest Column"]),
)
names(
    "The Baltic Ledger — Riga edition (machine translated)\n\nLatvia raises defence spending to 3.5 percent\n\nBy Ilze Ozola\n\nRIGA - The Saeima voted on Thursday to raise defence spending to 3.5 percent of GDP next year.\n",
    (["The Baltic Ledger"], ["machine translated", "Machine Translated"]),
    (["Ilze Ozola"], ["Machine Translated"]),
)

# --- headline-line: the page's headline line, not a phrase of its body ------------------------

headline(
    "BREAKING: Parliament backs Arctic Shipping Act after all-night sitting\n\nBy Freya Lund, The Nordic Standard\n\nOSLO - Lawmakers voted 92 to 71 early on Wednesday to pass the bill. The measure. The Arctic Shipping Act of 2024, drafted by the transport committee, would cap the speed of cargo ships in polar waters and require ice-class hulls.\n",
    [
        "BREAKING: Parliament backs Arctic Shipping Act after all-night sitting",
        "Parliament backs Arctic Shipping Act after all-night sitting",
    ],
    ["The Arctic Shipping Act of 2024"],
)
headline(
    "ANALYSIS | Why the Mekong dams deal may not hold\n\nThe Mekong Monitor\n\nThe agreement signed in Vientiane on Friday sets no penalty for a member that fills its reservoirs early, and the Mekong River Commission, which would oversee it, has no power to enforce its own rules.\n",
    ["Why the Mekong dams deal may not hold", "ANALYSIS | Why the Mekong dams deal may not hold"],
    ["the Mekong River Commission", "Mekong River Commission"],
)
headline(
    "- Home\n- World\n- Rwanda and Congo sign water-sharing pledge in Kigali\nRwanda and Congo sign water-sharing pledge in Kigali\nThe accord covers Lake Kivu's methane reserves.\n\nThe two governments signed the pledge on Monday, according to a statement from the East African Community, whose secretary-general attended the ceremony in the Rwandan capital alongside both foreign ministers and a delegation from the African Union.\n",
    ["Rwanda and Congo sign water-sharing pledge in Kigali"],
    ["the East African Community", "the African Union"],
)
headline(
    'EVENING BULLETIN (transcript)\nSegment 2: "Strikes close Marseille port"\n\nPRESENTER: Good evening. Dockers in Marseille walked out again today, and the regional prefect described the stoppage as "a blow to the whole Mediterranean economy" in a statement released this afternoon to local radio stations.\n',
    ["Strikes close Marseille port", 'Segment 2: "Strikes close Marseille port"'],
    ["a blow to the whole Mediterranean economy"],
)
headline(
    "Weekend briefing, 9 March 2025 - compiled by Tomasz Wrona\n\nGood morning. Poland's president signed the Border Fortification Act on Saturday, a law that, according to the interior ministry, funds a 400-kilometre barrier along the frontier with Belarus.\n",
    ["Weekend briefing"],
    ["the Border Fortification Act", "Border Fortification Act"],
)
headline(
    "Chile's senate approves pension overhaul\nThe reform raises employer contributions by seven points\n\nBy Valentina Soto, Pacific Andes Review\n\nSANTIAGO - The bill, known as the Dignified Pensions Reform, passed by 26 votes to 16. Supporters said it would lift the smallest pensions by a third, while the opposition warned it would cost jobs.\n",
    ["Chile's senate approves pension overhaul"],
    ["the Dignified Pensions Reform", "Dignified Pensions Reform"],
)
headline(
    "Tokyo Harbour News\nWORLD IN BRIEF — Tuesday, 3 June 2025\n\nJapan and the Philippines agreed on Tuesday to hold joint coast guard drills, the foreign ministry said. The drills, called Operation Kaiyo Shield, will start in July.\n",
    ["WORLD IN BRIEF"],
    ["Operation Kaiyo Shield"],
)
headline(
    "OPINION: Ottawa's carbon rebate deserves a second look\nBy Marc Tremblay, The Laurentian\n\nFew policies have been as misunderstood as the rebate. The Canada Carbon Rebate, paid four times a year, returns most of the levy to households, and most families get back more than they pay.\n",
    ["Ottawa's carbon rebate deserves a second look"],
    ["The Canada Carbon Rebate"],
)
headline(
    'Episode 88: "The long road to Doha"\n\nHOST: Welcome back. Today we look at the talks, which the Qatari mediator described on Sunday as "the most serious in a decade", and at what the Gaza ceasefire plan could mean for the hostages.\n',
    ["The long road to Doha"],
    ["the most serious in a decade"],
)
headline(
    "Senegal opens first offshore gas field\n\nDAKAR (West Coast Wire) - Senegal began exports from its offshore gas field on Friday. Officials said the Grand Tortue Ahmeyim project, shared with Mauritania, would ship 2.3 million tonnes a year once fully running.\n",
    ["Senegal opens first offshore gas field"],
    ["the Grand Tortue Ahmeyim project"],
)
headline(
    "Radio Baltica (archive copy) — English service, translated from Lithuanian\n\nVilnius votes to rename the Russian embassy's street\n\nVilnius city council voted on Thursday to rename the street outside the Russian embassy after the Ukrainian heroes of Mariupol.\n",
    ["Vilnius votes to rename the Russian embassy's street"],
    ["Radio Baltica (archive copy) — English service, translated from Lithuanian"],
)
headline(
    "Kyiv Courier | Ukrainian service | translated into English by our desk\nSecret Service — the agents who guard Zelensky\n\nThe state guard has tripled in size since 2022, its commander said in an interview.\n",
    ["Secret Service — the agents who guard Zelensky"],
    ["Kyiv Courier | Ukrainian service | translated into English by our desk"],
)

# --- quote-words: a quote must say something ----------------------------------------------------

quotes(
    'The minister was asked whether the ceasefire would hold. "Never," she replied, adding that the other side had "no intention" of stopping the shelling.\n\nHer deputy called the offer "unfriendly" and "the same old trick".\n',
    ["Never", "no intention", "unfriendly", "the same old trick"],
    ["the", "and", "it", "of"],
)
quotes(
    'Asked about the vote, the senator said: "We will see." Pressed again, he added: "It is not over, and it will not be over until the last ballot is counted."\n\nA colleague said simply: "No."\n',
    [
        "We will see.",
        "No.",
        "It is not over",
        "it will not be over until the last ballot is counted",
    ],
    ["We", "is", "a", "to"],
)
quotes(
    'Residents of the village said the shelling had "destroyed everything". One farmer, 64, said: "We have nothing left, not even the goats."\n\nThe regional governor described the damage as "catastrophic".\n',
    ["destroyed everything", "catastrophic", "We have nothing left, not even the goats."],
    ["the", "...", "as"],
)

quotes(
    "Chile's central bank held its benchmark rate at 5 percent on Tuesday, saying inflation was still above target.\n\nThe board will meet again in July.\n",
    [],
    [
        "Chile's central bank held its benchmark rate at 5 percent on Tuesday",
        "The board will meet again in July.",
    ],
)
quotes(
    "BRIEFING TRANSCRIPT\n\nQ: Will the talks resume next week?\nSPOKESPERSON: We expect both delegations back in Geneva on Monday.\n\nThe spokesperson gave no further details about the agenda.\n",
    ["We expect both delegations back in Geneva on Monday."],
    ["The spokesperson gave no further details about the agenda."],
)
quotes(
    "The ministry's statement reads:\n\nWe will not accept any settlement that rewards aggression.\n\nDiplomats in Brussels said the wording was firmer than expected.\n",
    ["We will not accept any settlement that rewards aggression."],
    ["Diplomats in Brussels said the wording was firmer than expected."],
)
quotes(
    "The prime minister called the vote \u2018a turning point for the country\u2019 and said talks with unions would follow.\n\nCHANCELLOR\nWe have balanced the books for the first time in a decade.\n\nUnions have called a strike for next Thursday over the pay offer.\n",
    [
        "a turning point for the country",
        "We have balanced the books for the first time in a decade.",
    ],
    ["Unions have called a strike for next Thursday over the pay offer."],
)
quotes(
    "Le ministre a parl\u00e9 d'un \u00ab accord historique \u00bb apr\u00e8s la r\u00e9union.\n\nThe Moldovan parliament ratified the energy deal by 61 votes on Friday evening.\n",
    ["accord historique"],
    ["The Moldovan parliament ratified the energy deal by 61 votes"],
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
