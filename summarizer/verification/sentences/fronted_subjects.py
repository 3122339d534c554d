"""The named subject of a sentence that opens with more than one fronted chunk, for a later "he
said" to point back to (check 40): "On Saturday, at a meeting with his army chief, Oleg Sokolov,
President Ivan Petrov ordered a pause. He told the general, ..." is Petrov's, not Sokolov's.
:func:`~summarizer.verification.sentences.opening_subjects.sentence_subject` reads one fronted
chunk; here the comma chunks are walked: a chunk opening with a preposition or a time adverb is
fronted; a chunk of capitalised words right after a fronted chunk (or one ending in a common
noun: "with his army chief, Oleg Sokolov,") is that chunk's appositive; the first other chunk is
the main clause, and its opening run of titles and capitalised words, followed by a lower-case
word (its verb), is the subject. Anything else reads no subject.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from ..page.stamps import without_stamp
from ..page.tokens import Token, word_set
from ..people.names import PARTICLES, TITLES

# Words a fronted chunk opens with: prepositions and time adverbs.
_FRONTING = word_set(
    """on in at after before during since following amid despite with without under over
    from for earlier later meanwhile last yesterday today back speaking addressing"""
)
_MOST_CHUNKS = 6


def fronted_subject(tokens: Sequence[Token], text: str) -> list[Token]:
    """The subject after two or more fronted chunks, or empty (see the module)."""
    tokens = without_stamp(tokens, text)  # "MOSCOW (Wire) - On Saturday, ..."
    if len(tokens) < 6 or tokens[0].norm not in _FRONTING:
        return []
    chunks: list[list[Token]] = [[tokens[0]]]
    for before, token in pairwise(tokens):
        if "," in text[before.end : token.start]:
            if len(chunks) == _MOST_CHUNKS:
                return []
            chunks.append([])
        chunks[-1].append(token)
    for index, chunk in enumerate(chunks[1:], 1):
        previous = chunks[index - 1]
        if chunk[0].norm in _FRONTING:
            continue
        if _name_only(chunk) and (previous[0].norm in _FRONTING or not previous[-1].capitalised):
            continue  # "with his army chief, Oleg Sokolov,": the noun's appositive
        return _opening_run(chunk) if index > 1 else []
    return []


def _name_only(chunk: list[Token]) -> bool:
    return len(chunk) <= 5 and all(t.capitalised or t.norm in PARTICLES for t in chunk)


def _opening_run(chunk: list[Token]) -> list[Token]:
    run: list[Token] = []
    for token in chunk:
        if token.capitalised or token.norm in TITLES or (run and token.norm in PARTICLES):
            run.append(token)
            continue
        break
    named = any(t.capitalised and t.norm not in TITLES for t in run)
    return run if named and len(run) < len(chunk) else []
