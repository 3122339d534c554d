"""Two attributions the speaker rules read besides a quote's own speech verb, for
:mod:`summarizer.verification.quotes.speakers`:

- an earlier sentence that ends in an inverted attribution ("A truce would help, said
  Steffen Seibert.") hands its speaker to a bare quote after it, as an earlier quote's
  '"...," said X' does ('"It would save lives."' is Seibert's); another name there is another
  speaker, and stops the reading back;
- "in the words of X" right before the quotation mark ("described in the words of President
  Hollande as, "..."", "In the words of Hollande, "...""): X's words, as "in X's words" is;
- "insistence from X that" (a noun for what was said, "from" or "by", then "that") right
  before the quotation mark: X's words (check 27).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.article import ArticleText
from ..page.tokens import SINGULAR_POSSESSIVES, Token, word_set
from ..people.names import TITLES, split_people
from ..sentences.clauses import Verdict, tail
from ..sentences.runs import named_at_start
from ..sentences.speech import SPEECH_NOUNS, issued_by, speaks


def trailing_said(
    tokens: Sequence[Token], speaker: str, text: str, otherwise: Verdict = "none"
) -> Verdict:
    """Verdict of a sentence's last comma chunk when it opens with a speech verb, then a name
    or a title, and follows words of its own (", said spokesman X."), read as the words after
    a closing quote are; ``otherwise`` when the sentence ends otherwise (", said the
    agreement could be a breakthrough": the lead-in rules read that one)."""
    for index in range(len(tokens) - 1, 1, -1):
        if "," not in text[tokens[index - 1].end : tokens[index].start]:
            continue
        if tokens[index].norm in _APPOSITIVES:
            continue  # ", said Kofi Mensah, the mission's chief.": the verb's chunk is before
        if tokens[index].norm in _TELLING:  # "X, the minister, told Nordic TV": the one told
            return otherwise
        named = any(t.capitalised for t in tokens[index + 1 : index + 5])
        # "said spokesperson X", "said Seibert"; not "said the agreement could be ..."
        if named and speaks(tokens, index) and tokens[index].norm != "according":
            return tail(list(tokens[index:]), speaker, text)
        return otherwise
    return otherwise


_APPOSITIVES = frozenset({"a", "an", "the", "who", "whose", "which"})
# Verbs whose name after them is the listener, never an inverted speaker.
_TELLING = frozenset({"told", "tells", "tell", "telling"})


def in_words_of(speaker: str, lead: Sequence[Token], before: str) -> Verdict:
    """ "in the words of President X" (then "as" or nothing) ending the words before the
    quotation mark, only punctuation after: "yes" when X is the speaker, "other" when X is
    someone else, "none" when the lead-in does not end so."""
    if not lead or not any(t.norm == "words" for t in lead[-14:]):
        return "none"  # the common case, told at once
    if any(char.isalnum() for char in before[lead[-1].end :]):
        return "none"
    end = len(lead) - 1 if lead[-1].norm == "as" else len(lead)
    for index in range(end - 2, max(end - 12, 2), -1):
        if lead[index].norm != "of" or lead[index - 1].norm != "words":
            continue
        if lead[index - 2].norm != "the" or lead[index - 3].norm != "in":
            continue
        named = lead[index + 1 : end]
        first = next((at for at, t in enumerate(named) if t.capitalised), None)
        if first is None or first > 3:  # "opposition leader Moussa Keita" reaches a name
            return "none"
        if not all(t.capitalised or t.norm in _NAME_WORDS for t in named[first:]):
            return "none"
        return "yes" if named_at_start(split_people(speaker), named, before) else "other"
    return "none"


# Words a name in "in the words of ..." may hold besides capitalised ones ("of France").
_NAME_WORDS = TITLES | {"of", "the"}


def said_next(article: ArticleText, region: tuple[int, int], sentence: int, speaker: str) -> str:
    """'"... had its say." Ruiz said on Monday': a quote that is its own sentence, the full
    stop inside the marks, and the attribution opening the next sentence on the same line
    (read only when nothing before the quote or in it attributes it)."""
    if sentence + 1 >= len(article.sentences):
        return "none"
    start, end = article.sentences[sentence + 1]
    text = article.text
    if text[region[1] + 1 : start].strip(" ") or not text[start].isalpha():
        return "none"
    return tail(article.outside_quotes(start, end), speaker, text)


def subhead(article: ArticleText, start: int, end: int) -> bool:
    """:func:`_subhead`, once per article and sentence (it may search the whole text)."""
    key = ("subhead", start)
    known: bool | None = article.memo.get(key)
    if known is None:
        known = article.memo[key] = _subhead(article.text, start, end)
    return known


def _subhead(text: str, start: int, end: int) -> bool:
    """Whether a sentence is a subhead that names no one: a line of its own of at most eight
    words, no sentence mark at its end, no quotation mark, and no capitalised word but the
    first, which the article also writes in lower case ("Truce is indispensable" between the
    paragraph naming the spokesperson and '"...," stressed the government spokesperson'; not
    "Merkel responds"). It is skipped when reading back."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : line_end if line_end >= 0 else len(text)].strip()
    words = line.split()
    if line != text[start:end].strip() or not 0 < len(words) <= 8 or not line[-1].isalnum():
        return False
    if _MARKS.intersection(line) or any(word[:1].isupper() for word in words[1:]):
        return False
    return _common_word(text, words[0], line_start)


def _common_word(text: str, word: str, line_start: int) -> bool:
    """Whether the article writes ``word`` elsewhere as a common word: in lower case, or only
    capitalised with no capitalised word beside it ("Exports fell", never "Olga Petrenko")."""
    found = False
    for form in (word.lower(), word):
        at = text.find(form)
        while at >= 0:
            end = at + len(form)
            whole = (not at or not text[at - 1].isalnum()) and not text[end : end + 1].isalnum()
            if whole and at != line_start:
                if form.islower():
                    return True
                before = text[max(at - 30, 0) : at].split()[-1:]
                after = text[end : end + 30].split()[:1]
                beside = [w for w in before if not w.endswith((".", "!", "?"))] + after
                if any(w[:1].isupper() for w in beside):
                    return False  # "Chancellor Merkel", "Merkel Said" in a title: a name
                found = True
            at = text.find(form, at + 1)
    return found


_MARKS = frozenset('"\u201c\u201d')


# Nouns for what someone said that "from X that" may follow ("insistence from X that").
_SAID_NOUNS = SPEECH_NOUNS | word_set(
    """insistence assurance assurances claim claims pledge promise demand call calls reminder
    admission suggestion remark warnings"""
)
_THAT_TAIL = word_set("that the a an")
# Words that end an issuer's chunk: "a warning from Berg to Ruiz that" is Berg's.
_NOT_ISSUER = word_set("to against about over with on for at after")


def noun_from_that(speaker: str, lead: Sequence[Token], before: str) -> Verdict:
    """ "Despite insistence from the head of the commission, Ms X, that the "...": the
    lead-in ends in "that" (and an article) after a noun for what was said, "from" or "by"
    and the one who said it (the first comma chunk after "from", cut at "to", "about", ...,
    with a chunk of capitalised words in apposition): "yes" when that one is the speaker,
    "other" when someone else, "none" when the lead-in does not end so."""
    end = len(lead)
    while end and lead[end - 1].norm in _THAT_TAIL and lead[end - 1].norm != "that":
        end -= 1
    if not end or lead[end - 1].norm != "that" or len(lead) - end > 1:
        return "none"
    if any(char.isalnum() for char in before[lead[-1].end :]):
        return "none"
    for index in range(end - 2, max(end - 22, 0), -1):
        if lead[index].norm not in ("from", "by") or lead[index - 1].norm not in _SAID_NOUNS:
            continue
        chunks: list[list[Token]] = [[]]
        for at in range(index + 1, end - 1):
            if chunks[-1] and "," in before[lead[at - 1].end : lead[at].start]:
                chunks.append([])
            chunks[-1].append(lead[at])
        first = chunks[0]
        cut = next((i for i, t in enumerate(first) if t.norm in _NOT_ISSUER), len(first))
        issuer = first[:cut] + [
            t for c in chunks[1:2] if all(u.capitalised for u in c) and cut == len(first)
            for t in c
        ]  # fmt: skip
        issuer = [t for t in issuer if not t.text.lower().endswith(SINGULAR_POSSESSIVES)]
        return issued_by(split_people(speaker), issuer) if issuer else "none"
    return "none"
