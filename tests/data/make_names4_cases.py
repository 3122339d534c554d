# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the fourth names set (``grounding_names4.jsonl``): value-support cases for the
speaker, name and sponsor causes check 21 found, by category, each with what must pass and
what must fail:

- ``names-header-lines``: a line announcing someone's statements ("Highlights from Minister
  X's statements;", "Excerpts from the speech by X:", "X's remarks, in full:") owns the
  quotation after it, over all its paragraphs, up to the next attribution; never a header
  naming someone else, a quote with its own attribution, a quote after the story goes on, a
  clause about someone's remarks ("Kuleba replied to X's remarks:");
- ``names-compound-surnames``: a person's first name must agree with the first name the
  article gives the whole surname: dashed ("Abdel-Salam"), with a particle ("Bin Mubarak",
  "von der Leyen", "de la Cruz", "al-Assad") or of two words ("Lopez Obrador");
- ``names-possessive-acts``: a person's possessive before a named law that the measure
  repeals, amends, ends or challenges ("a bill to repeal Trump's Tariff Act") names the law's
  owner, not the measure's sponsor; "Graham's Russia Sanctions Act" as the measure itself
  still sponsors.

Run ``python tests/data/make_names4_cases.py`` to rebuild it. Every article below was written
for this set (fictional outlets and people, or public figures in invented sentences); each
verdict is what a careful fact-checker reads in the text, decided when the case was written,
never by running the code.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_names4.jsonl")

built = SupportCases("nm4")
sponsors = built.sponsors
quote = built.quote
Q1, Q2 = "\u201c", "\u201d"


def people(category: str, text: str, passes: list[str], fails: list[str]) -> None:
    """Each name in ``passes`` is a person the article names, each in ``fails`` is not."""
    built.each(
        category, text, passes, fails, "people[0].name",
        lambda name: {"people": [{"name": name, "role": None, "affiliation": None}]}, "person",
    )  # fmt: skip


# --- 1. header lines over quotations --------------------------------------------------------

C = "names-header-lines"
LONG = (
    "Breaking news! Foreign Minister Mevlut Cavusoglu spoke after the meeting with Sergei Lavrov and Dmytro Kuleba in Antalya.\n\n"
    "Highlights from Minister Cavusoglu\u2019s statements;\n\n"
    f"{Q1}We are working to stop the bloodshed. We want the parties to meet again.\n\n"
    "Both sides wanted the meeting to be held in Turkey.\n\n"
    "CORRIDORS MUST STAY OPEN\n\n"
    f"Humanitarian corridors should be kept open. The leaders will take the final decision.{Q2}\n"
)
quote(
    C,
    LONG,
    "We are working to stop the bloodshed.",
    ["Mevlut Cavusoglu"],
    ["Sergei Lavrov", "Dmytro Kuleba"],
)
quote(
    C,
    LONG,
    "Both sides wanted the meeting to be held in Turkey.",
    ["Mevlut Cavusoglu"],
    ["Dmytro Kuleba"],
)
quote(C, LONG, "The leaders will take the final decision.", ["Mevlut Cavusoglu"], ["Sergei Lavrov"])
quote(
    C,
    f"Harbour plan\n\nExcerpts from the speech by Mayor Rosa Imbert:\n\n{Q1}The harbour will be rebuilt by 2030. Every family will get a say.{Q2}\n",
    "The harbour will be rebuilt by 2030.",
    ["Rosa Imbert"],
    [],
)
quote(
    C,
    f"LAGOS (Coast Wire) - Governor Ada Obi met union leaders on Monday, with Labour Minister Femi Kalu at her side.\n\nThe full text of Governor Obi's address\n\n{Q1}We will pay the arrears this month.{Q2}\n",
    "We will pay the arrears this month.",
    ["Ada Obi"],
    ["Femi Kalu"],
)
quote(
    C,
    f"Budget day\n\nPrime Minister Tomas Lind presented the budget. Key quotes from Lind's press conference: {Q1}We will not raise income tax.{Q2}\n",
    "We will not raise income tax.",
    ["Tomas Lind"],
    [],
)
quote(
    C,
    f"Vote delayed\n\nSenator Rhea Kell spoke on the floor after the vote was delayed.\n\nSenator Kell's remarks, in full:\n\n{Q1}This chamber owes the farmers an answer.\n\n{Q1}We will be back on Monday.{Q2}\n",
    "We will be back on Monday.",
    ["Rhea Kell"],
    [],
)
HIGHLIGHTS = (
    "Berlin interview\n\nChancellor Ines Vogt gave an interview to Radio Nord; her rival Jonas Brand spoke later.\n\n"
    "Highlights from Chancellor Ines Vogt's interview:\n\n"
    f"{Q1}Energy prices will fall next year.{Q2}\n\n{Q1}Our coalition is stable.{Q2}\n\n{Q1}I will stand again.{Q2}\n"
)
quote(C, HIGHLIGHTS, "I will stand again.", ["Ines Vogt"], ["Jonas Brand"])
quote(C, HIGHLIGHTS, "Our coalition is stable.", ["Ines Vogt"], ["Jonas Brand"])
quote(
    C,
    f"Accra talks\n\nGhana's Foreign Minister Ama Boateng hosted her Togolese counterpart Koffi Amegah.\n\nExcerpts from Foreign Minister Ama Boateng's statement -\n\n{Q1}The border will reopen on Friday.{Q2}\n",
    "The border will reopen on Friday.",
    ["Ama Boateng"],
    ["Koffi Amegah"],
)
quote(
    C,
    f"Summit wrap\n\nPresident Lucia Maren closed the summit in Quito on Sunday.\n\nThe President's closing remarks:\n\n{Q1}We leave with a plan, not a promise.{Q2}\n",
    "We leave with a plan, not a promise.",
    ["Lucia Maren"],
    [],
)
# must fail: a header naming someone else, a quote's own attribution, the story going on
quote(
    C,
    f"Antalya\n\nForeign Minister Mevlut Cavusoglu hosted the talks.\n\nHighlights from Minister Lavrov's statements;\n\n{Q1}The West is to blame.{Q2}\n",
    "The West is to blame.",
    ["Lavrov"],
    ["Mevlut Cavusoglu"],
)
quote(
    C,
    f"Antalya\n\nHighlights from Minister Cavusoglu's statements:\n\n{Q1}We want the fighting to stop,{Q2} Kuleba said after the meeting.\n",
    "We want the fighting to stop,",
    ["Kuleba"],
    ["Cavusoglu"],
)
quote(
    C,
    f"Antalya\n\nHighlights from Minister Cavusoglu's statements:\n\n{Q1}Turkey will keep mediating.{Q2}\n\nMeanwhile, Dmytro Kuleba flew back to Kyiv on Friday.\n\n{Q1}We are ready to meet again.{Q2}\n",
    "We are ready to meet again.",
    [],
    ["Cavusoglu", "Mevlut Cavusoglu"],
)
quote(
    C,
    f"Antalya\n\nDmytro Kuleba replied to Minister Cavusoglu's remarks:\n\n{Q1}We will not give up our land.{Q2}\n",
    "We will not give up our land.",
    ["Dmytro Kuleba"],
    ["Cavusoglu"],
)
quote(
    C,
    f"Two ministers\n\nHighlights from Minister Cavusoglu's statements:\n\n{Q1}Turkey will keep mediating.{Q2}\n\nHighlights from Minister Kuleba's statements:\n\n{Q1}We need guarantees.{Q2}\n",
    "We need guarantees.",
    ["Kuleba"],
    ["Cavusoglu"],
)
quote(
    C,
    f"Two ministers\n\nHighlights from Minister Cavusoglu's statements:\n\n{Q1}Turkey will keep mediating.{Q2}\n\nHighlights from Minister Kuleba's statements:\n\n{Q1}We need guarantees.{Q2}\n",
    "Turkey will keep mediating.",
    ["Cavusoglu"],
    ["Kuleba"],
)
quote(
    C,
    f"Kyiv reply\n\nExcerpts from Dmytro Kuleba's reply to Mevlut Cavusoglu's statements:\n\n{Q1}Talks need a ceasefire first.{Q2}\n",
    "Talks need a ceasefire first.",
    ["Dmytro Kuleba"],
    ["Mevlut Cavusoglu"],
)
quote(
    C,
    f"Antalya\n\nHighlights from Minister Cavusoglu's statements:\n\n{Q1}Turkey will keep mediating.\n\nThe talks ended after two hours and Lavrov flew to Moscow.\n\nLavrov later met Belarusian officials.\n",
    "The talks ended after two hours and Lavrov flew to Moscow.",
    [],
    ["Cavusoglu"],
)
quote(
    C,
    f"Port strike\n\nUnion leader Sam Okoro and Mayor Rosa Imbert met on Monday.\n\nExcerpts from the speech by Mayor Rosa Imbert:\n\n{Q1}The port stays open,{Q2} Okoro said in reply.\n",
    "The port stays open,",
    ["Sam Okoro"],
    ["Rosa Imbert"],
)

MET = "Antalya talks\n\nForeign Minister Mevlut Cavusoglu met Sergei Lavrov in Antalya on Thursday.\n\n"
for header in (
    "Here are the highlights of Cavusoglu's remarks:",
    "Below are excerpts from Cavusoglu's speech:",
    "Read Minister Cavusoglu's full statement below:",
    "Statement by the Foreign Minister, Mevlut Cavusoglu:",
    "Transcript of Cavusoglu's news conference:",
    "Watch: Cavusoglu's speech in Antalya",
):
    quote(
        C,
        MET + header + f"\n\n{Q1}We are working to stop the bloodshed.{Q2}\n",
        "We are working to stop the bloodshed.",
        ["Mevlut Cavusoglu"],
        ["Sergei Lavrov"],
    )
quote(
    C,
    MET
    + "The minister's words:\n"
    + '"We will host the next round.\n\n"Both sides asked for it."\n',
    "Both sides asked for it.",
    ["Mevlut Cavusoglu"],
    ["Sergei Lavrov"],
)
for header in (
    "Highlights from the statements of Minister Lavrov:",
    "Lavrov on Cavusoglu's remarks:",
):
    quote(
        C,
        MET + header + f"\n\n{Q1}We are working to stop the bloodshed.{Q2}\n",
        "We are working to stop the bloodshed.",
        ["Sergei Lavrov"],
        ["Mevlut Cavusoglu"],
    )
quote(
    C,
    MET
    + f"Highlights from Cavusoglu's statements:\n\n{Q1}Both sides came in good faith,{Q2} Lavrov said.\n\n{Q1}We are working to stop the bloodshed.{Q2}\n",
    "We are working to stop the bloodshed.",
    ["Sergei Lavrov"],
    ["Mevlut Cavusoglu"],
)

BULLETS = (
    MET
    + "HIGHLIGHTS FROM MINISTER CAVUSOGLU'S STATEMENTS:\n\n"
    + f"- {Q1}We want a ceasefire now.{Q2}\n\n- {Q1}Corridors must stay open.{Q2}\n"
)
quote(C, BULLETS, "Corridors must stay open.", ["Mevlut Cavusoglu"], ["Sergei Lavrov"])
quote(C, BULLETS, "We want a ceasefire now.", ["Mevlut Cavusoglu"], ["Sergei Lavrov"])

quote(
    C,
    MET
    + f"Highlights from Minister Cavusoglu's statements:\n\n{Q1}We want a ceasefire now,{Q2} he said.\n",
    "We want a ceasefire now,",
    ["Mevlut Cavusoglu"],
    ["Sergei Lavrov"],
)
quote(
    C,
    MET
    + f"Highlights from Minister Lavrov's statements:\n\n{Q1}We want a ceasefire now,{Q2} he said.\n",
    "We want a ceasefire now,",
    ["Sergei Lavrov"],
    ["Mevlut Cavusoglu"],
)

# --- 2. compound surnames -------------------------------------------------------------------

C = "names-compound-surnames"
YEMEN = (
    "Yemen truce\n\n"
    f"{Q1}We announce the release of the first two fuel ships,{Q2} Foreign Minister Ahmed Bin Mubarak said on Twitter.\n\n"
    "On Friday, in a Twitter post, Mohammed Abdel-Salam, the spokesman of the Houthis, welcomed the truce.\n"
)
people(
    C,
    YEMEN,
    ["Ahmed Bin Mubarak", "Mohammed Abdel-Salam", "Ahmed bin Mubarak"],
    ["Ahmed Abdel-Salam", "Khalid Abdel-Salam", "Mohammed Bin Mubarak", "Ali Bin Mubarak"],
)
people(
    C,
    "Brussels\n\nCommission President Ursula von der Leyen met Prime Minister Dick Schoof.\n",
    ["Ursula von der Leyen"],
    ["Anna von der Leyen", "Dick von der Leyen"],
)
people(
    C,
    "Manila (Bay Post) - Senator Juan de la Cruz filed the motion with Senator Rosa Lim.\n",
    ["Juan de la Cruz"],
    ["Pedro de la Cruz", "Rosa de la Cruz"],
)
people(
    C,
    "Mexico City\n\nPresident Andres Manuel Lopez Obrador met Marcelo Ebrard on Monday.\n",
    ["Andres Manuel Lopez Obrador", "Andres Lopez Obrador"],
    ["Carlos Lopez Obrador", "Marcelo Lopez Obrador"],
)
people(
    C,
    "DAMASCUS - Bashar al-Assad received Foreign Minister Faisal al-Mekdad on Sunday.\n",
    ["Bashar al-Assad", "Faisal al-Mekdad"],
    ["Faisal al-Assad", "Bashar al-Mekdad"],
)
people(
    C,
    "Housing vote\n\nCouncillor Clara Moss-Hartley and Councillor Tom Ridge backed the plan.\n",
    ["Clara Moss-Hartley"],
    ["Tom Moss-Hartley"],
)
people(
    C,
    "Riyadh\n\nCrown Prince Mohammed bin Salman hosted Adel al-Jubeir and Ayman Safadi.\n",
    ["Mohammed bin Salman"],
    ["Adel bin Salman", "Ayman bin Salman"],
)
people(
    C,
    "Paris\n\nFormer minister Jean-Yves Le Drian met Anne Hidalgo on Tuesday.\n",
    ["Jean-Yves Le Drian"],
    ["Anne Le Drian"],
)
people(
    C,
    "Madrid\n\nMinister Lucia Gomez Ortega met her deputy, Elena Ruiz, in Madrid.\n",
    ["Lucia Gomez Ortega"],
    ["Elena Gomez Ortega"],
)
people(
    C,
    "Doha\n\nEmir Sheikh Tamim bin Hamad Al Thani met Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani.\n",
    ["Tamim bin Hamad Al Thani", "Tamim Al Thani", "Mohammed Al Thani"],
    ["Khalid Al Thani", "Ahmed bin Hamad Al Thani"],
)
quote(
    C,
    f"Sanaa (Gulf Desk) - Mohammed Abdel-Salam spoke to reporters in Muscat.\n\n{Q1}The truce must cover the airport,{Q2} Abdel-Salam said.\n",
    "The truce must cover the airport,",
    ["Mohammed Abdel-Salam"],
    ["Ahmed Abdel-Salam"],
)
COUSINS = "Port bill\n\nRep. Mohammed Abdel-Salam introduced the bill on Monday.\n\nHis cousin Ahmed Abdel-Salam, a lawyer, opposed it.\n"
sponsors(
    C,
    COUSINS,
    "Rep. Mohammed Abdel-Salam introduced the bill on Monday.",
    ["Mohammed Abdel-Salam"],
    ["Ahmed Abdel-Salam"],
)

quote(
    C,
    f"Brussels (EU Wire) - Ursula von der Leyen arrived for the summit on Thursday.\n\n{Q1}Europe stands united,{Q2} von der Leyen said.\n",
    "Europe stands united,",
    ["Ursula von der Leyen", "von der Leyen"],
    ["Anna von der Leyen"],
)
quote(
    C,
    f"Mexico City\n\nAndres Manuel Lopez Obrador held his morning briefing.\n\n{Q1}We want fair trade,{Q2} Lopez Obrador told reporters.\n",
    "We want fair trade,",
    ["Andres Manuel Lopez Obrador"],
    ["Carlos Lopez Obrador"],
)
quote(
    C,
    f"Manila\n\n{Q1}The motion stands,{Q2} said Senator Juan de la Cruz, who filed it with Rosa Lim.\n",
    "The motion stands,",
    ["Juan de la Cruz"],
    ["Rosa de la Cruz", "Pedro de la Cruz"],
)

# --- 3. possessive acts ---------------------------------------------------------------------

C = "names-possessive-acts"
S = "Ruiz introduced a bill to repeal Trump's Tariff Act."
sponsors(C, "Tariffs\n\nRep. Ana Ruiz spoke.\n\n" + S + "\n", S, ["Ana Ruiz"], ["Donald Trump"])
S = "Sen. Ana Ruiz on Tuesday filed legislation that would scrap key parts of President Donald Trump's Reciprocal Tariff Act."
sponsors(C, "Trade\n\n" + S + "\n", S, ["Ana Ruiz"], ["Donald Trump"])
S = "Ruiz's amendment to Senator Kell's Clean Ports Act was filed on Monday."
sponsors(C, "Ports\n\n" + S + "\n", S, ["Ana Ruiz"], ["Rhea Kell"])
S = "The measure, which amends Senator Kell's Clean Ports Act, was introduced by Rep. Ana Ruiz."
sponsors(C, "Ports\n\n" + S + "\n", S, ["Ana Ruiz"], ["Rhea Kell"])
S = "Democrats led by Rep. Omar Haddad introduced a resolution challenging Trump's Liberation Day Act."
sponsors(C, "Tariffs\n\n" + S + "\n", S, ["Omar Haddad"], ["Donald Trump"])
S = "A bipartisan bill sponsored by Sen. Lia Moss would end Graham's Russia Sanctions Act next year."
sponsors(C, "Sanctions\n\n" + S + "\n", S, ["Lia Moss"], ["Lindsey Graham"])
S = "Sen. Piet Kramer introduced the repeal of former President Biden's Inflation Reduction Act."
sponsors(C, "Repeal push\n\n" + S + "\n", S, ["Piet Kramer"], ["Joe Biden"])
S = "The bill, sponsored by Rep. Uma Reyes, would reauthorize Senator Cal Ortiz's Farm Credit Act."
sponsors(C, "Farm bill\n\n" + S + "\n", S, ["Uma Reyes"], ["Cal Ortiz"])
S = "Rep. Jon Vance drafted a measure to overturn Governor Bea Lund's Water Rights Act."
sponsors(C, "Water\n\n" + S + "\n", S, ["Jon Vance"], ["Bea Lund"])
S = "Sen. Noor Aziz unveiled a replacement for Sen. Moe Hart's Border Security Act."
sponsors(C, "Border\n\n" + S + "\n", S, ["Noor Aziz"], ["Moe Hart"])
S = "On Thursday Rep. Gil Haas proposed a bill rolling back Speaker Kurt Bell's Energy Act."
sponsors(C, "Energy\n\n" + S + "\n", S, ["Gil Haas"], ["Kurt Bell"])
S = "Rep. Ana Ruiz filed a challenge to Senator Kell's Clean Ports Act on Friday."
sponsors(C, "Ports\n\n" + S + "\n", S, ["Ana Ruiz"], ["Rhea Kell"])
S = "The resolution, co-sponsored by Sen. Lia Moss, seeks to strike down Governor Bea Lund's Water Rights Act."
sponsors(C, "Water\n\n" + S + "\n", S, ["Lia Moss"], ["Bea Lund"])
S = "Sen. Cal Ortiz introduced legislation expanding the late Senator Gil Haas's Rural Broadband Act."
sponsors(C, "Broadband\n\n" + S + "\n", S, ["Cal Ortiz"], ["Gil Haas"])
S = "Ruiz's bill targets President Trump's 2025 Tariff Act."
sponsors(
    C, "Tariffs\n\nRep. Ana Ruiz spoke on Monday.\n\n" + S + "\n", S, ["Ana Ruiz"], ["Donald Trump"]
)
S = "Rep. Ana Ruiz's measure would block Senator Kell's Clean Ports Act from taking effect."
sponsors(C, "Ports\n\n" + S + "\n", S, ["Ana Ruiz"], ["Rhea Kell"])
# the measure is the possessive's own law
S = "Graham's Russia Sanctions Act cleared the Foreign Relations Committee on Tuesday."
sponsors(
    C,
    "Sanctions\n\nSen. Lindsey Graham welcomed the vote.\n\n" + S + "\n",
    S,
    ["Lindsey Graham"],
    ["Marco Rubio"],
)
S = "The Senate passed Senator Kell's Clean Ports Act by 60 votes to 38."
sponsors(C, "Ports\n\n" + S + "\n", S, ["Rhea Kell"], [])
S = "Senators voted to end debate on Graham's sanctions bill."
sponsors(C, "Sanctions\n\n" + S + "\n", S, ["Lindsey Graham"], [])
S = "Graham's bill to repeal the Jackson-Vanik amendment was introduced on Monday."
sponsors(C, "Trade\n\n" + S + "\n", S, ["Lindsey Graham"], [])
S = "The Senate is expected to vote on Graham's Russia Sanctions Act next week."
sponsors(C, "Sanctions\n\n" + S + "\n", S, ["Lindsey Graham"], [])
S = "The House on Friday passed Rep. Ana Ruiz's bill to end the embargo."
sponsors(C, "Embargo\n\n" + S + "\n", S, ["Ana Ruiz"], [])
S = "Ruiz's bill would repeal the 1930 Tariff Act."
sponsors(C, "Tariffs\n\n" + S + "\n", S, ["Ana Ruiz"], [])
S = "Kell's amendment, which would extend the farm subsidies, passed the committee."
sponsors(C, "Farm\n\n" + S + "\n", S, ["Rhea Kell"], [])


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
