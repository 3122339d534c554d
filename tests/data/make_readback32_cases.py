# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 32's read-back of descriptions (``grounding_readback32.jsonl``):
a quote attributed by a description with a country's or a body's name ("the US president
added", "the UN spokesman said", "the Kremlin envoy told reporters") that no one on the page
is named with, by category, each with what must pass and what must fail:

- ``unheld-named-title``: the description points back as any unheld title does, and the
  nearest earlier attribution decides: the one person the sentence before names as its
  speaker ("Dana Whitfield wrote on social media that ... "...," the US president added").
  Refused: someone the page named earlier who is not that sentence's speaker, the other
  speaker of the page.
- ``two-named-title``: the sentence the description is read back to names the value and
  another person ("Carla Brandt met Dana Whitfield on Sunday. "...," the US president
  said"): the page gives no reason to prefer either for the title, so each is refused
  (unconfirmed); where the page does name someone with the title before ("US President Dana
  Whitfield"), that holder passes and the other is refused.

Run ``python tests/data/make_readback32_cases.py`` to rebuild it. The people, outlets and
events below are fictional and every sentence was written for this set; each verdict is what
a careful fact-checker reads in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_readback32.jsonl")

built = SupportCases(
    "rb32",
    leads=[
        "GENEVA, May 6 (Lakeside Wire) -",
        "By Ines Marwood | The Northern Ledger",
        "WORLD DESK | The Coastal Herald",
        "From our correspondent in Brussels, The Meridian Review.",
    ],
)
UNHELD, TWO = "unheld-named-title", "two-named-title"
quote = built.page_quote


# --- unheld-named-title: the one speaker of the sentence before -----------------------------

quote(UNHELD, "There will be no exceptions", ["Dana Whitfield"], ["Marta Olsen"],
      "Marta Olsen, the host of the trade summit, closed the meeting on Monday.",
      'Late on Sunday, Dana Whitfield wrote on social media that any country joining the pact would face new duties. "There will be no exceptions," the US president added.')  # fmt: skip
quote(UNHELD, "a very good meeting", ["Dana Whitfield"], ["Pieter Hals"],
      "Pieter Hals, the Dutch prime minister, flew home before the dinner.",
      'Dana Whitfield told reporters at the airport that the talks had gone well. "It was a very good meeting," the U.S. president said.')  # fmt: skip
quote(UNHELD, "no decision has been taken", ["Tomas Reyes"], ["Amina Sow"],
      "Amina Sow, the aid coordinator, asked for a pause in the fighting.",
      'Tomas Reyes said the convoys would wait for guarantees from both armies. "As of tonight no decision has been taken," the UN spokesman said.')  # fmt: skip
quote(UNHELD, "premature and unhelpful", ["Oleg Marin"], ["Irene Vass"],
      "Irene Vass, the Estonian foreign minister, called for new sanctions.",
      'Oleg Marin dismissed the talk of new sanctions during his daily call with reporters. "Such statements are premature and unhelpful," the Kremlin spokesman said.')  # fmt: skip
quote(UNHELD, "we will not blink", ["Dana Whitfield"], ["Lena Fischer"],
      "Lena Fischer, the German chancellor, urged calm.",
      'Dana Whitfield posted a long message on Saturday night about the dispute. "We will not back down and we will not blink," the US president wrote.')  # fmt: skip
quote(UNHELD, "The door remains open", ["Sofia Lind"], ["Karim Haddad"],
      "Karim Haddad, the finance minister, left the talks early.",
      'Sofia Lind said the fund was ready to resume lending if the reforms went ahead. "The door remains open," the IMF chief said.')  # fmt: skip
quote(UNHELD, "a fair and final offer", ["Dana Whitfield"], ["Jonas Berg"],
      "Jonas Berg, the Swedish trade minister, said Europe would answer in kind.",
      'Dana Whitfield spoke to reporters aboard his plane on Thursday. "This is a fair and final offer," the US president said.')  # fmt: skip
quote(UNHELD, "nothing to hide", ["Anton Petrov"], ["Mikael Stern"],
      "Mikael Stern, a Finnish lawmaker, had demanded an inquiry.",
      'Anton Petrov answered the charge at a briefing in Moscow. "We have nothing to hide," the Kremlin spokesman told reporters.')  # fmt: skip
quote(UNHELD, "a humanitarian catastrophe", ["Tomas Reyes"], ["Grace Owusu"],
      "Grace Owusu, who runs the clinic in the camp, said the wells had run dry.",
      'Tomas Reyes described the situation at the daily briefing in New York. "We are looking at a humanitarian catastrophe," the UN spokesman said.')  # fmt: skip
quote(UNHELD, "A deal is within reach", ["Dana Whitfield"], ["Rafael Costa"],
      "Rafael Costa, the Brazilian president, said his country would not be pressured.",
      'Dana Whitfield told a rally in Ohio that the talks were close to an end. "A deal is within reach," the US president said.')  # fmt: skip
quote(UNHELD, "We expect full compliance", ["Nora Quist"], ["Hugo Brandt"],
      "Hugo Brandt, the chief executive of the shipping group, said he would appeal.",
      'Nora Quist wrote to the company on Friday to set out the next steps. "We expect full compliance," the EU commissioner wrote.')  # fmt: skip


# --- two-named-title: the sentence read back to names two people --------------------------

built.graded_quote(TWO, built.page(
    'Carla Brandt met Dana Whitfield at the lakeside resort on Sunday. "It is a good deal for everybody," the US president said.'),
    "It is a good deal for everybody", [], [], ("Carla Brandt", "Dana Whitfield"))  # fmt: skip
built.graded_quote(TWO, built.page(
    'Amina Sow thanked Tomas Reyes for the convoy. "More trucks will follow next week," the UN spokesman said.'),
    "More trucks will follow next week", [], [], ("Amina Sow", "Tomas Reyes"))  # fmt: skip
built.graded_quote(TWO, built.page(
    'Irene Vass spoke with Oleg Marin by telephone on Tuesday. "The call was businesslike," the Kremlin spokesman said.'),
    "The call was businesslike", [], [], ("Irene Vass", "Oleg Marin"))  # fmt: skip
built.graded_quote(TWO, built.page(
    'Karim Haddad hosted Sofia Lind in the capital on Monday. "The reforms are on track," the IMF chief told reporters.'),
    "The reforms are on track", [], [], ("Karim Haddad", "Sofia Lind"))  # fmt: skip
built.graded_quote(TWO, built.page(
    'Lena Fischer received Dana Whitfield at the chancellery. "We agreed on almost everything," the US president said afterwards.'),
    "We agreed on almost everything", [], [], ("Lena Fischer", "Dana Whitfield"))  # fmt: skip
# where the page names the holder before, the holder passes and the other is refused
quote(TWO, "a good deal for everybody", ["Dana Whitfield"], ["Carla Brandt"],
      "US President Dana Whitfield arrived at the resort on Saturday.",
      'Carla Brandt met Dana Whitfield at the lakeside resort on Sunday. "It is a good deal for everybody," the US president said.')  # fmt: skip
quote(TWO, "More trucks will follow", ["Tomas Reyes"], ["Amina Sow"],
      "UN spokesman Tomas Reyes read out the figures in New York.",
      'Amina Sow thanked Tomas Reyes for the convoy. "More trucks will follow next week," the UN spokesman said.')  # fmt: skip
quote(TWO, "The call was businesslike", ["Oleg Marin"], ["Irene Vass"],
      "Kremlin spokesman Oleg Marin confirmed the call on Monday.",
      'Irene Vass spoke with Oleg Marin by telephone on Tuesday. "The call was businesslike," the Kremlin spokesman said.')  # fmt: skip
quote(TWO, "The reforms are on track", ["Sofia Lind"], ["Karim Haddad"],
      "IMF chief Sofia Lind landed in the capital on Sunday.",
      'Karim Haddad hosted Sofia Lind in the capital on Monday. "The reforms are on track," the IMF chief told reporters.')  # fmt: skip
quote(TWO, "We agreed on almost everything", ["Dana Whitfield"], ["Lena Fischer"],
      "US President Dana Whitfield began a two-day visit to Berlin on Wednesday.",
      'Lena Fischer received Dana Whitfield at the chancellery. "We agreed on almost everything," the US president said afterwards.')  # fmt: skip
quote(TWO, "a new chapter", ["Dana Whitfield"], ["Rafael Costa"],
      "US President Dana Whitfield landed in Brasilia on Monday.",
      'Rafael Costa greeted Dana Whitfield at the palace. "This is a new chapter," the US president said.')  # fmt: skip
quote(TWO, "The numbers are improving", ["Tomas Reyes"], ["Grace Owusu"],
      "UN spokesman Tomas Reyes gave the daily briefing.",
      'Grace Owusu sent the latest figures to Tomas Reyes. "The numbers are improving," the UN spokesman said.')  # fmt: skip

quote(TWO, "We will need more time", ["Anton Petrov"], ["Mikael Stern"],
      "Kremlin spokesman Anton Petrov spoke to reporters in the morning.",
      'Mikael Stern put a question to Anton Petrov about the inquiry. "We will need more time," the Kremlin spokesman said.')  # fmt: skip
quote(TWO, "The fund will stand by you", ["Sofia Lind"], ["Rafael Costa"],
      "IMF chief Sofia Lind arrived in Brasilia on Tuesday.",
      'Rafael Costa dined with Sofia Lind at the palace. "The fund will stand by you," the IMF chief said.')  # fmt: skip
quote(TWO, "No one is above the rules", ["Nora Quist"], ["Hugo Brandt"],
      "EU commissioner Nora Quist opened the hearing in Brussels.",
      'Hugo Brandt was questioned by Nora Quist for two hours. "No one is above the rules," the EU commissioner said.')  # fmt: skip


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
