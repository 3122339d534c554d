"""The short noun phrase a quote's own sentence gives as its speaker, when that phrase is not
a name: "the group pointed to "..."", '"...," the federation replied', '"...," one of the
sources said', "Their statement adds that ... "..."".

The readers in :mod:`summarizer.verification.sentences.clauses` judge a subject against a name and
call any other subject someone else; the readers of :mod:`collective_speakers` and
:mod:`unnamed_sources` need the phrase itself, to resolve it against the value. The phrase
is read narrowly, so that what it returns is the speech verb's subject or nothing:
- after the quote, the first speech verb within a few words: the phrase is the words
  between the closing mark and the verb up to the first comma ('"...," the official, who was
  not authorised to speak, told Reuters'), or the words after an opening "said" ('"...,"
  said one of the diplomats');
- before the quote, the last speech verb of the lead-in (a later verb reports someone else:
  "The group said Lee had called it "..."" is Lee's), and the words right before it back to
  a determiner, with no comma between (", saying" continues the sentence's subject, which
  this reader leaves to the others). Auxiliaries may stand between ("was saying", "has
  said"), but a passive ("the group was told") has no speaker there.
The phrase opens with a determiner ("the", "its", "their", "his", "her", "one", "a", "an",
"another") and has at most four words after it ("one of the" counts as a determiner).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.article import ArticleText
from ..page.quote_spots import lead_of, tail_of
from ..page.tokens import Token, word_set
from ..sentences.speech import SPEECH_VERBS, TAIL_WORDS

DETERMINERS = word_set("the its their one a an another his her")
# "pointed to" reports what a body cited ("the group pointed to "healthy fundamentals"")
_VERBS = SPEECH_VERBS | word_set("pointed pointing")
_PERFECT = word_set("has have had also")
_PASSIVE = word_set("was were is are been be being")
# Words after the verb that hand the quote to someone the phrase relays.
_RELAYING = word_set("quoting citing cited quoted")
_WORDS = 4  # words after the determiner
# A determiner after one of these opens a preposition's object, not the subject.
_PREPOSITIONS = word_set(
    "for of to from with by on at in against about over behind like than as into toward towards"
)


def _speech_verb(tokens: Sequence[Token], at: int) -> bool:
    token = tokens[at]
    if token.norm in ("pointed", "pointing"):
        return at + 1 < len(tokens) and tokens[at + 1].norm == "to"
    return token.norm in _VERBS and token.norm != "according"


def _comma(text: str, left: Token, right: Token) -> bool:
    return any(mark in text[left.end : right.start] for mark in ",;:")


def _from_determiner(words: Sequence[Token], text: str) -> list[Token] | None:
    """The phrase ending ``words``: from the nearest determiner back, no comma inside."""
    for back in range(len(words) - 1, max(len(words) - _WORDS - 2, -1), -1):
        if back < len(words) - 1 and _comma(text, words[back], words[back + 1]):
            return None
        if words[back].norm in DETERMINERS:
            start = back
            if back >= 2 and words[back - 1].norm == "of" and words[back - 2].norm == "one":
                start = back - 2  # "one of the sources"
            elif back and words[back - 1].norm in _PREPOSITIONS:
                return None  # "A spokesperson for the UN secretary-general said": not its head
            return list(words[start:])
    return None


def _after(tail: Sequence[Token], text: str) -> list[Token] | None:
    """The phrase after a closing mark, or None when no speech verb follows near it."""
    for at in range(min(len(tail), TAIL_WORDS)):
        if not _speech_verb(tail, at):
            continue
        if any(t.norm in _RELAYING for t in tail[at + 1 : at + 4]):
            return None  # '"...," the group said, quoting its chairman'
        if at == 0:  # '"...," said one of the diplomats'
            words: list[Token] = []
            for index, token in enumerate(tail[1 : 2 + _WORDS + 2], 1):
                if index > 1 and _comma(text, tail[index - 1], token):
                    break
                words.append(token)
            return words if words and words[0].norm in DETERMINERS else None
        chunk = [tail[0]]
        for index in range(1, at):
            if _comma(text, tail[index - 1], tail[index]):
                break
            chunk.append(tail[index])
        if chunk[0].norm not in DETERMINERS or len(chunk) > _WORDS + 3:
            return None
        return chunk
    return None


def _before(lead: Sequence[Token], text: str) -> list[Token] | None:
    """The phrase before the lead-in's last speech verb, or None."""
    verbs = [at for at in range(len(lead)) if _speech_verb(lead, at)]
    if not verbs:
        return None
    verb = verbs[-1]
    end = verb
    skipped: list[str] = []
    while end > 0 and lead[end - 1].norm in _PERFECT | _PASSIVE:
        end -= 1
        skipped.append(lead[end].norm)
    passive = any(word in _PASSIVE for word in skipped)
    if passive and not lead[verb].norm.endswith("ing"):
        return None  # "the group was told "..."": told by someone else
    if end and _comma(text, lead[end - 1], lead[verb]):
        end = _aside_start(lead, end, verb, text)  # "The union, which represents nurses, said"
        if end == verb:
            return None  # "X condemned the group, saying": the sentence's subject
    if end == 0:
        return None
    return _from_determiner(lead[max(end - _WORDS - 3, 0) : end], text)


_RELATIVES = word_set("which who whose")


def _aside_start(lead: Sequence[Token], end: int, verb: int, text: str) -> int:
    """Where a relative aside that ends right before the verb opens ("the union, which
    represents 55,000 workers, said": at "which"'s comma), so the phrase before it is read;
    ``verb`` when the words before the verb are no such aside (", saying")."""
    for at in range(end - 1, max(end - 14, 0), -1):
        if _comma(text, lead[at - 1], lead[at]):
            return at if lead[at].norm in _RELATIVES else verb
    return verb


def attribution_phrase(
    article: ArticleText, region: tuple[int, int], sentence: int
) -> list[Token] | None:
    """The phrase naming the speaker of the quote at ``region`` (in sentence ``sentence``),
    read as the module says, or None. Read once per quote and article: the group, joint and
    business readers each ask it of the same quote, for every value (session 35); each
    caller gets its own list."""
    key = ("attribution phrase", tuple(region), sentence)
    memo = article.memo
    if key in memo:
        known: list[Token] | None = memo[key]
    else:
        known = memo[key] = _read_phrase(article, region, sentence)
    return None if known is None else list(known)


def _read_phrase(
    article: ArticleText, region: tuple[int, int], sentence: int
) -> list[Token] | None:
    text = article.text
    tail = tail_of(article, region, sentence)
    if tail and (phrase := _after(tail, text)) is not None:
        return phrase
    if any(_speech_verb(tail, at) for at in range(min(len(tail), TAIL_WORDS))):
        return None  # the words after the quote name some other speaker
    return _before(lead_of(article, region, sentence), text)


def bare_quote(article: ArticleText, region: tuple[int, int], sentence: int) -> bool:
    """Whether the quote is its sentence's only words: nothing leads in and nothing follows
    (a continued quote, '"We will use the G7."')."""
    return not lead_of(article, region, sentence) and not tail_of(article, region, sentence)


__all__ = ["DETERMINERS", "attribution_phrase", "bare_quote"]
