"""A fact's person whom its evidence names only by a pronoun or a title, read back to the
name the article gave before (check 49).

News names a leader once and then refers to them: "Russian President Vladimir Putin spoke
with Trump on Thursday. The Russian president agreed to meet him in Budapest", "Lindsey
Graham has courted votes for months. The senator from South Carolina introduced the bill in
April", "Zelensky flew to Washington. The 47-year-old met Trump for two hours". A summit's
party, a truce's proposer, a measure's sponsor or an event's actor taken from such a sentence
was refused as "not named in its evidence", though a reader knows whom it means.

Here the reference is read with the antecedent readers the quote rules use, and only when it
resolves to the fact's person is the fact's own rule asked again, on the page with the name
written where the reference stands. The rule decides the role as it would for the name (a
mediator, a host, another pair's meeting stay refused); nothing is accepted that the name in
that place would not be. A reference resolves:

- "he", "him" or "she": to the named subject of the nearest earlier sentence (or the one
  person it names alone), a chain of sentences opening with the same pronoun carrying it
  back; refused when that sentence's subject is someone else, when a rival of the pronoun's
  gender stands in between, when the page marks the person with the other gender, or when
  the sentence itself names another person before the pronoun;
- "the Russian president", "the chancellor": to the one person the page named with that
  title (:func:`summarizer.verification.quotes.attribution.by_title`: two presidents named and the
  title fitting the other is "other");
- an epithet, "the Ukrainian leader", "the South Carolina Republican", "the senator from
  South Carolina", "the 79-year-old": to the one person the page described with those words
  (:func:`summarizer.verification.quotes.epithets.described_verdict`).

The reading looks back at most two paragraphs and stops at a subhead (a roundup's next
story), and the name must stand in that reach: a name given only after the sentence, or in
another story of the page, is no antecedent.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from typing import Any

from summarizer.comparators import Supported
from ..context import Context, Result
from ..page.article import ArticleText
from ..page.locator import Folded
from ..page.possessives import is_possessive
from ..page.tokens import Token, word_set
from ..people.leader_titles import LEADER_WORDS
from ..people.names import TITLES, find_named, split_people
from ..people.party_names import is_alias, party_of, person_part
from ..people.standin_words import owned_before
from ..sentences.antecedents import named_alone, plural, topic
from ..sentences.clauses import Verdict, by_subject
from ..sentences.genders import gender_of, pronoun_verdict
from ..sentences.opening_subjects import sentence_subject
from ..sentences.pronoun_objects import pronoun_object
from ..sentences.subject_pronouns import subject_pronoun_spans
from ..sentences.subjects import INSTITUTIONS
from .attribution import by_title
from .carries import subhead
from .epithets import described_verdict
from .pronoun_rivals import rival_verdict
from .statements import resolve

#: The support kinds whose value is a person the evidence may refer to.
REFERRED_KINDS = frozenset({"party", "proposer", "person", "actor", "announcer"})
# A body's last words: a pronoun or a person's title never stands for it (session 35).
_BODIES = INSTITUTIONS | word_set(
    "trust group union foundation corporation association federation institute museum"
)
_PRONOUNS = {"he": "he", "him": "he", "she": "she"}
_OBJECTS = word_set("him")
_GENDERS = {word: "he" for word in word_set("he him his himself")} | {
    word: "she" for word in word_set("she her hers herself")
}
_HEADS = (
    TITLES
    | LEADER_WORDS
    | word_set(
        """lawmaker legislator democrat republican politician diplomat negotiator
        congressman congresswoman mp"""
    )
)
_LOWER = word_set("former retired veteran longtime outgoing incoming acting year old")
_OWNERS = word_set("from of")
_NEAR_PARAGRAPHS = 2
_BACK = 8


def referred(
    rule_of: Callable[[Any, Supported, Context], Result],
    value: Any,
    rule: Supported,
    ctx: Context,
    result: Result,
) -> Result:
    """``result`` for a person ``value`` refused on its evidence, read again where a pronoun
    or title of the evidence stands for that person (see the module): "The Malaysian leader
    proposed" is refused as the country's proposal, and read again as the leader's."""
    if rule.kind not in REFERRED_KINDS or result[0]:
        return result
    shown = str(value)
    parts = [person_part(part) for part in split_people(shown)]
    if len(parts) != 1 or party_of(shown) is not None or not parts[0].strip():
        return result  # a country is read by its aliases; a pair names two people
    if parts[0].split()[-1].lower() in _BODIES:
        return result  # "The Harrow Trust published it. She called ...": no body is a "she"
    article = ctx.article
    if pronoun_object(parts[0], article, ctx.sentences):
        return result  # "He called Oduya": the pronoun is never its own verb's object (s44)
    for index in ctx.sentences:
        for start, end, verdict in references(article, index, parts):
            if verdict != "yes":
                continue
            again = rule_of(value, rule, _named_at(ctx, start, end, parts[0]))
            if again[0]:
                return again
    if rule.kind == "actor":  # "the band he fronted" on a page about him (subject_pronouns)
        for index in ctx.sentences:
            for start, end, owner in subject_pronoun_spans(parts[0], article, index):
                name = parts[0] + ("'s" if owner else "")
                again = rule_of(value, rule, _named_at(ctx, start, end, name))
                if again[0]:
                    return again
    return result


def _named_at(ctx: Context, start: int, end: int, name: str) -> Context:
    """The context with ``name`` written in place of the reference at ``[start, end)``, its
    evidence sentences moved with the text."""
    old = ctx.article
    text = old.text[:start] + name + old.text[end:]
    article = ArticleText(text)
    shift = len(name) - (end - start)
    sentences = sorted(
        {
            article.sentence_at(first if first < start else first + shift)
            for first, _ in (old.sentences[index] for index in ctx.sentences)
        }
        | {article.sentence_at(start)}
    )
    return replace(ctx, article=article, folded=Folded(text), sentences=sentences)


def references(
    article: ArticleText, index: int, parts: Sequence[str]
) -> Iterator[tuple[int, int, Verdict]]:
    """Each pronoun or title of sentence ``index`` (outside quotation marks), with its span
    and whether it stands for ``parts``."""
    start, end = article.sentences[index]
    tokens = article.outside_quotes(start, end)
    text = article.text
    titled: Verdict | None = None  # the verdict of a title before, which a "he" may repeat
    genders = {_GENDERS[t.norm] for t in tokens if t.norm in _GENDERS}
    for at, token in enumerate(tokens):
        pronoun = _PRONOUNS.get(token.norm)
        if pronoun is not None and len(genders) > 1 and gender_of(article, parts) != pronoun:
            yield token.start, token.end, "unsure"  # "He invited her": which is which unread
            continue
        if pronoun is not None:
            if titled is not None and token.norm not in _OBJECTS:
                yield token.start, token.end, titled  # "the President said he had"
                continue
            if _named_before(article, tokens, at, parts):
                continue  # "After Zelensky spoke, he agreed": the pronoun may be either
            if owned_before(tokens, at):  # "His coach called him the best he had seen"
                yield token.start, token.end, "unsure"
                continue
            objected = token.norm in _OBJECTS
            yield token.start, token.end, _pronoun_back(article, index, pronoun, parts, objected)
            continue
        if token.norm != "the" or (at and tokens[at - 1].norm in _OWNERS):
            continue
        words = _epithet(tokens, at, text)
        if words:
            titled = _title_verdict(article, index, words, parts)
            yield token.start, words[-1].end, titled


def _named_before(
    article: ArticleText, tokens: Sequence[Token], at: int, parts: Sequence[str]
) -> bool:
    """Whether the sentence names a person before the pronoun at ``tokens[at]`` ("Zelensky
    said he would go", "After meeting Zelensky, he agreed"): the pronoun's antecedent may
    then be in its own sentence, which this reading does not settle."""
    before = list(tokens[:at])
    if any(find_named(part, before) for part in parts):
        return False
    if before and (_written_inside(article, before[0]) or _speaks_first(before)):
        return True  # "Zelensky said he": a name opening the sentence
    return named_alone(list(parts), before, "he", article.text) == "other"


def _written_inside(article: ArticleText, token: Token) -> bool:
    """Whether a capitalised word opening a sentence is a person's name: the page writes it
    capitalised inside a sentence too, and it is no title, country or people's word."""
    if not token.capitalised or token.norm in TITLES or is_alias(token.norm):
        return False
    for start, _ in article.phrase_spans((token.norm,)):
        first = article.sentences[article.sentence_at(start)][0]
        if start > first and article.text[start : start + 1].isupper():
            return True
    return False


def _speaks_first(before: Sequence[Token]) -> bool:
    """Whether the sentence opens with a capitalised word that a verb of saying follows
    ("Zelensky said he", "Orban later told reporters he"): a speaker named before the
    pronoun, though the page writes the name nowhere inside a sentence."""
    first = before[0]
    if not first.capitalised or first.norm in TITLES or first.norm in _PRONOUNS:
        return False
    for token in before[1:3]:
        if token.norm in _SAYING:
            return True
        if token.capitalised or not token.norm.endswith(("ly", "later", "also")):
            return False
    return False


_SAYING = word_set("said says told tells added insisted argued replied wrote")


def _epithet(tokens: Sequence[Token], at: int, text: str) -> list[Token]:
    """The words after "the" at ``tokens[at]`` that make a title or an epithet ("the Russian
    president", "the 79-year-old", "the senator from South Carolina"), with an owner after
    its head ("from South Carolina"); empty when it is none, or when a name follows the
    title ("the Russian President Vladimir Putin": named)."""
    words: list[Token] = []
    for token in tokens[at + 1 : at + 6]:
        gap = text[(words[-1] if words else tokens[at]).end : token.start]
        if gap not in (" ", "-"):
            break
        if not (token.capitalised or token.is_number or token.norm in _HEADS | _LOWER):
            break
        words.append(token)
    while words and not (words[-1].norm in _HEADS or words[-1].norm == "old"):
        words.pop()
    if not words or is_possessive(words[-1], text):
        return []  # "the Russian president's envoy": the owner of the one who acts
    last = at + len(words)
    following = tokens[last + 1] if last + 1 < len(tokens) else None
    if following is None:
        return words
    if following.capitalised and text[words[-1].end : following.start] == " ":
        return []  # "the Russian President Vladimir Putin"
    if following.norm in _OWNERS and last + 2 < len(tokens) and tokens[last + 2].capitalised:
        owner = [tokens[last + 2]]
        for token in tokens[last + 3 : last + 5]:
            if not token.capitalised or text[owner[-1].end : token.start] != " ":
                break
            owner.append(token)
        return [*words, following, *owner]
    return words


def _title_verdict(
    article: ArticleText, index: int, words: Sequence[Token], parts: Sequence[str]
) -> Verdict:
    """Whom "the <words>" stands for, read on the page before sentence ``index``."""
    start = article.sentences[index][0]
    if not _in_reach(article, index, parts):
        return "none"
    owner_at = next((i for i, t in enumerate(words) if t.norm in _OWNERS), len(words))
    epithet = [*words[owner_at + 1 :], *words[:owner_at]]  # "South Carolina senator"
    epithet = _age_last(epithet)  # "the 72-year-old Russian leader": "Russian leader", 72
    described = described_verdict(article, epithet, start, parts)
    if described != "none" or owner_at < len(words) or words[-1].norm not in TITLES:
        return described
    written = " ".join(token.text for token in words)
    verdict = resolve(article, by_title(article, written, start, parts), start, parts)
    return verdict if verdict in ("yes", "other", "unsure") else "none"


def _age_last(words: list[Token]) -> list[Token]:
    """An epithet's words with an age inside them ("72-year-old Russian leader") moved to the
    end, where the epithet reading takes an age."""
    norms = [t.norm for t in words]
    for at in range(len(words) - 3):
        if words[at].is_number and norms[at + 1 : at + 3] == ["year", "old"]:
            return [*words[:at], *words[at + 3 :], *words[at : at + 3]]
    return words


def _in_reach(article: ArticleText, index: int, parts: Sequence[str]) -> bool:
    """Whether the page names ``parts`` in the sentences a reference reaches back to."""
    for earlier in _reach(article, index):
        start, end = article.sentences[earlier]
        tokens = article.outside_quotes(start, end)
        if all(find_named(part, tokens) for part in parts):
            return True
    return False


def _reach(article: ArticleText, index: int) -> Iterator[int]:
    """The sentences before ``index``, nearest first, within two paragraphs and up to a
    subhead (a roundup's next story)."""
    paragraph = article.paragraph_at(article.sentences[index][0])
    for earlier in range(index - 1, max(index - _BACK, 0) - 1, -1):
        start, end = article.sentences[earlier]
        if paragraph - article.paragraph_at(start) > _NEAR_PARAGRAPHS or subhead(
            article, start, end
        ):
            return
        yield earlier


def _pronoun_back(
    article: ArticleText, index: int, pronoun: str, parts: Sequence[str], objected: bool
) -> Verdict:
    """Whom "he" or "she" in sentence ``index`` stands for: the named subject of the nearest
    earlier sentence that has one, or the one person it names alone (the speakers' reading,
    :mod:`summarizer.verification.sentences.antecedents`); "him" (``objected``, beside its own
    sentence's subject) the one other person that sentence names after its subject ("Trump
    spoke with Putin. He said he would meet him"); "none" when no sentence in reach settles
    it."""
    text = article.text
    for earlier in _reach(article, index):
        start, end = article.sentences[earlier]
        tokens = article.outside_quotes(start, end)
        if tokens and tokens[0].norm == pronoun and not objected:
            continue  # "He praised Y. He agreed": the chain carries the reference back
        titled = _titled_subject(tokens, text)
        if titled and not objected:  # "The Russian president stayed home. He agreed": his
            verdict = _title_verdict(article, earlier, titled, parts)
            return verdict if verdict != "yes" else _gendered(article, parts, pronoun, start, index)
        subject = sentence_subject(tokens, text) or topic(tokens, text)
        if subject and plural(subject):
            subject = []  # "Analysts expect X to ...": not whom "he" means
        if objected:
            verdict = _object_back(tokens, subject, pronoun, parts, text)
        else:
            verdict = by_subject(list(parts), subject) if subject else "none"
            if verdict == "none":
                verdict = named_alone(list(parts), tokens, pronoun, text)
            told = _without_credit(tokens, text)  # ", the Kremlin said": a body, no "he"
            verdict = rival_verdict(article, told, verdict, pronoun, list(parts))
        if verdict == "yes":
            return _gendered(article, parts, pronoun, start, index)
        if verdict not in ("none", "back"):
            return verdict
    return "none"


def _gendered(
    article: ArticleText, parts: Sequence[str], pronoun: str, start: int, index: int
) -> Verdict:
    """A "yes" read back from sentence ``index`` to ``start``, unless the page gives the
    person the other gender or another of the pronoun's stands between (genders.py)."""
    own = article.sentences[index][0]
    return pronoun_verdict(article, list(parts), pronoun, start, own)


def _titled_subject(tokens: Sequence[Token], text: str) -> list[Token]:
    """The title or epithet a sentence opens with as its subject ("The Russian president,
    meanwhile, stayed"), after an opening chunk ("On Friday, the chancellor"); empty for
    any other opening."""
    at = 0
    for index in range(1, min(len(tokens), 6)):
        if "," in text[tokens[index - 1].end : tokens[index].start]:
            at = index if tokens[index].norm == "the" else at
            break
    if at >= len(tokens) or tokens[at].norm != "the":
        return []
    return _epithet(tokens, at, text)


_CREDIT_OPENERS = word_set("the a an officials aides diplomats sources")
_CREDIT_VERBS = word_set("said says reported announced confirmed added")


def _without_credit(tokens: list[Token], text: str) -> list[Token]:
    """A sentence without a closing credit to a body or to unnamed people (", the Kremlin
    said", ", officials said"), whose speech verb is no rival's for "he" or "she"."""
    if len(tokens) < 4 or tokens[-1].norm not in _CREDIT_VERBS:
        return tokens
    for at in range(len(tokens) - 2, max(len(tokens) - 6, 0), -1):
        if "," in text[tokens[at - 1].end : tokens[at].start]:
            return tokens[:at] if tokens[at].norm in _CREDIT_OPENERS else tokens
    return tokens


def _object_back(
    tokens: Sequence[Token], subject: Sequence[Token], pronoun: str, parts: Sequence[str],
    text: str,
) -> Verdict:  # fmt: skip
    """ "him" read back to a sentence: the one person it names after its subject (or after
    an opening pronoun); "none" when it opens with neither."""
    if subject:
        rest = list(tokens[tokens.index(subject[-1]) + 1 :])
    elif tokens and tokens[0].norm in _PRONOUNS:
        rest = list(tokens[1:])
    else:
        return "none"
    return named_alone(list(parts), rest, pronoun, text)


__all__ = ["REFERRED_KINDS", "references", "referred"]
