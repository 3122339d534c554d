"""Build the adversarial grounding set (``grounding_cases.jsonl``) from the seeds, by rule.

Run ``python tests/data/make_grounding_cases.py`` to rebuild it. Every case's expected verdict
comes from the transformation that made it (a passage cut inside a word must fail; a passage
with straight quotes for curly ones must pass), never from running the code under test.

Case kinds:
- ``locate``: ``passage`` must (``expect: true``) or must not be located in ``article``.
- ``support``: in the article's gold facts, with ``set`` applied (path -> new value), the
  value at ``path`` must or must not be supported.
- ``unevidenced`` / ``unstated``: with ``set`` applied, ``path`` must (expect false) or must
  not (expect true) be flagged as a fact without evidence / free text naming what the article
  does not state.
``edits`` (pairs of old, new) are applied to the article text and to the gold facts first, to
build a variant article ("about 80 co-sponsors" for "84 co-sponsors").
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
OUT = Path(__file__).with_name("grounding_cases.jsonl")
SEEDS = {
    "000": "seeds/000_1abc9d0a714cd1eb.txt",
    "001": "seeds/001_591bf30ef7c23ef6.txt",
    "002": "seeds/002_d9e24a3de444c76b.txt",
}
GOLD = {
    "000": "evals/gold/fd6059d6d97c3021.json",
    "001": "evals/gold/f9d800ded702b085.json",
    "002": "evals/gold/a2b2248e483936df.json",
}
NEGATIONS = re.compile(r"\b(?:not|no|never|none|nor|without|cannot)\b|n[\u2019']t\b", re.I)
CURLY = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'"})

cases: list[dict[str, Any]] = []


def add(category: str, expect: bool, why: str, **case: Any) -> None:
    cases.append(
        {"id": f"{category}-{len(cases):04d}", "category": category, "expect": expect,
         "why": why, **case}
    )  # fmt: skip


def text_of(seed: str) -> str:
    return (ROOT / SEEDS[seed]).read_text(encoding="utf-8")


def gold_of(seed: str) -> dict[str, Any]:
    return json.loads((ROOT / GOLD[seed]).read_text(encoding="utf-8"))["facts"]


def passages(seed: str) -> list[str]:
    facts = gold_of(seed)
    found: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "evidence":
                    found.extend(value)
                else:
                    walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(facts)
    return list(dict.fromkeys(found))


def paragraphs(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n") if line.strip()]


# --- locate: legitimate variants -------------------------------------------------------------


def locate_cases(seed: str) -> None:
    article = SEEDS[seed]
    text = text_of(seed)
    for passage in passages(seed):
        words = passage.split()
        add("locate-exact", True, "the gold passage as is", check="locate", article=article,
            passage=passage)  # fmt: skip
        if passage.translate(CURLY) != passage:
            add("locate-quotes", True, "straight quotes for typographic ones", check="locate",
                article=article, passage=passage.translate(CURLY))  # fmt: skip
        reflowed = "\n ".join("  ".join(words[i : i + 3]) for i in range(0, len(words), 3))
        add("locate-whitespace", True, "reflowed whitespace", check="locate", article=article,
            passage="  " + reflowed)  # fmt: skip
        add("locate-case", True, "case changed", check="locate", article=article,
            passage=passage.upper() if len(passage) % 2 else passage.lower())  # fmt: skip
        stripped = passage.rstrip('.,\u201d"')
        if stripped != passage:
            add("locate-punctuation", True, "trailing punctuation dropped", check="locate",
                article=article, passage=stripped)  # fmt: skip
        add("locate-punctuation", True, "a closing period added", check="locate",
            article=article, passage=stripped + ".")  # fmt: skip
        add("locate-quoted", True, "wrapped in quotation marks", check="locate",
            article=article, passage=f"\u201c{stripped}\u201d")  # fmt: skip
        if "\u2014" in passage or "\u2013" in passage:
            add("locate-dash", True, "hyphen for a dash", check="locate", article=article,
                passage=passage.replace("\u2014", " - ").replace("\u2013", "-"))  # fmt: skip
        # ellipsis inside one sentence: drop a middle run of words with no negation in it
        if len(words) >= 12:
            head, middle, tail = words[:4], words[4:-4], words[-4:]
            if not NEGATIONS.search(" ".join(middle)) and len(" ".join(middle)) < 200:
                add("locate-ellipsis", True, "an ellipsis for words inside one passage",
                    check="locate", article=article,
                    passage=" ".join(head) + " \u2026 " + " ".join(tail))  # fmt: skip
                add("locate-ellipsis", True, "three dots for words inside one passage",
                    check="locate", article=article,
                    passage=" ".join(head) + " ... " + " ".join(tail))  # fmt: skip
        # --- must fail -----------------------------------------------------------------------
        first, last = words[0], words[-1]
        if len(first) >= 4 and first[0].isalnum() and first[1].isalnum():
            add("locate-cut-start", False, "starts inside a word", check="locate",
                article=article, passage=passage[1:])  # fmt: skip
        core = last.rstrip(".,\u201d\"'!?:;")
        if len(core) >= 4 and core[-1].isalnum() and core[-2].isalnum():
            cut = passage[: passage.rindex(core) + len(core) - 1]
            add("locate-cut-end", False, "ends inside a word", check="locate",
                article=article, passage=cut)  # fmt: skip
        for number in re.finditer(r"\b\d{2,}\b", passage):
            digits = number.group()
            add("locate-number-cut", False, f"{digits[1:]} is cut from {digits}", check="locate",
                article=article, passage=digits[1:] + passage[number.end() :])  # fmt: skip
            add("locate-number-cut", False, f"{digits[:-1]} is cut from {digits}", check="locate",
                article=article, passage=passage[: number.start()] + digits[:-1])  # fmt: skip
            changed = str(int(digits) + 1)
            add("locate-number-changed", False, f"{changed} is not {digits}", check="locate",
                article=article,
                passage=passage[: number.start()] + changed + passage[number.end() :])  # fmt: skip
        add("locate-stray-fragment", False, "one character after an ellipsis", check="locate",
            article=article, passage=stripped + " \u2026 a")  # fmt: skip
        add("locate-stray-fragment", False, "one short word after an ellipsis", check="locate",
            article=article, passage=stripped + " ... the")  # fmt: skip
        negation = NEGATIONS.search(passage)
        if negation and len(words) >= 8:
            left = passage[: negation.start()].split()
            right = passage[negation.end() :].split()
            if len(left) >= 2 and len(right) >= 3:
                add("locate-drops-negation", False, "the ellipsis drops a negation",
                    check="locate", article=article,
                    passage=" ".join(left[-6:]) + " \u2026 " + " ".join(right[1:7]))  # fmt: skip
    paras = [p for p in paragraphs(text) if len(p.split()) >= 10]
    for index in range(len(paras) - 2):
        first, later = paras[index].split(), paras[index + 2].split()
        add("locate-splice-paragraphs", False, "pieces from two paragraphs apart",
            check="locate", article=article,
            passage=" ".join(first[:6]) + " \u2026 " + " ".join(later[-6:]))  # fmt: skip
        add("locate-splice-order", False, "pieces out of article order", check="locate",
            article=article,
            passage=" ".join(later[:6]) + " \u2026 " + " ".join(first[-6:]))  # fmt: skip


# --- support: numbers --------------------------------------------------------------------------

BILL = "sanctions[0]"
SENTENCE_84 = "and the bill currently has 84 co-sponsors."
TARIFF = "500 percent tariffs"


def number_cases() -> None:
    article = SEEDS["001"]
    count, tariff = f"{BILL}.counts[0].value", f"{BILL}.tariff_rate_percent"  # the co-sponsor Count

    def q(value: float, qualifier: str = "exact") -> dict[str, Any]:
        return {"value": value, "qualifier": qualifier}

    def support(category: str, expect: bool, why: str, path: str, value: Any,
                edits: list[list[str]] | None = None) -> None:  # fmt: skip
        add(category, expect, why, check="support", article=article, path=path,
            set={path: value}, edits=edits or [])  # fmt: skip

    support("number-correct", True, "84 co-sponsors", count, q(84))
    support("number-correct", True, "500 percent tariffs", tariff, q(500))
    for wrong, why in [
        (500, "500 is the tariff rate, not the count"),
        (2025, "2025 is the year in the bill's name"),
        (85, "85 is not stated"),
        (4, "4 is a digit of 84"),
        (8, "8 is a digit of 84"),
        (16, "16 is a day of the month (Oct. 16)"),
        (21, "21 is a day of the month (Oct. 21)"),
        (840, "840 is not stated"),
    ]:
        support("number-wrong-field", False, why, count, q(wrong))
    for wrong, why in [
        (84, "84 is the co-sponsor count"),
        (2025, "2025 is a year"),
        (50, "50 is a cut of 500"),
        (5000, "5000 is not stated"),
        (15, "15 is a day of the month"),
    ]:
        support("number-wrong-field", False, why, tariff, q(wrong))
    for qualifier in ("about", "more_than", "at_least", "less_than", "at_most"):
        support("number-qualifier", False, f"the article says exactly 84, not {qualifier}",
                count, q(84, qualifier))  # fmt: skip
    variants = [
        ("about 80 co-sponsors", 80, "about", True),
        ("about 80 co-sponsors", 80, "exact", False),
        ("about 80 co-sponsors", 80, "more_than", False),
        ("more than 80 co-sponsors", 80, "more_than", True),
        ("more than 80 co-sponsors", 80, "exact", False),
        ("more than 80 co-sponsors", 80, "about", False),
        ("nearly 85 co-sponsors", 85, "about", True),
        ("nearly 85 co-sponsors", 85, "exact", False),
        ("at least 80 co-sponsors", 80, "at_least", True),
        ("at least 80 co-sponsors", 80, "exact", False),
        ("up to 90 co-sponsors", 90, "at_most", True),
        ("up to 90 co-sponsors", 90, "more_than", False),
        ("fewer than 90 co-sponsors", 90, "less_than", True),
        ("fewer than 90 co-sponsors", 90, "exact", False),
        ("eighty-four co-sponsors", 84, "exact", True),
        ("eighty four co-sponsors", 84, "exact", True),
        ("exactly 84 co-sponsors", 84, "exact", True),
        ("exactly 84 co-sponsors", 84, "about", False),
        ("roughly 84 co-sponsors", 84, "about", True),
        ("84 cosponsors", 84, "exact", True),
        ("84 co-sponsors from both parties", 84, "exact", True),
        ("84 senators as co-sponsors", 84, "exact", True),
        ("1,284 co-sponsors", 284, "exact", False),
        ("1,284 co-sponsors", 1284, "exact", True),
        ("84.5 co-sponsors", 84, "exact", False),
    ]
    for written, value, qualifier, expect in variants:
        support("number-variant", expect, f"article says {written!r}; value {qualifier} {value}",
                count, q(value, qualifier), [["84 co-sponsors", written]])  # fmt: skip
    support("number-wrong-field", False, "about 80 co-sponsors is not a tariff of 80", tariff,
            q(80, "about"), [["84 co-sponsors", "about 80 co-sponsors"]])  # fmt: skip
    for written, value, expect in [
        ("500% tariffs", 500, True),
        ("500 per cent tariffs", 500, True),
        ("five hundred percent tariffs", 500, True),
        ("tariffs of 500 percent", 500, True),
        ("500 tariffs", 500, False),
        ("1,500 percent tariffs", 500, False),
        ("500 percent tariffs", 5, False),
    ]:
        support("number-unit", expect, f"article says {written!r}; tariff {value}", tariff,
                q(value), [[TARIFF, written]])  # fmt: skip
    # ceasefire duration (seed 002)
    truce = "ceasefires[0].duration_days"
    for written, value, qualifier, expect in [
        ("a 30-day ceasefire", 30, "exact", True),
        ("a 30-day ceasefire", 31, "exact", False),
        ("a 30-day ceasefire", 3, "exact", False),
        ("a 30-day ceasefire", 30, "about", False),
        ("a thirty-day ceasefire", 30, "exact", True),
        ("a ceasefire of about 30 days", 30, "about", True),
        ("a ceasefire of about 30 days", 30, "exact", False),
        ("a ceasefire of up to 30 days", 30, "at_most", True),
        ("a 30-hour ceasefire", 30, "exact", False),
        ("a ceasefire lasting 30 weeks", 30, "exact", False),
    ]:
        add("number-duration", expect, f"article says {written!r}; {qualifier} {value} days",
            check="support", article=SEEDS["002"], path=truce,
            set={truce: {"value": value, "qualifier": qualifier}},
            edits=[["a 30-day ceasefire", written]])  # fmt: skip


# --- support: people, places, titles, speakers -------------------------------------------------


def name_cases() -> None:
    a1, a0, a2 = SEEDS["001"], SEEDS["000"], SEEDS["002"]
    sponsor = f"{BILL}.sponsors[0]"
    for value, expect, why in [
        ("Lindsey Graham", True, "the one who introduced the bill"),
        ("Graham", True, "surname alone"),
        ("Sen. Lindsey Graham", True, "with his title"),
        ("Senator Lindsey Graham", True, "title spelled out"),
        ("Lindsey O. Graham", True, "with a middle initial"),
        ("John Thune", False, "named in the evidence, but he schedules the vote"),
        ("Thune", False, "surname of the one scheduling the vote"),
        ("Donald Trump", False, "named in the evidence as the one to be granted authority"),
        ("Trump", False, "named in the evidence as the one to be granted authority"),
        ("Lindsey Halligan", False, "shares only a first name"),
        ("John Graham", False, "the surname with a conflicting first name"),
        ("Billy Graham", False, "the surname with a conflicting first name"),
        ("Lindsey Grahams", False, "a different surname"),
        ("Marco Rubio", False, "not in the bill's evidence"),
        ("Graham and Thune", False, "one of the two did not introduce it"),
    ]:
        add("person-sponsor", expect, why, check="support", article=a1, path=sponsor,
            set={sponsor: value})  # fmt: skip
    threat = "sanctions[1].sponsors[0]"
    for value, expect, why in [
        ("Pete Hegseth", True, "he warned"),
        ("Defense Secretary Pete Hegseth", True, "with his title"),
        ("Hegseth", True, "surname"),
        ("Pete Buttigieg", False, "shares only a first name"),
        ("Donald Trump", False, "not in the threat's evidence"),
    ]:
        add("person-sponsor", expect, why, check="support", article=a1, path=threat,
            set={threat: value})  # fmt: skip
    place = "summits[0].planned_location"
    for value, expect, why in [
        ("Budapest, Hungary", True, "the planned place"),
        ("Budapest", True, "the city alone"),
        ("Bucharest, Hungary", False, "another city; only the country word is shared"),
        ("Bucharest", False, "another city"),
        ("Budapest, Romania", False, "the wrong country"),
        ("Vienna, Hungary", False, "another city; only the country word is shared"),
        ("Alaska", False, "the earlier summit's place"),
        ("Anchorage, Alaska", False, "the earlier summit's region"),
        ("Moscow", False, "named in the article, but not as the place of this summit"),
        ("Washington", False, "the dateline, not the place of this summit"),
        ("Buda", False, "a cut of Budapest"),
    ]:
        add("place", expect, why, check="support", article=a1, path=place,
            set={place: value})  # fmt: skip
    for value, expect, why in [
        ("Alaska", False, "the earlier summit's place, with no previous meeting recorded"),
        ("Budapest", True, "the planned place, with no previous meeting recorded"),
    ]:
        add("place", expect, why, check="support", article=a1, path=place,
            set={place: value, "summits[0].previous_meeting": None})  # fmt: skip
    add("place", True, "a held summit's place may be past tense", check="support", article=a0,
        path="summits[2].planned_location", set={})  # fmt: skip
    name = f"{BILL}.name"
    for value, expect, why in [
        ("Sanctioning Russia Act of 2025", True, "the title"),
        ("the Sanctioning Russia Act of 2025", True, "with an article"),
        ("Sanctioning Russia Act", True, "the title without its year"),
        ("Sanctioning Russia Act of 202", False, "a truncated year"),
        ("Sanctioning Russia Act of 2024", False, "the wrong year"),
        ("Sanctioning Iran Act of 2025", False, "the wrong country"),
        ("Sanctioning Russia Act of 20255", False, "a longer number"),
        ("Russia Sanctions Act of 2025", False, "words reordered into another title"),
        ("Sanctioning Russian Act of 2025", False, "a word changed"),
    ]:
        add("title", expect, why, check="support", article=a1, path=name,
            set={name: value})  # fmt: skip
    # speakers (quote index, speaker)
    speakers001 = [
        (0, "a White House official", True, "the attribution after the quote"),
        (0, "Donald Trump", False, "Trump is named only inside the quoted words"),
        (0, "Marco Rubio", False, "Rubio is named only inside the quoted words"),
        (0, "Sergey Lavrov", False, "Lavrov is named only inside the quoted words"),
        (1, "a White House official", True, "continues the official's statement"),
        (1, "Donald Trump", False, "the official's words, naming Trump inside"),
        (1, "Vladimir Putin", False, "the official's words, naming Putin inside"),
        (2, "Donald Trump", True, "Trump said ...:"),
        (2, "President Trump", True, "title and surname"),
        (2, "Trump", True, "surname"),
        (2, "Mr. Trump", True, "honorific and surname"),
        (2, "a White House official", False, "White House is the topic, not the speaker"),
        (2, "Donald Tusk", False, "another Donald"),
        (3, "Donald Trump", True, "'the president said' refers back to Trump"),
        (3, "a White House official", False, "the president said it"),
        (4, "Donald Trump", True, "Trump described it"),
        (5, "Donald Trump", True, "Trump wrote"),
        (5, "Vladimir Putin", False, "Putin is named inside Trump's post"),
        (6, "Donald Trump", True, "Trump told reporters"),
        (6, "Vladimir Putin", False, "Putin is named in the sentence, not as speaker"),
        (9, "Pete Hegseth", True, "'he said' refers back to Hegseth"),
        (9, "Hegseth", True, "surname"),
        (9, "Donald Trump", False, "Hegseth's words"),
        (10, "Pete Hegseth", True, "continues Hegseth's quote"),
        (10, "Donald Trump", False, "Hegseth's words"),
        (11, "Donald Trump", True, "Trump said India had pledged ..."),
        (11, "India", False, "India is reported, Trump said the words"),
        (12, "Donald Trump", True, "... Trump said"),
        (12, "Marco Rubio", False, "not the speaker"),
        (13, "Donald Trump", True, "continues Trump's quote"),
        (13, "China", False, "named inside the quote"),
    ]
    for index, value, expect, why in speakers001:
        path = f"quotes[{index}].speaker"
        add("speaker", expect, why, check="support", article=a1, path=path,
            set={path: value})  # fmt: skip
    for index, value, expect, why in [
        (0, "Donald Trump", True, "President Trump told reporters"),
        (3, "Volodymyr Zelenskyy", True, "a spelling variant of Zelensky"),
        (3, "Zelenskiy", True, "a spelling variant"),
        (3, "Vladimir Putin", False, "Putin is not named; Russia is inside the quote"),
        (4, "Volodymyr Zelensky", True, "continues Zelensky's post"),
        (2, "Donald Trump", False, "a White House official noted it"),
        (2, "a White House official", True, "A White House official noted"),
    ]:
        path = f"quotes[{index}].speaker"
        add("speaker", expect, why, check="support", article=a0, path=path,
            set={path: value})  # fmt: skip
    for index, value, expect, why in [
        (3, "Steve Witkoff", False, "American diplomats said it; Witkoff is elsewhere"),
        (3, "American diplomats", True, "the attribution"),
        (0, "Putin", True, "Putin stated"),
        (1, "Vladimir Putin", True, "continues Putin's statement"),
        (1, "Volodymyr Zelenskyy", False, "not the speaker"),
        (2, "Scott Bessent", True, "Trump and Treasury Secretary Scott Bessent threatening"),
        (2, "Vladimir Putin", False, "Putin is the one threatened"),
    ]:
        path = f"quotes[{index}].speaker"
        add("speaker", expect, why, check="support", article=a2, path=path,
            set={path: value})  # fmt: skip


# --- accountability: metadata, free text, facts without evidence -------------------------------


def accountability_cases() -> None:
    a1, a0 = SEEDS["001"], SEEDS["000"]
    for path, value, expect, why in [
        ("article.byline", "Arjun Singh", True, "credited at the end"),
        ("article.byline", "Arjun Sing", False, "a cut surname"),
        ("article.byline", "Arjun Kapoor", False, "a different surname"),
        ("article.byline", "Jane Doe", False, "made up"),
        ("article.outlet", "The Epoch Times", True, "named in the text"),
        ("article.outlet", "Epoch Times", True, "without the article"),
        ("article.outlet", "The New York Times", False, "not named"),
        ("article.outlet", "Reuters", False, "not named"),
        ("article.published", "2025-10-21", False, "Oct. 21 is an event date with no year"),
        ("article.published", "2025-10-16", False, "Oct. 16 is an event date with no year"),
        ("article.headline", "Trump Cancels Putin Summit", False, "made up"),
        ("people[0].name", "Joe Biden", False, "not in this article"),
        ("people[0].name", "Donald Trump", True, "named"),
        ("people[3].name", "Sergei Lavrov", True, "a spelling variant of Sergey"),
        ("people[6].name", "Lindsey Halligan", False, "shares only a first name"),
    ]:
        add("metadata", expect, why, check="support", article=a1, path=path,
            set={path: value})  # fmt: skip
    for path, value, expect, why in [
        ("article.headline", "Second Trump-Putin Summit on Hold After Rubio's Call With Russian "
         "Officials", True, "the headline, straight apostrophe"),
        ("article.headline", "Second Trump-Putin Summit Cancelled After Rubio's Call", False,
         "a changed headline"),
        ("article.outlet", "Conservative Fix", True, "named in the page's navigation"),
    ]:  # fmt: skip
        add("metadata", expect, why, check="support", article=a0, path=path,
            set={path: value})  # fmt: skip
    for text, expect, why in [
        ("Sen. Lindsey Graham's bill has 84 co-sponsors.", True, "numbers and names stated"),
        ("Sen. Lindsey Graham's bill has 85 co-sponsors.", False, "85 is not stated"),
        ("Sen. Lindsey Graham's bill has eighty-five co-sponsors.", False, "85 in words"),
        ("Joe Biden criticised the decision.", False, "Biden is not in this article"),
        ("Trump and Putin met in Alaska in August.", True, "stated"),
        ("Trump and Putin met in Anchorage in August.", False, "Anchorage is not stated"),
        ("Sergei Lavrov spoke with Rubio.", True, "a spelling variant of Sergey"),
        ("The tariffs would be 600 percent.", False, "600 is not stated"),
        ("The United States would impose tariffs.", True, "stated"),
        ("Trump spoke with Putin on Oct. 17.", False, "17 is not stated"),
    ]:
        add("free-text", expect, why, check="unstated", article=a1, path="summary",
            set={"summary": text})  # fmt: skip
    add("unevidenced", False, "a summit with a status and no evidence", check="unevidenced",
        article=a1, path="summits[0]", set={"summits[0].evidence": []})  # fmt: skip
    add("unevidenced", False, "a bill with a count and no evidence", check="unevidenced",
        article=a1, path="sanctions[0]", set={"sanctions[0].evidence": []})  # fmt: skip
    add("unevidenced", True, "the gold summit has evidence", check="unevidenced",
        article=a1, path="summits[0]", set={})  # fmt: skip
    add("unevidenced", False, "an opinion with no evidence", check="unevidenced",
        article=a0, path="opinions[0]", set={"opinions[0].evidence": []})  # fmt: skip
    add("unsupported-without-evidence", False, "a count with no evidence is not supported",
        check="support", article=a1, path=f"{BILL}.counts[0].value",
        set={f"{BILL}.evidence": []})  # fmt: skip


def build_cases() -> list[dict[str, Any]]:
    cases.clear()
    for seed in SEEDS:
        locate_cases(seed)
    number_cases()
    name_cases()
    accountability_cases()
    return list(cases)


def main() -> None:
    build_cases()
    OUT.write_text(
        "".join(json.dumps(case, ensure_ascii=False) + "\n" for case in cases), encoding="utf-8"
    )
    print(f"{len(cases)} cases -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
