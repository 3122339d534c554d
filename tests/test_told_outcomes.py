"""An election told by its vote share (``told_outcomes.share_result``) reads every per-cent
word the number readers know (``spoken_decimals.PERCENT_WORDS``), not a list of its own: wire
copy writes "pct" and British copy "pc" or "per cent"."""

from __future__ import annotations

import pytest

from summarizer.verification.status.told_outcomes import share_result


@pytest.mark.parametrize(
    "sentence",
    [
        "the party won 50.89 percent of the vote",
        "the party won 50.89 % of the ballots",
        "the party won 50.89 pct of the vote",
        "Labour took 33.7 pc of the vote",
        "Labour took 33.7 per cent of the vote",
        "she won about 60 percent",
    ],
)
def test_a_share_won_is_a_vote_whatever_its_per_cent_word(sentence: str) -> None:
    assert share_result(sentence.split())


@pytest.mark.parametrize(
    "sentence",
    [
        "shares took 5 pct lower",  # a price's move
        "the firm won 20 pct of the market",  # a market share
        "the poll has her winning 52 pct of the vote",  # a forecast
        "the party won 50.89 points",  # no per-cent word
        "turnout was 61 pct",  # no verb of winning
    ],
)
def test_a_share_not_won_in_a_vote_is_no_vote(sentence: str) -> None:
    assert not share_result(sentence.split())
