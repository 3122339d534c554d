"""The wording of each enumerated value, for the ``status`` support kind
(:mod:`summarizer.verification.status.statuses`): cue phrases per enum class and value.

Words are matched on whole tokens' normal forms; a word ending in "*" is a stem ("postpon*"
is postponed, postponement, postpones); "…" skips a few words. The phrases are generic news
wording for any meeting, truce or measure, in the styles of wire copy, state media, live blogs
and translated copy, never one story's own words.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import word_set
from .family_wordings import EXTRA_WORDINGS
from .shared_acts import PUT_OFF
from .status_figures import EXTRA

# Cue phrases per enum (by class name) and value. Words are matched on whole tokens' normal
# forms; a word ending in "*" is a stem ("postpon*" is postponed, postponement, postpones);
# "…" skips up to GAP words. Chosen to be generic news wording for any meeting, truce or
# measure, never a story's own words.
# A resolve not to take a truce is refusing it ("the government is strong-minded not to have
# a truce", check 23; "determined not to accept a ceasefire", "is not prepared to sign a
# truce"): the resolve or its negated readiness, "to", and a verb of taking, never of keeping
# ("determined not to break / let ... collapse", "unwilling to give up on the truce").
_TAKING = ["have", "accept", "agree", "sign", "grant", "declare", "offer", "enter", "join"]
_RESOLVES = ["determined not", "resolved not", "minded not", "adamant not", "not prepared"]
_RESOLVES += ["not ready", "not willing", "unwilling"]
_RESOLVED_NOT = " | ".join(f"{resolve} to {verb}" for resolve in _RESOLVES for verb in _TAKING)
# What came of a meeting or filled it, with the meeting a noun after it ("a deal was reached
# by a meeting of the ministers", "dominated this week's summit", "a statement adopted at the
# talks"; check 26): it was held.
_OUTCOMES = ["reached", "agreed", "adopted", "issued", "signed", "approved", "on the agenda"]
_MEETINGS = ("meeting*", "talks", "summit*")
_BY_MEETING = " | ".join(
    [f"{done} {prep} … {noun}" for done in _OUTCOMES for prep in ("at", "by", "during")
     for noun in _MEETINGS]
    + [f"{verb} … {noun}" for verb in ("dominated", "overshadowed") for noun in _MEETINGS]
)  # fmt: skip
_SUMMIT = {
    "proposed": """propos* | float* | suggest* | possib* | potential* | idea | offer* | invit* |
        call* for | push* for | want* | wish* | would like | open to | ready to meet |
        willing* | hopes to | hoping to | could meet | might meet | may meet | return visit |
        next meeting | in the works | discuss* … meeting | raised the prospect | seek* |
        sought | envisag* | mooted | pitch* | eyes | eyeing""",
    "scheduled": """schedul* | planned | plans to | plan to | set for | set to | will meet |
        date … agreed | agreed … date | date has been set | date was set | date is set |
        will hold | will host | would meet | would hold | set to meet | is to | are to | due to |
        due in | expected to meet | agreed to meet | agreed to hold | arrang* | date for |
        will gather | would gather | expected to gather | will convene | expected to convene |
        dates | prepar* | slated | upcoming | to be held | will take place | would take place |
        will travel | will visit | would travel | would visit | will fly | due to travel |
        will be held | would be held | will be hosted | is to be held |
        invited to … summit | invited to … meeting | invited to … talks | invited to attend |
        on track | confirmed | fixed | booked | lined up | penciled |
        pencilled | announc* | will attend | will still attend | will also attend |
        will now attend | plans to attend | expected to attend | set to attend |
        will take part | will participate""",
    "under_way": """under way | underway | sat down | are meeting | is meeting | are holding |
        is holding | began | begun | started | ongoing | in progress | being held | kicked off |
        opened | are talking | currently | still meeting | at the time of writing | now meeting |
        wrap up | wraps up | wrapping up | set to wrap up | will wrap up | due to wrap up |
        expected to wrap up | set to wind up | will wind up | wind up | winds up |
        draws to a close | drawing to a close | closes today | ends today | concludes today |
        final day | closing day | second day | third day | closing session | enters its |
        entering its""",
    "held": """met | held | hosted | took place | had a meeting | had talks | shook hands |
        concluded | ended | wrapped up | went ahead | convened | sat down | after … talk* |
        spent … together | spent … hours with | face to face with | hours of talks |
        after … meet* | after … summit* | after … confrontation | after … visit* |
        followed by … meet* | followed by … talk* | followed by … summit* | following … meet* |
        following … talk* | following … summit* | spoke | visited | welcomed | received |
        at a meeting | at the meeting | at their meeting | at a summit | at the summit |
        during … meeting | during … talks | during … summit | during … visit | encounter* | beside |
        alongside | side by side | next to him | joint news conference |
        joint press conference | ran through | ran into | ran until | ran late | lasted |
        stretched into | dragged on | went on until | went on into | continued until |
        continued into | attended | walked out of | stormed out of | left the meeting |
        left the talks | left the summit | joined the talks | joined the meeting |
        joined the summit | when meeting | while meeting | which led to | that led to |
        meeting* … led to | talks … led to | summit* … led to | meeting* … produced |
        talks … produced | summit* … produced | meeting* … resulted in |
        talks … resulted in | """
    + _BY_MEETING,
    "in_doubt": """doubt* | jeopard* | uncertain* | question mark | in question | unclear |
        may not | might not | could be cancel* | could be postpon* | snag | stall* | hang* in |
        hung in |
        whether … will happen | whether … will take place | whether … go ahead |
        could be called off | may be called off | might be called off | could be scrapped |
        could be delayed | could be shelved |
        thrown into | up in the air | at risk | unlikely | less likely | derail* | falter* |
        shaky | bump* | cast* … over | hurdle* | obstacle*""",
    "on_hold": """on hold | brakes | paus* | shelv* | no plans | not planned | no immediate plan* |
        put off | frozen | freez* | on ice | back burner | back seat | halt* | suspend* |
        indefinite* | put aside | set aside | not … immediate future | wasted meeting |
        not happening | not going to happen | no meeting | stall* | sidelined | sidelining |
        mothball* | parked | no date""",
    "postponed": """postpon* | delay* | put off | pushed back | push* … back | reschedul* |
        later date | no new date | without … new date | no fresh date | without … fresh date |
        defer* | not go ahead as planned | until further notice |
        pushed to | moved to | indefinite* | put back | bumped | slip* | not … this week |
        not yet … reschedul* | yet to be reschedul* |
        later than | shifted | will now take place | will now be held""",
    "cancelled": """cancel* | called off | call* … off | scrap* | is off | was off | dropped |
        abandon* | axed | no longer | not necessary | unnecessary | ruled out | scuttl* |
        won't happen | will not happen | will not take place | won't take place |
        eliminated the need | not take place | nixed | pull* … plug | scratched |
        terminat* | scrubbed | shelved | not going ahead | wasted meeting | is dead""",
}
# A truce called off is over (check 27: "has announced to call off its unilateral ceasefire");
# "called off a planned attack, and the truce held" is not: the truce right after the verb
# and its determiner, with at most one word between ("*" is any word).
_CALLED_OFF = " | ".join(
    f"{verb} {det}{gap} {truce}"
    for verb in ("call off", "calls off", "called off", "calling off")
    for det in ("the", "its", "their", "his", "her", "a", "this", "that")
    for gap in ("", " *")
    for truce in ("cease*", "truce*")
)
_TRUCE_STATUS = {
    "proposed": """propos* | plan | plans | call* for | calling for | urg* | push* for |
        offer* | suggest* | float* | idea | initiative | demand* | seek* | sought | want* |
        put forward | insist* | plea | appeal* | pressed for | pressing for | floated | envisag* |
        would | could | possib* | potential | before any | invit* | immediate |
        not agree* | not accept* | extend* | talks on | negotiations on""",
    "accepted_in_principle": """in principle | ready to | willing* | open to | accept* |
        support* | welcom* | correct | agree* | backed | endorse* | positive | consider*""",
    "agreed": """agreed | agrees | agreeing | agree to | agreement to | agreement on |
        agreement was | agreement has | agreement took | agreement between | deal was |
        deal has | a deal to | reached … deal | struck … deal | reached … agreement | signed |
        reached | struck | accept* | sealed | clinch* | brokered | approved | endorse* |
        concluded | entered into | committed | pact | ink* | finalis* | finaliz* |
        hammer* out | hammered | thrash* out | nailed down | secured | settled on | agreed upon |
        the agreement | the deal | the accord | the pact | the arrangement | the understanding |
        the … agreement | the … deal | the … accord | the … pact | this agreement | this deal |
        order* … to observe | order* … to respect | order* … to honour | order* … to honor |
        order* … to abide | order* … to cease | order* … to stop fighting | order* … to halt""",
    "in_effect": """in effect | took effect | takes effect | taken effect | came into force |
        in force | holding | held | began | begun | start* | observed | observing | observes |
        observance |
        ceased fire | declared | halt* |
        went into effect | silence | calm | since the ceasefire | since the truce |
        under way | entered into force | took hold | kicked in | in place | effective | lull |
        into effect | into force | into operation | take* hold | taking hold | kick* in |
        in operation | implement* | enforc* | honour* | honor* | respected | adhered | holds |
        went live | being monitored | being supervised | being overseen | being observed |
        being patrolled | is monitoring | are monitoring | is supervising | are supervising |
        is overseeing | are overseeing | now monitored | now supervised""",
    "violated": """violat* | breach* | broke | broken | despite the ceasefire |
        despite the truce | flout* | infring* | undermin* | not respect*""",
    "expired": """expir* | ended | lapsed | ran out | came to an end | end of |
        elapsed | ends | not extended | not renewed | is over | was over | now over""",
    "rejected": """reject* | refus* | turned down | dismiss* | ruled out | said no | oppos* |
        spurn* | rebuff* | not accept | won't accept | will not accept | unacceptable |
        balk* | snub* | brush* aside | threw out | veto* | turn* … down | repudiat* |
        refusal | no ceasefire | will not agree | won't agree | declin* | resist* |
        before any ceasefire | before any truce | before any deal | before any pause |
        before any halt | must first | denounc* | maximalist | """
    + _RESOLVED_NOT,
    "collapsed": """collaps* | broke down | broken down | fell apart | fall* apart |
        fell through | unravel* | resum* … fighting | fighting resumed | ended |
        is over | was over | now over | is dead | crumbl* | failed | shattered | """
    + _CALLED_OFF,
}
_STANCE = {
    "agreed": """agreed | agrees | agreeing | agree to | agreement to | agreement on |
        agreement was | agreement has | agreement took | agreement between | deal was |
        deal has | a deal to | reached … deal | struck … deal | reached … agreement | accept* |
        will implement | would implement | will observe | would observe | will abide by |
        would abide by | will respect | would respect | will honour | will honor |
        signed | sign on | declared | declares | declaring | joined | approved | consent* |
        ceased fire | halt* |
        committed | endorse* | said yes | positively |
        gave the order | order* | announc* | signed up | on board | arriv* at | an understanding |
        reached … understanding | voted to approve | voted to accept | voted for |
        voted in favo* | approv* the | hammered out | thrashed out""",
    "supports": """support* | back | backed | backs | backing | welcom* | endors* |
        rejoic* | hailed | hails | hailing | encouraged by | sign of hope | signs of hope |
        applaud* | lauded | lauds | lauding | congratulat* | commend* | positive step |
        step forward | right direction | call* on … to abide | call* on … to respect |
        call* on … to commit | call* on … to honour | call* on … to honor |
        call* on … to uphold | call* on … to observe | call* on … to adhere |
        weight behind | stand* behind | stood behind |
        favor* | favour* | in favor |
        in favour | call* for |
        calling for | urg* | push* for | pushing for | want* | ready | willing* | open to |
        correct | good idea | good compromise | fair compromise | acceptable compromise |
        good proposal | good plan | good basis | prais* | champion* | insist* on | needed |
        necessary | essential |
        demand* | seek* | sought | pressed for | press* hard for | lobb* for | case for |
        agree* | accept* | force* … ceasefire |
        force* … truce | force* … talks | force* … table | force* … negotiat* | force* … peace |
        compel* … ceasefire | compel* … truce | compel* … talks | compel* … table |
        compel* … negotiat* | compel* … peace | pressur* … ceasefire | pressur* … truce |
        pressur* … talks | pressur* … table | pressur* … negotiat* | pressur* … peace |
        push* … ceasefire | push* … truce | push* … table | push* … negotiat* | push* … peace |
        bring … to the table | bring … ceasefire | bring … truce | bring about |
        bring … negotiat* |
        drive … to the table | pave* the way | clear* the way | lead to a ceasefire |
        lead to a truce | help* … secure | help* … achieve | help* … reach""",
    "supports_with_conditions": """if | provided | providing | on condition | condition* |
        as long as | only if | strings | subject to | in exchange | must | demand* |
        unless | but | issues | questions | nuances | caveat* | so long as | requir* | insist*
        | on the basis | with the understanding | in return | detail* | needed before |
        need* … before | only after | only once | once | first | precondition* | depend* |
        hinge* | contingent | tied to | linked to""",
    "awaiting_answer": """has not responded | have not responded | yet to | await* |
        no response | no answer | not answered | not yet | silent | studying | considering |
        review* | will respond | mull* | weigh* | yet to respond | yet to reply |
        would respond | respond later | reply later | in due course""",
    "skeptical": """skeptic* | sceptic* | doubt* | wary | cautious* | question* | unconvinced |
        cool* | lukewarm | suspicio* | distrust* | not convinced | hesitan* | reserv* |
        unclear | dismiss* | concern* | criticis* | criticiz* | ploy | trick""",
    "rejects": """reject* | refus* | turned down | dismiss* | oppos* | ruled out | said no |
        won't | will not | spurn* | rebuff* | denounc* | refusal | not accept | no ceasefire |
        unacceptable | declin* | resist* | maximalist | before any | must first | against |
        no to | not agree | never agree | no intention | out of the question | balk* | snub* |
        brush* aside | brush* off | brushed off | throw* out | threw out | thrown out | veto* |
        turn* … down | repudiat* | scorn* | shot down | shoot* down | nix* | rubbish* | """
    + _RESOLVED_NOT,
}
_MEASURE = {
    "proposed": """propos* | plan* | draft* | consider* | call* for | urg* | expected to |
        roll out | push* for | float* | prepar* | weigh* | mull* | discuss* | would | could |
        seek* | want* | new package | next package | recommend* | suggest* | put forward""",
    "threatened": """threat* | warn* | could face | would face | will face | prepared to |
        ready to | consider* | may | if | costs | further action | vow* | pledg* | promis* |
        ultimatum | deadline | unless | secondary""",
    "introduced": """introduc* | unveil* | filed | tabled | submit* | sponsor* |
        put forward | authored | drafted | rolled out | launched | proposed | co-sponsor* |
        cosponsor* | offer* a bill | offer* a … bill | offer* the bill | offer* legislation |
        offer* a resolution | offer* an amendment | brought forward""",
    "in_committee": """committee | mark up | markup | panel | hearing""",
    "vote_expected": """vote | votes | voting | floor | move forward | schedule | take up |
        bring … to | brought to | ready to move | soon | within the next | next week |
        expected | adoption | approval""",
    "passed_one_chamber": """passed | passes | passing | approv* | cleared | adopted | voted""",
    "enacted": """signed into law | enact* | became law | into law | now law | signed""",
    "announced": """announc* | unveil* | said it would | will impose | declar* | revealed |
        rolled out | roll out | confirm* | said … would | said … will | says … would |
        says … will | told … would | told … will | stated … would | stated … will |
        wrote … would | wrote … will | posted … would | posted … will | ordered | directed |
        instructed | decided | decision | outlined | laid out | set out | made public |
        executive order | proclamation | decree* | disclos* | publish* | notif* | notice""",
    "imposed": """imposed | imposes | imposing | reimpos* | reinstat* | sanctioned | sanctioning |
        added |
        designated | designating | designation* | froze | freezing | frozen | blacklist* |
        blocklist* | targeted |
        levied | listed | approved | adopted | adopts | slapped | hit | introduced | signing |
        signed | moved against | took effect | placed | in effect | went into effect |
        under … sanctions | bans | banned | completes | named | blocking | blocked | put … on |
        agreed | enforced | rolled out | new sanctions | fresh sanctions | tightened |
        tightening of | tightens""",
    "in_force": """in force | in effect | took effect | into effect | into force | remain* |
        reinstat* |
        still | existing | already |
        since | continu* | current*""",
    "suspended": """suspen* | paus* | waive* | waiver | on hold | halt* | froze | frozen |
        freez* | delay*""",
    "lifted": """lift* | ease | eased | eases | easing | removed | revoked |
        rescind* | dropped | delist* |
        relief | roll* … back | rolled back | repeal* | end* … sanctions | scrap* |
        unfroze | unfrozen | unfreez*""",
}
_TRUCE_KIND = {
    "energy_infrastructure": """energy | power | electric* | grid* | infrastructure |
        refiner* | plant* | oil | gas""",
    "sea": """sea | maritime | naval | shipping | port | ports | navigation | waters""",
    "air": """air | sky | skies | aerial | drone* | missile* | long-range""",
    "local": """local* | limited | zone | area | town | city | region* | sector | front section |
        around | partial""",
    "humanitarian": """humanitarian | aid | evacuat* | corridor* | easter | christmas |
        holiday | civilians | relief and | relief work* | relief suppl* | relief convoy* |
        relief agenc* | relief operation* | relief effort* | relief goods""",
}
# Sinking ships is an attack (check 24: "it has sunk numerous vessels"); a ferry that sank
# in a storm or talks that sank into deadlock are not: the verb needs a vessel after it.
_SINKING = " | ".join(
    f"{verb} … {vessel}"
    for verb in ("sank", "sunk", "sinking", "sink", "sinks")
    for vessel in ("boat*", "vessel*", "ship*", "warship*", "tanker*", "frigate*", "barge*")
)
_EVENT = {
    "strike": """strike* | struck | hit | hits | bomb* | shell* | missile* | drone* | attack* |
        air raid* | airstrike* | rocket* | barrage | shot down | target* | torpedo* | """
    + _SINKING,
    "attack": """attack* | assault* | offensive | raid* | ambush* | strike* | struck | hit |
        assassinated | assassination* |
        shell* | drone* | fire | fired | launch* | intercept* | bomb* | missile* | rocket* |
        torpedo* | """
    + _SINKING,
    "casualties": """kill* | dead | died | death* | injur* | wound* | casualt* | lost their
        lives | toll | victim* | hurt""",
    "displacement": """displac* | fled | flee* | evacuat* | refugee* | forced from |
        left their homes | return* | uproot*""",
    "aid_pause": """paus* | halt* | suspen* | freez* | froze | held back | cut off | stop* |
        block* | withh* | withdrew | on hold""",
    "aid_resumption": """resum* | restart* | restor* | reopen* | end … freeze |
        lift* | again | flow* | back | unfroze | unfrozen | unfreez*""",
    "prisoner_exchange": """exchang* | swap* | prisoner* | releas* | pow | pows | captive* |
        hostage* | freed""",
    "talks": """talk* | met | meet* | call | calls | spoke | phone* | conversation* |
        negotiat* | discuss* | conference | summit* | dialogue | session | round |
        consultation* | contacts | visit* | telephone | envoy | sat down | contact* |
        reconven* | conven* | rang | dialled | dialed | hotline | video link | videoconferenc* |
        video call | consult* | exchanged views | exchange of views | huddl* | parley* |
        mediat* | hosted | communicat* | correspond* | reached out | called … counterpart* |
        failed to reach … deal | failed to reach … agreement | failed to reach … accord |
        failed to reach … breakthrough | failed to reach … compromise |
        failed to reach … consensus | failed to reach … settlement | failed to agree |
        failed to strike … deal | failed to clinch … deal | failed to seal … deal |
        failed to bridge | failed to narrow … differences""",
    "vote": """vote* | voted | voting | ballot* | approv* | passed | adopted | referendum |
        election* | ayes | noes | yeas | nays | not contents | not content |
        in the division that | in the ensuing division | in the subsequent division |
        result of the division | forced a division | force a division | called a division |
        pressed … to a division | division was called | division lobby | division list |
        division bell | won the division | lost the division | division on … amendment* |
        division on … motion* | division on … bill* | division on … clause* | on a division |
        on division""",
}
VOCABULARIES: dict[str, dict[str, str]] = {
    "SummitStatus": _SUMMIT,
    "CeasefireStatus": _TRUCE_STATUS,
    "Stance": _STANCE,
    "MeasureStatus": _MEASURE,
    "CeasefireKind": _TRUCE_KIND,
    "EventKind": _EVENT,
}
"""The cue phrases, by enum class name and value ("|" between phrases)."""
for (_family, _value), _extra in [*EXTRA.items(), *EXTRA_WORDINGS.items(), *PUT_OFF.items()]:
    VOCABULARIES[_family][_value] += " | " + _extra


def _stems(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# The nouns a status word can belong to, per family: "the upcoming summit" is a scheduled
# meeting, "the upcoming commemoration" is not ("*" is a stem).
HEADS = {
    family: _stems(words)
    for family, words in {
        "SummitStatus": """summit* meeting* meet talk* visit* trip* encounter* session* conferenc*
            sit tete get rendezvous round* negotiat* dialogue face one bilateral* trilateral*
            gathering* huddle*""",
        "CeasefireStatus": """ceasefire* cease truce* armistice* halt* stop* moratori* pause*
            freez* hostilit* fighting front deal* agreement* accord* pact* plan* proposal*
            framework* initiative* arrangement* lull* silence""",
        "MeasureStatus": """sanction* measure* package* bill* tariff* ban* banned embargo*
            legislation act law* order* restriction* cap* lev* dut* round* penalt* action*
            step* listing* designation* freez* curb* control* export* import* asset* quota*
            limit*""",
    }.items()
}
# Words before or inside an agreement noun that make it one not (yet) made: "the proposed
# deal", "talks on the agreement", "the deal Washington is seeking" (stems with "*").
UNMADE = _stems(
    """propos* draft* possib* potential* planned future eventual hoped mooted envisag*
    prospective any elusive seek* sought negotiat* discuss* for toward towards on about over
    into"""
)
# After the noun, in its clause: "the agreement has not been signed", "the deal would".
UNMADE_AFTER = _stems(
    """not no never yet still would could might may being propos* draft* seek* sought
    negotiat* discuss*"""
)
# After "will"/"would" ending a cue: an intention, not a decision ("said he would consider").
TENTATIVE = _stems(
    "consider* look* think* weigh* stud* explor* discuss* review* like want* prefer* try "
    "seek* hope* examin* decide* mull*"
)
# Speakers whose "said ... would" is a forecast, not an announcement ("analysts said the
# duties would be hard to enforce"); and the speech verbs of such cues.
COMMENTATORS = _stems(
    "analyst* expert* economist* critic* observer* commentator* investor* trader* opponent* "
    "skeptic* sceptic* pundit* strategist*"
)
SPEECH = word_set("said says told stated wrote posted")
# What a measure does after "said ... will/would" ("be" is skipped: "would be cut" is "cut").
MEASURE_VERBS = _stems(
    "impos* add* cut* rais* lift* ban* extend* take* appl* sanction* lev* slap* hit target* "
    "freez* halv* doubl* tripl* remov* expand* introduc* enter* come start* begin* end* "
    "tighten* eas* reduc* increas* lower* block* bar* restrict* cover* includ* ris* rose "
    "fall* drop* jump* climb* go kick* phase* expir*"
)
# Verbs of meeting after "last" ("last held talks", "last spoke"): an earlier meeting.
MET = word_set("met held spoke sat saw talked hosted visited convened gathered")
# After "previously", "earlier" or "originally", a participle of planning says when this
# meeting was planned, not that another one happened ("cancel my previously scheduled meeting
# in Buenos Aires" is the cancelled meeting itself).
PLANNED = word_set("scheduled planned arranged set slated announced agreed expected intended")


def plans_this_one(norms: Sequence[str], index: int) -> bool:
    """``norms[index]`` ("previously", "earlier", "originally") opens "previously scheduled"
    and the like: the words date this meeting's plan, not an earlier meeting."""
    return index + 1 < len(norms) and norms[index + 1] in PLANNED


PERIODS = word_set(
    "week month year time summer winter spring autumn fall weekend monday tuesday wednesday "
    "thursday friday saturday sunday january february march april may june july august "
    "september october november december"
)
# Verbs before "to" that report what is happening or was decided ("began to take hold",
# "voted to accept"), not an intention ("agreed to start the ceasefire", "plans to impose").
ASPECT = word_set(
    "began begun begins started starts continued continues continue appeared appears seemed "
    "seems managed came come comes voted votes decided decides chose"
)
# Verbs and adjectives of intention before a bare "to": "agreed to start", "plans to impose",
# "hope to implement", "refused to honour" (not "referred to committee").
INTENTIONS = word_set(
    "agreed agree agrees agreeing plan plans planned planning aim aims aimed aiming hope hopes "
    "hoped hoping intend intends intended want wants wanted expect expects expected promise "
    "promised promises pledge pledged pledges vow vowed vows seek seeks sought try tries tried "
    "trying ready prepared willing set due going move moves moved propose proposes proposed "
    "threaten threatened threatens ask asked asks urge urged urges call called calls refuse "
    "refused refuses decline declined declines fail failed fails need needs needed like wish "
    "wishes wished able unable likely unlikely poised decide deciding"
)
# Words before an adjective-like cue that make it attributive ("the upcoming summit").
DETERMINERS = word_set("the a an this that these those its their his her our s next")
ATTRIBUTE_ENDS = word_set(
    "in at of on for with to between from by about over after before during marking while as "
    "because when where which that who"
)
ADJECTIVES = word_set("upcoming possible potential likely existing current prospective future")
__all__ = [
    "ADJECTIVES",
    "ASPECT",
    "ATTRIBUTE_ENDS",
    "COMMENTATORS",
    "DETERMINERS",
    "HEADS",
    "INTENTIONS",
    "MEASURE_VERBS",
    "MET",
    "PERIODS",
    "SPEECH",
    "TENTATIVE",
    "UNMADE",
    "UNMADE_AFTER",
    "VOCABULARIES",
]
