"""The vocabulary of attribution: verbs of saying, role nouns, generic sources, media, function words.

General vocabulary of news language, never words taken from particular articles. Sources: the verbs of
saying and role nouns are the common ones of the Ukrainian, Russian and English news registers (as listed
in the dictionaries' synonym sets: СУМ-11 for "сказати", Ожегов for "сказать", the Oxford thesaurus for
"say"); the function words are closed classes of each language.
"""

import re

from text import APOSTROPHES

# Vocabulary -----------------------------------------------------------------------------------------------

# Verbs of saying. English by form; Ukrainian and Russian by lemma (pymorphy3), so every person, number,
# gender and tense is covered. "Report" verbs of the media ("передає", "пише", "reports") are left out on
# purpose: they attribute to an outlet, not to a speaker.
SAY_EN = frozenset(
    """say says said tell tells told add adds added stresses stressed highlights highlighted emphasize
    emphasizes emphasized emphasise emphasises emphasised affirm affirms affirmed remarked noted stated
    declare declares declared announce announces announced claimed warn warns warned insist insists insisted
    argue argues argued explain explains explained thank thanked urged assert asserts asserted reiterate
    reiterates reiterated underline underlines underlined underscored wrote confirm confirms confirmed deny
    denies denied replied respond responded admit admits admitted assure assures assured pledged vowed""".split()
)
SAY_UK = frozenset(
    """заявити заявляти сказати казати говорити наголосити наголошувати додати додавати підкреслити
    підкреслювати зазначити зазначати повідомити відзначити відзначати пояснити пояснювати стверджувати
    запевнити запевняти попередити попереджати подякувати дякувати закликати визнати визнавати зауважити
    нагадати нагадувати розповісти розповідати оголосити відповісти написати наполягати підтвердити
    заперечити пообіцяти констатувати""".split()
)
SAY_RU = frozenset(
    """заявить заявлять сказать говорить подчеркнуть подчеркивать отметить отмечать добавить добавлять
    сообщить пояснить объяснить утверждать заверить заверять предупредить предупреждать поблагодарить
    благодарить призвать призывать признать признавать заметить напомнить напоминать рассказать
    рассказывать объявить ответить написать настаивать подтвердить опровергнуть пообещать констатировать
    указать""".split()
)
# Verbs whose object is usually a noun phrase ("highlighted opportunities", "подякував Мʼянмі"): the
# reported clause starts at the verb. After the others it starts after the verb (or after "that"/"що").
OBJECT_VERBS = frozenset(
    """stress stresses stressed highlight highlights highlighted emphasize emphasizes emphasized emphasise
    emphasises emphasised thank thanked urge urges urged underline underlines underlined underscored
    наголосити наголошувати підкреслити підкреслювати подякувати дякувати закликати відзначити відзначати
    подчеркнуть подчеркивать поблагодарить благодарить призвать призывать отметить отмечать""".split()
)
COMPLEMENTIZERS = frozenset("that що мовляв нібито начебто что мол будто".split())
PRONOUNS = frozenset("he she they він вона вони він вона воно он она они".split())
PERSON_PRONOUNS = frozenset("he she він вона он она його її его её ее him her his".split())
RELATIVE_PRONOUNS = frozenset("who which який яка яке які котрий котра котрі который которая которое которые".split())
# Words that may stand between a subject and its verb: adverbs, particles, auxiliaries of the perfect.
SKIP = frozenset(
    """also then later further again earlier previously has have had did will would could should reportedly
    repeatedly publicly however too once separately і й та також теж ще вже знову раніше неодноразово тоді
    потім згодом публічно навіть же ж зокрема окремо уже тоже также снова ранее неоднократно затем потом
    публично даже отдельно""".split()
)
PASSIVE = frozenset("was were been be is are being".split())
ARTICLES = frozenset("the a an".split())
CONNECTORS = frozenset("of for the de da del van von der bin ibn al".split())
MODALS = frozenset("would will could should may might must can cannot to".split())
# Who was told, between the verb and what was said ("told reporters the talks were ...").
LISTENERS = frozenset(
    """reporters journalists lawmakers parliament senators students audience the a an news conference briefing
    журналістам журналистам репортерам виданню изданию агентству телеканалу""".split()
)
PREPOSITIONS = frozenset(
    """of for with by from to between about at in on into against among toward towards via after before during
    like than under over through without including unlike behind beside near з із зі до від у в на про для
    між за під над перед після без через по при проти серед щодо біля навколо с со к ко от во о об между
    после против среди около""".split()
)
# Nobody in particular: these give no candidate ("Experts say", "за словами критиків").
GENERIC = frozenset(
    """experts analysts critics observers sources commentators people residents some many others journalists
    reports witnesses експерти експертів аналітики аналітиків критики критиків спостерігачі спостерігачів
    джерела джерел журналісти журналістів люди людей жителі мешканці деякі багато інші эксперты экспертов
    аналитики аналитиков критики критиков наблюдатели наблюдателей источники источников журналисты
    журналистов люди людей жители некоторые многие другие""".split()
)
# News media quoting each other: a source attribution, not a speaker.
MEDIA = frozenset(
    """media outlet outlets newspaper newspapers agency press видання газета агентство телеканал преса
    издание газета агентство телеканал пресса""".split()
)
MEDIA_PARTS = ("змі", "сми")
# Titles before a name ("Prime Minister Mikhail Mishustin"): part of the phrase, not of the name.
ROLE_WORDS = frozenset(
    """president prime minister secretary spokesman spokeswoman spokesperson general chairman chairwoman chief
    leader ambassador foreign defence defense deputy head mr mrs ms dr sir senator governor mayor commander
    colonel lieutenant admiral pope king queen prince envoy adviser advisor director premier chancellor
    junta security council state russian ukrainian american british chinese french german interior justice
    health finance economy intelligence armed президент
    премʼєр-міністр міністр речник речниця секретар посол голова керівник
    очільник генерал командувач депутат спікер радник радниця лідер глава заступник представник
    премьер-министр министр пресс-секретарь секретарь посол председатель руководитель генерал командующий
    депутат спикер советник лидер глава заместитель представитель официальный""".split()
)
# Plural or collective nouns that make a name an organisation speaker ("Myanmar officials").
ORG_NOUNS = frozenset(
    """officials authorities ministry government military army forces embassy office command department
    service services committee staff headquarters""".split()
)
ENGLISH_FUNCTION_WORDS = frozenset(
    """the a an this that these those it its in on at during after before since despite unlike both one
    however meanwhile while when as also but and or if for from to with by of our their his her
    there here what which who why how some many most other others all""".split()
)
ABBREVIATIONS = frozenset(
    """mr mrs ms dr st jr sr vs etc gen col lt sen rep gov prof inc corp ltd no jan feb mar apr aug sept oct nov
    dec u.s e.g i.e р рр ім м вул т.д т.п г гг им ул тис млн млрд грн ст див""".split()
)

OPENERS = {"«": "»", "„": "“”", "“": "”", '"': '"', "‘": "’", "‚": "‘’"}
WORD = re.compile(rf"[^\W\d_]+(?:[{APOSTROPHES}\-][^\W\d_]+)*|\d+(?:[.,:]\d+)*")
TERMINAL = ".!?…"
DASHES = "-–—"

# "За словами X", "за його словами", "по словам X", "на думку X", "according to X", and
# "як зазначили у X" / "как заявил X" (the verb checked separately).
FORMULAS = [
    re.compile(r"\b(?:за|по)\s+(?:(?P<pron>його|її|їхніми|їх|его|её|ее|их)\s+)?слова(?:ми|м)\b", re.IGNORECASE),
    re.compile(r"\b(?:на\s+думку|по\s+мнению)\b", re.IGNORECASE),
    re.compile(r"\baccording\s+to\b", re.IGNORECASE),
    re.compile(r"\b(?:як|как)\s+(?P<verb>[^\W\d_]+)(?:\s+(?:у|в|во)\b)?", re.IGNORECASE),
]


# Text structure -------------------------------------------------------------------------------------------
