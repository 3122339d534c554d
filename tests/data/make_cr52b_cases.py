# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 52's shared and labelled role ties for the confirm-only mode
(``grounding_cr52b.jsonl``, tie writer cr52b; every case carries ``"confirm": ["role"]``;
:mod:`summarizer.verification.people.shared_roles`):

- ``plural``: a role written once in the plural over a list of names, before it ("Senators A
  and B", "the two foreign ministers, A and B,", "its spokespeople, A and B") or after it ("A
  and B, the two co-founders", "A and B, both senators"); the singular confirmed for a listed
  name, and left unconfirmed for a name outside the list, for a list under another group's
  title, after "former" or an office word the value lacks ("deputy ministers");
- ``label``: a transcript's, a programme's or a credit line's label ("Host: X", "HOST (X):",
  "X (presenter):", "Reporting by X; editing by Y"); the labelled name confirmed, a guest, a
  correspondent or the other credit's name not;
- ``stopped``: a role beside a name that a stop inside "U.S." or after "Jr." cut for the
  holder reading ("Dan Driscoll, the U.S. Army secretary,"); confirmed, and another person
  named in the sentence, or a "former" title, not.

Run ``python tests/data/make_cr52b_cases.py`` to rebuild it. Every article below was written
for this set in its own words, with made-up people and bodies; each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_cr52b.jsonl")
CONFIRM = ["role"]

built = SupportCases(
    "cr52b",
    leads=[
        "World | The Larchmere Gazette",
        "OSLO (Fjordline Wire) -",
        "Politics | The Calder Review",
    ],
)
PLURAL, LABEL, STOPPED = "plural", "label", "stopped"


def framed(
    category: str, lead: str, name: str, passes: list[str], fails: list[str], *paragraphs: str
) -> None:
    """A page with its own first line (a programme's or a credit's)."""
    built.each(
        category, built.page(*paragraphs, lead=lead), passes, fails, "people[0].role",
        lambda value: {"people": [{"name": name, "role": value}]}, f"{name}'s role",
    )  # fmt: skip


# --- plural: a title shared by a list of names ----------------------------------------------
P1 = "Turkey brought the two foreign ministers, Aram Delcourt and Ivo Stanek, together in Izmir on Thursday, with Defence Minister Oskar Lind looking on."
built.person_role(
    PLURAL, "Ivo Stanek", ["foreign minister"], [], P1, "The talks lasted four hours."
)
built.person_role(
    PLURAL, "Aram Delcourt", ["foreign minister"], [], P1, "The talks lasted four hours."
)
built.person_role(
    PLURAL, "Oskar Lind", [], ["foreign minister"], P1, "The talks lasted four hours."
)
P2 = "On Wednesday, Senators Marla Quist and Dev Anand Rao pressed again for a floor vote, and Governor Hal Brecker said he would sign the bill."
built.person_role(PLURAL, "Dev Anand Rao", ["senator"], [], P2, "The vote is expected next week.")
built.person_role(PLURAL, "Hal Brecker", [], ["senator"], P2, "The vote is expected next week.")
P3 = "Independents Rosa Kettering and Bill Amory pledged supply to the government, while Greens leader Tamsin Ojo said her party would sit on the crossbench."
built.person_role(PLURAL, "Rosa Kettering", ["independent"], [], P3)
built.person_role(PLURAL, "Tamsin Ojo", [], ["independent"], P3)
P4 = "Brightfold was started in a garage in 2014 by Lea Marchetti and Sunil Varga, the two co-founders, who hired Pieter Osei as chief executive last year."
built.person_role(PLURAL, "Sunil Varga", ["co-founder"], [], P4, "The firm employs 300 people.")
built.person_role(PLURAL, "Lea Marchetti", ["co-founder"], [], P4, "The firm employs 300 people.")
built.person_role(PLURAL, "Pieter Osei", [], ["co-founder"], P4, "The firm employs 300 people.")
P5 = "The party's two spokespeople, Juno Adeyemi and Carl Wendt, rejected the claim, and its treasurer, Mina Fors, declined to comment."
built.person_role(PLURAL, "Carl Wendt", ["spokesperson"], [], P5)
built.person_role(PLURAL, "Mina Fors", [], ["spokesperson"], P5)
P6 = "Former prime ministers Edda Holm and Rune Sand signed the letter, alongside the sitting finance minister, Gerd Aune."
built.person_role(PLURAL, "Rune Sand", [], ["prime minister"], P6)
built.person_role(PLURAL, "Edda Holm", [], ["prime minister"], P6)
P7 = "Deputy ministers Ola Brekke and Siv Moen will lead the delegation, the ministry said."
built.person_role(PLURAL, "Ola Brekke", [], ["minister"], P7)
built.person_role(PLURAL, "Siv Moen", ["deputy minister"], [], P7)
P8 = "The ruling was criticised by Lorna Pike and Tevita Fale, both senators from the island, and by the mayor of Port Amelia, Jonas Rue."
built.person_role(PLURAL, "Tevita Fale", ["senator"], [], P8)
built.person_role(PLURAL, "Lorna Pike", ["senator"], [], P8)
built.person_role(PLURAL, "Jonas Rue", [], ["senator"], P8)
P9 = "The presidents of Varnia, Elin Korhonen, and of Dastovia, Milos Brandt, signed the accord in Geneva on Friday."
built.person_role(
    PLURAL, "Milos Brandt", ["president"], [], P9, "Their foreign ministers had drafted it in June."
)
built.person_role(
    PLURAL,
    "Elin Korhonen",
    ["president"],
    [],
    P9,
    "Their foreign ministers had drafted it in June.",
)
P10 = "The accord was first signed on 12 May by the two defence ministers, Aino Laine for Varnia and Petar Jovic for Dastovia, with Secretary of State Ruth Calloway as witness."
built.person_role(PLURAL, "Petar Jovic", ["defence minister"], [], P10)
built.person_role(PLURAL, "Ruth Calloway", [], ["defence minister"], P10)
P11 = "Council members Imogen Tate, Felix Obi and Rhea Mandel voted against the budget. Mayor Dario Kwan called the vote a setback."
built.person_role(PLURAL, "Felix Obi", ["council member"], [], P11)
built.person_role(PLURAL, "Rhea Mandel", ["council member"], [], P11)
built.person_role(PLURAL, "Dario Kwan", [], ["council member"], P11)
P12 = "Co-chairs Hanne Vik and Tore Dahl opened the summit, and the two vice chairs, Lise Berg and Arne Hauge, read the agenda."
built.person_role(PLURAL, "Tore Dahl", ["co-chair"], [], P12)
built.person_role(PLURAL, "Arne Hauge", [], ["co-chair", "chair"], P12)
P13 = "The company's two directors, Marit Sola and Ben Ivers, met the union's organisers, Kaja Strand and Omar Haddad, on Monday."
built.person_role(PLURAL, "Ben Ivers", ["director"], [], P13)
built.person_role(PLURAL, "Kaja Strand", [], ["director"], P13)
built.person_role(PLURAL, "Omar Haddad", ["organiser"], [], P13)

P14 = "The only two senators to oppose it were Dana Whitfield, the Oregon Republican, and Luis Ortega, the Nevada independent; Governor Ada Brisk praised the vote."
built.person_role(PLURAL, "Luis Ortega", ["senator"], [], P14)
built.person_role(PLURAL, "Dana Whitfield", ["senator"], [], P14)
built.person_role(PLURAL, "Ada Brisk", [], ["senator"], P14)
P15 = "Judges Tomas Vey, the court's longest-serving member, and Irma Salo dissented, while prosecutor Jens Holm asked for a retrial."
built.person_role(PLURAL, "Irma Salo", ["judge"], [], P15)
built.person_role(PLURAL, "Jens Holm", [], ["judge"], P15)

# --- label: a transcript's, a programme's or a credit's label ------------------------------
framed(
    LABEL,
    "Evening Brief | Radio Tallow",
    "Priya Lund",
    ["host"],
    [],
    "Host: Priya Lund.",
    "Tonight: the port strike and what it means for exporters.",
    "Our guest is Ravi Mehra, an economist at Tallow University.",
)
framed(
    LABEL,
    "Evening Brief | Radio Tallow",
    "Ravi Mehra",
    [],
    ["host"],
    "Host: Priya Lund.",
    "Tonight: the port strike and what it means for exporters.",
    "Our guest is Ravi Mehra, an economist at Tallow University.",
)
framed(
    LABEL,
    "TRANSCRIPT: World Tonight, 4 March",
    "Clara Dempsey",
    ["host"],
    [],
    "HOST (Clara Dempsey): Eight days after the vote, the count is over.",
    "Our correspondent Tom Whitaker is in the capital.",
    "WHITAKER: The premier spoke this afternoon.",
)
framed(
    LABEL,
    "TRANSCRIPT: World Tonight, 4 March",
    "Tom Whitaker",
    ["correspondent"],
    ["host"],
    "HOST (Clara Dempsey): Eight days after the vote, the count is over.",
    "Our correspondent Tom Whitaker is in the capital.",
    "WHITAKER: The premier spoke this afternoon.",
)
framed(
    LABEL,
    "TRANSCRIPT: Night Desk",
    "Helen Ashby",
    ["presenter"],
    [],
    "PRESENTER (Helen Ashby): Good evening.",
    "The talks in Valletta broke up without a deal.",
    "ASHBY: Joining me is Marek Novy, a former negotiator.",
)
framed(
    LABEL,
    "TRANSCRIPT: Night Desk",
    "Marek Novy",
    [],
    ["presenter"],
    "PRESENTER (Helen Ashby): Good evening.",
    "The talks in Valletta broke up without a deal.",
    "ASHBY: Joining me is Marek Novy, a former negotiator.",
)
framed(
    LABEL,
    "TRANSCRIPT: Harbour Hour",
    "Lena Marsh",
    ["presenter"],
    [],
    "LENA MARSH (presenter): The summit between the two leaders is off.",
    "MARSH: Tomasz Wilk is in Gdansk. Tomasz?",
    "WILK: Officials here were surprised.",
)
framed(
    LABEL,
    "TRANSCRIPT: Harbour Hour",
    "Tomasz Wilk",
    [],
    ["presenter"],
    "LENA MARSH (presenter): The summit between the two leaders is off.",
    "MARSH: Tomasz Wilk is in Gdansk. Tomasz?",
    "WILK: Officials here were surprised.",
)
framed(
    LABEL,
    "TRANSCRIPT: Morning Line",
    "Min-ji Seo",
    ["anchor"],
    [],
    "ANCHOR (Min-ji Seo): Good morning.",
    "Fishing boats returned to port early as the storm closed in.",
)
framed(
    LABEL,
    "TRANSCRIPT: Morning Line",
    "Grace Hollis",
    [],
    ["anchor"],
    "ANCHOR (Min-ji Seo): Good morning.",
    "Fishing boats returned to port early as the storm closed in, said Grace Hollis of the coast guard.",
)
CREDIT = "(Reporting by Ilse Brandauer and Kofi Asante; editing by Tomasz Wrona)"
built.person_role(
    LABEL,
    "Ilse Brandauer",
    ["reporter"],
    ["editor"],
    "The central bank held rates at 4% on Tuesday.",
    CREDIT,
)
built.person_role(
    LABEL,
    "Kofi Asante",
    ["reporter"],
    ["editor"],
    "The central bank held rates at 4% on Tuesday.",
    CREDIT,
)
built.person_role(
    LABEL,
    "Tomasz Wrona",
    ["editor"],
    ["reporter"],
    "The central bank held rates at 4% on Tuesday.",
    CREDIT,
)
built.person_role(
    LABEL,
    "Hugo Brandt",
    [],
    ["reporter"],
    "The central bank held rates at 4% on Tuesday, governor Hugo Brandt said.",
    CREDIT,
)
framed(
    LABEL,
    "Editor: Nadia Quarshie",
    "Nadia Quarshie",
    ["editor"],
    [],
    "The school board will vote on the new calendar on Monday.",
    "Parents have until Friday to comment.",
)
framed(
    LABEL,
    "Editor: Nadia Quarshie",
    "Omar Bell",
    [],
    ["editor"],
    "The school board will vote on the new calendar on Monday, chairman Omar Bell said.",
    "Parents have until Friday to comment.",
)
built.person_role(
    LABEL,
    "Sara Lind",
    ["photographer"],
    ["reporter"],
    "The ferry ran aground off the island on Sunday.",
    "Photos by Sara Lind",
)
built.person_role(
    LABEL,
    "Ana Ruiz",
    ["translator"],
    [],
    "The minister's letter, published on Friday, is reproduced below.",
    "Translated by Ana Ruiz",
)
PODCAST = "Host: Wren Adair. Guest: our energy correspondent, Jonah Kilby."
framed(
    LABEL,
    "THE HARBOUR PODCAST - TRANSCRIPT",
    "Wren Adair",
    ["host"],
    [],
    PODCAST,
    "WREN ADAIR: Jonah, where do the talks stand?",
    "JONAH KILBY: Stalled, for now.",
)
framed(
    LABEL,
    "THE HARBOUR PODCAST - TRANSCRIPT",
    "Jonah Kilby",
    ["energy correspondent"],
    ["host"],
    PODCAST,
    "WREN ADAIR: Jonah, where do the talks stand?",
    "JONAH KILBY: Stalled, for now.",
)
DESK = "SEOUL BUREAU | Reporting: Han Seo-yeon / Desk editor: Ines Carrow"
framed(
    LABEL,
    DESK,
    "Han Seo-yeon",
    ["reporter"],
    ["desk editor"],
    "The assembly passed the budget late on Friday.",
)
framed(
    LABEL,
    DESK,
    "Ines Carrow",
    ["desk editor"],
    ["reporter"],
    "The assembly passed the budget late on Friday.",
)
framed(
    LABEL,
    "TRANSCRIPT: Coast Watch",
    "Piet Janssen",
    [],
    ["anchor"],
    "ANCHOR: Piet Janssen in Ostend, thank you.",
    "The storm is expected to pass by morning.",
)

# --- stopped: a holder reading cut by an abbreviation's or a suffix's stop -----------------
S1 = "ABU DHABI, Nov 25 - Dan Driscoll, the U.S. Army secretary, met Russian officials on Monday, a source said."
built.person_role(STOPPED, "Dan Driscoll", ["Army secretary"], [], S1)
S2 = "Robert F. Kennedy Jr., the secretary of health, told senators the plan would save money. Senator Mia Ortiz disagreed."
built.person_role(STOPPED, "Robert F. Kennedy Jr.", ["secretary of health"], [], S2)
built.person_role(STOPPED, "Mia Ortiz", [], ["secretary of health"], S2)
S3 = "The draft was handed to Massad Kareem, the U.S. envoy for Africa, by Lina Soto on Tuesday."
built.person_role(STOPPED, "Massad Kareem", ["envoy for Africa"], [], S3)
built.person_role(STOPPED, "Lina Soto", [], ["envoy for Africa"], S3)
S4 = "Donald Varga, the U.K. trade minister, met Elsa Brun in Lyon."
built.person_role(STOPPED, "Donald Varga", ["trade minister"], [], S4)
built.person_role(STOPPED, "Elsa Brun", [], ["trade minister"], S4)
S5 = "Peter Hale Jr., the mayor of Eastwick, cut the ribbon as Councilwoman Dora Finch looked on."
built.person_role(STOPPED, "Peter Hale Jr.", ["mayor"], [], S5)
built.person_role(STOPPED, "Dora Finch", [], ["mayor"], S5)
S6 = "Ruth Adler, a former U.S. ambassador, said the deal would not hold."
built.person_role(STOPPED, "Ruth Adler", [], ["ambassador", "U.S. ambassador"], S6)
S7 = "Walter Brigg Sr., the U.N. special envoy, arrived in Juba on Monday with Jana Holt."
built.person_role(STOPPED, "Walter Brigg Sr.", ["special envoy", "U.N. special envoy"], [], S7)
built.person_role(STOPPED, "Jana Holt", [], ["special envoy"], S7)
S8 = "Kim Lowe, the U.S. deputy trade representative, and Arjun Pillai met in Delhi."
built.person_role(
    STOPPED, "Kim Lowe", ["deputy trade representative"], ["trade representative"], S8
)
built.person_role(STOPPED, "Arjun Pillai", [], ["deputy trade representative"], S8)
S9 = "Tomas Reyes, the E.U. ambassador to Chile, hosted Paula Ibarra, the country's finance minister."
built.person_role(STOPPED, "Tomas Reyes", ["ambassador to Chile"], ["finance minister"], S9)
S10 = "Samuel Okoro Jr., the club's chairman, sacked coach Femi Ade on Sunday."
built.person_role(STOPPED, "Samuel Okoro Jr.", ["chairman"], [], S10)
built.person_role(STOPPED, "Femi Ade", [], ["chairman"], S10)
S11 = "Greta Nilsen, the U.S. Navy secretary, toured the yard with Ivan Petrov, who runs it."
built.person_role(STOPPED, "Greta Nilsen", ["Navy secretary"], [], S11)
built.person_role(STOPPED, "Ivan Petrov", [], ["Navy secretary"], S11)


def build_cases() -> list[dict[str, Any]]:
    return [{**case, "confirm": CONFIRM} for case in built.cases]


if __name__ == "__main__":
    built.cases[:] = build_cases()
    built.write(OUT)
