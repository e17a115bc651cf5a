"""More words for synthetic records: topics from many disciplines, titles in other European
languages, one-word and abbreviated journal names.

The parser learns field boundaries partly from words; titles drawn from one field's vocabulary
teach it that only those words make titles. Everything is assembled from these lists at random.
"""

from __future__ import annotations

import random

TOPICS_MORE = """tumor progression|insulin resistance|glucose tolerance|motor neuron degeneration|
speech perception|audio-tactile integration|child marriage|refugee flows|gang violence|
oral history|medieval monasticism|colonial archives|narrative theory|documentary film|
literary modernism|Renaissance drama|cultural memory|religious conversion|peasant economies|
urban sociology|political theology|democratic transitions|ethnic conflict|electoral reform|
labour migration|household surveys|early childhood education|reading comprehension|
second language learning|bilingual education|music cognition|visual attention|working memory|
sleep deprivation|chronic pain|opioid prescribing|antibiotic resistance|hospital readmissions|
breast cancer screening|type 2 diabetes|cardiovascular risk|stroke rehabilitation|
maternal mortality|vaccine hesitancy|malaria transmission|HIV prevention|mental health services|
nurse staffing|surgical outcomes|randomized trials|meta-analysis|Bayesian inference|
time series forecasting|panel data|causal inference|machine learning|computer vision|
reinforcement learning|graph algorithms|distributed systems|cloud computing|software testing|
programming languages|formal verification|cryptographic protocols|wireless sensor networks|
power electronics|battery management|wind turbines|photovoltaic modules|fuel cells|
carbon capture|groundwater contamination|river discharge|sea ice|glacier retreat|
forest fires|biodiversity loss|pollinator decline|invasive species|soil carbon|crop yields|
irrigation efficiency|food prices|fisheries management|coastal wetlands|air pollution|
noise exposure|heat waves|urban green space|housing markets|mortgage lending|bank capital|
sovereign debt|exchange rates|inflation expectations|fiscal rules|tax evasion|trade agreements|
foreign direct investment|global value chains|minimum wages|gender pay gaps|
entrepreneurship|family firms|corporate governance|executive compensation|mergers and acquisitions|
platform competition|two-sided markets|price discrimination|consumer search|advertising|
crystal structures|thin films|quantum dots|superconductivity|dark matter|gravitational waves|
galaxy formation|exoplanet atmospheres|protein structure|enzyme kinetics|cell signalling|
stem cells|gene editing|microbial communities|plant immunity|animal behaviour|bird song|
coral reef fishes|ocean acidification|volcanic eruptions|earthquake hazards|landslide risk""".replace(
    "\n", "").split("|")

# Short title patterns per language; {a} and {b} are filled from the topic words of that language.
FOREIGN = {
    "fr": (["{A} et {b}", "Les enjeux de {a}", "{A} : une approche historique", "Pour une théorie de {a}",
            "{A} dans la France contemporaine", "Réflexions sur {a}", "Histoire de {a}"],
           ["la démocratie", "l'histoire sociale", "la mémoire collective", "les politiques publiques",
            "la littérature médiévale", "l'économie rurale", "la santé publique", "le droit européen",
            "l'innovation technologique", "la propriété intellectuelle", "les brevets", "la concurrence"]),
    "de": (["{A} und {b}", "Zur Geschichte der {a}", "{A} im Wandel", "Grundlagen der {a}",
            "Untersuchungen zur {a}", "{A}: Eine Einführung"],
           ["Wirtschaftspolitik", "Rechtsgeschichte", "Sozialstruktur", "Patentverwertung",
            "Innovationsforschung", "Bildungsforschung", "Sprachwissenschaft", "Kulturgeschichte",
            "Arbeitsmarktpolitik", "Wettbewerbsordnung"]),
    "es": (["{A} y {b}", "La historia de {a}", "{A} en América Latina", "Análisis de {a}",
            "Hacia una teoría de {a}"],
           ["la economía política", "la salud pública", "el derecho de patentes", "la innovación",
            "la memoria histórica", "la educación bilingüe", "los mercados laborales"]),
    "it": (["{A} e {b}", "Storia di {a}", "{A} nell'Italia contemporanea", "Studi su {a}"],
           ["la politica economica", "il diritto industriale", "la letteratura medievale",
            "l'innovazione", "la sanità pubblica"]),
    "pl": (["{A} i {b}", "Rozwój {a}", "{A} w Polsce", "Badania nad {a}"],
           ["gospodarki rynkowej", "prawa własności", "polityki społecznej", "spółki pracownicze",
            "innowacji technologicznych"]),
}

JOURNAL_ONE_WORD = ["Science", "Nature", "Cell", "Blood", "Brain", "Circulation", "Gut", "Chest",
                    "Heart", "Pediatrics", "Radiology", "Econometrica", "Biometrika", "Language",
                    "Mind", "Antiquity", "Speculum", "Synthese", "Ethics", "Analysis", "Poetics",
                    "Daedalus", "Energy", "Sustainability", "Sensors", "Materials", "Molecules",
                    "Nanoscale", "Langmuir", "Genetics", "Genomics", "Development", "Neuron",
                    "Immunity", "Oncogene", "Politix", "Lancet", "Diabetes", "Hypertension",
                    "Cortex", "Cognition", "Automatica", "Geology", "Ecology", "Evolution",
                    "Oikos", "Nucleic Acids Research", "Water", "Land", "Forests", "Atmosphere"]

_ABBREV = {"Journal": "J", "American": "Am", "International": "Int", "Chemical": "Chem",
           "Society": "Soc", "Physics": "Phys", "Applied": "Appl", "Research": "Res", "Review": "Rev",
           "Reviews": "Rev", "Medicine": "Med", "Medical": "Med", "Science": "Sci", "Sciences": "Sci",
           "European": "Eur", "Clinical": "Clin", "Biology": "Biol", "Economics": "Econ",
           "Economic": "Econ", "Management": "Manag", "Proceedings": "Proc", "Letters": "Lett",
           "Quarterly": "Q", "Annals": "Ann", "Technology": "Technol", "Engineering": "Eng",
           "Environmental": "Environ", "Health": "Health", "Public": "Public", "Policy": "Policy",
           "Current": "Curr", "Opinion": "Opin", "Transactions": "Trans", "Information": "Inf",
           "Computer": "Comput", "Communications": "Commun", "Intellectual": "Intellect",
           "Property": "Prop", "Finance": "Finance", "Strategic": "Strateg", "Innovation": "Innov",
           "Organizational": "Organ", "Behavior": "Behav", "Development": "Dev", "Sociology": "Sociol",
           "Marketing": "Mark", "Political": "Polit", "Theory": "Theory", "Law": "Law",
           "Preventive": "Prev", "Molecular": "Mol", "Genetics": "Genet", "Neuroscience": "Neurosci",
           "Psychology": "Psychol", "Chemistry": "Chem", "Materials": "Mater", "National": "Natl",
           "Academy": "Acad", "Advances": "Adv", "Statistics": "Stat", "Systems": "Syst"}
_DROP = {"of", "and", "the", "The", "on", "for", "in", "&"}


def abbreviate_journal(name: str, rng: random.Random) -> str:
    """ISO 4-like abbreviation: "J. Appl. Phys." or, NLM-style, "J Appl Phys"."""
    dots = rng.random() < 0.6
    words = []
    for w in name.split():
        if w in _DROP:
            continue
        short = _ABBREV.get(w)
        if short is None:
            short = w if len(w) <= 5 or rng.random() < 0.3 else w[: rng.randint(3, 5)]
        if short != w and dots:
            short += "."
        words.append(short)
    return " ".join(words) if words else name


def foreign_title(rng: random.Random) -> str:
    patterns, words = FOREIGN[rng.choice(list(FOREIGN))]
    a, b = rng.sample(words, 2)
    title = rng.choice(patterns).format(A=a[:1].upper() + a[1:], a=a, b=b)
    return title

# Study-design adjectives, many hyphenated ("A long-term study of ..."): a title that starts with
# "A" and a hyphenated word must not read as an initial and a double-barrelled name.
ADJECTIVES = ["long-term", "large-scale", "small-scale", "multi-level", "real-time", "two-stage",
              "high-frequency", "low-income", "cross-country", "cross-national", "firm-level",
              "data-driven", "agent-based", "evidence-based", "population-based", "case-control",
              "semi-structured", "mixed-method", "state-of-the-art", "quasi-experimental",
              "qualitative", "quantitative", "historical", "comparative", "systematic", "critical",
              "dynamic", "structural", "regional", "global", "Bayesian", "spatial", "experimental",
              "theoretical", "computational", "ethnographic", "longitudinal", "multi-country"]
STUDY_PATTERNS = ["A {adj} study of {a}", "A {adj} analysis of {a}", "A {adj} model of {a}",
                  "A {adj} approach to {a}", "{A}: a {adj} study", "{A}: a {adj} perspective",
                  "An {adj} view of {a}", "{A} and {b}: a {adj} assessment", "A {adj} review of {a} in {c}"]


def study_title(rng: random.Random, a: str, b: str, c: str) -> str:
    adj = rng.choice(ADJECTIVES)
    pattern = rng.choice(STUDY_PATTERNS)
    if pattern.startswith("An ") and adj[0] not in "aeiouAEIOU":
        pattern = "A " + pattern[3:]
    elif pattern.startswith("A ") and adj[0] in "aeiouAEIOU":
        pattern = "An " + pattern[2:]
    return pattern.format(adj=adj, A=a[:1].upper() + a[1:], a=a, b=b, c=c)

# Short, capitalised book and essay titles as the humanities write them ("Quiet Harbours",
# "Drift: Why ...", "Salt, Tide, and Memory in ...", "... in Bergen, 1850-1920").
NOUNS = ["Collapse", "Capital", "Order", "Power", "Memory", "Justice", "Discipline", "Culture", "Modernity",
         "Identity", "Evidence", "Risk", "Trust", "Language", "Nature", "Society", "Democracy", "Freedom",
         "Empire", "Knowledge", "Design", "Time", "Space", "Body", "Mind", "Labor", "Money", "Law", "Violence",
         "Virtue", "Faith", "Reason", "Truth", "Narrative", "Emotion", "Theory", "Practice", "Reading",
         "Writing", "Landscape", "Authority", "Wealth", "Poverty", "Exile", "Silence", "Ritual", "Kinship",
         "Property", "Citizenship", "Revolution", "Reform", "Melancholy", "Desire", "Belief", "Crisis"]
ADJS = ["Distant", "Native", "Cultural", "Moral", "Political", "Social", "Modern", "Global", "Natural",
        "Hidden", "Invisible", "Public", "Private", "Digital", "Radical", "Critical", "Early", "Late",
        "Common", "Human", "Sacred", "Secular", "Imperial", "Urban", "Rural", "Civil", "Unequal", "Fragile"]
_PLACES_H = ["Lisbon", "Brooklyn", "Vienna", "Bengal", "Lagos", "Kyoto", "Naples", "Ontario", "Provence",
             "Manchuria", "the Andes", "the Atlantic World", "New England", "Early Modern England"]
HUMANITIES_PATTERNS = ["{Ad} {N}", "{N}", "{N} and {N2}", "The {Ad} {N}", "{N}, {N2}, and {N3} in {P}",
                       "{N}: {sub}", "{Ad} {N}: {N2} and {N3} in {P}, {y}-{y2}", "{N} in {P}", "Self-{N}",
                       "{N} and Self-{N2}: {sub}", "The {N} of {N2}", "{Ad} {N} in {P}, {y}–{y2}",
                       "Of {N} and {N2}", "{Ad}-{Ad2} {N}", "{N}? {sub}"]


def humanities_title(rng: random.Random, sub: str) -> str:
    """A short title-case title, sometimes with a subtitle (``sub``), a place or a year range."""
    n, n2, n3 = rng.sample(NOUNS, 3)
    ad, ad2 = rng.sample(ADJS, 2)
    y = rng.randint(1400, 1990)
    return rng.choice(HUMANITIES_PATTERNS).format(
        N=n, N2=n2, N3=n3, Ad=ad, Ad2=ad2.lower(), P=rng.choice(_PLACES_H), y=y, y2=y + rng.randint(5, 150), sub=sub)
