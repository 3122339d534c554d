"""The words a speech verb's subject is made of, read for
:mod:`summarizer.verification.sentences.clauses`: pronouns, fillers ("also", "however", "goes on
to"), descriptions standing for a person ("the Kremlin strongman", "Britain's former foreign
secretary"), bodies and papers that speak for themselves ("the ministry", "the statement"), an
office aside without an article ("X, media adviser to Y, told"), a name apposed to a possessive
pronoun ("Her deputy, X, disagreed"), a name qualifying a noun ("the Okafor aide")."""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import SINGULAR_POSSESSIVES, Token, word_set
from ..people.epithet_words import HEADS
from ..people.names import TITLES
from .speech import PAPERS as PAPERS
from .speech import SPEECH_NOUNS, carrying


def gap(text: str, left: Token, right: Token) -> str:
    """The characters between two tokens."""
    return text[left.end : right.start]


SUBJECT_PRONOUNS = word_set("he she they we i it you him them")
POSSESSIVE_PRONOUNS = word_set("his her its their our my your")


ASIDE_STARTS = word_set("who whom which whose where when a an the")


# Words that add nothing to who speaks: "He also said", "and then said", "was quoted".
FILLERS = word_set(
    "also later then again further too still himself herself itself however meanwhile instead"
)
COORDINATORS = word_set("and but")
HELPERS = word_set("would could did does do not never will can may might should must") | (
    word_set("was were is are has had have")
)  # "He would not say"


# Capitalised words that describe rather than name ("the Turkish leader said" points back).
DESCRIBING = word_set(
    """russian ukrainian american chinese european hungarian indian british iranian israeli
    french german italian polish turkish japanese korean saudi syrian belarusian egyptian
    qatari palestinian democratic republican"""
)


def names_someone(subject: Sequence[Token], following: Sequence[Token]) -> bool:
    """Whether a sentence's capitalised subject names someone, rather than only describing
    the one it stands for: a people's word (one of :data:`DESCRIBING`, or by its form, an
    "-an", "-ese", "-ish", "-i" or "-ic" ending) right before a lower-case office names no
    one ("The Tigrayan commander spoke", "the Nigerien general"); "Jordan said", "Iran
    wants", a word before no office, still name."""
    head = following[0] if following else None
    office = head is not None and not head.capitalised and head.norm in HEADS
    return any(
        t.capitalised
        and t.norm not in DESCRIBING
        and not (office and t is subject[-1] and t.norm.endswith(_PEOPLE_ENDINGS))
        for t in subject
    )


_PEOPLE_ENDINGS = ("an", "ese", "ish", "i", "ic")


# A line this short before a line break is a line of its own (a live blog's "10:49", a
# headline), never a hard wrap's: the clause starts again after it.
SHORT_LINE = 30


def short_line(text: str, gap: str, token: Token) -> bool:
    """Whether a line break before ``token`` ends a short line of its own ("10:49")."""
    if "\n" not in gap:
        return False
    line_end = token.start - len(gap) + gap.index("\n")
    return line_end - (text.rfind("\n", 0, line_end) + 1) < SHORT_LINE


def office_of(chunk: list[Token]) -> bool:
    """ "media adviser to X", "spokesman for the ministry", "head of the delegation": a chunk
    opening in lower case whose first four words hold an office word before "to", "for" or
    "of" (what an article-less appositive of a name looks like)."""
    if chunk[0].capitalised or chunk[0].norm in ASIDE_STARTS:
        return False
    words = [t.norm for t in chunk[:5]]
    return any(
        word in FOR_SOMEONE
        and index
        and (words[index - 1] in TITLES or words[index - 1] in OFFICES)
        for index, word in enumerate(words)
    )


# Offices (and kin) written in lower case before "to", "for" or "of" in an appositive.
OFFICES = word_set(
    """adviser advisor aide head spokesman spokeswoman spokesperson envoy negotiator counsel
    assistant secretary deputy lawyer attorney representative member chief director officer
    official consultant strategist coordinator brother sister son daughter mother father wife
    husband widow widower cousin friend niece nephew uncle aunt colleague partner boss"""
)  # kin too: "Rami Aziz, brother of detained activist Sami Aziz, told" is Rami's


def refers_back(subject: list[Token]) -> bool:
    """ "he said", "the president said", "the Turkish leader said": a subject that names no
    one and points back."""
    subject = trimmed(subject)
    if not subject:
        return True
    if subject[-1].norm in SUBJECT_PRONOUNS:
        return True
    if any(t.norm in INSTITUTIONS or t.norm in PAPERS for t in subject):
        return False  # "the ministry said" is the ministry, not whoever spoke before
    return subject[0].norm == "the" and all(
        not t.capitalised or t.norm in DESCRIBING for t in subject[1:]
    )


def title_only(subject: list[Token]) -> str:
    """ "the President", "the president himself", "the US president", "the Kremlin
    spokesperson": a title, after up to three words that qualify it, standing for whoever
    the article named with it; "the army", "the presidency": a body standing for the one
    the article named (a paper: :func:`paper_tag`); "" for any other subject."""
    words = trimmed(subject)
    if len(words) < 2 or words[0].norm != "the" or len(words) > 5:
        return ""
    if words[-1].norm in TITLES and not any(t.norm in SUBJECT_PRONOUNS for t in words):
        return "title:" + " ".join(t.text.replace(".", "") for t in words[1:])  # case kept
    if words[-1].norm in INSTITUTIONS:
        return "body:" + " ".join(t.norm.replace(".", "") for t in words[1:])
    return ""


def said_title(subject: list[Token], text: str) -> str:
    """'"...," said the envoy', 'said the President.': :func:`title_only` of a title in lower
    case, or capitalised and of title words alone with no comma after it (not "said the Acting
    Director General, Energy Pricing Authority, Engr. X", whose name follows, nor "said the
    Vermont senator", an epithet); "" otherwise."""
    title = title_only(subject)
    if not title or title[6:].islower():
        return title
    alone = set(title[6:].lower().split()) <= TITLES
    return title if alone and text[subject[-1].end : subject[-1].end + 1] != "," else ""


# Bodies that speak for themselves: "the ministry said" never points back to a person.
INSTITUTIONS = word_set(
    """ministry ministries government office agency department embassy military army navy
    police committee council commission court company bank parliament cabinet administration
    statement report readout presidency forces authority authorities service institute centre
    center"""
)


def trimmed(subject: list[Token]) -> list[Token]:
    """The subject without trailing fillers ("He also", "the president himself"), without
    the conjunction of a coordinated verb ("and then") and without "goes on to" or
    "proceeded to" before the verb ("He goes on to say" is "He says")."""
    start = 0  # "Then the congressman posted": the adverb is no part of who
    while start < len(subject) - 1 and subject[start].norm in FILLERS:
        start += 1
    subject = subject[start:]
    end = len(subject)
    onward = [t.norm for t in subject[-3:]]  # "He goes on to say", "She proceeded to add"
    if onward[-2:] == ["on", "to"] and len(onward) == 3 and onward[0] in GO:
        end -= 3
    elif onward[-1:] == ["to"] and len(onward) >= 2 and onward[-2] in PROCEED:
        end -= 2
    while end and (
        subject[end - 1].norm in FILLERS
        or subject[end - 1].norm in COORDINATORS
        or subject[end - 1].norm in HELPERS
    ):
        end -= 1
    return subject[:end]


GO = word_set("go goes went going")
PROCEED = word_set("proceed proceeds proceeded proceeding")


# What an issuer puts out, which "says" what its issuer does: "the statement said".


JOINING = word_set("of the and")


def apposed(tokens: Sequence[Token], text: str) -> list[Token]:
    """ "Her deputy, Arjun Rao, disagreed": the name between commas after a possessive
    pronoun and its noun (up to three words), else nothing (the pronoun points back)."""
    for index in range(1, min(len(tokens), 4)):
        if "," not in gap(text, tokens[index - 1], tokens[index]):
            continue
        name: list[Token] = []
        for token in tokens[index : index + 5]:
            if name and "," in gap(text, name[-1], token):
                break
            if not token.capitalised:
                return []
            name.append(token)
        ends = index + len(name)
        closed = ends < len(tokens) and "," in gap(text, name[-1], tokens[ends]) if name else False
        return name if closed and len(name) >= 2 else []
    return []


POSSESSIVE_ENDS = SINGULAR_POSSESSIVES


def qualifies(subject: list[Token], last: int) -> bool:
    """ "the Okafor aide", "a Brandt adviser": after an article, the name qualifies a noun in
    lower case after it, which is who speaks ("Trump later told", "Putin himself said",
    "Trump goes on to say" open with the name, which speaks)."""
    if not subject or subject[0].norm not in {"the", "a", "an"}:
        return False
    rest = subject[last + 1 :]
    return any(
        not t.capitalised
        and t.norm.isalpha()
        and t.norm not in FILLERS
        and t.norm not in HELPERS
        and t.norm not in COORDINATORS
        for t in rest
    )


FOR_SOMEONE = word_set("to for of")


def described(subject: list[Token]) -> bool:
    """A description of someone, not a name: "the" or a place's possessive ("Britain's"),
    then words that end in one in lower case ("the Kremlin strongman", "the former UN
    official and Norwegian foreign minister", "Britain's former foreign secretary"). It
    points back, as "the president" does, to the person the article just named; a body or a
    paper ("the UN agency", "the Hamas statement") speaks for itself."""
    words = trimmed(subject)
    if not 2 <= len(words) <= 10 or words[-1].capitalised or not words[-1].norm.isalpha():
        return False
    head, noun = words[0], words[-1].norm
    place = head.capitalised and head.text.lower().endswith(POSSESSIVE_ENDS) and len(words) > 2
    if head.norm != "the" and not place:
        return False
    if noun in INSTITUTIONS or noun in PAPERS or noun in SPEECH_NOUNS:
        return False  # "the Commerce Ministry veteran" is someone; "the UN agency" is not
    return not any(t.norm in SUBJECT_PRONOUNS for t in words)


def held_for(subject: list[Token], first: int) -> bool:
    """Whether the name at ``subject[first]`` follows "to", "for" or "of", capitalised titles
    skipped ("an adviser to President Lee Jae-myung"): the one an office serves, not its
    holder; a lower-case title is the holder's description ("adviser to the prime minister
    Omar Haidari" is Haidari)."""
    before = first - 1
    while before >= 0 and subject[before].capitalised and subject[before].norm in TITLES:
        before -= 1
    if before < 0 or before == first or subject[before].norm not in FOR_SOMEONE:
        return False
    if subject[before].norm == "of" and before and subject[before - 1].norm == "office":
        return False  # "The office of Prime Minister X issued a statement:": X's office
    # "Secretary of State Marco Rubio": "of" inside a capitalised title, not whom it serves
    return not (before and subject[before - 1].capitalised)


def to_comma(tokens: list[Token], text: str) -> list[Token]:
    """The tokens up to the first comma between two of them."""
    for index in range(1, len(tokens)):
        if "," in gap(text, tokens[index - 1], tokens[index]):
            return tokens[:index]
    return tokens


def name_piece(chunk: list[Token], index: int) -> bool:
    """A hyphenated given name's lower-case half ("Min-jun", "Jae-myung"): joined by a
    hyphen to a capitalised word."""
    token = chunk[index]
    return token.joined and index > 0 and chunk[index - 1].capitalised and token.norm.isalpha()


def paper_tag(subject: list[Token]) -> str:
    """A subject that is a paper speaking ("a presidency statement", "an army statement
    carried by the national agency", "the army's statement", "Hamas's statement"): "paper:"
    for one the article may have named before ("the", or an owner in the possessive), "sheet:"
    for a new one ("a", "an"), then the words before the paper's noun (a capitalised one
    marked "^", as it may name the issuer) and the noun; "" for any other subject. A carrier
    after the noun ("carried by the national agency", "seen by Reuters") is no issuer and is
    dropped; an issuer after "by" or "from" is read by :func:`speech.paper_subject` first."""
    words = trimmed(subject)
    known = bool(words) and words[0].norm == "the"
    if words and words[0].norm in {"a", "an", "the"}:
        words = words[1:]
    noun = next((i for i, t in enumerate(words[:6]) if t.norm in PAPERS), None)
    if noun is None or any(not t.norm.isalpha() or t.norm in SUBJECT_PRONOUNS for t in words):
        return ""
    rest = words[noun + 1 :]
    if rest and rest[0].norm not in _AFTER_PAPER and not carrying(rest[0]):
        return ""  # "the report's authors", "the statement of the ministry"
    known = known or any(possessive_end(t) for t in words[:noun])
    marked = ["^" + t.norm if t.capitalised else t.norm for t in words[:noun]]
    return ("paper:" if known else "sheet:") + " ".join([*marked, words[noun].norm])


# Words that may follow a paper's noun in its subject: when or where it came out.
_AFTER_PAPER = word_set("on in at late early earlier later after following via over overnight")


def office_run(tokens: Sequence[Token], at: int, subject: Sequence[Token]) -> bool:
    """Whether up to three lower-case words from ``at`` end in an office or title before a
    capitalised name ("Union boss Tom Hale", "Dock union leader Sam Okoro", "Norway's
    fisheries minister Ingrid Dahl"): the office's words, which join the subject to the name
    that holds it. Words before the office that may be a verb ("Trump met adviser X",
    "Lee hires aide Y") end the subject instead. A title's "for" ("Minister for Foreign
    Affairs Simon Coveney", "Commissioner for Trade Ana Ruiz") joins it to its portfolio: a
    capitalised title, and no holder's title in the words after it ("the spokesman for
    Foreign Minister Ana Ruiz" serves her, and is not her)."""
    if tokens[at].norm == "for" and at + 1 < len(tokens) and tokens[at + 1].capitalised:
        portfolio = tokens[at + 1 : at + 5]
        if not subject[-1].capitalised or any(t.norm in _HOLDERS for t in portfolio):
            return False
        return subject[-1].norm in TITLES or subject[-1].norm in OFFICES
    for index in range(at, min(at + 3, len(tokens) - 1)):
        token = tokens[index]
        if token.capitalised or not token.norm.isalpha():
            return False
        if token.norm in OFFICES or token.norm in TITLES:
            return tokens[index + 1].capitalised
        if not possessive_end(subject[-1]) and _verb_like(token.norm):
            return False
    return False


def possessive_end(token: Token) -> bool:
    return token.text.lower().endswith(POSSESSIVE_ENDS)


def _verb_like(word: str) -> bool:
    """A word that may be a verb after a name: a past or third-person ending, or a common
    irregular past."""
    return (word.endswith(("ed", "s")) and not word.endswith("ss")) or word in _IRREGULAR


_HOLDERS = word_set(
    """president minister secretary chancellor premier governor senator mayor king queen prince
    leader chairman chair director ambassador envoy speaker general spokesman spokeswoman"""
)
_IRREGULAR = word_set("met told said saw sent took gave made left chose hit let put won lost named")


_CITING = word_set("citing quoting")


def cited(tokens: list[Token], verb: int, text: str) -> list[Token]:
    """The source a reporter cites ("AFP, citing an unnamed official, reported"): the words
    from "citing" to the end of its comma chunk. None when "citing" opens the clause ("Citing
    the army's raids, the rebel leader said": the subject after the comma speaks; check 27)."""
    for index in range(verb - 1, max(verb - 20, -1), -1):
        if tokens[index].norm in _CITING:
            if index == 0:
                return []
            chunk: list[Token] = []
            for token in tokens[index + 1 : verb]:
                if chunk and "," in gap(text, chunk[-1], token):
                    break
                chunk.append(token)
            return chunk
    return []
