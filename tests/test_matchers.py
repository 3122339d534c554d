"""The matchers behind each comparator: normalisers, value matching, list pairing."""

from __future__ import annotations

import datetime as dt
import itertools
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.comparators import Date, Exact, Items, Name, Number, Text
from summarizer.evaluation.dates import normalise_date, parse_date
from summarizer.evaluation.decisive import ALIAS_GROUPS, apply_aliases
from summarizer.evaluation.matchers import (
    Pairing,
    is_empty,
    item_similarity,
    list_similarity,
    match_number,
    match_value,
    name_tokens,
    normalise_enum,
    normalise_text,
    pair_indices,
    pair_lists,
    parse_number,
    strip_indices,
)
from summarizer.schema import (
    Instrument,
    Person,
    Qualifier,
    Quantity,
    SanctionsMeasure,
    SummitStatus,
)
from tests.conftest import examples

# --- numbers ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("500", 500.0),
        ("500%", 500.0),
        ("500 %", 500.0),
        ("500 percent", 500.0),
        ("500 per cent", 500.0),
        ("1,200", 1200.0),
        ("1 200", 1200.0),
        ("2.5", 2.5),
        ("-3", -3.0),
        ("\uff15\uff10\uff10\uff05", 500.0),
        (84, 84.0),
        (2.5, 2.5),
        (Quantity(value=84), 84.0),
    ],
)
def test_parse_number_reads_digits_and_strips_units(text: object, expected: float) -> None:
    assert parse_number(text) == expected


@pytest.mark.parametrize("text", ["", "about 80", "eighty", "nan", "inf", "1e5", True, None, "%"])
def test_parse_number_rejects_non_numbers(text: object) -> None:
    assert parse_number(text) is None


def test_quantity_qualifier_mismatch_is_a_wrong_value() -> None:
    exact = Quantity(value=80)
    about = Quantity(value=80, qualifier=Qualifier.about)
    assert match_value(exact, Quantity(value=80), Number())
    assert not match_value(exact, about, Number())
    assert match_value(about, Quantity(value=80, qualifier="about"), Number())


def test_number_tolerance_is_absolute_and_inclusive() -> None:
    assert match_number(30, 31, tolerance=1)
    assert not match_number(30, 31.5, tolerance=1)
    assert not match_number(84, 85)


@settings(max_examples=examples(200), deadline=None)
@given(st.integers(min_value=-(10**9), max_value=10**9))
def test_number_matching_ignores_percent_and_separators(number: int) -> None:
    for written in (f"{number:,}", f"{number}%", f"{number:,} percent", f"{number} per cent"):
        assert match_number(number, written)
        assert match_number(written, number)
        assert match_number(Quantity(value=number), written)
    assert not match_number(number, f"{number + 1:,}%")


# --- dates -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "2025-10-21",
        "Oct. 21, 2025",
        "October 21 2025",
        "October 21st, 2025",
        "21 October 2025",
        "Tuesday, Oct 21, 2025",
        "2025-10-21T14:00:00Z",
    ],
)
def test_parse_date_accepts_common_forms(text: str) -> None:
    assert parse_date(text) == dt.date(2025, 10, 21)


@pytest.mark.parametrize("text", ["in April", "last week", "Oct. 21", "Feb 30, 2025", "", "2025"])
def test_parse_date_rejects_partial_or_impossible_dates(text: str) -> None:
    assert parse_date(text) is None


def test_dates_compare_as_iso_when_both_parse_else_as_text() -> None:
    assert match_value("2025-10-21", "Oct. 21, 2025", Date())
    assert not match_value("2025-10-21", "Oct. 22, 2025", Date())
    assert match_value("Oct. 21", "October 21", Date())  # parts, month spelled out
    assert match_value("April", "in April", Date())  # the preposition is not a date part
    assert not match_value("April", "in May", Date())
    assert normalise_date("Sept. 3rd") == "september 3"


# --- text and names ----------------------------------------------------------------------------


def test_alias_table_folds_known_variants() -> None:
    assert match_value("Sergei Lavrov", "Sergey Lavrov", Name())
    assert match_value("Volodymyr Zelensky", "Volodymyr Zelenskyy", Name())
    assert match_value("Zelenskiy", "Zelensky", Name())
    assert match_value("United States", "U.S.", Name())
    assert match_value("USA", "America", Name())
    assert match_value("Britain", "U.K.", Name())
    assert normalise_text("the United States of America") == "the us"
    assert apply_aliases(["sergey", "lavrov"]) == ["sergei", "lavrov"]


def test_capitals_are_not_aliases_of_their_countries() -> None:
    """A summit in Moscow is not a summit "in Russia"; gold lists such metonyms itself."""
    assert not match_value("Russia", "Moscow", Name())
    assert match_value("Russia", "Moscow", Name(), ["Moscow"])


def test_bare_surname_matches_full_name_both_ways_but_first_name_does_not() -> None:
    assert match_value("Sergei Lavrov", "Lavrov", Name())
    assert match_value("Lavrov", "Sergey Lavrov", Name())
    assert match_value("Donald Trump", "President Trump", Name())
    assert not match_value("Sergei Lavrov", "Sergei", Name())
    assert not match_value("Trump", "Trumpet", Name())


@pytest.mark.parametrize(
    "gold",
    [
        "Global Test Wire (test article)",
        "The Danube Test Courier (test article)",
        "Baltic Ledger (archive copy)",
        "Harbour Times (sponsored content)",
    ],
)
def test_a_bracketed_aside_is_not_a_names_tail(gold: str) -> None:
    """Gemma 3 270M wrote the outlet "test article", the page's lower-case mark of itself in
    brackets; the tail rule took it for the outlet's short form (session 28)."""
    aside = gold[gold.index("(") + 1 : -1]
    assert not match_value(gold, aside, Name())
    assert not match_value(gold, aside.title(), Name())
    assert match_value(gold, gold, Name())


@pytest.mark.parametrize(
    ("gold", "pred"),
    [
        ("Lindsey Graham", "Sen. Lindsey Graham (R-S.C.)"),
        ("Richard Blumenthal", "Sen. Richard Blumenthal (D-Conn.),"),
        ("Bernie Sanders", "Bernie Sanders (I-Vt.)"),
        ("Keir Starmer", "Keir Starmer (Labour)."),
        ("Global Test Wire", "Global Test Wire (test article)"),
        ("Hakeem Jeffries (D-N.Y.)", "Rep. Hakeem Jeffries"),
    ],
)
def test_a_closing_aside_does_not_hide_the_name(gold: str, pred: str) -> None:
    """Gemma 3 270M wrote the senators of seed c8f1b2 as "Sen. Lindsey Graham (R-S.C.)": the
    person is named, the party-and-state note is beside the name (session 29)."""
    assert match_value(gold, pred, Name())
    assert match_value(pred, gold, Name())


@pytest.mark.parametrize(
    ("gold", "pred"),
    [
        ("Lindsey Graham", "Lindsey Halligan (R-S.C.)"),
        ("John Thune", "Lindsey Graham (R-S.D.)"),
        ("Lindsey Graham", "(R-S.C.)"),
        ("Sen. Lindsey Graham (R-S.C.)", "R-S.C."),
        ("Richard Blumenthal (D-Conn.)", "Chris Murphy (D-Conn.)"),
        ("Keir Starmer (Labour)", "Labour"),
    ],
)
def test_an_aside_never_stands_for_the_name(gold: str, pred: str) -> None:
    """Dropping the aside compares the names; a shared aside (party, state) is no match."""
    assert not match_value(gold, pred, Name())
    assert not match_value(pred, gold, Name())


_SURNAMES = st.sampled_from(["Graham", "Blumenthal", "Okafor", "Lindqvist", "Moreau", "Tanaka"])
_ASIDES = st.sampled_from(["(R-S.C.)", "(D-Conn.)", "(I-Vt.)", "(Labour)", "(test article)"])


@given(st.sampled_from(["Lindsey", "Amara", "Jonas", "Claire"]), _SURNAMES, _SURNAMES, _ASIDES)
def test_asides_decide_nothing_property(first: str, surname: str, other: str, aside: str) -> None:
    """With or without an aside and a title, the same person matches and another does not."""
    name = f"{first} {surname}"
    assert match_value(name, f"Sen. {name} {aside}", Name())
    assert match_value(name, f"{name} {aside},", Name()) == match_value(name, name, Name())
    if other != surname:
        assert not match_value(name, f"{first} {other} {aside}", Name())


def test_text_is_never_substring_matched() -> None:
    assert not match_value("maximum pressure on Russia and its economy", "Russia", Text())
    assert not match_value("Putin", "Putin and Trump met in Alaska last August", Name())


def test_text_fuzzy_threshold_is_inclusive() -> None:
    # "colour" vs "color": ratio = 2*5/11 = 90.9 -> matches at 90, not at 95.
    assert match_value("colour", "color", Text(threshold=90))
    assert not match_value("colour", "color", Text(threshold=95))
    assert match_value(
        "I don\u2019t want a wasted meeting", "I don't want a wasted meeting.", Text(threshold=100)
    )


def test_alternatives_are_accepted() -> None:
    assert not match_value("Russia", "Moscow", Text())
    assert match_value("Russia", "Moscow", Text(), ["Moscow"])
    assert match_value(None, "in April", Text(), ["in April"])  # empty gold, listed variant


def test_exact_is_casefolded_and_separator_blind() -> None:
    assert match_value(SummitStatus.on_hold, "On hold", Exact())
    assert match_value(Instrument.bill, Instrument.bill, Exact())
    assert not match_value(SummitStatus.on_hold, SummitStatus.cancelled, Exact())
    assert normalise_enum("supports-with-conditions") == "supports_with_conditions"
    assert normalise_enum(True) == "true"


@pytest.mark.parametrize("empty", [None, "", "   ", "\u2014", [], {}, Person(name="")])
def test_empty_values_are_absent(empty: object) -> None:
    assert is_empty(empty)


# --- property tests --------------------------------------------------------------------------

_ALIAS_WORDS = sorted(
    {word for group in ALIAS_GROUPS for member in group for word in member.split()}
)
_phrases = st.lists(
    st.one_of(
        st.sampled_from(_ALIAS_WORDS),
        st.sampled_from(["Lavrov", "the", "of", "St."]),
        st.text(min_size=1, max_size=8),
    ),
    max_size=6,
).map(" ".join)
_texts = st.one_of(_phrases, st.text(max_size=30))
_LEAF_COMPARATORS = [Text(), Name(), Date(), Exact(), Text(threshold=60)]


@settings(max_examples=examples(200), deadline=None)
@given(_texts)
def test_normalisers_are_idempotent(text: str) -> None:
    assert normalise_text(normalise_text(text)) == normalise_text(text)
    assert normalise_enum(normalise_enum(text)) == normalise_enum(text)
    assert normalise_date(normalise_date(text)) == normalise_date(text)
    assert name_tokens(" ".join(name_tokens(text))) == name_tokens(text)


@settings(max_examples=examples(200), deadline=None)
@given(_texts, _texts, st.sampled_from(_LEAF_COMPARATORS))
def test_matching_is_symmetric(left: str, right: str, comparator: Text) -> None:
    assert match_value(left, right, comparator) == match_value(right, left, comparator)


@settings(max_examples=examples(200), deadline=None)
@given(_texts, st.sampled_from(_LEAF_COMPARATORS))
def test_a_value_matches_itself_unless_empty(text: str, comparator: Text) -> None:
    assert match_value(text, text, comparator) == (not is_empty(text))


@settings(max_examples=examples(200), deadline=None)
@given(
    st.sampled_from(["", " ", "\t\n", "--", "\u201c\u201d", "..."]),
    _texts,
    st.sampled_from(_LEAF_COMPARATORS),
)
def test_empty_never_matches(empty: str, other: str, comparator: Text) -> None:
    assert not match_value(empty, other, comparator)
    assert not match_value(other, empty, comparator)


# --- pairing ---------------------------------------------------------------------------------


def test_pairing_is_optimal_not_greedy() -> None:
    """Greedy would take the best pair (g0, p0) = 0.9 and leave g1 with p1 = 0.1 (unmatched);
    the optimal assignment pairs both: 0.8 + 0.85."""
    table = {(0, 0): 0.9, (0, 1): 0.8, (1, 0): 0.85, (1, 1): 0.1}
    pairing = pair_indices([0, 1], [0, 1], lambda g, p: table[g, p], threshold=0.5)
    assert pairing == Pairing(
        pairs=((0, 1, 0.8), (1, 0, 0.85)), unmatched_gold=(), unmatched_pred=()
    )


def test_pairs_under_threshold_are_unmatched() -> None:
    pairing = pair_lists(
        ["Sergei Lavrov", "Marco Rubio"], ["Rubio", "Pete Hegseth"], Items(threshold=0.6), {}, "p"
    )
    assert pairing.pairs == ((1, 0, 1.0),)
    assert pairing.unmatched_gold == (0,)
    assert pairing.unmatched_pred == (1,)


def test_ordered_lists_pair_by_position() -> None:
    pairing = pair_lists(["a b", "c d"], ["c d", "a b"], Items(ordered=True), {}, "p")
    assert pairing.pairs == ()
    pairing = pair_lists(["a b", "c d"], ["a b", "x y"], Items(ordered=True), {}, "p")
    assert pairing == Pairing(pairs=((0, 0, 1.0),), unmatched_gold=(1,), unmatched_pred=(1,))


def test_model_items_pair_on_the_whole_item() -> None:
    gold = SanctionsMeasure(instrument="bill", name="Sanctioning Russia Act of 2025")
    # The short name leaves out only the year: the same bill (Text(partial_years=True)).
    assert (
        item_similarity(
            gold,
            SanctionsMeasure(instrument="bill", name="Sanctioning Russia Act"),
            ("name", "instrument"),
            {},
            "s[0]",
        )
        == 1.0
    )
    # Unnamed items differ in their other fields, and those decide: a threat with the same
    # sponsor is closer than one with the same kind only.
    hegseth = SanctionsMeasure(instrument="threat", sponsors=["Pete Hegseth"], targets=["Russia"])
    bessent = SanctionsMeasure(
        instrument="threat", sponsors=["Scott Bessent"], targets=["Russian oil"]
    )
    same = item_similarity(hegseth, hegseth, ("name", "instrument"), {}, "s[0]")
    other = item_similarity(hegseth, bessent, ("name", "instrument"), {}, "s[0]")
    assert same == 1.0 and other < 0.95
    pairing = pair_lists(
        [hegseth, bessent], [bessent, hegseth], Items(key=("name", "instrument")), {}, "s"
    )
    assert {(g, p) for g, p, _ in pairing.pairs} == {(0, 1), (1, 0)}
    # Key fields weigh double: (2 * 1.0 + 0.0) / 3 when the sponsor is stated on one side only.
    assert item_similarity(
        SanctionsMeasure(instrument="threat", sponsors=["Pete Hegseth"]),
        SanctionsMeasure(instrument="threat"),
        ("name", "instrument"),
        {},
        "s[0]",
    ) == pytest.approx(2 / 3)
    # Gold alternatives for a field count when pairing.
    alts = {"s[0].name": ["the sanctions bill"]}
    assert (
        item_similarity(
            gold,
            SanctionsMeasure(instrument="bill", name="The sanctions bill"),
            ("name", "instrument"),
            alts,
            "s[0]",
        )
        == 1.0
    )


def test_list_similarity_is_dice_over_pairs() -> None:
    assert list_similarity(["Trump", "Putin"], ["Donald Trump"], Items(), {}, "x") == 2 / 3
    assert list_similarity([], [], Items(), {}, "x") == 1.0


def test_empty_items_are_never_paired() -> None:
    pairing = pair_lists(["", "Putin"], ["  ", "Putin"], Items(), {}, "x")
    assert pairing == Pairing(pairs=((1, 1, 1.0),), unmatched_gold=(), unmatched_pred=())


_items = st.lists(
    st.sampled_from(
        [
            "Trump",
            "Donald Trump",
            "Putin",
            "Sergey Lavrov",
            "Lavrov",
            "Sergei Lavrov",
            "Rubio",
            "Zelenskyy",
            "",
            "NATO",
        ]
    ),
    max_size=6,
)


@settings(max_examples=examples(200), deadline=None)
@given(_items, _items, st.randoms(use_true_random=False))
def test_pairing_is_invariant_to_predicted_order(
    gold: list[str], pred: list[str], rnd: random.Random
) -> None:
    shuffled_index = list(range(len(pred)))
    rnd.shuffle(shuffled_index)
    shuffled = [pred[i] for i in shuffled_index]
    before = pair_lists(gold, pred, Items(threshold=0.6), {}, "x")
    after = pair_lists(gold, shuffled, Items(threshold=0.6), {}, "x")
    assert [(g, pred[p], s) for g, p, s in before.pairs] == [
        (g, shuffled[p], s) for g, p, s in after.pairs
    ]
    assert before.unmatched_gold == after.unmatched_gold
    assert sorted(pred[p] for p in before.unmatched_pred) == sorted(
        shuffled[p] for p in after.unmatched_pred
    )


def test_pairing_every_permutation_of_a_small_list() -> None:
    gold = ["Sergei Lavrov", "Marco Rubio", "Trump"]
    pred = ["Rubio", "Donald Trump", "Sergey Lavrov", "Hegseth"]
    expected = {(0, "Sergey Lavrov"), (1, "Rubio"), (2, "Donald Trump")}
    for order in itertools.permutations(pred):
        pairing = pair_lists(gold, list(order), Items(threshold=0.6), {}, "x")
        assert {(g, order[p]) for g, p, _ in pairing.pairs} == expected


def test_strip_indices() -> None:
    assert strip_indices("ceasefires[0].positions[12].conditions[+3]") == (
        "ceasefires.positions.conditions"
    )


# --- decisive tokens (cases found in self-review; the judgment sets hold the rest) ----------

_ROLE, _CLAIM, _REASON, _QUOTE = Text(threshold=80), Text(threshold=70), Text(60), Text(80)
_TITLE = Text(threshold=85, partial_years=True)  # a bill's name


@pytest.mark.parametrize(
    ("gold", "pred", "comparator", "expected"),
    [
        ("Donald Trump", "Donald Trump Jr.", Name(), False),  # Jr. is another person
        ("Mike Waltz", "Michael Waltz", Name(), True),  # nickname
        ("Russia", "Russian government", Name(), True),  # generic noun
        ("NATO allies", "NATO", Name(), True),
        ("Radosław Sikorski", "Radoslaw Sikorski", Name(), True),  # ł has no decomposition
        ("Abbas Araghchi", "Abbas Araqchi", Name(), True),  # gh / q
        ("Abu Dhabi", "Dubai", Name(), False),  # same consonant key, different word
        ("Foreign Minister", "Minister of Foreign Affairs", _ROLE, True),
        ("Russia has agreed to the ceasefire", "Russia has rejected the ceasefire", _CLAIM, False),
        ("Kyiv is winning the war", "Kyiv is losing the war", _CLAIM, False),
        (
            "The media wrongly portray it as weak",
            "The media rightly portray it as weak",
            _CLAIM,
            False,
        ),
        (
            "Sanctions will hurt Russia's economy",
            "Sanctions will help Russia's economy",
            _CLAIM,
            False,
        ),
        ("Trump called off the summit", "Trump scheduled the summit", _CLAIM, False),
        ("Trump called off the summit", "Trump cancelled the summit", _CLAIM, True),
        ("The summit was put on hold", "The summit was cancelled", _CLAIM, False),
        ("The summit was held", "The summit was put on hold", _CLAIM, False),
        ("Russia's demands were too high", "Russia's demands were too low", _REASON, False),
        ("phone call between Rubio and Lavrov", "Rubio and Lavrov met in person", _REASON, False),
        ("a meeting is not necessary", "a meeting is unnecessary", _REASON, True),
        ("The talks were productive", "The talks were unproductive", _CLAIM, False),
        ("We are ready to talk", "We are ready to fight", _QUOTE, False),  # a replaced word
        ("Russia fired 500 drones", "Russia fired five hundred drones", _CLAIM, True),
        ("by the end of the year", "by year's end", Date(), True),
        ("The ceasefire did not hold", "The ceasefire held", _CLAIM, False),  # irregular verb
        ("Russia may attack Kyiv again", "Russia might attack Kyiv again", _CLAIM, True),
        ("May 9", "May 19", Date(), False),  # "may" is a month next to a number
    ],
)
def test_decisive_rules(gold: str, pred: str, comparator: Text | Date, expected: bool) -> None:
    assert match_value(gold, pred, comparator) is expected
    assert match_value(pred, gold, comparator) is expected


@pytest.mark.parametrize(
    ("gold", "pred", "comparator", "expected"),
    [
        # one stem for every form of a verb, so the negated word is found on both sides
        ("Orban did not vote for the package", "Orban voted for the package", _REASON, False),
        ("the Senate did not move the bill", "the Senate moved the bill", _REASON, False),
        ("Kyiv did not rule out talks", "Kyiv has not ruled out talks", _REASON, True),
        ("Xi declined to attend the summit", "Xi attended the summit", _REASON, False),
        ("Macron has yet to respond", "Macron has not yet responded", _REASON, True),
        (
            "Russia will attend unless talks fail",
            "Russia will attend if talks fail",
            _REASON,
            False,
        ),
        ("A deal is unlikely to pass", "A deal probably will not pass", _CLAIM, True),
        (
            "Hungary gains the most from the deal",
            "Hungary gains the least from the deal",
            _CLAIM,
            False,
        ),
        # numbers that are not calendar parts
        ("Q1 2026", "Q2 2026", Date(), False),
        ("Q1 2026", "first quarter of 2026", Date(), True),
        ("H1 2026", "first half of 2026", Date(), True),
        ("first half of 2026", "second half of 2026", Date(), False),
        ("the first week of May", "the last week of May", Date(), False),
        ("in the 2nd week of April 2025", "in the 3rd week of April 2025", Date(), False),
        ("within 30 days of March 1", "within 60 days of March 1", Date(), False),
        ("3rd of March", "March 3", Date(), True),
        # written ordinals
        ("EU's 14th sanctions package", "EU's fourteenth sanctions package", _TITLE, True),
        ("EU's 21st sanctions package", "EU's twenty-first sanctions package", _TITLE, True),
        ("EU's 21st sanctions package", "EU's twenty-second sanctions package", _TITLE, False),
        # acronyms spelt out: only the words the letters stand for
        ("World Health Organization", "WHO", Name(), True),
        ("Gulf Cooperation Council", "GCC", Name(), True),
        ("National Security Agency", "NSC", Name(), False),
        ("Executive Order 14117", "EO 14117", _TITLE, True),
        ("Executive Order 14117", "EO 14118", _TITLE, False),
        ("Deputy Prime Minister", "PM", _ROLE, False),
        ("Under Secretary of State", "US Secretary of State", _ROLE, False),
        # role words, St., places of more than one word
        ("committee chairman", "committee chair", _ROLE, True),
        ("Kremlin spokeswoman", "Kremlin spokesperson", _ROLE, True),
        ("deputy defense adviser", "Deputy Defense Advisor", _ROLE, True),
        ("Foreign Minister", "Finance Minister", _ROLE, False),
        ("Kremlin Chief of Staff", "Chief of Staff", _ROLE, True),
        ("St. Louis", "Saint Louis", Name(), True),
        ("Cape Town", "Cape Town, South Africa", Name(), True),
        ("Colombo", "Colombo, Sri Lanka", Name(), True),
        ("Seoul, South Korea", "Seoul, North Korea", Name(), False),
        # feminine and masculine forms of a name are two people
        ("Maria Zakharova", "Mario Zakharova", Name(), False),
        ("Alexander Lukashenko", "Alexandra Lukashenko", Name(), False),
        ("Maia Sandu", "Maia Sanda", Name(), True),  # a misspelt vowel is not a gender
    ],
)
def test_general_rules_from_the_redteam(
    gold: str, pred: str, comparator: Text | Date, expected: bool
) -> None:
    assert match_value(gold, pred, comparator) is expected
    assert match_value(pred, gold, comparator) is expected


@pytest.mark.parametrize(
    ("gold", "pred", "article_date", "expected"),
    [
        ("October 22", "next Wednesday", "2025-10-16", True),
        ("October 23", "next Wednesday", "2025-10-16", False),
        ("October 10", "last Friday", "2025-10-16", True),
        ("October 17", "last Friday", "2025-10-16", False),  # a Friday, but ahead
        ("September 8, 2025", "two days ago", "2025-09-10", True),
        ("September 20", "in 10 days", "2025-09-10", True),
        ("September 21", "in 10 days", "2025-09-10", False),
        ("late 2026", "late next year", "2025-10-01", True),
        ("late 2026", "early next year", "2025-10-01", False),
        ("January 2", "next Friday", "2025-12-30", True),  # the year turns
    ],
)
def test_relative_dates_resolve_against_the_article_date(
    gold: str, pred: str, article_date: str, expected: bool
) -> None:
    when = dt.date.fromisoformat(article_date)
    assert match_value(gold, pred, Date(), article_date=when) is expected
    assert match_value(pred, gold, Date(), article_date=when) is expected
