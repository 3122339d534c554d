"""Who the article says spoke a quotation.

A quote's speaker is read from the words around its quotation marks, never from the quoted
words themselves:
- after the closing mark, an attribution that starts right there (", Trump said", ", said
  Kremlin spokesman Dmitry Peskov", ", a White House official said in a statement");
- before the opening mark, the speech verb of the clause that leads into the quote ("Trump
  said ...:", "Merz warned that Moscow would face ..."): the last clause with a speech verb
  (clauses part at ";", "while", "whereas", ", but"), its first speech verb (later ones are
  reported speech: "Trump said India had pledged ..."), and that verb's subject: the comma
  chunk before it, skipping appositives, relative clauses and participles ("Zelenskyy, who met
  Trump on Friday, said" has Zelenskyy as subject, not Trump). "According to X" counts only
  when no other speech verb does;
- when the subject points back ("he said", "the president said") or the quote stands alone
  (a continued statement), the nearest earlier attribution within two paragraphs decides.
A name after a verb ("Putin told Trump") is the listener, not the speaker; an inverted
"said X" counts only right after the closing mark.
"""

from __future__ import annotations

from collections.abc import Sequence

from .article import ArticleText, Token
from .names import find_named, split_people

SPEECH_VERBS = frozenset(
    [
        "said",
        "say",
        "says",
        "saying",
        "told",
        "tell",
        "tells",
        "telling",
        "wrote",
        "write",
        "writes",
        "writing",
        "stated",
        "stating",
        "added",
        "adds",
        "adding",
        "asked",
        "asks",
        "noted",
        "notes",
        "noting",
        "posted",
        "tweeted",
        "declared",
        "declares",
        "warned",
        "warns",
        "warning",
        "argued",
        "argues",
        "insisted",
        "insists",
        "explained",
        "explains",
        "replied",
        "remarked",
        "commented",
        "claimed",
        "claims",
        "urged",
        "urges",
        "urging",
        "emphasized",
        "emphasised",
        "emphasizing",
        "emphasising",
        "stressed",
        "stresses",
        "acknowledged",
        "conceded",
        "hinted",
        "suggested",
        "described",
        "describes",
        "recalled",
        "predicted",
        "announced",
        "announces",
        "continued",
        "concluded",
        "according",
        "quipped",
        "responded",
        "confirmed",
        "confirms",
        "cautioned",
        "contended",
        "observed",
        "threatened",
        "threatening",
        "threatens",
        "vowed",
        "vowing",
        "called",
        "calling",
        "dubbed",
        "termed",
        "labeled",
        "labelled",
        "agreed",
        "answered",
        "countered",
        "retorted",
        "joked",
    ]
)
_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "it", "you"})
_CLAUSE_WORDS = frozenset({"while", "whereas"})
_ASIDE_STARTS = frozenset({"who", "which", "whose", "where", "when", "a", "an", "the"})
_QUOTE_MARKS = '\u201c\u201d"'

Verdict = str  # "yes", "back" (refers to an earlier speaker), "other", "none"


def _gap(text: str, left: Token, right: Token) -> str:
    return text[left.end : right.start]


def _clauses(tokens: list[Token], text: str) -> list[list[Token]]:
    """The tokens split where a new clause with its own subject may start."""
    clauses: list[list[Token]] = [[]]
    for index, token in enumerate(tokens):
        if index:
            gap = _gap(text, tokens[index - 1], token)
            if (
                ";" in gap
                or any(mark in gap for mark in _QUOTE_MARKS)
                or token.norm in _CLAUSE_WORDS
                or (token.norm == "but" and "," in gap)
            ):
                clauses.append([])
        clauses[-1].append(token)
    return [clause for clause in clauses if clause]


def _subject(tokens: list[Token], verb: int, text: str) -> list[Token]:
    """The subject of ``tokens[verb]``: the last comma chunk before it that is not an aside
    (an appositive, a relative clause or a participle following an earlier chunk)."""
    chunks: list[list[Token]] = [[]]
    for index in range(verb):
        if index and "," in _gap(text, tokens[index - 1], tokens[index]):
            chunks.append([])
        chunks[-1].append(tokens[index])
    chunks = [chunk for chunk in chunks if chunk]
    while len(chunks) > 1:
        head = chunks[-1][0]
        if head.norm in _ASIDE_STARTS or (head.norm.endswith("ing") and not head.capitalised):
            chunks.pop()
            continue
        break
    return chunks[-1][-20:] if chunks else []


def _refers_back(subject: list[Token]) -> bool:
    if not subject:
        return True
    if subject[-1].norm in _PRONOUNS:
        return True
    return subject[0].norm == "the" and not any(t.capitalised for t in subject[1:])


def _named_at_end(parts: list[str], subject: list[Token], wide: Sequence[Token]) -> bool:
    """The speaker's last (or only) part ends the subject (within three tokens: "Trump
    later told"), any other parts ("U.K., France and other nations") stand earlier."""
    if not subject:
        return False
    if not any(len(subject) - 1 - last <= 3 for _, last in find_named(parts[-1], subject)):
        return False
    return all(find_named(part, wide) for part in parts[:-1])


def _named_at_start(parts: list[str], tokens: Sequence[Token]) -> bool:
    if not tokens or not all(find_named(part, tokens) for part in parts):
        return False
    return any(first <= 3 for first, _ in find_named(parts[0], tokens))


def _judge(parts: list[str], tokens: list[Token], verb: int, text: str) -> Verdict:
    if tokens[verb].norm == "according":  # "according to X"
        return "yes" if _named_at_start(parts, tokens[verb + 2 : verb + 10]) else "other"
    subject = _subject(tokens, verb, text)
    if _named_at_end(parts, subject, tokens[max(verb - 30, 0) : verb]):
        return "yes"
    return "back" if _refers_back(subject) else "other"


def lead_in(tokens: list[Token], speaker: str, text: str) -> Verdict:
    """Verdict of the words leading into a quote (or of a whole earlier sentence)."""
    parts = split_people(speaker)
    for clause in reversed(_clauses(tokens, text)):
        verbs = [i for i, t in enumerate(clause) if t.norm in SPEECH_VERBS]
        if not verbs:
            continue
        plain = [i for i in verbs if clause[i].norm != "according"]
        # a verb with no subject of its own opens a participle ("Asked about X, Rubio said")
        with_subject = [i for i in plain if _subject(clause, i, text)]
        return _judge(parts, clause, (with_subject or plain or verbs)[0], text)
    return "none"


def tail(tokens: list[Token], speaker: str, text: str) -> Verdict:
    """Verdict of the words right after a closing quotation mark."""
    parts = split_people(speaker)
    clause = _clauses(tokens, text)[0] if tokens else []
    for verb, token in enumerate(clause[:8]):
        if token.norm not in SPEECH_VERBS:
            continue
        if verb == 0:  # "..." said Trump
            following = clause[1:9]
            return (
                "yes"
                if _named_at_start(parts, following)
                else ("back" if following and following[0].norm in _PRONOUNS else "other")
            )
        return _judge(parts, clause, verb, text)
    return "none"


def _outside_quotes(article: ArticleText, start: int, end: int) -> list[Token]:
    return [t for t in article.tokens_in(start, end) if not article.in_quotes(t.start)]


def _region_verdict(
    article: ArticleText, region: tuple[int, int], speaker: str
) -> tuple[Verdict, int]:
    """Verdict of the attribution around one quoted region, and the index of the first
    sentence it stands in."""
    text = article.text
    first_sentence = article.sentence_at(max(region[0] - 1, 0))
    last_sentence = article.sentence_at(region[1])
    sentence_start = article.sentences[first_sentence][0]
    sentence_end = article.sentences[last_sentence][1]
    following = [q for q in article.quoted if region[1] < q[0] < sentence_end]
    after_end = following[0][0] - 1 if following else sentence_end
    before = _outside_quotes(article, sentence_start, region[0])
    after = _outside_quotes(article, region[1] + 1, after_end)
    verdicts = [tail(after, speaker, text), lead_in(before, speaker, text)]
    for verdict in ("yes", "other", "back"):
        if verdict in verdicts:
            return verdict, first_sentence
    return "none", first_sentence


def attribute(article: ArticleText, span_start: int, span_end: int, speaker: str) -> bool:
    """Whether the quote located at ``[span_start, span_end)`` is attributed to ``speaker``:
    by the words around its own quotation marks, else by the nearest earlier attribution
    (an earlier quote's, or an earlier sentence's) within two paragraphs."""
    region = article.quoted_region_at(span_start) or (span_start, span_end)
    verdict, sentence = _region_verdict(article, region, speaker)
    paragraph = article.paragraph_at(region[0])
    for index in range(sentence - 1, max(sentence - 8, -1), -1):
        if verdict != "back" and verdict != "none":
            break
        start, end = article.sentences[index]
        if paragraph - article.paragraph_at(start) > 2:
            break
        quotes = [q for q in article.quoted if start <= q[0] < end]
        if quotes:
            verdict, _ = _region_verdict(article, quotes[-1], speaker)
        else:
            verdict = lead_in(_outside_quotes(article, start, end), speaker, article.text)
    return verdict == "yes"
