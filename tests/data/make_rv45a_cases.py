# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the review set of session 45's deed and participle readings of quote speakers
(``grounding_rv45a.jsonl``, review rv45a of gsp45a; ``sentences/deed_doers.py`` read by
``quotes/deed_speakers.py``, ``sentences/participle_openers.py`` read by ``pronoun_rivals`` and
``back_subjects``), cases written by the reviewer in new words, at the edges of

- ``deeds``: a title taken, a jury's choice and a possessive before a prize's doer: "claimed"
  as a speech verb ("Novak later claimed the title had been decided by a line call"), a book's
  title taken from a poem, a title taken "last year", a jury naming its chair or a shortlist, a
  jury's choice of a kin's apposition or of another year, a club's or a two-word country's
  possessive ("Arsenal's Fay Moss", "New Zealand's Tama Rewi"), against the forms in other
  outlets' words;
- ``occasion``: an earlier deed's marker that times something else ("Previously unranked,
  Iga Novak won", "Initially reluctant, Nora Blix now chairs", "Earlier, Nora Blix, who chairs
  the inquiry, told MPs"), a return to a post held before, "and" joining a doer to a firm or to
  another clause ("joined Orbis Capital and Ida Lunde founded", "founded by Rob Ames, and Tom
  Ek joined"), two semi-final winners before one champion;
- ``opener``: an "-ing" word that is no participle's phrase but the subject's modifier
  ("Acting Prime Minister Ana Ruiz, speaking in Oslo,", "Defending champion Lena Ruiz, who
  lost", "Outgoing chief executive Tom Ek,"), a gerund subject ("Hiring Tom Ek, the former
  coach, was Rob Ames's first decision"), a participle's phrase with a comma of its own
  ("Answering questions from Ana Ruiz, the committee's chair, Ida Lunde said").

Run ``python tests/data/make_rv45a_cases.py`` to rebuild it. Every sentence is written for
this set (fictional people, prizes and companies); each verdict was decided when written,
before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv45a.jsonl")

built = SupportCases(
    "rv45a",
    [
        "By Corin Vale | The Fenland Courier",
        "WELLINGTON (Southern Cross Wire) -",
        "SPORT | The Tamar Gazette",
        "From our business desk, The Pennine Ledger.",
        "Reporting by Aoife Brennan; editing by Sam Okoro",
    ],
)
DEEDS, OCCASION, OPENER = "deeds", "occasion", "opener"


def quote(
    category: str, paragraphs: list[str], words: str, passes: list[str], fails: list[str]
) -> None:
    built.quote(category, built.page(*paragraphs), words, passes, fails)


# fmt: off
# --- deeds: a title taken, a jury's choice, a possessive before the doer ----------------------
# near-misses: "claimed" as speech, a book's title, a taking of another year, a jury's other choices
quote(DEEDS, ["Lena Ruiz won the final in Halden on Sunday, beating Iga Novak 6-3 6-4.", "Novak later claimed the title had been decided by a bad line call.", '"I played the big points better," the champion said.'], "I played the big points better", ["Lena Ruiz"], ["Iga Novak"])
quote(DEEDS, ["The Marlow Prize went to Lars Onn on Tuesday for his novel Cold Harbour.", "Ana Pell, who was also shortlisted, took the title for her book from a line by Larkin.", '"I wrote most of it on trains," the winner said.'], "I wrote most of it on trains", ["Lars Onn"], ["Ana Pell"])
quote(DEEDS, ["Fay Moss, who took the title last year, went out in the semi-finals.", "The Kelso Cup went to Iona Reid on Sunday.", '"I finally believed I could do it," the champion said.'], "I finally believed I could do it", ["Iona Reid"], ["Fay Moss"])
quote(DEEDS, ["Lena Ruiz won the Halden Open on Sunday.", "Iga Novak, who lifted the trophy a year ago, went out in the second round.", '"The crowd carried me," the champion said.'], "The crowd carried me", ["Lena Ruiz"], ["Iga Novak"])
quote(DEEDS, ["The jury named Ana Pell as its chair in January.", "On Thursday the Marlow Prize went to Lars Onn for his debut.", '"I almost gave up on it," the winner said.'], "I almost gave up on it", ["Lars Onn"], ["Ana Pell"])
quote(DEEDS, ["In May the judges picked Rui Costa, Mia Strand and Ada Quist for the shortlist.", "On Friday the Ashby Prize went to Mia Strand.", '"Rui and Ada wrote better books," the winner said.'], "Rui and Ada wrote better books", ["Mia Strand"], ["Rui Costa"])
quote(DEEDS, ["The judges chose Hana Sato's former student, Kenji Arai, for the Ashby Medal.", '"She taught me how to fail," the laureate said.'], "She taught me how to fail", ["Kenji Arai"], ["Hana Sato"])
quote(DEEDS, ["Last year the judges chose Ana Pell's memoir.", "This year the Marlow Prize went to Lars Onn.", '"Following Ana is an honour," the winner said.'], "Following Ana is an honour", ["Lars Onn"], ["Ana Pell"])
quote(DEEDS, ["The jury almost picked Ana Pell's memoir, one judge said, before settling on Lars Onn's debut.", '"I owe a lot to my editor," the winner said.'], "I owe a lot to my editor", ["Lars Onn"], ["Ana Pell"])
quote(DEEDS, ["The Golden Boot went to Arsenal's Fay Moss, who scored 24 league goals.", "Chelsea's Iona Reid was second with 21.", '"The team made every goal," the winner said.'], "The team made every goal", ["Fay Moss"], ["Iona Reid"])
quote(DEEDS, ["The men's title went to New Zealand's Tama Rewi, with Kenji Arai second.", '"The hills suited me," the champion said.'], "The hills suited me", ["Tama Rewi"], ["Kenji Arai"])
quote(DEEDS, ["The Ashby Medal went to Harvard's Ana Pell on Monday; Hana Sato was the runner-up.", '"Batteries are the story of this decade," the laureate said.'], "Batteries are the story of this decade", ["Ana Pell"], ["Hana Sato"])
# the forms in other outlets' words
quote(DEEDS, ["Tove Brandt clinched her first world title in Oslo on Sunday, finishing ahead of Marta Pol.", '"I dreamed of this as a girl," the champion said.'], "I dreamed of this as a girl", ["Tove Brandt"], ["Marta Pol"])
quote(DEEDS, ["The jury picked Lars Onn's Cold Harbour from a shortlist of six that included Ana Pell's Salt Roads.", '"I am still shaking," the winner said.'], "I am still shaking", ["Lars Onn"], ["Ana Pell"])
quote(DEEDS, ["Judges named Ana Pell's Salt Roads the best novel of the year.", "Lars Onn, who chaired the panel, called it a masterpiece.", '"It took me ten years," the winner said.'], "It took me ten years", ["Ana Pell"], ["Lars Onn"])
quote(DEEDS, ["The Ashby Medal went to Imperial College's Hana Sato on Friday, ahead of Ian Cope.", '"I am grateful to my team," the laureate said.'], "I am grateful to my team", ["Hana Sato"], ["Ian Cope"])
quote(DEEDS, ["The Kelso Cup went to Fay Moss's sister, Iona Moss, after a play-off.", '"Fay caddied for me," the champion said.'], "Fay caddied for me", ["Iona Moss"], ["Fay Moss"])
# the mend's edges (review rv45a): a jury's choice "as the winner", a kin unnamed, a taking of this year
quote(DEEDS, ["The jury named Lars Onn as the winner on Thursday, ahead of Ana Pell.", '"I owe it to my late mother," the winner said.'], "I owe it to my late mother", ["Lars Onn"], ["Ana Pell"])
quote(DEEDS, ["The judges chose Hana Sato's student for the Ashby Medal; Ian Cope was the runner-up.", '"She taught me everything," the laureate said.'], "She taught me everything", [], ["Hana Sato", "Ian Cope"])
quote(DEEDS, ["Fay Moss won the Kelso Cup in 2024; this year Iona Reid took the title.", '"I watched Fay do it and wanted it," the champion said.'], "I watched Fay do it and wanted it", ["Iona Reid"], ["Fay Moss"])
# --- occasion: an earlier deed's marker, "and" between doers ----------------------------------
# near-misses: a marker that times something else, a post held again, "and" joining other things
quote(OCCASION, ["Tom Ek, who previously led Halvex from 2010 to 2015, returned as its chief executive on Monday, replacing Ana Pell, who had led Halvex since 2016.", '"We have work to do," the Halvex boss said.'], "We have work to do", ["Tom Ek"], ["Ana Pell"])
quote(OCCASION, ["Previously unranked, Iga Novak won the Halden Open on Sunday, beating top seed Ana Ruiz in the final.", '"Nobody expected this," the champion said.'], "Nobody expected this", ["Iga Novak"], ["Ana Ruiz"])
quote(OCCASION, ["Initially reluctant, Nora Blix now chairs the flood inquiry.", "Tom Ek chaired the inquiry until she took over in March.", '"Every family will be heard," the inquiry chair said.'], "Every family will be heard", ["Nora Blix"], ["Tom Ek"])
quote(OCCASION, ["Earlier, Nora Blix, who chairs the inquiry, told MPs the hearings would be public.", "Tom Ek, her predecessor, chaired the inquiry until May.", '"Nothing will be held in private," the inquiry chair said.'], "Nothing will be held in private", ["Nora Blix"], ["Tom Ek"])
quote(OCCASION, ["Ana Pell originally founded Brightloop as a bicycle repair shop in 2012.", "Her former partner Leon Vasse founded a rival, Cleanpath, two years later.", '"We fixed bikes for two years before we sold one," the founder said.'], "We fixed bikes for two years before we sold one", ["Ana Pell"], ["Leon Vasse"])
quote(OCCASION, ["Quillon was founded by Rob Ames, and Tom Ek joined him as chairman in 2015.", '"I started it with a loan from my mother," the founder said.'], "I started it with a loan from my mother", ["Rob Ames"], ["Tom Ek"])
quote(OCCASION, ["In 2009 Tom Ek joined Orbis Capital and Ida Lunde founded Quillon.", '"I wanted a bank that said yes," the founder said.'], "I wanted a bank that said yes", ["Ida Lunde"], ["Tom Ek"])
quote(OCCASION, ["Lena Ruiz and Iga Novak won their semi-finals on Friday.", "On Sunday Ruiz won the final 6-4 6-4.", '"Iga pushed me all week," the champion said.'], "Iga pushed me all week", ["Lena Ruiz"], ["Iga Novak"])
quote(OCCASION, ["Lena Ruiz first won the Halden Open as a 17-year-old and won it for a fifth time on Sunday, beating Iga Novak.", '"This one means the most," the champion said.'], "This one means the most", ["Lena Ruiz"], ["Iga Novak"])
quote(OCCASION, ["Formerly homeless, Tom Ek now runs Halvex.", "Ana Pell ran Halvex until Ek took over.", '"I know what it is to have nothing," the Halvex boss said.'], "I know what it is to have nothing", ["Tom Ek"], ["Ana Pell"])
# the forms in other outlets' words
quote(OCCASION, ["The watchdog, previously headed by Ruth Kim, has been headed by Paul Reid since June.", '"We will name the worst offenders," the watchdog chief said.'], "We will name the worst offenders", ["Paul Reid"], ["Ruth Kim"])
quote(OCCASION, ["Ana Pell and Leon Vasse split in 2014; Vasse alone founded Cleanpath the next year.", '"I bought the van with my savings," the founder said.'], "I bought the van with my savings", ["Leon Vasse"], ["Ana Pell"])
quote(OCCASION, ["Brightloop, which Ana Pell and Leon Vasse founded in a garage in 2012, was sold on Monday.", '"It was time," the founder said.'], "It was time", [], ["Ana Pell", "Leon Vasse"])
quote(OCCASION, ["The charity was founded by Gwen Ames and Rob Ames in 1981.", '"We had one phone line," the founder said.'], "We had one phone line", [], ["Gwen Ames", "Rob Ames"])
quote(OCCASION, ["Ida Lunde, who founded Quillon in 2009, sold her stake to Orbis Capital on Tuesday.", "Tom Ek, the Orbis chairman, called her a pioneer.", '"I will miss the people," the founder said.'], "I will miss the people", ["Ida Lunde"], ["Tom Ek"])
# the mend's edges (review rv45a): a marker alone before the doer, "and" after a clause's opener
quote(OCCASION, ["Previously, Ida Lunde chaired the review. Ben Ochoa chairs the review now.", '"We report in June," the review chair said.'], "We report in June", ["Ben Ochoa"], ["Ida Lunde"])
quote(OCCASION, ["In 2012, Ana Pell and Leon Vasse founded Brightloop in a rented garage.", '"We slept there some nights," the founder said.'], "We slept there some nights", [], ["Ana Pell", "Leon Vasse"])
# --- opener: an "-ing" word at a sentence's start before a "he/she said" ----------------------
# near-misses: an "-ing" modifier of the subject, a gerund subject, a comma inside the phrase
quote(OPENER, ["Acting Prime Minister Ana Ruiz, speaking in Oslo on Monday, praised Ida Lunde's handling of the talks.", '"She has been patient with everyone," she said.'], "She has been patient with everyone", ["Ana Ruiz"], ["Ida Lunde"])
quote(OPENER, ["Defending champion Lena Ruiz, who lost in the quarter-finals, praised Iga Novak.", '"She deserves all of it," she said.'], "She deserves all of it", ["Lena Ruiz"], ["Iga Novak"])
quote(OPENER, ["Outgoing chief executive Tom Ek, whose contract ends in May, thanked chairman Rob Ames.", '"He gave me the job when nobody else would," he said.'], "He gave me the job when nobody else would", ["Tom Ek"], ["Rob Ames"])
quote(OPENER, ["Visiting professor Ian Cope, who leads the project, credited his student Kenji Arai.", '"He did the hard work," he said.'], "He did the hard work", ["Ian Cope"], ["Kenji Arai"])
quote(OPENER, ["Reigning champion Iga Novak, beaten in Paris last week, said Ana Ruiz was the favourite.", '"She is playing the best tennis of anyone," she said.'], "She is playing the best tennis of anyone", ["Iga Novak"], ["Ana Ruiz"])
quote(OPENER, ["Managing director Rob Ames, speaking at the plant, said Tom Ek had saved the firm.", '"He found the buyers," he said.'], "He found the buyers", ["Rob Ames"], ["Tom Ek"])
quote(OPENER, ["Hiring Tom Ek, the former coach, was Rob Ames's first decision as chairman.", '"I needed a steady hand," he said.'], "I needed a steady hand", ["Rob Ames"], ["Tom Ek"])
quote(OPENER, ["Answering questions from Ana Ruiz, the committee's chair, Ida Lunde said the figures were wrong.", '"They were never checked," she said.'], "They were never checked", ["Ida Lunde"], ["Ana Ruiz"])
quote(OPENER, ["Speaking in Paris, France, on Tuesday, Tom Ek said Lars Onn had been misled.", '"He was never told the truth," he said.'], "He was never told the truth", ["Tom Ek"], ["Lars Onn"])
quote(OPENER, ["Retiring judge Nora Blix, who chaired the inquiry, said Ida Lunde had been brave to testify.", '"She risked her career," she said.'], "She risked her career", ["Nora Blix"], ["Ida Lunde"])
# the form in other outlets' words
quote(OPENER, ["Returning to the chamber after a week's absence, Lars Onn said Rui Costa had misled MPs.", '"He knew the figures were wrong," he said.'], "He knew the figures were wrong", ["Lars Onn"], ["Rui Costa"])
quote(OPENER, ["Building on Ana Ruiz's reforms, Finance Minister Ida Lunde announced a new tax on banks.", '"The banks can afford it," she said.'], "The banks can afford it", ["Ida Lunde"], ["Ana Ruiz"])
quote(OPENER, ["Flanked by police, Tom Ek met Rui Costa at the border.", "Ending months of silence, Rui Costa told reporters the deal was close.", '"We are nearly there," he said.'], "We are nearly there", ["Rui Costa"], ["Tom Ek"])
# the mend's edges (review rv45a): a participle's phrase after an office's "-ing" word
quote(OPENER, ["Visiting troops in Kabul, Defence Minister Tom Ek said Rob Ames had been wrong to cut their pay.", '"He never came here," he said.'], "He never came here", ["Tom Ek"], ["Rob Ames"])
quote(OPENER, ["Leading the delegation, Ana Ruiz said Ida Lunde had broken the deal.", '"She walked out first," she said.'], "She walked out first", ["Ana Ruiz"], ["Ida Lunde"])
quote(OPENER, ["Acting on a tip from Ida Lunde, police chief Ana Ruiz ordered the raid.", '"She gave us the address," she said.'], "She gave us the address", ["Ana Ruiz"], ["Ida Lunde"])
# fmt: on


def build_cases() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = built.cases
    return cases


if __name__ == "__main__":
    built.write(OUT)
    print(f"wrote {len(built.cases)} cases to {OUT}")
