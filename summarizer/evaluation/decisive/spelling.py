"""When two spellings are one word or one person: a light stemmer (every form of a verb to one
stem, so a negation of "held" is seen against "hold"), the spelling key that lets
transliterations and misspellings through ("Dmitriyev"/"Dmitriev"), nicknames, and the
feminine/masculine rule that keeps "Giorgia" and "Giorgio" apart.
"""

from __future__ import annotations

import re
import unicodedata

from rapidfuzz import fuzz

from summarizer.evaluation.decisive.known_names import KNOWN_PLACES

# Letters that Unicode does not decompose into a base letter and a mark.
_LETTERS = str.maketrans(
    {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "\u0131": "i", "ß": "ss",
     "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "þ": "th", "Þ": "Th"}
)  # fmt: skip


def strip_diacritics(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.translate(_LETTERS))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# Irregular past forms of verbs common in news, read as their base form ("did not hold" vs
# "held" is a negation flip of the same verb).
_IRREGULAR = dict(
    pair.split(":")
    for pair in str.split(
        "held:hold made:make said:say met:meet sent:send won:win lost:lose took:take gave:give "
        "went:go came:come told:tell thought:think brought:bring began:begin left:leave "
        "kept:keep sold:sell bought:buy paid:pay led:lead fought:fight struck:strike saw:see "
        "knew:know spoke:speak broke:break chose:choose fell:fall rose:rise ran:run "
        "stood:stand wrote:write got:get found:find built:build shot:shoot sought:seek "
        "meant:mean felt:feel heard:hear spent:spend withdrew:withdraw drew:draw froze:freeze "
        "became:become understood:understand forgave:forgive overtook:overtake swore:swear "
        "hid:hide stole:steal threw:throw flew:fly grew:grow"
    )
)


def stem(word: str) -> str:
    """A light suffix-stripper, enough for "supports"/"supported"/"supporting" to agree. It
    must give one stem for every form of a verb: "rule"/"ruled"/"ruling" -> "rul",
    "plan"/"planned" -> "plan", or a negation of one form is missed on the other side."""
    word = _IRREGULAR.get(word, word)
    for suffix in ("ings", "ing", "ances", "ance", "ences", "ence", "ies", "ed", "es", "al", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            if suffix == "s" and word.endswith(("ss", "us", "is")):
                break
            word = word[: -len(suffix)] + ("y" if suffix == "ies" else "")
            if suffix in ("ed", "es") and word.endswith("e"):
                word += "e"  # "agreed", "agrees" -> "agree"
            if (
                suffix in ("ed", "ing", "ings")
                and len(word) >= 4
                and word[-1] == word[-2]
                and word[-1] not in "lsz"
                and word[-1] not in "aeiouy"
            ):
                word = word[:-1]  # "planned" -> "plan", but "called", "passed" keep theirs
            break
    if word.endswith("e") and len(word) >= 4 and not word.endswith("ee"):
        word = word[:-1]
    return word


def spelling_key(word: str) -> str:
    """First letter plus consonants: equal for transliterations and common misspellings."""
    word = strip_diacritics(word).lower()
    for old, new in (
        ("ph", "f"), ("gh", "k"), ("ck", "k"), ("c", "k"), ("q", "k"), ("w", "v"), ("x", "ks"),
        ("j", "y")
    ):  # fmt: skip
        word = word.replace(old, new)
    if len(word) > 4 and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    rest = re.sub(r"[aeiouyh]", "", word[1:])
    rest = re.sub(r"(.)\1+", r"\1", rest)
    return word[:1] + rest


_NICKNAMES = dict(
    pair.split(":")
    for pair in str.split(
        "mike:michael bill:william will:william bob:robert rob:robert jim:james jimmy:james "
        "joe:joseph steve:steven stephen:steven tom:thomas dan:daniel dave:david "
        "chris:christopher alex:alexander nick:nicholas tony:anthony ben:benjamin "
        "sam:samuel matt:matthew andy:andrew pete:peter ed:edward rick:richard dick:richard "
        "don:donald liz:elizabeth kate:katherine kathy:katherine jon:jonathan vlad:vladimir"
    )
)


def same_proper(left: str, right: str) -> bool:
    """Two proper-noun tokens name the same thing: equal, a nickname of the same first name
    ("Mike"/"Michael"), or (names outside the known tables) equal spelling keys, or one a
    short form of the other ("Steve"/"Steven")."""
    if left == right or _NICKNAMES.get(left, left) == _NICKNAMES.get(right, right):
        return True
    if left in KNOWN_PLACES and right in KNOWN_PLACES:
        return False
    if min(len(left), len(right)) < 3:
        return False
    if _gendered_pair(left, right):
        return False
    if spelling_key(left) == spelling_key(right) and (
        fuzz.ratio(left, right) >= 70 or sorted(left) == sorted(right)
    ):
        return True
    short, long = sorted((left, right), key=len)
    return len(short) >= 4 and long.startswith(short) and len(long) - len(short) == 1


def _gendered_pair(left: str, right: str) -> bool:
    """The feminine and masculine forms of one name are two people: "Giorgia"/"Giorgio",
    "Alexandra"/"Alexander", "Zakharova"/"Zakharov": exactly one ends in "a", and without
    that "a" it is the other, or the other with its "o" off, or spelt the same."""
    if (left.endswith("a")) == (right.endswith("a")):
        return False
    fem, masc = (left, right) if left.endswith("a") else (right, left)
    base = fem[:-1]
    if len(base) < 3:
        return False
    if masc[-1] in "aeiouy":  # "Giorgio", "Mario"; not a misspelt vowel ("Sandu"/"Sanda")
        return masc[-1] == "o" and masc[:-1] == base
    return masc == base or spelling_key(masc) == spelling_key(base)


def same_spelling(left: str, right: str) -> bool:
    """Two words that are one word spelt two ways (a typo, a transliteration)."""
    return (
        min(len(left), len(right)) >= 4
        and spelling_key(left) == spelling_key(right)
        and fuzz.ratio(left, right) >= 70
    )
