"""The words synthetic sources are written with.

Sentences are drawn slot by slot from these lists, so that no two passages
repeat: a quote must occur once in its source, as in a real registry, or it
would be ambiguous. None of the words is a number word ("one", "dozen",
"million", "percent"): numbers are never fuzzy, so a stray number word in
the prose would change what a quote's numbers are compared with.
"""

from __future__ import annotations


def _words(text: str) -> tuple[str, ...]:
    """The words of ``text``, each once, in order: a repeated word would be drawn twice as often."""
    return tuple(dict.fromkeys(text.split()))


ADJECTIVES = _words("""
    regional municipal rural urban local national annual quarterly public private
    civic judicial electoral fiscal agricultural coastal northern southern western eastern
    independent transparent accountable durable resilient vulnerable informal formal
    technical vocational digital financial sustainable inclusive targeted comprehensive
    bilateral multilateral interagency community-based youth-led women-led faith-based
    emergency humanitarian preventive remedial legal administrative procedural statutory
    environmental economic social political institutional structural seasonal temporary
    permanent provisional competitive cooperative collaborative voluntary mandatory
    pilot flagship modest ambitious measurable verifiable credible reliable consistent
    uneven partial limited broad narrow modern traditional indigenous bilingual remote
    densely-populated drought-affected flood-prone high-risk low-income mid-sized
    small-scale large-scale long-term short-term medium-term cross-border front-line
    grassroots household commercial industrial sanitary nutritional educational
    medical clinical forensic investigative anticorruption protective preventable
    essential basic advanced intermediate specialized integrated fragmented
""")

NOUNS = _words("""
    program project initiative partnership strategy framework mechanism agreement
    ministry agency office council commission tribunal court prosecutor registry
    budget fund grant loan credit subsidy tariff market supplier buyer exporter
    harvest crop irrigation drought flood storm shelter clinic hospital school
    curriculum apprenticeship workshop seminar assessment audit evaluation survey
    census baseline target indicator milestone deadline timeline roadmap outcome
    output result finding recommendation review report bulletin memorandum decree
    statute regulation ordinance reform amendment charter mandate policy guideline
    network alliance coalition cooperative association federation union chamber
    district province department municipality village neighborhood corridor border
    checkpoint crossing highway bridge port harbor airport terminal warehouse depot
    investigation inquiry hearing trial verdict sentence appeal complaint petition
    election ballot campaign candidate platform debate referendum mandate coalition
    newspaper broadcaster journalist editor reporter correspondent columnist archive
    dataset database platform portal system procedure protocol standard benchmark
    workforce employer employee contractor inspector officer official minister
    governor mayor councilor advocate counselor mediator facilitator coordinator
    community household family neighborhood settlement valley highland lowland coast
    watershed forest reserve plantation orchard pasture ranch mill factory workshop
    economy industry sector enterprise startup venture investment remittance payroll
    pension insurance benefit allowance voucher transfer stipend scholarship tuition
    vaccine medicine treatment therapy diagnosis outbreak epidemic pandemic recovery
    violence extortion trafficking smuggling corruption impunity accountability
    transparency integrity oversight compliance enforcement prevention protection
    security stability prosperity opportunity livelihood resilience dignity justice
""")

PLURAL_NOUNS = _words("""
    jobs households farmers families students teachers nurses doctors judges
    prosecutors journalists officials inspectors officers entrepreneurs cooperatives
    businesses firms clinics schools shelters hospitals courts municipalities villages
    communities districts provinces projects grants loans scholarships apprenticeships
    workshops trainings hectares tons seedlings wells latrines classrooms laptops
    vaccinations consultations referrals complaints investigations convictions arrests
    extraditions sanctions visas permits licenses contracts suppliers exporters
    returnees migrants survivors victims witnesses volunteers mentors counselors
    graduates trainees interns apprentices workers employers landowners fishers
    artisans vendors cooperatives associations networks partners donors lenders
""")

# Nouns that make a counted unit read naturally after an adjective.
UNIT_ADJECTIVES = _words("""
    rural urban local small women-led youth-led indigenous municipal registered new
    trained certified formal informal private public community independent young
""")

VERBS = _words("""
    expanded reviewed supported financed launched coordinated monitored evaluated
    strengthened reformed audited trained equipped mobilized convened negotiated
    approved drafted published adopted implemented accelerated delayed suspended
    renewed extended broadened narrowed prioritized targeted documented assessed
    surveyed mapped registered certified inspected investigated prosecuted sanctioned
    protected sheltered resettled reintegrated employed hired recruited mentored
    connected linked integrated consolidated decentralized digitized modernized
    rebuilt restored repaired replaced upgraded distributed delivered allocated
    disbursed committed pledged leveraged matched co-financed underwrote guaranteed
""")

REPORT_VERBS = _words("""
    reported counted recorded registered documented listed estimated tallied
    confirmed announced cited noted disclosed published logged identified
""")

ADVERBS = _words("""
    steadily gradually rapidly quietly publicly formally jointly directly partly
    largely mostly rarely frequently consistently unevenly reportedly notably
    initially eventually recently previously subsequently already still
""")

PREPOSITIONS = _words("""
    across within throughout among beyond alongside along near around toward
    between inside outside behind against despite without
""")

# Prepositions that end a figure's counted noun (rootcheck's unit stops).
FIGURE_FOLLOWERS = _words("in across for through with since during at from into")

CONNECTIVES = (
    "while",
    "although",
    "because",
    "whereas",
    "as",
    "after",
    "before",
    "until",
    "so that",
    "even though",
)

OPENERS = (
    "In practice",
    "By contrast",
    "At the same time",
    "In addition",
    "As a result",
    "Meanwhile",
    "Even so",
    "For that reason",
    "In the meantime",
    "On balance",
    "Since then",
    "To that end",
)

# Place names, some with accents: a reader quoting them often drops the accent.
PLACES = (
    "Petén",
    "Quiché",
    "Huehuetenango",
    "Alta Verapaz",
    "Sololá",
    "Olancho",
    "Cortés",
    "Atlántida",
    "Yoro",
    "Choluteca",
    "Usulután",
    "Sonsonate",
    "San Miguel",
    "La Unión",
    "Ahuachapán",
    "Chalatenango",
    "Escuintla",
    "Izabal",
    "Copán",
    "Intibucá",
    "Morazán",
    "Santa Ana",
    "Jutiapa",
    "Zacapa",
    "Lempira",
    "Valle",
    "Gracias a Dios",
    "San Marcos",
    "Totonicapán",
    "Cabañas",
)

ORGANISATIONS = (
    "the Ministry of Labor",
    "the Ministry of Finance",
    "the Ministry of Health",
    "the Ministry of Education",
    "the Attorney General’s Office",
    "the Supreme Court",
    "the Electoral Tribunal",
    "the National Police",
    "the Development Bank",
    "the Regional Trade Council",
    "the Labor Inspectorate",
    "the Ombudsman’s Office",
    "the Statistics Institute",
    "the Chamber of Commerce",
    "the Land Registry",
    "the Public Defender’s Office",
)

PUBLISHERS = (
    "The White House",
    "Department of State",
    "Agency for International Development",
    "Regional Monitor",
    "Central America Daily",
    "The Policy Review",
    "Open Budget Watch",
    "Civic Data Lab",
    "Border Affairs Quarterly",
    "Institute for Migration Studies",
)

GIVEN_NAMES = _words("""
    Ana Luis Maria Carlos Rosa Jorge Elena Miguel Lucia Pedro Sofia Andres Carmen
    Diego Julia Mateo Isabel Tomas Laura Ramon Beatriz Hector Marta Ricardo Alicia
""")

FAMILY_NAMES = _words("""
    Alvarez Barrios Castillo Duarte Estrada Flores Guzman Herrera Ibarra Juarez
    Lopez Mejia Navarro Ortega Pineda Quintero Reyes Salazar Torres Urbina Vargas
""")

LABELS = _words("""
    Creating Improving Promoting Expanding Strengthening Protecting Supporting
    Advancing Building Reducing Investing Combating Countering Restoring Widening
""")

SPELLED_NUMBERS = (
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "eleven",
    "twelve",
    "fifteen",
    "twenty",
    "twenty-five",
    "thirty",
    "forty",
)

QUALIFIERS = (
    "",
    "",
    "more than ",
    "over ",
    "nearly ",
    "almost ",
    "approximately ",
    "about ",
    "at least ",
    "up to ",
    "an estimated ",
    "roughly ",
    "fewer than ",
)
