"""The kinds of organisation a news page describes by a common noun, and their words.

A reader takes "the airline" or "the lender" for the page's salient body of that kind, and
knows a name's kind from its own words ("Turkish Airlines", "Federal Aviation Administration").
These closed lists are shared by the readers of descriptions (:mod:`.described_bodies`,
:mod:`.described_actors`), so they live apart from any one of them.
"""

from __future__ import annotations

from ..page.tokens import word_set

BUSINESS = "business"
# The head nouns of an organisation's description, by kind (a business's are every kind's).
KINDS: dict[str, frozenset[str]] = {
    "airline": word_set("airline carrier"),
    "agency": word_set("agency regulator administration authority bureau watchdog"),
    "union": word_set("union"),
    "bank": word_set("bank lender"),
    "carmaker": word_set("carmaker automaker"),
    BUSINESS: word_set(
        """company firm group business corporation concern maker manufacturer conglomerate
        retailer insurer chipmaker drugmaker brewer miner operator utility builder
        housebuilder homebuilder developer chain lab laboratory club railroad major"""
    ),
}
# Words of a name that say its kind ("Turkish Airlines", "Air India", "Federal Aviation
# Administration", "United Auto Workers").
NAME_WORDS: dict[str, frozenset[str]] = {
    "airline": word_set("air airlines airline airways"),
    "agency": word_set("administration agency authority bureau commission office service board"),
    "union": word_set("union federation workers employees guild"),
    "bank": word_set("bank bancorp"),
    "carmaker": word_set("motors motor automotive auto"),
    BUSINESS: word_set(
        """inc ltd plc corp co llc ag sa nv group holdings company corporation industries
        international motors airlines airways bank"""
    ),
}


__all__ = ["BUSINESS", "KINDS", "NAME_WORDS"]
