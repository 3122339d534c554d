"""The subject of the sentence a quote's "he said" or "the Russian leader said" is read back
to, read for :mod:`summarizer.verification.quotes.speakers`.

The walk back from a quote stops at the first earlier sentence that gives a verdict. When that
sentence's readers (an epithet, a rival, a paper's reader) settle on someone else, yet its main
clause's named subject is the speaker ("Vanuatu's envoy Ralph Regenvanu had opened those
hearings with a warning. "...," he told the bench"), the pronoun or description goes to that
subject: a name further on ("Donald Trump's senior adviser", "with a warning to judge Y") is no
subject. Not when a second clause with its own subject follows ("X called for a boycott, but Y
rejected the idea") or the sentence credits someone ("according to Amnesty International"):
the pronoun may then be that one's. A possessive is never the subject ("Massad Boulos, Donald
Trump's senior adviser," is Boulos); a name set off by commas after a description that opens
with "the", "its" or a possessive ("The chairman of the Civic Union party, Avi Dagan, saw") is;
a heading line above the paragraph ("COLOMBIA - Talks frozen again") names no subject.

The subject is the antecedent a careful reader picks, never a name inside its apposition, an
object or a list: a name opening the sentence before a lower-case apposition ("Mary-Liz Tuck,
its chief planning officer, stressed"; "Her colleague Prof Ed Wild, who works for X, was
struck"), a name after a fronted adverbial ("Back in July, when ..., border czar Tom Homan
went"), a name with post-nominal letters ("Judge Andrew Menary KC"); "between London and
Birmingham" opens no second clause; a sentence whose subject is the quote's own pronoun after
a lower-case adverbial ("Once the meetings were over he rang Y") chains the reference past its
object (:func:`pronoun_opens`).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from ..page.article import ArticleText
from ..page.possessives import is_possessive
from ..page.tokens import POSSESSIVE_ENDINGS, Token, word_set
from ..people.names import TITLES, find_named
from ..sentences.antecedents import PRONOUNS
from ..sentences.appositive_subjects import unnamed_role_subject
from ..sentences.clauses import Verdict, by_subject
from ..sentences.described_bodies import a_thing, described_body, misfit_description
from ..sentences.genders import gender_of
from ..sentences.interviews import interviewee
from ..sentences.opening_subjects import sentence_subject
from ..sentences.participle_openers import participle_opener
from ..sentences.salient_subjects import fronted_pronoun
from ..sentences.speech import SPEECH_VERBS
from ..sentences.subjects import INSTITUTIONS

# Words that open a second clause with a subject of its own ("..., while Y described it").
_CLAUSES = word_set("while whereas but and whilst")
# Words a description opens with ("The chairman of ...", "Its country director"); a verb's
# object set off by commas ("X met her rival, Y, at") is no such description.
_OPENERS = word_set("the its his her their")
# Words that follow a verb's object set off by commas, where a subject's verb would stand
# ("The ministry summoned the opposition leader, Rami Saleh, on Monday").
_AFTER_OBJECT = word_set(
    "on in at for to with after before from by over during into about as who whose and or"
)
# Words a transitive verb's object opens with ("thanked the club's owner, Y,").
_OBJECT_OPENERS = word_set("the a an its his her their")
# The last words of a body's name: a "he" or "she" by a speech verb is never one.
_BODIES = INSTITUTIONS | word_set(
    "organization organisation party union association federation corporation airlines group"
)
_SAID = word_set("he she")
# Capitalised words that name no person ("on Monday", "in June").
_NO_PERSON = word_set(
    """monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december"""
)
# Words before a capitalised word that make it a place, not a person ("in Prague").
_PLACE_BEFORE = word_set("in to at from near into across")
# Words that may stand before a sentence's opening name ("Also Andriy Yermak, ...").
_LEAD_ADVERBS = word_set("also then later meanwhile separately now again")
# Possessives a description before a name opens with ("Her colleague Prof Ed Wild, ...").
_POSSESSIVES = word_set("his her their its our")
# Letters of an honour or office written after a name ("Paul Greaney KC", "Ann Lee MP").
_POST_NOMINALS = word_set("kc qc sc mp mep msp obe cbe mbe kbe dbe jr sr phd")
# Words an adverbial before a sentence's subject opens with ("Once the talks ended he").
_ADVERBIAL_OPENERS = word_set(
    """once on in at after before later then when while as since during by with last this
    earlier afterwards meanwhile also again now still so but and for over within halfway
    shortly minutes hours moments days weeks soon throughout despite"""
)
# Words that open a fronted clause whose subject is not the main clause's ("When he left, Y").
_SUBORDINATORS = word_set(
    "when after as once before while since until if although though because whenever"
)
# Other words a fronted adverbial opens with ("Back in July, ...", "Asked about it, ...").
_FRONTED = word_set("back late early asked speaking if although though because whether where which")
# Openers of a fronted phrase that credits a view to whom it names ("For X, ...").
_CREDITING = word_set("for according to")
# The longest description a name set off by commas is read after.
_DESCRIPTION = 9


def subject_back(
    article: ArticleText, at: int, verdict: Verdict, parts: Sequence[str], quote: int
) -> Verdict:
    """``verdict`` read back to the sentence at ``at``, before the quote's (at ``quote``):
    "other" made "yes" when that sentence's own named subject is ``parts``; "yes" made
    "other" when the quote's own sentence has a named subject of its own that is not
    ``parts`` and no pronoun that could be read back (one before that subject, or one after
    the quote: '"...," he boasted'): a read-back never passes over a nearer subject."""
    if misfit_description(article, parts, quote):  # "the rival airline", "the tax authority"
        return "other"  # said: another one than ``parts`` (described_bodies.py)
    if verdict == "other" and described_body(article, parts, quote):
        return "yes"  # "the airline said": the salient one of its kind (described_bodies.py)
    own = article.sentence_at(max(quote - 1, 0))
    said = _said(article, own)
    if said and verdict == "yes" and (_body(parts[-1:]) or a_thing(article, " ".join(parts))):
        return "other"  # "The ministry summoned X. "...," he said": a "he" is no body
    if verdict != "other" or article.sentence_at(at) >= own:
        return verdict
    text = article.text
    start, end = article.sentences[article.sentence_at(at)]
    tokens = _last_line(article.outside_quotes(start, end), text)
    subject = _subject(tokens, text)
    rest = [t for t in tokens if t.start >= subject[-1].end] if subject else []
    right_before = article.sentence_at(at) == own - 1  # not past another sentence's "He"
    other_sex = said and subject and right_before and _not_said(article, subject, said)
    if other_sex and _only_other(parts, rest, text):
        return "yes"  # "Mr. X rebuked Ms. Y. "...," she said"; "The ministry summoned Y"
    if not subject or _second_clause(rest, text) or any(t.norm == "according" for t in rest):
        return verdict
    if interviewee(tokens, text):  # "Host X interviewed the striker Y": Y answers, not X
        return verdict  # "X called for a boycott, but Y rejected it", "according to Y": maybe Y
    return "yes" if _names(parts, subject) else verdict


def pronoun_opens(tokens: Sequence[Token], pronoun: str, text: str) -> bool:
    """Whether a sentence's subject is the quote's own "he" or "she": it opens with it, or
    only an adverbial of lower-case words, a day or a month stands before it ("Once the
    meetings were over he rang Vladimir Putin", "On Monday she thanked Y"). Whoever else it
    names is then its object, never the one both pronouns point to. A name before the
    pronoun ("After Merz spoke, he left") may be its antecedent: no such subject. A pronoun
    right after "when", "as" or "after" is the subject of that fronted clause only: the main
    clause after its comma has its own ("When he had gone, his deputy, Ed Gray, spoke"; "As
    she celebrated, her coach Maria Soto wept"), and is the pronoun's only when it opens
    with it ("When he landed, he rang Y"). A fronted prepositional phrase that names no
    person ("With GM still importing cars from Canada, he expects") stands before its
    subject as an adverbial does (:mod:`summarizer.verification.sentences.salient_subjects`)."""
    if (fronted := fronted_pronoun(tokens, text)) is not None:
        return fronted == pronoun
    for index, token in enumerate(tokens):
        if token.norm in PRONOUNS and index and tokens[index - 1].norm in _SUBORDINATORS:
            main = [i for i in range(index + 1, len(tokens)) if _comma(tokens, i, text)]
            if main:
                return tokens[main[0]].norm == pronoun  # the main clause's own subject
            continue  # "Once he was inside he rang Y": the next "he" is the main clause's
        if token.norm in PRONOUNS:
            return token.norm == pronoun  # "she" for a "he" quote: another person opens it
        if index == 0 and token.norm not in _ADVERBIAL_OPENERS | PRONOUNS:
            return False  # "Trump rang Putin, then he said": a named subject
        if index and token.text[:1].isupper() and token.norm not in _NO_PERSON:
            return False
    return False


def _comma(tokens: Sequence[Token], index: int, text: str) -> bool:
    """Whether a comma stands right before the token at ``index``."""
    return "," in text[tokens[index - 1].end : tokens[index].start]


def _subject(tokens: list[Token], text: str) -> list[Token]:
    """The sentence's named subject: a name set off by commas after the description it
    names ("The agency's country director, Leila Moreau, credited", "The chairman of the
    Civic Union party, Avi Dagan, saw"), else the clause reader's subject; none when the
    main clause's subject is a role described and unnamed ("Asked about X's owner, Y, the
    striker shrugged")."""
    if unnamed_role_subject(tokens, text):
        return []
    tokens = tokens[participle_opener(tokens, text) :]  # "Meeting Y in Madrid, X said": X
    commas = [
        i for i, (one, two) in enumerate(pairwise(tokens)) if "," in text[one.end : two.start]
    ]
    if len(commas) >= 2 and commas[0] < _DESCRIPTION and commas[1] + 1 < len(tokens):
        opening, name = tokens[: commas[0] + 1], tokens[commas[0] + 1 : commas[1] + 1]
        verb = tokens[commas[1] + 1]
        described = opening[0].norm in _OPENERS or is_possessive(opening[0], text)
        described = described and len(opening) <= _DESCRIPTION and opening[-1].text.islower()
        described = described and not any(t.norm in SPEECH_VERBS for t in opening)  # "X wrote"
        described = described and not _has_verb(opening)  # "The union thanked the owner, Y,"
        proper = all(t.text[:1].isupper() for t in name) and 2 <= len(name) <= 4
        if described and proper and verb.text.islower() and verb.norm not in _AFTER_OBJECT:
            return name
        if named := _name_first(tokens, commas, text):
            return named
    subject = sentence_subject(tokens, text)
    fronted = bool(commas) and tokens[0].norm in _SUBORDINATORS and bool(subject)
    if fronted and subject[-1] in tokens and tokens.index(subject[-1]) <= commas[0]:
        return _after_fronted(tokens, commas, text)  # "Once Dr X had left, Y took over": Y
    if subject and not (len(subject) == 1 and subject[0].norm in _ADVERBIAL_OPENERS | _FRONTED):
        return subject
    return _after_fronted(tokens, commas, text)  # "Back" is no one


def _after_fronted(tokens: list[Token], commas: list[int], text: str) -> list[Token]:
    """The named subject after a fronted adverbial of several comma chunks ("Back in July,
    when June's tally set a monthly low, border czar Tom Homan went further still"): the
    first chunk after a comma that does not itself open another adverbial or relative and
    opens with a name or a title run."""
    if not tokens or tokens[0].norm not in _ADVERBIAL_OPENERS | _FRONTED:
        return []
    if tokens[0].norm in _CREDITING:  # "For Tatiana Orlova, an economist, X has ...": hers
        return []
    for comma in commas[:3]:
        chunk = tokens[comma + 1 :]
        if not chunk or chunk[0].norm in _ADVERBIAL_OPENERS | _AFTER_OBJECT | _FRONTED:
            continue
        if subject := sentence_subject(chunk, text):
            cut = [
                i
                for i in range(1, len(subject))
                if "," in text[subject[i - 1].end : subject[i].start]
            ]
            subject = subject[cut[-1] :] if cut else subject  # "Tomas Riha, Prime Minister X"
            after = chunk.index(subject[-1]) + 1 if subject[-1] in chunk else len(chunk)
            verb = chunk[after] if after < len(chunk) else None
            if verb is None or "," in text[subject[-1].end : verb.start]:
                continue  # "..., with his minister, Tomas Riha, Prime Minister X approved"
            return subject if verb.text.islower() and verb.norm not in _AFTER_OBJECT else []
        lead = 0  # "border czar Tom Homan went": an office in lower case, then the name
        while lead < min(len(chunk), 3) and chunk[lead].text.islower():
            lead += 1
        run = lead
        while run < len(chunk) and chunk[run].text[:1].isupper():
            run += 1
        verb = chunk[run] if run < len(chunk) else None
        if verb is not None and "," in text[chunk[run - 1].end : verb.start]:
            continue  # an apposition's name, set off by commas
        named = 2 <= run - lead <= 4 and verb is not None and verb.text.islower()
        return chunk[lead:run] if named and verb and verb.norm not in _AFTER_OBJECT else []
    return []


def _name_first(tokens: list[Token], commas: list[int], text: str) -> list[Token]:
    """The name a sentence opens with when a description set off by commas follows it and
    the main verb comes after that ("Mary-Liz Tuck, its chief planning officer, stressed";
    "Her colleague Prof Ed Wild, who works for the hospital, was just as struck"; "Also
    Andriy Yermak, chief of the presidential office, told"): the clause reader stops at the
    first comma, yet the name is the subject, and the people the apposition names ("works
    for Y") are not. The name is the capitalised run ending the words before the first
    comma; before it stand at most an adverb ("Also") or a possessive's noun ("Her
    colleague"); the apposition opens in lower case (a description or a relative, not a
    list of names: "Megan Greene, Clare Lombardelli, Catherine Mann and Huw Pill"), and may
    run on in a relative ("X, its chairman, who took over from Y in May, said")."""
    opening = tokens[: commas[0] + 1]
    run = len(opening)
    while run and (opening[run - 1].text[:1].isupper() or opening[run - 1].norm in TITLES):
        run -= 1
    if run < len(opening) and opening[run].norm in _LEAD_ADVERBS:
        run += 1  # "Also Andriy Yermak": the adverb is no part of the name
    name, lead = opening[run:], opening[:run]
    if not name or len(name) > 5 or is_possessive(name[-1], text):
        return []
    if any(t.norm in _NO_PERSON | _OPENERS | _ADVERBIAL_OPENERS | _FRONTED for t in name):
        return []  # "On Monday,", "The ministry's", "Afterwards,"
    if lead and not (
        (len(lead) == 1 and lead[0].norm in _LEAD_ADVERBS)
        or (lead[0].norm in _POSSESSIVES and len(lead) <= 3)
    ):
        return []  # "Back in July,", "It fell to Cardinal X,": no subject opens it
    if not lead and name[0].norm in _AFTER_OBJECT:
        return []  # "In Seoul, the ministry, ..."
    for first, last in pairwise(commas[:4]):
        apposition = tokens[first + 1 : last + 1]
        if not apposition[0].text[:1].islower() or apposition[0].norm in SPEECH_VERBS:
            return []  # a list of names, or "X, said Y,"
        if any(t.norm in SPEECH_VERBS for t in apposition):
            return []  # "X, the ministry said, will"
        verb = tokens[last + 1] if last + 1 < len(tokens) else None
        if verb is None or not verb.text.islower():
            return []
        if verb.norm not in _AFTER_OBJECT:
            return name
    return []


def _has_verb(opening: list[Token]) -> bool:
    """Whether a description holds a past verb with its object ("The Interior Ministry
    summoned the opposition leader"): then the name after it is that object, no subject."""
    return any(
        one.norm.endswith("ed") and not one.text[:1].isupper() and two.norm in _OBJECT_OPENERS
        for one, two in pairwise(opening)
    )


def _said(article: ArticleText, sentence: int) -> str | None:
    """The "he" or "she" that stands by a speech verb in the quote's sentence ('"...," she
    said', "he told reporters", "said he"): the quote's speaker is a person of that sex. A
    "he" elsewhere ("ordered that he begin serving") tells nothing of the speaker."""
    start, end = article.sentences[sentence]
    tokens = article.outside_quotes(start, end)
    for one, two in pairwise(tokens):
        if one.norm in _SAID and two.norm in SPEECH_VERBS:
            return one.norm
        if one.norm in SPEECH_VERBS and two.norm in _SAID:
            return two.norm
    return None


def _body(parts: Sequence[str]) -> bool:
    """Whether the speaker's name ends in a body's word ("Interior Ministry", "Labour
    Party")."""
    words = parts[-1].split() if parts else []
    return bool(words) and words[-1].lower() in _BODIES


def _not_said(article: ArticleText, subject: list[Token], said: str) -> bool:
    """Whether the sentence's subject cannot be the quote's "he" or "she": a body ("The
    Interior Ministry"), or a person the page marks with the other sex ("Mr. Tom Reed")."""
    if subject[-1].norm in _BODIES:
        return True
    name = " ".join(t.text for t in subject if t.text[:1].isupper() and t.norm not in TITLES)
    return bool(name) and gender_of(article, [name]) not in (None, said)


def _only_other(parts: Sequence[str], rest: list[Token], text: str) -> bool:
    """Whether the speaker is named after the subject and is the only one there: no other
    capitalised word past the speaker's name, a title, a day or month, or a place after "in"
    ("welcomed Ms. Chiara Conti to Prague" has two)."""
    found = find_named(parts[-1], rest, text) if parts else []
    if not found:
        return False
    inside = {i for first, last in found for i in range(first, last + 1)}
    return not any(
        token.text[:1].isupper()
        and index not in inside
        and token.norm not in TITLES | _NO_PERSON
        and not (index and rest[index - 1].norm in _PLACE_BEFORE)
        for index, token in enumerate(rest[1:], 1)
    )


def _names(parts: Sequence[str], subject: list[Token]) -> bool:
    """Whether ``subject`` names ``parts`` outside any possessive ("Putin's aide Yuri
    Ushakov" names Ushakov, not Putin)."""
    owned: list[Token] = []
    while len(subject) > 1 and subject[-1].norm in _POST_NOMINALS:
        subject = subject[:-1]  # "Judge Andrew Menary KC": the honour is no part of the name
    for token in subject:
        if token.text.endswith(POSSESSIVE_ENDINGS):  # the owner's whole name: "Donald Trump's"
            while owned and owned[-1].text[:1].isupper() and owned[-1].end + 1 >= token.start:
                token = owned.pop()
            continue
        owned.append(token)
    return bool(owned) and by_subject(list(parts), owned) == "yes"


def _last_line(tokens: list[Token], text: str) -> list[Token]:
    """A sentence's words from its last line break on (a heading line above it names no
    subject)."""
    breaks = [i for i in range(1, len(tokens)) if "\n" in text[tokens[i - 1].end : tokens[i].start]]
    return tokens[breaks[-1] :] if breaks else tokens


def _second_clause(tokens: list[Token], text: str) -> bool:
    """Whether ``tokens`` (the words between the subject and the quote) open a second clause
    with a subject of its own: "while", "but", "and" followed by a capitalised word."""
    return any(
        (one.norm in _CLAUSES and two.text[:1].isupper() and not _joins_names(tokens, index, text))
        or ";" in text[one.end : two.start]
        for index, (one, two) in enumerate(pairwise(tokens))
    )


def _joins_names(tokens: list[Token], index: int, text: str) -> bool:
    """Whether the "and" at ``index`` joins two names of one list ("between London and
    Birmingham", "met Macron and Tusk"): a capitalised word right before it and no comma
    there, so no clause ends before the "and"."""
    return (
        tokens[index].norm == "and"
        and index > 0
        and tokens[index - 1].text[:1].isupper()
        and tokens[index - 1].norm not in _NO_PERSON
        and "," not in text[tokens[index - 1].end : tokens[index].start]
    )


__all__ = ["pronoun_opens", "subject_back"]
