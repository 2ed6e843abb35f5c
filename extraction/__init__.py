"""Quote candidates in plain text: quoted words and reported speech, each with its speaker.

Pure Python on top of `text`: no models, no database. Callers pass the speakers they know
(`claims.speakers.selectors.speaker_refs` reads them from the database).
"""

from extraction.candidates import KINDS, Candidate, SpeakerRef, extract_candidates, find_quotes

__all__ = ["KINDS", "Candidate", "SpeakerRef", "extract_candidates", "find_quotes"]
