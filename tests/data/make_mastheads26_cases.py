# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the mastheads-26 set (``grounding_mastheads26.jsonl``): the article's byline and
outlet read from a masthead or credit line cut into segments (outside checks 54 to 58,
masthead cause, session 26; :mod:`summarizer.verification.bylines.masthead_segments`). By category:

- ``segment-bylines``: a labelled credit ("Text: A and B / Photos: C", "Reporter: A",
  "Reporting team: K. Silva, M. Fernando", "dispatch of A" after the outlet), a newsroom
  credited alone ("Derna Bureau (from our Arabic edition)", "Filed by the Karachi desk, date",
  "From our Andes Correspondent, Lima", "- The Readers' Editor", "The Harbour Gazette
  editorial board | date") and a foot line's authorship sentence ("A wrote this report from
  Bamako") credit the writer. Refused: a photographer's, translator's, sub-editor's or
  producer's name (a maker's label), the place after a newsroom, the outlet, a desk beside a
  credited person, a person the body quotes or names, a photo line's name on a page whose
  writer is credited. A contributor credited "Additional reporting: A" is accepted, as
  "Additional reporting by A" already was (session 26 decision).
- ``segment-outlets``: the outlet segment of such a line ("Place, date - Redacción / Outlet
  (English edition)", "Segment | Outlet | date | Interviewer: A", "by the foreign desk of
  the Outlet", "- Compiled by the Pacific team, Outlet, with wire reports", a masthead cut
  over two head lines "Updated through the day - Outlet, Vienna bureau" / "Friday 15 March
  2024"). Refused: the place or the date segment, the newsroom or desk segment, the credited
  writer, an outlet the body cites as a source ("told the BBC", "according to Al Jazeera"),
  another outlet the body names.

Run ``python tests/data/make_mastheads26_cases.py`` to rebuild it. The facts come from
published reports (Sri Lanka's presidential election of September 2024, the Derna flood of
September 2023, Pakistan's floods of August 2022, Mexico's election of June 2024, Nepal's
floods of September 2024); the outlets and reporters are invented, every sentence was written
for this set, and each verdict is what a careful fact-checker reads in the text.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases, masthead

OUT = Path(__file__).with_name("grounding_mastheads26.jsonl")
built = SupportCases("mh26")

LANKA = (
    "Anura Kumara Dissanayake, a Marxist-leaning outsider, was sworn in as Sri Lanka's president on Monday after winning an election decided for the first time by a second count of preference votes.\n\n"
    "His nearest rival, opposition leader Sajith Premadasa, conceded the result. The outgoing president, Ranil Wickremesinghe, who came third, said in a statement that he wished his successor well, the BBC reported.\n\n"
    "Dissanayake has promised to fight corruption and to keep talking with the International Monetary Fund about the country's bailout.\n"
)
DERNA = (
    "Two dams above the Libyan city of Derna burst in the night as Storm Daniel dumped torrential rain on the east of the country, sending a wall of water through the centre of the town.\n\n"
    "Thousands of people were killed and many more are missing, officials in the east said. Othman Abduljaleel, the health minister of the eastern administration, told Al Jazeera that whole districts had been swept into the sea.\n\n"
    "Rescue teams from Egypt, Turkey and the United Arab Emirates arrived over the weekend.\n"
)
PAKISTAN = (
    "Pakistan declared a national emergency after monsoon floods submerged a third of the country, and the climate change minister, Sherry Rehman, called it a climate catastrophe of epic proportions.\n\n"
    "More than 1,100 people have died since June, the disaster management authority said. Prime Minister Shehbaz Sharif toured flooded districts of Sindh and appealed for international help.\n\n"
    "The United Nations launched an appeal for $160 million, according to a statement quoted by Dawn.\n"
)
MEXICO = (
    "Claudia Sheinbaum won Mexico's presidential election by a landslide on Sunday, becoming the first woman to lead the country, according to a quick count by the electoral institute.\n\n"
    'Her main rival, Xóchitl Gálvez, conceded late in the evening. Outgoing president Andrés Manuel López Obrador congratulated his successor in a post online and told reporters the vote had been "exemplary".\n\n'
    "Sheinbaum, a former mayor of Mexico City, takes office on October 1.\n"
)
NEPAL = (
    "Floods and landslides set off by two days of heavy rain killed at least 170 people across Nepal, the home ministry said on Sunday, and dozens more are missing.\n\n"
    "Rishi Ram Tiwari, a ministry spokesperson, said rescuers had pulled more than 3,000 people to safety in the Kathmandu valley. Highways out of the capital were blocked, Kantipur reported.\n\n"
    "Prime Minister K.P. Sharma Oli, who was in New York for the United Nations General Assembly, called an emergency meeting by video.\n"
)

BYLINES, OUTLETS = "segment-bylines", "segment-outlets"


byline = partial(built.article_field, BYLINES, "byline")
outlet = partial(built.article_field, OUTLETS, "outlet")


# segment-bylines: labelled credits
byline(masthead("Sri Lanka swears in an outsider", "Text: Ruth Amsel and Kofi Mensah / Photos: Lena Fors", LANKA),
       ["Ruth Amsel and Kofi Mensah", "Kofi Mensah"], ["Lena Fors", "Sajith Premadasa"])  # fmt: skip
byline(masthead("Sheinbaum wins by a landslide", "Reporter: Daniela Ortiz | Mexico City | 3 June 2024", MEXICO),
       ["Daniela Ortiz"], ["Mexico City", "Xóchitl Gálvez"])  # fmt: skip
byline(masthead("Dissanayake takes the oath", "Colombo, 23 September 2024 \u2014 Island Monitor, dispatch of Ravi Perera", LANKA),
       ["Ravi Perera"], ["Island Monitor", "Ranil Wickremesinghe"])  # fmt: skip
byline(masthead("A new president for Sri Lanka", "Lanka Weekly \u2014 Tuesday 24 September 2024 \u2014 Reporting team: K. Silva, M. Fernando", LANKA),
       ["K. Silva, M. Fernando", "M. Fernando"], ["Lanka Weekly", "Anura Kumara Dissanayake"])  # fmt: skip
byline(masthead("\"We will rebuild\": a survivor speaks", "Interviewer: Sofia Reyes \u00b7 Translation: Marco Diaz", DERNA),
       ["Sofia Reyes"], ["Marco Diaz", "Othman Abduljaleel"])  # fmt: skip
byline(masthead("Nepal counts its dead", "NEPAL DESK | Words: Sita Gurung / Sub-editor: Tom Hale", NEPAL),
       ["Sita Gurung"], ["Tom Hale", "NEPAL DESK", "Rishi Ram Tiwari"])  # fmt: skip
byline(masthead("Pakistan under water", "Story: Bilal Qureshi; Producer: Hina Aslam; Graphics: Omar Farooq", PAKISTAN),
       ["Bilal Qureshi"], ["Hina Aslam", "Omar Farooq", "Sherry Rehman"])  # fmt: skip
byline(masthead("Pakistan under water", "Writers: Bilal Qureshi, Nadia Khan \u2014 Additional reporting: Imran Shah", PAKISTAN),
       ["Bilal Qureshi, Nadia Khan", "Imran Shah"], ["Shehbaz Sharif"])  # fmt: skip
byline(masthead("Sheinbaum wins by a landslide", "Pictures: Jonas Weber | Mexico City, 3 June 2024", MEXICO),
       [], ["Jonas Weber", "Claudia Sheinbaum"])  # fmt: skip
# segment-bylines: a newsroom credited alone
byline(masthead("Derna: the night the dams broke", "Derna Bureau (from our Arabic edition)", DERNA),
       ["Derna Bureau"], ["Othman Abduljaleel", "Al Jazeera"])  # fmt: skip
byline("Pakistan declares a flood emergency\n\n" + PAKISTAN + "\nFiled by the Karachi desk, 30 August 2022\n",
       ["the Karachi desk"], ["Sherry Rehman", "Dawn", "Karachi"])  # fmt: skip
byline(masthead("Sheinbaum's victory, seen from the south", "From our Andes Correspondent, Lima", MEXICO),
       ["our Andes Correspondent"], ["Lima", "Andrés Manuel López Obrador"])  # fmt: skip
byline("CLARIFICATION\n\n" + NEPAL + "\n\u2014 The Readers' Editor\n",
       ["The Readers' Editor"], ["Rishi Ram Tiwari", "K.P. Sharma Oli"])  # fmt: skip
byline(masthead("OPINION | Mexico's new president must keep the courts free", "The Harbour Gazette editorial board | 4 June 2024", MEXICO),
       ["The Harbour Gazette editorial board"], ["Claudia Sheinbaum", "Xóchitl Gálvez", "The Harbour Gazette"])  # fmt: skip
byline(masthead("Nepal counts its dead", "KATHMANDU BUREAU | Reporting: Sita Gurung", NEPAL),
       ["Sita Gurung"], ["KATHMANDU BUREAU", "Kantipur"])  # fmt: skip
byline(masthead("Derna: the night the dams broke", "The picture desk (images from the Red Crescent)", DERNA),
       [], ["The picture desk", "Othman Abduljaleel"])  # fmt: skip
# segment-bylines: an authorship sentence under the story
byline("Mali watches Libya's flood\n\n" + DERNA + "\nAmara Diallo wrote this report from Bamako; she covers North Africa for the paper.\n",
       ["Amara Diallo"], ["Bamako", "Othman Abduljaleel"])  # fmt: skip
byline("Sri Lanka swears in an outsider\n\n" + LANKA + "\nNimali Jayasuriya filed this dispatch from Colombo.\n",
       ["Nimali Jayasuriya"], ["Sajith Premadasa", "Colombo"])  # fmt: skip

# segment-outlets
outlet(masthead("Dissanayake takes the oath", "Colombo, 23 September 2024 \u2014 Island Monitor, dispatch of Ravi Perera", LANKA),
       ["Island Monitor"], ["Ravi Perera", "Colombo", "BBC"])  # fmt: skip
outlet(masthead("Sheinbaum wins by a landslide", "Lima, 3 June 2024 - Redacci\u00f3n / Diario del Pacifico (English edition)", MEXICO),
       ["Diario del Pacifico"], ["Lima", "Redacci\u00f3n"])  # fmt: skip
outlet(masthead("The week in disasters: Derna, Sindh and Kathmandu", "Weekly digest, put together by the foreign desk of the Northern Sentinel", DERNA),
       ["Northern Sentinel"], ["Al Jazeera", "foreign desk"])  # fmt: skip
outlet("Pakistan declares a flood emergency\n\n" + PAKISTAN + "\n- Compiled by the South Asia team, Monsoon Courier, with wire reports\n",
       ["Monsoon Courier"], ["Dawn", "South Asia team"])  # fmt: skip
outlet(masthead("LIVE: Nepal floods", "Updated through the day - Danube Herald, Vienna bureau\nFriday 27 September 2024", NEPAL),
       ["Danube Herald"], ["Vienna bureau", "Kantipur"])  # fmt: skip
outlet(masthead("A survivor of Derna speaks", "Interview notes | Sahel Review | 14 September 2023 | Interviewer: Amara Diallo", DERNA),
       ["Sahel Review"], ["Amara Diallo", "Al Jazeera"])  # fmt: skip
outlet(masthead("Nepal counts its dead", "Kathmandu bureau | Himalayan Post | 29 September 2024 | Reporter: Sita Gurung", NEPAL),
       ["Himalayan Post"], ["Kathmandu bureau", "Sita Gurung", "Kantipur"])  # fmt: skip
outlet(masthead("Mexico elects its first woman president", "From the Latin America team of the Meridian Ledger", MEXICO),
       ["Meridian Ledger"], ["Latin America team"])  # fmt: skip
outlet(masthead("A new president for Sri Lanka", "Lanka Weekly \u2014 Tuesday 24 September 2024 \u2014 Reporting team: K. Silva, M. Fernando", LANKA),
       ["Lanka Weekly"], ["K. Silva", "BBC", "Tuesday 24 September 2024"])  # fmt: skip
outlet(masthead("Pakistan under water", "Text: Bilal Qureshi / Photos: Hina Aslam\nIndus Chronicle | 29 August 2022", PAKISTAN),
       ["Indus Chronicle"], ["Hina Aslam", "Dawn"])  # fmt: skip
outlet(masthead("Pakistan under water", "Filed by the Balochistan desk of the Indus Chronicle, 30 August 2022", PAKISTAN),
       ["Indus Chronicle"], ["Dawn", "Sherry Rehman"])  # fmt: skip
outlet(masthead("Sheinbaum's victory, seen from the south", "From our Andes Correspondent, Lima", MEXICO),
       [], ["Andes Correspondent", "Lima"])  # fmt: skip
outlet(masthead("Sheinbaum wins by a landslide", "Reporter: Daniela Ortiz | Mexico City | 3 June 2024", MEXICO),
       [], ["Mexico City", "Daniela Ortiz"])  # fmt: skip


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
