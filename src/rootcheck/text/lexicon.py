"""The words whose change in a quote changes what it says, by kind: negations, directions for more and
less and for better and worse, and words of promise. A slipped quote may not add or leave out one
(see :mod:`rootcheck.text.meaning`); these lists are what it is compared by. Beside them, the words
that leave a source unnamed or say what is only reported (:data:`ANONYMITY`, :data:`AS_REPORTED`),
and where a sentence or a clause stops (:data:`SENTENCE_STOP`, :data:`CLAUSE_STOP`), which the checks
of a quote's edges read too.
"""

from __future__ import annotations


def word_set(text: str) -> frozenset[str]:
    """The words of ``text``, parted by spaces: a word list written as prose."""
    return frozenset(text.split())


def _pairs(text: str) -> dict[str, str]:
    """Each first word of two for the second: "met meeting  hit hitting" for {"met": "meeting", "hit": "hitting"}."""
    words = text.split()
    return dict(zip(words[::2], words[1::2], strict=True))


#: Words that deny what follows, or all but deny it ("has failed to help", "has hardly helped").
#: Contractions ("hasn't", "can't") and "cannot" count as "not".
NEGATIONS = word_set(
    """not no never nor neither none nothing nobody nowhere without fail fails failed failing hardly
    barely scarcely seldom rarely little few"""
)
#: Words that all but deny only on their own: "little reason", "few families", but "a little help",
#: "the few who stayed", "every few months" (after these words), or "little-known" (joined).
DENYING_ALONE = word_set("little few")
#: The words after which "little" and "few" count or measure, and deny nothing.
QUANTIFYING = word_set(
    "a the every last next past first these those coming recent previous following its their his her our my your what"
)
#: Words that stand before a noun and its words: after them "claims" is a noun ("the TPS claims"),
#: "scheduled" a description ("the scheduled flights").
DETERMINERS = word_set(
    "the a an its their his her our these those this that most some all many any each every such"
)
#: Words a slipped quote may put before a word of its passage, saying nothing of what it names (see
#: :mod:`rootcheck.text.named`): joining words, pronouns, particles ("set up"), and words that take
#: a thing whole ("Total exports" for "Exports").
PUT_IN_FREELY = word_set(
    """and or but nor yet so then there here it they we he she them us him her i you who whom whose
    which what of about among between after before within without via per than like against toward
    towards around upon do does did done being up out off also too very more most less least percent
    cent total overall combined whole entire"""
)
#: Adverbs that may follow a pair that denies before what it denies: "rather than just managing".
PAIR_ADVERBS = word_set("just only merely simply even")
#: Two words that deny together what follows them ("rather than managing", "instead of building",
#: "refused to pay", "was unable to hire", "has yet to disburse", "has still to"), each first word
#: with its second: read as one word, as a negation and as an elision's edge. Not "declined to", as
#: often a number's fall ("declined to 40 percent") as a refusal.
DENYING_PAIRS = {
    "rather": "than",
    "instead": "of",
    "refused": "to",
    "refuses": "to",
    "refuse": "to",
    "refusing": "to",
    "unable": "to",
    "yet": "to",
    "still": "to",
}
#: The first words of the pairs that deny only an infinitive after their "to": not "Asylum was refused
#: to 4,000 applicants", "yet to this day", "the largest yet to reach" (see
#: :func:`rootcheck.text.meaning.negations`).
TO_AN_INFINITIVE = frozenset(["refused", "refuses", "refuse", "refusing", "unable", "yet", "still"])
#: Words after "to" that are no verb: the "to" is a preposition's ("refused to the caravan").
NOT_AN_INFINITIVE = word_set(
    "the a an this that these those its their his her our my your most many some all any every each date"
)


#: Words that say which way a quantity went, or stands against another. Those that bound a number
#: ("more than", "fewer than", "above") are the figure's to check (see :mod:`rootcheck.text.figures`).
UP = word_set(
    """increase increased increases increasing rise rises rose risen rising grow grows grew grown growing
    gain gains gained gaining expand expands expanded expanding exceed exceeds exceeded exceeding
    boost boosts boosted boosting spur spurs spurred spurring surge surges surged surging spike spikes
    spiked spiking jump jumps jumped jumping soar soars soared soaring climb climbs climbed climbing
    raise raises raised raising widen widens widened widening
    high higher highest larger largest greater up doubled tripled"""
)
DOWN = word_set(
    """decrease decreased decreases decreasing fall falls fell fallen falling drop drops dropped dropping
    decline declines declined declining shrink shrinks shrank shrunk shrinking lose loses lost losing
    loss losses lower lowest smaller smallest down reduce reduces reduced reducing halved cut cuts
    cutting curb curbs curbed curbing plunge plunges plunged plunging dip dips dipped dipping slump
    slumps slumped slumping lowers lowered lowering narrow narrows narrowed narrowing low"""
)
#: Words that say which way things went for the better or the worse: another scale than a quantity's,
#: as "worsened hunger" is "increased hunger".
BETTER = word_set(
    """improve improves improved improving better strengthen strengthens strengthened strengthening
    recover recovers recovered recovering recovery"""
)
WORSE = word_set(
    """worsen worsens worsened worsening worse weaken weakens weakened weakening
    decline declines declined declining undermine undermines undermined undermining"""
)

#: Words and their opposites, of one deed or quality and the other, which a slip may not swap: "received"
#: for "provided", "eliminate" for "create", "declined to do so" for "done so", "short term" for "long
#: term". Each pair is two lists of forms; a word may stand in more than one pair.
OPPOSITES = [
    (word_set(one), word_set(other))
    for one, other in [
        ("provide provides provided providing give gives gave given giving send sends sent sending",
         "receive receives received receiving take takes took taken taking"),
        ("create creates created creating build builds built building",
         "eliminate eliminates eliminated eliminating destroy destroys destroyed destroying "
         "end ends ended ending abolish abolishes abolished abolishing cut cuts cutting shed sheds shedding "
         "slash slashes slashed slashing block blocks blocked blocking"),
        ("invest invests invested investing investment investments",
         "divest divests divested divesting divestment divestments"),
        ("prevent prevents prevented preventing combat combats combated combatted combating combatting "
         "restrict restricts restricted restricting curb curbs curbed curbing",
         "permit permits permitted permitting allow allows allowed allowing enable enables enabled enabling "
         "promote promotes promoted promoting conceal conceals concealed concealing"),
        ("sanction sanctions sanctioned sanctioning", "clear clears cleared clearing"),
        ("obtain obtains obtained obtaining gain gains gained gaining", "lose loses lost losing"),
        ("do does did done doing accept accepts accepted accepting agree agrees agreed agreeing "
         "approve approves approved approving support supports supported supporting",
         "decline declines declined declining refuse refuses refused refusing reject rejects rejected "
         "rejecting oppose opposes opposed opposing deny denies denied denying"),
        ("include includes included including", "exclude excludes excluded excluding"),
        # What was done to a thing, or of those counted, undone: "responsible for defending democracy"
        # for "undermining", "their ability to join gang recruitment" for "resist".
        ("undermine undermines undermined undermining weaken weakens weakened weakening "
         "erode erodes eroded eroding",
         "defend defends defended defending strengthen strengthens strengthened strengthening "
         "uphold upholds upheld upholding restore restores restored restoring rebuild rebuilds rebuilt "
         "rebuilding"),
        ("resist resists resisted resisting", "join joins joined joining embrace embraces embraced embracing"),
        ("proud", "ashamed"),
        # How a thing is done: "In working unilaterally with governments" for "collaboratively".
        ("unilateral unilaterally",
         "collaborative collaboratively cooperative cooperatively multilateral multilaterally bilateral "
         "bilaterally joint jointly"),
        # What a thing does to another, done the other way: "to discourage private-sector investment"
        # for "encourage", "enabled effective response" for "inhibited", "minimizing their negative
        # impacts" for "magnifying", "to slow economic recovery" for "promote".
        ("encourage encourages encouraged encouraging attract attracts attracted attracting",
         "discourage discourages discouraged discouraging deter deters deterred deterring "
         "repel repels repelled repelling"),
        ("restart restarts restarted restarting resume resumes resumed resuming",
         "halt halts halted halting stop stops stopped stopping"),
        ("complete completes completed completing", "abandon abandons abandoned abandoning"),
        ("recovery recover recovers recovered recovering", "downturn downturns recession recessions"),
        ("accountability", "impunity"),
        ("exacerbate exacerbates exacerbated exacerbating aggravate aggravates aggravated aggravating "
         "magnify magnifies magnified magnifying amplify amplifies amplified amplifying",
         "ease eases eased easing alleviate alleviates alleviated alleviating mitigate mitigates "
         "mitigated mitigating relieve relieves relieved relieving minimize minimizes minimized "
         "minimizing lessen lessens lessened lessening"),
        ("inhibit inhibits inhibited inhibiting hinder hinders hindered hindering hamper hampers "
         "hampered hampering impede impedes impeded impeding obstruct obstructs obstructed obstructing "
         "slow slows slowed slowing stall stalls stalled stalling delay delays delayed delaying",
         "enable enables enabled enabling facilitate facilitates facilitated facilitating "
         "promote promotes promoted promoting foster fosters fostered fostering "
         "accelerate accelerates accelerated accelerating"),
        ("expand expands expanded expanding broaden broadens broadened broadening",
         "restrict restricts restricted restricting"),
        ("fight fights fought fighting combat combats combated combatted combating combatting",
         "spread spreads spreading fuel fuels fueled fuelled fueling fuelling"),
        ("protect protects protected protecting safeguard safeguards safeguarded safeguarding",
         "endanger endangers endangered endangering threaten threatens threatened threatening"),
        ("partner partners partnered partnering cooperate cooperates cooperated cooperating "
         "collaborate collaborates collaborated collaborating",
         "compete competes competed competing"),
        ("succeed succeeds succeeded succeeding success successes successful successfully",
         "fail fails failed failing failure failures unsuccessful unsuccessfully"),
        # How much a thing is, or how it is done: "minor corruption" for "significant", "a modest
        # change" for "a wholesale change", "voluntary labor" for "forced", "privately identifying"
        # for "publicly", "the least vulnerable" for "the most", "harshly" for "humanely".
        ("significant major substantial considerable serious wholesale sweeping key",
         "minor insignificant negligible modest marginal slight"),
        ("voluntary voluntarily", "forced compulsory mandatory involuntary coerced"),
        ("keen eager willing", "reluctant unwilling hesitant"),
        ("swift swiftly fast quick quickly rapid rapidly", "slow slowly"),
        ("many numerous", "few"),
        ("humane humanely", "harsh harshly cruel cruelly brutal brutally"),
        ("temporary temporarily", "permanent permanently"),
        ("most", "least"),
        ("hardest", "easiest"),
        ("best", "worst"),
        ("small smaller", "large larger big bigger major"),
        ("high higher highest heavily", "low lower lowest moderate modest mild mildly lightly"),
        ("endemic entrenched pervasive widespread", "sporadic occasional isolated rare"),
        ("easy easier", "hard harder difficult"),
        ("bold", "cautious timid"),
        ("more greater", "less lesser fewer"),
        ("short", "long"),
        ("comprehensive broad broader wider", "narrow narrower partial limited"),
        ("before", "after following"),
        ("win wins won winning", "lose loses lost losing"),
        # A deed's start for its end, and deeds undone: "12,000 youth recently starting their training"
        # for "completing", "opened 40 clinics" for "closed", "sold" for "bought".
        ("start starts started starting begin begins began begun beginning "
         "launch launches launched launching",
         "complete completes completed completing finish finishes finished finishing"),
        # A thing launched, given or pursued, then called off or taken back: "cancelled a $3 million
        # project" for "launched", "withdrawn a call to action" for "issued", "withheld" for "provided".
        ("launch launches launched launching pursue pursues pursued pursuing",
         "cancel cancels cancelled canceled cancelling canceling abandon abandons abandoned abandoning "
         "scrap scraps scrapped scrapping halt halts halted halting suspend suspends suspended suspending"),
        ("issue issues issued issuing grant grants granted granting allot allots allotted allotting "
         "award awards awarded awarding",
         "withdraw withdraws withdrew withdrawn withdrawing revoke revokes revoked revoking "
         "rescind rescinds rescinded rescinding withhold withholds withheld withholding"),
        ("provide provides provided providing deliver delivers delivered delivering",
         "withhold withholds withheld withholding deny denies denied denying"),
        ("open opens opened opening", "close closes closed closing shut shuts shutting"),
        ("hire hires hired hiring", "dismiss dismisses dismissed dismissing fire fires fired firing"),
        ("buy buys bought buying purchase purchases purchased purchasing", "sell sells sold selling"),
        ("lend lends lent lending", "borrow borrows borrowed borrowing"),
        ("convict convicts convicted convicting conviction convictions",
         "acquit acquits acquitted acquitting acquittal acquittals"),
        ("arrest arrests arrested arresting detain detains detained detaining",
         "release releases released releasing"),
        ("deport deports deported deporting expel expels expelled expelling",
         "admit admits admitted admitting resettle resettles resettled resettling"),
        # Who or where is counted: "Rural unemployment" is not the urban, "male employment" not the female.
        ("urban", "rural"),
        ("female women woman girls girl", "male men man boys boy"),
        ("youth young", "adult adults elderly old older"),
        ("public publicly openly", "private privately secretly"),
        ("domestic local locally", "foreign international"),
        ("internal", "external"),
        ("primary", "secondary tertiary"),
        ("minimum", "maximum"),
        ("emigration emigrant emigrants emigrate emigrated emigrating",
         "immigration immigrant immigrants immigrate immigrated immigrating"),
        ("export exports exported exporting", "import imports imported importing"),
        ("inflow inflows", "outflow outflows"),
        # Who a deed is done to, or by: "perpetrators of human trafficking" for "victims".
        ("victim victims survivor survivors",
         "perpetrator perpetrators offender offenders abuser abusers trafficker traffickers"),
        ("child children", "adult adults elder elders elderly"),
        ("deliver delivers delivered delivering", "receive receives received receiving"),
        # Who gives and who gets: "enabled businesses to provide $179 million" for "to access", "have
        # committed to receive" for "to invest".
        ("access accesses accessed accessing",
         "provide provides provided providing give gives gave given giving lend lends lent lending "
         "repay repays repaid repaying"),
        # A gift told as a loan or a debt: "given directly to" for "lent directly to", "owed" for "provided".
        ("give gives gave given giving grant grants granted granting donate donates donated donating "
         "provide provides provided providing",
         "lend lends lent lending loan loans loaned loaning owe owes owed owing"),
        ("invest invests invested investing", "receive receives received receiving"),
        ("national nationally", "international internationally"),
        ("surplus surpluses", "deficit deficits"),
    ]
]  # fmt: skip


#: Words that say money or effort was promised, proposed or drawn from others, not spent or done:
#: "committed to invest more than $4.2 billion" is no investment made, "leveraged an estimated $189
#: million" no sum spent, "will launch" or "a proposed $4 billion package" nothing launched or given,
#: "obligated $500 million" or "authorized" money bound by contract or allowed by law, not paid out.
PROMISED = word_set(
    """commit commits committed committing commitment commitments pledge pledges pledged pledging
    promise promises promised promising leverage leverages leveraged leveraging mobilize mobilizes
    mobilized mobilizing mobilise mobilises mobilised mobilising will shall propose proposes
    proposed proposing proposal proposals intend intends intended intending plan plans planned
    planning ask asks asked asking request requests requested requesting seek seeks sought seeking
    budget budgets budgeted budgeting allocate allocates allocated allocating earmark earmarks
    earmarked earmarking appropriates appropriated appropriating obligate obligates obligated
    obligating authorize authorizes authorized authorizing authorise authorises authorised
    authorising could would might should must aim
    aims aimed aiming hope hopes hoped hoping expect expects expected expecting projected slated
    scheduled vow vows vowed vowing poised"""
)

#: Words of promise that describe a thing after an article ("the regularly scheduled flights", "the
#: projected shortfall", "the obligated funds"): a promise before "to" ("is projected to create"), or as
#: a verb ("The agency projected 351 jobs", "USAID obligated $500 million").
PROMISED_BEFORE_TO = word_set("projected scheduled slated poised obligated authorized authorised")
#: Words that plan, expect or try only before "to", and say what is or was elsewhere: "is set to
#: create" (but "set 300 records"), "on track to", "was supposed to", "is working to", "tried to", "is
#: unlikely to". Not "due", whose "to" is as often a cause's ("due to 300 layoffs").
PLANNED_BEFORE_TO = word_set(
    """set track supposed meant designed likely unlikely forecast forecasts want wants wanted wanting
    working trying try tries tried striving strive strives strove attempting attempt attempts attempted
    aspire aspires aspired aspiring struggling struggle struggles struggled ready prepared eager
    determined willing need needs needed required"""
)
#: Nouns of a plan that, before "of", make what follows planned, not done: "a target of 50,000 jobs",
#: "its pledge of $4 billion". One plan's, not many's, as "the budgets of 300 towns" are the towns'.
PLAN_NOUNS = word_set(
    "target goal objective aim ambition pledge promise commitment projection forecast proposal request plan budget"
)
#: Words after which those describe a thing rather than promise one: "the projected shortfall".
DESCRIBING = DETERMINERS | word_set("long")

#: What a source's "on condition that" asks of its own reporting, not of what it reports: "on condition
#: that they not be named", "that her name not be used", "that he remain anonymous" (a pattern's part).
ANONYMITY = (
    r"(?=[^.;]{0,40}?\b(?:anonym\w*|not\s+be\s+(?:named|identified|quoted)"
    r"|(?:names?|identit(?:y|ies))\s+(?:not\s+be\s+(?:used|published|disclosed|printed)|be\s+(?:withheld|protected)))\b)"
)

#: How a source says it reports, not when what it says holds: "otherwise noted", "stated below",
#: "specified herein" — after "unless" or "except as" where it ends its clause (a pattern's part).
AS_REPORTED = (
    r"(?:otherwise\s+)?(?:noted|stated|specified|indicated)(?:\s+(?:otherwise|above|below|herein|elsewhere))?"
)
#: A word as a quote's are lined up with its source's: initials whole, with or without their last
#: point ("U.S.", "U.S"), or letters and digits with apostrophes inside ("Harris's"). A pattern's part.
WORD_OR_INITIALS = r"[^\W\d_](?:\.[^\W\d_])+\.?|\w+(?:['’]\w+)*"
#: Words of what will or may be: a forecast ("will fail"), a permission or a rule ("may not hold").
MODALS = word_set("will would can could may might must shall should")
#: "be" and "have" in their finite forms: "was", "has".
BE_OR_HAVE = word_set("is are was were has have had")
#: The commonest verbs whose past does not end in "-ed", each with its form in "-ing": "taught" is the
#: past of "is teaching", "rose" of "is rising".
IRREGULAR_VERBS = _pairs(
    """
    met meeting  hit hitting  spread spreading  rose rising  fell falling  sent sending  went going
    gave giving  took taking  made making  said saying  saw seeing  got getting  grew growing  paid paying
    put putting  set setting  cut cutting  led leading  left leaving  kept keeping  held holding
    began beginning  brought bringing  built building  rebuilt rebuilding  bought buying  came coming
    became becoming  overcame overcoming  found finding  knew knowing  lost losing  ran running
    told telling  won winning  wrote writing  sought seeking  fought fighting  spent spending
    struck striking  broke breaking  caught catching  taught teaching  thought thinking  chose choosing
    dealt dealing  did doing  drew drawing  withdrew withdrawing  drove driving  dug digging
    fed feeding  froze freezing  heard hearing  hid hiding  lent lending  rode riding  sank sinking
    shook shaking  sold selling  spoke speaking  stole stealing  swept sweeping  threw throwing
    tore tearing  wore wearing  undertook undertaking
    """
)
#: Their past forms: "rose", "sent", "spent".
IRREGULAR_PAST = frozenset(IRREGULAR_VERBS)

#: Words after which a clause says nothing as so: what is asked ("whether") or supposed ("if").
ASKING = word_set("whether if")
#: Words after which "if" asks, not supposes: "54 mayors asked if", "will decide within 60 days if".
ASKING_VERBS = word_set(
    """ask asks asked asking wonder wonders wondered wondering know knows knew known decide decides
    decided deciding determine determines determined tell tells told check checks checked specify
    specified disclose disclosed confirm confirmed verify verified unclear unsure uncertain"""
)

#: Words after "no" that deny nothing, but grant or stress what follows: "no doubt", "no wonder", "no matter".
GRANTED_AFTER_NO = word_set("doubt wonder matter")

#: Words that all but deny, each with the one its kind is counted by: "seldom" for "rarely", or "fails"
#: for "failed", is a slip, not a negation added and another left out.
DENYING_KIND = {
    **dict.fromkeys(["fail", "fails", "failed", "failing"], "fail"),
    **dict.fromkeys(["hardly", "barely", "scarcely", "seldom", "rarely"], "hardly"),
    **dict.fromkeys(["little", "few"], "few"),
    **dict.fromkeys(["rather than", "instead of"], "not"),
    **dict.fromkeys(["refuse to", "refuses to", "refused to", "refusing to"], "refuse to"),
    **dict.fromkeys(["yet to", "still to"], "yet to"),
}


#: A mark that ends a sentence, and one that ends a sentence or clause, as patterns: not the point after an
#: initial ("U.S. Government", "Washington, D.C. and"), which a stop read there would end inside a name.
#: The point after initials ends a sentence only where a word that opens one follows: "to the U.S. Her
#: role", not "the U.S. Government".
_OPENS_A_SENTENCE = (
    "A|An|The|This|That|These|Those|It|Its|He|His|She|Her|They|Their|We|Our|I|In|On|At|But|And|However"
    "|There|Then|Meanwhile|Since|When|While|Although|After|Before|As|For|Yet|Still|So|Some|Many|Most"
    "|If|Unless|Without|Except"
)
SENTENCE_STOP = rf"(?:(?<![\s.][A-Z])(?<!^[A-Z])\.|(?<=\.[A-Z])\.(?=\s+(?:{_OPENS_A_SENTENCE})\b(?![-\u2010\u2011]))|[!?])"
CLAUSE_STOP = rf"(?:{SENTENCE_STOP}|[;:])"
