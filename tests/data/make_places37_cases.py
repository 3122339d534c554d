# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the places set of session 16 from an outside check's causes (``grounding_places37.jsonl``):
value-support cases for quote attribution, meeting places and page metadata, by category,
each with what must pass and what must fail:

- ``quote-clauses``: the clause that leads into a quote, read past what hides its subject:
  an opening phrase naming someone else before the sentence's subject ("Seated opposite Mr
  Kim, Mr Trump repeated ... "...," he said": Trump's), a dash aside between the subject and
  "said" ("Germany and Poland - which drafted it - said"), "said" in the second clause of a
  compound sentence ("shelling was reported ..., and Bondar said"), and "X's office quoted
  him as saying" (X's words). The one named in the phrase, the aside or the first clause is
  not the speaker;
- ``meeting-places``: a meeting's place against the earlier-meeting reading: the meeting the
  evidence is about, though dated back ("The two presidents last met in Lima in March
  2021", "after talks in Doha ..., Israel and Hamas agreed") keeps its place; a real earlier
  meeting beside this one ("followed their first summit in Amman", "who first met in Manila
  ..., sat down again") is not this meeting's place; a venue with no meeting word ("sat
  down ... at the Serena hotel", "talks, chaired by X in Bogota,") is the meeting's place;
- ``page-metadata``: a publisher's line under the headline ("Council of the European Union -
  Press release") names the outlet, whole with its inner "the", and the document's kind after
  the dash ("Press release") is no outlet; a byline's author is a person of the byline, never
  a place on its line ("in Delhi": "Owen Delhi" is nobody).

Run ``python tests/data/make_places37_cases.py`` to rebuild it. Every article below was
written for this set (fictional outlets and people, or real bodies in invented sentences);
each verdict is what a careful fact-checker reads in the text, decided when the case was
written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_places37.jsonl")

built = SupportCases("pl37")
quote = built.quote
Q1, Q2 = "\u201c", "\u201d"


def place(
    category: str, text: str, evidence: str, passes: list[str], fails: list[str],
    timing: str | None = None, previous: str | None = None, status: str = "held",
) -> None:  # fmt: skip
    """A summit backed by ``evidence``: each place in ``passes`` is where it is, each in
    ``fails`` is not."""
    assert evidence in text, evidence
    for value in (timing, previous):
        assert value is None or value in text, value
    built.each(
        category, text, passes, fails, "summits[0].planned_location",
        lambda where: {"summits": [{
            "parties": [], "status": status, "planned_location": where,
            "planned_timing": timing, "previous_meeting": previous, "evidence": [evidence],
        }]},
        "place",
    )  # fmt: skip


def page(text: str, field: str, passes: list[str], fails: list[str]) -> None:
    """The page's ``field`` (outlet or byline): each of ``passes`` is what the page says,
    each of ``fails`` is not."""
    built.each(
        "page-metadata", text, passes, fails, f"article.{field}",
        lambda value: {"article": {
            "headline": None, "outlet": None, "byline": None, "published": None, field: value,
        }},
        field,
    )  # fmt: skip


# --- quote-clauses: an opening phrase naming someone else; the "he" is the subject's
C = "quote-clauses"
TEXT = "WARSAW (Vistula Post) - The ceremony ran late. Flanked by Chancellor Ulrich Brandt, President Marek Nowak signed the accord on Friday. \u201cThis is a good day for Europe,\u201d he said.\n"
quote(C, TEXT, "This is a good day for Europe,", ["Marek Nowak"], ["Ulrich Brandt"])
TEXT = 'The mood in the hall had softened by noon. Sitting opposite Prime Minister Akiko Sato, President Grace Mwangi repeated her offer of talks. "Our door stays open," she said, before the two women left for lunch.\n'
quote(C, TEXT, "Our door stays open,", ["Grace Mwangi"], ["Akiko Sato"])
TEXT = "Standing next to Governor Paula Arce, Senator Dana Whitfield tore into the budget on Tuesday. \u201cIt is a plan for the next election, not the next decade,\u201d she told the crowd outside the capitol.\n"
quote(
    C,
    TEXT,
    "It is a plan for the next election, not the next decade,",
    ["Dana Whitfield"],
    ["Paula Arce"],
)
TEXT = "SEOUL, June 4 (Han River Daily) -- Seated beside Foreign Minister Cho Min-ho, Defence Minister Park Jae-won described the drill as routine. \u201cNothing about it was unusual,\u201d he said.\n"
quote(C, TEXT, "Nothing about it was unusual,", ["Park Jae-won"], ["Cho Min-ho"])
# near misses: a plain opening prepositional phrase, and a participle of speaking
TEXT = 'Alongside Finance Minister Omar Haddad, central bank governor Sami Nasser unveiled the new notes. "They will be in circulation by May," he said.\n'
quote(C, TEXT, "They will be in circulation by May,", ["Sami Nasser"], ["Omar Haddad"])
# a dash aside between the subject and "said"
TEXT = "In a joint note, Germany and Poland - which drafted the proposal after weeks of talks with Lithuania - said the border must stay \u201copen to all trade.\u201d\n"
quote(C, TEXT, "open to all trade.", ["Germany and Poland", "Germany"], ["Lithuania"])
TEXT = "Senator Tom Alvarez \u2013 a longtime critic of Governor Ruth Baines \u2013 said the plan amounted to \u201creckless spending.\u201d\n"
quote(C, TEXT, "reckless spending.", ["Tom Alvarez"], ["Ruth Baines"])
TEXT = "NAIROBI \u2014 Kenya and Uganda\u2014whose presidents met Ethiopian Prime Minister Abiy Ahmed in March\u2014said the rail corridor would be \u201cfinished by 2027.\u201d\n"
quote(C, TEXT, "finished by 2027.", ["Kenya and Uganda"], ["Abiy Ahmed"])
TEXT = 'Coach Lena Ortiz - who replaced Marco Villa in June - said on Sunday that the squad was "not ready yet" for the cup.\n'
quote(C, TEXT, "not ready yet", ["Lena Ortiz"], ["Marco Villa"])
# near miss: a dateline's single dash hides nothing
TEXT = "MOMBASA - Kenya's health minister, Mary Wanjiru, said the outbreak was \u201cunder control\u201d after a visit by Tanzania's Halima Juma.\n"
quote(C, TEXT, "under control", ["Mary Wanjiru"], ["Halima Juma"])
# "said" in the second clause of a compound sentence
TEXT = "KHARKIV, Oct 2 (Black Earth Wire) - Shelling was reported near the ring road overnight, and Colonel Yuri Bondar said on Sunday that his unit had taken \u201cheavy losses\u201d in the village of Vovchansk.\n"
quote(C, TEXT, "heavy losses", ["Yuri Bondar"], ["Vovchansk"])
TEXT = 'Governor Babajide Okon announced a curfew for the city, and Police Commissioner Ade Bello said the streets would be "cleared by dusk."\n'
quote(C, TEXT, "cleared by dusk.", ["Ade Bello"], ["Babajide Okon"])
TEXT = "The state broadcaster said the dam had held, and Water Minister Lars Vik told reporters the reservoir was \u201cbelow the red line\u201d for the first time since July. Premier Anna Holm did not comment.\n"
quote(C, TEXT, "below the red line", ["Lars Vik"], ["Anna Holm"])
# near misses: a list of speakers with a serial comma; "and that" carries the first speaker on
TEXT = 'The United States, France, and Britain said in a statement that the truce was "holding well" despite a raid by Hezbollah.\n'
quote(C, TEXT, "holding well", ["United States, France and Britain"], ["Hezbollah"])
TEXT = "Ms Ruiz said prices had risen by 9 percent since Senator Cole's bill passed, and that the tariff was \u201ca failure from day one.\u201d\n"
quote(C, TEXT, "a failure from day one.", ["Ruiz"], ["Cole"])
# "X's office quoted him as saying": X's words
TEXT = "ANKARA \u2014 Erdogan's office quoted him as saying Turkey would \u201cnever accept\u201d a partition of the island after a call with Cypriot leader Ersin Tatar.\n"
quote(C, TEXT, "never accept", ["Erdogan"], ["Ersin Tatar"])
TEXT = 'Mexico City - Sheinbaum\'s team quoted her as saying the duties were "unjustified and harmful" after a call with Prime Minister Mark Carney.\n'
quote(C, TEXT, "unjustified and harmful", ["Sheinbaum"], ["Mark Carney"])
TEXT = "\u201cWe will answer in kind,\u201d President Lula's press office quoted him as saying on Monday, hours after a call with Javier Milei.\n"
quote(C, TEXT, "We will answer in kind,", ["Lula"], ["Javier Milei"])
# near miss: "his office" points back to the one named before
TEXT = "President Nana Asante flew to Kumasi on Monday to meet chiefs, with his rival Kofi Mensah still abroad. His office quoted him as saying the road would be \u201cfinished this year.\u201d\n"
quote(C, TEXT, "finished this year.", ["Nana Asante"], ["Kofi Mensah"])


# --- meeting-places: the meeting itself, a real earlier one, a venue with no meeting word
C = "meeting-places"
# the meeting the evidence is about, dated back: its own place
TEXT = "The two presidents last met in Lima, Peru, in March 2021, on the sidelines of the APEC summit. That meeting set the tone for a year of trade talks.\n"
EV = (
    "The two presidents last met in Lima, Peru, in March 2021, on the sidelines of the APEC summit."
)
place(C, TEXT, EV, ["Lima"], [], timing="March 2021")
place(C, TEXT, EV, ["Lima"], ["Santiago"])
TEXT = "ANCHOR: Three weeks ago, after talks in Doha that ran through the night, Israel and Hamas agreed a pause in the fighting. It did not last.\n"
EV = "Three weeks ago, after talks in Doha that ran through the night, Israel and Hamas agreed a pause in the fighting."
place(C, TEXT, EV, ["Doha"], ["Gaza"])
TEXT = "Four days ago, following consultations in Tashkent that lasted past midnight, Kyrgyzstan and Tajikistan agreed to pull back their border guards. The two foreign ministers sat with their Uzbek host, Bakhtiyor Saidov, from Thursday evening until dawn, with officials from Moscow on the phone.\n"
built.each(
    C, TEXT, ["Tashkent"], ["Moscow"], "summits[0].planned_location",
    lambda where: {"summits": [{
        "parties": [], "status": "held", "planned_location": where, "planned_timing": None,
        "evidence": [
            "Four days ago, following consultations in Tashkent that lasted past midnight, Kyrgyzstan and Tajikistan agreed to pull back their border guards.",
            "The two foreign ministers sat with their Uzbek host, Bakhtiyor Saidov, from Thursday evening until dawn, with officials from Moscow on the phone.",
        ],
    }]},
    "place",
)  # fmt: skip
TEXT = (
    "Modi and Sharif previously met in Astana in July 2024, a meeting both sides called cordial.\n"
)
place(C, TEXT, TEXT.strip(), ["Astana"], ["Islamabad"], timing="July 2024")
# a real earlier meeting beside this one
TEXT = "The talks in Ankara were the first since the two ministers last met in Baku in May.\n"
place(C, TEXT, TEXT.strip(), ["Ankara"], ["Baku"])
TEXT = "CAIRO \u2014 The meeting in Cairo followed their first summit in Amman on May 3, 2022, where they signed a short statement on water sharing.\n"
EV = TEXT.strip()
place(C, TEXT, EV, ["Cairo"], ["Amman"], previous="first summit in Amman on May 3, 2022")
place(C, TEXT, EV, ["Amman"], [], timing="May 3, 2022")
place(C, TEXT, EV, [], ["Amman"])
TEXT = "JAKARTA - The two ministers, who first met in Manila last August, sat down again on Tuesday at the Mandarin Oriental.\n"
place(C, TEXT, TEXT.strip(), ["Mandarin Oriental"], ["Manila", "Jakarta"])
TEXT = "Their second summit, in Ulaanbaatar, came after a first meeting in Astana that ended without a deal.\n"
place(C, TEXT, TEXT.strip(), ["Ulaanbaatar"], ["Astana"])
# a venue with no meeting word beside it
TEXT = "KABUL \u2014 The delegations sat down on Monday at the Serena hotel, a day after flying in from Islamabad.\n"
place(C, TEXT, TEXT.strip(), ["Serena hotel"], ["Islamabad"])
TEXT = "The negotiations between the two delegations, chaired by Sergio Marin in Bogota, produced a draft under the Lima Group's rules.\n"
place(C, TEXT, TEXT.strip(), ["Bogota"], ["Lima"])
TEXT = "The foreign ministers, mediated by Egypt's Badr Abdelatty in Cairo, agreed a text that a committee in Geneva will now review.\n"
place(C, TEXT, TEXT.strip(), ["Cairo"], ["Geneva"])
TEXT = "The envoys sat across the table from each other at the Palais Coburg in Vienna for nine hours, with a team from Brussels waiting outside.\n"
place(C, TEXT, TEXT.strip(), ["Palais Coburg", "Vienna"], ["Brussels"])


# --- page-metadata: a publisher's line under the headline; a place on a byline
TEXT = "EU adopts new package of measures\nCouncil of the European Union - Press release\nBrussels, 14 March 2024\n\nThe Council today adopted a new package of restrictive measures.\n"
page(TEXT, "outlet", ["Council of the European Union"], ["Press release"])
TEXT = "Ceasefire talks to resume\nOffice of the United Nations High Commissioner for Human Rights \u2013 News release\n2 May 2025\n\nThe High Commissioner today welcomed the talks.\n"
page(
    TEXT,
    "outlet",
    ["Office of the United Nations High Commissioner for Human Rights"],
    ["News release"],
)
TEXT = "Minister visits the border\nMinistry of the Interior | Statement\n9 June 2024\n\nThe minister today visited the border post.\n"
page(TEXT, "outlet", ["Ministry of the Interior"], ["Statement"])
TEXT = "Port strike ends\nThe Times of the Gulf\n3 April 2025\n\nDockworkers went back to work on Thursday.\n"
page(TEXT, "outlet", ["The Times of the Gulf", "Times of the Gulf"], [])
TEXT = "India and Pakistan agree to halt fire\nBy Anjali Rao, South Asia Correspondent, in Delhi, and Owen Hartley\nThe Northern Ledger, London\nSaturday 10 May 2025 21.30 BST\n\nThe guns fell silent.\n"
page(
    TEXT,
    "byline",
    ["Anjali Rao and Owen Hartley", "Owen Hartley"],
    ["Anjali Rao and Owen Delhi", "Anjali Delhi"],
)
TEXT = "Lisbon braces for the heat\nBy Ana Costa in Lisbon and Mateus Reis in Porto\n\nTemperatures will pass 44C on Sunday.\n"
page(TEXT, "byline", ["Ana Costa and Mateus Reis"], ["Ana Costa and Mateus Lisbon", "Mateus Porto"])
TEXT = "Quake shakes Honshu\nBy Ken Sato, Osaka\n\nA strong earthquake struck on Tuesday.\n"
page(TEXT, "byline", ["Ken Sato"], ["Ken Osaka"])
TEXT = "Grain corridor reopens\nBy Maria Lopez in Kyiv and Daniel Weiss in Odesa\n\nThe first ship left port on Monday.\n"
page(TEXT, "byline", ["Maria Lopez and Daniel Weiss"], ["Maria Kyiv", "Daniel Odesa"])
# near miss: an author whose name is also a place, written as a name
TEXT = "Elections in Greece\nBy Sofia Paris in Athens\n\nVoters go to the polls on Sunday.\n"
page(TEXT, "byline", ["Sofia Paris"], ["Sofia Athens"])


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
