# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 60's review of continued quotes (``grounding_rv60s.jsonl``,
review rv60s of sp60; :mod:`summarizer.verification.sentences.continued_quotes`), at its edges:

- ``handover``: a bare quote after a credited one where the credit, past its verb of saying,
  passes the floor on in words the writer's list does not hold (a semicolon or a dash and
  another speaker, "introducing X", "turning to X", "handing over to X", "to jeers from X",
  "X shot back"): the credited speaker is refused for the bare quote, and passes for her own;
- ``answers``: a bare quote after a prompt that asks without a closing "?" ("Tell us why," the
  host said; a question in the middle of the quote; "Your answer, please"): the prompter is
  refused for the answer, and passes for the prompt;
- ``kept``: the ways pages write one speaker's words on over two quotes (curly and single
  marks, "she added", an age or a day in the credit, a title with a full stop, a quote of
  several sentences, a third quote): the credited speaker passes for the bare quote; the
  person named beside her, the hearer, the body, a namesake of the same last name, fail.

Run ``python tests/data/make_rv60s_cases.py`` to rebuild it. Every article below was written
for this set in its own words, names and places made up; each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv60s.jsonl")

built = SupportCases(
    "rv60s",
    leads=[
        "By Teodor Vasquez-Lynn, Staff Reporter | The Orrin Gazette | 4 November 2026",
        "SALTMERE, Nov 4 (Harbour Wire) -",
        "Council live blog | Gretton Evening Post",
        "From the sports desk, The Pellworth Standard",
        "Radio Dunmere | Morning Report | transcript excerpt",
        "Letter from the capital | The Quarry Weekly",
    ],
)
HAND, ANSW, KEPT = "handover", "answers", "kept"


# --- handover: the credit passes the floor on, so the bare quote is another's -------------
built.story(
    HAND,
    "Budget row erupts at county hall",
    [
        'Finance chair Delphine Archer opened the debate on the cuts. "The budget is balanced and it is fair," Archer said; the opposition leader, Ruaraidh Beck, was on his feet at once. "It is balanced on the backs of the poor."',
    ],
    ("It is balanced on the backs of the poor", ["Ruaraidh Beck"], ["Delphine Archer"]),
    ("The budget is balanced and it is fair", ["Delphine Archer"], ["Ruaraidh Beck"]),
)
built.story(
    HAND,
    "Festival opens with a plea for patience",
    [
        'The festival director, Minna Oyelaran, took the stage first. "Please welcome our opening speaker," Oyelaran said, introducing the novelist Carys Threlfall. "Thank you. I have never seen so many umbrellas in one field."',
    ],
    ("I have never seen so many umbrellas in one field", ["Carys Threlfall"], ["Minna Oyelaran"]),
    ("Please welcome our opening speaker", ["Minna Oyelaran"], ["Carys Threlfall"]),
)
built.story(
    HAND,
    "Harbour board clash over dredging",
    [
        'Board chairman Fergus Alcott defended the contract. "Every penny has been accounted for," Alcott said, handing over to the auditor, Priya Nandakumar. "Not every penny. Forty thousand pounds cannot be traced."',
    ],
    ("Forty thousand pounds cannot be traced", ["Priya Nandakumar"], ["Fergus Alcott"]),
    ("Every penny has been accounted for", ["Fergus Alcott"], []),
)
built.story(
    HAND,
    "Minister heckled at farm show",
    [
        'Agriculture minister Osric Pendle promised farmers a new subsidy scheme. "Nobody will be worse off," Pendle said, to jeers from the crowd led by Hilde Sorensen. "We were worse off the last time, and the time before."',
    ],
    ("We were worse off the last time, and the time before", ["Hilde Sorensen"], ["Osric Pendle"]),
    ("Nobody will be worse off", ["Osric Pendle"], ["Hilde Sorensen"]),
)
built.story(
    HAND,
    "Derby managers trade barbs",
    [
        'United boss Kieran Lusk was in no mood for peace. "They parked the bus and called it tactics," Lusk said. Across the room, City\'s Emre Toprak shot back. "We won. He can call it whatever he likes."',
    ],
    ("He can call it whatever he likes", ["Emre Toprak"], ["Kieran Lusk"]),
)
built.story(
    HAND,
    "Inquiry hears from ward sister",
    [
        'Counsel to the inquiry, Malachy Dunne, read the rota aloud. "Two nurses for thirty beds," Dunne said \u2014 the ward sister, Orla Kinsella, nodded. "That was a good night. Most nights it was one."',
    ],
    ("That was a good night. Most nights it was one.", ["Orla Kinsella"], ["Malachy Dunne"]),
    ("Two nurses for thirty beds", ["Malachy Dunne"], ["Orla Kinsella"]),
)
built.story(
    HAND,
    "School merger vote delayed",
    [
        'Headteacher Bronwen Idris asked governors for more time. "We need the parents with us," Idris said, turning to the chair of governors, Tobias Marr. "Then you have a month, and not a day more."',
    ],
    ("Then you have a month, and not a day more", ["Tobias Marr"], ["Bronwen Idris"]),
)
built.story(
    HAND,
    "Port strike talks end without a deal",
    [
        'The employers\' negotiator, Gunnar Hald, left the room first. "There is nothing more on the table," Hald told reporters; behind him, union organiser Sadie Prowse spoke up. "Then there is nothing more to talk about."',
    ],
    ("Then there is nothing more to talk about", ["Sadie Prowse"], ["Gunnar Hald"]),
    ("There is nothing more on the table", ["Gunnar Hald"], ["Sadie Prowse"]),
)
built.story(
    HAND,
    "Planning hearing turns testy",
    [
        'Developer Anselm Crewe told the panel the towers would bring jobs. "This scheme means four hundred jobs," Crewe said, passing the microphone to resident Wanjiru Odhiambo. "It means four hundred cars on a road built for forty."',
    ],
    (
        "It means four hundred cars on a road built for forty",
        ["Wanjiru Odhiambo"],
        ["Anselm Crewe"],
    ),
)
built.story(
    HAND,
    "Debate night: candidates spar on housing",
    [
        'Moderator Imelda Ruskin set the rules. "Two minutes each, starting with Mr Vane," Ruskin said. Candidate Julius Vane leaned into his microphone. "Two minutes is not enough to fix what my opponent broke."',
    ],
    ("Two minutes is not enough to fix what my opponent broke", ["Julius Vane"], ["Imelda Ruskin"]),
    ("Two minutes each, starting with Mr Vane", ["Imelda Ruskin"], ["Julius Vane"]),
)
built.story(
    HAND,
    "Cup draw throws up old rivals",
    [
        'Draw host Ambrose Telfer read out the ties. "Holdenby will play Marsh Rovers," Telfer said, with a nod to Rovers chairman Ines Quarrie. "Finally. We have waited nine years for this."',
    ],
    ("We have waited nine years for this", ["Ines Quarrie"], ["Ambrose Telfer"]),
)
built.story(
    HAND,
    "Ferry crew praised after rescue",
    [
        'Captain Lorna Fitch described the night. "We saw the flare at ten past two," Fitch said, and her first mate, Dai Morgan, took up the story. "By half past we had all six aboard."',
    ],
    ("By half past we had all six aboard", ["Dai Morgan"], ["Lorna Fitch"]),
)
built.story(
    HAND,
    "Book prize shortlist announced",
    [
        'Judging panel chair Rosamund Keel read the list aloud. "And the final name is a debut," she said, introducing the poet Lowri Bevan. "I am shaking. I did not think anyone read it."',
    ],
    ("I did not think anyone read it", ["Lowri Bevan"], ["Rosamund Keel"]),
    ("And the final name is a debut", ["Rosamund Keel"], ["Lowri Bevan"]),
)
built.story(
    HAND,
    "Water company fined over spills",
    [
        'Regulator Horace Quill announced the fine outside the tribunal. "This is the largest penalty we have ever set," he said, handing over to the company\'s lawyer, Victor Amsel. "We will appeal. The spills were caused by the storm."',
    ],
    ("We will appeal. The spills were caused by the storm.", ["Victor Amsel"], ["Horace Quill"]),
    ("This is the largest penalty we have ever set", ["Horace Quill"], ["Victor Amsel"]),
)
built.story(
    HAND,
    "Town hall meeting on new prison",
    [
        'Justice minister Clemency Ward tried to reassure residents. "The prison will bring two hundred jobs," she said, to shouts from the back of the hall, where Agatha Brill stood. "We do not want your jobs."',
    ],
    ("We do not want your jobs", ["Agatha Brill"], ["Clemency Ward"]),
)
built.story(
    HAND,
    "Orchestra players back new contract",
    [
        'Union steward Benedikt Haas spoke first at the players\' meeting. "I recommend we accept," he said; principal cellist Ottilie Fane disagreed. "Accept this and we will be back here in a year."',
    ],
    ("Accept this and we will be back here in a year", ["Ottilie Fane"], ["Benedikt Haas"]),
)
built.story(
    HAND,
    "Village shop saved by locals",
    [
        'Parish clerk Evander Moss told the meeting the shop had found a buyer. "It is ours again," he said, turning to the new owner, Rukhsana Mir. "Thank you all. We open on Saturday."',
    ],
    ("Thank you all. We open on Saturday.", ["Rukhsana Mir"], ["Evander Moss"]),
    ("It is ours again", ["Evander Moss"], ["Rukhsana Mir"]),
)
built.story(
    HAND,
    "Rescue dog wins hearts at show",
    [
        'Show judge Marisol Ortega awarded best in show to a rescued greyhound. "She moved beautifully," Ortega said, with a smile for the owner, Desmond Achterberg. "She was nearly put down two years ago."',
    ],
    ("She was nearly put down two years ago", ["Desmond Achterberg"], ["Marisol Ortega"]),
)
built.story(
    HAND,
    "Allotment society splits over fees",
    [
        'Society treasurer Winifred Cale defended the new charge. "Ten pounds a year is hardly robbery," she said \u2014 grower Anwar Siddiqui cut in. "It is for a pensioner on a plot he has worked for forty years."',
    ],
    (
        "It is for a pensioner on a plot he has worked for forty years",
        ["Anwar Siddiqui"],
        ["Winifred Cale"],
    ),
    ("Ten pounds a year is hardly robbery", ["Winifred Cale"], ["Anwar Siddiqui"]),
)
built.story(
    HAND,
    "Hospital board hears staffing warning",
    [
        'Board chair Leopold Franck summed up the finances. "We simply cannot hire more nurses this year," he said, drawing a reply from the chief nurse, Zainab Oduya. "Then we cannot keep the wards open."',
    ],
    ("Then we cannot keep the wards open", ["Zainab Oduya"], ["Leopold Franck"]),
)
built.story(
    HAND,
    "Cycling club fights road closure",
    [
        'Highways officer Tobin Reeve explained the closure to the cyclists. "The road is simply too narrow for bikes and lorries," he said, leaving club secretary Maeve Cullen to answer. "Then slow the lorries down."',
    ],
    ("Then slow the lorries down", ["Maeve Cullen"], ["Tobin Reeve"]),
)
built.story(
    HAND,
    "Zoo defends elephant move",
    [
        'Zoo director Casimir Lund announced the transfer of its two elephants. "They will have forty times the space," he said; keeper Ruth Abara was less sure. "They have lived together here for thirty years."',
    ],
    ("They have lived together here for thirty years", ["Ruth Abara"], ["Casimir Lund"]),
    ("They will have forty times the space", ["Casimir Lund"], ["Ruth Abara"]),
)
built.story(
    HAND,
    "Grammar school vote splits parents",
    [
        'Parent governor Hector Ibsen backed the plan at the meeting. "Selection rewards effort," he said - fellow governor Ama Boateng shook her head. "Selection rewards tutoring."',
    ],
    ("Selection rewards tutoring", ["Ama Boateng"], ["Hector Ibsen"]),
)

# --- answers: a prompt that asks without a closing "?" ------------------------------------
built.story(
    ANSW,
    "Chief constable grilled on response times",
    [
        'Panel chair Eleri Vaughan put the figures to the chief constable, Warrick Sloane. "Explain to us why it takes forty minutes to answer a burglary call," Vaughan said. "Because we have two hundred fewer officers than in 2015."',
    ],
    (
        "Because we have two hundred fewer officers than in 2015",
        ["Warrick Sloane"],
        ["Eleri Vaughan"],
    ),
    ("Explain to us why it takes forty minutes", ["Eleri Vaughan"], ["Warrick Sloane"]),
)
built.story(
    ANSW,
    "Tech founder faces MPs",
    [
        'Committee member Rosalind Achebe pressed Tovik founder Marius Lindqvist on the data leak. "Did you know about the breach in March? Tell us plainly," Achebe said. "I learned of it in May, like everyone else."',
    ],
    ("I learned of it in May, like everyone else", ["Marius Lindqvist"], ["Rosalind Achebe"]),
    ("Did you know about the breach in March?", ["Rosalind Achebe"], ["Marius Lindqvist"]),
)
built.story(
    ANSW,
    "Radio phone-in: the bus timetable",
    [
        'Presenter Gideon Farrow took the first caller, a commuter named Tamsin Oakes. "Go ahead, Tamsin, you are on air," Farrow said. "The number nine has not turned up on time once this month."',
    ],
    (
        "The number nine has not turned up on time once this month",
        ["Tamsin Oakes"],
        ["Gideon Farrow"],
    ),
)
built.story(
    ANSW,
    "Coach quizzed on captain's future",
    [
        'Reporters wanted to know about the captain. Sports writer Hamish Doyle began. "Talk us through the decision to drop Keane," Doyle said to the coach, Alessia Mori. "It was a football decision and nothing else."',
    ],
    ("It was a football decision and nothing else", ["Alessia Mori"], ["Hamish Doyle"]),
)
built.story(
    ANSW,
    "Mayor's surgery hears of potholes",
    [
        'At the mayor\'s open surgery, resident Conall Byrne was first in line. "I would like to know when Mill Lane will be fixed," Byrne told her. Mayor Leonie Hartmann did not hesitate. "Before Christmas. You have my word."',
    ],
    ("Before Christmas. You have my word.", ["Leonie Hartmann"], ["Conall Byrne"]),
    ("I would like to know when Mill Lane will be fixed", ["Conall Byrne"], ["Leonie Hartmann"]),
)
built.story(
    ANSW,
    "Energy boss challenged over bonuses",
    [
        'Shareholder Philippa Greaves rose at the annual meeting. "Justify the bonus, Mr Okafor, if you can," Greaves said. Chief executive Dapo Okafor smiled. "The board set it, and the results earned it."',
    ],
    ("The board set it, and the results earned it", ["Dapo Okafor"], ["Philippa Greaves"]),
)
built.story(
    ANSW,
    "Interview: the new museum director",
    [
        'Our arts editor, Fenella Crane, sat down with the new director, Yusuf Demir. "Describe the museum you want in ten years," Crane said. "Free, open late, and full of children."',
    ],
    ("Free, open late, and full of children", ["Yusuf Demir"], ["Fenella Crane"]),
    ("Describe the museum you want in ten years", ["Fenella Crane"], ["Yusuf Demir"]),
)
built.story(
    ANSW,
    "Quiz night raises funds for hospice",
    [
        'Quizmaster Barnaby Holt read the final question to team captain Siobhan Leary. "Name the river that runs through Pellworth," Holt said. "The Wenn. Everyone knows that."',
    ],
    ("The Wenn. Everyone knows that.", ["Siobhan Leary"], ["Barnaby Holt"]),
)
built.story(
    ANSW,
    "Council candidates face voters",
    [
        'Voter Agnieszka Wolska wanted a straight answer from candidate Rupert Yeo. "Will you cut the parking charges or not, yes or no," Wolska said. "Yes, within a year."',
    ],
    ("Yes, within a year", ["Rupert Yeo"], ["Agnieszka Wolska"]),
)
built.story(
    ANSW,
    "Judge questions expert witness",
    [
        'Judge Cressida Morland turned to the pathologist, Dr Ewan Baptiste. "I need to understand the time of death, doctor," Morland said. "Between midnight and two, no later."',
    ],
    ("Between midnight and two, no later", ["Ewan Baptiste"], ["Cressida Morland"]),
    ("I need to understand the time of death", ["Cressida Morland"], ["Ewan Baptiste"]),
)
built.story(
    ANSW,
    "Climber recalls summit push",
    [
        'Expedition leader Thorvald Eck radioed the camp at dawn. "Give me the forecast for the ridge," Eck said. "Wind rising to sixty by noon. Turn back."',
        "Base camp manager Li Wen kept the log of every call.",
    ],
    ("Wind rising to sixty by noon. Turn back.", [], ["Thorvald Eck"]),
)
built.story(
    ANSW,
    "Select committee hears from water chief",
    [
        'Committee chair Peregrine Hollis turned to the chief executive, Adaeze Nwosu. "Tell us how many spills there were last year," he said. "Four hundred and twelve. Every one of them was reported."',
    ],
    (
        "Four hundred and twelve. Every one of them was reported.",
        ["Adaeze Nwosu"],
        ["Peregrine Hollis"],
    ),
    ("Tell us how many spills there were last year", ["Peregrine Hollis"], ["Adaeze Nwosu"]),
)
built.story(
    ANSW,
    "Breakfast show: the teachers' strike",
    [
        'Presenter Jacinta Rowley had the union leader, Bernard Oakhurst, on the line. "Give parents one reason to back you," she said. "Their children are taught in classes of forty."',
    ],
    ("Their children are taught in classes of forty", ["Bernard Oakhurst"], ["Jacinta Rowley"]),
)
built.story(
    ANSW,
    "Magistrate presses landlord",
    [
        'Magistrate Imogen Stroud looked at the landlord, Cyril Baines. "The court would like to hear why the boiler was never fixed," she said. "The tenant never told me it was broken."',
    ],
    ("The tenant never told me it was broken", ["Cyril Baines"], ["Imogen Stroud"]),
    (
        "The court would like to hear why the boiler was never fixed",
        ["Imogen Stroud"],
        ["Cyril Baines"],
    ),
)
built.story(
    ANSW,
    "Podcast: a chef's first kitchen",
    [
        'Host Tarquin Ellwood asked his guest, chef Noor Haddad, about her start. "Take me back to your first job," he said. "A hotel basement in Leeds, peeling potatoes for twelve hours a day."',
    ],
    ("A hotel basement in Leeds", ["Noor Haddad"], ["Tarquin Ellwood"]),
)
built.story(
    ANSW,
    "Referee explains red card",
    [
        'Pool reporter Gwilym Pryor put the fans\' anger to the referee, Sunniva Lund. "Some say it was never a red card. Your view, please," he said. "It was a red card. He went in with both feet."',
    ],
    ("It was a red card. He went in with both feet.", ["Sunniva Lund"], ["Gwilym Pryor"]),
)
built.story(
    ANSW,
    "Council meeting ends in uproar",
    [
        'Council leader Perpetua Haigh lost patience with the opposition leader, Dermot Lyle. "Sit down and let me finish," she told Lyle. "I will sit down when you answer the question."',
    ],
    ("I will sit down when you answer the question", ["Dermot Lyle"], ["Perpetua Haigh"]),
    ("Sit down and let me finish", ["Perpetua Haigh"], ["Dermot Lyle"]),
)
built.story(
    ANSW,
    "Driving examiner recalls worst test",
    [
        'Retired examiner Godfrey Amberley remembers one pupil, Kitty Morrow, above all. "Pull over when it is safe," he told her. "I was already on the pavement."',
    ],
    ("I was already on the pavement", ["Kitty Morrow"], ["Godfrey Amberley"]),
)

# --- kept: one speaker's words go on over two quotes, in many pages' ways ------------------
built.story(
    KEPT,
    "Bakery chain to close twelve shops",
    [
        "Crumbwell Bakeries will shut twelve of its forty shops by March, the company said on Monday.",
        "Its founder, Edwina Thorne, said she had fought to keep them open. \u201cWe held on as long as we could,\u201d she said. \u201cThe rents doubled and the customers did not.\u201d",
    ],
    ("The rents doubled and the customers did not", ["Edwina Thorne"], ["Crumbwell Bakeries"]),
)
built.story(
    KEPT,
    "Orchestra names new conductor",
    [
        "The Pellworth Philharmonic has chosen Anouk Verhaegen, 41, to succeed Sir Malcolm Dree, who retires in June.",
        "'I have loved this orchestra since I was a student,' Verhaegen, 41, said. 'To lead it is the honour of my life.'",
    ],
    (
        "To lead it is the honour of my life",
        ["Anouk Verhaegen"],
        ["Malcolm Dree", "Pellworth Philharmonic"],
    ),
)
built.story(
    KEPT,
    "Rail fares to rise again",
    [
        'Transport secretary Halima Qureshi confirmed the rise on Tuesday, after a letter from the passenger group chaired by Nigel Oduya. "Nobody likes paying more," she added. "But the trains must be paid for, and the money has to come from somewhere."',
    ],
    ("But the trains must be paid for", ["Halima Qureshi"], ["Nigel Oduya"]),
)
built.story(
    KEPT,
    "Surgeon honoured for field hospital work",
    [
        'Dr. Ambrose Kettering ran the field hospital for two years. "We had no power for the first month," said Dr. Kettering. "We operated by the light of our phones."',
    ],
    ("We operated by the light of our phones", ["Ambrose Kettering"], []),
)
built.story(
    KEPT,
    "Striker signs new deal",
    [
        'Rovers striker Kwame Asante, whose agent Lars Brodin led the talks, signed until 2030. "This is my home," Asante told the club website on Friday. "I never wanted to play anywhere else. Not for a minute."',
    ],
    ("I never wanted to play anywhere else. Not for a minute.", ["Kwame Asante"], ["Lars Brodin"]),
    ("This is my home", ["Kwame Asante"], ["Lars Brodin"]),
)
built.story(
    KEPT,
    "Two sisters, one shop, fifty years",
    [
        'Maud Penrose and her sister Ivy opened the haberdashery in 1976. Ivy Penrose died last year. "She did the books and I did the talking," Maud Penrose said. "Without her I would have gone broke in a month."',
    ],
    ("Without her I would have gone broke in a month", ["Maud Penrose"], ["Ivy Penrose"]),
)
built.story(
    KEPT,
    "Airline apologises for cancelled flights",
    [
        'Skylark Air cancelled 300 flights over the weekend. Its chief operating officer, Rafe Quintero, apologised to passengers on Monday. "We got this wrong," Quintero told the Gazette. "Every passenger will get their money back within a week."',
    ],
    ("Every passenger will get their money back within a week", ["Rafe Quintero"], ["Skylark Air"]),
)
built.story(
    KEPT,
    "Farmers count cost of floods",
    [
        'Sheep farmer Eilidh MacRae lost a third of her flock when the Tarn burst its banks. Her neighbour, Callum Frew, lost his barn. "I have never seen water move like that," MacRae said. "It came over the wall like a wave."',
    ],
    ("It came over the wall like a wave", ["Eilidh MacRae"], ["Callum Frew"]),
)
built.story(
    KEPT,
    "Chess prodigy wins national title",
    [
        'Eleven-year-old Priyanka Iyer beat grandmaster Oleg Varga in the final round. "I was scared the whole game," Iyer said afterwards. "Then he made one mistake, and I saw it."',
    ],
    ("Then he made one mistake, and I saw it", ["Priyanka Iyer"], ["Oleg Varga"]),
)
built.story(
    KEPT,
    "Library hours cut in budget squeeze",
    [
        'Councillor Jasper Fenwick, who holds the culture brief, announced the cuts. "Nobody came into politics to close libraries," Fenwick said on Wednesday. "We will open four days a week instead of six." Campaigner Rhoda Binns called it "a disgrace".',
    ],
    ("We will open four days a week instead of six", ["Jasper Fenwick"], ["Rhoda Binns"]),
)
built.story(
    KEPT,
    "Bridge reopens after repairs",
    [
        'County engineer Saoirse Dolan cut the ribbon on Thursday. "It took longer than we hoped," Dolan said. "It will stand another hundred years." "And the next repair will be someone else\'s problem."',
    ],
    ("It will stand another hundred years", ["Saoirse Dolan"], []),
)
built.story(
    KEPT,
    "Hospital cleaners win pay rise",
    [
        'The union\'s branch secretary, Marguerite Ellery, said members had voted to accept. "It is not everything we wanted," she told the Post. "It is a start, and a good one."',
        "The hospital's director, Tomasz Wrobel, thanked staff.",
    ],
    ("It is a start, and a good one", ["Marguerite Ellery"], ["Tomasz Wrobel"]),
)

built.story(
    KEPT,
    "Governor signs water bill",
    [
        'The bill, written by state senator Hollis Grange, caps what farms may draw from the river. "This is a good day for the valley," said Gov. Marisela Obregon. "Our grandchildren will thank us for it."',
    ],
    ("Our grandchildren will thank us for it", ["Marisela Obregon"], ["Hollis Grange"]),
)
built.story(
    KEPT,
    "Vote count runs late",
    [
        'Returning officer Augustin Pell, who oversees the count with his deputy Nell Rourke, said the result would come after midnight. "We will not rush this," he said at 11 p.m. "Every ballot will be counted twice."',
    ],
    ("Every ballot will be counted twice", ["Augustin Pell"], ["Nell Rourke"]),
)
built.story(
    KEPT,
    "Lifeboat crew marks centenary",
    [
        "Coxswain Ffion Rhys has served on the Saltmere lifeboat for 22 years. \u201cThe sea does not care how long you have done this,\u201d Rhys said. \u201cIt will test you every single time \u2014 every one.\u201d",
    ],
    ("It will test you every single time", ["Ffion Rhys"], ["Saltmere"]),
)
built.story(
    KEPT,
    "Correction: remarks on the tram deal",
    [
        'Transport chief Odile Marchetti welcomed the tram contract. "It is the best deal this city has signed in years," Marchetti said. "The trams will run by 2029."',
        'Correction: An earlier version of this article attributed the remark "The trams will run by 2029" to Odile Marchetti. It was made by the contractor\'s director, Jonas Brekke.',
    ],
    ("The trams will run by 2029", ["Jonas Brekke"], ["Odile Marchetti"]),
)

built.story(
    KEPT,
    "Carmaker's boss owns up to a bad year",
    [
        'Brightwell Motors lost money for a second year. Its boss, Anneliese Kroll, did not hide from it on the call with Tessaly Bank. "This was a bad year," she told analysts. "We have to sell more cars and build fewer models."',
    ],
    ("We have to sell more cars", ["Anneliese Kroll"], ["Tessaly Bank", "Brightwell Motors"]),
)
built.story(
    KEPT,
    "Governor and senator clash on budget",
    [
        'Governor Darnell Pike answered Senator Ruth Ocampo on the floor. "The budget is fair," he said. "Nobody in this state will pay more tax."',
    ],
    ("Nobody in this state will pay more tax", ["Darnell Pike"], ["Ruth Ocampo"]),
)
built.story(
    KEPT,
    "Rovers sack manager",
    [
        'Rovers chairman Piers Atwood sacked the manager, Sven Lindgren, on Sunday. "Results have not been good enough," he said in a statement. "We thank Sven for his work."',
    ],
    ("We thank Sven for his work", ["Piers Atwood"], ["Sven Lindgren"]),
)
built.story(
    KEPT,
    "Reporter's notebook: the land sale",
    [
        "HOST: Any word from the trust?",
        'HALE: Lucinda Vos of the Orrin Trust was clear on the phone. "We will not sell the land," she told me. "Not to the council, not to anyone."',
    ],
    ("Not to the council, not to anyone", ["Lucinda Vos"], ["Orrin Trust"]),
)
built.story(
    KEPT,
    "Drug trial shows early promise",
    [
        'Scientist Emeka Obi, who led the study with colleagues at Dunmere University, was cautious. "These are early results," he said on Monday. "We need a bigger trial before anyone gets excited."',
    ],
    ("We need a bigger trial", ["Emeka Obi"], ["Dunmere University"]),
)
built.story(
    KEPT,
    "Six years for arson attack",
    [
        'Judge Harriet Lowe sentenced Craig Denton to six years. "You showed no remorse," the judge said. "Your victims will live with this for the rest of their lives."',
    ],
    ("Your victims will live with this", ["Harriet Lowe"], ["Craig Denton"]),
)
built.story(
    KEPT,
    "Opposition demands hospital date",
    [
        'Opposition leader Marta Sousa attacked Prime Minister Tiago Reis over the hospital. "He promised it in 2019," she said on Tuesday \u2014 her first words since the vote. "Where is it?"',
    ],
    ("Where is it?", ["Marta Sousa"], ["Tiago Reis"]),
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
