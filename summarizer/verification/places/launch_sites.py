"""Where a strike was launched from is not where it struck (an outside check, 50), for the
``site`` kind (:func:`sites.support_site`, through :func:`scene_places.here_site`).

"The United States fired 59 Tomahawk missiles at Shayrat from two destroyers in the eastern
Mediterranean" puts the strike at Shayrat; the eastern Mediterranean is where the destroyers
fired from. "The Houthis launched a missile from Yemen at Tel Aviv", "drones launched from
Russian territory hit Kharkiv" likewise. A place is a launch site when a verb of firing
("fired", "shot", or "launched" with a missile, a drone or a strike beside it: not
"launched an offensive from Omdurman") stands before it and "from" stands between the verb
and the place, within twelve words of it ("from two destroyers, the USS Porter and USS Ross, in the
eastern Mediterranean"), with no "at", "on" or "into" nor a verb of impact between that
"from" and the place ("rockets fired from Gaza hit a school in Sderot", "fell near Ashkelon":
where it struck); or
when the place is where the firing platform stood, its verb of firing right after ("Two
destroyers in the eastern Mediterranean fired ..."); or, a hit named after it, the place
right after a projectile's "from" or after "took off from" ("a missile from Iran struck
Haifa", session 24); or after "launched" as a participle of projectiles named before it, an
aside allowed before its "from" ("fired two missiles at Kyiv, launched, officials said, from
occupied Crimea", session 25). A strike's event refuses such a place
when every mention of it in the evidence is one; the place struck ("at Shayrat", "hit
Kharkiv") stays its site.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import Token, word_set

_FIRING = word_set("fired fires firing fire shot shoots shooting lobbed")
# "launched" fires only what flies ("launched a missile from Yemen"); "launched an offensive
# from Omdurman" may have fought there.
_LAUNCHING = word_set("launched launches launching launch")
_PROJECTILES = word_set(
    """missile missiles rocket rockets drone drones shell shells mortar mortars tomahawk
    tomahawks bomb bombs projectile projectiles munitions salvo salvoes barrage barrages
    strike strikes airstrike airstrikes"""
)
_STRIKES = frozenset({"strike", "attack"})
_TARGETED = word_set("at on into against onto toward towards")
_REACH = 12
_IMPACT = word_set(
    """hit hits hitting struck strikes striking slammed slamming landed landing lands fell
    falling falls crashed crashing exploded exploding killed killing destroyed damaged
    wounded targeted targeting smashed"""
)
_CLAUSE_LONGEST = 20


_PLATFORMS = word_set(
    """destroyer destroyers warship warships ship ships submarine submarines frigate frigates
    cruiser cruisers jets aircraft bombers planes launchers batteries boats vessels"""
)
_STATIONED = word_set("in off from")
_AHEAD = 4


def launch_site(tokens: Sequence[Token], start: int, size: int = 1) -> bool:
    """Whether the place at ``tokens[start : start + size]`` is where a strike was fired
    from (see the module)."""
    if start and tokens[start - 1].norm in _TARGETED:
        return False
    if _stationed(tokens, start, size) or _sent_from(tokens, start, size):
        return True
    source = None
    for index in range(start - 1, max(start - 1 - _CLAUSE_LONGEST, -1), -1):
        norm = tokens[index].norm
        if norm == "from" and source is None and start - index <= _REACH:
            source = index
        elif norm in _FIRING:
            return source is not None
        elif norm in _LAUNCHING:
            return source is not None and (
                any(t.norm in _PROJECTILES for t in tokens[max(index - 3, 0) : start])
                or _participle(tokens, index, source)
            )
        elif (norm in _TARGETED or norm in _IMPACT) and source is None:
            return False  # "fired from Gaza hit a school in Sderot": where it struck
    return False


# What "launched" takes as its object when it is a verb of its own ("launched an offensive
# from Omdurman"), not a participle of projectiles named before it.
_OBJECTS = word_set("a an offensive operation operations assault attack campaign counteroffensive")


def _participle(tokens: Sequence[Token], launch: int, source: int) -> bool:
    """ "fired two missiles at Kyiv this morning, launched, officials said, from occupied
    Crimea" (check 53): "launched" with no object of its own before its "from" (an aside may
    stand between), and a projectile before it in the sentence: the projectiles' launch."""
    if launch >= source or tokens[launch].norm != "launched":
        return False
    if any(t.norm in _OBJECTS or t.norm in _PROJECTILES for t in tokens[launch + 1 : source]):
        return False
    return any(t.norm in _PROJECTILES for t in tokens[max(launch - _CLAUSE_LONGEST, 0) : launch])


_TAKE_OFF = word_set("took take takes taking")
_POUNDED = word_set("bombed bombing pounded pounding shelled shelling attacked attacking")


def _sent_from(tokens: Sequence[Token], start: int, size: int) -> bool:
    """ "a missile from Iran struck Haifa", "the bombers took off from Engels before striking
    Kyiv" (session 24): the place right after "from", a projectile or "took off" right
    before it, and a verb of impact after the place (the sentence names what was hit)."""
    if start < 2 or tokens[start - 1].norm != "from":
        return False
    before = tokens[start - 2].norm
    took_off = before == "off" and start >= 3 and tokens[start - 3].norm in _TAKE_OFF
    if before not in _PROJECTILES and not took_off:
        return False
    after = tokens[start + size : start + size + 8]
    return any(t.norm in _IMPACT or t.norm in _POUNDED for t in after)


def _stationed(tokens: Sequence[Token], start: int, size: int) -> bool:
    """ "Two destroyers in the eastern Mediterranean fired 59 missiles at Shayrat": the place
    after "in" / "off" / "from" right after a platform noun, a verb of firing within four
    words after it."""
    before = start - 1
    if before >= 0 and tokens[before].norm == "the":
        before -= 1
    if before < 1 or tokens[before].norm not in _STATIONED:
        return False
    if tokens[before - 1].norm not in _PLATFORMS:
        return False
    after = start + size
    return any(t.norm in _FIRING | _LAUNCHING for t in tokens[after : after + _AHEAD])


def strike_kind(fact: object) -> bool:
    """The fact is an event of striking or attacking."""
    kind = getattr(fact, "kind", None)
    return str(getattr(kind, "value", kind)) in _STRIKES


__all__ = ["launch_site", "strike_kind"]
