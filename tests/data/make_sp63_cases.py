# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 63's pronoun walks past things (``grounding_sp63.jsonl``,
false-alarm writer sp63; :mod:`summarizer.verification.sentences.thing_runs`), at the edges of

- ``bodies``: a quote credited by "he" or "she" after the sentence that names its speaker with
  a body ("of the Corran Valley Walking and Cycling Club"), a place ("crews from New Carrow")
  or after sentences that name only bodies ("The Harbour Authority has paid"): the speaker
  passes; another person of the page (named a paragraph before, in the same paragraph, in a
  body's own words "led by X", a "Rev." or a surname that is a body's word, the hearer)
  stays refused;
- ``owned``: the speaker's own apposition or affiliation names a firm or a person ("Farah
  Idris, Calder Freight's chief operating officer,", "Colm Reddy, Okafor's deputy,", "Rosa
  Lindqvist of Marrow Partners"): the speaker passes, the owner of the title and another
  person's apposition ("Grace Okafor's deputy, Colm Reddy," for Okafor) stay refused.

Run ``python tests/data/make_sp63_cases.py`` to rebuild it. Every article below was written
for this set in its own words, names and places made up; each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_sp63.jsonl")

built = SupportCases(
    "sp63",
    leads=[
        "By Imogen Tulley | The Corran Valley Courier | March 3, 2026",
        "DELBY (Westmark Wire) -",
        "Business desk, The Harlow Ledger",
        "Weekend long read | The Askern Review | 9 May 2026",
        "Local news, Fenmouth Evening Post",
    ],
)
BODY, OWN = "bodies", "owned"


# --- bodies: a body or a place beside the name or between, never a person ----------------
built.story(
    BODY,
    "Valley path reopens after winter of storms",
    [
        "Parish councillor Nell Brede asked for the work in March.",
        'Lena Harwick of the Corran Valley Walking and Cycling Club remembers volunteers clearing the path in sleet. "We cut every fallen tree by hand," she said.',
    ],
    ("We cut every fallen tree by hand", ["Lena Harwick"], ["Nell Brede"]),
)
built.story(
    BODY,
    "Ferry to return in May",
    [
        "Harbourmaster Nora Pike closed the route in January after a pier collapsed.",
        'Dara Quinlan, who runs the ferry, said the boat would sail again in May. The Harbour Authority has paid for new moorings. "We have waited long enough," she said.',
    ],
    ("We have waited long enough", ["Dara Quinlan"], ["Nora Pike"]),
)
built.story(
    BODY,
    "Regatta draws record entry",
    [
        'Ivo Marsh of the Delby Rowing Club said crews from New Carrow and Old Leck had entered for the first time. "It is our biggest regatta in forty years," he told the Wire.',
        "Race officer Piet Varga will start the first heat at nine.",
    ],
    ("It is our biggest regatta in forty years", ["Ivo Marsh"], ["Piet Varga"]),
)
built.story(
    BODY,
    "Ridge trail fund reaches its target",
    [
        "Mae Okoro said the trail would reopen by June. The Kettle Ridge Trust has raised the money. The Forest Service will carry out the survey.",
        '"We owe the donors a dry path," she said.',
    ],
    ("We owe the donors a dry path", ["Mae Okoro"], ["Kettle Ridge"]),
)
built.story(
    BODY,
    "Warehouse jobs saved by new owner",
    [
        "Brenna Coyle, the union's site rep, welcomed the sale on Friday. The Harlow Logistics Group takes over the depot on Monday, and the Department for Business has signed off the deal.",
        '"Nobody here loses a shift," she said.',
        "The former owner, Gemma Shaw, declined to comment.",
    ],
    ("Nobody here loses a shift", ["Brenna Coyle"], ["Gemma Shaw"]),
)
built.story(
    BODY,
    "Bakery wins national prize",
    [
        "Tomas Reyes of the Askern Bread Society took the top award in London on Tuesday. The Guild of Master Bakers judged 400 loaves.",
        '"I still bake every loaf myself," he said.',
        "Last year's winner, Owen Tate, came second.",
    ],
    ("I still bake every loaf myself", ["Tomas Reyes"], ["Owen Tate"]),
)
built.story(
    BODY,
    "Clinic hours cut",
    [
        "Dr Ruth Amadi said the clinic would close on Saturdays from April. The Fenmouth Health Board could not find locum staff, and the Royal College of Nursing has warned of shortages.",
        '"Patients will wait longer, and I am sorry for it," she said.',
    ],
    ("Patients will wait longer, and I am sorry for it", ["Ruth Amadi"], ["Fenmouth Health"]),
)
built.story(
    BODY,
    "Library to open on Sundays",
    [
        "Council leader Hana Brook backed the plan in February.",
        'Isla Fenn of the Friends of Corran Library said volunteers would staff the desk. "Sunday is when families can come," she said.',
    ],
    ("Sunday is when families can come", ["Isla Fenn"], ["Hana Brook"]),
)
built.story(
    BODY,
    "Flood barrier delayed again",
    [
        'Engineer Sofia Lund of the Delby Rivers Agency said the barrier would not be ready before winter. "The steel has not arrived," she told Mayor Ann Crewe.',
    ],
    ("The steel has not arrived", ["Sofia Lund"], ["Ann Crewe"]),
)
built.story(
    BODY,
    "Market traders win rent freeze",
    [
        "Kofi Mensah of the Harlow Market Traders' Association said the freeze would save each stall about 600 pounds. The Harlow Market Company agreed to it after a month of talks.",
        '"It keeps the small stalls open," he said.',
        "The company's chairman, Ralf Dorn, said the rents would be reviewed next year.",
    ],
    ("It keeps the small stalls open", ["Kofi Mensah"], ["Ralf Dorn"]),
)
# guards: a person between, in a body's words, by a title, or by a surname that is a body word
built.story(
    BODY,
    "Ridge trail appeal closes",
    [
        "Mae Okoro said the trail would reopen by June. The Kettle Ridge Trust, led by Jo Farr, raised the money.",
        '"We owe the donors a dry path," she said.',
    ],
    ("We owe the donors a dry path", [], ["Mae Okoro"]),
)
built.story(
    BODY,
    "Chapel path blessed",
    [
        "Dana Kerr of the Corran Ramblers said the new path was finished. The Rev. Carys Dunn of St Anne's Church blessed it on Sunday.",
        '"It is a gift to the whole valley," she said.',
    ],
    ("It is a gift to the whole valley", [], ["Dana Kerr"]),
)
built.story(
    BODY,
    "Walk leader named",
    [
        "Mae Okoro of the Kettle Ridge Trust said the trail would reopen by June. Greta Mills will lead the first walk.",
        '"Bring boots, not trainers," she said.',
    ],
    ("Bring boots, not trainers", [], ["Mae Okoro"]),
)
built.story(
    BODY,
    "Trail warden appointed",
    [
        "Mae Okoro of the Kettle Ridge Trust said the path was safe again. The trust has hired Anna Steel as its first warden.",
        '"I will walk it every morning," she said.',
    ],
    ("I will walk it every morning", [], ["Mae Okoro"]),
)
built.story(
    BODY,
    "Harbour talks stall",
    [
        "Dara Quinlan said the ferry would sail again in May. Nora Pike of the Harbour Authority disputes that.",
        '"The moorings are not safe yet," she said.',
    ],
    ("The moorings are not safe yet", [], ["Dara Quinlan"]),
)
built.story(
    BODY,
    "Rowing club splits",
    [
        "Ivo Marsh and Anton Drel of the Delby Rowing Club have fallen out over the new boathouse. The Delby Rivers Agency must approve it.",
        '"We will not build on the flood plain," he said.',
    ],
    ("We will not build on the flood plain", [], ["Ivo Marsh", "Anton Drel"]),
)
built.story(
    BODY,
    "Station cafe saved",
    [
        "Alma Ruiz said the cafe would stay open. Rail operator Westmark Trains agreed a new lease with Petra Long, the owner.",
        '"I thought we were finished," she said.',
    ],
    ("I thought we were finished", [], ["Alma Ruiz"]),
)


# --- owned: the speaker's own apposition or affiliation -----------------------------------
built.story(
    OWN,
    "Freight volumes double",
    [
        "Road haulage had its busiest quarter since 2019, the trade body said.",
        'Farah Idris, Calder Freight\'s chief operating officer, told a trade dinner that volumes had doubled. "We are turning lorries away," she said.',
        "Port manager Lisa Crane said the docks were coping.",
    ],
    ("We are turning lorries away", ["Farah Idris"], ["Lisa Crane"]),
)
built.story(
    OWN,
    "Library staff told to carry on",
    [
        "Library chief Grace Okafor was suspended on Friday pending an inquiry.",
        'Colm Reddy, Okafor\'s deputy, wrote to staff on Monday. "We carry on as normal," he said.',
    ],
    ("We carry on as normal", ["Colm Reddy"], ["Grace Okafor"]),
)
built.story(
    OWN,
    "Small law firms losing staff",
    [
        "Three mid-sized firms merged in the first half of the year.",
        'Rosa Lindqvist of Marrow Partners said small firms were losing staff to bigger rivals. "Size now decides everything," she said.',
        "Consultant Ines Kale disagreed.",
    ],
    ("Size now decides everything", ["Rosa Lindqvist"], ["Ines Kale"]),
)
built.story(
    OWN,
    "Club appoints interim coach",
    [
        "The board sacked manager Dev Harlan on Sunday after six defeats.",
        "Luis Ortega, Harlan's assistant, takes charge for Saturday's game. \"The players owe the fans a performance,\" he said.",
    ],
    ("The players owe the fans a performance", ["Luis Ortega"], ["Dev Harlan"]),
)
built.story(
    OWN,
    "Office rents fall again",
    [
        "Vacancy in the city's older offices rose to 19 per cent in June.",
        'Nadia Brandt, Kestrel Property\'s head of research, told a webinar that older blocks would keep emptying. "Tenants want new buildings or none," she said.',
        "Agent Carl Ober expects a recovery next year.",
    ],
    ("Tenants want new buildings or none", ["Nadia Brandt"], ["Carl Ober"]),
)
built.story(
    OWN,
    "Orchestra names new leader",
    [
        "Conductor Amos Veld left the Askern Philharmonic in May.",
        'Yara Holm, the Philharmonic\'s principal violinist, will lead it until a successor is found. "We know this music in our bones," she said.',
    ],
    ("We know this music in our bones", ["Yara Holm"], ["Amos Veld"]),
)
built.story(
    OWN,
    "Pension deals pile up",
    [
        "Buy-ins reached a record last year, according to the insurers.",
        'Mark Ellery of Ellery Advisory said the queue would not clear soon. "Too many deals fall over at the last step," he said.',
        "Rival adviser Paul Senn was more hopeful.",
    ],
    ("Too many deals fall over at the last step", ["Mark Ellery"], ["Paul Senn"]),
)
built.story(
    OWN,
    "School trip cancelled",
    [
        "Head teacher Alan Rusk cancelled the Paris trip on Tuesday.",
        'Jenna Pole, Rusk\'s deputy, told parents that deposits would be returned. "Every family gets its money back," she said.',
    ],
    ("Every family gets its money back", ["Jenna Pole"], ["Alan Rusk"]),
)
built.story(
    OWN,
    "Brewery expands",
    [
        "Hop prices rose by a fifth this year.",
        'Gus Fenwick of Tarn Valley Ales said the brewery would double its output. "We cannot brew fast enough," he said.',
        "Publican Tom Arle said he would stock more of it.",
    ],
    ("We cannot brew fast enough", ["Gus Fenwick"], ["Tom Arle"]),
)
built.story(
    OWN,
    "Hospital waiting lists grow",
    [
        "The health trust missed its target for the sixth month running.",
        'Priya Menon, the trust\'s medical director, said winter had been the hardest in a decade. "Staff have given everything," she said.',
        "Health secretary Maria Doyle will visit next week.",
    ],
    ("Staff have given everything", ["Priya Menon"], ["Maria Doyle"]),
)
# guards: the owner of the title, another person's apposition, a clause that is no apposition
built.story(
    OWN,
    "Deputy runs the library",
    [
        'Colm Reddy, Grace Okafor\'s deputy, wrote to staff on Monday. "We carry on as normal," he said.',
    ],
    ("We carry on as normal", ["Colm Reddy"], ["Grace Okafor"]),
)
built.story(
    OWN,
    "Deputy head speaks for school",
    [
        'Jenna Pole, Alan Rusk\'s deputy, told parents that deposits would be returned. "Every family gets its money back," she said.',
    ],
    ("Every family gets its money back", ["Jenna Pole"], ["Alan Rusk"]),
)
built.story(
    OWN,
    "Coach's assistant takes over",
    [
        "Dev Harlan's assistant, Luis Ortega, takes charge for Saturday's game. \"The players owe the fans a performance,\" he said.",
    ],
    ("The players owe the fans a performance", ["Luis Ortega"], ["Dev Harlan"]),
)
built.story(
    OWN,
    "Freight chief meets minister",
    [
        "Farah Idris, who met Lisa Crane in the morning, told a trade dinner that volumes had doubled.",
        '"We are turning lorries away," she said.',
    ],
    ("We are turning lorries away", [], ["Lisa Crane"]),
)
built.story(
    OWN,
    "Two agents, two views",
    [
        "Nadia Brandt, Kestrel Property's head of research, spoke after Carl Ober, Ober Lettings' founder.",
        '"Tenants want new buildings or none," he said.',
    ],
    ("Tenants want new buildings or none", [], ["Nadia Brandt"]),
)
built.story(
    OWN,
    "Deputy stands in",
    [
        "Ana Ruiz said the vote would go ahead. Yusuf Kaya, Ruiz's deputy, chairs the count.",
        '"Every ballot will be counted twice," he said.',
    ],
    ("Every ballot will be counted twice", ["Yusuf Kaya"], ["Ana Ruiz"]),
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
