# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 55's review rv55r of ro55 (``grounding_rv55r.jsonl``; the reading
:mod:`summarizer.verification.people.unwritten_offices`), at its edges:

- ``forms``: the office written in another form a labeller rightly turns into the value: a
  title's abbreviation before a name ("Capt.", "Sgt", "Lt. Col.", "Cllr"), the other side of a
  rewording ("Premier" for "prime minister", "finance chief" for "chief financial officer"), a
  verb ("chairs"), a hyphen or plural, a caption, byline line or fact box; against a wrong office
  on the same pages (another rank, another post), refused.
- ``stems``: an office noun the page writes only as the first letters of another word
  ("government" for "governor", "committee" for "commissioner", "secret" for "secretary",
  "Premier League" for "premier"): not the office; the office's own forms beside them.
- ``others``: an office the page writes of someone else ("the mayor" of another town, "her
  lawyer"): not this person's; the person's own office beside another's.

Run ``python tests/data/make_rv55r_cases.py`` to rebuild it. Every article below was written
for this set in its own words with made-up names; each verdict is what a careful fact-checker
reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv55r.jsonl")

built = SupportCases(
    "rv55r",
    leads=[
        "By Orla Finch | The Wexmoor Courier",
        "DUNEDIN (Southern Wire) -",
        "Politics | The Tamar Herald",
        "From our Aberdeen desk, The Granite Post.",
        "LIVE | The Severn Record",
    ],
)
FORMS, STEMS, OTHERS = "forms", "stems", "others"


# --- forms: the office in another form, a labeller's value; a wrong office beside it ---------
built.person_role(
    FORMS,
    "Mara Quill",
    ["captain"],
    ["colonel"],
    "Capt. Mara Quill brought the ferry back to port after the engine failed off the headland.",
    "None of the 140 passengers was hurt.",
)
built.person_role(
    FORMS,
    "Tobin Ashe",
    ["sergeant"],
    ["inspector"],
    "Sgt Tobin Ashe told the inquest that the van had been parked on the verge for an hour.",
    "The hearing continues on Monday.",
)
built.person_role(
    FORMS,
    "Pia Rendle",
    ["lieutenant colonel"],
    ["admiral"],
    "Lt. Col. Pia Rendle, who led the relief column, said the bridge would be rebuilt within a month.",
    "Engineers arrived on Friday.",
)
built.person_role(
    FORMS,
    "Ewan Tarr",
    ["councillor"],
    ["mayor"],
    "Cllr Ewan Tarr said the ward's bins would be collected weekly again from April.",
    "Residents had complained for months.",
)
built.person_role(
    FORMS,
    "Lin Harro",
    ["prime minister"],
    ["foreign minister"],
    "Premier Lin Harro opened the new port terminal on Tuesday, calling it a gateway for the island's exporters.",
    "The terminal cost 90 million dollars.",
)
built.person_role(
    FORMS,
    "Rosa Venn",
    ["chief financial officer"],
    ["chief operating officer"],
    "Finance chief Rosa Venn said the retailer would cut its debt by a third this year.",
    "The shares fell 2%.",
)
built.person_role(
    FORMS,
    "Amos Kettle",
    ["chief technology officer"],
    ["chief marketing officer"],
    "Amos Kettle, the software firm's technology chief, said the outage was caused by a faulty update.",
    "Service was restored by noon.",
)
built.person_role(
    FORMS,
    "Nell Brack",
    ["chairwoman", "chair"],
    ["treasurer"],
    "Nell Brack, who chairs the hospital trust, apologised to the families on Wednesday.",
    "An independent review has been ordered.",
)
built.person_role(
    FORMS,
    "Odile Sarn",
    ["vice-president", "vice president"],
    ["secretary general"],
    "Vice-President Odile Sarn will lead the delegation to the summit in Lisbon next week.",
    "The president is recovering from surgery.",
)
built.person_role(
    FORMS,
    "Hugo Pell",
    ["co-founder", "cofounder"],
    ["managing director"],
    "Hugo Pell, who co-founded the bike-sharing start-up in 2016, is stepping back from the business.",
    "He will remain a shareholder.",
)
built.person_role(
    FORMS,
    "Greta Moll",
    ["senator"],
    ["governor"],
    "Two senators, Greta Moll and Abel Crane, wrote to the agency asking for the files.",
    "The agency has not replied.",
)
built.person_role(
    FORMS,
    "Ivo Starke",
    ["defence minister", "defence secretary"],
    ["interior minister"],
    "Defence Secretary Ivo Starke confirmed that two frigates would be sent to the strait.",
    "The ships sail on Sunday.",
)
built.person_role(
    FORMS,
    "Jory Bain",
    ["editor"],
    ["publisher"],
    "Jory Bain, editor-in-chief of the Harbour Review, said the magazine would print its last issue in May.",
    "It was founded in 1951.",
)
built.person_role(
    FORMS,
    "Kit Lowrie",
    ["head coach", "coach"],
    ["chairman"],
    "Kit Lowrie, who has coached the under-21 side since 2022, named four new players in his squad.",
    "The team play Norway on Friday.",
)
built.person_role(
    FORMS,
    "Beata Rusk",
    ["Member of the European Parliament", "MEP"],
    ["European commissioner"],
    "Beata Rusk, a Polish MEP, said the fishing quotas were unfair to small boats.",
    "The vote is due in June.",
)
built.person_role(
    FORMS,
    "Dunstan Orr",
    ["King's Counsel", "barrister"],
    ["judge"],
    "Dunstan Orr KC, the barrister for the families, told the inquiry that warnings had been ignored.",
    "The inquiry sits again on Tuesday.",
)
built.person_role(
    FORMS,
    "Sabine Rook",
    ["mayor"],
    ["police commissioner"],
    "Sabine Rook was re-elected on Thursday.",
    "FACT BOX: Sabine Rook. Mayor of Castlereagh since 2019. Born 1971.",
)
built.person_role(
    FORMS,
    "Wim Dahl",
    ["goalkeeper"],
    ["captain"],
    "Wim Dahl, the goalkeeper, saved two penalties as the club won the cup.",
    "The match finished 1-1 after extra time.",
)
built.person_role(
    FORMS,
    "Agnes Ferro",
    ["first minister"],
    ["prime minister"],
    "Scotland's first minister, Agnes Ferro, said the ferry contract would be reviewed.",
    "The yard employs 300 people.",
)
built.person_role(
    FORMS,
    "Ruben Sax",
    ["admiral"],
    ["general"],
    "Adm. Ruben Sax said the navy would keep two ships in the gulf until the spring.",
    "The deployment began in October.",
)
built.person_role(
    FORMS,
    "Cora Velt",
    ["bishop"],
    ["archbishop"],
    "The Bishop of Lanmouth, Cora Velt, led the service for the lifeboat crew.",
    "Hundreds lined the harbour.",
)
built.person_role(
    FORMS,
    "Lars Ekdal",
    ["spokesman"],
    ["minister"],
    "Lars Ekdal, a spokesman for the rail operator, said trains would run hourly on Sunday.",
    "Engineering works close the line on Saturday.",
)

# --- stems: an office noun only as the first letters of another word; the office itself ------
built.person_role(
    STEMS,
    "Petra Lund",
    ["economist"],
    ["governor"],
    "Petra Lund, an economist at a Stockholm bank, said the government's budget would lift growth.",
    "The krona rose.",
)
built.person_role(
    STEMS,
    "Ossian Barr",
    ["analyst"],
    ["commissioner"],
    "Ossian Barr, an analyst who gave evidence to the committee, said the figures were too low.",
    "The committee reports in March.",
)
built.person_role(
    STEMS,
    "Milo Frane",
    ["whistleblower"],
    ["secretary"],
    "Milo Frane, the whistleblower who leaked the secret memo, said he had no regrets.",
    "He lives abroad.",
)
built.person_role(
    STEMS,
    "Jonah Pike",
    ["striker"],
    ["premier"],
    "Jonah Pike, the striker, scored twice as his club climbed to fourth in the Premier League.",
    "The win was their third in a row.",
)
built.person_role(
    STEMS,
    "Fenna Holt",
    ["nurse"],
    ["officer"],
    "Fenna Holt, a nurse, said the hospital's official figures hid the length of the waits.",
    "The trust denied it.",
)
built.person_role(
    STEMS,
    "Teo Marr",
    ["teacher"],
    ["professor"],
    "Teo Marr, a teacher, said the profession was losing young staff to better-paid jobs.",
    "The union meets on Friday.",
)
built.person_role(
    STEMS,
    "Ada Corve",
    ["biologist"],
    ["marshal"],
    "Ada Corve, a biologist, has counted the birds on the marshes every spring for a decade.",
    "Numbers fell by a third.",
)
built.person_role(
    STEMS,
    "Rufus Dent",
    ["farmer"],
    ["chancellor"],
    "Rufus Dent, a farmer, said the rain was his last chance to save the harvest.",
    "The forecast is dry.",
)
built.person_role(
    STEMS,
    "Iona Brisk",
    ["architect"],
    ["principal"],
    "Iona Brisk, the architect, said the building followed one principle: light in every room.",
    "It opens next year.",
)
built.person_role(
    STEMS,
    "Colm Rae",
    ["pilot"],
    ["commander"],
    "Colm Rae, the pilot, said he followed every command from the tower before the landing.",
    "Nobody was hurt.",
)
built.person_role(
    STEMS,
    "Sela Word",
    ["tour guide"],
    ["general"],
    "Sela Word, a tour guide, said the old fort had welcomed a new generation of visitors.",
    "Numbers doubled.",
)
built.person_role(
    STEMS,
    "Hal Brede",
    ["jeweller"],
    ["treasurer"],
    "Hal Brede, a jeweller, found the buried treasure while walking his dog.",
    "It is now in the museum.",
)
built.person_role(
    STEMS,
    "Noor Asfar",
    ["governor"],
    ["senator"],
    "Governor Noor Asfar signed the water bill on Monday.",
    "The state's government had sought it for years.",
)
built.person_role(
    STEMS,
    "Bram Oker",
    ["commissioner"],
    ["chancellor"],
    "Bram Oker, the trade commissioner, said the deal would be signed in the autumn.",
    "Talks resume next week.",
)
built.person_role(
    STEMS,
    "Una Greer",
    ["professor"],
    ["dean"],
    "Prof. Una Greer said the tremors were the strongest recorded in the region.",
    "No damage was reported.",
)
built.person_role(
    STEMS,
    "Seb Marten",
    ["inspector"],
    ["superintendent"],
    "Inspector Seb Marten said the road would stay closed overnight.",
    "Diversions are in place.",
)
built.person_role(
    STEMS,
    "Eda Roy",
    ["general secretary"],
    ["president"],
    "Eda Roy, the union's general secretary, said members would strike in March.",
    "Talks broke down on Friday.",
)
built.person_role(
    STEMS,
    "Lorcan Hay",
    ["secretary"],
    ["treasurer"],
    "Lorcan Hay, the club secretary, said the pitch would be relaid in summer.",
    "Fees will rise.",
)
built.person_role(
    STEMS,
    "Vera Tosk",
    ["judge"],
    ["magistrate"],
    "Judge Vera Tosk jailed the pair for six years.",
    "Both men denied the charges.",
)
built.person_role(
    STEMS,
    "Aled Marsh",
    ["marshal"],
    ["sheriff"],
    "U.S. Marshal Aled Marsh said the fugitive was arrested at a motel.",
    "He appears in court on Monday.",
)

# --- others: an office written of someone else; the person's own office beside another's -----
built.person_role(
    OTHERS,
    "Dilys Marr",
    ["resident"],
    ["mayor"],
    "Dilys Marr, a resident, said the mayor had ignored the flooding on her street.",
    "The council said a survey was under way.",
)
built.person_role(
    OTHERS,
    "Oren Vask",
    ["defendant"],
    ["attorney"],
    "Oren Vask, the defendant, sat silently as his attorney read a statement.",
    "The jury retires on Monday.",
)
built.person_role(
    OTHERS,
    "Kasia Dor",
    ["student"],
    ["professor"],
    "Kasia Dor, a student, said her professor had urged her to enter the contest.",
    "She won first prize.",
)
built.person_role(
    OTHERS,
    "Bryn Tell",
    ["driver"],
    ["police officer"],
    "Bryn Tell, the driver, was stopped by a police officer on the motorway.",
    "He was fined.",
)
built.person_role(
    OTHERS,
    "Mina Sho",
    ["voter"],
    ["senator"],
    "Mina Sho, a voter in the suburb, said the senator had not visited once.",
    "Polls open at seven.",
)
built.person_role(
    OTHERS,
    "Gus Tolland",
    ["patient"],
    ["surgeon", "director"],
    "Gus Tolland, a patient, praised the surgeon and the hospital's director for their care.",
    "He goes home this week.",
)
built.person_role(
    OTHERS,
    "Ines Calder",
    ["player"],
    ["coach"],
    "Ines Calder, a player, said the coach had changed the team's mood.",
    "They play again on Saturday.",
)
built.person_role(
    OTHERS,
    "Tariq Noon",
    ["shopkeeper"],
    ["councillor"],
    "Tariq Noon, a shopkeeper, said he had written to his councillor about the parking.",
    "No reply came.",
)
built.person_role(
    OTHERS,
    "Ella Sand",
    ["witness"],
    ["judge"],
    "Ella Sand, a witness, told the judge she had seen the car at midnight.",
    "The trial continues.",
)
built.person_role(
    OTHERS,
    "Piet Groen",
    ["fan"],
    ["chairman"],
    "Piet Groen, a fan for forty years, called on the chairman to sell the club.",
    "Protests are planned.",
)
built.person_role(
    OTHERS,
    "Yara Bell",
    ["mayor"],
    ["governor"],
    "Mayor Yara Bell met the governor on Tuesday to ask for flood money.",
    "No sum was agreed.",
)
built.person_role(
    OTHERS,
    "Colin Shaw",
    ["deputy editor"],
    ["editor"],
    "Colin Shaw, the deputy editor, will run the paper while the editor is on leave.",
    "She returns in June.",
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
