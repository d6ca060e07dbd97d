"""Claim extraction: direct quotations and reported speech attributed to speakers.

Pure Python, no Django: ``extract(text)`` returns an :class:`Extraction`.

The stages, each in its own module and depending only on those above it:

- ``text``, ``meta``: paragraphs, sentences, quotation marks, headings, bylines, dates;
- ``lexicon`` (with ``data/*.json``), ``speakers``: word lists, names and titles;
- ``phrases``: the noun phrase of a name, title or body read from tokens, offices and
  department lists included;
- ``cast``: the people and organisations named so far, and who a title or pronoun means;
- ``frames``: a cue, its speaker and what was said, and where a statement ends;
- ``subjects``: who speaks, found back from a cue;
- ``quotations``: direct speech and the attributions around it;
- ``reported``: reported speech after a verb or a marker such as "according to";
- ``interviews``: question-and-answer pieces;
- ``resolution``: who a frame's mention is, and the speaker of a participle cue;
- ``leads``: lines with no statement of their own that name the speaker of what follows
  (a caption line, a list lead, a person acting right before a quotation);
- ``extractor``: the article read paragraph by paragraph, claims built;
- ``checkworthiness``, ``evaluation``: scores, and the scoring against hand annotations.
"""

from .extractor import extract
from .types import ArticleMeta, ExtractedClaim, Extraction, Speaker

__all__ = ["ArticleMeta", "ExtractedClaim", "Extraction", "Speaker", "extract"]
