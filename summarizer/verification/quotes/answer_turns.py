"""A quote inside an interview's "A:" turn (an outside check's cause, session 36, checks 54
and 77): 'Q: What is the next step? / A: "To consolidate the proposals into one text."' is the
answer of the one the introduction interviews
(:func:`summarizer.verification.quotes.interview_intros.answer_verdict`), as the transcript
readers take an unquoted answer line to be. A quote the answer holds is the interviewee's
own words when nothing in the turn gives them to another:

- the quote's own sentence says nothing before it, or only "I said", "she told them";
- nothing after it in its sentence but "he said", "she added";
- the turn before the quote names no one but the interviewee (its narration "She recalled a
  visit to the team." is about them).

Left to the other readers: a quote the answer relays ('A: The mayor spoke of "..."',
'A: "...," Biden told me.'), a turn that names someone else before the quote ('A: He cited
Merkel. "..."'), the question's turn (the interviewer's), and a page whose introduction names
no one interviewed.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.article import ArticleText
from ..page.tokens import Token, tokenize, word_set
from ..people.names import norms, split_people
from ..sentences.clauses import Verdict
from ..sentences.speech import SPEECH_VERBS
from .interview_intros import answer_verdict, qa_turn

# What may follow an answer's quote in its sentence: the interviewee's own "she said".
_OWN_TAIL = word_set(
    """he she i said says added adds told tells me us replied replies answered answers
    explained explains insisted insists continued went on"""
)
# The interviewee's own voice before a speech verb ("I said", "she told them").
_OWN_VOICE = word_set("he she i we")
# Capitalised words that open a sentence without naming anyone.
_OPENERS = word_set(
    """the a an for in on at but and yes no it that this these those we i she he they our my
    her his there after before asked when then so well look of to as if not"""
)


def answer_credit(article: ArticleText, spans: list[tuple[int, int]], value: str) -> bool:
    """Whether the quote at one of ``spans`` is an "A:" turn's own words and the page's
    introduction says ``value`` is the one interviewed."""
    return answer_holder(article, spans, value) == "yes"


def answer_holder(article: ArticleText, spans: Sequence[tuple[int, int]], value: str) -> Verdict:
    """The verdict "yes" when the quote at one of ``spans`` is an "A:" turn's own words and
    the page's introduction says ``value`` is the one interviewed, "other" when it says
    someone else is ("Reporter Sana Kell sat down with the mayor, Ben Orr": the answers are
    Orr's, not the reporter's), "none" when no such turn holds it or the introduction names
    no one."""
    parts = split_people(value)
    if len(parts) != 1:
        return "none"
    found: Verdict = "none"
    for start, _ in spans:
        region = article.quoted_region_at(start)
        turn = qa_turn(article, start)
        if region is None or turn is None or turn[0] != "a":
            continue
        verdict: Verdict = answer_verdict(article, turn[2], parts)
        if verdict in ("yes", "other") and _own_words(article, region, turn[1], parts[0]):
            if verdict == "yes":
                return "yes"
            found = "other"
    return found


def _own_words(article: ArticleText, region: tuple[int, int], mark: int, value: str) -> bool:
    text = article.text
    sentence = article.sentence_at(max(region[0] - 1, mark))
    start, end = article.sentences[sentence]
    lead = article.outside_quotes(max(start, mark), max(region[0] - 1, start))
    if lead and lead[0].norm in {"a", "answer"} and lead[0].start == mark:
        lead = lead[1:]  # the turn's own mark
    following = [q for q in article.quoted if region[1] < q[0] < end]
    tail = article.outside_quotes(region[1] + 1, following[0][0] if following else end)
    if any(token.norm not in _OWN_TAIL for token in tail):
        return False  # '"...," Biden told me': relayed
    for index, token in enumerate(lead):
        if token.norm in SPEECH_VERBS and (index == 0 or lead[index - 1].norm not in _OWN_VOICE):
            return False  # "The mayor spoke of "..."": another's words
    before = article.outside_quotes(mark, max(region[0] - 1, mark))
    own = set(norms(tokenize(value)))
    return not any(_names_other(text, token, own) for token in before[1:])


def _names_other(text: str, token: Token, own: set[str]) -> bool:
    """Whether a capitalised word of the turn names someone other than the interviewee."""
    if not token.capitalised or token.norm in own or token.is_number:
        return False
    opening = text[: token.start].rstrip()[-1:] in {".", "!", "?", ":", "\n", '"', ""}
    return not (opening and token.norm in _OPENERS)


__all__ = ["answer_credit", "answer_holder"]
