# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the read-back set of session 33 (``grounding_readback33.jsonl``): value-support cases
for a quote's speaker whose "he said" or description was read back past the sentence that
names its speaker as subject, by category, each with what must pass and what must fail:

- ``own-subject``: the quote's own sentence has the speaker for its named subject and no
  speech verb of its own ("Turkey's foreign minister, Hakan Fidan, opened it with a call to
  end "..."", "Machado, for her part, was gracious: ..."): the subject speaks, whoever the
  sentences before name. Refused: the person the sentence before names (the neighbour), a
  subject whose quote another name speaks in the same sentence ('X "arrived in Muscat", the
  agency said'), a subject of a first clause when a second clause with its own subject holds
  the quote ("X defended the bloc, while Y described it as a "prison""), the owner in a
  possessive ("X's spokesman, Y, ...");
- ``back-subject``: the quote's "he said" or "the Spaniard said" reads back to a sentence
  whose main clause has the speaker for its named subject, though a name follows ("according
  to Belga", "Mark Hale's senior adviser", "led by senator X" as the passive's agent,
  "opened the hearings with a warning to Y"): the subject speaks. Refused: the name further
  on, the owner of a possessive in the subject's apposition, a person named in the sentence
  before or in a clause after the subject.

Run ``python tests/data/make_readback33_cases.py`` to rebuild it. Every article below was
written for this set (fictional outlets and people); each verdict is what a careful
fact-checker reads in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_readback33.jsonl")

built = SupportCases("rb33")
quote = built.graded_quote

# --- own-subject: the quote's own sentence names its speaker as subject
C = "own-subject"
quote(
    C,
    'Talks resume in Izmir\n\nThe delegations met for a third time on Wednesday evening. Interior Minister Karl Weiss said the meeting had started late.\n\nThe host country\'s foreign minister, Selim Arkan, opened it with a call to end "this senseless war as soon as possible".\n',
    "this senseless war as soon as possible",
    ["Selim Arkan"],
    ["Karl Weiss"],
)
quote(
    C,
    'Court ruling\n\nThe judges were deciding on four cases brought by two states. Defence lawyer Pieter Vos said the rulings would be appealed.\n\n"The Court unanimously finds that there has been a violation of the treaty," read the president of the court, Marta Lindqvist.\n',
    "The Court unanimously finds that there has been a violation of the treaty,",
    ["Marta Lindqvist"],
    ["Pieter Vos"],
)
quote(
    C,
    'Reaction\n\nOpposition leader Tomas Brenner denounced "a historic shame". The chairman of the Civic Union party, Avi Dagan, saw "further proof of double standards".\n',
    "further proof of double standards",
    ["Avi Dagan"],
    ["Tomas Brenner"],
)
quote(
    C,
    'Walkout\n\nGovernor Ellen Marsh said the vote was a win for the whole state. Frank Osei, the state senate leader, had taken a harsher tone with the absent members, accusing them in a statement of having "abandoned their posts".\n',
    "abandoned their posts",
    ["Frank Osei"],
    ["Ellen Marsh"],
)
quote(
    C,
    'Prize\n\nThe committee chair, Nils Aaberg, read out the citation. Lucia Ferraz, for her part, was gracious: she dedicated the award to "everyone who stood in the rain to vote".\n',
    "everyone who stood in the rain to vote",
    ["Lucia Ferraz"],
    [],
)
quote(
    C,
    'Budget deal\n\nSenate leader Paul Carver said the chamber would sit through the weekend. Rita Vance, one of the negotiators holding out longer, was blunt: the deal was "good enough for now".\n',
    "good enough for now",
    ["Rita Vance"],
    ["Paul Carver"],
)
quote(
    C,
    'Visit\n\nPrime Minister Ivo Rask arrived in the capital on Thursday. Israel\'s foreign minister, Dan Harel, praised the hosts for a "clear and principled stance".\n',
    "clear and principled stance",
    ["Dan Harel"],
    ["Ivo Rask"],
)
quote(
    C,
    'Shipments\n\nA first convoy of 40 lorries crossed on Monday, the agency said. Grain board chair Omar Haddad said more would follow. The agency\'s country director, Leila Moreau, credited "the patience of the border staff".\n',
    "the patience of the border staff",
    ["Leila Moreau"],
    ["Omar Haddad"],
)
quote(
    C,
    'Oman talks\n\nIran\'s top diplomat reached the capital late on Thursday. Farid Jalali "arrived in Muscat to take part in a new round of talks", the state news agency Pars said.\n',
    "arrived in Muscat to take part in a new round of talks",
    ["Pars", "the state news agency Pars"],
    ["Farid Jalali"],
)
quote(
    C,
    "Trade bloc\n\nInside the bloc the mood was not all celebration. Brazil's Carlos Mendes defended the pact, while Chile's Ana Robles, whose country took over the presidency on Friday, described it as a \"cage\" for its members.\n",
    "cage",
    ["Ana Robles"],
    ["Carlos Mendes"],
)
quote(
    C,
    'Ceasefire talks\n\nRussia proposed a pause of two days to collect the dead. President Ivan Petrenko criticized the idea, and deputy foreign minister Oleh Marchenko said: "The other side keeps rejecting an unconditional ceasefire."\n',
    "The other side keeps rejecting an unconditional ceasefire.",
    ["Oleh Marchenko"],
    ["Ivan Petrenko"],
)
quote(
    C,
    'Summit declaration\n\nThe declaration was adopted on Saturday. Foreign minister Ronald Dube said it would change how the region trades. President Sam Ndlovu\'s spokesman, Victor Mabasa, said it showed that "the world is embracing cooperation".\n',
    "the world is embracing cooperation",
    ["Victor Mabasa"],
    ["Sam Ndlovu", "Ronald Dube"],
)

# --- back-subject: the read-back sentence's own subject, a name further on
C = "back-subject"
quote(
    C,
    'Hearings\n\nThe question reached the judges from the assembly in March. Vanuatu\'s envoy Kalo Tari had opened those hearings with a warning to judge Helen Brandt.\n\n"This may well be the most important case the court has heard," he told the bench.\n',
    "This may well be the most important case the court has heard,",
    ["Kalo Tari"],
    ["Helen Brandt"],
)
quote(
    C,
    'Humanitarian pause\n\nMonday - In Cairo, Rafiq Nassar, Mark Hale\'s senior adviser, unveils the plan for a 90-day pause. Both armies have accepted it in principle, he says: "We have not recorded any objection from either side."\n',
    "We have not recorded any objection from either side.",
    ["Rafiq Nassar"],
    ["Mark Hale"],
)
quote(
    C,
    'Hearings\n\nThe question reached the judges in March after a long campaign. Fiji\'s envoy Josefa Rata had opened those hearings with a warning.\n\n"Nothing less than our islands is at stake," he told the bench.\n',
    "Nothing less than our islands is at stake,",
    ["Josefa Rata"],
    [],
)
quote(
    C,
    'Election night\n\nThe count ran past midnight in the capital. Opposition leader Radu Ionescu, 38, at first claimed the win, with his rival Petru Stan still waiting for the last districts.\n\n"We are the clear winners of this election," he told supporters.\n',
    "We are the clear winners of this election,",
    ["Radu Ionescu"],
    ["Petru Stan"],
)
quote(
    C,
    'COLOMBIA - Talks with the rebels frozen again\nPresident Andres Molina halted the dialogue with the National Front on January 17 after a wave of killings in the north-east. "What the Front has done there are war crimes," he wrote on social media.\n',
    "What the Front has done there are war crimes,",
    ["Andres Molina"],
    ["National Front"],
)
quote(
    C,
    'Truce\n\nAfter three hours of talks, Prime Minister Hamid Rahman read out a joint statement agreed with Thailand\'s envoy Somchai Wongsa. He called it "a vital first step towards peace."\n',
    "a vital first step towards peace.",
    ["Hamid Rahman"],
    ["Somchai Wongsa"],
)
quote(
    C,
    'Rates\n\nThe bank kept its deposit rate at 2% on Thursday. President Clara Lenz told the press conference that the economy was "in a good place" but refused to say the cycle was over, as chief economist Jonas Weber looked on. "We are not pre-committing to a path," she said.\n',
    "We are not pre-committing to a path,",
    ["Clara Lenz"],
    ["Jonas Weber"],
)
quote(
    C,
    'Raid\n\nFederal agents raided the battery plant on Thursday. Special agent Steven Marsh told a news conference the operation grew out of an inquiry into hiring by contractor Dale Kirby. "Some crossed illegally; some overstayed their visas," the agent said.\n',
    "Some crossed illegally; some overstayed their visas,",
    ["Steven Marsh"],
    ["Dale Kirby"],
)
quote(
    C,
    'Attack\n\nPolice officer Dan Moss evacuated the building within minutes. Rob Kessler, 45, a lecturer who was in the building, said the rabbi carried on with the service. "We did what we could," the lecturer said.\n',
    "We did what we could,",
    ["Rob Kessler"],
    ["Dan Moss"],
)
quote(
    C,
    'Migration\n\nBorder officials said the checks would stay. Chancellor Otto Brandt, ten days before the election, demanded harsh consequences after meeting interior minister Jens Falk. "This attacker cannot count on any mercy," he told reporters.\n',
    "This attacker cannot count on any mercy,",
    ["Otto Brandt"],
    ["Jens Falk"],
)

quote(
    C,
    'Jets\n\nNATO chief Lars Holm had asked allies for more aircraft. Defence minister Arjen Kok told a news conference in The Hague that the jets would arrive in May, flanked by air force chief Ruud Smit. "We will not wait for anyone," he said.\n',
    "We will not wait for anyone,",
    ["Arjen Kok"],
    ["Ruud Smit", "Lars Holm"],
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
