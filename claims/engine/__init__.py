"""Claim extraction: direct quotations and reported speech attributed to speakers.

Pure Python, no Django: ``extract(text)`` returns an :class:`Extraction`.

The stages, each in its own module and depending only on those above it:

- ``text``, ``meta``: paragraphs, sentences, quotation marks, headings, bylines, dates;
- ``lexicon`` (with ``data/*.json``), ``speakers``: word lists, names and titles;
- ``cast``: the people and organisations named so far, and who a title or pronoun means;
- ``frames``: a cue, its speaker and what was said, and where a statement ends;
- ``subjects``: who speaks, found back from a cue;
- ``quotations``: direct speech and the attributions around it;
- ``reported``: reported speech after a verb or a marker such as "according to";
- ``interviews``: question-and-answer pieces;
- ``extractor``: the article read paragraph by paragraph, speakers resolved, claims built;
- ``checkworthiness``, ``evaluation``: scores, and the scoring against hand annotations.
"""

from .extractor import extract
from .types import ArticleMeta, ExtractedClaim, Extraction, Speaker

__all__ = ["ArticleMeta", "ExtractedClaim", "Extraction", "Speaker", "extract"]
