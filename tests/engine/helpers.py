"""What the engine attributes in a text, as the engine tests compare it."""

from claims.engine import extract


def said(text: str) -> list[tuple[str | None, str]]:
    """(speaker, claim text) for every claim the engine finds in ``text``, in order."""
    return [(c.speaker, c.text) for c in extract(text).claims]
