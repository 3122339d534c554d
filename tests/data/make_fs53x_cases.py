# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 53's read-back vetoes (``grounding_fs53x.jsonl``, writer fs53x;
:mod:`summarizer.verification.sentences.readback_vetoes`): a bare "...," he said read back to
the one person of an earlier sentence, at the edges of

- ``acted_on``: that person is the object of a verb acting on them ("Police arrested X",
  "The club sacked manager X") or the subject of its passive with an agent ("X was questioned
  by detectives"): refused; against the same shapes with the person acting ("Detective X
  arrested two men", "X was released on Monday", "X arrived late"), accepted;
- ``reported``: that person is the subject of what a speech verb reports ("The commission
  said X had won", "the report said, after X had ignored"): refused; against the one who
  says it ("X said the commission had miscounted"), accepted;
- ``two_people``: that person is one of two joined by "and"/"or" ("blocked by A and B"):
  refused; against one person with a group or a common noun ("A and her team"), accepted;
- ``earlier_paragraph``: that person is named a paragraph earlier and a nearer sentence names
  another ("Mayor A asked drivers ... The closure was ordered by B. "...," he said"): refused
  for A, accepted for B; and A accepted when no one nearer is named.

Some shapes are writer fs53q's (session 53, ``make_fs53q_cases.py`` on its branch), who found
these false accepts. Run ``python tests/data/make_fs53x_cases.py`` to rebuild it. Every
article below was written for this set with made-up names; each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_fs53x.jsonl")

built = SupportCases(
    "fs53x",
    leads=[
        "By Ines Caldwell | The Solent Courier",
        "LUSAKA (Plainsline Wire) -",
        "Politics | The Fenland Ledger",
        "LIVE | The Wear Bulletin",
    ],
)
ACTED, REPORTED, TWO, EARLIER = "acted_on", "reported", "two_people", "earlier_paragraph"


def quote(category: str, words: str, passes: list[str], fails: list[str], *paragraphs: str) -> None:
    built.page_quote(category, words, passes, fails, *paragraphs)


# --- acted_on: the person is done to; then the person acting ------------------------------
quote(
    ACTED,
    "He was carrying a knife",
    [],
    ["Dmitri Halas", "Sofia Reyes"],
    "Sofia Reyes, the city's mayor, thanked the emergency crews.",
    'Police arrested Dmitri Halas near the station on Monday. "He was carrying a knife," he said.',
)
quote(
    ACTED,
    "It is a sad day for the club",
    [],
    ["Emil Sato"],
    "The Rovers board met on Friday night.",
    'The club sacked manager Emil Sato after a sixth straight defeat. "It is a sad day for the club," he said.',
)
quote(
    ACTED,
    "Nobody was hurt",
    [],
    ["Yusuf Adeyemi"],
    "The fire broke out at a warehouse on Friday night.",
    'Yusuf Adeyemi was questioned by detectives on Saturday. "Nobody was hurt," he said.',
)
quote(
    ACTED,
    "The route is dangerous",
    [],
    ["Piet Jansen"],
    "The ship left Rotterdam on Monday.",
    'Piet Jansen was stopped by the navy at dawn. "The route is dangerous," he said.',
)
quote(
    ACTED,
    "The talks ended without a date",
    [],
    ["Soren Falk", "Ines Rocha"],
    "Ines Rocha, the mediator, left Geneva on Friday.",
    'Soren Falk was replaced by a deputy on the second day. "The talks ended without a date," he said.',
)
quote(
    ACTED,
    "He had no papers",
    [],
    ["Omar Farid"],
    "The border crossing reopened on Tuesday after a week.",
    'Soldiers detained Omar Farid at a checkpoint near the river. "He had no papers," he said.',
)
quote(
    ACTED,
    "The rules apply to everyone",
    [],
    ["Grace Okoye"],
    "The party's London branch met on Monday night.",
    'The party suspended councillor Grace Okoye over her expenses. "The rules apply to everyone," she said.',
)
quote(
    ACTED,
    "We will ask for the maximum sentence",
    [],
    ["Lukas Brenner"],
    "The trial opened in Graz on Wednesday.",
    'Prosecutors charged Lukas Brenner with fraud in March. "We will ask for the maximum sentence," he said.',
)
quote(
    ACTED,
    "He is a danger to the public",
    [],
    ["Rory Quinn"],
    "Two men were held after a fight in the town centre.",
    'Rory Quinn was taken to the station by two officers. "He is a danger to the public," he said.',
)
quote(
    ACTED,
    "She broke the code of conduct",
    [],
    ["Helga Moritz"],
    "The hospital's board sat late on Thursday.",
    'The board dismissed Dr Helga Moritz after an inquiry. "She broke the code of conduct," she said.',
)
quote(
    ACTED,
    "He had a false passport",
    [],
    ["Viktor Sand"],
    "The airport was busy on Sunday.",
    'Viktor Sand was searched by customs officers on arrival. "He had a false passport," he said.',
)
quote(
    ACTED,
    "They were carrying knives",
    ["Ruth Mayer"],
    ["Sofia Reyes"],
    "Sofia Reyes, the city's mayor, thanked the emergency crews.",
    'Detective Ruth Mayer arrested two men near the station on Monday. "They were carrying knives," she said.',
)
quote(
    ACTED,
    "It is a sad day for the club",
    ["Emil Sato"],
    ["Ivo Brandt"],
    "Chairman Ivo Brandt left the ground early.",
    'Manager Emil Sato sacked his assistant after a sixth straight defeat. "It is a sad day for the club," he said.',
)
quote(
    ACTED,
    "I am glad to be home",
    ["Yusuf Adeyemi"],
    [],
    "The fire broke out at a warehouse on Friday night.",
    'Yusuf Adeyemi was released from custody on Saturday. "I am glad to be home," he said.',
)
quote(
    ACTED,
    "We will appeal",
    ["Grace Okoye"],
    [],
    "The party's London branch met on Monday night.",
    'Councillor Grace Okoye was suspended over her expenses. "We will appeal," she said.',
)
quote(
    ACTED,
    "The traffic was terrible",
    ["Nils Berger"],
    ["Anna Weiss"],
    "Chair Anna Weiss opened the meeting at nine.",
    'Nils Berger arrived late. "The traffic was terrible," he said.',
)
quote(
    ACTED,
    "This is a new start",
    ["Clara Vintner"],
    [],
    "Harbour Athletic held its annual meeting on Thursday.",
    'Clara Vintner was elected chairwoman with 80 percent of the vote. "This is a new start," she said.',
)
quote(
    ACTED,
    "He had no papers",
    ["Omar Farid"],
    [],
    "The border crossing reopened on Tuesday after a week.",
    'Captain Omar Farid detained a man at a checkpoint near the river. "He had no papers," he said.',
)
quote(
    ACTED,
    "We will ask for the maximum sentence",
    ["Lukas Brenner"],
    [],
    "The trial opened in Graz on Wednesday.",
    'Prosecutor Lukas Brenner charged two bankers with fraud in March. "We will ask for the maximum sentence," he said.',
)
quote(
    ACTED,
    "The route is dangerous",
    ["Piet Jansen"],
    [],
    "The ship left Rotterdam on Monday.",
    'Piet Jansen was welcomed by the crew at dawn. "The route is dangerous," he said.',
)
quote(
    ACTED,
    "The water came in fast",
    ["Tilda Marsh"],
    [],
    "Storms hit the coast overnight.",
    'Tilda Marsh was injured when the sea wall broke. "The water came in fast," she said.',
)
quote(
    ACTED,
    "We found the leak within an hour",
    ["Oscar Brandt"],
    [],
    "Residents said the smell had lasted for days.",
    'Engineer Oscar Brandt inspected the pipes on Wednesday. "We found the leak within an hour," he said.',
)

# --- reported: the person is what a speech verb reports; then the one who says it ---------
quote(
    REPORTED,
    "The vote was rigged",
    [],
    ["Lars Ekdahl"],
    "The count ended late on Sunday.",
    'The commission said Lars Ekdahl had won by 212 votes. "The vote was rigged," he said.',
)
quote(
    REPORTED,
    "We warned them twice",
    [],
    ["Elena Voss"],
    "The regulator published its report on Monday.",
    'The bank was fined, the report said, after Elena Voss had ignored two warnings. "We warned them twice," she said.',
)
quote(
    REPORTED,
    "We expect charges this week",
    [],
    ["Walter Crane"],
    "The harbour was closed for six hours on Saturday.",
    'The coastguard said Walter Crane had been rescued from the water. "We expect charges this week," he said.',
)
quote(
    REPORTED,
    "We are still checking the last boxes",
    [],
    ["Marco Bellini"],
    "Polls closed at ten on Sunday night.",
    'The electoral office announced that Marco Bellini had won the seat. "We are still checking the last boxes," he said.',
)
quote(
    REPORTED,
    "We have no record of his departure",
    [],
    ["Jonas Weber"],
    "The embassy was closed on Friday.",
    'Local media reported Jonas Weber had left the country. "We have no record of his departure," he said.',
)
quote(
    REPORTED,
    "She has our full trust",
    [],
    ["Hana Sato"],
    "The summit opens in Oslo next week.",
    'The ministry confirmed Hana Sato would lead the delegation. "She has our full trust," she said.',
)
quote(
    REPORTED,
    "The trail ends in Cyprus",
    [],
    ["Ivan Petrov"],
    "The trial entered its third week on Monday.",
    'Prosecutors said Ivan Petrov had wired the money abroad. "The trail ends in Cyprus," he said.',
)
quote(
    REPORTED,
    "His knee needs six weeks",
    [],
    ["Leon Brady"],
    "The final is on Saturday.",
    'The club announced Leon Brady would miss the final. "His knee needs six weeks," he said.',
)
quote(
    REPORTED,
    "We thank her for 20 years",
    [],
    ["Ruth Adler"],
    "Parents were told by letter on Friday.",
    'The school said Ruth Adler had resigned as head. "We thank her for 20 years," she said.',
)
quote(
    REPORTED,
    "He did not stop",
    [],
    ["Tomas Berg"],
    "The crash happened on the ring road on Tuesday.",
    'Witnesses told police Tomas Berg was driving the van. "He did not stop," she said.',
)
quote(
    REPORTED,
    "It was her own request",
    [],
    ["Nina Kraus"],
    "The embassy in Rome has a new head.",
    'A spokesman said Nina Kraus had been moved to a new post. "It was her own request," he said.',
)
quote(
    REPORTED,
    "The vote was rigged",
    ["Lars Ekdahl"],
    [],
    "The count ended late on Sunday.",
    'Lars Ekdahl said the commission had miscounted. "The vote was rigged," he said.',
)
quote(
    REPORTED,
    "The trail ends in Cyprus",
    ["Ivan Petrov"],
    [],
    "The trial entered its third week on Monday.",
    'Prosecutor Ivan Petrov said the money had gone abroad. "The trail ends in Cyprus," he said.',
)
quote(
    REPORTED,
    "His knee needs six weeks",
    ["Leon Brady"],
    [],
    "The final is on Saturday.",
    'Coach Leon Brady said his striker would miss the final. "His knee needs six weeks," he said.',
)
quote(
    REPORTED,
    "We thank the parents",
    ["Ruth Adler"],
    [],
    "Parents were told by letter on Friday.",
    'Headteacher Ruth Adler said the school would reopen on Monday. "We thank the parents," she said.',
)
quote(
    REPORTED,
    "I am in Berlin",
    ["Jonas Weber"],
    [],
    "The embassy was closed on Friday.",
    'Jonas Weber told reporters he had not left the country. "I am in Berlin," he said.',
)
quote(
    REPORTED,
    "It was my own request",
    ["Nina Kraus"],
    [],
    "The embassy in Rome has a new head.",
    'Nina Kraus confirmed she had asked for the move. "It was my own request," she said.',
)
quote(
    REPORTED,
    "We checked every box",
    ["Marco Bellini"],
    [],
    "Polls closed at ten on Sunday night.",
    'Marco Bellini announced that he had won the seat. "We checked every box," he said.',
)
quote(
    REPORTED,
    "The talks start on Monday",
    ["Hana Sato"],
    [],
    "The summit opens in Oslo next week.",
    'Hana Sato said the delegation would leave on Sunday. "The talks start on Monday," she said.',
)
quote(
    REPORTED,
    "I was at home",
    ["Tomas Berg"],
    [],
    "The crash happened on the ring road on Tuesday.",
    'Tomas Berg told police he was not driving the van. "I was at home," he said.',
)
quote(
    REPORTED,
    "I thought I would drown",
    ["Walter Crane"],
    [],
    "The harbour was closed for six hours on Saturday.",
    'Walter Crane said he had been in the water for an hour. "I thought I would drown," he said.',
)

# --- two_people: one of two joined by "and"/"or"; then one person with a group ------------
quote(
    TWO,
    "The deal is off",
    [],
    ["Hugo Brant", "Celia Moss"],
    "The shareholders met on Friday.",
    'The merger was blocked by Hugo Brant and Celia Moss on Friday. "The deal is off," she said.',
)
quote(
    TWO,
    "We will be back",
    [],
    ["Anna Berg", "Lena Holm"],
    "Thousands marched in Malmo on Saturday.",
    'Anna Berg and Lena Holm led the march through the city. "We will be back," she said.',
)
quote(
    TWO,
    "It belongs to the whole team",
    [],
    ["Omar Haddad", "Yusuf Kaya"],
    "The science prize was awarded in Ankara on Monday.",
    'The prize went to Omar Haddad and Yusuf Kaya for their work on batteries. "It belongs to the whole team," he said.',
)
quote(
    TWO,
    "Nothing was agreed",
    [],
    ["Karin Lund", "Eva Strand"],
    "The strike entered its second week.",
    'Ministers Karin Lund and Eva Strand met the unions on Tuesday. "Nothing was agreed," she said.',
)
quote(
    TWO,
    "We have work to do",
    [],
    ["Paul Roux", "Marc Petit"],
    "The club held its annual meeting on Thursday.",
    'Paul Roux and Marc Petit were elected to the board. "We have work to do," he said.',
)
quote(
    TWO,
    "The water is safe",
    [],
    ["Ines Faria", "Rosa Lima"],
    "The town's tap water was tested last week.",
    'The report was signed by Dr Ines Faria and Dr Rosa Lima. "The water is safe," she said.',
)
quote(
    TWO,
    "We never gave up",
    [],
    ["Tom Hale", "Jack Rowe"],
    "Rovers came from two goals down on Saturday.",
    'Tom Hale and Jack Rowe scored in the second half. "We never gave up," he said.',
)
quote(
    TWO,
    "It protects renters",
    [],
    ["Ruth Oakes", "Janet Pryor"],
    "The housing bill passed the Senate on Wednesday.",
    'Senators Ruth Oakes and Janet Pryor wrote the bill together. "It protects renters," she said.',
)
quote(
    TWO,
    "We made progress",
    [],
    ["Kenji Ito", "Hiro Sato"],
    "The trade talks ended in Kyoto on Friday.",
    'The talks were chaired by Kenji Ito and Hiro Sato. "We made progress," he said.',
)
quote(
    TWO,
    "I am ready",
    [],
    ["Greta Lund", "Maja Berg"],
    "The party chooses its leader in June.",
    'Either Greta Lund or Maja Berg will lead the party. "I am ready," she said.',
)
quote(
    TWO,
    "The deal is off",
    ["Celia Moss"],
    [],
    "The shareholders met on Friday.",
    'The merger was blocked by Celia Moss and the board on Friday. "The deal is off," she said.',
)
quote(
    TWO,
    "We will be back",
    ["Anna Berg"],
    [],
    "Thousands marched in Malmo on Saturday.",
    'Anna Berg and her sister led the march through the city. "We will be back," she said.',
)
quote(
    TWO,
    "It belongs to the whole team",
    ["Omar Haddad"],
    [],
    "The science prize was awarded in Ankara on Monday.",
    'The prize went to Omar Haddad and his team for their work on batteries. "It belongs to the whole team," he said.',
)
quote(
    TWO,
    "Nothing was agreed",
    ["Karin Lund"],
    [],
    "The strike entered its second week.",
    'Minister Karin Lund and union leaders met on Tuesday. "Nothing was agreed," she said.',
)
quote(
    TWO,
    "We have work to do",
    ["Paul Roux"],
    [],
    "The club held its annual meeting on Thursday.",
    'Paul Roux was elected to the board with 60 votes. "We have work to do," he said.',
)
quote(
    TWO,
    "The water is safe",
    ["Ines Faria"],
    [],
    "The town's tap water was tested last week.",
    'The report was signed by Dr Ines Faria and two colleagues. "The water is safe," she said.',
)
quote(
    TWO,
    "We never gave up",
    ["Tom Hale"],
    [],
    "Rovers came from two goals down on Saturday.",
    'Tom Hale scored twice in the second half. "We never gave up," he said.',
)
quote(
    TWO,
    "It protects renters",
    ["Ruth Oakes"],
    [],
    "The housing bill passed the Senate on Wednesday.",
    'Senator Ruth Oakes and her staff wrote the bill. "It protects renters," she said.',
)
quote(
    TWO,
    "We made progress",
    ["Kenji Ito"],
    [],
    "The trade talks ended in Kyoto on Friday.",
    'The talks were chaired by Kenji Ito and the Swiss envoy. "We made progress," he said.',
)
quote(
    TWO,
    "I am ready",
    ["Greta Lund"],
    [],
    "The party chooses its leader in June.",
    'Greta Lund will lead the party into the election. "I am ready," she said.',
)

# --- earlier_paragraph: a nearer sentence names another person ----------------------------
quote(
    EARLIER,
    "We had no choice but to close the bridge",
    ["Tomasz Wilk"],
    ["Ada Nowak"],
    "Mayor Ada Nowak asked drivers to be patient.",
    'The closure was ordered on Thursday by Tomasz Wilk, the city\'s chief engineer. "We had no choice but to close the bridge," he said.',
)
quote(
    EARLIER,
    "I am satisfied that we have a fisheries agreement",
    ["Marit Solberg Haug"],
    ["Ewan Frost"],
    "Negotiators for the three coastal states met in Bergen over two days, with Britain's Ewan Frost in the chair.",
    'The outcome was welcomed by Marit Solberg Haug. "I am satisfied that we have a fisheries agreement," she said.',
)
quote(
    EARLIER,
    "the money will reach the farmers by June",
    ["Amara Diallo"],
    ["Jean Moreau"],
    "French envoy Jean Moreau attended the signing in Dakar.",
    'The fund will be managed by Amara Diallo, the agriculture minister. She said "the money will reach the farmers by June" and that audits would follow.',
)
quote(
    EARLIER,
    "It was a clean game",
    ["Anton Weiss"],
    ["Tom Rennick"],
    "Coach Tom Rennick named an unchanged side on Saturday.",
    'The match was refereed by Anton Weiss. "It was a clean game," he said.',
)
quote(
    EARLIER,
    "Every line was checked",
    ["Mark Dunn"],
    ["Paul Hart"],
    "Governor Paul Hart signed the budget on Monday.",
    'It was drafted by treasurer Mark Dunn over six months. "Every line was checked," he said.',
)
quote(
    EARLIER,
    "The river gives us cooling water",
    ["Maria Costa"],
    ["Sara Lind"],
    "Chief executive Sara Lind opened the new plant on Tuesday.",
    'The site was chosen by engineer Maria Costa. "The river gives us cooling water," she said.',
)
quote(
    EARLIER,
    "This is the best deal on the table",
    ["Hiro Tanaka"],
    ["Ken Mori"],
    "Opposition leader Ken Mori called the deal a surrender.",
    'The agreement was defended in parliament by Hiro Tanaka on Tuesday. "This is the best deal on the table," he said.',
)
quote(
    EARLIER,
    "We filled 300 bags",
    ["Elena Soto"],
    ["Ana Ruiz"],
    "Mayor Ana Ruiz thanked the volunteers on Sunday.",
    'The clean-up was led by Elena Soto, a teacher. "We filled 300 bags," she said.',
)
quote(
    EARLIER,
    "We will call ten witnesses",
    ["Colin Shaw"],
    ["Peter Vance"],
    "Judge Peter Vance adjourned the case until May.",
    'The defence is led by barrister Colin Shaw. "We will call ten witnesses," he said.',
)
quote(
    EARLIER,
    "The water is still rising",
    ["Irina Volkova"],
    ["Olga Petrova"],
    "Minister Olga Petrova visited the flooded towns on Friday.",
    'Rescue teams were coordinated by Irina Volkova. "The water is still rising," she said.',
)
quote(
    EARLIER,
    "I just hit it",
    ["Sam Dyer"],
    ["Ben Ashe"],
    "Captain Ben Ashe lifted the trophy at Wembley.",
    'The winning goal was scored by Sam Dyer in extra time. "I just hit it," he said.',
)
quote(
    EARLIER,
    "We had no choice but to close the bridge",
    ["Ada Nowak"],
    [],
    "Mayor Ada Nowak asked drivers to be patient.",
    'The bridge closed on Thursday. "We had no choice but to close the bridge," she said.',
)
quote(
    EARLIER,
    "We are ready",
    ["Tom Rennick"],
    [],
    "Coach Tom Rennick named an unchanged side on Saturday.",
    'The match starts at three. "We are ready," he said.',
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
