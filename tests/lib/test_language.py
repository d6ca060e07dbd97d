from pathlib import Path

import pytest

from claims.errors import UnsupportedLanguage
from claims.lib.language import detect_language, ensure_supported_language

SAMPLES = Path(__file__).resolve().parents[2] / "claims" / "sample_data"

FRENCH = (
    "Le président de la République a déclaré mardi que la réforme des retraites serait "
    "mise en œuvre malgré l'opposition des syndicats. « Nous ne reculerons pas », a-t-il "
    "affirmé devant les journalistes réunis à l'Élysée, ajoutant que le gouvernement "
    "présenterait un nouveau calendrier dans les prochaines semaines."
)
GERMAN = (
    "Der Bundeskanzler sagte am Dienstag, dass die Reform trotz des Widerstands der "
    "Gewerkschaften umgesetzt werde. „Wir werden nicht zurückweichen“, erklärte er vor "
    "Journalisten in Berlin und fügte hinzu, dass die Regierung in den kommenden Wochen "
    "einen neuen Zeitplan vorlegen werde."
)


@pytest.mark.parametrize("path", sorted(SAMPLES.glob("*.txt")), ids=lambda p: p.stem)
def test_the_sample_articles_are_english(path: Path) -> None:
    assert detect_language(path.read_text(encoding="utf-8")) == "en"


def test_a_french_paragraph_is_french() -> None:
    assert detect_language(FRENCH) == "fr"


def test_a_german_paragraph_is_german() -> None:
    assert detect_language(GERMAN) == "de"


def test_detection_is_deterministic() -> None:
    assert {detect_language(FRENCH) for _ in range(5)} == {"fr"}


def test_only_the_opening_of_a_long_text_decides() -> None:
    assert detect_language(GERMAN * 5 + FRENCH * 200) == "de"


@pytest.mark.parametrize("text", ["", "   \n", "2024 12 5 100%"])
def test_text_without_language_is_undetermined(text: str) -> None:
    assert detect_language(text) == "und"


def test_english_is_supported() -> None:
    text = (SAMPLES / "wana-khamenei-unity-conference.txt").read_text(encoding="utf-8")

    assert ensure_supported_language(text) == "en"


def test_other_languages_are_refused_by_name() -> None:
    with pytest.raises(UnsupportedLanguage, match=r"in French \(fr\); only English"):
        ensure_supported_language(FRENCH)


def test_undetermined_text_is_refused() -> None:
    with pytest.raises(UnsupportedLanguage, match="could not be determined"):
        ensure_supported_language("12 34 56")
