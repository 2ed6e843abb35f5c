"""Quote candidates in a plain text: quoted words and reported speech, each with its speaker.

The analyst decides what becomes a quote; this module only proposes spans. The rules are general
(Ukrainian, Russian and English news style), never tuned to particular articles:

- **direct**: text in quote marks attributed to a speaker by a verb of saying or a colon next to the quote
  (`"...", - заявив Шойгу`, `Putin remarked, “...”`, `Шойгу: «...»`). The candidate is the quoted text.
- **partial**: a few quoted words inside reported speech (`подякував Мʼянмі за "розуміння" війни`,
  `said that the country could “fully count on ...”`). The candidate is the reported clause around them.
- **indirect**: reported speech without quote marks (`Myanmar officials said the two countries signed ...`,
  `За словами X, ...`, `Як зазначили у X, ...`, `..., according to X`). The candidate is the reported clause.

Speakers are recognised by their names and aliases in any script and inflected form (through
text); an unknown name is offered as a new speaker (speaker_id None, the name as written). A
pronoun ("He affirmed", "За його словами") stands for the speaker of the preceding sentence when that is
the obvious reading: the speaker of a statement there, or the only known person it mentions. Generic
sources ("experts say", "за словами критиків") and news media citing each other ("як повідомили ЗМІ",
"according to Bloomberg") are not speakers and give no candidate.
"""

import bisect
import dataclasses
import functools
import itertools
import re

from extraction.lexicon import (
    ACRONYM_IN_BRACKETS,
    ADDRESSED,
    ADJECTIVAL_ROLES,
    ADVERBIAL_OPENERS,
    ADVERBIAL_TAIL,
    ADVERSATIVES,
    AGENCY_STEMS,
    AGENCY_WORDS,
    AGREE_VERBS,
    AGREED_CLAUSE,
    ALLOWING_VERBS,
    ALSO,
    ANAPHORIC_ATTRIBUTION,
    ANAPHORIC_OBJECTS,
    ANAPHORIC_ROLES,
    ANNOUNCE_VERBS,
    ANONYMOUS_PEOPLE,
    ANSWER_VERBS,
    ANY_BODY,
    APPEAL_NOUNS,
    APPEAL_VERBS,
    APPLICATION_NOUNS,
    APPLICATION_PURPOSE,
    ARTICLES,
    AS_STATED,
    ASK_VERBS,
    ATTEMPT_VERBS,
    ATTENTION_NOUNS,
    ATTENTION_VERBS,
    AUTHORITIES,
    BODY_NOUNS,
    BODY_STEM_SYNONYMS,
    BODY_TITLES,
    CALENDAR,
    CALENDAR_LEMMAS,
    CALLED,
    CHAIR_ROLES,
    CHANNELS,
    CIRCUMSTANCE_PREPOSITIONS,
    CITED_DOCUMENT,
    CITED_SOURCES,
    CITING_AFTER_SOURCE,
    CITING_BEFORE_NAME,
    CITING_BEFORE_VERB,
    CITY_ADJECTIVES,
    CITY_NOUNS,
    CLAIM_VERBS,
    COMMENT_VERBS,
    COMPANY_NOUNS,
    COMPLAINT_NOUNS,
    COMPLEMENTED_BODIES,
    COMPLEMENTIZERS,
    CONCLUDE_VERBS,
    CONJUNCTIONS,
    CONNECTIVE_OPENERS,
    CONNECTORS,
    CONTINUATION_VERBS,
    CONVINCED,
    COORDINATED_VERB,
    COORDINATORS,
    COPULAS,
    DASHES,
    DASHES_BEFORE_VERB,
    DAY_PARTS,
    DEMONSTRATIVES,
    DIPLOMAT_WORDS,
    DIPLOMATIC_OFFICES,
    DOCUMENT_NOUNS,
    DOCUMENT_SAYS,
    DOCUMENT_SUBJECT,
    DOCUMENT_VERBS,
    EMPHASIS_NOUNS,
    EN_APPEALED_FOR,
    EN_ATTEMPTS,
    EN_AUXILIARIES,
    EN_CALL_NOUNS,
    EN_CALL_VERBS,
    EN_CLAUSE_ONLY,
    EN_CLAUSE_PREPOSITIONS,
    EN_DETERMINING_ADJECTIVES,
    EN_FEMALE_NAMES,
    EN_IRREGULAR_PAST,
    EN_MALE_NAMES,
    EN_NAMING_PARTICIPLES,
    EN_NON_PERSON_HEADS,
    EN_NOUN_VERBS,
    EN_OBJECT_OPENERS,
    EN_OCCUPATIONS,
    EN_PARTIES,
    EN_REGIONS,
    EN_S_WORDS,
    EN_SELF_EPITHETS,
    EN_SETTING_PREPOSITIONS,
    EN_SPEECH_OCCASIONS,
    EN_SPOKESMAN_ADJECTIVES,
    EN_SPOKESPEOPLE,
    EN_TAG_ONLY,
    EN_THAT_CLAUSE,
    EN_THAT_ONLY,
    EN_TITLE_ABBREVIATIONS,
    EN_WORD_GIVEN_NAMES,
    ENGLISH_FUNCTION_WORDS,
    EX_OFFICE,
    EXCLUDING_VERBS,
    EXPERT_EPITHETS,
    FEMININE_ROLES,
    FIELD_NOUNS,
    FOREIGN_AFFAIRS_STEMS,
    FORMER_STATUS,
    FORMULAS,
    FURNITURE,
    GENERAL_SECRETARIES,
    GENERIC,
    GENERIC_EXPERTS,
    GERUND_FOLLOWERS,
    GROUP_ANAPHORS,
    HEAD_OFFICES,
    HEAD_ROLES,
    HEADED_CITIES,
    HEADED_DIPLOMACIES,
    HEADED_GOVERNMENTS,
    HEADED_REGIONS,
    HEADED_STATE_DEPARTMENTS,
    HEADED_STATES,
    INSERTED_RELAY,
    INSTITUTION_NOUNS,
    INTENT_NOUNS,
    INTENT_STEMS,
    INTERLOCUTORS,
    INVERTING_VERBS_EN,
    JOURNALISTS,
    LEADER_NOUNS,
    LEADER_OFFICE,
    LEGAL_FORMS,
    LIGHT_VERBS,
    LISTED_GAP,
    LISTENERS,
    MAKE_FORMS,
    MAKE_VERBS,
    MANNER_EN,
    MANNER_PREPOSITIONS,
    MAYOR,
    MEDIA,
    MEDIA_NAMES,
    MEDIA_PARTS,
    MEDIA_PHRASES,
    MINISTER,
    MINISTER_BODIES,
    MINISTRY_ACRONYM,
    MINISTRY_WORDS,
    MODALS,
    NAME_PARTICLE,
    NATIONALITY_PLACES,
    NEGATIONS,
    NEUTER_PRONOUNS,
    NEW_STATUS,
    NEWS_AGENCY_STEMS,
    OBJECT_DETERMINERS,
    OBJECT_PRONOUN_GENDERS,
    OBJECT_VERBS,
    OCCUPATION_EPITHETS,
    OF_WORDS,
    ONE_OF,
    OPENERS,
    OPENING_BODIES,
    ORG_ANAPHORS,
    ORG_HEADS,
    ORG_KIND_NOUNS,
    ORG_NOUNS,
    OUR_WORDS,
    OWN_PAGES,
    OWNED_BODIES,
    OWNER_GENDERS,
    PAGE_NOUNS,
    PARENTHETICAL_AFTER_VERB,
    PARLIAMENT_MEMBERS,
    PARLIAMENT_TITLE,
    PARTICIPLE_OPENERS,
    PARTY_TAG,
    PARTY_WORDS,
    PASSIVE,
    PEOPLE_OF_A_KIND,
    PERIODS,
    PERMANENT_REPRESENTATIVES,
    PERMANENT_WORDS,
    PERSON_PRONOUNS,
    PERSONAL_TITLES,
    PLACE_PREPOSITIONS,
    PLAN_NOUNS,
    PLATFORMS,
    PLURAL_OBJECT_PRONOUNS,
    POLL_SHARE,
    POSSESSIVE_ENDINGS,
    POSSESSIVE_PRONOUNS,
    POSSIBILITY_NOUNS,
    POST_NOUNS,
    POSTING_PREPOSITIONS,
    PREPOSITIONS,
    PRESS_SERVICES,
    PROFESSIONS,
    PRONOUN_GENDERS,
    PRONOUNS,
    PUBLICATION_POINTER,
    PUBLISH_VERBS,
    PUBLISHED_PARTICIPLES,
    PUBLISHING_VERBS,
    QA_ANSWER,
    QA_QUESTION,
    QUANTIFIERS,
    QUESTION_ANSWERED,
    QUOTED_WORDS,
    QUOTING_RELAY,
    QUOTING_VERBS,
    RANKS,
    RECALL_VERBS,
    RECALLING_VERBS,
    RECKON_VERBS,
    RECOMMEND_VERBS,
    REFUTING_VERBS,
    RELATION_NOUNS,
    RELATIVE_ATTRIBUTION,
    RELATIVE_FORM,
    RELATIVE_OBLIQUE,
    RELATIVE_PRONOUNS,
    RELAY_LEAD,
    RELAY_PRESENT,
    RELAY_SAY_VERBS,
    RELAY_TAIL,
    RELAY_VERBS,
    REPEAT_VERBS,
    REPORT_NOUNS,
    REPORT_VERBS,
    REPORTED_PARTICLE,
    REPRESENTATIVE_ROLES,
    ROLE_NOUNS,
    ROLE_SHORT_FORMS,
    ROLE_STATUS,
    ROLE_WORDS,
    SAY_EN,
    SAY_RU,
    SAY_UK,
    SECRETARY_OF_STATE,
    SHARE_VERBS,
    SHARED_POSITIONS,
    SHARED_THINGS,
    SHOW_VERBS,
    SKIP,
    SOURCE_BEFORE_COLON,
    SOURCE_LINKS,
    SOURCE_NOUNS,
    STANCE_PREPOSITIONS,
    STANCE_STEMS,
    STANCE_VERBS,
    STATE_BODIES,
    STATE_BODY_STEMS,
    STATE_OFFICES,
    STATE_SERVICES,
    STATEMENT_DOCUMENTS,
    STATEMENT_OPENER,
    STATEMENT_SOURCE,
    SUBJECT_BODIES,
    SUBORDINATORS,
    SUPPORTER_NOUNS,
    SURNAME_PARTICLES,
    TALKED,
    TEAMS,
    TERMINAL,
    TEXT_OF,
    THING_ACRONYMS,
    TIME_ADVERBS,
    TIME_UNITS,
    TITLE_GENDERS,
    TITLE_NOUNS,
    TITLE_PREPOSITIONS,
    TOPIC_ONLY,
    TRAILING_CONJUNCTION,
    TURN_BREAK,
    VERBAL_NOUN_ENDINGS,
    VOCATIVE,
    WHITE_HOUSE,
    WITH_WORDS,
    WORD,
    WRITE_VERBS,
)
from extraction.records import KINDS, Candidate, SpeakerRef
from extraction.speakers import SpeakerIndex, given_name_genders, is_name
from extraction.structure import Mention, Sentence, Token, find_quotes, inside, plain_marks, split_sentences
from extraction.unglue import form_prefixes, original_offset, unglue
from extraction.unglue import say_prefixes as _say_prefixes
from text import APOSTROPHE, detect_language, is_cyrillic, morph, name_keys, normalize

__all__ = ["KINDS", "Candidate", "SpeakerRef", "extract_candidates", "find_quotes"]


def _media_stem(word: str) -> str:
    """A Cyrillic outlet's name without its case ending ("Укрінформу", "Интерфаксом": told the agency), else ""."""
    if not is_cyrillic(word):
        return ""
    return next((word[: -len(end)] for end in ("ові", "ом", "у", "а", "е", "і") if word.endswith(end)), "")


class _Extractor:
    def __init__(self, text: str, language: str, speakers: list[SpeakerRef], outlets: list[str] = ()):
        self.source = text
        self.relay_sources: set[int] = set()  # where "…, передає X" closes a sentence with nobody else's words
        # Partial quotes given to their sentence's subject for want of a verb of saying: "Про це розповіла X" after
        # them names who said them instead ("Сполучені Штати мають намір «повторити успіх» …. Про це розповіла …").
        self.subject_guesses: set[int] = set()  # their starts
        self.outlets = frozenset(_outlet_key(WORD.findall(normalize(name))) for name in outlets) - {""}
        self.text = plain_marks(text)  # the text analysed: offsets are the source's
        self.language = language
        self.index = SpeakerIndex(speakers)
        self.quotes = self._attributed_splits(find_quotes(text))
        self.lower_words = {m.group().lower() for m in WORD.finditer(text) if m.group()[0].islower()}
        self.sentences: list[Sentence] = []
        self.sentence_at: dict[int, int] = {}  # a sentence's start -> its index
        self.holders: dict[tuple, tuple | None] = {}  # a role holder's mention -> who it is (_holder_of)
        self.candidates: list[Candidate] = []
        self._resolving = False  # guards the antecedent search against resolving a verb inside itself
        self.pointers: set[int] = set()  # sentences that only say where the news was published (no statement)
        self.posts: list[tuple[int, int, int, int, str]] = []  # posts embedded as markup (_embedded_posts)
        self.outlet_names: dict[str, bool] = {}  # a speaker's name -> whether it is an outlet's (_outlet_named)
        self.last_source = None  # the author of the last statement document named ("у повідомленні СБУ")
        self.last_report = (
            None  # the outlet or body the last attribution said the news came from ("повідомляє CTV News")
        )
        self.known_genders: dict[int, str | None] = {}  # a known speaker's gender by its names, once looked up
        self.spoken: set[tuple[int | None, str]] = set()  # (speaker id, mention) of the candidates so far
        # Latin words that alone named a person who spoke ("…, Ban said"): a person's name for pronouns after it
        self.lone_speakers: set[str] = set()
        self.verbs_of: dict[int, list[int]] = {}  # sentence start -> its verbs of saying (_verbs)
        self.spoken_at: dict[int, int] = {}  # known speaker -> where their last statement starts
        self.named_at: dict[int, list[int]] = {}  # known speaker -> where the text has named them in full so far
        self.role_holders: list[tuple[int, str, int, Mention]] = []  # (position, role lemma, sentence, name)
        # (position, lemma, sentence, name) of what someone is, in lower case before their name ("художница Алена
        # Савельева"): for the same epithet later only, no office that would make them someone else for a role
        self.epithet_holders: list[tuple[int, str, int, Mention]] = []
        self.unnamed_roles: list[tuple[int, str, tuple]] = []  # (sentence, role key, speaker) of owned roles
        self.unnamed_sources: set[str] = set()  # the phrases of the unnamed sources offered ("источник в полиции")
        self.consumed_ahead: dict[int, set[int]] = {}  # tokens of a later sentence an earlier quotation used
        self.verb_speakers: dict[tuple[int, int], tuple | bool] = {}  # (sentence, verb) -> its speaker
        # Speakers who said something together ("Putin and Xi said"): the joint speaker -> each of them, and
        # the spans they share (a candidate each); the organisations last named together ("X and the Y").
        self.joints: dict[tuple, list[tuple]] = {}
        self.joint_spans: set[tuple[int, int]] = set()
        self.named_together: list[tuple[int, Mention]] = []  # (sentence, joint mention)

    def _attributed_splits(self, quotes: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """The quotations, with a split at dashes undone where the words between the parts say nobody said
        them ("«Ми готові, – це головне, – і ми переможемо»" is one quotation)."""
        kept: list[tuple[int, int]] = []
        for o, c in quotes:
            if (
                kept
                and self.text[o] in DASHES
                and "\n" not in self.text[kept[-1][1] : o]
                and not self._dashed(kept[-1][0])
                and not self._dashed(o)
            ):
                between = [
                    Token(m.start(), m.end(), m.group(), normalize(m.group()))
                    for m in WORD.finditer(self.text, kept[-1][1], o)
                ]
                # "«Рады, – признается Мария Волошина. – И …»": the author's words, whatever their verb.
                separator = self.text[kept[-1][1] + 1 : between[0].start] if between else ""
                author = self._dashed_author_verb(between, 0, separator) is not None
                # "«…, — говорится в тексте документа. — …»": what a document says, split as someone's words are.
                author = author or bool(between and STATEMENT_SOURCE.match(self.text, between[0].start))
                # Words that run long or end with a colon are the author's only when they open with the verb
                # ("— запитує X і відповідає: —"), not an aside of the quotation's own ("— коррупция …, о которых
                # говорил губернатор: —").
                aside = len(between) > 12 or self.text[kept[-1][1] : o].rstrip(DASHES + " ").endswith(":")
                # A part that ends without its comma ("… горіхи - каже Костянтин. - …") is split off only before the
                # author's verb and a name after it (not "- говорити правду. -", "- скажу відверто. -").
                end = kept[-1][1]
                bare = self.text[end].isspace() and self.text[end - 1].isalpha()
                if bare and author:
                    verb = self._after_manner(between, 0)
                    named = verb + 1 < len(between) and between[verb + 1].capitalized
                    author = named and self._say_verb(between[verb]) is not None
                if (aside or bare) and not author:
                    kept[-1] = (kept[-1][0], c)
                    continue
                if not author and not any(self._say_verb(t) or self._continuation_verb(t) for t in between):
                    kept[-1] = (kept[-1][0], c)
                    continue
            kept.append((o, c))
        return kept

    def _dashed(self, o: int) -> bool:
        """Whether the quotation opening with a dash at o is dashed speech: its paragraph opens with a dash (the
        words between the parts are the author's, whatever they say)."""
        paragraph = self.text.rfind("\n", 0, o) + 1
        return self.text[o] in DASHES and self.text[paragraph : o + 1].lstrip(" \t")[:1] in tuple(DASHES)

    # Sentences, tokens and mentions

    def prepare(self) -> None:
        title_end = self._title_end()
        for start, end in split_sentences(self.text, self.quotes):
            tokens = [
                Token(m.start(), m.end(), m.group(), normalize(m.group()), inside(self.quotes, m.start()))
                for m in WORD.finditer(self.text, start, end)
            ]
            # A dashed paragraph's last part closes at the paragraph's end, which may be the sentence's.
            quotes = [(o, c) for o, c in self.quotes if start <= o and (c < end or (c == end and o < c))]
            sentence = Sentence(start, end, tokens, quotes)
            last = self.text[start:end].rstrip()[-1:]
            # A line without final punctuation is a headline or page furniture: only quotations count there.
            # (A line ending in a comma is a sentence a scraper broke, not a headline.)
            # The text's first paragraph of short lines is its title (and subtitle), whatever their punctuation.
            # Not the rest of a line after a sentence's full stop ("… після виступу Мей. Раніше Барньє заявив про
            # підтримку угоди⏎"): a scraper dropped its full stop.
            line_start = self.text.rfind("\n", 0, start) + 1
            # (page furniture stays furniture: "Читайте також: Новини дня. Пєсков заявив, що …⏎")
            whole_line = not self.text[line_start:start].strip() or FURNITURE.match(self.text, line_start) is not None
            sentence.heading = (last not in tuple(TERMINAL) + tuple('»”“":),;') and whole_line) or end <= title_end
            sentence.mentions = self._mentions(sentence)
            self.sentence_at[sentence.start] = len(self.sentences)
            self.sentences.append(sentence)
            self.named_together.extend(
                (len(self.sentences) - 1, joint)
                for m in sentence.mentions
                if not (m.pronoun or m.role) and (joint := self._coordinated(sentence, m)).parts
            )
            self._record_roles(len(self.sentences) - 1, sentence)

    def _title_end(self) -> int:
        """Where the text's title ends: its first paragraph, when a blank line follows it, each of its lines is
        short and it is a headline and a subtitle or a line without a full stop; 0 otherwise."""
        match = re.match(r"\s*(.+?)\n[ \t\r]*\n", self.text, re.DOTALL)
        if match is None:
            return 0
        lines = [line.strip() for line in match.group(1).splitlines() if line.strip()]
        if any(len(line.split()) > 25 for line in lines):
            return 0
        # One line ending in a full stop (or a comma: a broken sentence) may be the lead itself, not a title.
        if len(lines) == 1 and not (lines[0][-1:].isalnum() or lines[0][-1:] in '»”"'):
            return 0
        return match.end(1)

    def _mentions(self, sentence: Sentence) -> list[Mention]:
        tokens = sentence.tokens
        mentions = self.index.matches(tokens, self.named_at.keys())
        for m in mentions:
            if m.last - m.first > 1:
                self.named_at.setdefault(m.speaker_id, []).append(tokens[m.first].start)
        for mention in mentions:
            while mention.first and self._after_initial(tokens, mention.first):
                mention.first -= 1  # "А. Петренко", "Maria K. Lindqvist": the initials belong to the name
            mention.text = self.text[tokens[mention.first].start : tokens[mention.last - 1].end]
        known = {i for m in mentions for i in range(m.first, m.last)}
        i = 0
        while i < len(tokens):
            if i in known or not self._name_like(sentence, i):
                i += 1
                continue
            j = i + 1
            while j < len(tokens) and j not in known and (self._adjacent(tokens, j) or self._after_initial(tokens, j)):
                if is_cyrillic(tokens[j].text) != is_cyrillic(tokens[j - 1].text) and not (
                    tokens[j].acronym or tokens[j - 1].acronym
                ):
                    break  # "Video Губернатор": furniture before a name, no name across two scripts (but "USAID …")
                if tokens[j].norm in ("mr", "mrs", "ms") and not is_cyrillic(tokens[j].text):
                    break  # "with Tanzania Mr Brown said": a person's title opens another name
                if tokens[j - 1].acronym and not tokens[j].acronym and self._outlet_told(tokens, j - 1):
                    break  # "рассказал РБК Примаков": the outlet told, then who spoke
                if self._name_like(sentence, j) or (
                    NAME_PARTICLE.fullmatch(tokens[j].text)
                    and not tokens[j].in_quote
                    # (after a given name: not "Павел Громов аль-Каиду назвал", a name and its object)
                    and (
                        self._first_name(tokens[j - 1])
                        if is_cyrillic(tokens[j - 1].text)
                        else tokens[j - 1].norm not in ROLE_WORDS
                    )
                ):
                    j += 1  # ("Ибрагим аль-Хасани", "Bashar al-Hassan": a particle joined to the surname)
                    continue
                # "Secretary of State", "Institute for the Study of War", "Ludwig van Beethoven"
                k = j
                while k < len(tokens) and tokens[k].norm in CONNECTORS and self._adjacent(tokens, k):
                    k += 1
                if k == j or k >= len(tokens) or k in known or not self._adjacent(tokens, k):
                    break
                if not self._name_like(sentence, k):
                    break
                j = k + 1
            # "Myanmar officials", "Ukraine's foreign ministry": a name and the body it stands for.
            k = j
            while k < len(tokens) and k < j + 2 and self._adjacent(tokens, k) and tokens[k].norm in ROLE_WORDS:
                k += 1
            if k < len(tokens) and self._adjacent(tokens, k) and tokens[k].norm in ORG_NOUNS:
                j = k + 1
            if self._title_adjective(tokens, i, j):
                i += 1  # "герцогиня Йоркская Сара Фергюсон": the title's adjective, then the name
            named_at = self._name_after_complement(tokens, i, j)
            if named_at:
                # "Мер Донецька Олександр Лук'янченко", "обозреватель … Канады РАН Олег Иванов": the title's
                # complement, then the name, not one name.
                mentions.append(Mention(i, named_at, self.text[tokens[i].start : tokens[named_at - 1].end]))
                i = named_at
            split = self._two_names(tokens, i, j)
            if split:
                # "- говорил Собянин Путину": who spoke to whom, two names in two cases.
                mentions.append(Mention(i, split, self.text[tokens[i].start : tokens[split - 1].end]))
                i = split
            mentions.append(Mention(i, j, self.text[tokens[i].start : tokens[j - 1].end]))
            i = j
        mentions = [self._body_with_name(sentence, m) for m in mentions]
        mentions = self._adjective_bodies(sentence, mentions)
        mentions = self._opening_body(sentence, mentions)
        mentions.extend(self._quoted_names(sentence))
        mentions = [self._capitalised_role(tokens, m) for m in self._titled_places(tokens, mentions)]
        # A capitalised title right before a known name is its title, no name of its own ("Про це заявив Прем’єр-міністр
        # Денис Шмигаль" with Шмигаль known), as it is before an unknown name, which takes it in.
        known_at = {m.first for m in mentions if m.speaker_id is not None}
        mentions = [
            m
            for m in mentions
            if not (
                m.speaker_id is None
                and not m.role
                and not m.quoted
                and m.last in known_at
                and self._adjacent(tokens, m.last)
                and not self._oblique_first_name(tokens[m.last])  # (not whose: "Речниця Прем’єр-міністра Андрія X")
                and all(self._role_lemma(t) or t.norm in ROLE_WORDS for t in tokens[m.first : m.last])
            )
        ]
        covered = {k for m in mentions for k in range(m.first, m.last)}
        for i, token in enumerate(tokens):
            if (end := self._english_one_of(tokens, i)) > i and i not in covered:
                # "said one of those advisers", "One of Clinton's aides said": one unnamed person of a group
                mentions = [m for m in mentions if not i <= m.first < end]
                mentions.append(Mention(i, end, self.text[token.start : tokens[end - 1].end], role="one"))
                covered.update(range(i, end))
            elif self._owned_body_at(tokens, i) and i not in covered and i + 1 not in covered:
                # "His campaign protested that …": the campaign of the person named before
                mentions.append(Mention(i, i + 2, self.text[token.start : tokens[i + 1].end], anaphor=True))
                covered.add(i + 1)
            elif (
                token.norm in PRONOUNS
                and not token.in_quote
                and not (i in covered and self._capital_inside(sentence, i))
            ):
                mentions.append(Mention(i, i + 1, token.text, pronoun=True))
            elif i not in covered and not token.in_quote and (not token.capitalized or i == 0):
                role = self._role_lemma(token, nominative=True) or self._epithet_subject(tokens, i)
                if role in SOURCE_NOUNS and not self._person_source(tokens, i):
                    role = ""
                if role:
                    mentions.append(self._role_mention(tokens, i, role))
                elif self._org_anaphor(tokens, i):
                    mentions.append(Mention(i, i + 1, token.text, anaphor=True))
                elif (end := self._press_service_of_role(tokens, i)) > i:
                    # "Про це повідомляє пресслужба глави держави", "пресс-служба губернатора Курской области": the
                    # press service of an office, one organisation (the office's holder may be named nowhere)
                    text = self.text[token.start : tokens[end - 1].end]
                    entered = self._head_of_state_service(tokens, i, end) or text[:1].upper() + text[1:]
                    mentions = [m for m in mentions if not i <= m.first < end]  # ("Курской области": its place)
                    mentions.append(Mention(i, end, text, kind="organization", entered=entered))
                elif self._press_service_of_anaphor(tokens, i):
                    # "Про це повідомляє пресслужба компанії": the company named before, through its press service
                    text = self.text[token.start : tokens[i + 1].end]
                    mentions.append(Mention(i, i + 2, text, anaphor=True))
                elif token.norm == "it" and i + 1 < len(tokens) and self._say_verb(tokens[i + 1]):
                    # "It said": an organisation named before ("Northwind Airlines ... It said"), never a thing.
                    mentions.append(Mention(i, i + 1, token.text, anaphor=True))
        # ("Paul Ryan, R-Wis., said": a lawmaker's party and state, no one of their own)
        mentions = [m for m in mentions if not _PARTY_STATE.fullmatch(m.text)]
        mentions = [part for m in mentions for part in self._place_then_name(tokens, m)]
        for m in mentions:
            first = m.first
            while first and tokens[first - 1].norm in SURNAME_PARTICLES and self._adjacent(tokens, first):
                first -= 1
            # "– сказала фон дер Ляєн": a surname's particles before it, when no given name opens them
            # (right after a verb of saying or a clause's opening: not "На такий фон Пєсков", "обратила внимание фон …")
            opened = first == 0 or not self._adjacent(tokens, first) or bool(self._say_verb(tokens[first - 1]))
            if (
                first < m.first
                and opened
                and not (m.pronoun or m.role or m.speaker_id)
                and is_cyrillic(tokens[m.first].text)
                and not (first and tokens[first - 1].capitalized and self._adjacent(tokens, first))
            ):
                m.text = self.text[tokens[first].start : tokens[m.last - 1].end]
                m.first = first
        return sorted(mentions, key=lambda m: m.first)

    def _titled_places(self, tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
        """The mentions with a capitalised Cyrillic role noun and the place in the genitive after it ("— підкреслив
        Президент України", "Премьер-министр Армении заявил") parted into the role and the place: whoever holds
        that office, not a person named "Президент України" (not a title before a name: "Президент України
        Володимир Зеленський")."""
        parted = []
        for mention in mentions:
            token = tokens[mention.first]
            rest = tokens[mention.first + 1 : mention.last]
            if (
                mention.speaker_id is not None
                or mention.quoted
                or not rest
                or len(rest) > 3
                or not is_cyrillic(token.text)
                or token.acronym
                or not token.capitalized
                or not self._role_lemma(token, nominative=True)
                or self._capital_next(tokens, mention.last)
                or not all(self._genitive_place(t) for t in rest)
            ):
                parted.append(mention)
                continue
            parted.append(self._role_mention(tokens, mention.first, self._role_lemma(token, nominative=True)))
            parted.append(Mention(mention.first + 1, mention.last, self.text[rest[0].start : rest[-1].end]))
        return parted

    def _body_words(self, mention: Mention, tokens: list[Token]) -> bool:
        """Whether a name can only be a body's: acronyms ("ПА НАТО") and words that read as a place or a thing in the
        genitive ("Євроради", "Держдепартаменту США"), not a surname ("Локк")."""
        words = tokens[mention.first : mention.last]
        return all(t.acronym or self._genitive_place(t) for t in words)

    def _titled_with(self, speaker: tuple, country: str, position: int) -> bool:
        """Whether the text named the speaker before the position with a title that names the country by its stem."""
        surname = speaker[0].split()[-1:] if speaker[1] is None else None
        for start, _role, s, held in self.role_holders:
            holder = self._holder_of(s, held, start) or ("", None)
            same = holder[1] == speaker[1] if speaker[1] is not None else holder[0].split()[-1:] == surname
            if start >= position or not same:
                continue
            tokens = self.sentences[s].tokens
            title = tokens[max(0, held.first - 8) : held.last]
            if any(t.norm.startswith(country) for t in title):
                return True
        return False

    def _country_after(self, tokens: list[Token], mention: Mention) -> str:
        """The stem of the place in the genitive right after a role noun ("Президент Казахстана": "казах"), else ""."""
        k = mention.last
        if not mention.role or k >= len(tokens) or not self._adjacent(tokens, k) or not self._genitive_place(tokens[k]):
            return ""
        return tokens[k].norm[:5] if self._country_word(tokens[k]) else ""

    def _country_word(self, token: Token) -> bool:
        """Whether a word names a place the Russian dictionary tags as one (a Ukrainian word by its lemma in Russian
        letters: "України" as "украина"); a body's short name ("Мінфіну") is none."""
        if any("Geox" in p.tag.grammemes for p in _parse_word(token.norm, "ru")[:3]):
            return True
        if self._dictionary_language() != "uk":
            return False
        lemmas = {normalize(p.normal_form) for p in self._parses(token)[:4] if p.tag.case == "gent"}
        if any(lemma.endswith(_UK_COUNTRY_ENDINGS) for lemma in lemmas):
            return True  # ("Польщі", "Німеччини", "Грузії": the endings of countries' names, "Польща" not in Russian)
        russian = {lemma.translate(_UK_TO_RU) for lemma in lemmas}
        return any("Geox" in p.tag.grammemes for lemma in russian for p in _parse_word(lemma, "ru")[:3])

    def _capital_next(self, tokens: list[Token], k: int) -> bool:
        """Whether a capitalised word follows right after token k - 1 (a name after a title)."""
        return k < len(tokens) and self._adjacent(tokens, k) and tokens[k].capitalized

    def _genitive_place(self, token: Token) -> bool:
        """A capitalised Cyrillic word that reads as a place or a thing in the genitive and never as a person's name
        ("України", "Армении")."""
        parses = self._parses(token)[:4]
        return (
            token.capitalized
            and is_cyrillic(token.text)
            # (the Ukrainian dictionary tags no place as one: an inanimate noun in the genitive)
            and any(p.tag.case == "gent" and ("Geox" in p.tag.grammemes or "inan" in p.tag) for p in parses)
            and not any(is_name(p) for p in parses)
        )

    def _capitalised_role(self, tokens: list[Token], mention: Mention) -> Mention:
        """A Cyrillic role noun written with a capital, alone ("— сказав Президент"), or an English title after "the"
        without a name ("The Foreign Secretary told"): the role, not a name."""
        token = tokens[mention.first]
        if mention.speaker_id is not None or mention.quoted:
            return mention
        last = tokens[mention.last - 1]
        if (
            not is_cyrillic(token.text)
            and mention.first
            and tokens[mention.first - 1].norm == "the"
            and all(t.norm in ROLE_WORDS for t in tokens[mention.first : mention.last])
            and self._role_lemma(last)
            and (mention.last == len(tokens) or not tokens[mention.last].capitalized)
        ):
            # "The Foreign Secretary told the BBC", "said the Chancellor": the office, whoever holds it
            return Mention(mention.first, mention.last, mention.text, role=self._role_lemma(last))
        if mention.last - mention.first != 1:
            return mention
        if token.acronym and token.norm in ROLE_NOUNS:
            return Mention(mention.first, mention.last, mention.text, role=token.norm)  # "CEO проекту Василь Копанов"
        if not is_cyrillic(token.text) or token.acronym or not token.capitalized:
            return mention
        role = self._role_lemma(token, nominative=True)
        if not role:
            return mention
        for k in range(mention.last, min(len(tokens), mention.last + 8)):
            if not self._adjacent(tokens, k) or any(p.tag.POS == "VERB" for p in self._parses(tokens[k])[:1]):
                break  # (its verb: "Президент подякував партнерам України")
            if tokens[k].capitalized:
                return mention  # a title before a name ("Председатель комитета … Константин Косачев")
        return self._role_mention(tokens, mention.first, role)

    def _role_mention(self, tokens: list[Token], i: int, role: str) -> Mention:
        """The role noun at token i as a mention, with its status word ("колишній міністр": міністр|колишній)."""
        status = self._role_status(tokens, i)
        return Mention(i, i + 1, tokens[i].text, role=f"{role}|{status}" if status else role)

    def _body_with_name(self, sentence: Sentence, mention: Mention) -> Mention:
        """ "Полиция Нью-Йорка", "Посольство России", "уряд Польщі": a body named by its kind in the nominative
        and whose it is, one organisation; else the mention as it is."""
        tokens = sentence.tokens
        k = mention.first - 1
        if mention.speaker_id is not None or k < 0 or not self._adjacent(tokens, mention.first):
            return mention
        body = tokens[k]
        if not is_cyrillic(body.text) or (body.capitalized and k and not self._starts_clause(sentence, k)):
            return mention
        nominative = [p for p in self._parses(body) if p.tag.POS == "NOUN" and "plur" not in p.tag and "nomn" in p.tag]
        if not any(normalize(p.normal_form) in BODY_NOUNS for p in nominative):
            return mention
        if not self._genitive_modifier(sentence, mention):
            return mention
        text = self.text[body.start : tokens[mention.last - 1].end]
        return Mention(k, mention.last, text, kind="organization", entered=text[:1].upper() + text[1:])

    def _opening_body(self, sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
        """ "Служба безпеки України повідомила", "Про це Офіс генерального прокурора повідомляє": a capitalised noun
        for a body's kind (at the sentence's start, or a one-word name inside it) with its genitive complement (and
        the name after that) is one organisation."""
        tokens = sentence.tokens
        starts = {m.first: m for m in mentions if m.last - m.first == 1 and m.speaker_id is None and not m.pronoun}
        if tokens and 0 not in {m.first for m in mentions}:
            starts[0] = None
        for i, opening in sorted(starts.items()):
            token = tokens[i]
            if not token.capitalized or token.in_quote or not is_cyrillic(token.text) or i + 1 >= len(tokens):
                continue
            if not self._subject_noun(token, OPENING_BODIES):
                continue
            end = self._complement_end(tokens, i + 1)
            if end == i + 1:
                continue
            name = next((m for m in mentions if m.first == end and not (m.pronoun or m.role)), None)
            if name is not None and self._adjacent(tokens, end) and self._genitive_noun(tokens[name.last - 1]):
                end = name.last  # "Служба безпеки України": whose it is
            body = Mention(i, end, self.text[token.start : tokens[end - 1].end], kind="organization")
            mentions = [m for m in mentions if m is not opening and not i <= m.first < end] + [body]
        return sorted(mentions, key=lambda m: m.first)

    def _adjective_bodies(self, sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
        """ "Верховний суд США", "Национальный банк": a capitalised Cyrillic adjective before a body's noun in small
        letters (with a name after it, whose the body is) is one organisation's name, not a name and a noun."""
        tokens = sentence.tokens
        by_first = {m.first: m for m in mentions}
        opening = None  # at the sentence's start the adjective is no name of its own ("Національний банк повідомив")
        if tokens and 0 not in by_first and tokens[0].capitalized and is_cyrillic(tokens[0].text):
            opening = Mention(0, 1, tokens[0].text)
            mentions = [opening, *mentions]
        result, swallowed = [], set()
        for mention in mentions:
            if id(mention) in swallowed:
                continue
            k = mention.last
            word = tokens[mention.first]
            if (
                k + 1 < len(tokens)
                and is_cyrillic(word.text)
                and self._adjacent(tokens, k)
                and self._adjacent(tokens, k + 1)
                and not tokens[k].capitalized
                and self._adjective(tokens[k])
                and not tokens[k + 1].capitalized
                and self._institution_noun(tokens[k + 1], tokens[k])
            ):
                k += 1  # "Маріупольська міська рада", "Московская городская дума": a second adjective
            if (
                mention.last - mention.first != 1
                or mention.speaker_id is not None
                or not is_cyrillic(word.text)
                or k >= len(tokens)
                or not self._adjacent(tokens, k)
                or tokens[k].capitalized
                or not any(p.tag.POS == "ADJF" for p in self._parses(word)[:4])  # ("Білого": "біле" first)
                or not self._institution_noun(tokens[k], word)
            ):
                if mention is not opening:
                    result.append(mention)
                continue
            end = k + 1
            after = by_first.get(k) or by_first.get(end)  # "суд США" found as a body with its name, or "США"
            if (
                after is not None
                and (after.first == k or self._adjacent(tokens, end))
                and not after.pronoun
                and not (after.first > k and self._person_like(sentence, after))  # "партии Том Уотсон": a person
                # (or a name with a particle: "комиссии Урсула фон дер Ляйен")
                and not (
                    after.first > k
                    and any(not t.capitalized and t.norm in CONNECTORS for t in tokens[after.first : after.last])
                )
            ):
                swallowed.add(id(after))
                end = max(end, after.last)
            end = self._field_end(tokens, end)  # "Державне агентство з питань кіно": the body's field
            text = self.text[word.start : tokens[end - 1].end]
            # Entered in the nominative ("Національного банку України": "Національний банк України").
            head = self._nominative_pair(word, tokens[k])
            if k > mention.last:  # (the second adjective in the noun's case too: "Маріупольської міської ради")
                middle = self._nominative_pair(tokens[mention.last], tokens[k])[0]
                head = [head[0], middle, head[1]]
            entered = " ".join([*head, self.text[tokens[k].end : tokens[end - 1].end].strip()]).strip()
            result.append(Mention(mention.first, end, text, kind="organization", entered=entered))
        return result

    def _institution_noun(self, token: Token, adjective: Token) -> bool:
        """Whether a word can be a noun for an institution that the adjective before it agrees with ("міської
        ради": "рада", which the dictionary reads first as "рад"; not "Бійці рада", glad)."""
        forms = {(p.tag.case, p.tag.number, p.tag.gender) for p in self._parses(adjective)[:6] if p.tag.POS == "ADJF"}
        return any(
            p.tag.POS == "NOUN"
            and normalize(p.normal_form) in INSTITUTION_NOUNS
            and any(
                case in (p.tag.case, None)
                and number in (p.tag.number, None)
                and (gender in (p.tag.gender, None) or number == "plur")
                for case, number, gender in forms
            )
            for p in self._parses(token)[:4]
        )

    def _field_end(self, tokens: list[Token], end: int) -> int:
        """Where a body's field after its name ends ("з питань кіно", "по делам молодежи"): "з питань"/"по делам"
        and up to four lowercase Cyrillic words, joined by "та"/"і"/"и"; `end` itself when none follows."""
        if end + 2 >= len(tokens) or tokens[end].norm not in ("з", "із", "по", "у") or not self._adjacent(tokens, end):
            return end
        if tokens[end + 1].norm not in FIELD_NOUNS or not self._adjacent(tokens, end + 1):
            return end
        k = end + 2
        while k < len(tokens) and k < end + 6 and self._adjacent(tokens, k) and is_cyrillic(tokens[k].text):
            token = tokens[k]
            if token.capitalized or token.in_quote or self._say_verb(token):
                break
            if not (
                token.norm in ("та", "і", "й", "и")
                or any(p.tag.POS in ("NOUN", "ADJF") for p in self._parses(token)[:1])
            ):
                break
            k += 1
        while k > end + 2 and tokens[k - 1].norm in ("та", "і", "й", "и"):
            k -= 1
        return k if k > end + 2 else end

    def _nominative_pair(self, adjective: Token, noun: Token) -> list[str]:
        """A Cyrillic adjective and its noun in the nominative, read in a case and gender they share
        ("Національного банку": "Національний банк", not the jar "банка"; "Московского центра": "Московский центр")."""
        for noun_parse in (p for p in self._parses(noun) if p.tag.POS == "NOUN"):
            for parse in (p for p in self._parses(adjective) if p.tag.POS == "ADJF"):
                if parse.tag.case != noun_parse.tag.case or ("plur" in parse.tag) != ("plur" in noun_parse.tag):
                    continue
                if "plur" not in noun_parse.tag and parse.tag.gender not in (None, noun_parse.tag.gender):
                    continue
                number = "plur" if "plur" in noun_parse.tag else "sing"
                wanted = {"nomn", "plur"} if number == "plur" else {"nomn", noun_parse.tag.gender or "masc"}
                inflected_adjective = parse.inflect(wanted)
                inflected_noun = noun_parse.inflect({"nomn", number}) or noun_parse.inflect({"nomn"})
                if inflected_adjective and inflected_noun:
                    words = [inflected_adjective.word, inflected_noun.word]
                    return [
                        w[:1].upper() + w[1:] if t.capitalized else w
                        for w, t in zip(words, (adjective, noun), strict=True)
                    ]
        return [adjective.text, noun.text]

    def _quoted_names(self, sentence: Sentence) -> list[Mention]:
        """Organisations named in quote marks, as Ukrainian and Russian write them: after a noun for their kind
        ("компанія «Нафтогаз»", "партия «Новые люди»"), or right before a verb of saying ("«Нафтогаз» заявив")
        or after "у"/"в" right before one ("У «Нафтогазі» заявили"). The mention's text is the name as a new
        speaker is entered (one word in the nominative); a known speaker is recognised inside the quote marks."""
        tokens = sentence.tokens
        found = []
        for o, c in sentence.quotes:
            inside_quote = [k for k, t in enumerate(tokens) if o < t.start < c]
            content = self.text[o + 1 : c]
            if not inside_quote or len(inside_quote) > 5 or not content[:1].isupper():
                continue
            # (a Latin name too in a Ukrainian or Russian text: "«Financial Times» назвала …")
            if any(ch in content for ch in ",;:" + TERMINAL) or not (
                is_cyrillic(content + " ") or self.language in ("uk", "ru")
            ):
                continue
            first, last = inside_quote[0], inside_quote[-1] + 1
            before = tokens[first - 1] if first else None
            after = tokens[last] if last < len(tokens) else None
            if before is not None and self._noun_lemmas(before) & (TITLE_NOUNS - ORG_KIND_NOUNS - MEDIA):
                continue  # "Фільм «Oppenheimer» назвали …": a work's title, nobody who speaks
            kind_noun = before is not None and bool(self._noun_lemmas(before) & (ORG_KIND_NOUNS | MEDIA))
            if kind_noun and first >= 2 and self._role_lemma(tokens[first - 2]) and self._adjacent(tokens, first - 1):
                continue  # "президент групи «DCH»": whose president, part of the role, not who speaks
            # "ГО «Захист дітей війни»", "ТОВ «…»", "ООО «…»": the abbreviation of a body's legal form.
            kind_noun = kind_noun or (before is not None and before.acronym and before.norm in LEGAL_FORMS)
            # A verb of saying right after it (an adverb between allowed: "«X» иронично призвал"), or right
            # before it, inverted ("- прокомментировал «X»"); not a preposition's or another verb's object.
            verb = None
            if after is not None and self._say_verb(after):
                verb = after
            elif after is not None and self._adverb(after) and last + 1 < len(tokens):
                verb = tokens[last + 1] if self._say_verb(tokens[last + 1]) else None
            elif after is not None and after.norm in ("у", "в", "во", "на"):
                # "В «Евразе» в официальном пресс-релизе отметили": the document it was said in, then the verb
                k = last + 1
                while k < len(tokens) and k < last + 4 and self._adjective(tokens[k]):
                    k += 1
                document = k + 1 < len(tokens) and self._noun_lemmas(tokens[k]) & (STATEMENT_DOCUMENTS | PAGE_NOUNS)
                verb = tokens[k + 1] if document and self._say_verb(tokens[k + 1]) else None
            said_next = verb is not None and not any(ch in ",;:" for ch in self.text[c + 1 : verb.start])
            said_there = said_next and before is not None and before.norm in ("у", "в", "во")
            # "— повідомили у «Нафтогазі»", "— отмечают в «Рейтинге»": a verb of saying, then where it was said.
            said_there = said_there or (
                before is not None
                and before.norm in ("у", "в", "во")
                and first >= 2
                and bool(self._say_verb(tokens[first - 2]))
                and self._adjacent(tokens, first - 1)
            )
            inverted = (
                before is not None
                and self._say_verb(before)
                and self.text[before.end : o].strip(" ") == ""
                and DASHES_BEFORE_VERB.search(self.text, sentence.start, before.start) is not None
            )
            # ("», - отмечает в заключение «Комсомольская правда»": a phrase of two words between)
            inverted = inverted or (
                first >= 3
                and tokens[first - 2].norm in PREPOSITIONS
                and bool(self._say_verb(tokens[first - 3]))
                and not any(ch in ",;:()" for ch in self.text[tokens[first - 3].end : o])
                and DASHES_BEFORE_VERB.search(self.text, sentence.start, tokens[first - 3].start) is not None
            )
            # "…, пишет «Коммерсантъ».": an outlet's present verb of relaying after the clause, the name closing it
            v = first - 1
            while v > first - 4 and v > 0 and not tokens[v].in_quote and self._adverbial_word(tokens[v]):
                v -= 1  # ("пишет в пятницу «Коммерсант»")
            # (or any verb of saying when the name closes the sentence: "…, отмечает «РИА Новости».")
            closing = self.text[c + 1 : c + 2] in (".", "") and v >= 0 and bool(self._say_verb(tokens[v]))
            # (not an outlet told, in the dative: "…, сообщили «Известиям».")
            # (a word the dictionary only guesses may be any case after a verb in the singular: "…, утверждает
            # «Суспільне».")
            closing = closing and not (
                is_cyrillic(tokens[last - 1].text)
                and not any(p.tag.case in (None, "nomn") for p in self._parses(tokens[last - 1])[:3])
                and not self._guessed_subject(tokens, last - 1, v)
            )
            relaying = (
                v >= 0
                and (tokens[v].norm in RELAY_PRESENT or closing)
                and not any(ch in ",;:()" for ch in self.text[tokens[v].end : o])
                and self.text[sentence.start : tokens[v].start].rstrip().endswith(",")
                # (or whom it cites: "…, сообщает «РИА Новости» со слов X", when the clause names no one who spoke)
                and (
                    self.text[c + 1 : c + 2] in (".", ",", "")
                    or (
                        CITING_AFTER_SOURCE.match(self.text, c + 1) is not None
                        and not any(self._say_verb(t) for t in tokens[:v])
                    )
                )
            )
            # "Об этом сообщает «Интерфакс» со ссылкой на …": the sentence that attributes the one before, its verb
            # right before the name.
            about = (
                v >= 0
                and tokens[v].norm in RELAY_PRESENT
                and not any(ch in ",;:()" for ch in self.text[tokens[v].end : o])
                and ANAPHORIC_ATTRIBUTION.match(self.text, sentence.start) is not None
                and not any(self._say_verb(t) for t in tokens[:v])  # (its only verb: not "Про це заявив X, повідомляє")
            )
            inverted = inverted or relaying or about
            # "з посиланням на «Укренерго»": the body a source cites
            cited = CITING_BEFORE_NAME.search(self.text, sentence.start, o) is not None
            free = before is None or (before.norm not in PREPOSITIONS and not self._say_verb(before))
            if not (kind_noun or inverted or said_there or cited or (said_next and free)):
                continue
            mention = Mention(first, last, content.strip(), kind="organization", quoted=True, entered=content.strip())
            known = self.index.matches([dataclasses.replace(t, in_quote=False) for t in tokens[first:last]])
            if known and known[0].first == 0 and known[0].last == last - first:
                mention.speaker_id = known[0].speaker_id
            elif first == last - 1 and not kind_noun and not (inverted and self._guessed_subject(tokens, first, v)):
                # «Нафтогазі»: Нафтогаз. After its kind ("предприятием «Лекхим»") a name keeps its nominative, and so
                # does the subject after its verb ("сообщает «Суспільне»").
                mention.entered = self._nominative_word(tokens[first])
            found.append(mention)
        return found

    def _english_one_of(self, tokens: list[Token], i: int) -> int:
        """Where an English "one of" phrase for one person of a group starting at token i ends ("one of those
        advisers", "One of Clinton's aides", "one of the Republican senators"): after its plural noun; else i."""
        if tokens[i].norm != "one" or tokens[i].in_quote or is_cyrillic(tokens[i].text) or i + 3 >= len(tokens) + 1:
            return i
        if i + 2 >= len(tokens) or tokens[i + 1].norm != "of":
            return i
        owner = tokens[i + 2]
        if owner.norm not in ("the", "those", "these", "his", "her", "their", "its") and not re.search(
            r"['’]s$", owner.text
        ):
            return i
        for k in range(i + 3, min(i + 6, len(tokens))):
            if not self._adjacent(tokens, k) or tokens[k].in_quote:
                return i
            word = tokens[k]
            if not word.capitalized and len(word.norm) > 3 and word.norm.endswith("s") and not word.norm.endswith("ss"):
                if word.norm in ENGLISH_FUNCTION_WORDS or self._say_verb(word) or not _EN_PEOPLE.search(word.norm):
                    return i  # (not "One of the companies", "one of the documents")
                return k + 1
        return i

    def _owned_body_at(self, tokens: list[Token], i: int) -> bool:
        """Whether an English possessive pronoun and a body of a person's start at token i ("his campaign", "Her
        office")."""
        if not (
            tokens[i].norm in OWNER_GENDERS
            and i + 1 < len(tokens)
            and tokens[i + 1].norm in OWNED_BODIES
            and not tokens[i].in_quote
            and not tokens[i + 1].in_quote
            and self._adjacent(tokens, i + 1)
            and not is_cyrillic(tokens[i].text)
        ):
            return False
        # (the subject of a verb of saying right after it, or after the verb: not an object, "accusing his followers
        # of sexism and his campaign of fabricated attacks")
        after = i + 2 < len(tokens) and (
            self._say_verb(tokens[i + 2]) is not None
            or (
                tokens[i + 2].norm in EN_AUXILIARIES | SKIP
                and i + 3 < len(tokens)
                and self._say_verb(tokens[i + 3]) is not None
            )
        )  # ("Her campaign also announced"; not "His campaign manager said": the manager)
        return after or (i > 0 and self._say_verb(tokens[i - 1]) is not None)

    def _owned_body(self, s: int, mention: Mention, position: int):
        """The speaker for "his campaign", "her office": the person the possessive stands for and the body, an
        organisation (a known one when the text's speakers hold it: "Clinton campaign"); None with no person."""
        tokens = self.sentences[s].tokens
        owner = self._antecedent(
            s, tokens[mention.first].start, persons_only=True, gender=OWNER_GENDERS[tokens[mention.first].norm]
        )
        if owner is None or not owner[0]:
            return None
        body = tokens[mention.last - 1].norm
        names = [f"{owner[0]} {body}", f"{owner[0].split()[-1]} {body}"]
        known = next((k for name in names if (k := self._known_by_name(name)) is not None), None)
        if known is not None:
            return names[0], known, "organization"
        return names[0], None, "organization"

    def _org_anaphor(self, tokens: list[Token], i: int) -> bool:
        """ "компанія", "the company": a singular organisation noun that can be a subject."""
        token = tokens[i]
        if not is_cyrillic(token.text):
            return token.norm in ORG_ANAPHORS and i > 0 and tokens[i - 1].norm == "the"
        if token.norm[:3] not in _ORG_ANAPHOR_PREFIXES:
            return False  # not even the start of one: spare the dictionary
        if self._subject_noun(token, ORG_ANAPHORS):
            return True
        # A state's body by its noun ("Полиция заявила", "утверждает следствие."): before a verb, or closing its clause
        # after one (not an object before more of the clause: "закликають уряд до подальших дій")
        if not self._subject_noun(token, SUBJECT_BODIES):
            return False
        following = tokens[i + 1] if i + 1 < len(tokens) else None
        if following is not None and any(p.tag.POS == "VERB" for p in self._parses(following)[:1]):
            return True
        # (closing its clause only when it cannot be the accusative: "утверждает прокуратура.", not "раскритиковали
        # правительство, заявив")
        closes = following is None or bool(self.text[token.end : following.start].strip(" \u00a0"))
        return closes and not any(p.tag.case == "accs" for p in self._parses(token)[:4])

    def _field_ministry(self, sentence: Sentence, field: str) -> str | None:
        """The ministry of a field (AGENCY_STEMS: "закордон", "оборон") named last in this sentence or the ten before,
        by its short name ("МЗС", "Минобороны") or its full name ("Міністерство закордонних справ"); else None."""
        s = self.sentence_at[sentence.start]
        acronyms = {"закордон": ("мзс",), "иностран": ("мид",), "оборон": ("міноборони", "минобороны")}
        for back in range(s, max(-1, s - 11), -1):
            for m in reversed(self.sentences[back].mentions):
                if m.pronoun or m.role or m.anaphor:
                    continue
                text = m.text.lower()
                if text.startswith(acronyms.get(field, ())) or (
                    field in text and any(w in text for w in ("міністерств", "министерств"))
                ):
                    return m.entered or m.text
        return None

    def _outlet_told(self, tokens: list[Token], k: int) -> bool:
        """Whether the outlet's one-word name at token k is whom the person named right after it told ("рассказал РБК
        Примаков"), not the first word of its own longer name ("РИА Новости", "РБК Украина")."""
        return (
            k + 1 < len(tokens)
            and self._adjacent(tokens, k + 1)
            and self._media_name(tokens[k : k + 1])
            and self._surname_like(tokens[k + 1])
            and not self._media_name(tokens[k + 1 : k + 2])
        )

    def _surname_like(self, token: Token) -> bool:
        """Whether a capitalised Cyrillic word reads as a person's name by the dictionaries or by a surname's
        ending ("Примаков", "Золотарева")."""
        return (
            token.capitalized
            and is_cyrillic(token.text)
            and (any(is_name(p) for p in self._parses(token)[:2]) or _SURNAME_ENDING.search(token.norm) is not None)
            and not any("Geox" in p.tag.grammemes for p in self._parses(token)[:2])  # ("РБК Украина": a place)
        )

    def _before_role(self, sentence: Sentence, mention: Mention) -> bool:
        """Whether a Latin name stands right before a role noun in small letters that it qualifies ("The Florida
        senator", "the Ukrainian president"): a place or a nationality, not who."""
        tokens = sentence.tokens
        k = mention.last
        return (
            not is_cyrillic(mention.text)
            and k < len(tokens)
            and self._adjacent(tokens, k)
            and not tokens[k].capitalized
            and (bool(self._role_lemma(tokens[k])) or re.sub(r"['’ʼ]s$", "", tokens[k].norm) in ROLE_NOUNS)
        )

    def _stump_body(self, token: Token) -> bool:
        """Whether a capitalised Cyrillic word the dictionary does not know is a state body's compound name
        ("Росавиации", "Росстата")."""
        parse = self._parse(token)
        return (
            token.capitalized
            and not token.acronym
            and parse is not None
            and not parse.is_known
            and parse.tag.POS == "NOUN"
            and STATE_BODY_STEMS.match(token.norm) is not None
            and _SURNAME_ENDING.search(token.norm) is None  # (not "Росляковой", "Гостевой": surnames)
            and not any(is_name(p) for p in self._parses(token)[:3])
        )

    def _name_without_comma(self, sentence: Sentence, start: int, lead: int) -> int:
        """Where a source's name ends when a formula that opens the sentence lacks its comma ("По данным Росавиации все
        аэропорты работают штатно"): a capitalised Cyrillic name, then a clause of three words or more in small
        letters; else -1."""
        tokens = sentence.tokens
        if len(WORD.findall(self.text, sentence.start, start)) > 1:
            return -1
        name = next((m for m in sentence.mentions if m.first == lead and not (m.pronoun or m.role)), None)
        if name is None or name.last + 3 > len(tokens) or not is_cyrillic(tokens[name.last - 1].text):
            return -1
        if not all(t.capitalized for t in tokens[name.first : name.last]) or tokens[name.last].capitalized:
            return -1
        opening = self._parse(tokens[name.last])
        if opening is not None and opening.tag.POS in ("PRED", "ADVB", "INFN", "VERB", "PRTS"):
            return -1  # ("По данным Росстата можно судить о …": the journalist's inference)
        return tokens[name.last - 1].end

    def _plural_source(self, token: Token) -> bool:
        """Whether a Cyrillic word is a plural of a noun for a source or an interlocutor ("источники",
        "собеседников", "джерела"): people nobody names, a generic source."""
        readings = [
            p
            for p in self._parses(token)
            if p.tag.POS == "NOUN" and normalize(p.normal_form) in SOURCE_NOUNS | INTERLOCUTORS
        ]
        # (only a form that is plural in every reading: "джерела" is also one source's genitive, "за словами джерела")
        return is_cyrillic(token.text) and bool(readings) and all("plur" in p.tag for p in readings)

    def _press_service_of_role(self, tokens: list[Token], i: int) -> int:
        """Where a Cyrillic press service of an office ends, the office a role noun in the genitive in small letters
        with its own complement ("пресслужба глави держави", "пресс-служба губернатора Курской области"); else i."""
        token = tokens[i]
        if i + 1 >= len(tokens) or not is_cyrillic(token.text) or token.norm not in PRESS_SERVICES:
            return i
        role = tokens[i + 1]
        if not self._adjacent(tokens, i + 1) or role.capitalized or role.in_quote:
            return i
        if not any(p.tag.case == "gent" and "plur" not in p.tag and p.tag.POS == "NOUN" for p in self._parses(role)):
            return i
        if not self._role_lemma(role) or self._role_lemma(role) in SOURCE_NOUNS:
            return i
        end = self._complement_end(tokens, i + 2)
        # "губернатора Курской области": a place in the genitive after the office; not a name ("губернатора Андрея
        # Бочарова", "президента «Нафтогазу»": whose press service it is, the name says)
        place = end
        while place < len(tokens) and place < end + 3 and self._adjacent(tokens, place) and not tokens[place].in_quote:
            if tokens[place].acronym and place > end:
                return place + 1  # ("голови Київської ОДА")
            genitive = [p for p in self._parses(tokens[place])[:3] if p.tag.case == "gent"]
            if not genitive or any(is_name(p) for p in genitive) or genitive[0].tag.POS not in ("NOUN", "ADJF"):
                break
            place += 1
        if place > end and any(p.tag.POS == "NOUN" for p in self._parses(tokens[place - 1])[:1]):
            return place
        if end < len(tokens) and self._adjacent(tokens, end) and (tokens[end].capitalized or tokens[end].in_quote):
            return i
        return end

    def _head_of_state_service(self, tokens: list[Token], i: int, end: int) -> str:
        """ "Пресслужба президента" for the press service of the head of state by that description ("пресслужба
        глави держави", "пресс-служба главы государства"), as it is entered; else ""."""
        words = [normalize(p.normal_form) for t in tokens[i + 1 : end] for p in self._parses(t)[:1]]
        if words not in (["глава", "держава"], ["глава", "государство"]):
            return ""
        return f"{tokens[i].text[:1].upper()}{tokens[i].text[1:]} президента"

    def _press_service_of_anaphor(self, tokens: list[Token], i: int) -> bool:
        """A Cyrillic press service in the nominative before an organisation noun in the genitive ("пресслужба
        компанії", "пресс-служба ведомства")."""
        token = tokens[i]
        if i + 1 >= len(tokens) or not is_cyrillic(token.text) or token.norm not in PRESS_SERVICES:
            return False
        if not self._adjacent(tokens, i + 1) or tokens[i + 1].capitalized or tokens[i + 1].in_quote:
            return False
        gap = self.text[tokens[i + 1].end : tokens[i + 2].start] if i + 2 < len(tokens) else ","
        if not gap.strip(' \u00a0«"„“') and (tokens[i + 2].capitalized or tokens[i + 2].in_quote):
            return False  # ("пресслужба компанії «Нафтогаз»": the company it names)
        return any(
            p.tag.POS == "NOUN" and p.tag.case == "gent" and "plur" not in p.tag and p.normal_form in ORG_ANAPHORS
            for p in self._parses(tokens[i + 1])
        )

    def _subject_noun(self, token: Token, lemmas: frozenset[str]) -> bool:
        """Whether a Cyrillic word can be a singular noun of one of the lemmas in the nominative, as a subject is
        (the Ukrainian dictionary leaves the nominative untagged)."""
        return any(
            p.tag.POS == "NOUN"
            and "plur" not in p.tag
            and ("nomn" in p.tag or p.tag.case is None)
            and normalize(p.normal_form) in lemmas
            for p in self._parses(token)
        )

    def _named_organisation(
        self,
        s: int,
        position: int,
        *,
        marked_only: bool = False,
        kind: frozenset[str] = frozenset(),
        short_names: bool = True,
        kind_only: bool = False,
    ) -> tuple[str, int | None, str | None] | None:
        """The organisation an anaphor stands for: one named right after a noun of the anaphor's kind in its
        sentence or the twenty before ("видавництва «Комора» … у видавництві"), else, in the five before, the last
        one named as an organisation (a known one, "Norway's finance ministry", "European Commission"), else
        the last name that is no person's or place's and not in a prepositional phrase (not for "it", which
        may stand for a thing: `marked_only`). None when none is."""
        # ("у відомстві": a ministry by its short name too, "МЗС")
        kinds = kind | (MINISTER_BODIES if kind & AGENCY_WORDS else frozenset())
        # A body named by its kind may be far back: the kind says which (twenty sentences at most).
        for back in range(s, max(-1, s - 20), -1) if kind else ():
            sentence = self.sentences[back]
            for mention in reversed(sentence.mentions):
                if mention.anaphor and (named := self._body_by_kind(sentence, mention, kind, back < s, position)):
                    return named  # "Міністерство внутрішніх справ заявило … — повідомили в міністерстві"
                if mention.anaphor or mention.pronoun or mention.role:
                    continue
                if mention.kind == "person" or (mention.kind is None and self._person_like(sentence, mention)):
                    continue  # "Гендиректор компанії Ілон Маск … У компанії": the company, not its head
                if mention.first and sentence.tokens[mention.first - 1].norm in _OBJECT_PREPOSITIONS:
                    continue  # "до Служби безпеки України надавалися матеріали": whom, not who spoke
                before = back < s or sentence.tokens[mention.last - 1].end <= position
                # The kind noun right before the name, or opening a known speaker's name ("видавництва «Комора»").
                words = sentence.tokens[max(0, mention.first - 1) : mention.first + 1]
                if sentence.tokens[mention.first].norm in PRESS_SERVICES:
                    # "пресслужба Міністерства цифрової трансформації … У міністерстві": the press service's body
                    words = sentence.tokens[mention.first : mention.first + 2]
                # (or a ministry by its short name: "в МИД России сообщили … — заявили в министерстве")
                ministry = (
                    short_names
                    and kinds & MINISTER_BODIES
                    and MINISTRY_ACRONYM.match(sentence.tokens[mention.first].text)
                )
                if before and (ministry or any(self._noun_lemmas(word) & kinds for word in words)):
                    tokens = sentence.tokens
                    if tokens[mention.first].norm in PRESS_SERVICES:
                        # (the body in the nominative with its complement: "Міністерство цифрової трансформації")
                        end = self._complement_end(tokens, mention.first + 2)
                        body = self._body_of_press_service(self.text[tokens[mention.first].start : tokens[end - 1].end])
                        if body:
                            return body, None, "organization"
                    return self._speaker_of(back, mention, position)
        if kind_only:
            return None  # (only a body named by that kind: "Полиция Лондона … Прокуратура заявила" is no police)
        fallback = None
        for back in range(s, max(-1, s - 6), -1):
            sentence = self.sentences[back]
            for mention in reversed(sentence.mentions):
                if back == s and sentence.tokens[mention.last - 1].end > position:
                    continue
                if mention.pronoun or mention.role or mention.anaphor:
                    continue
                if not kind & MEDIA and self._media_source(sentence, mention):
                    continue  # ("Об этом сообщает Rambler News Service. … — заявили в ведомстве": not the outlet)
                if mention.quoted:  # "фонд «Добрі руки»"
                    named_kind = self._noun_lemmas(sentence.tokens[mention.first - 1]) if mention.first else set()
                    if kind and named_kind & ORG_KIND_NOUNS and not named_kind & kind:
                        continue  # "фонд «Добрі руки» … у видавництві": a body of another kind
                    return self._speaker_of(back, mention, position)
                if mention.speaker_id is not None:
                    if mention.kind not in (None, "person"):
                        return mention.text, mention.speaker_id, mention.kind
                    continue
                if mention.kind == "organization" and mention.entered:  # "Полиция Нью-Йорка"
                    return self._speaker_of(back, mention, position)
                if not self._acceptable(sentence, mention) or self._person_name(sentence, mention):
                    continue
                if short_names and self._impersonal_body(sentence, mention):
                    return self._display_name(sentence, mention), None, "organization"  # "В ФАС также отметили"
                if self._in_phrase(sentence, mention) or self._place(sentence, mention):
                    continue
                words = self._mention_words(sentence, mention)
                if words[-1].norm in ORG_HEADS | ORG_NOUNS:
                    return self._display_name(sentence, mention), None, "organization"
                if fallback is None and not marked_only and (is_cyrillic(mention.text) or len(words) == 1):
                    # "John Smith": capitalised Latin words are more often a person's name
                    fallback = self._display_name(sentence, mention), None, "organization"
        return fallback

    def _body_named_before(self, s: int, token: Token, position: int) -> tuple[str, int | None, str | None] | None:
        """The organisation a lowercase noun for its kind in the genitive stands for ("по данным ведомства", "за
        словами компанії"): one the text named before, else None."""
        if token.capitalized or token.in_quote or not is_cyrillic(token.text):
            return None
        singular = [
            p
            for p in self._parses(token)[:3]
            if p.tag.POS == "NOUN" and p.tag.case in ("gent", "loct", "loc2") and "plur" not in p.tag
        ]
        kind = frozenset({normalize(p.normal_form) for p in singular} & ORG_ANAPHORS - ANY_BODY)
        if not kind:
            return None
        named = self._named_organisation(s, position, kind=kind, kind_only=True)
        if named is None and kind & COMPANY_NOUNS:
            # A company is often named bare ("«Газпром» сократил добычу. В компании объяснили …"): the last body
            # named as one (in quote marks, known, or by its kind), not any capitalised word.
            named = self._named_organisation(s, position, kind=kind, marked_only=True)
        return named

    def _body_by_kind(
        self, sentence: Sentence, mention: Mention, kind: frozenset[str], earlier: bool, position: int
    ) -> tuple[str, None, str] | None:
        """A body the text named by its capitalised kind noun with a genitive complement ("Міністерство
        внутрішніх справ"), when the noun is of the anaphor's kind and comes before it; else None."""
        tokens = sentence.tokens
        first, last = mention.first, mention.last
        if not (earlier or tokens[last - 1].end <= position) or not tokens[first].capitalized:
            return None
        # ("у відомстві": a ministry or a service, whatever its own noun)
        kinds = kind | (MINISTER_BODIES | STATE_SERVICES if kind & AGENCY_WORDS else frozenset())
        if not is_cyrillic(mention.text) or not self._noun_lemmas(tokens[last - 1]) & kinds:
            return None
        end = self._complement_end(tokens, last)
        if end == last or tokens[first].start <= position <= tokens[end - 1].end:
            return None
        return self.text[tokens[first].start : tokens[end - 1].end], None, "organization"

    def _impersonal_body(self, sentence: Sentence, mention: Mention) -> bool:
        """Whether a Cyrillic acronym stands after "в"/"у" right before a plural verb of saying, adverbs between
        ("В ФАС также отметили"): the body that spoke."""
        tokens = sentence.tokens
        if mention.first == 0 or tokens[mention.first - 1].norm not in ("в", "у", "во"):
            return False
        if mention.last - mention.first != 1 or not tokens[mention.first].acronym:
            return False
        k = mention.last
        while k < len(tokens) and k < mention.last + 3 and (self._adverb(tokens[k]) or tokens[k].norm in SKIP):
            k += 1
        return k < len(tokens) and bool(self._say_verb(tokens[k])) and self._plural_verb(tokens[k])

    def _place(self, sentence: Sentence, mention: Mention) -> bool:
        """Whether the dictionaries know the phrase's last word as a place name (not a body named by its kind and
        whose it is: "Правительство Ирака")."""
        if mention.kind == "organization" and mention.entered and mention.last - mention.first > 1:
            return False
        words = self._mention_words(sentence, mention)
        if len(words) > 1 and is_cyrillic(words[0].text) and self._noun_lemmas(words[0]) & INSTITUTION_NOUNS:
            return False  # "Госдепартамент США", "Посольство России": the body and whose it is
        parse = self._parse(words[-1])
        return parse is not None and "Geox" in parse.tag.grammemes  # not in every dictionary's tag set

    def _role_lemma(self, token: Token, *, nominative: bool = False) -> str:
        """The lemma of a singular role noun ("міністра" gives "міністр"), else ""; with `nominative`,
        only a form that can be a subject."""
        norm = _without_ex(token.norm)  # "экс-премьер": a former prime minister is a role too
        if not is_cyrillic(token.text):
            deputy = re.search(
                r"\b(?:Lt|Lieut|Lieutenant|Deputy|Vice)\.?\s*$", self.text[max(0, token.start - 12) : token.start]
            )
            if token.capitalized and self.text[token.end : token.end + 1] == "." and not deputy:
                norm = EN_TITLE_ABBREVIATIONS.get(norm, norm)  # "Sen. Marco Rubio … the senator" (not "Lt. Gov.")
            if norm == "head" and self.text.startswith(" of ", token.end):
                return "head"  # "The head of the delegation said" (not "shook his head")
            return norm if norm in ROLE_NOUNS else ""
        if "-" in norm and norm not in ROLE_NOUNS and not token.capitalized:
            # "лікар-інфекціоніст", "журналист-международник": the role the compound opens with, when the rest is a
            # noun too (not "Премьер-лиги").
            head, tail = norm.split("-", 1)
            if not any(p.tag.POS == "NOUN" and p.is_known for p in _parse_word(tail, self._dictionary_language())):
                return ""
            return self._role_lemma(dataclasses.replace(token, text=head, norm=head), nominative=nominative)
        if norm[:3] not in _role_prefixes():
            return ""
        for parse in _parse_word(norm, self._dictionary_language()):
            singular = "plur" not in parse.tag  # the Ukrainian dictionary leaves the singular untagged
            # The Ukrainian dictionary leaves the nominative untagged too.
            subject_case = "nomn" in parse.tag or parse.tag.case is None
            lemma = normalize(parse.normal_form)
            noun = parse.tag.POS == "NOUN" or (parse.tag.POS == "ADJF" and lemma in ADJECTIVAL_ROLES)
            if noun and singular and (not nominative or subject_case) and lemma in ROLE_NOUNS:
                return ROLE_SHORT_FORMS.get(lemma, lemma)
        return ""

    def _epithet_subject(self, tokens: list[Token], i: int) -> str:
        """The lemma of a Cyrillic word for an expert or an occupation as the subject of a verb of saying right after
        it ("При этом фермер заявил", "эксперт также подчеркнул"), an adverb allowed between; else "". Who it is
        comes from whom the text called so (candidates._speaker_of)."""
        token = tokens[i]
        if not is_cyrillic(token.text) or token.in_quote or i + 1 >= len(tokens):
            return ""
        k = i + 1
        if k + 1 < len(tokens) and self._adverb(tokens[k]) and self._adjacent(tokens, k + 1):
            k += 1
        if not self._adjacent(tokens, i + 1) or not self._say_verb(tokens[k]):
            return ""
        for parse in self._parses(token)[:1]:
            lemma = normalize(parse.normal_form)
            nominative = parse.tag.POS == "NOUN" and parse.tag.case in (None, "nomn") and "plur" not in parse.tag
            if nominative and lemma in EXPERT_EPITHETS | OCCUPATION_EPITHETS:
                return lemma
        return ""

    def _epithet_title(self, token: Token, *, opening: bool = False) -> str:
        """The lemma of a Cyrillic word in lower case (or opening the sentence: "Фермер Магнус Найман") for what a
        person is, right before their name ("уфимская художница Алена Савельева"): a singular animate noun in the
        nominative, no relation ("сын"); else "". The epithet later ("— уточнила художница") is them."""
        if not is_cyrillic(token.text) or (token.capitalized and not opening) or token.in_quote:
            return ""
        for parse in self._parses(token)[:2]:
            tag = parse.tag
            nominative = tag.case in (None, "nomn")  # (not "тело туриста Андрея Смирнова": whose)
            if tag.POS == "NOUN" and "anim" in tag and "plur" not in tag and "Name" not in tag.grammemes and nominative:
                lemma = normalize(parse.normal_form)
                return "" if lemma in RELATION_NOUNS else lemma
        return ""

    def _epithet_of_person(self, sentence: Sentence, mention: Mention, epithet: Token) -> bool:
        """Whether the name after an epithet is a person's, in the epithet's case ("художница Алена Савельева")."""
        known = mention.speaker_id is not None
        person = mention.kind == "person" if known else self._person_name(sentence, mention)
        return person and self._cases_agree(epithet, sentence.tokens[mention.first : mention.last])

    @staticmethod
    def _title_join(between: str) -> bool:
        """Whether two words of a title and its complement are joined as words of one phrase are: by spaces, by
        quote marks round a name ("клініки «Вет»"), or by a full stop inside one ("клініки Dr.VET")."""
        return not between.strip(' \u00a0«»“”"') or between == "."

    def _record_roles(self, s: int, sentence: Sentence) -> None:
        """Remember who holds which role: a name right after its title ("міністр закордонних справ
        Дмитро Кулеба", "Defense Secretary Ash Carter") or in apposition ("X, the foreign minister,")."""
        tokens = sentence.tokens
        for m in sentence.mentions:
            if m.pronoun or m.role or self._genitive_modifier(sentence, m) or self._title_only(sentence, m):
                continue  # "Секретар Ради безпеки": the council is not the secretary
            if self._before_holder(sentence, m):
                continue  # "Депутат петербургского Заксобрания Виталий Милонов": the assembly is not the deputy
            if self._noun_lemmas(tokens[m.first]) & PRESS_SERVICES:
                continue  # "пресслужба глави держави": a press service, no holder of the head's office
            roles = set()
            # Back from the name through the title: no preposition, verb, other name or punctuation between.
            named = {
                k
                for other in sentence.mentions
                # (a title's complement is no other name: "Президент Украины Петр Порошенко")
                if not other.role
                and not self._title_only(sentence, other)
                and not self._genitive_modifier(sentence, other)
                # (nor a title read as a name right before it: "Президент України Володимир Зеленський" where the
                # text writes "Президент" capitalised elsewhere)
                and not (
                    other.last == m.first
                    and is_cyrillic(other.text)
                    and bool(self._role_lemma(tokens[other.first]))
                    and self._before_holder(sentence, other)
                )
                for k in range(other.first, other.last)
            }
            i = m.first - 1
            reach = m.first - 6
            complements = set()  # the titles found since the last "and"
            while (
                i >= 0
                and i >= reach
                and (
                    self._title_join(self.text[tokens[i].end : tokens[i + 1].start])
                    # two titles joined by a dash: "віцепрем'єр – міністр цифрової трансформації X"
                    or (
                        self.text[tokens[i].end : tokens[i + 1].start].strip() in tuple(DASHES)
                        and bool(self._role_lemma(tokens[i]))
                        and bool(self._role_lemma(tokens[i + 1]))
                    )
                    # a comma of an enumeration in the title's complement ("по делам семьи, молодежи и спорта")
                    or self._enumerated_complement(tokens, i, m.first)
                )
            ):
                token = tokens[i]
                if (
                    token.norm in TITLE_PREPOSITIONS
                    and is_cyrillic(token.text)
                    and i > 0
                    and self._role_lemma(tokens[i - 1])
                    and self._title_join(self.text[tokens[i - 1].end : token.start])
                ):
                    # "министр по делам семьи … Виктор Корж", "міністр з питань … X": the office's field, then
                    # the role before it
                    reach = min(reach, i - 2)
                    i -= 1
                    continue
                if i > 0 and self._posted_in(tokens, i - 1, m.first):
                    # "Посол США в Україні Бріджит Брінк", "постпред России при ООН X": where the office is held
                    reach = min(reach, i - 4)
                    i -= 2
                    continue
                if token.norm in PREPOSITIONS or self._say_verb(token):
                    break
                if i in named and not token.acronym and not token.in_quote:
                    break  # (a body's acronym is the title's complement: "депутата ВР Миколи Левченка", and so is a
                    # party's name in quote marks: "лидер партии «Европейская солидарность» Петр Порошенко")
                if token.norm in COORDINATORS and roles and i > 0 and not tokens[i - 1].in_quote:
                    # Two titles of one person: "Бывший президент Украины и лидер партии … Петр Порошенко" (not a
                    # person named before: "Зеленский и премьер Шмыгаль" stops at the name).
                    reach = max(0, i - 5)
                    complements = set()
                role = self._role_lemma(token) or (token.norm if token.norm in ROLE_NOUNS else "")
                epithet = "" if role or roles else self._epithet_title(token, opening=i == 0)
                if epithet and self._epithet_of_person(sentence, m, token):
                    self.epithet_holders.append((tokens[m.first].start, epithet, s, m))
                if not role and not roles and not is_cyrillic(token.text + tokens[m.last - 1].text):
                    break  # an English title stands right before its name ("Chancellor rallies Labour voters")
                if role and self._cases_agree(token, tokens[m.first : m.last]):
                    # A title before a title makes the later one its complement: "Заступник міністра закордонних
                    # справ X" is the deputy, not the minister.
                    if not any(c.partition("|")[0].split("-")[0] in RANKS for c in complements):
                        roles -= complements
                    # (each title with its own status word: "Бывший президент Украины и лидер партии X")
                    status = self._role_status(tokens, i)
                    titles = {role} | self._compound_tail_roles(token) | self._minister(tokens, i, role)
                    if role in REPRESENTATIVE_ROLES and i > 0 and tokens[i - 1].norm.startswith(PERMANENT_WORDS):
                        titles |= {"постпред"}  # "Постійний представник США при ООН X": the "постпред" named later
                    titles |= self._mayor(tokens, i, role) | self._secretary_of_state(tokens, i, role)
                    titles |= self._parliament_speaker(tokens, i, role)
                    complements = {f"{each}|{status}" if status else each for each in titles}
                    roles |= complements
                i -= 1
            for k in range(m.first, m.last):
                role = self._role_lemma(tokens[k]) or (tokens[k].norm if tokens[k].norm in ROLE_NOUNS else "")
                roles |= {role} | self._minister(tokens, k, role)  # (a known name with its title: "глава МОЗ X")
            # Apposition: "X, the foreign minister, said".
            k = m.last
            apposition = k < len(tokens) and self.text[tokens[k - 1].end : tokens[k].start].strip() == ","
            # (not the outlet of "Как сообщает РТР, глава Грузии подчеркнул": the role is the next clause's subject)
            if apposition and not self._in_phrase(sentence, m) and not self._media_source(sentence, m):
                for t in tokens[k : k + 4]:
                    role = self._role_lemma(t) or (t.norm if t.norm in ROLE_NOUNS else "")
                    if role:
                        roles.add(role)
                        break
                    if t.norm in PREPOSITIONS or self._say_verb(t):
                        break
            status = self._role_status(tokens, m.first)
            for role in roles - {""}:
                if status and "|" not in role:
                    role = f"{role}|{status}"
                self.role_holders.append((tokens[m.first].start, role, s, m))

    def _posted_in(self, tokens: list[Token], i: int, name: int) -> bool:
        """Whether the Cyrillic preposition at i, between a title and the name at `name`, says where the office is
        held: "в"/"у"/"при" with one capitalised word after it and a title one or two words before it ("Посол США в
        Україні X", "представитель России при ООН X")."""
        token = tokens[i]
        if token.norm not in POSTING_PREPOSITIONS or not is_cyrillic(token.text) or name - i != 2:
            return False
        place = tokens[i + 1]
        # (a place, or any thing in the locative: the Ukrainian dictionary tags no place, "в Україні")
        geographic = any(
            "Geox" in p.tag or (p.tag.POS == "NOUN" and "inan" in p.tag and p.tag.case == "loct")
            for p in self._parses(place)[:2]
        )
        if not place.capitalized or not (place.acronym or geographic or self._country_word(place)):
            return False
        return any(self._role_lemma(t) for t in tokens[max(0, i - 2) : i])

    def _before_holder(self, sentence: Sentence, m: Mention) -> bool:
        """Whether a name that is no person's stands right before a person's name, as a title's complement does
        ("Депутат петербургского Заксобрания Виталий Милонов", "гендиректор площадки StartTrack Константин Шабалин")."""
        tokens = sentence.tokens
        if m.last >= len(tokens) or not self._adjacent(tokens, m.last):
            return False
        following = next((n for n in sentence.mentions if n.first == m.last), None)
        if following is None or following.pronoun or following.role:
            return False
        return self._person_like(sentence, following) and not self._person_like(sentence, m)

    def _enumerated_complement(self, tokens: list[Token], i: int, name: int) -> bool:
        """Whether the comma after token i joins words of an enumeration inside a Cyrillic title's complement before
        the name at `name` ("по делам семьи, молодежи и спорта Виктор Корж"): lowercase words on both sides, and "и",
        "та", "і" or "й" between the comma and the name."""
        if self.text[tokens[i].end : tokens[i + 1].start].strip() != ",":
            return False
        words = tokens[i:name]
        if not all(is_cyrillic(t.text) and not t.capitalized and not t.in_quote for t in words):
            return False
        return any(t.norm in ("и", "та", "і", "й") for t in tokens[i + 1 : name])

    def _titled_apposition(self, sentence: Sentence, opening: int) -> bool:
        """Whether an English apposition opens with a title and no name after it ("MP for Henley", "shadow home
        secretary"; not "Chancellor Gordon Brown", a name of its own)."""
        tokens = sentence.tokens
        title = tokens[opening]
        if is_cyrillic(title.text) or opening + 1 >= len(tokens):
            return False
        if not (self._role_lemma(title) or title.norm in ROLE_WORDS):  # ("MP" is a title word, as "Sen." is)
            return False
        after = tokens[opening + 1]
        return after.norm in PREPOSITIONS or not after.capitalized

    def _last_head(self, office: str, position: int) -> bool:
        """Whether the last head of anything the text named before the position holds the office ("Министр обороны
        X … Глава Росавиации Y … — заявил глава ведомства" is Y)."""
        heads = [
            r.partition("|")[0]
            for st, r, _k, _m in self.role_holders
            if st < position and r.partition("|")[0] in HEAD_ROLES | set(MINISTER.values())
        ]
        return not heads or _role_key(heads[-1]) == _role_key(office)

    def _mayor(self, tokens: list[Token], i: int, role: str) -> set[str]:
        """{the mayor} for a city's head at token i ("міського голови", "глава города"), else {}."""
        if role not in HEAD_ROLES | {"голова"} or not is_cyrillic(tokens[i].text):
            return set()
        before = self._noun_lemmas(tokens[i - 1]) if i > 0 else set()
        after = self._noun_lemmas(tokens[i + 1]) if i + 1 < len(tokens) else set()
        if before & CITY_ADJECTIVES or after & CITY_NOUNS:
            return {MAYOR[self._dictionary_language()]}
        return set()

    def _parliament_speaker(self, tokens: list[Token], i: int, role: str) -> set[str]:
        """{the speaker} for a parliament's chair at token i ("Голова Верховної Ради", "председатель Госдумы",
        "спікер Сейму" named by its chair), whom the text may call "спікер" next; else {}."""
        if role not in HEAD_ROLES | CHAIR_ROLES or not is_cyrillic(tokens[i].text):
            return set()
        words = [t.norm for t in tokens[i + 1 : i + 3] if is_cyrillic(t.text)]
        # (the parliament's noun, not its adjective: "Председатель парламентской фракции X" chairs a faction)
        noun = i + 1 < len(tokens) and not self._adjective(tokens[i + 1])
        chamber = (words[:1] and noun and words[0].startswith(PARLIAMENT_STEMS)) or (
            len(words) == 2
            and words[0].startswith(("верховн", "государствен", "державн"))
            and words[1][:3] in ("рад", "дум")
        )
        return {"спікер" if self._dictionary_language() == "uk" else "спикер"} if chamber else set()

    def _secretary_of_state(self, tokens: list[Token], i: int, role: str) -> set[str]:
        """ "Державний секретар США", "Государственный секретарь": the secretary of state by the short title the text
        may call them next ("держсекретар", "госсекретарь", "глава Держдепартаменту")."""
        if role not in ("секретар", "секретарь") or i == 0 or not self._adjacent(tokens, i):
            return set()
        if tokens[i - 1].norm.startswith(("державн", "государствен")):
            return {SECRETARY_OF_STATE[self._dictionary_language()]}
        return set()

    def _minister(self, tokens: list[Token], i: int, role: str) -> set[str]:
        """{the minister} for the head of a ministry at token i ("глава МИД", "очільник міністерства"), else {}."""
        if role not in HEAD_ROLES or i + 1 >= len(tokens):
            return set()
        ministry = tokens[i + 1]
        if MINISTRY_ACRONYM.match(ministry.text) or self._noun_lemmas(ministry) & MINISTRY_WORDS:
            return {MINISTER[self._dictionary_language() if is_cyrillic(ministry.text) else "en"]}
        return set()

    def _headed_words(self, tokens: list[Token], k: int, end: int | None = None) -> tuple[Token, ...]:
        """What a head's word at k - 1 heads, written right after it and before `end` ("глава ЄК", "главою
        Європейської Ради", "глава российского МИД"): its capitalised words and acronyms, up to three."""
        words = []
        for j in range(k, min(k + 3, len(tokens) if end is None else end)):
            t = tokens[j]
            if not self._adjacent(tokens, j) or t.in_quote:
                break
            if t.capitalized or t.acronym:
                words.append(t)
            elif words and is_cyrillic(t.text) and self._adjective(words[-1]) and not self._adjective(t):
                words.append(t)  # ("главою Європейської ради": the body's noun after its capitalised adjective)
                break
            elif not (is_cyrillic(t.text) and self._adjective(t)):
                break
        return tuple(words)

    def _role_headed_words(self, tokens: list[Token], mention: Mention) -> tuple[Token, ...]:
        """What a role mention's head's word heads ("Глава ЄК", "глава Конституционного суда"), the mention's own
        words after the role's word included."""
        role = next((k for k in range(mention.first, mention.last) if self._role_lemma(tokens[k])), mention.last - 1)
        return self._headed_words(tokens, role + 1)

    def _same_body(self, one: tuple, other: tuple) -> bool:
        """Whether two heads' titles name one body by the words after the head's word: a shared stem of a noun or
        an acronym ("ЦБ", "МИД"; not an adjective, "Верховной Рады" and "Верховного суда"), the stem a body is better
        known by ("Альянс" is NATO), or an acronym of the other's words ("ЄК": "Єврокомісії" whose parts it
        abbreviates; not "Європейської Ради")."""

        def stems(words):
            return {
                BODY_STEM_SYNONYMS.get(t.norm[:4], t.norm[:4])
                for t in words
                if t.acronym or not (is_cyrillic(t.text) and self._adjective(t))
            }

        def qualifiers(words):
            return {t.norm[:4] for t in words if t.capitalized and is_cyrillic(t.text) and self._adjective(t)}

        if qualifiers(one) and qualifiers(other) and not qualifiers(one) & qualifiers(other):
            return False  # ("Верховного суда", "Конституционного суда": one noun, other bodies)
        if stems(one) & stems(other):
            return True
        for compound, words in ((one, other), (other, one)):
            # ("Євроради": "Європейської ради", one word of the first's stem and the last's)
            if len(compound) == 1 and len(words) >= 2 and not compound[0].acronym:
                word = compound[0].norm
                if word.startswith(words[0].norm[:3]) and words[-1].norm[:3] in word[3:]:
                    return True
        for acronyms, words in ((one, other), (other, one)):
            for acronym in (t.norm for t in acronyms if t.acronym):
                spelled = [t.norm for t in words if not t.acronym]
                if len(spelled) > 1 and len(acronym) > 1 and "".join(w[0] for w in spelled).startswith(acronym):
                    return True  # ("ЄР": "Європейської Ради"; "ОП": "Офісу Президента України")
                if len(spelled) == 1 and spelled[0][0] == acronym[0] and _in_order(acronym[1:], spelled[0][1:]):
                    return True  # ("ЄК": "Єврокомісії", one word of its parts)
        return False

    def _titled_heading(self, speaker: tuple, wanted: tuple, position: int, role: str = "") -> bool | None:
        """Whether the text titled the speaker, before the position (with that role, when given), the head of the body
        `wanted` names: True when a title of theirs names it; False when their titles name only other bodies; None
        when no title of theirs names a body."""
        bare, other = False, False
        for tokens, head, held in self._titles_of(
            speaker, position, lambda lemma: not role or _role_key(lemma) == _role_key(role)
        ):
            # (the title's words only, not the holder's name: "Президент Володимир Зеленський" names no body)
            # (the name is a first name on, or the last two words: the dictionary tags no Ukrainian first name; the
            # body's words may open the name recorded, "Керівник Офісу Президента України Андрій Єрмак")
            name = held.last
            if head is not None:
                name = next(
                    (
                        k
                        for k in range(max(head + 1, held.first), held.last)
                        if self._first_name(tokens[k])
                        or (held.last - k <= 2 and not (tokens[k].acronym or self._genitive_place(tokens[k])))
                    ),
                    held.last,
                )
            titled = self._headed_words(tokens, head + 1, name) if head is not None else ()
            if self._same_body(titled, wanted):
                return True
            bare, other = bare or not titled, other or bool(titled)
        return None if bare or not other else False

    def _titles_of(self, holder: tuple, position: int, wanted):
        """(the sentence's tokens, the title's role word or None, the name recorded) for each title the text gave the
        holder before the position whose role lemma `wanted` accepts. The role word is the title's own, nearest the
        name ("з Президентом України Володимиром Зеленським" opens the name recorded; not "Президента" in "Керівник
        Офісу Президента України Андрій Єрмак")."""
        for start, lemma, hs, held in self.role_holders:
            if start >= position or not wanted(lemma):
                continue
            if not _same_holder(self._holder_of(hs, held, start), holder):
                continue
            tokens = self.sentences[hs].tokens
            key = _role_key(lemma).partition("|")[0]
            head = next(
                (
                    k
                    for k in range(held.first, max(-1, held.first - 6), -1)
                    if _role_key(self._role_lemma(tokens[k])).partition("|")[0] == key
                ),
                None,
            )
            yield tokens, head, held

    def _guessed_subject(self, tokens: list[Token], k: int, v: int) -> bool:
        """Whether the quoted name at k after the verb at v is a word the dictionary only guesses ("«Суспільне»" in
        Russian) after a verb in the singular: its subject as written, whatever case the guess reads (not "сообщили
        «Укрінформу»", whom they told)."""
        if v < 0 or getattr(self._parse(tokens[k]), "is_known", True):
            return False
        return not any("plur" in p.tag for p in self._parses(tokens[v])[:1])

    def _title_before_known(self, sentence: Sentence, i: int, by_first: dict) -> bool:
        """Whether the capitalised role word at i opens a title of capitalised role words ("Радниця Президента") right
        before a known name in the nominative ("Ірина Соколова"; not "Речниця Прем’єр-міністра Андрія Петренка",
        whose spokeswoman)."""
        tokens = sentence.tokens
        k = i + 1
        while k < len(tokens) and k < i + 4 and k not in by_first and self._adjacent(tokens, k):
            if not (tokens[k].capitalized and self._role_lemma(tokens[k])):
                return False
            k += 1
        known = by_first.get(k)
        return (
            known is not None
            and known.speaker_id is not None
            and self._adjacent(tokens, k)
            and self._can_be_subject(sentence, known)
            and not self._oblique_first_name(tokens[known.first])
        )

    def _head_complement(self, tokens: list[Token], k: int) -> tuple[str, frozenset[str]] | None:
        """The Cyrillic noun a head's word at k - 1 heads, after its adjectives: the noun's stem and the stems of the
        capitalised adjectives ("керівник парламентської фракції": "фрак"; "глава Счетной палаты": "пала",
        {"счет"}); None when no noun follows."""
        qualifiers = set()
        while k < len(tokens) and self._adjacent(tokens, k) and is_cyrillic(tokens[k].text) and not tokens[k].acronym:
            if not self._adjective(tokens[k]):
                return (tokens[k].norm[:4], frozenset(qualifiers)) if self._noun_lemmas(tokens[k]) else None
            if tokens[k].capitalized:
                qualifiers.add(tokens[k].norm[:4])
            k += 1
        return None

    def _other_head_word(self, tokens: list[Token], mention: Mention, position: int, holder: tuple) -> bool:
        """Whether a head named by another word for head than the holder's title ("керівник поліції" after "голова
        фракції X", "глава Счетной палаты" after "Председатель банка X") heads another body: the nouns after the two
        words differ, or their capitalised adjectives do; not when one title of theirs has the mention's own word
        ("голова фракції X … — заявил голова")."""
        role = next((k for k in range(mention.first, mention.last) if self._role_lemma(tokens[k])), None)
        word = mention.role.partition("|")[0]
        if role is None or _role_key(word) != "голова" or not is_cyrillic(tokens[role].text):
            return False
        titles = list(self._titles_of(holder, position, lambda lemma: _role_key(lemma).partition("|")[0] == "голова"))
        titles = [(words, head, held) for words, head, held in titles if head is not None]
        if not titles or any(self._role_lemma(words[head]).partition("|")[0] == word for words, head, _h in titles):
            return False
        if wanted := self._headed_words(tokens, role + 1):
            # (a body by its name or acronym: "глава ЦБ" after "председатель Сбербанка X", as _same_body reads them)
            return not any(
                self._same_body(self._headed_words(words, head + 1, held.last), wanted) for words, head, held in titles
            )
        headed = self._head_complement(tokens, role + 1)
        if headed is None:
            return True  # ("— сказал председатель" after "Глава МВД X": another word, and no body to match)
        for words, head, _held in titles:
            if (complement := self._head_complement(words, head + 1)) is None:
                continue
            if complement[0] == headed[0] and not (complement[1] and headed[1] and not complement[1] & headed[1]):
                return False  # the same body: "голова фракції X … — керівник парламентської фракції"
        return True

    def _heads_other_body(self, s: int, mention: Mention, position: int, holder: tuple) -> bool:
        """Whether the person named for a head's role before the position was titled the head of another body than
        the one the mention names ("главою Європейської Ради Шарлем Мішелем" for "глава ЄК"): both name what they
        head, and no word of it is shared."""
        wanted = self._role_headed_words(self.sentences[s].tokens, mention)
        return bool(wanted) and self._titled_heading(holder, wanted, position, mention.role) is False

    def _minister_fits(self, holder: tuple, tokens: list[Token], mention: Mention, position: int) -> bool:
        """Whether a minister named before may be the head of the ministry the mention names after the head's word:
        its acronym abbreviates the field their title names ("МОУ": "міністр оборони", "МЗС": "закордонних
        справ"), a state's diplomacy is foreign affairs; True when either says no field."""
        # (the word after the head's word and its adjectives: "глава МОУ", "глава української дипломатії")
        k = next((j for j in range(mention.first, mention.last) if self._role_lemma(tokens[j])), mention.first) + 1
        while k < len(tokens) and k < mention.first + 3 and is_cyrillic(tokens[k].text) and self._adjective(tokens[k]):
            k += 1
        if k >= len(tokens):
            return True
        ministry = tokens[k]
        diplomacy = bool(self._noun_lemmas(ministry) & HEADED_DIPLOMACIES)
        if not diplomacy and not (ministry.acronym and ministry.norm[:1] == "м" and len(ministry.norm) > 2):
            return True
        fields = []
        for words, role, held in self._titles_of(
            holder, position, lambda lemma: lemma.partition("|")[0] in MINISTER.values()
        ):
            if role is None:
                continue
            field = [t.norm for t in words[role + 1 : held.first] if not t.capitalized and t.norm not in CONJUNCTIONS]
            if field:
                fields.append(field)
        if not fields:
            return True
        if diplomacy:
            return any(any(w.startswith(FOREIGN_AFFAIRS_STEMS) for w in field) for field in fields)
        return any(ministry.norm[1:].startswith("".join(w[0] for w in field)) for field in fields)

    def _heading_offices(self, tokens: list[Token], mention: Mention) -> frozenset[str]:
        """For the head of a body named after the head's word ("глава ЦБ", "колишній керівник Альянсу", "глава
        МИД"), the offices whose holder heads it: the one office its name says (a ministry's minister), else any
        head's office; frozenset() for no head of a body."""
        lemma = mention.role.partition("|")[0]
        # (the word after the head's word, inside the mention too: "Глава ОП сказав" is one mention)
        k = next((j for j in range(mention.first, mention.last) if self._role_lemma(tokens[j])), mention.last - 1) + 1
        if lemma not in HEAD_ROLES or k >= len(tokens) or not self._adjacent(tokens, k):
            return frozenset()
        named = tokens[k].acronym or (tokens[k].capitalized and self._genitive_noun(tokens[k]))
        offices = self._head_office(tokens, mention.first, lemma)
        if offices:
            return frozenset(offices)
        return HEAD_OFFICES | GENERAL_SECRETARIES | frozenset(MINISTER.values()) if named else frozenset()

    def _seat_country(self, tokens: list[Token], i: int) -> str:
        """The nationality stems of the state whose head's seat follows the head's word at i ("глава Кремля": Russia's;
        "глава Белого дома", "очільник Білого дому": the United States'), else ""."""
        if i + 1 >= len(tokens):
            return ""
        if tokens[i + 1].norm.startswith("кремл"):
            return NATIONALITY_PLACES["росси" if self._dictionary_language() == "ru" else "росій"]
        seat = (
            i + 2 < len(tokens)
            and tokens[i + 1].norm in WHITE_HOUSE
            and self._noun_lemmas(tokens[i + 2]) & {"дом", "дім"}
        )
        return NATIONALITY_PLACES["амери"] if seat else ""

    def _head_office(self, tokens: list[Token], i: int, role: str) -> set[str]:
        """The office a head of a body at token i holds by another name: a ministry's minister ("глава МИД"), a
        state's president ("глава государства"), a government's prime minister ("глава уряду"); else {}."""
        if role not in HEAD_ROLES or i + 1 >= len(tokens):
            return set()
        k = i + 1
        # ("глава української держави", "глава польского правительства": the adjective of whose, then the noun)
        while k + 1 < len(tokens) and k < i + 3 and is_cyrillic(tokens[k].text) and self._adjective(tokens[k]):
            k += 1
        lemmas = self._noun_lemmas(tokens[k])
        if self._seat_country(tokens, i):
            return {"президент"}  # "глава Кремля", "глава Белого дома": the president the text named
        if lemmas & AGENCY_WORDS and k == i + 1:
            return {MINISTER[self._dictionary_language()]}  # "глава ведомства": the minister named before
        if lemmas & HEADED_STATES:
            return {"президент"}
        if lemmas & HEADED_GOVERNMENTS:
            return {"прем\u02bcєр" if self._dictionary_language() == "uk" else "премьер"}
        if lemmas & HEADED_REGIONS:
            return {"губернатор"}  # ("глава области": the governor, in both languages)
        if lemmas & HEADED_CITIES:
            return {"мер" if self._dictionary_language() == "uk" else "мэр"}
        owner = k + 1 < len(tokens) and self._adjacent(tokens, k + 1) and tokens[k + 1].capitalized
        if (lemmas & HEADED_DIPLOMACIES or tokens[k].norm.startswith("дипслужб")) and not owner:
            # "глава української дипломатії", "очільниця німецької дипслужби": the foreign minister
            return {MINISTER[self._dictionary_language()]}
        if lemmas & HEADED_STATE_DEPARTMENTS or tokens[k].norm.startswith(("госдеп", "держдеп")):
            return {SECRETARY_OF_STATE[self._dictionary_language()]}
        return self._minister(tokens, i, role)

    def _cases_agree(self, title: Token, name: list[Token]) -> bool:
        """Whether a Cyrillic title and the last word of the name after it can stand in one case, as a title and
        its holder do ("міністра … Дмитра Кулеби"); "Адвокат співачки … Ольги Петренко" is the singer's lawyer."""
        if not (is_cyrillic(title.text) and all(is_cyrillic(word.text) for word in name)):
            return True
        code = self._dictionary_language()
        readings = [{case for _g, case, plural in _name_readings(word.text, code) if not plural} for word in name]
        name_cases = set.intersection(*[cases for cases in readings if cases]) if any(readings) else set()
        title_cases = {p.tag.case for p in self._parses(title) if p.tag.POS == "NOUN"}
        if not name_cases or not title_cases or None in name_cases | title_cases:
            return True  # a name the dictionary does not know, or the Ukrainian nominative left untagged
        return bool(name_cases & title_cases)

    def _compound_tail_roles(self, token: Token) -> set[str]:
        """The roles of a compound role's later parts ("лікар-інфекціоніст": "інфекціоніст")."""
        if "-" not in token.norm or token.capitalized:
            return set()
        tails = token.norm.split("-")[1:]
        return {role for tail in tails if (role := self._role_lemma(dataclasses.replace(token, text=tail, norm=tail)))}

    def _title_only(self, sentence: Sentence, mention: Mention) -> bool:
        """A capitalised title without a name ("Defense Secretary")."""
        return all(
            t.norm in ROLE_WORDS or t.norm in ROLE_NOUNS or self._role_lemma(t)
            for t in sentence.tokens[mention.first : mention.last]
        )

    def _role_status(self, tokens: list[Token], i: int) -> str:
        """The status word right before a role or a titled name ("колишній", "former"), else ""; "former"
        for a role written with "екс-" ("экс-премьер")."""
        if any(_without_ex(token.norm) != token.norm for token in tokens[max(0, i - 3) : i + 1]):
            return "former"
        for k in range(max(0, i - 3), i):
            token = tokens[k]
            word = token.norm
            if is_cyrillic(token.text):
                parses = self._parses(token)
                word = normalize(parses[0].normal_form) if parses else word
            if word in ROLE_STATUS:
                return word
        return ""

    def _holds_other_role(self, speaker: tuple, role: str, position: int, heads: frozenset[str] = frozenset()) -> bool:
        """Whether the text gave the speaker another role than this one before the position. A representative
        ("представник міністерства") may hold any office: that is no other role; nor, for the head of a body, is
        one of the offices that head it (`heads`: "председатель ЦБ X … — отметила глава ЦБ")."""
        if role.partition("|")[0] in REPRESENTATIVE_ROLES | ANAPHORIC_ROLES:
            return False
        given = self._roles_given(speaker, position)
        if heads and given and all(g.partition("|")[0] in heads for g in given):
            return False
        # (Nor is a representative's, for a word for any diplomat: "официальный представитель МИД Мария Захарова …
        # — сказала дипломат"; not for an office: "Представитель президента X … — сказал президент")
        # (Nor, for a word for what someone is, a title that says where they work: "Заместитель министра
        # иностранных дел X … — сказал дипломат")
        lemma = role.partition("|")[0]
        if lemma in PARLIAMENT_MEMBERS and self._titled_in_parliament(speaker, position):
            return False  # "заступник голови Комітету ВР X … — зазначив депутат": a committee's officer is a member
        titles = BODY_TITLES if lemma in DIPLOMAT_WORDS | EXPERT_EPITHETS | OCCUPATION_EPITHETS else frozenset()
        titles |= DIPLOMATIC_OFFICES if lemma in DIPLOMAT_WORDS else frozenset()  # (an ambassador is a diplomat)
        if lemma in DIPLOMAT_WORDS and self._foreign_minister(speaker, position):
            # (and so is a foreign minister: "міністр закордонних справ ФРН X … — сказала дипломат")
            titles |= frozenset(MINISTER.values()) | HEAD_ROLES | CHAIR_ROLES
        # (and an ambassador to a body is its permanent representative: "постійний представник США при ОБСЄ X … —
        # сказав посол США")
        permanent = lemma in DIPLOMATIC_OFFICES and any(g.partition("|")[0] in PERMANENT_REPRESENTATIVES for g in given)
        if lemma in DIPLOMATIC_OFFICES:
            titles |= DIPLOMATIC_OFFICES | (REPRESENTATIVE_ROLES if permanent else frozenset())
        # (nor is a military rank an office: "генерал-полковник X … — подчеркнул командующий")
        return any(
            _role_key(title) != _role_key(role)
            and title.partition("|")[0] not in titles
            and title.partition("|")[0].split("-")[0] not in RANKS
            for title in given
        )

    def _foreign_minister(self, speaker: tuple, position: int) -> bool:
        """Whether a title the text gave the speaker before the position names foreign affairs right after its role
        word ("міністр закордонних справ", "глава МИД", "глава української дипломатії")."""
        for words, head, _held in self._titles_of(speaker, position, lambda _lemma: True):
            if head is None:
                continue
            # (the field right after the role word: "міністр закордонних справ", "глава МИД"; not "Голова Служби
            # зовнішньої розвідки")
            field = words[head + 1 : head + 3]
            if field and (
                field[0].norm.startswith(FOREIGN_AFFAIRS_STEMS + ("мзс", "мид"))
                or (self._adjective(field[0]) and self._noun_lemmas(field[-1]) & HEADED_DIPLOMACIES)
                or self._noun_lemmas(field[0]) & HEADED_DIPLOMACIES
            ):
                return True
        return False

    def _titled_in_parliament(self, speaker: tuple, position: int) -> bool:
        """Whether a title the text gave the speaker before the position names a parliament or its committee or
        faction ("заступник голови Комітету ВР з питань …", "член комитета Госдумы по обороне")."""
        for start, _lemma, s, mention in self.role_holders:
            if start >= position:
                continue
            if not _same_holder(self._holder_of(s, mention, start), speaker):
                continue
            if PARLIAMENT_TITLE.search(
                self.text, self._title_start(self.sentences[s], mention), self.sentences[s].tokens[mention.last - 1].end
            ):
                return True  # (the title's own words: a known name may hold its title)
        return False

    def _title_start(self, sentence: Sentence, mention: Mention) -> int:
        """Where the words before a name that may be its title start: after the last punctuation or verb of saying,
        eight words back at most."""
        tokens = sentence.tokens
        k = mention.first
        while (
            k > 0
            and k > mention.first - 8
            and not any(ch in ",;:()—–" for ch in self.text[tokens[k - 1].end : tokens[k].start])
        ):
            if self._say_verb(tokens[k - 1]):
                break
            k -= 1
        return tokens[k].start

    def _roles_given(self, speaker: tuple, position: int) -> set[str]:
        """The roles (lemma, with its status after "|") the text gave the speaker before the position ("прем'єр
        Денис Шмигаль": прем'єр)."""
        roles = set()
        for start, lemma, s, mention in self.role_holders:
            if start < position:
                holder = self._holder_of(s, mention, start)
                if _same_holder(holder, speaker):
                    roles.add(lemma)
        return roles

    def _holder_of(self, s: int, mention: Mention, start: int):
        """Who a name recorded with a role is, looked up once (the roles are asked for often)."""
        key = (start, mention.first, mention.last)
        if key not in self.holders:
            self.holders[key] = self._speaker_of(s, mention, start)
        return self.holders[key]

    def _place_head(self, s: int, mention: Mention, position: int):
        """For "глава Грузии", "глава Счетной палаты" (a head's role and the place or body it heads, in the
        genitive), the last person the text named as the head of that place or body, by any word for a head, with
        the same noun in their title and no other qualifier there ("Президент Грузии X", "председатель палаты X";
        not "Президент компании «Вектор» X" for "глава компании «Сигма»"); for "глава военного ведомства", the
        minister whose title names that ministry. Else None."""
        tokens = self.sentences[s].tokens
        k = mention.first + 1
        if mention.role.partition("|")[0] not in HEAD_ROLES or k >= len(tokens) or not is_cyrillic(tokens[k].text):
            return None
        # ("глава Счетной палаты": the body's adjective, then its noun)
        while k + 1 < len(tokens) and k < mention.first + 3 and self._parses(tokens[k])[:1]:
            if self._parses(tokens[k])[0].tag.POS != "ADJF":
                break
            k += 1
        body = tokens[k]
        place = body.capitalized and any("Geox" in p.tag for p in self._parses(body)[:2])
        if not place and not self._genitive_noun(body):
            return None
        lemmas = self._noun_lemmas(body) - {""}
        end = max(self._complement_end(tokens, k + 1), k + 1)
        while end < len(tokens) and tokens[end].in_quote and end < k + 5:
            end += 1  # ("глава компании «Вектор»": the body's name in quote marks)
        own = self._qualifiers(tokens[mention.first + 1 : end], lemmas)
        agency = bool(lemmas & AGENCY_WORDS)
        for start, role, hs, held in reversed(self.role_holders):
            lemma = role.partition("|")[0]
            lemma = FEMININE_ROLES.get(lemma, lemma)  # ("Президентка Єврокомісії X": its president)
            if start >= position or (lemma not in HEAD_OFFICES and not (agency and lemma in MINISTER.values())):
                continue
            title = self.sentences[hs].tokens[max(0, held.first - 5) : held.first]
            # (the title from its first role word: not the verb before it, "Про це заявила президентка Єврокомісії X")
            opening = next((k for k, t in enumerate(title) if self._role_lemma(t)), 0)
            title = title[opening:]
            first_role = self._role_lemma(title[0]) if title else ""
            if first_role and FEMININE_ROLES.get(first_role, first_role) not in HEAD_OFFICES | set(MINISTER.values()):
                continue  # ("речниця президентки Єврокомісії X": the spokeswoman of the head, not the head)
            if agency:
                # "глава военного ведомства": the minister of defence ("министр обороны X"), by the ministry's word
                stems = {AGENCY_STEMS.get(t.norm[:7], "") for t in tokens[mention.first + 1 : k]} - {""}
                if stems and any(t.norm.startswith(tuple(stems)) for t in title):
                    return self._speaker_of(hs, held, start)
                continue
            if not any(self._noun_lemmas(t) & lemmas for t in title if t.capitalized or not place):
                continue
            if self._qualifiers(title, lemmas) - own:
                continue  # (another body's: "Председатель Верховного суда X" for "глава Конституционного суда")
            return self._speaker_of(hs, held, start)
        return None

    def _qualifiers(self, words: list[Token], heads: set[str]) -> set[str]:
        """The lemmas of a title's words that say which body it is (adjectives, names, genitive complements), past
        the body's noun and any role word."""
        found = set()
        for t in words:
            lemmas = self._noun_lemmas(t) - {""}
            if lemmas & heads or self._role_lemma(t) or t.norm in PREPOSITIONS | CONJUNCTIONS:
                continue
            if t.capitalized and any(self._first_name(t) or is_name(p) for p in self._parses(t)[:1]):
                continue  # (the person's own name)
            found |= {min(lemmas)} if lemmas else {t.norm}
        return found

    def _role_holders(self, role: str, position: int, nationality: str = "") -> list[tuple]:
        """The people the text named for the role before the position, in text order; with a nationality's stem
        ("украинский премьер"), not one whose title names another country ("премьер-министр России X")."""
        holders = [
            self._speaker_of(s, mention, start)
            for start, lemma, s, mention in self.role_holders
            if _role_key(lemma) == _role_key(role)
            and start < position
            and not (nationality and self._other_country(self.sentences[s].tokens, mention, nationality))
        ]
        return [h for h in holders if h]

    def _role_holder(self, role: str, position: int, nationality: str = ""):
        """(The person the text last named for the role before the position, whether they have spoken),
        preferring one who has spoken already (see _role_holders)."""
        holders = self._role_holders(role, position, nationality)
        if role.partition("|")[0] in FEMININE_ROLES:
            # ("речниця МЗС" after "речник МЗС Олег Ніколенко": a woman, not him)
            holders = [
                h for h in holders if (self._known_gender(h[1]) if h[1] is not None else _name_gender(h[0])) != "masc"
            ]
        spoken, spoken_ids = self.spoken, self.spoken_at
        for holder in reversed(holders):
            if (holder[1] is not None and holder[1] in spoken_ids) or (holder[1], holder[0]) in spoken:
                return holder, True
        return (holders[-1] if holders else None), False

    def _nationality(self, tokens: list[Token], i: int) -> str:
        """The stem of a Cyrillic adjective of nationality right before the role noun at i ("украинский премьер",
        "американський президент"), else ""."""
        if i == 0 or not self._adjacent(tokens, i):
            return ""
        word = tokens[i - 1]
        # (capitalised only where a sentence starts: "Американский лидер пригрозил")
        opening = i == 1 or not tokens[i - 2].text[-1:].isalnum()
        if (word.capitalized and not opening) or not is_cyrillic(word.text) or not _NATIONALITY.search(word.norm):
            return ""
        if word.norm.startswith(_NO_NATIONALITY):
            return ""  # ("міський голова", "городской", "областной": no country)
        return NATIONALITY_PLACES.get(word.norm[:5], word.norm[:3])

    def _other_country(self, tokens: list[Token], held: Mention, nationality: str) -> bool:
        """Whether the title before a role holder's name names a country, and not the nationality's
        ("премьер-министр России Владимир Путин" for "украинский премьер")."""
        # (the title, and the held name's words before its first name: "України Володимир Зеленський")
        given = next(
            (
                k
                for k in range(held.first, held.last)
                # (or the first word that is no place in the genitive, or of the last two: "Володимир", which the
                # Ukrainian dictionary does not tag as a first name; "Си Цзиньпин")
                if self._first_name(tokens[k])
                or not (self._genitive_place(tokens[k]) or self._role_lemma(tokens[k]))
                or held.last - k <= 2
            ),
            held.first,
        )
        begin = held.first
        while begin > max(0, held.first - 5) and tokens[begin - 1].norm not in PREPOSITIONS:
            parse = self._parses(tokens[begin - 1])[:1]
            if parse and parse[0].tag.POS in ("VERB", "INFN", "PRCL", "CONJ", "NPRO", "ADVB"):
                break  # (the title only: not "Про це заявив" before it)
            begin -= 1
        title = tokens[begin:given]
        places = [
            t.norm
            for t in title
            if t.capitalized
            and is_cyrillic(t.text)
            and (not t.acronym or t.norm in _COUNTRY_ACRONYMS)
            and not self._role_lemma(t)
            and any(
                "Geox" in p.tag or (p.tag.POS == "NOUN" and "inan" in p.tag and p.tag.case == "gent")
                for p in self._parses(t)[:2]
            )
            # (a country, not a body: "заступник постійного представника США при Організації" names the US)
            and (t.norm in _COUNTRY_ACRONYMS or self._country_word(t))
        ]
        stems = tuple(nationality.split("|"))
        if any(t.norm.startswith(stems) or (stems[0] in t.norm) for t in title if is_cyrillic(t.text)):
            return False
        # (or another nationality's adjective: "Американский лидер Дональд Трамп" for "российский лидер")
        # (in lower case, or capitalised where the sentence opens: not "Президент Європейської ради X")
        adjectives = [
            t
            for t in title
            if _NATIONALITY.search(t.norm)
            and not t.norm.startswith(_NO_NATIONALITY)
            and is_cyrillic(t.text)
            and (not t.capitalized or t is tokens[0])
        ]
        return bool(places or adjectives)

    def _adjacent(self, tokens: list[Token], j: int) -> bool:
        """Whether token j follows token j - 1 with only spaces between (and neither is quoted)."""
        between = self.text[tokens[j - 1].end : tokens[j].start]
        return not between.strip() and not tokens[j].in_quote and not tokens[j - 1].in_quote

    def _after_initial(self, tokens: list[Token], j: int) -> bool:
        """Whether token j follows an initial inside a name ("Maria K. Lindqvist", "А. Петренко"), or an
        abbreviated English title ("Rep. Gwen Moore", "Mr. Putin")."""
        initial = tokens[j - 1]
        between = self.text[initial.end : tokens[j].start]
        title = initial.capitalized and not is_cyrillic(initial.text) and initial.norm in ROLE_WORDS
        return (
            (len(initial.text) == 1 or (title and between != "."))  # "Dr.VET" is a clinic, "Dr. Vet" a doctor
            and initial.text[:1].isupper()
            and between.strip() == "."
            and between.startswith(".")
            and not tokens[j].in_quote
            and not initial.in_quote
        )

    def _capital_inside(self, sentence: Sentence, i: int) -> bool:
        """Whether a Cyrillic word is capitalised inside its sentence, where only a name is ("— заключила Оно", the
        surname), not where a sentence or a quotation opens."""
        tokens = sentence.tokens
        if i == 0 or not is_cyrillic(tokens[i].text) or not tokens[i].capitalized or tokens[i - 1].in_quote:
            return False
        return not self.text[tokens[i - 1].end : tokens[i].start].strip()

    def _name_like(self, sentence: Sentence, i: int) -> bool:
        token = sentence.tokens[i]
        if token.in_quote or not token.capitalized or token.text[0].isdigit():
            return False
        if self._in_party_tag(token):
            return False  # "Rep. Gwen Moore (D-Wis.)": the party and state, not a name
        tokens = sentence.tokens
        if i + 1 < len(tokens) and self._after_initial(tokens, i + 1) and tokens[i + 1].capitalized:
            return True  # "А. Петренко": an initial, not the conjunction "а"
        if token.norm in PRONOUNS:
            return self._capital_inside(sentence, i)  # "— заключила Оно": a surname, not "оно"
        if token.norm in RELATIVE_PRONOUNS or token.norm in PREPOSITIONS:
            return False
        if token.norm in CALENDAR and token.text != "May":
            return False  # "May" is also a surname
        if i + 1 < len(tokens) and (token.norm, tokens[i + 1].norm) in _CONNECTIVE_PAIRS:
            return False  # "Тем не менее", "Тем временем", "Тим часом": a connective, not "Тёма"
        if (
            i
            and len(tokens[i - 1].text) >= 3
            and (token.text.isupper() or token.text.islower())
            and self._after_address_token(token)
        ):
            return False  # "Gagauzinfo.MD Анатолий Топал": the end of a site's address, not a name's start
        if token.norm in PARTY_WORDS and i + 1 < len(tokens) and tokens[i + 1].norm in ("of", "from"):
            return False  # "Charles E. Grassley, Republican of Iowa, said": the party and state, not a name
        if (
            token.norm in EN_WORD_GIVEN_NAMES
            and i + 1 < len(tokens)
            and self._adjacent(tokens, i + 1)
            and tokens[i + 1].capitalized
            and tokens[i + 1].norm not in ENGLISH_FUNCTION_WORDS
            and not self.text[tokens[-1].end : sentence.end].strip().startswith("?")
        ):
            return True  # '”, Will Dawson, senior research fellow …': a given name that is also a word
        if i == 0 or self._starts_clause(sentence, i):
            if (
                not is_cyrillic(token.text)
                and (
                    token.norm.partition("-")[0] in _EN_NUMBER_WORDS  # ("Sixty-seven percent")
                    or (
                        len(token.norm) > 5
                        and token.norm.endswith("ing")
                        and i + 1 < len(tokens)
                        and not tokens[i + 1].capitalized
                        and not self._say_verb(tokens[i + 1])  # ("Fielding said": a surname)
                        and tokens[i + 1].norm
                        not in EN_AUXILIARIES | PREPOSITIONS | SKIP  # ("Boeing on Wednesday said")
                        and self.text[token.end : tokens[i + 1].start].strip() == ""
                    )
                )
            ):
                return False  # "Fifty percent of Europeans said", "Bringing music services will …": no name
            if (
                not is_cyrillic(token.text)
                and token.norm in ROLE_WORDS
                and i + 2 < len(tokens)
                and tokens[i + 1].norm in CONNECTORS
                and tokens[i + 2].capitalized
                and self._adjacent(tokens, i + 1)
                and self._adjacent(tokens, i + 2)
            ):
                # "Secretary of State John Kerry said": a title that opens a name, though the text also writes
                # "the secretary" in lower case
                return True
            # ("Міноборони повідомило, що …": a ministry's short name, whatever the dictionary reads it as)
            return not self._common_word(token) or MINISTRY_ACRONYM.match(token.text) is not None
        if i and self._adjacent(tokens, i) and tokens[i - 1].capitalized and self._first_name(tokens[i - 1]):
            return True  # "Ярослава П'яла": a capitalised word after a first name is a surname, whatever else
        if (
            is_cyrillic(token.text)
            and self._adjacent(tokens, i)
            and self._say_verb(tokens[i - 1])
            and (i + 1 == len(tokens) or self.text[token.end : tokens[i + 1].start].strip())
            # (not a word only ever an adverb or a conjunction before a comma: "повідомляє Зокрема, за словами …",
            # glued; but "сообщает Сегодня.", an outlet)
            and not (
                self.text[token.end : token.end + 1] == ","
                and all(p.is_known and p.tag.POS in ("ADVB", "CONJ", "PRCL", "PREP") for p in self._parses(token))
            )
        ):
            return True  # "— считает Боля.": a surname after the author's verb, whatever verb it reads as
        if is_cyrillic(token.text) and not token.acronym:
            # Inside a sentence too: a capitalised adverb or conjunction ("Зокрема", glued to the
            # previous sentence by a scraper) is not a name.
            parses = self._parses(token)
            return not parses or any(p.tag.POS in ("NOUN", "ADJF", None) or not p.is_known for p in parses)
        return True

    def _place_before_name(self, tokens: list[Token], i: int, j: int) -> bool:
        """Whether the run of capitalised words i..j opens with a word in the genitive before a person's first
        name that cannot be one name with it ("Донецька Олександр": her surname, his first name), or a known word
        that is no name and cannot be in the nominative before a name that can ("Возле Кремля Навальный")."""
        if j - i < 2 or not is_cyrillic(tokens[i].text):
            return False
        parses = [p for p in self._parses(tokens[i]) if p.is_known]
        if (
            parses
            and len(parses) == len(self._parses(tokens[i]))
            and not any(is_name(p) or "nomn" in p.tag or p.tag.case is None for p in parses)
            and any(is_name(p) and ("nomn" in p.tag or p.tag.case is None) for p in self._parses(tokens[i + 1]))
        ):
            return True
        if j - i < 3 or not self._first_name(tokens[i + 1]):
            return False
        parses = self._parses(tokens[i])
        if not any("gent" in p.tag for p in parses):
            return False
        if parses and all(p.is_known and not is_name(p) for p in parses):
            return True  # a known word, no name: "Донецька", "Києва"
        code = self._dictionary_language()
        words = [t.text for t in tokens[i:j]]
        return _agreeing_gender(words, code) is None and _agreeing_gender(words[1:], code) is not None

    def _name_after_complement(self, tokens: list[Token], i: int, j: int) -> int | None:
        """Where a person's name starts in a run of capitalised words i..j that opens with a title's complement: a
        place or a body in an oblique case (with its acronyms) before a first name ("Донецька Олександр",
        "Кремля Навальный", "Канады РАН Олег Иванов"); None when the run is one name."""
        if self._place_before_name(tokens, i, j):
            return i + 1
        given = j - i >= 3 and (
            self._first_name(tokens[i + 1]) or _name_gender(tokens[i + 1].text, first_names_only=True) is not None
        )
        if tokens[i].acronym and is_cyrillic(tokens[i].text) and given:
            return i + 1  # "Постійний представник США при ООН Ірина Соколова": the body's acronym, then her name
        if not is_cyrillic(tokens[i].text) or tokens[i].acronym:
            return None
        k = i
        while k < j - 2 and (tokens[k].acronym or self._oblique_word(tokens[k])):
            k += 1
        # A first name, or a foreign one the dictionary does not know ("… Конгресса США Мо Брукс").
        unknown = not any(p.is_known for p in self._parses(tokens[k]))
        if j - i >= 3 and self._body_in_genitive(tokens[i]) and self._first_name(tokens[i + 1]):
            return i + 1  # "Глава Ростуризма Олег Сафонов", "глава Роскосмоса Дмитрий Рогозин": one body's name
        return k if k > i + 1 and (self._first_name(tokens[k]) or (unknown and j - k >= 2)) else None

    def _body_in_genitive(self, token: Token) -> bool:
        """A capitalised Cyrillic word read only as a singular genitive of an inanimate noun, a body's name
        ("Роскосмоса"), the dictionary's reading or its guess for a word it does not know ("Ростуризма"); never a
        name."""
        parses = self._parses(token)
        if self._stump_body(token) and any(p.tag.case == "gent" for p in parses[:3]):
            return True  # "Россотрудничества": a state body's compound name the dictionary does not know
        return bool(parses) and all(
            p.tag.POS == "NOUN" and "inan" in p.tag and "gent" in p.tag and "plur" not in p.tag and not is_name(p)
            for p in parses
        )

    def _title_adjective(self, tokens: list[Token], i: int, j: int) -> bool:
        """Whether a run of capitalised words i..j opens with an adjective of a lowercase title before it and a
        first name and a surname after it ("герцогиня Кентская Мария Лоран"): not part of the name."""
        if j - i < 3 or i == 0 or not is_cyrillic(tokens[i].text) or (tokens[i - 1].capitalized and i > 1):
            return False
        parses = self._parses(tokens[i])
        # (in the nominative, as the title and the name are: not "президент Національної Ради")
        if not parses or not all(p.is_known and p.tag.POS == "ADJF" and p.tag.case in (None, "nomn") for p in parses):
            return False
        title = bool(self._role_lemma(tokens[i - 1], nominative=True) or self._person_noun(tokens[i - 1]))
        return title and self._first_name(tokens[i + 1]) and self._nominative_first_name(tokens[i + 1])

    def _oblique_first_name(self, token: Token) -> bool:
        """A Cyrillic first name the dictionary knows only in oblique cases ("Дональда", "Володимира")."""
        names = [p for p in self._parses(token) if "Name" in p.tag and p.is_known]
        return bool(names) and all("nomn" not in p.tag and p.tag.case is not None for p in names)

    def _oblique_word(self, token: Token) -> bool:
        """A Cyrillic word the dictionary knows, never as a name and never in the nominative ("Канады")."""
        parses = self._parses(token)
        return bool(parses) and all(
            p.is_known and not is_name(p) and "nomn" not in p.tag and p.tag.case is not None for p in parses
        )

    def _two_names(self, tokens: list[Token], i: int, j: int) -> int | None:
        """Where a run of Cyrillic names i..j parts into two people's names, each agreeing in itself but not
        with the other ("Собянин Путину"); None when it is one name, or the dictionaries cannot tell."""
        if j - i < 2 or not all(is_cyrillic(t.text) for t in tokens[i:j]):
            return None
        code = self._dictionary_language()
        words = [t.text for t in tokens[i:j]]
        if not all(any(is_name(p) and p.is_known for p in self._parses(t)) for t in tokens[i:j]):
            return None
        if _agreeing_gender(words, code) is not None or _one_case(words, code):
            return None
        first_genders = {p.tag.gender for p in self._parses(tokens[i]) if "Name" in p.tag and "nomn" in p.tag}
        if (
            len(words) == 2
            and self._first_name(tokens[i])
            and not any("Surn" in p.tag.grammemes or "nomn" in p.tag for p in self._parses(tokens[i + 1]))
            and any(p.tag.gender in first_genders for p in self._parses(tokens[i + 1]))  # (not "Мария Ивану": whom)
        ):
            # "говорит Майя Санду": a first name, then a surname the dictionary reads only as another first name in
            # another case (an undeclined foreign surname), one person
            return None
        for k in range(1, len(words)):
            if _one_case(words[:k], code) and _one_case(words[k:], code):
                return i + k
        return None

    def _third_person_verbs(self, sentence: Sentence) -> list[int]:
        """The verbs of saying of a sentence but those in the first or second person ("Прошу вас запомнить",
        "заявляю"): the speaker's own words say nobody else speaks."""
        return [
            v
            for v in self._verbs(sentence)
            if not any(p.tag.person in ("1per", "2per") for p in self._parses(sentence.tokens[v])[:1])
        ]

    def _first_name(self, token: Token) -> bool:
        """A Cyrillic word the dictionary knows as a first name and only as nouns ("Ярослава", "Олег")."""
        if not is_cyrillic(token.text):
            return False
        parses = [p for p in self._parses(token) if p.is_known]
        return any("Name" in p.tag.grammemes for p in parses) and all(p.tag.POS == "NOUN" for p in parses)

    @functools.cached_property
    def _party_tags(self) -> list[tuple[int, int]]:
        return [m.span() for m in PARTY_TAG.finditer(self.text)]

    def _in_party_tag(self, token: Token) -> bool:
        return any(start < token.start < end for start, end in self._party_tags)

    def _starts_clause(self, sentence: Sentence, i: int) -> bool:
        between = self.text[sentence.tokens[i - 1].end : sentence.tokens[i].start]
        return any(ch in between for ch in ':«“„"')

    def _common_word(self, token: Token) -> bool:
        """A capitalised word at a sentence's start that is an ordinary word, not a name."""
        if token.norm in ENGLISH_FUNCTION_WORDS or token.norm in SKIP:
            return True
        if (
            not is_cyrillic(token.text)
            and token.norm.endswith("ing")
            and (self._before_determiner(token) or self._say_verb(token) or self._before_gerund_object(token))
        ):
            # "Bemoaning the “phony system,” Trump …", "Praising Celtic and Rangers for their efforts, she said": a
            # participle opens the sentence
            return True
        if token.norm in self.lower_words:
            return True
        if (
            not is_cyrillic(token.text)
            and _EN_ADVERB.fullmatch(token.norm)
            and self.text[token.end : token.end + 1] == ","
        ):
            return True  # "Specifically, “…”", "Apparently, …": a sentence adverb and its comma
        if is_cyrillic(token.text) and not token.acronym:
            # A name is unknown to the dictionary or known as one (first name, surname, place, organisation),
            # or the text writes it capitalised inside a sentence too (the Ukrainian dictionary does not mark
            # places: "Україна заявляє" after "… до України").
            parses = self._parses(token)
            return (
                bool(parses)
                and all(
                    p.is_known and not ({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"} & p.tag.grammemes)
                    for p in parses
                )
                and not any(p.normal_form in self._proper_lemmas for p in parses)
            )
        return False

    def _before_gerund_object(self, token: Token) -> bool:
        """Whether a word the gerund's object or complement opens with follows ("Doing what you believed …")."""
        following = _NEXT_WORD.match(self.text, token.end)
        return following is not None and following.group(1) in GERUND_FOLLOWERS

    def _before_determiner(self, token: Token) -> bool:
        following = _NEXT_WORD.match(self.text, token.end)
        return following is not None and normalize(following.group(1)) in OBJECT_DETERMINERS

    @functools.cached_property
    def _proper_lemmas(self) -> frozenset[str]:
        """Lemmas of the Cyrillic words the text capitalises inside a sentence (after a lowercase word): its
        names, whatever the dictionary knows them as."""
        lemmas = set()
        previous = None
        for match in WORD.finditer(self.text):
            word = match.group()
            if (
                previous is not None
                and word[0].isupper()
                and not word.isupper()
                and previous.group()[0].islower()
                and not self.text[previous.end() : match.start()].strip(" ,")
                and is_cyrillic(word)
            ):
                lemmas.update(p.normal_form for p in _parse_word(normalize(word), self._dictionary_language()))
            previous = match
        return frozenset(lemmas)

    def _say_verb(self, token: Token) -> str | None:
        """The verb's lemma (or form, for English) when the token is a finite verb of saying."""
        if token.in_quote:
            return None
        if token.start in self.relay_sources:
            return "передавати" if self.language == "uk" else "передавать"
        if not is_cyrillic(token.text):
            if token.norm in MANNER_EN:
                # ("mused in Thursday's debate that Clinton was …": a that-clause, as a verb of saying has)
                said = self._next_to_quotation(token) or self._that_clause_after(token)
                # ("heralded the deal as a “breakthrough”": what it was called, in quote marks)
                said = said or (token.norm == "heralded" and _EN_CALLED_AS.match(self.text, token.end) is not None)
                return MANNER_EN[token.norm] if said else None
            if token.norm in EN_TAG_ONLY:
                before = self.text[max(0, token.start - 60) : token.start]
                tagged = _EN_TAG_BEFORE.search(before)
                # (only who spoke between: not "“…,” Trump said as talks continued")
                if tagged and any(
                    w.lower() in _EN_TAG_BREAKS or w.lower() in SAY_EN for w in WORD.findall(tagged.group())
                ):
                    tagged = None
                tag = tagged or _EN_TAG_AFTER.match(self.text, token.end)
                if token.norm == "went" and not re.match(r" on\b", self.text[token.end : token.end + 4]):
                    return None  # "went on" only: "“…,” he went home" says nothing
                return EN_TAG_ONLY[token.norm] if tag else None
            if token.norm in EN_NOUN_VERBS:
                if _EN_COUNTED_BEFORE.search(self.text, max(0, token.start - 12), token.start):
                    return None  # "those states that Mr. Obama won", "both states": things counted are nouns
                if EN_THAT_CLAUSE.match(self.text, token.end):
                    return EN_NOUN_VERBS[token.norm]  # "Daniel Hart states that the league will grow"
                if _EN_NOUN_BEFORE.search(self.text, max(0, token.start - 12), token.start):
                    # "Ginsburg’s comments “shows bias”", "his remarks": the noun; its owner's statement only
                    # when a that-clause follows ("Trump's comments at the debate that he might not accept").
                    clause = _EN_CLAUSE_AHEAD.match(self.text, token.end)
                    return EN_NOUN_VERBS[token.norm] if clause else None
            lemma = SAY_EN.get(token.norm)
            if lemma in EN_CLAUSE_ONLY:
                following = self.text[token.end : token.end + 60].split()
                # (when it was said first: "agreed Friday to exchange prisoners")
                while following and (
                    normalize(following[0].strip(",")) in CALENDAR | TIME_ADVERBS or following[0].endswith("ly")
                ):
                    following = following[1:]
                # ("agreed that the rules …", "concluded that he …": "that" opening a clause, not "that meeting")
                clause = (
                    len(following) > 1
                    and following[0].lower() == "that"
                    and (following[1][:1].isupper() or _opens_clause(following[1]))
                )
                if lemma in EN_THAT_ONLY and not clause:
                    return None  # "agreed to a truce", "agreed, saying …": only "agreed that …" says something
                if following and following[0].lower() in EN_OBJECT_OPENERS and not clause:
                    return None  # "concluded his trip", "confessed to the crime"
            if lemma == "add" and _EN_PERFECT_BEFORE.search(self.text, max(0, token.start - 20), token.start):
                following = self.text[token.end : token.end + 60].split()
                if following and following[0].lower() in EN_OBJECT_OPENERS - {"that"} | {"what", "new"}:
                    return None  # "the company has added what it calls smart folders": something added to a thing
            if token.norm in EN_NAMING_PARTICIPLES:
                before = self.text[max(0, token.start - 10) : token.start].rstrip()
                following = _NEXT_WORD.match(self.text, token.end)
                active = following is not None and following.group(1).lower() in ("it", "them", "him", "her", "this")
                if before.endswith(",") and not active:
                    # "The operation, dubbed Iron Shield, began": a passive participle, no one says it (but "X, a Tory
                    # candidate, branded it …": the verb after an apposition)
                    return None
            return lemma
        if token.norm[:3] not in _say_prefixes():
            return None  # not even the start of a verb of saying: spare the dictionary
        codes = [self.language] if self.language in ("uk", "ru") else ["uk", "ru"]
        for code in codes:
            lemmas = SAY_UK if code == "uk" else SAY_RU
            for parse in self._parses(token, code):
                lemma = parse.normal_form.replace("ё", "е")
                if parse.tag.POS == "GRND" and code == "uk":
                    lemma = _ukrainian_participle_infinitive(lemma, lemmas)
                # Said or saying, not "will say" ("Москва ответит на санкции").
                # Adverbial participles report speech too ("заявивши, що", "подчеркнув, что").
                finite = parse.tag.POS == "VERB" and {"past", "pres"} & parse.tag.grammemes
                if (finite or parse.tag.POS == "GRND") and lemma in lemmas:
                    if lemma in RECOMMEND_VERBS and not self._recommends_something(token):
                        return None  # "рекомендував Петренка на посаду": whom, not what to do
                    if lemma == "счесть" and DEEMED_NEEDFUL.match(self.text, token.end):
                        return None  # "счел нужным уехать": what he decided to do, no opinion stated
                    return lemma
                if (
                    finite
                    and lemma in CONCLUDE_VERBS | AGREE_VERBS
                    and _AFTER_QUOTE_DASH.search(self.text, max(0, token.start - 8), token.start)
                ):
                    return lemma  # "», — заключили в МИД": the author's words (not "заключила контракт", a deal)
                if (
                    finite
                    and lemma in AGREE_VERBS | REPEAT_VERBS | RECKON_VERBS
                    and AGREED_CLAUSE.match(self.text, token.end)
                ):
                    return lemma  # "согласилась: «…»", "погодився, що …", "повторила, що …" (not "повторив рекорд")
        return None

    def _that_clause_after(self, token: Token) -> bool:
        """Whether an English that-clause follows the verb, right after it or after where it was said ("mused that
        Clinton was", "mused in Thursday's debate that Clinton was"; not "that meeting")."""
        following = self.text[token.end : token.end + 80].split()
        that = next(
            (
                k
                for k, word in enumerate(following[:8])
                if word.lower() == "that"
                and (
                    k == 0
                    or (
                        following[0].lower() in EN_SETTING_PREPOSITIONS
                        and any(w.lower().strip("'’s") in EN_SPEECH_OCCASIONS for w in following[1:k])
                    )
                )
                and not any(ch in " ".join(following[:k]) for ch in ',;:."“”')
            ),
            None,
        )
        if that is None or len(following) <= that + 1:
            return False
        return following[that + 1][:1].isupper() or _opens_clause(following[that + 1])

    def _recommends_something(self, token: Token) -> bool:
        """Whether what follows a verb of recommending says what it recommends ("рекомендувала вакцину …",
        "рекомендували жителям не покидати дома"): anything but a name."""
        following = _WORD_AHEAD.match(self.text, token.end)
        if following is None:
            return False
        if ":" in self.text[token.end : following.start(1)]:
            return True
        # A name after it is whom for a post ("рекомендував Петренка на посаду") or whom it was put to, who may
        # read as its subject ("рекомендувала Раді перейменувати"): not offered.
        return not following.group(1)[:1].isupper()

    def _continuation_verb(self, token: Token) -> bool:
        if not is_cyrillic(token.text):
            return token.norm in CONTINUATION_VERBS
        return any(
            p.tag.POS == "VERB" and "past" in p.tag and normalize(p.normal_form) in CONTINUATION_VERBS
            for p in self._parses(token)
        )

    def _participle(self, token: Token) -> bool:
        """An adverbial participle ("заявивши", "подчеркнув", "saying"): its subject is the clause's."""
        if not is_cyrillic(token.text):
            return token.norm.endswith("ing")
        return any(p.tag.POS == "GRND" for p in self._parses(token))

    def _plural_verb(self, token: Token) -> bool:
        return any(p.tag.POS == "VERB" and "plur" in p.tag for p in self._parses(token))

    # Subjects

    def _subject_before(self, s: int, v: int) -> Mention | None:
        """The subject of the verb at token v: the nearest phrase before it that can say something."""
        sentence = self.sentences[s]
        tokens = sentence.tokens
        by_last = {m.last - 1: m for m in sentence.mentions}
        relative_seen = False
        nested_aside = False  # an apposition with another one on its phrase's object before the verb
        complement_end = None  # where the genitive complement of the subject ends ("Ради безпеки РФ")
        i = v - 1
        citing = CITING_BEFORE_VERB.search(self.text, sentence.start, tokens[v].start)
        if citing and self._token_at(sentence, citing.start()) == 0:
            citing = None  # "Citing security concerns, the ministry said": the subject follows it
        aside = _DASHED_ASIDE.search(self.text, sentence.start, tokens[v].start) if v >= 2 else None
        if citing:
            i = self._token_at(sentence, citing.start()) - 1  # "Reuters, citing unnamed sources, reported"
        elif (
            aside
            and self._token_at(sentence, aside.start()) > 0
            and not aside.group("opening")[:1].isupper()
            and normalize(aside.group("opening").split()[0]) not in CONJUNCTIONS  # ("Officials – and Jones – said")
        ):
            # "Alan Beith – who chairs the committee – said": the subject before the aside between dashes
            i = self._token_at(sentence, aside.start()) - 1
        elif v >= 2 and self.text[tokens[v - 1].end : tokens[v].start].strip() == ",":
            # "Соколова, отвечая на вопрос журналистов, сказала": the participle's clause between commas.
            comma = self.text.rfind(",", sentence.start, tokens[v - 1].end)
            opening = self._token_at(sentence, comma + 1) if comma != -1 else None
            # "Swanson, who is a pastor at the church of Elizabeth, Colorado, slammed": a place's state or country
            # after its comma is part of the aside before it.
            if (
                opening is not None
                and opening == v - 1
                and opening > 1
                and tokens[opening].capitalized
                and tokens[opening - 1].capitalized
                and self.text[tokens[opening - 1].end : tokens[opening].start].strip() == ","
            ):
                comma = self.text.rfind(",", sentence.start, tokens[opening - 1].end)
                opening = self._token_at(sentence, comma + 1) if comma != -1 else None
            # Or a prepositional phrase or a relative clause between commas ("Clinton, at a later press
            # gaggle, said", "Christie, who has campaigned for Trump, blasted").
            aside = opening is not None and (
                tokens[opening].norm in PREPOSITIONS or tokens[opening].norm in RELATIVE_PRONOUNS
            )
            # Before a participle, an apposition too ("said Heidi Cullen, chief scientist for X, adding that").
            before_comma = by_last.get(opening - 1) if opening is not None and opening > 0 else None
            aged = opening is not None and opening > 1 and tokens[opening - 1].text.isdigit()
            if before_comma is None and aged and self.text[tokens[opening - 2].end : tokens[opening - 1].start] == ", ":
                before_comma = by_last.get(opening - 2)  # "Ramil Carr, 31, a freelance photographer, said": an age
            # Before a finite verb, an apposition that opens with an article ("Mike Morrell, a former veteran of
            # the CIA who retired in 2013, said"), its relative clause's verb allowed.
            relative = next((k for k in range(opening or 0, v) if tokens[k].norm in RELATIVE_PRONOUNS), v)
            aside = (
                aside
                or (
                    before_comma is not None
                    and (
                        self._participle(tokens[v])
                        or tokens[opening].norm in ("a", "an", "the")
                        # (or a British title without its article: "Mr Johnson, MP for Henley, said")
                        or self._titled_apposition(sentence, opening)
                    )
                    and not before_comma.pronoun
                    and not self._in_phrase(sentence, before_comma)  # not "On Monday, …", "In Kyiv, …"
                    and (tokens[opening].norm in ARTICLES or bool(self._role_lemma(tokens[opening])))
                    and not any(self._finite_en(t) for t in tokens[opening : min(relative, v - 1)])  # an apposition
                )
            )
            # An English apposition on the object of a phrase inside an earlier apposition ("Geoff Garin, a
            # Democratic pollster who is working with Priorities USA, a pro-Clinton super PAC, said"): the earlier one.
            inner = (
                not aside
                and before_comma is not None
                and before_comma.first > 0
                and not is_cyrillic(tokens[v].text)
                and tokens[opening].norm in ("a", "an", "the")
                and tokens[before_comma.first - 1].norm in PREPOSITIONS
            )
            if inner:
                comma = self.text.rfind(",", sentence.start, tokens[before_comma.first].start)
                earlier = self._token_at(sentence, comma + 1) if comma != -1 else None
                if (
                    earlier is not None
                    and 0 < earlier < before_comma.first
                    and by_last.get(earlier - 1) is not None
                    and tokens[earlier].norm in ("a", "an", "the")
                ):
                    aside, opening, nested_aside = True, earlier, True
            if opening is not None and opening < v and (self._participle(tokens[opening]) or aside):
                i = before_comma.last - 1 if aged and aside and before_comma is not None else opening - 1
                relative_seen = tokens[opening].norm in RELATIVE_PRONOUNS
                # An English relative clause on the apposition before it ("Senator Richard Shelby, the Alabama
                # Republican who heads the Senate Banking Committee, which oversees the Fed, said"): both asides.
                if relative_seen and not is_cyrillic(tokens[v].text) and i > 0:
                    comma = self.text.rfind(",", sentence.start, tokens[i].start)
                    earlier = self._token_at(sentence, comma + 1) if comma != -1 else None
                    named = earlier is not None and earlier > 0 and by_last.get(earlier - 1) is not None
                    if named and tokens[earlier].norm in ("a", "an", "the") and earlier < i:
                        i = earlier - 1
        # "X veered close to an admission that soldiers had fought, saying": a participle's subject is the main
        # clause's, before the first "that"; not a subject inside the clause "that" opens.
        embedded = None  # (first, last) tokens of the clause "that" opens, up to its comma
        if self._participle(tokens[v]):
            that = next((k for k in range(1, v) if tokens[k].norm in COMPLEMENTIZERS and not tokens[k].in_quote), None)
            if that is not None:
                comma = self.text.find(",", tokens[that].end, tokens[v].start)
                last = self._token_at(sentence, comma) if comma != -1 else v
                embedded = (that, last)
        steps = 0
        while i >= 0 and steps < 20:
            token = tokens[i]
            steps += 1
            if embedded is not None and embedded[0] < i < embedded[1]:
                i -= 1
                continue
            if token.in_quote and not (i in by_last and by_last[i].quoted):
                if self._quoted_name_at(sentence, token.start):
                    i -= 1  # "Соколова в комментарии ‘’Радио Север’’ назвала": a quoted name, not quoted words
                    continue
                return None
            if (group := self._kind_of_people(sentence, i, v, by_last)) is not None:
                return group  # "EU negotiators said"; "many Carrier workers say": people of a kind, nobody named
            if (
                token.norm in PASSIVE
                and i == v - 1
                and not is_cyrillic(tokens[v].text)
                and tokens[v].norm.endswith("ing")
            ):
                i -= 1  # "Clinton is making clear that": the progressive, not the passive
                continue
            if token.norm in PASSIVE and i == v - 1:
                if tokens[v].norm not in CONVINCED:
                    return None  # "was told": the subject heard it
                i -= 1  # "is convinced that": the copula
                continue
            if i in by_last and self._in_party_tag(tokens[by_last[i].first]):
                i = by_last[i].first - 1  # "Sen. Chuck Schumer (D-N.Y.) said": the state, no speaker
                continue
            original = self._transliterated(sentence, by_last[i]) if i in by_last else None
            if (
                original is not None
                and self._agrees_with_verb(original, tokens[v])
                and not self._in_phrase(sentence, original)  # ("на пост госсекретаря Энтони Блинкен (Antony Blinken)")
            ):
                i = original.last - 1  # "Йозеф Зыцински (Jozef Zycinski) расценил": the name, not its spelling
                continue
            if i in by_last:
                mention = by_last[i]
                if mention.pronoun:
                    return mention
                modifier = self._genitive_modifier(sentence, mention)
                if modifier and mention.first and self._media_noun(tokens[mention.first - 1]):
                    modifier = False  # "Телеканал НТВ сообщил": the outlet by its name, no owner
                if modifier and complement_end is None:
                    complement_end = mention.last
                # ("a reaction from Barack Obama, who called …", "від Андрія Петренка, який заявив": the relative
                # pronoun's antecedent, in a phrase or in another case)
                antecedent = (
                    relative_seen
                    and mention.last < v
                    # (not a body's "which": "the campaign of X, which said")
                    and tokens[mention.last].norm in RELATIVE_PRONOUNS - {"which"}
                    # (or a body the Cyrillic pronoun agrees with: "реакция последовала от Сбербанка, который заявил")
                    and (self._person_like(sentence, mention) or self._relative_body(sentence, mention, v))
                    # (not a phrase on a word for a person: "the lawyer for X, who said" is the lawyer)
                    and not (
                        mention.first >= 2
                        and tokens[mention.first - 1].norm in PREPOSITIONS
                        and (
                            self._role_lemma(tokens[mention.first - 2]) or self._person_noun(tokens[mention.first - 2])
                        )
                    )
                )
                if (
                    tokens[mention.last - 1].norm.endswith(POSSESSIVE_ENDINGS)
                    or not (antecedent or self._agrees_with_verb(mention, tokens[v]))
                    or self._one_person_for_plural(sentence, mention, tokens[v])
                    or modifier
                    or self._institution_name(sentence, mention)
                    or self._in_first_clause(tokens, mention, v)
                ):
                    # "Myanmar's elections": an owner; "поблагодарил Джонсона и назвал": an object;
                    # "Секретар Ради безпеки РФ заявив": whose secretary, not who spoke.
                    i = mention.first - 1
                    continue
                between = self.text[tokens[mention.last - 1].end : tokens[v].start]
                # Not a subject: a name in a prepositional phrase ("speaking in Brussels, said") or in a
                # clause of its own ("After meeting Putin, X said"); the subject may be further back.
                before = self.text[sentence.start : tokens[mention.first].start].rstrip()
                appositive = between.strip() == "," and before.endswith(",")  # "The leader, Zelensky, said"
                # A person's name right before the verb is its subject even after a title with a prepositional
                # phrase ("Зампред комитета по международным делам Олег Иванов считает").
                previous = tokens[mention.first - 1].norm if mention.first else ""
                titled = (
                    mention.last == v
                    and previous not in PREPOSITIONS
                    and previous not in CONJUNCTIONS
                    and not mention.role
                    and self._person_like(sentence, mention)
                )
                # "The poll comes after Jack Straw said …": "after" opens a clause whose subject the name is
                titled = titled or (
                    mention.last == v
                    and previous in EN_CLAUSE_PREPOSITIONS
                    and not is_cyrillic(tokens[v].text)
                    and not tokens[v].norm.endswith("ing")
                    and (v + 1 >= len(tokens) or tokens[v + 1].norm not in ("to", "by"))  # (not "said to be")
                    and self._person_like(sentence, mention)
                )
                if (titled or antecedent or not self._in_phrase(sentence, mention)) and (
                    relative_seen
                    or nested_aside
                    or appositive
                    or self._participle(tokens[v])
                    or between.count(",") % 2 == 0
                    or _AGE.sub("", between).count(",") % 2 == 0  # "Ramil Carr, 31, a photographer, said"
                    # ("Rachel Berg, a philanthropist from Monsey, New York, said": the city's state)
                    or _without_regions(between).count(",") % 2 == 0
                ):
                    if (
                        complement_end
                        and mention.speaker_id is None
                        and all(self._adjacent(tokens, k) for k in range(mention.last, complement_end))
                        # (not across a predicate: "Бельгія приєднується до … резолюції ООН та вимагає")
                        and not any(self._verb_token(t) for t in tokens[mention.last : complement_end])
                    ):
                        # "Рада безпеки РФ заявила": the body with its complement.
                        end = tokens[complement_end - 1].end
                        text = self.text[tokens[mention.first].start : end]
                        return Mention(mention.first, complement_end, text, role=mention.role)
                    return self._coordinated(sentence, mention)
                i = mention.first - 1
                continue
            if token.norm in RELATIVE_OBLIQUE and i > 0 and tokens[i - 1].norm in PREPOSITIONS:
                # "на котором рабочие заявили": the clause's own subject, nobody before it
                if any(
                    any(p.tag.POS == "NOUN" and p.tag.case in (None, "nomn") for p in self._parses(t)[:2])
                    for t in tokens[i + 1 : v]
                ):
                    return None
                relative_seen = True
            if token.norm in RELATIVE_PRONOUNS:
                relative_seen = True
            elif token.norm in GENERIC or self._media(token):
                return None
            elif (
                (token.norm in ROLE_WORDS or token.norm.removesuffix("s") in ROLE_WORDS)
                and i == v - 1
                and not token.capitalized
                and not self.text[token.end : tokens[v].start].strip()
            ):
                return None  # "the minister said": nobody named (not "X, the minister, said")
            if any(ch in ";:" for ch in self.text[token.end : tokens[i + 1].start]):
                return None
            i -= 1
        return None

    def _transliterated(self, sentence: Sentence, mention: Mention) -> Mention | None:
        """The Cyrillic name a Latin-script name in brackets right after it spells ("Йозеф Зыцински (Jozef
        Zycinski)"), else None."""
        tokens = sentence.tokens
        if mention.first == 0 or is_cyrillic(mention.text) or mention.pronoun:
            return None
        if any(t.acronym for t in tokens[mention.first : mention.last]):
            return None  # "комитет … Великобритании (JCVI)": the body's acronym, not a spelling of the word before
        opening = self.text[tokens[mention.first - 1].end : tokens[mention.first].start].strip()
        closing_at = tokens[mention.last - 1].end
        if opening != "(" or self.text[closing_at : closing_at + 1] != ")":
            return None
        original = next(
            (m for m in sentence.mentions if m.last == mention.first and is_cyrillic(m.text) and not m.pronoun), None
        )
        if original is not None and mention.speaker_id is not None and original.speaker_id is None:
            return None  # (the known speaker is found by the spelling)
        return original

    def _kind_of_people(self, sentence: Sentence, i: int, v: int, by_last: dict[int, Mention]) -> Mention | None:
        """The subject when token i, right before the verb at v (adverbs aside), is a lowercase English plural noun
        that the name before it modifies: the body's people as a group ("EU negotiators said", "Manhattan
        prosecutors said"), or people of a kind, a phrase with no name that names nobody ("many Carrier workers
        say", "Social conservatives say" with "social" a word of the text). None otherwise, and for a body's
        officials or staff (ORG_NOUNS: "Myanmar officials" is the body's own mention)."""
        tokens = sentence.tokens
        token = tokens[i]
        if i == 0 or is_cyrillic(token.text) or token.capitalized or token.in_quote or not token.norm.isalpha():
            return None
        if tokens[v].norm.endswith("ing"):
            return None  # ("Trump avoids condemning …": a verb before the participle, no noun)
        if any(t.norm not in SKIP for t in tokens[i + 1 : v]) or self.text[token.end : tokens[v].start].strip(" "):
            return None  # (not "Ruhle pressed Flynn on Russia issues, citing …")
        plural = len(token.norm) >= 4 and token.norm.endswith("s") and not token.norm.endswith(("ss", "us", "is"))
        if not plural or token.norm in EN_S_WORDS or token.norm in ORG_NOUNS:
            return None
        modifier = by_last.get(i - 1)
        if modifier is None or modifier.pronoun or not self._adjacent(tokens, i):
            return None
        first = modifier.first
        quantified = (first > 0 and tokens[first - 1].norm in GENERIC | QUANTIFIERS) or (
            tokens[first].norm in GENERIC | QUANTIFIERS  # ("Several Millikin fans": one capitalised run)
        )
        common = first == 0 and not tokens[first].acronym and self._common_word(tokens[first])
        if quantified or common or token.norm in PEOPLE_OF_A_KIND:
            return Mention(i, i + 1, token.text)  # no name in it: nobody in particular
        return Mention(first, i + 1, self.text[tokens[first].start : token.end], kind="organization")

    def _coordinated(self, sentence: Sentence, mention: Mention) -> Mention:
        """ "Китай та Росія", "Putin and Xi", "the Foreign Office and the Treasury": a joint subject is one
        phrase, not its last name; its `parts` are the two mentions."""
        tokens = sentence.tokens
        i = mention.first - 1
        if i >= 1 and tokens[i].norm in ARTICLES and self._adjacent(tokens, mention.first):
            i -= 1  # "… and the Department of …"
        elif not (i >= 1 and self._adjacent(tokens, mention.first)):
            return mention
        if tokens[i].norm not in COORDINATORS or not self._adjacent(tokens, i + 1):
            return mention
        other = next((m for m in sentence.mentions if m.last == i and not (m.pronoun or m.role)), None)
        if other is None or not self._adjacent(tokens, i) or mention.role:
            return mention
        if not (self._all_nominative(sentence, other) and self._all_nominative(sentence, mention)):
            return mention  # "Института США и Канады": whose, not who (a joint subject is in the nominative)
        if mention.last < len(tokens) and self._adjacent(tokens, mention.last) and tokens[mention.last].capitalized:
            return mention  # "Xi Jinping and Secretary of State John Kerry": a title, its name after it
        text = self.text[tokens[other.first].start : tokens[mention.last - 1].end]
        return Mention(other.first, mention.last, text, parts=(other, mention))

    def _joint(self, s: int, mention: Mention, position: int) -> tuple | None:
        """The joint speaker of a coordinated subject: each part resolved on its own (known speakers
        included), kept in `joints`; None when a part names nobody."""
        members = []
        for part in mention.parts:
            member = self._speaker_of(s, part, position) if self._acceptable(self.sentences[s], part) else None
            if not member or not member[0]:
                return None
            members.append(member)
        kinds = {member[2] for member in members}
        joint = (mention.text, None, kinds.pop() if len(kinds) == 1 else None)
        self.joints[joint] = members
        return joint

    def _group_anaphor(self, s: int, words: list[Token], position: int) -> tuple | None:
        """The organisations named together last ("the two agencies", "обох відомств") as a joint speaker."""
        if not words or not self.named_together:
            return None
        head = words[-1]
        plural_lemmas = (
            {p.normal_form for p in self._parses(head)[:2] if "plur" in p.tag} if is_cyrillic(head.text) else ()
        )
        if head.norm not in GROUP_ANAPHORS and not GROUP_ANAPHORS.intersection(plural_lemmas):
            return None
        before = [(k, m) for k, m in self.named_together if self.sentences[k].tokens[m.first].start < position]
        if not before:
            return None
        k, mention = before[-1]
        if any(self._person_name(self.sentences[k], part) or part.kind == "person" for part in mention.parts):
            return None  # "обох відомств": organisations, not the two people named together before
        return self._joint(k, mention, position)

    def _subject_after(self, s: int, v: int) -> Mention | None:
        """The subject of an inverted attribution: "said Putin", "- заявив речник Кремля Дмитро Пєсков".

        Only titles may stand between the verb and the name, and the name ends the clause.
        """
        sentence = self.sentences[s]
        tokens = sentence.tokens
        if (authorities := self._authorities_after(sentence, v)) is not None:
            return authorities
        by_first = {m.first: m for m in sentence.mentions}
        skipped_phrase = False
        titled_name = None  # the name a title leads to: the title's own commas and brackets are behind it
        title_role = None  # the role mention that title opened
        i, limit = v + 1, v + 8
        # "Об этом сообщает в четверг, 9 апреля, пресс-служба ведомства": a date between commas before the subject
        j = v + 1
        while j < len(tokens) and j < v + 8 and not tokens[j].in_quote and self._date_word(tokens[j]):
            j += 1
        dated = any(t.text.isdigit() for t in tokens[v + 1 : j])
        if dated and v + 2 < j < len(tokens) and self.text[tokens[j - 1].end : tokens[j].start].strip() == ",":
            i = titled_name = j
            limit = j + 7
        # "», - сказал, в частности, Расмуссен": a parenthetical word between commas before the subject
        aside = PARENTHETICAL_AFTER_VERB.match(self.text, tokens[v].end) if v + 1 < len(tokens) else None
        if aside is not None:
            j = self._token_at(sentence, aside.end())
            if v + 1 < j < len(tokens):
                i = titled_name = j
                limit = j + 7
        after_phrase = None  # where a prepositional phrase right after the verb ends
        phrase_limit = v + 7
        told = self._quoted_addressee_end(sentence, i) if i == v + 1 or i == titled_name else None
        if told is not None:
            i = titled_name = told  # "сообщил «Интерфаксу» информированный источник": to whom, then who
            limit = told + 7
        while i < len(tokens) and i <= limit:
            token = tokens[i]
            quoted_name = i in by_first and by_first[i].quoted  # '- отметил "Нафтогаз"'
            gap = "" if i == titled_name else self.text[tokens[i - 1].end : token.start]
            if any(ch in ",;:()" for ch in gap) or (token.in_quote and not quoted_name):
                return None
            if token.norm in RELATIVE_PRONOUNS and not is_cyrillic(token.text):
                return None  # '”, said a man who represents Atlantic City': a name in his relative clause is not him
            if i in by_first:
                mention = by_first[i]
                owner_of = next((m for m in sentence.mentions if m.last == i and m.role), None)
                if owner_of is not None and owner_of.role.partition("|")[0] in REPRESENTATIVE_ROLES:
                    owner_of = None  # ("— сказав представник Hyundai": the company's representative, as written)
                if (
                    owner_of is not None
                    and owner_of.first > v
                    and not is_cyrillic(token.text)
                    and self._adjacent(tokens, i)
                    and not (mention.pronoun or mention.role or self._person_like(sentence, mention))
                    and (mention.last == len(tokens) or self._phrase_ends_clause(sentence, mention.last))
                ):
                    return owner_of  # "», — отметил гендиректор StartTrack": the company's head, not the company
                if i > v + 1 and self._dative_outlet_noun(tokens[i - 1]) and not mention.pronoun:
                    i = mention.last  # "розповіла виданню Axios … Саманта Пауер": to whom she told it
                    continue
                if (titled := self._english_title_after_place(sentence, mention)) is not None:
                    i = limit = titled  # '" said former Utah governor Michael Leavitt': the place's governor
                    continue
                # A name after a noun and an adjective that cannot be nominative is in the adjective's case
                # ("півзахисник луганської «Зорі» Олександр Караваєв"): the noun's complement, whatever else the name
                # may read as (not "заявили в молдавском МИДе": a place, no noun before).
                oblique_adjective = (
                    i > v + 2
                    and self._noun_before_name(tokens[i - 2])
                    and is_cyrillic(tokens[i - 1].text)
                    and self._adjective(tokens[i - 1])
                    and not self._nominative_adjective(tokens[i - 1])
                )
                complement = (
                    i > v + 1
                    and not mention.role
                    and (
                        oblique_adjective
                        or (
                            self._noun_before_name(tokens[i - 1])
                            # (a body's acronym reads as any case: its head says it, "Института США")
                            and (
                                not self._can_be_subject(sentence, mention)
                                or (tokens[mention.last - 1].acronym and self._oblique_word(tokens[i]))
                                # ("— рассказал сын Ивана Петрова": "Ивана Петрова" is no woman who told it)
                                or not self._nominative_of_gender(mention, tokens[v])
                            )
                        )
                    )
                )
                # "заступник голови Комітету ВР з питань бюджету Андрій Петренко", "глава комитета Совета Федерации по
                # международным делам Григорий Карасин": a title's body, then the person who holds it.
                title_body = (
                    i > v + 1
                    and not mention.role
                    and is_cyrillic(token.text)
                    and not tokens[i - 1].capitalized
                    and (bool(self._role_lemma(tokens[i - 1])) or self._noun_before_name(tokens[i - 1]))
                    and not self._person_like(sentence, mention)
                    and not self._after_preposition(tokens, i - 1)  # (not "до директора ФБР Крістофера Рея": whom)
                    # (a role heads it: not "звинуватили офіцерку резерву армії США …", "керівництво США Джона Смита")
                    and self._role_headed_title(tokens, i - 1)
                )
                # "— рассказал менеджер Плющенко Ари Закарян": a title, whose it is (a name that reads in every case),
                # then the holder's own name with a first name in the nominative
                holder_after = next(
                    (
                        m
                        for m in sentence.mentions
                        if m.first == mention.last
                        and i > v + 1
                        and is_cyrillic(token.text)
                        and (self._role_lemma(tokens[i - 1]) or self._noun_before_name(tokens[i - 1]))
                        and self._adjacent(tokens, m.first)
                        and not m.pronoun
                        and self._first_name(tokens[m.first])
                        and not self._oblique_first_name(tokens[m.first])
                    ),
                    None,
                )
                if holder_after is not None and not complement:
                    i = limit = holder_after.first
                    continue
                if complement or title_body:
                    # "підтвердив перемогу Байдена": whose victory, the object's complement; "розповідає мама Андрія
                    # Ольга", "пояснил обозреватель Института США и Канады РАН Олег Иванов": the name after it.
                    later = next(
                        (
                            m
                            for m in sentence.mentions
                            if mention.last <= m.first <= mention.last + 3
                            and not any(ch in ",;:" for ch in self.text[tokens[i].end : tokens[m.first].start])
                            and not m.pronoun
                            and self._can_be_subject(sentence, m)
                            and not self._oblique_word(tokens[m.first])
                        ),
                        None,
                    )
                    named = (
                        later is not None
                        and (
                            self._person_like(sentence, later)
                            or self._first_name(tokens[later.first])
                            # (a foreign name the dictionaries do not know: "… НПС Висам Альхамиди.")
                            or (
                                later.last - later.first >= 2
                                and all(t.capitalized and not t.acronym for t in tokens[later.first : later.last])
                                and (
                                    later.last == len(tokens)
                                    or any(
                                        ch in ",.;("
                                        for ch in self.text[tokens[later.last - 1].end : tokens[later.last].start]
                                    )
                                )
                            )
                        )
                    )
                    if later is not None and (complement or named):
                        i = limit = later.first
                        continue
                    if complement and title_role is not None and self._place(sentence, mention):
                        # "— заявил представитель правительства Чили": no name after the title's place, the
                        # role is who spoke
                        return title_role
                    if complement:
                        return None
                    if (
                        title_role is not None
                        and later is None
                        and mention.last == len(tokens)
                        and (
                            self._body_in_genitive(tokens[mention.last - 1])
                            or (title_body and self._body_words(mention, tokens))
                        )
                    ):
                        # "— рассказал глава Россотрудничества.", "- зауважив президент Євроради.": the head, whoever
                        # the text named
                        return title_role
                if (
                    i > v + 1
                    and tokens[mention.first].acronym
                    and is_cyrillic(token.text)
                    and self._noun_before_name(tokens[i - 1])
                    and not self._kind_noun(tokens[i - 1])
                    # (not a name after the acronym when a role heads the title: "представитель военного
                    # командования НПС Висам Альхамиди")
                    and (mention.last - mention.first == 1 or not self._role_headed_title(tokens, i - 1))
                    # (not people: "— повідомили рятувальники ДСНС", "— заявили эксперты МАГАТЭ")
                    and all("inan" in p.tag for p in self._parses(tokens[i - 1])[:1])
                    and tokens[i - 2].norm not in PREPOSITIONS  # ("в эфире CNN": where, then who)
                ):
                    # "критикував військове керівництво США": whose leadership, and no name after it is the verb's
                    # subject ("звинуватили офіцерку резерву армії США Тулсі Габбард": whom); not "повідомило
                    # агентство ТАСС", a body's kind and its name
                    return None
                owned_title = next(
                    (
                        m
                        for m in sentence.mentions
                        if mention.last <= m.first <= mention.last + 4
                        and m.role
                        and all(not t.capitalized for t in tokens[mention.last : m.first])
                    ),
                    None,
                )
                if (
                    not is_cyrillic(token.text)
                    and tokens[mention.last - 1].norm.endswith(POSSESSIVE_ENDINGS)
                    and owned_title is not None
                ):
                    # '”, said Clinton's top foreign policy aide Jake Sullivan': whose aide, then the aide
                    i = owned_title.first
                    continue
                if (
                    not is_cyrillic(token.text)
                    and tokens[mention.last - 1].norm.endswith(POSSESSIVE_ENDINGS)
                    and mention.last < len(tokens)
                    and not tokens[mention.last].capitalized
                    and self._adjacent(tokens, mention.last)
                ):
                    return None  # '”, exhorted Clinton's introducer, actress …': whose introducer, not Clinton
                by_address = _DOMAIN_END.match(self.text, tokens[mention.last - 1].end) is not None
                outlet = by_address or self._media_source(sentence, mention)
                # (or a body's or a place's: '”, said White House spokesman Josh Earnest', "MSNBC host Chris Matthews")
                owner = not (mention.pronoun or mention.role or self._person_like(sentence, mention))

                after_outlet = (
                    (outlet or owner)
                    and next(
                        (
                            m
                            for m in sentence.mentions
                            if mention.last <= m.first <= mention.last + 2
                            and (outlet or m.first > mention.last or m.role)
                            and (
                                all(
                                    self._role_lemma(t)
                                    or self._person_noun(t)
                                    or (outlet and self._after_address_token(t))
                                    for t in tokens[mention.last : m.first]
                                )
                                or (outlet and self._role_adjectives(tokens, mention, m))
                            )
                            and not m.pronoun
                            and self._can_be_subject(sentence, m)
                            # (or a role: "— заявил РБК эксперт")
                            and (
                                self._person_like(sentence, m)
                                or (
                                    m.role
                                    and (
                                        m.first == mention.last
                                        or (outlet and self._role_adjectives(tokens, mention, m))
                                    )
                                    # ('– сказав "Укрінформу" економіст': the outlet's closing mark between)
                                    and not any(
                                        self.text[tokens[k - 1].end : tokens[k].start].strip(' \u00a0"”»')
                                        for k in range(mention.last, m.first + 1)
                                    )
                                )
                            )
                        ),
                        None,
                    )
                )
                if after_outlet:
                    # "- сказал новостному порталу X.MD Анатолий Топал": to whom, then who
                    i = limit = after_outlet.first
                    continue
                following = by_first.get(mention.last)
                if (
                    i == v + 1
                    and is_cyrillic(token.text)
                    and not (mention.pronoun or mention.role)
                    and following is not None
                    and not following.pronoun
                    and self._adjacent(tokens, mention.last)
                    and not self._can_be_subject(sentence, mention)
                    and self._can_be_subject(sentence, following)
                ):
                    i = limit = following.first  # "— сказав Зеленському Байден": whom it was told, then who
                    continue
                if mention.role:
                    # "заявив міністр закордонних справ Угорщини Петер Сійярто": the name after the title.
                    # Not the role's genitive complement ("представник Мінфіну": whose representative); a
                    # person's name after the complement first ("голова правління Фонду ... Ірина X").
                    after_title = [
                        m
                        for m in sentence.mentions
                        # (after a role with its complement, a phrase: "заместитель директора «X» по связям с
                        # общественностью Y")
                        if i < m.first <= max(i + 6, mention.last + 5)
                        and not (m.pronoun or m.role or m.quoted)  # ("голова фракції «Єдність»": whose head)
                        # ('said an attorney who represents Elon Musk': a name in the role's relative clause)
                        and not any(t.norm in RELATIVE_PRONOUNS for t in tokens[i : m.first])
                        and not self._complement_word(sentence, m)
                        and not (m.entered and not self._can_be_subject(sentence, m))  # "эксперт Московского центра"
                        # ("советник Дональда Трампа": whose adviser, in the genitive)
                        and not self._oblique_first_name(tokens[m.first])
                    ]
                    # The first person named after the role outside a prepositional phrase ("бывший эксперт ГЭЦ
                    # при Минздраве Федор Лапий"; not "Дмитро Кулеба після розмови з Ентоні Блінкеном").
                    people = [
                        m
                        for m in after_title
                        if self._person_like(sentence, m) and tokens[m.first - 1].norm not in PREPOSITIONS
                    ]
                    later = (people or after_title or [None])[0]
                    if later and self._title_gap(sentence, i, later):
                        i = limit = titled_name = later.first
                        title_role = mention
                        continue
                # "заявили Олена Коваль та Петро Мельник": both of them.
                mention = next(
                    (
                        joint
                        for other in sentence.mentions
                        if other.first > mention.first
                        and (joint := self._coordinated(sentence, other)).parts
                        and joint.parts[0] is mention
                    ),
                    mention,
                )
                # "повідомило Міністерство охорони здоров'я й оголосило": the body with its genitive complement.
                complement = mention.last
                unknown_body = mention.speaker_id is None and not (mention.role or mention.pronoun or mention.anaphor)
                if unknown_body and not self._person_like(sentence, mention):
                    complement = self._complement_end(tokens, mention.last)
                elif mention.role and is_cyrillic(token.text):
                    # "— сказал директор сети «Пятерочка» на встрече": whose director, with the body's quoted name
                    # (only then: "голова наглядової ради фонду" stays the role "голова")
                    end = self._complement_end(tokens, mention.last)
                    quoted = end < len(tokens) and any(o < tokens[end].start < c for o, c in sentence.quotes)
                    # (right after the role: not 'считает источник, "военным не обойтись …"', its quotation)
                    right_after = quoted and not self.text[tokens[end - 1].end : tokens[end].start - 1].strip()
                    if quoted and right_after and self.text[tokens[end].start - 1] in OPENERS:
                        while end < len(tokens) and tokens[end].in_quote:
                            end += 1
                        complement = end
                mention = self._with_complement(sentence, mention, complement)
                rest = tokens[mention.last :]
                # "…, повідомило міністерство й оголосило про …": a second verb of the same subject ends the name.
                coordinated = next(
                    (k for k, t in enumerate(rest[:-1]) if t.norm in COORDINATORS and self._say_verb(rest[k + 1])),
                    None,
                )
                # "— розповів депутат … Ігор Зінкевич і поділився світлинами": the same subject's next verb
                if (
                    coordinated is None
                    and len(rest) > 1
                    and rest[0].norm in COORDINATORS
                    and is_cyrillic(rest[1].text)
                    and any(p.tag.POS == "VERB" for p in self._parses(rest[1])[:1])
                ):
                    coordinated = 0
                clause_end = (
                    coordinated
                    if coordinated is not None
                    else next(
                        (
                            k
                            for k, t in enumerate(rest)
                            if any(
                                ch in ",;:(" + TERMINAL + DASHES  # ("пишет X (орфография автора)": an aside)
                                for ch in self.text[tokens[mention.last - 1 + k].end : t.start]
                            )
                        ),
                        len(rest),
                    )
                )
                # (in a Cyrillic text, after a phrase of time: "повідомляє у вівторок The Wall Street Journal")
                timed = (
                    self.language != "en"
                    and after_phrase is not None
                    and all(self._noun_lemmas(t) & CALENDAR_LEMMAS or t.norm in PREPOSITIONS for t in tokens[v + 1 : i])
                )
                if skipped_phrase and not is_cyrillic(token.text) and not timed:
                    # "said at a Washington event": the name qualifies the phrase's noun; "Asked … over the
                    # Scarborough Shoal - the admiral": a place; "said on Tuesday Peskov" is a person
                    gap = (
                        self.text[tokens[mention.last - 1].end : tokens[mention.last].start]
                        if mention.last < len(tokens)
                        else ","
                    )
                    qualifies = not gap.strip() and not tokens[mention.last].capitalized
                    person = mention.speaker_id is not None or mention.role or self._person_like(sentence, mention)
                    if qualifies or not person:
                        return None
                following = tokens[mention.last].norm if mention.last < len(tokens) else ""
                # (past a role's genitive complement, whom it was told: "заявил представитель прокуратуры области
                # корреспонденту")
                probe = self._complement_end(tokens, mention.last) if mention.role and is_cyrillic(token.text) else 0
                told = mention.last < probe < len(tokens) and tokens[probe].norm in LISTENERS
                # "сказав він на прес-конференції", "said Putin in Moscow", "said X as he left": the
                # name is the subject when an adverbial, not more of the clause, follows it.
                adverbial = mention.pronoun or following in PREPOSITIONS or following in ADVERBIAL_OPENERS
                # "— заявил Байден 17 сентября на встрече": a date after the name
                adverbial = adverbial or following[:1].isdigit() or following in CALENDAR
                # '”, said Sen. Jim Whelan who represents Atlantic City': a relative clause on the name
                adverbial = adverbial or (following in ("who", "whose") and not is_cyrillic(token.text))
                # "- говорил Собянин Путину в сентябре", "сказав він журналістам": whom it was said to.
                addressee = next((m for m in sentence.mentions if m.first == mention.last and not m.pronoun), None)
                adverbial = adverbial or following in LISTENERS or told
                adverbial = adverbial or (addressee is not None and not self._can_be_subject(sentence, addressee))
                # "- прокомментировал «Нафтогаз» информацию": right after the verb, before the verb's object.
                adverbial = adverbial or (
                    mention.first == v + 1 and mention.last < len(tokens) and self._object_noun(tokens[mention.last])
                )
                # "— рассказал Спыну своим не очень многочисленным поклонникам": a Cyrillic clause that goes on
                # without a verb goes on with the verb's own complements, not with more of the name's.
                adverbial = adverbial or (
                    is_cyrillic(token.text)
                    and not (mention.role or mention.anaphor)
                    and self._person_like(sentence, mention)
                    and not any(p.tag.POS in ("VERB", "INFN") for t in rest[:clause_end] for p in self._parses(t)[:1])
                )
                field = self._title_field_name(sentence, mention) if mention.role and following in ("по", "з") else None
                if field is not None:
                    # "заместитель директора «X» по связям с общественностью Алексей Жарич": the title's field, then
                    # who holds it
                    i = limit = titled_name = field.first
                    title_role = mention
                    continue
                if mention.role and (second := self._name_after_second_title(sentence, mention)) is not None:
                    return second  # "говорил вице-президент ФПА, президент Адвокатской палаты Москвы Сергей Зубков"
                return mention if clause_end <= 3 or adverbial else None
            if len(token.text) == 1 and token.capitalized and self.text[token.end : token.end + 1] == ".":
                i += 1  # an initial before the surname ("А. Петренко", "О. Иванов": not the preposition)
                continue
            if not is_cyrillic(token.text) and token.norm in ROLE_WORDS and self.text[token.end : token.end + 1] == ".":
                i += 1  # "said Rep. Gwen Moore", "said Mr. Putin": an abbreviated title before the name
                continue
            if token.norm in ("у", "в", "во") and i + 1 < len(tokens) and self._noun_lemmas(tokens[i + 1]) & BODY_NOUNS:
                return None  # "повідомили у прес-службі ОДА": the body that spoke (candidates._impersonal)
            if token.norm in PREPOSITIONS and not skipped_phrase and i + 1 < len(tokens):
                skipped_phrase = True  # "— написав у Telegram міністр ...", "said on Tuesday Peskov"
                subject = self._subject_behind_phrase(sentence, i, by_first)
                if subject is not None:
                    i = limit = subject
                    continue
                i += 2
                if i + 1 < len(tokens) and self._governed_noun(tokens[i]):
                    i += 1  # "— наголосила під час виступу голова ...": a noun the phrase governs
                # "— вспоминает о начале романтических отношений спортсмен": the phrase's oblique words
                while i + 1 < len(tokens) and i < phrase_limit and self._phrase_word(tokens[i]):
                    i += 1
                after_phrase = i
                if (
                    i + 2 < len(tokens)
                    and tokens[i].norm in ("с", "со", "з", "із", "with")
                    and tokens[i + 1].capitalized
                ):
                    i += 2  # "— пояснил в беседе с RT сотрудник ...": with whom the conversation was
                continue
            if token.capitalized and self._role_lemma(token) and self._title_before_known(sentence, i, by_first):
                i += 1  # "Про це заявив Прем’єр-міністр Денис Шмигаль": a capitalised title before the known name
                continue
            if token.capitalized or token.norm in PREPOSITIONS or token.norm in COMPLEMENTIZERS:
                return None
            if self._say_verb(token):
                return None
            if (
                i in (v + 1, after_phrase)
                and (person := self._person_noun_after(tokens, i))
                and self._phrase_ends_clause(sentence, person.last)
            ):
                return person  # "— продолжает ресторатор", "– каже пенсіонерка": someone by what they are
            if i == v + 1 and (person := self._described_person_after(sentence, i, tokens[v])):
                return person  # "— рассказала изданию одна 19-летняя кенийка"
            if i == v + 1 and (described := self._english_epithet_after(sentence, i)) is not None:
                return described  # '”, said the 30-year-old', '”, said the two-time champion': who was quoted before
            if i == v + 1 and self._plural_verb(tokens[v]) and (group := self._group_of_something_after(sentence, i)):
                return group  # "– задекларували організатори музею при його відкритті"
            i += 1
        return None

    def _after_address_token(self, token: Token) -> bool:
        """Whether the token is the last label of a site's address ("MD" of "Gagauzinfo.MD")."""
        return _DOMAIN_END.fullmatch(self.text, token.start - 1, token.end) is not None

    def _subject_behind_phrase(self, sentence: Sentence, i: int, by_first: dict[int, Mention]) -> int | None:
        """Where the subject of an inverted verb starts behind a longer Cyrillic prepositional phrase: the first
        role noun in the nominative, or name that can be a subject, after the phrase's own nouns in other cases
        ("— написал в колонке для Московского центра Карнеги гендиректор РСМД Андрей Кортунов", "— заявил в
        утренней телепередаче ZDF Morgenmagazin известный в Германии политик Карл Лаутербах")."""
        tokens = sentence.tokens
        if not is_cyrillic(tokens[i].text):
            return None
        for j in range(i + 2, min(i + 12, len(tokens))):
            token = tokens[j]
            if token.in_quote or any(ch in ",;:()" for ch in self.text[tokens[j - 1].end : token.start]):
                return None
            if self._say_verb(token) or token.norm in COMPLEMENTIZERS:
                return None
            if tokens[j - 1].norm in PREPOSITIONS:
                continue  # the object of a preposition is no subject
            if self._role_lemma(token, nominative=True):
                return j
            mention = by_first.get(j)
            if (
                mention is not None
                and is_cyrillic(token.text)
                and not (mention.pronoun or mention.role)
                and not self._noun_before_name(tokens[j - 1])  # "центра Карнеги": whose centre
                and self._person_like(sentence, mention)
                # every word of it ("до директора ФБР Крістофера Рея": "Рея" alone might be a nominative)
                and all(
                    self._can_be_subject(sentence, dataclasses.replace(mention, first=k, last=k + 1))
                    for k in range(mention.first, mention.last)
                    if tokens[k].capitalized
                )
            ):
                return j
        return None

    def _person_noun_before(self, sentence: Sentence, v: int) -> Mention | None:
        """A Cyrillic noun for one person (animate, singular, nominative) that opens the clause right before the
        verb of saying, with its adjectives, agreeing with a past verb's gender ("Пенсионерка рассказала",
        "Місцева мешканка розповіла"): the speaker, as what they are."""
        tokens = sentence.tokens
        k = v - 1
        if k < 0 or not is_cyrillic(tokens[k].text) or tokens[k].in_quote or not self._adjacent(tokens, v):
            return None
        person = self._person_noun(tokens[k])
        last = k + 1
        if (
            person is None
            and k > 0
            and self._adjacent(tokens, k)
            and not tokens[k].capitalized
            and self._genitive_noun(tokens[k])
            and not self._person_noun(tokens[k], any_case=True)
            and (person := self._person_noun(tokens[k - 1])) is not None
        ):
            k -= 1  # "Автор записи отметил": someone by what they are, with the genitive of what
        if person is None:
            return None
        first = k
        while first > 0 and self._adjacent(tokens, first) and self._adjective(tokens[first - 1]):
            first -= 1
        before = self.text[tokens[first - 1].end : tokens[first].start] if first else ""
        if (
            first
            and "," not in before
            and tokens[first - 1].norm not in CONJUNCTIONS
            and not self._opener(tokens, first)
        ):
            return None  # "сын пенсионерки рассказал": the noun is someone's complement, not the clause's start
        parse, lemma = person
        if not self._fits_verb_gender(parse, tokens[v]):
            return None
        return Mention(k, last, self.text[tokens[k].start : tokens[last - 1].end], role=lemma)

    def _opener(self, tokens: list[Token], first: int) -> bool:
        """Whether only words that open a clause stand before token `first`, from the sentence's start or its last
        comma: conjunctions, particles, adverbs, and a preposition with a pronoun ("При этом", "Вчера же")."""
        start = first
        while start > 0 and self._adjacent(tokens, start) and not tokens[start - 1].in_quote:
            start -= 1
        if start == first or start > 0 and "," not in self.text[tokens[start - 1].end : tokens[start].start]:
            return False
        if tokens[start].norm in ("о", "об", "про"):
            return False  # ("Об этом спортсмен написал": the formula of attribution, whoever the epithet stands for)
        return all(
            t.norm in SKIP | CONJUNCTIONS
            or any(
                p.tag.POS in ("CONJ", "PRCL", "ADVB", "PREP", "NPRO") or "Apro" in p.tag for p in self._parses(t)[:1]
            )
            for t in tokens[start:first]
        )

    def _fits_verb_gender(self, parse, verb: Token) -> bool:
        """Whether a noun's reading fits the gender a past verb shows ("рассказала … кенийка", not "рассказала …
        австриец"); any gender fits a verb that shows none."""
        genders = self._past_genders(verb)
        noun_gender = next((g for g in ("masc", "femn") if g in parse.tag), None)
        return not (len(genders) == 1 and noun_gender and noun_gender not in genders)

    def _outlet_subject(self, s: int, v: int):
        """(speaker, mention, inverted) when a bare Cyrillic noun for an outlet opens the clause right before the
        verb ("Газета отмечает, что", "Причем издание уточняет"): the outlet named before it; else None."""
        tokens = self.sentences[s].tokens
        k = v - 1
        while k > 0 and tokens[k].norm in SKIP:
            k -= 1
        if k < 0 or not is_cyrillic(tokens[k].text) or tokens[k].in_quote or not self._media_noun(tokens[k]):
            return None
        if not any("plur" not in p.tag and p.tag.case in (None, "nomn") for p in self._parses(tokens[k])[:2]):
            return None  # ("газеты пишут": several, none in particular)
        opens = all(
            t.norm in CONJUNCTIONS | SKIP
            or self._adverb(t)
            or any(p.tag.POS in ("CONJ", "PRCL") for p in self._parses(t))
            for t in tokens[:k]
        ) or ("," in self.text[tokens[k - 1].end : tokens[k].start])
        if not opens:
            return None  # ("сотрудник газеты", "главный редактор издания": someone of the outlet)
        outlet = self._outlet_named_before(s, k, subject=True)
        return (outlet, Mention(k, k + 1, tokens[k].text), False) if outlet else None

    def _one_of(self, sentence: Sentence, v: int) -> Mention | None:
        """ "Один из водителей рассказал", "— поинтересовался один из микроблогеров": one unnamed person of a
        group (a Cyrillic plural animate noun in the genitive, its adjectives before it), right before the verb of
        saying or right after it to the clause's end; the speaker, as the text describes them. Else None."""
        tokens = sentence.tokens
        for k in (v + 1, *range(max(0, v - 6), v - 2)):
            if k + 2 >= len(tokens) or tokens[k].norm not in ONE_OF or tokens[k + 1].norm not in OF_WORDS:
                continue
            if tokens[k].in_quote or not is_cyrillic(tokens[k].text):
                continue
            head = k + 2
            while head < len(tokens) and head < k + 5 and self._adjective(tokens[head]):
                head += 1
            if head >= len(tokens) or not all(self._adjacent(tokens, j) for j in range(k + 1, head + 1)):
                continue
            if not any(
                p.tag.POS == "NOUN" and {"anim", "plur", "gent"} <= p.tag.grammemes for p in self._parses(tokens[head])
            ):
                continue
            end = head + 1
            if k > v:
                # ("один из бывших сотрудников управления разведки СИБа": the group's genitive complement)
                while (
                    end < len(tokens)
                    and end < head + 5
                    and self._adjacent(tokens, end)
                    and (tokens[end].capitalized or any(p.tag.case == "gent" for p in self._parses(tokens[end])[:2]))
                ):
                    end += 1
                following = tokens[end] if end < len(tokens) else None
                gap = self.text[tokens[head].end : following.start] if following else ""
                if following is not None and not any(ch in gap for ch in ",;:" + TERMINAL + DASHES):
                    continue  # more of the phrase follows
            elif end != v or not self._adjacent(tokens, v):
                # ("Один из очевидцев в Пулково рассказал": where they were, between them and the verb)
                where = (
                    end + 1 < v <= end + 3 and tokens[end].norm in PLACE_PREPOSITIONS and tokens[end + 1].capitalized
                )
                if not where or not all(self._adjacent(tokens, j) for j in range(end, v + 1)):
                    continue
            before = self.text[tokens[k - 1].end : tokens[k].start] if k else ""
            opens = k == 0 or "," in before or tokens[k - 1].norm in CONJUNCTIONS | SKIP or self._adverb(tokens[k - 1])
            if k < v and not opens:
                continue  # ("сын одного из водителей": someone's relative; but "Вчера один из водителей")
            return Mention(k, end, self.text[tokens[k].start : tokens[end - 1].end])
        return None

    def _epithet_noun(self, token: Token) -> str:
        """The lemma of a lowercase Cyrillic noun for one person in any case ("предпринимателя", "англичанина"),
        no relation ("матери"); else ""."""
        person = self._person_noun(token, any_case=True)
        return "" if person is None or person[1] in RELATION_NOUNS else person[1]

    def _person_noun(self, token: Token, *, any_case: bool = False):
        """(parse, lemma) of a Cyrillic noun for one person the dictionary knows (animate, singular, nominative
        unless `any_case`, not a name, not people in general), else None."""
        if not is_cyrillic(token.text) or token.in_quote or token.norm in GENERIC:
            return None
        parse = self._parse(token)
        # (The Ukrainian dictionary leaves the singular untagged.)
        wanted = {"anim"} if any_case else {"anim", "nomn"}
        if parse is None or parse.tag.POS != "NOUN" or not wanted <= parse.tag.grammemes:
            return None
        if "plur" in parse.tag or {"Name", "Surn", "Patr"} & parse.tag.grammemes or not parse.is_known:
            return None
        if any(p.tag.POS != "NOUN" for p in self._parses(token) if p.is_known):
            return None  # "як", "при": a function word first of all
        return parse, normalize(parse.normal_form)

    def _person_noun_after(self, tokens: list[Token], i: int) -> Mention | None:
        """A lowercase Cyrillic noun for a person (animate, singular, nominative) right after an inverted verb of
        saying that ends its clause or is followed by an adverbial ("— продолжает ресторатор.", "— говорит
        медработник в Саратовской области"): the speaker, as what they are, whatever the role lexicon knows."""
        token = tokens[i]
        person = self._person_noun(token)
        if person is None or token.capitalized:
            return None
        last = i + 1
        if i + 1 < len(tokens) and tokens[i + 1].norm.startswith(token.norm[:3]) and person[1] in RELATION_NOUNS:
            return None  # "обвиняют друг друга": each other, nobody
        relation = person[1] in RELATION_NOUNS
        # "— рассказал сын Ивана Петрова", "— рассказала мать погибшего": whose relative, to the clause's end; "—
        # пишет автор статьи": the same for anyone, in lower case
        while last < len(tokens) and last < i + 6 and self._adjacent(tokens, last) and not self._say_verb(tokens[last]):
            if tokens[last].norm in PREPOSITIONS | COMPLEMENTIZERS or not is_cyrillic(tokens[last].text):
                break
            if not relation and tokens[last].capitalized and not tokens[last].in_quote:
                break
            if not (tokens[last].in_quote or any(p.tag.case == "gent" for p in self._parses(tokens[last])[:2])):
                break
            last += 1
        following = tokens[last] if last < len(tokens) else None
        gap = self.text[tokens[last - 1].end : following.start] if following else ""
        ends = following is None or any(ch in gap for ch in ",;:" + TERMINAL + DASHES)
        if not ends and following.norm not in PREPOSITIONS:
            return None  # "— сказал продавец Иван Петров": more of the phrase follows (the name, who spoke)
        end = tokens[last - 1].end
        end = next((c + 1 for o, c in self.quotes if o < end <= c), end)  # a quoted name's closing mark
        return Mention(i, last, self.text[token.start : end], role=person[1])

    def _described_person_after(self, sentence: Sentence, i: int, verb: Token) -> Mention | None:
        """A Cyrillic noun for a person after an inverted verb of saying, behind what describes them: the outlet told
        in the dative, an age, adjectives agreeing with it ("— рассказала изданию одна 19-летняя кенийка", "—
        отметил 23-летний австриец"); not when a name follows after a comma ("— комментирует украинский
        инфекционист, бывший эксперт центра Олег Иванов"); else None."""
        tokens = sentence.tokens
        k = i
        if k < len(tokens) and self._dative_outlet_noun(tokens[k]):
            k += 1  # (whom it was told is no part of who told it)
        first = k
        if k < len(tokens) and tokens[k].norm in ONE_OF:
            k += 1  # "одна 19-летняя кенийка": one of them
        hyphened = None
        if k < len(tokens) and tokens[k].text.isdigit() and self.text[tokens[k].end : tokens[k].end + 1] == "-":
            k = hyphened = k + 1  # the age's number, then its adjective ("21-летний")
        described = False
        while (
            k < len(tokens) and (k == hyphened or self._adjacent(tokens, k)) and self._nominative_adjective(tokens[k])
        ):
            if self._person_noun(tokens[k]) is not None:
                break  # (a noun first: "— отметил военный")
            k, described = k + 1, True
        if not described or k >= len(tokens) or not self._adjacent(tokens, k):
            return None
        person = self._person_noun_after(tokens, k)
        if person is None or not self._fits_verb_gender(self._person_noun(tokens[k])[0], verb):
            return None
        if not self._phrase_ends_clause(sentence, person.last):
            return None
        # (the mention is the noun, as for a role without its adjectives; what it says of them is in its text)
        text = self.text[tokens[first].start : tokens[person.last - 1].end]
        return Mention(k, person.last, text, role=person.role)

    def _english_epithet_after(self, sentence: Sentence, i: int) -> Mention | None:
        """An English description of the person the text is about, after an inverted verb of saying: "the" and their
        age or a word for what they are in sport or the arts ('”, said the 30-year-old', '”, says the two-time
        champion') up to the clause's end; as a pronoun, someone named before; else None."""
        tokens = sentence.tokens
        if i >= len(tokens) or is_cyrillic(tokens[i].text) or tokens[i].norm != "the":
            return None
        for k in range(i + 1, min(i + 6, len(tokens))):
            if (
                tokens[k].capitalized
                or self.text[tokens[k - 1].end : tokens[k].start].strip(" -")
                or tokens[k].in_quote
            ):
                return None
            aged = (tokens[k].norm == "old" and tokens[k - 1].norm == "year" and k - 2 > i) or (
                tokens[k].norm == "year-old" and k - 1 > i
            )
            if aged or tokens[k].norm in EN_SELF_EPITHETS:
                end = k + 1
                following = self.text[tokens[k].end : tokens[end].start] if end < len(tokens) else "."
                if (
                    end < len(tokens)
                    and not re.search(r"[,;:.!?]", following)
                    and tokens[end].norm not in PREPOSITIONS
                    and not self._say_verb(tokens[end])
                ):
                    return None  # (more of the phrase: "the 30 year old champion's coach")
                return Mention(i, end, self.text[tokens[i].start : tokens[k].end], pronoun=True)
        return None

    def _english_epithet_before(self, sentence: Sentence, v: int) -> Mention | None:
        """The same description opening the sentence right before the verb ("The world indoor champion said", "The
        30-year-old added"), as a pronoun; else None."""
        tokens = sentence.tokens
        if is_cyrillic(tokens[v].text) or tokens[0].norm != "the" or v > 6 or tokens[0].in_quote:
            return None
        described = self._english_epithet_after(sentence, 0)
        return described if described is not None and described.last == v else None

    def _group_of_something_after(self, sentence: Sentence, i: int) -> Mention | None:
        """A Cyrillic plural noun for people with the genitive complement that makes them a particular group, right
        after an inverted plural verb of saying ("— заявили організатори музею", "— отметили авторы исследования"):
        the speaker, as the text calls them; not people in general ("експерти", "люди"); else None."""
        tokens = sentence.tokens
        head = tokens[i]
        if not is_cyrillic(head.text) or head.capitalized or head.in_quote or head.norm in GENERIC:
            return None
        people = any(
            p.tag.POS == "NOUN" and {"anim", "plur", "nomn"} <= p.tag.grammemes and p.is_known and not is_name(p)
            for p in self._parses(head)[:1]
        )
        if not people or i + 1 >= len(tokens) or not self._adjacent(tokens, i + 1):
            return None
        last = i + 1
        while (
            last < len(tokens)
            and last < i + 4
            and self._adjacent(tokens, last)
            and is_cyrillic(tokens[last].text)
            and not tokens[last].capitalized
            and any(p.tag.case == "gent" and p.tag.POS in ("NOUN", "ADJF") for p in self._parses(tokens[last])[:1])
        ):
            last += 1
        if last == i + 1 or not any(p.tag.POS == "NOUN" for p in self._parses(tokens[last - 1])[:1]):
            return None
        if not self._phrase_ends_clause(sentence, last):
            return None
        return Mention(i, last, self.text[head.start : tokens[last - 1].end], group=True)

    def _phrase_ends_clause(self, sentence: Sentence, last: int) -> bool:
        """Whether a phrase ending before token `last` ends its clause: punctuation, a preposition or a date follows,
        and no name after a comma (an apposition that names the person)."""
        tokens = sentence.tokens
        following = tokens[last] if last < len(tokens) else None
        if following is None:
            return True
        gap = self.text[tokens[last - 1].end : following.start]
        if "," in gap:
            # (the apposition after the comma, to the next comma, subordinator or relative pronoun)
            if following.norm in COORDINATORS | SUBORDINATORS or RELATIVE_FORM.fullmatch(following.norm):
                return True  # "– каже пенсіонерка, яку підтримує Олена Бойко": her relative clause
            end = next(
                (
                    k
                    for k in range(last + 1, len(tokens))
                    if tokens[k].in_quote
                    or self._say_verb(tokens[k])
                    or tokens[k].norm in SUBORDINATORS
                    or RELATIVE_FORM.fullmatch(tokens[k].norm)
                    or re.search(r"[,;:.!?]", self.text[tokens[k - 1].end : tokens[k].start])
                ),
                len(tokens),
            )
            # (a name that ends the apposition, not the subject of a clause of its own: "…, и Олег Ким кивает")
            return not any(
                last <= m.first < end and m.last == end and self._person_like(sentence, m) for m in sentence.mentions
            )
        if any(ch in gap for ch in ';:.!?«"“'):
            return True
        if following.norm in PREPOSITIONS:
            # ("— уверен ведущий активист по борьбе с курением Олег Иванов": the name the phrase leads to)
            end = next(
                (
                    k
                    for k in range(last + 1, len(tokens))
                    if re.search(r"[,;:.!?]", self.text[tokens[k - 1].end : tokens[k].start])
                ),
                len(tokens),
            )
            if any(
                last < m.first < end and not m.pronoun and self._person_like(sentence, m) for m in sentence.mentions
            ):
                return False
        return following.norm in PREPOSITIONS or following.text[:1].isdigit()

    def _title_field_name(self, sentence: Sentence, role: Mention) -> Mention | None:
        """The person named right after a Cyrillic role's field ("по связям с общественностью", "з питань
        безпеки"): lowercase words with no verb or punctuation, then a person's name; else None."""
        tokens = sentence.tokens
        later = next((m for m in sentence.mentions if role.last + 1 < m.first <= role.last + 6 and not m.pronoun), None)
        if later is None or not (self._person_like(sentence, later) or self._first_name(tokens[later.first])):
            return None
        between = tokens[role.last : later.first]
        if any(t.capitalized or t.in_quote or not is_cyrillic(t.text) for t in between):
            return None
        if any(p.tag.POS in ("VERB", "INFN", "PRTF", "GRND") for t in between for p in self._parses(t)[:1]):
            return None
        if self.text[tokens[role.last - 1].end : tokens[later.first].start].strip(' \u00a0»”"') != " ".join(
            t.text for t in between
        ):
            return None  # (punctuation between)
        if not self._can_be_subject(sentence, later) or self._oblique_first_name(tokens[later.first]):
            return None  # ("по телефону Алексею Жаричу": to whom)
        if later.last - later.first < 2 or not self._first_name(tokens[later.first]):
            return None  # ("адвокат по делу Петрова": whose case, a surname alone in the genitive)
        return later if self._title_gap(sentence, role.first, later) else None

    def _title_gap(self, sentence: Sentence, role: int, later: Mention) -> bool:
        """Whether the words from the role at token `role` to the name `later` can be its title: no punctuation
        but commas that each open another title in the nominative ("інфекціоніст, колишній експерт центру Федір
        Лапій"), and then a name in the nominative; in English no preposition ("an adviser to")."""
        tokens, name = sentence.tokens, later.first
        # An acronym in brackets after the body's name is part of the title ("фонду прямих інвестицій (РФПІ)").
        between = ACRONYM_IN_BRACKETS.sub(" ", self.text[tokens[role].end : tokens[name].start])
        if any(ch in ";:()" for ch in between):
            return False
        if any(t.norm in PREPOSITIONS for t in tokens[role + 1 : name]) and not is_cyrillic(tokens[name].text):
            return False  # "the minister, an adviser to President X": whose adviser, not who spoke
        commas = [k for k in range(role + 1, name + 1) if "," in self.text[tokens[k - 1].end : tokens[k].start]]
        if (
            commas == [name]
            and not is_cyrillic(tokens[name].text)
            and later.last - later.first >= 2
            and all(t.capitalized and not t.acronym for t in tokens[later.first : later.last])
            # (a person's name, not a place or a body: "said the mayor, New York")
            and (tokens[later.first].norm in EN_MALE_NAMES | EN_FEMALE_NAMES or self._person_name(sentence, later))
            and (later.last == len(tokens) or self.text[tokens[later.last - 1].end : tokens[later.last].start].strip())
        ):
            return True  # '”, said the chancellor, Gordon Brown.': the role, then who holds it
        for k in commas:
            # Another title: a role in the nominative, after a status word at most ("колишній експерт"); not a
            # participle's phrase ("звертаючись до голови уряду Дениса Шмигаля").
            opening = tokens[k + 1] if tokens[k].norm in ROLE_STATUS and k + 1 < name else tokens[k]
            if not self._role_lemma(opening, nominative=True) and opening.norm not in ROLE_NOUNS:
                return False
        if commas and not is_cyrillic(tokens[name].text):
            # "the minister, a former adviser to President Joe Biden": whose adviser, not who spoke.
            return not any(t.norm in PREPOSITIONS for t in tokens[commas[0] : name])
        # The name is the subject: in the nominative ("бывший советник президента Владимира Зеленского" is not).
        return not commas or any("nomn" in p.tag or p.tag.case is None for p in self._parses(tokens[later.last - 1]))

    def _phrase_word(self, token: Token) -> bool:
        """A lowercase Cyrillic noun or adjective that cannot be nominative, not a role ("начале", "романтических")."""
        if token.capitalized or token.in_quote or not is_cyrillic(token.text) or self._role_lemma(token):
            return False
        parses = self._parses(token)[:3]
        return bool(parses) and all(p.tag.POS in ("NOUN", "ADJF") and p.tag.case not in ("nomn", None) for p in parses)

    def _governed_noun(self, token: Token) -> bool:
        """A lowercase Cyrillic noun in an oblique case that only a preposition's phrase governs ("під час
        виступу", "во время выступления"), not a role or a name."""
        if token.capitalized or not is_cyrillic(token.text) or self._role_lemma(token):
            return False
        parse = self._parse(token)
        return bool(parse and parse.is_known and parse.tag.POS == "NOUN" and parse.tag.case in ("gent", "loct", "ablt"))

    def _in_phrase(self, sentence: Sentence, mention: Mention) -> bool:
        """Whether the mention sits in a prepositional phrase ("with Putin", "між Росією та Китаєм"), or is the
        abbreviated state after a place in one ("of Ashton, Md., who …")."""
        i = mention.first - 1
        tokens = sentence.tokens
        # (or a state or nation after a city in one: "in Aurora, Colorado, in July", "from Monsey, New York, said")
        after = self.text[tokens[mention.last - 1].end : tokens[mention.last - 1].end + 12]
        region = (
            mention.text.lower() in EN_REGIONS
            and after.lstrip()[:1] in ",."
            # (not a subject with its apposition: "from Moscow, Georgia, a former Soviet republic, said")
            and not re.match(r",\s*(?:a|an|the|which|who|whose)\b", after)
        )
        if (
            i >= 0
            and (mention.last - mention.first == 1 or region)
            and self.text[tokens[i].end : tokens[mention.first].start].strip() == ","
            and (self.text[tokens[mention.first].end : tokens[mention.first].end + 2] == ".," or region)
        ):
            place = next((m for m in sentence.mentions if m.last - 1 == i and not m.pronoun), None)
            if place is not None and self._in_phrase(sentence, place):
                return True
        while i >= 0:
            token = sentence.tokens[i]
            gap = self.text[token.end : sentence.tokens[i + 1].start]
            # (a spaced dash between clauses too: "отношения обострились - Вашингтон обвинил")
            joined = not any(ch in ",;:()" for ch in gap) and not re.search(f"\\s[{DASHES}]", gap)
            if token.in_quote and not sentence.tokens[i + 1].in_quote:
                return False  # "“It is over,” Smith said": the quotation's last word is no preposition of his
            if token.norm in PREPOSITIONS:
                return True
            other = next((m for m in sentence.mentions if m.last - 1 == i and not m.pronoun), None)
            if joined and token.norm == "the" and not mention.role and self._noun_phrase_of_the(sentence, i):
                return True  # "X, the leader of the Public and Commercial Services Union said", "spoke about the EU"
            if joined and token.norm in COORDINATORS:
                i -= 1
            elif joined and other:
                if (
                    is_cyrillic(token.text)
                    and self._can_be_subject(sentence, mention)
                    and not self._can_be_subject(sentence, other)
                ):
                    return False  # "Возле Кремля Навальный заявил": the phrase ends before the subject
                lead = sentence.tokens[mention.first]
                if (
                    is_cyrillic(lead.text)
                    and all(t.acronym for t in sentence.tokens[other.first : other.last])
                    and mention.last - mention.first >= 2
                    and self._first_name(lead)
                    and any("nomn" in p.tag for p in self._parses(lead)[:2])
                ):
                    return False  # "Очільник місії в ОБСЄ Євгеній Цимбалюк": where the office is, then its holder
                i = other.first - 1  # "President Vladimir Putin", "Китай та Росія"
            else:
                return joined and self._after_noun_in_phrase(sentence, i)
        return False

    def _between_commas(self, sentence: Sentence, mention: Mention) -> bool:
        """Whether a comma stands right before the mention and right after it (an apposition)."""
        tokens = sentence.tokens
        if mention.first == 0:
            return False
        end = tokens[mention.last - 1].end
        before = self.text[tokens[mention.first - 1].end : tokens[mention.first].start].strip()
        return before == "," and self.text[end : end + 1] == ","

    def _opening_place(self, sentence: Sentence, mention: Mention) -> bool:
        """Whether an English name ends a short prepositional phrase that opens the sentence before a comma ("In
        downtown San Francisco, a group …"): where, for words in quote marks that no verb of saying governs (not
        "After the ruling Carla Ferstman, legal director …", a person)."""
        tokens = sentence.tokens
        return (
            0 < mention.first <= 3
            and tokens[0].norm in PREPOSITIONS
            and not is_cyrillic(tokens[0].text)
            and self.text[tokens[mention.last - 1].end : tokens[mention.last - 1].end + 1] == ","
            and not any(ch in ',;:()"“”' for ch in self.text[tokens[0].end : tokens[mention.first].start])
            and not self._person_like(sentence, mention)
        )

    def _noun_phrase_of_the(self, sentence: Sentence, i: int) -> bool:
        """Whether "the" at i follows "about", or "of" after a noun ("Mark Serwotka, the leader of the Public … Union
        said": the union is the leader's, not who spoke)."""
        tokens = sentence.tokens
        if i < 1 or tokens[i - 1].in_quote:
            return False
        if tokens[i - 1].norm == "about":
            return True
        # ("head of the International Cricket Council's unit, who …, said", "the text of the Act, arguing"; not
        # "Some of the Democrats said": who of them)
        noun = tokens[i - 2] if i >= 2 else None
        return (
            tokens[i - 1].norm == "of"
            and noun is not None
            and not noun.capitalized
            and noun.norm.isalpha()
            and noun.norm not in QUANTIFIERS | GENERIC | _EN_PARTITIVES
            # (not the sentence's subject itself: "The head of the Bank of England said", the body for want of one)
            and not (i == 3 and tokens[0].norm in ARTICLES)
        )

    def _after_noun_in_phrase(self, sentence: Sentence, i: int) -> bool:
        """Whether token i is the noun of a prepositional phrase inside a clause ("в интервью РИА Новости",
        "with junta leader Min Aung Hlaing"); a phrase opening the clause is an adverbial ("У понеділок"), and
        so is a preposition with a demonstrative ("Разом з тим", "при этом", "між тим")."""
        tokens = sentence.tokens
        if tokens[i].norm in DEMONSTRATIVES and i and tokens[i - 1].norm in PREPOSITIONS:
            return False
        for _ in range(2 if is_cyrillic(tokens[i].text) else 3):
            token = tokens[i]
            # (an acronym may qualify the noun after a title's adjective: "at fellow GOP contender Jeb Bush"; not
            # "After a round of talks EU negotiator Michel Barnier said")
            if token.acronym and i and tokens[i - 1].norm not in _TITLE_ADJECTIVES | PREPOSITIONS:
                return False
            if (token.capitalized and not token.acronym) or token.in_quote or token.norm in ENGLISH_FUNCTION_WORDS:
                return False
            if i == 0:
                return False
            previous = tokens[i - 1]
            if any(ch in ",;:()" for ch in self.text[previous.end : token.start]):
                return False
            if previous.norm in PREPOSITIONS:
                office = tokens[max(0, i - 4) : i - 1]  # (the office with its body: "уповноважений ВР з прав …")
                joined = all(self._adjacent(tokens, k) for k in range(max(1, i - 3), i))
                if previous.norm in TITLE_PREPOSITIONS and joined and any(self._role_lemma(t) for t in office):
                    return False  # "уповноважений з прав людини Дмитро Лубінець": the office's field, then the name
                opening = i - 1 == 0 or any(ch in ",;:()" for ch in self.text[tokens[i - 2].end : previous.start])
                return not opening
            i -= 1
        return False

    def _media(self, token: Token) -> bool:
        # ("ЗМІ", "СМИ", "интернет-СМИ"; not "космических", "змін": the letters inside another word)
        return token.norm in MEDIA or any(part in token.norm.split("-") for part in MEDIA_PARTS)

    def _mention_words(self, sentence: Sentence, mention: Mention) -> list[Token]:
        return sentence.tokens[mention.first : mention.last]

    def _acceptable(self, sentence: Sentence, mention: Mention, *, formula: bool = False) -> bool:
        """Whether a phrase names someone whose statements are tracked (not "experts", not the media).

        In source formulas ("according to X", "як повідомили X") a single unknown word must be a person's
        name: a lone Latin word or acronym there is most often a news outlet.
        """
        if mention.speaker_id is None and self._plural_source(sentence.tokens[mention.first]):
            return False  # "источники РБК", "собеседники издания", "джерела видання": unnamed plural sources
        if mention.speaker_id is not None or mention.pronoun or mention.role or mention.anaphor or mention.group:
            return True
        words = self._mention_words(sentence, mention)
        # A named outlet after the word for its kind ("газета The Washington Post") is someone.
        named_outlet = len(words) > 1 and self._media(words[0]) and all(w.capitalized for w in words[1:])
        # ... or an outlet's name in quote marks that has the word in it ("сообщает «Новая газета»")
        named_outlet = named_outlet or (mention.quoted and words[0].capitalized and len(words) > 1)
        # (nor a state agency by its field: "Державне агентство з питань кіно")
        fielded = mention.kind == "organization" and any(w.norm in FIELD_NOUNS for w in words)
        # (or by its own capitalised adjectives: "Європейське космічне агентство", not "інформаційне агентство")
        fielded = fielded or (
            mention.kind == "organization"
            and bool(mention.entered)
            and is_cyrillic(words[0].text)
            and words[0].capitalized
            and len(words) >= 3
            and not any(w.norm[:6] in NEWS_AGENCY_STEMS for w in words)
        )
        if any(w.norm in GENERIC or self._media(w) for w in words) and not (
            self._media_name(words) or named_outlet or fielded
        ):
            return False  # "experts", "the press"; not "Associated Press"
        # "Officials said": a word for a body with no name is nobody in particular.
        names = [w for w in words if w.capitalized and w.norm not in ROLE_WORDS and w.norm not in ORG_NOUNS]
        if not names and mention.kind == "organization" and mention.entered and words[0].norm in PRESS_SERVICES:
            return True  # "пресслужба глави держави": an office's press service (_press_service_of_role)
        if not names:
            capitalised = [w for w in words if w.capitalized and not w.acronym]
            if (
                len(capitalised) >= 2
                and not is_cyrillic(words[0].text)
                and all(w.capitalized or w.norm in CONNECTORS for w in words)
                and any(w.norm in ORG_NOUNS for w in capitalised)
            ):
                return True  # "The Ministry of Defence said", "the Foreign Office": a body's proper name
            # "По версии следствия", "за даними поліції", "согласно прогнозу правительства": the state's body
            # (a ministry, an administration or a mayor's office with whose it is: "по данным администрации региона")
            whose = len(words) >= 2 or not self._noun_lemmas(words[0]) & COMPLEMENTED_BODIES
            return formula and len(words) <= 3 and is_cyrillic(words[0].text) and self._state_body(words[0]) and whose
        if formula and len(words) == 1 and not self._media_name(words):
            # A person's name or a word of the language ("у Кремлі"), not an unknown Latin word ("Vexa"),
            # unless the text names someone in full with it ("Dmitry Peskov … according to Peskov").
            if words[0].norm in self._surnames:
                return True
            if names[0].norm in PLATFORMS:
                return False  # "— повідомили в Telegram": where it was posted
            if (
                (names[0].acronym or not is_cyrillic(names[0].text) or names[0].in_quote)
                and mention.kind == "organization"
                and mention.entered
            ):
                # "У МЗС заявили", "— повідомили в Ryanair", "В «Евразе» отметили": a body's acronym, Latin name or
                # name in quote marks where it spoke (candidates._impersonal); an outlet is cited without "в"
                return True
            acronym = self._parse(names[0])
            body = acronym is None or not acronym.is_known or "Orgn" in acronym.tag.grammemes  # (not "ВВП", "ДТП")
            # (the Ukrainian dictionary tags no body as one: an abbreviation that names no thing is one)
            # (after "за даними", "за інформацією": not "Як повідомляв УНН", an agency recalling its news)
            data = mention.first > 0 and sentence.tokens[mention.first - 1].norm in ("даними", "інформацією")
            body = body or (
                data
                and self._dictionary_language() == "uk"
                and "Abbr" in acronym.tag
                and names[0].norm not in THING_ACRONYMS
            )
            if names[0].acronym and is_cyrillic(names[0].text) and not self._media(names[0]) and body:
                return True  # "по данным МЧС", "за даними СБУ": a body by its Cyrillic acronym (an outlet is known)
            if is_cyrillic(names[0].text) and name_keys(names[0].text, self.language) & self._text_surname_keys.keys():
                return True  # "по мнению Дахлана" after "Мохаммед Дахлан": the surname of someone named in full
            parse = self._parse(names[0])
            # (a surname the dictionary does not know and guesses as an adjective: "По словам Ярошевского")
            surname = parse is not None and not parse.is_known and _ADJECTIVAL_SURNAME.search(names[0].norm) is not None
            # (a state body's compound name the dictionary does not know: "по данным Росавиации", "Росстата")
            known = parse is not None and (parse.is_known or is_name(parse) or surname or self._stump_body(names[0]))
            return not names[0].acronym and known
        return True

    def _state_body(self, token: Token) -> bool:
        """A lowercase noun for a body of the state that speaks for itself ("правительства", "полиции", "следствия")."""
        return not token.capitalized and bool(self._noun_lemmas(token) & STATE_BODIES)

    @functools.cached_property
    def _name_parts(self) -> frozenset[str]:
        """The first and last words of the Latin names of two to four words the text writes ("Ban Ki-moon"): a word
        that alone names someone who spoke is a person's name when it is one of them (not "Apple", "Moscow")."""
        parts = set()
        for sentence in self.sentences:
            for m in sentence.mentions:
                if m.pronoun or m.role or m.quoted or is_cyrillic(m.text):
                    continue
                # (its titles left out: "Secretary-General Ban Ki-moon")
                words = [t.norm for t in sentence.tokens[m.first : m.last] if len(t.norm) > 1]
                words = [w for w in words if not any(part in ROLE_WORDS for part in w.split("-"))]
                words = [w for w in words if not self._role_word(w)]
                if 2 <= len(words) <= 4 and words[-1] not in ORG_HEADS | ORG_NOUNS:
                    parts.update((words[0], words[-1]))
        return frozenset(parts)

    @functools.cached_property
    def _surnames(self) -> frozenset[str]:
        """The last words of the Latin names of two or more words the text writes ("Dmitry Peskov"); read
        after the mentions of every sentence are found."""
        return frozenset(
            sentence.tokens[m.last - 1].norm
            for sentence in self.sentences
            for m in sentence.mentions
            if m.last - m.first >= 2
            and not (m.pronoun or m.role or m.quoted)
            and not is_cyrillic(m.text)
            and sentence.tokens[m.last - 1].norm not in ORG_HEADS | ORG_NOUNS
        )

    @functools.cached_property
    def _text_surname_keys(self) -> dict[str, str]:
        """The name keys (any inflected form) of the last words of the Cyrillic names of a first name and more
        capitalised words the text writes ("Мохаммед Дахлан"), each to that surname in the nominative; read after
        the mentions of every sentence are found."""
        surnames = {}
        for sentence in self.sentences:
            for m in sentence.mentions:
                if m.last - m.first < 2 or m.pronoun or m.role or m.quoted or m.group or m.anaphor:
                    continue
                if not is_cyrillic(m.text) or not self._first_name(sentence.tokens[m.first]):
                    continue
                surname = _nominative_name(m.text, self.language).split()[-1]
                for key in name_keys(sentence.tokens[m.last - 1].text, self.language):
                    surnames.setdefault(key, surname)
        return surnames

    @functools.cached_property
    def _text_surnames(self) -> frozenset[str]:
        """Capitalised Cyrillic words the text writes right after a first name ("Александр Мясников"): surnames,
        even when the dictionary knows the word only as something else ("мясников", butchers'). Read from the
        whole text, so that it is the same whenever it is first asked for."""
        tokens = [
            Token(m.start(), m.end(), m.group(), normalize(m.group()), inside(self.quotes, m.start()))
            for m in WORD.finditer(self.text)
        ]
        return frozenset(
            t.norm
            for first, t in itertools.pairwise(tokens)
            if t.capitalized
            and first.capitalized
            and is_cyrillic(t.text)
            and not self.text[first.end : t.start].strip()
            and "\n" not in self.text[first.end : t.start]
            and not (t.in_quote or first.in_quote)
            and self._first_name(first)
            # in the nominative, as the first name is ("Александр Мясников", not "Дональда Трампа")
            and self._nominative_first_name(first)
        )

    def _nominative_first_name(self, token: Token) -> bool:
        """A first name the dictionary reads only in the nominative ("Александр"; not "Дональда", nor "Джо",
        which does not decline)."""
        names = [p for p in self._parses(token) if "Name" in p.tag.grammemes and "plur" not in p.tag.grammemes]
        return bool(names) and all("nomn" in p.tag.grammemes and "Fixd" not in p.tag.grammemes for p in names)

    @functools.cached_property
    def _lone_names(self) -> frozenset[str]:
        """Latin capitalised words the text uses alone as a name (a mention of one word) after the first words of
        its sentences; read after the mentions of every sentence are found."""
        return frozenset(
            sentence.tokens[m.first].norm
            for sentence in self.sentences
            for m in sentence.mentions
            if m.last - m.first == 1 and not (m.pronoun or m.role or m.quoted) and not is_cyrillic(m.text)
        )

    def _media_name(self, words: list[Token]) -> bool:
        """Whether the words name a news outlet: a news agency or broadcaster (MEDIA_NAMES), or an outlet
        the team knows."""
        joined = " ".join(w.norm for w in words)
        return (
            any(word.norm in MEDIA_NAMES or _media_stem(word.norm) in MEDIA_NAMES for word in words)
            or any(phrase in joined for phrase in MEDIA_PHRASES)
            or _outlet_key([w.norm for w in words]) in self.outlets
        )

    def _outlet_named(self, name: str) -> bool:
        """Whether a speaker's name as entered is a news outlet's (MEDIA_NAMES, or an outlet the text named); read
        once a name, as the pronouns of a long text ask it again and again."""
        if name not in self.outlet_names:
            self.outlet_names[name] = self._reads_as_outlet(name)
        return self.outlet_names[name]

    def _reads_as_outlet(self, name: str) -> bool:
        words = [Token(m.start(), m.end(), m.group(), normalize(m.group()), False) for m in WORD.finditer(name)]
        if not words or (words[0].norm not in MEDIA_NAMES and _media_stem(words[0].norm) not in MEDIA_NAMES):
            # (a name whose later word is an agency's, "Liam Fox", is a person's; a phrase or a known outlet is not)
            joined = " ".join(w.norm for w in words)
            return (
                any(phrase in joined for phrase in MEDIA_PHRASES)
                or _outlet_key([w.norm for w in words]) in self.outlets
            )
        # (nor is a surname the text gives a person's title or given name: "Dr Fox", "Liam Fox … Fox")
        titled = rf"\b(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady|[A-Z][a-z]+)\.?\s+{re.escape(words[0].text)}\b"
        return len(words) > 1 or re.search(titled, self.text) is None

    def _media_source(self, sentence: Sentence, mention: Mention) -> bool:
        """Whether a formula's source is a news outlet: a news agency or broadcaster, or a name the sentence
        calls a newspaper, agency or channel ("газета The Daily Courier", "The Daily Courier, the largest
        newspaper")."""
        if mention.speaker_id is not None or mention.pronoun or mention.role or mention.anaphor or mention.group:
            return False
        tokens = sentence.tokens
        if tokens[mention.first].norm in PERSONAL_TITLES or (
            mention.first and tokens[mention.first - 1].norm in PERSONAL_TITLES
        ):
            return False  # "Dr Fox accused …": a person, whatever agency shares the name
        if self._media_name(self._mention_words(sentence, mention)):
            return True
        if _NEWS_ADDRESS.match(self.text, tokens[mention.last - 1].end):
            return True  # "Lenta.ru", "Gagauzinfo.MD": a site by a country's address (not "Amazon.com")
        end = tokens[mention.last - 1].end
        closing = self.text[end : end + 1] if mention.quoted or tokens[mention.last - 1].in_quote else ""
        if (
            mention.first > 0
            and tokens[mention.first - 1].norm in RELAY_PRESENT
            and CITING_AFTER_SOURCE.match(self.text, end + len(closing))
        ):
            return True  # "сообщает «Кавказский узел» со ссылкой на МВД": who reports what a source told it
        before = tokens[mention.first - 1] if mention.first > 0 else None
        gap = self.text[before.end : tokens[mention.first].start] if before is not None else ","
        # (not a person's name in the nominative after the noun in another case: "В беседе с агентством Гельман
        # выразил надежду")
        apposed = before is not None and (
            mention.quoted
            or tokens[mention.first].in_quote
            or not is_cyrillic(tokens[mention.first].text)
            or not self._person_like(sentence, mention)
            or any(p.tag.case in (None, "nomn") for p in self._parses(before)[:2])
        )
        if apposed and self._media_noun(before) and not gap.strip(' «"“„'):
            return True  # "газета The Daily Courier", "газета «Вечерний курьер»", not "… Press, Франция"
        k = mention.first - 1
        while k > 0 and k > mention.first - 4 and self._adverbial_word(tokens[k]):
            k -= 1
        if (
            k >= 0
            and tokens[k].norm in RELAY_VERBS
            and self.text[sentence.start : tokens[k].start].rstrip().endswith(",")
            and (mention.quoted or not self._person_like(sentence, mention))
            and not any(t.norm in PLATFORMS for t in tokens[k : mention.last])
        ):
            return True  # "…, пишет в пятницу «Коммерсантъ»": who writes and passes on the news is an outlet
        if (
            k > 0
            and tokens[k].norm in RELAY_PRESENT
            and tokens[k - 1].norm in ("как", "як")
            and not mention.quoted
            and not self._person_like(sentence, mention)
            and not any(t.norm in PLATFORMS for t in tokens[k : mention.last])
        ):
            return True  # "Как сообщает Science Weekly, …": who reports the news as it happens, in the present
        # An apposition after the name: ", ведущая деловая газета региона,".
        after = tokens[mention.last : mention.last + 5]
        if after and self.text[tokens[mention.last - 1].end : after[0].start].strip() == ",":
            return any(self._media_noun(token) for token in after)
        return False

    def _after_apposition(self, sentence: Sentence, comma: int) -> int:
        """The comma that closes an outlet's apposition right after `comma` (", the largest newspaper of the
        country,"), else `comma`: what the outlet reports starts after it."""
        if comma == -1:
            return comma
        following = self.text.find(",", comma + 1, sentence.end)
        if following == -1:
            return comma
        first, last = self._token_at(sentence, comma + 1), self._token_at(sentence, following)
        words = sentence.tokens[first:last]
        if 0 < len(words) <= 6 and any(self._media_noun(w) for w in words) and not any(map(self._say_verb, words)):
            return following
        return comma

    def _quoted_addressee_end(self, sentence: Sentence, i: int) -> int | None:
        """After a verb of saying, the token after a short Cyrillic name in quote marks that can only be in the dative
        ("сообщил «Интерфаксу» источник", "рассказал «Коммерсанту» Андрей Петров"): whom it was told, when a mention
        follows; else None."""
        tokens = sentence.tokens
        if i >= len(tokens) or not tokens[i].in_quote or not is_cyrillic(tokens[i].text):
            return None
        quote = next(((o, c) for o, c in sentence.quotes if o < tokens[i].start < c), None)
        if quote is None or len(WORD.findall(self.text, quote[0], quote[1])) > 3:
            return None
        k = i
        while k < len(tokens) and tokens[k].start < quote[1]:
            k += 1
        # (the first word's case, or the last's after an acronym that reads in every case: "«РБК Инвестициям»")
        if not any(
            "datv" in cases and not cases & {"nomn", "accs"}
            for cases in (
                {p.tag.case for p in self._parses(tokens[j])[:2]} for j in ((k - 1,) if tokens[i].acronym else (i,))
            )
        ):
            return None
        if k >= len(tokens):
            return None
        # (an adjective may open the subject: "«Интерфаксу» информированный источник", "дежурный офицер")
        if not any(k <= m.first <= k + 2 for m in sentence.mentions) and not any(
            self._person_noun(t) for t in tokens[k : k + 3]
        ):
            return None
        return k

    def _dative_outlet_noun(self, token: Token) -> bool:
        """A Cyrillic word for an outlet that can only be in the dative here ("виданню", "агентству", "телеканалу")."""
        if not is_cyrillic(token.text) or not self._media_noun(token):
            return False
        cases = {p.tag.case for p in self._parses(token)[:2]}
        return "datv" in cases and not cases & {"nomn", "gent", "accs"}  # (a locative needs a preposition)

    def _media_noun(self, token: Token) -> bool:
        if "-" in token.norm and is_cyrillic(token.text):  # "онлайн-газета", "інтернет-видання"
            tail = token.norm.rsplit("-", 1)[1]
            token = dataclasses.replace(token, text=tail, norm=tail)
        return bool(self._noun_lemmas(token) & MEDIA)

    def _noun_lemmas(self, token: Token) -> set[str]:
        """The lemmas a word may have: the dictionaries' two best readings of a Cyrillic word, the word and
        its singular for an English one ("films")."""
        return {parse.normal_form for parse in self._parses(token)[:2]} or {token.norm, token.norm.removesuffix("s")}

    def _speaker_of(self, s: int, mention: Mention, position: int) -> tuple[str, int | None, str | None] | None:
        """(mention as written, speaker id, kind) for a subject; pronouns through the preceding sentences."""
        if mention.pronoun:
            return self._antecedent(
                s,
                position,
                persons_only=mention.text.lower() in PERSON_PRONOUNS,
                gender=PRONOUN_GENDERS.get(mention.text.lower()),
                organisation=mention.text.lower() in NEUTER_PRONOUNS,
            )
        if mention.parts:
            return self._joint(s, mention, position) or (mention.text, None, None)
        if mention.entered and mention.speaker_id is None:
            return mention.entered, None, "organization"
        if mention.group:
            return mention.text, None, "organization"
        if mention.anaphor and self._owned_body_at(self.sentences[s].tokens, mention.first):
            return self._owned_body(s, mention, position)
        if mention.anaphor:
            # The anaphor's own kind ("у видавництві", "пресслужба компанії"), unless it is any body at all
            # ("організація").
            kind = (
                self._noun_lemmas(self.sentences[s].tokens[mention.last - 1])
                & (ORG_ANAPHORS | SUBJECT_BODIES) - ANY_BODY
            )
            # (a ministry with a complement of its own is no other one by its short name: "в министерстве финансов")
            own = self._complement_end(self.sentences[s].tokens, mention.last) > mention.last
            # (a lowercase body with a complement of its own is that body: "в министерстве здравоохранения Курской
            # области", not a name found before)
            lowercase_own = own and not self.sentences[s].tokens[mention.first].capitalized
            # (a state's body by its noun is one named by that noun, or itself: "Поліція затримала порушника")
            state = bool(kind) and kind <= SUBJECT_BODIES
            # (so is a ministry: "Apple представила iPhone. В министерстве уточнили" is no Apple)
            state = state or (bool(kind & MINISTER_BODIES) and is_cyrillic(mention.text))
            named = (
                None
                if lowercase_own
                else self._named_organisation(
                    s,
                    position,
                    marked_only=mention.text.lower() == "it",
                    kind=kind,
                    short_names=not own,
                    kind_only=state,
                )
            )
            if named is None:
                # "Міністерство охорони здоров'я оголосило": no body named before; the noun with its genitive
                # complement names one.
                tokens = self.sentences[s].tokens
                end = self._complement_end(tokens, mention.last)
                if lowercase_own:
                    end = self._body_complement_end(tokens, mention.last)
                if end > mention.last and tokens[mention.first].capitalized and is_cyrillic(mention.text):
                    text = self.text[tokens[mention.first].start : tokens[end - 1].end]
                    return text, None, "organization"
                if end > mention.last and is_cyrillic(mention.text) and mention.last - mention.first == 1:
                    # "— заявили в министерстве финансов": that ministry, entered in the nominative
                    head = self._nominative_word(tokens[mention.first])
                    return head + self.text[tokens[mention.first].end : tokens[end - 1].end], None, "organization"
                if self._noun_lemmas(tokens[mention.last - 1]) & SUBJECT_BODIES and is_cyrillic(mention.text):
                    # "Следствие считает", "Полиция заявила": the state's body the story is about
                    head = self._nominative_word(tokens[mention.first])
                    return head[:1].upper() + head[1:], None, "organization"
            return named
        if mention.role and mention.speaker_id is None and mention.role.partition("|")[0] in SOURCE_NOUNS:
            source = self._unnamed_source(self.sentences[s], mention)
            self.unnamed_sources.add(source)
            return source, None, "person"  # someone new, never an office
        interlocutor = mention.role and mention.speaker_id is None and mention.role.partition("|")[0] in INTERLOCUTORS
        if interlocutor and (source := self._source_before(s)):
            return source  # "Днем ранее источник … сказал, что … «…», — отметил собеседник": the source
        if mention.role:
            # Resolved to the person named for that role, else to the person the last sentences are about
            # ("Хант заявил ... Министр также поблагодарил"), else offered as the role itself.
            # A holder who has spoken already comes first, then the person the last sentences are about
            # (unless the text gave them another role: "Посол X прибув. Міністр заявив" is not X), then a
            # holder who has not spoken yet.
            # Someone's spokesman ("the prime minister's spokesman", "речник прем'єр-міністра") is nobody
            # the text named: offered as that phrase, and the same role later ("the spokesman") is them.
            if mention.text.partition(" ")[0].lower() in ONE_OF:
                return mention.text, None, "person"  # "одна 19-летняя кенийка": someone new, whoever was named
            owned = self._owned_role(self.sentences[s], mention)
            if owned:
                # "Первый заместитель мэра Игорь Терехов … — отметил первый заместитель мэра": the one the text named
                # with that role of the same owner.
                holder = self._owned_role_holder(mention.role, owned, position)
                if holder:
                    return holder
                speaker = (owned, None, "person")
                self.unnamed_roles.append((s, _role_key(mention.role), speaker))
                return speaker
            lemma = mention.role.partition("|")[0]
            # (Not an office: "— заявив міністр"; not someone else by their relation, "— вздыхает сосед", or an
            # ordinary person, "— каже пенсіонер"; any other word in lower case for what someone is: "— додав
            # еколог", "— розповів патріарх")
            epithet = lemma in EXPERT_EPITHETS | OCCUPATION_EPITHETS or (
                lemma not in ROLE_NOUNS | RELATION_NOUNS | ANONYMOUS_PEOPLE
                and is_cyrillic(lemma)
                and mention.text[:1].islower()
            )
            ordinary = epithet or (lemma in ANONYMOUS_PEOPLE and mention.text[:1].islower())
            if ordinary and (named := self._same_noun_quoted_before(s, mention)):
                return named  # "Один из водителей отметил, что … «…», — отметил водитель": the same one
            if epithet and lemma not in EXPERT_EPITHETS and (interviewed := self._interviewed_before(s, position)):
                return interviewed  # "Вскоре гитарист Олег Иванов дал интервью газете. «…», — отметил музыкант"
            if epithet and (quoted := self._expert_quoted_before(s, mention, position)):
                # "— пояснил эксперт", "— каже бізнесмен": the expert or the businessman just quoted, before an
                # earlier one called so
                return quoted
            # "— сказал глава государства", "— добавил глава МИД": the president, the minister named before
            # (one who has spoken already, or the only one named for the office: not another country's prime minister
            # named since)
            tokens = self.sentences[s].tokens
            # ("глава ведомства": the minister, unless the head of something else was named since)
            agency = mention.last < len(tokens) and bool(self._noun_lemmas(tokens[mention.last]) & AGENCY_WORDS)
            # ("глава польского правительства": not a head whose title names another country)
            whose = self._nationality(tokens, mention.first + 2) if mention.first + 2 < len(tokens) else ""
            whose = self._seat_country(tokens, mention.first) or whose  # ("глава Белого дома": no other president)
            status = mention.role.partition("|")[2]  # ("колишній очільник уряду": the former prime minister)
            for office in sorted(self._head_office(tokens, mention.first, lemma)):
                office = f"{office}|{status}" if status else office
                head, spoke = self._role_holder(office, position, whose)
                named = {
                    m.text for st, r, _k, m in self.role_holders if _role_key(r) == _role_key(office) and st < position
                }
                if (
                    head is not None
                    and (spoke or len(named) == 1)
                    and not (agency and not self._last_head(office, position))
                    # ("глава МОУ", "глава української дипломатії": the minister of that field, not another's)
                    and self._minister_fits(head, tokens, mention, position)
                ):
                    return head
            if (placed := self._place_head(s, mention, position)) is not None:
                return placed  # "Президент Грузии X … — глава Грузии подчеркнул": the president of that place
            same = self._unnamed_role(s, mention.role)
            nationality = self._nationality(self.sentences[s].tokens, mention.first)
            # ("— сказал Президент Казахстана": the country after the title, in the genitive, as a nationality)
            country = self._country_after(tokens, mention)
            holder, _spoke = self._role_holder(mention.role, position, nationality or country)

            def other_body(held):
                # ("— підкреслила глава ЄК" after "главою Європейської Ради Шарлем Мішелем"; "— наголосив керівник
                # поліції" after "голова фракції X")
                return (lemma in HEAD_OFFICES and self._heads_other_body(s, mention, position, held)) or (
                    self._other_head_word(tokens, mention, position, held)
                )

            if holder is not None and other_body(holder):
                # (of the words for a head, the last one named who heads that body: "Керівник Офісу Президента X …
                # головою правління компанії Y … — Керівник ОП подякував")
                heads = (
                    self._role_holders(mention.role, position, nationality or country)
                    if _role_key(lemma) == "голова"
                    else []
                )
                holder = next((h for h in reversed(heads) if not other_body(h)), None)
            if holder is None and nationality and lemma in LEADER_NOUNS:
                # "— запевнив український лідер": the president of that state named before
                holder = self._role_holder(LEADER_OFFICE, position, nationality)[0]
            if holder is None and same:
                return same
            # (Not in English, where "the spokesman", "the judge" after a named person is most often another.)
            # (A profession, or someone called by what they are, is more often someone new: "ресторатор".)
            if holder is None and lemma in ROLE_NOUNS and lemma not in PROFESSIONS and self.language != "en":
                # (a woman's title: a woman, "— заявила речниця МЗС" is not the spokesman named before)
                # (or the verb's gender: "— додав віцеспікер" is no woman named before)
                sentence = self.sentences[s]
                verb = sentence.tokens[min(self._token_at(sentence, position), len(sentence.tokens) - 1)]
                genders = self._past_genders(verb)
                gender = "femn" if lemma in FEMININE_ROLES else (next(iter(genders)) if len(genders) == 1 else None)
                recent = self._antecedent(s, position, persons_only=True, named_only=True, gender=gender)
                if recent and country and not self._titled_with(recent, country, position):
                    # (a title with its country is someone the text titled with that country: "— сказал Президент
                    # Белоруссии" after "Путин прибыл в Минск" is not him; "— заявив представник США" after
                    # "заступник постійного представника США … Ричард Міллс" is)
                    recent = None
                # (not one whose title names another country: "Президент России X … — заявил украинский президент")
                foreign = (
                    recent
                    and nationality
                    and any(
                        st < position
                        and self._other_country(self.sentences[hs].tokens, held, nationality)
                        and (self._holder_of(hs, held, st) or ("",))[:2] == recent[:2]
                        for st, _r, hs, held in self.role_holders
                    )
                )
                # (the head of a body the person was titled the head of: "председатель ЦБ X … — отметила глава ЦБ";
                # not of another body, "Председатель Верховного суда X … — глава Конституционного суда", nor of
                # another country's state, "Президент Польщі X … — глава української держави")
                heads = frozenset() if whose else self._heading_offices(tokens, mention)
                wanted = self._role_headed_words(tokens, mention)
                # (and a body named needs a title of theirs that names it: not "Президент Путин … — глава ЦБ")
                if heads and recent and wanted and not self._titled_heading(recent, wanted, position):
                    heads = frozenset()
                if (
                    recent
                    and not foreign
                    and not self._holds_other_role(recent, mention.role, position, heads)
                    and not self._other_head_word(tokens, mention, position, recent)
                ):
                    holder = recent
            if holder is None and epithet and not same:
                holder = self._epithet_holder(lemma, position) or self._lead_person(s, mention, position)
            if holder is None and country and mention.text[:1].isupper():
                return f"{mention.text} {tokens[mention.last].text}", None, "person"  # "Президент Казахстана"
            return holder or (mention.text, None, "person")
        sentence = self.sentences[s]
        verb = sentence.tokens[min(self._token_at(sentence, position), len(sentence.tokens) - 1)]
        fitting = self._owner_by_gender(mention.text, verb) if mention.last - mention.first == 1 else None
        if fitting is not None:
            return mention.text, fitting, self.index.speakers[fitting].kind
        if mention.speaker_id is not None:
            return mention.text, mention.speaker_id, mention.kind
        words = self._mention_words(sentence, mention)
        if len(words) == 1 and words[0].capitalized:
            # A surname two known speakers share ("Bill Clinton … Hillary Clinton … Clinton said"): the one of
            # them who spoke last.
            owners = self.index.surname_owners(words[0])
            spoken = [o for o in owners if o in self.spoken_at]
            if len(owners) > 1 and spoken:
                last = max(spoken, key=self.spoken_at.__getitem__)
                # Unless another of them was named after that one last spoke ("… Later, Hillary Clinton took the
                # stage. … Clinton said").
                said_at = self.spoken_at[last]
                if not any(said_at < at < position for o in owners - {last} for at in self.named_at.get(o, ())):
                    return mention.text, last, self.index.speakers[last].kind
        if len(words) == 1 and is_cyrillic(words[0].text) and not words[0].acronym:
            # "по мнению Дахлана" after "Мохаммед Дахлан": the surname as the full name writes it
            surname = next(
                (
                    self._text_surname_keys[k]
                    for k in name_keys(words[0].text, self.language)
                    if k in self._text_surname_keys
                ),
                None,
            )
            if surname is not None and not getattr(self._parse(words[0]), "is_known", False):
                return surname, None, "person"
        if len(words) == 1 and is_cyrillic(words[0].text) and self._state_body(words[0]):
            return self._nominative(words[0]) or words[0].text, None, "organization"  # "по версии следствия"
        kind = "organization" if words and words[-1].norm in ORG_NOUNS else None
        name = self._display_name(sentence, mention)
        if kind is None and len(words) == 1 and name == words[0].text and not self._can_be_subject(sentence, mention):
            # "по версии Кремля", "за даними Мінфіну": a body or a place named in another case, entered as
            # it is called ("Кремль").
            return self._nominative_word(words[0]), None, kind
        return (_nominative_name(name, self.language) if kind is None else name), None, kind

    def _relative_body(self, sentence: Sentence, mention: Mention, v: int) -> bool:
        """Whether the Cyrillic relative pronoun after a one-word capitalised name agrees with it in gender, the name a
        noun the dictionary knows that names no person ("Сбербанка, который", "компании «Мираторг», которая" is not:
        the name is the company's), and is the subject of the verb of saying at v: the clause's first verb, of the
        same gender ("Україна, яка … покладе …», – прокоментував X" is not)."""
        tokens = sentence.tokens
        if any(self._finite(t) for t in tokens[mention.last + 1 : v]):
            return False
        if (genders := self._past_genders(tokens[v])) and _RELATIVE_GENDERS.get(
            tokens[mention.last].norm
        ) not in genders:
            return False
        pronoun, head = tokens[mention.last], tokens[mention.first]
        if mention.last - mention.first != 1 or not is_cyrillic(pronoun.text) or mention.quoted:
            return False
        wanted = _RELATIVE_GENDERS.get(pronoun.norm)
        parse = self._parse(head)
        if wanted is None or parse is None or is_name(parse) or parse.tag.POS != "NOUN":
            return False
        return parse.tag.gender == wanted and "plur" not in parse.tag

    def _person_source(self, tokens: list[Token], i: int) -> bool:
        """Whether the word for a source at i is someone who speaks, not where something comes from ("the source of
        much disaffection", "источником дохода", "є джерелом"): not before "of" nor after a copula or an article's
        predicate."""
        following = tokens[i + 1].norm if i + 1 < len(tokens) else ""
        before = [t.norm for t in tokens[max(0, i - 2) : i]]
        return following not in ("of", "for") and not set(before) & COPULAS

    def _source_before(self, s: int) -> tuple[str, int | None, str | None] | None:
        """The unnamed source ("источник в полиции") whose statement is the last one in this sentence or the three
        before, if the last one is a source's; else None."""
        since = self.sentences[max(0, s - 3)].start
        last = next((c for c in reversed(self.candidates[-40:]) if c.start >= since), None)
        if last is None or last.speaker_id is not None or last.speaker_mention not in self.unnamed_sources:
            return None
        # (not when someone is named since: "Корреспондент поговорил с Иваном Петровым. «…», — отметил собеседник")
        first = next(k for k in range(s, -1, -1) if self.sentences[k].start <= last.end)
        for sentence in self.sentences[first : s + 1]:
            if any(self._person_like(sentence, m) for m in sentence.mentions if not m.pronoun):
                return None
        return last.speaker_mention, None, "person"

    def _unnamed_source(self, sentence: Sentence, mention: Mention) -> str:
        """An unnamed source with the phrase that places it ("источник в правоохранительных органах", "джерело в
        СБУ", "a source close to the talks"): up to six words after it, with no punctuation, verb or clause between."""
        tokens = sentence.tokens
        end = self._source_end(sentence, mention)
        # The words before it that say what source it is ("высокопоставленный источник", "a police source")
        first = mention.first
        while first > 0 and first > mention.first - 3 and self._adjacent(tokens, first):
            token = tokens[first - 1]
            if token.capitalized or token.in_quote or token.norm in ARTICLES | PREPOSITIONS | SKIP:
                break
            if is_cyrillic(token.text):
                if not any(p.tag.POS == "ADJF" for p in self._parses(token)[:1]):
                    break
            elif self._finite_en(token) or token.norm in EN_AUXILIARIES or not token.norm.isalpha():
                break
            first -= 1
        words = [self.text[t.start : t.end] for t in tokens[first : mention.last]]
        if is_cyrillic(tokens[mention.first].text):
            # "По словам источника в правительстве": the source in the nominative, with its adjectives
            head = self._nominative(tokens[mention.first]) or words[mention.first - first]
            words = [self._nominative_word(t) for t in tokens[first : mention.first]] + [head]
            if mention.last - mention.first > 1:  # ("Источник РИА Новости в правоохранительных органах Москвы")
                words.append(self.text[tokens[mention.first + 1].start : tokens[mention.last - 1].end])
        rest = self.text[tokens[mention.last - 1].end : tokens[end - 1].end]
        text = " ".join(words) + rest
        return text[:1].lower() + text[1:] if not tokens[first].acronym else text

    def _source_end(self, sentence: Sentence, mention: Mention) -> int:
        """Where the phrase that places an unnamed source ends (a token index): its genitive complement, then a
        preposition's phrase of up to six words ("в правоохранительных органах", "close to the talks"), or a comma's
        phrase of closeness ("источник, близкий к Кремлю,"); not when or whom it was told."""
        tokens = sentence.tokens
        end = self._complement_end(tokens, mention.last)  # ("источник агентства", "джерело видання")
        if (
            end + 1 < len(tokens)
            and self.text[tokens[end - 1].end : tokens[end].start].strip() == ","
            and tokens[end].norm in SOURCE_LINKS
            and tokens[end].norm not in PREPOSITIONS
        ):
            comma = self.text.find(",", tokens[end].end, sentence.end)  # "источник, близкий к Кремлю, сообщил"
            closing = self._token_at(sentence, comma) if comma != -1 else len(tokens)
            return closing if closing - end <= 6 else end
        if end < len(tokens) and self._adjacent(tokens, end) and tokens[end].norm in SOURCE_LINKS:
            # ("близкий к Кремлю", "close to the talks": the closeness word's own preposition)
            close = tokens[end].norm not in PREPOSITIONS and end + 1 < len(tokens)
            end += 2 if close and tokens[end + 1].norm in PREPOSITIONS else 1
            while end < len(tokens) and end < mention.last + 6 and self._adjacent(tokens, end):
                token = tokens[end]
                if token.in_quote or self._say_verb(token) or token.norm in COMPLEMENTIZERS | RELATIVE_PRONOUNS:
                    break
                if token.norm in PREPOSITIONS or token.norm in CALENDAR or token.norm in TIME_ADVERBS:
                    break  # ("… в правительстве в пятницу", "… на условиях анонимности": when and how, not where)
                if is_cyrillic(token.text) and any(p.tag.case in ("datv", "accs") for p in self._parses(token)[:1]):
                    break  # ("… в правительстве журналистам": whom it told)
                if is_cyrillic(token.text) and any(
                    p.tag.POS in ("VERB", "INFN", "GRND", "PRTS") for p in self._parses(token)[:1]
                ):
                    break
                if not is_cyrillic(token.text) and (self._finite_en(token) or token.norm in EN_AUXILIARIES):
                    break
                end += 1
        return end

    def _owner_by_gender(self, surname: str, verb: Token) -> int | None:
        """Of the known speakers who share a (Cyrillic) surname, the one whose gender the verb of saying shows
        ("Бут рассказала": Алла Бут, though Виктор Бут was named last), else None."""
        if not is_cyrillic(surname):
            return None
        owners = self.index.owners_of(normalize(surname))
        if len(owners) < 2:
            return None
        said_as = self._past_genders(verb)
        fitting = [o for o in owners if len(said_as) == 1 and self.index.genders.get(o, set()) == said_as]
        return fitting[0] if len(fitting) == 1 else None

    def _expert_quoted_before(self, s: int, mention: Mention, position: int):
        """The person an expert's epithet stands for ("«…», — считает эксперт"): whoever was quoted last, in
        this sentence or the three before, a person named by name whose gender fits the epithet's and its verb's."""
        if not self.candidates or not (mention.text[:1].islower() or (mention.role and mention.first == 0)):
            return None  # (a capital only where any word has one: "Политолог сослался на …")
        last = self.candidates[-1]
        # Past the three sentences, the person quoted last (a body's statement between names nobody), while
        # nobody else was named since and the text gave them no other role ("— говорить політик").
        further = last.start < self.sentences[max(0, s - 3)].start or last.speaker_kind == "organization"
        if further:
            last = next((c for c in reversed(self.candidates) if c.speaker_kind in ("", "person")), None)
            epithet = mention.role.partition("|")[0]
            if last is None or last.start < self.sentences[max(0, s - 12)].start:
                return None
            if self._other_person_since(last, s, epithet):
                return None
        if last.speaker_kind not in ("", "person"):
            return None
        if last.speaker_id is None and not last.speaker_mention[:1].isupper():
            return None  # an unnamed role before is no one to stand for
        sentence = self.sentences[s]
        epithet, verb = sentence.tokens[mention.first], sentence.tokens[self._token_at(sentence, position)]
        if last.speaker_id is None and self._full_name_gender(last.speaker_mention) is None:
            return None  # not a person's name the dictionaries know
        # The gender its given name says (a surname in another case may read as the other gender: "Дудакова").
        known = self.index.genders.get(last.speaker_id, set()) if last.speaker_id is not None else set()
        named = next(iter(known)) if len(known) == 1 else _name_gender(last.speaker_mention, first_names_only=True)
        # The gender the epithet or its past verb gives ("експертка", "додала"; "експерт" may be a woman's).
        said_as = self._past_genders(verb) | {"femn" for p in self._parses(epithet)[:1] if "femn" in p.tag}
        if named and len(said_as) == 1 and named not in said_as:
            return None  # "— сказав Андрій Коваль … — додала експертка": someone else
        speaker = last.speaker_mention, last.speaker_id, last.speaker_kind or None
        # Not for someone the text gave an office of state ("— заявив прем'єр Денис Шмигаль … — заперечує
        # економіст") or another field ("политолог X … — считает экономист"): someone new.
        lemma = mention.role.partition("|")[0]
        roles = {role.partition("|")[0] for role in self._roles_given(speaker, position)}
        if lemma not in roles and (
            roles & STATE_OFFICES
            or (lemma not in GENERIC_EXPERTS and roles & (EXPERT_EPITHETS - GENERIC_EXPERTS))
            # (further back, no other role at all, unless the epithet is one for any office: "політик"; a title
            # that says where someone works is none: "Представник академії мікробіології X … — пояснив науковець")
            or (further and roles - BODY_TITLES and lemma not in ANAPHORIC_ROLES)
        ):
            return None
        return speaker

    def _full_name_gender(self, name: str) -> str | None:
        """A name's gender by the dictionaries, else by the text's agreement, else by the full name a surname alone
        was given before ("Ставцев" after "Вадим Ставцев")."""
        gender = _name_gender(name)
        words = name.split()
        if (
            gender is None
            and words
            and all(self._surname_like(Token(0, len(w), w, normalize(w), False)) for w in words)
        ):
            gender = self._text_gender(name)  # (a name's, not "Демпартии" after "от Демпартии Джо Байдена")
        if gender is None and " " not in name:
            fuller = (
                c.speaker_mention
                for c in self.candidates
                if c.speaker_mention.endswith(" " + name) and c.speaker_mention[:1].isupper()
            )
            gender = next((g for f in fuller if (g := _name_gender(f)) is not None), None)
        return gender

    def _epithet_chain(self, lead: int, s: int, mention: Mention) -> bool:
        """Whether a sentence between the lead and sentence s attributes the one before to the epithet ("Об этом
        спортсмен написал в блоге"), and none brings in someone new by it ("молодой спортсмен из Тюмени")."""
        lemmas = self._noun_lemmas(self.sentences[s].tokens[mention.first])
        said = False
        for k in range(lead + 1, s):
            sentence = self.sentences[k]
            for i, token in enumerate(sentence.tokens):
                if token.in_quote or token.capitalized and i > 0 or not self._noun_lemmas(token) & lemmas:
                    continue
                if i > 0 and any(p.tag.POS in ("ADJF", "NUMR") for p in self._parses(sentence.tokens[i - 1])[:1]):
                    return False  # someone new, described
                said = said or self._anaphoric_start(sentence) is not None
        return said

    def _epithet_holder(self, lemma: str, position: int):
        """The person the text last called by the epithet before their name ("уфимская художница Алена Савельева …
        — уточнила художница"), else None."""
        named = [(s, m, start) for start, other, s, m in self.epithet_holders if other == lemma and start < position]
        if not named:
            return None
        s, m, start = named[-1]
        # Not when someone new was brought in by the epithet since ("другая художница", "художница из Львова").
        for k in range(s, len(self.sentences)):
            sentence = self.sentences[k]
            if sentence.start >= position:
                break
            for i, token in enumerate(sentence.tokens[1:], 1):
                if start < token.start < position and lemma in self._noun_lemmas(token) and not token.in_quote:
                    before = self._parses(sentence.tokens[i - 1])[:1]
                    if any(p.tag.POS in ("ADJF", "NUMR", "ADJS") for p in before):
                        return None
        return self._speaker_of(s, m, start)

    def _same_noun_quoted_before(self, s: int, mention: Mention):
        """The speaker of a statement in this sentence or the three before whose phrase is headed by the epithet's
        noun ("Один из водителей … — отметил водитель"), else None."""
        lemma = mention.role.partition("|")[0]
        since = self.sentences[max(0, s - 3)].start
        for candidate in reversed(self.candidates[-6:]):
            if candidate.start < since:
                break
            words = WORD.findall(candidate.speaker_mention)
            if candidate.speaker_kind == "organization" or not words or not words[0][:1].isupper():
                continue
            # The phrase's head noun: "водителей" of "Один из водителей", "Жена" of "Жена водителя".
            one_of = len(words) > 2 and normalize(words[1]) in ("из", "з", "із", "of")
            head = words[2] if one_of else words[0]
            if lemma in self._noun_lemmas(Token(0, 0, head, normalize(head))):
                return candidate.speaker_mention, candidate.speaker_id, candidate.speaker_kind or None
        return None

    def _lead_person(self, s: int, mention: Mention, position: int):
        """The person an epithet in lower case stands for when nobody was quoted before it ("Олимпийский чемпион
        Александр Тихонов поделился мнением. Об этом спортсмен написал … «…», — заявил спортсмен"): the person the
        text's first sentence opens with, by name, when an attribution since used the epithet (`_epithet_chain`), no
        other person is named by name after that sentence and before it, and its gender and its verb's fit theirs;
        else None."""
        if not mention.text[:1].islower() or not is_cyrillic(mention.text):
            return None
        if self.candidates and self.candidates[0].start < position:
            return None  # someone quoted before: whoever the epithet may stand for is found from them
        lead = next((k for k in range(min(2, s + 1)) if not self.sentences[k].heading), None)
        if lead is None or lead == s or not self._epithet_chain(lead, s, mention):
            return None
        opening = self.sentences[lead]
        first = next((m for m in opening.mentions if not (m.pronoun or m.group or m.anaphor)), None)
        known = first is not None and first.speaker_id is not None and first.kind in (None, "person")
        if first is None or first.role or not (known or self._person_name(opening, first)):
            return None
        speaker = self._speaker_of(lead, first, opening.tokens[first.first].start)
        if speaker is None or speaker[2] not in (None, "person"):
            return None
        keys = set().union(*(name_keys(normalize(w)) for w in WORD.findall(speaker[0])[-1:]))
        for k in range(lead + 1, s + 1):
            sentence = self.sentences[k]
            for m in sentence.mentions:
                if sentence.tokens[m.first].start >= position or m.pronoun or m.role or m.group or m.anaphor:
                    continue
                before = [t.norm for t in sentence.tokens[max(0, m.first - 2) : m.first]]
                if not self._person_name(sentence, m) or self._place(sentence, m) or set(before) & PREPOSITIONS:
                    continue  # (nor a place: "в немецком Гельзенкирхене")
                words = WORD.findall(m.text)
                same = m.speaker_id is not None and m.speaker_id == speaker[1]
                if not same and not (keys & name_keys(normalize(words[-1]))):
                    return None  # someone else named since
        # (a known person by any of the names the opening gives them: "Советский биатлонист … Александр Тихонов")
        names = [
            speaker[0],
            *(m.text for m in opening.mentions if speaker[1] is not None and m.speaker_id == speaker[1]),
        ]
        gender = next((g for g in map(_name_gender, names) if g), None)
        sentence = self.sentences[s]
        verb = sentence.tokens[min(self._token_at(sentence, position), len(sentence.tokens) - 1)]
        said_as = self._past_genders(verb) | {
            "femn" for p in self._parses(sentence.tokens[mention.first])[:1] if "femn" in p.tag
        }
        if gender is None or (len(said_as) == 1 and gender not in said_as):
            return None
        return speaker

    def _other_person_since(self, last: Candidate, s: int, epithet: str = "") -> bool:
        """Whether a sentence after the last candidate, up to sentence s, names a person other than its speaker,
        or a paragraph of speech nobody was found to say opens there ("‑ Загрузка – не более 25%."): a voice
        the text has not named."""
        between = self.text[last.end : self.sentences[s].start]
        if re.search(rf"\n[ \t]*[{DASHES}«\"“„]", between):
            return True
        for back in range(s - 1, -1, -1):
            sentence = self.sentences[back]
            if sentence.end <= last.end:
                return False
            for m in sentence.mentions:
                if sentence.tokens[m.first].start < last.end or m.pronoun:
                    continue
                if m.group or (m.role and _role_key(m.role) != _role_key(epithet)):
                    return True  # "Представители отрасли направили письмо", "Депутат … заявил"
                if not self._person_like(sentence, m):
                    continue
                same = (
                    m.speaker_id == last.speaker_id if last.speaker_id is not None else m.text == last.speaker_mention
                )
                if not same:
                    return True
            # someone brought in by a word for a person ("Власник сусідньої піцерії … закрив заклад"), unless it is
            # the epithet itself ("але бізнесмен такого варіанту не уявляє")
            for t in sentence.tokens:
                if t.start < last.end or t.in_quote or not is_cyrillic(t.text):
                    continue
                person = self._person_noun(t)
                if person and person[1] != epithet and self._role_lemma(t) != epithet:
                    return True
                parse = self._parse(t)  # a role in the plural: "Представители отрасли направили письмо"
                plural = parse and parse.tag.POS == "NOUN" and {"anim", "plur", "nomn"} <= parse.tag.grammemes
                if plural and normalize(parse.normal_form) in ROLE_NOUNS:
                    return True
        return False

    def _past_genders(self, token: Token) -> set[str]:
        """The genders a Cyrillic verb in the singular past tense shows ("заявила": femn; "заявили": none; the
        Ukrainian dictionary leaves the singular untagged)."""
        return {
            g
            for p in self._parses(token)
            if p.tag.POS == "VERB" and "past" in p.tag and "plur" not in p.tag
            for g in ("masc", "femn")
            if g in p.tag
        }

    def _owned_role(self, sentence: Sentence, mention: Mention) -> str | None:
        """The phrase of a role that belongs to someone ("the prime minister's spokesman", "речник
        прем'єр-міністра"), as the analyst would enter it; None for a role of its own ("the spokesman")."""
        tokens = sentence.tokens
        i = mention.first
        if not is_cyrillic(tokens[i].text) and tokens[i].norm in EN_SPOKESPEOPLE:
            spoken_for = self._english_spokesman_for(sentence, i)
            if spoken_for:
                return spoken_for
        if i > 0 and tokens[i - 1].norm.endswith(POSSESSIVE_ENDINGS) and self._adjacent(tokens, i):
            first = i - 1
            while first > 0 and self._adjacent(tokens, first) and not tokens[first - 1].capitalized:
                if tokens[first - 1].norm in ARTICLES or not tokens[first - 1].norm.isalpha():
                    break
                first -= 1
            return self.text[tokens[first].start : tokens[i].end]
        k = i + 1
        if mention.role.partition("|")[0] in REPRESENTATIVE_ROLES:
            # (its adjectives first: "представитель областного правительства")
            while (
                k + 1 < len(tokens)
                and self._adjacent(tokens, k)
                and is_cyrillic(tokens[k].text)
                and not tokens[k].capitalized
                and any(p.tag.POS == "ADJF" and p.tag.case == "gent" for p in self._parses(tokens[k])[:2])
            ):
                k += 1
        owner = tokens[k] if k < len(tokens) else None
        if owner is None or not self._adjacent(tokens, k) or owner.capitalized:
            return None
        # "собеседник агентства": the outlet's anonymous source, nobody the text named.
        outlets_source = mention.role.partition("|")[0] in ANAPHORIC_ROLES and bool(self._noun_lemmas(owner) & MEDIA)
        # "представитель правительства ОАЭ": a body's unnamed representative
        body = mention.role.partition("|")[0] in REPRESENTATIVE_ROLES and bool(
            self._noun_lemmas(owner) & INSTITUTION_NOUNS
        )
        if not ((self._role_lemma(owner) and k == i + 1) or outlets_source or body):
            return None
        # "речник міністра оборони Польщі": the owner with its own complement; the role in the nominative ("За
        # словами речника міністра …": "речник міністра …").
        j = k + 1
        while j < len(tokens) and j < i + 6 and self._adjacent(tokens, j) and self._complement_of_owner(tokens[j]):
            j += 1
        if body and j < len(tokens) and self._adjacent(tokens, j) and tokens[j].acronym:
            j += 1  # "правительства ОАЭ": whose government
        head = self._nominative(tokens[i]) if is_cyrillic(tokens[i].text) else None
        return (head or tokens[i].text) + self.text[tokens[i].end : tokens[j - 1].end]

    def _name_before_unclosed_title(self, sentence: Sentence, subject: Mention, v: int) -> Mention | None:
        """The English name that opens the clause before a title whose second comma English news leaves out, when
        the verb's subject found is in that title ("Sam Lau, the communications director for the Iowa Democratic
        Party said", "John Smith, a spokesman for Acme Corp said"): the person, not the body or the role; else
        None."""
        tokens = sentence.tokens
        if subject.pronoun or subject.last > v or is_cyrillic(tokens[subject.first].text):
            return None
        complement = tokens[subject.last : v]  # ("a spokesman for Acme Corp said": the role, then whose)
        if complement and (complement[0].norm not in ("of", "for", "at") or "," in self._gap(tokens, v)):
            return None
        title = subject.first
        while title > 0 and subject.first - title < 9 and "," not in self._gap(tokens, title):
            title -= 1
        if title == 0 or "," not in self._gap(tokens, title):
            return None
        words = tokens[title:v]
        of = next((k for k, t in enumerate(words) if t.norm in ("of", "for", "at")), None)
        if of is None or of == 0 or not any(self._role_lemma(t) or t.norm in ROLE_WORDS for t in words[:of]):
            return None
        if any(t.capitalized and t.norm not in ROLE_WORDS for t in words[:of]) or any(self._say_verb(t) for t in words):
            return None
        name = next((m for m in sentence.mentions if m.last == title and not (m.pronoun or m.role)), None)
        if name is None or not self._person_like(sentence, name):
            return None
        if any(not t.capitalized and t.norm not in ARTICLES for t in tokens[: name.first]):
            return None  # (the name opens the clause: not "… and told Sam Lau, the director of …")
        return name

    def _gap(self, tokens: list[Token], k: int) -> str:
        """The characters between token k - 1 and token k."""
        return self.text[tokens[k - 1].end : tokens[k].start]

    def _name_before_apposition(self, sentence: Sentence, role: Mention) -> Mention | None:
        """The English name a role stands in apposition to, set off by commas ("Sir Bernard Ingham, Margaret
        Thatcher's former press secretary, took …"), else None. In Russian and Ukrainian, the name right before
        the role and its comma, a transliteration in brackets allowed ("Уильям Дэрити (William Darity), профессор
        экономики … поясняет")."""
        tokens = sentence.tokens
        if is_cyrillic(tokens[role.first].text):
            return self._name_before_cyrillic_role(sentence, role)
        if role.last >= len(tokens):
            return None
        if self.text[tokens[role.last - 1].end : tokens[role.last].start].strip()[:1] != ",":
            return None
        name = next(
            (
                m
                for m in reversed(sentence.mentions)
                if m.last <= role.first
                and not (m.pronoun or m.role)
                and not tokens[m.last - 1].norm.endswith(POSSESSIVE_ENDINGS)  # (not whose secretary: "Thatcher's")
                and self._person_like(sentence, m)
            ),
            None,
        )
        if name is None or name.last >= role.first or role.first - name.last > 7:
            return None
        if self.text[tokens[name.last - 1].end : tokens[name.last].start].strip() != ",":
            return None
        between = tokens[name.last : role.first]
        if any(self._say_verb(t) or "," in self.text[t.end : t.end + 1] for t in between):
            return None
        return name

    def _name_before_cyrillic_role(self, sentence: Sentence, role: Mention) -> Mention | None:
        tokens = sentence.tokens
        for m in sentence.mentions:
            if m.last > role.first or m.pronoun or m.role or m.quoted:
                continue
            gap = self.text[tokens[m.last - 1].end : tokens[role.first].start]
            if not _APPOSITION_GAP.fullmatch(gap):
                continue
            if m.first and self.text[tokens[m.first - 1].end : tokens[m.first].start].strip() not in (",", ";"):
                continue  # ("Помимо Ивана Петрова, министр заявил": a phrase, the name opens no clause)
            if (
                self._person_like(sentence, m)
                and self._can_be_subject(sentence, m)
                and not self._in_phrase(sentence, m)
            ):
                return m
        return None

    def _named_document(self, sentence: Sentence, mention: Mention) -> bool:
        """Whether a name stands right after a noun for a law or a document, as that document's name ("Документ
        Diia.pl", "закон Магнитского")."""
        if mention.first == 0 or mention.pronoun or mention.role or mention.speaker_id is not None:
            return False
        kind = sentence.tokens[mention.first - 1]
        if not is_cyrillic(kind.text) or not self._adjacent(sentence.tokens, mention.first):
            return False
        if not any(p.tag.case in ("nomn", None) for p in self._parses(kind)[:1]):
            return False  # ("На церемонии подписания договора X отметил": the treaty's, not the subject's noun)
        return bool(self._noun_lemmas(kind) & (DOCUMENT_NOUNS | {"документ"}))

    def _spokesman_for(self, sentence: Sentence, subject: Mention) -> Mention | None:
        """The English spokesman whose "for" phrase the subject found before a verb stands in ("A spokesman for the
        Ministry of Defence said"), else None."""
        tokens = sentence.tokens
        k = subject.first - 1
        while k > 0 and tokens[k].norm in ARTICLES:
            k -= 1
        if k < 1 or tokens[k].norm != "for" or tokens[k - 1].norm not in EN_SPOKESPEOPLE:
            return None
        return next((m for m in sentence.mentions if m.first == k - 1 and m.role), None)

    def _english_spokesman_for(self, sentence: Sentence, i: int) -> str | None:
        """Whose spokesman an English text calls them, as the analyst would enter it: "Tony Blair's official
        spokesman", "Conservative Party spokesman", "spokesman for the Ministry of Defence"; else None."""
        tokens = sentence.tokens
        k = i - 1
        while k >= 0 and tokens[k].norm in EN_SPOKESMAN_ADJECTIVES and self._adjacent(tokens, k + 1):
            k -= 1  # "official", "chief"
        if k >= 0 and self._adjacent(tokens, k + 1) and tokens[k].capitalized and tokens[k].norm not in ARTICLES:
            first = k
            while (
                first > 0
                and self._adjacent(tokens, first)
                and (tokens[first - 1].capitalized or tokens[first - 1].norm in CONNECTORS)
            ):
                first -= 1
            while first < k and (tokens[first].norm in ARTICLES or tokens[first].norm in CONNECTORS):
                first += 1
            if not (first == 0 and tokens[first].norm in ENGLISH_FUNCTION_WORDS) and not all(
                t.norm in ROLE_WORDS or t.norm in CONNECTORS for t in tokens[first : k + 1]
            ):
                return self.text[tokens[first].start : tokens[i].end]  # (not "the foreign minister's": a role)
        j = i + 1
        if j < len(tokens) and tokens[j].norm == "for" and self._adjacent(tokens, j):
            j += 1
            while j < len(tokens) and tokens[j].norm in ARTICLES:
                j += 1
            last = j
            while (
                last < len(tokens)
                and self._adjacent(tokens, last)
                and (tokens[last].capitalized or (tokens[last].norm in CONNECTORS and last > j))
            ):
                last += 1
            if last > j:
                return self.text[tokens[i].start : tokens[last - 1].end]  # "spokesman for the Ministry of Defence"
        return None

    def _owned_role_holder(self, role: str, owned: str, position: int):
        """The person the text last named for the role before the position, when the title before their name has
        the same owner ("Первый заместитель мэра Игорь Терехов" for "заместитель мэра"); else None."""
        owner = WORD.findall(owned)[-1].casefold()[:4]
        for start, lemma, s, mention in reversed(self.role_holders):
            if _role_key(lemma) != _role_key(role) or start >= position:
                continue
            tokens = self.sentences[s].tokens
            title = self.text[tokens[max(0, mention.first - 4)].start : tokens[mention.first].start]
            return self._speaker_of(s, mention, start) if owner in title.casefold() else None
        return None

    def _complement_of_owner(self, token: Token) -> bool:
        parse = self._parse(token)
        return bool(parse and "gent" in parse.tag and parse.tag.POS in ("NOUN", "ADJF") and not self._say_verb(token))

    def _unnamed_role(self, s: int, role: str):
        """The speaker an unnamed role stood for in the last three sentences ("the prime minister's spokesman
        said. ... the spokesman said"), if the same role and only one such."""
        key = _role_key(role)
        speakers = {speaker for back, other, speaker in self.unnamed_roles if s - 3 <= back <= s and other == key}
        return speakers.pop() if len(speakers) == 1 else None  # two spokesmen: either of them

    def _display_name(self, sentence: Sentence, mention: Mention) -> str:
        """An unknown name as the analyst would enter it: titles before the name left out, and an English
        possessive's ending ("Chancellor Gordon Brown's announcement": Gordon Brown)."""
        words = self._mention_words(sentence, mention)
        if not is_cyrillic(mention.text) and (after := self._after_title_of(words)) is not None:
            return self.text[words[after].start : words[-1].end]  # "Secretary of State John Kerry": John Kerry
        name = self._name_after_titles(sentence, mention)
        if not is_cyrillic(name) and (of := re.search(r" of (?:the )?[A-Z]", name)) is not None:
            # "Juan Manriquez of Oakland": the person's name, not where they are from (not "Royal Bank of Scotland")
            before = name[: of.start()].split()
            # ("Mr. Burman of the Tax Policy Center": a person by the title, where the person works after it)
            titled = sentence.tokens[mention.first].norm in PERSONAL_TITLES and len(before) >= 1
            if all(w[:1].isupper() and w.lower() not in ROLE_WORDS for w in before) and (
                titled or (len(before) >= 2 and before[0].lower() in EN_MALE_NAMES | EN_FEMALE_NAMES)
            ):
                name = name[: of.start()]
        if not is_cyrillic(name) and name.endswith(("'s", "\u2019s")) and len(name) > 3:
            return name[:-2]
        return name

    def _after_title_of(self, words: list[Token]) -> int | None:
        """Where the name starts after an English title with "of" ("Secretary of State John Kerry", "Chancellor of the
        Exchequer Gordon Brown"): the last two capitalised words, after the title's complement; else None."""
        of = next((k for k, w in enumerate(words) if w.norm == "of"), None)
        if of is None or not any(self._role_lemma(w) for w in words[:of]):
            return None
        complement = of + 1 + (of + 1 < len(words) and words[of + 1].norm in ARTICLES)
        # The name is the last two words (the complement may have several: "Secretary of Homeland Security Jeh
        # Johnson"), after a complement of one word at least.
        after = len(words) - 2
        names = words[after:]
        if after > complement and all(w.capitalized and not w.acronym for w in names):
            return after
        return None

    def _name_after_titles(self, sentence: Sentence, mention: Mention) -> str:
        words = self._mention_words(sentence, mention)
        if words[-1].norm in ORG_NOUNS:
            return mention.text
        # "МИД Франции Ирина Соколова": the trailing run of first names, surnames and unknown words.
        run = []
        for k in range(len(words) - 1, -1, -1):
            word = words[k]
            parses = self._parses(word)
            # A name the dictionary also knows as a common word ("Олена", "Іванова") is read as the name.
            parse = next((p for p in parses if is_name(p)), parses[0] if parses else None)
            # Short syllables of East Asian names ("Кім Чен Ин") may be common words to the dictionary, and so
            # may a surname after a first name ("Ярослава П'яла").
            syllable = len(word.text) <= 3 and not word.acronym
            surname = k > 0 and words[k - 1].capitalized and self._first_name(words[k - 1])
            if (
                run
                and word.norm in CONNECTORS
                and not word.capitalized
                and (
                    (k > 0 and (words[k - 1].capitalized or words[k - 1].norm in CONNECTORS))
                    or (k == 0 and word.norm in SURNAME_PARTICLES)  # ("— сказала фон дер Ляєн")
                )
            ):
                run.insert(0, (word, None))  # "Урсула фон дер Ляєн": a particle inside the name
                continue
            if (
                run
                and run[0][1] is None
                and word.capitalized
                and not word.acronym
                and not self._genitive_place(word)
                and not self._role_lemma(word)
            ):
                # (and the given name before the particle, whatever the dictionary reads; not the title's place,
                # "Голова Єврокомісії фон дер Ляєн")
                run.insert(0, (word, parse))
                continue
            if (
                not word.capitalized
                or word.acronym
                or parse is None
                or (parse.is_known and not is_name(parse) and not syllable and not surname)
                or (run and not parse.is_known and self._role_lemma(word))  # ("Президентка Майя Санду")
            ):
                break
            run.insert(0, (word, parse))
        before = words[words.index(run[0][0]) - 1] if run and run[0][0] is not words[0] else None
        if before is not None and before.capitalized and self._adjective(before):
            return mention.text  # "Верховна Рада", "Государственная Дума": a body, though "Рада" is a name too
        if any(parse is not None and is_name(parse) for _word, parse in run) or (
            len(run) >= 2 and run[0][0] is not words[0]
        ):
            # "КНДР Кім Чен Ин": the run of names after a place or an acronym, without it.
            return self.text[run[0][0].start : run[-1][0].end]
        # "NATO Secretary General Mark Rutte": the capitalised words after the last title.
        k = len(words)
        while k > 0 and words[k - 1].capitalized and not words[k - 1].acronym and words[k - 1].norm not in ROLE_WORDS:
            k -= 1
        if 0 < k < len(words) and words[k - 1].norm in ROLE_WORDS:
            return self.text[words[k].start : words[-1].end]
        head = self._nominative(words[0]) if len(words) > 1 and words[0].norm not in ROLE_WORDS else None
        if head:
            # An organisation named by a common noun and its complement, in the nominative:
            # "Ради безпеки РФ" gives "Рада безпеки РФ", "штабу АТО" "штаб АТО".
            return head + self.text[words[0].end : words[-1].end]
        # "Рада безпеки РФ": a body named by a noun in the nominative and its complement, whole.
        first_parses = self._parses(words[0])
        nominative = any(p.tag.case in (None, "nomn") and "plur" not in p.tag for p in first_parses)
        body = words[0].norm not in ROLE_WORDS and any(p.tag.POS == "NOUN" for p in first_parses)
        if words[0].capitalized and nominative and body:
            return self.text[words[0].start : words[-1].end]
        i = 0
        while i < len(words) - 1 and (
            words[i].norm in ROLE_WORDS or words[i].norm in CONNECTORS or self._genitive_noun(words[i])
        ):
            i += 1
        return self.text[words[i].start : words[-1].end]

    def _object_noun(self, token: Token) -> bool:
        """A lowercase Cyrillic noun the dictionary reads first in the accusative or dative (a verb's object)."""
        parse = self._parse(token)
        if token.capitalized or parse is None:
            return False
        return parse.tag.POS == "NOUN" and parse.tag.case in ("accs", "datv")

    def _with_complement(self, sentence: Sentence, mention: Mention, complement: int) -> Mention:
        """The mention run on to token `complement` (its genitive complement, with a quoted name's closing mark:
        "Міністерство охорони здоров'я", "директор сети «Пятерочка»"); a role stays one, to be resolved to its holder,
        a body is entered with its complement. The mention itself when there is no complement."""
        if complement <= mention.last:
            return mention
        tokens = sentence.tokens
        end = tokens[complement - 1].end
        end = next((c + 1 for o, c in sentence.quotes if o < end <= c), end)  # the quoted name's closing mark
        text = self.text[tokens[mention.first].start : end]
        if mention.role:
            return dataclasses.replace(mention, last=complement, text=text)
        return Mention(mention.first, complement, text, kind=mention.kind)

    def _kind_noun(self, token: Token) -> bool:
        """A noun for a kind of body or outlet, which a name after it names ("агентство ТАСС", "партія ЄС")."""
        return bool(self._noun_lemmas(token) & _KIND_NOUNS) or self._media(token)

    def _title_before(self, tokens: list[Token], k: int) -> tuple[Token | None, int]:
        """The noun that heads the lowercase Cyrillic title ending at token k (its first noun, None if none), and the
        index of the word before the title."""
        head = None
        while k >= 0 and not tokens[k].capitalized and is_cyrillic(tokens[k].text):
            parse = self._parse(tokens[k])
            if parse is None or parse.tag.POS not in ("NOUN", "ADJF"):
                break
            head = tokens[k] if parse.tag.POS == "NOUN" else head
            k -= 1
        return head, k

    def _role_headed_title(self, tokens: list[Token], k: int) -> bool:
        """Whether the lowercase title that ends at token k opens with a person's noun in the nominative ("представитель
        военного командования", "лідерка партії"; not "керівництво армії", "офіцерку резерву")."""
        head, _before = self._title_before(tokens, k)
        return head is not None and any(
            p.tag.POS == "NOUN" and "anim" in p.tag and p.tag.case in (None, "nomn") for p in self._parses(head)
        )

    def _after_preposition(self, tokens: list[Token], k: int) -> bool:
        """Whether the lowercase title that ends at token k follows a preposition ("до директора ФБР")."""
        _head, before = self._title_before(tokens, k)
        return before >= 0 and tokens[before].norm in PREPOSITIONS

    def _noun_before_name(self, token: Token) -> bool:
        """A lowercase Cyrillic noun that is no role before a name in an oblique case: the name is its complement
        ("підтвердив перемогу Байдена", "обвинили в пособничестве России"), not the verb's subject."""
        parse = self._parse(token)
        if token.capitalized or parse is None or parse.tag.POS != "NOUN":
            return False
        return not self._role_lemma(token)

    def _adverb(self, token: Token) -> bool:
        return any(p.tag.POS == "ADVB" for p in self._parses(token)[:2])

    def _adjective(self, token: Token) -> bool:
        """Whether the dictionaries can read a Cyrillic word as an adjective ("Верховна", "Зеленій", which is
        also a surname)."""
        return any(p.tag.POS == "ADJF" for p in self._parses(token))

    def _role_adjectives(self, tokens: list[Token], before: Mention, role: Mention) -> bool:
        """Whether only a role's adjectives in the nominative stand between a mention and the role ("сообщил ТАСС
        военно-дипломатический источник")."""
        between = tokens[before.last : role.first]
        return bool(role.role and between) and all(
            is_cyrillic(t.text) and self._nominative_adjective(t) for t in between
        )

    def _nominative_adjective(self, token: Token) -> bool:
        """Whether the dictionaries can read a Cyrillic word as an adjective in the nominative ("информированный")."""
        return any(p.tag.POS == "ADJF" and p.tag.case in (None, "nomn") for p in self._parses(token))

    def _nominative(self, token: Token) -> str | None:
        """The nominative of a Cyrillic common noun in another case (singular unless read only as a plural),
        keeping its capital."""
        if token.acronym:
            return None
        parses = [p for p in self._parses(token) if p.is_known and p.tag.POS == "NOUN" and not is_name(p)]
        # Followed by its complement, a noun that can be oblique is read so ("Ради безпеки": of the council).
        if any(p.tag.case in (None, "nomn") and "plur" not in p.tag for p in parses):
            return None  # a nominative singular already ("Рада")
        oblique = [p for p in parses if p.tag.case not in (None, "nomn")]
        if not oblique:
            return None
        parse = next((p for p in oblique if "gent" in p.tag), oblique[0])
        # A plural read only as such stays plural ("у заяві авіакомпаній": the airlines).
        number = "plur" if all("plur" in p.tag for p in oblique) else "sing"
        inflected = parse.inflect({"nomn", number}) or parse.inflect({"nomn"})
        # The normal form of a noun is its nominative singular, when the dictionary cannot inflect it.
        word = (inflected.word if inflected else parse.normal_form).replace("'", APOSTROPHE)
        return word[:1].upper() + word[1:] if token.capitalized else word

    def _parses(self, token: Token, language: str | None = None) -> list:
        """pymorphy3's parses of a Cyrillic word, best first (none for other scripts)."""
        if not is_cyrillic(token.text):
            return []
        return _parse_word(token.norm, language or self._dictionary_language())

    def _dictionary_language(self) -> str:
        """The dictionary for Cyrillic words: the text's language, Ukrainian for any other."""
        return self.language if self.language in ("uk", "ru") else "uk"

    def _parse(self, token: Token):
        parses = self._parses(token)
        return parses[0] if parses else None

    def _genitive_noun(self, token: Token) -> bool:
        """A known common noun in a title ("Кремля" in "речник Кремля Дмитро Пєсков")."""
        parse = self._parse(token)
        return bool(parse and parse.is_known and "gent" in parse.tag and not is_name(parse))

    def _antecedent(
        self,
        s: int,
        position: int,
        *,
        persons_only: bool,
        gender: str | None = None,
        named_only: bool = False,
        organisation: bool = False,
    ) -> tuple[str, int | None, str | None] | None:
        """Who a pronoun stands for, when the reading is obvious; None when it is not.

        The one known person named earlier in the same sentence ("Putin said he ..."); else, in the
        preceding sentences (three back at most, going further while one names nobody): the speaker of the
        last statement found there, or the only known person it names, or the only person's name (by the
        dictionaries) outside a prepositional phrase. Two people named make it ambiguous. Only names whose
        grammatical gender agrees with the pronoun's count ("вона" is not "Джонсон").
        """

        def agrees(name: str, speaker_id: int | None = None) -> bool:
            if named_only and not (name[:1].isupper() or name.split()[0] in SURNAME_PARTICLES):
                return False  # a role stands for a named person, not for another role ("фон дер Ляєн" is named)
            if named_only and speaker_id is None and " " not in name and self._role_word(name):
                return False  # ("Командир розповідав, що …": a role at a sentence's start is no name either)
            if gender is None:
                return True
            if name.lower().removeprefix("the ") in EN_PARTIES:
                return False  # "he" is never "New Labour" or "the Tories"
            if (titled := _TITLED_NAME.fullmatch(name)) is not None:
                # "Mr Walkington" is a man, whatever his given name ("Sandy") may say
                return TITLE_GENDERS[titled.group(1).lower()] == gender
            if (told := self._text_gender(name)) is not None:
                return told == gender  # "11-летняя Пейтон Форс": the text's own agreement, whatever the dictionary says
            return (self._known_gender(speaker_id) if speaker_id is not None else _name_gender(name)) in (None, gender)

        current = self.sentences[s]
        earlier = [
            m
            for m in (() if named_only else current.mentions)
            if m.speaker_id is not None
            and current.tokens[m.last - 1].end <= position
            and self._person(m)
            and agrees(m.text, m.speaker_id)
            and not self._in_opening_clause(current, m, position)
        ]
        if len({m.speaker_id for m in earlier}) == 1:
            return earlier[-1].text, earlier[-1].speaker_id, earlier[-1].kind
        if earlier:
            return None  # "Putin met Xi, and he said": either of them
        # "Президент Родриго Тутерте пообещал …: «…», - заявил он": the one person the sentence names as a subject.
        named_here = [] if named_only else self._subject_names(current, position, agrees)
        # Not a name in a clause of its own ("When Boris Johnson interrupted, she said").
        named_here = [m for m in named_here if not self._in_subordinate(current, m)]
        if len(named_here) == 1:
            return self._display_name(current, named_here[0]), None, "person"
        # "Cardinal O'Connor claimed …, but he said: «…»": the one who spoke earlier in the same sentence
        spoke_here = (
            []
            if named_only
            else [
                (c.speaker_mention, c.speaker_id, c.speaker_kind or None)
                for c in self.candidates[-20:]
                if current.start <= c.start < position
                and c.speaker_mention
                and not c.media
                and (not persons_only or c.speaker_kind in ("", "person"))
                and (not organisation or c.speaker_kind == "organization")
                and agrees(c.speaker_mention, c.speaker_id)
            ]
        )
        # (a role nobody was named for only after "but"/"and": "The minister admitted …, but he said"; not "the
        # chancellor said …, he told activists", where "he" is the person named before)
        coordinated = _COORDINATED_PRONOUN.search(self.text, current.start, position) is not None
        spoke_here = [sp for sp in spoke_here if sp[0][:1].isupper() or coordinated]
        if not named_here and len({(sp[0], sp[1]) for sp in spoke_here}) == 1:
            return spoke_here[-1]
        # ("The minister admitted …, but he said: «…»": the subject of the verb of saying before, not found yet)
        earlier_verbs = (
            []
            if named_only or named_here
            else [v for v in self._verbs(current) if current.tokens[v].end <= position and v > 0]
        )
        if earlier_verbs and not self._resolving:
            self._resolving = True
            try:
                first_speaker, subject, _inverted = self._verb_speaker(s, earlier_verbs[0])
            finally:
                self._resolving = False
            if (
                first_speaker
                and subject is not None
                and not subject.pronoun
                and (not persons_only or first_speaker[2] in (None, "person"))
                and agrees(first_speaker[0], first_speaker[1])
                and ", " in self.text[current.tokens[earlier_verbs[0]].end : position]
                and (first_speaker[0][:1].isupper() or coordinated)
            ):
                return first_speaker
        for back in self._sentences_back(s, gender):
            sentence = self.sentences[back]
            speakers = [
                sp
                for sp in sentence.speakers
                # (an outlet the news came from is no person: "Об этом сообщает AFP. По словам главы ЦИК, …")
                if (not persons_only or (sp[2] in (None, "person") and not self._outlet_named(sp[0])))
                and (not organisation or sp[2] == "organization")
                and agrees(sp[0], sp[1])
            ]
            if speakers and (later := self._later_clause_subject(sentence, agrees)) is not None:
                return later  # "X claimed the race would be close, but McIlroy is unfazed. He admitted: …"
            if speakers:
                return self._last_in_text(sentence, speakers)
            # "…, he said Ryan. “…,” he said": the same pronoun as the subject of a verb of saying there stands for
            # the same person, not for a name that sentence holds as its object.
            same = next(
                (
                    m
                    for m in sentence.mentions
                    if m.pronoun
                    and gender is not None
                    and PRONOUN_GENDERS.get(m.text.lower()) == gender
                    and m.last < len(sentence.tokens)
                    and self._say_verb(sentence.tokens[m.last])
                ),
                None,
            )
            chained = same and self._antecedent(
                back, sentence.tokens[same.first].start, persons_only=persons_only, gender=gender, named_only=named_only
            )
            if chained:
                return chained
            known = [
                m
                for m in sentence.mentions
                if m.speaker_id is not None and (self._person(m) or not persons_only) and agrees(m.text, m.speaker_id)
            ]
            # (after a conjunction or an adverb too: "And she doesn't have a high opinion of Clinton's advisers")
            opening = next(
                (
                    m
                    for m in sentence.mentions[:1]
                    if all(t.norm in CONJUNCTIONS or t.norm in SKIP for t in sentence.tokens[: m.first])
                ),
                None,
            )
            # (not when whom the sentence names is whom its subject turned to: "She handed the microphone to Mary
            # Roe", "Вона передала слово Олені Іваненко")
            if (
                known
                and gender is not None
                and opening
                and PRONOUN_GENDERS.get(opening.text.lower()) == gender
                and not any(self._recipient(sentence, m) for m in known)
            ):
                # "She appeared to imply that … Clinton …. “…,” she said": a sentence whose subject is the same
                # pronoun is about the same person, not about one it names inside.
                chained = self._antecedent(
                    back, sentence.tokens[0].start, persons_only=persons_only, gender=gender, named_only=named_only
                )
                if chained:
                    return chained
            if organisation:
                # "воно"/"оно"/"it" is a body the text named: not a person, nor a country ("Україні"); of two, the
                # one named after a neuter noun of its kind ("підприємство «Лекхім». Воно …").
                known = [m for m in known if m.kind == "organization" and not self._place(sentence, m)]
                neuter = [m for m in known if m.first and self._neuter_noun(sentence.tokens[m.first - 1])]
                known = neuter if len(known) > 1 and len({m.speaker_id for m in neuter}) == 1 else known
            if len({m.speaker_id for m in known}) == 1:
                return known[0].text, known[0].speaker_id, known[0].kind
            if known:
                subject = self._subject_over_embedded(sentence, known) or self._subject_before_verb(sentence, known)
                return (subject.text, subject.speaker_id, subject.kind) if subject else None
            if back == s - 1 and (held := self._role_subject_holder(sentence)) is not None and agrees(held[0], held[1]):
                return held  # "Российский министр отправил коллеге телеграмму. Он выразил надежду": the minister
            named = self._subject_names(sentence, sentence.end, agrees)
            if len(named) > 1:
                subject = self._subject_over_embedded(sentence, named) or self._subject_before_verb(sentence, named)
                named = [subject] if subject else named
            if len(named) == 1:
                return self._display_name(sentence, named[0]), None, "person"
            if named:
                return None
            # "предприятие «Лекхим». Оно же заявило": the one organisation the sentence names, for "it"/"воно".
            bodies = [m for m in sentence.mentions if m.kind == "organization" and not m.pronoun]
            if organisation and len({m.text for m in bodies}) == 1:
                return bodies[0].entered or bodies[0].text, bodies[0].speaker_id, "organization"
        return self._last_speaker_past_things(s, gender, agrees) if gender is not None else None

    def _last_in_text(self, sentence: Sentence, speakers: list[tuple]) -> tuple:
        """Of the speakers of a sentence's statements, the last one found; but the speaker of a quotation that closes
        the sentence when the sentence names them ("After Beck asked who would win, D'Souza replied, “…”": D'Souza,
        whose words were found before Beck's question)."""
        words = self.text[sentence.start : sentence.end]
        closing = [
            c
            for c in self.candidates[-60:]  # (the sentence is one of the last few)
            if c.kind == "direct"
            and sentence.start <= c.start < sentence.end
            and not self.text[c.end : sentence.end].strip(" \n\"'.,!?…”»’")
            and c.speaker_mention
            and c.speaker_mention in words
        ]
        if closing:
            last = closing[-1]
            for sp in reversed(speakers):
                if sp[:2] == (last.speaker_mention, last.speaker_id):
                    return sp
        return speakers[-1]

    def _last_speaker_past_things(self, s: int, gender: str, agrees) -> tuple | None:
        """The last speaker of a statement up to six sentences back, when the sentences since name no person and no
        role, only things and bodies ('… said X, co-founder of Blinkr. In the latest release of Blinkr, the company
        has added … What users do … shows … “…,” he said'); else None."""
        for back in range(s - 1, max(-1, s - 7), -1):
            sentence = self.sentences[back]
            speakers = [sp for sp in sentence.speakers if sp[2] in (None, "person") and agrees(sp[0], sp[1])]
            if speakers:
                return speakers[-1]
            if sentence.speakers or any(
                m.role or m.kind == "person" or (not m.pronoun and self._person_like(sentence, m))
                for m in sentence.mentions
            ):
                return None
        return None

    def _interviewed_before(self, s: int, position: int) -> tuple | None:
        """The person the sentence right before names as its subject giving an interview, when it quotes nothing
        ("Вскоре гитарист Олег Иванов дал интервью газете."): whose words the quotation after it is;
        else None."""
        if s == 0:
            return None
        sentence = self.sentences[s - 1]
        match = _GAVE_INTERVIEW.search(self.text, sentence.start, sentence.end)
        if match is None or sentence.quotes:
            return None
        tokens = sentence.tokens
        verb = self._token_at(sentence, match.start())
        subjects = [
            m
            for m in sentence.mentions
            if m.last <= verb
            and not m.pronoun
            and not m.role
            and (self._person_like(sentence, m) or (m.last - m.first >= 2 and self._first_name(tokens[m.first])))
        ]
        if len(subjects) != 1 or any(self._say_verb(t) for t in tokens[subjects[0].last : verb]):
            return None
        subject = subjects[0]
        here = self.sentences[s]
        verb = here.tokens[min(self._token_at(here, position), len(here.tokens) - 1)]
        genders = self._past_genders(verb)
        gender = (
            self._known_gender(subject.speaker_id) if subject.speaker_id is not None else _name_gender(subject.text)
        )
        if len(genders) == 1 and gender is not None and gender not in genders:
            return None  # (a verb of the other gender: someone else)
        if subject.speaker_id is not None:
            return subject.text, subject.speaker_id, subject.kind
        return self._display_name(sentence, subject), None, "person"

    def _later_clause_subject(self, sentence: Sentence, agrees) -> tuple | None:
        """The person an English clause after the sentence's last statement opens with, after "but" ("…, but McIlroy is
        unfazed"): the sentence ends on them, and a pronoun after it stands for them; else None."""
        last = next((c for c in reversed(self.candidates) if sentence.start <= c.start < sentence.end), None)
        if last is None or is_cyrillic(self.text[sentence.start : sentence.end]):
            return None
        tokens = sentence.tokens
        for m in sentence.mentions:
            if tokens[m.first].start <= last.start or m.pronoun or m.role or m.first == 0:
                continue  # (the clause may close the statement's span: "… Reina but McIlroy is unfazed")
            if any(o > tokens[m.first].start for o, _c in sentence.quotes):
                continue  # (a clause with quoted words is what was said: "…, X said, but Leeds was “in your face”")
            verb = tokens[m.last] if m.last < len(tokens) else None
            if (
                tokens[m.first - 1].norm == "but"
                and verb is not None
                and (verb.norm in ("is", "was", "remains", "remained") or self._finite_en(verb))
                and self._person_name(sentence, m)
                and agrees(m.text, m.speaker_id)
            ):
                name = self._display_name(sentence, m) if m.speaker_id is None else m.text
                return name, m.speaker_id, "person"
        return None

    def _sentences_back(self, s: int, gender: str | None):
        """The sentences before s where a pronoun's antecedent is looked for: three, and further past each that
        names nobody but by the same pronoun ("Ahmad al-Rifai fled Syria. He lives in Berlin. In April, he will
        start … He hopes … “…,” he says"), ten at most."""
        budget, back = 3, s - 1
        while back >= 0 and budget > 0 and s - back <= 10:
            sentence = self.sentences[back]
            if (
                s - back > 3
                and not any(not m.pronoun and self._person_like(sentence, m) for m in sentence.mentions)
                and any(
                    self._person_noun(t) or self._english_person_noun(sentence.tokens, k)
                    for k, t in enumerate(sentence.tokens)
                    if not t.in_quote
                )
            ):
                return  # past the usual three, someone brought in by a noun ("Then a local resident stood up")
            yield back
            pronouns = [m for m in sentence.mentions if m.pronoun]
            same = gender is not None and any(PRONOUN_GENDERS.get(m.text.lower()) == gender for m in pronouns)
            others = [m for m in sentence.mentions if not m.pronoun and not self._place(sentence, m)]
            if not (same and not others):
                budget -= 1  # (a place named besides the pronoun names nobody: "He now lives in Berlin")
            back -= 1

    def _english_person_noun(self, tokens: list[Token], k: int) -> bool:
        """An English role or a word for a person after an article ("a local resident", "the woman")."""
        token = tokens[k]
        if is_cyrillic(token.text) or token.capitalized:
            return False
        article = next((tokens[j] for j in range(k - 1, max(-1, k - 3), -1) if tokens[j].norm in ARTICLES), None)
        return article is not None and (token.norm in ROLE_NOUNS or token.norm in _EN_PERSON_NOUNS)

    def _subject_names(self, sentence: Sentence, position: int, agrees) -> list[Mention]:
        """The unknown people's names before the position that can be the sentence's subject (not in a
        prepositional phrase, "in the States") and agree with the pronoun."""
        tokens = sentence.tokens
        return [
            m
            for m in sentence.mentions
            if m.speaker_id is None
            and not m.pronoun
            and not m.role
            and m.kind != "organization"
            and sentence.tokens[m.last - 1].end <= position
            and self._person_name(sentence, m)
            and self._can_be_subject(sentence, m)
            and not self._in_phrase(sentence, m)
            and not (m.first >= 2 and tokens[m.first - 1].norm in ARTICLES and tokens[m.first - 2].norm in PREPOSITIONS)
            and agrees(m.text)
        ]

    def _recipient(self, sentence: Sentence, mention: Mention) -> bool:
        """Whether a name is whom something was given or said to: after "to", "with" or "for", or a Cyrillic name that
        can only be in the dative ("передала слово Олені Іваненко")."""
        tokens = sentence.tokens
        if mention.first and tokens[mention.first - 1].norm in ("to", "with", "for", "до", "к", "ко", "з", "с"):
            return True
        words = [t for t in tokens[mention.first : mention.last] if is_cyrillic(t.text)]
        readings = [{case for _g, case, _p in _name_readings(t.text, self._dictionary_language())} for t in words]
        return any(r and r <= {"datv", "loct"} for r in readings)  # (a surname may read in every case)

    def _in_opening_clause(self, sentence: Sentence, mention: Mention, position: int) -> bool:
        """Whether the mention stands in a participle's clause that opens the sentence before a comma, and the
        position comes after that comma ("Asked about her vote in the event that Clinton wins, she replied",
        "Відповідаючи на питання про Трампа, вона сказала"): the participle's subject is the main clause's, so its
        pronoun does not stand for someone named there. (Not a subordinate clause: "When Flynn was asked …, he
        said" is Flynn.)"""
        tokens = sentence.tokens
        # The clause ends at the sentence's first comma; the mention stands before it, the position after it.
        comma = next((k for k in range(1, len(tokens)) if "," in self.text[tokens[k - 1].end : tokens[k].start]), None)
        first = tokens[0]
        if comma is None or mention.last > comma or tokens[comma].start > position or first.in_quote:
            return False
        if mention.first == 0 or any(m.first == 0 for m in sentence.mentions) or len(tokens) < 2:
            return False  # ("Fred Lane met …": a name, not a participle)
        if not is_cyrillic(first.text):
            # "Asked about …", "Speaking at …": a participle and its complement
            following = tokens[1].norm in PREPOSITIONS | ARTICLES | COMPLEMENTIZERS | {"whether", "if", "by"}
            return first.capitalized and first.norm.endswith(("ed", "ing")) and following
        return any(p.tag.POS in ("GRND", "PRTF", "PRTS") for p in self._parses(first)[:1])

    def _in_subordinate(self, sentence: Sentence, mention: Mention) -> bool:
        """Whether a conjunction of a subordinate clause opens the clause the mention stands in ("When X
        interrupted", "Когда Петров его перебил")."""
        tokens = sentence.tokens
        k = mention.first - 1
        while k >= 0 and not any(ch in ",;:" for ch in self.text[tokens[k].end : tokens[k + 1].start]):
            if tokens[k].norm in SUBORDINATORS:
                return True
            k -= 1
        return False

    def _text_gender(self, name: str) -> str | None:
        """The gender the text itself gives a Cyrillic name by the words that agree with it: a past verb right after
        it or an adjective in the nominative right before it ("11-летняя Пейтон Форс", "Пейтон заявила"); None
        when the text does not tell, or tells both."""
        words = [normalize(w) for w in WORD.findall(name)]
        found = {self._agreement_genders.get(w) for w in words} - {None}
        return found.pop() if len(found) == 1 else None

    @functools.cached_property
    def _agreement_genders(self) -> dict[str, str]:
        """The words of Cyrillic names (as normalised) with the one gender the words agreeing with them show."""
        votes: dict[str, set[str]] = {}
        for sentence in self.sentences:
            tokens = sentence.tokens
            for m in sentence.mentions:
                if m.pronoun or m.role or m.quoted or not is_cyrillic(m.text) or m.kind == "organization":
                    continue
                if not any(p.tag.case in (None, "nomn") for p in self._parses(tokens[m.last - 1])[:3]):
                    continue  # (not "Путину позвонила Меркель": whom, not who)
                genders: set[str] = set()
                if m.last < len(tokens) and self._adjacent(tokens, m.last):
                    for p in self._parses(tokens[m.last])[:1]:
                        if p.tag.POS == "VERB" and "past" in p.tag and "plur" not in p.tag:
                            genders |= {g for g in ("masc", "femn") if g in p.tag}
                if m.first > 0 and self._adjacent(tokens, m.first) and not tokens[m.first - 1].capitalized:
                    for p in self._parses(tokens[m.first - 1])[:1]:
                        if p.tag.POS == "ADJF" and "nomn" in p.tag and "plur" not in p.tag:
                            genders |= {g for g in ("masc", "femn") if g in p.tag}
                if not genders:
                    genders = self._inverted_agreement(tokens, m.first)
                if len(genders) == 1:
                    gender = genders.pop()
                    for word in WORD.findall(m.text):
                        votes.setdefault(normalize(word), set()).add(gender)
        return {word: genders.pop() for word, genders in votes.items() if len(genders) == 1}

    def _inverted_agreement(self, tokens: list[Token], first: int) -> set[str]:
        """The gender the words before a name show when the name follows its verb of saying or a role in
        apposition: "— сказала директорка PÖFF Тііна Локк" (femn by the verb and by the feminine role noun),
        "заявил Хан". A role noun counts only when feminine: a masculine one ("директор") names women too."""
        j = first - 1
        skipped = 0
        # (the role's complement: an acronym or Latin name, or a lower-case genitive: "директорка PÖFF", "речниця
        # компанії")
        while j > 0 and skipped < 3 and self._adjacent(tokens, j + 1):
            token = tokens[j]
            genitive = not token.capitalized and any(
                p.tag.case == "gent" and p.tag.POS in ("NOUN", "ADJF") for p in self._parses(token)[:1]
            )
            if is_cyrillic(token.text) and not genitive and not token.text.isupper():
                break
            j -= 1
            skipped += 1
        genders: set[str] = set()
        if j < 0 or not self._adjacent(tokens, j + 1):
            return genders
        role = tokens[j]
        person_noun = [
            p
            for p in self._parses(role)[:1]
            if p.tag.POS == "NOUN" and "anim" in p.tag and "nomn" in p.tag and "plur" not in p.tag
        ]
        if not role.capitalized and person_noun:
            if "femn" in person_noun[0].tag:
                genders.add("femn")
            j -= 1
        elif j + 1 != first:
            return genders  # (a complement with no role before it: nothing agrees with the name)
        if j >= 0 and self._adjacent(tokens, j + 1) and self._say_verb(tokens[j]):
            for p in self._parses(tokens[j])[:1]:
                if p.tag.POS == "VERB" and "past" in p.tag and "plur" not in p.tag:
                    genders |= {g for g in ("masc", "femn") if g in p.tag}
        return genders

    def _known_gender(self, speaker_id: int) -> str | None:
        """A known speaker's gender, when the first names of its names in Cyrillic tell one ("Гілларі Клінтон"
        for "Clinton"; not a surname alone, which may be read as either: "Хан")."""
        if speaker_id not in self.known_genders:
            genders = {_name_gender(name, first_names_only=True) for name in self.index.speakers[speaker_id].names}
            genders.discard(None)
            self.known_genders[speaker_id] = genders.pop() if len(genders) == 1 else None
        return self.known_genders[speaker_id]

    def _role_subject_holder(self, sentence: Sentence) -> tuple | None:
        """The person a role noun stands for when it is a Cyrillic sentence's subject before its first verb and the
        sentence names no one else before that verb ("4 июля российский министр отправил американскому коллеге
        телеграмму": the minister the text named); None when the role is no one the text named."""
        roles = [m for m in sentence.mentions if m.role and not m.pronoun]
        if not roles or not is_cyrillic(sentence.tokens[roles[0].first].text):
            return None
        subject = roles[0]
        if self._subject_before_verb(sentence, [subject]) is None:
            return None
        verb_at = next(k for k in range(subject.last, len(sentence.tokens)) if self._verb_token(sentence.tokens[k]))
        if any(m is not subject and m.first < verb_at for m in sentence.mentions):
            return None
        # (only someone the text titled with that role, the one person it so titled: "Сільський голова" is no
        # deputy head named before)
        position = sentence.tokens[subject.first].start
        holders = self._role_holders(subject.role, position, self._nationality(sentence.tokens, subject.first))
        return holders[-1] if len({h[:2] for h in holders}) == 1 else None

    def _verb_token(self, token: Token) -> bool:
        """A Cyrillic word outside quote marks that the dictionary reads first as a verb."""
        return (
            not token.in_quote and is_cyrillic(token.text) and any(p.tag.POS == "VERB" for p in self._parses(token)[:1])
        )

    def _subject_before_verb(self, sentence: Sentence, mentions: list[Mention]) -> Mention | None:
        """Of several people a Cyrillic sentence names, the one before its first verb, in the nominative, when
        all the others come after that verb ("Министр Сергей Лавров направил телеграмму госсекретарю США Марко
        Рубио. Он выразил надежду": Lavrov); else None ("Путину позвонил Макрон")."""
        tokens = sentence.tokens
        verb = next((k for k, t in enumerate(tokens) if self._verb_token(t)), None)
        if verb is None:
            return None
        if any(t.norm in SUBORDINATORS for t in tokens[:verb]):
            return None  # ("После того как Петренко ушел, его пост занял Иванов": the first verb is a clause's)

        # (one person: a known speaker by their id, anyone else by the name as written)
        def who(m: Mention):
            return m.speaker_id if m.speaker_id is not None else m.text

        before = [m for m in mentions if m.last <= verb]
        if len({who(m) for m in before}) != 1:
            return None
        if not all(m.first > verb for m in mentions if who(m) != who(before[0])):
            return None
        subject = before[0]
        words = [t for t in self._mention_words(sentence, subject) if t.capitalized and is_cyrillic(t.text)]
        # (every word of the name can be in the nominative: not "Андрею Петренко позвонила Ирина Соколова")
        nominative = all(
            any("nomn" in p.tag or p.tag.case is None or not p.is_known for p in self._parses(t)[:3]) for t in words
        )
        if not nominative or not self._can_be_subject(sentence, subject) or self._in_phrase(sentence, subject):
            return None
        return subject

    def _subject_over_embedded(self, sentence: Sentence, mentions: list[Mention]) -> Mention | None:
        """The first of several people a sentence names, when all the others come after a "that" behind it
        ("Hart regretted that voters had given Baker a shot at succeeding Moss": Hart is what the
        sentence is about); None when another is beside it ("Putin met Xi")."""
        tokens = sentence.tokens
        first = min(mentions, key=lambda m: m.first)
        if self._in_phrase(sentence, first):
            # "As for Carson's mangling of “Hamas,” Levine found comic relief in it": the one person outside the
            # phrases, when the phrase opens the sentence before a comma
            free = [m for m in mentions if not self._in_phrase(sentence, m)]
            opening = next((k for k in range(1, len(tokens)) if "," in self._gap(tokens, k)), None)
            if (
                len({m.speaker_id if m.speaker_id is not None else m.text for m in free}) == 1
                and opening is not None
                and first.last <= opening <= free[0].first
                and not is_cyrillic(tokens[free[0].first].text)
            ):
                return free[0]
            return None
        # ("… questions about whether Trump's campaign boosts Vladimir Putin": an indirect question embeds too)
        that = next(
            (i for i in range(first.last, len(tokens)) if tokens[i].norm in COMPLEMENTIZERS | EMBEDDING_WH), None
        )
        others = [
            m for m in mentions if m.first != first.first and (m.speaker_id is None or m.speaker_id != first.speaker_id)
        ]
        # (not one in a phrase of the first one's: "Michael Flynn, a surrogate for Donald Trump, …")
        if that is None:
            # "Mr Kennedy held talks with Tony Blair on Friday": the others only in prepositional phrases
            # (not a passive's agent: "X was criticised by Y. He said")
            beside = [m for m in others if not self._in_phrase(sentence, m) or tokens[m.first - 1].norm == "by"]
            return first if others and not beside else None
        if any(m.first < that and not self._in_phrase(sentence, m) for m in others):
            return None
        return first

    def _genitive_modifier(self, sentence: Sentence, mention: Mention) -> bool:
        """Whether a Cyrillic name only qualifies the noun right before it ("безпеки РФ", "Секретар
        Ради"): that noun is a common noun, and every word of the name can be genitive or is an acronym."""
        if mention.pronoun or mention.role or mention.first == 0 or not is_cyrillic(mention.text):
            return False
        tokens = sentence.tokens
        previous = tokens[mention.first - 1]
        if not self._adjacent(tokens, mention.first) or not is_cyrillic(previous.text):
            return False
        if not any(p.tag.POS == "NOUN" and not is_name(p) for p in self._parses(previous)):
            return False
        if mention.first >= 2 and tokens[mention.first - 2].text.isdigit() and self._noun_lemmas(previous) & TIME_UNITS:
            return False  # "В апреле 2015 года ЕК заявила": a date before the subject, not whose year
        if previous.norm in CALENDAR_LEMMAS or self._noun_lemmas(previous) & CALENDAR_LEMMAS:
            return False  # "У вівторок МОЗ повідомив": when, not whose Tuesday
        after_role = bool(self._role_lemma(previous))
        words = tokens[mention.first : mention.last]
        # "до депутата Миколи Левченка": a first name and surname in the role's own case are its holder.
        own_case = after_role and any("gent" in p.tag for p in self._parses(previous))
        if own_case and len(words) > 1 and self._first_name(words[0]):
            return False
        # "Президент Майя Санду заявила": a title in the nominative, then its holder's first name in the nominative
        nominative_role = after_role and any("nomn" in p.tag for p in self._parses(previous)[:1])
        if (
            nominative_role
            and len(words) > 1
            and self._first_name(words[0])
            # (a singular nominative, and a surname that can be one: not "Речниця Юлії Тимошенко", whose spokeswoman)
            and any("nomn" in p.tag and "plur" not in p.tag for p in self._parses(words[0])[:2])
            and not any("gent" in p.tag for p in self._parses(words[0])[:1])
            and any("nomn" in p.tag or p.tag.case is None for p in self._parses(words[-1])[:3])
        ):
            return False
        for token in words:
            if token.acronym:
                continue
            parses = self._parses(token)
            if self._undeclined(token.text, tuple(parses)) and not any(
                "nomn" in p.tag or p.tag.case is None for p in self._parses(previous)
            ):
                # "к тернопольцам Хоптян заявил": a guess of the genitive is no evidence after a noun that cannot be
                # the subject itself (but "Защита Каримзода заявила": whose defence)
                return False
            # ("Сафонов" first read as "of the Safons": a first name in the plural is no reading of a name)
            parses = [p for p in parses if not {"Name", "plur"} <= p.tag.grammemes] or parses
            if not parses or not (("gent" in parses[0].tag) or (after_role and any("gent" in p.tag for p in parses))):
                # The dictionaries' first reading decides ("Том" is a name), any reading after a role
                # ("Секретар Ради": of the council).
                return False
        return True

    def _undeclined(self, word: str, parses: tuple) -> bool:
        """A word `_unknown_in_a` reads as a name that does not decline, unless the text writes the nominative the
        dictionary guesses for it ("Шора" is the genitive of the "Шор" the text names)."""
        if not _unknown_in_a(word, parses):
            return False
        return not any(normalize(p.normal_form) in self._text_words for p in parses)

    @functools.cached_property
    def _text_words(self) -> frozenset[str]:
        return frozenset(normalize(m.group()) for m in WORD.finditer(self.text))

    def _institution_name(self, sentence: Sentence, mention: Mention) -> bool:
        """Whether a Cyrillic name follows the capitalised noun for an institution in the locative, dative or
        instrumental, as the rest of its proper name ("профессор … в Университете Дьюк поясняет"): part of the
        phrase, not the subject."""
        if mention.pronoun or mention.role or mention.first == 0 or not is_cyrillic(mention.text):
            return False
        previous = sentence.tokens[mention.first - 1]
        if not is_cyrillic(previous.text) or not self._adjacent(sentence.tokens, mention.first):
            return False
        titled = any(m.role and m.last < mention.first - 1 for m in sentence.mentions)  # "профессор … в Университете"
        if not titled or not sentence.tokens[mention.first].capitalized or not previous.capitalized:
            # ("комитета сенатор-республиканец X": a title, its holder; "в суде Сюткин обещает": where, then who; a
            # capitalised noun in mid-sentence opens an institution's proper name)
            return False
        parses = [p for p in self._parses(previous) if p.is_known and p.tag.POS == "NOUN"]
        # (in the locative, dative or instrumental: a genitive is whose title it is, "глава комитета X Y")
        return (
            bool(parses)
            and all(p.tag.case in ("loct", "datv", "ablt", "loc2") for p in parses)
            and bool(self._noun_lemmas(previous) & INSTITUTION_NOUNS)
        )

    def _complement_word(self, sentence: Sentence, mention: Mention) -> bool:
        """A one-word genitive complement of the noun before it, by the dictionary's own first reading
        ("представник Мінфіну", "речник Кремля"), not a name that may be genitive ("адвокат Карим")."""
        if mention.last - mention.first != 1 or not self._genitive_modifier(sentence, mention):
            return False
        parses = self._parses(sentence.tokens[mention.first])
        return sentence.tokens[mention.first].acronym or bool(parses and parses[0].is_known and "gent" in parses[0].tag)

    def _quoted_in_title(self, sentence: Sentence, o: int, c: int) -> bool:
        """Whether the quotation o..c is a short name in a title right before a person's name ("керівник фракції
        «Слуга народу» Давид Арахамія", "CEO of “Acme” John Smith")."""
        words = WORD.findall(self.text, o, c)
        if not words or len(words) > 4 or not words[0][0].isupper():
            return False  # ("назвав «зрадником» Петра Порошенка": whom the words name)
        return any(
            not self.text[c + 1 : sentence.tokens[m.first].start].strip()
            and not (m.pronoun or m.role or m.quoted)
            and self._person_name(sentence, m)
            for m in sentence.mentions
            if sentence.tokens[m.first].start > c
        )

    def _quoted_name_at(self, sentence: Sentence, position: int) -> bool:
        """Whether the quotation around the position is a short name or title, not someone's words."""
        for o, c in sentence.quotes:
            if o < position < c:
                return len(WORD.findall(self.text, o, c)) <= 4
        return False

    def _nominative_of_gender(self, mention: Mention, verb: Token) -> bool:
        """Whether the last word of a Cyrillic name can be a nominative of the gender of the past verb ("Петрова"
        after "рассказал" cannot: a woman's nominative, a man's genitive); True when the verb or word says nothing."""
        genders = self._past_genders(verb)
        words = WORD.findall(mention.text)
        if len(genders) != 1 or not words or not is_cyrillic(words[-1]):
            return True
        parses = [p for p in _parse_word(normalize(words[-1]), self._dictionary_language()) if p.is_known]
        parses = [p for p in parses if "Surn" in p.tag.grammemes]  # (not "Мусаев", read as a plural of "Мусай")
        return not parses or any(
            ("nomn" in p.tag or p.tag.case is None) and (p.tag.gender is None or p.tag.gender in genders)
            for p in parses
        )

    def _agrees_with_verb(self, mention: Mention, verb: Token) -> bool:
        """Whether a Cyrillic name can be the subject of the verb: a past-tense verb and the name agree in
        gender ("Соколова заявила"), and the name can be in the nominative ("Джонсона" cannot)."""
        if mention.pronoun or mention.role or not is_cyrillic(mention.text) or not is_cyrillic(verb.text):
            return True
        first_word = WORD.search(mention.text)
        if first_word and (
            (len(first_word.group()) > 1 and first_word.group().isupper()) or MINISTRY_ACRONYM.match(first_word.group())
        ):
            return True  # "МИД Азербайджана заявил", "Минобороны Азербайджана заявило": an undeclined head, whose after
        words = [w for w in WORD.findall(mention.text) if w[:1].isupper() and not w.isupper()]
        if not words:
            return True
        verb_genders = self._past_genders(verb)
        # A body's gender is its head noun's ("Команда Байдена заявила"), not its owner's.
        name_gender = None if mention.kind == "organization" else _name_gender(mention.text)
        known = self.index.genders.get(mention.speaker_id, set()) if mention.speaker_id is not None else set()
        if mention.speaker_id is not None and len(words) == 1 and self._owner_by_gender(words[0], verb):
            return True  # "Бут рассказала": the other known Бут, whose gender it is (_speaker_of)
        if len(known) == 1:
            name_gender = next(iter(known))  # "Гуцул заявила": Евгения Гуцул, whatever else the dictionary reads
        if name_gender is None and mention.speaker_id is None:
            name_gender = _noun_gender(words[0])
        if len(verb_genders) == 1 and name_gender and name_gender not in verb_genders:
            return False
        if mention.kind != "organization" and normalize(words[-1]) in self._text_surnames:
            return True  # "Александр Мясников … Мясников опроверг": a surname, whatever else the word may be
        # The head's case: the last word of a name, the first of a body with whose it is ("Полиция Нью-Йорка").
        head = words[0] if mention.kind == "organization" else words[-1]
        if len(words) > 1 and any(w in CONNECTORS for w in WORD.findall(mention.text)):
            head = words[0]  # "Карла дель Понте": a foreign surname after a particle, undeclined; the given name's case
        last = _parse_word(normalize(head), self.language if self.language in ("uk", "ru") else "uk")
        return not last or any("nomn" in p.tag or p.tag.case is None for p in last) or self._undeclined(head, last)

    def _english_object(self, tokens: list[Token], mention: Mention) -> bool:
        """An English name right after a past verb ("Trump attacked Clinton for …, saying"): its object."""
        if mention.first == 0 or is_cyrillic(tokens[mention.first].text) or not self._adjacent(tokens, mention.first):
            return False
        first = mention.first
        if first >= 2 and tokens[first - 1].norm == "the" and self._adjacent(tokens, first - 1):
            first -= 1  # "Blair defended the Licensing Act, saying": the article of the object's name
        verb = tokens[first - 1]
        if verb.capitalized or not (self._finite_en(verb) or self._say_verb(verb)):
            return False
        # Its subject before it ("Trump attacked Clinton", "Israeli leaders shunned Jimmy Carter"); not an adjective
        # after an article or an adverb ("The embattled Daniel Hart", "Newly elected Mayor").
        before = tokens[first - 2] if first >= 2 else None
        if before is None or before.in_quote or before.norm in ARTICLES or before.norm.endswith("ly"):
            return False  # "“…,” warned Daniel Hart, adding": inverted, the name is its subject
        return before.norm not in PREPOSITIONS and before.norm not in CONJUNCTIONS

    def _english_modifier(self, tokens: list[Token], mention: Mention, v: int, *, adjective: bool = False) -> bool:
        """An English name between an article and a lowercase noun ("explained the Drudge headline by saying"): it
        says what the noun is, nobody who speaks."""
        if mention.first == 0 or mention.last >= v or mention.role or is_cyrillic(tokens[mention.first].text):
            return False
        noun = tokens[mention.last]
        # (with `adjective`, an adjective may stand after the article: "the same Madrid venue")
        determined = tokens[mention.first - 1].norm in ARTICLES or (
            adjective
            and mention.first >= 2
            and tokens[mention.first - 2].norm in ARTICLES
            and tokens[mention.first - 1].norm in EN_DETERMINING_ADJECTIVES
        )
        return (
            determined
            and not (self._say_verb(noun) or self._finite_en(noun) or noun.norm in EN_AUXILIARIES)
            and not (noun.norm in _EN_ADVERBS or noun.norm.endswith("ly"))  # "The Kremlin later issued …, saying"
            # ("The Biden administration defended the decision, saying": the body the name makes)
            and noun.norm not in _BODY_MAKING_NOUNS
            # (a noun, not a word of the clause: "The Electoral Commission on Thursday said")
            and noun.norm not in PREPOSITIONS | ENGLISH_FUNCTION_WORDS | COORDINATORS
            and not noun.capitalized
            and noun.text.isalpha()
            and self._adjacent(tokens, mention.first)
            and self._adjacent(tokens, mention.last)
        )

    def _in_first_clause(self, tokens: list[Token], mention: Mention, v: int) -> bool:
        """Whether, for an English verb at v that shares the subject of a clause before it (a participle, "…, saying",
        or a verb after "and", "and then claimed"), the name is no subject but that clause's object ("X met Y and
        then claimed") or a noun's modifier ("the Drudge headline"; "X won at the same Madrid venue and then
        claimed", with an adjective after the article only before a noun for no person and not right before the
        verb: not "The South African archbishop said", "The Trump empire recently announced")."""
        joined = self._participle(tokens[v]) or (not is_cyrillic(tokens[v].text) and self._after_coordinator(tokens, v))
        if not joined:
            return False
        return (
            self._english_object(tokens, mention)
            or self._english_modifier(tokens, mention, v)
            or (
                mention.last < self._before_adverbs(tokens, v)
                and self._english_modifier(tokens, mention, v, adjective=True)
                and self._thing_noun(tokens[mention.last])
            )
        )

    def _thing_noun(self, token: Token) -> bool:
        """An English lowercase noun that names no person, nor a body of people ("venue", "headline"; not "leader",
        "spokesman", "government")."""
        return not (
            self._role_lemma(token)
            # (a word for someone by what they do: "staffer", "supporter", "activist", "spokesman")
            or token.norm.endswith(("er", "or", "ist", "ian", "ant", "ent", "ee", "man", "woman", "s"))
            or self._person_noun(token)
            or self._english_person_noun([token], 0)
            or token.norm in ORG_NOUNS
            or token.norm in ORG_ANAPHORS
        )

    def _finite_en(self, token: Token) -> bool:
        """An English past verb by its form ("attacked", "met")."""
        return not is_cyrillic(token.text) and (token.norm.endswith("ed") or token.norm in EN_IRREGULAR_PAST)

    def _one_person_for_plural(self, sentence: Sentence, mention: Mention, verb: Token) -> bool:
        """One person's Cyrillic name before a plural verb, not coordinated with another ("… Губарєва
        називають креатурою Левченка": they call him that; not "Путин и Байден выразили")."""
        if mention.pronoun or mention.role or mention.parts or not is_cyrillic(verb.text):
            return False
        parses = [p for p in self._parses(verb) if p.tag.POS == "VERB"]
        if parses and all("plur" in p.tag for p in parses) and mention.anaphor:
            # "… як авіаперевізник пішов назустріч …, додали в авіакомпанії": a singular noun for a body is not
            # the subject of a plural verb
            noun = sentence.tokens[mention.first]
            return not any(p.tag.POS == "NOUN" and "plur" in p.tag for p in self._parses(noun)[:1])
        if not parses or not all("plur" in p.tag for p in parses) or not _name_gender(mention.text):
            return False
        tokens = sentence.tokens
        around = [tokens[k].norm for k in (mention.first - 1, mention.last) if 0 <= k < len(tokens)]
        return not any(word in COORDINATORS or word in WITH_WORDS for word in around)

    def _person_like(self, sentence: Sentence, mention: Mention) -> bool:
        """A known person, or a name the dictionaries know as a first name or surname."""
        if mention.speaker_id is not None:
            return mention.kind in (None, "person")
        return not mention.pronoun and self._person_name(sentence, mention)

    def _person_name(self, sentence: Sentence, mention: Mention) -> bool:
        """Whether the dictionaries know the phrase's last word as a first name or a surname, or the phrase is
        two or more capitalised Cyrillic words the dictionaries know only as names if at all (a foreign name
        written in Cyrillic: "Кемаль Озгюр Тюркмен")."""
        words = self._mention_words(sentence, mention)
        if self.language == "en" and mention.text.lower() in EN_REGIONS:
            return False  # ("Asked which Iowa county was his favorite, he demurred": a state, no one's name)
        if self.language == "en" and not is_cyrillic(words[-1].text):
            # In English, a name whose last word the text also uses alone, as people are called by their
            # surnames ("Donald Trump … Trump said", "Jewell Young … Young"); bodies are not ("the Treasury").
            # A name and where the person is from ("Juan Manriquez of Oakland"): the name before "of".
            # A title with its "of" before the name ("Secretary of State John Kerry"): the name after it.
            of = next((k for k, w in enumerate(words) if w.norm == "of"), None)
            if (after := self._after_title_of(words)) is not None:
                words = words[after:]
            elif of is not None and of >= 2:
                words = words[:of]
            last = words[-1]
            if len(words) >= 2 and words[0].norm in PERSONAL_TITLES:
                return True  # "Mr. Putin", "Ms. Lee": the title says it is a person
            names = [w for w in words if w.norm not in ROLE_WORDS and w.norm not in ARTICLES]
            if (
                2 <= len(names) <= 4
                and any(w.norm in EN_MALE_NAMES | EN_FEMALE_NAMES for w in names[:-1])  # "Retired … Michael Flynn"
                and names[-1].norm not in ORG_NOUNS | EN_NON_PERSON_HEADS  # not "the Clinton Foundation"
                and all(w.capitalized and not w.acronym for w in names)
                and not mention.quoted
            ):
                return True  # "Andrew Hale": a given name opens it
            after = sentence.tokens[mention.last : mention.last + 6]
            if (
                2 <= len(names) <= 3
                and all(w.capitalized and not w.acronym for w in names)
                and names[-1].norm not in ORG_NOUNS | ORG_ANAPHORS | EN_NON_PERSON_HEADS
                and after
                and after[0].norm in ("is", "was")
                and not any(t.norm in ARTICLES for t in after[1:4])  # (not "Deutsche Bank was a founding member")
                and any(self._role_lemma(t) or t.norm in EN_OCCUPATIONS for t in after[1:4])
                and not mention.quoted
            ):
                return True  # "Piers Freelove is senior benefit officer on the picket line": what the name is
            titles = 0
            while titles < len(names) - 1 and self._role_lemma(names[titles]):
                titles += 1  # "Professor Brigid Harrison"
            before = sentence.tokens[mention.first - 1] if mention.first else None
            # "professor Brigid Harrison", "the foreign minister, Erlan Idrissov, said" (an apposition between commas;
            # not "said the mayor, New York.")
            titled = titles or (
                before is not None
                and self._role_lemma(before)
                and (self._adjacent(sentence.tokens, mention.first) or self._between_commas(sentence, mention))
            )
            names = names[titles:]
            if titled and 2 <= len(names) <= 3 and all(w.capitalized and not w.acronym for w in names):
                # "professor Brigid Harrison", "Mayor Ted Terry": a person's title before a given name and a surname
                return names[-1].norm not in ORG_NOUNS | EN_NON_PERSON_HEADS and not mention.quoted
            if (
                len(words) == 2
                and self._role_lemma(words[0])
                and len(names) == 1
                and names[0].capitalized
                and not names[0].acronym
                and words[0].capitalized
                and words[0].norm in _SURNAME_TITLES
                and names[0].norm not in ORG_NOUNS | EN_NON_PERSON_HEADS
                and not mention.quoted
            ):
                return True  # "President Obama", "Senator Warren": a capitalised title and a surname
            if len(names) == 1 and last.norm in self.lone_speakers and not mention.quoted:
                return True  # "Ban also kept a spotlight on the issue": who spoke by that word alone before
            return (
                last.norm in self._surnames
                and last.norm in self._lone_names
                and 1 <= len(names) <= 4
                and all(w.capitalized and not w.acronym for w in names)
                and not mention.quoted
            )
        parse = self._parse(words[-1])
        if parse is not None and is_name(parse) and not words[-1].acronym:  # ("ПА НАТО": no woman named Ната)
            return True
        if (
            2 <= len(words) <= 3
            and is_cyrillic(words[0].text)
            and all(w.capitalized and not w.acronym for w in words)
            and self._first_name(words[0])
            and not mention.quoted
        ):
            return True  # "Анатолий Топал": a first name, then a surname the dictionary reads as a verb
        if self._guessed_full_name(words):
            return True  # "Касым-Жомарт Токаев": a first name the dictionary guesses, then a surname by its ending
        guesses = tuple(self._parses(words[-1]))
        if self._undeclined(words[-1].text, guesses) and all("anim" in p.tag for p in guesses):
            return True  # "Хоптян", read as "of the Хоптяне": someone's surname the dictionary does not know
        return (
            len(words) >= 2
            and all(w.capitalized and not w.acronym and is_cyrillic(w.text) for w in words)
            and all(
                all(not p.is_known for p in parses) or any(is_name(p) for p in parses)
                for parses in map(self._parses, words)
            )
        )

    def _guessed_full_name(self, words: list[Token]) -> bool:
        """Two capitalised Cyrillic words, a first name in the nominative as the dictionary knows or guesses it (an
        unknown "Касым-Жомарт" too) and a surname in the nominative by its ending ("Токаев", which the dictionary
        reads as a plural's genitive)."""
        if len(words) != 2 or not all(is_cyrillic(w.text) and w.capitalized and not w.acronym for w in words):
            return False
        first = self._parses(words[0])[:2]
        if not any("Name" in p.tag.grammemes and "nomn" in p.tag for p in first):
            return False
        if any(p.is_known and "Name" not in p.tag.grammemes for p in first):
            return False  # ("Мира Россия": a word of the language)
        return _NOMINATIVE_SURNAME.search(words[1].norm) is not None

    @staticmethod
    def _person(mention: Mention) -> bool:
        return mention.kind in (None, "person")

    # Candidates

    def _known_by_name(self, mention: str) -> int | None:
        """The known speaker a new speaker's name as offered is, by any of its names or aliases in any inflected
        form ("Росстат" after "По данным Росстата", "Пулково" after "В пресс-службе Пулково"): one speaker whose
        name covers all of it (not "канцелярия премьер-министра X", a body of X's); else None."""
        if not self.index.speakers:
            return None
        tokens = [Token(m.start(), m.end(), m.group(), normalize(m.group())) for m in WORD.finditer(mention)]
        found = self.index.matches(tokens, self.named_at.keys())
        ids = {m.speaker_id for m in found}
        covered = {k for m in found for k in range(m.first, m.last)}
        if len(ids) != 1 or len(covered) != len(tokens):
            return None
        return ids.pop()

    def _add(self, s: int, start: int, end: int, kind: str, speaker, *, media: bool = False) -> None:
        if kind != "direct":  # a quotation is kept as quoted, with its final full stop
            start, end = self._trim(start, end)
        if end - start < 2 or not WORD.search(self.text, start, end):
            return
        if kind == "indirect" and self._only_a_subject(s, start, end):
            return
        if kind == "indirect" and _EN_FROM_PLACE.match(self.text, start, end):
            return  # "Jane Doe reported from Kyiv": where a reporter worked, no content
        if kind == "indirect" and self._relative_clause_at(s, start):
            # "сообщил помощник президента X, который возглавляет делегацию": who X is, not what was said; "За
            # словами X, який координував розкопки, відкриття є значущим": what was said follows the clause's end
            comma = self._relative_clause_end(s, start, end)
            if comma == -1:
                if self.text.find(",", start, end) == -1:
                    return
                comma = start - 1  # (where the clause ends is not clear: the span as it was)
            elif len(WORD.findall(self.text, comma, end)) < 3:
                return
            start, end = self._trim(comma + 1, end)
        if speaker and speaker in self.joints:  # said together: a candidate for each of them
            added, named = len(self.candidates), len(self.sentences[s].speakers)
            for member in self.joints[speaker]:
                self._add(s, start, end, kind, member, media=media)
            self.joint_spans.update((c.start, c.end) for c in self.candidates[added:])
            # What follows without a new attribution is theirs together ("”, said a joint statement. “…”").
            self.sentences[s].speakers[named:] = [speaker]
            return
        mention, speaker_id, speaker_kind = speaker or ("", None, None)
        if speaker_id is None and (record := _EN_RECORD.search(mention)):
            body = mention[: record.start()].rstrip()
            if not _EN_INSTITUTION.search(body):
                return  # "Exit polls showed", "Real Clear Politics average": records, nobody's words
            # ("According to Labor Department figures": the department's)
            mention, speaker_kind = body, "organization"
            if (known := self._known_by_name(mention)) is not None:
                speaker_id, speaker_kind = known, self.index.speakers[known].kind
        if speaker_id is None and (body := self._body_of_press_service(mention)):
            mention, speaker_kind = body, "organization"  # "пресслужба Міністерства X": the ministry spoke
        if speaker_id is None and mention and (known := self._known_by_name(mention)) is not None:
            speaker_id, speaker_kind = known, self.index.speakers[known].kind  # "По данным Росстата": Росстат
        self.candidates.append(
            Candidate(self.source[start:end], start, end, kind, mention, speaker_id, speaker_kind or "", media)
        )
        self.spoken.add((speaker_id, mention))
        if (
            speaker_kind in (None, "", "person")
            and not media
            and re.fullmatch(r"[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?", mention)
            and normalize(mention) not in ORG_NOUNS | ROLE_WORDS
            and normalize(mention) in self._name_parts
        ):
            self.lone_speakers.add(normalize(mention))
        if speaker_id is not None:
            self.spoken_at[speaker_id] = start
        someone = (
            mention in self.unnamed_sources
            or mention.partition(" ")[0].lower() in ONE_OF
            or any(owned[0] == mention for _s, _key, owned in self.unnamed_roles)
            # ("Украинский чиновник отметил, что … «…», — говорит он": someone unnamed whom the text is about)
            or (speaker_id is None and normalize(mention) in ANAPHORIC_ROLES)
        )
        if speaker and (speaker_id is not None or mention[:1].isupper() or someone):
            # A role nobody was named for ("сенатор") is not an antecedent for the pronouns that follow; an unnamed
            # source, someone's representative or one person of a group is ("сообщил источник. По его словам, …",
            # "сообщил представитель правительства. … — заявил он", "— рассказала одна …").
            # (an outlet is no person a pronoun or a role stands for: "Об этом сообщает AFP. По словам главы ЦИК, …")
            kind = speaker_kind or ("organization" if media else None)
            self.sentences[s].speakers.append((mention, speaker_id, kind))

    def _relative_clause_at(self, s: int, start: int) -> bool:
        """Whether the words at `start` open a relative clause or a participle's phrase after a comma ("…, который
        возглавляет …", "…, who chairs …", "…, озвученной помощником президента …")."""
        sentence = self.sentences[s]
        k = self._token_at(sentence, start)
        if k >= len(sentence.tokens) or not self.text[:start].rstrip().endswith(","):
            return False
        word = sentence.tokens[k]
        if RELATIVE_FORM.fullmatch(word.norm) is None and not self._phrase_participle(sentence, k):
            return False
        # (not a clause whose own verb says something: "…, который раскритиковал кампанию партии")
        return k + 1 >= len(sentence.tokens) or not self._say_verb(sentence.tokens[k + 1])

    def _phrase_participle(self, sentence: Sentence, k: int) -> bool:
        """Whether token k is a passive participle in an oblique case, as the source's noun before it is, whose phrase a
        comma closes ("По оценке правительства, озвученной помощником президента X, дефицит …"; not "По данным МЧС,
        погибших нет", nor the subject "задержанные вчера активисты, …")."""
        participles = [p for p in self._parses(sentence.tokens[k]) if p.tag.POS == "PRTF"]
        return (
            bool(participles)
            and self._parses(sentence.tokens[k])[0].tag.POS == "PRTF"
            and "pssv" in participles[0].tag
            and not any(p.tag.case in ("nomn", "accs") for p in participles)
            and "," in self.text[sentence.tokens[k].end : sentence.end]
        )

    def _relative_clause_end(self, s: int, start: int, end: int) -> int:
        """The comma that ends a Cyrillic relative clause or participle's phrase opening the span: the first after which
        the clause has had a verb and the words up to the next comma have one too ("який координував розкопки в
        Києві, Львові та Одесі, відкриття є значущим": after "Одесі"); -1 when none does, or in English."""
        if not is_cyrillic(self.text[start : start + 3]):
            return -1 if self.text.count(",", start, end) > 1 else self.text.find(",", start, end)
        tokens = [t for t in self.sentences[s].tokens if start <= t.start < end]
        commas = [start + m.start() for m in re.finditer(",", self.text[start:end])]

        def verb_in(a: int, b: int) -> bool:
            return any(p.tag.POS in ("VERB", "PRTS") for t in tokens if a <= t.start < b for p in self._parses(t)[:1])

        # (a participle's phrase has its verb in the participle: "озвученной помощником президента X, дефицит …")
        participle = bool(tokens) and RELATIVE_FORM.fullmatch(tokens[0].norm) is None
        for k, comma in enumerate(commas):
            following = commas[k + 1] if k + 1 < len(commas) else end
            if (participle or verb_in(start, comma)) and verb_in(comma + 1, following):
                return comma
        return -1

    def _only_a_subject(self, s: int, start: int, end: int) -> bool:
        """Whether the words, right after a verb of saying and up to the sentence's end, are no more than a person's
        name that can be a subject, with any title before it and no verb ("Дані … прокоментував міністр охорони
        здоров'я країни Єнс Шпан"): who spoke, after an inverted verb, not what they said."""
        sentence = self.sentences[s]
        words = [t for t in sentence.tokens if start <= t.start and t.end <= end]
        if not words or len(words) > 10 or not is_cyrillic(words[-1].text) or words[-1] is not sentence.tokens[-1]:
            return False  # (at the sentence's end: "Завданням С.Барклі, пояснили …, буде …" is a part of what was said)
        first = sentence.tokens.index(words[0])
        if not first or not self._say_verb(sentence.tokens[first - 1]):
            return False  # right after the verb (not "заявив, що новий міністр — Олег Іваненко")
        readings = _name_readings(words[-1].text, self._dictionary_language())
        if readings and not any(case in ("nomn", None) for _gender, case, _plural in readings):
            return False  # "… виступи прибічників Дональда Трампа": a name in another case
        person = next(
            (
                m
                for m in sentence.mentions
                if sentence.tokens[m.last - 1] is words[-1] and not (m.pronoun or m.role or m.anaphor)
            ),
            None,
        )
        if person is None or not self._person_like(sentence, person) or not self._can_be_subject(sentence, person):
            return False
        return not any(p.tag.POS in ("VERB", "INFN", "GRND") for t in words for p in self._parses(t))

    def _trim(self, start: int, end: int) -> tuple[int, int]:
        text = self.text
        relay = RELAY_TAIL.search(text, start, end)
        if relay and relay.end() >= end - 1:
            end = relay.start()  # "..., передає Bloomberg": the outlet relays, the statement ends before
        relative = RELATIVE_ATTRIBUTION.search(text, start, end)
        if relative and relative.start() > start:
            # "…, про що повідомила прес-служба": who relays it, no part of the statement (but "…, про що одразу
            # повідомив поліцію" is more of what was said).
            words = [
                Token(m.start(), m.end(), m.group(), normalize(m.group()))
                for m in itertools.islice(WORD.finditer(text, relative.end(), end), 4)
            ]
            verb = next((k for k, t in enumerate(words[:3]) if self._say_verb(t)), None)
            if verb is not None and self._relays(words, verb):
                end = relative.start()
        while start < end and (text[start].isspace() or text[start] in ",;:" + DASHES):
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:." + DASHES):
            if text[end - 1] == "." and text[start:end].count("…"):
                break
            end -= 1
        return start, end

    def run(self) -> list[Candidate]:
        self.prepare()
        answers = self._interview_answers() or self._survey_answers()
        tweets = self._embedded_posts()
        self.posts = list(tweets)
        for s, sentence in enumerate(self.sentences):
            for post in [t for t in tweets if sentence.start <= t[2] < sentence.end or t[2] <= sentence.start < t[3]]:
                tweets.remove(post)
                self._add(s, post[2], post[3], "direct", self._post_author(post[4]))
            if any(start <= sentence.start < end for start, end, *_rest in self.posts):
                continue  # an embedded post's sentences are its author's words, nothing else to find there
            if s in answers:
                span, speaker = answers[s]
                if span is not None:
                    self._add(s, *span, "direct", speaker)
                continue  # an answer's sentences are the interviewee's words, nothing else to find there
            announced = self._announced_speech(s)
            if announced is not None:
                span, speaker, held = announced
                self._add(s, *span, "direct", speaker)
                answers.update(dict.fromkeys(held, (None, None)))
                continue  # "X признается, что …:⏎— Мы не знаем …": the paragraph is what the colon announced
            consumed: set[int] = self.consumed_ahead.pop(s, set())  # verbs used by a quotation or a formula
            if not sentence.heading and self._reported_particle(s, sentence, consumed):
                continue  # "Мовляв, …": the sentence is what the speaker before said, quotations and all
            self._quotations(s, sentence, consumed)
            self._name_colon(s, sentence)
            self._vox_pop(s, sentence)
            if sentence.heading:
                self._dash_name(s, sentence)
            if not sentence.heading:
                self._previous_attributed(s, sentence, consumed)
                self._publication_pointer(s, sentence, consumed)
                self._relative_attributed(s, sentence, consumed)
                self._as_stated(s, sentence, consumed)
                self._document_says(s, sentence, consumed)
                self._formulas(s, sentence, consumed)
                self._reported(s, sentence, consumed)
                if not sentence.speakers and not self._overlaps_candidate(sentence.start, sentence.end):
                    self._quoted_continuation(s, sentence)
        self.candidates = [self._signed(c) for c in self.candidates]
        return _without_repeated_leads(_deduplicate(self.candidates, self.joint_spans), self.text)

    def _signed(self, candidate: Candidate) -> Candidate:
        """A quotation that fills its paragraph, signed on the next line by a dash and a name ("“…”⏎⏎- Bernie
        Sanders.", "«…»⏎— Олег Іванов"): the one the signature names, whoever was found for it before."""
        if candidate.kind != "direct":
            return candidate
        match = _SIGNATURE_LINE.match(self.text, candidate.end)
        paragraph = self.text.rfind("\n", 0, candidate.start) + 1
        if match is None or self.text[paragraph : candidate.start].strip(" \t" + "".join(OPENERS) + DASHES):
            return candidate
        s = bisect.bisect_right([sentence.start for sentence in self.sentences], match.start("name")) - 1
        if s < 0:
            return candidate
        sentence = self.sentences[s]
        first = self._token_at(sentence, match.start("name"))
        mention = next((m for m in sentence.mentions if m.first == first and not (m.pronoun or m.anaphor)), None)
        if mention is None or mention.last != self._token_at(sentence, match.end("name")):
            return candidate
        if not self._person_like(sentence, mention) or self._media_name(sentence.tokens[mention.first : mention.last]):
            return candidate  # (a credit line, "— ТАСС.", "- Associated Press": nobody who said it)
        speaker = self._speaker_of(s, mention, match.start("name"))
        if not speaker:
            return candidate
        mention_text, speaker_id, kind = speaker
        return dataclasses.replace(
            candidate, speaker_mention=mention_text, speaker_id=speaker_id, speaker_kind=kind or ""
        )

    def _embedded_posts(self) -> list[tuple[int, int, int, int, str]]:
        """Posts embedded as markup, as scraped news keeps them (`<tweet author="realDonaldTrump" …>…</tweet>`): the
        element's start and end, its content's start and end, and the author's handle."""
        posts = []
        for match in _EMBEDDED_POST.finditer(self.source):  # (self.text has the markup blanked)
            start, end = match.span("content")
            while start < end and self.text[start].isspace():
                start += 1
            if WORD.search(self.text, start, end):
                posts.append((match.start(), match.end(), start, end, match.group("author").lstrip("@")))
        return posts

    def _post_author(self, handle: str) -> tuple[str, int | None, str | None]:
        """Who posted under a handle: a known speaker or someone the text names whose name, its spaces and marks
        left out, is the handle or in it ("realDonaldTrump": Donald Trump; "SpeakerRyan": Paul Ryan, by the
        surname, when only one named person has it); else the handle's capitalised parts ("MarcoRubio": Marco
        Rubio), else the handle."""
        wanted = _squashed(handle).removeprefix("real")
        for ref in self.index.speakers.values():
            if any(len(_squashed(n)) >= 5 and _squashed(n) in wanted for n in ref.names):
                return ref.names[0], ref.id, ref.kind
        whole, surname = [], []
        for sentence in self.sentences:
            for m in sentence.mentions:
                if m.pronoun or m.role or m.anaphor or m.group or m.last - m.first > 4:
                    continue
                name = self.text[sentence.tokens[m.first].start : sentence.tokens[m.last - 1].end]
                squashed = _squashed(name)
                if len(squashed) >= 5 and (squashed in wanted or wanted in squashed):
                    whole.append((len(squashed), m.text, m.speaker_id, m.kind))
                elif (
                    m.last - m.first >= 2
                    and len(last := _squashed(sentence.tokens[m.last - 1].text)) >= 4
                    and wanted.endswith(last)
                    and wanted[: -len(last)] in _HANDLE_TITLES  # ("SpeakerRyan"; not "JebBush" for George W. Bush)
                ):
                    surname.append((len(squashed), m.text, m.speaker_id, "person"))
        if whole:
            best = max(whole, key=lambda w: w[0])
            return best[1], best[2], best[3]
        if len({w[1].split()[-1] for w in surname}) == 1:
            best = max(surname, key=lambda w: w[0])
            return best[1], best[2], best[3]
        # ("realDonaldTrump", "RealBenCarson", "LindseyGrahamSC": a prefix and a state's letters are no name)
        bare = re.sub(r"(?<=[a-z])[A-Z]{1,3}$", "", re.sub(r"^[Rr]eal(?=[A-Z])", "", handle))
        titled = re.sub(r"^(?:Sen|Rep|Gov|Senator|Speaker|Mayor|Dr)(?=[A-Z][a-z])", "", bare)  # "SenSanders"
        parts = re.findall(r"[A-Z][a-z]+", titled)
        if (len(parts) >= 2 or titled != bare) and parts and "".join(parts) == titled:
            return " ".join(parts), None, None
        return handle, None, None

    def _quoted_continuation(self, s: int, sentence: Sentence) -> None:
        """A sentence right after a named speaker's statement that quotes words of theirs in a clause of the
        journalist's, with no verb of saying of its own ("По словам X, …. При этом содержание изменилось «с учетом
        опыта армий»"): more of what they said, quoted in part."""
        if (
            s == 0
            or not sentence.quotes
            or self._verbs(sentence)
            or _JOURNALIST_OPENER.match(self.text, sentence.start)
        ):
            return  # ("Як повідомлялося, …", "Напомним, …": the journalist recalls what was reported)
        previous = self.sentences[s - 1]
        if not previous.speakers or previous.heading or "\n\n" in self.text[previous.end : sentence.start]:
            return
        last = self.candidates[-1] if self.candidates else None
        if last is None or last.end <= previous.start:
            return
        quoted = [
            (o, c)
            for o, c in sentence.quotes
            if sentence.start <= o and c <= sentence.end and _words_quoted(self.text[o + 1 : c])
        ]
        if not quoted:
            return  # a name or a title in quote marks («Декларатор», «Спутник V»), a word or two: nobody's words
        before = self.text[sentence.start : quoted[0][0]]
        if ":" in before or _SO_CALLED.search(before):
            return  # "Перевод: «…»": what the colon announces; "так звана «…»": the writer's scare quotes
        if s + 1 < len(self.sentences) and self._anaphoric_start(self.sentences[s + 1]) is not None:
            return  # "… «…». Об этом сообщил X": the sentence after says whose it is
        if any(m.first <= 1 and not (m.pronoun or self._place(sentence, m)) for m in sentence.mentions):
            return  # "Агентство Moody’s понизило рейтинг из-за «…»": what someone else did, in their words
        opening = sentence.tokens[0] if sentence.tokens else None
        if opening is not None and self._noun_lemmas(opening) & (DOCUMENT_NOUNS | {"документ", "законопроект"}):
            return  # "Законопроект предусматривает «…»": what a document holds
        if is_cyrillic(self.text[quoted[0][0] : quoted[0][1]]) and all(
            len(words) < 5 and self._naming_words(words) for words in (WORD.findall(self.text, o, c) for o, c in quoted)
        ):
            return  # "из-за «высоких геополитических рисков»": a name for something, nobody's words
        first, last_quote = quoted[0], quoted[-1]
        if first[0] <= sentence.start + 1 and last_quote[1] >= sentence.end - 2:
            return  # a quotation the whole sentence is: found as such
        close = last_quote[1]
        tail = [k for k, t in enumerate(sentence.tokens) if t.start > close]
        if (
            tail
            and len(tail) <= 6
            and "," in self.text[close - 1 : sentence.tokens[tail[0]].start]
            and any(m.first >= tail[0] and not (m.pronoun or self._place(sentence, m)) for m in sentence.mentions)
        ):
            return  # "“…,” an angry Hollande retaliated": someone named after the quotation, theirs if anyone's
        self._add(s, sentence.start, sentence.end, "partial", previous.speakers[-1])

    def _announced_speech(self, s: int):
        """(span, speaker, sentences held) of a Cyrillic paragraph that opens with a dash right after a sentence whose
        last verb of saying has a speaker and which ends with a colon ("Мариана Рацэ признается, что …:⏎⏎– Мы не
        знаем, …"); not an item of a list (a few words, another dashed paragraph after it), nor a paragraph with a
        verb of saying or quote marks of its own; else None."""
        sentence = self.sentences[s]
        if s == 0 or not self._dashed(sentence.start) or not is_cyrillic(self.text[sentence.start : sentence.end]):
            return None
        previous = self.sentences[s - 1]
        if not self.text[previous.start : previous.end].rstrip().endswith(":"):
            return None
        if "\n" not in self.text[previous.end : sentence.start]:
            return None
        if _MESSAGE_OF.search(self.text, previous.start, previous.end):
            return None  # "він отримав повідомлення такого змісту:": someone else's message, quoted
        end = self.text.find("\n", sentence.start)
        end = len(self.text) if end == -1 else end
        listed = re.match(rf"\s*[{DASHES}]", self.text[end : end + 40]) is not None
        if listed and len(WORD.findall(self.text, sentence.start, end)) <= 3:
            return None  # "… три приоритета:⏎– Медицина.⏎– Образование.": a list
        held = [k for k in range(s, len(self.sentences)) if self.sentences[k].start < end]
        if any(self._third_person_verbs(self.sentences[k]) or self.sentences[k].quotes for k in held):
            return None  # "– Марія Коваль заявила, що …": words of its own speakers (not "– Прошу вас …")
        verbs = self._verbs(previous)
        speaker = self._verb_speaker(s - 1, verbs[-1])[0] if verbs else None
        if not speaker:
            return None
        start = sentence.start + 1
        while start < end and self.text[start] in " \u00a0":
            start += 1
        stop = start + len(self.text[start:end].rstrip())
        return (start, stop), speaker, held[1:]

    def _interview_answers(self) -> dict[int, tuple]:
        """The answers of a question-and-answer interview: paragraphs opening with a dash, each right after one
        that opens with a dash and ends with a question mark, or labelled answers after labelled questions ("Q: …",
        "A: …"). An answer runs until the next question (its
        dash-marked list items included); the last one is its own paragraph (the article may go on after
        it). Returns, for each sentence of an answer, (span, speaker) on its first sentence and (None, None) on
        the others; the speaker is the interviewee (`_interviewee`). Questions are the
        outlet's own voice and give nothing. An answer with an attribution of its own ("– Так, – відповів
        він.") is left to the other rules."""
        lines = []
        position = 0
        for line in self.text.split("\n"):
            stripped = line.lstrip()
            if stripped.strip():
                start = position + len(line) - len(stripped)
                lines.extend(self._turns(start, start + len(stripped.rstrip())))
            position += len(line) + 1

        def dashed(text: str) -> bool:
            return len(text) > 2 and _dash_opened(text)

        def answer(text: str) -> bool:
            return dashed(text) or QA_ANSWER.match(text) is not None  # "– Так.", "A: It's a big mistake."

        def question(text: str) -> bool:
            # "– Чому?", "– …у вас не возникало такого ощущения?..", or a line labelled as the interviewer's ("Q:
            # You said yesterday, …"), question mark or not
            asked = re.search(r"\?[.…]*$", text.rstrip("»”\"' ")) is not None
            return (dashed(text) and asked) or QA_QUESTION.match(text) is not None

        def prompt(k: int) -> bool:
            # A turn that asks without a question mark, with a dash-marked answer after it: trailing off ("— Даже на
            # непрофессиональный взгляд это превышение самообороны…") or calling the interviewee by their first
            # name ("— Елена, расскажите о вашей семье.").
            text = lines[k][2]
            if not (dashed(text) and k + 1 < len(lines) and dashed(lines[k + 1][2])):
                return False
            vocative = VOCATIVE.match(text)
            named = vocative is not None and self._first_name(
                Token(0, 0, vocative.group(1), normalize(vocative.group(1)))
            )
            return named or text.rstrip("»”\"' ").endswith(("…", "..."))

        # Questions in turn order: a prompt only where the turn before it was no question (an answer, or none).
        questions: list[int] = []
        after_question = False
        for k, (_start, _end, text) in enumerate(lines):
            if not (dashed(text) or QA_QUESTION.match(text) or QA_ANSWER.match(text)):
                continue  # a caption, or an answer's next paragraph
            asks = question(text) or (not after_question and prompt(k))
            if asks:
                questions.append(k)
            after_question = asks
        answers: dict[int, tuple] = {}
        # (who answers is named before the first turn: the names inside the answers are not asked)
        speaker = self._interviewee(lines[questions[0]][0]) if questions else None
        if speaker is None:
            return answers  # nobody to give the answers to: the other rules read them
        # A turn that calls someone else by name is no question to the interviewee ("— Андрей, покажите документы",
        # when the inspector is who was met): a scene, not an interview.
        called = [(k, VOCATIVE.match(lines[k][2])) for k in questions if not question(lines[k][2])]
        others = [k for k, vocative in called if vocative and not self._same_given_name(vocative.group(1), speaker[0])]
        if others:
            questions = [k for k in questions if k not in others]
            if not questions:
                return answers
        for q in questions:
            if q + 1 >= len(lines) or not answer(lines[q + 1][2]) or question(lines[q + 1][2]):
                continue
            label = QA_ANSWER.match(lines[q + 1][2])
            start = lines[q + 1][0] + (label.end() if label else 1)
            while start < len(self.text) and self.text[start] in " \u00a0":
                start += 1
            following = next((k for k in questions if k > q + 1), None)
            last = following - 1 if following is not None else q + 1
            if (
                last > q + 1
                and not lines[last][2].rstrip("»”\"' )").endswith(tuple(TERMINAL))
                and not lines[last - 1][2].rstrip().endswith(":")
                and lines[last - 1][2].rstrip("»”\"' )").endswith(tuple(TERMINAL))
            ):
                last -= 1  # a photo's caption before the next question ("Артур Левен. Фото из архива семьи")
            end = lines[last][1]
            inside_answer = [k for k, sentence in enumerate(self.sentences) if lines[q + 1][0] <= sentence.start < end]
            if not inside_answer or self._dialogue_attribution(self.sentences[inside_answer[0]]):
                continue
            for k in inside_answer:
                answers[k] = (None, None)
            if speaker:
                answers[inside_answer[0]] = ((start, end), speaker)
        return answers

    def _same_given_name(self, called: str, name: str) -> bool:
        """Whether a first name in the vocative ("Елена", "Олено") is a speaker's given name, by its start."""
        words = name.split()
        return bool(words) and normalize(words[0])[:3] == normalize(called)[:3]

    def _turns(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """A paragraph's turns of dialogue as (start, end, text): the whole paragraph, unless it opens with a dash
        and a sentence in it ends before another dash and a capital ("- Когда? - В июне. - А почему?"), where a
        layout that ran the turns together marks the next one."""
        text = self.text[start:end]
        if len(text) < 3 or not _dash_opened(text):
            return [(start, end, text)]
        cuts = [0] + [m.start(1) for m in TURN_BREAK.finditer(text)] + [len(text)]
        return [
            (start + a, start + len(text[a:b].rstrip()) + a, text[a:b].rstrip()) for a, b in itertools.pairwise(cuts)
        ]

    def _survey_answers(self) -> dict[int, tuple]:
        """The answers of a survey set as a numbered list: a line "1. Name Surname, poet. …" and, on the next line,
        a dash-marked answer with no attribution of its own; the answer is that person's. The same shape as
        `_interview_answers`."""
        answers: dict[int, tuple] = {}
        items = list(
            re.finditer(r"(?m)^[ \t]*\d{1,2}\.[ \t]+(?P<line>[^\n]+)\n[ \t]*[-–—][ \t]+(?P<answer>[^\n]+)", self.text)
        )
        # A survey asks its question before the list ("… поцікавився в письменників: які б три речі …?"); a list of
        # candidates or casualties does not.
        if not items or "?" not in self.text[max(0, items[0].start() - 400) : items[0].start()]:
            return answers
        starts = [sentence.start for sentence in self.sentences]
        for item in items:
            s = bisect.bisect_right(starts, item.start("line")) - 1
            if s < 0 or item.start("line") >= self.sentences[s].end:
                continue
            sentence = self.sentences[s]
            person = next(
                (m for m in sentence.mentions if not (m.pronoun or m.role) and self._person_like(sentence, m)), None
            )
            if person is None or sentence.tokens[person.first].start > item.start("line") + 2:
                continue  # the line must open with the name
            # The sentences the answer holds (or the one it sits in).
            first = bisect.bisect_left(starts, item.start("answer"))
            held = list(range(first, bisect.bisect_left(starts, item.end("answer"))))
            holder = bisect.bisect_right(starts, item.start("answer")) - 1
            held = held or ([holder] if holder >= 0 and item.start("answer") < self.sentences[holder].end else [])
            if not held or any(k in answers for k in held) or self._dialogue_attribution(self.sentences[held[0]]):
                continue
            speaker = self._speaker_of(s, person, sentence.tokens[person.first].start)
            if not speaker:
                continue
            for k in held:
                answers[k] = (None, None)
            end = item.start("answer") + len(item.group("answer").rstrip())
            answers[held[0]] = ((item.start("answer"), end), speaker)
        return answers

    def _dialogue_attribution(self, sentence: Sentence) -> bool:
        """Whether a dash-marked turn attributes itself ("– Так, – відповів він."): a dash after a comma or a
        full stop, followed within three words by a verb of saying."""
        for match in re.finditer(rf"[,.!?…]\s*[{DASHES}]\s", self.text[sentence.start : sentence.end]):
            k = self._token_at(sentence, sentence.start + match.end())
            if any(self._say_verb(t) for t in sentence.tokens[k : k + 3]):
                return True
        return False

    def _interviewee(self, position: int):
        """The person the text names most often before the position (outside quotations), as a speaker; one named
        in the three sentences just before it after "with" or a verb of asking counts twice more ("поспілкувався з …
        Юрієм Клименком", "ми запитали в юристки …") and stands for their surname; on a tie, the one named last
        ("Q&A with Vice President Joe Biden. … Biden … defended Bernie Sanders …")."""
        scores: dict[object, int] = {}
        last: dict[object, tuple[int, Mention]] = {}
        asked: set[object] = set()
        before = max((k for k, sentence in enumerate(self.sentences) if sentence.start < position), default=-1)
        for s, sentence in enumerate(self.sentences[: before + 1]):
            for mention in sentence.mentions:
                if mention.pronoun or mention.role or sentence.tokens[mention.first].start >= position:
                    continue
                if mention.speaker_id is not None and mention.kind in (None, "person"):
                    key = mention.speaker_id
                elif mention.speaker_id is None and self._person_name(sentence, mention):
                    key = sentence.tokens[mention.last - 1].norm[:5]  # "Joe Biden" and "Biden", "Клименком"
                else:
                    continue
                tokens = sentence.tokens
                # "поговорили з …", "ми запитали в юристки …": "with" or asking just before the name, in the last
                # sentences (a photo's caption may stand between: "Артур Левен. Фото …"); or, anywhere before, a
                # verb of talking with "with" further back ("поговорили с нашим экспертом, доктором экономики, …
                # Михаилом Пойсиком", no other person between) or a verb of calling right before the name.
                asked_at = next(
                    (
                        k
                        for k in range(mention.first - 1, max(-1, mention.first - 5), -1)
                        if s >= before - 2 and (tokens[k].norm in WITH_WORDS or self._asking(tokens[k]))
                    ),
                    None,
                )
                if asked_at is None:
                    asked_at = next(
                        (
                            k
                            for k in range(mention.first - 1, max(0, mention.first - 16), -1)
                            if (
                                (tokens[k].norm in WITH_WORDS and TALKED.match(tokens[k - 1].norm))
                                # ("— мы позвонили Александру Муравскому": whom the journalist called)
                                or (k >= mention.first - 2 and CALLED.match(tokens[k].norm))
                            )
                            # (the journalist's talk, not one in the news: "Зеленський зателефонував Макрону")
                            and self._journalist_verb(tokens, k if CALLED.match(tokens[k].norm) else k - 1)
                        ),
                        None,
                    )
                    if asked_at is not None and any(
                        asked_at < m.first < mention.first and self._person_name(sentence, m) for m in sentence.mentions
                    ):
                        asked_at = None
                # (not the journalist the interviewee spoke with: "spoke with POLITICO senior writer Michael Grunwald")
                with_whom = asked_at is not None and not any(
                    t.norm in JOURNALISTS for t in tokens[asked_at : mention.first]
                )
                scores[key] = scores.get(key, 0) + 1 + 2 * with_whom
                if with_whom or key not in asked:
                    # (the one talked with, of a family: "с матерью, Еленой Левен … Артур Левен")
                    last[key] = (s, mention)
                if with_whom:
                    asked.add(key)
        if not scores:
            return None
        key = max(scores, key=lambda k: (scores[k], last[k][1].first + 10_000 * last[k][0]))
        s, mention = last[key]
        if mention.speaker_id is not None:
            return mention.text, mention.speaker_id, mention.kind
        return self._speaker_of(s, mention, self.sentences[s].tokens[mention.first].start)

    def _journalist_verb(self, tokens: list[Token], k: int) -> bool:
        """Whether the verb at token k is the journalist's: in the first person ("мы позвонили", "поспілкувалися"
        after "ми"), or with a journalist or "we" as its subject just before it ("Корреспондент побеседовал")."""
        if any(t.norm in OUR_WORDS or t.norm in JOURNALISTS for t in tokens[max(0, k - 3) : k]):
            return True
        return any(p.tag.person == "1per" for p in self._parses(tokens[k])[:1])

    def _asking(self, token: Token) -> bool:
        return token.norm in ASK_VERBS or any(p.normal_form in ASK_VERBS for p in self._parses(token)[:2])

    def _name_colon(self, s: int, sentence: Sentence) -> None:
        """A headline's "Андрій Петренко: переговори триватимуть" / "Hart: talks will go on": a name, a colon,
        and what they said (as a quotation when it is quoted, else reported). Not a place or a label
        ("Київ:", "Фото:"): the name must be a known person's or read as a person's by the dictionaries."""
        tokens = sentence.tokens
        mention = next((m for m in sentence.mentions if m.first == 0), None)
        if mention is None or mention.pronoun or mention.role or mention.anaphor or mention.last >= len(tokens):
            return
        if self.text[tokens[mention.last - 1].end : tokens[mention.last].start].strip() != ":":
            return
        if not self._person_like(sentence, mention) or len(tokens) - mention.last < 3:
            return
        start = tokens[mention.last].start
        if self._overlaps_candidate(start, sentence.end):
            return  # its quotation is already a candidate
        speaker = self._speaker_of(s, mention, tokens[0].start)
        self._add(s, start, sentence.end, "indirect", speaker)

    def _vox_pop(self, s: int, sentence: Sentence) -> None:
        """A street poll's paragraph: "Надежда, 54 года, Комрат: Я недовольна …", "Mary, 54, Comrat: …" — the answer of
        the person named with their age (and place) before the colon, to the paragraph's end."""
        line_start = self.text.rfind("\n", 0, sentence.start) + 1
        if self.text[line_start : sentence.start].strip():
            return
        poll = VOX_POP.match(self.text, sentence.start, sentence.end)
        if poll is None:
            return
        start, stop = poll.end(), self.text.find("\n", poll.end())
        stop = len(self.text) if stop == -1 else stop
        while stop > start and self.text[stop - 1] in " \t\r":
            stop -= 1
        if len(WORD.findall(self.text, start, stop)) < 3 or self._overlaps_candidate(start, stop):
            return
        mention = next((m for m in sentence.mentions if m.first == 0 and not (m.pronoun or m.role)), None)
        speaker = self._speaker_of(s, mention, sentence.start) if mention is not None else None
        self._add(s, start, stop, "direct", speaker or (poll.group("name"), None, "person"))

    def _dash_signature(self, s: int, o: int, c: int):
        """The speaker of a quotation signed with a dash and a person's name at the end of its line ("“Trump scares
        me.” ― Krystal Correa", "«…» — Кристина Коваль, 34"): a list of reactions, an epigraph; else None."""
        line_end = self.text.find("\n", c)
        line_end = len(self.text) if line_end == -1 else line_end
        signature = _SIGNATURE.match(self.text, c + 1, line_end)
        if signature is None:
            return None
        content = self.text[o + 1 : c].strip()
        if self.text[self.text.rfind("\n", 0, o) + 1 : o].strip():
            return None  # a title in a list ("Найкращий фільм: «Памфір» — X"), not a quotation opening its line
        if not (content[-1:] in TERMINAL or len(WORD.findall(content)) >= 6):
            return None  # ("«Памфір» — X": a title, not a sentence signed)
        start = signature.end()
        if s + 1 < len(self.sentences) and self.sentences[s + 1].start <= start:
            s += 1  # the quotation's full stop ended its sentence
        sentence = self.sentences[s]
        mention = next((m for m in sentence.mentions if sentence.tokens[m.first].start == start), None)
        if mention is None or mention.pronoun or mention.role or mention.kind == "organization":
            return None
        words = sentence.tokens[mention.first : mention.last]
        # (the signature's place says it is a name: given name and surname the dictionaries may not know)
        if not (self._person_like(sentence, mention) or (2 <= len(words) <= 4 and all(w.capitalized for w in words))):
            return None
        rest = self.text[sentence.tokens[mention.last - 1].end : line_end].strip(" \t\r.")
        if rest and not rest.startswith(","):
            return None  # ("” — Krystal Correa said on Monday": author's words of their own)
        return self._speaker_of(s, mention, start)

    def _dash_name(self, s: int, sentence: Sentence) -> None:
        """A headline's "Атаки на транспорт раскалывают общество — Петров": what was said, with its verb, a dash and a
        person's name that ends the line (reported, as a name and a colon give it)."""
        tokens = sentence.tokens
        mention = next((m for m in sentence.mentions if m.last == len(tokens)), None)
        if mention is None or mention.pronoun or mention.role or mention.anaphor or mention.first < 3:
            return
        if self.text[tokens[mention.first - 1].end : tokens[mention.first].start].strip() not in tuple(DASHES):
            return
        if self.text[tokens[-1].end : sentence.end].strip(" \t\r\n.") or not self._person_like(sentence, mention):
            return
        start, end = tokens[0].start, tokens[mention.first - 1].end
        if self._overlaps_candidate(start, end) or not any(self._finite(t) for t in tokens[: mention.first]):
            return  # (a clause, not "Новий міністр оборони — Андрій Петренко": who holds an office)
        self._add(s, start, end, "indirect", self._speaker_of(s, mention, tokens[mention.first].start))

    def _statement_source(self, s: int, sentence: Sentence, start: int):
        """The speaker of "йдеться у повідомленні X" / "говорится в заявлении X" at or after `start`."""
        match = STATEMENT_SOURCE.search(self.text, start, sentence.end)
        if not match:
            return None
        owner = _DOCUMENT_OWNER_PRONOUN.search(match.group())
        if owner:
            # "— говорится в его заявлении": the person the pronoun stands for
            gender = "femn" if owner.group(1).lower() in ("её", "ее", "її") else "masc"
            return self._antecedent(s, match.start(), persons_only=False, gender=gender)
        stops = [self.text.find(ch, match.end(), sentence.end) for ch in ",;(—–"]  # (the dash: the speech resumes)
        end = min([i for i in stops if i != -1] + [sentence.end])
        first, last = self._token_at(sentence, match.end()), self._token_at(sentence, end)
        if first == last and (page := self._published_on(sentence, last)) is not None:
            # "йдеться в повідомленні, опублікованому на сторінці уряду": the owner of the page it was published on
            first, last = page
        agent = self._adopted_by(sentence, first) if first < last and sentence.tokens[first].in_quote else None
        if agent is not None:
            # "йдеться у резолюції «…», ухваленій Парламентською Асамблеєю": the body that adopted the document
            first, last = agent
        elif first < last and sentence.tokens[first].in_quote and self._quoted_title_at(sentence, first):
            first = last  # "говорится в резолюции «Правовые аспекты агрессии»": its title, nobody's name
        return self._source_phrase(s, sentence, first, last, match.start())

    def _quoted_title_at(self, sentence: Sentence, first: int) -> bool:
        """Whether the quoted words from token `first` are a document's title, three words or more with one in small
        letters ("«Правові аспекти та аспект прав людини»"), not a body's name in quote marks («Нафтогазу»)."""
        words = sentence.tokens[first : self._quoted_run_end(sentence, first)]
        if len(words) < 3 or all(t.capitalized for t in words[1:]):
            return False
        # (a title is in the nominative: not a body's name in the genitive, «Репортеров без границ»)
        cases = {p.tag.case for p in self._parses(words[0])[:3]}
        return "nomn" in cases and "gent" not in cases

    def _quoted_run_end(self, sentence: Sentence, first: int) -> int:
        """The index of the first token from `first` on that stands outside quote marks."""
        k = first
        while k < len(sentence.tokens) and sentence.tokens[k].in_quote:
            k += 1
        return k

    def _adopted_by(self, sentence: Sentence, first: int) -> tuple[int, int] | None:
        """The tokens (first, last) of the body that adopted or published a document after its title in quote marks
        and a comma ("резолюції «…», ухваленій Парламентською Асамблеєю Ради Європи"), else None."""
        tokens = sentence.tokens
        k = self._quoted_run_end(sentence, first)
        if k + 1 >= len(tokens) or "," not in self._gap(tokens, k):
            return None
        participle = tokens[k]
        if not participle.norm.startswith(_ADOPTED_STEMS):
            return None  # (not who published or signed it: "опубликованном «Интерфаксом»", "подписанном X")
        end = next(
            (j for j in range(k + 2, len(tokens)) if any(ch in ",;(" for ch in self._gap(tokens, j))), len(tokens)
        )
        agent = k + 1
        if not tokens[agent].capitalized or not any(p.tag.case == "ablt" for p in self._parses(tokens[agent])):
            return None  # (the agent in the instrumental, named: not "ухваленій у середу")
        return agent, end

    def _published_on(self, sentence: Sentence, i: int) -> tuple[int, int] | None:
        """The tokens (first, last) of ", опублікованому на офіційній сторінці уряду" at token i (the comma's
        next word): a participle of publishing, then the page and its owner up to the next comma; else None."""
        tokens = sentence.tokens
        if i + 2 >= len(tokens) or self.text[tokens[i - 1].end : tokens[i].start].strip() != ",":
            return None
        if not self._published(tokens[i]) or tokens[i + 1].norm not in PLACE_PREPOSITIONS:
            return None
        comma = (k for k in range(i + 2, len(tokens)) if "," in self.text[tokens[k - 1].end : tokens[k].start])
        return i + 1, next(comma, len(tokens))

    def _published(self, token: Token) -> bool:
        """Whether a word is a passive participle or an impersonal form of publishing ("опублікованому",
        "оприлюднена", "розміщено", "размещено")."""
        return any(
            normalize(p.normal_form) in PUBLISHED_PARTICIPLES
            and (p.tag.POS in ("PRTS", "ADJS", "VERB") or (p.tag.POS in ("PRTF", "ADJF") and "pssv" in p.tag))
            for p in self._parses(token)[:3]
        )

    def _source_phrase(self, s: int, sentence: Sentence, first: int, last: int, position: int):
        """The author a document's phrase names (tokens first to last after "у заяві", "в сообщении"): a known
        speaker, a body in the nominative, else the author of the document named before."""
        tokens = sentence.tokens
        document = first - 1  # the document's noun, where its author is not named after it
        if (
            0 <= document < first < last
            and tokens[document].norm in TEXT_OF
            and self._noun_lemmas(tokens[first]) & STATEMENT_DOCUMENTS
        ):
            document, first = first, first + 1  # "в тексте документа", "у тексті заяви": the document is the next noun
        if first < last and self.text[max(0, tokens[first].start - 4) : tokens[first].start].rstrip().endswith("("):
            # "В исковом заявлении (есть у РБК) говорится": an aside in brackets, nobody's name
            close = self.text.find(")", tokens[first].start, tokens[last - 1].end)
            first = last if close == -1 else min(last, self._token_at(sentence, close))
        if first < last and tokens[first].norm in PLACE_PREPOSITIONS and is_cyrillic(tokens[first].text):
            # "у повідомленні на офіційній сторінці холдингу": the owner of the page after the page.
            page = next(
                (k for k in range(first + 1, last) if any(p.tag.POS == "NOUN" for p in self._parses(tokens[k]))), None
            )
            first = last if page is None else page + 1
        if first < last and tokens[first].norm in ADDRESSED:
            # "У зверненні до Президента йдеться": whom it was addressed to, not who wrote it
            if self.last_source is None and document >= 0:
                return self._document_publisher(s, sentence.tokens[document])
            return self.last_source
        # "у заяві Зеленського в Telegram", "в заявлении Минобороны в четверг": where or when the document was
        # published is no part of its author; nor is whom it was addressed to or an adverb after it ("у листі
        # демократів до ФБР також ідеться"). A known name is not cut ("Посольства США в Україні").
        known = {k for m in sentence.mentions if m.speaker_id is not None for k in range(m.first + 1, m.last)}
        last = next(
            (
                k
                for k in range(first + 1, last)
                if k not in known
                and (
                    tokens[k].norm in PLACE_PREPOSITIONS | ADDRESSED | ALSO
                    # "в заявлении института от 14 января": its date
                    or (tokens[k].norm in ("от", "від") and k + 1 < last and tokens[k + 1].text[:1].isdigit())
                    # ("в заявлении президиума ЦК КПРФ. - Об этом …": the quotation goes on after a full stop)
                    or (
                        re.search(r"[.!?]\s", self.text[tokens[k - 1].end : tokens[k].start + 1]) is not None
                        and not (len(tokens[k - 1].text) == 1 and tokens[k - 1].capitalized)  # ("А. Новака")
                    )
                )
            ),
            last,
        )
        if last <= first:
            # "», — зазначається у повідомленні.": the document named before, by its author, or by who published it
            # ("Журналісти Bellingcat оприлюднили доповідь. … «…», — зазначається в доповіді").
            if self.last_source is None and document >= 0:
                publisher = self._document_publisher(s, sentence.tokens[document])
                # (else the report of the outlet the news came from: "Як передає Укрінформ, про це повідомляє CTV
                # News. «…», — йдеться у повідомленні"; not a report or petition of someone else's)
                report = self._noun_lemmas(sentence.tokens[document]) & REPORT_NOUNS
                recent = self.last_report is not None and s - self.last_report[0] <= 3
                return publisher or (self.last_report[1] if report and recent else None)
            return self.last_source
        if last - first == 1 and self._stump_body(tokens[first]):
            return self._nominative_word(tokens[first]), None, "organization"  # "из данных Росстата": Росстат
        speaker = self._document_phrase(s, sentence, first, last, position)
        # The whole phrase, not only the known name at its end that the mention may be.
        words = sentence.tokens[first:last]
        lead = words[0] if words else None
        nouns = (w for w in words if any(p.tag.POS == "NOUN" for p in self._parses(w)[:1]))
        kind_noun = next(nouns, lead) if lead is not None and is_cyrillic(lead.text) else lead  # "британського уряду"
        if not speaker and not (kind_noun is not None and self._noun_lemmas(kind_noun) & (BODY_NOUNS | ORG_ANAPHORS)):
            return None  # (a body named by its kind: "в правилах правительства", its own speaker)
        singular = lead is not None and any(
            "plur" not in p.tag and normalize(p.normal_form) in ORG_ANAPHORS for p in self._parses(lead)
        )
        if not speaker and singular and last - first == 1:
            # "у заяві компанії", "в заявлении ведомства": the body of that kind the text named before.
            named = self._named_organisation(s, position, kind=self._noun_lemmas(lead) & ORG_ANAPHORS - ANY_BODY)
            if named:
                self.last_source = named
                return named
        quoted = next((m for m in sentence.mentions if m.quoted and first <= m.first < last), None)
        if quoted is not None:  # "у пресрелізі компанії «Рейтинг»": the company by its name
            speaker = self._speaker_of(s, quoted, position)
        elif (
            lead is not None
            and is_cyrillic(lead.text)
            and not lead.capitalized
            and lead.norm not in ROLE_WORDS
            and not self._role_lemma(lead)
        ):
            # "у повідомленні прес-служби посольства України", "в сообщении канцелярии премьер-министра X": the
            # office that wrote it (known, or offered in the nominative), not the name at the end of its complement.
            office = self.index.matches(words)
            if office and office[0].first == 0:
                speaker = self.text[lead.start : words[office[0].last - 1].end], office[0].speaker_id, office[0].kind
            elif (
                not speaker
                and len(words) > 1
                and (pair := self._nominative_pair(lead, words[1])) != [lead.text, words[1].text]
            ):
                # "на сторінці британського уряду": "британський уряд" (not "сообщение американских ведомств": the
                # bodies named before)
                speaker = " ".join(pair) + self.text[words[1].end : words[-1].end], None, "organization"
            elif (head := self._nominative(lead)) is not None:
                speaker = head + self.text[lead.end : words[-1].end], None, "organization"
        if speaker:
            self.last_source = speaker
        return speaker

    def _document_publisher(self, s: int, document: Token):
        """Who the sentences before (up to three) name for the same document, by this noun or another one for a
        statement ("В заявлении Кремля …" before "говорится в сообщении"): who published it ("Журналісти
        Bellingcat оприлюднили доповідь"), a body or a person by name outside a prepositional phrase; else its
        owner after it ("в заявлении Кремля"); else whoever announced on their page ("Про це повідомили на
        сторінці уряду"); else None."""
        lemmas = self._noun_lemmas(document)
        if not lemmas:
            return None
        documents = lemmas | STATEMENT_DOCUMENTS if lemmas & STATEMENT_DOCUMENTS else lemmas
        for k in range(s - 1, max(-1, s - 6), -1):
            earlier = self.sentences[k]
            noun = next(
                (i for i, t in enumerate(earlier.tokens) if not t.in_quote and self._noun_lemmas(t) & documents),
                None,
            )
            if noun is None:
                page = self._page_owner(k, earlier) if k == s - 1 else None  # (the sentence right before only)
                if page:
                    return page
                announcer = self._announcer(k, earlier) if k == s - 1 else None
                if announcer:
                    return announcer
                poster = self._platform_poster(k, earlier) if k == s - 1 and lemmas & POST_NOUNS else None
                if poster:
                    return poster
                continue
            published = any(
                t.norm in PUBLISH_VERBS or any(p.normal_form in PUBLISH_VERBS for p in self._parses(t)[:2])
                for t in earlier.tokens[max(0, noun - 6) : noun]
            )
            if not published:
                # "Кулеба розкритикував доповідь Amnesty": who commented on it, not who wrote it; but "В заявлении
                # Кремля": a document's owner named right after it wrote it (in "в"/"у" only: not "відреагувало на
                # заяву Лаврова", "прокомментировали доклад ООН")
                same = bool(self._noun_lemmas(earlier.tokens[noun]) & lemmas)
                j = noun - 1
                while j > 0 and self._adjective(earlier.tokens[j]):
                    j -= 1  # ("в исковом заявлении")
                opening = earlier.tokens[j].norm if noun else ""
                if not same and opening not in ("в", "у", "во", "з", "із", "с", "со"):
                    return None  # ("ознайомилося з доповіддю ООН", "згідно з повідомленням Генштабу"; not "на заяву")
                owner = next((m for m in earlier.mentions if m.first == noun + 1), None)
                body = earlier.tokens[noun + 1] if noun + 1 < len(earlier.tokens) else None
                if owner is None and body is not None and not body.capitalized and self._noun_lemmas(body) & BODY_NOUNS:
                    # "детали доклада правительства Ирака": the body of that kind and whose it is
                    named = next((m for m in earlier.mentions if m.first == noun + 2 and not m.pronoun), None)
                    if named is not None and not named.role:
                        return self._document_phrase(k, earlier, noun + 1, named.last, body.start)
                if owner is None or owner.pronoun or owner.role or not earlier.tokens[noun + 1].capitalized:
                    continue  # ("В исковом заявлении говорится, что …": whose, a sentence before may say)
                if self._place(earlier, owner) or not self._acceptable(earlier, owner):
                    return None
                return self._speaker_of(k, owner, earlier.tokens[owner.first].start)
            for mention in earlier.mentions:
                if mention.last > noun or mention.pronoun or mention.role or self._place(earlier, mention):
                    continue
                if self._in_phrase(earlier, mention) or not self._acceptable(earlier, mention):
                    continue
                if self._media_source(earlier, mention):
                    continue  # "Як передає кореспондент УНІАН, за відповідне звернення проголосували": who relays it
                speaker = self._speaker_of(k, mention, earlier.tokens[mention.first].start)
                if speaker:
                    return speaker  # (not "Компания" before "Nord Energy": a word for its kind, no one in itself)
            return None
        return None

    def _light_verb(self, sentence: Sentence, k: int, start: int) -> bool:
        """Whether token k is a verb of making or giving ("сделал", "зробив") whose subject, a name or a title that
        agrees with it, follows it to the clause's end ("Такой прогноз сделал аналитик банка Иван Петров,"; not "сделал
        Петрова миллионером")."""
        tokens = sentence.tokens
        if tokens[k].start < start or not self._noun_lemmas(tokens[k]) & (LIGHT_VERBS | PUBLISHING_VERBS):
            return False
        name = next((m for m in sentence.mentions if m.first > k and not (m.pronoun or m.role)), None)
        if name is None or any(not t.norm.isalpha() or t.capitalized for t in tokens[k + 1 : name.first]):
            return False  # (only a title between: "сделал аналитик банка Иван Петров")
        end = tokens[name.last].start if name.last < len(tokens) else sentence.end
        closes = self.text[tokens[name.last - 1].end : end].strip()[:1] in ("", ",", ".", ";")
        return closes and self._can_be_subject(sentence, name) and self._agrees_with_verb(name, tokens[k])

    def _announcer(self, k: int, sentence: Sentence):
        """The body that a sentence ending in a verb of reporting and its subject names ("…, сообщает МИД Украины"):
        whose message is quoted after it; not an outlet relaying, nor a person (someone's words are no document)."""
        relay = RELAY_TAIL.search(self.text, sentence.start, sentence.end)
        if relay is None:
            return None
        v = self._token_at(sentence, relay.start() + 1)
        while v < len(sentence.tokens) and not self._say_verb(sentence.tokens[v]):
            v += 1
        if v >= len(sentence.tokens) or sentence.tokens[v].norm in RELAY_VERBS:
            return None  # ("…, передає Depo.Донбас": an outlet's verb)
        speaker, subject, _inverted = self._verb_speaker(k, v)
        if speaker is None or subject is None or subject.pronoun or subject.role:
            return None
        if self._media_source(sentence, subject) or self._person_like(sentence, subject):
            return None
        if self._media_name(self._mention_words(sentence, subject)):
            return None  # ("Об этом сообщает Reuters": an agency passing the news on, known or not)
        return speaker

    def _platform_poster(self, k: int, sentence: Sentence):
        """Who a sentence says wrote on a social network ("Про це він написав у Твіттері"): the speaker of its verb of
        saying before "у"/"в" and the network's name; else None."""
        tokens = sentence.tokens
        for v, token in enumerate(tokens[:-2]):
            if token.in_quote or not self._say_verb(token):
                continue
            if tokens[v + 1].norm in PLACE_PREPOSITIONS and tokens[v + 2].norm.split("-")[0] in PLATFORMS:
                return self._verb_speaker(k, v)[0]
        return None

    def _page_owner(self, k: int, sentence: Sentence):
        """The owner of the page a sentence says something was announced or published on ("Про це повідомили на
        офіційній сторінці британського уряду в Twitter": the government), else None."""
        tokens = sentence.tokens
        # "Про це розповіли у Telegram-каналі "…"": the channel
        verbs = (v for v, t in enumerate(tokens) if not t.in_quote and self._say_verb(t))
        if (channel := next((c for v in verbs if (c := self._named_channel(sentence, v))), None)) is not None:
            return channel.entered or channel.text, channel.speaker_id, channel.kind
        for i, token in enumerate(tokens[:-2]):
            if token.in_quote or token.norm not in PLACE_PREPOSITIONS or not is_cyrillic(token.text):
                continue
            pages = (j for j in range(i + 1, min(i + 4, len(tokens))) if self._noun_lemmas(tokens[j]) & PAGE_NOUNS)
            page = next(pages, None)
            if page is None or page + 1 >= len(tokens):
                continue
            verb = any(
                self._say_verb(t) or self._noun_lemmas(t) & PUBLISH_VERBS or _PASSIVE_SAYING.fullmatch(t.norm)
                for t in tokens[max(0, i - 3) : i]
            )  # (or said in the passive: "Об этом сообщается на сайте музыканта")
            own = any(t.norm in POSSESSIVE_PRONOUNS for t in tokens[i + 1 : page])  # "на своїй сторінці": the subject's
            if not verb or own or tokens[page + 1].in_quote:
                continue
            # the owner: the phrase after the page, up to a comma (its place or time is cut by _source_phrase)
            comma = (j for j in range(page + 2, len(tokens)) if "," in self.text[tokens[j - 1].end : tokens[j].start])
            return self._source_phrase(k, sentence, page + 1, next(comma, len(tokens)), token.start)
        return None

    def _document_author(self, s: int, sentence: Sentence, document: re.Match):
        """Who issued the document of "the statement said" / "a statement by X said": X, else the author of the
        document named last."""
        if document.group("author") is None:
            return self.last_source
        first = self._token_at(sentence, document.start("author"))
        last = self._token_at(sentence, document.end("author"))
        speaker = self._document_phrase(s, sentence, first, last, document.start())
        if speaker:
            self.last_source = speaker
        return speaker

    def _document_phrase(self, s: int, sentence: Sentence, first: int, last: int, position: int):
        """The speaker a document's author phrase names: organisations named together before ("the two
        agencies"), else the phrase as a formula's subject."""
        joint = self._group_anaphor(s, sentence.tokens[first:last], position)
        if joint:
            return joint
        mention = self._phrase(sentence, first, last)
        if not self._acceptable(sentence, mention):  # a document's author: a lone Latin name too ("заяві Ryanair")
            return None
        return self._speaker_of(s, mention, position)

    def _document_says(self, s: int, sentence: Sentence, consumed: set[int]) -> None:
        """ "В заявлении МИД говорится, что CLAUSE", "У доповіді ООН зазначається: CLAUSE": the clause is the
        document's, its author (named after it, else the author of the document named before) the speaker."""
        match = DOCUMENT_SAYS.match(self.text, sentence.start, sentence.end)
        if not match or match.end() >= sentence.end or self._overlaps_candidate(match.end(), sentence.end):
            return
        first = self._token_at(sentence, match.start("owner"))
        last = self._token_at(sentence, match.end("owner"))
        if first == last and match.group("aside"):
            # "В заявлении, опубликованном на сайте МИД России, говорится": the owner of the page it was published on
            first = self._token_at(sentence, match.start("aside")) + 1
            last = self._token_at(sentence, match.end("aside"))
        speaker = self._source_phrase(s, sentence, first, last, match.start())
        if not speaker:
            return
        consumed.update(range(self._token_at(sentence, match.end())))
        quoted = any(match.end() <= o < sentence.end for o, _c in sentence.quotes)
        self._add(s, match.end(), sentence.end, "partial" if quoted else "indirect", speaker)

    def _as_stated(self, s: int, sentence: Sentence, consumed: set[int]) -> None:
        """ "Як ідеться у заяві міністерства, CLAUSE." / "Как говорится в заявлении X, CLAUSE." / "As said in a
        statement by X, CLAUSE.": the clause is the statement's, its author the speaker."""
        match = AS_STATED.match(self.text, sentence.start)
        if not match:
            return
        comma = self.text.find(",", match.end(), sentence.end)
        speaker = self._statement_source(s, sentence, match.start("source"))
        if comma == -1 or not speaker or self._overlaps_candidate(comma + 1, sentence.end):
            return
        consumed.update(range(self._token_at(sentence, comma)))
        quoted = any(comma < o < sentence.end for o, _c in sentence.quotes)
        self._add(s, comma + 1, sentence.end, "partial" if quoted else "indirect", speaker)

    def _anaphoric_start(self, sentence: Sentence) -> int | None:
        """Where a sentence that attributes the sentence before opens its attribution: at its start ("Про це заявив
        X"), or past an outlet's relay clause ("Як передає Укрінформ, про це повідомив X"); else None."""
        if ANAPHORIC_ATTRIBUTION.match(self.text, sentence.start):
            return sentence.start
        # ("В частности, об этом говорил X", "Також про це заявив X": a connective before it)
        lead = _ANAPHORIC_LEAD.match(self.text, sentence.start, sentence.end)
        if lead and ANAPHORIC_ATTRIBUTION.match(self.text, lead.end()):
            return lead.end()
        relay = RELAY_LEAD.match(self.text, sentence.start, sentence.end)
        if relay and ANAPHORIC_ATTRIBUTION.match(self.text, relay.end()):
            return relay.end()
        return None

    def _inserted_relay(self, sentence: Sentence) -> tuple[int, int] | None:
        """The span of an outlet's relay clause inserted after the opener of an attribution of the sentence before
        ("Об этом, как сообщает «РБК-Украина», заявил X"), else None: the outlet relays, X spoke."""
        start = self._anaphoric_start(sentence)
        opener = ANAPHORIC_ATTRIBUTION.match(self.text, start) if start is not None else None
        relay = INSERTED_RELAY.match(self.text, opener.end(), sentence.end) if opener is not None else None
        return (relay.start(), relay.end()) if relay else None

    def _previous_attributed(self, s: int, sentence: Sentence, consumed: set[int]) -> None:
        """ "CLAUSE. Про це заявив X." / "Об этом сообщил X.": the previous sentence is X's statement."""
        start = self._anaphoric_start(sentence)
        if s == 0 or start is None:
            return
        speaker = self._statement_source(s, sentence, start)
        writes = True  # whether the speaker writes a message quoted after ("— йдеться в повідомленні")
        if speaker is None:
            relayed = self._inserted_relay(sentence)
            inserted = [
                v for v in self._verbs(sentence) if relayed and relayed[0] <= sentence.tokens[v].start < relayed[1]
            ]
            # ("Об этом, как сообщает X, заявил Y": not the inserted one first; the outlet's when nobody else in
            # particular speaks: "Об этом, как пишет Bloomberg, сообщили американские чиновники")
            # "Такой прогноз сделал X", "Таку заяву зробив X": a verb of making or giving after a noun for a statement
            opener = STATEMENT_OPENER.match(self.text, sentence.start) is not None
            light = [k for k, t in enumerate(sentence.tokens) if opener and self._light_verb(sentence, k, start)][:1]
            for v in [*sorted({*(v for v in self._verbs(sentence) if v not in inserted), *light}), *inserted]:
                if v in consumed or sentence.tokens[v].start < start:
                    continue  # (not the outlet's relay verb)
                if opener and self._noun_lemmas(sentence.tokens[v]) & REFUTING_VERBS:
                    break  # "Эту информацию опроверг X": the statement is not X's
                speaker, subject, _inverted = self._verb_speaker(s, v)
                if speaker:
                    # The sentence is only the attribution, up to a participle of its own ("Такое же мнение высказал
                    # X, отметив, что …", "Про це повідомив X, додавши, що …").
                    consumed.update(range(self._own_words_at(sentence, v)))
                    # (whom "— наголосив він" after it stands for: a person by a name the dictionaries know)
                    named = subject is not None and not subject.pronoun and _name_gender(subject.text) is not None
                    if named and speaker[2] != "organization" and speaker not in sentence.speakers:
                        sentence.speakers.append(speaker)
                    writes = self._body_subject(sentence, subject, v)
                    # ("Про це повідомляє у Телеграмі начальниця ОВА X": a post of the person's own, quoted after)
                    posted = any(
                        t.norm in PLATFORMS and k > 0 and sentence.tokens[k - 1].norm in ("у", "в", "на")
                        for k, t in enumerate(sentence.tokens)
                    )
                    writes = writes or (posted and subject is not None and not subject.pronoun)
                    if writes and subject is not None and self._media_name(self._mention_words(sentence, subject)):
                        # ("Об этом сообщает Reuters": an agency passes the news on, no document of its own)
                        writes = False
                    if subject is not None and not (subject.pronoun or subject.role):
                        # (but its report, "повідомлення", is its own: see _source_phrase)
                        person = self._person_like(sentence, subject) or _name_gender(subject.text) is not None
                        self.last_report = None if person else (s, speaker)
                    # "Про це повідомляє РБК-Україна з посиланням на прогноз синоптика Наталки Діденко": the one
                    # cited, the outlet relays
                    # (not the source of an outlet's relay after the speaker: "Про це заявила X, повідомляє РБК-Україна
                    # з посиланням на GMK Center")
                    relay = RELAY_TAIL.search(self.text, sentence.tokens[v].end, sentence.end)
                    cited = None if relay else self._cited_source(s, sentence, sentence.tokens[v].end)
                    previous = self.sentences[s - 1]
                    if cited:
                        self.last_source = cited  # (whose "— йдеться у повідомленні" after it)
                    if cited and not self._overlaps_candidate(previous.start, previous.end):
                        speaker = cited
                        sentence.speakers.append(cited)  # (whom "— сказал он" after it stands for)
                    break
            relay = next((t for t in sentence.tokens if t.norm in RELAY_PRESENT and t.start >= start), None)
            if speaker is None and relay is not None and (cited := self._cited_source(s, sentence, relay.end)):
                # "Про це передає Укрінформ із посиланням на Anadolu": the source the relaying outlet cites
                speaker = self.last_source = cited
                sentence.speakers.append(cited)
        else:
            consumed.update(range(len(sentence.tokens)))
        if speaker and self.last_source is None and writes:
            self.last_source = speaker
        if speaker:
            self._attribute_previous(s, speaker)

    def _publication_pointer(self, s: int, sentence: Sentence, consumed: set[int]) -> None:
        """ "CLAUSE. Як повідомляє Укрінформ, така інформація оприлюднена у виданні Spaceflight Now.": the outlet
        relays what the owner of the page published; the sentence before is the owner's, and so is the message
        quoted after ("— зазначається у статті")."""
        relay = RELAY_LEAD.match(self.text, sentence.start, sentence.end)
        pointer = relay and PUBLICATION_POINTER.match(self.text, relay.end(), sentence.end)
        if not pointer or s == 0:
            return
        tokens = sentence.tokens
        at = self._token_at(sentence, pointer.start("participle"))
        if at + 2 >= len(tokens) or not self._published(tokens[at]) or tokens[at + 1].norm not in PLACE_PREPOSITIONS:
            return
        comma = (k for k in range(at + 2, len(tokens)) if "," in self.text[tokens[k - 1].end : tokens[k].start])
        speaker = self._source_phrase(s, sentence, at + 1, next(comma, len(tokens)), tokens[at].start)
        if not speaker or not speaker[0][:1].isupper() or len(speaker[0]) < 4:
            return  # (a name, not "сил" of "Повітряних сил" nor "ведомство")
        consumed.update(range(len(tokens)))
        self.pointers.add(s)
        self.last_source = speaker
        self._attribute_previous(s, speaker)

    def _attribute_previous(self, s: int, speaker) -> None:
        """The sentence before s is the speaker's statement, unless a candidate already covers it."""
        previous = self.sentences[s - 1]
        if previous.heading:
            return
        inside = [c for c in self.candidates[-40:] if c.start < previous.end and previous.start < c.end]
        # ("Президент Франции Николя Саркози «горячо поздравил» Путина. Об этом сообщила пресс-служба Кремля": the
        # quoted words are the named person's, the body only reported them)
        named = inside and all(
            c.speaker_kind in ("", "person") and c.speaker_id is None and _name_gender(c.speaker_mention) is not None
            for c in inside
        )
        if named and speaker and speaker[2] == "organization":
            return
        if inside and all(c.start in self.subject_guesses and c.end <= previous.end for c in inside):
            # The attribution names who said the quoted words their sentence's subject was guessed for.
            guessed = {id(c) for c in inside}
            self.candidates = [c for c in self.candidates if id(c) not in guessed]
        elif inside:
            return
        kind = "partial" if previous.quotes else "indirect"
        self._add(s - 1, previous.start, previous.end, kind, speaker)
        # An attribution that opens a paragraph covers the paragraph before, up to three sentences ("Лієва звільнено
        # … . Фактів … не виявили.⏎⏎Таку інформацію оприлюднило Міноборони"): each of them is the speaker's.
        if "\n" not in self.text[previous.end : self.sentences[s].start]:
            return
        for k in range(s - 2, max(-1, s - 4), -1):
            sentence = self.sentences[k]
            if sentence.heading or "\n" in self.text[sentence.end : self.sentences[k + 1].start]:
                return
            covered = any(c.start < sentence.end and sentence.start < c.end for c in self.candidates)
            if len(sentence.tokens) < 4 or covered or self.text[sentence.start : sentence.end].rstrip().endswith("?"):
                return  # (a question is the journalist's)
            self._add(k, sentence.start, sentence.end, "partial" if sentence.quotes else "indirect", speaker)

    def _own_words_at(self, sentence: Sentence, v: int) -> int:
        """Where words of the speaker's own start after an attribution's verb at v: a participle of saying after a
        comma that a colon or "что" follows ("…, отметив, что …", "…, додавши: …"; not "комментируя информацию
        СМИ"); else the sentence's end (its last token index + 1)."""
        tokens = sentence.tokens
        for w in self._verbs(sentence):
            if w <= v or "," not in self.text[tokens[w - 1].end : tokens[w].start]:
                continue
            if any(p.tag.POS == "GRND" for p in self._parses(tokens[w])[:1]) and _OWN_WORDS.match(
                self.text, tokens[w].end, sentence.end
            ):
                return w
        return len(tokens)

    def _body_subject(self, sentence: Sentence, subject: Mention | None, v: int) -> bool:
        """Whether the subject of the verb at v is a body that writes messages ("Про це повідомляє пресслужба X",
        "пресс-служба ЦАХАЛа"), not a person or an outlet."""
        if subject is None or self._media_source(sentence, subject):
            return False
        tokens = sentence.tokens[min(subject.first, v + 1) : subject.last]
        return subject.kind == "organization" or any(self._noun_lemmas(t) & INSTITUTION_NOUNS for t in tokens)

    def _cited_source(self, s: int, sentence: Sentence, after: int):
        """The speaker a source cites after the verb ("… з посиланням на заяву керівника ЦПД Андрія Коваленка", "…
        со ссылкой на Минобороны", "…, citing Daniel Hart"): the first person named after the citing words, else the
        first body named there (not a document or "sources": "з посиланням на джерела"); else None."""
        citing = CITING_AFTER_SOURCE.search(self.text, after, sentence.end)
        if citing is None:
            return None
        tokens = sentence.tokens
        opening = next((t for t in tokens if t.start >= citing.end()), None)
        if opening is not None and opening.norm in POSSESSIVE_PRONOUNS | {"his", "her", "their"}:
            return None  # "з посиланням на його виступ": the speaker's own words, whoever the verb says spoke
        k = next((k for k, t in enumerate(tokens) if t is opening), None)
        while k is not None and k + 1 < len(tokens) and not tokens[k].capitalized and self._adjective(tokens[k]):
            k += 1  # "со слов регионального директора X": the role after its adjective
        opening = tokens[k] if k is not None else opening
        if (
            opening is not None
            and not opening.capitalized
            and not (self._role_lemma(opening) or self._person_noun(opening) or self._kind_noun(opening))
            and not CITED_DOCUMENT.match(opening.norm)
            and not self._noun_lemmas(opening) & PRESS_SERVICES  # ("со ссылкой на пресс-службу департамента X")
            and not self._noun_lemmas(opening) & OWN_PAGES  # ("з посиланням на сайт Білого дому": the body's page)
        ):
            return None  # whose statement or data, not an event: "з посиланням на засідання секції Асоціації міст"
        if opening is not None and k is not None and self._noun_lemmas(opening) & OWN_PAGES:
            # "со ссылкой на сайт Кремля": the body right after the page, else no one (not the clause's subject)
            owner = next((m for m in sentence.mentions if m.first == k + 1 and not (m.pronoun or m.role)), None)
            if owner is None or not self._acceptable(sentence, owner) or self._person_like(sentence, owner):
                return None
            return self._speaker_of(s, owner, tokens[owner.first].start)
        if (
            opening is not None
            and k is not None
            and self._noun_lemmas(opening) & PRESS_SERVICES
            and k + 1 < len(tokens)
        ):
            body = tokens[k + 1]
            end = self._body_complement_end(tokens, k + 2) if not body.capitalized else k + 1
            if not body.capitalized and is_cyrillic(body.text) and self._noun_lemmas(body) & BODY_NOUNS and end > k + 2:
                # "со ссылкой на пресс-службу департамента природопользования Москвы": that department
                head = self._nominative_word(body)
                return head + self.text[body.end : tokens[end - 1].end], None, "organization"
        named = [
            m
            for m in sentence.mentions
            if tokens[m.first].start >= citing.end()
            and not (m.pronoun or m.role or m.anaphor)
            # (not where: "посла в Ізраїлі", "на KJF-2024"; the citing words' own "на" aside)
            and (tokens[m.first - 1].norm not in PREPOSITIONS or tokens[m.first - 1].end <= citing.end())
        ]
        person = next((m for m in named if self._person_like(sentence, m)), None)
        body = next(
            (m for m in named if self._acceptable(sentence, m) and not self._place(sentence, m)),
            None,
        )  # (an outlet too: "Про це повідомляє агентство із посиланням на Reuters", the agency whose report it is)
        chosen = person or body
        if chosen is None:
            return None
        if chosen is body and chosen.speaker_id is None:
            chosen = self._with_complement(sentence, chosen, self._complement_end(tokens, chosen.last))
        return self._speaker_of(s, chosen, sentence.tokens[chosen.first].start)

    def _reported_particle(self, s: int, sentence: Sentence, consumed: set[int]) -> bool:
        """ "X натякнув на проблеми. Мовляв, уряд не справляється." / "Мол, …": a sentence opening with the particle of
        reported speech says what the speaker of the sentence before said."""
        opening = REPORTED_PARTICLE.match(self.text, sentence.start, sentence.end)
        if opening is None or s == 0 or self._overlaps_candidate(opening.end(), sentence.end):
            return False
        previous = self.sentences[s - 1]
        speaker = next((sp for v in reversed(self._verbs(previous)) if (sp := self._verb_speaker(s - 1, v)[0])), None)
        if not speaker:
            return False
        consumed.update(range(len(sentence.tokens)))
        kind = "partial" if any(o >= opening.end() for o, _c in sentence.quotes) else "indirect"
        self._add(s, opening.end(), sentence.end, kind, speaker)
        return True

    def _relative_attributed(self, s: int, sentence: Sentence, consumed: set[int]) -> None:
        """ "CLAUSE, про що повідомив X." / "CLAUSE, о чем сообщил X.": the clause before is X's statement."""
        found = RELATIVE_ATTRIBUTION.search(self.text, sentence.start, sentence.end)
        if found is None or found.start() <= sentence.start:
            return
        first = self._token_at(sentence, found.end())
        v = next((v for v in self._verbs(sentence) if first <= v <= first + 2 and v not in consumed), None)
        if v is None or not self._relays(sentence.tokens, v):
            return
        said_before = any(w < first and self._verb_speaker(s, w)[0] for w in self._verbs(sentence))
        speaker = None if said_before else self._verb_speaker(s, v)[0]
        consumed.update(range(first - 2, len(sentence.tokens)))  # the rest is only the attribution
        if not speaker or self._overlaps_candidate(sentence.start, found.start()):
            return  # ("X заявив, що …, про що повідомила прес-служба": the service relays X's statement)
        quoted = any(o < found.start() for o, _c in sentence.quotes)
        self._add(s, sentence.start, found.start(), "partial" if quoted else "indirect", speaker)

    def _relays(self, tokens: list[Token], v: int) -> bool:
        """Whether the verb of a relative attribution reports ("про що повідомив X", "о чем сообщил X"): a verb of
        telling, not of asking ("о чем давно просил Иванов"), with no object of its own after it ("повідомив
        поліцію")."""
        if self._say_verb(tokens[v]) not in RELAY_SAY_VERBS:
            return False
        # (whom it was told, in the dative, is no object: "про що повідомив журналістам Олександр Сирський")
        following = self._parse(tokens[v + 1]) if v + 1 < len(tokens) else None
        return following is None or not (self._object_noun(tokens[v + 1]) and following.tag.case == "accs")

    def _verbs(self, sentence: Sentence) -> list[int]:
        """The verbs (and phrases) of saying of a sentence, by token index; read once a sentence."""
        if sentence.start not in self.verbs_of:
            verbs = self._without_relay_tail(sentence, self._find_verbs(sentence))
            self.verbs_of[sentence.start] = self._without_opening_gerund(sentence, verbs)
        return self.verbs_of[sentence.start]

    def _without_opening_gerund(self, sentence: Sentence, verbs: list[int]) -> list[int]:
        """The verbs without a Cyrillic adverbial participle that opens the sentence when a finite verb of saying
        follows its clause ("Комментируя реакцию Токио, глава кабмина заявил, что …": the participle's subject is
        the main verb's, what follows it is its object)."""
        tokens = sentence.tokens
        if not verbs or verbs[0] != 0 or not is_cyrillic(tokens[0].text) or len(verbs) < 2:
            return verbs
        if not any(p.tag.POS == "GRND" for p in self._parses(tokens[0])[:1]):
            return verbs
        comma = self.text.find(",", tokens[0].end, sentence.end)
        later = [v for v in verbs[1:] if comma != -1 and tokens[v].start > comma]
        finite = [v for v in later if any(p.tag.POS == "VERB" for p in self._parses(tokens[v])[:1])]
        return verbs[1:] if finite else verbs

    def _without_relay_tail(self, sentence: Sentence, verbs: list[int]) -> list[int]:
        """The verbs without an outlet's "…, сообщает новостной портал X" that closes a sentence which holds someone
        else's words (another verb of saying or an attribution formula): the outlet relays them. (Quote marks alone
        do not say whose words they are: "«…», — сообщает телеканал «Дождь»" may be the channel's.)"""
        tail = RELAY_TAIL.search(self.text, sentence.start, sentence.end)
        if not tail:
            return verbs
        relay = self._token_at(sentence, tail.start())
        if sentence.tokens[relay].norm not in RELAY_PRESENT:
            return verbs
        outlet = sentence.tokens[relay + 1 : relay + 5]
        by_address = any(t.capitalized and _DOMAIN_END.match(self.text, t.end) for t in outlet)
        media = self._media_name(outlet) or any(self._media_noun(t) for t in outlet[:3]) or by_address
        opening = self.text[sentence.start : tail.start()].lstrip()
        # (A passive participle is nobody's words: "Данные будут обнародованы позже, передает IPN" is the outlet's.)
        others = [
            v
            for v in verbs
            if v != relay and not self._passive_form(sentence.tokens[v]) and not self._indefinite_personal(sentence, v)
        ]
        relayed = others or any(f.match(opening) for f in FORMULAS) or self._quoting_person_opens(sentence, relay)
        if media and relayed:
            return [v for v in verbs if v != relay]
        if (
            relay not in verbs
            and not relayed
            and (media or (outlet and outlet[0].capitalized))
            and self._names_no_source(sentence, relay, media=media)
        ):
            # "Данные будут обнародованы позже, передает IPN": nobody else's words, the outlet's report (a name
            # after "передает" at a sentence's end is an outlet's)
            self.relay_sources.add(sentence.tokens[relay].start)
            return sorted([*verbs, relay])
        return verbs  # ("…, сообщает ведомство": the office's own statement)

    def _indefinite_personal(self, sentence: Sentence, v: int) -> bool:
        """A Cyrillic plural verb with no subject, only an object pronoun or adverbs before it ("Ее обвинили в …"):
        nobody in particular, as a passive would say it."""
        tokens = sentence.tokens
        if not is_cyrillic(tokens[v].text) or not self._plural_verb(tokens[v]):
            return False
        return v > 0 and all(t.norm in OBJECT_PRONOUN_GENDERS or t.norm in PLURAL_OBJECT_PRONOUNS for t in tokens[:v])

    def _quoting_person_opens(self, sentence: Sentence, relay: int) -> bool:
        """Whether a sentence with quote marks before an outlet's "…, сообщает X" opens with a person as its subject
        ("Он намерен защищать свои права, поскольку «…», сообщает портал X"): the quoted words are that person's."""
        opening = next((o for o, _c in sentence.quotes if o < sentence.tokens[relay].start), None)
        first = next((m for m in sentence.mentions if m.first == 0), None)
        if opening is None or first is None or first.last >= relay:
            return False
        if len(WORD.findall(self.text, sentence.tokens[first.last - 1].end, opening)) < 2:
            return False  # "Джо Байден «противостоял Путину …», сообщает CNN": the outlet's words of him
        if first.pronoun:
            return first.text.lower() in PERSON_PRONOUNS
        return self._person_like(sentence, first) and self._can_be_subject(sentence, first)

    def _names_no_source(self, sentence: Sentence, relay: int, *, media: bool = False) -> bool:
        """Whether the words before an outlet's "…, передает X" name no one who may have said them (no quote marks, no
        colon after a name, no formula, source or statement word anywhere, no person or body named, no conviction),
        and the sentence before is no one's statement that they may go on with ("…, подчеркнула она. Реформы будут
        продолжены, передает IPN")."""
        opening = self.text[sentence.start : sentence.tokens[relay].start]
        quoted = any(o < sentence.tokens[relay].start for o, _c in sentence.quotes)  # (not the outlet's own name)
        if quoted or ":" in opening or any(f.match(opening) for f in FORMULAS):
            return False
        if _OTHERS_WORDS.search(self.text, sentence.start, sentence.end):
            return False
        if any(self._convinced(sentence.tokens, k) for k in range(relay)):
            return False
        named = [
            m
            for m in sentence.mentions
            if m.last <= relay
            and not self._place(sentence, m)
            and (m.speaker_id is not None or m.kind == "organization" or m.role or self._person_like(sentence, m))
        ]
        if named and not (media and self._event_reported(sentence, relay, named)):
            return False  # ("Окончательные данные …": a capital that opens the sentence names no one)
        k = self.sentence_at[sentence.start] - 1
        previous = self.candidates[-1] if self.candidates else None
        return not (previous is not None and k >= 0 and previous.start >= self.sentences[k].start)

    def _event_reported(self, sentence: Sentence, relay: int, named: list[Mention]) -> bool:
        """Whether the people and bodies a news agency's "…, передает РИА Новости" sentence names are what it reports
        on, not whose words it passes on: none of them is the subject of a verb of intention, opinion or saying
        ("В Грузии уволился директор телевидения X, передает РИА Новости"; not "X намерен …, передает …")."""
        tokens = sentence.tokens
        for m in named:
            following = tokens[m.last : min(relay, m.last + 3)]
            if any(self._say_verb(t) or self._convinced(tokens, k) for k, t in enumerate(following, m.last)):
                return False
            if any(t.norm[:5] in INTENT_STEMS or t.norm[:6] in STANCE_STEMS for t in following):
                return False  # ("не исключил введения ограничений", "поддержал идею": a position the agency passes on)
        return True

    def _passive_form(self, token: Token) -> bool:
        """A Cyrillic passive participle the dictionary reads first ("обнародованы", "оприлюднено")."""
        parses = self._parses(token)[:1]
        return any(p.tag.POS in ("PRTF", "PRTS", "ADJF", "ADJS") and "pssv" in p.tag for p in parses)

    def _find_verbs(self, sentence: Sentence) -> list[int]:
        tokens = sentence.tokens
        # "would respond", "to say": not something said; "rejected by X": a passive participle; "the United
        # States": a capitalised English word inside a sentence is a name, not a verb (headlines aside).
        return [
            i
            for i, t in enumerate(tokens)
            if (
                self._say_verb(t)
                or self._convinced(tokens, i)
                or self._sharing(tokens, i)
                or self._stance(tokens, i)
                or self._attention(tokens, i)
                or self._appeal(tokens, i)
                or self._making_clear(tokens, i)
                or self._renewed_call(tokens, i)
                or self._gave_to_understand(tokens, i)
                or self._emphasis_made(tokens, i)
                or self._statement_made(tokens, i)
                or self._attempted_saying(tokens, i)
                or self._allowing(tokens, i)
            )
            and not (
                self._after_modal(tokens, i)
                and not self._attempted_to(tokens, i)
                and not self._prepared_speech(tokens, i)
            )
            # ("a history of welcoming refugees": a gerund after "of" names a habit, it says nothing)
            and not (
                i > 1
                and t.norm.endswith("ing")
                and tokens[i - 1].norm == "of"
                and tokens[i - 2].norm != "point"  # ("made a point of saying that" says it)
                and not is_cyrillic(t.text)
            )
            and not (i + 1 < len(tokens) and tokens[i + 1].norm == "by" and t.norm.endswith("ed"))
            # "did not complain" (not the quotation's last word: '"We are not," said X')
            and not (i and tokens[i - 1].norm in NEGATIONS and not is_cyrillic(t.text) and self._adjacent(tokens, i))
            and not (t.norm == "благодаря" and self._before_dative(tokens, i))  # "благодаря чему": thanks to
            # "не коментує чутки, але натякає, що …": nothing said by the negated verb
            and not (
                i
                and tokens[i - 1].norm in ("не", "ни", "ні")
                and is_cyrillic(t.text)
                and self._adjacent(tokens, i)
                and self._say_verb(t)
            )
            # "the alleged plot", "into alleged sexting": a participle before a noun is an adjective
            and not (
                i
                and not is_cyrillic(t.text)
                and t.norm.endswith("ed")
                # (not "her": "Doctors who examined her confirmed")
                and (
                    tokens[i - 1].norm in ARTICLES | OBJECT_DETERMINERS - {"her"} or tokens[i - 1].norm in PREPOSITIONS
                )
                and self._adjacent(tokens, i)
            )
            # "when asked how …", "after being asked": a passive participle, what the subject was asked
            and not (i and tokens[i - 1].norm in PARTICIPLE_OPENERS and t.norm.endswith("ed"))
            # "отвечая на вопрос", "responding to a question": how the statement came, not a statement
            and not (
                i + 1 < len(tokens)
                and tokens[i + 1].norm in PREPOSITIONS
                and self._participle(t)
                and self._say_verb(t) in ANSWER_VERBS
            )
            and not (i and t.capitalized and not is_cyrillic(t.text) and not sentence.heading)
            # "який відповідав за тилове забезпечення", "отвечает за снабжение": responsible for it, nothing said (not
            # "ответил за несколько минут до заседания: «…»", "відповіла за всю команду: «…»")
            and not (
                i + 1 < len(tokens)
                and is_cyrillic(t.text)
                and tokens[i + 1].norm == "за"
                and self._say_verb(t) in ANSWER_VERBS
                and self._adjacent(tokens, i + 1)
                and not re.search(r"[:«“\"]", self.text[t.end : sentence.end])
            )
            and not self._resignation_letter(tokens, i)
            and not self._poll_share(tokens, i)
        ]

    def _poll_share(self, tokens: list[Token], i: int) -> bool:
        """Whether the English clause before the verb at i counts a share of a poll's respondents ("About four in 10
        said", "6 in 10 Republicans who attended described themselves", "two-thirds of caucus attendees"): a poll's
        finding, nobody's statement."""
        if is_cyrillic(tokens[i].text):
            return False
        k = i
        while k > 0 and i - k < 10 and not any(ch in ",;:()" for ch in self.text[tokens[k - 1].end : tokens[k].start]):
            k -= 1
        share = POLL_SHARE.search(self.text, tokens[k].start, tokens[i].start)
        if share is None:
            return False
        # (the share opens the clause as its subject: not "Sanders won 60 percent of the vote and said")
        before = [t for t in tokens[k:i] if t.end <= share.start()]
        return not any(t.capitalized for t in before)

    def _resignation_letter(self, tokens: list[Token], i: int) -> bool:
        """Whether a verb of writing at i has a letter of resignation or a formal application for its object
        ("написав заяву про звільнення", "написал заявление об отставке", "написала заявление в полицию"): a
        document filed, no statement."""
        if i + 2 >= len(tokens) or not is_cyrillic(tokens[i].text) or self._say_verb(tokens[i]) not in WRITE_VERBS:
            return False
        if not self._noun_lemmas(tokens[i + 1]) & APPLICATION_NOUNS:
            return False
        purpose = APPLICATION_PURPOSE.match(self.text, tokens[i + 1].end)
        # (not "написав заяву до поліції, що його побили": what it says follows)
        return purpose is not None and not re.match(r"\s*(?:,\s*(?:що|что)\b|:)", self.text[purpose.end() :])

    def _allowing(self, tokens: list[Token], i: int) -> bool:
        """ "допустив можливість продовження", "допускает, что", "не виключив, що", "не исключает возможности": a
        position on what may be (not "допустив помилку", "не допустити будівництва", "виключив зі списку")."""
        if i + 1 >= len(tokens) or not is_cyrillic(tokens[i].text):
            return False
        lemmas = {p.normal_form for p in self._parses(tokens[i])[:2] if p.tag.POS in ("VERB", "GRND")}
        negated = i > 0 and tokens[i - 1].norm in ("не", "ні")
        if not (lemmas & ALLOWING_VERBS or (negated and lemmas & EXCLUDING_VERBS)):
            return False
        if lemmas & ALLOWING_VERBS and negated:
            return False
        following = tokens[i + 1]
        if following.norm in COMPLEMENTIZERS:
            return True
        # "допустив можливість": someone's position; "Кодекс допускает возможность": what a law allows
        past = any("past" in p.tag for p in self._parses(tokens[i])[:2])
        return past and bool(self._noun_lemmas(following) & POSSIBILITY_NOUNS)

    def _before_dative(self, tokens: list[Token], i: int) -> bool:
        """Whether a dative follows, behind a possessive at most ("благодаря чему", "благодаря его политике")."""
        following = (
            tokens[i + 1 : i + 3]
            if i + 1 < len(tokens) and tokens[i + 1].norm in POSSESSIVE_PRONOUNS
            else tokens[i + 1 : i + 2]
        )
        return any("datv" in p.tag for t in following for p in self._parses(t)[:2])

    def _attempted_saying(self, tokens: list[Token], i: int) -> bool:
        """An infinitive of saying after a finite verb of deciding, hurrying, trying or going on ("решил напомнить о
        том, что", "поспішила звинуватити", "продовжує заявляти про"): what was said, not what may be."""
        if i == 0 or tokens[i].in_quote or not is_cyrillic(tokens[i].text) or not self._adjacent(tokens, i):
            return False
        if tokens[i].norm[:3] not in _say_prefixes():
            return False
        lemmas = SAY_UK if self._dictionary_language() == "uk" else SAY_RU
        if not (self._infinitive(tokens[i]) and self._say_infinitive(tokens[i], lemmas)):
            return False
        k = i - 1 if tokens[i - 1].norm not in ("ж", "же", "одразу", "сразу") else i - 2
        before = tokens[k]
        if k and (tokens[k - 1].norm in NEGATIONS or tokens[k - 1].norm in ("не", "ні", "ни")):
            return False  # "не захотел комментировать": nothing was said
        return any(
            p.tag.POS == "VERB" and {"past", "pres"} & p.tag.grammemes and p.normal_form in ATTEMPT_VERBS
            for p in self._parses(before)
        )

    def _title_word(self, tokens: list[Token], k: int, first: int, v: int) -> bool:
        """Whether a small English word between a quotation and its verb is part of a title before the name the
        verb follows ("press" of "White House press secretary Josh Earnest said", "assistant athletic director"):
        no function word, verb form or word of saying, at most three such words, a capitalised name right before
        the verb."""
        token = tokens[k]
        if is_cyrillic(token.text) or token.in_quote or not token.norm.isalpha():
            return False
        if k == first and token.norm in ("his", "her", "their") and k + 1 < v and not tokens[k + 1].capitalized:
            return self._title_word(tokens, k + 1, first, v)  # "”, his friend Mahamat Saleh Oumar told …"
        if token.norm in ENGLISH_FUNCTION_WORDS or token.norm.endswith(("ed", "ing", "ly")) or self._say_verb(token):
            return False
        plain = [
            t for t in tokens[first:v] if not t.capitalized and t.norm not in ROLE_WORDS and not self._role_lemma(t)
        ]
        return len(plain) <= 3 and tokens[v - 1].capitalized and not self._say_verb(tokens[v - 1])

    def _only_adverbial(self, sentence: Sentence, start: int, end: int) -> bool:
        """Whether a short Cyrillic stretch right after a verb of saying is only when or how, no clause ("натякають
        і до сьогодні", "заявляли ще у травні"): no noun, pronoun, verb or adjective in its few words."""
        words = [t for t in sentence.tokens if start <= t.start < end]
        # (years and dates too: "заявляли в 2005-му, 2008-му роках")
        words = [t for t in words if not t.norm[:1].isdigit()]
        if not words or len(words) > 6 or not all(is_cyrillic(t.text) for t in words):
            return False
        content = {"NOUN", "NPRO", "VERB", "INFN", "ADJF", "ADJS", "PRTF", "PRTS", "GRND", "NUMR"}
        return not any(
            t.capitalized
            or (
                t.norm not in PREPOSITIONS
                and t.norm not in CONJUNCTIONS
                and not any(normalize(p.normal_form) in CALENDAR_LEMMAS for p in self._parses(t))  # ("ще у травні")
                and any(p.tag.POS in content for p in self._parses(t)[:1])
            )
            for t in words
        )

    def _after_quotation(self, token: Token, words: int = 6) -> bool:
        """Whether the token follows a closing quote mark and at most `words` words of who ('”, Trump barked')."""
        before = self.text[max(0, token.start - 80) : token.start]
        return re.search(rf"[”\"’']\s*,?\s*(?:[\w.’'-]+\s+){{0,{words}}}$", before) is not None

    def _next_to_quotation(self, token: Token) -> bool:
        """Whether an English verb follows a closing quote mark and a few words of who ('”, Trump barked'), or opens
        a quotation or a that-clause ('barked: “…”', 'boasted that …')."""
        if self._after_quotation(token):
            return True
        # "joked about moving", "joked of the museum, ''…''": what it was about, or a quotation later in its clause
        after = self.text[token.end : token.end + 80]
        return bool(
            re.match(r"\s*(?:[:,]?\s*[“\"‘']|(?:about|of|that)\b|[^.!?“\"]{0,60}?[:,]\s*(?:[“\"‘«]|''))", after)
            or EN_THAT_CLAUSE.match(self.text, token.end)
        )

    def _after_modal(self, tokens: list[Token], i: int) -> bool:
        """Whether a modal or "to" stands before the verb, an English adverb in "-ly" allowed between ("would
        respond", "to openly criticize"): something that may be said, not something said."""
        k = self._before_adverbs(tokens, i)
        # (not the last word of a quotation before it: "“You bet it could,” wrote Sanders")
        return k >= 0 and tokens[k].norm in MODALS and tokens[k].in_quote == tokens[i].in_quote

    def _prepared_speech(self, tokens: list[Token], i: int) -> bool:
        """'"…," he will say', "Mr Kennedy is to tell the audience: "…"": an English speech announced from its released
        text, right after the quotation it attributes or announcing it with a colon."""
        if is_cyrillic(tokens[i].text) or tokens[i].in_quote:
            return False
        k = self._before_adverbs(tokens, i)
        if k < 0:
            return False
        future = tokens[k].norm == "will" or (
            tokens[k].norm == "to"
            and k >= 1
            and (tokens[k - 1].norm in ("is", "are") or tokens[k - 1].norm == "expected")
        )
        if not future:
            return False
        # After the quotation it attributes ('"…," he will say'), or announcing it with a colon ("is to tell the
        # audience: "…""); not a prediction of what someone would say ("Ask him and he will say "…"", "he will say
        # that …").
        after = self.text[tokens[i].end : tokens[i].end + 60]
        return self._after_quotation(tokens[k], words=4) or re.match(r"[^.!?“\"]{0,40}?:\s*[“\"‘]", after) is not None

    def _attempted_to(self, tokens: list[Token], i: int) -> bool:
        """ "went out of his way to say that", "tried to make the case that", "took the opportunity to note": an
        English infinitive of saying that was said, not one that may be."""
        return i >= 2 and tokens[i - 1].norm == "to" and tokens[i - 2].norm in EN_ATTEMPTS

    def _gave_to_understand(self, tokens: list[Token], i: int) -> bool:
        """ "дал понять, что", "дала зрозуміти, що", "дав високу оцінку": phrases of saying (giving to understand,
        giving an assessment)."""
        if i + 1 >= len(tokens) or tokens[i].in_quote or not tokens[i].norm.startswith("да"):
            return False  # (every form of "дать"/"дати" starts so: spare the dictionary)
        k = i + 2 if i + 2 < len(tokens) and self._adjective(tokens[i + 1]) else i + 1
        if tokens[i + 1].norm not in ("понять", "зрозуміти") and tokens[k].norm not in ("оцінку", "оценку"):
            return False
        if i and tokens[i - 1].norm in ("не", "ні", "ни"):
            return False  # "не дал понять", "не дав оцінку": nothing was said
        return any(
            p.normal_form in ("дать", "дати", "давать", "давати") and p.tag.POS == "VERB" and "past" in p.tag
            for p in self._parses(tokens[i])[:2]
        )

    def _emphasis_made(self, tokens: list[Token], i: int) -> bool:
        """ "зробив акцент на тому, що", "— на цьому зробив наголос X", "сделал акцент на": putting the stress on
        something said; not a promise ("зробить акцент") nor anything else made ("зробив ремонт")."""
        if i + 1 >= len(tokens) or tokens[i].in_quote or not is_cyrillic(tokens[i].text):
            return False
        if tokens[i + 1].norm not in EMPHASIS_NOUNS or (i and tokens[i - 1].norm in ("не", "ні", "ни")):
            return False
        # On something said: "на тому, що" after it, or "на цьому" before it after a quotation; not on fabrics.
        after = [t.norm for t in tokens[i + 2 : i + 5]]
        before = [t.norm for t in tokens[max(0, i - 2) : i]]
        if after not in (["на", "тому", "що"], ["на", "том", "что"]) and before not in (
            ["на", "цьому"],
            ["на", "этом"],
        ):
            return False
        return any(
            p.normal_form in MAKE_VERBS and p.tag.POS in ("VERB", "GRND") and not {"futr", "impr"} & p.tag.grammemes
            for p in self._parses(tokens[i])[:2]
        )

    def _statement_made(self, tokens: list[Token], i: int) -> bool:
        """ "— такое заявление сделал министр X", "— відповідну заяву зробив X": the author's words after a quotation
        that name it a statement made; the noun of statement right before a past form of "make"."""
        if i < 1 or tokens[i].in_quote or not is_cyrillic(tokens[i].text) or not self._adjacent(tokens, i):
            return False
        if not self._noun_lemmas(tokens[i - 1]) & COMPLAINT_NOUNS:
            return False
        return any(
            p.normal_form in MAKE_VERBS and p.tag.POS == "VERB" and "past" in p.tag for p in self._parses(tokens[i])[:2]
        )

    def _renewed_call(self, tokens: list[Token], i: int) -> bool:
        """ "repeated his call for", "renewed calls for", "reiterated its demand for": an English verb of repeating
        or making with a call, an appeal or a demand for something, which says what is called for."""
        token = tokens[i]
        if token.in_quote or is_cyrillic(token.text) or token.norm not in EN_CALL_VERBS:
            return False
        k = i + 1
        if k < len(tokens) and tokens[k].norm in ARTICLES | {"his", "her", "their", "its", "our"}:
            k += 1
        if k + 2 >= len(tokens) or tokens[k].norm not in EN_CALL_NOUNS or tokens[k + 1].norm != "for":
            return False
        return tokens[k + 2].norm not in EN_APPEALED_FOR

    def _making_clear(self, tokens: list[Token], i: int) -> bool:
        """ "made clear that", "is making the case that": English phrases of saying with "make"."""
        if tokens[i].norm not in MAKE_FORMS or tokens[i].in_quote:
            return False
        following = " ".join(t.norm for t in tokens[i + 1 : i + 4])
        return any(following.startswith(phrase + " that") for phrase in ("clear", "the case", "it clear"))

    def _convinced(self, tokens: list[Token], i: int) -> bool:
        """A predicate of conviction before "that" ("він переконаний, що", "she is convinced that"): a position
        reported as a verb of opinion reports it; "уверен в победе" is none."""
        return tokens[i].norm in CONVINCED and i + 1 < len(tokens) and tokens[i + 1].norm in COMPLEMENTIZERS

    def _coordinated_with(self, sentence: Sentence, v: int, w: int) -> bool:
        """Whether the verb of saying at w is coordinated with the one at v, sharing its subject ("заявив, що A,
        і додав, що B", "said A and added that B"): a conjunction right before w, and no other subject (a name,
        a role, a body) in the first one's that-clause ("заявив, що міністр прийшов і сказав": the minister's)."""
        tokens = sentence.tokens
        joined = COORDINATED_VERB.search(self.text, tokens[v].end, tokens[w].start)
        if joined is None or joined.end() != tokens[w].start:
            return False
        # A name after "що"/"that" is the reported clause's own subject; an object of the first verb is not.
        complement = next((k for k in range(v + 1, w) if tokens[k].norm in COMPLEMENTIZERS), None)
        return complement is None or not any(complement < m.first < w and not m.pronoun for m in sentence.mentions)

    def _announced(self, tokens: list[Token], v: int) -> bool:
        """An announcement of an action ("оголосив про скасування рейсів", "объявил о начале"): its content, not a
        topic ("оголосив про свої плани"): a verbal noun right after "про"/"о"."""
        if v + 2 >= len(tokens) or tokens[v + 1].norm not in ("про", "о", "об", "обо"):
            return False
        # "продовжує заявляти про свою перемогу": the infinitive after a verb of going on says it too.
        verb = self._say_verb(tokens[v]) or (
            next((p.normal_form for p in self._parses(tokens[v])[:2]), None) if self._infinitive(tokens[v]) else None
        )
        if verb not in ANNOUNCE_VERBS and verb not in REPORT_VERBS:
            return False
        about = tokens[v + 2].norm
        if verb in CLAIM_VERBS and about not in POSSESSIVE_PRONOUNS and about not in ANAPHORIC_OBJECTS:
            # "заявляє про масштабні фальсифікації": what one declares about is what one claims (not "про це", "о
            # своих планах")
            return True
        if verb in REPORT_VERBS and any(t.text[:1].isdigit() for t in tokens[v + 2 : v + 4]):
            return True  # "повідомив про ще 944 випадки смерті": a count reported, not a topic
        k = v + 2
        if tokens[k].norm in POSSESSIVE_PRONOUNS and k + 1 < len(tokens):
            k += 1  # "про свою перемогу", "о своем решении"
        while k + 1 < len(tokens) and k < v + 5 and self._adjective(tokens[k]):
            k += 1  # "про політичне переслідування", "о полном выводе"
        noun = tokens[k]
        # "сообщил о планах отправить 5200 солдат", "заявив про намір вийти": an intention and what is intended.
        intended = k + 1 < len(tokens) and self._infinitive(tokens[k + 1])
        if intended and self._noun_lemmas(noun) & (INTENT_NOUNS | PLAN_NOUNS):
            return True
        # "заявило о готовности", "оголосив про скасування рейсів": a decision, readiness or action announced.
        return verb in ANNOUNCE_VERBS and (
            noun.norm.endswith(VERBAL_NOUN_ENDINGS) or bool(self._noun_lemmas(noun) & INTENT_NOUNS)
        )

    def _infinitive(self, token: Token) -> bool:
        """A Cyrillic infinitive (the Ukrainian dictionary tags it as a verb with "infn")."""
        return is_cyrillic(token.text) and any(
            p.tag.POS == "INFN" or "infn" in p.tag.grammemes for p in self._parses(token)[:2]
        )

    def _say_infinitive(self, token: Token, lemmas: frozenset[str]) -> bool:
        return any(p.normal_form.replace("ё", "е") in lemmas for p in self._parses(token)[:2])

    def _attention(self, tokens: list[Token], i: int) -> bool:
        """A finite verb of drawing attention right before its noun ("– обращает внимание X", "звернула увагу,
        що"): pointing something out is saying it."""
        token = tokens[i]
        if token.in_quote or i + 1 >= len(tokens) or tokens[i + 1].norm not in ATTENTION_NOUNS:
            return False
        return any(
            p.normal_form in ATTENTION_VERBS and p.tag.POS == "VERB" and {"past", "pres"} & p.tag.grammemes
            for p in self._parses(token)[:2]
        )

    def _appeal(self, tokens: list[Token], i: int) -> bool:
        """A verb of addressing with a noun of saying ("обратился с призывом к миру", "звернувся із заявою"):
        what the appeal or statement says follows (by lemma)."""
        token = tokens[i]
        with_words = ("с", "со", "з", "із", "зі")
        k = i + 1
        if k < len(tokens) and tokens[k].norm in ("до", "к", "ко"):
            # "звернувся до парламенту з проханням": whom it is addressed to first, in a few words
            k = next((j for j in range(k + 1, min(k + 8, len(tokens))) if tokens[j].norm in with_words), k)
        if token.in_quote or k + 1 >= len(tokens):
            return False
        if not any(p.normal_form in APPEAL_VERBS and p.tag.POS == "VERB" for p in self._parses(token)[:2]):
            return False
        if tokens[k].norm not in with_words:
            # "звертається до іноземних урядів стати на захист": whom it asks, then what to do (an infinitive)
            authority = k + 1 < len(tokens) and bool(self._noun_lemmas(tokens[k + 1]) & AUTHORITIES)
            return (
                k == i + 1 and tokens[k].norm in ("до", "к", "ко") and not authority and self._asked_to(tokens, k + 1)
            )
        nouns = self._noun_lemmas(tokens[k + 1]) & APPEAL_NOUNS
        # "обратился с заявлением в полицию", "звернувся із заявою до суду": a complaint filed, not a statement.
        # ("звернувся до суду із заявою": filed with an authority named first, too; not "до лідерів G7 із заявою")
        authority = k > i + 1 and bool(self._noun_lemmas(tokens[i + 2]) & AUTHORITIES)
        filed = nouns <= COMPLAINT_NOUNS and (
            authority or (k + 2 < len(tokens) and tokens[k + 2].norm in ("в", "во", "до", "у"))
        )
        return bool(nouns) and not filed

    def _asked_to(self, tokens: list[Token], k: int) -> bool:
        """Whether an infinitive follows the addressee starting at k, within eight words and no punctuation ("до
        іноземних урядів та міжнародних організацій стати на захист"); not "к врачу за помощью"."""
        for j in range(k, min(k + 8, len(tokens))):
            if j > k and any(ch in ",;:.()" for ch in self.text[tokens[j - 1].end : tokens[j].start]):
                return False  # (not "звернувся до поліції, щоб повідомити": what for)
            if tokens[j].in_quote:
                return False
            if any(p.tag.POS == "INFN" or "infn" in p.tag.grammemes for p in self._parses(tokens[j])[:1]):
                return j > k
        return False

    def _stance(self, tokens: list[Token], i: int) -> bool:
        """A verb of speaking out for or against right before "за"/"проти" ("виступав за вихід з ЄС")."""
        token = tokens[i]
        if token.in_quote or i + 2 >= len(tokens) or tokens[i + 1].norm not in STANCE_PREPOSITIONS:
            return False
        if not any(p.normal_form in STANCE_VERBS and p.tag.POS == "VERB" for p in self._parses(token)[:2]):
            return False
        # For something ("за вихід": accusative), not behind or abroad ("за кордоном") nor for a team.
        wanted = "accs" if tokens[i + 1].norm == "за" else "gent"
        cases = {p.tag.case for p in self._parses(tokens[i + 2])[:3]}
        return wanted in cases and not self._noun_lemmas(tokens[i + 2]) & TEAMS

    def _sharing(self, tokens: list[Token], i: int) -> bool:
        """A finite verb of sharing whose object, within three words, is thoughts, plans or impressions
        ("– ділиться своїми планами Андрій", "shared her impressions"); "ділиться на частини" is none."""
        token = tokens[i]
        if token.in_quote:
            return False
        if is_cyrillic(token.text):
            parses = self._parses(token)
            if not any(p.normal_form in SHARE_VERBS and p.tag.POS in ("VERB", "GRND") for p in parses[:2]):
                return False
        elif token.norm not in ("shares", "shared"):
            return False
        if any(self._noun_lemmas(t) & SHARED_THINGS for t in tokens[i + 1 : i + 4] if not t.in_quote):
            return True
        # "shared her belief that …": one's own position, with the clause that holds it (not "who shared the hope
        # that …", "shared Trump's belief that …": someone else's, or a relative clause's)
        return (
            i + 3 < len(tokens)
            and not (i and tokens[i - 1].norm in RELATIVE_PRONOUNS)
            and tokens[i + 1].norm in ("her", "his", "their", "its", "my", "our")
            and tokens[i + 2].norm in SHARED_POSITIONS
            and EN_THAT_CLAUSE.match(self.text, tokens[i + 2].end) is not None
        )

    def _token_at(self, sentence: Sentence, position: int) -> int:
        """Index of the first token starting at or after the position."""
        for i, token in enumerate(sentence.tokens):
            if token.start >= position:
                return i
        return len(sentence.tokens)

    def _quotations(self, s: int, sentence: Sentence, consumed: set[int]) -> None:
        verbs = self._verbs(sentence)
        previous_end = sentence.start
        relayed = self._inserted_relay(sentence)
        for o, c in sentence.quotes:
            content_start, content_end = self._trim_quote(o + 1, c)
            if content_end <= content_start:
                continue
            if relayed and relayed[0] <= o < relayed[1]:
                previous_end = c + 1
                continue  # "Об этом, как сообщает «РБК-Украина», заявил X": the outlet's name
            content = self.text[content_start:content_end]
            words = WORD.findall(content)
            first_letter = next((ch for ch in content if ch.isalpha()), "")
            upper = first_letter.isupper()
            if _title_case(content, words) and TITLE_BEFORE.search(self.text, max(0, o - 12), o):
                # "on NBC's “Meet the Press.”", "the song “A Change Is Gonna Come”": an English title, its words
                # capitalised but for the short ones, not someone's words.
                previous_end = c + 1
                continue
            if self._titled(sentence, o) and upper and len(words) <= 10 and content.rstrip()[-1:] not in ".!…":
                # "the exhibition “The City Through Children's Eyes”", "вакцини «Спутник V», повідомило …": a
                # title or a product's name, not someone's words, even with an attribution after it.
                previous_end = c + 1
                continue
            signed = self._dash_signature(s, o, c)
            if signed:
                self._add(s, content_start, content_end, "direct", signed)
                previous_end = c + 1
                continue
            after_attr = self._attribution_after(s, sentence, c, self.text[o + 1 : c], verbs, consumed)
            before_attr = self._attribution_before(s, sentence, previous_end, o, verbs, consumed, upper=upper)
            previous_end = c + 1
            if after_attr or (before_attr and (upper or before_attr[0] in (":", "continued"))):
                speaker = after_attr if after_attr else before_attr[1]
                if speaker is not False:
                    self._add(s, content_start, content_end, "direct", speaker)
                continue
            whole = (
                self.text[sentence.start : o].strip() == ""
                and self.text[c + 1 : sentence.end].strip(TERMINAL + " ") == ""
            )
            ahead = self._attribution_ahead(s, c, content) if whole and upper else None
            if ahead is not None:  # “Who knows?” Daniel Hart told ITV.
                if ahead:  # the speaker counts as named in the attribution's sentence, for what follows it
                    self._add(s + 1, content_start, content_end, "direct", ahead)
                continue
            if whole and upper and len(words) >= 4:
                self._add(s, content_start, content_end, "direct", self._antecedent(s, o, persons_only=False))
                continue
            if self._titled(sentence, o):
                continue  # "the film “…”": a title, not someone's words
            if self._dashed(o):
                continue  # dashed speech nobody is named for ("— Заходите, — Анна открывает калитку. — …")
            if upper:
                listed = self._listed(s, sentence, o, verbs, consumed, complete=content.rstrip()[-1:] in TERMINAL)
                if listed is not None:  # "chanted “Free the press!” and “No more lies!”"
                    if listed:
                        self._add(s, content_start, content_end, "direct", listed)
                    continue
            if all(w[0].isupper() for w in words if w[0].isalpha()) and len(words) <= 4:
                continue  # a name or a title in quote marks, not someone's words
            if upper and any(m.quoted and o < sentence.tokens[m.first].start < c for m in sentence.mentions):
                continue  # "в компании «Северный берег»": a body's name (candidates._quoted_names), not words
            self._partial(s, sentence, o, c, verbs, consumed)

    def _titled(self, sentence: Sentence, o: int) -> bool:
        """Whether the quote mark at `o` follows a noun that names a work or an event ("фотовиставки", "the
        film"), so that the quotation is its title."""
        k = self._token_at(sentence, o) - 1
        if k < 0 or self.text[sentence.tokens[k].end : o].strip():
            return False
        return bool(self._noun_lemmas(sentence.tokens[k]) & TITLE_NOUNS)

    def _listed(self, s: int, sentence: Sentence, o: int, verbs: list[int], consumed: set[int], *, complete: bool):
        """The speaker of a quotation that a verb of saying lists ("вигукував гасла «…», «…» і «…»", "chanted
        “…” and “…”"): between the verb and the quote mark at most two words (the object: "slogans") and the
        quotations listed before it. None when the quotation is not listed so; False when nobody in particular
        says it."""
        tokens = sentence.tokens
        last = self._token_at(sentence, o) - 1
        for v in reversed(verbs):
            if v > last:
                continue
            gap = self.text[tokens[v].end : o]
            for qo, qc in sentence.quotes:
                if tokens[v].end <= qo and qc < o:
                    gap = gap.replace(self.text[qo : qc + 1], " \x00 ")
            if not LISTED_GAP.fullmatch(gap) or not (complete or "\x00" in gap):
                return None
            if (s, v) not in self.verb_speakers:
                if v in consumed:
                    return None
                consumed.add(v)
                self.verb_speakers[(s, v)] = self._verb_speaker(s, v)[0] or False
            return self.verb_speakers[(s, v)]
        return None

    def _attribution_ahead(self, s: int, c: int, content: str):
        """The speaker of a quotation ending in "?" or "!" whose attribution the sentence split cut off ("“Who
        knows?” Daniel Hart told ITV."): the next sentence, in the same paragraph, opens with a subject and a
        verb of saying. None when it does not; False when it does, but to nobody in particular."""
        if content.rstrip().rstrip("'\"‘’“”«»")[-1:] not in "?!" or s + 1 >= len(self.sentences):
            return None
        following = self.sentences[s + 1]
        if self.text[c + 1 : following.start].strip():
            return None
        tokens = following.tokens
        v = next((v for v in self._verbs(following) if v <= 16), None)
        if v is None:
            return None
        if not self._apposed_name(following, 0, v):  # "“Why?” Ann Lee, the mayor's adviser, said."
            if v > 5 or any(ch in ",;:" for ch in self.text[following.start : tokens[v].start]):
                return None
            if not all(t.capitalized or t.norm in ROLE_WORDS or t.norm in ARTICLES for t in tokens[:v]):
                return None  # "Who knows? Analysts said…": a sentence of its own
        subject = self._subject_before(s + 1, v) if v else self._subject_after(s + 1, v)
        if subject is None and (one := self._one_of(following, v)) is not None:
            self.consumed_ahead[s + 1] = set(range(max(v, one.last) + 1))
            return one.text, None, "person"  # "«…?» — поинтересовался один из микроблогеров."
        if subject is None:
            return None
        self.consumed_ahead[s + 1] = set(range(v + 1))  # its subject and verb; what else it reports stays
        return self._resolve(s + 1, subject, tokens[v].start) or False

    def _trim_quote(self, start: int, end: int) -> tuple[int, int]:
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and (self.text[end - 1].isspace() or self.text[end - 1] == ","):
            end -= 1
        return start, end

    def _outlet_between(self, sentence: Sentence, first: int, v: int) -> bool:
        """Whether the words from token `first` up to the verb at v are one news outlet's name ("Politico", "Fox
        News", "The Blaze")."""
        mention = next((m for m in sentence.mentions if m.first == first and m.last == v), None)
        if mention is None and first + 1 < v and sentence.tokens[first].norm == "the":
            mention = next((m for m in sentence.mentions if m.first == first + 1 and m.last == v), None)
        if mention is None or mention.pronoun or mention.role:
            return False
        return self._media_name(self._mention_words(sentence, mention)) or self._media_source(sentence, mention)

    def _colon_before(self, s: int, sentence: Sentence) -> bool:
        """Whether the sentence before ends with a colon: a quotation it announces is whoever it names's."""
        return s > 0 and self.text[self.sentences[s - 1].start : sentence.start].rstrip().endswith(":")

    def _attribution_after(self, s, sentence, c, content, verbs, consumed):
        """The speaker of `"...", - заявив Шойгу` / `“...,” Putin said` / `”, he said`.

        None when the quotation is not followed by an attribution; False when it is, but to nobody in
        particular (so the quotation gives no candidate).
        """
        after = self.text[c + 1 : sentence.end]
        separator = re.match(rf"\s*[,.!?…]?\s*(?:[{DASHES}]+\s*)?", after)
        # The comma may sit inside a nested quotation that ends with it ("… I would say, ‘That’s absurd,’”).
        ending = content.rstrip().rstrip("'\"‘’“”«»‹›")[-1:]
        separated = bool(re.search(rf"[{DASHES},]", separator.group())) or ending in ",!?…"
        first = self._token_at(sentence, c + 1 + separator.end())
        if not separated and ending == "." and first < len(sentence.tokens):
            # '… dropped the ball.” said Jewell Young': a full stop for the comma, a verb of saying right after.
            following = sentence.tokens[first]
            separated = not following.capitalized and bool(self._say_verb(following))
        opening_sentence = not self.text[sentence.start : c - len(content) - 1].strip()
        if (
            not separated
            and ending.isalpha()
            and self.language == "en"
            and opening_sentence
            and len(WORD.findall(content)) >= 4  # (not a title: '"Game of Thrones" Actor Kit Harington said')
            and any(w[:1].islower() for w in WORD.findall(content)[1:])
            and first < len(sentence.tokens)
        ):
            # '… out of business, too" Sweeny said after an event': the comma left out before a name and its verb
            tokens, k = sentence.tokens, first
            while k < len(tokens) and k < first + 3 and tokens[k].capitalized and not tokens[k].in_quote:
                k += 1
            separated = first < k < len(tokens) and not tokens[k].capitalized and bool(self._say_verb(tokens[k]))
        if not separated:
            return None
        source = STATEMENT_SOURCE.match(self.text, c + 1 + separator.end())
        if source:  # "», — говорится в заявлении МИД.", "”, said a statement from the ministry."
            speaker = self._statement_source(s, sentence, source.start())
            resumes = any(c < o2 and self.text[o2] in DASHES for o2, _c2 in sentence.quotes)
            if not speaker and resumes:
                # "«…, — йдеться у зверненні. — …»" with nobody named for the document: the speaker quoted last, in
                # this sentence or the one before; else its parts are quotations with no speaker (not "False": none)
                since = self.sentences[max(0, s - 1)].start
                last = next((c2 for c2 in reversed(self.candidates) if c2.start >= since), None)
                return (last.speaker_mention, last.speaker_id, last.speaker_kind or None) if last else ("", None, None)
            return speaker or False
        relay = QUOTING_RELAY.match(self.text, c + 1 + separator.end(), sentence.end)
        if relay:  # "», – цитує Reuters слова Мельника": the outlet relays, the speaker follows "слова"
            return self._relayed_speaker(s, sentence, relay, consumed)
        document = DOCUMENT_SUBJECT.match(self.text, c + 1 + separator.end(), sentence.end)
        if document:  # "”, the joint statement said."
            speaker = self._document_author(s, sentence, document) or False
            self.verb_speakers[(s, self._token_at(sentence, document.end() - 1))] = speaker
            return speaker
        tokens = sentence.tokens
        if first < len(tokens) and tokens[first].norm in CONJUNCTIONS:
            return None  # '… as a “terrible situation,” but stopped short of calling …': the sentence goes on
        # Right after a quotation, "he continued" / "продовжив він" attributes it as a verb of saying would.
        continuing = {k for k in range(first, min(first + 3, len(tokens))) if self._continuation_verb(tokens[k])}
        # "», — улыбнулся Путин", "», — уверен Волчков": the author's words after a dash, when the quotation opens
        # its sentence (not a title inside unquoted speech: "Мы пели «Катюшу», — улыбается ветеран").
        before = self.text[sentence.start : c - len(content) - 1].strip()
        # (">": a quoted paragraph marked as a scraped page marks it, "> «…», — улыбнулся Путин")
        opens = before in ("", ">", *DASHES) or before.endswith((":", *TERMINAL))  # ("…испытаний."Хорошая": glued)
        author = self._dashed_author_verb(tokens, first, separator.group()) if opens else None
        if author is not None and author not in verbs:
            continuing.add(author)
        elif author is not None:
            author = None
        for v in sorted(set(verbs) | continuing):
            if v < first:
                continue
            if self._say_verb(tokens[v]) == "report" and not (
                opens
                and not self._colon_before(s, sentence)
                and self._outlet_between(sentence, first, v)
                # (the outlet's own prose, in the third person, and nothing after the verb but when: not '"We are
                # going to win," Politico reported', someone's words; nor '…, CNN reported, citing …')
                and not _FIRST_OR_SECOND_PERSON.search(content)
                and _WHEN_ONLY.fullmatch(self.text, tokens[v].end, sentence.end)
            ):
                # "…,” the newspaper reported: it relays the quotation, whoever spoke it (but '“…,” Politico
                # reported.' opening its sentence, with nobody else to say it, is the outlet's own report)
                continue
            # The subject may come first behind a long title ("”, Indian Defence Minister X Y told").
            title = (
                all(
                    t.capitalized
                    or t.norm in ROLE_WORDS
                    or t.norm in CONNECTORS
                    or t.norm in ARTICLES
                    or self._role_lemma(t)  # '”, IMF chief economist Maury Obstfeld said'
                    or self._title_word(tokens, k, first, v)  # '”, White House press secretary Josh Earnest said'
                    for k, t in enumerate(tokens[first:v], first)
                    if t.norm not in COORDINATORS  # "”, Ann Lee and Peter Holm said"
                )
                # (a party tag is part of the title: '”, Rep. Emanuel Cleaver II (D-Mo.) said')
                and not any(
                    ch in ",;:()" for ch in PARTY_TAG.sub(" ", self.text[tokens[first].start : tokens[v].start])
                )
            )
            clause_between = v > first and any(ch in ",;" for ch in self.text[tokens[first].start : tokens[v].start])
            apposed = clause_between and self._apposed_name(sentence, first, v)
            reach = 22 if apposed else 10 if title else 4
            if first <= v <= first + reach and v not in consumed and (apposed or not clause_between):
                # "— равнодушно констатировала премьер": only adverbs between the quotation and the verb.
                named_between = any(first <= m.first < v for m in sentence.mentions)
                subject = self._subject_after(s, v) if v == first or not named_between else self._subject_before(s, v)
                if subject is not None and subject.role and subject.first > v:
                    # "», - розповів мистецтвознавець, історик, ініціатор виставки Микола Бендюк": the name the titles
                    # lead to
                    subject = self._name_after_titles_list(sentence, subject) or subject
                if apposed and (subject is None or subject.first > first):
                    # (not a name inside the apposition: '”, Will Dawson, senior research fellow at the IPPR told')
                    subject = next((m for m in sentence.mentions if m.first == first and not m.pronoun), subject)
                body = self._body_after_outlet(sentence, v, subject) if subject is not None else None
                if body is not None and (spoke := self._resolve(s, body, tokens[v].start, formula=True)):
                    # "», — сообщили РБК в компании": the outlet they told, then the body that spoke
                    consumed.add(v)
                    self.verb_speakers[(s, v)] = spoke
                    return spoke
                if subject is None and v == first:
                    subject = self._name_closing_author_words(sentence, v)  # after a title with clauses of its own
                if subject is None and v == first and (one := self._one_of(sentence, v)) is not None:
                    consumed.add(v)
                    self.verb_speakers[(s, v)] = (one.text, None, "person")
                    return self.verb_speakers[(s, v)]  # "», — сказал один из водителей"
                if subject is None and v == first and (outlet := self._outlet_named_before(s, v)):
                    consumed.add(v)
                    self.verb_speakers[(s, v)] = outlet
                    return outlet  # "», - пишет издание.": the outlet named before
                if subject is None and v == first and self._plural_verb(tokens[v]):
                    # "», — заявили у МЗС", "», — отмечают в «Рейтинге»": the body where it was said.
                    body = self._impersonal(sentence, v)
                    if body is not None and body.first > v:
                        consumed.add(v)
                        speaker = self._resolve(s, body, tokens[v].start, formula=True) or False
                        if (
                            body.last - body.first == 1
                            and self._noun_lemmas(tokens[body.first]) & PRESS_SERVICES
                            and self.last_source is not None
                            and self.last_source[2] == "organization"
                        ):
                            speaker = (
                                self.last_source
                            )  # "— отметили в пресс-службе": the body whose it is, cited before
                        self.verb_speakers[(s, v)] = speaker
                        return speaker
                    group = self._group_named_before(s, v)
                    if group is None and v + 1 < len(tokens) and tokens[v + 1].norm == "там":
                        group = self._body_there(s, v)  # "», — отметили там": the body quoted just before
                    if group is not None:
                        consumed.add(v)
                        self.verb_speakers[(s, v)] = group
                        return group
                if subject is None or (subject.first < first and not subject.pronoun):
                    return None
                if v == author and not self._author_follows(sentence, v, subject):
                    return None  # "», — висел баннер на здании мэрии Москвы": no author, a thing
                consumed.add(v)
                speaker = self.verb_speakers[(s, v)] = self._resolve(s, subject, sentence.tokens[v].start) or False
                return speaker
        return None

    def _name_after_titles_list(self, sentence: Sentence, role: Mention) -> Mention | None:
        """The person's name that closes the sentence after a role and more titles between commas, with no verb
        between ("мистецтвознавець, історик, ініціатор проведення виставки Микола Бендюк."); else None."""
        tokens = sentence.tokens
        names = [
            m
            for m in sentence.mentions
            if m.first > role.last and not (m.pronoun or m.role or m.quoted) and self._person_like(sentence, m)
        ]
        if not names:
            return None
        name = names[-1]
        closing = self.text[tokens[name.last - 1].end : sentence.end].strip()
        if closing not in ("", ".", "!", "…") and not closing.startswith("("):
            return None
        between = self.text[tokens[role.last - 1].end : tokens[name.first].start]
        if "," not in between or any(ch in between for ch in ';:«»"“”()'):
            return None
        if any(
            t.norm in RELATIVE_PRONOUNS or any(p.tag.POS in ("VERB", "INFN") for p in self._parses(t)[:1])
            for t in tokens[role.last : name.first]
        ):
            return None  # (a clause of its own: "— сказав командир, який привіз …")
        if not self._can_be_subject(sentence, name) or tokens[name.first - 1].norm in PREPOSITIONS | OF_WORDS:
            return None  # (whose: "… експонати Олександра Крижанівського", "a friend of Pablo Ruiz")
        words = tokens[name.first : name.last]
        if is_cyrillic(name.text) and not any(
            p.tag.case in (None, "nomn") for w in words for p in self._parses(w)[:3] if is_name(p)
        ):
            return None  # ("бывший советник президента Владимира Зеленского": a name in the genitive)
        return name

    def _dashed_author_verb(self, tokens: list[Token], first: int, separator: str) -> int | None:
        """Whether a Cyrillic quotation's dash is followed by the author's words, a verb or a predicate of
        conviction before its subject ("», — заключает Домрин", "», — уверен Волчков"): by the rules of
        Ukrainian and Russian punctuation, what the quotation holds is that subject's speech, whatever the verb."""
        if first >= len(tokens) or not re.search(f"[{DASHES}]", separator) or not is_cyrillic(tokens[first].text):
            return None
        token = tokens[first]
        if token.capitalized or token.in_quote or STATEMENT_SOURCE.match(self.text, token.start):
            return None  # ("— йдеться у зверненні": the document's words, found as such)
        k = self._after_manner(tokens, first)
        token = tokens[k]
        if k + 1 < len(tokens) and tokens[k + 1].norm in QUOTED_WORDS:
            return None  # "», — напомнил слова Путина Песков": whose words they are comes after
        verb = (
            token.norm in CONVINCED
            or any(
                p.tag.POS == "VERB"
                and not {"impr", "plur", "neut"} & p.tag.grammemes  # not "— стало известно РБК"
                and normalize(p.normal_form) not in QUOTING_VERBS  # "», — приводит AFP выдержку": an outlet relays
                for p in self._parses(token)[:2]
            )
        )
        return k if verb else None

    def _after_manner(self, tokens: list[Token], first: int) -> int:
        """The index of the word after the adverbs or the short phrase of manner that open the author's words
        ("— з болем аналізує", "— с горечью вспоминает", "— задумчиво продолжает"), else `first`."""
        k = first
        if tokens[k].norm in MANNER_PREPOSITIONS:
            k += 1
            words, noun = 0, False
            while k < len(tokens) and words < 2 and not tokens[k].capitalized and is_cyrillic(tokens[k].text):
                # (not a pronoun's adjective: "с тех пор" is a time)
                parses = [p for p in self._parses(tokens[k])[:2] if p.tag.case in ("ablt", "gent")]
                if not any(
                    p.tag.POS == "NOUN" or (p.tag.POS == "ADJF" and "Apro" not in p.tag.grammemes) for p in parses
                ):
                    break
                noun = noun or any(p.tag.POS == "NOUN" for p in parses)
                k, words = k + 1, words + 1
            if not noun:
                return first
        while (
            k < len(tokens) - 1
            and not tokens[k].capitalized
            and self._adverb(tokens[k])
            and not self._say_verb(tokens[k])
        ):
            k += 1
        adjacent = k < len(tokens) and not any(ch in ",;:" for ch in self.text[tokens[first].start : tokens[k].start])
        return k if adjacent else first

    def _author_follows(self, sentence: Sentence, v: int, subject: Mention) -> bool:
        """Whether the name after the author's verb can be its subject, in the nominative ("— улыбается в ожидании
        прививки житель Балашова Виктор Меринов"), not the owner of a thing that is ("— висел баннер на здании
        мэрии Москвы")."""
        return subject.first == v + 1 or subject.pronoun or self._can_be_subject(sentence, subject)

    def _relayed_speaker(self, s: int, sentence: Sentence, relay: re.Match, consumed: set[int]):
        """The speaker an outlet quotes after a quotation ("цитує X слова Y", "цитує TUT.BY Дмитра Піневича",
        "процитировал Трампа его помощник", "quoted Y as saying"), or False when it names nobody to quote."""
        pronoun = relay.group("quoted_pronoun") or relay.group("words_pronoun")
        if pronoun:  # "– цитирует ее Washington Post", "— приводит агентство его слова"
            gender = OBJECT_PRONOUN_GENDERS.get(pronoun.lower())
            return self._antecedent(s, relay.start(), persons_only=True, gender=gender) or False
        names = (
            "speaker",
            "passed",
            "cited",
            "cited_role",
            "role_first",
            "words_role",
            "quoted_person",
            "quoted_first",
            "quoted",
        )
        found = next(name for name in names if relay.group(name))
        first, last = self._token_at(sentence, relay.start(found)), self._token_at(sentence, relay.end(found))
        # ("цитирует Кирьянова информагентство": whom, then the outlet by its kind, as "процитировал Путина")
        groups = {"quoted_first": "quoted_person", "role_first": "cited_role", "words_role": "cited_role"}
        group = groups.get(found, "speaker" if found == "passed" else found)
        tokens = sentence.tokens
        if found == "role_first":
            outlet = next((m for m in sentence.mentions if m.first == last), None)
            if outlet is not None and not self._media_source(sentence, outlet) and self._person_like(sentence, outlet):
                if not self._accusative_name(sentence, outlet):
                    outlet = None  # "— цитирует министра Иван Гуров": who quotes, in the nominative; the role is whom
                else:
                    # "— цитирует замминистра Петренко", "— цитирует посла Ивана Гурова ТАСС": whom it quotes
                    consumed.update(range(self._token_at(sentence, relay.start()), outlet.last))
                    if outlet.speaker_id is None:
                        name = _nominative_name(self._display_name(sentence, outlet), self.language, case="accs")
                        return name, None, "person"
                    return self._speaker_of(s, outlet, tokens[outlet.first].start) or False
            elif outlet is not None and not self._media_source(sentence, outlet):
                after = [m for m in sentence.mentions if m.first == outlet.last]
                if not any(self._media_source(sentence, m) for m in after):
                    return False  # (not an outlet after the role)
                last = outlet.last  # "— цитирует главу МИД ТАСС": the role with its body, then the outlet
            elif outlet is None:
                return False
        if (
            group == "quoted_person"
            and last - first == 2
            and not any("Name" in p.tag for p in self._parses(tokens[first]))
        ):
            last = first + 1  # "процитировал Путина Песков": whom, then who; a first name goes on to a surname
        named = next((k for k in range(first, last) if tokens[k].capitalized), last)
        if first < named < last and not any(is_cyrillic(t.text) for t in tokens[named:last]):
            last = named  # "цитує спогади професора Deutsche Welle": the outlet after whom it quotes
        mention = self._phrase(sentence, first, last) if last > first else None
        role = self._role_lemma(tokens[last - 1]) if mention is not None else ""
        if role and not mention.role and not any(t.capitalized for t in tokens[first:last]):
            # "спогади професора": the professor, offered as "професор" when the text named nobody so.
            mention = dataclasses.replace(mention, role=role, text=self._nominative_word(tokens[last - 1]))
        if mention is None or not self._acceptable(sentence, mention) or (group == "cited_role" and not role):
            return False
        named_person = mention.speaker_id is not None or self._person_name(sentence, mention)
        if found == "quoted_first":
            # (the word after the name is an outlet's kind, "информагентство", "газета": the name is whom it quotes)
            outlet = self._token_at(sentence, relay.end(found) + 1)
            named_person = (
                outlet < len(tokens)
                and self._media_noun(tokens[outlet])
                and tokens[first].capitalized
                # (not the paper's own name: "цитирует Новая газета"; "Кирьянова" is a surname as well)
                and not all(p.tag.POS == "ADJF" for p in self._parses(tokens[first]))
            )
        if group == "cited" and not named_person and tokens[first].capitalized:
            return False  # "– цитує Радіо Свобода": the outlet's own name goes on, nobody it quotes
        person_after = any(
            named <= m.first < last and (self._person_like(sentence, m) or self._first_name(tokens[m.first]))
            for m in sentence.mentions
        )
        if (
            group == "cited"
            and not (named_person or person_after)
            and first < named < last
            and self._role_lemma(tokens[named - 1])
        ):
            # "— цитирует издание официального представителя полиции Лондона": someone's representative, offered in
            # the nominative
            consumed.update(range(self._token_at(sentence, relay.start()), last))
            head = self._nominative(tokens[named - 1]) or tokens[named - 1].text
            if named - first == 2:
                head = " ".join(self._nominative_pair(tokens[first], tokens[named - 1]))
            return head + self.text[tokens[named - 1].end : tokens[last - 1].end], None, "person"
        if group == "quoted_person" and not named_person:
            return False
        consumed.update(range(self._token_at(sentence, relay.start()), last))
        if group in ("cited", "quoted_person") and mention.speaker_id is None and named_person:
            # Whom an outlet quotes is named in the accusative ("процитировал Путина"): entered as "Путин".
            name = _nominative_name(self._display_name(sentence, mention), self.language, case="accs")
            return name, None, "person"
        speaker = self._speaker_of(s, mention, relay.start(found))
        if found in ("role_first", "words_role") and (not speaker or (speaker[1] is None and speaker[0][:1].islower())):
            # nobody named so before: the role, in the nominative ("политика": "политик"; "українського міністра")
            words = tokens[first:last]
            role = self._role_lemma(words[-1]) or self._nominative_word(words[-1])
            qualifiers = [self._nominative_pair(w, words[-1])[0] for w in words[:-1] if self._adjective(w)]
            complement = [w.text for w in tokens[last : mention.last]] if mention.last > last else []
            return " ".join([*qualifiers, role, *complement]), None, "person"
        return speaker or False

    def _accusative_name(self, sentence: Sentence, mention: Mention) -> bool:
        """Whether a Cyrillic person's name after a verb of quoting is its object, whom it quotes ("Ивана Гурова",
        "Петренко"), not its subject ("Иван Гуров"): a first name in another case, or no first name in the
        nominative."""
        first = sentence.tokens[mention.first]
        if self._oblique_first_name(first):
            return True
        return not (mention.last - mention.first >= 2 and self._first_name(first))

    def _apposed_name(self, sentence: Sentence, first: int, v: int) -> bool:
        """Whether the words from `first` to the verb at `v` are a name and its apposition between commas
        (`", Maria Lindqvist, the mayor's adviser on transport, said"`, `«…», — Олена Коваль, речниця
        міністерства, сказала`): the name is the verb's subject."""
        tokens = sentence.tokens
        name = next((m for m in sentence.mentions if m.first == first and not m.pronoun and not m.role), None)
        if name is None or name.last >= v:
            return False
        # '”, Phil Berger and Tim Moore, both Republicans, said': the apposition after the last of them
        last = next(
            (
                joint.parts[-1]
                for other in sentence.mentions
                if other.first > name.first
                and (joint := self._coordinated(sentence, other)).parts
                and joint.parts[0] is name
                and joint.parts[-1].last < v
            ),
            None,
        )
        name = last or name
        between = self.text[tokens[name.last - 1].end : tokens[v].start]
        apposition = tokens[name.last : v]
        if not 0 < len(apposition) <= 18 or any(self._say_verb(t) for t in apposition):
            return False
        if re.fullmatch(r"\.?\s*,[^,;:()\"“”«»]+,\s*", between):  # (".": "James B. Comey Jr., the director")
            return True
        if is_cyrillic(tokens[first].text) or not apposition[-1].capitalized:
            return False
        # English news leaves a comma out: '”, Will Dawson, senior research fellow at the IPPR told', '”, Kirsty
        # Pfeil from the Consumer Electronics Association, told': a role, or where they are from, ending on a name
        if re.fullmatch(r"\s*,[^,;:()\"“”«»]+", between):
            # (what they are, in lower case, then the body's name after "at", "of" or "for")
            at = next((k for k, t in enumerate(apposition) if t.norm in ("at", "of", "for")), None)
            return (
                at is not None
                and 0 < at <= 5
                and all(not t.capitalized for t in apposition[:at])
                and all(t.capitalized or t.norm in ARTICLES | CONNECTORS for t in apposition[at + 1 :])
            )
        if re.fullmatch(r"\s+(?:from|of|at)\s[^,;:()\"“”«»]+,?\s*", between):
            return all(t.capitalized or t.norm in ARTICLES | CONNECTORS for t in apposition[1:])
        return False

    def _attribution_before(self, s, sentence, previous_end, o, verbs, consumed, *, upper=True):
        """(":" or ",", speaker) for `Putin remarked, “...` / `Шойгу заявив: «...` / `Шойгу: «...`; after a comma,
        only for words that open with a capital (`назвал людей, которые …, «внутренними террористами»` leaves
        its verb to the quoted words inside its own clause)."""
        if self.text[o] in DASHES:
            # "«Мы готовы, — сказал Лавров. — Но …»": the part after the author's words, the same speaker's; also
            # a role's ("— сказал врач. — …"), which is kept from the sentence's speakers (no antecedent).
            previous = next((c for c in reversed(self.candidates) if sentence.start <= c.start < o), None)
            if sentence.speakers:
                return "continued", sentence.speakers[-1]
            if previous is not None and previous.kind == "direct" and previous.speaker_mention:
                return "continued", (previous.speaker_mention, previous.speaker_id, previous.speaker_kind or None)
        before = self.text[previous_end:o]
        if previous_end > sentence.start and self.text[previous_end - 1].isspace() and not before.strip():
            # 'said: "A year ago … paper. "It hoped …': a quoted paragraph run on in one line, the same speaker's
            previous = next((c for c in reversed(self.candidates) if sentence.start <= c.start < o), None)
            if previous is not None and previous.kind == "direct" and (previous.speaker_mention or previous.speaker_id):
                return "continued", (previous.speaker_mention, previous.speaker_id, previous.speaker_kind or None)
        mark = re.search(rf"([,:])\s*(?:[{DASHES}]\s*)?$", before)
        if not mark:
            return None
        last = self._token_at(sentence, o) - 1
        for v in reversed(verbs):
            if not (last - 6 <= v <= last and sentence.tokens[v].start >= previous_end):
                continue
            if (s, v) in self.verb_speakers:
                # `"...", - сказав він, - "..."`: the second part continues the first quotation.
                return "continued", self.verb_speakers[(s, v)]
            if v not in consumed and (upper or mark.group(1) != "," or self._opens_with_formula(sentence)):
                consumed.add(v)
                speaker = self.verb_speakers[(s, v)] = self._verb_speaker(s, v)[0] or False
                return mark.group(1), speaker
        if mark.group(1) == ":":
            source = SOURCE_BEFORE_COLON.search(self.text, previous_end, o)
            if source:  # "Згідно з офіційним повідомленням штабу АТО: «...»"
                first, last = self._token_at(sentence, source.end()), self._token_at(sentence, o)
                if last > first:
                    mention = self._phrase(sentence, first, last)
                    if self._acceptable(sentence, mention, formula=True):
                        speaker = self._speaker_of(s, mention, source.start())
                        if speaker:
                            self.last_source = speaker
                            return ":", speaker
            mention = next((m for m in sentence.mentions if m.last - 1 == last and not m.pronoun), None)
            if mention and self.text[sentence.tokens[mention.first].start : o].count(":") == 1:
                first_word = self._token_at(sentence, previous_end)
                if mention.first == first_word:
                    return ":", self._resolve(s, mention, o) or False
        return None

    def _partial(self, s, sentence, o, c, verbs, consumed) -> None:
        if self._quoted_in_title(sentence, o, c):
            return  # "Заяву зробив керівник фракції «Слуга народу» Давид Арахамія": the party's name, no words
        if self._quoted_title(o, c) and re.match(r"\s*,\s*(?:что|що)\b", self.text[c + 1 : c + 12]):
            return  # "пояснил «Ленте.ру», что …": whom it was told, before the clause that says it
        quote_token = self._token_at(sentence, o)
        # "Об этом X рассказал на встрече с фракцией «Y»": the verb's content is the sentence before it.
        # (not words a colon announces: "Аналогичное мнение высказал X: «…»")
        announced = self.text[sentence.start : o].rstrip().endswith(":")
        anaphoric = self._anaphoric_start(sentence) is not None and not announced
        before = [v for v in verbs if v < quote_token and v not in consumed and not anaphoric]
        # The nearest verb of saying with a speaker: one inside the reported clause has none
        # ("заявили, що не визнають «виборів»").
        for v in reversed(before):
            consumed.add(v)
            speaker, _subject, _inverted = self._verb_speaker(s, v)
            if speaker:
                start = self._clause_start(sentence, v, limit=o)
                clause = any(t.norm in COMPLEMENTIZERS for t in sentence.tokens[v + 1 :] if t.start < o)
                if (
                    self.text[start:o].rstrip().endswith(",")
                    and not clause
                    and self._say_verb(sentence.tokens[v]) not in OBJECT_VERBS
                ):
                    start = o  # "заявив в ефірі в неділю, «ворог …»": the quoted words, not where it was said
                self._add(s, start, self._clause_end(sentence, c), "partial", speaker)
                return
        if before or sentence.heading:
            return
        # "..., а також «...», яка ..., сказала X.": the attribution closes the sentence.
        after = [v for v in verbs if sentence.tokens[v].start > c and v not in consumed]
        for v in after:
            speaker, subject, inverted = self._verb_speaker(s, v)
            if not speaker or subject is None:
                continue
            # "…, сказала X." inverted; or '"…" to drive up the price, she said.': the subject right before it.
            opening = sentence.tokens[v].start if inverted else sentence.tokens[subject.first].start
            if not inverted and subject.last != v:
                continue
            leading = self.text[sentence.start : opening].rstrip(DASHES + " ")
            if leading.endswith(","):
                consumed.add(v)
                self._add(s, sentence.start, sentence.start + len(leading) - 1, "partial", speaker)
                return
            if inverted and sentence.start + len(leading) == c + 1 and not is_cyrillic(self.text[o:c]):
                # '2004 was a "stellar year" said Roger Benton': the comma left out after the quoted words
                consumed.add(v)
                self._add(s, sentence.start, c + 1, "partial", speaker)
                return
        if any(m.quoted and o < sentence.tokens[m.first].start < c for m in sentence.mentions):
            return  # an organisation's name ("директор телерадіокомпанії «Тернопіль»"), not quoted words
        if self._quoted_title(o, c):
            return  # "президент «Компании развития общественных коммуникаций»": a name without a verb
        # No verb of saying before the quoted words: the speaker of the sentence's quotation ('"...," Peskov
        # said, adding that Moscow was "ready"'), else its subject ("X, referring to him as a “king”").
        speaker = sentence.speakers[-1] if sentence.speakers else None
        if speaker is None and (
            self._opens_with_formula(sentence) or DOCUMENT_SAYS.match(self.text, sentence.start, sentence.end)
        ):
            # "По версии Кремля, … «…»", "В заявлении говорится, что … «…»": the formula names the speaker
            # (candidates._formulas, _document_says)
            return
        later = [v for v in verbs if sentence.tokens[v].start > c]
        if speaker is None and len(WORD.findall(self.text, o, c)) >= 2:  # a single word is a scare quote
            subject = next(
                (
                    m
                    for m in self._after_opening_adverbial(sentence, sentence.mentions)
                    if sentence.tokens[m.first].start < o
                    # (a personal pronoun that opens a sentence without another verb of saying: "Он намерен …,
                    # поскольку «…»")
                    and (not m.pronoun or (m.first == 0 and m.text.lower() in PERSON_PRONOUNS and not later))
                    and not re.search(r"['’ʼ]s?$", m.text)  # "Trump’s comments carried echoes of …": an owner
                    and not self._before_role(sentence, m)  # ("The Florida senator’s answer": where the role is)
                    and not self._in_phrase(sentence, m)
                    and not self._opening_place(sentence, m)
                    and self._can_be_subject(sentence, m)
                    # ("вызвал посла Рахмана Мустафаева из-за «…»": a first name in another case is the object)
                    and not (m.last - m.first >= 2 and self._oblique_first_name(sentence.tokens[m.first]))
                ),
                None,
            )
            if subject is not None and is_cyrillic(self.text[o:c]) and self._scare_quote(sentence, subject, o, c):
                subject = None
            if subject is not None and (titled := self._english_title_after_place(sentence, subject)) is not None:
                # "Republican presidential front-runner Donald Trump defended …": the title's holder
                subject = next((m for m in sentence.mentions if m.first == titled), subject)
            if subject is not None and subject.role:
                # "Суддя Ганна Коваль захистила …": the name after the title, not the title
                named = next(
                    (m for m in sentence.mentions if m.first == subject.last and not (m.role or m.pronoun)), None
                )
                if (
                    named is not None
                    and self._adjacent(sentence.tokens, named.first)
                    and self._person_like(sentence, named)
                ):
                    subject = named
            speaker = self._resolve(s, subject, o) if subject else None
            if subject is None and not later and not sentence.mentions:
                speaker = self._speaker_going_on(s, o, c)
        if speaker:
            segment_start = max(self.text.rfind(",", sentence.start, o) + 1, sentence.start)
            if not sentence.speakers:
                self.subject_guesses.add(segment_start)
            self._add(s, segment_start, self._clause_end(sentence, c), "partial", speaker)

    def _speaker_going_on(self, s: int, o: int, c: int):
        """The speaker of the statement that ends the sentence before, for quoted words of six or more that are not
        only a name for something, in a sentence that names nobody and has no verb of saying ("По его словам, … . В
        то же время с открытием рынка «упаковочный двор …»"): they go on with what that speaker said."""
        if not is_cyrillic(self.text[o:c]) or s == 0 or not self.candidates:
            return None
        if ":" in self.text[self.sentences[s].start : o]:
            return None  # "Перевод: «…»", "закон розширює терміни: «…»": what the colon announces
        words = WORD.findall(self.text, o, c)
        # (or the sentence's quotations together, one of them saying something: "Цель — «добиваться своих законных
        # прав» и «быть услышанными»")
        quoted = [WORD.findall(self.text, qo, qc) for qo, qc in self.sentences[s].quotes]
        together = sum(map(len, quoted)) >= 6 and any(len(q) >= 2 and not self._naming_words(q) for q in quoted)
        if (len(words) < 6 or self._naming_words(words)) and not together:
            return None  # (fewer words may be the writer's: «карусели», «обеспечить явку любой ценой»)
        last, previous = self.candidates[-1], self.sentences[s - 1]
        if not (previous.start <= last.start and last.end <= previous.end + 1) or not last.speaker_mention:
            return None
        return last.speaker_mention, last.speaker_id, last.speaker_kind or None

    def _opens_with_formula(self, sentence: Sentence) -> bool:
        """Whether an attribution formula opens the sentence ("Как отметил Путин, «…»"): it names the speaker of
        the quoted words after it (candidates._formulas)."""
        opening = self.text[sentence.start : sentence.end].lstrip()
        return any(f.match(opening) for f in FORMULAS)

    def _scare_quote(self, sentence: Sentence, subject: Mention, o: int, c: int) -> bool:
        """Whether words in quote marks with no verb of saying about them are the writer's ("станет «хромой
        уткой»", "Кампания может завершиться во «втором туре»"), not the subject's: a name for something (nouns and
        their adjectives, not what is said of it: «глубоко обеспокоен», «категорично проти», «рекомендує
        утриматися») of two words or fewer, or of fewer than five when the subject is no person."""
        words = WORD.findall(self.text, o, c)
        person = subject.speaker_id is not None or bool(subject.role) or self._person_like(sentence, subject)
        if len(words) >= 5 or (person and len(words) > 2):
            return False
        return self._naming_words(words)

    def _naming_words(self, words: list[str]) -> bool:
        """Whether quoted words only name something: nouns, their adjectives, numbers and function words by the
        dictionary's first reading, no verb or adverb."""
        code = self._dictionary_language()
        nominal = ("NOUN", "ADJF", "NUMR", "NPRO", "PREP", "CONJ", None)
        return all(any(p.tag.POS in nominal for p in _parse_word(normalize(w), code)[:1]) for w in words)

    def _quoted_title(self, o: int, c: int) -> bool:
        """Whether quote marks hold a capitalised Cyrillic name of a few words with no verb in it («Компании
        развития общественных коммуникаций», «Метал-сервіс плюс»): a body's or a work's name, not words said."""
        content = self.text[o + 1 : c].strip()
        words = WORD.findall(content)
        if not content[:1].isupper() or not words or len(words) > 6 or not is_cyrillic(content):
            return False
        # (a site's name is one: «Лента.ру», «Газета.Ru»)
        if (
            any(ch in content for ch in ",!?…:;")
            or re.search(r"\.(?!\w)", content)
            or any(f" {dash} " in content for dash in DASHES)
        ):
            return False  # a sentence ("Город глазами детей — это наш город"), not a name
        code = self._dictionary_language()
        verbs = ("VERB", "INFN", "GRND", "PRTS")
        return not any(p.tag.POS in verbs for w in words for p in _parse_word(normalize(w), code)[:2])

    def _viewpoint_holder(self, sentence: Sentence, mention: Mention) -> bool:
        """Whether someone can hold the point of view "с точки зрения X" names: anyone but a law or a document
        ("с точки зрения Конституции")."""
        words = self._mention_words(sentence, mention)
        return bool(
            mention.pronoun
            or mention.speaker_id is not None
            or not (words and self._noun_lemmas(words[0]) & DOCUMENT_NOUNS)
        )

    def _name_after_second_title(self, sentence: Sentence, role: Mention) -> Mention | None:
        """The person's name after a second title that a comma joins to the first ("вице-президент Федеральной палаты
        адвокатов, президент Адвокатской палаты Москвы Сергей Зубков"), ending the clause; else None."""
        tokens = sentence.tokens
        k = next((j for j in range(role.last, min(len(tokens), role.last + 8)) if "," in self._gap(tokens, j)), None)
        if k is None or any(self._say_verb(t) or t.in_quote for t in tokens[role.last : k]):
            return None
        if not self._role_lemma(tokens[k]) or tokens[k].capitalized:
            return None
        name = next(
            (
                m
                for m in sentence.mentions
                if k < m.first <= k + 8
                and not (m.pronoun or m.role)
                and self._first_name(tokens[m.first])
                and not self._oblique_first_name(tokens[m.first])
            ),
            None,
        )
        if name is None or any(ch in ",;:" for t in range(k + 1, name.first + 1) for ch in self._gap(tokens, t)):
            return None
        if any(self._say_verb(t) for t in tokens[k : name.first]):
            return None
        if name.last < len(tokens) and not any(ch in ",.;(" for ch in self._gap(tokens, name.last)):
            following = tokens[name.last].norm
            if following not in PREPOSITIONS and following not in LISTENERS:
                return None
        return name

    def _complement_end(self, tokens: list[Token], k: int) -> int:
        """Where the genitive complement of a body's name starting at token k ends ("Міністерство охорони
        здоров'я", "Министерство иностранных дел"): lowercase genitive nouns, with the adjectives before them;
        not a time ("минулого тижня", "прошлой осенью")."""
        end = start = k
        while end < len(tokens) and self._adjacent(tokens, end):
            if tokens[end].capitalized:
                # "… захисту інформації України": the country of a body's long name, in the genitive, ends it
                first = self._parses(tokens[end])[:1]
                country = k > start and first and first[0].tag.case == "gent" and not is_name(first[0])
                return end + 1 if country and is_cyrillic(tokens[end].text) and not tokens[end].in_quote else k
            if tokens[end].norm in COORDINATORS and end > start and k == end and end + 1 < len(tokens):
                # "Державна служба спеціального зв’язку та захисту інформації": two nouns of one complement
                nxt = self._parses(tokens[end + 1])
                if any(p.tag.POS in ("NOUN", "ADJF") and "gent" in p.tag for p in nxt):
                    end += 1
                    continue
                break
            if tokens[end].norm in PREPOSITIONS:
                break  # "Reuters со ссылкой на …", "Politico о …": a phrase after the name, not its complement
            parses = self._parses(tokens[end])
            genitive_noun = any(
                p.tag.POS == "NOUN" and "gent" in p.tag and p.is_known and not is_name(p) for p in parses
            )
            if genitive_noun and not self._noun_lemmas(tokens[end]) & (TIME_UNITS | CALENDAR_LEMMAS):
                end += 1
                k = end
                continue
            if any(p.tag.POS == "ADJF" and "gent" in p.tag for p in parses):
                end += 1  # an adjective: kept only with the noun it qualifies
                continue
            break
        return k

    def _inverted_after_clause(self, sentence: Sentence, v: int) -> bool:
        """Whether the verb of saying at v stands right after the comma that closes a reported clause, before
        its subject ("CLAUSE, рассказала Псаки на брифинге", "CLAUSE, said the minister"). Not after a phrase
        inserted between a subject and its verb ("Путин, выступая на форуме, поблагодарил …", "Pelosi,
        however, criticized …"): a name opening the sentence before a comma is the subject."""
        tokens = sentence.tokens
        if not v or self.text[tokens[v - 1].end : tokens[v].start].strip(" " + DASHES) != ",":
            return False
        verb = self._say_verb(tokens[v])
        if not verb or (not is_cyrillic(tokens[v].text) and verb not in INVERTING_VERBS_EN):
            return False
        opening = next((m for m in sentence.mentions if m.first == 0), None)
        if opening is None or self.text[tokens[opening.last - 1].end : tokens[opening.last].start].strip() != ",":
            return True
        # "Компанії, які працюють …, знаходяться під загрозою, заявив X": a clause of its own before the comma.
        return any(self._finite(t) and not self._participle(t) for t in tokens[opening.last : v])

    def _after_opening_adverbial(self, sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
        """The mentions without a capitalised word of an opening adverbial before the sentence's first comma
        ("Last year, he …", "Yesterday, Trump …"), when that word names no one and another mention follows."""
        if len(mentions) < 2:
            return mentions
        first, tokens = mentions[0], sentence.tokens
        comma = self.text.find(",", sentence.start, sentence.end)
        if (
            first.first == 0
            and tokens[first.last - 1].end <= comma < tokens[mentions[1].first].start
            and self._token_at(sentence, comma) <= first.last + 1  # a short opening: "Last year,", "Yesterday,"
            and not (first.pronoun or first.speaker_id is not None or self._person_like(sentence, first))
        ):
            return mentions[1:]
        return mentions

    def _after_coordinator(self, tokens: list[Token], v: int) -> bool:
        """Whether "and" or "but" stands right before the verb, an adverb allowed between ("and reportedly argued",
        "і додав", "але прозоро натякає")."""
        k = self._before_adverbs(tokens, v)  # ("але дуже прозоро натякає")
        return k >= 0 and (tokens[k].norm in COORDINATORS or tokens[k].norm in ADVERSATIVES)

    def _before_adverbs(self, tokens: list[Token], v: int) -> int:
        """The token before the verb at v and up to two adverbs right before it (English ones in "-ly")."""
        k = v - 1
        for _ in range(2):
            english = tokens[k].norm.endswith("ly") or tokens[k].norm in _EN_ADVERBS  # ("and later said")
            adverb = english if not is_cyrillic(tokens[k].text) else self._adverb(tokens[k])
            if k > 0 and adverb and self._adjacent(tokens, k) and not tokens[k].in_quote:
                k -= 1
        return k

    def _opening_subject(self, sentence: Sentence, v: int) -> Mention | None:
        """The person, pronoun or known speaker that opens the sentence (or follows its opening phrase: "On
        Russia, Trump …") as the subject of the verb right after it, agreeing with the verb at v: the subject of
        a verb coordinated with that one, unless another clause's subject stands between them."""
        tokens = sentence.tokens
        openers = [m for m in sentence.mentions if not tokens[m.first].in_quote and not self._in_phrase(sentence, m)]
        openers = self._after_opening_adverbial(sentence, openers)
        first = openers[0] if openers else None
        if first is None or first.last + 1 >= v or first.role:
            return None
        if first.first and not self.text[sentence.start : tokens[first.first].start].rstrip().endswith(","):
            return None
        # (a body by its acronym too: "МВФ прямо не згадує банк, але прозоро натякає")
        named = first.pronoun or first.speaker_id is not None or self._person_like(sentence, first)
        if not (named or (first.last - first.first == 1 and tokens[first.first].acronym)):
            return None
        # (negation and adverbs between: "МВФ прямо не згадує банк, але натякає")
        verb = next(
            (
                t
                for t in tokens[first.last : first.last + 4]
                if t.norm not in SKIP and t.norm not in ("не", "ні", "ни", "not") and not self._adverb(t)
            ),
            None,
        )
        if verb is None:
            return None
        if not (self._finite(verb) and self._agrees_with_verb(first, tokens[v])):
            return None
        # "Путин провел переговоры, после чего Захарова выступила … и заявила": a subject of its own in between.
        between = [m for m in sentence.mentions if first.last <= m.first and m.last < v and not m.pronoun]
        if any(m.last < len(tokens) and self._finite(tokens[m.last]) for m in between):
            return None
        return first

    def _finite(self, token: Token) -> bool:
        """Whether the token can be a finite verb ("заявила", "repeated", "took")."""
        if is_cyrillic(token.text):
            return any(p.tag.POS == "VERB" for p in self._parses(token)[:2])
        return bool(self._say_verb(token)) or token.norm.endswith(("ed", "es")) or token.norm in EN_IRREGULAR_PAST

    def _neuter_noun(self, token: Token) -> bool:
        return any(p.tag.POS == "NOUN" and "neut" in p.tag for p in self._parses(token)[:2])

    def _all_nominative(self, sentence: Sentence, mention: Mention) -> bool:
        """Whether every capitalised Cyrillic word of a name (acronyms aside) may be in the nominative."""
        for word in self._mention_words(sentence, mention):
            if not word.capitalized or word.acronym or not is_cyrillic(word.text):
                continue
            if word.norm in self._text_surnames:
                continue
            parses = [p for p in self._parses(word) if p.is_known]
            if parses and not any("nomn" in p.tag or p.tag.case is None for p in parses):
                return False
        return True

    def _can_be_subject(self, sentence: Sentence, mention: Mention) -> bool:
        """Whether a Cyrillic name can be in the nominative ("Чехії", the owner of a title, cannot)."""
        words = [t for t in self._mention_words(sentence, mention) if t.capitalized and is_cyrillic(t.text)]
        if mention.entered and mention.kind == "organization" and normalize(mention.entered) != normalize(mention.text):
            return False  # "Національного банку": a body's name in another case than the one it is entered in
        lead = sentence.tokens[mention.first]
        if mention.speaker_id is not None and is_cyrillic(lead.text) and not lead.capitalized and not mention.pronoun:
            # "Перед новым президентом США": a known speaker's title in another case than the nominative
            parses = [p for p in self._parses(lead)[:3] if p.is_known]
            if parses and not any("nomn" in p.tag or p.tag.case is None for p in parses):
                return False
        if mention.role or not words or words[-1].acronym:
            return True
        if mention.speaker_id is not None and words[-1].norm in self.index.entered_words[mention.speaker_id]:
            return True  # a known name as entered (in the nominative); in another form it is read like any name
        if len(words) >= 2 and words[0].acronym and all(self._genitive_noun(w) for w in words[1:]):
            return True  # "МИД России вызвал …": a body by its acronym, with whose it is
        if words[-1].norm in self._text_surnames or self._guessed_full_name(words):
            return True  # "Мясников" after "Александр": a surname in the nominative
        parses = self._parses(words[-1])
        if words[-1].norm[-1:] in "еиоуэюі" and not any(p.is_known for p in parses):
            return True  # a foreign surname the dictionary does not know is indeclinable ("Тутерте", "Гарсиа")
        if self._undeclined(words[-1].text, tuple(parses)):
            return True  # ("Салимзода заявил")
        return any("nomn" in p.tag or p.tag.case is None for p in parses)

    def _english_title_after_place(self, sentence: Sentence, mention: Mention) -> int | None:
        """Where the holder's name starts, for an English place or body's name followed by a lowercase title and a
        name ("Utah governor Michael Leavitt", "Clinton campaign chairman John Podesta"); else None."""
        tokens = sentence.tokens
        k = mention.last
        if mention.pronoun or mention.role or is_cyrillic(mention.text) or k + 1 >= len(tokens):
            return None
        # (the title's words in lower case, the last a role: "governor", "campaign chairman")
        j = k
        while j < min(k + 3, len(tokens)) and not tokens[j].capitalized and self._adjacent(tokens, j):
            j += 1
        held = next((m for m in sentence.mentions if m.first == j), None)
        if held is None or held.pronoun or held.role or j >= len(tokens) or not self._adjacent(tokens, j):
            return None
        titled = j - k <= 2 and (self._role_lemma(tokens[j - 1]) or tokens[j - 1].norm in ROLE_WORDS)
        # (or any lowercase words for what someone is, before a given name and a surname: "Idaho
        # nutritional-supplement executive Frank VanderSloot")
        named = (
            held.last - held.first >= 2
            and tokens[held.first].norm in EN_MALE_NAMES | EN_FEMALE_NAMES
            # (not a verb and its object: "Lord Goldsmith warned Tony Blair")
            and not any(
                self._say_verb(t)
                or t.norm.endswith(("ed", "ing"))
                or (t.norm.endswith("s") and not t.norm.endswith("ss"))  # ("Obama meets Angela Merkel")
                or t.norm in EN_AUXILIARIES
                for t in tokens[k:j]
            )
        )
        if j == k or not (titled or named) or any(t.norm in ENGLISH_FUNCTION_WORDS for t in tokens[k:j]):
            return None
        return j if self._person_like(sentence, held) else None

    def _interviewing_outlet(self, sentence: Sentence, subject: Mention) -> bool:
        """Whether the subject found after a verb is the outlet after "в интервью" ("сказал в интервью РБК … Томас
        Гремингер"): whom the person spoke to, not who spoke."""
        return (
            subject.first > 0
            and sentence.tokens[subject.first - 1].norm in _INTERVIEW_NOUNS
            and self._media_source(sentence, subject)
        )

    def _verb_speaker(self, s: int, v: int):
        """(speaker, subject mention, inverted) of the verb of saying at token v; speaker None when nobody
        in particular says it."""
        sentence = self.sentences[s]
        # "… and added that B", ", і додав: «…»": the subject of the verb of saying it is coordinated with.
        first = next((w for w in self._verbs(sentence) if w < v and self._coordinated_with(sentence, w, v)), None)
        if first is not None and (shared := self._verb_speaker(s, first))[0] is not None:
            return shared
        if first is not None and shared[1] is not None and shared[1].pronoun:
            return None, None, False  # "He said that X … and said that …": his, whoever he is, not X's
        subject, inverted, formula = None, False, False
        if (claimant := self._claimant(sentence, v)) is not None:
            # "shrugged off claims from Conservative leader Michael Howard that …": the one whose claims they are
            return self._resolve(s, claimant, sentence.tokens[v].start), claimant, True
        # "…, with Sen. John McCain calling it a “Chinese menu.”": the name after "with" is the participle's subject.
        subject = self._with_subject(sentence, v)
        # "CLAUSE, рассказала Псаки на брифинге": right after the clause's comma, a verb before its subject.
        if subject is None and self._inverted_after_clause(sentence, v):
            subject = self._subject_after(s, v) or self._name_closing_author_words(sentence, v)
            if subject is not None and self._interviewing_outlet(sentence, subject):
                subject = None
            told = next((m for m in sentence.mentions if subject is not None and m.first == subject.last), None)
            if (
                told is not None
                and subject.last - subject.first == 1
                and self._outlet_told(sentence.tokens, subject.first)
            ):
                subject = told  # "…, рассказал РБК Примаков": the outlet told, the person said it
            if subject is None and (outlet := self._outlet_named_before(s, v)):
                noun = sentence.tokens[v + 1]
                return outlet, Mention(v + 1, v + 2, noun.text), True  # "…, — пишет издание.": the outlet named before
            if subject is not None and (
                subject.pronoun or self._place(sentence, subject) or not self._can_be_subject(sentence, subject)
            ):
                # "…, say they do not support it": the pronoun opens the reported clause; "поблагодарил
                # Макрона": the object.
                subject = None
            inverted = subject is not None
        if subject is None and v and (self._after_coordinator(sentence.tokens, v) or self._comma_chained(sentence, v)):
            # "He repeated his assertion that the “…” and said …", "Trump again knocked X while … and said":
            # the verb after "and" shares the subject that opens the sentence.
            subject = self._opening_subject(sentence, v)
        if subject is None and (head := self._clause_verb_before_participle(sentence, v)) is not None:
            subject = self._subject_before(s, head)  # a participle after a clause shares that clause's subject
        if subject is None and v and (described := self._english_epithet_before(sentence, v)) is not None:
            subject = described  # "The world indoor champion said: …": the person named before
        if subject is None:
            subject = self._subject_before(s, v)
            if subject is not None and self._before_role(sentence, subject):
                # "The Florida senator’s answer was that": the role the name qualifies, else nobody named
                role = next((m for m in sentence.mentions if m.first == subject.last and m.role), None)
                if role is None:
                    return None, None, False
                subject = role
            if subject is not None and (spokesman := self._spokesman_for(sentence, subject)) is not None:
                subject = spokesman  # "A spokesman for the Ministry of Defence said": the spokesman
            if subject is not None and self._named_document(sentence, subject):
                return None, None, False  # "Документ Diia.pl, який підтверджує …": a document's name, nobody
            if subject is not None and subject.role and (named := self._name_before_apposition(sentence, subject)):
                subject = named  # "Bernard Ingham, Thatcher's former press secretary, took …, accusing": the name
            elif subject is not None and (named := self._name_before_unclosed_title(sentence, subject, v)):
                subject = named  # "Sam Lau, the communications director for the Party said": the second comma left out
        verb = sentence.tokens[v]
        if (
            subject is not None
            and subject.last == v
            and is_cyrillic(verb.text)
            and self._media_source(sentence, subject)
            and (after := self._subject_after(s, v)) is not None
            and (after.role or self._person_like(sentence, after))
        ):
            subject, inverted = after, True  # "Об этом РБК заявила директор института X": whom she told, then who
        elif (
            subject is not None
            and subject.last == v
            and is_cyrillic(verb.text)
            and self._plural_verb(verb)
            and (self._media_source(sentence, subject) or self._media_name(self._mention_words(sentence, subject)))
            and (place := self._impersonal(sentence, v)) is not None
            and place.first > v
        ):
            # "Об этом РИА Новости сообщили в пресс-службе суда": the outlet told, the body said it
            subject, inverted, formula = place, True, True
        after_comma = v > 0 and self.text[sentence.tokens[v - 1].end : verb.start].strip() == ","
        relative = v > 0 and sentence.tokens[v - 1].norm in RELATIVE_PRONOUNS  # "…, which said the nominee was …"
        if (
            subject is None
            and not relative
            and (is_cyrillic(verb.text) or self._say_verb(verb) in INVERTING_VERBS_EN or after_comma)
        ):
            # (English puts the subject after verbs of saying itself, or after the reported clause: "said Putin",
            # "…, predicted Kuleba"; not "praised her years as secretary of State")
            subject = self._subject_after(s, v)
            if subject is not None and self._interviewing_outlet(sentence, subject):
                subject = None
            if (
                subject is not None
                and is_cyrillic(verb.text)
                and self._say_verb(verb) in OBJECT_VERBS
                and subject.first == v + 1
                and self.text[sentence.tokens[subject.last - 1].end :].lstrip(" \u00a0")[:1] in OPENERS
            ):
                subject = None  # "Стефанік називала Путіна «військовим злочинцем»": whom she called so
            if (
                subject is not None
                and is_cyrillic(verb.text)
                and self._say_verb(verb) in OBJECT_VERBS
                and subject.first == v + 1
                and subject.last < len(sentence.tokens)
                and self._adjacent(sentence.tokens, subject.last)
                and any(p.tag.case == "ablt" for p in self._parses(sentence.tokens[subject.last])[:1])
            ):
                subject = None  # "назвала Горячева убийцей": whom she called what, in the instrumental
            if (
                subject is not None
                and not is_cyrillic(verb.text)
                and self._say_verb(verb) not in INVERTING_VERBS_EN
                and not subject.role
                and subject.first > 0
                and sentence.tokens[subject.first - 1].norm in ARTICLES
            ):
                subject = None  # "a visa initiative, called the EB-5 program": a participle and its object
            inverted = subject is not None
        body = self._body_after_outlet(sentence, v, subject) if subject is not None else None
        if body is not None and (spoke := self._resolve(s, body, sentence.tokens[v].start, formula=True)):
            return spoke, body, True  # "— сообщили РБК в компании": whom they told, then who
        told = subject is not None and subject.first == v + 1 and self._media_name(sentence.tokens[v + 1 : v + 2])
        if (subject is None or told) and (one := self._one_of(sentence, v)) is not None:
            # "— поинтересовался один из микроблогеров"; "Один из водителей рассказал РБК": whom the outlet was told
            return (one.text, None, "person"), one, one.first > v
        if subject is None and (outlet := self._outlet_subject(s, v)) is not None:
            return outlet  # "Газета отмечает, что …": the outlet named before
        if subject is None:
            subject = self._person_noun_before(sentence, v)  # "Пенсионерка рассказала, что …"
        if subject is None and self._plural_verb(sentence.tokens[v]):
            subject = self._group_subject(sentence, v)  # "британские лейбористы заявили, что ..."
            if subject is not None and subject.last - subject.first == 1:
                group = self._group_for(s, sentence.tokens[subject.first])
                if group is not None:
                    return group, subject, False  # "Міністри також наголосили": the ministers named before
        if subject is None and self._plural_verb(sentence.tokens[v]):
            subject = self._group_after(sentence, v)  # "…, заявили представители Госдепа"
            inverted = subject is not None
        if subject is None and self._plural_verb(sentence.tokens[v]):
            subject, formula = self._impersonal(sentence, v), True  # "У Кремлі заявили, що ..."
            inverted = subject is not None and subject.first > v  # "…, повідомили в уряді": before it
        if subject is None and (there := self._body_there(s, v)) is not None:
            at = 0 if sentence.tokens[0].norm == "там" else v + 1
            return there, Mention(at, at + 1, sentence.tokens[at].text, anaphor=True), at > v
        if subject is None:
            zero = self._zero_subject(s, v)  # the subject left out, as a pronoun would stand for it
            return (zero, Mention(v, v, "", pronoun=True), False) if zero else (None, None, False)
        if self._pronoun_after_clause(sentence, subject, v):
            # "Mr Blair has failed, he said": someone named before, not the clause's subject; and only the one who
            # spoke last, if anyone spoke in the two sentences before ("…, its lawyer said. …, he said": not the
            # man named before the lawyer)
            speaker = self._resolve(s, subject, sentence.start, formula=formula)
            since = self.sentences[max(0, s - 2)].start
            last = next((c for c in reversed(self.candidates[-40:]) if c.start >= since), None)
            if speaker and last is not None:
                spoke_last = (
                    last.speaker_id == speaker[1] if last.speaker_id is not None else last.speaker_mention == speaker[0]
                )
                if not spoke_last:
                    return None, None, False
            return speaker, subject, inverted
        if (cited := self._outlet_citing(s, sentence, subject, v)) is not None:
            return cited, subject, inverted  # "ИТАР-ТАСС со слов заместителя прокурора X передало, что …": X
        position = sentence.tokens[v].start
        if (
            subject.pronoun
            and subject.first < v
            and not is_cyrillic(sentence.tokens[v].text)
            and sentence.tokens[v - 1].norm == "and"
            and any(self._say_verb(t) for t in sentence.tokens[subject.last : v - 1])
        ):
            # "He said that Clinton is … and said that …": whom the pronoun stands for is named before it, not in the
            # clause between it and the verb
            position = sentence.tokens[subject.first].start
        return self._resolve(s, subject, position, formula=formula), subject, inverted

    def _outlet_citing(self, s: int, sentence: Sentence, subject: Mention, v: int):
        """Whom an outlet that is the subject of the verb at v cites, between it and the verb or right after the verb
        ("Агентство ИТАР-ТАСС со слов заместителя прокурора X передало", "ТАСС сообщило со ссылкой на X, что"): the
        source whose statement it is; else None."""
        if subject.pronoun or subject.role or subject.last > v or not is_cyrillic(sentence.tokens[v].text):
            return None
        if not (self._media_source(sentence, subject) or self._media_name(self._mention_words(sentence, subject))):
            return None
        tokens = sentence.tokens
        after = tokens[subject.last - 1].end
        citing = CITING_AFTER_SOURCE.search(self.text, after, sentence.end)
        if citing is None:
            return None
        between = citing.start() < tokens[v].start and not self.text[after : citing.start()].strip(" ,")
        right_after = citing.start() >= tokens[v].end and not self.text[tokens[v].end : citing.start()].strip(" ,")
        if not (between or right_after):
            return None
        cited = self._cited_source(s, sentence, after)
        person = next(
            (m for m in sentence.mentions if tokens[m.first].start >= citing.end() and self._person_like(sentence, m)),
            None,
        )
        if cited is not None and cited[1] is None and person is not None and is_cyrillic(person.text):
            # whom it cites in the accusative ("со ссылкой на Анну Рыбину") or the genitive ("со слов Анны Рыбиной")
            case = "gent" if re.search(r"сл[оі]в", citing.group()) else "accs"
            cited = _nominative_name(self._display_name(sentence, person), self.language, case=case), None, "person"
        return cited

    def _clause_verb_before_participle(self, sentence: Sentence, v: int) -> int | None:
        """The verb whose subject a participle of saying after a comma shares, else None: the finite verb before it
        ("Трамп упоминал сообщество Миннесоты, заявляя, что …"); in English, the verb of saying it goes on from
        ("X told the website Ford did not deserve it, saying: …": the teller, not the subject of what was told)."""
        if self._participle_after_clause(sentence, v):
            return next(k for k in range(v - 1, -1, -1) if self._finite(sentence.tokens[k]))
        return self._teller_before_participle(sentence, v)

    def _teller_before_participle(self, sentence: Sentence, v: int) -> int | None:
        """The finite English verb of saying that opens the clause before a participle of saying after a comma ("told
        the website Ford did not deserve it, saying"), with no "that" or other verb of saying between; else None."""
        tokens = sentence.tokens
        if is_cyrillic(tokens[v].text) or not self._participle(tokens[v]) or v < 2:
            return None
        if self.text[tokens[v - 1].end : tokens[v].start].strip() != ",":
            return None
        said = [w for w in self._verbs(sentence) if w < v]
        if (
            len(said) != 1
            or self._participle(tokens[said[0]])
            or (said[0] and tokens[said[0] - 1].norm in RELATIVE_PRONOUNS)
        ):
            return None  # (not "an architect who said he was stiffed, saying": the relative clause's)
        if any(t.norm in COMPLEMENTIZERS for t in tokens[said[0] + 1 : v]):
            return None  # ("said that Ford …, saying": _subject_before reads the clause)
        return said[0]

    def _pronoun_after_clause(self, sentence: Sentence, subject: Mention, v: int) -> bool:
        """Whether an English pronoun and its verb of saying stand after the reported clause, as an insertion that a
        comma or the sentence's end closes ("Mr Blair has failed, he claimed, saying …"; not "When Blair arrived, he
        said that …")."""
        tokens = sentence.tokens
        w = subject.last  # its verb: this one, or the one a participle after it shares the subject with
        if (
            not subject.pronoun
            or is_cyrillic(subject.text)
            or subject.first == 0
            or w > v
            or not self._say_verb(tokens[w])
        ):
            return False
        if not self.text[sentence.start : tokens[subject.first].start].rstrip().endswith(","):
            return False
        if w + 1 == len(tokens):
            return True  # "…, he said."
        return self.text[tokens[w].end : tokens[w + 1].start].strip()[:1] == ","  # "…, he claimed, saying …"

    def _name_closing_author_words(self, sentence: Sentence, v: int) -> Mention | None:
        """The person's name that closes the author's words after a quotation or a reported clause when a long
        title stands between the verb and the name ("— …, — зазначив під час прес-конференції заступник голови
        осередку партії, яка ініціювала страйк, голова асоціації Микола Халупенко. — …", "\"…, - считает профессор
        кафедры МГУ и член-корреспондент РАН Дмитрий Купраш. - …\"", "«…», — считает эксперт по России из Фонда
        Карнеги Эндрю Вайс (Andrew Weiss)."): the last name before the speech resumes or the sentence (or an aside
        in brackets) ends, in the nominative, outside a prepositional phrase; else None. Cyrillic, the verb right
        after the dash or comma that ends the quotation or the clause."""
        tokens = sentence.tokens
        before = self.text[max(0, tokens[v].start - 10) : tokens[v].start].rstrip()
        if not is_cyrillic(tokens[v].text) or not before.endswith((*DASHES, ",")):
            return None
        end = next(
            (
                k
                for k in range(v + 1, len(tokens))
                if any(ch in DASHES + "(" for ch in self.text[tokens[k - 1].end : tokens[k].start])
            ),
            len(tokens),
        )
        if self._plural_verb(tokens[v]):
            return None  # "— заявили в администрации губернатора X": the body where it was said
        last = max((m for m in sentence.mentions if v < m.first and m.last <= end), key=lambda m: m.last, default=None)
        if last is None or last.last != end or last.pronoun or last.role or not self._agrees_with_verb(last, tokens[v]):
            return None
        first = tokens[last.first]
        names = [p for p in self._parses(first) if "Name" in p.tag.grammemes]
        feminine = self._past_genders(tokens[v]) == {"femn"}  # ("заявила … Кая Каллас": hers, whatever "Кая" reads)
        if names and not feminine and not any("nomn" in p.tag or "Fixd" in p.tag for p in names):
            return None  # "в пресс-службе губернатора Андрея Воробьева": whose office, in the genitive
        # (Its title may hold prepositional phrases, "из Фонда Карнеги за международный мир Эндрю Вайс"; the name
        # itself is in the nominative and not a preposition's object.)
        if not (self._person_like(sentence, last) and self._can_be_subject(sentence, last)):
            return None
        return None if tokens[last.first - 1].norm in PREPOSITIONS else last

    def _group_named_before(self, s: int, v: int):
        """The group a plural role noun that closes the author's words stands for ("«…», – стверджують міністри."):
        the same noun in the plural in one of the three sentences before, with the words that qualify it ("у спільній
        заяві канадських міністрів закордонних справ та оборони"); else None."""
        tokens = self.sentences[s].tokens
        if v + 2 != len(tokens) or not is_cyrillic(tokens[v + 1].text):
            return None
        return self._group_for(s, tokens[v + 1])

    def _group_for(self, s: int, noun: Token):
        """The group named in one of the three sentences before s that a plural role noun stands for ("міністри"
        after "у спільній заяві канадських міністрів закордонних справ та оборони"), else None."""
        roles = {
            normalize(p.normal_form)
            for p in self._parses(noun)
            if p.tag.POS == "NOUN" and "plur" in p.tag and p.tag.case in (None, "nomn")
        } & ROLE_NOUNS
        if not roles:
            return None
        for k in range(s - 1, max(-1, s - 4), -1):
            earlier = self.sentences[k].tokens
            for j, token in enumerate(earlier):
                plural = {
                    normalize(p.normal_form) for p in self._parses(token) if p.tag.POS == "NOUN" and "plur" in p.tag
                }
                if token.in_quote or not plural & roles:
                    continue
                first = j
                while first > 0 and self._adjective(earlier[first - 1]) and self._adjacent(earlier, first):
                    first -= 1  # "канадських міністрів"
                if first > 0 and earlier[first - 1].norm in PREPOSITIONS:
                    continue  # ("нараду з міністрами уряду": whom it was held with)
                last = j + 1
                while last < len(earlier) and last < j + 10 and not earlier[last].in_quote:
                    gap = self.text[earlier[last - 1].end : earlier[last].start]
                    if gap.strip() not in ("", ","):
                        break
                    if not (
                        self._genitive_noun(earlier[last])
                        or self._adjective(earlier[last])
                        or earlier[last].norm in COORDINATORS
                        or earlier[last].acronym  # ("міністрів оборони країн НАТО")
                    ):
                        break
                    last += 1  # "закордонних справ, оборони, міжнародного розвитку та імміграції"
                while last > j + 1 and earlier[last - 1].norm in COORDINATORS:
                    last -= 1
                if first == j and last == j + 1:
                    continue  # ("міністри" alone before: nobody in particular)
                known = self.index.matches(earlier[first:last])
                if known:
                    return self.text[earlier[first].start : earlier[last - 1].end], known[0].speaker_id, known[0].kind
                return self.text[earlier[first].start : earlier[last - 1].end], None, "organization"
        return None

    def _outlet_named_before(self, s: int, v: int, *, any_case: bool = False, subject: bool = False):
        """The outlet a bare noun for one after the verb stands for ("», — пишет издание.", "– повідомляє
        агентство."): the news outlet named last in this sentence or the three before, else None. With `subject`,
        the noun at v is the verb's subject before it ("Газета отмечает, что …")."""
        tokens = self.sentences[s].tokens
        n = v if subject else v + 1  # the noun
        if n >= len(tokens) or not is_cyrillic(tokens[v].text) or not self._media_noun(tokens[n]):
            return None
        if not any_case and not any(p.tag.case in (None, "nomn") for p in self._parses(tokens[n])[:2]):
            return None  # "— рассказали агентству": whom it was told
        noun = self._noun_lemmas(tokens[n])
        if (
            not subject
            and n + 1 < len(tokens)
            and not any(ch in ".,;" for ch in self.text[tokens[n].end : tokens[n + 1].start])
        ):
            return None  # a name after it ("пишет издание Politico"): found as such
        v = v - 1 if subject else v  # (what the sentence names before the noun)
        for k in range(s, max(-1, s - 4), -1):
            sentence = self.sentences[k]
            before = [m for m in sentence.mentions if (k < s or m.last <= v) and not m.pronoun]
            # (a known organisation too, named as an outlet: "…, пишет в пятницу «Коммерсантъ»")
            outlets = [
                m
                for m in before
                if self._media_source(
                    sentence, m if m.kind != "organization" else dataclasses.replace(m, speaker_id=None)
                )
                or self._reports_after_clause(sentence, m)
            ]
            # "Международное агентство по атомной энергии …": the same noun for a body, no outlet, after the outlet
            end = len(sentence.tokens) if k < s else v
            words = sentence.tokens
            same = [j for j in range(end) if not words[j].in_quote and self._noun_lemmas(words[j]) & noun]
            owned = {m.first - 1 for m in outlets} | {j for m in outlets for j in range(m.first, m.last)}
            if any(j not in owned and (not outlets or j > outlets[-1].first) for j in same):
                return None
            if len(outlets) > 1 and outlets[-1].first > 0 and words[outlets[-1].first - 1].norm in RELAY_VERBS:
                outlets.pop()  # ("Про це повідомляє CNN …, передає Укрінформ": the agency that passes the news on)
            if outlets:
                m = outlets[-1]
                return self._speaker_of(k, m, sentence.tokens[m.first].start)
        # Further back, the outlet quoted last ("— зауважує WSJ. … — зауважує видання"), while no other publication
        # was brought in since ("… видання The Information …").
        for n, c in enumerate(reversed(self.candidates)):
            words = [Token(0, 0, w, normalize(w)) for w in WORD.findall(c.speaker_mention)]
            if words and self._media_name(words):
                later = self.candidates[len(self.candidates) - n :]
                if any(
                    other.speaker_kind == "organization" and other.speaker_mention != c.speaker_mention
                    for other in later
                ):
                    return None  # another source since ("Про це також повідомив Kyiv Independent")
                own = {w.norm for w in words}
                since = [t for k in range(max(0, s - 12), s) for t in self.sentences[k].tokens if t.start > c.end]
                if any(t.norm not in own and (self._media_noun(t) or self._media_name([t])) for t in since):
                    return None
                return c.speaker_mention, c.speaker_id, c.speaker_kind or None
        return None

    def _reports_after_clause(self, sentence: Sentence, m: Mention) -> bool:
        """Whether a name no person's closes its sentence after a present verb of reporting that follows the clause
        ("Певец выпустил коллекцию, сообщает Contactmusic."): what an outlet's noun later stands for."""
        tokens = sentence.tokens
        v = m.first - 1
        if v < 1 or tokens[v].norm not in RELAY_PRESENT or m.pronoun or m.role or self._person_like(sentence, m):
            return False
        if is_cyrillic(m.text) and not m.quoted:
            return False  # (a Cyrillic word is a body's as often: "…, сообщает Минобороны")
        if not self.text[sentence.start : tokens[v].start].rstrip().endswith(","):
            return False
        return m.last == len(tokens) or self.text[tokens[m.last - 1].end : tokens[m.last].start].strip() in (".", "")

    def _with_subject(self, sentence: Sentence, v: int) -> Mention | None:
        """The name between "with" and an English participle of saying right after it ("with Sen. John McCain
        calling it …", "with the ministry saying …"), else None."""
        tokens = sentence.tokens
        if is_cyrillic(tokens[v].text) or not tokens[v].norm.endswith("ing"):
            return None
        mention = next((m for m in sentence.mentions if m.last == v and not m.pronoun), None)
        if mention is None or not self._adjacent(tokens, v):
            return None
        k = mention.first - 1
        while k >= 0 and tokens[k].norm in ROLE_WORDS | ARTICLES and not tokens[k].in_quote:
            k -= 1  # "with Sen. John McCain", "with the minister"
        if k < 1 or tokens[k].norm != "with":
            return None
        # a clause of its own (not "met with Joe Biden urging him", "a call with X urging")
        return None if tokens[k - 1].norm in _MEETING_WORDS else mention

    def _participle_after_clause(self, sentence: Sentence, v: int) -> bool:
        """Whether the Cyrillic adverbial participle at v follows a comma that closes a clause with a finite verb
        ("Трамп упоминал сообщество Миннесоты, заявляя, что …")."""
        tokens = sentence.tokens
        if not v or not is_cyrillic(tokens[v].text) or not self._participle(tokens[v]):
            return False
        if self.text[tokens[v - 1].end : tokens[v].start].strip() != ",":
            return False
        # ("а министр Марченко, комментируя бюджет, отметил": an aside before its own clause's verb)
        opens = (
            any(t.norm in COMPLEMENTIZERS for t in tokens[v + 1 : v + 3])
            or ":" in self.text[tokens[v].end : tokens[v].end + 2]
        )
        return opens and any(self._finite(t) and not self._say_verb(t) for t in tokens[:v])

    def _comma_chained(self, sentence: Sentence, v: int) -> bool:
        """Whether the Cyrillic verb at v follows a comma as the next of a chain of verbs ("Петренко прибув до
        школи, привітав учнів і подякував"), not as the verb of an inserted or reported clause."""
        tokens = sentence.tokens
        if not is_cyrillic(tokens[v].text) or self.text[tokens[v - 1].end : tokens[v].start].strip() != ",":
            return False
        if self._plural_verb(tokens[v]) or self._say_verb(tokens[v]) == "report":
            return False  # "Шмигаль провів нараду, повідомили в уряді": who reports it follows
        # The chained verb goes on with its object ("привітав учнів"), not with a place, a name or a quotation that
        # says who reports it ("…, повідомив у Telegram Свириденко", "…, пише «Українська правда»").
        following = tokens[v + 1] if v + 1 < len(tokens) else None
        if following is None or following.capitalized or following.in_quote or following.norm in PREPOSITIONS:
            return False
        return not any(t.norm in COMPLEMENTIZERS or t.norm in RELATIVE_PRONOUNS for t in tokens[:v])

    def _claimant(self, sentence: Sentence, v: int) -> Mention | None:
        """The name after "from" or "by" that a plural English noun of saying takes before its "that" ("claims from
        Conservative leader Michael Howard that he led …"): whose claims, comments or warnings they are; else None."""
        tokens = sentence.tokens
        token = tokens[v]
        if is_cyrillic(token.text) or v + 2 >= len(tokens):
            return None
        if not token.norm.endswith("s") and not (v and tokens[v - 1].norm in ARTICLES):
            return None  # ("a claim by Peter Hain that …": one claim, with its article)
        if tokens[v + 1].norm not in ("from", "by") or v == 0 or tokens[v - 1].capitalized:
            return None  # ("Clinton claims …": the verb, its subject before it)
        that = next((k for k in range(v + 2, min(v + 10, len(tokens))) if tokens[k].norm == "that"), None)
        if that is None or any(ch in ",;:" for ch in self.text[tokens[v].end : tokens[that].start]):
            return None
        named = [m for m in sentence.mentions if v + 2 <= m.first and m.last <= that and not m.pronoun]
        people = [m for m in named if self._person_like(sentence, m)]
        if not named or named[-1].last != that:
            return None
        return (people or named)[-1]

    def _body_there(self, s: int, v: int):
        """ "Там также призвали …", "Там же заявили", "…, отметили там": the body whose statement, in this sentence or
        the two before, was the last one, for a plural verb of saying after "там" and particles only, or with "там"
        right after it; else None."""
        tokens = self.sentences[s].tokens
        if not tokens or not self._plural_verb(tokens[v]):
            return None
        # (or right after the verb, ending its clause: "Меры принимали по независящим причинам, отметили там", "«…»,
        # — отметили там, добавив, что …")
        # (an attribution after what was said: "…, отметили там", "», — отметили там"; not "Жители рассказали там, что")
        inverted = v > 0 and self.text[: tokens[v].start].rstrip()[-1:] in (",", *DASHES)
        after = inverted and v + 1 < len(tokens) and tokens[v + 1].norm == "там" and not tokens[v + 1].in_quote
        closing = after and (
            v + 2 == len(tokens) or self.text[tokens[v + 1].end : tokens[v + 2].start].strip()[:1] in (",", ".", ";")
        )
        if not closing:
            if tokens[0].norm != "там":
                return None
            if not all(t.norm in SKIP or t.norm in ("же", "так", "ж") for t in tokens[1:v]):
                return None
        since = self.sentences[max(0, s - 2)].start
        last = next((c for c in reversed(self.candidates[-40:]) if c.start >= since), None)
        # (a body the kind of which was not told: "— рассказали в ведомстве" for "МВД России", no person's name)
        body = last is not None and (
            last.speaker_kind == "organization"
            or (last.speaker_kind == "" and last.speaker_id is None and _name_gender(last.speaker_mention) is None)
        )
        if not body:
            return None
        return last.speaker_mention, last.speaker_id, last.speaker_kind or "organization"

    def _zero_subject(self, s: int, v: int):
        """The speaker of a sentence that opens with a singular past verb of saying and names nobody ("Олена Коваль
        виступила на лінійці. Зазначила, що …"): the person before whom the verb's gender fits, as for "вона"."""
        sentence = self.sentences[s]
        verb = sentence.tokens[v]
        # (after a connective or an adverb of time: "При этом добавила, что …", "Также отметил, что …")
        opening = all(t.norm in SKIP or t.norm in _ZERO_SUBJECT_OPENERS for t in sentence.tokens[:v]) and not any(
            ch in ":;()" for ch in self.text[sentence.start : verb.start]
        )
        if (v != 0 and not opening) or s == 0 or not is_cyrillic(verb.text):
            return None
        # Only "Зазначила, що …" / "Зазначила: …", with nobody named or titled in the sentence ("Заявила, что …,
        # его адвокат Ирина Соколова"; "Написала у фейсбуці її донька").
        if not re.match(r"\s*(?:,\s*(?:що|що|что|мовляв|мол)\b|:)", self.text[verb.end : sentence.end]):
            return None
        if any(not m.pronoun for m in sentence.mentions):
            return None
        genders = self._past_genders(verb)
        if len(genders) != 1:
            return None
        return self._antecedent(s, verb.start, persons_only=True, gender=genders.pop())

    def _group_subject(self, sentence: Sentence, v: int) -> Mention | None:
        """A plural common noun (with its adjectives) that opens the clause right before a plural verb of
        saying: a group that speaks ("опозиційні депутати вже заявили", "британские пилоты заявили").
        Not people in general ("эксперты", "джерела": GENERIC) nor the media."""
        tokens = sentence.tokens
        i = v - 1
        while i >= 0 and tokens[i].norm in SKIP:
            i -= 1
        if i < 0 or not is_cyrillic(tokens[i].text) or tokens[i].in_quote or self._adjacent_gap(tokens, i, v):
            return None
        end = i + 1
        if (
            i > 0
            and self._adjacent(tokens, i)
            and not tokens[i].capitalized
            and any(p.tag.case == "gent" and p.tag.POS in ("NOUN", "ADJF", "PRTF") for p in self._parses(tokens[i])[:1])
            and (
                any(
                    p.tag.POS == "NOUN" and {"plur", "nomn", "anim"} <= p.tag.grammemes
                    for p in self._parses(tokens[i - 1])[:2]
                )
                or self._authorities(tokens[i - 1])
            )
        ):
            i -= 1  # "Адвокаты обвиняемого потребовали": whose lawyers, with their client
        owner = next((m for m in sentence.mentions if m.last == i + 1 and not (m.pronoun or m.role)), None)
        if (
            owner is not None
            and owner.first > 0
            and tokens[owner.first].capitalized
            and tokens[owner.first - 1].norm not in PREPOSITIONS  # ("в МИД ответили": candidates._impersonal)
        ):
            # "Адвокаты Игоря Додона заявили": someone's group, with whose it is
            if not self._adjacent(tokens, owner.first) or (tokens[owner.first - 1].capitalized and owner.first > 1):
                return None
            i = owner.first - 1
            if not any("anim" in p.tag for p in self._parses(tokens[i])[:2]) and not self._authorities(tokens[i]):
                return None  # "Слова Дональда Трампа прокомментировали": what, not who
        if tokens[i].norm in GENERIC or self._media(tokens[i]) or tokens[i].norm in PRONOUNS:
            return None
        if self._noun_lemmas(tokens[i]) & SUPPORTER_NOUNS:
            return None  # "Сторонники Игоря Додона": an indefinite group, no one in particular
        if not any(p.tag.POS == "NOUN" and {"plur", "nomn"} <= p.tag.grammemes for p in self._parses(tokens[i])):
            return None
        first = i
        while (
            first > 0
            and self._adjacent(tokens, first)
            and any(
                p.tag.POS == "ADJF" and {"plur", "nomn"} <= p.tag.grammemes for p in self._parses(tokens[first - 1])
            )
        ):
            first -= 1
        if first == i and i > 0 and self._genitive_pair(tokens, i - 1, v):
            return None  # "в департаменте Мангистауской области заявили": a genitive phrase, the body's place
        if first > 0:
            previous = tokens[first - 1]
            before = self.text[previous.end : tokens[first].start]
            # After an adverb ("Тогда иракские власти утверждали") or a name that ends a phrase before the clause
            # ("Во время правления Саддама Хусейна иракские власти утверждали": a name takes no complement).
            adverb = any(p.tag.POS == "ADVB" for p in self._parses(previous)[:1])
            name = previous.capitalized and any(m.last == first and not m.role for m in sentence.mentions)
            if "," not in before and previous.norm not in SKIP | CONJUNCTIONS and not (adverb or name):
                return None  # a complement ("заяви депутатів"), not the clause's subject
        text = self.text[tokens[first].start : tokens[end - 1].end]
        return Mention(first, end, text[:1].upper() + text[1:], group=True)

    def _place_then_name(self, tokens: list[Token], mention: Mention) -> list[Mention]:
        """ "міністр закордонних справ Бельгії Аджа Лябіб": a country in the genitive, then a foreign name of two
        words the dictionaries do not know, are two mentions (the title's country and the person)."""
        first = mention.first
        if (
            mention.last - first != 3
            or mention.speaker_id is not None
            or mention.pronoun
            or mention.role
            or not is_cyrillic(tokens[first].text)
            or not self._genitive_place(tokens[first])
            or not all(t.capitalized and not t.acronym for t in tokens[first + 1 : mention.last])
            or any(self._genitive_place(t) for t in tokens[first + 1 : mention.last])
            or not any(self._role_lemma(t) for t in tokens[max(0, first - 4) : first])  # (a title's country)
        ):
            return [mention]
        place = Mention(first, first + 1, tokens[first].text)
        name = Mention(first + 1, mention.last, self.text[tokens[first + 1].start : tokens[mention.last - 1].end])
        return [place, name]

    def _authorities_after(self, sentence: Sentence, v: int) -> Mention | None:
        """ "», — сообщили власти Москвы", "…, заявили власти Липецкой области": a place's authorities right after the
        verb, ending the clause."""
        tokens = sentence.tokens
        k = v + 1
        if k + 1 >= len(tokens) or tokens[k].capitalized or not self._authorities(tokens[k]):
            return None
        owner = next((m for m in sentence.mentions if m.first == k + 1 and not (m.pronoun or m.role)), None)
        if owner is None or not self._adjacent(tokens, k + 1) or self._person_like(sentence, owner):
            return None
        last = owner.last
        if last < len(tokens) and self._adjacent(tokens, last) and self._region_noun(tokens[last]):
            last += 1
        if last < len(tokens) and not self._adjacent_gap(tokens, last - 1, last):
            return None  # the clause goes on ("— предупредили власти Ирака в МИД России": whom, then who)
        if not any("plur" in p.tag for p in self._parses(tokens[v])[:2]):
            return None  # ("— призвал власти Ирака": whom a singular verb's subject called on)
        text = self.text[tokens[k].start : tokens[last - 1].end]
        return Mention(k, last, text[:1].upper() + text[1:], group=True)

    def _region_noun(self, token: Token) -> bool:
        """A lowercase word for a region in the genitive ("Липецкой области", "Краснодарского края")."""
        return not token.capitalized and any(
            p.normal_form in HEADED_REGIONS and p.tag.case == "gent" for p in self._parses(token)[:3]
        )

    def _authorities(self, token: Token) -> bool:
        """ "Власти": the plural noun for a place's authorities, who speak as a group ("Власти Ирака заявили", "власти
        области сообщили")."""
        return any(p.normal_form == "власть" and {"plur", "nomn"} <= p.tag.grammemes for p in self._parses(token)[:2])

    def _group_after(self, sentence: Sentence, v: int) -> Mention | None:
        """The subject of a plural verb of saying after the clause it reports: a plural noun for people that belong to
        a body named right after it, ending the clause ("…, заявили представители Госдепа", "— сообщили
        представители «Трансаэро»"); the body speaks, as "Представители Госдепа заявили" does."""
        tokens = sentence.tokens
        if not (is_cyrillic(tokens[v].text) and self._inverted_after_clause(sentence, v)):
            return None
        k = v + 1
        while k < len(tokens) and tokens[k].norm in SKIP:
            k += 1
        if k >= len(tokens) or tokens[k].capitalized or tokens[k].in_quote or not self._adjacent(tokens, k):
            return None
        noun = tokens[k]
        if noun.norm in GENERIC or self._media(noun) or self._noun_lemmas(noun) & SUPPORTER_NOUNS:
            return None
        authorities = self._authorities(noun)
        if not authorities and not any(
            p.tag.POS == "NOUN" and {"plur", "nomn", "anim"} <= p.tag.grammemes for p in self._parses(noun)[:2]
        ):
            return None
        if not self._noun_lemmas(noun) & _REPRESENTATIVE_NOUNS and not authorities:
            return None  # ("…, рассказали пассажиры «Аэрофлота»": its passengers, not the company)
        owner = next((m for m in sentence.mentions if m.first == k + 1 and not (m.pronoun or m.role)), None)
        quoted = next((q for q in sentence.quotes if not self.text[noun.end : q[0]].strip()), None)
        if owner is None and quoted is not None and k + 1 < len(tokens) and tokens[k + 1].capitalized:
            # ("представители «Трансаэро»": a company's name in quote marks)
            if len(WORD.findall(self.text, quoted[0], quoted[1])) > 4:
                return None
            last = self._token_at(sentence, quoted[1])
            owner = Mention(k + 1, last, self.text[quoted[0] : quoted[1] + 1], quoted=True)
            end = quoted[1] + 1
        elif owner is None or self._person_like(sentence, owner) or (self._place(sentence, owner) and not authorities):
            return None  # ("…, заявили жители Киева", "адвокаты Додона": a place's people, someone's)
        else:
            end = tokens[owner.last - 1].end
        last = owner.last
        if authorities and last < len(tokens) and self._adjacent(tokens, last) and self._region_noun(tokens[last]):
            last += 1  # "власти Липецкой области": the region's, by its adjective and the word for it
            end = tokens[last - 1].end
        if last < len(tokens) and not self._adjacent_gap(tokens, last - 1, last):
            following = tokens[last]
            if following.norm not in PREPOSITIONS or authorities:
                return None  # the clause goes on: not the group's name ("призвали власти Ирака в МИД": whom)
        text = self.text[noun.start : end]
        return Mention(k, last, text[:1].upper() + text[1:], group=True)

    def _adjacent_gap(self, tokens: list[Token], i: int, v: int) -> bool:
        """Whether punctuation stands between token i and the verb at v."""
        return any(ch in ",;:()" for ch in self.text[tokens[i].end : tokens[v].start])

    def _resolve(self, s: int, subject: Mention, position: int, *, formula: bool = False):
        """The speaker for an acceptable subject phrase, else None."""
        if not self._acceptable(self.sentences[s], subject, formula=formula):
            return None
        return self._speaker_of(s, subject, position)

    def _clause_start(self, sentence: Sentence, v: int, *, limit: int) -> int:
        """Where the reported clause after the verb at token v begins."""
        tokens = sentence.tokens
        verb = tokens[v]
        for i in range(v + 1, min(v + 9, len(tokens))):
            if tokens[i].in_quote and tokens[i].start < limit and self._quoted_name_at(sentence, tokens[i].start):
                continue  # "уведомил «Нафтогаз» о том, что": a name in quote marks
            if tokens[i].start >= limit or tokens[i].in_quote or self._say_verb(tokens[i]):
                break  # "said A and added that B": that "that" is the second verb's
            if tokens[i].norm in COMPLEMENTIZERS:
                if (
                    i > v + 2
                    and self._say_verb(verb) in OBJECT_VERBS
                    and not is_cyrillic(verb.text)
                    and tokens[v + 1].norm in OBJECT_DETERMINERS
                ):
                    return verb.start  # "stressed her support of the raid that killed X": the object's own clause
                return tokens[i].end
        if self.text[verb.end : verb.end + 2].lstrip().startswith(":"):
            return self.text.index(":", verb.end) + 1
        if self._say_verb(verb) in OBJECT_VERBS or self._stance(tokens, v) or self._appeal(tokens, v):
            return verb.start
        if self._allowing(tokens, v):
            # "допустив можливість продовження періоду": the possibility with its verb ("не исключил возможности"
            # with its negation)
            return tokens[v - 1].start if v and tokens[v - 1].norm in ("не", "ні") else verb.start
        if self._gave_to_understand(tokens, v) and tokens[v + 1].norm not in ("понять", "зрозуміти"):
            return verb.start  # "дав високу оцінку діям президента": the assessment with its object
        if self._announced(tokens, v):
            return verb.start  # "оголосив про скасування рейсів": what was announced, with its verb
        end = verb.end
        i = v + 1
        telling = verb.norm in ("told", "tells", "tell")
        while i < len(tokens) and tokens[i].start < limit:
            token = tokens[i]
            following = tokens[i + 1].norm if i + 1 < len(tokens) else ""
            # "said on Friday he met …", "said Tuesday that …": when it was said, before what was.
            # (not the reported clause's own subject: "said next year will be tougher", "said Monday was the worst")
            clause_follows = following in EN_AUXILIARIES
            day_part = token.norm in DAY_PARTS and tokens[i - 1].norm in CALENDAR | TIME_ADVERBS  # "Thursday morning"
            if not is_cyrillic(token.text) and (token.norm in CALENDAR or token.norm in TIME_ADVERBS or day_part):
                if clause_follows:
                    break
                end, i = token.end, i + 1
                continue
            period = i + 2 < len(tokens) and tokens[i + 2].norm in EN_AUXILIARIES
            if token.norm in ("last", "this", "next") and following in CALENDAR | DAY_PARTS | PERIODS and not period:
                end, i = tokens[i + 1].end, i + 2  # "said last week that …"
                continue
            if token.norm == "on" and following in CALENDAR:
                end, i = tokens[i + 1].end, i + 2
                continue
            if token.norm in ARTICLES:
                listener = telling and following in LISTENERS and following not in ARTICLES
            else:
                listener = token.norm in LISTENERS or (telling and token.capitalized)
            if not listener:
                break
            end = token.end
            i += 1
        return end

    def _clause_end(self, sentence: Sentence, c: int) -> int:
        """Where quoted words closing at c end their statement: the sentence's end, or the comma before a participle
        of saying that announces another quotation with a colon ('… he would "break open the champagne", adding:
        "…"'), whose words are a statement of their own."""
        if c >= sentence.end:
            return min(c + 1, len(self.text))
        tokens = sentence.tokens
        for k, token in enumerate(tokens):
            if token.start <= c or token.in_quote or not k:
                continue
            gap = self.text[tokens[k - 1].end : token.start]
            if "," in gap and self._participle(token) and self._say_verb(token):
                after = self.text[token.end : token.end + 40]
                if re.match(r"[^.!?“\"«]{0,30}:\s*[“\"«‘]", after):
                    return tokens[k - 1].end + gap.index(",")
            # ('… had "developed" the notion, but he said: "…"': another verb of saying with a subject of its own)
            if (
                "," in gap
                and token.norm in COORDINATORS | ADVERSATIVES
                and k + 2 < len(tokens)
                and tokens[k + 1].norm in PRONOUNS
                and self._say_verb(tokens[k + 2])
            ):
                return tokens[k - 1].end + gap.index(",")
        return sentence.end

    def _how_clause(self, sentence: Sentence, at: int) -> bool:
        """Whether "как"/"як" at `at` opens a clause of how after a Cyrillic verb of saying or showing and a comma
        ("рассказывает, как грозил", "бачили, як"), not the "as" of a source ("Как сообщил X, …", "Цены вырастут,
        как сообщил X")."""
        k = self._token_at(sentence, at)
        if k == 0 or k >= len(sentence.tokens):
            return False
        previous = sentence.tokens[k - 1]
        if self.text[previous.end : at].strip() != "," or not is_cyrillic(previous.text):
            return False
        if self._say_verb(previous):
            return True
        return bool({p.normal_form for p in self._parses(previous)[:2] if p.tag.POS in ("VERB", "INFN")} & SHOW_VERBS)

    def _formulas(self, s: int, sentence: Sentence, consumed: set[int]) -> None:
        if s in self.pointers:
            return  # ("Як повідомляє Укрінформ, така інформація оприлюднена у виданні X": no statement of its own)
        text = self.text
        attribution = self._anaphoric_start(sentence)
        relayed = self._inserted_relay(sentence)
        for pattern in FORMULAS:
            for match in pattern.finditer(text, sentence.start, sentence.end):
                if inside(self.quotes, match.start()):
                    continue
                if "opening_ru" in pattern.groupindex and text[sentence.start : match.start()].rstrip()[-1:] not in (
                    "",
                    ",",
                    *DASHES,
                ):
                    continue  # (only opening a clause: not "С его прогнозами согласны", "стежили за його прогнозом")
                verb_index, relay = None, False
                if "verb" in pattern.groupindex:
                    verb_index = self._token_at(sentence, match.start("verb"))
                    if verb_index >= len(sentence.tokens):
                        continue
                    verb = sentence.tokens[verb_index]
                    # "Как передает Reuters, …": a verb of the media's relaying, for a news outlet only.
                    relay = not self._say_verb(verb) and verb.norm in RELAY_VERBS
                    if not (self._say_verb(verb) or relay):
                        continue
                if attribution is not None and match.start() < attribution:
                    continue  # "Як передає Укрінформ, про це повідомив X": the outlet relays what X said before
                if verb_index is not None and self._how_clause(sentence, match.start()):
                    continue  # "Трамп рассказывает, как грозил Путину «…»": how, after a verb, not "as"
                if relayed and relayed[0] <= match.start() < relayed[1]:
                    continue  # "Об этом, по информации агентства X, сообщил Y": the same, inserted
                comma = text.find(",", match.end(), sentence.end)
                while comma != -1 and text[comma - 1 : comma].isdigit() and text[comma + 1 : comma + 2].isdigit():
                    comma = text.find(",", comma + 1, sentence.end)  # (not a decimal comma: "49,41 процента")
                colon = re.match(r"[^,:;()]*\)?:", text[match.end() : sentence.end])
                if colon is not None and (comma == -1 or match.end() + colon.end() < comma):
                    comma = match.end() + colon.end() - 1  # "(по данным Росавиации): …": the colon ends its source
                if comma == -1 and "verb" not in pattern.groupindex:
                    comma = self._name_without_comma(sentence, match.start(), self._token_at(sentence, match.end()))
                # "По мнению политолога, эксперта … X, …"
                comma = self._after_named_apposition(sentence, comma, self._token_at(sentence, match.end()))
                lead_at = self._token_at(sentence, match.end())
                if comma != -1 and lead_at < len(sentence.tokens):
                    lead_mention = Mention(lead_at, lead_at + 1, "", role=self._role_lemma(sentence.tokens[lead_at]))
                    if lead_mention.role in SOURCE_NOUNS:
                        # "Как сообщил источник, близкий к Кремлю, …": the source's phrase of closeness is its own
                        closing = self._source_end(sentence, lead_mention)
                        comma = max(comma, self.text.find(",", sentence.tokens[closing - 1].end, sentence.end))
                # "(…, по данным NEFT Research) — …", "(по оценке X, …), что …": a formula inside brackets, whose close
                # ends the source or what it says
                opened = text.rfind("(", sentence.start, match.start())
                opened = opened if opened != -1 and ")" not in text[opened : match.start()] else -1
                closed = text.find(")", match.end(), sentence.end) if opened != -1 else -1
                # (not "(по данным МЧС): …", whose colon opens what it says)
                closes_source = (
                    closed != -1 and (comma == -1 or closed < comma) and text[closed + 1 : closed + 2] != ":"
                )
                if closes_source:
                    comma = -1
                x_end = comma if comma != -1 else closed if closes_source else sentence.end
                citing = CITING_AFTER_SOURCE.search(text, match.end(), x_end)
                x_end = citing.start() if citing else x_end  # "Как написала X со ссылкой на источники, …"
                x_first, x_last = self._token_at(sentence, match.end()), self._token_at(sentence, x_end)
                x_last = self._without_circumstance(sentence, x_first, x_last)
                if (
                    verb_index is not None
                    and x_last - x_first >= 2
                    and is_cyrillic(sentence.tokens[verb_index].text)
                    and self._outlet_told(sentence.tokens, x_first)
                ):
                    x_first += 1  # "Как рассказал РБК Примаков": the outlet told, the person said it
                elif (
                    verb_index is not None
                    and x_last - x_first >= 3
                    and self._plural_verb(sentence.tokens[verb_index])
                    and self._media_name(sentence.tokens[x_first : x_first + 1])
                    and sentence.tokens[x_first + 1].norm in ("в", "во", "у")
                    # (not where they told it: "в Telegram-канале ведомства", "в Москве")
                    and sentence.tokens[x_first + 2].norm.split("-")[0] not in PLATFORMS
                    and not any("Geox" in p.tag.grammemes for p in self._parses(sentence.tokens[x_first + 2])[:2])
                ):
                    x_first += 2  # "Как рассказали РБК в SuperJob": the outlet told, the body said it
                if verb_index is not None and self._recalls(sentence, verb_index, x_first, x_last):
                    continue  # "Як повідомляв Укрінформ, …": a news agency recalls its own earlier news
                pronoun = match.groupdict().get("pron") or match.groupdict().get("pron_ru")
                described = None
                if pronoun:
                    mention = Mention(x_first, x_first, pronoun, pronoun=True)
                elif x_last - x_first == 1 and self._stump_body(sentence.tokens[x_first]):
                    # "по данным Росавиации": the body, entered in the nominative ("Росавиация")
                    token = sentence.tokens[x_first]
                    mention = Mention(x_first, x_last, token.text, kind="organization")
                    mention.entered = self._nominative_word(token)
                elif x_last > x_first:
                    mention = self._phrase(sentence, x_first, x_last)
                    lone = sentence.tokens[x_first]
                    if (
                        verb_index is not None
                        and x_last - x_first == 1
                        and is_cyrillic(sentence.tokens[verb_index].text)
                        and not is_cyrillic(lone.text)
                        and lone.capitalized
                        and mention.speaker_id is None
                        and not self._media_name([lone])
                        and lone.norm not in EN_MALE_NAMES | EN_FEMALE_NAMES  # ("Как рассказала Anna": a woman)
                        and lone.norm.split("-")[0] not in PLATFORMS  # ("в Telegram-канале": where it was posted)
                    ):
                        # "Как рассказали в SuperJob", "Как сообщил Google": a company's Latin name in Cyrillic text
                        mention = dataclasses.replace(mention, kind="organization", entered=lone.text)
                    described = (
                        self._one_of(sentence, verb_index)
                        or self._described_person_after(sentence, x_first, sentence.tokens[verb_index])
                        if verb_index is not None
                        and verb_index + 1 == x_first
                        and is_cyrillic(sentence.tokens[x_first].text)
                        else None
                    )
                    if described is not None and described.last >= x_last:
                        mention = described  # "Как заявил один из местных врачей, «…»": one person
                    lead_at = x_first
                    while (
                        lead_at + 1 < x_last
                        and is_cyrillic(sentence.tokens[lead_at].text)
                        and not sentence.tokens[lead_at].capitalized
                        and self._adjective(sentence.tokens[lead_at])
                        and not self._role_lemma(sentence.tokens[lead_at])
                    ):
                        lead_at += 1  # "По словам российского лидера": the role after its adjective of nationality
                    if (
                        not self._role_lemma(sentence.tokens[lead_at])
                        or lead_at + 1 != x_last
                        or (
                            lead_at > x_first
                            and not self._nationality(sentence.tokens, lead_at)
                            # ("по словам ее представителя", "по словам анонимного источника": whose, or a source)
                            and sentence.tokens[x_first].norm not in POSSESSIVE_PRONOUNS
                            and self._role_lemma(sentence.tokens[lead_at]) not in SOURCE_NOUNS
                        )
                        or lead_at - x_first > 1
                    ):
                        # (not "местного жителя", someone described; nor "бывшего министра", "другого депутата",
                        # "лидера оппозиции": someone else than the holder named before)
                        lead_at = x_first
                    lead = sentence.tokens[lead_at]
                    # (a capitalised title with its country: "За словами Президента України")
                    titled = x_last - lead_at >= 2 and all(
                        self._genitive_place(t) for t in sentence.tokens[lead_at + 1 : x_last]
                    )
                    lemma = (
                        self._role_lemma(lead) if is_cyrillic(lead.text) and (not lead.capitalized or titled) else ""
                    )
                    if not lemma and x_last - lead_at == 1 and is_cyrillic(lead.text) and not lead.capitalized:
                        lemma = self._epithet_noun(lead)  # "По словам предпринимателя,": what the person is
                    named = any(
                        lead_at < m.first
                        and m.last <= x_last
                        and not (m.role or m.pronoun or self._place(sentence, m))
                        and not any(t.acronym for t in sentence.tokens[m.first : m.last])  # ("МОЗ Ізраїлю")
                        and (
                            self._person_name(sentence, m)
                            or any(is_name(p) for p in self._parses(sentence.tokens[m.last - 1])[:2])
                        )
                        for m in sentence.mentions
                    )  # ("За словами речника МЗС Олега Ніколенка": the person named)
                    if lemma and not mention.role and mention.speaker_id is None and not named:
                        # "На думку науковця", "За словами глави МОЗ Ізраїлю": a role with whose it is, offered in
                        # the nominative when no one holds it
                        word = lemma.partition("|")[0] + text[lead.end : sentence.tokens[x_last - 1].end]
                        mention = dataclasses.replace(mention, first=lead_at, last=lead_at + 1, role=lemma, text=word)
                else:
                    continue
                if verb_index is not None:
                    consumed.add(verb_index)
                for v in range(x_first, x_last):
                    consumed.add(v)
                # "Поисковая операция, как уточняет издание, продлится …": the outlet named before
                outlet = self._outlet_named_before(s, verb_index) if verb_index is not None else None
                if outlet is None and verb_index is None and x_last - x_first == 1 and x_first > 0:
                    # "По данным издания, …": the outlet named before, by the noun for its kind in the genitive
                    outlet = self._outlet_named_before(s, x_first - 1, any_case=True)
                one_person = described is not None and mention is described
                # "По данным ведомства, …", "по словам компании": the body of that kind named before
                # ("Як зауважили в міністерстві, …": where it was said, the same)
                where = x_first > 0 and sentence.tokens[x_first - 1].norm in ("у", "в", "во")
                body = (
                    self._body_named_before(s, sentence.tokens[x_first], match.start())
                    if outlet is None and (verb_index is None or where) and x_last - x_first == 1
                    else None
                )
                if (
                    body is None
                    and outlet is None
                    and not (one_person or self._acceptable(sentence, mention, formula=True))
                ):
                    continue
                if "точки" in match.group(0).lower() and not self._viewpoint_holder(sentence, mention):
                    continue  # "З точки зору Конституції": in the light of a law, nobody's view
                media = outlet is not None or (not mention.pronoun and self._media_source(sentence, mention))
                if relay and not media:
                    continue
                if media:
                    comma = self._after_apposition(sentence, comma)
                if mention.pronoun and pronoun.lower() not in OBJECT_PRONOUN_GENDERS:
                    continue  # "По их мнению": several, not one person named before
                speaker = (
                    outlet
                    or body
                    or (
                        self._antecedent(
                            s, match.start(), persons_only=True, gender=OBJECT_PRONOUN_GENDERS.get(pronoun.lower())
                        )
                        if mention.pronoun
                        else self._speaker_of(s, mention, match.start())
                    )
                )
                if speaker is None:
                    continue
                opening = opened + 1 if closes_source else sentence.start
                closing = closed if closed != -1 and comma != -1 and closed > comma else sentence.end
                leading = text[opening : match.start()]
                if comma != -1 and len(WORD.findall(leading)) <= 2 and "," not in leading:
                    start, end = comma + 1, closing  # "За словами X, CLAUSE."
                elif comma == -1 and leading.rstrip().endswith(","):
                    start, end = opening, len(leading.rstrip()) + opening - 1  # "CLAUSE, according to X."
                elif comma != -1:
                    start, end = comma + 1, closing
                else:
                    continue
                if self._overlaps_candidate(start, end):
                    continue  # the quotation in it is a candidate already
                for i, token in enumerate(sentence.tokens):
                    if start <= token.start < end and not media:  # what an outlet reports may quote someone
                        consumed.add(i)
                quoted = any(start <= o < end for o, _c in sentence.quotes)
                if media:
                    speaker = (speaker[0], speaker[1], "organization")
                elif verb_index is None and speaker[1] is None and speaker[0] == mention.text and not mention.role:
                    # "По словам Виталия Савельева": the person's name in the nominative, as it is entered
                    words = sentence.tokens[mention.first : mention.last]
                    if (nominative := self._nominative_of_genitive_name(words)) is not None:
                        speaker = (nominative, None, speaker[2] or "person")
                # "Як повідомляє Укрінформ з посиланням на gagadget.com, …": the source the outlet cites
                cited = self._cited_source(s, sentence, match.end()) if media and citing else None
                if cited and self.text[citing.end() : citing.end() + 1] in OPENERS:
                    cited = None  # ("со ссылкой на «Книгу рекордов Гиннесса»": a title, no speaker)
                if cited:
                    speaker, media = cited, False
                    self.last_source = cited
                self._add(s, start, end, "partial" if quoted else "indirect", speaker, media=media)

    def _without_circumstance(self, sentence: Sentence, first: int, last: int) -> int:
        """Where a formula's speaker phrase first..last ends: after the name when where, when or on what occasion it
        was said follows ("Как подчеркнул Дэвид Шаймер во вступительном слове, …", "As X noted on Monday, …"); not
        before a person named later ("По словам представителя ООН в Киеве Ивана Петрова")."""
        tokens = sentence.tokens
        for m in sentence.mentions:
            if not (first <= m.first and m.last < last) or m.pronoun or m.role or tokens[m.first].in_quote:
                continue
            if not (m.speaker_id is not None or self._person_like(sentence, m)):
                continue  # "посол Украины в Германии": a place of the title, not where it was said
            after = tokens[m.last]
            if not (
                after.norm in CIRCUMSTANCE_PREPOSITIONS
                or after.norm in CALENDAR
                or after.norm in TIME_ADVERBS
                or after.text[:1].isdigit()
            ):
                continue
            later = [n for n in sentence.mentions if m.last <= n.first < last and not (n.pronoun or n.role)]
            if not any(self._person_like(sentence, n) for n in later):
                return m.last
        return last

    def _after_named_apposition(self, sentence: Sentence, comma: int, lead: int | None = None) -> int:
        """The comma that ends a formula's phrase: after an apposition that names the person when the phrase
        before the first comma is a role ("По мнению политолога, эксперта по США Малека Дудакова, …"; from token
        `lead`, a role with its complement: "По словам представителя пограничной службы Ирана, полковника X Y,")."""
        if comma == -1:
            return comma
        tokens = sentence.tokens
        end = self.text.find(",", comma + 1, sentence.end)
        if end == -1:
            return comma
        first, last = self._token_at(sentence, comma), self._token_at(sentence, end)
        before = self._token_at(sentence, comma) - 1
        role = before >= 0 and bool(
            self._role_lemma(tokens[before]) or (lead is not None and lead < before and self._role_lemma(tokens[lead]))
        )
        if not role or last - first > 8:
            return comma
        if any(self._say_verb(t) for t in tokens[first:last]):
            return comma
        if any(p.tag.POS in ("VERB", "PRTS") for t in tokens[first:last] for p in self._parses(t)[:1]):
            return comma  # ("За словами Президента, разом із Лондоном створено …": a clause, no apposition)
        # The name in the role's case ("политолога, эксперта … Малека Дудакова"), not a subject in the nominative
        # that opens the clause ("По словам министра, Сергей Лавров не поедет").
        named = any(
            first <= m.first
            and m.last <= last
            and not (m.pronoun or m.role)
            and self._person_like(sentence, m)
            and not self._all_nominative(sentence, m)
            for m in sentence.mentions
        )
        return end if named else comma

    def _overlaps_candidate(self, start: int, end: int) -> bool:
        # Candidates come in text order, a sentence at a time: the last few are the only neighbours.
        return any(c.start < end and start < c.end for c in self.candidates[-40:])

    def _phrase(self, sentence: Sentence, first: int, last: int) -> Mention:
        """The speaker phrase of a formula: the known speaker in it, else the whole phrase."""
        tokens = sentence.tokens
        for i in range(first, last - 1):
            if tokens[i].capitalized:
                if tokens[first].norm in PLACE_PREPOSITIONS:
                    first = i  # "на своем сайте The Daily Courier": where it was published, then who
                break
            if tokens[i].norm in ("from", "by", "of", "for", "від", "от"):
                first = i + 1  # "a statement from the Polish defence ministry": who made the statement
                break
        while first < last - 1 and (tokens[first].norm in ROLE_WORDS or tokens[first].norm in ARTICLES):
            first += 1  # "according to the Russian Security Council": the name starts after the titles
        inside = [m for m in sentence.mentions if first <= m.first and m.last <= last and not m.pronoun]
        known = [m for m in inside if (m.speaker_id is not None or m.quoted) and m.last == last]
        known = known or [
            m for m in inside if m.entered and (m.first, m.last) == (first, last)
        ]  # "Національного банку"
        if known:
            # "Міністерстві інформації Мʼянми", not "Zelensky's office" (Zelensky's); "газета «Ведомости»": the name.
            return known[0]
        phrase = Mention(first, last, self.text[tokens[first].start : tokens[last - 1].end])
        # (a name in quote marks is a name: "По данным "СТС Медиа"")
        matched = self.index.matches([dataclasses.replace(t, in_quote=False) for t in tokens[first:last]])
        if matched:
            match = matched[0]
            if match.first == 0 and match.last == last - first:
                phrase.speaker_id, phrase.kind = match.speaker_id, match.kind
        return phrase

    def _recalls(self, sentence: Sentence, v: int, first: int, last: int) -> bool:
        """Whether "Як повідомляв X" at the verb v, X the tokens first to last, is a news agency recalling its own
        earlier news in a new item ("Як повідомляв Укрінформ, …"): its own voice, no source of what follows."""
        tokens = sentence.tokens
        opener = v - 1 if v > 0 and tokens[v - 1].norm != "раніше" else v - 2  # ("Як повідомляв раніше Укрінформ")
        if tokens[v].norm not in RECALLING_VERBS or opener < 0 or tokens[opener].norm != "як":
            return False
        words = [t for t in tokens[first:last] if t.capitalized]
        return bool(words) and self._media_name(words) and self._publisher(words[0].norm[:5], sentence)

    def _publisher(self, stem: str, recall: Sentence) -> bool:
        """Whether the outlet whose name opens with the stem publishes the text: it passes on others' words elsewhere in
        it ("…, передає Укрінформ", "кореспондент Укрінформу", "Про це Укрінформу повідомили"), not only reports."""
        stem = re.escape(stem)
        relays = rf"(?:передає|передають|кореспондент\w*)\s+{stem}|{stem}\w*\s+(?:із|з)\s+посиланням|Про\s+це\s+{stem}"
        outside = self.text[: recall.start] + "\n" + self.text[recall.end :]  # (not the recall's own "з посиланням")
        return re.search(relays, outside, re.IGNORECASE) is not None

    def _reported(self, s: int, sentence: Sentence, consumed: set[int]) -> None:
        """Reported speech without quote marks: "X said (that) ...", "..., - заявив X."."""
        tokens = sentence.tokens
        for v in self._verbs(sentence):
            # An outlet's report may hold a statement of someone it names ("По информации AP, Франция предложила"):
            # each layer is a statement.
            if v in consumed or any(c.start <= tokens[v].start < c.end for c in self.candidates[-40:] if not c.media):
                continue  # used already, or inside a statement already found (reported within reported)
            consumed.add(v)
            if self._say_verb(tokens[v]) in RECALL_VERBS and not any(
                t.norm in COMPLEMENTIZERS or t.norm in ("як", "как") for t in tokens[v + 1 : v + 4]
            ):
                continue  # "згадав загиблих захисників": whom it mentioned, not what was said
            if self._say_verb(tokens[v]) == "cite" and self._cites_source(sentence, v):
                continue  # "citing unnamed sources", "citing precedent": where it comes from, not what was said
            if _RELAY_RELATIVE.search(self.text, max(sentence.start, tokens[v].start - 12), tokens[v].start):
                continue  # ("X обещала, о чём писал Царьград, обнародовать …": who reported the clause, not its words)
            speaker, subject, inverted = self._verb_speaker(s, v)
            if speaker is None:
                continue
            if inverted and self._anaphoric_start(sentence) is not None:
                continue  # "На это указала X.": what was said is the sentence before, the name after the verb
            if self._recalls(sentence, v, subject.first, subject.last):
                continue  # "Як повідомляв Укрінформ, …": a news agency recalls its own earlier news
            # ("CLAUSE, he said.": an English pronoun before its verb opens the attribution too)
            if subject.pronoun and not (subject.last == v and self._pronoun_after_clause(sentence, subject, v)):
                head = tokens[v].start
            else:
                head = min(tokens[v].start, tokens[subject.first].start)
            tail = [t for t in tokens if t.start > max(tokens[v].end, tokens[subject.last - 1].end)]
            leading = self.text[sentence.start : head].rstrip(DASHES + " ")
            comma = leading.rfind(",")
            modifiers = WORD.findall(leading[comma:]) if comma != -1 else []
            if (
                comma != -1
                and subject.role
                and len(modifiers) <= 4
                and not any(normalize(w) in SAY_EN for w in modifiers)
            ):
                # "CLAUSE, a Chinese official said", "CLAUSE, the prime minister's spokesman said": the role's
                # modifiers.
                leading = leading[: comma + 1]
            # After the verb only whom it was told ("told a regional news forum on Monday").
            # (not a short clause of its own: "Комментируя решение суда, Иванов заявил, что продолжит борьбу")
            short_tail = (len(tail) <= 3 and not (tail and tail[0].norm in COMPLEMENTIZERS)) or (
                len(tail) <= 7
                and self._say_verb(tokens[v]) == "tell"
                and (tail[0].norm in ARTICLES or tail[0].norm in PREPOSITIONS)
                and not any(t.norm in COMPLEMENTIZERS or t.norm in PASSIVE or t.norm in MODALS for t in tail)
                and not any(map(self._say_verb, tail))
                and "," not in self.text[tail[0].start : sentence.end]
            )
            # "CLAUSE, an official said, adding that …": the participle reports a statement of its own.
            adding = bool(tail) and self._participle(tail[0]) and bool(self._say_verb(tail[0]))
            adding = adding and self.text[tokens[v].end : tail[0].start].strip() == ","
            # Not an attribution formula opening the sentence ("За даними Reuters, X заявив, що …").
            formula = any(f.match(leading.lstrip()) for f in FORMULAS)
            # "Муж X, Олег Иванов попросил убежища": a verb whose object is what was said keeps it.
            formula = formula or (bool(tail) and self._say_verb(tokens[v]) in OBJECT_VERBS and not inverted)
            # "До того ж, зазначив X, CLAUSE", "С другой стороны, отметил X, …": a connective, no clause before the
            # insertion; what follows it is the statement. (Not any words without a verb: a Ukrainian or Russian
            # clause may have none, "Ситуація складна, зазначив X".)
            connective = " ".join(_words_in(leading)).lower() in CONNECTIVE_OPENERS
            if (
                leading.endswith(",")
                and (short_tail or inverted or adding)
                and len(_words_in(leading)) >= 3
                and not formula
                and not connective
            ):
                start, end = sentence.start, sentence.start + len(leading) - 1  # "CLAUSE, Peskov said."
            else:
                start, end = self._clause_start(sentence, v, limit=sentence.end), sentence.end
                if inverted:
                    last = subject.last
                    if subject.role and subject.role.partition("|")[0] in SOURCE_NOUNS:
                        last = self._source_end(sentence, subject)  # ("сообщил источник в правительстве: …")
                    start = max(start, tokens[last - 1].end)
            # "заявив, що A, і додав, що B", "said A and added that B": the second verb says a statement of its own.
            w = next((w for w in self._verbs(sentence) if w > v and self._coordinated_with(sentence, v, w)), None)
            if w is not None and start < tokens[w].start < end:
                end = COORDINATED_VERB.search(self.text, start, tokens[w].start).start()
            # "прокомментировала десятилетие, заявив, что …": a participle of saying after a comma says the statement,
            # the verb's short object before it is only its topic
            g = next(
                (
                    k
                    for k in range(v + 1, len(tokens))
                    if start < tokens[k].start < end
                    and is_cyrillic(tokens[k].text)
                    and self._participle(tokens[k])
                    and self._say_verb(tokens[k])
                    and self.text[tokens[k - 1].end : tokens[k].start].strip() == ","
                ),
                None,
            )
            if (
                g is not None
                and start >= tokens[v].end
                and self._say_verb(tokens[v]) in COMMENT_VERBS
                and ":" not in self.text[tokens[v].end : start]
                and not any(t.norm in COMPLEMENTIZERS for t in tokens[v + 1 : g])
                and sum(start <= t.start < tokens[g].start for t in tokens) <= 3
            ):
                continue
            # "claimed A, but he said: «B»": a verb of saying with a subject of its own after a comma and a
            # conjunction says what follows it
            own = next(
                (
                    k
                    for k in self._verbs(sentence)
                    if k > v + 2
                    and start < tokens[k - 2].start < end
                    and tokens[k - 1].norm in PRONOUNS
                    and tokens[k - 2].norm in COORDINATORS | ADVERSATIVES
                    and self.text[tokens[k - 3].end : tokens[k - 2].start].strip() == ","
                ),
                None,
            )
            if own is not None:
                cut = self.text.rindex(",", start, tokens[own - 2].start)
                # (a clause of its own, not a verb's object: "praised the plan, but she said: …" keeps its quotation)
                if len(WORD.findall(self.text[start:cut])) >= 4:
                    end = cut
            if (
                subject.first
                and tokens[subject.first - 1].norm in EN_CLAUSE_PREPOSITIONS
                and "," in self.text[start:end]
            ):
                end = self.text.index(",", start, end)  # "After X said the deal was off, shares fell": its clause
            following = [c.start for c in self.candidates[-40:] if start < c.start < end]
            if following:
                # "поблагодарил X за работу и назвал его «...»": the first statement ends where the next begins.
                end = min(following)
                end = start + len(TRAILING_CONJUNCTION.sub("", self.text[start:end]))
                mark = _QUOTE_MARK.search(self.text, start, end)
                nearest = next(c for c in self.candidates[-40:] if c.start == min(following))
                if mark is not None and (nearest.speaker_mention, nearest.speaker_id) != tuple(speaker[:2]):
                    # "She said that A, to which O'Malley interjected: “B”": A ends at the comma before another
                    # speaker's attribution of B (the same speaker's "…, adding: “B”" says B only)
                    # (the first comma after which that speaker is named: "A, while Smith, a Democrat, argued: “B”")
                    named = WORD.findall(nearest.speaker_mention or "")[-1:]
                    stem = named[0][:5].lower() if named else None
                    named_at = self.text.lower().find(stem, start, mark.start()) if stem else -1
                    comma = self.text.rfind(",", start, named_at) if named_at != -1 else -1
                    inside = any(c.start < comma < c.end for c in self.candidates[-40:])
                    end = comma if comma > start and not inside else start
                elif mark is not None:
                    continue
                if len(WORD.findall(self.text[start:end])) < 3:
                    continue
            overlap = any(c.start < end and start < c.end and not c.media for c in self.candidates[-40:])
            after_verb = self.text[tokens[v].end : start]
            introduced = ":" in after_verb or any(normalize(w) in COMPLEMENTIZERS for w in WORD.findall(after_verb))
            adverbial = not introduced and self._only_adverbial(sentence, start, end)  # ("натякають і до сьогодні")
            if overlap or len(WORD.findall(self.text[start:end])) < 2 or adverbial:
                continue
            span = self.text[start:end].lstrip(" ,:" + DASHES)
            topic = TOPIC_ONLY.match(span) and not self._announced(tokens, v)
            # ("said about 20 people have indicated an interest": "about" a number is how many, not a topic)
            topic = topic and not (
                re.match(r"(?i)about\s+(?!\d{4}\b)\d", span) and self._say_verb(tokens[v]) in ("say", "tell")
            )
            # "напомнил о стандартных побочных эффектах после прививки": in Ukrainian and Russian, a longer phrase
            # after "про"/"о" says what was said (not in English: "spoke about the allegations against her husband").
            # ("розповів про свої плани на наступний рік": one's own plans, a topic however long.)
            words = WORD.findall(span)
            own = len(words) > 1 and normalize(words[1]) in POSSESSIVE_PRONOUNS
            # ("розповів про це на своїй сторінці в Інстаграмі": what was said before, and where)
            this = len(words) > 1 and normalize(words[1]) in ("це", "цьому", "этом", "this")
            topic = topic and (not is_cyrillic(span) or len(words) <= TOPIC_WORDS or own or this)
            # "said of RT": whom it was about ("warned of dire consequences" is what was said).
            topic = topic or (span[:3].lower() == "of " and self._say_verb(tokens[v]) in ("say", "tell", "speak"))
            # "isn't saying much about debate preparation", "said little about it": how much, on what topic.
            topic = topic or bool(_EN_AMOUNT_ABOUT.match(span))
            # "обратила внимание на проблему": what attention was drawn to, not what was said ("…, что …" is).
            first_word = normalize(WORD.findall(span)[0]) if WORD.search(span) else ""
            topic = topic or (self._attention(tokens, v) and first_word in ATTENTION_NOUNS)
            topic = topic or bool(QUESTION_ANSWERED.match(span))  # ("ответил на вопрос о санкциях": what was asked)
            if not is_cyrillic(span):
                verb_lemma = self._say_verb(tokens[v])
                if verb_lemma == "ask" and _EN_ASKED_ABOUT.match(span):
                    continue  # "asked the frontrunner about the kerfuffle": a question's topic; the asker said nothing
                topic = (
                    topic
                    or bool(_EN_POINTER.match(span))  # ("tweeted the following:": what follows)
                    or (verb_lemma in ("respond", "reply") and bool(_EN_ANSWERED.match(span)))
                )
            if topic or (ADVERBIAL_TAIL.match(span) and len(WORD.findall(span)) <= 8):
                # "розповів про свої плани": what it was about; "said Friday as he entered the talks":
                # when and how it was said. Neither is what was said, but the speaker did speak: a quotation
                # that follows is theirs ('X said of RT. "…"').
                if speaker[1] is not None or speaker[0][:1].isupper():
                    sentence.speakers.append(speaker)
                continue
            # Quoted names or terms in the clause ("проблема «Брексита»") leave it reported speech.
            quoted = any(start <= o < end for o, _c in sentence.quotes)
            # "Агентство X сообщило, что …": what an outlet reports is the outlet's, marked as media.
            media = not subject.pronoun and self._media_source(sentence, subject)
            # ("Газета отмечает, что …": the outlet named before, by the noun for its kind)
            media = media or (subject.last - subject.first == 1 and self._media_noun(sentence.tokens[subject.first]))
            relaying = media or sentence.tokens[v].norm in RELAY_PRESENT  # ("…, сообщает «Вестник»")
            cited = self._cited_source(s, sentence, sentence.tokens[v].end) if relaying and inverted else None
            if cited:
                speaker, media = cited, False  # "CLAUSE, сообщает ТАСС со ссылкой на X" / "со слов X": X's
            if media:
                speaker = (speaker[0], speaker[1], "organization")
            self._add(s, start, end, "partial" if quoted else "indirect", speaker, media=media)

    def _cites_source(self, sentence: Sentence, v: int) -> bool:
        """Whether "cite" at v names a source ("citing unnamed sources", "citing The Times", "citing precedent")
        rather than what it points to ("citing the release of political prisoners")."""
        text = self.text[sentence.tokens[v].end : sentence.end]
        words = _words_in(re.split(r"[,;:()]|\s[-–—]\s", text, maxsplit=1)[0])
        heads = {normalize(w) for w in words[:4]}
        if any(normalize(w) == "for" for w in words[:5]):
            return True  # "cited the driver for reckless driving": a ticket, not a statement
        return (
            len(words) < 3
            or bool(heads & (GENERIC | CITED_SOURCES) - {"reports"})
            or any(w[:1].isupper() for w in words[:2])
        )

    def _body_after_outlet(self, sentence: Sentence, v: int, subject: Mention) -> Mention | None:
        """The body after the outlet a plural verb of saying names as its addressee ("сообщили РБК в компании",
        "розповіли Укрінформу в пресслужбі відомства"): the outlet was told, the body spoke; else None."""
        if subject.first != v + 1 or not self._plural_verb(sentence.tokens[v]):
            return None
        if not self._media_source(sentence, subject):
            return None
        body = self._impersonal(sentence, v, addressee=subject)
        if body is None or self._place(sentence, body):
            return None  # ("— сообщили РБК в Москве": where the outlet was told)
        return body

    def _impersonal(self, sentence: Sentence, v: int, addressee: Mention | None = None) -> Mention | None:
        """The organisation of "У Кремлі заявили" / "заявили в МЗС" / "повідомили в Повітряних силах": "у"/"в"
        and a name next to the verb, with the noun its adjective qualifies; entered in the nominative. With an
        addressee (the outlet told: "сообщили РБК в компании"), only a body after it."""
        tokens = sentence.tokens
        if addressee is None and (channel := self._named_channel(sentence, v)) is not None:
            return channel
        after = addressee.last if addressee is not None else v + 1
        # "додали в авіакомпанії": the company named before; "повідомили в уряді": the government itself.
        anaphors = _IMPERSONAL_ANAPHORS
        bodies = [
            Mention(
                self._adjectives_before(tokens, k), k + 1, tokens[k].text, anaphor=bool(lemmas & anaphors), group=True
            )
            if not lemmas & anaphors
            else Mention(k, k + 1, tokens[k].text, anaphor=True)
            for k in (*range(v + 1, v + 8), *range(v - 1, v - 8, -1))  # ("в управлении образования X считают")
            if 0 < k < len(tokens)
            and not tokens[k].capitalized
            and (lemmas := self._noun_lemmas(tokens[k]) & BODY_NOUNS)
        ]
        for m in [*sentence.mentions, *bodies]:
            # ("повідомили у зовнішньополітичному відомстві": the anaphor's adjectives after the preposition)
            # (and a body's name after its adjectives: "рассказали РБК в региональном МЧС")
            opening = (
                self._adjectives_before(tokens, m.first)
                if m.first > 1 and (m.anaphor or m.group or tokens[m.first].acronym)
                else m.first
            )
            if m.pronoun or opening == 0 or tokens[opening - 1].norm not in ("у", "в", "во", "на"):
                continue
            if addressee is not None and (v < m.first <= addressee.last or (m.first < v and opening != 1)):
                continue  # (before the verb, only the body that opens the sentence: "В компании сообщили РБК")
            if opening - 1 > after and not all(self._adverbial_word(t) for t in tokens[after : opening - 1]):
                continue  # "повідомили в п'ятницю в уряді": only when or how between the verb and the body
            adjectives = [t for t in tokens[opening : m.first] if t.norm not in _SELF_WORDS]
            if m.anaphor and adjectives:
                # ("у зовнішньополітичному відомстві": the ministry of that field named before, none of another one:
                # "в соседнем ведомстве", "в оборонном ведомстве" after "МИД")
                fields = {AGENCY_STEMS.get(t.norm[:7]) for t in adjectives}
                field = fields.pop() if len(fields) == 1 else None
                named = self._field_ministry(sentence, field) if field else None
                if named is None:
                    continue
                return Mention(m.first, m.last, m.text, kind="organization", anaphor=True, entered=named)
            last = m.last
            # "в Повітряних силах": the noun the capitalised adjective qualifies; "у Міністерстві оборони
            # України": the genitive complement.
            while last < len(tokens) and last != v and self._adjacent(tokens, last):
                if self._qualified(tokens, last) or self._genitive_noun(tokens[last]) or tokens[last].acronym:
                    last += 1
                    continue
                if last + 1 < v and self._genitive_form(tokens[last]):
                    last += 1  # "… захисту населення Львівської області": a noun read first in another case
                    continue
                if self._genitive_pair(tokens, last, v):
                    last += 2  # "в департаменте внутренних дел Мангистауской области": an adjective and its noun
                    continue
                if tokens[last].norm == "по" and tokens[last - 1].acronym and last + 1 < v:
                    # "в пресс-службе ФСБ по Челябинской области": the body's region, up to the verb
                    j = last + 1
                    while (
                        j < v
                        and self._adjacent(tokens, j)
                        and (
                            tokens[j].capitalized
                            or self._adjective(tokens[j])
                            or self._noun_lemmas(tokens[j]) & HEADED_REGIONS
                        )
                    ):
                        j += 1
                    if j > last + 1 and (j == v or not self._adjacent(tokens, j)):
                        last = j
                        continue
                # a name in the genitive closing the complement ("в управлении образования Гагаузии")
                name = next((n for n in sentence.mentions if n.first == last and not n.pronoun and last > m.last), None)
                if name is None or name.last != v or not self._genitive_noun(tokens[last - 1]):
                    break
                last = name.last
            # "В пресс-службе министерства «Интерфаксу» пояснили": the outlet they told, between the body and the verb
            told = next((n for n in sentence.mentions if n.first == last and n.last == v and n.first > m.last), None)
            told = addressee is None and told is not None and self._media_source(sentence, told)
            # "В «Евразе» в официальном пресс-релизе отметили": where, then in what document
            between = tokens[last:v] if last < v and not told else []
            document = (
                len(between) >= 2
                and between[0].norm in ("у", "в", "во", "на")
                and bool(self._noun_lemmas(between[-1]) & (STATEMENT_DOCUMENTS | PAGE_NOUNS))
                and all(self._adjective(t) for t in between[1:-1])
            )
            # "В Пентагоне решение объяснили …": the verb's object (a thing, in lower case) between body and verb
            thing = (
                m.last < v
                and 1 <= len(between) <= 2
                and all(
                    is_cyrillic(t.text)
                    and not t.capitalized
                    and not t.in_quote
                    and any(p.tag.POS in ("NOUN", "NPRO") and "inan" in p.tag for p in self._parses(t)[:1])
                    for t in between
                )
            )
            # "В МВД позднее заявили": only when between the body and the verb
            when = last < v and all(
                t.norm in SKIP or self._adverb(t) or any(p.tag.POS in ("COMP", "PRCL") for p in self._parses(t)[:3])
                for t in tokens[last:v]
            )
            if last == v or when or told or document or thing or m.first - 1 > v:
                quoted = next((q for q in sentence.mentions if q.quoted and q.first == m.last), None)
                if quoted is not None and m.anaphor:
                    return quoted  # "сообщили в компании «Мираторг»": the company by its name
                if m.speaker_id is not None or m.anaphor:
                    return m
                words = [t for t in tokens[m.first : last] if t.norm not in _SELF_WORDS]
                # The head noun and its adjectives in the nominative; what follows it is its complement ("МЗС
                # України", "Міністерстві оборони": "Міністерство оборони").
                head = next((k for k, w in enumerate(words) if w.acronym or not self._adjective(w)), len(words) - 1)
                heads = [self._nominative_word(w) for w in words[: head + 1]]
                if head == 1 and not words[1].acronym:
                    heads = self._nominative_pair(words[0], words[1])  # "в Національному банку": "Національний банк"
                entered = " ".join(heads + [w.text for w in words[head + 1 :]])
                text = self.text[words[0].start : words[-1].end]
                return Mention(m.first, last, text, kind="organization", entered=entered, group=m.group)
        return None

    def _genitive_form(self, token: Token) -> bool:
        """A lowercase Cyrillic noun the dictionary knows in the genitive, among its two best readings ("населення")."""
        if token.capitalized or token.in_quote or not is_cyrillic(token.text):
            return False
        return any(p.tag.POS == "NOUN" and p.tag.case == "gent" and p.is_known for p in self._parses(token)[:2])

    def _body_complement_end(self, tokens: list[Token], k: int) -> int:
        """Where a body's genitive complement from token k ends: genitive nouns, adjectives with their nouns, acronyms
        ("здравоохранения Курской области", "внутренних дел")."""
        while k < len(tokens) and self._adjacent(tokens, k):
            if self._genitive_pair(tokens, k, len(tokens)):
                k += 2
            elif self._genitive_noun(tokens[k]) or self._genitive_form(tokens[k]) or tokens[k].acronym:
                k += 1
            else:
                break
        return k

    def _genitive_pair(self, tokens: list[Token], k: int, v: int) -> bool:
        """Whether tokens k and k + 1, before the verb at v, are a Cyrillic adjective and its noun in the genitive
        ("внутренних дел", "Мангистауской области"), the second closing a body's complement."""
        if k + 1 >= v or not self._adjacent(tokens, k + 1) or not is_cyrillic(tokens[k].text):
            return False
        adjective = any(p.tag.POS == "ADJF" and p.tag.case == "gent" for p in self._parses(tokens[k]))
        noun = tokens[k + 1]
        return (
            adjective
            and not noun.capitalized
            and any(p.tag.POS == "NOUN" and p.tag.case == "gent" and p.is_known for p in self._parses(noun)[:2])
        )

    def _adjectives_before(self, tokens: list[Token], k: int) -> int:
        """Where the lowercase Cyrillic adjectives right before the noun at k begin ("в израильской армии": the
        adjective's index), after a preposition only; k itself when there are none."""
        first = k
        while first > 1 and self._adjacent(tokens, first) and not tokens[first - 1].capitalized:
            if tokens[first - 1].norm in _SELF_WORDS:
                first -= 1  # "в самой компании": the body itself
                continue
            if not is_cyrillic(tokens[first - 1].text) or not any(
                p.tag.POS == "ADJF" and not {"Apro", "Qual"} & p.tag.grammemes
                for p in self._parses(tokens[first - 1])[:1]
            ):
                break  # (not "в той партии", "в крупной партии": which or what kind of body, not whose)
            first -= 1
        return first if first < k and tokens[first - 1].norm in ("у", "в", "во", "на") else k

    def _named_channel(self, sentence: Sentence, v: int) -> Mention | None:
        """The channel or page named in quote marks after the verb ("розповіли у Telegram-каналі "Volynblog"",
        "сообщили в паблике «Ровно 24»"): its name, as an organisation; else None."""
        tokens = sentence.tokens
        for k in range(v + 2, min(v + 4, len(tokens) - 1)):
            if tokens[k - 1].norm not in ("у", "в", "во", "на") or tokens[k].in_quote:
                continue
            if not (tokens[k].norm.rpartition("-")[2].startswith("канал") or self._noun_lemmas(tokens[k]) & CHANNELS):
                continue
            quote = next((q for q in sentence.quotes if q[0] >= tokens[k].end), None)
            if quote is None or self.text[tokens[k].end : quote[0]].strip():
                return None
            first = self._token_at(sentence, quote[0] + 1)
            last = next((j for j in range(first, len(tokens)) if tokens[j].start > quote[1]), len(tokens))
            name = self.text[quote[0] + 1 : quote[1]].strip()
            if last <= first or not name[:1].isupper():
                return None
            # (a known name, though the words in quote marks are no mention of their own)
            known = self.index.matches([dataclasses.replace(t, in_quote=False) for t in tokens[first:last]])
            if known and known[0].first == 0:
                return Mention(first, first + known[0].last, name, known[0].speaker_id, known[0].kind)
            return Mention(first, last, name, kind="organization", entered=name)
        return None

    def _adverbial_word(self, token: Token) -> bool:
        """A word of an adverbial of time or manner between a verb and its place ("в п'ятницю", "вчора")."""
        if token.norm in PREPOSITIONS or token.norm in CALENDAR or token.text.isdigit():
            return True  # ("в пятницу, 6 октября,": a date)
        if self._noun_lemmas(token) & CALENDAR_LEMMAS:
            return True
        return any(p.tag.POS == "ADVB" or (p.tag.POS == "NOUN" and "accs" in p.tag) for p in self._parses(token)[:2])

    def _date_word(self, token: Token) -> bool:
        """A word of a date ("в четверг, 9 апреля"): a number, a preposition, a day or a month."""
        if token.text.isdigit() or token.norm in PREPOSITIONS or token.norm in CALENDAR:
            return True
        return bool(self._noun_lemmas(token) & CALENDAR_LEMMAS)

    def _qualified(self, tokens: list[Token], k: int) -> bool:
        """Whether lowercase token k is the noun the capitalised adjective before it qualifies ("Повітряних силах")."""
        noun, adjective = tokens[k], tokens[k - 1]
        if noun.capitalized or not is_cyrillic(noun.text) or not self._adjective(adjective):
            return False
        cases = {p.tag.case for p in self._parses(adjective)}
        return any(p.tag.POS == "NOUN" and p.tag.case in cases for p in self._parses(noun))

    def _role_word(self, word: str) -> bool:
        """Whether a single word, as entered, is a role noun ("Командир", "Minister")."""
        return bool(self._role_lemma(Token(0, len(word), word, normalize(word), False)))

    def _body_of_press_service(self, name: str) -> str:
        """The body a press service named with the body's own name speaks for, in the nominative ("пресслужба
        Міністерства цифрової трансформації": "Міністерство цифрової трансформації", "пресс-служба ФСБ по
        Челябинской области": "ФСБ по Челябинской области"); "" for any other name (and for a press service of a
        person or of a body by its kind: "пресс-служба губернатора", "пресс-служба суда")."""
        words = name.split(" ", 1)
        if len(words) < 2 or normalize(words[0]) not in PRESS_SERVICES or not words[1][:1].isupper():
            return ""
        head, _space, rest = words[1].partition(" ")
        token = Token(0, len(head), head, normalize(head), False)
        if not is_cyrillic(head):
            return words[1]
        if self._role_lemma(token) or any(
            {"Name", "Surn", "Patr"} & p.tag.grammemes for p in self._parses(token)[:2] if p.is_known
        ):
            return ""  # ("пресс-служба Олега Гурова", "пресслужба Президента України": a person's)
        if len(words[1].split()) >= 2 and self._first_name(token):
            return ""
        if not rest and any(p.tag.POS == "ADJF" for p in self._parses(token)[:2]):
            return ""  # ("пресслужба Зеленського": an adjectival surname alone)
        noun_word, _space, tail = rest.partition(" ")
        adjective = next((p for p in self._parses(token)[:2] if p.tag.POS == "ADJF" and p.tag.case == "gent"), None)
        if adjective is not None and noun_word and is_cyrillic(noun_word):
            # "Державного агентства з питань кіно": the adjective in the noun's gender ("Державне агентство")
            noun_token = Token(0, len(noun_word), noun_word, normalize(noun_word), False)
            noun = next((p for p in self._parses(noun_token)[:2] if p.tag.POS == "NOUN" and p.tag.case == "gent"), None)
            nominative = noun.inflect({"nomn"}) if noun is not None else None
            same = next(
                (
                    p
                    for p in self._parses(token)[:4]
                    if noun is not None
                    and p.tag.POS == "ADJF"
                    and p.tag.case == "gent"
                    and p.tag.gender == noun.tag.gender
                ),
                None,
            )
            agreeing = same.inflect({"nomn"}) if same is not None and noun.tag.gender else None
            if nominative is not None and agreeing is not None:
                first = agreeing.word[:1].upper() + agreeing.word[1:]
                return " ".join(filter(None, [first, nominative.word, tail]))
        return " ".join(filter(None, [self._nominative_word(token), rest]))

    def _nominative_of_genitive_name(self, words: list[Token]) -> str | None:
        """A Cyrillic person's name written in the genitive after a formula ("По словам Виталия Савельева") in the
        nominative ("Виталий Савельев"), every word read as a name in the genitive of one gender; else None."""
        if not words or len(words) > 3 or not all(w.capitalized and is_cyrillic(w.text) for w in words):
            return None
        forms = []
        for gender in ("masc", "femn"):
            forms = []
            for word in words:
                parse = next(
                    (
                        p
                        for p in self._parses(word)
                        if p.tag.case == "gent" and gender in p.tag and {"Name", "Surn", "Patr"} & p.tag.grammemes
                    ),
                    None,
                )
                inflected = parse.inflect({"nomn"}) if parse is not None else None
                if inflected is None:
                    break
                forms.append(inflected.word[:1].upper() + inflected.word[1:])
            if len(forms) == len(words):
                return " ".join(forms)
        return None

    def _nominative_word(self, token: Token) -> str:
        """A Cyrillic word in the nominative, its number and capital kept ("Кремлі": "Кремль", "силах": "сили")."""
        parse = self._parse(token)
        if parse is None or parse.tag.case in (None, "nomn") or token.acronym or not token.text[1:].islower():
            return token.text  # "ПриватБанку": a name with inner capitals is kept as written
        inflected = parse.inflect({"nomn"})
        word = inflected.word if inflected else token.text.lower()
        return word[:1].upper() + word[1:] if token.capitalized else word


def _deduplicate(candidates: list[Candidate], joint_spans: set[tuple[int, int]] = frozenset()) -> list[Candidate]:
    """Sorted by start; one candidate per span (one per speaker of a joint statement), and one per statement
    where two of one speaker overlap."""
    rank = {kind: i for i, kind in enumerate(KINDS)}
    kept: list[Candidate] = []
    for candidate in sorted(candidates, key=lambda c: (rank[c.kind], -(c.end - c.start), c.start)):
        clash = any(
            c.start < candidate.end
            and candidate.start < c.end
            and (c.speaker_id, c.speaker_mention) == (candidate.speaker_id, candidate.speaker_mention)
            for c in kept
        )
        same_span = any(
            (c.start, c.end) == (candidate.start, candidate.end)
            and (
                (c.start, c.end) not in joint_spans
                or (c.speaker_id, c.speaker_mention) == (candidate.speaker_id, candidate.speaker_mention)
            )
            for c in kept
        )
        if not clash and not same_span:
            kept.append(candidate)
    return sorted(kept, key=lambda c: (c.start, c.end))


LEAD_PARAGRAPHS = 3  # a headline, a subtitle or an abstract, and the lead
LEAD_WORDS = 12  # a lead paragraph's fewest words (a subtitle has fewer, or no full stop)
REPEATED_SHARE = 0.9  # nearly word for word: a teaser, not a summary
TOPIC_WORDS = 5  # "розповів про свої плани": a topic; a longer phrase after "про" says what was said
HEADLINE_SHARE = 0.0  # a headline rewords the body: its speaker speaking there is enough


# "Надежда, 54 года, Комрат: …", "Mary Roe, 54, a teacher: …": a name, an age, perhaps a place, a colon.
VOX_POP = re.compile(
    r"(?P<name>[A-ZА-ЯІЇЄҐЁ][^\W\d_]+(?:[ \t]+[A-ZА-ЯІЇЄҐЁ][^\W\d_]+)?),[ \t]*\d{1,3}(?:[ \t]*(?:год|года|лет|рік|"
    r"роки|років|years?[ \t]+old))?(?:,[ \t]*[^:\n]{1,40})?:[ \t]+"
)
_SIGNATURE = re.compile(r"[ \t]*[—–―-][ \t]*")  # the dash before the name that signs a quotation
TITLE_WORDS = 8  # the longest title in quote marks read as one ("The Nightly Show with Larry Wilmore")
# What a title follows: whose it is ("NBC's"), where it ran ("on", "in") or what it is called.
TITLE_BEFORE = re.compile(r"(?:['’]s|\b(?:on|in|of|the|titled|called|named|dubbed))\s*$", re.IGNORECASE)


def _title_case(content: str, words: list[str]) -> bool:
    """Whether English quoted words are written as a title: two to eight words, every one capitalised but the
    short function words ("State of the Union", "Fox and Friends"), nothing after a full stop or comma that ends
    it, no exclamation or question."""
    if len(words) < 2 or len(words) > TITLE_WORDS or is_cyrillic(content) or any(ch in content for ch in "!?;:"):
        return False
    if any(ch in content.rstrip(".,") for ch in ".,"):
        return False  # a sentence or two ("Yes, We Can."), not a title
    small = [w for w in words if w.lower() in ENGLISH_FUNCTION_WORDS and len(w) <= 4]
    capitalised = [w for w in words if w[:1].isupper()]
    return words[0][:1].isupper() and len(capitalised) >= 2 and len(capitalised) + len(small) >= len(words)


def _opens_clause(word: str) -> bool:
    """Whether an English word after "that" opens a clause: an article or a subject pronoun."""
    return word.lower() in ARTICLES or word.lower() in ("he", "she", "it", "they", "we", "i", "you", "there")


def _stems(text: str) -> set[str]:
    """The content words of a text by their first five letters: inflections and tenses alike ("praises",
    "praised"; "заявив", "заявила"), in any of the three languages."""
    return {word.casefold()[:5] for word in WORD.findall(text) if len(word) >= 4}


def _dash_opened(text: str) -> bool:
    """Whether a line opens with a dash that marks a turn of dialogue: a space after it, or the turn's capital glued to
    it ("- Когда?", "-Летом")."""
    return text[:1] in tuple(DASHES) and (text[1:2] in (" ", "\u00a0") or text[1:2].isupper())


def _same_speaker(one: Candidate, other: Candidate) -> bool:
    """The same known speaker, or the same words for an unknown one."""
    if one.speaker_id is not None or other.speaker_id is not None:
        return one.speaker_id == other.speaker_id
    # "Putin" and "Vladimir Putin": the same last word, by its first five letters.
    last = [WORD.findall(c.speaker_mention)[-1:] for c in (one, other)]
    return bool(last[0]) and _stems(last[0][0]) == _stems(last[1][0] if last[1] else "")


def _without_repeated_leads(candidates: list[Candidate], text: str) -> list[Candidate]:
    """Without the statements of the headline, subtitle or lead that the body reports again: a teaser of a
    statement, not another one ("Putin praises Trump at news conference." above "Mr. Putin … praised Mr.
    Trump"). Kept when no candidate of the body by the same speaker repeats nearly all of its words."""
    lines = list(itertools.islice(re.finditer(r"\S[^\n]*(?:\n|$)", text), LEAD_PARAGRAPHS))
    headline_first = bool(lines) and lines[0].group().strip().rstrip("\"'»”’")[-1:] not in TERMINAL
    if len(lines) == LEAD_PARAGRAPHS and headline_first and _full_paragraph(lines[1].group()):
        lines = lines[:2]  # a headline and its lead, no subtitle: the third paragraph is the body's
    lead_end = max((line.end() for line in lines), default=0)
    # A headline (a short first line without a full stop, or without a clause and with a blank line after it)
    # rewords what the body says: the body's statements by the same speaker are enough.
    first = lines[0] if lines else None
    headline = first is not None and len(first.group().split()) <= 15
    # Not a lead sentence with its reported clause ("Hart told reporters that the company …").
    headline = headline and not any(normalize(w) in COMPLEMENTIZERS for w in WORD.findall(first.group()))
    headline = headline and (
        not first.group().rstrip().endswith(".")
        or ("," not in first.group() and text[first.end() :].lstrip(" \t\r")[:1] == "\n")
    )
    headline_end = first.end() if headline else 0
    body = [(later, _stems(later.text)) for later in candidates if later.start >= lead_end]

    def repeated(candidate: Candidate) -> bool:
        stems = _stems(candidate.text)
        # A headline's quotation is the speaker's own words: a teaser only when the body repeats them.
        reworded = candidate.end <= headline_end and candidate.kind == "indirect"
        share = HEADLINE_SHARE if reworded else REPEATED_SHARE
        return len(stems) >= 3 and any(
            _same_speaker(later, candidate)
            and len(stems & later_stems) >= share * len(stems)
            # (a quotation whole, that the body quotes again only in part, is said twice: "“The broadcasters should
            # make the decision to go ahead,” he said" … "broadcasters “should make the decision to go ahead”")
            and not (candidate.kind == "direct" and later.kind != "direct" and candidate.end > headline_end)
            for later, later_stems in body
        )

    def attributed(candidate: Candidate) -> bool:
        # "Україна отримала ще 1570 терміналів.⏎⏎Про це X написав у Телеграмі.": the lead is what X said, whatever
        # the body quotes after it
        following = re.match(r"[\s.!?…\"'»”]*\n\s*", text[candidate.end :])
        if following is None:
            return False
        at = candidate.end + following.end()
        relay = RELAY_LEAD.match(text, at)
        return ANAPHORIC_ATTRIBUTION.match(text, relay.end() if relay else at) is not None

    return [c for c in candidates if c.start >= lead_end or not repeated(c) or attributed(c)]


def _full_paragraph(line: str) -> bool:
    """Whether a line is a paragraph of prose (a lead), not a subtitle: sentences of twelve words or more that end
    with a full stop, ! or ?."""
    line = line.strip()
    return len(WORD.findall(line)) >= LEAD_WORDS and line.rstrip("\"'»”’")[-1:] in TERMINAL


def extract_candidates(
    text: str,
    *,
    language: str | None = None,
    speakers: list[SpeakerRef] | None = None,
    outlets: list[str] | None = None,
) -> list[Candidate]:
    """Quote candidates in a plain text, sorted by start, with `text == source_text[start:end]`.

    `language` is the text's ISO 639-1 code (detected when None); `speakers` are the known speakers to
    recognise (claims.speakers.selectors.speaker_refs); without them every speaker is offered as new.
    `outlets` are the names of the news outlets the team knows (sources.selectors.outlet_names): given as a
    statement's source, they are its speaker, marked as media.
    """
    if not text.strip():
        return []
    language = (language or detect_language(text))[:2].lower()
    # A block quotation's marks ("> «…»", as Markdown writes it) are layout: read as the spaces of an indent.
    working = _BLOCK_QUOTE_MARKS.sub(lambda marks: " " * len(marks.group()), text)
    # Words a scraper glued together ("Об этомсообщают") are read apart; the candidates keep the given offsets.
    unglued, offsets = unglue(working, language)
    candidates = _Extractor(unglued, language, speakers or [], outlets or []).run()
    if offsets is None:
        if working == text:
            return candidates
        return [dataclasses.replace(candidate, text=text[candidate.start : candidate.end]) for candidate in candidates]
    moved = []
    for candidate in candidates:
        start = original_offset(offsets, candidate.start, len(text))
        end = original_offset(offsets, candidate.end - 1, len(text)) + 1 if candidate.end > candidate.start else start
        moved.append(dataclasses.replace(candidate, start=start, end=end, text=text[start:end]))
    return moved


def _words_quoted(quoted: str) -> bool:
    """Whether quote marks inside a sentence hold someone's words: three words or more, one in lower case; in
    Ukrainian and Russian the first in lower case too (a title or a name opens with a capital: «Сімнадцять
    миттєвостей весни»; an English quotation may open a sentence of its own inside the sentence)."""
    words = WORD.findall(quoted)
    if len(words) < 3 or not any(word[:1].islower() for word in words):
        return False
    return not is_cyrillic(quoted) or words[0][:1].islower()


# "так званий", "так называемый", "so-called": the writer's scare quotes follow.
_SO_CALLED = re.compile(r"(?:так\s+зван|так\s+называем|so-called)\w*\s*$", re.IGNORECASE)


# The journalist's own recall of what was reported, opening a sentence ("Як повідомлялося, …", "Напомним, …").
_JOURNALIST_OPENER = re.compile(
    r"\s*(?:як\s+повідомлялося|как\s+сообщалось|нагадаємо|напомним|зазначимо|отметим)\b", re.IGNORECASE
)


# Bodies that speak where they are named ("наголосили в агентстві": the agency named before, though "агентство
# «Інтерфакс»" names itself).
_IMPERSONAL_ANAPHORS = ORG_ANAPHORS | {"агентство"}
# English nouns that make a body of the name before them ("The Biden administration", "the Trump campaign").
_BODY_MAKING_NOUNS = ORG_NOUNS | {"administration", "campaign", "team", "camp", "family"}
# Nouns for a kind of body or outlet, by lemma ("агентство ТАСС", "партія ЄС").
_KIND_NOUNS = ORG_KIND_NOUNS | BODY_NOUNS | ORG_ANAPHORS
# A person's age between commas after their name ("Ramil Carr, 31, a photographer, said"): no comma of its own.
_AGE = re.compile(r",\s*\d{1,3}(?=\s*,)")
# A message introduced by its content, not by a verb of its speaker ("отримав повідомлення такого змісту:").
_MESSAGE_OF = re.compile(
    r"(?:такого|следующего|наступного)\s+(?:змісту|содержания)\s*:\s*$|(?:such|following)\s+(?:message|text)\s*:\s*$",
    re.I,
)
# The marks that open the lines of a block quotation: ">" (or "> >"), each followed by a space or the line's end.
_BLOCK_QUOTE_MARKS = re.compile(r"(?m)^(?:[ \t]*>)+(?=[ \t]|$)(?![ \t]*\d)")  # (not "> 50 км/год": more than)


@functools.cache
def _role_prefixes() -> frozenset[str]:
    return form_prefixes(ROLE_NOUNS, "uk") | form_prefixes(ROLE_NOUNS, "ru")


# English adverbs without "-ly" that stand between "and" and a verb ("and later said", "but then added").
# Connectives that may open a sentence before "Об этом"/"Про це" attributes the sentence before (general vocabulary).
_ANAPHORIC_LEAD = re.compile(
    r"(?:В\s+частности|В\s+том\s+числе|Также|Кроме\s+того|При\s+этом|Ранее|Зокрема|Також|Крім\s+того|Раніше"
    r"|Водночас|Тим\s+часом)\s*,?\s+",
)
# Countries by their Cyrillic acronyms (general vocabulary): "Президент США" names a country in its title.
_COUNTRY_ACRONYMS = frozenset("сша рф кнр фрг фрн кндр оаэ оае юар".split())
# English words of the first or second person: quoted words with them are someone's speech, not an outlet's prose.
_FIRST_OR_SECOND_PERSON = re.compile(
    r"\b(?:I|I['’](?:m|ve|ll|d)|[Mm]e|[Mm]y|[Ww]e|[Ww]e['’](?:re|ve|ll)|us|[Oo]ur|[Yy]ou|[Yy]our)\b"
)
# What may follow an English verb of reporting to the sentence's end: when it was reported, at most.
_WHEN_ONLY = re.compile(
    r"\s*(?:(?:on\s+)?(?:\w+day|today|earlier|late\w*|last\s+\w+|this\s+\w+)(?:\s+(?:morning|evening|night))?)?\s*[.!]?\s*"
)
# People who speak for a body, in the plural after the clause they report ("…, заявили представители Госдепа").
_REPRESENTATIVE_NOUNS = frozenset("представитель представник".split())
_UK_TO_RU = str.maketrans({"і": "и", "ї": "и", "є": "е"})  # Ukrainian letters as Russian writes the same names
_UK_COUNTRY_ENDINGS = ("щина", "ччина", "ща", "ія")  # of Ukrainian countries' names (general grammar)
# Passive participles of adopting a document, by their start ("ухваленій", "принятой", "схваленому").
_ADOPTED_STEMS = ("ухвален", "схвален", "прийнят", "принят", "одобрен")
_INTERVIEW_NOUNS = frozenset("интервью інтервʼю інтерв'ю беседе розмові эфире ефірі".split())  # told to an outlet in
_EN_ADVERBS = frozenset("later then also again still soon even just often never always once already afterwards".split())
# A pronoun owner of a document ("в его заявлении", "у її зверненні"): its author is who the pronoun stands for.
_DOCUMENT_OWNER_PRONOUN = re.compile(r"\b(его|её|ее|його|її)\s+[^\W\d_]+\s*$", re.IGNORECASE)
# English words after which "with X" is whom one met or spoke with, not a clause of X's own ("met with X urging").
_MEETING_WORDS = frozenset(
    """met meet meets meeting meetings spoke speak speaks talked talk talks call calls phone conversation
    conversations interview interviews sided agreed along together""".split()
)
# English adjectives that open a title ("fellow GOP contender", "former EU negotiator").
_TITLE_ADJECTIVES = frozenset("fellow former rival top senior veteran longtime current then".split())
# English words for one person, besides the roles and professions ("a local resident stood up").
_EN_PERSON_NOUNS = frozenset(
    "resident woman man girl boy mother father wife husband daughter son friend neighbour neighbor person".split()
)
# Words that make the sentence before an outlet's "…, передает X" someone else's or nobody's words: a source brought
# in ("по данным полиции", "за прогнозом Нацбанку", "согласно …", "уверены в Кремле"), a statement noun ("З окремою
# заявою виступив X"), citing another source ("з посиланням на CNN"), an agentless verb ("Сообщается, что …").
_OTHERS_WORDS = re.compile(
    r"\b(?:по\s+данным|за\s+даними|по\s+словам|за\s+словами|по\s+информации|за\s+інформацією|по\s+мнению|на\s+думку|"
    r"по\s+прогнозу|за\s+прогнозом|по\s+оценке|за\s+оцінкою|по\s+версии|за\s+версією|согласно|згідно|відповідно\s+до|"
    r"уверены|уверен|уверена|впевнені|впевнений|впевнена|считают|вважають|заяв\w*|посиланням|ссылкой|сообщается|"
    r"повідомляється|стало\s+(?:відомо|известно)|повідомлен\w*|сообщени\w*)\b",
    re.IGNORECASE,
)
# The endings of East Slavic surnames in the nominative, a man's or a woman's (general grammar).
_NOMINATIVE_SURNAME = re.compile(r"(?:[оеё]в|[иы]н|[оеё]ва|[иы]на|ский|цкий|ская|цкая|енко|ський|цький|ська|цька)$")
_MASCULINE_SURNAME = re.compile(r"(?:[оеё]в|[иы]н|ский|цкий|ський|цький)$")  # a man's surname in the nominative
_SURNAME_ENDING = re.compile(r"(?:ов|ев|ёв|ин|ын|ск|цк|ськ|зьк|цьк)(?:а|ой|ою|у|ым|им|е|ого|ому|ом|ої|ій|ій|і|ої)?$")
# Prepositions of whom or what something went to or was about, not where it was said ("до Служби безпеки",
# "проти уряду"; not "from": "ответ из Минфина" is the ministry's).
_OBJECT_PREPOSITIONS = frozenset("до для проти про к ко для против о об".split())
# "Сам" in the locative, as in "в самой компании", "у самому відомстві": the body itself.
_SELF_WORDS = frozenset("самой самом самій самому".split())
# English titles of office before a surname alone ("President Obama", "Senator Warren"; not "General Motors",
# "Admiral Kuznetsov" the ship).
_SURNAME_TITLES = frozenset(
    """president senator governor chancellor minister mayor congressman congresswoman judge ambassador speaker
    representative premier""".split()
)
# A relative clause of reporting inserted in a sentence ("…, о чём писал Царьград, …", "…, про що повідомляв X, …"):
# the relative pronoun right before the verb.
_RELAY_RELATIVE = re.compile(
    r",\s*(?:о\s+ч[её]м|про\s+що|про\s+яке|про\s+який|о\s+котором|о\s+которой)\s+$", re.IGNORECASE
)
# Titles a handle may open with before a surname ("SpeakerRyan", "SenSanders"), lower case; "" for the bare surname.
_HANDLE_TITLES = frozenset("sen rep gov senator speaker mayor dr potus".split()) | {""}
# A post embedded as markup in scraped news: `<tweet pic="" author="HillaryClinton" …>…</tweet>`, `<tweet
# tweet-author="@FoxBusiness" …>…<tweet/>` (a scraper's closing tag).
_EMBEDDED_POST = re.compile(
    r'<tweet\b[^>]*?\bauthor="(?P<author>@?\w+)"[^>]*(?<!/)>(?P<content>.*?)(?:</tweet>|<tweet/>)', re.DOTALL
)


def _squashed(name: str) -> str:
    """A name in lower case with only its letters and digits ("Martin O’Malley": "martinomalley"), as handles
    write it."""
    return "".join(ch for ch in name.lower() if ch.isalnum())


# English number words that open a sentence ("Fifty percent of Europeans said"): no name.
_EN_NUMBER_WORDS = frozenset(
    """one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen
    eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million half""".split()
)
# Words of connectives and time that may open a sentence whose subject is left out ("При этом добавила, что …",
# "Кроме того, отметил, что …", "Позже заявила, что …").
_ZERO_SUBJECT_OPENERS = frozenset(
    """при этом цьому кроме того крім окрім позже пізніше впоследствии згодом однако однак впрочем кстати далее далі
    вместе с тем разом з тим""".split()
)
# An adjective of nationality, by its ending ("украинский", "російського", "американська").
_NATIONALITY = re.compile(r"(?:с|ц|зь|сь|ць)к(?:ий|ая|ое|ого|ому|им|ом|ой|ую|а|е|ої|ій|ою|у|і)$")
# The stems of a parliament's name right after its chair's title ("председатель Госдумы", "голова парламенту"), whom
# the text may call "спікер".
PARLIAMENT_STEMS = ("госдум", "парламент", "сейм", "кнесет", "бундестаг", "меджліс", "меджлис")
# Adjectives ending as a nationality's do that name no country ("міський голова", "городской", "областной").
_NO_NATIONALITY = tuple(
    "міськ городск обласн областн районн сільськ сельск державн государствен національн национальн".split()
)
_ORG_ANAPHOR_PREFIXES = frozenset(word[:3] for word in ORG_ANAPHORS | SUBJECT_BODIES)


@functools.lru_cache(maxsize=100_000)
def _parse_word(word: str, language: str) -> tuple:
    """pymorphy3's parses of a normalised word: parsing is the slow part of extraction, words repeat."""
    return tuple(morph(language).parse(word.replace(APOSTROPHE, "'")))


@functools.lru_cache(maxsize=20_000)
def _indeclinable(word: str) -> bool:
    """Whether a capitalised Cyrillic word reads as a foreign name that does not decline: it ends in a vowel the
    Slavic declensions give no man's name in the nominative ("Деди", "Тутерте", "Гарсиа")."""
    return normalize(word)[-1:] in "еиоуэюі"


DEEMED_NEEDFUL = re.compile(r"\s+(?:нужным|необходимым|возможным|целесообразным|своим\s+долгом)\b")
_APPOSITION_GAP = re.compile(r"\s*(?:\([^()]{1,60}\)\s*)?,\s*")  # "Уильям Дэрити (William Darity), профессор"


def _unknown_in_a(word: str, parses: tuple) -> bool:
    """A capitalised Cyrillic word in -а/-я or -ян that the dictionary does not know and whose guessed readings are
    all in another case than the nominative ("Салимзода", read as the genitive of a "Салимзод" no text writes;
    "Хоптян", as "of the Хоптяне"): a foreign name that does not decline, or a woman's, in the nominative as well."""
    norm = normalize(word)
    return (
        bool(parses)
        and (norm[-1:] in "ая" or norm.endswith("ян"))
        and not any(p.is_known for p in parses)
        and not any("nomn" in p.tag or p.tag.case is None for p in parses)
    )


def _nominative_name(name: str, language: str, case: str | None = None) -> str:
    """A Cyrillic person's name as a new speaker is entered: in the nominative ("Олега Іванова" gives "Олег
    Іванов", "Ирины Соколовой" "Ирина Соколова"), each word kept in its gender; unchanged unless the
    dictionaries read every word as a first name, surname or patronymic. With `case`, the name is read in that
    case where the word allows it ("accs": "процитировал Путина" is "Путин", not the woman "Путина")."""
    words = name.split()
    particles = [k for k, w in enumerate(words) if w.lower() in CONNECTORS]
    if particles and len(particles) < len(words) and is_cyrillic(name):
        # "Урсули фон дер Ляєн": the name's own words in the nominative, its particles as they are
        core = _nominative_name(" ".join(w for w in words if w.lower() not in CONNECTORS), language, case).split()
        if len(core) == len(words) - len(particles):
            parts = iter(core)
            return " ".join(w if k in particles else next(parts) for k, w in enumerate(words))
        return name
    if not words or not all(is_cyrillic(w) and w[:1].isupper() for w in words):
        return name
    if any(len(w) > 1 and w.isupper() for w in words) and not any(w[1:].islower() for w in words):
        return name  # an acronym is no name that declines ("НАТО" is not "Ната"; "Олени ЗЕЛЕНСЬКОЇ" is a name)
    code = language if language in ("uk", "ru") else "uk"
    # The first name says the gender ("Олега Иванова" is his, though "Иванова" may be hers).
    first_names = {
        g
        for word in words
        for p in _parse_word(normalize(word), code)
        if "Name" in p.tag
        for g in ("masc", "femn")
        if g in p.tag
    }
    gender = _agreeing_gender(words, code)
    if gender is None:
        gender = first_names.pop() if len(first_names) == 1 else _name_gender(name)
    parsed = [[p for p in _parse_word(normalize(w), code) if {"Name", "Surn", "Patr"} & p.tag.grammemes] for w in words]
    if case is None and len(words) > 1:
        # The case the words share ("Хельмута Деди", "Гельмута Деді": the genitive of the first name), so that
        # a word read in another case is no form of a namesake ("Деді" as the dative of "Дед").
        cases = [{p.tag.case for p in named} for named in parsed if named]
        # (none shared: the first name's, the word that rarely misleads)
        shared = (set.intersection(*cases) or cases[0]) if cases else set()
        case = next((c for c in ("nomn", "gent", "datv", "accs", "ablt", "loct") if c in shared), None)
        case = None if case == "nomn" else case
    result = []
    for word, named in zip(words, parsed, strict=True):
        # (a woman's surname that ends in a consonant does not decline either: "с Еленой Левен")
        consonant = (
            gender == "femn" and normalize(word)[-1:] not in "аеёиоуыэюяіїєь'’ʼ" and normalize(word)[-1:].isalpha()
        )
        after_first_name = word is not words[0] and any("Name" in p.tag for p in parsed[0])
        fixed = _indeclinable(word) or (
            consonant and after_first_name and word[1:].islower() and not any("Name" in p.tag for p in named)
        )
        if case is None and _unknown_in_a(word, _parse_word(normalize(word), code)):
            result.append(word)  # "Салимзода заявил": read as the subject, it is in the nominative
            continue
        first_genders = {p.tag.gender for p in parsed[0] if "Name" in p.tag and "nomn" in p.tag}
        first_in_nominative = bool(first_genders)
        other_first_name = (
            bool(named)
            and all("Name" in p.tag and "nomn" not in p.tag for p in named)
            and any(p.tag.gender in first_genders for p in named)
        )
        if case is None and after_first_name and first_in_nominative and other_first_name:
            result.append(word)  # "Майя Санду": a surname that reads only as another first name's other case
            continue
        if case:
            named = [p for p in named if case in p.tag] or ([] if fixed else named)
        if gender:
            agreeing = [p for p in named if gender in p.tag or p.tag.gender is None]
            if named and not agreeing and case is None and after_first_name:
                result.append(word)  # "Стивен Тайлор" (a surname the dictionary reads as forms of a woman's name)
                continue
            named = agreeing or named
        if not named and fixed:
            result.append(word)  # a foreign surname that does not decline ("Деди", "Тутерте")
            continue
        if not named:
            return name
        if any(("nomn" in p.tag or p.tag.case is None) and "plur" not in p.tag for p in named):
            result.append(word)
            continue
        singular = next((p for p in named if "plur" not in p.tag), None)
        # The Ukrainian dictionary has no "sing" to ask for: the nominative of the same number then.
        inflected = singular and (singular.inflect({"nomn", "sing"}) or singular.inflect({"nomn"}))
        if inflected is None:
            return name
        result.append(inflected.word.replace("'", APOSTROPHE)[:1].upper() + inflected.word[1:])
    return " ".join(result)


def _name_readings(word: str, code: str) -> set[tuple[str, str, bool]]:
    """(gender, case, plural) in which the dictionary reads a word as a first name, surname or patronymic; a
    reading without a gender counts for both."""
    return {
        (g, p.tag.case, "plur" in p.tag)
        for p in _parse_word(normalize(word), code)
        if {"Name", "Surn", "Patr"} & p.tag.grammemes
        for g in ("masc", "femn")
        if g in p.tag or p.tag.gender is None
    }


def _agreeing_gender(words: list[str], code: str) -> str | None:
    """The one gender in which every word of a name can be a name (first name, surname, patronymic) in one
    case: "Віталія Поворозника" is his genitive (not "Віталія", hers), "Олени Петренко" her genitive."""
    readings = [{(g, case) for g, case, plural in _name_readings(word, code) if not plural} for word in words]
    readings = [reading for reading in readings if reading]  # a word no dictionary reads as a name agrees with any
    if not readings:
        return None
    genders = {g for g, case in readings[0] if all((g, case) in reading for reading in readings[1:])}
    return genders.pop() if len(genders) == 1 else None


def _one_case(words: list[str], code: str) -> bool:
    """Whether the words can be one person's name in some case and number (any gender)."""
    readings = [{(case, plural) for _g, case, plural in _name_readings(word, code)} for word in words]
    return bool(set.intersection(*readings)) if readings else False


# A name after an English title that says its gender ("Mr Walkington"), nothing else.
_TITLED_NAME = re.compile(
    rf"({'|'.join(title.capitalize() for title in TITLE_GENDERS)})\.? [A-Z][\w'\-]+(?: [A-Z][\w'\-]+)?"
)


@functools.lru_cache(maxsize=20_000)
def _name_gender(name: str, *, first_names_only: bool = False) -> str | None:
    """ "masc" or "femn" when the dictionaries read a Cyrillic name's first names and surnames (or only its
    first names) as one gender ("Терезы Мэй" feminine, "Джонсона" masculine); None when they cannot tell."""
    genders = set()
    wanted = {"Name"} if first_names_only else {"Name", "Surn"}
    words = WORD.findall(name)
    # "Рам Эмануэль": the last word of a full name is the surname, whatever given name it may also be
    surname_last = first_names_only and len(words) > 1 and all(w[:1].isupper() for w in words)
    for k, word in enumerate(words):
        if not is_cyrillic(word) and word[:1].isupper():
            # "Andrew Hale": an English given name's gender, when it has one, read only before a surname
            # ("Warren said" is Elizabeth Warren).
            english = given_name_genders(word.lower()) if k + 1 < len(words) and words[k + 1][:1].isupper() else ()
            genders |= set(english) if len(english) == 1 else set()
            continue
        if not is_cyrillic(word) or not word[:1].isupper() or (surname_last and k == len(words) - 1):
            continue
        for language in ("ru", "uk"):
            # Only what the dictionary knows: its guesses for an unknown word ("Укрлет") may read any gender.
            parses = _parse_word(normalize(word), language)
            named = [p for p in parses if wanted & p.tag.grammemes and p.is_known]
            # "Соколова" is she, not his genitive (the Ukrainian dictionary leaves the nominative untagged).
            nominative = [p for p in named if ("nomn" in p.tag or p.tag.case is None) and "plur" not in p.tag]
            named = nominative if first_names_only else nominative or named
            word_genders = {g for p in named for g in ("masc", "femn") if g in p.tag}
            if len(word_genders) == 1:
                genders |= word_genders
                break
    last = normalize(words[-1]) if words else ""
    if (
        not genders
        and not first_names_only
        and len(words) > 1
        and is_cyrillic(last)
        and words[-1][:1].isupper()
        and _MASCULINE_SURNAME.search(last)
        and not any("Surn" in p.tag.grammemes for p in _parse_word(last, "ru"))
    ):
        genders.add("masc")  # "Касым-Жомарт Токаев": a surname the dictionaries do not know, a man's by its ending
    return genders.pop() if len(genders) == 1 else None


def _noun_gender(word: str) -> str | None:
    """ "masc" or "femn" when the dictionary of the text's language knows a capitalised word only as a noun of
    that gender in the nominative, and neither dictionary knows it as a first name, surname or patronymic
    ("Білорусь" feminine, "Кремль" masculine; not "Мельник", a miller and a surname): a place or a body that
    cannot be the subject of a past verb of the other gender ("Білорусь …, наголосив X")."""
    genders = set()
    for language in ("uk", "ru"):
        parses = _parse_word(normalize(word), language)
        if any({"Name", "Surn", "Patr"} & p.tag.grammemes for p in parses):
            return None
        if parses and all(p.is_known for p in parses):
            genders |= {
                g
                for p in parses
                if p.tag.POS == "NOUN" and "nomn" in p.tag
                for g in ("masc", "femn", "neut")
                if g in p.tag
            }
    return genders.pop() if len(genders) == 1 and genders <= {"masc", "femn"} else None


def _ukrainian_participle_infinitive(participle: str, lemmas: frozenset[str]) -> str:
    """The verb of a Ukrainian adverbial participle, which the dictionary keeps as its own lemma
    ("заявивши" gives "заявити", "заявляючи" "заявляти", "говорячи" "говорити")."""
    for ending in ("вши", "ши", "ючи", "учи", "ячи", "ачи"):
        if participle.endswith(ending):
            stem = participle[: -len(ending)]
            for infinitive_ending in ("ти", "ити", "ати", "яти", "іти"):
                if stem + infinitive_ending in lemmas:
                    return stem + infinitive_ending
    return participle


def _outlet_key(words: list[str]) -> str:
    """An outlet's name as compared: its words in lower case, without a leading article ("The Daily Courier")."""
    words = [word.casefold() for word in words]
    return " ".join(words[1:] if len(words) > 1 and words[0] == "the" else words)


def _without_ex(word: str) -> str:
    """A word without the prefix of a former office ("екс-міністр", "экс-премьер", "ex-president")."""
    for prefix in ("екс-", "экс-", "ex-"):
        if word.startswith(prefix) and len(word) > len(prefix) + 2:
            return word[len(prefix) :]
    if EX_OFFICE.match(word):
        return word[3:]  # "експремʼєр", "экспрезидент", "ексміністра": written as one word
    return word


def _in_order(letters: str, word: str) -> bool:
    """Whether the letters occur in the word in that order."""
    rest = iter(word)
    return all(letter in rest for letter in letters)


def _same_holder(holder: tuple | None, speaker: tuple) -> bool:
    """Whether a role's holder, as resolved, is the speaker: the same known speaker, or the same name as written."""
    return bool(holder) and (holder[1] is not None and holder[1] == speaker[1] or holder[0] == speaker[0])


def _role_key(lemma: str) -> str:
    """One key for a role, its short form ("премьер-министр" and "премьер") and a woman's form ("міністерка"), with
    its status word ("избранный президент" is not "президент")."""
    role, _bar, status = lemma.partition("|")
    role = FEMININE_ROLES.get(role, role)  # ("міністерка" is the office "міністр" named before)
    # ("керівник фракції" is the "голова фракції" named before: one key for the words for a head, whose body
    # _heads_other_body compares)
    role = "голова" if role in HEAD_ROLES or role in CHAIR_ROLES else role
    status = "former" if status in FORMER_STATUS else status  # "бывший премьер" is the "экс-премьер"
    status = "" if status in NEW_STATUS else status  # "новый министр" is the minister now
    return role.split("-")[0] + ("|" + status if status else "")


# What makes the plural of a noun of saying a noun: an owner or a determiner right before it ("Ginsburg’s comments",
# "his remarks", "the notes").
_EN_NOUN_BEFORE = re.compile(
    r"(?:['’ʼ]s?|\b(?:the|a|an|his|her|their|its|our|my|your|these|those|such|these|whose))\s+$", re.IGNORECASE
)

# An English prepositional phrase of place that is all of a content after "reported" ("reported from Oakland, Calif.;
# Gearan, from Washington"): a byline, nobody's words.
_EN_FROM_PLACE = re.compile(
    r"from [A-Z][\w.]*(?:[ ,]+[A-Z][\w.]*)*"
    r"(?:\s*[;,]\s*[A-Z]\w+(?: [A-Z]\w+)*,? from [A-Z][\w.]*(?:[ ,]+[A-Z][\w.]*)*)*[.;]?\s*\Z"
)
_DOMAIN_END = re.compile(r"\.(?:[a-z]{2,4})\b", re.IGNORECASE)  # a site's last label after its name: ".md", ".ru"
# An aside between dashes that ends right before a verb ("Alan Beith – who chairs the committee – said"): a relative
# clause, a prepositional phrase or an apposition with no dash inside, and no quote marks but around a name. (Names
# between the dashes are who the subject is: "сторонники выхода — Борис Джонсон и Дэвид Дэвис — заявили".)
_DASHED_ASIDE = re.compile(r"\s[–—]\s+(?P<opening>(?:[^–—\"«»“”.;:]|«[^«»]{1,40}»){3,150}?)\s[–—]\s*\Z")
# English words for a part of a group before "of the" ("some of the Democrats said"): who of them speaks.
_EN_PARTITIVES = frozenset("some many most all one each none both several few majority half rest two three".split())
# Connectives that open with a word a dictionary reads as a name ("Тем не менее", "Тим часом").
_CONNECTIVE_PAIRS = frozenset(
    [("тем", w) for w in ("не", "временем", "более", "самым", "паче")]
    + [("тим", w) for w in ("часом", "самим", "більше", "не")]
)
# The gender of a singular Cyrillic relative pronoun ("который" after "Сбербанка").
_RELATIVE_GENDERS = {
    **dict.fromkeys("який котрий который".split(), "masc"),
    **dict.fromkeys("яка котра которая".split(), "femn"),
    **dict.fromkeys("яке которое".split(), "neut"),
}
# The endings of a Slavic surname that declines as an adjective ("Ярошевского", "Вишневецкой").
_ADJECTIVAL_SURNAME = re.compile(r"(?:ск|цк)(?:ий|ого|ому|им|ом|ая|ой|ую)$")
_NEWS_ADDRESS = re.compile(r"\.[a-z]{2}\b", re.IGNORECASE)  # a country's address: ".ru", ".ua", ".md"
_OWN_WORDS = re.compile(r"\s*(?::|,\s*(?:что|що|чтобы|щоб)\b)")  # what a participle of saying says follows
# A quotation's closing mark and the comma or dash of the author's words, right before a word ("», — заключили",
# "», заключает эксперт").
_COORDINATED_PRONOUN = re.compile(r",\s*(?:but|and|але|та|і|но|а|и)\s+(?:[^\W\d_]+\s+)?\Z", re.IGNORECASE)
_AFTER_QUOTE_DASH = re.compile(rf"[»\"”]\s*(?:,\s*(?:[{DASHES}]\s*)?|[{DASHES}]\s*)\Z")
_NEXT_WORD = re.compile(r"\s*([^\W\d_]+)")
_WORD_AHEAD = re.compile(r"[\s,:]*([^\W\d_]+)")  # the next word, past a comma or colon
_EN_AMOUNT_ABOUT = re.compile(
    r"(?:much|little|nothing|more|anything|something|a\s+lot)\s+(?:about|on)\b", re.IGNORECASE
)
# English records, polls and figures named as the source, by their last word in lower case ("Exit polls", "Fox poll",
# "Real Clear Politics average", "Federal Election Commission filings"; not "U.S. Geological Survey"): content of
# documents without a speaker.
# The head of an English institution's name, before its records ("Labor Department figures").
_EN_INSTITUTION = re.compile(
    r"\b(?:Department|Ministry|Office|Bureau|Agency)$"  # (not "Federal Election Commission filings": records)
)
_EN_RECORD = re.compile(
    r"(?<![^\s])(?:polls?|polling|average|filings?|records|data|surveys?|tally)$"
    # (and laws and treaties: "The American Health Security Act of 2009 … proposed a national system")
    r"|(?<![^\s])(?:Act|Amendment|Treaty|Accord)(?:\s+of\s+\d{4})?$|\w\s+Bill$"  # (not "Bill", a first name)
)
# A signature line after a quotation that fills its paragraph: its closing mark and punctuation, a line break, maybe a
# blank line, and a dash with a name of up to six words ending the line ("”⏎⏎- Bernie Sanders.").
_SIGNATURE_LINE = re.compile(
    r"[\"'”»“’.!?…\s]{0,4}?[ \t]*\r?\n(?:[ \t]*\r?\n)?[ \t]*[-–—][ \t]*"
    r"(?P<name>[A-ZА-ЯІЇЄҐЁ][\w'’ʼ.-]*(?:[ \t]+[A-ZА-ЯІЇЄҐЁ][\w'’ʼ.-]*){0,5}?)\.?[ \t]*(?:\r?\n|$)"
)
# English plural nouns for people, by ending or word ("advisers", "officials", "aides", "residents"; not "documents").
_EN_PEOPLE = re.compile(
    r"(?:ers|ors|ists|ians|ants|(?<!m)ents|ees|ives|aides|officials|staffers|sources|members|men|people|leaders)$"
)
# What an English verb of saying points to rather than says: "the following" (what comes after it), and, after a verb
# of answering, the words answered ("responded to Henry's tweet").
_EN_POINTER = re.compile(r"the\s+following\b(?![^:]*:\s*\S)", re.IGNORECASE)  # (not "the following: the deal is …")
_EN_ANSWERED = re.compile(r"to\s+(?!(?:be|have|do|make|take|go|get)\b)\S", re.IGNORECASE)
# An English question's topic after its addressee ("asked the frontrunner about the kerfuffle"): no question asked.
_EN_ASKED_ABOUT = re.compile(
    r"asked\s+(?:(?!to\b)\S+\s+){1,4}?about\b(?!.*\b(?:whether|if|why|how|what|when)\b)", re.IGNORECASE
)
_GAVE_INTERVIEW = re.compile(
    r"\b(?:дал[аи]?|дав|дала|дали|gave|has\s+given)\s+(?:an?\s+)?(?:интервью|інтерв['’ʼ]ю|interview)\b", re.IGNORECASE
)
_PASSIVE_SAYING = re.compile(DOCUMENT_VERBS)
_EN_PERFECT_BEFORE = re.compile(r"\b(?:has|have|had)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_EN_COUNTED_BEFORE = re.compile(r"\b(?:those|these|both|all|many|several|other|some|few|\d+)\s+$", re.IGNORECASE)
_EN_CLAUSE_AHEAD = re.compile(r"(?:\s+(?:at|in|on|during|about|to|from|over)\b[^,;.:“”\"]{0,50}?)?\s+that\s")


def _words_in(text: str) -> list[str]:
    return WORD.findall(text)


_QUOTE_MARK = re.compile('["«»“”„]')


def _without_regions(text: str) -> str:
    """The text without the states or nations after a city's comma (", New York", ", Md.")."""
    return _REGION_AFTER_CITY.sub(
        lambda m: "" if m.group(1).lower() in EN_REGIONS or m.group(1).endswith(".") else m.group(), text
    )


_REGION_AFTER_CITY = re.compile(r",\s*([A-Z][a-z]+(?: [A-Z][a-z]+)?|[A-Z][a-z]{1,4}\.)(?=\s*,)")
# An English adverb by its ending ("specifically", "apparently", "reportedly"; not "Sally", "Kelly").
_EN_ADVERB = re.compile(r"[a-z]{4,}(?:ical|ed|ate|ent|ous|ive|ful|less|ing|ant|ial|ar)ly")
# An American lawmaker's party and state after the name ("R-Wis.", "D-N.Y.", "I-Vt.").
_PARTY_STATE = re.compile(r"[RDI]-[A-Z][A-Za-z]{0,3}\.?(?:[A-Z]\.)*")
# Words that open an embedded question ("… about his decision, including why he will not support Donald Trump"):
# who is named after one is not what the sentence is about.
EMBEDDING_WH = frozenset("whether why how чи".split())
# What something was hailed as, in quote marks ("heralded the deal as a “breakthrough”").
_EN_CALLED_AS = re.compile(r"[^.!?“\"]{0,80}?\bas\s+(?:a\s+|an\s+|the\s+)?[“\"]")
# Words that end the tag of a quotation before another clause ("“…,” Trump said as talks continued").
_EN_TAG_BREAKS = frozenset("as while when and but after before because since though although".split())
# A quotation's tag: its closing comma, question or exclamation mark and quote mark, then a few words of who ("…,”
# he", "…?” asked the host and"), or a colon or comma and an opening quote mark right after the verb.
_EN_TAG_BEFORE = re.compile(r"[,?!…—-]\s*[”\"’']\s*(?:[\w.’'-]+\s+){0,4}$")
_EN_TAG_AFTER = re.compile(r"\s*[:,]\s*[“\"‘']")
