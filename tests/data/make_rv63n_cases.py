# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 63's review rv63n of nb63 (``grounding_rv63n.jsonl``): the three
readings of session 62 the lead merged onto b2ccf9b4, each at its edges:

- ``whole`` (:mod:`summarizer.verification.figures.all_wholes`, ct62): "all N of its/the X"
  and "all N of them" count the whole, also across an aside ("All 18 of its crew, including
  the captain, were rescued") and for a noun the sentence before names ("The chain has 31
  stores. It will close all 31 of them."); not a deed the sentence denies ("failed to rescue
  all 12 of its crew", "did not close all 40"), a part ("half of all", "all 60 ... except
  two"), another deed after "and" on a part ("reopened only 12 of them"), another group's
  deed, or a noun of the sentence that is not the whole's;
- ``titled`` (:mod:`summarizer.verification.sentences.qualified_titles`, sp62b): a quote
  credited to "the <Q> <title>" given to the one person the page titled so, written with an
  accented name, "CEO", a tail with words after the verb ("the Velto chief told reporters.");
  not the one the credit is the object or owner of ("The Velto chief was asked:", "The Velto
  chief's lawyer said:", "the Velto chief executive's office said:"), a former holder, a name
  after a verb inside the "title" ("Velto's founder hired manager Ruth Kaye");
- ``writing`` (:mod:`summarizer.verification.sentences.document_owners`, sp62): a quote
  credited to a writing given to its owner the sentence before names ("a statement from
  the Marrow Trust", "a letter signed by", "Moss's own statement"); not the one whose noun
  only stands near it ("Carla Moss's landlord sent a letter", "Moss's club issued a
  statement", "a statement from Moss's former club"), a name after "from" that belongs to
  another writing ("released hours after a complaint from Leah Dunn"), the one who received
  it ("Leah Dunn received a letter from the bank").

Run ``python tests/data/make_rv63n_cases.py`` to rebuild it. Every article below was written
for this set in its own words, names and places made up; each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv63n.jsonl")

built = SupportCases(
    "rv63n",
    leads=[
        "By Ilse Marwood | The Dunmere Gazette | 4 May 2026",
        "CARROW BAY (Northline Wire) -",
        "Business desk, The Selbourne Record",
        "Sport | Fallowmere Evening News",
        "Live updates | The Quarrydon Times | 5 May 2026",
    ],
)
WHOLE, TITLED, WRITING = "whole", "titled", "writing"
whole = partial(built.count_cases, WHOLE, published="2026-05-04")

# --- whole: "all N of" -------------------------------------------------------------------------
whole(
    [
        "All 18 of its crew, including the captain, were winched off the listing tanker by a navy helicopter."
    ],
    [("crew winched off", 18, "exact"), ("crew", 18, "exact")],
    [("crew winched off", 17, "exact")],
)
whole(
    [
        "All 26 of the miners \u2014 some of them trapped for three days \u2014 were brought to the surface on Thursday."
    ],
    [("miners brought to the surface", 26, "exact")],
    [("miners trapped", 3, "exact")],
)
whole(
    [
        "Fenwick Outfitters has 31 stores across the county. It will close all 31 of them by August, the company said."
    ],
    [("stores to close", 31, "exact")],
    [("stores to close", 30, "exact")],
)
whole(
    ["Marlow Rail withdrew all 44 of the line's older carriages after cracks were found in two."],
    [("carriages withdrawn", 44, "exact"), ("older carriages withdrawn", 44, "exact")],
    [("carriages cracked", 44, "exact")],
)
whole(
    ["The board re-elected all nine of its directors at Tuesday's meeting in Selbourne."],
    [("directors re-elected", 9, "exact")],
    [("directors re-elected", 8, "exact")],
)
whole(
    ["Inspectors visited all 212 of the region's care homes over the winter."],
    [("care homes visited", 212, "exact")],
    [("inspectors", 212, "exact")],
)
whole(
    [
        "The coastguard said the trawler's owners failed to rescue all 12 of its crew, and four are still missing."
    ],
    [("crew missing", 4, "exact")],
    [("crew rescued", 12, "exact")],
)
whole(
    [
        "Carrow Foods said it would not close all 40 of its shops after all, and will shut only the 12 in the north."
    ],
    [("shops to close", 12, "exact")],
    [("shops to close", 40, "exact")],
)
whole(
    ["The county evacuated all 60 of the valley's villages except two on Sunday night."],
    [],
    [("villages evacuated", 60, "exact")],
)
whole(
    ["Half of all 80 of the club's season-ticket holders renewed, the treasurer said."],
    [],
    [("season-ticket holders renewed", 80, "exact")],
)
whole(
    ["The chain shut all 40 of its shops in March and reopened only half of them in May."],
    [("shops shut", 40, "exact")],
    [("shops reopened", 40, "exact")],
)
whole(
    ["Passengers cheered from the quay as all 12 of its crew were lifted off the ferry."],
    [("crew lifted off", 12, "exact")],
    [("crew cheered", 12, "exact"), ("passengers cheered", 12, "exact")],
)
whole(
    [
        "Dunmere Council owns 40 libraries and 12 swimming pools and plans to sell all 12 of them next year."
    ],
    [("swimming pools to sell", 12, "exact")],
    [("libraries to sell", 12, "exact")],
)
whole(
    ["Not quite all 20 of the councillors backed the budget; two abstained."],
    [],
    [("councillors backed the budget", 20, "exact")],
)
whole(
    [
        "The league docked points from all 14 of its clubs, but the Fallowmere side kept 3 of its own."
    ],
    [("clubs docked points", 14, "exact")],
    [("clubs docked points", 3, "exact")],
)

# --- titled: "the <Q> <title>" ---------------------------------------------------------------
built.story(
    TITLED,
    "Velto shares fall after warning",
    [
        "Shares in Velto Systems fell 9 percent after the firm cut its forecast. Velto's chief executive, Piers Lund, blamed weak demand in Asia.",
        'The Velto chief was asked: "Will you resign if the next quarter is no better?"',
        "Lund said he would not.",
    ],
    ("Will you resign if the next quarter is no better?", [], ["Piers Lund"]),
)
built.story(
    TITLED,
    "Velto boss faces lawsuit",
    [
        "Velto Systems chief executive Piers Lund is being sued by a former supplier, Hanne Okoro.",
        'The Velto chief\'s lawyer said: "Mr Lund will defend himself vigorously and expects to win."',
    ],
    (
        "Mr Lund will defend himself vigorously and expects to win.",
        [],
        ["Piers Lund", "Hanne Okoro"],
    ),
)
built.story(
    TITLED,
    "Harwick Energy confirms job cuts",
    [
        "Harwick Energy will cut 300 jobs, its chief executive, Nadia Sorel, told staff on Monday.",
        'The Harwick chief executive\'s office said: "No further cuts are planned this year."',
    ],
    ("No further cuts are planned this year.", [], ["Nadia Sorel"]),
)
built.story(
    TITLED,
    "Ormond coach defends selection",
    [
        "Amos Reddy, the Ormond coach, left out his captain for Saturday's derby against Lakeside.",
        'The Ormond coach faced one question from a fan at the open training session: "Why drop the best player we have?"',
    ],
    ("Why drop the best player we have?", [], ["Amos Reddy"]),
)
built.story(
    TITLED,
    "New chief at Kessel Bank",
    [
        "Ann Lode, Kessel's former chief executive, left in March after six years. Bo Teller, who ran the bank's Asian arm, took over on Monday.",
        'The Kessel boss was upbeat: "We have the capital and the people to grow again."',
    ],
    ("We have the capital and the people to grow again.", [], ["Ann Lode"]),
)
built.story(
    TITLED,
    "Brenna Cycles hires new manager",
    [
        "Brenna's founder hired manager Ruth Kaye in March to run the shop floor. Founder Tomas Brenner has built the firm up over twenty years.",
        '"We will double production by next spring," the Brenna founder said.',
    ],
    ("We will double production by next spring,", [], ["Ruth Kaye"]),
)
built.story(
    TITLED,
    "Gantry Foods names finance chief",
    [
        "Gantry's board appointed finance director Olu Banjo on Friday. The grocer's chief executive, Marta Vell, has led it since 2021.",
        '"The numbers will speak for themselves," the Gantry director said.',
    ],
    ("The numbers will speak for themselves,", ["Olu Banjo"], ["Marta Vell"]),
)
built.story(
    TITLED,
    "Minister meets Corvane chief",
    [
        "Corvane Airlines chief executive Hollis Marr met transport minister Signe Ruud on Tuesday.",
        'Reporters pressed the Corvane chief on fares: "Will tickets rise this summer?"',
    ],
    ("Will tickets rise this summer?", [], ["Hollis Marr"]),
)
built.story(
    TITLED,
    "Lumen Bank chief criticised",
    [
        "Lumen Bank chief executive Owen Tarr has come under fire from shareholders.",
        'The Lumen chief\'s critics were blunt: "He has lost the trust of the people who own this bank."',
    ],
    ("He has lost the trust of the people who own this bank.", [], ["Owen Tarr"]),
)
built.story(
    TITLED,
    "French president visits port",
    [
        "France's president, \u00c9mile Barre, toured the docks at Carrow Bay on Wednesday with trade minister Jana Holt.",
        'The French president was upbeat: "These docks will carry our trade for another century."',
    ],
    ("These docks will carry our trade for another century.", ["\u00c9mile Barre"], ["Jana Holt"]),
)
built.story(
    TITLED,
    "Velto sets up Asian office",
    [
        "Velto CEO Piers Lund will open an office in Singapore next year, he told investors. Velto's finance head, Ines Mora, gave no figure for its cost.",
        '"Asia is where our buyers are now," the Velto CEO said.',
    ],
    ("Asia is where our buyers are now,", ["Piers Lund"], ["Ines Mora"]),
)
built.story(
    TITLED,
    "Optus boss apologises",
    [
        "Optus chief executive Stephen Rowe apologised to customers after a second outage in a month. Regulator chair Dana Kitt has opened an inquiry.",
        '"We let people down and I am sorry," the Optus boss told reporters.',
    ],
    ("We let people down and I am sorry,", ["Stephen Rowe"], ["Dana Kitt"]),
)
built.story(
    TITLED,
    "Harwick coach backs keeper",
    [
        "Harwick's coach, Lars Veen, kept faith with goalkeeper Aldo Ruiz after two costly errors.",
        '"He is our number one and he stays our number one," the Harwick coach said after training.',
    ],
    ("He is our number one and he stays our number one,", ["Lars Veen"], ["Aldo Ruiz"]),
)
built.story(
    TITLED,
    "Tallis mayor opens bridge",
    [
        "Tallis mayor Greta Holm opened the new footbridge on Saturday alongside engineer Piet Laan.",
        '"This bridge joins two halves of our town," the Tallis mayor said in her speech.',
    ],
    ("This bridge joins two halves of our town,", ["Greta Holm"], ["Piet Laan"]),
)
built.story(
    TITLED,
    "Kessel chairman steps down",
    [
        "Kessel Motors chairman Ruth Anand will step down after the spring meeting, the carmaker said. Union leader Colm Ives welcomed the news.",
        'Speaking at the plant, the Kessel chairman said: "I leave the company in good hands."',
    ],
    ("I leave the company in good hands.", ["Ruth Anand"], ["Colm Ives"]),
)
built.story(
    TITLED,
    "Gilead trial halted",
    [
        "Gilead's chief executive, Daniel Orrin, halted a late-stage trial on Friday; biotech analyst Mei Saito called it a setback.",
        '"Patient safety comes first, always," the Gilead boss said on Friday.',
    ],
    ("Patient safety comes first, always,", ["Daniel Orrin"], ["Mei Saito"]),
)
built.story(
    TITLED,
    "Lakeside manager quits",
    [
        "Lakeside's manager, Corin Flett, resigned on Sunday after the club's sixth defeat. Lakeside chairman Ivor Pask said a search would begin at once.",
        'Asked whether he had been pushed, the Lakeside manager was calm: "Nobody pushed me. I simply ran out of answers."',
    ],
    ("Nobody pushed me. I simply ran out of answers.", ["Corin Flett"], ["Ivor Pask"]),
)
built.story(
    TITLED,
    "Selbourne professor wins prize",
    [
        "Selbourne physics professor Anjali Rao has won this year's Marrow Prize for her work on cold atoms, prize committee chair Felix Dorn announced.",
        'The Selbourne professor was modest: "The prize belongs to my students as much as to me."',
    ],
    ("The prize belongs to my students as much as to me.", ["Anjali Rao"], ["Felix Dorn"]),
)
built.story(
    TITLED,
    "Quarrydon editor steps back",
    [
        "Hal Brise, the Quarrydon editor, will leave the paper in June; reporter Nell Achter broke the news to colleagues.",
        '"Thirty years is long enough for anyone," the Quarrydon editor said.',
    ],
    ("Thirty years is long enough for anyone,", ["Hal Brise"], ["Nell Achter"]),
)
built.story(
    TITLED,
    "Velto recall widens",
    [
        "Velto Systems chief executive Piers Lund widened the recall to every model sold since 2024. Consumer group head Ida Frey said it came too late.",
        'The Velto chief, pressed by reporters in Feldham, said: "We would rather recall too many than too few."',
    ],
    ("We would rather recall too many than too few.", ["Piers Lund"], ["Ida Frey"]),
)
built.story(
    TITLED,
    "Velto names deputy",
    [
        "Velto vice president Ada Marchetti will run the firm's European arm from July.",
        '"Europe is our oldest market and our hardest," the Velto boss said.',
    ],
    ("Europe is our oldest market and our hardest,", [], ["Ada Marchetti"]),
)

# --- writing: a quote credited to a writing -----------------------------------------------------
built.story(
    WRITING,
    "Tenant told to leave flat",
    [
        "Carla Moss has lived in the flat on Quay Street for eleven years.",
        'Carla Moss\'s landlord sent a letter on Friday. "You must leave the property by the end of June," it read.',
    ],
    ("You must leave the property by the end of June,", [], ["Carla Moss"]),
)
built.story(
    WRITING,
    "Striker leaves Fallowmere",
    [
        "Fallowmere striker Jonas Weir has left the club after four seasons.",
        'Weir\'s club issued a statement on Monday. "We thank Jonas for everything he gave us," it read.',
    ],
    ("We thank Jonas for everything he gave us,", [], ["Jonas Weir"]),
)
built.story(
    WRITING,
    "Coach sacked by Selbourne",
    [
        "Selbourne sacked coach Petra Lind on Sunday, a day after a sixth defeat in a row.",
        'A short statement came from Lind\'s former club, Dunmere Rovers. "We are sad to see Petra treated this way," the statement said.',
    ],
    ("We are sad to see Petra treated this way,", [], ["Petra Lind"]),
)
built.story(
    WRITING,
    "Council apologises over bins",
    [
        "Quarrydon Council has apologised for a month of missed bin collections.",
        'The council\'s statement, released hours after a complaint from Leah Dunn, gave no date for a fix. "We are working hard to restore the service," the statement said.',
    ],
    ("We are working hard to restore the service,", [], ["Leah Dunn"]),
)
built.story(
    WRITING,
    "Pensioner warned over debt",
    [
        "Pensioner Leah Dunn says she was frightened by what came through her door.",
        'Leah Dunn received a letter from the bank on Friday. "Legal action will follow if the sum is not paid," it read.',
    ],
    ("Legal action will follow if the sum is not paid,", [], ["Leah Dunn"]),
)
built.story(
    WRITING,
    "Head teacher warned by inspectors",
    [
        "Marren Primary's head teacher, Owen Pryce, is under pressure after a poor inspection.",
        'Owen Pryce was handed a report by the inspectors on Tuesday. "Leadership at the school requires improvement," the report says.',
    ],
    ("Leadership at the school requires improvement,", [], ["Owen Pryce"]),
)
built.story(
    WRITING,
    "Brothers in dispute over farm",
    [
        "Dan Moss and his sister, Carla Moss, have fallen out over their late father's farm. Dan Moss said he would fight for it.",
        'Ms Moss\'s statement was brief. "I want only what my father promised me," it read.',
    ],
    ("I want only what my father promised me,", ["Carla Moss"], ["Dan Moss"]),
)
built.story(
    WRITING,
    "Think tank warns on housing",
    [
        "House building in the region fell for a third year, figures show.",
        'A report by the Harwick Institute, published on Monday, blamed planning delays. "Without reform the shortfall will double by 2030," the report said.',
    ],
    (
        "Without reform the shortfall will double by 2030,",
        ["Harwick Institute"],
        ["Quarrydon Council"],
    ),
)
built.story(
    WRITING,
    "Mayor writes to minister",
    [
        "The mayor of Tallis, Greta Holm, has asked the government for flood money.",
        'Greta Holm\'s own letter was sent to the housing minister, Piet Laan, on Thursday. "Our town cannot wait another winter," it read.',
    ],
    ("Our town cannot wait another winter,", ["Greta Holm"], ["Piet Laan"]),
)
built.story(
    WRITING,
    "Rower quits national team",
    [
        "Olympic rower Ines Mora has quit the national team.",
        'Mora\'s brief statement was posted late on Sunday. "I have given this sport all I have," it read.',
    ],
    ("I have given this sport all I have,", ["Ines Mora"], ["Olu Banjo"]),
)
built.story(
    WRITING,
    "Union writes to rail bosses",
    [
        "Rail staff at Marlow will strike next week unless talks resume, their union says.",
        'A letter signed by union leader Colm Ives went to Marlow Rail on Wednesday. "Our members have waited long enough," the letter said.',
    ],
    ("Our members have waited long enough,", ["Colm Ives"], ["Marlow Rail"]),
)
built.story(
    WRITING,
    "Founder defends firm",
    [
        "Tomas Brenner founded Brenna Cycles in 2006.",
        "Brenner's first reply came in a post on his company's site. \"We have never cut a corner on safety,\" the post said.",
    ],
    ("We have never cut a corner on safety,", ["Tomas Brenner"], ["Ruth Kaye"]),
)
built.story(
    WRITING,
    "Regulator fines water firm",
    [
        "Dunmere Water has been fined for sewage spills into the river.",
        'A statement from Owen Tarr, the firm\'s chief executive, came within the hour. "We accept the fine and we will do better," it read.',
    ],
    ("We accept the fine and we will do better,", ["Owen Tarr"], ["Dunmere Water"]),
)
built.story(
    WRITING,
    "Candidate withdraws",
    [
        "Councillor Aldo Ruiz has pulled out of the race for mayor.",
        'Aldo Ruiz\'s statement gave no reason. "It is time for me to step back," the statement said.',
    ],
    ("It is time for me to step back,", ["Aldo Ruiz"], ["Greta Holm"]),
)

built.story(
    WRITING,
    "Festival cancelled",
    [
        "The Carrow Bay folk festival will not go ahead this summer.",
        'Festival director Anika Solberg\'s open letter to ticket holders was posted on Tuesday. "We could not find a site we could afford," it read.',
    ],
    ("We could not find a site we could afford,", ["Anika Solberg"], []),
)
built.story(
    WRITING,
    "Surgeon apologises",
    [
        "A surgeon at Dunmere General has apologised to the family of a patient who died after an operation.",
        'An email signed by Dr Hari Venn reached the family on Monday. "I am deeply sorry for your loss," the email said.',
    ],
    ("I am deeply sorry for your loss,", ["Hari Venn"], []),
)
built.story(
    WRITING,
    "Charity closes shelter",
    [
        "The Marrow Trust will close its night shelter in Carrow Bay at the end of the month.",
        'A statement from the Marrow Trust blamed rising rents. "We have run out of ways to keep the doors open," it read.',
    ],
    ("We have run out of ways to keep the doors open,", ["Marrow Trust"], []),
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
