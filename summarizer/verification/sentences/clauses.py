"""The clauses around a quotation, read for who speaks: speech verbs and their subjects, the subject
a sentence opens with, the verdicts :mod:`summarizer.verification.quotes.speakers` combines."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..page.stamps import without_stamp
from ..page.tokens import Token, glued, tokenize, word_set
from ..people.names import PARTICLES, TITLES, find_named, split_people
from .interviews import antecedent, as_title, interviewee
from .nested_asides import name_in_aside
from .opening_subjects import LEADING, PREPOSITIONS, and_subject, sentence_subject
from .participles import adding_to, lone_opener, main_clause, opening_pronoun
from .post_asides import post_aside
from .quote_clauses import aside_end, aside_said, leads_on, own_clause, quoted_owner, speaking_part
from .relative_speakers import relative_subject
from .runs import named_at_start, owner_of_next
from .speech import (
    NEAR_WORDS,
    SPEECH_NOUNS,
    aside_opens,
    issued_by,
    issuing_verb,
    paper_issuer,
    paper_subject,
    reach_of,
    released_by,
    speaks_after_quote,
    speech_verbs,
)
from .speech_agents import agent_verdict
from .subject_bounds import led_body, main_verbs
from .subjects import (
    ASIDE_STARTS,
    COORDINATORS,
    FILLERS,
    PAPERS,
    POSSESSIVE_ENDS,
    SUBJECT_PRONOUNS,
    cited,
    described,
    gap,
    held_for,
    name_piece,
    office_of,
    paper_tag,
    qualifies,
    refers_back,
    said_title,
    short_line,
    title_only,
    to_comma,
)
from .title_runs import run_reach
from .unnamed_titles import long_title, titled_verdict, unnamed_verdict

_CLAUSE_WORDS = word_set("while whereas")
_CLAUSE_MARKS = frozenset(';\u201c\u201d"')  # a new clause starts after any of them
_AUXILIARIES = word_set("was were is are has had have") | FILLERS

Verdict = str  # "yes", "back" (refers to an earlier speaker), "other", "none", "unsure"


def _clauses(tokens: list[Token], text: str) -> Iterator[list[Token]]:
    """The tokens split where a clause with its own subject may start (none empty), on demand."""
    clause: list[Token] = []
    for index, token in enumerate(tokens):
        if index:
            gap = text[tokens[index - 1].end : token.start]
            joins = token.norm in _CLAUSE_WORDS or (token.norm == "but" and "," in gap)
            if joins or not _CLAUSE_MARKS.isdisjoint(gap) or short_line(text, gap, token):
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
        if index and (
            "," in text[tokens[index - 1].end : tokens[index].start] or glued(tokens[index])
        ):
            chunks.append([])  # "John KellyWhite House chief of staff": glued as by a comma
        chunks[-1].append(tokens[index])
    chunks = [chunk for chunk in chunks if chunk]
    while len(chunks) > 1 and _adverbial(chunks[0]):
        chunks.pop(0)  # "According to TASS, the ministry called", "At the time, X told"
    while len(chunks) > 1:
        last = chunks[-1]
        head = last[0]
        participle = (  # "acting mayor Artem Kobzar" is a title, not a participle
            not head.capitalised
            and head.norm.endswith(("ing", "ed"))
            and head.norm not in TITLES
            and not (len(last) > 1 and last[1].norm in TITLES)
        )
        appositive = (head.norm in ASIDE_STARTS or head.norm == "of") and (
            head.norm not in {"a", "an", "the", "of"} or _a_name(chunks[-2])
        )  # "Zelenskyy, the president, said", "Kirk, of Illinois, said"; not "The same day, the X"
        appositive = appositive or name_in_aside(chunks[-2], last, head.norm in ASIDE_STARTS)
        auxiliary = all(t.norm in _AUXILIARIES for t in last)  # "Leavitt, for her part, was"
        # "Kevin BradyKevin Patrick Brady": a link's aside; "Ana Ruiz, 79, said": her age
        auxiliary = auxiliary or glued(head) or all(t.is_number for t in last)
        # an office with no article after a name ("X, media adviser to Hamas chief Y, told")
        appositive = appositive or ((office_of(last) or post_aside(last)) and _a_name(chunks[-2]))
        # an aside stands between commas; "with Trump and Bessent threatening" is no aside
        aside = head.norm in PREPOSITIONS and "," in gap(text, last[-1], tokens[verb])
        if appositive or participle or auxiliary or aside:
            chunks.pop()
            continue
        break
    return chunks[-1][-20:] if chunks else []


def _a_name(chunk: list[Token]) -> bool:
    """Whether a comma chunk ends in a name that an appositive may follow: capitalised, and
    not the end of a reported clause ("Israel has received the list on Sunday, the Office
    said": "Sunday" closes what was said, so "the Office" is the subject)."""
    if not (chunk[-1].capitalised or name_piece(chunk, len(chunk) - 1)):
        return False
    return all(
        t.capitalised or t.norm in TITLES or t.norm in PARTICLES or name_piece(chunk, i)
        for i, t in enumerate(chunk)
        if i >= len(chunk) - 4
    )


def _adverbial(chunk: list[Token]) -> bool:
    """A chunk that sets the scene ("According to TASS", "At the time", "Asked about it")."""
    head = chunk[0].norm
    participle = head.endswith(("ing", "ed")) and head not in TITLES  # not "Ted Sarandos":
    participle = participle and not (len(chunk) > 1 and chunk[1].capitalised)  # a given name
    return head in PREPOSITIONS or head in LEADING or participle


def _named_at_end(
    parts: list[str], subject: list[Token], wide: Sequence[Token], text: str = ""
) -> bool:
    """The speaker's last (or only) part ends the subject (within three tokens: "Trump
    later told"), any other parts ("U.K., France and other nations") stand earlier; a name
    in the possessive is not the speaker ("Netanyahu's office said"); a blank one ends none."""
    if not subject or not parts:
        return False
    owned = tokenize(parts[-1])  # "Netanyahu's office" said: the office, as the speaker
    if len(owned) >= 2 and owned[-2].text.lower().endswith(POSSESSIVE_ENDS):
        tail_norms = [t.norm for t in subject[-2:]]
        return tail_norms == [t.norm for t in owned[-2:]]
    ends = [
        last
        for first, last in find_named(parts[-1], subject)
        if len(subject) - 1 - last <= 3
        and not qualifies(subject, last)
        and not owner_of_next(subject, last, text)
        and not held_for(subject, first)  # "an aide to Koval", "to President Koval"
    ]
    return bool(ends) and all(find_named(part, wide) for part in parts[:-1])


def by_subject(parts: list[str], subject: list[Token]) -> Verdict:
    """Verdict of a sentence's named subject: the speaker, or someone else."""
    if not subject:
        return "back"
    if len(subject) > 1 and subject[-2].text.lower().endswith(POSSESSIVE_ENDS):
        return "other"  # "Brandt's office", "Demir's critics"
    return (
        "yes"
        if _named_at_end(parts, subject, subject)
        or any(find_named(part, subject) for part in parts[-1:])
        else "other"
    )


def _judge(parts: list[str], tokens: list[Token], verb: int, text: str) -> Verdict:
    if (agent := agent_verdict(parts, tokens, verb, text)) is not None:
        return agent  # "according to X", "as stated by X" (speech_agents.py)
    before = verb - 1
    while before >= 0 and tokens[before].norm in FILLERS:
        before -= 1
    if before >= 0 and (tokens[before].norm in COORDINATORS or leads_on(tokens, verb, text)):
        return "and"  # "... pinned it on X and said", "... her side, adding:": the subject's
    if (issuer := paper_subject(tokens, verb, text)) is not None:
        return issued_by(parts, issuer)  # "A statement issued by X on Monday said" (check 27)
    subject = _quoted_as_saying(tokens, verb, text)
    if subject is None:  # "X interviewed Y, who said": Y, the name the relative follows
        subject = relative_subject(tokens, verb, text, lambda: sentence_subject(tokens, text))
        subject = subject or antecedent(tokens, before, text) or cited(tokens, verb, text)
        main = [] if subject else main_clause(tokens, verb, text)  # "X spoke, adding,"
        subject = subject or sentence_subject(main, text) or opening_pronoun(main, text)
        subject = subject or _subject(tokens, verb, text)
    if paper := paper_tag(subject):  # its issuer, not a carrier after it (statements.py)
        return paper
    if (unnamed := unnamed_verdict(parts, subject)) != "none":  # "a spokesperson for X"
        return unnamed
    if _named_at_end(parts, subject, tokens[max(verb - 30, 0) : verb], text):
        return "yes"
    if title := title_only(subject):
        return title
    if described(subject):  # "the Kremlin strongman"; "the Okafor aide" is not Okafor
        named = subject + tokens[verb + 1 :]
    elif refers_back(subject):  # "he", "the president"
        named = tokens[verb + 1 :]
    else:
        return "other"
    # "He said Pinto was ready": a name after the verb is never its subject's referent
    return "other" if any(find_named(part, named) for part in parts) else "back"


def _quoted_as_saying(tokens: list[Token], verb: int, text: str) -> list[Token] | None:
    """ "the Kremlin quoted the President as saying": the one quoted (between "quoted" and
    "as"); "Leavitt was quoted by the media as saying": the subject of "was quoted"."""
    if tokens[verb].norm != "saying" or verb < 2 or tokens[verb - 1].norm != "as":
        return None
    for index in range(verb - 2, max(verb - 12, -1), -1):
        if tokens[index].norm in {"quoted", "cited"}:
            between = tokens[index + 1 : verb - 1]
            if between and between[0].norm != "by":  # "X's office quoted him": X
                return quoted_owner(tokens, index, between)
            return _subject(tokens, index, text)
    return None


def lead_in(tokens: list[Token], speaker: str, text: str) -> Verdict:
    """Verdict of the words leading into a quote (or of a whole earlier sentence). A verb
    whose subject points back ("he told Witkoff", ", but said") takes the subject the
    sentence opens with, when it names someone."""
    parts = split_people(speaker)
    tokens = list(without_stamp(tokens, text))
    split = list(_clauses(tokens, text))
    for at, clause in reversed(list(enumerate(split))):
        clause = speaking_part(clause, text)  # no dash aside; "..., and X said" (quote_clauses)
        by = released_by(clause, text)  # "a statement released by the office of X:"
        if by is not None:
            return issued_by(parts, to_comma(clause[by + 1 :], text))  # not ", after Y met"
        verbs = speech_verbs(clause)
        verbs = main_verbs(clause, verbs, text)  # not an opener's, nor "who asked not to"
        verbs = verbs or issuing_verb(clause, text)  # "X issued the following statement:"
        if not verbs:
            continue
        plain = [i for i in verbs if clause[i].norm != "according"]
        # a verb with no subject of its own opens a participle ("Asked about X, Rubio said")
        with_subject = [i for i in plain if _subject(clause, i, text)]
        verb = (with_subject or plain or verbs)[0]
        told = [i for i in with_subject if aside_said(clause, i, text)]  # ", he said,"
        verb = told[-1] if told else verb
        if plain and plain[-1] > 0 and clause[plain[-1] - 1].norm in {"who", "which"}:
            verb = plain[-1]  # "... the warning from Beijing, which said": Beijing's words
        last = clause[-1]
        colon = ":" in text[last.end : last.end + 2]  # "X said on Monday, before Y replied:"
        if colon and plain and plain[-1] == len(clause) - 1 and plain[-1] in with_subject:
            verb = adding_to(clause, plain[-1], text)  # "Webb asked, Dean said, adding:"
        verdict = _judge(parts, clause, verb, text)
        if verdict.startswith("title:") and _after_report(clause, verb, text):
            return verdict  # "Officials will meet, the Malaysian prime minister said"
        if verdict == "back" and clause[0] is tokens[0] and aside_said(clause, verb, text):
            return verdict  # "Tehran would stop, he said, if ...": no name in the report speaks
        if verdict == "back" and described(_subject(clause, verb, text)):
            return verdict  # "The Kremlin strongman said": "Kremlin" opens no name
        if verdict.startswith("title:") and cited(clause, verb, text):
            return verdict  # "X, quoting the president, told": the president's, not X's
        if verdict in ("back", "and") or verdict.startswith("title:"):
            asked = interviewee(tokens, text) if verdict == "back" else []
            if asked:  # "X interviewed Y, and she said": Y (interviews.py)
                return as_title(asked) or by_subject(parts, asked)
            named = (
                and_subject(tokens, text) if verdict == "and" else sentence_subject(tokens, text)
            )
            named = [] if lone_opener(named, tokens, text) else named  # "Pressed, she said"
            if named or verdict == "and":  # "The ministry opened it and said": its body
                return (verdict == "and" and led_body(named)) or by_subject(parts, named)
        if verdict == "other" and at and aside_end(split[at - 1], text):
            return "back"  # "X had raised it, he confirmed, but both sides agreed "...""
        return verdict
    return "none"


_AFTER_RUN = 4  # words a speech verb may stand after a title run's name ("X on Monday told")
_REACTED = SPEECH_NOUNS - PAPERS | word_set("remark claim line")  # the quote: "a remark"


def _after_report(clause: list[Token], verb: int, text: str) -> bool:
    """Whether the verb's subject follows the words it reports after a comma ("Officials will
    meet, the Malaysian prime minister said"): the sentence's opening name is then part of
    what was said, never the one a title stands for."""
    subject = _subject(clause, verb, text)
    if not subject or subject[0] is clause[0]:
        return False
    at = clause.index(subject[0])
    return "," in gap(text, clause[at - 1], subject[0])


def tail(tokens: list[Token], speaker: str, text: str) -> Verdict:
    """Verdict of the words right after a closing quotation mark."""
    parts = split_people(speaker)
    clause = next(_clauses(tokens, text), [])
    if clause and clause[0].norm in _CLAUSE_WORDS:
        return "none"  # '"...", while Israel said nothing': a new clause, another subject
    if len(clause) > 1 and clause[0].norm in {"a", "an"} and clause[1].norm in _REACTED:
        return "none"  # '"...," a phrase Roche called absurd': the quote, as someone's object
    if own_clause(clause):
        return "none"  # '"...", and the ministry then told X': a new clause, another subject
    # an aside, or an office before the name ("senior adviser to the prime minister X told")
    wide = aside_opens(clause[:NEAR_WORDS], text) or long_title(clause)
    reach = max(reach_of(clause, wide), run_reach(clause, 0, text) + _AFTER_RUN)
    for verb, token in enumerate(clause[:reach]):
        if not speaks_after_quote(clause, verb):
            continue
        if verb == 0 and token.norm == "according":  # '"...", according to Xinhua'
            return "credit:" + _judge(parts, clause, verb, text)
        if verb == 0:  # "..." said Trump
            following = clause[1 : max(13, run_reach(clause, 1, text) + 1)]
            if (unnamed := titled_verdict(parts, clause, following, text)) != "none":
                return unnamed  # "said a spokesperson for the UN secretary-general"
            if named_at_start(parts, following, text):
                return "yes"
            issuer = paper_issuer(following, text)  # "said a statement from the office of X"
            if issuer is not None:
                return issued_by(parts, issuer)
            if paper := paper_tag(to_comma(following, text)):  # '"...," said an army statement'
                return paper
            if title := said_title(to_comma(following, text), text):
                return title  # "said the envoy/the President": whom the page gave it (by_title)
            if described(to_comma(following, text)):
                return "back"  # "said the veteran negotiator, who ...": the one just named
            if not following:  # '"...", adding: "..."': the sentence's subject goes on
                return "none"
            return "back" if following[0].norm in SUBJECT_PRONOUNS else "other"
        return _judge(parts, clause, verb, text)  # a paper's: its issuer, or X of 'X hopes "..."'
    return "none"
