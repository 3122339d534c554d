# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of a summit's ``format`` naming a medium (``grounding_formats25.jsonl``):
value-support cases, by category, each with what must pass and what must fail:

- ``medium-stated``: the summit's evidence words how this meeting is held ("by video link",
  "spoke by telephone", "face-to-face talks", "met in Ankara", "hosted ... at"): a format of
  that medium is supported; one of another medium is refused, and so is a medium the text
  denies ("did not meet in person") or words only as something other than a meeting ("in a
  video address", "a call for talks");
- ``other-medium``: the evidence words the other medium for this meeting ("in person" when
  "the two spoke by phone", "video" when they "met at the Kremlin"): refused strongly, while
  the medium it does word passes;
- ``other-meeting-medium``: the sentence tells two meetings ("after a phone call last week,
  they met in Geneva on Friday"): the fact's meeting (by its place or day, or the clause not
  marked as earlier or as a cause) is held in its own medium; the other meeting's medium is
  refused.

Run ``python tests/data/make_formats25_cases.py`` to rebuild it. The meetings are of the kind
outlets report (calls, video summits, visits); every sentence was written for this set, and
each verdict is what a careful fact-checker reads in the text, decided when it was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import ANY, STRONG, SUPPORTED, WEAK, SupportCases

OUT = Path(__file__).with_name("grounding_formats25.jsonl")

built = SupportCases(
    "f25",
    leads=[
        "NAIROBI (Rift Wire) -",
        "By Hanna Korpela | The Nordic Ledger",
        "DIPLOMACY | The Pacific Courier",
        "From our Brussels correspondent, The Channel Review.",
        "ANKARA, Bosphorus Post -",
        "World desk, The Lowland Examiner.",
    ],
)
STATED, OTHER, ELSEWHERE = "medium-stated", "other-medium", "other-meeting-medium"


def fmt(
    category: str, parties: list[str], sentence: str, passes: list[str],
    fails: list[str], strength: str = STRONG, place: str | None = None,
    timing: str | None = None,
) -> None:  # fmt: skip
    """A summit of ``parties`` backed by ``sentence``: each format of ``passes`` is
    supported, each of ``fails`` refused (at ``strength``)."""
    extra = {"parties": parties, "planned_location": place, "planned_timing": timing}
    for value in passes:
        built.graded_fact(category, "summits", "format", value, [sentence], True, SUPPORTED,
                          "the medium the evidence words for this meeting", **extra)  # fmt: skip
    for value in fails:
        built.graded_fact(category, "summits", "format", value, [sentence], False, strength,
                          "not the medium of this meeting", **extra)  # fmt: skip


# --- medium-stated: the evidence words this meeting's medium -----------------------------

fmt(
    STATED,
    ["Ruto", "Ramaphosa"],
    "President William Ruto and his South African counterpart Cyril Ramaphosa held talks by video link on Wednesday, their offices said.",
    ["by video link", "virtual"],
    ["in person"],
)
fmt(
    STATED,
    ["Albanese", "Luxon"],
    "Anthony Albanese spoke by telephone with New Zealand's prime minister, Christopher Luxon, late on Sunday about the cyclone.",
    ["telephone call"],
    ["face-to-face"],
)
fmt(
    STATED,
    ["Erdogan", "Aliyev"],
    "Recep Tayyip Erdogan and Ilham Aliyev sat down for face-to-face talks on the sidelines of the forum.",
    ["face-to-face"],
    ["phone call"],
)
fmt(
    STATED,
    ["Macron", "Scholz"],
    "The French president and the German chancellor met in person for the first time since the spring, an aide said.",
    ["in person"],
    ["video conference"],
)
fmt(
    STATED,
    ["Lula", "Petro"],
    "Lula hosted Gustavo Petro at the Planalto palace in Brasilia on Thursday for three hours of talks.",
    ["in-person"],
    ["by videoconference"],
)
fmt(
    STATED,
    ["Sanchez", "Costa"],
    "Pedro Sanchez held a videoconference with Antonio Costa and other EU leaders to co-ordinate the response.",
    ["videoconference"],
    ["in person"],
)
fmt(
    STATED,
    ["Modi", "Starmer"],
    "Narendra Modi phoned Keir Starmer on Tuesday to congratulate him, the Indian foreign ministry said.",
    ["phone call"],
    ["virtual meeting"],
)
fmt(
    STATED,
    ["Tinubu", "Mahama"],
    "Bola Tinubu travelled to Accra, where he and John Mahama held a two-hour meeting at Jubilee House.",
    ["in person"],
    ["telephone"],
)
fmt(
    STATED,
    ["Ishiba", "Yoon"],
    "Japan's prime minister and the South Korean president met virtually on Friday as a storm grounded flights.",
    ["virtual"],
    ["face to face"],
)
fmt(
    STATED,
    ["Carney", "Sheinbaum"],
    "Mark Carney and Claudia Sheinbaum had a 40-minute call on Monday evening, Ottawa said.",
    ["phone call"],
    ["in person"],
)
fmt(
    STATED,
    ["Zelensky", "Frederiksen"],
    "Volodymyr Zelensky did not meet Mette Frederiksen in person; the two spoke over a secure video link instead.",
    ["video link"],
    ["in person"],
)
fmt(
    STATED,
    ["Orban", "Fico"],
    "Viktor Orban welcomed Robert Fico to Budapest for talks on gas transit, shaking hands outside the Carmelite monastery.",
    ["in person"],
    ["online"],
)
fmt(
    STATED,
    ["Widodo", "Anwar"],
    "The talks took place online, Malaysian officials said, after Anwar's visit to Jakarta was put off.",
    ["online"],
    [],
    ANY,
)
fmt(
    STATED,
    ["Meloni", "Rama"],
    "Giorgia Meloni, who appeared in a video message posted on Tuesday, has yet to meet Edi Rama face to face.",
    [],
    ["video"],
    ANY,
)
fmt(
    STATED,
    ["Rutte", "Stubb"],
    "Mark Rutte renewed his call for talks with Alexander Stubb, who said he had not seen the proposal.",
    [],
    ["phone call"],
    ANY,
)

fmt(
    STATED,
    ["Martin", "Starmer"],
    "The Taoiseach travelled to Downing Street for talks with the Prime Minister on Monday, his spokesman said.",
    ["in person"],
    ["phone call"],
)
fmt(
    STATED,
    ["Trump", "Xi"],
    "Trump and Xi met at a South Korean air base near Busan for roughly an hour and forty minutes.",
    ["in person"],
    ["videoconference"],
)
fmt(
    STATED,
    ["Fico", "Orban"],
    "It remained unclear whether Robert Fico and Viktor Orban would meet in person before the vote, diplomats said.",
    [],
    ["in person"],
    WEAK,
)

# --- other-medium: the evidence words the other medium for this meeting -------------------

fmt(
    OTHER,
    ["Trump", "Putin"],
    "Donald Trump and Vladimir Putin spoke by phone for more than two hours on Monday, the Kremlin said.",
    ["by phone"],
    ["in person", "video call"],
)
fmt(
    OTHER,
    ["Putin", "Pezeshkian"],
    "Vladimir Putin received the Iranian president at the Kremlin on Friday for talks on the treaty.",
    ["in person"],
    ["video conference"],
)
fmt(
    OTHER,
    ["Xi", "Lula"],
    "Xi Jinping and Luiz Inacio Lula da Silva held an hour-long virtual meeting, state media reported.",
    ["virtual"],
    ["face-to-face", "phone call"],
)
fmt(
    OTHER,
    ["Starmer", "Merz"],
    "Keir Starmer telephoned Friedrich Merz on Saturday morning to discuss the ceasefire plan.",
    ["telephone"],
    ["in person"],
)
fmt(
    OTHER,
    ["Biden", "Kishida"],
    "Biden welcomed Kishida to the White House on Wednesday with a state dinner in his honour.",
    ["in person"],
    ["by video"],
)
fmt(
    OTHER,
    ["Netanyahu", "Trump"],
    "Benjamin Netanyahu visited Washington this week and sat down with Donald Trump in the Oval Office.",
    ["in person"],
    ["phone call"],
)
fmt(
    OTHER,
    ["Ramaphosa", "Lula"],
    "The two presidents joined the summit virtually from their capitals, neither travelling to Kazan.",
    ["virtual"],
    ["in person"],
)
fmt(
    OTHER,
    ["Stoltenberg", "Kristersson"],
    "Jonas Gahr Store and Ulf Kristersson talked over the telephone about the pipeline on Thursday.",
    ["over the telephone"],
    ["in-person talks"],
)
fmt(
    OTHER,
    ["Tusk", "Nauseda"],
    "Donald Tusk and Gitanas Nauseda met in Vilnius on Tuesday and toured the border crossing together.",
    ["in person"],
    ["phone call"],
)
fmt(
    OTHER,
    ["Al-Sisi", "Abdullah"],
    "King Abdullah and President Abdel Fattah al-Sisi held a videoconference on Sunday about the aid corridor.",
    ["videoconference"],
    ["face to face"],
)
fmt(
    OTHER,
    ["Harris", "Zelensky"],
    "Kamala Harris and Volodymyr Zelensky had a phone call on Saturday, the vice-president's office said.",
    ["phone call"],
    ["in person", "video"],
)
fmt(
    OTHER,
    ["Kagame", "Tshisekedi"],
    "Paul Kagame arrived in Luanda on Monday for talks with Felix Tshisekedi hosted by Angola's president.",
    ["in person"],
    ["virtual"],
)

fmt(
    OTHER,
    ["Albanese", "Xi"],
    "Anthony Albanese and Xi Jinping talked by telephone rather than meeting in Beijing, officials confirmed.",
    ["by telephone"],
    ["in person"],
)
fmt(
    OTHER,
    ["Ardern", "Morrison"],
    "The two prime ministers met on the sidelines of the Pacific Islands Forum in Funafuti on Wednesday.",
    ["face-to-face"],
    ["video call"],
)

# --- other-meeting-medium: a medium of another meeting in the same sentence ---------------

fmt(
    ELSEWHERE,
    ["Lavrov", "Rubio"],
    "After a phone call last week, Sergei Lavrov and Marco Rubio met in Geneva on Friday.",
    ["in person"],
    ["phone call"],
    place="Geneva",
    timing="Friday",
)
fmt(
    ELSEWHERE,
    ["Lavrov", "Rubio"],
    "After a phone call last week, Sergei Lavrov and Marco Rubio met in Geneva on Friday.",
    ["in person"],
    ["phone call"],
)
fmt(
    ELSEWHERE,
    ["Modi", "Xi"],
    "Following their video summit in June, Narendra Modi and Xi Jinping held talks in Tianjin on Sunday.",
    ["in person"],
    ["video summit"],
)
fmt(
    ELSEWHERE,
    ["Scholz", "Trudeau"],
    "Olaf Scholz spoke to Justin Trudeau by telephone on Thursday, a week after they met in Berlin.",
    ["by telephone"],
    ["in person"],
)
fmt(
    ELSEWHERE,
    ["Fiala", "Tusk"],
    "Petr Fiala and Donald Tusk held a video call on Monday because the planned visit to Warsaw had been scrapped.",
    ["video call"],
    ["in person"],
)
fmt(
    ELSEWHERE,
    ["Meloni", "Milei"],
    "Giorgia Meloni hosted Javier Milei in Rome on Wednesday, months after their first contact by phone.",
    ["in person"],
    ["phone"],
)
fmt(
    ELSEWHERE,
    ["Stubb", "Zelensky"],
    "Since their video link-up in March, Alexander Stubb and Volodymyr Zelensky have met in Kyiv and in Helsinki.",
    ["in person"],
    ["video link"],
)
fmt(
    ELSEWHERE,
    ["Petro", "Maduro"],
    "Gustavo Petro telephoned Nicolas Maduro on Tuesday, unlike their meeting at Miraflores last year.",
    ["telephone"],
    ["in person"],
)
fmt(
    ELSEWHERE,
    ["Ruto", "Museveni"],
    "William Ruto and Yoweri Museveni, who held a video conference earlier in the month, met face to face in Entebbe on Saturday.",
    ["face to face"],
    ["video conference"],
)
fmt(
    ELSEWHERE,
    ["Kishida", "Yoon"],
    "A week after they spoke by phone, Fumio Kishida and Yoon Suk Yeol shook hands at the summit venue in Hiroshima.",
    ["in person"],
    ["phone call"],
)
fmt(
    ELSEWHERE,
    ["Macron", "Zelensky"],
    "Emmanuel Macron and Volodymyr Zelensky spoke by telephone on Sunday ahead of their meeting in Paris next week.",
    ["in person"],
    ["telephone"],
    place="Paris",
    timing="next week",
)
fmt(
    ELSEWHERE,
    ["Erdogan", "Putin"],
    "Recep Tayyip Erdogan, who last met Vladimir Putin in Sochi, discussed the grain deal with him in a phone call on Friday.",
    ["phone call"],
    ["in person"],
)
fmt(
    ELSEWHERE,
    ["Biden", "Xi"],
    "A face-to-face meeting between Biden and Xi is no longer needed because the two leaders spoke by phone on Tuesday, an official said.",
    ["face-to-face"],
    ["phone call"],
)

fmt(
    ELSEWHERE,
    ["Trump", "Putin"],
    "Trump, who spoke with Putin by phone on Thursday, said the two would meet in Budapest within a fortnight.",
    ["in person"],
    ["phone call"],
    place="Budapest",
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
