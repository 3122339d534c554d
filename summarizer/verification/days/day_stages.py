"""A chamber's stages as the roles of the days beside them (check 26: "On 15th January 2018
the House of Lords considered the ... Bill at its Report Stage" is no introduction day). Kept
apart from :mod:`day_roles`, which asks :func:`chamber_role` for these words."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..page.tokens import BE_FORMS, Token, word_set

# A chamber's stages (check 26: "On 15th January 2018 the House of Lords considered the ...
# Bill at its Report Stage" is no introduction day): a reading, read a second or third time,
# or a report or committee stage is a debate; a first reading is the introduction.
_STAGES = word_set("reading readings read stage")
_WEIGHING = word_set(
    """considered consider considers considering discussed discuss discusses discussing
    scrutinised scrutinized scrutinise scrutinize scrutinising scrutinizing examined examine
    examines examining"""
)
_BILLS = word_set("bill bills measure amendment amendments motion legislation act resolution")
_STAGE_WORDS = word_set("second third report committee remaining consideration")
_BE = BE_FORMS


def _stage(tokens: Sequence[Token], index: int) -> str | None:
    """ "second reading", "read a third time", "report stage": a debate; "first reading",
    "read a first time": an introduction; other readings and stages: no role."""
    near = {t.norm for t in tokens[max(index - 2, 0) : index + 4]}
    if tokens[index].norm != "stage" and "first" in near:
        return "introduce"
    return "debate" if not near.isdisjoint(_STAGE_WORDS) else None


def _weighs_measure(tokens: Sequence[Token], index: int, role_of: Mapping[str, str]) -> bool:
    """ "considered the Trade Bill", "considered it", "the amendment was considered": a
    chamber weighing a measure, not "considered a moderate" (the next role word ends the
    object: "the senator, considered a moderate, filed the bill")."""
    if index and tokens[index - 1].norm in _BE:
        return True
    following = tokens[index + 1 : index + 7]
    if following and following[0].norm in {"it", "them"}:
        return True
    for token in following:
        if token.norm in _BILLS:
            return True
        if role_of.get(token.norm) is not None:
            return False
    return False


CHAMBER_WORDS = _STAGES | _WEIGHING


def chamber_role(tokens: Sequence[Token], index: int, role_of: Mapping[str, str]) -> str | None:
    """The role a stage or weighing word at ``index`` gives its day: "debate", "introduce"
    (a first reading) or none; ``role_of`` is :mod:`day_roles`' role words, which end the
    weighed object."""
    if tokens[index].norm in _STAGES:
        return _stage(tokens, index)
    return "debate" if _weighs_measure(tokens, index, role_of) else None


__all__ = ["CHAMBER_WORDS", "chamber_role"]
