"""Measuring the second reader on outside checks: false alarms it clears, catches it loses.

For each check, the gold facts of every article are grounded and the second reader
(:mod:`summarizer.llm.second_reader`) is asked about their unconfirmed values: every one it
clears is a false alarm gone. Then each plant whose only catching flags are unconfirmed is
grounded and read the same way: when every such flag is cleared, the planted error gets
through (a catch lost). Plants caught by a strong flag cannot be lost and are not asked about.

    python -m tests.second_reader_check 50 51 --local    # ask the packaged Gemma 3 270M, record
    python -m tests.second_reader_check 50 51            # replay the recorded answers

Recording needs the ``local`` extra (README, "A real model on this machine"); the answers go to
``evals/outside/second-reader/<model>/<article-id>.yaml``, one file per article, their origin
line naming the model, engine and settings. Not for checks from 61 on: they are kept to
measure the rules, and later this reader, on pages neither was tuned to.
"""

from __future__ import annotations

import argparse
import copy
import sys
from collections import Counter
from typing import Any

from summarizer.articles import article_from_text
from summarizer.llm.cassettes import cassette_session
from summarizer.llm.client import Settings, settings_from_env
from summarizer.llm.local import LOCAL_MODEL, local_defaults
from summarizer.llm.second_reader import second_read
from summarizer.results import GroundingReport
from summarizer.schema import ArticleFacts
from summarizer.verification.grounding import ground
from tests.grounding_cases import set_path
from tests.outside_checks import CHECKS, _lines, _near

FOLDER = CHECKS / "second-reader"


def _read(
    text: str, facts: dict[str, Any], settings: Settings, keep: Any = None
) -> tuple[GroundingReport, GroundingReport]:
    """(the rules' report, the report after the second reader) for ``facts``; ``keep`` picks
    the support checks the reader is shown (default: all)."""
    model = ArticleFacts.model_validate(facts)
    report = ground(model, text)
    shown = report
    if keep is not None:
        shown = report.model_copy(update={"support": [c for c in report.support if keep(c)]})
    article = article_from_text(text)
    return report, second_read(text, model, shown, article_id=article.id, settings=settings)


def measure(number: str, settings: Settings, out: Counter[str], lines: list[str]) -> None:
    """Add check ``number``'s counts to ``out`` and its readings to ``lines``."""
    directory = CHECKS / f"check-{number}"
    for article in _lines(directory / "articles.jsonl"):
        text, facts = article["text"], article["facts"]
        gold, read = _read(text, facts, settings)
        seen = {(c.path, c.value) for c in gold.support if not c.supported}
        tally = read.second_reader
        if tally is not None:
            out["gold asked"] += tally.asked
            out["false alarms cleared"] += tally.cleared
            out["gold failed"] += tally.failed
        out["gold unconfirmed"] += len(gold.unconfirmed)
        for check in read.support:
            if check.second_reading is not None:
                reading = check.second_reading
                lines.append(
                    f"{number} {article['id']} gold {check.path} = {check.value!r}: "
                    f"{reading.outcome} ({reading.verdict}) {reading.reason}"
                )
        for plant in article["plants"]:
            planted = copy.deepcopy(facts)
            set_path(planted, plant["path"], plant["value"])
            report = ground(ArticleFacts.model_validate(planted), text)
            new = [
                c
                for c in report.support
                if not c.supported
                and (c.path, c.value) not in seen
                and _near(c.path, plant["path"])
            ]
            if not new or any(not c.unconfirmed for c in new):
                continue  # missed anyway, or caught by a strong flag: nothing to lose
            out["plants caught only unconfirmed"] += 1
            wanted = {(c.path, c.value) for c in new}
            _, after = _read(text, planted, settings, lambda c, w=wanted: (c.path, c.value) in w)
            left = [c for c in after.unsupported if (c.path, c.value) in wanted]
            asked = [c for c in after.support if c.second_reading is not None]
            out["plants asked about"] += bool(asked)
            out["catches lost"] += not left
            for check in asked:
                reading = check.second_reading
                assert reading is not None
                lines.append(
                    f"{number} {article['id']} plant {plant['id']} {check.path} = "
                    f"{check.value!r}: {reading.outcome} ({reading.verdict}) {reading.reason}"
                )


FIRST_UNSEEN = 61  # checks from here on were built after the reader's design


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("numbers", nargs="+", help="check numbers")
    parser.add_argument("--local", action="store_true", help="ask the local model and record")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every reading")
    args = parser.parse_args(argv)
    if any(number.isdigit() and int(number) >= FIRST_UNSEEN for number in args.numbers):
        parser.error(f"checks from {FIRST_UNSEEN} on are kept as unseen measures: not here")
    out: Counter[str] = Counter()
    lines: list[str] = []
    folder = FOLDER / LOCAL_MODEL
    if args.local:
        from summarizer.llm.local import local_server

        with local_server(True) as server:
            assert server is not None
            settings = settings_from_env(**server.overrides({}))
            origin = (
                f"recorded-from 127.0.0.1, {server.description}, second reader, mode "
                f"{settings.mode}, temperature {settings.temperature}"
            )
            for number in args.numbers:  # one session a check: its files are written at its end
                with cassette_session(folder, "record", origin=origin):
                    measure(number, settings, out, lines)
                print(f"check-{number}: {dict(out)}", flush=True)
    else:
        settings = settings_from_env(offline=True, **local_defaults({"model": LOCAL_MODEL}))
        with cassette_session(folder, "replay"):
            for number in args.numbers:
                measure(number, settings, out, lines)
    if args.verbose:
        print("\n".join(lines))
    print(", ".join(f"{key} {value}" for key, value in sorted(out.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
