"""The OpenAI Batch API: submit many articles at once, collect the results a day later.

Batch requests cost half as much and do not count against the online rate limits, at the price
of latency (up to the completion window, 24h) and of instructor's re-ask loop: a batch answer is
final, so an answer that fails validation becomes an error result, never a second request.

Four steps, each usable alone because everything a later step needs is in the job file:

1. :func:`build_requests`: one JSONL line per article whose ``body`` is the exact
   ``chat.completions`` body the online path (:func:`summarizer.summarize`) sends for that
   article. It is produced by running that very call (same ``prepare``, same instructor
   request plan, same SDK) against a transport that keeps the request and stops it, so the two
   cannot drift.
2. :func:`submit`: upload the JSONL (``purpose="batch"``), create the batch, return a
   :class:`BatchJob` (save it with :meth:`BatchJob.save`).
3. :func:`status` / :func:`wait`: where the batch is.
4. :func:`collect`: download the output and error files and turn every line into the same
   :class:`SummaryResult` the online path returns: the same plan's parser (instructor's, for
   the mode), the schema's validation, grounding against the article text. Every submitted
   article gets a result; lines in the error file, failed validation and articles with no
   line at all become results with ``error`` set, so nothing is silently dropped.
"""

from summarizer.llm.batch.collect import collect
from summarizer.llm.batch.jobs import CHAT_COMPLETIONS, BatchJob, BatchNotReadyError, BatchStatus
from summarizer.llm.batch.requests import build_requests, encode_jsonl
from summarizer.llm.batch.submit import status, submit, wait

__all__ = [
    "CHAT_COMPLETIONS",
    "BatchJob",
    "BatchNotReadyError",
    "BatchStatus",
    "build_requests",
    "collect",
    "encode_jsonl",
    "status",
    "submit",
    "wait",
]
