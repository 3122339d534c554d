# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of review rvrb33 of readback33 (``grounding_rvrb33.jsonl``): a quote's "he
said", "she said" or description read back to a sentence whose main clause has a named
subject while a reader settled on another name in it, broken both ways, by category, each
with what must pass and what must fail:

- ``body-subject``: the sentence's subject is a body ("The Interior Ministry summoned the
  opposition leader, Rami Saleh"), the quote's "he" or "she" is the person it names, never
  the body; the body passes for "the ministry said" (the person it names is refused there).
  The person's own "he said" after a body's sentence is left out (older readers refuse it:
  see DECISIONS);
- ``paragraph-back``: the sentence read back to ends the paragraph before the quote's, or
  lies two sentences back: the person the quote's words and pronoun point to passes, the
  subject of the earlier sentence does not where another person of the pronoun's sex is named
  nearer.

Run ``python tests/data/make_rvrb33_cases.py`` to rebuild it. The people, outlets and events
are fictional and every sentence was written for this set; each verdict is what a careful
fact-checker reads in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rvrb33.jsonl")

built = SupportCases(
    "rvrb33",
    leads=[
        "HALDEN, May 4 (Fjordline Wire) -",
        "By Oona Marsh | The Westbrook Courier",
        "POLITICS DESK | The Carrow Herald",
        "From our correspondent in Lisbon, The Meridian Review.",
    ],
)
BODY, PARA = "body-subject", "paragraph-back"
quote = built.page_quote


# --- body-subject: a body's sentence, a person's "he said" -----------------------------------

quote(BODY, "I have nothing to hide", [], ["Interior Ministry"],
      'The Interior Ministry summoned the opposition leader, Rami Saleh, on Monday. "I have nothing to hide," he said.')  # fmt: skip
quote(BODY, "The council has made a mistake", [], ["Northgate Council"],
      'Northgate Council rejected the plan put forward by the developer, Colin Hart. "The council has made a mistake," he said.')  # fmt: skip
quote(BODY, "They ignored every warning", [], ["European Commission"],
      'The European Commission fined Talvik Bank after a complaint from its former auditor, Maria Holm. "They ignored every warning," she said.')  # fmt: skip
quote(BODY, "I followed the rules", [], ["Harbour Police"],
      'Harbour Police arrested the ship\'s captain, Lars Eklund, late on Friday. "I followed the rules," he told reporters.')  # fmt: skip
quote(BODY, "We reached every village", [], ["World Health Organization"],
      'The World Health Organization praised the health minister, Amina Diallo, for the vaccine drive. "We reached every village," she said.')  # fmt: skip
quote(BODY, "I was made a scapegoat", [], ["Corvan Airlines"],
      'Corvan Airlines dismissed its chief pilot, Owen Marsh, after the incident. "I was made a scapegoat," he said.')  # fmt: skip
quote(BODY, "Justice has been done", ["Teodor Ilic"], ["Supreme Court"],
      'The Supreme Court cleared the former minister, Teodor Ilic, of all charges on Thursday. "Justice has been done," he said outside the court.')  # fmt: skip
quote(BODY, "I will appeal", [], ["Labour Party"],
      'The Labour Party suspended its councillor, Fiona Grant, over the posts. "I will appeal," she said.')  # fmt: skip
quote(BODY, "Our members have been heard", ["Riverside Players Union"], ["Hugo Brandt"],
      'The Riverside Players Union thanked the club\'s owner, Hugo Brandt, on Sunday. "Our members have been heard," the union said.')  # fmt: skip
quote(BODY, "broke his contract", ["Veldt Mining Company"], ["Simon Bray"],
      'The Veldt Mining Company sued its former chief executive, Simon Bray, for damages. "Mr. Bray broke his contract," the company said in a statement.')  # fmt: skip
quote(BODY, "We will not be silenced", [], ["State Media Authority"],
      'The State Media Authority shut down the newspaper run by Nadia Karim on Tuesday. "We will not be silenced," she said.')  # fmt: skip

quote(BODY, "The deal protects local jobs", ["Northgate Council"], ["Colin Hart"],
      'Northgate Council approved the plan put forward by the developer, Colin Hart. "The deal protects local jobs," the council said.')  # fmt: skip
quote(BODY, "The bank broke the rules", ["European Commission"], ["Maria Holm"],
      'The European Commission fined Talvik Bank after a complaint from its former auditor, Maria Holm. "The bank broke the rules for years," the commission said.')  # fmt: skip
quote(BODY, "The captain is being questioned", ["Harbour Police"], ["Lars Eklund"],
      'Harbour Police arrested the ship\'s captain, Lars Eklund, late on Friday. "The captain is being questioned," police said.')  # fmt: skip
quote(BODY, "Safety comes first", ["Corvan Airlines"], ["Owen Marsh"],
      'Corvan Airlines dismissed its chief pilot, Owen Marsh, after the incident. "Safety comes first," the airline said in a statement.')  # fmt: skip
quote(BODY, "The posts broke our code", ["Labour Party"], ["Fiona Grant"],
      'The Labour Party suspended its councillor, Fiona Grant, over the posts. "The posts broke our code of conduct," the party said.')  # fmt: skip
quote(BODY, "The licence was not renewed", ["State Media Authority"], ["Nadia Karim"],
      'The State Media Authority shut down the newspaper run by Nadia Karim on Tuesday. "The licence was not renewed," the authority said.')  # fmt: skip
quote(BODY, "Mr. Saleh must answer", ["Interior Ministry"], ["Rami Saleh"],
      'The Interior Ministry summoned the opposition leader, Rami Saleh, on Monday. "Mr. Saleh must answer for the riots," the ministry said.')  # fmt: skip
quote(BODY, "The campaign saved thousands of lives", ["World Health Organization"], ["Amina Diallo"],
      'The World Health Organization praised the health minister, Amina Diallo, for the vaccine drive. "The campaign saved thousands of lives," the organization said.')  # fmt: skip


# --- paragraph-back: the subject of a sentence a paragraph or a sentence further back ---------

quote(PARA, "Nobody told me why", ["Rory Kent"], ["Alan Pike"],
      "Coach Alan Pike dropped his captain, Rory Kent, for the final.",
      '"Nobody told me why," Kent said on Sunday. "I found out from the team sheet," he added.')  # fmt: skip
quote(PARA, "It was the hardest call I have made", ["Alan Pike"], ["Rory Kent"],
      'Coach Alan Pike dropped his captain, Rory Kent, for the final. "It was the hardest call I have made," he said.')  # fmt: skip
quote(PARA, "Nobody left the room happy", ["Paulo Reis"], ["Ravi Menon"],
      "Ravi Menon, the trade minister, flew to Geneva on Monday for the talks.",
      'The session was chaired by the deputy head of the trade body, Paulo Reis. "Nobody left the room happy," he said.')  # fmt: skip
quote(PARA, "The roof came down on us", ["Erik Sand"], ["Jan Holm"],
      "Fire chief Jan Holm sent four crews to the warehouse on Monday night.",
      'One of the firefighters, Erik Sand, was pulled from the rubble at dawn. "The roof came down on us," he said from his hospital bed.')  # fmt: skip
quote(PARA, "We will rebuild the school", ["Jan Holm"], ["Erik Sand"],
      'Mayor Jan Holm visited the burned school with the caretaker, Erik Sand, on Tuesday. Parents gathered at the gate. "We will rebuild the school," the mayor said.')  # fmt: skip
quote(PARA, "The ball was over the line", ["Luis Ortega"], ["Mark Dale"],
      "Referee Mark Dale awarded the goal after a long look at the screen.",
      'The visitors\' manager, Luis Ortega, was sent to the stands for protesting. "The ball was over the line, everyone saw it," he said afterwards.')  # fmt: skip
quote(PARA, "The money went to the schools", ["Igor Petrov"], ["Anton Volk"],
      "Prosecutor Anton Volk charged the former mayor, Igor Petrov, with fraud in March.",
      'Petrov denied the charge at his first hearing on Monday. "The money went to the schools," he said.')  # fmt: skip
quote(PARA, "Every seat was sold in an hour", ["Greta Nilsson"], ["Oskar Berg"],
      'Promoter Greta Nilsson booked the band for two nights in June. The tour was planned by their agent, Oskar Berg, a year earlier. "Every seat was sold in an hour," Nilsson said.')  # fmt: skip
quote(PARA, "I saw the lorry swerve", ["Tomas Lind"], ["Hans Berger"],
      "Inspector Hans Berger took statements from the drivers at the scene.",
      'A witness, Tomas Lind, was waiting at the bus stop when the crash happened. "I saw the lorry swerve," he said.')  # fmt: skip
quote(PARA, "The plan protects the coast", ["Sara Vik"], ["Per Moen"],
      'Minister Sara Vik presented the plan on Friday, flanked by her deputy, Per Moen. "The plan protects the coast for a generation," the minister said.')  # fmt: skip
quote(PARA, "My client is innocent", ["David Roth"], ["Ben Adler"],
      "Ben Adler was arrested at his home in Leeds on Saturday.",
      'His lawyer, David Roth, spoke to reporters outside the station. "My client is innocent," he said.')  # fmt: skip


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
