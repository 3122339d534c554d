# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the credits-52 set (``grounding_credits52.jsonl``): bylines and outlets credited in a
head or foot line that is not "By X" (outside checks 50, 51 and 52, session 24), read by
:mod:`summarizer.verification.bylines.credit_fields`. By category:

- ``by-credits``: a field whose role phrase opens with a credit word ("Report by X", "Live
  coverage by A and B", "Updates from the Capitol by A", "- Compiled from agency reports by
  X", "Interview by X, Outlet, City", "| by X", "| By X" late in a header) credits its names.
  Refused: the editor, the photographer, the translator, a person of the body, a by-phrase in
  a body sentence, the outlet or the place of the same line.
- ``header-fields``: a separator header's fields ("Outlet | date | Name", "Outlet - Editorial
  Board", "Place, date - Staff Reporter", "A and B, Outlet staff") credit the name field and
  the newsroom field. Refused: the outlet field as the byline, the place, a name as the
  header's first field, a name with no date field before it, a person of the body.
- ``outlet-fields``: the outlet a credit line names apart: "(Translated) from the French
  edition of X", "From the archive desk of X", the comma field after a credit's names ("by A,
  Outlet, City"; "A and B, Outlet staff"), a transcript's programme. Refused: the credited
  author, the place after the outlet, a contributor's agency ("Additional reporting by X,
  Reuters"), "From the desk of X" (a person), an outlet only told a quote in the body.

Run ``python tests/data/make_credits52_cases.py`` to rebuild it. The facts come from published
reports (Gabon's coup of August 2023, the European Parliament's AI Act vote of March 2024,
Kenya's presidential result of August 2022, Sri Lanka's presidential resignation of July
2022, Niger's coup of July 2023, Colombia's peace referendum of October 2016, Georgia's
foreign-agents protests of March 2023); the outlets
and reporters are invented, every sentence was written for this set, and each verdict is what
a careful fact-checker reads in the text.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_credits52.jsonl")
built = SupportCases("cr52")

GABON = (
    "Army officers in Gabon appeared on national television before dawn on Wednesday and said "
    "they had seized power, minutes after the election body declared President Ali Bongo the "
    "winner of a third term.\n\nThe officers said the results were annulled, the borders "
    "closed and the institutions of the republic dissolved. Bongo, 64, was placed under house "
    "arrest.\n\nThat evening the officers had named General Brice Oligui Nguema, head of the "
    "Republican Guard, to lead a transition. The African Union condemned the takeover.\n"
)
AIACT = (
    "The European Parliament on Wednesday approved the Artificial Intelligence Act by 523 "
    "votes to 46, with 49 abstentions, putting the first broad set of rules for the technology "
    "on a path to become law.\n\nThe law bans some uses outright, such as social scoring, and "
    "sets duties for systems deemed high-risk. Brando Benifei, one of the two lead "
    "negotiators, told the chamber the text put people first.\n"
)
KENYA = (
    "Kenya's electoral commission on Monday declared Deputy President William Ruto the winner "
    "of the presidential election with 50.49 percent of the vote, narrowly ahead of Raila "
    "Odinga.\n\nFour of the seven commissioners refused to endorse the tally, calling the last "
    "phase of the count opaque, and Odinga's camp said it would go to court.\n"
)
LANKA = (
    "Sri Lanka's President Gotabaya Rajapaksa sent his resignation to the speaker of parliament "
    "by email from Singapore on Thursday, after fleeing the country as protesters stormed his "
    "official residence in Colombo.\n\nSpeaker Mahinda Yapa Abeywardena said the letter would be "
    "checked before he announced it formally. Prime Minister Ranil Wickremesinghe was sworn "
    "in as acting president.\n"
)
NIGER = (
    "Soldiers of Niger's presidential guard detained President Mohamed Bazoum in the capital "
    "Niamey on Wednesday, and officers later went on state television to say they had removed "
    "him from power.\n\nTwo days later General Abdourahamane Tchiani, the guard's commander, "
    "named himself head of a transitional council. The regional bloc ECOWAS threatened "
    "sanctions, the spokesman Amadou Abdramane told the Financial Times.\n"
)
COLOMBIA = (
    "Colombians narrowly rejected the peace deal with the FARC guerrillas in a referendum on "
    "Sunday, with 50.2 percent voting no and 49.8 percent yes, on a turnout of under 38 "
    "percent.\n\nPresident Juan Manuel Santos said the ceasefire would stay in force and sent "
    "his negotiators back to Havana. Opposition leader Alvaro Uribe called for a new "
    "agreement.\n"
)
GEORGIA = (
    "Thousands of people marched through the centre of Tbilisi on Tuesday against a draft law "
    "on foreign agents, which critics say copies a Russian statute used to silence dissent.\n\n"
    "Police used water cannon and tear gas near parliament late in the evening, the interior "
    "ministry said. President Salome Zourabichvili said she would veto the bill.\n"
)


def byline(category: str, text: str, passes: list[str], fails: list[str]) -> None:
    built.article_field(category, "byline", text, passes, fails)


def outlet(category: str, text: str, passes: list[str], fails: list[str]) -> None:
    built.article_field(category, "outlet", text, passes, fails)


BY = "by-credits"
byline(BY, "Gabon's officers say they have taken power\n\nReport by Mireille Ondo. 30 August 2023.\n\n" + GABON,
       ["Mireille Ondo"], ["Ali Bongo", "Brice Oligui Nguema"])  # fmt: skip
byline(BY, "Europe's AI law clears parliament\n\nLive coverage by Katrin Vogel and Luca Ferri\n\n" + AIACT,
       ["Katrin Vogel and Luca Ferri", "Luca Ferri"], ["Brando Benifei"])  # fmt: skip
byline(BY, "LIVE: Kenya declares Ruto president-elect\nNairobi live page | updates by Wanjiru Kamau in Nairobi | 15 August 2022\n\n" + KENYA,
       ["Wanjiru Kamau"], ["Raila Odinga", "Nairobi"])  # fmt: skip
byline(BY, "Rajapaksa quits by email\n\n" + LANKA + "\n- Compiled from agency reports by D. Perera\n",
       ["D. Perera"], ["Mahinda Yapa Abeywardena", "Ranil Wickremesinghe"])  # fmt: skip
byline(BY, "\"It was expected\": an analyst on Kenya's count\nInterview by Achieng Otieno, Lakeside FM, Kisumu\n\n" + KENYA,
       ["Achieng Otieno"], ["Lakeside FM", "Kisumu", "William Ruto"])  # fmt: skip
byline(BY, "Niger's guard removes Bazoum\n\nWest Africa | Friday, July 28, 2023 | by A. S. Maiga\n\n" + NIGER,
       ["A. S. Maiga"], ["Mohamed Bazoum", "Amadou Abdramane"])  # fmt: skip
byline(BY, "Colombia says no to FARC deal\n\nAndes Post | Bogota | 3 October 2016 | By Camila Restrepo\n\n" + COLOMBIA,
       ["Camila Restrepo"], ["Andes Post", "Juan Manuel Santos"])  # fmt: skip
byline(BY, "Europe's AI law clears parliament\n\nUpdates from Strasbourg by Helene Marchal, Brussels Ledger staff | March 13, 2024\n\n" + AIACT,
       ["Helene Marchal"], ["Brussels Ledger", "Brando Benifei"])  # fmt: skip
byline(BY, "Gabon's officers say they have taken power\n\nStory by Paul Essono; Editing by Claire Mba\n\n" + GABON,
       ["Paul Essono"], ["Claire Mba"])  # fmt: skip
byline(BY, "Rajapaksa quits by email\n\nWords by Nimali Fernando | Photos by Kasun Silva\n\n" + LANKA,
       ["Nimali Fernando"], ["Kasun Silva"])  # fmt: skip
byline(BY, "Colombia says no to FARC deal\n\nTranslated by Ana Gomez\n\n" + COLOMBIA,
       [], ["Ana Gomez"])  # fmt: skip
byline(BY, "Niger's guard removes Bazoum\n\nProduced by Ibrahim Sani\n\n" + NIGER,
       [], ["Ibrahim Sani"])  # fmt: skip
byline(BY, "Kenya's count\n\n" + KENYA + "\nThe court petition was drafted by Paul Mwangi, a lawyer for the coalition.\n",
       [], ["Paul Mwangi"])  # fmt: skip
byline(BY, "Report by rights group faults Niger junta\n\n" + NIGER,
       [], ["Mohamed Bazoum"])  # fmt: skip
byline(BY, "Gabon's officers say they have taken power\n\nCoverage edited by Marc Ndong\n\n" + GABON,
       [], ["Marc Ndong"])  # fmt: skip
byline(BY, "Georgia's agents bill brings crowds out\n\nDispatch by Nino Beridze from Tbilisi\n\n" + GEORGIA,
       ["Nino Beridze"], ["Salome Zourabichvili", "Tbilisi"])  # fmt: skip
byline(BY, "Georgia's agents bill brings crowds out\n\n" + GEORGIA + "\nReporting by Nino Beridze \u00b7 Editing by Giorgi Lomidze\n",
       ["Nino Beridze"], ["Giorgi Lomidze"])  # fmt: skip
byline(BY, "Europe's AI law clears parliament\n\nInterview by Katrin Vogel with Brando Benifei\n\n" + AIACT,
       ["Katrin Vogel"], ["Brando Benifei"])  # fmt: skip

HEAD = "header-fields"
byline(HEAD, "Bongo detained as officers annul vote\n\nEquator Courier | 30 August 2023 | Mireille Ondo\n\n" + GABON,
       ["Mireille Ondo"], ["Equator Courier", "Ali Bongo"])  # fmt: skip
byline(HEAD, "Why Europe's AI law matters\n\nThe Rhine Review - Editorial Board\n14 March 2024\n\n" + AIACT,
       ["Editorial Board"], ["The Rhine Review", "Brando Benifei"])  # fmt: skip
byline(HEAD, "Ruto wins Kenya's presidency\n\nNairobi, August 15 - Staff Reporter\n\n" + KENYA,
       ["Staff Reporter"], ["Nairobi", "William Ruto"])  # fmt: skip
byline(HEAD, "Rajapaksa resigns\n\nNimali Fernando and Ruwan Jay, Island Chronicle staff | July 14, 2022\n\n" + LANKA,
       ["Nimali Fernando and Ruwan Jay", "Ruwan Jay"], ["Island Chronicle", "Ranil Wickremesinghe"])  # fmt: skip
byline(HEAD, "Colombia votes no\n\nAndes Post \u00b7 2 October 2016 \u00b7 Camila Restrepo\n\n" + COLOMBIA,
       ["Camila Restrepo"], ["Andes Post", "Alvaro Uribe"])  # fmt: skip
byline(HEAD, "Niger's junta names its leader\n\nSahel Dispatch | Niamey | 28 July 2023 | Our Correspondent\n\n" + NIGER,
       ["Our Correspondent"], ["Niamey", "Abdourahamane Tchiani"])  # fmt: skip
byline(HEAD, "Kenya's presidency goes to Ruto\n\nKenya Ledger | Monday, August 15, 2022 | Wanjiru Kamau and Otieno Ouma\n\n" + KENYA,
       ["Wanjiru Kamau and Otieno Ouma", "Otieno Ouma"], ["Kenya Ledger", "Raila Odinga"])  # fmt: skip
byline(HEAD, "Our view: the AI Act is a start\n\nOpinion \u00b7 The Rhine Review \u00b7 Editorial Board\n\n" + AIACT,
       ["Editorial Board"], ["The Rhine Review", "Opinion"])  # fmt: skip
byline(HEAD, "Rajapaksa resigns from Singapore\n\nColombo, July 14 - Our Correspondent\n\n" + LANKA,
       ["Our Correspondent"], ["Colombo", "Gotabaya Rajapaksa"])  # fmt: skip
byline(HEAD, "Niger's junta names its leader\n\nSahel Dispatch | Niamey | 28 July 2023 | Amina Diallo\n\n" + NIGER,
       ["Amina Diallo"], ["Niamey", "Sahel Dispatch"])  # fmt: skip
byline(HEAD, "Georgia's agents bill brings crowds out\n\nCaucasus Wire \u2014 7 March 2023 \u2014 Nino Beridze\n\n" + GEORGIA,
       ["Nino Beridze"], ["Caucasus Wire", "Salome Zourabichvili"])  # fmt: skip
byline(HEAD, "Georgia's agents bill brings crowds out\n\nCaucasus Wire | Tuesday, March 7, 2023 | Interior Ministry\n\n" + GEORGIA,
       [], ["Interior Ministry"])  # fmt: skip
byline(HEAD, "Georgia's agents bill brings crowds out\n\nPhoto: Giorgi Lomidze | Caucasus Wire | 7 March 2023 | Nino Beridze\n\n" + GEORGIA,
       ["Nino Beridze"], ["Giorgi Lomidze", "Caucasus Wire"])  # fmt: skip
byline(HEAD, "Gabon's officers take power\n\nMireille Ondo | Equator Courier | 30 August 2023\n\n" + GABON,
       [], ["Equator Courier"])  # fmt: skip
byline(HEAD, "Kenya's count\n\nLake Basin Times | Kisumu Edition | Wanjiru Kamau\n\n" + KENYA,
       [], ["Kisumu Edition", "William Ruto"])  # fmt: skip
byline(HEAD, "Colombia votes no\n\nAndes Post | 2 October 2016 | Photo: Diego Rojas\n\n" + COLOMBIA,
       [], ["Diego Rojas", "Andes Post"])  # fmt: skip
byline(HEAD, "Rajapaksa resigns\n\nIsland Chronicle | July 14, 2022 | Sri Lanka\n\n" + LANKA,
       [], ["Sri Lanka", "Gotabaya Rajapaksa"])  # fmt: skip
byline(HEAD, "Niger's junta names its leader\n\nNiamey, July 28 - Staff Reporter\n\n" + NIGER,
       ["Staff Reporter"], ["Niamey", "Mohamed Bazoum"])  # fmt: skip
byline(HEAD, "AI Act: what changes\n\nThe Rhine Review - Opinion\n\n" + AIACT,
       [], ["The Rhine Review", "Opinion"])  # fmt: skip

OUTLETS = "outlet-fields"
outlet(OUTLETS, "Gabon's officers take power\n\nTranslated from the French edition of Equator Courier. Report by Mireille Ondo. 30 August 2023.\n\n" + GABON,
       ["Equator Courier"], ["Mireille Ondo", "Ali Bongo"])  # fmt: skip
outlet(OUTLETS, "Timeline: Kenya's disputed counts\n\nFrom the archive desk of The Lake Basin Times. Updated 16 August 2022.\n\n" + KENYA,
       ["The Lake Basin Times", "Lake Basin Times"], ["William Ruto"])  # fmt: skip
outlet(OUTLETS, "\"It was expected\": an analyst on Kenya's count\nInterview by Achieng Otieno, Lakeside FM, Kisumu\n\n" + KENYA,
       ["Lakeside FM"], ["Achieng Otieno", "Kisumu"])  # fmt: skip
outlet(OUTLETS, "Rajapaksa resigns\n\nNimali Fernando and Ruwan Jay, Island Chronicle staff | July 14, 2022\n\n" + LANKA,
       ["Island Chronicle"], ["Nimali Fernando", "Ruwan Jay"])  # fmt: skip
outlet(OUTLETS, "Europe's AI law clears parliament\n\nUpdates from Strasbourg by Helene Marchal, Brussels Ledger staff | March 13, 2024\n\n" + AIACT,
       ["Brussels Ledger"], ["Helene Marchal", "Strasbourg"])  # fmt: skip
outlet(OUTLETS, "TRANSCRIPT: Andes Tonight, 2 October 2016 - \"A country says no\"\n\n" + COLOMBIA,
       ["Andes Tonight"], ["Juan Manuel Santos"])  # fmt: skip
outlet(OUTLETS, "Niger's guard removes Bazoum\n\nReport by Ibrahim Sani, Sahel Dispatch, Niamey\n\n" + NIGER,
       ["Sahel Dispatch"], ["Ibrahim Sani", "Niamey", "Financial Times"])  # fmt: skip
outlet(OUTLETS, "Colombia says no to FARC deal\n\nFrom the Spanish edition of Andes Post\n\n" + COLOMBIA,
       ["Andes Post"], ["Alvaro Uribe"])  # fmt: skip
outlet(OUTLETS, "Kenya's count\n\nFrom the print edition of The Lake Basin Times\n\n" + KENYA,
       ["Lake Basin Times"], ["William Ruto"])  # fmt: skip
outlet(OUTLETS, "Niger's junta names its leader\n\n" + NIGER + "\nStory by Amina Diallo, Sahel Dispatch staff\n",
       ["Sahel Dispatch"], ["Amina Diallo", "Financial Times"])  # fmt: skip
outlet(OUTLETS, "Transcript: Kenya Tonight, 15 August 2022\n\n" + KENYA,
       ["Kenya Tonight"], ["Raila Odinga"])  # fmt: skip
outlet(OUTLETS, "Georgia's agents bill brings crowds out\n\nCaucasus Wire \u2014 7 March 2023 \u2014 Nino Beridze\n\n" + GEORGIA,
       [], ["Nino Beridze"])  # fmt: skip
outlet(OUTLETS, "Georgia's agents bill brings crowds out\n\nText by Nino Beridze, Caucasus Wire staff\n\n" + GEORGIA,
       ["Caucasus Wire"], ["Nino Beridze", "Tbilisi"])  # fmt: skip
outlet(OUTLETS, "Gabon's officers take power\n\n" + GABON + "\nAdditional reporting by Paul Essono, Reuters\n",
       [], ["Reuters"])  # fmt: skip
outlet(OUTLETS, "Kenya's count\n\nFrom the desk of Wanjiru Kamau\n\n" + KENYA,
       [], ["Wanjiru Kamau"])  # fmt: skip
outlet(OUTLETS, "Rajapaksa resigns\n\nInterview by Nimali Fernando, Colombo\n\n" + LANKA,
       [], ["Colombo", "Nimali Fernando"])  # fmt: skip
outlet(OUTLETS, "Europe's AI law clears parliament\n\nLive coverage by Katrin Vogel and Luca Ferri\n\n" + AIACT,
       [], ["Katrin Vogel", "Luca Ferri"])  # fmt: skip

# review rvE: a header's last field that is a tag, the masthead or the story's subject credits
# no one; a lone comma field that is an agency is the outlet, not a place
STEEL = (
    "The United States will impose a tariff of 25 percent on imported steel and 10 percent on "
    "aluminum, President Trump said on Thursday, with the duties taking effect in fifteen days.\n\n"
    "Senator Orrin Hatch of Utah called the measure a tax hike on Americans, and Senator Jeff "
    "Flake said he would write a bill to undo it.\n"
)
byline(HEAD, "Steel tariffs set\n\nPolitics | March 8, 2018 | Trade War\n\n" + STEEL,
       [], ["Trade War"])  # fmt: skip
byline(HEAD, "Steel tariffs set\n\nBusiness | 8 March 2018 | Desert Herald\n\n" + STEEL,
       [], ["Desert Herald"])  # fmt: skip
byline(HEAD, "Steel tariffs set\n\nDesert Herald | 8 March 2018 | Steel Industry\n\n" + STEEL,
       [], ["Steel Industry"])  # fmt: skip
byline(HEAD, "Steel tariffs set\n\nDesert Herald | 8 March 2018 | Donald Trump\n\n" + STEEL,
       [], ["Donald Trump"])  # fmt: skip
byline(HEAD, "Steel tariffs set\n\nDesert Herald | 8 March 2018 | Ruth Adler\n\n" + STEEL,
       ["Ruth Adler"], ["Desert Herald", "Jeff Flake"])  # fmt: skip
byline(HEAD, "Steel tariffs set\n\nDesert Herald | 8 March 2018 | Salt Lake City\n\n" + STEEL,
       [], ["Salt Lake City"])  # fmt: skip
byline(HEAD, "Steel tariffs set\n\nWorld | 8 March 2018 | Thames Gazette\n\n" + STEEL,
       [], ["Thames Gazette"])  # fmt: skip
outlet(OUTLETS, "Steel tariffs set\n\nBy Ruth Adler, Reuters\n\n" + STEEL,
       ["Reuters"], ["Ruth Adler"])  # fmt: skip
outlet(OUTLETS, "Steel tariffs set\n\nReport by Ruth Adler, Bloomberg\n\n" + STEEL,
       ["Bloomberg"], ["Ruth Adler"])  # fmt: skip
outlet(OUTLETS, "Steel tariffs set\n\nBy Ruth Adler, AFP\n\n" + STEEL,
       ["AFP"], ["Orrin Hatch"])  # fmt: skip
outlet(OUTLETS, "Steel tariffs set\n\nBy Ruth Adler, Phoenix\n\n" + STEEL,
       [], ["Phoenix", "Ruth Adler"])  # fmt: skip
outlet(OUTLETS, "Steel tariffs set\n\n" + STEEL + "\nAdditional reporting by Ken Obi, Bloomberg\n",
       [], ["Bloomberg"])  # fmt: skip


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
