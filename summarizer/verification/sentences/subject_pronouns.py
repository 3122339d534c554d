"""An event's actor that its evidence gives only by a pronoun, on a page about that person:
an obituary's, a profile's or a news piece's subject (outside check 82, session 37), for
:func:`summarizer.verification.quotes.referred_parties.referred`, which writes the name where
the pronoun stands and asks the actor rule again (so the pronoun is read as the name in that
place would be: "Police arrested him" stays refused as acted on).

The form of English: a page headed by a person ("Jane Goodall dies at 91", "A knighthood for
Khan", "Robert Redford, screen idol, dies") is about that person, and its "he" or "she" goes
on meaning them wherever it stands in the clause ("the youth programme she created", "the
film that marked his debut", "the show went ahead without him", "18:47 - he was born in
Aston") for as long as no other person who may be meant is named. A reader ties the pronoun
to the subject across paragraphs, not only to the subject of the sentence before (the reach
of :func:`referred_parties.references`, two paragraphs, read through sentence subjects, and
of :mod:`summarizer.verification.sides.standins`, a clause's opening pronoun three sentences
back): an obituary's third paragraph of films and places still means its subject by "his".

Read here: "he", "him", "his", "himself" and "she", "her", "hers", "herself", outside
quotation marks, in an evidence sentence, for a person value that is the page's subject (the
page's first line names it in full, or by its last word when the page writes that word after
no other given name) and that the page names, in full or by its last word, before the pronoun.

Not read (the refusal stands):
- another person who may be meant, between the subject's last mention and the pronoun or in
  the pronoun's own sentence: one the page marks with the pronoun's gender ("his son Jack",
  "Mrs Hale"), writes after a title ("Senator Hale"), writes by the last word of a longer
  name (a surname in use: "Paul Hale ... Hale said"), quotes ("Hale said"), or marks as a
  person by "who", an age or a person's noun beside it ("Tony Iommi, the guitarist,"); one
  the page marks with the other gender is no rival ("Sharon, his wife" for "he"), nor a work,
  a place or a body ("All the President's Men", "in Graz", "the Gazette");
- a pronoun of the other gender than the one the page marks its subject with or goes on
  with after naming it ("Dame Ruth Okoye" for "he"; "Ozzy Osbourne ... His family" for
  "Sharon, his wife, put her name to it");
- an owner pronoun whose noun is other people or a body ("His widow set up", "her lawyers",
  "his company pledged"): they act, not the subject;
- a pronoun after a person's description that speaks ("The coach said he would stay");
- a pronoun inside a quotation (its speaker chose whom it means);
- a value the page's first line does not name (no subject: the general readings stand), a
  family member sharing the headline's surname, a value named nowhere before the pronoun.
Left out: "they", "the three", and descriptions ("the singer", "London's mayor", "the Danish
group"): their class and number need readings of their own.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from summarizer.text.vocabulary import STOPWORDS
from ..page.article import ArticleText
from ..page.possessives import is_possessive
from ..page.tokens import SINGULAR_POSSESSIVES, Token, tokenize, word_set
from ..people.names import NOT_NAMES, TITLES, find_phrase, norms
from ..people.party_names import party_of, person_part
from ..people.standin_words import (
    BODY_HEADS,
    BODY_WORDS,
    KIN_HE,
    KIN_SHE,
    ONE_PERSON,
    OWNED_PEOPLE,
    PERSON_HEADS,
    name_runs,
    owned_before,
)
from .genders import gender_of

_HE = word_set("he him his himself")
_SHE = word_set("she her hers herself")
# Nouns after an owner pronoun that act in its place ("his wife said", "her lawyers argued"):
# kin, staff and bodies, beside the standin readers' people (standin_words).
_OTHERS = (
    OWNED_PEOPLE
    | BODY_HEADS
    | word_set(
        """band label estate foundation charity institute office campaign government
        administration cabinet squad team"""
    )
)
_FIRST = word_set("he she his her")
_SAYING = word_set("said says told added wrote recalled insisted argued")
_DETERMINERS = word_set("the a an this that")
_OWNERS = word_set("his her")
_OWNED_REACH = 2  # words from an owner pronoun to its noun ("his two sons", "her own lawyers")


def subject_pronoun_spans(
    value: str, article: ArticleText, index: int
) -> Iterator[tuple[int, int, bool]]:
    """(start, end, owner) of each pronoun in sentence ``index`` that stands for ``value`` as
    the page's subject (see the module); ``owner`` for "his" or an owner's "her", whose name
    is written with "'s"."""
    person = person_part(value)
    words = tuple(norms(tokenize(person)))
    if not words or party_of(value) is not None or set(words) & BODY_WORDS:
        return
    if not _headline_names(article, words):
        return
    marked = gender_of(article, [person]) or _page_gender(article, words)
    if marked is None:
        return
    tokens = article.sentence_tokens(index)
    for position, token in enumerate(tokens):
        pronoun = "he" if token.norm in _HE else "she" if token.norm in _SHE else None
        if pronoun is None or token.joined or article.in_quotes(token.start):
            continue
        if marked != pronoun:
            continue  # "Dame Ruth Okoye ... he", "Sharon, his wife, put her name to it"
        owner = token.norm == "his" or (token.norm == "her" and _owns(tokens, position, article))
        if owner and _owns_others(tokens, position):
            continue  # "His widow set up a fund": she acts, not he
        if not owner and _verb_object(tokens, position):
            continue  # "Her manager described her as tireless": done to her
        if _described_speaker(tokens, position):
            continue  # "The coach said he would stay": the coach's
        if _stands_for(article, index, token, words, pronoun):
            yield token.start, token.end, owner


def _verb_object(tokens: Sequence[Token], position: int) -> bool:
    """Whether "him" or an object's "her" stands right after a word that is no preposition
    ("described her", "called him"): a verb's object, the one the event is done to; after a
    preposition ("without him", "designed by him", "with her") the reading stands."""
    if tokens[position].norm not in {"him", "her"} or position == 0:
        return False
    return tokens[position - 1].norm not in STOPWORDS


def _owned_person(article: ArticleText, begin: int, end: int, gender: str) -> bool:
    """Whether "his" or "her" names one person between ``begin`` and ``end`` ("His brother,
    Michael, joined", "His successor raised rates", "His replacement ... made his debut"): a
    person who may be the one a later pronoun means, unless the noun marks the other gender
    ("Her husband, the painter" for "she"), only owns ("after his brother's death") or only
    gives the news ("has died, his producer said")."""
    other = KIN_SHE if gender == "he" else KIN_HE
    tokens = article.tokens_between(begin, end)
    for at, token in enumerate(tokens):
        if token.norm not in _OWNERS:
            continue
        for noun in tokens[at + 1 : at + 2 + _OWNED_REACH]:
            if noun.norm in ONE_PERSON or noun.norm in PERSON_HEADS:
                owning = noun.text.endswith(SINGULAR_POSSESSIVES)
                speaks = any(t.norm in _SAYING for t in tokens[tokens.index(noun) + 1 :][:2])
                if noun.norm not in other and not owning and not speaks:
                    return True
                break
    return False


def _described_speaker(tokens: Sequence[Token], position: int) -> bool:
    """Whether a person's description speaks before the pronoun in its sentence ("The
    chairman said he", "the club's coach told reporters she"): the pronoun is theirs."""
    for at in range(position):
        described = tokens[at].norm in PERSON_HEADS or (
            tokens[at].norm in ONE_PERSON and owned_before(tokens, position)
        )  # "His biographer wrote that he slept": the owner's one person speaks (go40a)
        if described and any(t.norm in _SAYING for t in tokens[at + 1 : min(at + 3, position)]):
            return True
    return False


def _page_gender(article: ArticleText, words: tuple[str, ...]) -> str | None:
    """The gender of the first "he", "she", "his" or "her" outside quotation marks after the
    subject's first mention on the page's body: the one the page goes on with ("Jane Goodall
    ... has died. She was 91", "Ozzy Osbourne ... has died. His family say")."""
    mentions = [start for start, _ in article.phrase_spans(words)]
    first_line = next((start + len(text) for start, text in article.lines if text.strip()), 0)
    body = [start for start in mentions if start >= first_line]
    if not body:
        return None
    for token in article.tokens_between(body[0], min(len(article.text), body[0] + 600)):
        if token.norm in _FIRST and not article.in_quotes(token.start):
            return "he" if token.norm in _HE else "she"
    return None


def _owns(tokens: Sequence[Token], position: int, article: ArticleText) -> bool:
    """Whether "her" owns the word after it ("her debut"), not an object ("told her that",
    "without her, on")."""
    if position + 1 >= len(tokens):
        return False
    after = tokens[position + 1]
    gap = article.text[tokens[position].end : after.start]
    return gap == " " and after.norm not in STOPWORDS


def _headline_names(article: ArticleText, words: tuple[str, ...]) -> bool:
    """Whether the page's first line names the value: in full, or by its last word when the
    page writes that word after no other given name ("Why Okafor matters": "Grace Okafor";
    not "Carol Pike" under "Harold Pike dies", nor a son under his father's headline)."""
    line = next((text for _, text in article.lines if text.strip()), "")
    tokens = tokenize(line)
    if find_phrase(" ".join(words), tokens):
        return True
    if not any(t.capitalised and t.norm == words[-1] for t in tokens):
        return False
    for begin, _ in article.phrase_spans(words[-1:]):
        before = article.tokens_between(max(0, begin - 30), begin)[-1:]
        given = bool(before) and before[0].capitalised and before[0].norm not in NOT_NAMES
        opening = given and article.sentences[article.sentence_at(before[0].start)][0] == (
            before[0].start
        )
        if opening:  # "Why Okafor matters"; but "Arthur Penhaligon" twice (s41)
            given = len(article.phrase_spans((before[0].norm, words[-1]))) > 1
        if given and (len(words) < 2 or before[0].norm != words[-2]):
            return False  # "Ruth Marr" beside "Dennis Marr": which one the headline means
    return True


def _owns_others(tokens: Sequence[Token], position: int) -> bool:
    """An owner pronoun whose noun is people or a body ("his wife", "her two lawyers")."""
    ahead = tokens[position + 1 : position + 1 + _OWNED_REACH + 1]
    return any(t.norm in _OTHERS for t in ahead)


def _stands_for(
    article: ArticleText, index: int, pronoun: Token, words: tuple[str, ...], gender: str
) -> bool:
    """Whether the subject is named before the pronoun and no rival stands between its last
    mention and the pronoun, nor anywhere in the pronoun's sentence."""
    forms = {words, words[-1:]}
    ends = [
        end
        for form in forms
        for begin, end in article.phrase_spans(form)
        if end <= pronoun.start and (form == words or not _another_given(article, begin, words))
    ]
    if not ends:
        return False
    last = max(ends)
    start, end = article.sentences[index]
    if _owned_person(article, last, pronoun.start, gender):
        return False  # "His brother, Michael, joined the firm, and he opened"
    spans = [(last, pronoun.start), (start, end)]
    for run in (r for a, b in spans for r in name_runs(article.tokens_between(a, b), article)):
        if _rival(run, article, words, gender):
            return False
    return True


def _another_given(article: ArticleText, begin: int, words: tuple[str, ...]) -> bool:
    """Whether the surname at ``begin`` follows another given name than the subject's ("His
    son Robert Penhaligon" on a page about Arthur Penhaligon): a family member's mention."""
    before = article.tokens_between(max(0, begin - 30), begin)[-1:]
    if not before or article.text[before[0].end : begin] != " ":
        return False
    given = before[0].capitalised and before[0].norm not in NOT_NAMES
    return given and (len(words) < 2 or before[0].norm != words[-2])


def _rival(run: list[Token], article: ArticleText, words: tuple[str, ...], gender: str) -> bool:
    """Whether a name may be the one the pronoun means (see the module)."""
    run_words = {t.norm for t in run}
    if run_words <= set(words):
        return False  # the subject's own name
    text = " ".join(t.text for t in run)
    if party_of(text) is not None:
        return False  # a country
    marked = _kin_gender(run, article) or gender_of(article, [text])
    if marked is not None:
        return marked == gender
    person = _titled(run, article) or _apposed_person(run, article)
    if run_words & BODY_WORDS:
        return person  # a body, unless marked a person's ("Terry Mills, who played bass")
    return (
        person
        or _quoted_speaker(run, article)
        or (words[-1] not in run_words and _surname_in_use(run[-1], article))
    )


def _kin_gender(run: list[Token], article: ArticleText) -> str | None:
    """The gender a kin noun beside the name gives it ("His daughter, Carol Pike,", "son
    Robert", "Ruth Marr, his wife"), which :func:`gender_of` reads only after "the" or "a"."""
    before = article.tokens_between(max(0, run[0].start - 20), run[0].start)[-1:]
    ahead = article.tokens_between(run[-1].end, min(len(article.text), run[-1].end + 30))[:2]
    comma = article.text[run[-1].end : run[-1].end + 1] == ","
    nouns = [*before, *(ahead[1:] if comma and ahead and ahead[0].norm in _OWNERS else [])]
    for noun in nouns:
        if noun.norm in KIN_HE or noun.norm in KIN_SHE:
            return "he" if noun.norm in KIN_HE else "she"
    return None


def _titled(run: list[Token], article: ArticleText) -> bool:
    """A title before the name ("Senator Hale", "US Senator Hale", "Dr Amara Obi"); not an
    owner ("All the President's Men" is a film), nor a word inside a longer name ("the Vienna
    State Opera")."""
    before = article.tokens_between(max(0, run[0].start - 40), run[0].start)[-2:]
    if not before or before[-1].norm not in TITLES:
        return False
    if is_possessive(before[-1], article.text):
        return False  # "All the President's Men": an owner
    chained = len(before) == 2 and before[0].capitalised and before[0].norm not in NOT_NAMES
    return not chained or len(run) > 1 or before[0].text.isupper()  # "Vienna State Opera"


def _apposed_person(run: list[Token], article: ArticleText) -> bool:
    """A name English marks as a person's by what stands beside it: "who" or an age after
    its comma ("Tony Iommi, who", "Iommi, 77,"), or a person's noun in apposition or before
    it ("Tony Iommi, the guitarist,", "drummer Ray Dunstan"): a title, or an agent noun in
    "-ist", "-ian" or "-or" ("the 1980 drama", "the 1971 thriller" are none)."""
    ahead = article.tokens_between(run[-1].end, min(len(article.text), run[-1].end + 40))
    comma = article.text[run[-1].end : run[-1].end + 2].startswith(",")
    if comma and ahead and (ahead[0].norm == "who" or ahead[0].is_number):
        return True
    if comma and ahead and (ahead[0].norm in _DETERMINERS or ahead[0].norm in _OWNERS):
        heads = [t for t in ahead[1:4] if not t.capitalised]
        if any(_person_noun(t.norm) for t in heads[:3]):
            return True
    before = article.tokens_between(max(0, run[0].start - 20), run[0].start)[-1:]
    return bool(before) and not before[0].capitalised and _person_noun(before[0].norm)


def _person_noun(norm: str) -> bool:
    return (
        norm in PERSON_HEADS
        or norm in ONE_PERSON  # "His brother, Michael,", "Bisi Adeyemi, her deputy,"
        or (len(norm) > 4 and norm.endswith(("ist", "ian", "tor", "sor")))
    )


def _quoted_speaker(run: list[Token], article: ArticleText) -> bool:
    """The name speaks right beside it ("Hale said", "Amara Obi, 54, told", "said Hale")."""
    ahead = article.tokens_between(run[-1].end, min(len(article.text), run[-1].end + 30))
    before = article.tokens_between(max(0, run[0].start - 12), run[0].start)[-1:]
    return any(t.norm in _SAYING for t in [*ahead[:3], *before])


def _surname_in_use(word: Token, article: ArticleText) -> bool:
    """Whether the page writes the word both after a given name and alone: a person's
    surname in use ("Paul Hale ... Hale said"), as no title of a work or place is written; a
    word after "the" is a body's ("The Coastline Gazette ... the Gazette")."""
    after_name, alone = False, False
    for begin, _ in article.phrase_spans((word.norm,)):
        if not article.text[begin].isupper():
            continue
        before = article.tokens_between(max(0, begin - 30), begin)[-1:]
        named = bool(before) and before[0].capitalised and before[0].norm not in NOT_NAMES
        joined = named and article.text[before[0].end : begin] == " "
        after_name = after_name or joined
        alone = alone or not (joined or (before and before[0].norm in _DETERMINERS))
    return after_name and alone


__all__ = ["subject_pronoun_spans"]
