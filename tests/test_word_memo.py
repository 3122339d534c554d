"""The kept answers of word readers (word_memo): the same as computing them, per grounding."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.verification.page.word_memo import forget_words
from summarizer.verification.status.statuses import VOCABULARIES, cues_in
from tests.conftest import examples

ROOT = Path(__file__).resolve().parents[1]

_FAMILY_VALUES = st.sampled_from(
    sorted((family, value) for family, values in VOCABULARIES.items() for value in values)
)
_WORDS = st.sampled_from(
    [
        "the",
        "ceasefire",
        "truce",
        "agreed",
        "to",
        "hold",
        "held",
        "summit",
        "was",
        "not",
        "cancelled",
        "postponed",
        "will",
        "be",
        "convened",
        "by",
        "talks",
        "rejected",
        "plan",
        "vote",
        "on",
        ",",
        "refused",
        "signed",
    ]
)


@settings(max_examples=examples(300), deadline=None)
@given(_FAMILY_VALUES, st.lists(_WORDS, max_size=16), st.booleans())
def test_kept_cues_are_the_computed_cues_however_often_asked(
    family_value: tuple[str, str], norms: list[str], denied: bool
) -> None:
    family, value = family_value
    plain = cues_in.__wrapped__(family, value, norms, denied)
    first = cues_in(family, value, norms, denied)
    first.append((99, 100))  # a caller changing its answer changes no later one
    assert cues_in(family, value, norms, denied) == plain
    assert cues_in(family, value, list(norms), denied) == plain
    assert cues_in(family, value, tuple(norms), denied) == cues_in.__wrapped__(
        family, value, tuple(norms), denied
    )


def test_answers_are_kept_for_one_grounding_only() -> None:
    from summarizer.evaluation.gold import load_gold
    from summarizer.verification.grounding import ground

    words = ["the", "summit", "was", "held"]
    cues_in("SummitStatus", "held", words)
    assert cues_in.kept
    forget_words()
    assert not cues_in.kept
    cues_in("SummitStatus", "held", words)
    gold = next(iter(load_gold(ROOT / "evals" / "gold").values()))
    ground(gold.facts, "A text that states nothing.")  # a grounding starts with none kept
    assert ("SummitStatus", "held", tuple(words), list, False) not in cues_in.kept
