"""Author the second reader's end-to-end cassette in ``tests/cassettes/second_reader/`` by hand.

No model endpoint is reachable where this project is developed, so this cassette is not a
recording of a model: the *real* pipeline (``summarize`` and then
:func:`summarizer.llm.second_reader.second_read`, through the openai SDK, our retry transport
and VCR's recorder) runs against :func:`summarizer.testing.authoring.fake_endpoint`, which
answers with the hand-written turns below, in the OpenAI wire format, naming no real model
(``authored-by-hand``); the file's first line says so. The article
(``tests/data/second_reader/article.txt``) is written for this test.

The turns: the extraction's answer, in which the truce's proposer is wrong ("the union": the
article says the regional labour board put the pause forward, the union accepted it) and the
talks' venue is right but worded so the rules cannot read it as the venue; then the second
reader's two answers, what a capable model would say: the venue is stated (a passage of the
article that holds it and that the rules read as the venue: cleared), the proposer is not (kept).

Re-author after changing the prompt, the schema or the second reader's templates (the replay
test fails until you do):

    python -m tests.author_second_reader_cassette
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from summarizer.articles import load_article
from summarizer.llm.cassettes import cassette_session
from summarizer.llm.client import OFFLINE_MODEL, Settings, openai_client
from summarizer.llm.second_reader import second_read
from summarizer.llm.summarize import summarize
from summarizer.testing.authoring import fake_endpoint

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = ROOT / "tests" / "data" / "second_reader" / "article.txt"
CASSETTES = ROOT / "tests" / "cassettes" / "second_reader"
ORIGIN = (
    "authored by hand. The extraction's answer and the second reader's answers were written by "
    "the summarizer developers in the OpenAI wire format; they are NOT the output of any real "
    "model. Regenerate: python -m tests.author_second_reader_cassette"
)
VENUE = (
    "The venue had been in doubt. Talks were first set for the city hall, but the mayor's office "
    "withdrew the offer on Friday, and the Old Customs House on Quay Street, a museum for most "
    "of the year, agreed to host them instead."
)
PAUSE = (
    "The pause was put forward by the regional labour board, which has handled the dispute since "
    "January, and both the union and the lines accepted it within hours."
)
FACTS: dict[str, Any] = {
    "summits": [
        {
            "parties": ["the port workers' union", "the shipping lines"],
            "status": "scheduled",
            "planned_location": "the Old Customs House",
            "planned_timing": "Thursday",
            "evidence": [VENUE],
        }
    ],
    "ceasefires": [
        {
            "kind": "other",
            "duration_days": {"value": 2, "qualifier": "exact"},
            "proposer": "the union",
            "scope": "walkouts and lockouts",
            "status": "in_effect",
            "evidence": [
                "Both sides have observed a 48-hour pause on walkouts and lockouts since Sunday.",
                PAUSE,
            ],
        }
    ],
    "quotes": [
        {
            "speaker": "Elena Voss",
            "text": "We want a room where nobody is the landlord",
            "evidence": ['"We want a room where nobody is the landlord," she said.'],
        }
    ],
}
READINGS: list[dict[str, Any]] = [
    {
        "verdict": "stated",
        "passage": "Negotiators for the port workers' union and the shipping lines will sit down "
        "on Thursday in the Old Customs House, the mediator's office said on Monday",
    },
    {"verdict": "not_stated", "passage": PAUSE},
]


def author(root: Path = CASSETTES) -> Path:
    """Write the cassette under ``root``; returns its path."""
    article = load_article(ARTICLE)
    folder = root / OFFLINE_MODEL
    folder.mkdir(parents=True, exist_ok=True)
    for stale in folder.glob("*.yaml"):
        stale.unlink()
    settings = Settings(model=OFFLINE_MODEL)
    client = openai_client(settings, transport=fake_endpoint({article.id: [FACTS, *READINGS]}))
    with cassette_session(folder, "record", origin=ORIGIN):
        result = summarize(ARTICLE, settings=settings, client=client)
        assert result.facts is not None
        second_read(
            article.text,
            result.facts,
            result.grounding,
            article_id=article.id,
            settings=settings,
            client=client,
        )
    return folder / f"{article.id}.yaml"


if __name__ == "__main__":
    print(author())
    sys.exit(0)
