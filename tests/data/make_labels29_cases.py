# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the labels29 set (``grounding_labels29.jsonl``): a schema label given as a text
value, found in Gemma 3 270M's recorded answers in session 29 ("passed_one_chamber" as what
changed a summit's status), by category, each with what must pass and what must fail:

- ``label-field``: a short text field (a summit's ``status_reason`` or ``outcome``, a truce's
  ``scope`` or ``terms``) written as words joined by "_" ("in_effect", "no_deal",
  "prisoner_exchange") is the extraction schema's label, not a phrase of the article, even
  where the article says the same thing in words; the same field in words passes, and so does
  a "_"-joined name the page itself writes (an account, a campaign's tag), an address or a
  file name;
- ``label-prose``: the summary and key points, the same way: prose using a label the page
  never writes ("The summit is on_hold") is flagged; prose with hyphens, slashes, handles,
  e-mail addresses and "_"-joined names the page writes passes.

Run ``python tests/data/make_labels29_cases.py`` to rebuild it. Every sentence was written
for this set (invented outlets and people, or public figures in invented sentences); each
verdict was decided when the case was written, never by running the code.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_labels29.jsonl")

built = SupportCases(
    "lb29",
    leads=(
        "The Fjord Courier\n\nBy Maren Holt",
        "Andes Wire | LIMA, 12 June",
        "Radio Meridian, evening bulletin\n\nPRESENTER:",
        "The Lagoon Herald\n\nACCRA (LH) -",
        "Capitol Brief Online\n\nUpdated 14:05 ET",
    ),
    closing="Officials did not answer further questions on Friday.",
)
FIELD, PROSE = "label-field", "label-prose"


def field(
    expect: bool, paragraph: str, kind: str, name: str, value: str | list[str], why: str
) -> None:
    """A summit's or a truce's text field ``name`` holding ``value`` (``SupportCases.text_field``)."""
    built.text_field(FIELD, expect, paragraph, kind, name, value, why, ["Rutte", "Stubb"])


def prose(expect: bool, paragraph: str, text: str, why: str, path: str = "summary") -> None:
    """Free text over a page of ``paragraph`` (``SupportCases.free_text``)."""
    built.free_text(PROSE, expect, paragraph, text, why, path)


# fmt: off
# --- label-field: must pass ------------------------------------------------------------------------
field(True, "The talks ended without a deal after four hours, a spokesman said.", "summits", "outcome", "no deal", "the outcome in the article's words")
field(True, "The meeting was cut short when the bill passed one chamber of parliament overnight.", "summits", "status_reason", "the bill passed one chamber", "the reason in words")
field(True, "The leaders agreed to set up a joint working group on energy prices.", "summits", "outcome", "a joint working group on energy prices", "a phrase of the article")
field(True, "The summit, first set for May, was delayed by a rail strike in the capital.", "summits", "status_reason", "a rail strike", "a short phrase")
field(True, "The pause covers the port and a 20-kilometre strip along the coast.", "ceasefires", "scope", "the port and a 20-kilometre strip along the coast", "hyphens are words")
field(True, "Under the deal, both sides will swap prisoners on a one-for-one basis.", "ceasefires", "terms", ["prisoner swap on a one-for-one basis"], "a term in words")
field(True, "The talks produced the so-called Nordic_Shield framework, a name officials wrote with an underscore in the communique.", "summits", "outcome", "the Nordic_Shield framework", "the page writes the joined name")
field(True, "Officials said the full text would be posted at gov.example/summit_final_text on Monday.", "summits", "outcome", "a final text posted at gov.example/summit_final_text", "an address")
field(True, "The truce terms were attached as ceasefire_terms_v2.pdf to the ministry's statement.", "ceasefires", "terms", ["the terms in ceasefire_terms_v2.pdf"], "a file name")
field(True, "The agreement applies in the eastern districts only, the mediators said.", "ceasefires", "scope", "eastern districts only", "plain words")
field(True, "Campaigners using the tag peace_now_2025 marched outside the venue as the leaders met.", "summits", "status_reason", "marchers behind peace_now_2025", "a tag the page writes")
field(True, "The leaders signed a memorandum on grain shipments before lunch.", "summits", "outcome", "a memorandum on grain shipments", "an outcome in words")
# --- label-field: must fail ------------------------------------------------------------------------
field(False, "The meeting was cut short when the bill passed one chamber of parliament overnight.", "summits", "status_reason", "passed_one_chamber", "a bill status label, though the words are on the page")
field(False, "The truce took effect at midnight and was holding on Tuesday, monitors said.", "summits", "outcome", "in_effect", "a truce status label as an outcome")
field(False, "The talks ended without a deal after four hours, a spokesman said.", "summits", "outcome", "no_deal", "a label for 'without a deal'")
field(False, "The summit was put off until after the election, both offices said.", "summits", "status_reason", "postponed_until_election", "a made label")
field(False, "Under the deal, both sides will swap prisoners on a one-for-one basis.", "ceasefires", "terms", ["prisoner_exchange"], "a term as a label")
field(False, "The pause covers the port and a strip along the coast.", "ceasefires", "scope", "coastal_strip", "a scope as a label")
field(False, "The leaders discussed the war but reached no agreement on a ceasefire.", "summits", "status_reason", "on_topic", "the relevance label")
field(False, "Both governments said the meeting would go ahead next month as planned.", "summits", "outcome", "supports_with_conditions", "a stance label")
field(False, "The ministers met for two hours and issued no statement afterwards.", "summits", "outcome", "awaiting_answer", "a stance label as an outcome")
field(False, "The truce applies to the whole front line, the mediators said.", "ceasefires", "scope", "whole_front_line", "words of the page joined as a label")
field(False, "Hostages will be released in three stages, under the text both sides signed.", "ceasefires", "terms", ["hostage_release_in_stages"], "a term as a label")
field(False, "The summit was called off after the storm closed the airport.", "summits", "status_reason", "cancelled due_to storm", "a label inside words")
# --- label-prose: must pass ------------------------------------------------------------------------
prose(True, "The summit was put on hold after the strike on the port, officials said.", "The summit is on hold after the strike on the port.", "on hold in words")
prose(True, "The ministry's account, @mfa_nordic, posted the statement at noon.", "The ministry posted the statement on its account @mfa_nordic.", "a handle")
prose(True, "Questions may be sent to press_office@example.gov, the ministry said.", "The ministry asked for questions at press_office@example.gov.", "an e-mail address")
prose(True, "Organisers used the tag stop_the_shelling to rally supporters in Lviv.", "Organisers rallied supporters in Lviv under stop_the_shelling.", "a tag the page writes")
prose(True, "The ceasefire is in effect along the whole front, monitors said.", "The ceasefire is in effect along the whole front.", "in effect in words")
prose(True, "A cross-border, long-range drone strike hit the depot overnight.", "A long-range drone strike hit the depot.", "hyphens")
prose(True, "The leaders will meet again in Oslo and/or Helsinki in the autumn.", "The leaders will meet again in Oslo and/or Helsinki.", "a slash")
prose(True, "The data set, released as truce_monitor_2025.csv, lists 41 violations.", "The monitors listed 41 violations in truce_monitor_2025.csv.", "a file name", path="key_points[0]")
prose(True, "The draft is online at https://example.org/draft_text_final, the envoy said.", "The draft is at https://example.org/draft_text_final.", "an address", path="key_points[0]")
prose(True, "The senators said the bill had passed one chamber and awaited the other.", "The bill has passed one chamber.", "words, not a label", path="key_points[0]")
prose(True, "The bot, named Vote_Watch by its makers, counted 212 ballots an hour.", "Vote_Watch counted 212 ballots an hour.", "a name the page writes")
# --- label-prose: must fail ------------------------------------------------------------------------
prose(False, "The summit was put on hold after the strike on the port, officials said.", "The summit is on_hold after the strike on the port.", "a status label in prose")
prose(False, "The ceasefire is in effect along the whole front, monitors said.", "The ceasefire is in_effect along the whole front.", "a truce status label")
prose(False, "Russia said it would accept talks only if sanctions were eased.", "Russia supports_with_conditions the talks.", "a stance label")
prose(False, "The bill passed the Senate on Tuesday and now goes to the House.", "The bill has passed_one_chamber.", "a bill status label")
prose(False, "The leaders met for an hour at the palace.", "Status: held_in_person.", "a made label", path="key_points[0]")
prose(False, "The government has not yet answered the proposal.", "The government is awaiting_answer on the proposal.", "a stance label", path="key_points[0]")
prose(False, "The story is about the truce talks in Doha.", "Relevance: on_topic.", "the relevance label", path="key_points[0]")
prose(False, "Kyiv rejected the plan outright on Sunday.", "Kyiv rejects the plan (stance: rejects_outright).", "a label in brackets")
prose(False, "The sanctions were lifted on Monday, the Treasury said.", "The sanctions status is lifted_partially.", "a made label")
prose(False, "The talks were called off after the storm.", "The talks were called off (status_reason: storm_closure).", "field names and labels")
prose(False, "Both sides said the vote would be held in March.", "The vote is scheduled_for_march.", "a made label", path="key_points[0]")
# fmt: on


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
