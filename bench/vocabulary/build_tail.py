"""Write the rare-word tails (uk_tail.txt, ru_tail.txt) from the pymorphy3 dictionaries.

Run once by hand (`.venv/bin/python bench/vocabulary/build_tail.py`); the lists are shipped. Each line is
"POS lemma" for a dictionary lemma that is a plain noun, adjective or verb (no names, abbreviations,
slang, archaisms or misprints), so the long tail of the benchmark's vocabulary is real words.
"""

import random
import sys
from pathlib import Path

import pymorphy3

HERE = Path(__file__).resolve().parent
POS = {"NOUN": "N", "ADJF": "A", "INFN": "V"}
AVOID = {"Name", "Surn", "Patr", "Geox", "Orgn", "Trad", "Abbr", "Slng", "Arch", "Infr", "Erro", "Dist", "Litr", "Rare"}
COUNT = 6000


def tail(language: str) -> list[str]:
    morph = pymorphy3.MorphAnalyzer(lang=language)
    seen: dict[str, str] = {}
    for word, tag, normal_form, _para, idx in morph.dictionary.iter_known_words(""):
        if idx != 0 or word != normal_form or not (5 <= len(word) <= 14) or not word.isalpha():
            continue
        pos = POS.get(tag.POS)
        if pos is None or AVOID & tag.grammemes or word in seen:
            continue
        seen[word] = pos
    words = sorted(seen)
    chosen = sorted(random.Random(f"tail-{language}").sample(words, COUNT))
    return [f"{seen[word]} {word}" for word in chosen]


if __name__ == "__main__":
    for code in sys.argv[1:] or ["uk", "ru"]:
        (HERE / f"{code}_tail.txt").write_text("\n".join(tail(code)) + "\n", encoding="utf-8")
