# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the credits-38 set (``grounding_credits38.jsonl``, session 38, credits38, checks 50 to
85): a page's head and foot read as credit fields name its maker and its publisher
(:mod:`summarizer.verification.bylines.maker_credits`). By category:

- ``maker-bylines``: a maker's credit field "[<kind of piece>] <participle of making> by X"
  ("Compiled and edited by X", "Bulletin read by X", "Transcript edited by X", "Words by X",
  "with additional reporting by X") or a bare name field in a masthead beside a publication,
  a date, an edition or a place ("Outlet · X · date"), a lone name line under the headline or
  a sign-off block at the foot, credits X as the page's maker. Refused: a name the line labels
  a subject or a source ("Interview", "Guest", "Q&A", "Photo"), a translator or a producer, an
  editor when a writer is credited besides, a bare name the body quotes, the outlet, the
  place, a name only in the body, an editor credited at the foot (wire copy's desk editor).
- ``maker-outlets``: the publication field of such a line names the publisher: after a
  credit's names and roles ("By A, transport correspondent, The Clyde Examiner"), with its
  newsroom or edition ("The Lowland Gazette newsroom", "Danube Wire live desk"), after a
  collective author's "of/at" ("By the editors of X", "An editorial from the board of X") or
  a credit's "for" ("Written for X by A"). Refused: a place or a date field, a second
  author's name after the credit, a source's or a photo's label, a wire credited only for
  reporting, an outlet told a quote in the body, a role.

Run ``python tests/data/make_credits38_cases.py`` to rebuild it. The events are real (the
Bank of England's rate cut of May 2025, the EU's steel safeguard of October 2025, the port
strike pattern of European ports); the outlets and people are invented, every sentence was
written for this set, and each verdict is what a careful fact-checker reads in the text.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_credits38.jsonl")

built = SupportCases("cr38")
RATES = (
    "The Bank of England cut its main interest rate to 4.25% on Thursday, its fourth reduction since last summer, as the Monetary Policy Committee split three ways.\n\n"
    'Governor Andrew Bailey said the path ahead would be "gradual and careful". Five members voted for the quarter-point cut, two wanted a half-point and two wanted no change.\n\n'
    "Markets had priced the move in fully.\n"
)
STEEL = (
    "The European Commission proposed on Tuesday to halve the amount of steel that can enter the bloc without duty and to double the tariff above the quota to 50 per cent.\n\n"
    'Trade commissioner Maros Sefcovic called the plan "a fair shield for an industry under siege". Producers welcomed it; importers warned of higher prices.\n\n'
    "The proposal needs the backing of member states and the European Parliament.\n"
)
PORT = (
    "Dockers at the port of Rotterdam walked out for 48 hours on Monday over automation plans, leaving more than 30 container ships waiting at anchor.\n\n"
    '"We are not against machines, we are against losing our say," union negotiator Henk Visser said. The port authority said talks would resume on Thursday.\n\n'
    "It was the second stoppage this month.\n"
)
BYLINES, OUTLETS = "maker-bylines", "maker-outlets"
byline = partial(built.article_field, BYLINES, "byline")
outlet = partial(built.article_field, OUTLETS, "outlet")


def page(head: str, body: str, title: str = "What the week brought") -> str:
    """A headline, the head line(s) ``head``, a blank line and the ``body``."""
    return f"{title}\n\n{head}\n\n{body}"


# --- maker-bylines: a maker's credit field, or a bare name in a masthead ---------------------

byline(page("Atlantic Freight Digest · Mireille Dubois · 9 May 2025", RATES),
       ["Mireille Dubois"], ["Andrew Bailey", "Atlantic Freight Digest"])  # fmt: skip
byline(page("The Harbour Signal | Kofi Mensah and Lena Ortiz | Weekend edition", PORT),
       ["Kofi Mensah", "Lena Ortiz", "Kofi Mensah and Lena Ortiz"], ["Henk Visser", "Weekend edition"])  # fmt: skip
byline(page("Compiled and edited by Rhodri Evans, The Cambrian Ledger", STEEL),
       ["Rhodri Evans"], ["Maros Sefcovic", "The Cambrian Ledger"])  # fmt: skip
byline(page("Radio Nordlys | Evening news script | Read by Siri Holm | Tuesday, October 7", STEEL),
       ["Siri Holm"], ["Radio Nordlys"])  # fmt: skip
byline(page("Transcript edited by Paolo Conti - Tevere Radio - 12 May 2025", RATES),
       ["Paolo Conti"], ["Tevere Radio"])  # fmt: skip
byline(page("BERLIN, Spree Wire - By Jonas Albrecht", STEEL),
       ["Jonas Albrecht"], ["Berlin", "Spree Wire"])  # fmt: skip
byline(page("Lowland Markets Letter | Saoirse Kenny | Galway, 8 May 2025", RATES),
       ["Saoirse Kenny"], ["Galway", "Lowland Markets Letter"])  # fmt: skip
byline(page("Rotterdam Quay Report — Written and compiled by Femke de Wit", PORT),
       ["Femke de Wit"], ["Henk Visser", "Rotterdam Quay Report"])  # fmt: skip
byline(page("Nadia Rahimi", RATES, title="Rates: the quarter-point that split the committee"),
       ["Nadia Rahimi"], ["Andrew Bailey"])  # fmt: skip
byline(page("Saturday edition", PORT + "\nGwen Aldous\nThe Medway Courier\n"),
       ["Gwen Aldous"], ["Henk Visser", "The Medway Courier"])  # fmt: skip
byline(page("Kestrel Trade Brief · Midweek notes · put together by Ilse Maas", STEEL),
       ["Ilse Maas"], ["Kestrel Trade Brief"])  # fmt: skip
byline(page("Fenland Farm Review live desk | Owen Pryce and Dilys Morgan", PORT),
       ["Owen Pryce", "Dilys Morgan"], ["Henk Visser"])  # fmt: skip
byline(page("— Scheldt Post, with additional reporting by Marieke Jansen", PORT),
       ["Marieke Jansen"], ["Scheldt Post"])  # fmt: skip
# refused: a subject's or a source's label, a translator, a producer, an editor beside a
# writer, a bare name the body quotes, a name only in the body
byline(page("Interview | Tariq Aziz | The Harbour Signal | 3 March 2025", PORT),
       [], ["Tariq Aziz"])  # fmt: skip
byline(page("Guest: Omar Haddad | Port Radio | Morning edition", PORT),
       [], ["Omar Haddad"])  # fmt: skip
byline(page("Photo: Lars Berg | Atlantic Freight Digest | 9 May 2025", RATES),
       [], ["Lars Berg"])  # fmt: skip
byline(page("Q&A: Helena Voss on the steel quota | Kestrel Trade Brief", STEEL),
       [], ["Helena Voss"])  # fmt: skip
byline(page("By Kofi Mensah | Translated by Ana Ferreira | The Harbour Signal", PORT),
       ["Kofi Mensah"], ["Ana Ferreira"])  # fmt: skip
byline(page("Words: Mireille Dubois · Edited by Lena Ortiz · Atlantic Freight Digest", RATES),
       ["Mireille Dubois"], ["Lena Ortiz"])  # fmt: skip
byline(page("Radio Nordlys | Produced by Elif Kaya | 7 October 2025", STEEL),
       [], ["Elif Kaya"])  # fmt: skip
byline(page("Atlantic Freight Digest | Henk Visser | 9 May 2025", PORT),
       [], ["Henk Visser"])  # fmt: skip
byline(page("The Harbour Signal | 9 May 2025", PORT),
       [], ["Henk Visser", "The Harbour Signal"])  # fmt: skip
byline(page("Source: Maria Sousa, Lisbon port authority | 9 May 2025", PORT),
       [], ["Maria Sousa"])  # fmt: skip
byline(page("Tomasz Wrobel\nChief economist, Vistula Bank", RATES),
       [], ["Tomasz Wrobel"])  # fmt: skip
byline(page("By Kofi Mensah", PORT + "\nEdited by Joost Bakker\n"),
       ["Kofi Mensah"], ["Joost Bakker"])  # fmt: skip
byline(page("Tevere Radio | Transcript | Edited by Paolo Conti | 12 May 2025", RATES),
       ["Paolo Conti"], ["Andrew Bailey", "Tevere Radio"])  # fmt: skip


# --- maker-outlets: the publication field of a credit line, a newsroom, a collective author --

outlet(page("By Ruth Adair, transport correspondent, The Clyde Examiner", PORT),
       ["The Clyde Examiner", "Clyde Examiner"], ["Ruth Adair", "transport correspondent"])  # fmt: skip
outlet(page("By Emeka Obi, markets desk, Lagos Business Mirror", RATES),
       ["Lagos Business Mirror"], ["Emeka Obi"])  # fmt: skip
outlet(page("By the editors of Harbour Weekly", PORT),
       ["Harbour Weekly"], ["Henk Visser"])  # fmt: skip
outlet(page("An editorial from the board of The Wexford Tribune, 9 May 2025", RATES),
       ["The Wexford Tribune"], ["Andrew Bailey"])  # fmt: skip
outlet(page("The Lowland Gazette newsroom, 0700 hrs, Friday 9 May 2025", RATES),
       ["The Lowland Gazette"], ["Andrew Bailey"])  # fmt: skip
outlet(page("Updated throughout Tuesday, 7 October 2025 | Danube Wire live desk", STEEL),
       ["Danube Wire"], ["Maros Sefcovic"])  # fmt: skip
outlet(page("Transcribed by Yuki Tanaka, Kanto Farm Journal", RATES),
       ["Kanto Farm Journal"], ["Yuki Tanaka"])  # fmt: skip
outlet(page("Written for the Solent Review by Mark Hale | 9 May 2025", RATES),
       ["Solent Review", "the Solent Review"], ["Mark Hale"])  # fmt: skip
outlet(page("Marsh FM | Lunchtime bulletin | Read by Gail Ross", PORT),
       ["Marsh FM"], ["Gail Ross"])  # fmt: skip
outlet(page("The Tern Letter · Saturday edition · compiled by Ola Berg", STEEL),
       ["The Tern Letter"], ["Ola Berg", "Saturday edition"])  # fmt: skip
outlet(page("A briefing from the trade desk at Meridian Steel Review", STEEL),
       ["Meridian Steel Review"], ["Maros Sefcovic"])  # fmt: skip
outlet(page("By Ines Barros, Porto ShipTrack", PORT),
       ["Porto ShipTrack"], ["Ines Barros"])  # fmt: skip
# refused: a place or a date field, a second author, a source's or a photo's label, a wire
# credited for reporting only, an outlet only told a quote in the body
outlet(page("By Ruth Adair, transport correspondent, Glasgow", PORT),
       [], ["Glasgow", "Ruth Adair"])  # fmt: skip
outlet(page("By Ruth Adair, John Munro", PORT),
       [], ["John Munro", "Ruth Adair"])  # fmt: skip
outlet(page("Photo: Kanto Farm Journal | 9 May 2025", RATES),
       [], ["Kanto Farm Journal"])  # fmt: skip
outlet(page("Photo: Harbour Picture Agency | 9 May 2025", PORT),
       [], ["Harbour Picture Agency"])  # fmt: skip
outlet(page("By Ruth Adair, The Clyde Examiner. With reporting from Danube Wire", PORT),
       ["The Clyde Examiner"], ["Danube Wire"])  # fmt: skip
outlet(page("By Ruth Adair, The Clyde Examiner",
            PORT + "\nVisser later told the Solent Review that the union would strike again.\n"),
       ["The Clyde Examiner"], ["Solent Review"])  # fmt: skip
outlet(page("The Tern Letter · Saturday edition · compiled by Ola Berg", STEEL),
       [], ["compiled by Ola Berg", "Stockholm"])  # fmt: skip
outlet(page("Interview with the editor of Harbour Weekly | 9 May 2025", PORT),
       [], ["Henk Visser"])  # fmt: skip
outlet(page("By Emeka Obi, markets desk, Lagos, 9 May 2025", RATES),
       [], ["Lagos", "markets desk"])  # fmt: skip
outlet(page("Updated throughout Tuesday, 7 October 2025 | Danube Wire live desk", STEEL),
       ["Danube Wire"], ["Tuesday"])  # fmt: skip


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
