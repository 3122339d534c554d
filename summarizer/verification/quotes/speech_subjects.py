"""Who speaks when a quote's sentence attributes it by pronoun or through a reporter (check 39).

:mod:`summarizer.verification.quotes.speakers` reads the clause leading into a quote; these readings
follow the grammar further where that reading names no one or someone who only relays:
- a relayed quote: "She called it "...", Obi recalled of the envoy Ana Ruiz": a pronoun subject
  speaks the quote, and a speech verb followed by "of" after it names whom the pronoun means
  (Ruiz speaks; Obi only recalls, the quote is not his);
- a reporting frame: "The ministry says Hale told Li on Monday that he expected "..."": the
  inner speech verb whose clause holds the quote ("told ... that", "warned that") has the
  speaker for subject; the outer subject only reports it;
- a heading line with no full stop above the paragraph ("23:20 - Ruiz welcomes the deal") is
  not part of the quote's sentence: the lead is read from the quote's own line;
- a pronoun subject ("He raised X and warned of "..."", "she wrote that ...") points back to the
  named subject of the nearest earlier clause that has one; a subject that names no one ("This
  newspaper has long argued ...") is skipped, and a page that marks the person with the other
  gender never lets the pronoun mean them (:mod:`summarizer.verification.sentences.genders`).
Each reading only runs when its cue words stand in the sentence.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from summarizer.text.vocabulary import MONTHS, WEEKDAYS
from ..context import Result
from ..page.article import ArticleText
from ..page.stamps import without_stamp
from ..page.tokens import SINGULAR_POSSESSIVES, Token, word_set
from ..people.names import find_named, split_people
from ..sentences.antecedents import PRONOUNS
from ..sentences.clauses import lead_in
from ..sentences.genders import gender_of
from ..sentences.speech import SPEECH_VERBS
from ..sentences.subjects import gap
from .title_referents import title_referent

# Verbs that take the reported clause holding the quote ("told X that", "warned that").
_THAT = word_set("that")
# Reporting verbs that frame another's words with no object ("The ministry says Hale told").
_FRAMES = word_set(
    "says said say reports reported writes wrote states stated claims claimed confirmed added adds"
)
# Words that may stand between a subject and its verb ("he also warned", "Hale had told").
BETWEEN = word_set("also then later again had has have once still repeatedly mostly just")
# Words opening a subordinate clause: "... came eight days after Hale first threatened it".
_SUBORDINATE = word_set("after before when while because since until")
# What an earlier clause may open with before its subject ("and on Wednesday Hale ...").
_OPENING = _SUBORDINATE | word_set(
    "and but on in at late early last this that later earlier then so yet the a an"
)
_CALENDAR = frozenset(MONTHS) | frozenset(WEEKDAYS)
_SUBJECT_PRONOUNS = PRONOUNS & word_set("he she")
_OBJECT_PRONOUNS = word_set("her him them")


def relay_verdict(
    article: ArticleText, spans: Sequence[tuple[int, int]], value: str
) -> Result | None:
    """ "She called it "...", Obi recalled of the envoy Ana Ruiz": True for the one recalled
    of, a refusal for the one recalling, None when the sentence is not so built."""
    text = article.text
    parts = split_people(value)
    for start, end in spans:
        region = article.quoted_region_at(start) or (start, end)
        first, last = article.sentences[article.sentence_at(region[1])]
        after = article.outside_quotes(region[1] + 1, last)
        verb = next(
            (i for i in range(min(len(after) - 1, 8)) if after[i].norm in SPEECH_VERBS
             and after[i + 1].norm == "of"),
            None,
        )  # fmt: skip
        if verb is None:
            continue
        lead = article.outside_quotes(max(first, _line_start(text, region[0])), region[0])
        if not _pronoun_speaks(lead):
            continue
        recalled = after[verb + 2 :]
        if any(find_named(part, recalled, text) for part in parts):
            return True, ""
        if any(find_named(part, after[:verb], text) for part in parts):
            return False, f"{value!r} only recalls the words; the quote is another's"
    return None


def _pronoun_speaks(lead: Sequence[Token]) -> bool:
    """ "She said", "He also warned": a subject pronoun with a speech verb of its own and no
    one else's pronoun after it ("She was "furious"" describes; "He called her "..."" is
    someone's words about her)."""
    if not lead or lead[0].norm not in _SUBJECT_PRONOUNS:
        return False
    verb = 1
    while verb < len(lead) and lead[verb].norm in BETWEEN:
        verb += 1
    if verb >= len(lead) or lead[verb].norm not in SPEECH_VERBS:
        return False
    return _OBJECT_PRONOUNS.isdisjoint(t.norm for t in lead[verb + 1 :])


def subject_verdict(article: ArticleText, spans: Sequence[tuple[int, int]], value: str) -> bool:
    """Whether the quote's own line attributes it to ``value`` by a reporting frame's inner
    subject, by a lead read without a heading line, or by a pronoun subject read back."""
    text = article.text
    parts = split_people(value)
    for start, end in spans:
        region = article.quoted_region_at(start) or (start, end)
        index = article.sentence_at(max(region[0] - 1, 0))
        first = article.sentences[index][0]
        line = _line_start(text, region[0])
        lead = article.outside_quotes(max(first, line), region[0])
        if line > first and lead and lead_in(lead, value, text) == "yes":
            return True  # "23:20 - Ruiz welcomes the deal\nSpeaking ..., Ruiz said ..."
        verbs = [i for i, token in enumerate(lead) if token.norm in SPEECH_VERBS]
        if len(verbs) > 1 and _inner_subject(lead, verbs, parts, text):
            return True
        if _office_verdict(article, lead, index, value):  # "His office said in a statement:"
            return True
        if verbs and lead[0].norm in PRONOUNS and _clause_free(lead, verbs[0], text):
            if gender_of(article, parts) not in (None, lead[0].norm):
                continue
            if named_back(article, index, parts):
                return True
    return title_referent(article, spans, value)  # "the U.S. president said" (title_referents)


def _office_verdict(article: ArticleText, lead: Sequence[Token], index: int, value: str) -> bool:
    """Whether "His office ..." leads into the quote and ``value`` is the office of the one the
    pronoun points back to (the nearest earlier named subject, of the pronoun's gender)."""
    person = _office_holder(value) if _office_lead(lead) else None
    if person is None or gender_of(article, [person]) not in (None, _HOLDER[lead[0].norm]):
        return False
    return named_back(article, index, [person])


def _office_holder(value: str) -> str | None:
    """The person whose office a speaker value names ("Office of Benjamin Netanyahu", "the
    office of X", "Netanyahu's office"), or None."""
    words = value.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if len(words) >= 3 and [w.lower() for w in words[:2]] == ["office", "of"]:
        return " ".join(words[2:])
    if len(words) >= 2 and words[-1].lower() == "office":
        owner = " ".join(words[:-1])
        for ending in SINGULAR_POSSESSIVES:
            if owner.endswith(ending):
                return owner.removesuffix(ending)
    return None


def _office_lead(lead: Sequence[Token]) -> bool:
    """A lead opening "His office" or "Her office" whose own verb speaks or issues ("His office
    put it more gently in a statement:", "Her office said", "His office issued one line in a
    statement:"): the office of the one the pronoun means (check 53). Not when the office is
    only acted on or denies ("His office was searched, prosecutors said in a statement:", "His
    office denied that he had said"), nor when the words after its verb give the paper or the
    saying to another ("released a statement from his wife:", "declined to comment, but a
    statement from his party said:")."""
    if len(lead) < 3 or lead[0].norm not in _HOLDER or lead[1].norm != "office":
        return False
    at = 2
    while at < len(lead) and (lead[at].norm in BETWEEN or lead[at].norm.endswith("ly")):
        at += 1  # "His office also said", "Her office quickly added"
    if at == len(lead) or lead[at].norm not in _OFFICE_VERBS:
        return False
    rest = lead[at + 1 :]
    if any(t.norm in SPEECH_VERBS for t in rest):
        return False  # "denied that he had said", "declined to comment, but ... said"
    return not any(  # "a statement from his wife", "a letter by the family"
        t.norm in ("from", "by") and nxt.norm in _ANOTHERS for t, nxt in pairwise(rest)
    )


_HOLDER = {"his": "he", "her": "she"}
# What an office does when the words are its own ("said", "put it", "issued a statement").
_OFFICE_VERBS = (SPEECH_VERBS | word_set("put issued released posted published sent")) - word_set(
    "denied denies deny declined refused disputed rejected"
)
# Words after "from" / "by" that name another source than the office ("from his wife").
_ANOTHERS = word_set("his her their its the a an")


def _line_start(text: str, offset: int) -> int:
    return text.rfind("\n", 0, offset) + 1


def _inner_subject(lead: Sequence[Token], verbs: list[int], parts: list[str], text: str) -> bool:
    """ "The ministry says Hale told Li that he expected": a later speech verb whose named
    subject stands right after the first verb (or its "that"), and whose clause runs on with
    "that" (or ends) before the quote."""
    if lead[verbs[0]].norm not in _FRAMES:
        return False  # "he told Witkoff, according to an official, that": no frame
    for verb in verbs[1:]:
        if lead[verb].norm == "according":
            continue
        start = verbs[0] + 1
        if start < len(lead) and lead[start].norm in _THAT:
            start += 1
        subject = lead[start:verb]
        while subject and subject[-1].norm in BETWEEN:
            subject = subject[:-1]
        if not subject or not all(t.capitalised for t in subject):
            continue
        rest = lead[verb + 1 :]
        framed = any(t.norm in _THAT for t in rest) or not rest or lead[verb].norm == "told"
        if framed and any(find_named(part, subject, text) for part in parts):
            return True
    return False


def _clause_free(lead: Sequence[Token], verb: int, text: str) -> bool:
    """The pronoun opening the lead is its speech verb's subject: no clause break (";" or a
    colon) and no other subject pronoun between them."""
    for index in range(1, verb + 1):
        if set(gap(text, lead[index - 1], lead[index])) & {";", ":"}:
            return False
        if lead[index].norm in PRONOUNS and index < verb:
            return False
    return True


def named_back(article: ArticleText, sentence: int, parts: list[str]) -> bool:
    """The named subject of the nearest earlier clause (in the two sentences before, the
    same paragraph) is ``parts``' person; clauses whose subject names no one are skipped."""
    text = article.text
    paragraph = article.paragraph_at(article.sentences[sentence][0])
    for index in range(sentence - 1, max(sentence - 3, -1), -1):
        start, end = article.sentences[index]
        if article.paragraph_at(start) != paragraph:
            return False
        tokens = without_stamp(article.outside_quotes(start, end), text)  # no "ANCHOR:" label
        for clause in reversed(_clauses(tokens, text)):
            subject = _named_subject(clause, text)
            if subject:
                return any(find_named(part, subject, text) for part in parts)
    return False


def _clauses(tokens: Sequence[Token], text: str) -> list[list[Token]]:
    """A sentence's clauses, parted at ";" and at ", and" / ", but"."""
    clauses: list[list[Token]] = [[]]
    for index, token in enumerate(tokens):
        before = gap(text, tokens[index - 1], token) if index else ""
        if (
            ";" in before
            or ("," in before and token.norm in ("and", "but"))
            or (index and token.norm in _SUBORDINATE)
        ):
            clauses.append([])
        clauses[-1].append(token)
    return [clause for clause in clauses if clause]


def _named_subject(clause: Sequence[Token], text: str) -> list[Token]:
    """The capitalised run a clause opens with, after an opening phrase ended by a comma ("At
    the airport, Lim ...") or its opening words and days ("and on Wednesday Hale mostly
    managed that": Hale); empty when it opens with a lower-case noun."""
    index = 0
    if clause and clause[0].norm in _OPENING:
        commas = [
            i for i in range(1, min(len(clause), 8)) if "," in gap(text, clause[i - 1], clause[i])
        ]
        index = commas[0] if commas else 0
    while index < len(clause) and (
        clause[index].norm in _OPENING or clause[index].norm in _CALENDAR
    ):
        index += 1
    run: list[Token] = []
    while index < len(clause) and clause[index].capitalised:
        run.append(clause[index])
        index += 1
    return run
