# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the heads-32 set (``grounding_heads32.jsonl``, session 32, mastheads32, checks 61 to
70): a page's head line parted into segments names its publisher and its writer. By category:

- ``head-outlets``: a head line above the story ("Analysis | A | Outlet | 14 June 2025",
  "Rome, 3 May 2025 - by A, Outlet", "A, energy desk - Outlet, 18 June 2025", "Outlet staff",
  "Words: A. Additional reporting: B. | Outlet | date") whose one whole segment is the outlet
  and whose other segments are a credit, a date, a desk or a kind of piece names the page's
  publisher (:mod:`summarizer.verification.bylines.head_segments`). Refused: the writer, the
  dateline's place, the desk, the kind of piece given as the outlet; an outlet only cited in
  the body ("told the X") beside the head line's own, only inside a segment as a former
  employer ("former X correspondent"), quoted ("quoting the X"), credited for a photo, or
  named in the headline.
- ``head-bylines``: a head line's segment credits the writer when it is "A reporting (from
  Y)", "<writer's role> A" ("Diplomatic Editor A"), "Outlet (A)" on a dated line, or "as
  reported by A for Outlet". Refused: the outlet, the place the writer reports from, a
  producer or editor, one "as told to", a photographer, a person quoted or only named in the
  body.

Run ``python tests/data/make_heads32_cases.py`` to rebuild it. The events are real (NATO's
summit in The Hague of June 2025, Poland's presidential run-off of June 2025, Japan's
upper-house election of July 2025); the outlets and writers are invented, every sentence was
written for this set, and each verdict is what a careful fact-checker reads in the text.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_heads32.jsonl")
built = SupportCases("hd32")

NATO = (
    "NATO leaders meeting in The Hague agreed on Wednesday to raise their defence spending target to 5% of economic output by 2035, after Spain won room to go its own way.\n\n"
    '"This is a quantum leap," Secretary-General Mark Rutte told reporters at the close of the summit. Spanish Prime Minister Pedro Sanchez said his country would meet its commitments with less.\n\n'
    "The summit lasted barely a day and its final statement ran to five paragraphs.\n"
)
POLAND = (
    "Karol Nawrocki, a historian backed by the Law and Justice party, won Poland's presidential run-off on Sunday with 50.89% of the vote, the electoral commission said on Monday.\n\n"
    'Warsaw mayor Rafal Trzaskowski, the governing coalition\'s candidate, took 49.11%. "We will not give up," he told supporters.\n\n'
    "Turnout was almost 72%, a record for a presidential race.\n"
)
JAPAN = (
    "Prime Minister Shigeru Ishiba's coalition lost its majority in Japan's upper house on Sunday, the first time the Liberal Democratic Party and Komeito have held neither chamber.\n\n"
    '"I take the harsh result seriously," Ishiba said, adding that he would stay on. The Sanseito party, which campaigned on "Japanese first", won 14 seats.\n\n'
    "Turnout rose to about 58%.\n"
)
OUTLETS, BYLINES = "head-outlets", "head-bylines"
outlet = partial(built.article_field, OUTLETS, "outlet")
byline = partial(built.article_field, BYLINES, "byline")


def signed(text: str, passes: list[str], fails: list[str], writer: str = "Tomas Lindgren") -> None:
    """Outlets over ``text`` with the page's byline ``writer`` among the facts: "Analysis |
    Tomas Lindgren | Nordic Current | date" has two names of one shape, and the facts' byline
    says which is the writer (a fact-checker knows the given name; the rules read the facts)."""
    for expect, value in [(True, one) for one in passes] + [(False, one) for one in fails]:
        facts = {
            "article": {"headline": None, "outlet": value, "byline": writer, "published": None}
        }
        why = f"outlet {value} beside byline {writer} ({'supported' if expect else 'unsupported'})"
        built.add(OUTLETS, expect, why, text, facts, "article.outlet")


def page(head: str, body: str, title: str = "The week in three votes") -> str:
    """A headline, the head line(s) ``head``, a blank line and the ``body``."""
    return f"{title}\n{head}\n\n{body}"


# head-outlets: the outlet is one whole segment of a head line of credits, dates, desks, kinds
outlet(page("Analysis | Tomas Lindgren | Baltic Morning Post | 26 June 2025", NATO),
       ["Baltic Morning Post"], ["Tomas Lindgren", "Mark Rutte"])  # fmt: skip
outlet(page("Rome, 26 June 2025 - by Giulia Ferri, Tiber Courier", NATO),
       ["Tiber Courier"], ["Giulia Ferri", "Pedro Sanchez"])  # fmt: skip
outlet(page("GDANSK, Pomerania, 2 June 2025 - Vistula Herald staff", POLAND),
       ["Vistula Herald"], ["Pomerania"])  # fmt: skip
outlet(page("Explainer | Harbourside Ledger, Tokyo bureau | 21 July 2025", JAPAN),
       ["Harbourside Ledger"], ["Tokyo bureau"])  # fmt: skip
outlet(page("Saturday 26 July 2025 | Pacific Affairs Monitor, compiled by the Osaka office", JAPAN),
       ["Pacific Affairs Monitor"], ["Shigeru Ishiba"])  # fmt: skip
outlet(page("Ana Ruiz, defence desk - The Iberian Ledger, 27 June 2025", NATO),
       ["The Iberian Ledger", "Iberian Ledger"], ["Pedro Sanchez"])  # fmt: skip
outlet(page("Guest essay | Prof. Lena Brandt | The Rhine Quarterly | 2 June 2025", POLAND),
       ["The Rhine Quarterly"], ["Rafal Trzaskowski"])  # fmt: skip
outlet(page("Words: Camille Roux. Additional reporting: Idris Haddad. | La Rive Internationale | 26 June 2025", NATO),
       ["La Rive Internationale"], ["Idris Haddad", "Camille Roux"])  # fmt: skip
outlet(page("Andes Policy Briefing, compiled by the Lima bureau | 22 July 2025", JAPAN),
       ["Andes Policy Briefing"], ["Lima bureau"])  # fmt: skip
outlet(page("Feature | Blue Water Monthly | text and reporting: Sione Tupou | 21 July 2025", JAPAN),
       ["Blue Water Monthly"], ["Sione Tupou"])  # fmt: skip
outlet(page("From our Warsaw correspondent, Jan Zielinski | The Oder Chronicle | Monday 2 June 2025", POLAND),
       ["The Oder Chronicle"], ["Jan Zielinski", "Karol Nawrocki"])  # fmt: skip
# refused: named only in the body beside the head line's own outlet, inside a segment, quoted,
# credited for a photo, or in the headline
signed(page("Analysis | Tomas Lindgren | Nordic Current | 26 June 2025",
            NATO + "\nRutte later told the Baltic Morning Post that Spain's exemption was temporary.\n"),
       ["Nordic Current"], ["Baltic Morning Post"])  # fmt: skip
signed(page("Tomas Lindgren, former Baltic Morning Post correspondent | Nordic Current | 26 June 2025", NATO),
       ["Nordic Current"], ["Baltic Morning Post"])  # fmt: skip
outlet(page("Press review | quoting the Vistula Herald | Warsaw Evening Ledger | 3 June 2025", POLAND),
       ["Warsaw Evening Ledger"], ["Vistula Herald"])  # fmt: skip
outlet(page("Photo: Marta Kos / Adriatic Press Agency | 2 June 2025", POLAND),
       [], ["Adriatic Press Agency", "Marta Kos"])  # fmt: skip
outlet(page("Explainer | Harbourside Ledger | 21 July 2025", JAPAN, title="Why the Tokyo Clarion got the election wrong"),
       ["Harbourside Ledger"], ["Tokyo Clarion"])  # fmt: skip
outlet(page("Analysis | Tomas Lindgren | 26 June 2025",
            NATO + "\nThe Baltic Morning Post reported that Spain had threatened to veto the statement.\n"),
       [], ["Mark Rutte", "Pedro Sanchez"])  # fmt: skip


# head-bylines: "A reporting", "<role> A", "Outlet (A)", "as reported by A for Outlet"
byline(page("Filed from the Sejm press gallery - Marta Kowalczyk reporting", POLAND),
       ["Marta Kowalczyk"], ["Karol Nawrocki", "Rafal Trzaskowski"])  # fmt: skip
byline(page("Lisbon, 26 June 2025 - Tagus Weekly (Rui Almeida)", NATO),
       ["Rui Almeida"], ["Tagus Weekly", "Pedro Sanchez"])  # fmt: skip
byline(page("The Severn Chronicle | Diplomatic Editor Owen Price | Thursday 26 June 2025", NATO),
       ["Owen Price"], ["Mark Rutte", "The Severn Chronicle"])  # fmt: skip
byline(page("Election Brief | Larch & Stone Newswire | July 21, 2025 | Sofia Lindahl reporting from Tokyo", JAPAN),
       ["Sofia Lindahl"], ["Tokyo", "Shigeru Ishiba"])  # fmt: skip
byline(page("Summit press conference, as reported by Pieter Janssens for Scheldt Daily | 26 June 2025", NATO),
       ["Pieter Janssens"], ["Scheldt Daily", "Mark Rutte"])  # fmt: skip
byline(page("Political Editor Aoife Byrne | The Liffey Standard | 2 June 2025", POLAND),
       ["Aoife Byrne"], ["Rafal Trzaskowski"])  # fmt: skip
byline(page("Kenji Sato reporting | Pacific Ledger | 21 July 2025", JAPAN),
       ["Kenji Sato"], ["Pacific Ledger"])  # fmt: skip
byline(page("Oslo, 26 June 2025 - Fjord Times (Ingrid Solberg)", NATO),
       ["Ingrid Solberg"], ["Fjord Times"])  # fmt: skip
byline(page("Count night | Hanna Vogel reporting from Warsaw | Spree Courier | 2 June 2025", POLAND),
       ["Hanna Vogel"], ["Warsaw"])  # fmt: skip
byline(page("Chief Correspondent Nadia Farouk | Nile Gazette | 2 June 2025", POLAND),
       ["Nadia Farouk"], ["Nile Gazette"])  # fmt: skip
# refused: a producer, an editor, one "as told to", a photographer, a person quoted
byline(page("The Severn Chronicle | Producer Lena Ortiz | Thursday 26 June 2025", NATO),
       [], ["Lena Ortiz"])  # fmt: skip
byline(page("Japan votes | as told to Yui Tanaka | Pacific Ledger | 21 July 2025", JAPAN),
       [], ["Yui Tanaka"])  # fmt: skip
byline(page("Count night | Edited by Clara Bauer | Spree Courier | 2 June 2025", POLAND),
       [], ["Clara Bauer"])  # fmt: skip
byline(page("Photo: Sam Ellery | Tagus Weekly | 26 June 2025", NATO),
       [], ["Sam Ellery"])  # fmt: skip
byline(page("Count night | quoting Rafal Trzaskowski | Spree Courier | 2 June 2025", POLAND),
       [], ["Rafal Trzaskowski"])  # fmt: skip


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
