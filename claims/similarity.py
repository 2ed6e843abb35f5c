"""Do two reports describe the same statement? Scores what they share across languages.

Used by the quote form's same-statement suggestions and the review page's possible duplicates.
The analyst or editor decides; nothing here links or merges anything by itself.
"""

import re
from dataclasses import dataclass, field

import text as textproc

_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_CAPITALISED = re.compile(r"\b[A-ZА-ЯІЇЄҐЁ][\w’'ʼ-]+", re.UNICODE)
_STOP_NAMES = {"the", "in", "on", "a", "і", "та", "в", "у"}


@dataclass
class Features:
    lemmas: set[str] = field(default_factory=set)
    numbers: set[str] = field(default_factory=set)
    names: set[str] = field(default_factory=set)  # skeleton keys of capitalised words, any script

    def add(self, text: str, language: str) -> "Features":
        if not text:
            return self
        self.lemmas |= {lemma for lemma in textproc.lemmas(text, language) if len(lemma) > 3}
        self.numbers |= {number.replace(",", ".") for number in _NUMBER.findall(text)}
        for word in _CAPITALISED.findall(text):
            if textproc.normalize(word) not in _STOP_NAMES:
                self.names |= textproc.name_keys(word, language)
        return self


def score(a: Features, b: Features) -> int:
    """Names and numbers weigh most: they survive translation; shared lemmas count once each."""
    return 3 * len(a.names & b.names) + 3 * len(a.numbers & b.numbers) + len(a.lemmas & b.lemmas)


def claim_features(claim) -> Features:
    """Everything said about a claim in every language (uses prefetched quotes and translations)."""
    features = Features().add(claim.summary, claim.summary_language)
    for translation in claim.summary_translations.all():
        features.add(translation.text, translation.language)
    for quote in claim.quotes.all():
        features.add(quote.text, quote.source.language)
        for translation in quote.translations.all():
            features.add(translation.text, translation.language)
    return features
