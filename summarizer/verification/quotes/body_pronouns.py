"""A body's quote read back through "it", for
:mod:`summarizer.verification.quotes.continued_speakers` (checks 68 and 69, session 31).

News writes an organisation's words with "it" once the organisation is named: "Air Canada
has pushed back its restart. The carrier now hopes to fly on Monday. It accuses the union of
"illegally" ...", "The union said ministers had two weeks to return to what it calls "a path
to pay restoration"". The readings that judge a subject against a name call "it" nobody's,
and read the quote back to whoever an earlier sentence names. Two shapes are read here:
- the quote's sentence opens with "It" (after it only adverbs: "It later said") and its verb
  is one of saying or accusing, with no speech verb after the quote: "it" is the subject of
  the nearest earlier sentence that names one. The chain runs back through sentences of the
  quote's own paragraph that open with "It" or with "the NOUN" for a noun that is no body's
  kind ("the carrier", "the airline": the same body described), and stops at the first
  sentence that opens with a name, which must be the value; a body noun that does not fit the
  value ("The union is not complying" for Air Canada) ends the chain unread. The named
  sentence may stand one paragraph before the quote's;
- "what it calls", "as it put it": an "it" right before the lead-in's last speech verb is the
  subject of the lead-in's first speech verb, when nothing between names another body (no
  capitalised word, no body's noun, no other "it"): the value named there, or "the NOUN" for
  it as :mod:`collective_speakers` reads a body's noun.
It accepts; it refuses only an "It" whose chain of sentences ends at another name, with the
value not in that sentence, or at a body noun that does not fit the value (:func:`it_refusal`;
"The union says ... It calls the airline's offer "..."" is not the airline's). It does not
read "they" (two bodies, or a body's members) nor "it" in the middle of a sentence ("...
when it said"). Known limit: an "It" after a sentence that opens with a person is read to
that person, though it may be some thing the person made (a report, a law); a writing the
chain passes through ("The review was led by X") ends it at X, its maker (review rvsp31).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..context import Result
from ..page.article import ArticleText
from ..page.quote_spots import lead_of, quote_spot, tail_of
from ..page.tokens import Token, tokenize, word_set
from ..sentences.body_antecedents import pronoun_body
from ..sentences.opening_subjects import sentence_subject
from ..sentences.speech import PAPERS, SPEECH_VERBS
from .collective_speakers import BODY_NOUNS, body_match

# Verbs after "It" that give the quote to it: saying, and accusing or blaming.
_VERBS = SPEECH_VERBS | word_set(
    """accuses accused blames blamed thanks thanked urges urged criticises criticised
    criticizes criticized"""
)
_ADVERBS = word_set("later also then now still further again since earlier previously has had")
_CHAIN = 3  # sentences read back at most


def _value_words(value: str) -> set[str]:
    return {t.norm for t in tokenize(value)} - {"the", "of", "and"}


def _names_value(subject: Sequence[Token], value: str) -> bool:
    words = _value_words(value)
    return bool(words) and words <= {t.norm for t in subject}


def _opens_with_it(tokens: Sequence[Token]) -> bool:
    """Whether the words open "It [adverbs] VERB" with a verb of saying or accusing."""
    if not tokens or tokens[0].norm != "it":
        return False
    at = 1
    while at < len(tokens) and tokens[at].norm in _ADVERBS:
        at += 1
    return at < len(tokens) and tokens[at].norm in _VERBS


def _described(tokens: Sequence[Token], value: str) -> bool | None:
    """For a sentence opening "the NOUN": True when the noun may be the value described
    ("the carrier"), False when it is a body's noun that is not the value's ("the union" for
    Air Canada), None when the sentence opens otherwise."""
    if len(tokens) < 3 or tokens[0].norm != "the" or tokens[1].capitalised:
        return None
    noun = tokens[1].norm
    if noun in BODY_NOUNS:
        return noun in _value_words(value)
    return not tokens[2].capitalised


def _leading_name(tokens: Sequence[Token]) -> list[Token]:
    """The capitalised words a sentence opens with when they are a name ("IF Metall, the
    Swedish union, has ..."), not "The" or "It"."""
    run: list[Token] = []
    for token in tokens:
        if not token.capitalised or token.norm in _NOT_NAMES:
            break
        run.append(token)
    return run


_NOT_NAMES = word_set("the it a an this that in on at after before when while")


def _named(subject: Sequence[Token]) -> bool:
    """Whether a subject is a name, not a description ("The statement", "The central bank")."""
    return any(t.capitalised for t in subject[1:]) or subject[0].norm not in ("the", "its")


def _it_antecedent(article: ArticleText, sentence: int, value: str) -> str:
    """What the "It" opening sentence ``sentence`` reads back to (see doc): "yes" for the
    value, "other" for another name or a body noun that does not fit it, else "none"."""
    paragraph = article.paragraph_at(article.sentences[sentence][0])
    text = article.text
    for index in range(sentence - 1, max(sentence - 1 - _CHAIN, -1), -1):
        start, end = article.sentences[index]
        away = paragraph - article.paragraph_at(start)
        if away > 1:
            return "none"
        tokens = article.outside_quotes(start, end)
        subject = sentence_subject(tokens, text) or _leading_name(tokens)
        if subject and _names_value(subject, value):
            return "yes"
        if subject and _named(subject):  # another name ("IF Metall, the Swedish union,")
            return "none" if _names_value(tokens, value) else "other"
        if away:  # only the named sentence may stand in the paragraph before
            return "none"
        if tokens and tokens[0].norm == "it":
            continue
        described = _described(tokens, value)
        if described is None:
            return "none"
        if not described or _made_by_another(tokens, value):
            return "other"
    return "none"


# Things a body or a person writes, whose "It says" is the thing's ("The review ... It says").
_WRITINGS = PAPERS | word_set("review inquiry study audit investigation assessment findings")


def _made_by_another(tokens: Sequence[Token], value: str) -> bool:
    """Whether a sentence opening "the NOUN" for a writing names its maker after "by", and
    the maker is not the value ("The review was led by the engineer Robert Mair. It says
    "..."": Mair's review, not the railway's that commissioned it)."""
    if len(tokens) < 2 or tokens[1].norm not in _WRITINGS:
        return False
    for index, token in enumerate(tokens[:6]):  # its own passive: "The review was led by"
        if token.norm != "by":  # (not "said the union, led by X, had": another's maker)
            continue
        after = tokens[index + 1 : index + 8]
        skip = 0
        while skip < min(len(after), 3) and not after[skip].capitalised:
            skip += 1
        maker: list[Token] = []
        for word in after[skip:]:
            if not word.capitalised:
                break
            maker.append(word)
        if maker and not _names_value(maker, value):
            return True
    return False


def _first_subject(lead: Sequence[Token], first: int) -> list[Token]:
    """The words before the lead-in's first speech verb, from its last determiner or name."""
    words = list(lead[:first])
    while words and words[0].norm in _ADVERBS:
        words = words[1:]
    return words if 0 < len(words) <= 6 else []


def _what_it_calls(article: ArticleText, lead: Sequence[Token], value: str) -> bool:
    """Whether an "it" right before the lead-in's last speech verb is the value as the
    subject of its first one ("The union said ... what it calls "...""; see doc)."""
    verbs = [at for at, token in enumerate(lead) if token.norm in SPEECH_VERBS]
    if len(verbs) < 2 or lead[verbs[-1] - 1].norm != "it":
        return False
    between = lead[verbs[0] + 1 : verbs[-1] - 1]
    if any(t.capitalised or t.norm in BODY_NOUNS or t.norm in ("it", "its") for t in between):
        return False
    subject = _first_subject(lead, verbs[0])
    if not subject:
        return False
    if _names_value(subject, value):
        return True
    return subject[0].norm == "the" and body_match(article, subject, value)


def it_verdict(article: ArticleText, spans: Sequence[tuple[int, int]], value: str) -> bool:
    """Whether the quote at one of ``spans`` is the value's through an "it" (see doc), or
    through "it said"/"they wrote" right after a sentence naming the value alone
    (:mod:`..sentences.body_antecedents`)."""
    if pronoun_body(article, spans, value):
        return True
    for start, end in spans:
        region, sentence = quote_spot(article, start, end)
        tail = tail_of(article, region, sentence)
        if any(t.norm in SPEECH_VERBS and not t.norm.endswith("ing") for t in tail[:5]):
            continue  # '"...," the union said': the words after the quote name its speaker
        lead = lead_of(article, region, sentence)
        if _opens_with_it(lead) and _it_antecedent(article, sentence, value) == "yes":
            return True
        if lead and _what_it_calls(article, lead, value):
            return True
    return False


def it_refusal(article: ArticleText, spans: Sequence[tuple[int, int]], value: str) -> Result | None:
    """A refusal when the quote's sentence opens "It [said]" and the sentences before read
    "it" back to another name or to a body noun that does not fit the value ("The union
    says ... It calls the airline's offer "..."" is not the airline's); None otherwise."""
    for start, end in spans:
        region, sentence = quote_spot(article, start, end)
        tail = tail_of(article, region, sentence)
        if any(t.norm in SPEECH_VERBS and not t.norm.endswith("ing") for t in tail[:5]):
            continue
        lead = lead_of(article, region, sentence)
        if _opens_with_it(lead) and _it_antecedent(article, sentence, value) == "other":
            return False, f"the quote's 'it' reads back to a body other than {value!r}"
    return None


__all__ = ["it_refusal", "it_verdict"]
