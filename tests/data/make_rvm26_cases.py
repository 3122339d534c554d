# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the review-rvM set (``grounding_rvm26.jsonl``): session 26's review of branch s26-mast26
(masthead segments and credit labels, :mod:`summarizer.verification.bylines.masthead_segments`;
event kinds told by their wording, :mod:`summarizer.verification.status.kind_wordings`), written to
break both readings. By category:

- ``rvm26-bylines``: must pass, a writer credited by a label, a newsroom or a foot line in other
  outlets' styles; must fail, the tempting wrong names these shapes sit beside: the subject
  a label names ("Interview: <subject>", "The story of <subject>"), an editor of the story
  ("Story editor:", "Text editing:"), a body that compiled a report the foot line cites, a
  desk on a line of its own under a named writer.
- ``rvm26-outlets``: must pass, the outlet segment beside a dateline, a newsroom or a credit;
  must fail, an agency a foot line thanks for reporting ("Additional reporting by the Tokyo
  bureau of <Agency>"), the place after a newsroom, the dateline's place.
- ``rvm26-kinds``: must pass, an attack, strike, casualties, displacement, aid resumed or vote
  told by its shape in other words; must fail, the same shapes for other events: a party
  capturing a chamber in an election, a customs seizure, sanctions that "targeted" banks, a
  minister who "came under fire", a union that "lost members", "mass flight cancellations",
  "an exodus of advertisers", a president's veto of a bill, aid turned back at a border.

Run ``python tests/data/make_rvm26_cases.py`` to rebuild it. The facts are real events told in
sentences written for this set (outlets and reporters invented); each verdict is what a
careful fact-checker reads in the text.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases, masthead

OUT = Path(__file__).with_name("grounding_rvm26.jsonl")
built = SupportCases(
    "rvm26",
    leads=["By Oona Lindqvist", "NAIROBI (Rift Wire) -", "Desk report | 9 May 2024"],
    lead_end="\n\n",
)
BYLINES, OUTLETS, KINDS = "rvm26-bylines", "rvm26-outlets", "rvm26-kinds"

QUAKE = (
    "A magnitude 6.8 earthquake struck the High Atlas mountains south-west of Marrakech late on Friday, flattening villages of mud-brick houses.\n\n"
    "More than 2,900 people were killed, the interior ministry said. King Mohammed VI declared three days of national mourning, and the army sent helicopters to reach cut-off valleys.\n\n"
    "Hamid Ait Bouyali, a villager in Moulay Brahim, told Al Arabiya that his neighbours had dug through rubble with their hands.\n"
)
VALENCIA = (
    "Flash floods swept through towns south of Valencia after a year's rain fell in eight hours, carrying cars through the streets of Paiporta.\n\n"
    "At least 200 people died, regional officials said. Prime Minister Pedro Sánchez promised help, while the regional leader, Carlos Mazón, faced anger over a late phone alert.\n\n"
    "Volunteers with shovels crowded the roads into the worst-hit suburbs, El País reported.\n"
)
TAIWAN = (
    "Lai Ching-te of the Democratic Progressive Party won Taiwan's presidential election on Saturday, a third straight term for his party.\n\n"
    "His rival Hou Yu-ih of the Kuomintang conceded, and the party's chairman, Eric Chu, apologised to supporters. Beijing said the result did not change that Taiwan was part of China, Xinhua reported.\n\n"
    "Lai takes office on May 20.\n"
)


byline = partial(built.article_field, BYLINES, "byline")
outlet = partial(built.article_field, OUTLETS, "outlet")


def event(expect: bool, kind: str, description: str, sentence: str) -> None:
    """An event of ``kind`` told as ``description``, backed by ``sentence`` alone."""
    why = f"{kind}: {description} ({'supported' if expect else 'refused'})"
    built.event_kind(KINDS, expect, kind, [sentence], why, description)


# rvm26-bylines
byline(masthead("Morocco digs for survivors", "Interview: Hamid Ait Bouyali | Questions: Leila Bennani", QUAKE),
       ["Leila Bennani"], ["Hamid Ait Bouyali"])  # fmt: skip
byline(masthead("Valencia's mayors speak", "Interview of Carlos Mazón \u2014 by Inés Robles", VALENCIA),
       ["Inés Robles"], ["Carlos Mazón"])  # fmt: skip
byline(masthead("After the flood", "Series: The story of Ana Ferrer | Text: Marta Gil", VALENCIA),
       ["Marta Gil"], ["Ana Ferrer"])  # fmt: skip
byline(masthead("Taiwan votes", "Reporting: Chen Wei-lin / Story editor: Paul Hartley", TAIWAN),
       ["Chen Wei-lin"], ["Paul Hartley"])  # fmt: skip
byline(masthead("Taiwan votes", "Words: Chen Wei-lin | Text editing: Maya Stern", TAIWAN),
       ["Chen Wei-lin"], ["Maya Stern"])  # fmt: skip
byline("Morocco counts its dead\n\n" + QUAKE + "\nAmnesty International compiled the report this article draws on.\n",
       [], ["Amnesty International"])  # fmt: skip
byline("Morocco counts its dead\n\n" + QUAKE + "\nYoussef Alami filed this report from Amizmiz.\n",
       ["Youssef Alami"], ["Amizmiz", "Hamid Ait Bouyali"])  # fmt: skip
byline(masthead("Taiwan votes", "By Joanna Hsu\nTaipei Bureau | 14 January 2024", TAIWAN),
       ["Joanna Hsu"], ["Taipei Bureau", "Eric Chu"])  # fmt: skip
byline(masthead("Spain mourns", "Words and photos: Lucía Navarro \u2014 Paiporta", VALENCIA),
       ["Lucía Navarro"], ["Paiporta", "Pedro Sánchez"])  # fmt: skip
byline(masthead("Spain mourns", "Reporter: Pablo de la Fuente | Valencia", VALENCIA),
       ["Pablo de la Fuente"], ["Valencia"])  # fmt: skip
byline(masthead("Marrakech after the quake", "Reportage: Karim Haddad / Photography: Sara Lind", QUAKE),
       ["Karim Haddad"], ["Sara Lind"])  # fmt: skip
byline(masthead("Lai wins", "Author: Dr. Helen Tsai \u00b7 Translator: Ken Mori", TAIWAN),
       ["Dr. Helen Tsai"], ["Ken Mori", "Hou Yu-ih"])  # fmt: skip
byline(masthead("Floods in Spain", "The Madrid Bureau", VALENCIA),
       ["The Madrid Bureau"], ["Madrid", "Carlos Mazón"])  # fmt: skip
byline(masthead("Taiwan's new leader", "From our China Correspondent, Hong Kong", TAIWAN),
       ["our China Correspondent"], ["Hong Kong", "Lai Ching-te"])  # fmt: skip
byline("Inside the rescue\n\n" + QUAKE + "\nRita Okonkwo and Samir Idrissi wrote this article for the weekend edition.\n",
       ["Rita Okonkwo and Samir Idrissi", "Samir Idrissi"], ["King Mohammed"])  # fmt: skip
byline(masthead("The quake's survivors", "Profile: Hamid Ait Bouyali | Writer: Nadia Ferhat", QUAKE),
       ["Nadia Ferhat"], ["Hamid Ait Bouyali"])  # fmt: skip
byline(masthead("Valencia's anger", "Interviewed: Carlos Mazón; Interviewer: Jordi Puig", VALENCIA),
       ["Jordi Puig"], ["Carlos Mazón"])  # fmt: skip
byline(masthead("Taiwan votes", "Reporting and editing: Maya Stern | Taipei", TAIWAN),
       ["Maya Stern"], ["Taipei"])  # fmt: skip
byline(masthead("Valencia's anger", "Interview: Carlos Mazón\nBy Inés Robles", VALENCIA),
       ["Inés Robles"], ["Carlos Mazón"])  # fmt: skip

# rvm26-outlets
outlet("Morocco counts its dead\nAtlas Courier | 10 September 2023\n\n" + QUAKE + "\nAdditional reporting by the Rabat bureau of Reuters.\n",
       ["Atlas Courier"], ["Reuters", "Al Arabiya"])  # fmt: skip
outlet("Spain mourns\nIberian Dispatch \u2014 2 November 2024\n\n" + VALENCIA + "\nThis article draws on reporting from the Madrid bureau of Agence France-Presse.\n",
       ["Iberian Dispatch"], ["Agence France-Presse", "El País"])  # fmt: skip
outlet(masthead("Taiwan votes", "Compiled by the Asia team, Hong Kong", TAIWAN),
       [], ["Xinhua"])  # fmt: skip
outlet(masthead("Spain mourns", "Valencia, 31 October 2024 - Redacción / Levante Semanal", VALENCIA),
       ["Levante Semanal"], ["Valencia", "Redacción"])  # fmt: skip
outlet(masthead("Taiwan votes", "Taipei, 14 January 2024 \u2014 Newsroom / Formosa Evening Ledger (international edition)", TAIWAN),
       ["Formosa Evening Ledger"], ["Taipei", "Xinhua"])  # fmt: skip
outlet(masthead("Atlas quake", "Marrakech, 9 September 2023 \u2014 Staff / Marrakech Observer", QUAKE),
       ["Marrakech Observer"], ["Marrakech", "Al Arabiya"])  # fmt: skip
outlet(masthead("Spain mourns", "Filed by the Valencia desk of the Southern Mercury, 1 November 2024", VALENCIA),
       ["Southern Mercury"], ["El País", "Valencia desk"])  # fmt: skip
outlet(masthead("Lai wins", "Reporting team: Chen Wei-lin, Joanna Hsu | Strait Herald | 14 January 2024", TAIWAN),
       ["Strait Herald"], ["Chen Wei-lin", "Xinhua"])  # fmt: skip
outlet(masthead("Lai wins", "From the Taipei bureau of the Pacific Standard Review", TAIWAN),
       ["Pacific Standard Review"], ["Taipei bureau", "Xinhua"])  # fmt: skip
outlet(masthead("Morocco digs", "Words: Leila Bennani / Pictures: Sara Lind\nMaghreb Weekly | 11 September 2023", QUAKE),
       ["Maghreb Weekly"], ["Sara Lind", "Leila Bennani"])  # fmt: skip
outlet("Spain mourns\nIberian Dispatch \u2014 2 November 2024\n\n" + VALENCIA + "\nWith reporting from the Valencia desk of El País.\n",
       ["Iberian Dispatch"], ["El País"])  # fmt: skip
outlet("Spain mourns\nIberian Dispatch | 1 November 2024\n\n" + VALENCIA + "\nAdditional reporting from the Valencia bureau of the Associated Press.\n",
       ["Iberian Dispatch"], ["Associated Press"])  # fmt: skip

# rvm26-kinds: must pass
for kind, description, sentence in [
    (
        "attack",
        "Ukrainian forces retook Kherson",
        "Ukrainian forces retook Kherson in November after Russia pulled back across the Dnipro.",
    ),
    (
        "attack",
        "Russian capture of Avdiivka",
        "Avdiivka was captured by Russian troops in February after months of assaults.",
    ),
    (
        "attack",
        "RSF seized the town of Wad Madani",
        "The Rapid Support Forces seized the central town of Wad Madani in December.",
    ),
    (
        "attack",
        "rebels captured two villages near Goma",
        "Rebels captured two villages near Goma on Tuesday, local officials said.",
    ),
    (
        "attack",
        "gunmen stormed a school in Kuriga",
        "Gunmen stormed into a school in Kuriga and abducted pupils, the state governor said.",
    ),
    (
        "attack",
        "Houthis seized the Galaxy Leader",
        "The Galaxy Leader was seized by Houthi fighters who landed on its deck from a helicopter.",
    ),
    (
        "attack",
        "Hamas fighters overran Kibbutz Be'eri",
        "Hamas fighters overran Kibbutz Be'eri in the early morning, killing scores of residents.",
    ),
    (
        "strike",
        "missile fire on Kharkiv",
        "Kharkiv came under sustained missile fire overnight, the mayor wrote on Telegram.",
    ),
    (
        "casualties",
        "Kibbutz Nir Oz lost residents",
        "Kibbutz Nir Oz lost a quarter of its residents, killed or taken hostage.",
    ),
    (
        "displacement",
        "exodus from Nagorno-Karabakh",
        "The exodus from Nagorno-Karabakh emptied the region of almost all its ethnic Armenians within a week.",
    ),
    (
        "aid_resumption",
        "aid reached northern Gaza",
        "A convoy of aid trucks reached northern Gaza on Sunday, the first in three weeks, the UN said.",
    ),
    (
        "strike",
        "fire on a convoy near Pokrovsk",
        "The convoy came under heavy fire from Russian positions on the road to Pokrovsk.",
    ),
    (
        "attack",
        "Revolutionary Guards seized the tanker Advantage Sweet",
        "Iran's Revolutionary Guards seized the tanker Advantage Sweet in the Gulf of Oman.",
    ),
    (
        "casualties",
        "ferry crew killed in missile strike",
        "The ferry lost four crew members when the missile struck, the operator said.",
    ),
    (
        "attack",
        "Islamic State seized Palmyra",
        "The court heard that Islamic State militants seized Palmyra in May 2015.",
    ),
    (
        "attack",
        "Russian air campaign against power stations",
        "Russia's air campaign targeted power stations across Ukraine through the winter.",
    ),
    (
        "strike",
        "artillery fire on Belgorod",
        "Belgorod came under artillery fire in response to the raid, the governor said.",
    ),
    (
        "vote",
        "Russia vetoed the Mali sanctions resolution",
        "Russia vetoed a resolution that would have renewed the Mali sanctions regime.",
    ),
]:
    event(True, kind, description, sentence)

# rvm26-kinds: must fail
for kind, description, sentence in [
    (
        "attack",
        "Democrats captured the Senate",
        "Democrats captured the Senate in the midterms by flipping two seats.",
    ),
    (
        "attack",
        "customs seized a tanker smuggling fuel",
        "Customs officers seized the tanker off the coast for smuggling fuel, the ministry said.",
    ),
    (
        "attack",
        "EU targeted Russian banks with sanctions",
        "The EU targeted Russian banks with a new round of sanctions on Friday.",
    ),
    (
        "attack",
        "reporters besieged the minister",
        "Reporters besieged the minister outside parliament with questions about the leak.",
    ),
    (
        "attack",
        "deminers removed landmines near Izium",
        "Deminers removed 300 landmines from farmland near Izium last month.",
    ),
    (
        "attack",
        "police defused explosives near the stadium",
        "Police defused explosives found in a parked car near the stadium before the match.",
    ),
    (
        "attack",
        "police executed a warrant at party headquarters",
        "Police executed a search warrant at the party headquarters on Tuesday.",
    ),
    (
        "attack",
        "traders made a killing on the bond market",
        "Traders made a killing on the bond market as yields fell.",
    ),
    (
        "attack",
        "Arsenal took Manchester City apart",
        "Arsenal took Manchester City apart at the Emirates on Sunday.",
    ),
    (
        "strike",
        "minister criticised over remarks",
        "The minister came under fire for his remarks about the flood victims.",
    ),
    (
        "strike",
        "opposition attacked the budget",
        "The budget drew heavy fire from the opposition on Wednesday.",
    ),
    (
        "casualties",
        "union lost members",
        "The union lost 2,000 members last year as the factories closed.",
    ),
    (
        "casualties",
        "fishing boat missing",
        "Controllers lost contact with the boat's crew on Friday night.",
    ),
    (
        "displacement",
        "advertisers left the platform",
        "An exodus of advertisers from the platform cut its revenue by half.",
    ),
    (
        "displacement",
        "storm cancellations at Heathrow",
        "The storm caused mass flight cancellations at Heathrow on Monday.",
    ),
    (
        "displacement",
        "capital left the country",
        "The flight of 20 billion dollars in capital weakened the currency.",
    ),
    (
        "vote",
        "Governor vetoed the budget bill",
        "Governor Hochul vetoed the budget bill on Friday, saying it spent too much.",
    ),
]:
    event(False, kind, description, sentence)


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
