"""Who claims, and what is claimed: the words :mod:`rootcheck.checks.attribution` reads a clause after
a quote by ("…, the lawsuit alleges." hedges the quote; "…, the damages claimed." names what it is),
and the claim a clause before a quote ends with (:func:`claimed_ending`, for
:mod:`rootcheck.checks.starts`).

"claimed" and "alleged" are as often participles as verbs, so the noun before them tells: one who
claims ("the ministry", "critics", "police") makes a hedge, a thing claimed ("the damages", "lands",
"their remains") a description. A noun on neither list after an article or as a plural may be
either: the hedge it may make is warned of, not refused.
"""

from __future__ import annotations

from rootcheck.text.lexicon import DETERMINERS
from rootcheck.text.numbers import NUMBER_WORDS

#: Those who claim, a noun's last word: "a lawsuit claims", "the ministry's own audit claims", "its
#: director claims"; their plurals too ("lawyers", "families", "witnesses").
CLAIMANTS = frozenset(
    ["lawsuit", "suit", "complaint", "report", "study", "audit", "evaluation", "review", "ministry", "agency",
     "government", "union", "company", "firm", "group", "organization", "organisation", "director", "minister",
     "spokesman", "spokeswoman", "spokesperson", "official", "lawyer", "attorney", "prosecutor", "plaintiff",
     "filing", "indictment", "petition", "statement", "letter", "memo", "document", "analysis", "paper",
     "campaign", "coalition", "administration", "department", "office", "commission", "committee", "party",
     "opposition", "newspaper", "website", "charity", "insurer", "contractor", "employer", "mayor",
     "president", "governor", "senator", "author", "critic", "activist", "source", "state", "city", "army",
     "military", "regime", "defendant", "bank", "school", "university", "board", "council", "police",
     "hospital", "district", "province", "whistleblower", "institute", "network", "association", "federation",
     "alliance", "prosecution", "defense", "defence", "employee", "worker", "resident", "survivor", "witness",
     "victim", "family", "relative", "advocate", "opponent", "analyst", "expert", "researcher", "economist",
     "farmer", "guard", "migrant", "parent", "organizer", "organiser", "protester", "detainee", "inmate",
     "leader", "observer", "auditor", "inspector", "monitor", "diplomat", "ambassador", "embassy", "villager",
     "neighbor", "neighbour", "teacher", "nurse", "doctor", "student", "journalist", "reporter", "outlet",
     "broadcaster", "magazine", "supporter", "rival", "agent", "soldier", "officer", "lawmaker", "legislator",
     "congressman", "congresswoman", "congressmen", "candidate", "investigator", "authority", "foundation",
     "church", "chamber", "predecessor", "ceo", "chief", "head", "owner", "judge", "troops", "media", "skeptic",
     "sceptic", "cartel", "gang", "ombudsman", "watchdog", "executive", "manager", "member", "community",
     "diocese", "archdiocese", "bishop", "pastor", "cooperative", "tribunal", "court", "comptroller",
     "regulator", "consulate", "nonprofit", "chairman", "chairwoman", "envoy", "legislature", "complainant",
     "accused", "counsel", "deputy", "team", "widow", "mother", "father", "smuggler", "general", "claimant",
     "appellant", "petitioner", "campaigner", "environmentalist", "defender", "donor", "scientist", "prisoner",
     "deportee", "landowner", "women", "men", "people", "mp", "ngo", "driver", "landlord", "sheriff", "warden",
     "secretariat", "motion", "appeal", "investigation", "brief", "side", "business", "country",
     "survey", "poll", "inquiry", "probe", "ruling", "dossier", "memorandum", "affidavit", "testimony",
     "conference", "label", "panel", "ombudsperson", "coroner", "examiner"]
)  # fmt: skip
#: Who may claim with no article and no plural's "s": "police claimed", "staff alleged".
COLLECTIVE = frozenset(["police", "management", "staff", "military", "government", "opposition", "congress"])
#: What is claimed, not who claims it: "claimed the lives of 74 people", "claimed asylum", "alleges
#: fraud", "the damages claimed", "lands long claimed", "their remains never claimed"; their plurals too.
CLAIMED_THINGS = frozenset(
    ["life", "lives", "asylum", "credit", "victory", "responsibility", "refugee", "status", "benefit",
     "compensation", "damages", "ownership", "title", "fraud", "abuse", "discrimination", "negligence",
     "amount", "sum", "expense", "cost", "loss", "remains", "body", "bodies", "land", "territory", "refund",
     "money", "fund", "pay", "wage", "salary", "subsidy", "toll", "bag", "luggage", "property", "asset",
     "charge", "crime", "violation", "offense", "offence", "irregularity", "payment", "fee", "hectare", "acre",
     "water", "island", "cay", "seat", "prize", "trophy", "championship", "crown", "presidency", "reward",
     "reimbursement", "deduction", "exemption", "overtime", "injury", "debt", "tax", "item", "goods", "cargo",
     "inheritance", "estate", "pension", "allowance", "bonus", "lot", "parcel", "farm", "share", "area", "zone",
     "penalty", "fine", "haul", "torture", "beating", "killing", "mistreatment", "harassment", "extortion",
     "bribe", "remainder", "rest", "others", "belongings", "ticket", "suitcase", "drug", "extent", "period",
     "act", "conduct", "kickback", "overpricing", "reparation", "medal", "gold", "silver", "bronze", "plot",
     "visa", "win", "seizure", "container", "embezzlement", "fact", "indemnity", "scholarship", "hour",
     "concession", "premium", "difference", "lead", "spot", "cup", "glove", "league", "mayoralty", "bridge",
     "bias", "misconduct", "identity", "nationality", "residency", "citizenship", "transfer", "vote",
     "indemnification"]
)  # fmt: skip
#: Nouns of a quantity claimed, not of who claims it: "the highest number claimed", "the same number
#: survivors claimed"; the last word of a someone, or any of the first few.
QUANTITIES = frozenset(["number", "amount", "sum", "figure", "total", "percentage", "count"])
#: The same, but only as the last word: "a second witness", "the majority leader", "the record label" claim.
LAST_QUANTITIES = QUANTITIES | frozenset(
    ["share", "rate", "level", "goal", "majority", "first", "second", "record"]
)
#: Plurals that modify a noun after them: "human rights groups", "the news agencies".
PLURAL_MODIFIERS = frozenset(["rights", "news", "arms", "customs", "sales", "savings", "goods", "services"])
#: Words that may stand before a name in a someone, as its title: "police spokesman Juan Pérez",
#: "former President Hernández", "Interior Minister Ana Ruiz".
BEFORE_NAMES = frozenset(
    ["former", "then", "acting", "interim", "general", "chief", "head", "leader", "sen", "rep", "gov", "gen", "lt",
     "col", "sgt", "capt", "maj", "rev", "dr", "mr", "ms", "mrs", "u.s", "u․s"]
)  # fmt: skip
#: Words within a name: "the Ministry of Health", "the Committee to Protect Journalists", "José de los Santos".
IN_NAMES = frozenset(["of", "for", "to", "de", "del", "la", "las", "los", "y"])

#: Endings of words that qualify a noun as adjectives do ("the displaced families", "local residents"),
#: not nouns of their own with a relative clause after them ("a ranch farmers claim").
QUALIFYING = ("ed", "al", "ous", "ing", "ic", "ive", "an", "ent", "ful", "less", "ary", "ish", "ese", "ist")
#: Words that qualify a noun without an adjective's ending: "the two governments", "the ministry's own
#: auditors", "many nurses", "human rights defenders".
PLAIN_QUALIFIERS = frozenset(
    ["own", "other", "new", "young", "old", "top", "senior", "junior", "human", "key", "main", "former", "some",
     "many", "both", "most", "all", "few", "several", "more", "fellow", "rival", "civil", "armed"]
)  # fmt: skip
#: Superlatives, which name what was claimed: "the largest haul yet claimed".
SUPERLATIVES = frozenset(
    ["largest", "biggest", "highest", "greatest", "smallest", "lowest", "most", "least", "fewest", "worst", "best"]
)  # fmt: skip


def _singulars(word: str) -> tuple[str, ...]:
    """``word`` and what it may be the plural of: "families" → "family", "witnesses" → "witness"."""
    if word.endswith("ies"):
        return word, word[:-3] + "y"
    if word.endswith("es"):
        return word, word[:-2], word[:-1]
    return (word, word[:-1]) if word.endswith("s") else (word,)


def claims(word: str) -> bool:
    """Whether ``word``, lowercase, names one who claims, or several: "ministry", "lawyers", "families"."""
    return word in COLLECTIVE or any(form in CLAIMANTS for form in _singulars(word))


def is_claimed(word: str) -> bool:
    """Whether ``word``, lowercase, names what is claimed, or several: "damages", "lands", "bodies"."""
    return any(form in CLAIMED_THINGS for form in _singulars(word))


def plural(word: str) -> bool:
    """Whether ``word``, lowercase, reads as a plural noun: "critics", "losses"; not "its" or "status"."""
    return (word.endswith("s") and not word.endswith(("ss", "us", "is", "'s", "’s")) and len(word) > 3) or (
        word in COLLECTIVE
    )


def may_stand_in_a_name(word: str) -> bool:
    """Whether ``word``, lowercase, may stand before or within a name: a title ("spokesman", "former"),
    one's ("the firm's CEO"), "of" ("the Ministry of Health")."""
    word = word.rsplit("-", 1)[-1]  # "then-president"
    return word in BEFORE_NAMES or word in IN_NAMES or word.endswith(("'s", "’s")) or claims(word)


def noun_of_its_own(word: str) -> bool:
    """Whether ``word``, before a plural in a someone, may be a noun with a relative clause after it
    ("ranch" of "a ranch farmers claim"), not a word that qualifies the plural: one who claims ("the
    union leaders"), one's ("the union's lawyers", "the workers' lawyers"), a count ("two former
    employees", "some residents") or an adjective ("the displaced families", "human rights groups")."""
    lower = word.lower()
    return not (
        word[:1].isupper()
        or claims(lower)
        or lower.endswith((*QUALIFYING, "'s", "’s", "'", "’"))
        or lower in PLAIN_QUALIFIERS
        or lower in PLURAL_MODIFIERS
        or lower in NUMBER_WORDS
        or any(char.isdigit() for char in lower)
    )


def is_a_name(rest: list[str]) -> bool:
    """Whether a noun phrase (its article aside) is a name, with a title ("health ministry spokeswoman
    Ana Ruiz"), or one's: "Bukele", "the Ministry of Health", "El Salvador's president"."""
    run = next((at for at, word in enumerate(reversed(rest)) if not word[:1].isupper()), len(rest))
    titled = run > 0 and (run == len(rest) or may_stand_in_a_name(rest[-run - 1].lower()))
    spelled = rest[-1][:1].isupper() and all(
        word[:1].isupper() or may_stand_in_a_name(word.lower()) for word in rest
    )
    return titled or spelled or (rest[0][:1].isupper() and owner(rest))


def owner(words: list[str]) -> bool:
    """Whether a word of ``words`` but the last is one's: "Mexico's government", "the ministry's audit"."""
    return any(word.endswith(("'s", "’s")) for word in words[:-1])


#: "Claim" as a verb of saying, as a report of what is doubted: not said of what the source states
#: itself ("Officials said that" is that), yet not a hedge in every use ("the flood claimed 40 lives").
_CLAIMING = frozenset(["claim", "claims", "claimed"])
#: Words before a noun's words: "the TPS claims", "most Honduran claims" are nouns.
_NOUNS_AHEAD = DETERMINERS | frozenset(["of", "new", "other"])
#: Who may claim: after them "claim" or "claims" is a verb.
_PRONOUNS = frozenset(["he", "she", "it", "they", "we", "i", "you", "who", "which"])


def claimed_ending(clause: str) -> str | None:
    """ "claimed", or "claims" or "claim" after a pronoun, a name or a negation, and "claim" after a
    plural, that a clause ends with: "The mayor claimed", "USAID claims", "they claim", "did not claim",
    "Critics claim". After any other word "claims" is as often a noun whose relative clause a "that"
    opens ("the asylum claims that 300 families filed")."""
    words = clause.split()
    if not words or words[-1].lower() not in _CLAIMING:
        return None
    if words[-1].lower() == "claimed":
        return words[-1]
    before = words[-2] if len(words) > 1 else ""
    if before.lower() in ("not", "never") or before.lower().endswith(("n't", "n’t")):
        return f"{before} {words[-1]}"  # "did not claim that": what is not even claimed
    # A name, not a noun's word before it ("the TPS claims", "most Honduran claims"), nor a sentence's
    # first word but a name in capitals ("USAID claims", not "Asylum claims").
    ahead = words[-3].lower() if len(words) > 2 else ""
    named = before[:1].isupper() and ahead not in _NOUNS_AHEAD and (bool(ahead) or before.isupper())
    plural = words[-1].lower() == "claim" and before.endswith("s") and (before.islower() or len(words) == 2)
    return words[-1] if before.lower() in _PRONOUNS or named or plural else None
