"""Claim extraction: direct quotations and reported speech attributed to speakers.

Pure Python, no Django: ``extract(text)`` returns an :class:`Extraction`.
"""

from .extractor import extract
from .types import ArticleMeta, ExtractedClaim, Extraction, Speaker

__all__ = ["ArticleMeta", "ExtractedClaim", "Extraction", "Speaker", "extract"]
