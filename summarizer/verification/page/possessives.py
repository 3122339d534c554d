"""Whether a token is a possessive, plural ones included.

The tokenizer keeps a singular possessive's "'s" inside the token ("Hamas's") but ends a word
before a trailing apostrophe, so a plural possessive ("the rebels' leader", "the Netherlands'
prime minister") is the bare token "rebels" with the apostrophe in the gap after it: a test of
``token.text.endswith(POSSESSIVE_ENDINGS)`` never sees it. :func:`is_possessive` reads the gap too.

The apostrophe after a word ending in "s" is also how a quotation in single quotes closes
("what he called 'the rebels' and ..."): it is read as a possessive only when no single quote
opened before it in the text is still open, and when a word follows it after one space (a
possessive owns the next word; a closing quote may end the clause: "'the rebels'," or "'.").
"""

from __future__ import annotations

import re

from .tokens import SINGULAR_POSSESSIVES, Token

_APOSTROPHES = ("'", "\u2019")
# A single quote opening a quotation: "\u2018", or a straight quote not after a word or a
# closing mark (after a space, a bracket, a dash, a slash, a colon), before a letter or a digit
# ("'12 nations'", "\u2014'the Americans' text'"); not an elision ("'90s", "\u201890s", "class
# of '08.", "'em", "'Tis", "rock 'n' roll").
_OPENING = re.compile(
    r"(?:\u2018|(?<![\w.,!?'\u2019])'(?=[^\W_]))(?!\d\d(?:s\b|(?![\w\s]))|(?i:em|tis|twas|til|cause|n)\b)"
)
# A single quote closing one: "\u2019" or "'" after a word's end, before a non-letter.
_CLOSING = re.compile(r"(?<=[\w.,!?])['\u2019](?!\w)")


def is_possessive(token: Token, text: str = "") -> bool:
    """Whether ``token`` is a possessive: it ends in "'s" in either case ("Hamas's", "the
    PM\u2019s", "CAVUSOGLU'S"; most rules it replaced folded the case first), or it
    ends in "s" and ``text`` (the text the token's offsets index) holds an apostrophe right
    after it, then one space and a word ("the workers' union", "the Philippines\u2019 coast
    guard"), with no single quotation open before it. Without the text only "'s" is read."""
    if token.text[-2:].lower() in SINGULAR_POSSESSIVES:
        return True  # in capitals too ("MINISTER CAVUSOGLU'S STATEMENTS"), as most rules read it
    end = token.end
    if not text or token.text[-1:] not in ("s", "S") or text[end : end + 1] not in _APOSTROPHES:
        return False
    if text[end + 1 : end + 2] != " " or not text[end + 2 : end + 3].isalnum():
        return False
    return not _open_quote(text, end)


def _open_quote(text: str, at: int) -> bool:
    """Whether a single quotation opened before ``at`` in ``text`` is still open there: the
    last opening single quote before ``at`` in its paragraph (the text from the last line
    break; a quotation running on reopens in the next) with no closing one between."""
    opened = -1
    for match in _OPENING.finditer(text, text.rfind("\n", 0, at) + 1, at):
        opened = match.start()
    if opened < 0:
        return False
    return _CLOSING.search(text, opened + 1, at) is None
