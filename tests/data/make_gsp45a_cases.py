# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the set of session 45's deed readings of quote speakers (``grounding_gsp45a.jsonl``,
closer gsp45a; ``sentences/deed_doers.py`` read by ``quotes/deed_speakers.py``), cases written
before the rules ran, the near-misses first, at the edges of

- ``taken``: "the champion/winner said" of a title taken ("took the title", "clinched the
  title", "took the gold") or of a jury's choice ("the judges chose X's debut", "the panel
  named X"), against a taking short of the deed ("nearly took", "hoped to take", "took the
  lead"), a post's "title of chief executive", a dated taking, a choice no jury made;
- ``owned``: a prize's "went/awarded to" with a possessive before the doer: a kin's or a
  colleague's apposition ("went to Fay Moss's younger sister, Iona Moss"), a country's or a
  body's possessive ("Norway's Lars Onn", "Leeds University's Ian Cope"), against the owner of
  the possessive and the other people the page names;
- ``occasion``: a deed the page marks as an earlier one ("once headed by", "Previously,",
  "Originally,") against the one who holds it now, and a deed two people did together
  ("Tom Ek and Ida Lunde founded", "founded by Rob Ames and Gwen Ames": either, unconfirmed),
  against "and" joining other things than two doers;
- ``opener``: a "he/she said" read back past a participle's phrase opening the sentence
  ("Leaving Downing Street an hour later, Tom Vickers said", "Praising Karl Ostby's courage,
  X said"): the main clause's subject, against the phrase's own person, a name that only
  ends in "-ing" ("Fleming Holt"), an unnamed subject ("the minister praised Lars Onn").

Run ``python tests/data/make_gsp45a_cases.py`` to rebuild it. Every sentence is written for
this set (fictional people, prizes and companies); each verdict was decided when written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_gsp45a.jsonl")

built = SupportCases(
    "gsp45a",
    [
        "By Ines Varga | The Solway Standard",
        "TROMSO (Arctic Wire) -",
        "SPORT | The Wealden Echo",
        "From our arts desk, The Severn Chronicle.",
        "Filed by Omar Reyes, The Lakeland Bulletin.",
    ],
)
TAKEN, OWNED, OCCASION, OPENER = "taken", "owned", "occasion", "opener"


def quote(
    category: str, paragraphs: list[str], words: str, passes: list[str], fails: list[str]
) -> None:
    built.quote(category, built.page(*paragraphs), words, passes, fails)


# fmt: off
# --- taken: a title taken, a jury's choice ----------------------------------------------------
# near-misses first: a taking short of the deed, a post's title, a dated one, no jury's choice
quote(TAKEN, ["Iga Novak nearly took the title in Halden, but Lena Ruiz won the final in three sets.", '"I was nervous all week," the champion said.'], "I was nervous all week", ["Lena Ruiz"], ["Iga Novak"])
quote(TAKEN, ["Fay Moss took the title in 2021.", "This year the Kelso Cup went to Iona Reid.", '"I have chased this for years," the champion said.'], "I have chased this for years", ["Iona Reid"], ["Fay Moss"])
quote(TAKEN, ["Tom Pask took the lead on the first climb, but Luis Ortega won the race.", '"I saved my legs for the end," the winner said.'], "I saved my legs for the end", ["Luis Ortega"], ["Tom Pask"])
quote(TAKEN, ["Ana Pell took the title of chief executive at Halvex in May.", "The Marlow Prize went to Lars Onn on Tuesday.", '"I wrote it at night," the winner said.'], "I wrote it at night", ["Lars Onn"], ["Ana Pell"])
quote(TAKEN, ["Sela Park took the crown from Ada Quist, who had held it for three years.", '"I have waited so long for this," the champion said.'], "I have waited so long for this", ["Sela Park"], ["Ada Quist"])
quote(TAKEN, ["Fans voted for Mia Strand, but the judges chose Rui Costa.", '"Mia would have been a fine winner too," the winner said.'], "Mia would have been a fine winner too", ["Rui Costa"], ["Mia Strand"])
quote(TAKEN, ["The judges praised Ana Pell's novel but chose Lars Onn's debut.", '"I owe everything to my editor," the winner said.'], "I owe everything to my editor", ["Lars Onn"], ["Ana Pell"])
quote(TAKEN, ["Ana Pell, who chaired the panel, named Lars Onn the winner on Thursday.", '"I am stunned," the winner said.'], "I am stunned", ["Lars Onn"], ["Ana Pell"])
# the forms in other words
quote(TAKEN, ["Kenji Arai took the gold in the 400 metres, ahead of Tom Pask.", '"The last bend hurt," the champion said.'], "The last bend hurt", ["Kenji Arai"], ["Tom Pask"])
quote(TAKEN, ["After a long season, Ollie Grange clinched the title at Brands Hatch on Sunday.", "Max Ferrer finished second.", '"The car was perfect all year," the champion said.'], "The car was perfect all year", ["Ollie Grange"], ["Max Ferrer"])
quote(TAKEN, ["Marta Pol claimed the championship with a round to spare.", "Tove Brandt, her coach, said she had trained for ten years.", '"Tove made me believe," the champion said.'], "Tove made me believe", ["Marta Pol"], ["Tove Brandt"])
quote(TAKEN, ["The panel named Iona Reid's poem the best of the year; Fay Moss was runner-up.", '"Poetry still matters," the winner said.'], "Poetry still matters", ["Iona Reid"], ["Fay Moss"])
# --- owned: a possessive before the doer ------------------------------------------------------
quote(OWNED, ["The Kelso Cup went to Fay Moss's younger sister, Iona Moss, on Sunday.", '"Fay taught me to play," the champion said.'], "Fay taught me to play", ["Iona Moss"], ["Fay Moss"])
quote(OWNED, ["The Halden Prize was awarded to Ana Pell's husband, Tom Pell, for his first novel.", '"Ana read every draft," the winner said.'], "Ana read every draft", ["Tom Pell"], ["Ana Pell"])
quote(OWNED, ["The Ashby Medal went to Nora Blix's colleague, Ian Cope, on Monday.", '"It belongs to the whole lab," the laureate said.'], "It belongs to the whole lab", ["Ian Cope"], ["Nora Blix"])
quote(OWNED, ["The shelter was founded by Gwen Ames's grandson, Rob Ames, who still runs it.", '"We started with four beds," the founder said.'], "We started with four beds", ["Rob Ames"], ["Gwen Ames"])
quote(OWNED, ["The Marlow Prize went to Norway's Lars Onn on Tuesday, ahead of Ana Pell.", '"I did not expect this," the winner said.'], "I did not expect this", ["Lars Onn"], ["Ana Pell"])
quote(OWNED, ["The Ashby Medal was awarded to Leeds University's Ian Cope on Friday.", "The runner-up was Hana Sato.", '"Batteries will get cheaper," the laureate said.'], "Batteries will get cheaper", ["Ian Cope"], ["Hana Sato"])
quote(OWNED, ["The title went to Spain's Rui Costa after Mia Strand withdrew with a knee injury.", '"I am sorry for Mia," the champion said.'], "I am sorry for Mia", ["Rui Costa"], ["Mia Strand"])
quote(OWNED, ["First prize went to Halden Rowing Club's Iona Reid.", "Fay Moss finished second.", '"The wind was brutal," the winner said.'], "The wind was brutal", ["Iona Reid"], ["Fay Moss"])
quote(OWNED, ["The Booker Prize went to Ireland's Niamh Doyle for her novel Low Tide; Lars Onn was shortlisted.", '"I wrote it in a year," the winner said.'], "I wrote it in a year", ["Niamh Doyle"], ["Lars Onn"])
quote(OWNED, ["The Ashby Medal went to Hana Sato's former student, Kenji Arai, on Friday.", '"She taught me to doubt everything," the laureate said.'], "She taught me to doubt everything", ["Kenji Arai"], ["Hana Sato"])
# --- occasion: an earlier deed, a deed done together ------------------------------------------
quote(OCCASION, ["The inquiry, once headed by Tom Ek, is now chaired by Nora Blix.", '"No family will be turned away," the inquiry chief said.'], "No family will be turned away", ["Nora Blix"], ["Tom Ek"])
quote(OCCASION, ["Halvex, previously run by Ana Pell, is now run by Tom Ek.", '"We will cut no jobs," the Halvex boss said.'], "We will cut no jobs", ["Tom Ek"], ["Ana Pell"])
quote(OCCASION, ["Originally, Ida Lunde chaired the review panel.", "The new review panel is chaired by Ben Ochoa.", '"We will sit through the summer," the panel chair said.'], "We will sit through the summer", ["Ben Ochoa"], ["Ida Lunde"])
quote(OCCASION, ["Earlier, Ruth Kim headed the safety board.", "The safety board is now headed by Paul Reid.", '"Every crash will be reviewed," the safety board chief said.'], "Every crash will be reviewed", ["Paul Reid"], ["Ruth Kim"])
quote(OCCASION, ["Tom Ek and Ida Lunde founded Quillon in 2009.", '"We started in a shed," the founder said.'], "We started in a shed", [], ["Tom Ek", "Ida Lunde"])
quote(OCCASION, ["Quillon was founded by Rob Ames and Gwen Ames in 1971.", '"We had one van," the founder said.'], "We had one van", [], ["Rob Ames", "Gwen Ames"])
quote(OCCASION, ["Sela Park and Ada Quist won the doubles title on Sunday.", '"We never doubted each other," the champion said.'], "We never doubted each other", [], ["Sela Park", "Ada Quist"])
quote(OCCASION, ["Ana Pell founded Brightloop and sold it to Cleanpath, whose chief is Leon Vasse.", '"It was time to let go," the founder said.'], "It was time to let go", ["Ana Pell"], ["Leon Vasse"])
quote(OCCASION, ["Investors Tom Ek and Ida Lunde backed Quillon, which Rob Ames founded.", '"They believed in us early," the founder said.'], "They believed in us early", ["Rob Ames"], ["Tom Ek", "Ida Lunde"])
quote(OCCASION, ["Iona Reid first won the title in 2019 and won it again on Sunday, beating Fay Moss.", '"It feels better the second time," the champion said.'], "It feels better the second time", ["Iona Reid"], ["Fay Moss"])
quote(OCCASION, ["First prize went to Mia Strand, with Rui Costa second and Ada Quist third.", '"I trained in the snow," the winner said.'], "I trained in the snow", ["Mia Strand"], ["Rui Costa", "Ada Quist"])
quote(OCCASION, ["Backed by Tom Ek and Ida Lunde, Rob Ames founded Quillon in 2009.", '"The money let us hire," the founder said.'], "The money let us hire", ["Rob Ames"], ["Tom Ek"])
quote(OCCASION, ["The inquiry was formerly led by Tom Ek; Nora Blix has led the inquiry since June.", '"We will sit in public," the inquiry chief said.'], "We will sit in public", ["Nora Blix"], ["Tom Ek"])
quote(OCCASION, ["Ana Pell and Leon Vasse met at university; Pell alone founded Brightloop in 2012.", '"Leon thought I was mad," the founder said.'], "Leon thought I was mad", ["Ana Pell"], ["Leon Vasse"])
quote(OWNED, ["The Booker Prize went to Ana Pell's Salt Roads on Tuesday.", "Lars Onn, whose novel was shortlisted, congratulated her.", '"Salt Roads took me ten years," the winner said.'], "Salt Roads took me ten years", [], ["Lars Onn"])
# --- opener: a participle's phrase opening the sentence before a "he/she said" ----------------
# near-misses first: the phrase's own person, a name that only ends in "-ing", no named subject
quote(OPENER, ["Praising Jonas Brekke's courage, coach Karl Ostby said the team owed its title to him.", '"He carried us through the winter," he added.'], "He carried us through the winter", ["Karl Ostby"], ["Jonas Brekke"])
quote(OPENER, ["Meeting Ana Ruiz in Madrid on Tuesday, Tom Ek said the talks had gone well.", '"We agreed on much," he said.'], "We agreed on much", ["Tom Ek"], ["Ana Ruiz"])
quote(OPENER, ["Thanking Ida Lunde for her work, Prime Minister Paul Reid said the inquiry had been fair.", '"She never flinched," he said.'], "She never flinched", ["Paul Reid"], ["Ida Lunde"])
quote(OPENER, ["Standing beside Hugh Dalby, Tom Vickers said he had no regrets.", '"I would do it all again," he said.'], "I would do it all again", ["Tom Vickers"], ["Hugh Dalby"])
quote(OPENER, ["Ana Ruiz, the mayor, urged calm on Monday.", "Fleming Holt, the union leader, said the strike would go on.", '"We will not back down," he said.'], "We will not back down", ["Fleming Holt"], ["Ana Ruiz"])
quote(OPENER, ["Visiting Oslo on Monday, the minister praised Lars Onn.", '"He is a genius," she said.'], "He is a genius", [], ["Lars Onn"])
quote(OPENER, ["Watching from the stands, Tom Ek saw Ana Ruiz score twice.", '"She was unstoppable," he said.'], "She was unstoppable", ["Tom Ek"], ["Ana Ruiz"])
# the form in other words
quote(OPENER, ["Following Mia Strand's resignation, Rui Costa said he would stand for the leadership.", '"I am ready," he said.'], "I am ready", ["Rui Costa"], ["Mia Strand"])
quote(OPENER, ["Speaking after Ben Ochoa's speech, Ruth Kim said the deal was dead.", '"There is nothing left to sign," she said.'], "There is nothing left to sign", ["Ruth Kim"], ["Ben Ochoa"])
quote(OPENER, ["Addressing the rally in Leeds, Sela Park told supporters that Ada Quist had misled them.", '"She lied to you," she said.'], "She lied to you", ["Sela Park"], ["Ada Quist"])
quote(OPENER, ["Visiting Tromso on Friday, Defence Minister Nils Aune pledged two more patrol ships.", '"The north matters," he said.'], "The north matters", ["Nils Aune"], ["Ida Lunde"])
quote(OPENER, ["Leaving Downing Street an hour later, Tom Vickers said he had no regrets about the vote.", '"I would vote the same way again," he said.'], "I would vote the same way again", ["Tom Vickers"], ["Hugh Dalby"])
# fmt: on


def build_cases() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = built.cases
    return cases


if __name__ == "__main__":
    built.write(OUT)
    print(f"wrote {len(built.cases)} cases to {OUT}")
