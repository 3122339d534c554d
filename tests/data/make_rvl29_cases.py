# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the rvl29 set (``grounding_rvl29.jsonl``): review rvL29 of the session-29 schema-label
rule (``free_text/schema_labels.py``), tried with new texts in both directions, by category:

- ``rv-label-field``: a short text field (a summit's ``status_reason`` or ``outcome``, a
  truce's ``scope`` or ``terms``). Kept: a "_"-joined name the page writes in another case, with
  its underscores escaped ("Sahel\\_Water\\_Accord", as a page turned into Markdown writes it),
  only in a photo caption, a file name opening with digits, a tag, an account, an e-mail
  address, an address. Refused: a label the page never writes in another shape the first
  pattern missed (opening with a digit "2_stage_release", after "#" or "@", before a slash or a
  hyphen, after a dot as a field's path, with a letter outside A-Z), and a label the page writes
  only inside a longer name ("summit_on_hold_notice.pdf") or only as an address's path;
- ``rv-label-prose``: the summary and key points, the same way (code names, a data set's name,
  a status a system shows in capitals, a quoted label the page quotes, a Wikipedia address kept;
  labels in those shapes refused).

Run ``python tests/data/make_rvl29_cases.py`` to rebuild it. Every sentence was written for
this set (invented outlets, people and names); each verdict was decided when the case was
written, never by running the code.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rvl29.jsonl")

built = SupportCases(
    "rvl29",
    leads=(
        "Harbour Ledger\n\nBy Ines Varga",
        "Steppe Dispatch | ALMATY, 3 March",
        "Night Desk podcast, transcript\n\nHOST:",
        "The Delta Observer\n\nDHAKA (DO) -",
        "Prairie Tech Journal\n\nPosted 09:40 CT",
        "Isle Gazette, morning edition\n\nFrom our correspondent",
    ),
    closing="No one else was available to comment by the evening.",
)
FIELD, PROSE = "rv-label-field", "rv-label-prose"


def field(
    expect: bool,
    paragraph: str,
    kind: str,
    name: str,
    value: str | list[str],
    why: str,
    captions: tuple[str, ...] = (),
) -> None:
    """A summit's or a truce's text field ``name`` holding ``value`` (``SupportCases.text_field``)."""
    built.text_field(FIELD, expect, paragraph, kind, name, value, why, ["Varga"], captions)


def prose(expect: bool, paragraph: str, text: str, why: str, path: str = "summary") -> None:
    """Free text over a page of ``paragraph`` (``SupportCases.free_text``)."""
    built.free_text(PROSE, expect, paragraph, text, why, path)


# fmt: off
# --- rv-label-field: must pass ----------------------------------------------------------------------
field(True, "Negotiators adopted what every official release calls the BALTIC_GRID_PACT, a shared power line plan.", "summits", "outcome", "the baltic_grid_pact power line plan", "the page's joined name in another case")
field(True, "The accord, which the ministry's posts style Sahel\\_Water\\_Accord, was signed at noon.", "summits", "outcome", "Sahel_Water_Accord signed", "the page escapes its underscores, as Markdown does; the same name")
field(True, "The annex, 2025_truce_map.pdf, shows where the buffer zone runs.", "ceasefires", "terms", ["the buffer zone drawn in 2025_truce_map.pdf"], "a file name opening with digits, written on the page")
field(True, "Protesters gathered under the tag #talks_not_tanks outside the hall, delaying the start.", "summits", "status_reason", "protesters under #talks_not_tanks", "a tag the page writes")
field(True, "The envoy's office, which posts as @Envoy_Office_KZ, confirmed the meeting ended early.", "summits", "outcome", "an early end confirmed by envoy_office_kz", "an account the page writes, without its @ and in lower case")
field(True, "Complaints about violations go to Truce_Desk@mission.example, the monitors said.", "ceasefires", "terms", ["complaints go to truce_desk@mission.example"], "an e-mail address in another case")
field(True, "The full annex was posted at un.example/docs/truce_annex_b overnight.", "ceasefires", "terms", ["the annex at un.example/docs/truce_annex_b"], "an address the page writes")
field(True, "The drones named in the ban, sold as model SKY_HAWK_7, may not fly within the zone.", "ceasefires", "scope", "drones of model SKY_HAWK_7 within the zone", "a product code the page writes")
field(True, "The talks opened late because the shared calendar still listed them as draft_v2, an aide said.", "summits", "status_reason", "the calendar listed the talks as draft_v2", "a system's label the page quotes")
field(True, "The leaders unveiled an installation outside the venue before the talks began.", "summits", "outcome", "an installation named The_Long_Table unveiled", "the name written only in the page's photo caption", captions=("The_Long_Table, an installation of oak planks, stands outside the venue.",))
field(True, "Both delegations signed the water-sharing protocol, the hosts said.", "summits", "outcome", "the water-sharing protocol signed", "words and a hyphen")
field(True, "Aides shared the link mfa.example/news?status=suspended_indefinitely before the talks.", "summits", "status_reason", "a list at mfa.example/news?status=suspended_indefinitely", "an address with a query the page writes")
# --- rv-label-field: must fail ----------------------------------------------------------------------
field(False, "Captives will be freed in two stages under the text both sides signed.", "ceasefires", "terms", ["2_stage_release"], "a label opening with a digit")
field(False, "The summit was put on hold after the storm, both offices said.", "summits", "status_reason", "#on_hold", "a status label behind '#' the page never writes")
field(False, "The leaders parted without any agreement, a spokesman said.", "summits", "outcome", "@no_agreement", "a label behind '@' the page never writes")
field(False, "The leaders parted without any agreement, a spokesman said.", "summits", "outcome", "on_hold/no_agreement", "labels joined by a slash")
field(False, "The truce took hold along most of the line, with some shelling in the south.", "ceasefires", "scope", "in_effect-partial", "a label before a hyphen")
field(False, "The summit was postponed after a storm shut the airport.", "summits", "status_reason", "status.postponed_storm", "a schema path with a dot before the label")
field(False, "The notice, summit_on_hold_notice.pdf, was posted on the ministry's site.", "summits", "status_reason", "on_hold", "the label is written only inside a longer file name")
field(False, "The ministry's status page, mfa.example/truce/in_effect, went live at noon.", "summits", "outcome", "in_effect", "the label is written only as an address's path, used here as words")
field(False, "The truce covers the demilitarised zone along the river, the mediators said.", "ceasefires", "scope", "zone_démilitarisée", "a label with a letter outside A-Z")
field(False, "The leaders agreed in principle but signed nothing, the hosts said.", "summits", "outcome", "AGREED_IN_PRINCIPLE", "a label in capitals")
field(False, "The talks were held over until the harvest ended.", "summits", "status_reason", "[postponed_harvest]", "a label in brackets")
field(False, "Fighters must pull back three kilometres, under the terms.", "ceasefires", "terms", ["withdraw_3km"], "a label with digits")
field(False, "Aides shared the link mfa.example/news?status=suspended_indefinitely before the talks.", "summits", "status_reason", "suspended_indefinitely", "the label is written only as an address's query, used here as words")
# --- rv-label-prose: must pass ----------------------------------------------------------------------
prose(True, "The outage was traced to a function named flush_queue_async in the billing service.", "The outage was traced to flush_queue_async in the billing service.", "a function's name the page writes")
prose(True, "The bug sat in parse_date(), the company's engineers wrote.", "Engineers found the bug in parse_date().", "a function call the page writes")
prose(True, "The researchers used the open data set UCDP_GED_v24, released by Uppsala University.", "Researchers used UCDP_GED_v24 from Uppsala University.", "a data set's name the page writes")
prose(True, "For weeks the visa portal showed the status PENDING_REVIEW, applicants said.", "Applicants said the visa portal showed pending_review for weeks.", "a system's status the page writes in capitals")
prose(True, "The courier's app labelled the parcels \"held_at_customs\", the company said.", "The app labelled the parcels \"held_at_customs\".", "a label the page quotes", path="key_points[0]")
prose(True, "The minutes leaked as 0412_cabinet_minutes.docx on Tuesday.", "The minutes leaked as 0412_cabinet_minutes.docx.", "a file name opening with digits")
prose(True, "The feed, run as defence_news_kz by a volunteer, posted the video first.", "The video first appeared on @defence_news_kz.", "an account the page writes, with an @ added", path="key_points[0]")
prose(True, "The bot is called Kyiv\\_Watch by its makers and counts sirens.", "Kyiv_Watch counts sirens.", "the page escapes its underscore, as Markdown does")
prose(True, "The background is at en.wikipedia.org/wiki/Treaty_of_Rome, the guide says.", "The guide points to en.wikipedia.org/wiki/Treaty_of_Rome.", "an address with underscores", path="key_points[0]")
prose(True, "Fans rallied under #Save_The_Pier_2025 as the council voted.", "Fans rallied under #save_the_pier_2025 as the council voted.", "a tag in another case")
prose(True, "The council's form asked residents to pick either keep or demolish.", "Residents were asked to pick keep or demolish.", "no underscore at all")
# --- rv-label-prose: must fail ----------------------------------------------------------------------
prose(False, "The summit was put on hold, officials said.", "The summit is #on_hold.", "a status label behind '#' the page never writes")
prose(False, "The minister rejected the plan outright on Sunday.", "The minister @rejects_outright the plan.", "a stance label behind '@'")
prose(False, "A second round of voting is expected next month.", "Status: 2nd_round_pending.", "a label opening with a digit", path="key_points[0]")
prose(False, "The bill passed the senate and now awaits the house.", "The bill is passed_senate/awaiting_house.", "labels joined by a slash")
prose(False, "The plan has been shelved with no date to revive it.", "The plan is on_hold-indefinitely.", "a label before a hyphen")
prose(False, "The summit was cut short by bad weather.", "The fact.status_reason is bad weather.", "a schema path with a dot before the label", path="key_points[0]")
prose(False, "The notice, summit_on_hold_notice.pdf, was posted at noon.", "The summit is on_hold.", "the label is written only inside a longer file name")
prose(False, "The ministry's page mfa.example/talks/on_hold went live on Monday.", "The talks are on_hold.", "the label is written only as an address's path")
prose(False, "The ceasefire has taken effect, the army said.", "The ceasefire is EN_VIGUEUR.", "a label in capitals")
prose(False, "The plan was rejected as a whole by the assembly.", "The assembly réjeté_en_bloc the plan.", "a label with a letter outside A-Z")
prose(False, "The deal was signed but still needs ratification.", "The deal is signed (ratification_pending).", "a label in brackets", path="key_points[0]")
# fmt: on


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
