"""The vocabulary of attribution: verbs of saying, role nouns, generic sources, media, function words.

General vocabulary of news language, never words taken from particular articles. Sources: the verbs of
saying and role nouns are the common ones of the Ukrainian, Russian and English news registers (as listed
in the dictionaries' synonym sets: СУМ-11 for "сказати", Ожегов for "сказать", the Oxford thesaurus for
"say"); the function words are closed classes of each language.
"""

import re

from text import APOSTROPHES, normalize

# Vocabulary -----------------------------------------------------------------------------------------------

# Verbs of saying. English by form; Ukrainian and Russian by lemma (pymorphy3), so every person, number,
# gender and tense is covered. What an outlet reports ("Reuters reported that …", "агентство сообщило") is
# the outlet's statement, marked as media (candidates._reported).
# Verbs of saying, by lemma: the verbs of speech, writing, announcing, promising, warning, asking, accusing,
# praising and naming of the news register, and the verbs of opinion that report a position (believe,
# вважати, считать). English forms are generated from the lemmas (plus the irregular ones below).
_SAY_EN_LEMMAS = """say tell add stress highlight emphasize emphasise affirm remark note state declare announce claim
    warn insist argue explain thank urge assert reiterate underline underscore write confirm deny reply respond
    admit assure pledge vow accuse blame praise dismiss suggest express call criticize criticise condemn
    denounce describe threaten propose reject acknowledge concede predict recall complain tweet post welcome
    promise ask demand invite recommend advise caution contend maintain believe observe comment mention
    estimate hail slam blast vow lament hint signal question allege testify brand dub characterize
    characterise exclaim shout chant yell scream report indicate liken lash cite tout bemoan disclose speculate laud
    decry deride conclude confess agree protest""".split()
# Verbs whose last consonant doubles before -ed and -ing ("admitted", "dubbed").
_EN_DOUBLING = frozenset("admit dub slam regret omit submit commit permit".split())
# Verbs of saying only before what was said, not before an object ("concluded, “…”", "confessed that"; not "concluded
# his trip", "confessed to the crime"), and naming verbs not as a participle after a comma ("X, dubbed Y, began").
EN_CLAUSE_ONLY = frozenset("conclude confess agree protest".split())  # (not "protested the war")
# English prepositions that open a clause as well ("after Jack Straw said …", "since the minister warned …").
EN_CLAUSE_PREPOSITIONS = frozenset("after before since until".split())
EN_THAT_ONLY = frozenset(["agree"])  # "agreed that …" says something; "agreed to a truce" does not
# Auxiliaries that open a clause's verb phrase: after "said next year" the year is that clause's subject.
EN_AUXILIARIES = frozenset("will would was were is are has had have could should may might can must".split())
EN_OBJECT_OPENERS = frozenset("his her its their the a an to with on by in my our your this that".split())
EN_NAMING_PARTICIPLES = frozenset("dubbed nicknamed labeled labelled branded".split())
_EN_IRREGULAR = {
    "said": "say",
    "told": "tell",
    "wrote": "write",
    "written": "write",
    "thought": "think",
    "railed": "rail",
}


def _english_forms(lemma: str) -> dict[str, str]:
    """Base, third person, past and -ing forms of a regular English verb."""
    if lemma.endswith("e"):
        past, ing = lemma + "d", lemma[:-1] + "ing"
    elif lemma.endswith("y") and lemma[-2] not in "aeiou":
        past, ing = lemma[:-1] + "ied", lemma + "ing"
    elif lemma in ("slam", "vow") or not lemma.endswith(("m",)):
        past, ing = lemma + "ed", lemma + "ing"
    else:
        past, ing = lemma + "ed", lemma + "ing"
    if lemma in _EN_DOUBLING:
        past, ing = lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        third = lemma + "es"
    elif lemma.endswith("y") and lemma[-2] not in "aeiou":
        third = lemma[:-1] + "ies"
    else:
        third = lemma + "s"
    return {lemma: lemma, third: lemma, past: lemma, ing: lemma}


SAY_EN: dict[str, str] = {form: lemma for word in _SAY_EN_LEMMAS for form, lemma in _english_forms(word).items()}
SAY_EN.update(_EN_IRREGULAR)
SAY_EN.pop("post", None)  # "post" is as often a noun ("a post"); "posted" stays
for _noun in ("report", "reports", "reporting"):  # "the report", "news reports", "additional reporting by"
    SAY_EN.pop(_noun, None)
SAY_EN.pop("call", None)  # "a call for": a noun of saying, handled with the nouns
SAY_EN.pop("state", None)  # "the state": a noun far more often than the verb
for _noun in ("protest", "protests", "protesting"):  # "worker protests", "Germans protesting against"; "protested that"
    SAY_EN.pop(_noun, None)
# Verbs of the manner of saying, past forms only (their other forms are as often nouns: "a joke", "the counter"),
# and only next to a quotation or before a that-clause ("“Go back to Univision,” Trump barked"; not "prices snapped
# back"): candidates._say_verb.
# Prepositions of where or when something was said, between a verb and its that-clause ("mused in the debate that"),
# and the occasions of speech they name (not "laughed at the suggestion that", "sighed in relief that").
EN_SETTING_PREPOSITIONS = frozenset("in at on during".split())
EN_SPEECH_OCCASIONS = frozenset(
    """debate debates interview interviews speech speeches remarks statement rally rallies meeting conference
    briefing hearing podcast show broadcast tweet post letter op-ed email town hall forum""".split()
)
MANNER_EN: dict[str, str] = {
    "retorted": "retort",
    "quipped": "quip",
    "joked": "joke",
    "snapped": "snap",
    "barked": "bark",
    "mused": "muse",
    "scoffed": "scoff",
    "grumbled": "grumble",
    "muttered": "mutter",
    "whispered": "whisper",
    "boasted": "boast",
    "bragged": "brag",
    "countered": "counter",
    "rebutted": "rebut",
    "sighed": "sigh",
    "fumed": "fume",
    "seethed": "seethe",
    "huffed": "huff",
    "gushed": "gush",
    "marveled": "marvel",
    "marvelled": "marvel",
    "chuckled": "chuckle",
    "laughed": "laugh",
    "cracked": "crack",
    "griped": "gripe",
    "elaborated": "elaborate",
    "surmised": "surmise",
    "reasoned": "reason",
    "opined": "opine",
    "proclaimed": "proclaim",
    "exhorted": "exhort",
    "recounted": "recount",
    "riffed": "riff",
    "demurred": "demur",
    "mocked": "mock",
    "heralded": "herald",
}
# Verbs that are a verb of saying only as the tag of a quotation, right after its closing comma or question mark
# ("“Who wants to work with us?” he wondered", "“…,” she continued") or opening it ("interjected: “…”"); not "the
# talks continued", "wondered about the cost".
EN_TAG_ONLY = {
    "continued": "continue",
    "wondered": "wonder",
    "interjected": "interject",
    "remembered": "remember",
    "mocks": "mock",
    "went": "go on",  # ("“…,” she went on")
}
# Plural nouns that are verbs of saying only before a that-clause ("Hart states that the league will grow"; not
# "in both states is", "those questions were answered", "five states that have long proven …").
EN_NOUN_VERBS = {
    "states": "state",
    "questions": "question",
    "notes": "note",
    "remarks": "remark",
    "comments": "comment",
}
EN_THAT_CLAUSE = re.compile(
    r"\s+that\s+(?!(?:have|has|had|are|is|were|was|would|will|can|could|may|might)\b|[a-z]+ed\b)"
)  # (not a relative clause: "Swing states that voted for Biden")
for _noun in ("states", "questions", "signals", "posts"):
    SAY_EN.pop(_noun, None)
SAY_EN.pop("question", None)
SAY_EN.pop("signal", None)
SAY_EN.pop("post", None)
SAY_UK = frozenset(
    """заявити заявляти сказати казати говорити наголосити наголошувати додати додавати підкреслити
    підкреслювати зазначити зазначати повідомити повідомляти відзначити відзначати пояснити пояснювати
    стверджувати запевнити запевняти попередити попереджати подякувати дякувати закликати закликати визнати
    визнавати зауважити нагадати нагадувати розповісти розповідати оголосити оголошувати відповісти відповідати
    написати писати наполягати наполягти підтвердити підтверджувати заперечити заперечувати пообіцяти обіцяти
    констатувати назвати називати уточнити уточнювати вважати висловити висловлювати висловитися переконувати
    пригрозити погрожувати звинуватити звинувачувати обвинуватити критикувати розкритикувати похвалити
    засудити засуджувати запропонувати пропонувати попросити просити вимагати відкинути спростувати
    спростовувати прокоментувати коментувати оцінити охарактеризувати описати привітати натякнути
    передбачити прогнозувати порадити озвучити анонсувати запросити поскаржитися скаржитися дорікнути
    вказати вказувати припустити зізнатися твердити вигукнути вигукувати кричати крикнути скандувати вітати
    описувати резюмувати підсумувати поінформувати проінформувати інформувати поздоровити застерегти застерігати згадати
    нарікати поскаржитись
    згадувати зауважувати натякати радити припускати зізнаватися дорікати підсумовувати рекомендувати
    порекомендувати розцінити розцінювати""".split()
)
SAY_RU = frozenset(
    """заявить заявлять сказать говорить подчеркнуть подчеркивать отметить отмечать добавить добавлять
    сообщить сообщать пояснить пояснять объяснить объяснять утверждать заверить заверять предупредить
    предупреждать поблагодарить благодарить призвать призывать признать признавать заметить напомнить
    напоминать рассказать рассказывать объявить объявлять ответить отвечать написать писать настаивать
    настоять подтвердить подтверждать опровергнуть опровергать пообещать обещать констатировать указать
    указывать назвать называть уточнить уточнять считать полагать выразить выражать намекнуть намекать
    пригрозить угрожать грозить обвинить обвинять раскритиковать критиковать похвалить осудить осуждать
    предложить предлагать попросить просить потребовать требовать отвергнуть отвергать прокомментировать
    комментировать оценить охарактеризовать описать приветствовать предположить предсказать
    прогнозировать посоветовать пригласить пожаловаться жаловаться упрекнуть признаться уверять
    высказаться высказать высказывать рекомендовать порекомендовать воскликнуть восклицать кричать крикнуть
    выкрикивать выкрикнуть скандировать описывать
    уведомить уведомлять резюмировать подытожить проинформировать информировать отрицать поздравить
    поздравлять предостеречь предостерегать вспомнить вспоминать озвучить озвучивать сетовать посетовать
    замечать советовать предполагать признаваться упрекать подытоживать счесть расценить расценивать""".split()
)
# An outlet's own report, by lemma ("— йдеться у повідомленні" after "повідомляє CTV News"): not a report of someone
# else's it quotes ("в докладе", "в петиции").
REPORT_NOUNS = frozenset("повідомлення публікація матеріал сообщение публикация материал".split())
# Verbs of concluding and declaring, a verb of saying only right after a quotation and its dash ("», — заключили в
# МИД", "», — задекларували організатори"; not "задекларував квартиру"), by lemma.
CONCLUDE_VERBS = frozenset(
    "заключить заключать підсумувати підсумовувати задекларувати декларувати задекларировать декларировать".split()
)
# Verbs of agreeing, a verb of saying only before "что"/"що" or a colon ("Д'Орси согласилась: «…»", "погодився, що
# …"; not "погодився на угоду") or right after a quotation and its dash, by lemma.
AGREE_VERBS = frozenset("погодитися погоджуватися согласиться соглашаться".split())
# Verbs of commenting, whose object is what was commented on ("прокомментировала десятилетие, заявив, что …"), by lemma.
COMMENT_VERBS = frozenset("прокомментировать комментировать прокоментувати коментувати".split())
# Verbs of repeating, which report speech with a "що"/"что" clause or a colon only ("вона шість разів повторила, що
# …"; not "повторив рекорд"), by lemma.
REPEAT_VERBS = frozenset("повторити повторювати повторить повторять".split())
# "Посчитать" is to reckon only before a "что" clause or a colon ("Белый дом посчитал, что …"; not "посчитал деньги").
RECKON_VERBS = frozenset(["посчитать"])
# (not a relative "что": "согласился, что было неожиданно", "…, что, впрочем, ожидалось")
AGREED_CLAUSE = re.compile(
    r"\s*(?:,\s*(?:что|що)\b(?!\s*,)(?!\s+(?:было|стало|було|є|является|вызвало|викликало)\b)|:)"
)
# "Ділиться враженнями", "делится планами", "shared his impressions": a verb of sharing reports speech when
# what is shared is thoughts, plans, impressions or memories (by lemma; general vocabulary).
SHARE_VERBS = frozenset("ділитися поділитися делиться поделиться".split())  # English: "shares", "shared"
SHARED_THINGS = frozenset(
    """враження план думка спогад досвід переживання міркування
    впечатление план мысль воспоминание опыт переживание соображение
    impression plan thought memory memories view""".split()
)
# What is shared only with what it holds: "shared her belief that …" (not "shared her beliefs with the host").
SHARED_POSITIONS = frozenset("belief beliefs opinion concern concerns hope hopes fear fears".split())
# "Звернула увагу, що", "обращает внимание X": drawing attention to something is pointing it out (the verb by
# lemma, the noun by form, right after the verb).
ATTENTION_VERBS = frozenset("звернути звертати обратить обращать".split())
ATTENTION_NOUNS = frozenset("увагу внимание".split())
# "Обратился с призывом к миру", "звернувся із заявою": addressing someone with an appeal or a statement is
# making it (the verb and the noun by lemma, the noun right after "с"/"з").
APPEAL_VERBS = frozenset("звернутися звертатися обратиться обращаться".split())
APPEAL_NOUNS = frozenset(
    """заклик заява прохання пропозиція звернення вимога призыв заявление просьба предложение обращение
    требование""".split()
)
# Verbs of recalling: they say something only before a clause or after a quotation ("згадує, що …", "«…», —
# вспоминает X"); with an object they only mention it ("не згадав Путіна").
RECALL_VERBS = frozenset("згадати згадувати вспомнить вспоминать".split())
COMPLAINT_NOUNS = frozenset("заява заявление".split())
# Authorities a complaint is filed with ("звернувся до суду із заявою"), by lemma.
AUTHORITIES = frozenset(
    "суд поліція міліція прокуратура полиция милиция прокуратура прокурор слідчий следователь".split()
)  # filed with the police or a court, they are no statement
# Bodies of the state a text may cite by their common noun ("по версии следствия", "за даними поліції", "согласно
# прогнозу правительства"), by lemma: general vocabulary of government and law enforcement.
STATE_BODIES = frozenset(
    """уряд поліція міліція прокуратура слідство суд правительство полиция милиция прокуратура следствие суд
    адміністрація администрация міністерство министерство мерія мэрия""".split()
)
# Of those, the bodies that are one body only with whose they are ("по данным администрации региона", "министерства
# обороны"), by lemma.
COMPLEMENTED_BODIES = frozenset("адміністрація администрация міністерство министерство мерія мэрия".split())
# The state's bodies that speak as the subject of a verb by their common noun alone ("Следствие считает",
# "Полиция заявила", "Кремль заявил"), by lemma.
SUBJECT_BODIES = frozenset(
    """поліція міліція прокуратура слідство уряд полиция милиция прокуратура следствие правительство кремль""".split()
)
# Laws and documents, by lemma: they hold no point of view ("с точки зрения Конституции" is in the light of it).
DOCUMENT_NOUNS = frozenset(
    """конституція закон кодекс договір угода статут правило норма резолюція указ
    конституция закон кодекс договор соглашение устав правило норма резолюция указ
    constitution law code treaty agreement charter rule""".split()
)
# "Виступав за вихід", "выступает против строительства", "spoke out against": a stance taken in public, a
# position reported as a verb of saying reports it (by lemma, with the preposition right after the verb).
STANCE_VERBS = frozenset("виступати виступити выступать выступить".split())
STANCE_PREPOSITIONS = frozenset("за проти против".split())
TEAMS = frozenset("збірна команда клуб сборная команда клуб".split())  # "выступил за сборную": played for
# What is announced after "про"/"о" is the content, not a topic ("оголосив про скасування рейсів").
ANNOUNCE_VERBS = frozenset(
    "оголосити оголошувати объявить объявлять заявити заявляти заявить заявлять announce".split()
)
# Of those, the verbs of declaring: what follows "про"/"о" is what is claimed ("заявив про фальсифікації").
CLAIM_VERBS = frozenset("заявити заявляти заявить заявлять".split())
# Verbs of reporting: what follows "про"/"о" is a topic ("сообщила о решении суда"), unless it is an intention
# with what is intended ("сообщил о планах отправить солдат").
REPORT_VERBS = frozenset("повідомити повідомляти сообщить сообщать".split())
# Nouns of a decision, intention, readiness or outcome announced ("заявило о готовности начать", "оголосив про
# намір", "заявляє про перемогу"), by lemma: what was announced, not a topic.
INTENT_NOUNS = frozenset(
    """готовність намір рішення бажання згода відмова необхідність потреба перемога поразка відставка початок
    готовность намерение решение желание согласие отказ необходимость победа поражение отставка начало""".split()
)
# Nouns of plans, content when an infinitive follows ("сообщил о планах отправить"), a topic otherwise.
PLAN_NOUNS = frozenset("план плани планы".split())
# Endings of verbal nouns, the actions an announcement is about ("скасування", "намерении").
VERBAL_NOUN_ENDINGS = tuple("ння ття ние тие ния тия нні тті нии тии".split())
# Lowercase nouns for bodies that an impersonal verb names after "у"/"в" ("повідомили в уряді", "додали в
# авіакомпанії"), by lemma (general vocabulary).
BODY_NOUNS = frozenset(
    """уряд команда міністерство відомство авіакомпанія компанія партія посольство мерія адміністрація штаб міськрада
    музей театр галерея бібліотека
    видавництво редакція університет фонд банк прокуратура поліція служба прес-служба пресслужба інститут центр суд
    управління департамент держдепартамент агентство кабінет кабмін армія керівництво командування влада
    представництво філія
    правительство команда министерство ведомство авиакомпания компания партия посольство мэрия администрация штаб
    издательство редакция университет фонд банк прокуратура полиция служба пресс-служба институт центр суд
    управление департамент госдепартамент агентство кабинет кабмин армия руководство библиотека командование
    представительство филиал""".split()
)
# A body's press service in the nominative, before the body ("пресслужба компанії", "пресс-служба ведомства").
PRESS_SERVICES = frozenset("пресслужба прес-служба пресс-служба".split())
# A body's own pages, by lemma ("з посиланням на сайт Білого дому", "со ссылкой на страницу МИД"): where the body
# itself published it (general vocabulary).
OWN_PAGES = frozenset("сайт сторінка страница телеграм-канал вебсайт веб-сайт портал".split())
# Nouns that, after a capitalised adjective in mid-sentence, name one institution ("Білого дому", "Государственной
# думы", "Європейська комісія"), besides the bodies above.
INSTITUTION_NOUNS = BODY_NOUNS | frozenset(
    """дім дума союз комісія комітет палата асамблея рада профспілка спілка асоціація федерація дом союз комиссия
    комитет палата ассамблея совет профсоюз ассоциация федерация""".split()
)
# Predicates of conviction that report a position as the verbs of opinion do ("він переконаний, що", "она
# уверена, что", "he is convinced that"), by form (short adjectives are few) -> the verb of opinion they stand for.
CONVINCED = {
    **dict.fromkeys("переконаний переконана переконані впевнений впевнена впевнені".split(), "вважати"),
    **dict.fromkeys("убежден убеждена убеждены уверен уверена уверены".split(), "считать"),
    **dict.fromkeys("convinced confident".split(), "believe"),
}
# Allowing for something and not ruling it out, before "що"/"что" or a possibility ("допустив можливість …", "не
# исключил, что …"): a position reported (candidates._allowing).
ALLOWING_VERBS = frozenset("допустити допускати допустить допускать".split())
EXCLUDING_VERBS = frozenset("виключати виключити исключать исключить".split())
POSSIBILITY_NOUNS = frozenset("можливість ймовірність возможность вероятность".split())
# "зробив акцент на …", "сделал акцент на том, что": putting the stress on what is said (candidates._emphasis_made).
MAKE_VERBS = frozenset("зробити робити сделать делать".split())
EMPHASIS_NOUNS = frozenset("акцент наголос".split())
# Verbs whose object is usually a noun phrase or an infinitive ("highlighted opportunities", "подякував
# Мʼянмі", "пригрозив перевести"): the reported clause starts at the verb, unless a "that"/"що" follows.
OBJECT_VERBS = frozenset(
    """stress highlight emphasize emphasise thank urge underline underscore accuse blame praise dismiss
    criticize criticise condemn denounce describe threaten propose reject welcome promise ask demand invite
    hail slam blast brand dub characterize characterise call pledge vow liken lash cite tout rail bemoan laud
    decry deride
    наголосити наголошувати підкреслити підкреслювати подякувати дякувати закликати відзначити відзначати
    назвати називати пригрозити погрожувати звинуватити звинувачувати обвинуватити критикувати
    розкритикувати похвалити засудити засуджувати запропонувати пропонувати попросити просити вимагати
    відкинути охарактеризувати привітати вітати пообіцяти обіцяти запросити оцінити описати описувати
    подчеркнуть подчеркивать поблагодарить благодарить призвать призывать отметить отмечать назвать
    называть пригрозить угрожать обвинить обвинять раскритиковать критиковать похвалить осудить осуждать
    предложить предлагать попросить просить потребовать требовать отвергнуть отвергать охарактеризовать
    приветствовать пообещать обещать пригласить оценить описать описывать поздравить поздравлять отрицать
    поздоровити опровергнуть опровергать спростувати спростовувати посоветовать советовать порадити радити
    рекомендовать рекомендувати счесть расценить расценивать розцінити розцінювати
    прогнозировать спрогнозировать прогнозувати спрогнозувати""".split()
)
# Words that open an adverbial clause after an attribution ("said Putin as he left", "сказав він, коли").
ADVERBIAL_OPENERS = frozenset("as while when after before since як коли поки після перед как когда пока после".split())
POSSESSIVE_ENDINGS = ("\u02bcs", "s\u02bc")
# Verbs of the media's relaying ("як передає", "как пишет"): a formula of them names a news outlet.
RELAY_VERBS = frozenset("передає передають пише пишуть передает передают пишет пишут".split())
# Present verbs of passing on, writing and reporting: an outlet passing on what it quotes ("…, сообщает портал X").
RELAY_PRESENT = RELAY_VERBS | frozenset("повідомляє повідомляють сообщает сообщают".split())
# Ukrainian past imperfective forms of "повідомляти": "Як повідомляв Укрінформ, …" is how a news agency recalls its
# own earlier news in a new item (its own voice, no source of what follows).
RECALLING_VERBS = frozenset("повідомляв повідомляла повідомляло повідомляли".split())
# Social networks and messengers, where something was posted and never who posted it ("— повідомили в Telegram").
PLATFORMS = frozenset(
    """telegram facebook twitter instagram youtube tiktok viber whatsapp threads linkedin x truth vk vkontakte
    bluesky discord reddit signal mastodon
    телеграм телеграмі телеграме фейсбук фейсбуці фейсбуке твіттер твиттер твіттері твиттере інстаграм
    инстаграм інстаграмі инстаграме ютуб вконтакте""".split()
)
# Nouns of a post on a social network, by lemma ("», - йдеться у дописі" after "Про це він написав у Твіттері"): what
# the person who posted it wrote (general vocabulary).
POST_NOUNS = frozenset("допис пост твіт твит запис запись post tweet".split())
# Prepositions of where something was published ("на своєму сайті", "в своем Telegram-канале").
PLACE_PREPOSITIONS = frozenset("на у в во on in".split())
# Page furniture that opens a line of links ("Читайте також: …", "Смотрите также: …", "Read more: …").
FURNITURE = re.compile(
    r"\s*(?:Читайте|Дивіться|Див\.|Смотрите|См\.)\s+(?:також|также|ещё|еще|більше)?|\s*(?:Read|See)\s+(?:more|also)\b",
    re.IGNORECASE,
)
# Asking someone, as an interview's introduction does ("ми запитали в юристки …", "we asked economist …").
ASK_VERBS = frozenset("запитати питати спитати розпитати спросить спрашивать расспросить ask asked".split())
# The labels of an interview's questions and answers at a paragraph's start ("Q: …" / "A: …", "Вопрос: …" / "Ответ: …").
QA_QUESTION = re.compile(r"(?:Q|Question|Питання|Запитання|Вопрос)\s*[:.]\s")
QA_ANSWER = re.compile(r"(?:A|Answer|Відповідь|Ответ)\s*[:.]\s")
# Where a paragraph of dialogue runs its turns together: a sentence's end, a dash and a capital ("…? - В июне.").
TURN_BREAK = re.compile(r"[.!?…»”\"]\s+([-–—]\s*)[A-ZА-ЯЁІЇЄҐ]")
# Verbs of publishing or adopting a document ("оприлюднили доповідь", "ухвалили звернення", "released a report"): who
# did is the document's author when the document is quoted later without one (candidates._document_publisher).
PUBLISH_VERBS = frozenset(
    """оприлюднити оприлюднювати опублікувати публікувати підготувати представити презентувати ухвалити
    прийняти підтримати видати опубликовать публиковать подготовить представить принять поддержать выпустить
    обнародовать випустити підписати подписать подать подати составить скласти published
    released issued adopted signed""".split()
)
# Participles of publishing by lemma (", опублікованому на сторінці уряду", ", размещенном на сайте"): the Ukrainian
# dictionary gives them as adjectives, the Russian as forms of the verb.
PUBLISHED_PARTICIPLES = frozenset(
    """опублікований оприлюднений розміщений поширений виданий підписаний ухвалений опубликовать разместить
    распространить обнародовать подписать выпустить принять опублікувати оприлюднити розмістити поширити""".split()
)
# Prepositions that open where, when or on what occasion something was said ("під час брифінгу", "во вступительном
# слове", "at a rally", "після зустрічі"): after a speaker's name, no part of it.
CIRCUMSTANCE_PREPOSITIONS = PLACE_PREPOSITIONS | frozenset("під при після перед после at during after".split())
# A news outlet relaying the statement at the end of a sentence ("..., передає Bloomberg", "..., reports AP").
RELAY_TAIL = re.compile(
    r",\s*(?:[—–-]\s*)?(?:передає|передають|пише|пишуть|повідомляє|повідомляють|передает|передают|пишет|сообщает|сообщают|"
    r"повідомив|повідомила|повідомило|повідомили|сообщил|сообщила|сообщило|сообщили|"
    r"reports|reported|according\s+to)\s+[^,;]{1,60}[.!?…]?\s*$",
    re.IGNORECASE,
)
# Role nouns that stand for one person when no name is given ("the minister said", "генерал заявив",
# "речник МЗС"), by lemma: offices and functions of public life in news text (heads of state and
# government, ministers, diplomats, spokespeople, officers, lawmakers, judges, lawyers, a team's coach: not the English
# "coach", a bus too).
# Professions and parties, by lemma: a role that often brings in someone new ("– сказав лікар", "заявил
# демократ"), so it stands for a person only when the text named someone so ("лікар Іван Петренко").
PROFESSIONS = frozenset(
    """expert analyst professor scientist economist historian doctor physician epidemiologist virologist
    writer poet journalist founder owner businessman dissident democrat republican veterinarian sociologist
    psychologist researcher teacher surgeon resident farmer student worker voter witness neighbor neighbour
    shopkeeper nurse pensioner veteran supporter protester volunteer parent passenger customer survivor
    host anchor correspondent columnist editor commentator reporter contributor photographer pundit strategist
    pollster
    експерт експертка аналітик аналітикиня професор науковець науковиця вчений економіст історик лікар епідеміолог
    вірусолог інфекціоніст письменник письменниця поет поетеса журналіст журналістка засновник засновниця
    власник власниця бізнесмен дисидент демократ демократка республіканець республіканка співробітник
    співробітниця сотрудник сотрудница ветеринар ветеринарка політолог політологиня соціолог психолог
    психологиня дослідник дослідниця вчитель вчителька учитель учителька хірург лікарка юрист юристка
    політтехнолог
    эксперт аналитик профессор ученый учёный экономист историк врач эпидемиолог вирусолог инфекционист
    писатель писательница поэт поэтесса журналист журналистка основатель основательница владелец
    владелица бизнесмен диссидент демократ демократка республиканец республиканка ветеринар политолог
    социолог психолог исследователь исследовательница учительница хирург юрист политтехнолог
    імунолог імунологиня иммунолог американіст американист пульмонолог кардіолог онколог педіатр психіатр
    психотерапевт демограф кардиолог педиатр психиатр""".split()
)
# One source the text does not name ("a source close to the talks said", "джерело в СБУ повідомило", "источник в
# правоохранительных органах сказал"): an unnamed individual who speaks (the plural is GENERIC), offered with the
# phrase that places it; never the holder of an office (general vocabulary).
SOURCE_NOUNS = frozenset("source джерело источник".split())
ROLE_NOUNS = (
    frozenset(
        """president minister premier chancellor secretary spokesman spokeswoman spokesperson ambassador envoy
    senator congressman congresswoman governor mayor general admiral commander chief leader chairman
    chairwoman director lawyer attorney prosecutor judge official diplomat king queen pope candidate nominee
    adviser advisor aide attacker gunman assailant killer suspect activist mp mep
    президент міністр міністерка премʼєр премʼєр-міністр канцлер секретар речник речниця посол сенатор
    губернатор мер генерал адмірал командувач командир керівник керівниця очільник очільниця лідер голова
    глава директор адвокат прокурор суддя посадовець дипломат король королева кандидат радник радниця
    помічник представник представниця заступник заступниця депутат спікер прессекретар прес-секретар нападник
    вбивця стрілець
    підозрюваний правозахисник правозахисниця активіст активістка
    министр премьер премьер-министр секретарь пресс-секретарь представитель представительница заместитель
    заместительница губернатор
    мэр командующий руководитель руководительница председатель судья чиновник советник помощник спикер нападавший убийца
    стрелок подозреваемый правозащитник правозащитница активист активистка
    parliamentarian lawmaker legislator politician парламентар гендиректор співрозмовник співрозмовниця чиновниця
    посадовиця политик політик парламентарий собеседник собеседница
    лидер госсекретарь держсекретар генсек генсекретарь генсекретар вице-президент віце-президент вице-премьер член
    віце-премʼєр нардеп омбудсмен омбудсман ombudsman specialist спеціаліст спеціалістка фахівець фахівчиня
    специалист специалистка
    тренер тренерка наставник віцепремʼєр віцепремʼєр-міністр вицепремьер віцепрезидент віцеспікер віце-спікер
    віцепремʼєрка премʼєрка президентка депутатка сенаторка губернаторка директорка кандидатка спікерка дипломатка
    прокурорка адвокатка секретарка лідерка послиня
    вице-спикер
    замглава замглавы замминистра замдиректора замгендиректор замгендиректора заммэра замгубернатор замгубернатора
    замгенпрокурор замгенпрокурора замгоссекретаря зампред уповноважений уполномоченный врио постпред постпредка
    законодавець законодавиця законодатель законодательница конгресмен конгресменка конгрессмен
    урядовець урядовиця високопосадовець високопосадовиця примар
    партнер партнерка партнёр front-runner frontrunner ceo cfo coo cto""".split()
    )
    | PROFESSIONS
    | SOURCE_NOUNS
)
# A permanent representative's short titles, by lemma, and the adjective that makes a representative one
# ("Постійний представник США при ООН X … Постпред також повідомила"): the short title stands for that holder only.
PERMANENT_REPRESENTATIVES = frozenset("постпред постпредка".split())
PERMANENT_WORDS = ("постійн", "постоянн")
# Roles the dictionaries read as adjectives, a participle used as a noun ("уповноважений з прав людини",
# "уполномоченный по правам человека"), by lemma.
ADJECTIVAL_ROLES = frozenset("уповноважений уполномоченный".split())
# Who the journalist spoke to ("— отметил собеседник", "за словами співрозмовника"): the unnamed source quoted just
# before, when there is one.
INTERLOCUTORS = frozenset("співрозмовник співрозмовниця собеседник собеседница".split())
# Copulas before a predicate noun ("is the source of", "є джерелом", "является источником").
COPULAS = frozenset("is was are were be been є був була було являється является являлся стал стала стало".split())
# What places a source: a preposition ("в СБУ", "из окружения", "in the ministry") or a word for closeness before one
# ("близкий к Кремлю", "close to the talks", "familiar with").
SOURCE_LINKS = frozenset(
    """в во у з із зі из среди серед при in at within inside from among with near close familiar
    близкий близкая близький близька знакомый знайомий""".split()
)
# Short forms of a role, read as the role ("нардеп" is a "депутат", a member of parliament).
ROLE_SHORT_FORMS = {
    "нардеп": "депутат",
    "постпредка": "постпред",
    "генсек": "генсекретар",
    "генсекретарь": "генсекретар",
    # a commissioner is the ombudsman the text may call them next ("уповноважений з прав людини … — зазначив
    # омбудсмен")
    "уповноважений": "омбудсмен",
    "уполномоченный": "омбудсмен",
    # a Moldovan town's mayor in Russian-language Moldovan news ("примар Комрата")
    "примар": "мэр",
}
# A country's leader with its nationality ("український лідер", "российский лидер") is the president of that state
# the text named (general vocabulary), by lemma; and that office.
LEADER_NOUNS = frozenset("лідер лидер leader".split())
LEADER_OFFICE = "президент"
# A woman's form of a role noun and the role it is (general grammar of Ukrainian and Russian): "німецька
# міністерка" after "міністр закордонних справ ФРН Анналена Бербок" is the same office.
FEMININE_ROLES = {
    "міністерка": "міністр",
    "речниця": "речник",
    "керівниця": "керівник",
    "очільниця": "очільник",
    "радниця": "радник",
    "представниця": "представник",
    "заступниця": "заступник",
    "посадовиця": "посадовець",
    "урядовиця": "урядовець",
    "високопосадовиця": "високопосадовець",
    "законодавиця": "законодавець",
    "конгресменка": "конгресмен",
    "представительница": "представитель",
    "заместительница": "заместитель",
    "руководительница": "руководитель",
    "законодательница": "законодатель",
    "віцепремʼєрка": "віцепремʼєр",
    "премʼєрка": "премʼєр",
    "президентка": "президент",
    "депутатка": "депутат",
    "сенаторка": "сенатор",
    "губернаторка": "губернатор",
    "директорка": "директор",
    "кандидатка": "кандидат",
    "спікерка": "спікер",
    "дипломатка": "дипломат",
    "прокурорка": "прокурор",
    "адвокатка": "адвокат",
    "секретарка": "секретар",
    "лідерка": "лідер",
    "послиня": "посол",
}
# Roles that stand for whoever the text is about, whatever office it gave them ("the official", "чиновник",
# "собеседница", "парламентарий": the person quoted before), by lemma: they never name another office.
ANAPHORIC_ROLES = frozenset(
    """official politician parliamentarian lawmaker законодавець законодавиця законодатель законодательница
    урядовець урядовиця високопосадовець високопосадовиця высокопоставленный
    посадовець посадовиця чиновник чиновниця політик парламентар
    співрозмовник співрозмовниця политик парламентарий собеседник собеседница specialist спеціаліст
    спеціалістка фахівець фахівчиня специалист специалистка""".split()
)
# Professions a journalist calls an expert quoted for their knowledge ("— считает эксперт", "— згадує науковець",
# "— подчеркивает вирусолог" after the expert's name and title): the person quoted before, when no one of that
# profession was named. (Not an ordinary trade: "— додала бухгалтерка" is as often someone new.)
EXPERT_EPITHETS = frozenset(
    """експерт експертка аналітик аналітикиня політолог політологиня науковець науковиця вчений дослідник дослідниця
    вірусолог епідеміолог імунолог імунологиня економіст соціолог американіст
    эксперт аналитик политолог ученый учёный исследователь исследовательница вирусолог эпидемиолог иммунолог
    экономист социолог американист інфекціоніст инфекционист""".split()
)
# Occupations a text calls the person it has just quoted by ("— каже бізнесмен", "— згадує підприємець", "—
# говорить політик"), as it calls an expert; not someone's relation to another ("сосед", "пенсіонерка").
OCCUPATION_EPITHETS = frozenset(
    """бізнесмен бізнесменка підприємець підприємиця політик політикиня ресторатор рестораторка фермер фермерка
    бизнесмен предприниматель предпринимательница политик ресторатор фермер businessman businesswoman
    entrepreneur politician банкір банкірка банкир banker комунальник""".split()
)
# Words for someone by their relation to another ("— вздыхает сосед", "— додала сестра"): someone new after a
# quotation, not the person quoted (kinship and neighbourhood, by lemma).
RELATION_NOUNS = frozenset(
    """сусід сусідка сосед соседка брат сестра мати мама батько тато син дочка донька онук онука дід бабуся отец
    мать сын дочь внук внучка дедушка бабушка дружина жена муж друг подруга приятель приятелька товариш знайомий
    знайома знакомый знакомая колега коллега родич родичка родственник родственница односельчанин односельчанка
    земляк землячка""".split()
)
# "Один из водителей", "одна з мешканок": one person of a group, unnamed (the numeral, then the preposition).
ONE_OF = frozenset("один одна одно одне one".split())  # (the English "one" of "one of those advisers")
OF_WORDS = frozenset("из з із зі".split())
# Words for an ordinary person by what they happen to be ("— каже пенсіонер", "— говорит житель", "— додала
# жінка"): after a quotation, someone new whom the text does not name, as a vox pop has them (by lemma).
ANONYMOUS_PEOPLE = frozenset(
    """пенсіонер пенсіонерка пенсионер пенсионерка житель жителька жительница мешканець мешканка очевидець
    очевидиця очевидец очевидица водій водитель пасажир пасажирка пассажир пассажирка покупець покупниця покупатель
    покупательница відвідувач відвідувачка посетитель посетительница перехожий прохожий чоловік жінка мужчина
    женщина хлопець дівчина парень девушка юнак школяр школярка школьник школьница студент студентка виборець
    виборниця избиратель избирательница пацієнт пацієнтка пациент пациентка глядач глядачка зритель зрительница
    клієнт клієнтка клиент клиентка волонтер волонтерка волонтёр""".split()
)
# The experts' words for any field ("эксперт", "науковець"), as against a field of their own ("политолог").
GENERIC_EXPERTS = frozenset(
    """експерт експертка аналітик аналітикиня науковець науковиця вчений дослідник дослідниця эксперт аналитик ученый
    учёный исследователь исследовательница""".split()
)
# Offices of state, by lemma: someone who holds one is not the expert the journalist calls by a field.
STATE_OFFICES = frozenset(
    """president minister premier chancellor secretary spokesman spokeswoman spokesperson ambassador senator
    governor mayor king queen президент міністр міністерка премʼєр премʼєр-міністр канцлер речник речниця посол
    сенатор губернатор мер депутат спікер прессекретар прес-секретар министр премьер премьер-министр
    пресс-секретарь мэр госсекретарь держсекретар віце-президент вице-президент вице-премьер віце-премʼєр нардеп
    парламентар парламентарий""".split()
)
# Offices only one person holds at a time in a text's world ("the Pope", "король"): an alias on purpose.
UNIQUE_OFFICES = frozenset("pope king queen папа король королева патріарх патриарх понтифік понтифик".split())
# Roles that any officer of a body holds when speaking for it ("представниця міністерства" may be its deputy
# minister), by lemma.
REPRESENTATIVE_ROLES = frozenset("representative представник представниця представитель представительница".split())
# Words for the head of a body: the head of a ministry is its minister ("глава министерства иностранных дел").
HEAD_ROLES = frozenset("head chief глава очільник очільниця керівник керівниця руководитель руководительница".split())
# A chair, which the text may call a head later ("голова фракції X … — наголосив керівник фракції").
CHAIR_ROLES = frozenset("голова председатель".split())
# The head of a state is its president, the head of a government its prime minister ("глава государства", "глава
# уряду"), by lemma.
HEADED_STATES = frozenset("государство держава страна країна".split())
# The adjective of the White House in its genitive, whose head is the president ("глава Белого дома", "очільник
# Білого дому").
WHITE_HOUSE = frozenset("белого білого".split())
# Words for whoever heads a place or a body ("Президент Грузии X … глава Грузии", "председатель палаты X … глава
# Счетной палаты"), by lemma.
HEAD_OFFICES = HEAD_ROLES | frozenset(
    """президент губернатор мер мэр председатель голова директор гендиректор премʼєр премьер chairman president
    governor mayor director""".split()
)
# Where an office is held, between a title and its holder's name ("Посол США в Україні X", "постпред при ООН X").
POSTING_PREPOSITIONS = frozenset("в у во при".split())
# The stem of a body by which the head's title names it, for the stem of the word it is better known by ("керівник
# Альянсу" is the head of NATO), by the first four letters.
BODY_STEM_SYNONYMS = {"алья": "нато"}
# A letter of resignation or an application filed ("написав заяву про звільнення", "написал заявление об отставке",
# "заявление в полицию"): the nouns, by lemma, the verbs of writing, by lemma, and what the application is for.
APPLICATION_NOUNS = frozenset("заява заявление".split())
WRITE_VERBS = frozenset("написати писати написать писать".split())
APPLICATION_PURPOSE = re.compile(
    r"\s+(?:(?:про|об|на|по|за)\s+(?:звільнення|увольнени\w*|отставк\w*|відставк\w*|власн\w+|собственно\w*)|"
    r"(?:в|до|у)\s+(?:полици\w*|поліці\w*|прокуратур\w*|суд\w*))\b",
    re.IGNORECASE,
)
# Verbs of showing and seeing, whose "как"/"як" clause says how something happened ("видели, как"), by lemma.
SHOW_VERBS = frozenset(
    "показать показывать показати показувати видеть увидеть бачити побачити наблюдать спостерігати".split()
)
# A share of a poll's respondents before a verb ("four in 10 said", "half said", "two-thirds of attendees described
# themselves", "60 percent of voters said").
POLL_SHARE = re.compile(
    r"\b(?:(?:almost|nearly|about|roughly|around|just|only|more\s+than|less\s+than|fewer\s+than|over|under)\s+)?"
    r"(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine)\s+in\s+(?:10|ten)|\d+(?:\.\d+)?\s*(?:percent|%)"
    r"|(?:half|two-thirds|three-quarters|a\s+third|a\s+quarter|a\s+majority|a\s+plurality)(?:\s+of)?)\b",
    re.IGNORECASE,
)
HEADED_GOVERNMENTS = frozenset("правительство уряд кабмин кабмін".split())
# The stems of a foreign minister's field ("міністр закордонних справ", "министр иностранных дел").
FOREIGN_AFFAIRS_STEMS = ("закордон", "иностран", "зовнішн", "внешн")
# A state's diplomacy, whose head is its foreign minister ("глава российской дипломатии"), by lemma.
HEADED_DIPLOMACIES = frozenset("дипломатия дипломатія".split())
# The secretary general's titles, who heads an alliance or an organisation ("генсек НАТО X … — сказав керівник
# Альянсу"), by lemma.
GENERAL_SECRETARIES = frozenset("генсекретар секретар секретарь".split())
# The head of a region is its governor ("глава области", "очільник області"), of a city its mayor ("глава города"), by
# lemma.
HEADED_REGIONS = frozenset("область регион регіон край губерния губернія".split())
HEADED_CITIES = frozenset("город місто".split())
# The US State Department, whose head is the secretary of state ("глава Держдепартаменту", "глава Госдепа"), by lemma.
HEADED_STATE_DEPARTMENTS = frozenset("держдепартамент госдепартамент госдеп держдеп".split())
# A ministry, by lemma or by the acronyms of the ministries every Ukrainian and Russian text names ("глава МИД"): the
# head of one is its minister.
MINISTRY_WORDS = frozenset("ministry міністерство министерство".split())
# A body's field after its name ("Державне агентство з питань кіно", "комитет по делам молодежи"), as written.
FIELD_NOUNS = frozenset("питань справах вопросам делам".split())
# A ministry by what it does, with an adjective ("военное ведомство", "зовнішньополітичне відомство"), by lemma.
AGENCY_WORDS = frozenset("ведомство відомство".split())
# Nationality adjectives whose country's name has another stem, by the adjective's first five letters -> the
# stems of the country's names, "|"-joined ("американский": США; "немецкий": Германия; "британский": Великобритания).
NATIONALITY_PLACES = {
    "амери": "амери|сша",
    "немец": "герма|фрг",
    "німец": "німеч|фрн",
    "брита": "брита|велик",
    "англи": "англи|брита|велик",
    "китай": "кит|кнр",
    "росси": "росси|рф",
    "росій": "росі|рф",
}
# Abbreviations for things, not bodies ("за даними ВВП" is nobody's), as normalised.
THING_ACRONYMS = frozenset("ввп дтп пдв ндс зно егэ внз вуз аес аэс тес тэс гес гэс єрдр єдрпоу єдр рнокпп іпн".split())
# The nouns of the state's services and agencies that "відомство" / "ведомство" may stand for, by lemma.
STATE_SERVICES = frozenset("служба агентство управління комітет управление комитет".split())
# The ministry such an adjective stands for, by the adjective's first seven letters -> the start of the word the
# minister's own title names it by ("военного ведомства": "министр обороны"; "зовнішньополітичного відомства":
# "міністр закордонних справ").
AGENCY_STEMS = {
    "военног": "оборон",
    "военное": "оборон",
    "оборонн": "оборон",
    "військо": "оборон",
    "внешнеп": "иностран",
    "диплома": "иностран",
    "зовнішн": "закордон",
}
# The nouns for a ministry, which its short name stands for ("МИД", "Мінфін").
MINISTER_BODIES = frozenset("міністерство министерство ministry".split())
MINISTRY_ACRONYM = re.compile(
    r"^(?:МЗС|МИД|МОУ|МВС|МВД|МОЗ|МКІП|МОН|МЧС|Мін(?:фін|оборони|юст|економіки|цифри|агрополітики|соцполітики|регіон|енерго|"
    r"інфраструктури|освіти|культури|ветеранів|стратегпрому|реінтеграції|охорони)[а-яіїєґ]*|"
    r"Мин(?:фин|обороны|юст|эконом|цифры|здрав|энерго|промторг|сельхоз|транс|обрнауки|просвещения|труд|культуры|"
    r"природы|строй|спорт)[а-яё]*)$"
)
# The compound names of state bodies by their stems ("Росавиация", "Росстат", "Держкіно", "Укренерго", "Госдума"): the
# Russian and Ukrainian federal and state agencies, general vocabulary (a foreign surname that starts alike is none:
# "Россини", "Миндаугас", "Нацумото").
STATE_BODY_STEMS = re.compile(
    r"^(?:рос(?:авиаци|стат|гвард|потребнадзор|комнадзор|обрнадзор|технадзор|природнадзор|здравнадзор|"
    r"алкогольтабакконтрол|архив|космос|атом|реестр|морречфлот|транснадзор|рыболовств|недр|аккредитаци|туризм|"
    r"молодеж|патент|финмониторинг|сельхознадзор|имуществ|лесхоз|стандарт|гидромет|автодор|сотрудничеств|"
    r"рыболовств|жилинспекци)|"
    r"держ(?:стат|кіно|авіаслужб|прикордонслужб|спецзв|екоінспекц|продспоживслужб|архів|мистецтв|туризм|геонадр|"
    r"енергоефективн|аудитслужб|митслужб|податков|лікслужб|рибагентств|лісагентств|водагентств|космос|автодор|"
    r"казначейств|праці)|"
    r"укр(?:енерго|залізниц|гідроенерго|транснафт|гідрометцентр|автодор|трансгаз|енергоатом|пошт|аерорух|"
    r"ексімбанк)|"
    r"гос(?:дум|комстат|наркоконтрол|стандарт)|"
    r"нац(?:поліці|гвард|банк|полици|енергорегулятор))"
)
# An office with "екс"/"экс" written as one word ("експремʼєр", "экспрезидента"; not "експерт", "экспорт").
EX_OFFICE = re.compile(
    r"^(?:екс|экс)(?:премʼєр|премьер|міністр|министр|президент|посол|мер|мэр|спікер|спикер|канцлер|губернатор|"
    r"депутат|нардеп|генпрокурор|прокурор|керівник|руководител|очільник|директор|командувач|командующ|сенатор|"
    r"глав|голов)"
)
# Military ranks: a rank after a post is the same person's second title ("Міністр оборони генерал X"), no complement.
RANKS = frozenset("генерал адмірал полковник підполковник подполковник майор маршал general admiral colonel".split())
MINISTER = {"uk": "міністр", "ru": "министр", "en": "minister"}
# The secretary of state's short title, whom "глава Держдепартаменту" and "Державний секретар США" name.
SECRETARY_OF_STATE = {"uk": "держсекретар", "ru": "госсекретарь", "en": "secretary"}
# A city's head ("міський голова", "городской голова", "глава города") is its mayor ("— наголосив мер").
MAYOR = {"uk": "мер", "ru": "мэр"}
CITY_ADJECTIVES = frozenset("міський городской".split())
CITY_NOUNS = frozenset("місто город".split())
# Titles that say where someone works, not what they are: a representative, a head or a deputy of a body may be an
# expert, a diplomat or a businessman ("Представник Американської академії мікробіології X … — пояснив науковець").
BODY_TITLES = (
    REPRESENTATIVE_ROLES | HEAD_ROLES | frozenset("deputy заступник заступниця заместитель заместительница".split())
)
# Words for a member of parliament, by lemma, and a title's words that name a parliament, its committee or faction
# (general vocabulary): "заступник голови Комітету ВР X … — зазначив депутат" is the same person.
PARLIAMENT_MEMBERS = frozenset("депутат депутатка нардеп парламентар парламентарий lawmaker legislator mp".split())
PARLIAMENT_TITLE = re.compile(
    r"(?i)\b(?:(?:комітет\w*|комитет\w*|committee)\s+(?:ВР|Верховної\s+Ради|Госдумы|Государственной\s+думы|"
    r"Держдуми|парламенту|парламента|of\s+the\s+House|of\s+the\s+Commons)|фракці\w*|фракци\w*|Верховної\s+Ради|"
    r"Верховна\s+Рада|Госдум\w*|Держдум\w*|парламентськ\w*|парламентск\w*)|\bВР\b"
)
# Words for any diplomat ("— сказала дипломат"): a foreign ministry's representative is one.
DIPLOMAT_WORDS = frozenset("diplomat дипломат дипломатка".split())
# A diplomat's offices, by lemma: whoever holds one is a diplomat ("посол України в Польщі X … — наголосив дипломат").
DIPLOMATIC_OFFICES = frozenset(
    """ambassador envoy consul посол посолка постпред постпредка консул посланник посланниця посланница""".split()
)
CONJUNCTIONS = frozenset("and or but та і й и або чи а но или".split())
# "X не згадує банк, але натякає": a verb after "but" shares the subject as one after "and" does.
ADVERSATIVES = frozenset("but але а однак проте но однако".split())
COORDINATORS = frozenset("and та і и й".split())  # "Putin and Xi", "Китай та Росія": a joint subject
PRONOUN_GENDERS = {"he": "masc", "він": "masc", "он": "masc", "she": "femn", "вона": "femn", "она": "femn"}
# English possessives and the bodies a person has that speak for them ("his campaign said", "Her office announced"):
# the person's campaign or office, an organisation (general vocabulary of political news).
OWNER_GENDERS = {"his": "masc", "her": "femn"}
OWNED_BODIES = frozenset("campaign office".split())
# Nouns whose quotation is a title, not someone's words ("фотовыставка «…»", "the film “…”"), by lemma: works,
# events, programmes, laws, parties and media, named products (vaccines, drugs, ships, pipelines), and the pages and
# posts of social networks ("у дописі "Житомир.info"").
TITLE_NOUNS = frozenset(
    """exhibition film movie book novel song play programme program operation project law bill party
    newspaper magazine channel festival forum conference campaign movement album series show
    vaccine drug ship vessel pipeline aircraft missile
    вакцина препарат корабель судно газопровід трубопровід літак ракета
    вакцина препарат корабль судно газопровод трубопровод самолет ракета
    виставка фотовиставка фільм книга книжка роман пісня вистава програма операція проєкт проект закон
    законопроєкт партія газета журнал телеканал фестиваль форум конференція акція кампанія рух альбом серіал шоу
    выставка фотовыставка фильм книга роман песня спектакль программа операция проект закон законопроект
    партия газета журнал телеканал фестиваль форум конференция акция кампания движение альбом сериал шоу
    канал допис пост публікація сторінка паблік публикация страница паблик""".split()
)
# A channel or page of a social network that its name in quote marks follows ("у Telegram-каналі "…"", "в паблике
# «…»"), by lemma, besides any word ending in "канал".
CHANNELS = frozenset("паблік сторінка спільнота група паблик страница сообщество группа".split())
# "йдеться у повідомленні СБУ", "говорится в заявлении МИД", "said in a statement by": the document's
# author is the speaker (the phrase after the noun).
# "said a joint statement from X" as well: the document as the verb's subject.
# The impersonal verbs that say what a document holds ("йдеться", "говорится", "отмечается", "указывается"), and the
# documents in the locative ("у заяві", "в докладе", "в рекомендациях"): general vocabulary of news reports.
DOCUMENT_VERBS = (
    r"йдеться|ідеться|йшлося|ішлося|говориться|говорилося|сказано|зазначається|зазначалося|зазначено|вказується|"
    r"вказувалося|вказано|наголошується|наголошувалося|підкреслюється|стверджується|стверджувалося|говорится|"
    r"говорилось|отмечается|отмечалось|отмечено|указывается|указывалось|указано|подчеркивается|"
    r"подчеркивалось|утверждается|утверждалось|повідомляється|повідомлялося|сообщается|сообщалось|заявлено|заявлялось|"
    r"заявлялося|содержится|міститься|йшлось|ішлось|мовиться|мовилося|мовилось|зазначалось|наголошувалось|підкреслювалося|підкреслювалось|"
    r"повідомлялось|вказувалось|стверджувалось"
)
DOCUMENT_PLACES = (
    r"повідомленні|заяві|зверненні|коментарі|листі|документі|пресрелізі|прес-релізі|доповіді|звіті|резолюції|"
    r"постанові|рекомендаціях|правилах|принципах|сообщении|заявлении|обращении|комментарии|письме|документе|"
    r"пресс-релизе|пресрелизе|докладе|отчете|отчёте|резолюции|постановлении|рекомендациях|принципах|"
    # a decision, an explanation, a reply or a post ("— йдеться у рішенні", "— говорится в ответе ведомства")
    r"рішенні|решении|поясненні|пояснении|роз'ясненні|роз’ясненні|разъяснении|відповіді|ответе|ноті|ноте|"
    r"ухвалі|вироку|приговоре|дописі|посте|пості|"
    # a page, a publication or an outlet's article that holds it ("сообщается на сайте Белого дома", "в статье The New
    # York Times"; not "у статті 5 договору", a law's)
    r"сайті|сайте|сторінці|странице|публікації|публикации|статті(?!\s+\d)|статье(?!\s+\d)|матеріалі|материале|"
    r"блозі|блоге|"
    # the plural of the same ("говорится в сообщениях на сайтах администраций")
    r"повідомленнях|заявах|сайтах|сторінках|сообщениях|заявлениях|страницах|"
    # a lawsuit, a petition or a complaint: its plaintiff's or signatories' words ("— говорится в иске")
    r"иске|позові|петиции|петиції|жалобе|скарзі|"
    # the text of a document ("— говорится в тексте документа")
    r"тексті|тексте|"
    # a declaration or a communiqué ("В декларации Исполкома говорится, что")
    # (not a tax return: "в декларации о доходах")
    r"декларації(?!\s+про\s+доход)|декларации(?!\s+о\s+доход)|комюніке|коммюнике|"
    # an announcement ("— говорится в специальном объявлении на сайте X")
    r"оголошенні|объявлении"
)
# The same documents by lemma: a later "йдеться у повідомленні" may name by another noun the document an earlier
# sentence named ("В заявлении Кремля … “…”, – говорится в сообщении").
STATEMENT_DOCUMENTS = frozenset(
    """повідомлення заява звернення коментар лист документ пресреліз прес-реліз доповідь звіт резолюція постанова
    рекомендація публікація сообщение заявление обращение комментарий письмо документ пресс-релиз пресрелиз
    декларація декларация комюніке коммюнике оголошення объявление
    доклад отчёт отчет постановление рекомендация публикация рішення решение пояснення объяснение відповідь ответ
    роз'яснення разъяснение нота
    ухвала вирок приговор допис пост иск позов петиция петиція жалоба скарга""".split()
)
TEXT_OF = frozenset("тексті тексте".split())  # "в тексте документа": the document is the noun after it
# Pages a statement is published on ("повідомили на офіційній сторінці уряду", "опубликовано на сайте Кремля"): their
# owner published it.
PAGE_NOUNS = frozenset("сайт сторінка сайт страница website page".split())
# The same documents in the genitive, after "следует из" / "випливає з" ("Как следует из пресс-релиза партии").
DOCUMENT_SOURCES = (
    r"сообщения|заявления|обращения|комментария|письма|документа|пресс-релиза|пресрелиза|доклада|отчета|отчёта|"
    r"резолюции|постановления|решения|ответа|материалов|публикации|повідомлення|заяви|звернення|коментаря|листа|"
    r"прес-релізу|пресрелізу|доповіді|звіту|резолюції|постанови|рішення|відповіді|матеріалів|публікації|данных|даних"
)
STATEMENT_SOURCE = re.compile(
    rf"\b(?:(?:(?:{DOCUMENT_VERBS}|said|says)\s+(?:у|в|во|на|in)"
    r"|(?:said|says|read|reads)\s+(?:a|an|the))\s+"
    rf"(?:[^\W\d_]+\s+){{0,2}}?(?:{DOCUMENT_PLACES}|"
    r"statement|release|communiqu[eé]|declaration)\b"
    r"(?:\s+(?:by|from|of|issued\s+by))?"
    rf"|(?:следует|следовало|випливає|випливало)\s+(?:из|з|із)\s+(?:[^\W\d_]+\s+){{0,2}}?(?:{DOCUMENT_SOURCES})\b)",
    re.IGNORECASE,
)
ALSO = frozenset("також теж также тоже also".split())
# Discourse connectives that open a sentence before an author's insertion ("До того ж, зазначив X, CLAUSE",
# "Тем не менее, отметил X, …"): no clause of what was said (general vocabulary; a single word before the insertion
# is never taken for a clause anyway).
CONNECTIVE_OPENERS = frozenset(
    phrase.strip()
    for phrase in """до того ж|крім того|окрім того|при цьому|разом з тим|разом із тим|у той же час|в той же час|
    тим часом|тим не менш|тим не менше|з іншого боку|з одного боку|до того же|кроме того|при этом|вместе с тем|
    в то же время|тем не менее|между тем|с другой стороны|с одной стороны|at the same time|on the other hand|
    in the meantime|in addition""".split("|")
)
ADDRESSED = frozenset("до к ко to".split())  # "у листі демократів до ФБР": whom a document was sent to
# "В заявлении МИД говорится, что …", "У доповіді ООН зазначається: …": the document (and its author) first, then
# the impersonal verb and what it holds.
DOCUMENT_SAYS = re.compile(
    r"\s*(?:(?:однак|однако|также|також|крім\s+того|кроме\s+того|при\s+этом|при\s+цьому|зокрема|в\s+частности|"
    r"нагадаємо|напомним|водночас|тим\s+часом|между\s+тем),?\s+)?"
    rf"(?:у|в|во|на)\s+(?:[^\W\d_]+\s+){{0,3}}?(?:{DOCUMENT_PLACES})\b(?P<owner>[^,:;«»\"“”]{{0,100}}?)\s*"
    # (or where it was published, between commas: "В заявлении, опубликованном на сайте МИД России, говорится")
    r"(?:,\s*(?P<aside>(?:опубликованн|опублікован|размещенн|размещённ|розміщен)[^\W\d_]*\s+[^,:;«»\"“”]{1,80}?),\s*)?"
    rf"(?:{DOCUMENT_VERBS})\s*(?:,\s*(?:що|что)\b|:)\s*",
    re.IGNORECASE,
)
# "”, the joint statement said." / "”, a statement from the ministry said.": a document as the subject, after
# a quotation; its author is the phrase after "from"/"by", else the document named before.
DOCUMENT_SUBJECT = re.compile(
    r"(?:the|a|an|this|that|its|their)\s+(?:[^\W\d_]+\s+){0,2}?(?:statement|release|communiqu[eé]|declaration)"
    r"(?:\s+(?:by|from|of|issued\s+by)\s+(?P<author>[^,;:.]{1,80}?))?"
    r"\s+(?:said|says|added|adds|read|reads|stated|states|continued|noted|notes)\b",
    re.IGNORECASE,
)
# An outlet relaying a quotation, whose speaker follows: "», – цитує Reuters слова Мельника", "», — приводит ТАСС
# слова Пескова", "”, Reuters quoted Peskov as saying": the speaker is the phrase in the group `speaker`.
QUOTING_RELAY = re.compile(
    # "— передал Ушаков слова Буша": an envoy passes on the words of the one named right after "слова", at the end
    # (or "— передает слова Чуйко пресс-служба ведомства": the relaying body in small letters after the name)
    r"(?:(?:передал|передала|передав|передала|передает|передают|передає|передають)\s+(?:[^\W\d_]+\s+){0,2}?слова\s+"
    r"(?P<passed>[А-ЯІЇЄҐЁ][^\s,;:.()]*(?:\s+[А-ЯІЇЄҐЁ][^\s,;:.()]*)?)(?:\s*[.;]?\s*$|\s+(?=[а-яіїєґё]))"
    r"|(?:цитує|цитують|наводить|наводять|цитирует|цитируют|приводит|приводят)"
    r"\s+(?:[^\W\d_]+\s+){0,4}?"
    # the speaker: up to three lowercase words (a title) and the capitalised words of the name
    r"(?:слова|спогади|воспоминания)\s+(?P<speaker>(?:[а-яіїєґё'ʼ\-]+\s+){0,3}[А-ЯІЇЄҐЁA-Z][^\s,;:.()]*(?:\s+[А-ЯІЇЄҐЁA-Z][^\s,;:.()]*)*)"
    # "– процитировал Трампа в Twitter его помощник X": the person quoted, right after a verb of quoting
    r"|(?:про)?цит(?:ировал|ировала|ировало|ировали|ував|увала|увало|ували)\s+"
    r"(?P<quoted_person>[А-ЯІЇЄҐЁ][^\s,;:.()]*(?:\s+[А-ЯІЇЄҐЁ][^\s,;:.()]*)?)(?=[\s,;.]|$)"
    # "– цитує TUT.BY Дмитра Піневича", "— цитирует «Интерфакс» Алексея Цыденова": the outlet (one name, maybe in quote
    # marks) and the person it quotes, in the accusative
    # ("– цитирует The Telegraph Рассела Квирка, основателя агентства X": an outlet of up to three words, the person's
    # apposition after a comma)
    # (or the outlet by its kind: "— цитирует издание официального представителя Скотланд-Ярда")
    r"|(?:цитує|цитують|цитирует|цитируют)\s+(?:(?:[«\"„“]?[A-ZА-ЯІЇЄҐЁ][^\s,;:()]*\s+){1,3}?|"
    r"(?:издание|видання|агентство|газета|телеканал|портал|журнал|радио|радіо)\s+)"
    r"(?P<cited>(?:[а-яіїєґё'ʼ\-]+\s+){0,3}[А-ЯІЇЄҐЁ][^\s,;:.()]*(?:\s+[А-ЯІЇЄҐЁ][^\s,;:.()]*)*)"
    r"(?:\s*[.;]?\s*$|,)"
    # "— цитирует Кирьянова информагентство": the person quoted first, then the outlet by its kind
    r"|(?:цитує|цитують|цитирует|цитируют)\s+"
    r"(?P<quoted_first>[А-ЯІЇЄҐЁ][^\s,;:.()«»]*(?:\s+[А-ЯІЇЄҐЁ][^\s,;:.()«»]*)?)\s+[а-яіїєґё\-]+\s*[.;]?\s*$"
    # "— цитирует «Интерфакс» адвоката": the person the outlet quotes by their role, in the accusative
    r"|(?:цитує|цитують|цитирует|цитируют)\s+(?:[«\"„“]?[A-ZА-ЯІЇЄҐЁ][^\s,;:()]*\s+){1,3}?"
    r"(?P<cited_role>[а-яіїєґё'ʼ\-]+)\s*[.;]?\s*$"
    # "— цитирует замминистра ТАСС": the role quoted first, then the outlet by its name
    r"|(?:цитує|цитують|цитирует|цитируют)\s+(?!(?:його|її|їх|его|ее|её|их)\s)(?P<role_first>[а-яіїєґё'ʼ\-]+)\s+"
    r"[«\"„“]?[A-ZА-ЯІЇЄҐЁ][^\s,;:()]*(?:\s+[A-ZА-ЯІЇЄҐЁ][^\s,;:()]*){0,2}\s*[.;]?\s*$"
    r"|(?:[^\W\d_]+\s+){1,4}?quoted\s+(?P<quoted>[^,;:.()]{2,80}?)(?:,[^,;:()]{2,80},)?\s+as\s+saying"
    # "– цитирует ее Washington Post": the person quoted is the one the pronoun stands for
    r"|(?:цитує|цитують|цитирует|цитируют)\s+(?P<quoted_pronoun>його|її|їх|его|ее|её|их)\s"
    # "— наводить видання слова українського міністра": the words of someone by their role, named before
    r"|(?:цитує|цитують|наводить|наводять|цитирует|цитируют|приводит|приводят)\s+(?:[^\W\d_]+\s+){0,3}?"
    r"(?:слова|висловлювання|высказывание)\s+(?P<words_role>(?:[а-яіїєґё'ʼ\-]+\s+){0,2}[а-яіїєґё'ʼ\-]+)\s*[.;]?\s*$"
    # "— приводит агентство его слова": the words of the one the pronoun stands for
    r"|(?:цитує|цитують|наводить|наводять|цитирует|цитируют|приводит|приводят)\s+(?:[^\W\d_]+\s+){0,3}?"
    r"(?P<words_pronoun>його|її|его|ее|её)\s+(?:слова|висловлювання|высказывание)\b)",
)
# Verbs of quoting, by lemma: after a quotation they name who relays it ("», — приводит AFP выдержку").
QUOTING_VERBS = frozenset(
    "цитувати процитувати наводити навести цитировать процитировать приводить привести передавати передати "
    "передавать передать дізнатися дізнаватися узнать узнавать з'ясувати зʼясувати выяснить".split()
)
# Nouns for someone's words after a verb that relays them ("напомнил слова Путина Песков").
# Prepositions that open a phrase of manner before the author's verb ("— з болем аналізує", "— с улыбкой
# вспоминает", "— не без гордости говорит").
MANNER_PREPOSITIONS = frozenset("з із зі без с со".split())
QUOTED_WORDS = frozenset("слова слів слов цитату цитата заяву заявление фразу фраза".split())
# The gender of a pronoun in the accusative or genitive ("цитирует ее").
OBJECT_PRONOUN_GENDERS = {"його": "masc", "её": "femn", "її": "femn", "его": "masc", "ее": "femn"}
# A second verb of saying coordinated with the first ("…, і додав, що", "and added that"): the gap before it.
COORDINATED_VERB = re.compile(r",?\s*\b(?:і|й|та|и|а\s+також|а\s+также|and|and\s+also)\s+$", re.IGNORECASE)
# A sentence that opens with the document it reports: "Як ідеться у заяві X, …", "As said in a statement by X, …".
AS_STATED = re.compile(r"\s*(?:як|как|as)\s+(?P<source>" + STATEMENT_SOURCE.pattern + ")", re.IGNORECASE)
# "Згідно з офіційним повідомленням штабу АТО: «...»", "According to a statement from the ministry: “...”".
SOURCE_BEFORE_COLON = re.compile(
    r"\b(?:згідно\s+(?:з|із|зі)|відповідно\s+до|согласно|according\s+to)\s+(?:[^\W\d_]+\s+){0,2}?"
    r"(?:повідомленням|повідомлення|заявою|заяви|зверненням|сообщению|заявлению|обращению|statement|"
    r"announcement)(?:\s+(?:by|from|of))?\s+",
    re.IGNORECASE,
)
# A sentence that attributes the previous one: "Про це заявив ...", "Об этом сообщил ...", "На цьому наголосила".
# "Таку заяву зробив X", "Такое мнение высказал X", "Такой прогноз сделал X": the statement before, named by a noun
# for it after a demonstrative.
_STATEMENT_NAMED = (
    r"(?:Таку|Цю|Відповідну|Подібну|Таке|Це|Такое|Это|Соответствующее|Подобное|Такую|Эту|Соответствующую"
    r"|Такий|Цей|Такой|Этот)\s+"
    r"(?:заяву|заявление|думку|мнение|оцінку|оценку|прогноз|твердження|утверждение|інформацію|информацию|дані|данные"
    r"|новину|новость)"
)
ANAPHORIC_ATTRIBUTION = re.compile(
    r"(?:Про\s+це|На\s+цьому|На\s+це|Об\s+этом|На\s+этом|На\s+это|О\s+том"
    # "Это следует из данных X", "Це випливає зі звіту X": the sentence before, by its source
    r"|(?:Это|Це)(?=\s+(?:следует|следовало|випливає|випливало)\s)"
    # "Соответствующая информация содержится в сообщении X": the news before, by a noun for it
    r"|(?:Соответствующая|Такая|Эта|Відповідна|Така|Ця)\s+(?:информация|інформація)(?=\s+(?:содержится|міститься))"
    rf"|{_STATEMENT_NAMED}"
    # "Такое же мнение высказал и X", "Аналогічну позицію висловив X": the same view (not "Эту версию опроверг X",
    # "Такую позицию раскритиковал X": a view someone else rejects)
    r"|(?:(?:Таку|Таке|Такое|Такую)\s+(?:же|ж)|(?:Ту|Той)\s+(?:же|саму|самую|самое|саме)|Аналогічну|Аналогічне"
    r"|Схожу|Схоже|Аналогичное|Аналогичную|Схожее|Схожую|Похожее|Похожую)\s+"
    r"(?:заяву|заявление|думку|мнение|оцінку|оценку|прогноз|позицію|позицию|точку\s+зору|точку\s+зрения))\b",
    re.IGNORECASE,
)
# The same openers that name the statement by a noun ("Такой прогноз", "Цю заяву"), and the verbs of making or giving
# that then stand for saying it ("Такой прогноз сделал X", "Таку заяву зробив X"), by lemma.
STATEMENT_OPENER = re.compile(rf"\s*{_STATEMENT_NAMED}\b", re.IGNORECASE)
LIGHT_VERBS = frozenset("зробити робити дати давати сделать делать дать давать".split())
# Verbs of publishing that stand for saying after a noun for the news ("Таку інформацію оприлюднило Міноборони",
# "Эти данные опубликовал Росстат"), by lemma.
PUBLISHING_VERBS = frozenset(
    """оприлюднити оприлюднювати опублікувати публікувати поширити поширювати опубликовать публиковать
    распространить распространять обнародовать""".split()
)
# Verbs of denying or rejecting: after a noun for a statement ("Эту информацию опроверг X", "Цю заяву спростували
# в X") the statement is someone else's, by lemma.
REFUTING_VERBS = frozenset(
    """спростувати спростовувати заперечити заперечувати відкинути відкидати розкритикувати критикувати
    опровергнуть опровергать отрицать отвергнуть отвергать раскритиковать критиковать оспорить оспаривать""".split()
)
# An outlet's relay clause that opens a sentence before the attribution proper ("Як передає Укрінформ, про це
# повідомив X", "Как сообщает ТАСС, об этом заявил X").
RELAY_LEAD = re.compile(
    r"\s*(?:Як|Как|As)\s+(?:передає|передають|пише|пишуть|повідомляє|повідомляють|передает|передают|пишет|пишут"
    r"|сообщает|сообщают|reports|reported)\s+[^,;.!?]{1,60},\s*",
    re.IGNORECASE,
)
# After an outlet's relay, where the news was published ("Як повідомляє Укрінформ, така інформація оприлюднена у
# виданні Spaceflight Now", "Как передает ТАСС, соответствующее сообщение размещено на сайте ведомства"): the
# demonstrative, the noun for the news, the participle (its place phrase follows).
PUBLICATION_POINTER = re.compile(
    r"(?:така|таке|такі|відповідна|відповідне|відповідні|ця|це|ці|дана|дане|такая|такое|такие|эта|это|эти|"
    r"данная|данное|соответствующая|соответствующее|соответствующие)\s+(?:[^\W\d_]+\s+)?"
    r"(?:інформація|повідомлення|роз['’ʼ]яснення|заява|дані|новина|информация|сообщение|разъяснение|заявление|данные|"
    r"новость)\s+(?:(?:була|було|були|была|было|были)\s+)?(?P<participle>[^\W\d_]+)\s+",
    re.IGNORECASE,
)
# An outlet's relay clause inserted between the opener of an attribution of the sentence before and its verb ("Об
# этом, как сообщает «РБК-Украина», заявил X", "Об этом, по информации агентства РИА Новости, сообщил X").
INSERTED_RELAY = re.compile(
    r"\s*,\s*(?:(?:як|как|as)\s+(?:передає|передають|пише|пишуть|повідомляє|повідомляють|передает|передают|пишет|пишут"
    r"|сообщает|сообщают|reports|reported)|(?:по\s+(?:информации|данным|сообщению|сведениям)|за\s+(?:інформацією|даними"
    r"|повідомленням)))\s+[^,;.!?]{1,60},",
    re.IGNORECASE,
)
# A reported span that only names a topic ("розповів про свої плани", "spoke about the war").
TOPIC_ONLY = re.compile(r"(?:про|о|об|обо|about|on)\s", re.IGNORECASE)
# The question a verb of answering answers ("ответил на вопрос о санкциях", "відповів на запитання журналістів"): what
# was asked, not what was said.
QUESTION_ANSWERED = re.compile(
    r"(?:на\s+(?:вопрос|вопросы|запитання|питання)|to\s+(?:a|the)\s+question)\b", re.IGNORECASE
)
# Capitalised words of the calendar: never a speaker ("last June stirred controversy").
# An acronym in brackets after a body's name, part of a title ("фонду прямих інвестицій (РФПІ)").
ACRONYM_IN_BRACKETS = re.compile(r"\(\s*[A-ZА-ЯІЇЄҐЁ][A-ZА-ЯІЇЄҐЁ.\-]{1,9}\s*\)")
# A relative clause that attributes the clause before it: "…, про що повідомив X", "…, о чем сообщил X".
# A sentence opening with the particle of reported speech ("Мовляв, …", "Мол, …"): the previous speaker's words.
REPORTED_PARTICLE = re.compile(r"\s*(?:Мовляв|Мол)\s*,?\s*")
# Its verbs, by lemma: telling, writing and announcing, not asking or demanding ("о чем давно просил Иванов").
RELAY_SAY_VERBS = frozenset(
    """повідомити повідомляти заявити заявляти сказати говорити написати писати розповісти розповідати
    зазначити зазначати інформувати поінформувати оголосити оголошувати наголосити наголошувати доповісти
    доповідати сообщить сообщать заявить заявлять доложить докладывать
    сказать написать писать рассказать рассказывать отметить отмечать информировать проинформировать
    объявить объявлять""".split()
)
RELATIVE_ATTRIBUTION = re.compile(r",\s*(?:про\s+що|про\s+це|о\s+чем|об\s+этом)\s+", re.IGNORECASE)
# Anaphors for any body at all ("організація"): they do not say which kind of body was named before.
ANY_BODY = frozenset("організація организация organisation organization".split())
# Common irregular past forms that open a clause after its subject ("He took", "Trump went").
EN_IRREGULAR_PAST = frozenset("took went made gave came saw met held spoke wrote sent kept left".split())
# Nouns of a time, by lemma: a genitive time ("минулого тижня", "прошлой осени") is no body's complement.
CALENDAR_LEMMAS = frozenset(
    """тиждень місяць рік день вечір ранок весна літо осінь зима квартал минуле майбутнє
    неделя месяц год день вечер утро весна лето осень зима квартал прошлое будущее
    січень лютий березень квітень травень червень липень серпень вересень жовтень листопад грудень понеділок
    вівторок середа четвер пʼятниця субота неділя январь февраль март апрель май июнь июль август сентябрь
    октябрь ноябрь декабрь понедельник вторник среда четверг пятница суббота воскресенье""".split()
)
CALENDAR = frozenset(
    """january february march april may june july august september october november december monday tuesday
    wednesday thursday friday saturday sunday""".split()
)
# Conjunctions that open a subordinate clause: a name in it is not what a pronoun after it stands for.
SUBORDINATORS = frozenset(
    """when as while after before since if because although though once until коли поки після якщо бо хоча
    доки когда пока после если потому хотя""".split()
)
# "Путин с Си Цзиньпином заявили", "Зеленський разом із Дудою": a second person joined by "with".
WITH_WORDS = frozenset("с со з із зі разом вместе with".split())
# Places abbreviated by their initials, which may end a sentence ("Washington, D.C. Lee said").
PLACE_INITIALS = frozenset("d.c u.k u.n e.u u.a.e".split())
# Determiners that open an English verb's object ("stressed her support of the raid that killed …").
OBJECT_DETERMINERS = frozenset("the a an his her their its our my your".split())
# English titles that only a person bears ("Mr. Putin").
PERSONAL_TITLES = frozenset("mr mrs ms miss dr sir lord lady baroness dame".split())
# English adverbs of time between a verb of saying and what was said ("said yesterday he would go").
TIME_ADVERBS = frozenset("yesterday today tonight earlier later again".split())
DAY_PARTS = frozenset("morning afternoon evening night".split())  # "said Thursday morning"
PERIODS = frozenset("week weekend month year".split())  # "said last week"
# Words that make a role another office than the one a person was named for ("the former president",
# "избранный президент", "колишній міністр"), by lemma.
ROLE_STATUS = frozenset(
    """former elected new acting outgoing incoming future previous late shadow
    колишній новий новообраний обраний майбутній попередній тимчасовий
    бывший новый избранный новоизбранный будущий прежний предыдущий временный""".split()
)
# The status words of a former office, one status whatever the language ("бывший премьер", "экс-премьер").
FORMER_STATUS = frozenset("former previous колишній попередній бывший прежний предыдущий".split())
# The status words of someone who holds the office now, as the plain title says ("новый глава МИД … Министр").
NEW_STATUS = frozenset("new новий новый".split())
# The start of an adverbial left after an attribution ("Friday as he entered", "for security", "the forum").
ADVERBIAL_TAIL = re.compile(
    r"(?:(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight)(?![\w'\u2019\u02bc])"
    r"|as\s|while\s|when\s|after\s|before\s|for\s|at\s|in\s|during\s|the\s+forum\b|\.)",
    re.IGNORECASE,
)
# English verbs of saying that stand before their subject after a reported clause ("…, said the minister",
# "…, added Mr. Lee"); others after a comma take an object ("…, thanked Zelensky").
INVERTING_VERBS_EN = frozenset("say add write ask explain note insist recall continue reply".split())
# Verbs that attribute a quotation only when they follow it ("“...,” he continued").
CONTINUATION_VERBS = frozenset("continued continues продовжити продовжувати продолжить продолжать".split())
TRAILING_CONJUNCTION = re.compile(r"[\s,]*(?:\b(?:and|та|і|й|и|а)\b)?[\s,]*$", re.IGNORECASE)
COMPLEMENTIZERS = frozenset("that що мовляв нібито начебто что мол будто".split())
PRONOUNS = frozenset("he she they він вона вони воно он она они оно".split())
FIRST_PERSON = frozenset("i we я ми мы".split())
NEUTER_PRONOUNS = frozenset("it воно оно".split())  # a body named before ("предприятие «X». Оно заявило")
PLURAL_OBJECT_PRONOUNS = frozenset("them their its їх их".split())  # "it", "them": no one's name
PERSON_PRONOUNS = frozenset("he she він вона он она його її его её ее him her his".split())
RELATIVE_PRONOUNS = frozenset("who which який яка яке які котрий котра котрі который которая которое которые".split())
# A relative pronoun in any case and gender ("яку", "которым", "who"): the words above and their other forms.
RELATIVE_FORM = re.compile(
    r"who|whom|which|(?:як|котр|котор)(?:ий|ый|а|ая|е|ое|і|ие|ые|у|ую|ого|ому|им|ым|ій|ой|ою|ом|их|ых|ими|ыми)"
)
# The relative pronoun in a preposition's case ("заявление, в котором сообщила", "у листі, в якому заявив"): the verb
# after it has the subject of the clause before.
RELATIVE_OBLIQUE = frozenset(
    """якому якій яких якого якої котрому котрій котрих котрого котрої котором которой которых которого
    которому""".split()
)
# Words that may stand between a subject and its verb: adverbs, particles, auxiliaries of the perfect.
SKIP = frozenset(
    """also then later further again earlier previously has have had did will would could should reportedly
    repeatedly publicly however too once separately і й та також теж ще вже знову раніше неодноразово тоді
    потім далі згодом публічно навіть же ж зокрема окремо уже тоже также снова ранее неоднократно затем далее потом
    публично даже отдельно citing speaking responding answering referring addressing commenting asked""".split()
)
# Words for how many of a kind ("several Carrier workers"): a group, no one in particular.
QUANTIFIERS = frozenset("several few numerous dozens hundreds thousands most all both other".split())
# Verbs of recommending: saying only with what to do ("рекомендував дотримуватися …"), not whom for a post.
RECOMMEND_VERBS = frozenset("рекомендувати порекомендувати рекомендовать порекомендовать".split())
# Plural nouns for people of a kind, by their views, pursuits or place ("Social conservatives say", "Trump
# supporters said"): nobody in particular, unlike a body's people ("EU negotiators", "White House aides").
PEOPLE_OF_A_KIND = frozenset(
    """supporters opponents advocates activists conservatives liberals progressives fans groups voters residents
    workers protesters demonstrators critics proponents allies backers believers followers members parents
    students""".split()
)
# English words ending in "s" that are no plural nouns, met between a subject and its verb ("Trump always says").
EN_S_WORDS = frozenset(
    """always sometimes perhaps afterwards nevertheless nonetheless thus besides regardless unless towards does
    hers ours yours theirs whereas this""".split()
)
PASSIVE = frozenset("was were been be is are being".split())
ARTICLES = frozenset("the a an".split())
# Demonstratives that close an adverbial phrase after a preposition ("разом з тим", "при этом", "між тим").
DEMONSTRATIVES = frozenset("тим цим цьому тому того цього тем этим этом том того этого".split())
# What a preposition's object that points back is ("про це", "о том", "про неї"): something said before.
ANAPHORIC_OBJECTS = DEMONSTRATIVES | frozenset("це неї нього ньому них это ней нем".split())
# "did not complain", "never said": an English verb of saying after these reports nothing said.
NEGATIONS = frozenset(
    normalize(word)
    for word in "not never didn't doesn't don't didnt doesnt dont isn't wasn't aren't weren't hasn't haven't".split()
)
# Verbs of answering: as a participle before a preposition ("отвечая на вопрос", "responding to"), how a
# statement came, not a statement.
ANSWER_VERBS = frozenset("відповісти відповідати ответить отвечать respond reply answer".split())
# "when asked", "if pressed", "after being asked": an English -ed form after these is a passive participle.
PARTICIPLE_OPENERS = frozenset("when if once unless after before while being".split())
CONNECTORS = frozenset("of for the de da del van von der bin ibn al фон дер ван де дель ібн ибн бен".split())
# The particles a Cyrillic surname may open with when written without its given name ("фон дер Ляєн", "ван дер
# Беллен", "дель Понте"; not "де", the Ukrainian "where").
SURNAME_PARTICLES = frozenset("фон дер ван дель".split())
# An Arabic name's particle joined to the next part by a hyphen after a given name ("Ибрагим аль-Хасани", "Bashar
# al-Hassan"): the article's assimilated forms in Russian, Ukrainian and English transcription.
NAME_PARTICLE = re.compile(
    r"(?:аль|ал|ас|ад|ат|аз|ар|ан|аш|эль|ель|уль|ул|ибн|бин|бен|абу|al|el|ad|as|ash|ar|at|az|an|ul|bin|ibn|ben|abu)"
    r"-[A-ZА-ЯЁІЇЄҐ][\w'’-]*"
)
# Someone's supporters: an indefinite group ("Сторонники Игоря Додона заявили"), not a speaker.
SUPPORTER_NOUNS = frozenset("сторонник прихильник прибічник".split())
MODALS = frozenset("would will could should may might must can cannot to".split())
# Who was told, between the verb and what was said ("told reporters the talks were ...").
LISTENERS = frozenset(
    """reporters journalists lawmakers parliament senators students audience the a an news conference briefing
    журналістам журналистам репортерам виданню изданию агентству телеканалу кореспондентові кореспонденту
    корреспонденту корреспондентам кореспондентам""".split()
)
PREPOSITIONS = frozenset(
    """of for with by from to between about at in on into against among toward towards via after before during
    like than under over through without including unlike behind beside near з із зі до від у в на про для
    між за під над перед після без через по при проти серед щодо біля навколо с со к ко от во о об между
    после против среди около из изо из-за из-под вокруг кроме вместо возле вдоль крім замість поміж попри
    задля помимо окрім""".split()
)
# Nobody in particular: these give no candidate ("Experts say", "за словами критиків").
GENERIC = frozenset(
    """experts analysts critics observers sources commentators people residents some many others journalists politicians
    reports witnesses експерти експертів аналітики аналітиків критики критиків спостерігачі спостерігачів
    джерела джерел журналісти журналістів люди людей жителі мешканці деякі багато інші эксперты экспертов
    аналитики аналитиков критики критиков наблюдатели наблюдателей источники источников журналисты
    журналистов люди людей жители некоторые многие другие""".split()
)
# What "citing …" names when it names where something comes from, not what was said ("citing unnamed officials").
CITED_SOURCES = frozenset(
    "source official officials aides aide person diplomats insiders data figures statistics".split()
)
# News media quoting each other: a source attribution, not a speaker.
MEDIA = frozenset(
    """media outlet outlets newspaper newspapers agency press portal видання газета агентство портал
    телеканал преса телекомпанія телерадіокомпанія радіостанція журнал тижневик
    издание газета агентство телеканал пресса телекомпания телерадиокомпания радиостанция журнал еженедельник
    информагентство інформагентство""".split()
)
MEDIA_PARTS = ("змі", "сми")
# News agencies and broadcasters that other outlets cite as the source of what they report, by the words of
# their names as written in news text (their own spellings, and the Ukrainian and Russian ones): the
# international agencies and broadcasters and the national news agencies of the countries most reported on,
# as listed by Wikipedia's "List of news agencies" and "International broadcasting". The outlets the team
# tracks (sources.Outlet) are passed to extraction as well (extract_candidates' `outlets`).
MEDIA_NAMES = frozenset(
    """reuters bloomberg afp ap dpa ansa efe xinhua kyodo yonhap anadolu bbc cnn cbs nbc abc fox sky euronews
    politico axios interfax tass ria ukrinform unian rbc nyt wsj cnbc npr
    рейтер рейтерс блумберг франс-пресс сіньхуа синьхуа кіодо кеодо йонхап анадолу бі-бі-сі би-би-си сі-ен-ен
    си-эн-эн інтерфакс интерфакс інтерфакс-україна тасс ітар-тасс итар-тасс ріа риа укрінформ уніан укринформ униан
    рбк рбк-україна рбк-украина""".split()
)
# Titles before a name ("Prime Minister Mikhail Mishustin"): part of the phrase, not of the name.
ROLE_WORDS = frozenset(
    """president prime minister secretary spokesman spokeswoman spokesperson general chairman chairwoman chief
    leader ambassador foreign defence defense deputy head mr mrs ms dr sir senator governor mayor commander
    rep sen gov lt gen col sgt rev ceo cfo coo cto
    colonel lieutenant admiral pope king queen prince envoy adviser advisor director premier chancellor
    junta security council state russian ukrainian american british chinese french german interior justice
    health finance economy intelligence armed air naval border coast президент
    премʼєр-міністр міністр речник речниця секретар посол голова керівник
    очільник генерал командувач депутат спікер радник радниця лідер глава заступник представник
    премьер-министр министр пресс-секретарь секретарь посол председатель руководитель генерал командующий
    депутат спикер советник лидер глава заместитель представитель официальный""".split()
)
# Plural or collective nouns that make a name an organisation speaker ("Myanmar officials").
ORG_NOUNS = frozenset(
    """officials authorities ministry government military army forces embassy office command department
    service services committee staff headquarters force navy police guard""".split()
)
# Common nouns that stand for an organisation the text has named ("Укрзалізниця ... компанія заявила", "the
# company said"), by lemma (general vocabulary of business and government news).
ORG_ANAPHORS = frozenset(
    """company airline carrier firm corporation ministry organisation organization
    компанія авіакомпанія перевізник авіаперевізник корпорація концерн відомство міністерство організація холдинг
    міськрада горсовет музей театр галерея бібліотека библиотека
    видавництво підприємство
    компания авиакомпания перевозчик авиаперевозчик корпорация концерн ведомство министерство организация холдинг
    издательство предприятие
    інститут центр університет фонд банк институт университет institute university foundation bank
    регулятор regulator""".split()
)
# Bodies named by their kind and a genitive complement, at a sentence's start or as a one-word name inside it
# ("Офіс генерального прокурора повідомив", "Служба безпеки України"): the institutions' nouns and an office's (the
# anaphors' nouns stand for a body named before).
OPENING_BODIES = (INSTITUTION_NOUNS - ORG_ANAPHORS) | frozenset("офіс офис".split())
# Plural nouns standing for the organisations a text named together before ("a joint statement from the two
# agencies", "у спільній заяві обох відомств"): English words, Cyrillic lemmas (general vocabulary).
GROUP_ANAPHORS = frozenset(
    """agencies ministries governments departments organisations organizations offices institutions services
    відомство міністерство уряд організація установа служба
    ведомство министерство правительство организация учреждение служба""".split()
)
# A source the subject cites, between the subject and its verb ("Reuters, citing unnamed sources, reported",
# "агентство со ссылкой на источники сообщило"): skipped when looking for the subject.
CITING_BEFORE_VERB = re.compile(
    r"[,\s]*\b(?:со\s+ссылк(?:ой|ами)\s+на|ссылаясь\s+на|(?:з|із|зі)\s+посилання(?:м|ми)?\s+на|посилаючись\s+на|citing)\s[^;:()]*?"
    r"[,\s]*$",
    re.IGNORECASE,
)
# The same after a source's name in a formula ("Как написала газета X также со ссылкой на источники, …").
CITING_AFTER_SOURCE = re.compile(
    r"\s+(?:(?:также|тоже|також|теж|also)\s+)?(?:со\s+ссылк(?:ой|ами)\s+на|ссылаясь\s+на|(?:з|із|зі)\s+посилання(?:м|ми)?\s+на|"
    r"посилаючись\s+на|citing|со\s+слов|зі\s+слів|із\s+слів)\s",
    re.IGNORECASE,
)
# The same right before a name in quote marks ("з посиланням на «Укренерго»"): the name is an organisation's.
CITING_BEFORE_NAME = re.compile(
    r"\b(?:со\s+ссылк(?:ой|ами)\s+на|ссылаясь\s+на|(?:з|із|зі)\s+посилання(?:м|ми)?\s+на|посилаючись\s+на)\s*$",
    re.IGNORECASE,
)
# Verbs of deciding, hurrying, trying and going on before an infinitive of saying ("решил напомнить, что",
# "поспішила звинуватити", "продовжує заявляти"): the infinitive is said, by lemma.
ATTEMPT_VERBS = frozenset(
    """вирішити поспішити спробувати намагатися захотіти продовжувати продовжити решить поспешить попытаться пытаться
    захотеть продолжать продолжить почати починати начать начинать""".split()
)
# Possessive pronouns before a noun ("про свою перемогу", "о своем решении").
POSSESSIVE_PRONOUNS = frozenset(
    """свою свій своє свої своєї своїй свого своїм свой свое своя свои своем своём своей своих своего його її їхню
    їхній їхнє їхні его её ее их""".split()
)
# The party and state after an American politician's name: "(D-Wis.)", "(R-Texas)", "(I-Vt.)".
PARTY_WORDS = frozenset("republican democrat independent libertarian".split())  # "…, Republican of Iowa, said"
PARTY_TAG = re.compile(r"\((?:D|R|I)(?:-[A-Z][A-Za-z. ]{0,15})?\)")  # "(D-Wis.)", "(R)"
# English words before "to" and an infinitive of saying that was said ("tried to make the case", "went out of his
# way to say", "took the opportunity to note").
EN_ATTEMPTS = frozenset("tried decided sought rushed hastened continued began started way opportunity occasion".split())
# "made clear that", "making the case that": phrases of saying with "make".
MAKE_FORMS = frozenset("make makes made making".split())
# Nouns for the kind of an organisation whose name follows in quote marks ("компанія «Нафтогаз»",
# "партия «Новые люди»"), by lemma (general vocabulary of Ukrainian and Russian typography).
# Nouns for a business, by lemma: one the text may have named by its name alone ("«Газпром» … в компании").
COMPANY_NOUNS = frozenset(
    """компанія авіакомпанія корпорація концерн холдинг підприємство компания авиакомпания корпорация концерн холдинг
    предприятие""".split()
)
ORG_KIND_NOUNS = frozenset(
    """компанія організація партія фонд концерн банк корпорація агентство холдинг асоціація спілка союз рух
    група центр підприємство завод оператор коаліція блок фракція мережа служба об'єднання товариство
    видавництво театр музей інститут
    издательство театр музей институт
    компания организация партия фонд концерн банк корпорация агентство холдинг ассоциация союз движение
    группа центр предприятие завод оператор коалиция блок фракция сеть служба объединение общество""".split()
)
# Abbreviations of legal forms before a body's name in quote marks (general vocabulary of Ukrainian and
# Russian registers): public organisation, all-Ukrainian union, limited company, joint-stock company.
LEGAL_FORMS = frozenset("го во гс тов пат прат ат дп кп ооо оао зао пао ао нко ано фгуп гуп".split())
# Agencies named by more than one word, matched as a phrase (the words are normalised).
# Newspapers, magazines and broadcasters most cited by name in news of the three languages (the newspapers of
# record and national broadcasters in Wikipedia's lists of newspapers by country), as the words of a name.
# The first letters of the adjectives that make an agency a news agency ("інформаційне", "государственное",
# "телеграфне", "Французьке агентство" aside), not a body such as "Європейське космічне агентство".
NEWS_AGENCY_STEMS = frozenset("інформ информ новинн телегр держав госуда пресс- прес-".split())
MEDIA_PHRASES = (
    # (a name's own words for a news service: "Rambler News Service", "Jewish News Agency")
    "news service",
    "news agency",
    "news network",
    "associated press",
    "press association",
    "agence france",
    "france-presse",
    "new york times",
    "washington post",
    "wall street journal",
    "financial times",
    "new york post",
    "los angeles times",
    "usa today",
    "daily telegraph",
    "daily mail",
    "der spiegel",
    "le monde",
    "le figaro",
    "handelsblatt",
    "frankfurter allgemeine",
    "süddeutsche zeitung",
    "corriere della sera",
    "al jazeera",
    "аль-джазира",
    "аль-джазіра",
    "коммерсантъ",
    "ведомости",
    "известия",
    "новая газета",
    "российская газета",
    "українська правда",
    "украинская правда",
    "дзеркало тижня",
    "економічна правда",
)
# The end of a quotation and the dash before an inverted verb of saying ("», – сказав", "\", - прокомментировал").
DASHES_BEFORE_VERB = re.compile(r"[»”\"'’][,.!?…]?\s*[-–—]\s*$")
# Units of a date or a period after a number ("2015 року", "10 дней"), by lemma (the Ukrainian dictionary
# gives "рок" for "року"): never qualified by a name.
TIME_UNITS = frozenset("рік рок день тиждень місяць год неделя месяц число".split())
# Last words of an organisation's name in Latin script ("European Commission", "Deutsche Bank"): a phrase of
# capitalised words without one is more often a person's name ("John Smith").
ORG_HEADS = frozenset(
    """commission council union bank group corporation corp company co inc ltd plc airlines airways motors
    ministry party organization organisation fund association federation agency institute committee""".split()
)
ENGLISH_FUNCTION_WORDS = frozenset(
    """the a an this that these those it its in on at during after before since despite unlike both one
    however meanwhile while when as also but and or if for from to with by of our their his her although though
    because unless whereas
    there here what which who why how some many most other others all
    just still even only yet perhaps indeed instead now thus already almost maybe another""".split()
)
ABBREVIATIONS = frozenset(
    """mr mrs ms dr st jr sr vs etc gen col lt sen rep gov prof rev sgt inc corp ltd no jan feb mar apr aug
    sept oct nov dec u.s e.g i.e р рр ім м вул т.д т.п г гг им ул тис млн млрд грн ст див""".split()
)

OPENERS = {"«": "»", "„": "“”", "“": '”"', '"': '"”', "‘": "’", "‚": "‘’"}  # mixed marks: '"…”', '“…"'
WORD = re.compile(rf"[^\W\d_]+(?:[{APOSTROPHES}\-][^\W\d_]+)*|\d+(?:[.,:]\d+)*")
TERMINAL = ".!?…"
DASHES = "-–—"
# What may stand between a verb of saying and the quotations it lists: an object of at most two words
# ("гасла", "the slogans"), a colon, and the quotations before (each replaced by NUL) joined by commas or "and".
LISTED_GAP = re.compile(
    r"\s*(?:[^\W\d_]+\s+){0,2}?[^\W\d_]*\s*:?\s*(?:\x00\s*(?:,|\b(?:і|й|та|и|and|or)\b)\s*)*",
    re.IGNORECASE,
)

# "За словами X", "за його словами", "по словам X", "на думку X", "according to X", and
# "як зазначили у X" / "как заявил X" (the verb checked separately).
FORMULAS = [
    # ("По приводимым агентством словам чиновника", "за наведеними виданням словами": words an outlet relays)
    re.compile(
        r"\b(?:за|по)\s+(?:(?P<pron>його|її|їхніми|їх|его|её|ее|их)\s+)?"
        r"(?:(?:приводимым|цитируемым|переданным|приведенным|приведённым|наведеними|цитованими|переданими)"
        r"\s+(?:[^\W\d_]+\s+){1,2}?)?слова(?:ми|м)\b",
        re.IGNORECASE,
    ),
    # "На думку X", "с точки зрения X", "на переконання X": whose view it is.
    # "По его мнению", "на її думку", "с их точки зрения": the pronoun stands for the holder.
    re.compile(
        r"\b(?:на|по|з|с|за)\s+(?P<pron>його|її|їхню|їх|его|её|ее|их)\s+(?:думку|мнению|точки\s+зору|точки\s+зрения|"
        r"переконання|убеждению|версією|версии|оцінкою|оценке|"
        # "По его сведениям", "за її даними": whose information it is
        r"даними|інформацією|підрахунками|оцінками|данным|сведениям|информации|подсчетам|оценкам)\b",
        re.IGNORECASE,
    ),
    # "По его прогнозу", "за її спостереженнями", "по их расчетам": whose forecast, observation or reckoning, opening
    # a clause (not "С его прогнозами согласны", "стежили за його прогнозом")
    re.compile(
        r"\b(?:за\s+(?P<pron>його|її|їх)\s+(?P<opening>прогнозом|прогнозами|спостереженнями|розрахунками)|"
        r"по\s+(?P<pron_ru>его|её|ее|их)\s+(?P<opening_ru>прогнозу|прогнозам|наблюдениям|расчетам|расчётам))\b",
        re.IGNORECASE,
    ),
    # "По утверждению X", "за його твердженням": whose assertion, opening a clause (not "заседание по утверждению
    # правительства", an approval)
    re.compile(
        r"\b(?:по|за)\s+(?:(?P<pron>його|її|їх|его|её|ее|их)\s+)?(?P<opening_ru>утверждению|твердженням)\b",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(?:на\s+думку|по\s+мнению|з\s+точки\s+зору|с\s+точки\s+зрения|на\s+переконання|"
        r"по\s+убеждению)\b",
        re.IGNORECASE,
    ),
    re.compile(r"\baccording\s+to\b", re.IGNORECASE),
    # "За даними Reuters, …", "По информации The Daily Courier, …": who supplied the information.
    re.compile(
        # (with an adjective of when or how sure: "По последним данным X", "за попередніми даними X")
        r"\b(?:за\s+(?:[^\W\d_]+(?:ими|іми|ою|ьою)\s+)?(?:даними|інформацією)|за\s+(?:повідомленням|версією|заявою)|"
        r"по\s+(?:[^\W\d_]+(?:ым|им|ой|ей)\s+)?(?:данным|информации|сведениям)|"
        r"по\s+(?:сообщению|версии|заявлению)|"
        r"согласно\s+(?:данным|информации|заявлению)|згідно\s+(?:з|із|зі)\s+(?:даними|інформацією|заявою)|"
        # a forecast's (not the weather's: "за прогнозом синоптиків")
        r"(?:согласно\s+прогнозу|згідно\s+(?:з|із|зі)\s+прогнозом|по\s+прогнозу|за\s+прогнозом)"
        r"(?!\s+(?:синоптик|гидрометцентр|гідрометцентр|укргідрометцентр|метеоролог))|"
        # "За попередніми підрахунками X, …", "По оценкам X, …": whose count or estimate it is.
        r"за\s+(?:[^\W\d_]+\s+)?(?:підрахунками|оцінками|оцінкою)|по\s+(?:[^\W\d_]+\s+)?(?:подсчетам|оценкам|оценке))\b"
        r"(?!\s*[,.;:])",  # (not "По уточненным данным, …, сообщает НТВ": whose data the sentence says after)
        re.IGNORECASE,
    ),
    re.compile(r"\b(?:як|как)\s+(?P<verb>[^\W\d_]+)(?:\s+(?:у|в|во)\b)?", re.IGNORECASE),
]


# Text structure -------------------------------------------------------------------------------------------

# Abbreviated English titles before a name, as the role they stand for ("Sen. Marco Rubio": a senator).
EN_TITLE_ABBREVIATIONS = {"sen": "senator", "gov": "governor", "gen": "general", "adm": "admiral", "amb": "ambassador"}
# Last words of an English name that make it a place, a body or a brand, not a person, whatever given name
# opens it ("the Melinda Gates Foundation", "Virginia Beach", "Christian Democrats").
EN_NON_PERSON_HEADS = frozenset(
    """foundation center centre church beach foods democrats republicans institute university college school
    hospital airport street avenue park county city group company museum library stadium fund trust society
    council bank party coalition alliance network league association federation union committee commission agency
    office department ministry""".split()
)
# English given names, by gender: the most common ones of the US Social Security Administration's lists of
# given names (births 1940-2010, public domain), with the common English spellings of foreign names in the
# news. A capitalised word among them opens a person's name ("Andrew Hale took his daughter. He said …"),
# and gives the pronoun its gender.
EN_MALE_NAMES = frozenset(
    """aaron abraham adam adrian ahmed alan albert alberto alec alex alexander alexei alexey alfonso alfred ali allen
    alvin amir andre andrea andrei andres andrew andy angel angelo anthony antonio ari armando arnold arthur arturo
    austin barack barney barry bart ben benjamin bennett bernard bernardo bernie beto bill billy blake bob bobby
    boris boyd brad bradley brady brandon brendan brent brett brian brock bruce bryan bryce byron caleb calvin
    cameron carl carlos carlton cecil cedric cesar chad charles charlie chris christian christopher chuck clarence
    claude clayton clifford clint clyde cody colin connor conrad cornelius cory craig curtis dale damian damon dan
    daniel danny dante darius darnell darrell darren darryl dave david dennis derek devin dexter dick diego dirk
    dmitri dmitry dominic don donald douglas duane duncan dustin dwayne dwight dylan earl ed eddie edgar eduardo
    edward edwin eli elias elijah elliot elmer elton emil emilio emmanuel enrique eric erik ernest ervin ethan
    eugene evan ezra federico felix fernando floyd forrest francis francisco frank franklin fred frederick gabriel
    garrett gary gavin gene geoffrey george gerald gerard gilbert gilberto glenn gordon greg gregory gus guy hal
    hank hans harold harry harvey hector henry herbert herman horace howard hugh hunter ian igor ira irving isaac
    ivan jack jacob jaime jake jamal james jamie jared jarrod jason jasper javier jay jean jeb jed jeff jeffrey
    jeremy jerome jerry jesse jesus jim jimmy joaquin jody joe joel joey john johnny jon jonah jonathan jordan jorge
    jose joseph josh joshua juan julian julius justin karl keith kelly kelvin ken kenneth kenny kent kevin kirk kurt
    kyle lamar lance larry lawrence leo leon leonard leroy lester lewis lionel lloyd logan lonnie lorenzo lou louis
    luca lucas luis luke luther lyle mack malcolm manuel marco marcus mario mark marshall martin marvin mason mathew
    matt matthew maurice max maxwell melvin micah michael mick miguel mike mitch mitchell mitt mohammed moses
    muhammad nate nathan nathaniel neal ned neil newt nicholas nick nicolas nikolai noah noel norman oleg oliver
    omar oscar otis owen pablo patrick paul pedro percy perry pete peter petro phil philip phillip pierre quentin
    rafael ralph ramon randall randy raul ray raymond reggie reginald reince ricardo richard rick ricky rob robert
    roberto rod rodney roger roland ron ronald ronnie ross roy ruben rudy russell ryan salvador sam samuel saul
    scott sean sergei sergey sergio seth shane shaun shawn sheldon sid sidney simon spencer stan stanley stephen
    steve steven stuart ted terrence terry theo theodore thomas tim timothy toby todd tom tommy tony travis trevor
    troy tyler vaughn vernon vic victor vince vincent vladimir volodymyr walt walter warren wayne wes wesley wilbur
    willard william willie willis woodrow xavier yuri zach zachary""".split()
)
# English words for what someone is in sport and the arts, by which a text calls back the person it is about ("said the
# two-time champion", "says the teenager"); not offices, which are most often another person's ("the manager").
EN_SELF_EPITHETS = frozenset(
    """champion winner veteran star youngster teenager striker midfielder defender forward goalkeeper singer
    actor actress rapper sprinter runner""".split()
)
# English given names that are also common words, left out of the lists below ("Will Davies", "Grant Shapps"): a
# name only before a capitalised surname.
EN_WORD_GIVEN_NAMES = frozenset("will grant rich pat dean".split())
EN_FEMALE_NAMES = frozenset(
    """abby abigail ada addison adriana alana alexa alexandra alexis alice alicia alison allison alyssa amanda amelia
    amy ana andrea angela angelina angie anita ann anna anne annie ariana arlene ashley audra audrey barbara
    beatrice becky belinda bernadette bethany betsy betty beverly bianca blanche bobbie bonnie brandi brenda brianna
    bridget bridgette brigid brittany brooke caitlin callie camila candace cara carla carly carmen carol caroline
    carolyn carrie cassandra catherine cathy cecilia celeste charlotte cherie cheryl chloe christina christine ciara
    cindy claire clara clarissa claudia colleen condoleezza connie cora courtney cynthia daisy dana danielle darlene
    deanna debbie deborah debra deirdre delores denise desiree diana diane dianne dolores dominique donna doris
    dorothy edith eileen elaine eleanor elena elisa elise eliza elizabeth ella ellen ellie eloise elsa emilia emily
    emma erica erika erin estelle esther ethel eunice eva evelyn felicia fiona florence frances francesca gabriela
    gabrielle gail genevieve geraldine gina giorgia gladys gloria greta gwen gwendolyn haley hannah harriet heather
    heidi helen hilary hillary huma ida imogen ingrid irene isabel isabella ivanka jacinda jacqueline jana jane
    janelle janet janice jasmine jean jeanette jeanne jenna jennifer jenny jessica jill jillian joan joann joanne
    jocelyn josephine joyce juanita judith judy julia julianne julie justine kamala kara karen karina kate katherine
    kathleen kathryn kathy katie katrina kayla kelly kellyanne kendra kimberly kirsten kristalina kristen kristin
    kristina krystal lana latoya laura lauren laurie leah leila lena leona leslie lila lillian linda lindsay lisa
    liz lois lola lorena loretta lori lorraine louise lucia lucy luisa lydia lynn mabel mackenzie madison maggie
    mallory mandy marcia marcy margaret margarita maria maribel marie marilyn marina marion marjorie marla marsha
    martha mary maureen maxine maya megan meghan melania melanie melinda melissa melody meredith mia michele
    michelle mildred mindy miranda miriam misty molly mona monica nadia nancy naomi natalia natalie natasha nell
    nellie nicole nikki nina noelle nora noreen norma olga olivia pamela patricia patsy patti paula pauline peggy
    penny phyllis priscilla rachel rebecca regina renee rhonda rita roberta robin rosa rosalind rosemary roxanne
    ruth sabrina sadie sally samantha sandra sara sarah selena serena sharon shauna sheila shelley sherry shirley
    sofia sonia sonya sophia stacy stephanie sue susan susie suzanne sylvia tabitha tamara tammy tanya tara tasha
    teresa terri tess thelma theresa tiffany tina toni tonya tracy trisha ursula valentina valerie vanessa vera
    veronica vicki victoria vivian wanda wendy whitney willa yasmin yolanda yulia yvonne zoe""".split()
)
# Words for the journalists who interview someone ("POLITICO senior writer", "кореспондент").
JOURNALISTS = frozenset(
    """writer reporter correspondent journalist editor host anchor columnist interviewer журналист журналистка
    журналіст журналістка корреспондент кореспондент кореспондентка редактор редакторка ведущий ведучий оглядач
    обозреватель""".split()
)
# A verb of talking before "with" ("поговорили с", "поспілкувався з", "talked with", "sat down with"), by its form.
TALKED = re.compile(r"(?:поговор|побесед|пообщ|поспілк|розмовл|разговар|спілкув|общал|talk|spok|spea|sat)\w*$")
# The journalist's own voice before a verb of talking ("мы поговорили", "we spoke with", "наш кореспондент").
OUR_WORDS = frozenset("мы ми we i я нам нами our наш наша наши наші редакция редакція".split())
# A verb of calling someone on the telephone ("мы позвонили Александру Муравскому", "ми зателефонували …"), by its form.
CALLED = re.compile(r"(?:позвонил|дозвонил|зателефонува|подзвонил|додзвонил)\w*$")
# What a source cites of someone's, by the word's start ("з посиланням на заяву посла", "со ссылкой на данные
# Минобороны", "citing a statement from").
CITED_DOCUMENT = re.compile(
    r"(?:заяв|повідом|сообщ|дан|прогноз|звіт|отч[её]т|інформ|информ|комент|коммент|допис|пост|публік|публик|матеріал|"
    r"материал|дослідж|исслед|розслід|рассл|оцінк|оценк|аналі|анали|слов|виступ|выступ|інтерв|интерв|звернен|обращен|"
    r"лист|письм|рішен|решен|ухвал|постанов|пояснен|объяснен|відповід|ответ|a$|an$|the$|statement|report|data|remarks)"
)
# A turn of dialogue that opens by calling someone by name ("— Елена, расскажите …"): the name.
VOCATIVE = re.compile(rf"[{DASHES}]\s*([А-ЯЁІЇЄҐ][а-яёіїєґ'’ʼ]+),\s")


# Spokesmen, occupations, calls, parties and titles in English; starts of Cyrillic verbs of intent and stance ------

# Words for whom a body or a person speaks through, in English, and the adjectives before them.
EN_SPOKESPEOPLE = frozenset("spokesman spokeswoman spokesperson".split())
EN_SPOKESMAN_ADJECTIVES = frozenset("official chief senior deputy".split())
# What a person is, after "X is …" ("Piers Freelove is senior benefit officer"): general vocabulary of occupations.
EN_OCCUPATIONS = frozenset(
    """officer official member worker activist campaigner candidate analyst expert researcher lawyer teacher
    doctor nurse student organiser organizer manager founder owner""".split()
)
# Predicates of intention and wish after a subject, by the start of the word ("намерен", "планирует", "хочет",
# "має намір", "планує", "хоче"): the subject's, not the news agency's, when an agency's tail closes the sentence.
INTENT_STEMS = frozenset("намер намір плани хочет хоче хотят хочут готов рассч розра".split())
# Verbs of a position taken, by the start of the word ("не исключил", "допустил", "поддержал", "не виключив",
# "підтримав", "одобрил", "схвалив", "осудил", "засудив", "выступил", "виступив").
STANCE_STEMS = frozenset("исключ виключ допуст допуск поддер підтри одобри схвали осудил засуди выступ виступ".split())
# English verbs of repeating a call, and the nouns of calling ("repeated his call for", "renewed calls for").
EN_CALL_VERBS = frozenset("repeated repeats renewed renews reiterated reiterates echoed echoes".split())
# What the police appeal for is no one's position ("renewed their appeal for witnesses").
EN_APPEALED_FOR = frozenset("witnesses witness information footage help anyone people".split())
EN_CALL_NOUNS = frozenset("call calls appeal appeals demand demands plea pleas".split())
# Lowercase words that open what a sentence-initial English gerund governs ("Doing what you …", "Speaking to …").
GERUND_FOLLOWERS = frozenset("what whatever it them him her his their".split())
# English names of political parties, which a gendered pronoun never stands for (general vocabulary).
EN_PARTIES = frozenset(
    name.strip()
    for name in """labour, new labour, conservatives, conservative party, tories, tory party, lib dems,
    liberal democrats, ukip, snp, plaid cymru, greens, green party, democrats, republicans, gop""".split(",")
)
# English titles that say a person's gender ("Mr Walkington": he).
TITLE_GENDERS = {"mr": "masc", "mrs": "femn", "ms": "femn", "miss": "femn", "lord": "masc", "lady": "femn"}
# Prepositions that open the field of an office in its title ("министр по делам …", "міністр з питань …").
TITLE_PREPOSITIONS = frozenset("по з із зі".split())
# A parenthetical word or phrase between commas right after a verb of saying ("— сказал, в частности, X").
PARENTHETICAL_AFTER_VERB = re.compile(
    r"\s*,\s*(?:в\s+частности|в\s+свою\s+очередь|в\s+том\s+числе|однако|также|кроме\s+того|при\s+этом|"
    r"зокрема|у\s+свою\s+чергу|в\s+свою\s+чергу|однак|також|крім\s+того|при\s+цьому|"
    r"however|in\s+particular|though|too|also)\s*,\s*",
    re.IGNORECASE,
)
# Adjectives that stand between an article and a name used as a modifier ("the same Madrid venue").
EN_DETERMINING_ADJECTIVES = frozenset("same new old former main local first last other annual".split())
# The states of the United States and the nations of the United Kingdom (USPS and ONS lists): after a city and a comma
# they say where the city is ("in Aurora, Colorado, in July"), no one who speaks.
EN_REGIONS = frozenset(
    region.replace("_", " ")
    for region in """alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii
    idaho illinois
    indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri
    montana nebraska nevada new_hampshire new_jersey new_mexico new_york north_carolina north_dakota ohio oklahoma
    oregon pennsylvania rhode_island south_carolina south_dakota tennessee texas utah vermont virginia washington
    west_virginia wisconsin wyoming england scotland wales northern_ireland""".split()
)
