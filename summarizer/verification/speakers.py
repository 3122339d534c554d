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

from collections.abc import Iterator, Sequence

from summarizer.verification.article import ArticleText
from summarizer.verification.names import PARTICLES, TITLES, find_named, split_people
from summarizer.verification.tokens import Token, word_set

SPEECH_VERBS = word_set(
    """said say says saying told tell tells telling wrote write writes writing stated stating
    added adds adding asked asks noted notes noting posted tweeted declared declares warned
    warns warning argued argues insisted insists explained explains replied remarked commented
    claimed claims urged urges urging emphasized emphasised emphasizing emphasising stressed
    stresses acknowledged conceded hinted suggested described describes recalled predicted
    announced announces continued concluded according quipped responded confirmed confirms
    cautioned contended observed threatened threatening threatens vowed vowing called calling
    dubbed termed labeled labelled agreed answered countered retorted joked dismissed"""
)
_PRONOUNS = word_set("he she they we i it you")
_CLAUSE_WORDS = word_set("while whereas")
_ASIDE_STARTS = word_set("who which whose where when a an the")
# Capitalised words that describe rather than name ("the Turkish leader said" points back).
_DESCRIBING = word_set(
    """russian ukrainian american chinese european hungarian indian british iranian israeli
    french german italian polish turkish japanese korean saudi syrian belarusian egyptian
    qatari palestinian"""
)
_LEADING = word_set(
    """on in at after before during since earlier later meanwhile separately also however last
    this speaking asked"""
)
_CLAUSE_MARKS = frozenset(';\u201c\u201d"')  # a new clause starts after any of them

Verdict = str  # "yes", "back" (refers to an earlier speaker), "other", "none"


def _gap(text: str, left: Token, right: Token) -> str:
    return text[left.end : right.start]


def _clauses(tokens: list[Token], text: str) -> Iterator[list[Token]]:
    """The tokens split where a new clause with its own subject may start (none empty), in
    order and on demand: the words after a quote are read only up to their first clause."""
    clause: list[Token] = []
    for index, token in enumerate(tokens):
        if index:
            gap = text[tokens[index - 1].end : token.start]
            joins = token.norm in _CLAUSE_WORDS or (token.norm == "but" and "," in gap)
            if joins or not _CLAUSE_MARKS.isdisjoint(gap):
                if clause:
                    yield clause
                clause = []
            if joins:
                continue  # the conjunction belongs to neither clause's subject
        clause.append(token)
    if clause:
        yield clause


def _subject(tokens: list[Token], verb: int, text: str) -> list[Token]:
    """The subject of ``tokens[verb]``: the last comma chunk before it that is not an aside
    (an appositive, a relative clause or a participle following an earlier chunk)."""
    chunks: list[list[Token]] = [[]]
    for index in range(verb):
        if index and "," in text[tokens[index - 1].end : tokens[index].start]:
            chunks.append([])
        chunks[-1].append(tokens[index])
    chunks = [chunk for chunk in chunks if chunk]
    while len(chunks) > 1:
        head = chunks[-1][0]
        participle = not head.capitalised and head.norm.endswith(("ing", "ed"))
        if head.norm in _ASIDE_STARTS or participle:
            chunks.pop()
            continue
        break
    return chunks[-1][-20:] if chunks else []


def _refers_back(subject: list[Token]) -> bool:
    """ "he said", "the president said", "the Turkish leader said": a subject that names no
    one and points back."""
    if not subject:
        return True
    if subject[-1].norm in _PRONOUNS:
        return True
    return subject[0].norm == "the" and all(
        not t.capitalised or t.norm in _DESCRIBING for t in subject[1:]
    )


def sentence_subject(tokens: Sequence[Token], text: str) -> list[Token]:
    """The named subject a sentence opens with ("Chinese Foreign Ministry spokeswoman Mao Ning
    did not confirm ..." -> Chinese ... Mao Ning), after a leading adverbial chunk ("On
    Tuesday, ..."); empty when the sentence opens with no name."""
    start = 0
    for index in range(1, min(len(tokens), 8)):
        if "," in _gap(text, tokens[index - 1], tokens[index]):
            if not tokens[0].capitalised or tokens[0].norm in _LEADING:
                start = index
            break
    subject: list[Token] = []
    for token in tokens[start : start + 12]:
        if token.norm in _PRONOUNS:
            return []  # "He added": points back, names no one
        joining = token.norm in {"of", "the", "and"} and bool(subject)
        if token.capitalised or token.norm in TITLES or token.norm in PARTICLES or joining:
            subject.append(token)
        else:
            break
    return subject if any(t.capitalised and t.norm not in _DESCRIBING for t in subject) else []


def _named_at_end(parts: list[str], subject: list[Token], wide: Sequence[Token]) -> bool:
    """The speaker's last (or only) part ends the subject (within three tokens: "Trump
    later told"), any other parts ("U.K., France and other nations") stand earlier; a name
    in the possessive is not the speaker ("Netanyahu's office said")."""
    if not subject:
        return False
    ends = [
        last
        for _, last in find_named(parts[-1], subject)
        if len(subject) - 1 - last <= 3
        and not (last < len(subject) - 1 and subject[last].text.lower().endswith(_POSSESSIVE))
    ]
    return bool(ends) and all(find_named(part, wide) for part in parts[:-1])


_POSSESSIVE = ("'s", "\u2019s")


def _named_at_start(parts: list[str], tokens: Sequence[Token]) -> bool:
    """The speaker named right after a verb ("said Kremlin spokesman Dmitry Peskov"), not in
    the possessive ("said Israel's defense minister")."""
    if not tokens or not all(find_named(part, tokens) for part in parts):
        return False
    return any(
        first <= 3 and not tokens[last].text.lower().endswith(_POSSESSIVE)
        for first, last in find_named(parts[0], tokens)
    )


def _by_subject(parts: list[str], subject: list[Token]) -> Verdict:
    """Verdict of a sentence's named subject: the speaker, or someone else."""
    if not subject:
        return "back"
    return (
        "yes"
        if _named_at_end(parts, subject, subject)
        or any(find_named(part, subject) for part in parts[-1:])
        else "other"
    )


def _judge(parts: list[str], tokens: list[Token], verb: int, text: str) -> Verdict:
    if tokens[verb].norm == "according":  # "according to X"
        return "yes" if _named_at_start(parts, tokens[verb + 2 : verb + 10]) else "other"
    subject = _subject(tokens, verb, text)
    if _named_at_end(parts, subject, tokens[max(verb - 30, 0) : verb]):
        return "yes"
    return "back" if _refers_back(subject) else "other"


def lead_in(tokens: list[Token], speaker: str, text: str) -> Verdict:
    """Verdict of the words leading into a quote (or of a whole earlier sentence). A verb
    whose subject points back ("he told Witkoff", ", but said") takes the subject the
    sentence opens with, when it names someone."""
    parts = split_people(speaker)
    for clause in reversed(list(_clauses(tokens, text))):
        verbs = [i for i, t in enumerate(clause) if t.norm in SPEECH_VERBS]
        if not verbs:
            continue
        plain = [i for i in verbs if clause[i].norm != "according"]
        # a verb with no subject of its own opens a participle ("Asked about X, Rubio said")
        with_subject = [i for i in plain if _subject(clause, i, text)]
        verdict = _judge(parts, clause, (with_subject or plain or verbs)[0], text)
        if verdict == "back":
            return _by_subject(parts, sentence_subject(tokens, text))
        return verdict
    return "none"


def tail(tokens: list[Token], speaker: str, text: str) -> Verdict:
    """Verdict of the words right after a closing quotation mark."""
    parts = split_people(speaker)
    clause = next(_clauses(tokens, text), [])
    for verb, token in enumerate(clause[:8]):
        if token.norm not in SPEECH_VERBS:
            continue
        if verb == 0:  # "..." said Trump
            following = clause[1:9]
            if _named_at_start(parts, following):
                return "yes"
            return "back" if following and following[0].norm in _PRONOUNS else "other"
        return _judge(parts, clause, verb, text)
    return "none"


def _region_verdict(
    article: ArticleText, region: tuple[int, int], speaker: str
) -> tuple[Verdict, int]:
    """Verdict of the attribution around one quoted region, and the index of the first
    sentence it stands in; once per region and speaker, because reading back from later
    quotes reaches the same earlier ones."""
    key = ("region", region, speaker)
    known: tuple[Verdict, int] | None = article.memo.get(key)
    if known is None:
        known = article.memo[key] = _read_region(article, region, speaker)
    return known


def _read_region(
    article: ArticleText, region: tuple[int, int], speaker: str
) -> tuple[Verdict, int]:
    text = article.text
    first_sentence = article.sentence_at(max(region[0] - 1, 0))
    last_sentence = article.sentence_at(region[1])
    sentence_start = article.sentences[first_sentence][0]
    sentence_end = article.sentences[last_sentence][1]
    following = [q for q in article.quoted if region[1] < q[0] < sentence_end]
    after_end = following[0][0] - 1 if following else sentence_end
    after = tail(article.outside_quotes(region[1] + 1, after_end), speaker, text)
    if after == "yes":  # "yes" outranks whatever leads in: the lead-in is not read
        return after, first_sentence
    before = lead_in(article.outside_quotes(sentence_start, region[0]), speaker, text)
    verdicts = (after, before)
    for verdict in ("yes", "other", "back"):
        if verdict in verdicts:
            return verdict, first_sentence
    return "none", first_sentence


def _forward(article: ArticleText, sentence: int, speaker: str) -> Verdict:
    """A stand-alone quote attributed by the sentence after it ("So said Israel's defense
    minister, Israel Katz.")."""
    if sentence + 1 >= len(article.sentences):
        return "none"
    tokens = article.sentence_tokens(sentence + 1)
    norms = [t.norm for t in tokens[:2]]
    if norms[:1] == ["said"] or norms == ["so", "said"]:
        following = tokens[len(norms) if norms[:1] == ["so"] else 1 :][:12]
        return "yes" if _named_at_start(split_people(speaker), following) else "other"
    return "none"


def attribute(article: ArticleText, span_start: int, span_end: int, speaker: str) -> bool:
    """Whether the quote located at ``[span_start, span_end)`` is attributed to ``speaker``:
    by the words around its own quotation marks, else by a "So said X" right after it, else
    by the nearest earlier attribution (an earlier quote's or sentence's, or the named subject
    of an earlier sentence for "he said") within two paragraphs."""
    region = article.quoted_region_at(span_start) or (span_start, span_end)
    key = ("speaker", region, speaker)
    known: bool | None = article.memo.get(key)
    if known is None:
        known = article.memo[key] = _attribute(article, region, speaker)
    return known


def _attribute(article: ArticleText, region: tuple[int, int], speaker: str) -> bool:
    verdict, sentence = _region_verdict(article, region, speaker)
    if verdict == "none":
        last = article.sentence_at(region[1])
        verdict = _forward(article, last, speaker)
        verdict = "none" if verdict == "none" else verdict
    parts = split_people(speaker)
    paragraph = article.paragraph_at(region[0])
    for index in range(sentence - 1, max(sentence - 8, -1), -1):
        if verdict not in ("back", "none"):
            break
        start, end = article.sentences[index]
        if paragraph - article.paragraph_at(start) > 2:
            break
        quotes = [q for q in article.quoted if start <= q[0] < end]
        if quotes:
            verdict, _ = _region_verdict(article, quotes[-1], speaker)
            continue
        outside = article.outside_quotes(start, end)
        verdict = lead_in(outside, speaker, article.text)
        if verdict == "none":  # no speech verb: the sentence's named subject, if any
            subject = sentence_subject(outside, article.text)
            verdict = _by_subject(parts, subject) if subject else "none"
    return verdict == "yes"
