"""A paper as a quote's speaker, and its issuer: read for
:mod:`summarizer.verification.quotes.speakers`, which gives the attribution verdicts it cannot
settle alone (a title, a body, a paper) to :func:`resolve`.

A paper that speaks ("an army statement carried by the national agency said", "the communique
read", "according to a foreign ministry statement") speaks for its issuer, and either may be
given as the speaker:
- the paper itself, in the article's words or fewer ("an army statement", "the army's
  statement", "the statement");
- the issuer its own words name before its noun: a body ("army", "foreign ministry", "the
  presidency"; also with the qualifier the article gave that body before, "Egypt's presidency
  said ... a presidency statement" -> "Egypt's presidency"), or a name ("a Hamas statement",
  "a Kremlin statement");
- a paper whose words name no issuer ("the statement read", "a joint statement"): the one the
  nearest earlier sentence says issued such a paper ("Uganda's foreign ministry issued a
  statement"), else the subject of the nearest earlier sentence with a speech verb ("Chile's
  foreign ministry said on Sunday it would ...") or opening with a body ("Kenya's foreign
  ministry condemned the attack"), in its paragraph or the one before.
The issuer reaches no further: a country is not its ministry ("Chile" for "Chile's foreign
ministry", as "Netanyahu" is not "Netanyahu's office"), a carrier ("carried by the national
agency") is not the issuer, and a paper named for one issuer is not another's.

An indefinite paper after the quote may also report the words of the sentence's subject
('Saudi Arabia hopes "...", a foreign ministry statement said'), but not of two parties the
paper only describes meeting ('Sisi and Guterres discussed "...", a presidency statement said':
neither), unless it is their joint paper, nor of a subject said only to discuss the words.
Those are refused as said by another (the paper), so unsupported.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.article import ArticleText
from ..page.tokens import Token, tokenize, word_set
from ..people.names import TITLES
from ..sentences.clauses import Verdict, by_subject, lead_in
from ..sentences.opening_subjects import sentence_subject
from ..sentences.speech import ISSUING, PAPERS
from ..sentences.subjects import INSTITUTIONS
from .attribution import by_body, by_title, same_qualifier

_DETERMINERS = word_set("the a an its their his her our this that")
_GENERIC_PAPERS = word_set("document text")
_HANDING = ISSUING | word_set("sent wrote signed sends writes signs")
# Bodies that issue papers, besides the institutions a subject may be ("a junta statement").
_ISSUERS = INSTITUTIONS | word_set(
    """junta palace military party movement group alliance coalition union league mission
    secretariat regime prosecutor prosecutors police ministry"""
)
# Verbs that say what parties talked about, not what they said: the paper's words, not theirs.
_DISCUSSING = word_set(
    """discussed discuss discusses discussing talked reviewed explored exchanged examined
    tackled debated"""
)


def resolve(article: ArticleText, verdict: Verdict, before: int, parts: Sequence[str]) -> Verdict:
    """A title's, a body's or a paper's verdict read against the article (see
    :func:`attribution.by_title`, :func:`attribution.by_body`, :func:`by_paper`,
    :func:`by_sheet`); any other verdict as it is."""
    if verdict.startswith("title:"):
        return by_title(article, verdict.removeprefix("title:"), before, parts)
    if verdict.startswith("body:"):
        return by_body(article, verdict.removeprefix("body:"), before, parts)
    if verdict.startswith("paper:"):
        return by_paper(article, verdict.removeprefix("paper:"), before, parts)
    if verdict.startswith("sheet:"):
        return by_sheet(article, verdict.removeprefix("sheet:"), before, parts)
    return verdict


def _wanted(parts: Sequence[str]) -> list[str]:
    return [t.norm for t in tokenize(" ".join(parts)) if t.norm not in _DETERMINERS]


def _own_words(article: ArticleText, paper: str, before: int, parts: Sequence[str]) -> Verdict:
    """What the paper's own words say of the speaker: "yes" when the speaker is the paper (in
    its words or fewer) or the issuer they name; "other" when they name an issuer and the
    speaker is not it, or the speaker is another paper; "none" when they name no issuer."""
    words = paper.split()
    noun, mods = words[-1], [w.lstrip("^") for w in words[:-1]]
    wanted = _wanted(parts)
    if not wanted or len(parts) != 1:
        return "none"
    if wanted[-1] in PAPERS:  # "the army's statement" for "an army statement"
        same = wanted[-1] == noun and all(w in mods for w in wanted[:-1])
        return "yes" if same else "other"
    body = mods
    if body and body[-1] in _ISSUERS:  # "an army statement", "a foreign ministry statement"
        if wanted[-1] != body[-1] and not {wanted[-1], body[-1]} <= _ARMIES:
            return "other"
        if all(any(same_qualifier(w, m) for m in body) for w in wanted[:-1]):
            return "yes"  # "the ministry" for "a foreign ministry statement"
        return by_body(article, " ".join(body), before, parts)
    named = [w.lstrip("^") for w in words[:-1] if w.startswith("^")]
    if named:  # "a Hamas statement", "a White House statement", "the Houthi statement"
        same = len(wanted) == len(named) and all(map(same_qualifier, wanted, named))
        return "yes" if same else "other"
    return "none"


_ARMIES = word_set("army military forces idf")


def by_sheet(article: ArticleText, paper: str, before: int, parts: Sequence[str]) -> Verdict:
    """ "an army statement said": its own words' verdict (:func:`_own_words`), "back" when they
    name no issuer (the nearest earlier attribution decides, as for "he said")."""
    verdict = _own_words(article, paper, before, parts)
    return "back" if verdict == "none" else verdict


def sheet_with_lead(
    article: ArticleText, verdict: Verdict, before: int, parts: Sequence[str], lead: list[Token]
) -> Verdict:
    """'X hopes "...", a foreign ministry statement said': the paper's issuer, or the subject
    of the clause before the quote when one speaks there: never two parties the paper says
    met ("Sisi and Guterres discussed"), unless it is their joint paper, nor one said only to
    discuss the words."""
    paper = verdict.removeprefix("sheet:")
    own = _own_words(article, paper, before, parts)
    if own == "yes":
        return own
    subject = sentence_subject(lead, article.text)
    if not subject:
        return "back" if own == "none" else own
    joint = "joint" in paper.split()
    if any(t.norm == "and" for t in subject) and not joint:
        return "other"  # the paper describes both; it quotes neither
    if any(t.norm in _DISCUSSING for t in lead):
        return "other"  # what was discussed: the paper's words
    return by_subject(list(parts), subject)


def _issuer(tokens: Sequence[Token], verb: int | None) -> list[Token]:
    """The name right before the verb that hands a paper over ("and rebel leader Musa Kari
    sent a letter": Musa Kari, not the sentence's first subject); empty when none stands
    there."""
    if verb is None:
        return []
    start = verb
    while start and (tokens[start - 1].capitalised or tokens[start - 1].norm in _IN_NAMES):
        start -= 1
    while start < verb and not tokens[start].capitalised and tokens[start].norm not in TITLES:
        start += 1  # "the Chamber of Mines": from its first capitalised word or title
    return list(tokens[start:verb])


_IN_NAMES = TITLES | word_set("of the and for")


def _body_before(tokens: Sequence[Token], verb: int, wanted: Sequence[str]) -> bool:
    """Whether a body the speaker names stands right before the verb that hands the paper
    over, its other words among the four before it ("Uganda's foreign ministry issued")."""
    if not verb or not wanted or wanted[-1] not in _ISSUERS or tokens[verb - 1].norm != wanted[-1]:
        return False
    near = {t.norm for t in tokens[max(verb - 5, 0) : verb - 1]}
    return all(word in near for word in wanted[:-1])


def _body_subject(tokens: Sequence[Token]) -> int:
    """Where a body noun ends the words a sentence opens with ("Kenya's foreign ministry
    condemned", "The dockworkers' union will"): names, possessives and up to two lower-case
    words before it; 0 when the sentence opens otherwise."""
    lower = 0
    for index, token in enumerate(tokens[:6]):
        if token.norm in _ISSUERS:
            return index + 1
        if not token.capitalised:
            lower += 1
            if lower > 2 or not token.norm.isalpha():
                return 0
    return 0


def by_paper(article: ArticleText, paper: str, before: int, parts: Sequence[str]) -> Verdict:
    """ "the statement said": the issuer its own words name (:func:`_own_words`), else the
    paper's issuer as the nearest earlier sentence (two paragraphs back at most) that mentions
    such a paper attributes it ("the Prime Minister's Office said in a statement", "X released
    a statement"); "the document says" takes any paper. A speaker that is itself the paper
    ("the joint statement") is it when the article writes that paper ("in a joint statement")
    and the subject is that noun or "document". With no such paper mentioned, and no issuer in
    its words, the subject of the nearest earlier sentence that speaks (:func:`_said_before`)."""
    words = [w.lstrip("^") for w in paper.split()]
    noun = words[-1]
    nouns = PAPERS if noun in _GENERIC_PAPERS else frozenset({noun})
    own = _own_words(article, paper, before, parts)
    if own == "yes":
        return own
    wanted = _wanted(parts)
    if len(parts) == 1 and wanted and wanted[-1] in PAPERS:
        same = wanted[-1] in nouns and all(w in wanted for w in words[:-1])
        return "yes" if same and article.has_phrase(tuple(wanted)) else "other"
    paragraph = article.paragraph_at(before)
    first = article.sentence_at(before)
    for index in range(first - 1, max(first - 8, -1), -1):
        start, end = article.sentences[index]
        if paragraph - article.paragraph_at(start) > 2:
            break
        outside = article.outside_quotes(start, end)
        if not any(t.norm in nouns for t in outside):
            continue
        issued = next(  # "X issued a statement announcing ...": X's, whatever it announces
            (i for i, t in enumerate(outside) if t.norm in _HANDING
             and any(u.norm in nouns for u in outside[i + 1 : i + 4])),
            None,
        )  # fmt: skip
        if issued is not None and _body_before(outside, issued, wanted):
            return "yes"  # "Uganda's foreign ministry issued a statement"
        verdict = (
            "none" if issued is not None else lead_in(outside, " and ".join(parts), article.text)
        )
        if verdict == "none":
            subject = _issuer(outside, issued) or sentence_subject(outside, article.text)
            verdict = by_subject(list(parts), subject) if subject else "other"
        verdict = resolve(article, verdict, start, parts)
        return "yes" if verdict == "yes" else "other"
    return _said_before(article, first, parts) if own == "none" else "other"


def _said_before(article: ArticleText, first: int, parts: Sequence[str]) -> Verdict:
    """ "Chile's foreign ministry said on Sunday it would ... "...," the statement read.": a
    paper no earlier sentence mentions is the one the nearest earlier speaker put out, in its
    paragraph or the one before: "yes" when that sentence's speech verb has the speaker as
    its subject, else "other". A sentence whose speaker is "it" ("It said he did so") passes
    the reading on to the body named before it."""
    paragraph = article.paragraph_at(article.sentences[first][0])
    for index in range(first - 1, max(first - 4, -1), -1):
        start, end = article.sentences[index]
        if paragraph - article.paragraph_at(start) > 1:
            break
        outside = article.outside_quotes(start, end)
        verdict = lead_in(outside, " and ".join(parts), article.text)
        if verdict == "none":  # "Kenya's foreign ministry condemned the attack."
            body = _body_subject(outside)
            if body:
                return "yes" if _body_before(outside, body, _wanted(parts)) else "other"
            continue
        if verdict.startswith("paper:"):
            return "other"  # another paper speaks there
        if verdict == "back" and outside[0].norm == "it":
            continue  # "X's office confirmed ... It said ...": the body speaks on, read back
        return "yes" if resolve(article, verdict, start, parts) == "yes" else "other"
    return "other"


__all__ = ["by_paper", "by_sheet", "resolve", "sheet_with_lead"]
