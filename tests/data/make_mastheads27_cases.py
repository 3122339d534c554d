# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the mastheads-27 set (``grounding_mastheads27.jsonl``): the article's byline read
from the page's header block, the short lines between the headline and the first body
paragraph (or the foot block after the last), by the closed set of what makes a name there
*not* the author (outside checks 59 and 60, session 27, mh27;
:mod:`summarizer.verification.bylines.block_credits`). By category:

- ``block-bylines``: a person (or a newsroom) standing in a header or foot segment is the
  author whatever words credit them ("Security analyst A", "A, regional analyst", "On the
  desk: A and B", "A reporting for the X", "Outlet · date · A", "Field notes: A", "The X
  editorial board, date") unless the segment gives them a part of the closed non-author set
  (photographs, pictures, images, graphics, editing, production, translation, contributing,
  additional help, "with"), the name is the headline's, the story's body names them (the
  subject of a standfirst), or it stands in an outlet's slot ("for the X"). Refused
  therefore: the photographer, the editor, the producer, the translator, a contributor, a
  person pictured, the headline's subject, a quoted person, the outlet given as the byline.

Run ``python tests/data/make_mastheads27_cases.py`` to rebuild it. The facts come from
published reports (Senegal's presidential election of March 2024, Gabon's coup of August
2023, Chile's constitutional referendum of December 2023, Bolivia's failed coup of June
2024, Kenya's finance-bill protests of June 2024); the outlets and reporters are invented,
every sentence was written for this set, and each verdict is what a careful fact-checker
reads in the text.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import ARTICLE, SupportCases

OUT = Path(__file__).with_name("grounding_mastheads27.jsonl")
built = SupportCases("mh27")

SENEGAL = (
    "Bassirou Diomaye Faye, a tax inspector who was released from prison only ten days before the vote, won Senegal's presidential election in the first round with about 54 percent, according to provisional results.\n\n"
    "The governing coalition's candidate, former prime minister Amadou Ba, conceded on Monday and telephoned the winner to congratulate him. Outgoing president Macky Sall also sent his congratulations.\n\n"
    "Faye, who turned 44 on the eve of the election, ran in place of his mentor Ousmane Sonko, who was barred from standing.\n"
)
GABON = (
    "Army officers in Gabon seized power on Wednesday minutes after the electoral commission declared President Ali Bongo Ondimba the winner of a third term, ending his family's 56 years in charge.\n\n"
    "The officers named General Brice Oligui Nguema, the head of the republican guard, as the leader of a transition. In a video from his residence, Bongo asked friends abroad to make noise on his behalf.\n\n"
    "The African Union suspended Gabon's membership and called on the soldiers to return to their barracks.\n"
)
CHILE = (
    "Chilean voters rejected a second proposed constitution on Sunday, with close to 56 percent voting against a text that had been drafted by a council dominated by the conservative right.\n\n"
    "President Gabriel Boric said the result closed the constitutional process during his term and that his government would turn to other priorities such as pensions and security.\n\n"
    "A first draft, written by a left-leaning assembly, had been turned down by a wider margin in September 2022, so the constitution of the Pinochet era stays in force.\n"
)
BOLIVIA = (
    "Armoured vehicles rammed the doors of the presidential palace in La Paz on Wednesday in what President Luis Arce called an attempted coup, before the troops pulled back within hours.\n\n"
    "The former army commander, General Juan José Zúñiga, was arrested after the soldiers withdrew from Plaza Murillo. Arce had sworn in a new military leadership, which ordered the units back to their bases.\n\n"
    "Governments across the region and the Organization of American States condemned the move against the elected government.\n"
)
KENYA = (
    "Protesters forced their way into Kenya's parliament on Tuesday after lawmakers passed a finance bill raising taxes, and police opened fire on the crowds outside the building in central Nairobi.\n\n"
    "President William Ruto said the next day that he would not sign the bill, conceding that Kenyans had rejected it. Rights groups said more than twenty people had been killed during the day.\n\n"
    "The bill was meant to raise about 2.7 billion dollars in extra revenue, a demand tied to the country's programme with the International Monetary Fund.\n"
)

BYLINES, OUTLETS = "block-bylines", "block-outlets"


def byline(text: str, passes: list[str], fails: list[str]) -> None:
    built.article_field(BYLINES, "byline", text, passes, fails)


def outlet(text: str, passes: list[str], fails: list[str]) -> None:
    built.article_field(OUTLETS, "outlet", text, passes, fails)


def credited(text: str, writer: str, passes: list[str], fails: list[str]) -> None:
    """The outlet of a page whose byline is ``writer``: the writer is no publisher."""
    for expect, values in ((True, passes), (False, fails)):
        for value in values:
            facts = {"article": {**ARTICLE, "byline": writer, "outlet": value}}
            why = f"outlet {value} beside byline {writer} ({'supported' if expect else 'unsupported'})"
            built.add(OUTLETS, expect, why, text, facts, "article.outlet")


def page(headline: str, head: str, body: str, foot: str = "") -> str:
    tail = f"\n{foot}\n" if foot else ""
    return f"{headline}\n{head}\n\n{body}{tail}"


# a person in a header segment, credited by words of any kind, or by none
byline(page("Senegal picks a political newcomer", "Dakar Evening Post \u2014 Security analyst Rhys Tanner\n26 March 2024", SENEGAL),
       ["Rhys Tanner"], ["Amadou Ba", "Dakar Evening Post"])  # fmt: skip
byline(page("Gabon's soldiers end a dynasty", "Equator Letter / Hamid Rahimi, regional analyst / 31 August 2023", GABON),
       ["Hamid Rahimi"], ["Brice Oligui Nguema", "Equator Letter"])  # fmt: skip
byline(page("Chile says no again", "On the desk today: Mara Lind and Teo Vass\nPacific Rim Courier", CHILE),
       ["Mara Lind and Teo Vass", "Teo Vass"], ["Gabriel Boric", "Pacific Rim Courier"])  # fmt: skip
byline(page("Bolivia's day of tanks", "Andes Weekly | Thursday 27 June 2024 | Columnist Sade Okoro", BOLIVIA),
       ["Sade Okoro"], ["Juan José Zúñiga", "Andes Weekly"])  # fmt: skip
byline(page("Kenya's parliament stormed", "Field notes: Aino Virtanen, Nairobi\nRift Valley Review, 26 June 2024", KENYA),
       ["Aino Virtanen"], ["William Ruto", "Nairobi"])  # fmt: skip
byline(page("Senegal's new president", "Abebe Bekele, for the Sahel Courier \u2013 25 March 2024", SENEGAL),
       ["Abebe Bekele"], ["Sahel Courier", "Ousmane Sonko"])  # fmt: skip
byline(page("Inside Gabon's palace coup", "Our woman in Libreville, Aline Mbuyi", GABON),
       ["Aline Mbuyi"], ["Ali Bongo Ondimba", "Libreville"])  # fmt: skip
byline(page("A constitution rejected", "Santiago \u00b7 18 December 2023 \u00b7 Ines Duarte, Southern Cone writer", CHILE),
       ["Ines Duarte"], ["Gabriel Boric", "Santiago"])  # fmt: skip
byline(page("La Paz: three hours of a coup", "Text and interviews \u2014 Lukas Brenner in La Paz", BOLIVIA),
       ["Lukas Brenner"], ["Luis Arce", "La Paz"])  # fmt: skip
byline(page("Nairobi's day of anger", "Daily Mombasa Times | News team: Wanjiru Kamau and Otieno Ochieng", KENYA),
       ["Wanjiru Kamau and Otieno Ochieng", "Wanjiru Kamau"], ["William Ruto", "Daily Mombasa Times"])  # fmt: skip
# the foot block: a name after the last paragraph
byline(page("Senegal's runner-up concedes", "Dakar Evening Post, 26 March 2024", SENEGAL, "\u2014 Mamadou Ndiaye, Saint-Louis"),
       ["Mamadou Ndiaye"], ["Macky Sall", "Saint-Louis"])  # fmt: skip
byline(page("Gabon suspended by the AU", "World desk, 1 September 2023", GABON, "Reporting and analysis | Clara Ostby"),
       ["Clara Ostby"], ["Brice Oligui Nguema", "World desk"])  # fmt: skip
# a newsroom in the block
byline(page("OPINION | Chile should stop rewriting its charter", "The Valparaiso Mercury editorial board, 19 December 2023", CHILE),
       ["The Valparaiso Mercury editorial board"], ["The Valparaiso Mercury", "Gabriel Boric"])  # fmt: skip
byline(page("Coup attempt fails in Bolivia", "LA PAZ, 26 June 2024 \u2014 Foreign staff", BOLIVIA),
       ["Foreign staff"], ["Luis Arce", "LA PAZ"])  # fmt: skip
# must-fail shapes: a maker's or a helper's part, the headline's person, a standfirst's subject
byline(page("Kenya's youth take to the streets", "Photography: Lars Holm | Words: Njeri Mwangi", KENYA),
       ["Njeri Mwangi"], ["Lars Holm", "William Ruto"])  # fmt: skip
byline(page("Chile votes no", "Images by Pilar Soto for the Andes Weekly\n18 December 2023", CHILE),
       [], ["Pilar Soto", "Gabriel Boric"])  # fmt: skip
byline(page("Senegal's new president", "Santiago Reyes, photographer / Sahel Courier", SENEGAL),
       [], ["Santiago Reyes", "Bassirou Diomaye Faye"])  # fmt: skip
byline(page("Gabon after the coup", "Dalia Haddad | Desk editing: Ann Vey\nEquator Letter, 2 September 2023", GABON),
       ["Dalia Haddad"], ["Ann Vey", "Ali Bongo Ondimba"])  # fmt: skip
byline(page("Bolivia's failed coup, hour by hour", "Hosted and produced by Ben Hale\nAndes Weekly podcast", BOLIVIA),
       [], ["Ben Hale", "Luis Arce"])  # fmt: skip
byline(page("Kenya's finance bill", "Kofi Adjei in Nairobi; translated from the Swahili by Amina Said", KENYA),
       ["Kofi Adjei"], ["Amina Said", "William Ruto"])  # fmt: skip
byline(page("Senegal votes for change", "Ibou Fall, Dakar | contributions from Marie Gomis", SENEGAL),
       ["Ibou Fall"], ["Marie Gomis", "Amadou Ba"])  # fmt: skip
byline(page("Coup in Libreville", "Jonas Ekdahl with Pauline Mba in Libreville", GABON),
       ["Jonas Ekdahl"], ["Pauline Mba", "Brice Oligui Nguema"])  # fmt: skip
byline(page("Boric accepts defeat", "Gabriel Boric | Santiago | 18 December 2023", CHILE),
       [], ["Gabriel Boric", "Santiago"])  # fmt: skip
byline(page("Luis Arce faces down the army", "Pictured: Luis Arce and Juan José Zúñiga in La Paz", BOLIVIA),
       [], ["Luis Arce", "Juan José Zúñiga"])  # fmt: skip
byline(page("Kenya's parliament stormed", "William Ruto drops the finance bill\nNairobi, 26 June 2024", KENYA),
       [], ["William Ruto", "Nairobi"])  # fmt: skip
byline(page("Senegal's election", "Ousmane Sonko backs his deputy\n25 March 2024 | Sahel Courier", SENEGAL),
       [], ["Ousmane Sonko", "Sahel Courier"])  # fmt: skip
byline(page("Chile's second no", "Graphics: Tove Lunde; research: Omar Haddad", CHILE),
       [], ["Tove Lunde", "Omar Haddad"])  # fmt: skip
byline(page("Gabon's junta", "Courtesy of Equator Letter \u2014 cartoon by Yao Mensah", GABON),
       [], ["Yao Mensah", "Ali Bongo Ondimba"])  # fmt: skip

byline(page("Kenya's tax revolt, explained", "Listen: Halima Yusuf on the protests (6 min)\nRift Valley Review, 27 June 2024", KENYA),
       [], ["Halima Yusuf", "William Ruto"])  # fmt: skip
byline(page("What next for Bolivia?", "Panel notes | Moderator: Elena Vaca | Rapporteur: Tomas Quispe", BOLIVIA),
       ["Tomas Quispe"], ["Elena Vaca", "Luis Arce"])  # fmt: skip

# block-outlets: the outlet opening a masthead line whose other fields give a date or a writer
outlet(page("Senegal picks a political newcomer", "Gorée & Atlantic Letter — 26 March 2024 — Ibou Fall, West Africa editor-at-large", SENEGAL),
       ["Gorée & Atlantic Letter"], ["Ibou Fall", "West Africa editor-at-large"])  # fmt: skip
outlet(page("Gabon's soldiers end a dynasty", "Equator Letter / Hamid Rahimi, regional analyst / 31 August 2023", GABON),
       ["Equator Letter"], ["Hamid Rahimi", "Libreville"])  # fmt: skip
outlet(page("Chile says no again", "Pacific & Andean Affairs | 18 December 2023 | Security analyst Rhys Tanner", CHILE),
       ["Pacific & Andean Affairs"], ["Rhys Tanner", "Santiago"])  # fmt: skip
outlet(page("Bolivia's day of tanks", "Altiplano Notes · 27 June 2024 · Sade Okoro", BOLIVIA),
       ["Altiplano Notes"], ["Sade Okoro", "La Paz"])  # fmt: skip
outlet(page("Kenya's parliament stormed", "Rift & Coast Affairs - On the desk today: Mara Lind and Teo Vass", KENYA),
       ["Rift & Coast Affairs"], ["Mara Lind", "Nairobi"])  # fmt: skip
outlet(page("Senegal's new president", "Sahel Bulletin | Abebe Bekele, Dakar | 25 March 2024", SENEGAL),
       ["Sahel Bulletin"], ["Dakar"])  # fmt: skip
outlet(page("A constitution rejected", "Southern Cone Quarterly — Ines Duarte — 18 December 2023", CHILE),
       ["Southern Cone Quarterly"], ["Ines Duarte", "Gabriel Boric"])  # fmt: skip
outlet(page("La Paz: three hours of a coup", "Highland Affairs / 26 June 2024 / Text and interviews: Lukas Brenner", BOLIVIA),
       ["Highland Affairs"], ["Lukas Brenner", "Luis Arce"])  # fmt: skip
outlet(page("Nairobi's day of anger", "Great Lakes & Horn Review - 26 June 2024 - Wanjiru Kamau", KENYA),
       ["Great Lakes & Horn Review"], ["Wanjiru Kamau", "William Ruto"])  # fmt: skip
outlet(page("Gabon suspended by the AU", "Equatorial Affairs | 1 September 2023 | Clara Ostby, Libreville", GABON),
       ["Equatorial Affairs"], ["Libreville"])  # fmt: skip
# must-fail: the photographer's agency, the place, the writer's field, an outlet of the body
outlet(page("Kenya's youth take to the streets", "Nairobi | 25 June 2024 | Njeri Mwangi\nPhotography: Lars Holm for Rift Images", KENYA),
       [], ["Nairobi", "Njeri Mwangi"])  # fmt: skip
outlet(page("Chile votes no", "Santiago · 18 December 2023 · Pilar Soto with Andes Wire", CHILE),
       [], ["Andes Wire", "Santiago", "Pilar Soto"])  # fmt: skip

# the writer the block credits, given as the outlet beside the same byline
credited(page("Senegal picks a political newcomer", "Dakar Evening Post \u2014 Security analyst Rhys Tanner\n26 March 2024", SENEGAL),
         "Rhys Tanner", ["Dakar Evening Post"], ["Rhys Tanner"])  # fmt: skip
credited(page("Chile says no again", "On the desk today: Mara Lind and Teo Vass\nPacific Rim Courier", CHILE),
         "Mara Lind and Teo Vass", ["Pacific Rim Courier"], ["Mara Lind", "Teo Vass"])  # fmt: skip
credited(page("Inside Gabon's palace coup", "Equator Letter\nOur woman in Libreville, Aline Mbuyi", GABON),
         "Aline Mbuyi", ["Equator Letter"], ["Aline Mbuyi"])  # fmt: skip
credited(page("Bolivia's day of tanks", "Andes Weekly | Thursday 27 June 2024 | Columnist Sade Okoro", BOLIVIA),
         "Sade Okoro", ["Andes Weekly"], ["Sade Okoro"])  # fmt: skip
credited(page("Kenya's parliament stormed", "Rift Valley Review, 26 June 2024\nField notes: Aino Virtanen, Nairobi", KENYA),
         "Aino Virtanen", ["Rift Valley Review"], ["Aino Virtanen", "Nairobi"])  # fmt: skip
credited(page("A constitution rejected", "Santiago \u00b7 18 December 2023 \u00b7 Ines Duarte, Southern Cone writer \u00b7 Pacific Rim Courier", CHILE),
         "Ines Duarte", ["Pacific Rim Courier"], ["Ines Duarte", "Santiago"])  # fmt: skip
credited(page("Senegal's new president", "Sahel Bulletin | Abebe Bekele, Dakar | 25 March 2024", SENEGAL),
         "Abebe Bekele", ["Sahel Bulletin"], ["Abebe Bekele", "Dakar"])  # fmt: skip
credited(page("Gabon suspended by the AU", "Equatorial Affairs | 1 September 2023 | Clara Ostby, Libreville", GABON),
         "Clara Ostby", ["Equatorial Affairs"], ["Clara Ostby", "Libreville"])  # fmt: skip


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
