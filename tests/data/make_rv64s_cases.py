# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 64's review of sp64 (``grounding_rv64s.jsonl``, review rv64s;
:mod:`summarizer.verification.sentences.named_subjects`), at the edges of

- ``owned``: words in the predicate of a clause whose subject is a person named in full that
  are not that person's words: a work's title sung, read, recited or starred in, a campaign's,
  a law's or a nickname's name, a charge, a chant, a placard, a citation, a letter's or a note's
  wording, another's suggestion: the subject is refused; the same subject's own words in the
  same sentence shapes ("told the crowd", "described the film as", ", calling", a colon)
  pass;
- ``rival``: words of another person, clause or time in a sentence whose subject is a person
  named in full ("stepped down and the board thanked him for", "recalled her father telling
  her", a credit after the quote that relays: "said, quoting", "said the minister had told
  her"): the subject is refused, the speaker passes, however the page writes the speaker
  (title runs, ages, party tags, a "(pictured)", an apposition, a credit after the quote).

Run ``python tests/data/make_rv64s_cases.py`` to rebuild it. Every article below was written
for this set in its own words, names and places made up; each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv64s.jsonl")

built = SupportCases(
    "rv64s",
    leads=[
        "By Petra Vance | The Harlow Gazette | March 3, 2026",
        "DUNMERE, Westmark (Coastline Press) -",
        "Arts desk | The Westfold Review",
        "Courts | The Sallow Evening Post",
        "Live updates | Rivermouth FM",
    ],
)
OWNED, RIVAL = "owned", "rival"


# --- owned: words in the subject's predicate that are not the subject's ---------------------
built.story(
    OWNED,
    "Holt signs off in style",
    [
        'Singer Maren Holt closed the night with "Harbour of Stars", the ballad that made her name, as the hall sang along.',
        'Maren Holt then told the crowd: "You carried me here, every one of you."',
    ],
    ("Harbour of Stars", [], ["Maren Holt"]),
    ("You carried me here, every one of you", ["Maren Holt"], []),
)
built.story(
    OWNED,
    "Dunmere actor returns home",
    [
        'Tomas Berg, who grew up on the harbour front, starred in "The Salt Road" before moving to the capital.',
        'Tomas Berg described the film as "the hardest and happiest year of my life".',
    ],
    ("The Salt Road", [], ["Tomas Berg"]),
    ("the hardest and happiest year of my life", ["Tomas Berg"], []),
)
built.story(
    OWNED,
    "Poet reads at flood memorial",
    [
        'Poet laureate Idris Vaughan read "The Drowned Village" at the memorial on Sunday, a poem written by a schoolgirl in 1953.',
        'Idris Vaughan, 67, called the afternoon "the most moving hour of my working life".',
    ],
    ("The Drowned Village", [], ["Idris Vaughan"]),
    ("the most moving hour of my working life", ["Idris Vaughan"], []),
)
built.story(
    OWNED,
    "Driver charged after crash",
    [
        'Dorian Pike, 41, of Lisle Road, was charged with "causing serious injury by dangerous driving" and will appear before magistrates next month.',
        'Dorian Pike told officers at the scene he had "looked away for one second".',
    ],
    ("causing serious injury by dangerous driving", [], ["Dorian Pike"]),
    ("looked away for one second", ["Dorian Pike"], []),
)
built.story(
    OWNED,
    "Councillor fights pool closure",
    [
        'Councillor Aisha Monroe started a petition, "Save Our Baths", on Friday and it had 3,000 names by Sunday.',
        'Councillor Aisha Monroe launched it on the steps of the pool, calling the closure "a slap in the face for every swimmer in Harlow".',
    ],
    ("Save Our Baths", [], ["Aisha Monroe"]),
    ("a slap in the face for every swimmer in Harlow", ["Aisha Monroe"], []),
)
built.story(
    OWNED,
    "Abara hat-trick sinks Rovers",
    [
        'Striker Leon Abara listened as the away end chanted "One Leon Abara" for ten minutes after his third goal.',
        'Leon Abara said afterwards the noise had been "unreal, like nothing I have heard".',
    ],
    ("One Leon Abara", [], ["Leon Abara"]),
    ("unreal, like nothing I have heard", ["Leon Abara"], []),
)
built.story(
    OWNED,
    "Pensioners rally for bus routes",
    [
        'Greta Laine, 82, held up a placard reading "Hands Off Our Buses" outside the town hall for most of the morning.',
        'Greta Laine, who has no car, said the number 9 was "my only way to the doctor".',
    ],
    ("Hands Off Our Buses", [], ["Greta Laine"]),
    ("my only way to the doctor", ["Greta Laine"], []),
)
built.story(
    OWNED,
    "Mayor defends budget",
    [
        'Mayor Colm Dwyer rejected suggestions that his budget was "a con dressed up as a freeze".',
        'Mayor Colm Dwyer said the budget was "honest, balanced and overdue".',
    ],
    ("a con dressed up as a freeze", [], ["Colm Dwyer"]),
    ("honest, balanced and overdue", ["Colm Dwyer"], []),
)
built.story(
    OWNED,
    "Water boss keeps bonus",
    [
        'Chief executive Nils Varga brushed off complaints that his pay was "obscene in a drought year".',
        'Nils Varga, the Sallow Water chief executive, admitted the company had "a lot of trust to win back".',
    ],
    ("obscene in a drought year", [], ["Nils Varga"]),
    ("a lot of trust to win back", ["Nils Varga"], []),
)
built.story(
    OWNED,
    "Tenor opens festival",
    [
        'Tenor Piotr Lasko sang "Song of the Lantern" to open the Westfold festival, the old river hymn in its first full performance since 1911.',
        'Piotr Lasko (pictured) spoke of the hymn as "a tune my grandmother hummed over the washing".',
    ],
    ("Song of the Lantern", [], ["Piotr Lasko"]),
    ("a tune my grandmother hummed over the washing", ["Piotr Lasko"], []),
)
built.story(
    OWNED,
    "Rally marches on town hall",
    [
        'Ferne Odell, wearing a T-shirt printed with "No More Cuts", led the march from the station.',
        'Ferne Odell told the rally the latest cuts were "the last straw for this town".',
    ],
    ("No More Cuts", [], ["Ferne Odell"]),
    ("the last straw for this town", ["Ferne Odell"], []),
)
built.story(
    OWNED,
    "Historian's decade in the archives",
    [
        'Historian Judith Carrow wrote "Tides of Empire" over ten years in the harbour archives.',
        'Judith Carrow, a lecturer at Westfold, said the book had "nearly finished me off".',
    ],
    ("Tides of Empire", [], ["Judith Carrow"]),
    ("nearly finished me off", ["Judith Carrow"], []),
)
built.story(
    OWNED,
    "Senator opposes harbour bill",
    [
        'Senator Aldous Crane voted against House Bill 12, known as "the Clean Harbours Act", on Tuesday.',
        'Senator Aldous Crane, R-Dunmere, said the bill would "sink every small boatyard on the coast".',
    ],
    ("the Clean Harbours Act", [], ["Aldous Crane"]),
    ("sink every small boatyard on the coast", ["Aldous Crane"], []),
)
built.story(
    OWNED,
    "Nurse cleared by tribunal",
    [
        'Ali Demir was cleared of "gross misconduct" on Tuesday after a four-day hearing.',
        'Ali Demir, a nurse for 19 years, said outside that he felt "lighter than I have in two years".',
    ],
    ("gross misconduct", [], ["Ali Demir"]),
    ("lighter than I have in two years", ["Ali Demir"], []),
)
built.story(
    OWNED,
    "Fitch at ease with nickname",
    [
        'Racing driver Eamon Fitch has long since embraced his paddock nickname, "the Quiet Man".',
        'Eamon Fitch laughed it off: "I talk plenty. Just not to the press."',
    ],
    ("the Quiet Man", [], ["Eamon Fitch"]),
    ("I talk plenty. Just not to the press.", ["Eamon Fitch"], []),
)
built.story(
    OWNED,
    "Tenant shows eviction notice",
    [
        'Tamsin Roe said the note pinned to her door read "vacate by Friday or the locks change".',
        'Tamsin Roe said she had "nowhere to take two children by Friday".',
    ],
    ("vacate by Friday or the locks change", [], ["Tamsin Roe"]),
    ("nowhere to take two children by Friday", ["Tamsin Roe"], []),
)
built.story(
    OWNED,
    "Reporter honoured for docks series",
    [
        'Teodor Ilic took the top prize for "fearless reporting on the docks and the men who run them".',
        'Teodor Ilic told the dinner he was "only the one whose name goes on the byline".',
    ],
    ("fearless reporting on the docks and the men who run them", [], ["Teodor Ilic"]),
    ("only the one whose name goes on the byline", ["Teodor Ilic"], []),
)
built.story(
    OWNED,
    "Neighbour's letter read to court",
    [
        'Kai Lundqvist described the letter to the court, which began "Dear thief next door" and ran to four pages.',
        "Kai Lundqvist told the court he had written nothing of the kind.",
        'Kai Lundqvist said he had "never threatened anybody in my life".',
    ],
    ("Dear thief next door", [], ["Kai Lundqvist"]),
    ("never threatened anybody in my life", ["Kai Lundqvist"], []),
)

built.story(
    OWNED,
    "Health chief on the winter queues",
    [
        'Health Secretary Wes Odum, speaking on "Morning Live", said the queues were shorter than last winter.',
        'Health Secretary Wes Odum called the new triage desks "the best money we spent all year".',
    ],
    ("Morning Live", [], ["Wes Odum"]),
    ("the best money we spent all year", ["Wes Odum"], []),
)
built.story(
    OWNED,
    "Author joins college staff",
    [
        'Lena Voss is the author of "The Winter Ledger" and now teaches on the coast.',
        'Lena Voss, 44, described teaching as "the job I should have done at twenty".',
    ],
    ("The Winter Ledger", [], ["Lena Voss"]),
    ("the job I should have done at twenty", ["Lena Voss"], []),
)
built.story(
    OWNED,
    "Radio veteran signs off",
    [
        'Broadcaster Hal Brody hosted "The Early Tide" for nine years before retiring on Friday.',
        'Hal Brody told listeners in his last show: "Thank you for getting up with me."',
    ],
    ("The Early Tide", [], ["Hal Brody"]),
    ("Thank you for getting up with me.", ["Hal Brody"], []),
)
built.story(
    OWNED,
    "Senator under pressure over contract",
    [
        'Senator Ruth Aldane faces "serious questions" over the ferry contract, her opponents say.',
        'Senator Ruth Aldane insisted the contract was "clean, audited and public".',
    ],
    ("serious questions", [], ["Ruth Aldane"]),
    ("clean, audited and public", ["Ruth Aldane"], []),
)
built.story(
    OWNED,
    "Chef opens on the quay",
    [
        'Chef Remy Vallet runs "Le Petit Phare", a twelve-table bistro on the quay.',
        'Chef Remy Vallet, who trained in Lyon, promised "no menu longer than one page".',
    ],
    ("Le Petit Phare", [], ["Remy Vallet"]),
    ("no menu longer than one page", ["Remy Vallet"], []),
)
built.story(
    OWNED,
    "Singer's summer hit",
    [
        'Pop star Jade Ferris topped the charts with "Paper Moons" in May.',
        'Jade Ferris dubbed her fans "the night shift" in a post on Sunday.',
    ],
    ("Paper Moons", [], ["Jade Ferris"]),
    ("the night shift", ["Jade Ferris"], []),
)
built.story(
    OWNED,
    "Supporter's lucky cap",
    [
        'Ravi Kohli wore a cap with "Ossory Rovers" stitched on the front to every home game for thirty years.',
        'Ravi Kohli said the cap was "held together by hope and thread".',
    ],
    ("Ossory Rovers", [], ["Ravi Kohli"]),
    ("held together by hope and thread", ["Ravi Kohli"], []),
)
built.story(
    OWNED,
    "Coach spotted with self-help book",
    [
        'Coach Ben Ostrow was seen carrying a copy of "The Inner Game" on the team bus.',
        'Coach Ben Ostrow wrote in his column that the squad was "tired, not beaten".',
    ],
    ("The Inner Game", [], ["Ben Ostrow"]),
    ("tired, not beaten", ["Ben Ostrow"], []),
)
built.story(
    OWNED,
    "Striker's training ground",
    [
        'Leon Abara trains at a ground whose gates carry the motto "Play for the shirt".',
        'Leon Abara called the motto "the first thing I read every morning".',
    ],
    ("Play for the shirt", [], ["Leon Abara"]),
    ("the first thing I read every morning", ["Leon Abara"], []),
)

# --- rival: words of another person, clause or time --------------------------------------------
built.story(
    RIVAL,
    "Chief steps down after twelve years",
    [
        'Yusuf Adeyemi stepped down on Monday and the board thanked him for "twelve years of steady hands".',
        'Board chair Rosa Keel later described him as "the calmest man in any room".',
    ],
    ("twelve years of steady hands", [], ["Yusuf Adeyemi"]),
    ("the calmest man in any room", ["Rosa Keel"], ["Yusuf Adeyemi"]),
)
built.story(
    RIVAL,
    "Captain remembers her father",
    [
        '"Never trust a calm sea," Captain Elin Rask recalled her father telling her on her first trawler.',
        '"He was right about most things," Captain Elin Rask said.',
    ],
    ("Never trust a calm sea", [], ["Elin Rask"]),
    ("He was right about most things", ["Elin Rask"], []),
)
built.story(
    RIVAL,
    "Depot stays put",
    [
        '"We will not move the depot," Councillor Bea Quist said the minister had told her in a call on Friday.',
        '"That is not what residents were promised," Councillor Bea Quist said.',
    ],
    ("We will not move the depot", [], ["Bea Quist"]),
    ("That is not what residents were promised", ["Bea Quist"], []),
)
built.story(
    RIVAL,
    "Aide reads out message",
    [
        '"I am sorry I cannot be with you," Deputy Mayor Owen Tarr said, reading a message from the mayor.',
        '"She is recovering well," Deputy Mayor Owen Tarr added.',
    ],
    ("I am sorry I cannot be with you", [], ["Owen Tarr"]),
    ("She is recovering well", ["Owen Tarr"], []),
)
built.story(
    RIVAL,
    "Spokesman passes on chief's words",
    [
        '"The strike will end when the offer is on paper," spokesman Ivo Rendal told reporters, quoting the union leader.',
        '"Nobody wants this to drag on," spokesman Ivo Rendal said.',
    ],
    ("The strike will end when the offer is on paper", [], ["Ivo Rendal"]),
    ("Nobody wants this to drag on", ["Ivo Rendal"], []),
)
built.story(
    RIVAL,
    "Rival concedes",
    [
        'Rhian Carys won the ward comfortably and her rival conceded it had been "a fair fight on a bad night".',
        'Rhian Carys, 29, said she would "start on the potholes on Monday".',
    ],
    ("a fair fight on a bad night", [], ["Rhian Carys"]),
    ("start on the potholes on Monday", ["Rhian Carys"], []),
)
built.story(
    RIVAL,
    "Winger misses the final",
    [
        'Juno Park misses the final with a torn hamstring, her team-mates describing her absence as "a huge blow".',
        'Juno Park, 23, posted on Instagram that she was "gutted but will be back".',
    ],
    ("a huge blow", [], ["Juno Park"]),
    ("gutted but will be back", ["Juno Park"], []),
)
built.story(
    RIVAL,
    "Handover at the ministry",
    [
        'Oskar Brenn handed over to his deputy on Friday, who promised "no change of course".',
        'Oskar Brenn, the outgoing minister, called the job "the privilege of my life".',
    ],
    ("no change of course", [], ["Oskar Brenn"]),
    ("the privilege of my life", ["Oskar Brenn"], []),
)
built.story(
    RIVAL,
    "Mayor meets protesters",
    [
        'Mayor Rolf Engel met the protesters outside the depot and their leader demanded "a vote, not a promise".',
        'Mayor Rolf Engel replied that a vote was "not in my gift".',
    ],
    ("a vote, not a promise", [], ["Rolf Engel"]),
    ("not in my gift", ["Rolf Engel"], []),
)
built.story(
    RIVAL,
    "Coach celebrates title",
    [
        'Coach Mira Dahl ran on to the pitch at the whistle, her captain shouting "We did it, we actually did it!"',
        'Coach Mira Dahl, in her first season, said the title was "for the girls who came before".',
    ],
    ("We did it, we actually did it!", [], ["Mira Dahl"]),
    ("for the girls who came before", ["Mira Dahl"], []),
)
built.story(
    RIVAL,
    "Tenant's note to court",
    [
        'Prosecutor Hanne Lund read the note aloud, and defence lawyer Ciaran Moss objected that it was "hearsay, and old hearsay at that".',
        'Hanne Lund, for the Crown, told the jury the note was "the heart of this case".',
    ],
    ("hearsay, and old hearsay at that", ["Ciaran Moss"], ["Hanne Lund"]),
    ("the heart of this case", ["Hanne Lund"], ["Ciaran Moss"]),
)
built.story(
    RIVAL,
    "Rowers back on the river",
    [
        'Kira Stenmark smiled as her coach told the press she was "the best sculler I have worked with".',
        'Kira Stenmark, the world champion, said she felt "fitter than ever".',
    ],
    ("the best sculler I have worked with", [], ["Kira Stenmark"]),
    ("fitter than ever", ["Kira Stenmark"], []),
)
built.story(
    RIVAL,
    "Minister recalls predecessor",
    [
        'Health Minister Ana Vries, who in 2019 called the hospital plan "a fantasy", cut the ribbon on Monday.',
        'Health Minister Ana Vries told staff the new wing was "proof that I was wrong".',
    ],
    ("a fantasy", ["Ana Vries"], []),
    ("proof that I was wrong", ["Ana Vries"], []),
)
built.story(
    RIVAL,
    "Judge sums up",
    [
        'Mr Justice Felix Arden told the jury the defendant had called the victim "a liar and a thief" the night before.',
        'Mr Justice Felix Arden said the jury must be "sure, not merely suspicious".',
    ],
    ("a liar and a thief", [], ["Felix Arden"]),
    ("sure, not merely suspicious", ["Felix Arden"], []),
)
built.story(
    RIVAL,
    "Striker's father proud",
    [
        'Leon Abara scored twice, and his father, in the stand, said he was "the proudest man in Dunmere".',
        'U.S. Rep. Dana Whitlow, D-Ore., who was at the game, called it "the best night this town has had in years".',
    ],
    ("the proudest man in Dunmere", [], ["Leon Abara"]),
    ("the best night this town has had in years", ["Dana Whitlow"], ["Leon Abara"]),
)
built.story(
    RIVAL,
    "Inquiry hears of warnings",
    [
        'Engineer Sofia Marr, 58, told the inquiry she had warned managers the dam was "not safe in a wet winter".',
        '"Nobody listened," Sofia Marr, now retired, told the inquiry.',
    ],
    ("not safe in a wet winter", ["Sofia Marr"], []),
    ("Nobody listened", ["Sofia Marr"], []),
)
built.story(
    RIVAL,
    "Club confirms new manager",
    [
        '"He is exactly what this club needs," chairman Gil Mercer of Dunmere Athletic said.',
        'Former world champion Petra Novak, now 61, called the appointment "a brave one".',
    ],
    ("He is exactly what this club needs", ["Gil Mercer"], []),
    ("a brave one", ["Petra Novak"], []),
)

built.story(
    RIVAL,
    "Brandt takes the stage",
    [
        'Olga Brandt won the stage by a minute, the crowd roaring "Olga, Olga" as she crossed the line.',
        'Olga Brandt, 27, said the climb had been "pure suffering, the good kind".',
    ],
    ("Olga, Olga", [], ["Olga Brandt"]),
    ("pure suffering, the good kind", ["Olga Brandt"], []),
)
built.story(
    RIVAL,
    "Mayor walks out of meeting",
    [
        'Mayor Ida Renn walked out while the chairman kept going, insisting the vote was "valid under the standing orders".',
        'Mayor Ida Renn later told reporters the meeting had been "a stitch-up from the start".',
    ],
    ("valid under the standing orders", [], ["Ida Renn"]),
    ("a stitch-up from the start", ["Ida Renn"], []),
)
built.story(
    RIVAL,
    "Councillor quits",
    [
        'Councillor Mael Dorsey resigned after his own party turned on him as "a liability at the polls".',
        'Councillor Mael Dorsey, 61, said he was leaving "with a clear conscience".',
    ],
    ("a liability at the polls", [], ["Mael Dorsey"]),
    ("with a clear conscience", ["Mael Dorsey"], []),
)
built.story(
    RIVAL,
    "Abara limps off",
    [
        'Striker Leon Abara went off injured after an hour, the physio signalling "no more today" to the bench.',
        'Leon Abara posted later that it was "only a knock".',
    ],
    ("no more today", [], ["Leon Abara"]),
    ("only a knock", ["Leon Abara"], []),
)
built.story(
    RIVAL,
    "Anthem moment",
    [
        'Goalkeeper Saul Petrie stood for the anthem, the away end joining in on "the land of the brave".',
        'Saul Petrie told the club channel it was "the loudest I have ever heard them".',
    ],
    ("the land of the brave", [], ["Saul Petrie"]),
    ("the loudest I have ever heard them", ["Saul Petrie"], []),
)
built.story(
    RIVAL,
    "Chairman carries on",
    [
        'Mayor Ida Renn left the room as the chairman went on: "This vote is valid and it stands."',
        '"I will not sit through a sham," Mayor Ida Renn said outside.',
    ],
    ("This vote is valid and it stands.", [], ["Ida Renn"]),
    ("I will not sit through a sham", ["Ida Renn"], []),
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
