"""Invented articles in common wire-service styles, with the claims a reader would record.

Each expected claim is (speaker surname or None, a substring the claim text must contain).
"""

from pathlib import Path

HERE = Path(__file__).with_name("articles")

AP_STYLE = (HERE / "ap_style.txt").read_text(encoding="utf-8")

AP_EXPECTED = [
    ("Blinken", "the talks had made"),
    ("Blinken", "a deal was not yet within reach"),
    ("Blinken", "We are closer than we were a week ago"),
    ("Blinken", "But there is still work to do."),
    ("Yellen", "The economy grew by 3.2 percent last year"),
    ("Yellen", "That is the fastest pace since 2015."),
    ("World Health Organization", "more than 2 million children missed vaccinations"),
    ("Warren", "criticized the proposal"),
    ("Warren", "it would hurt working families"),
    ("Warren", "This is a disgrace"),
    ("Warren", "We will fight it."),
    ("Warren", "would cut taxes for the wealthiest 1 percent"),
    ("Sunak", "called for closer cooperation on migration"),
    ("Sunak", "Britain had already sent 400 officers"),
]

REUTERS_STYLE = (HERE / "reuters_style.txt").read_text(encoding="utf-8")

REUTERS_EXPECTED = [
    ("Lammy", "urged Iran to release detained journalists"),
    ("Lammy", "Britain will not stand by while journalists are jailed"),
    ("Lammy", "We have raised this with Tehran at every level."),
    ("Lammy", "The detentions must end now"),
    ("Kanaani", "the journalists had violated Iranian law"),
    ("Kanaani", "Tehran would respond"),
    ("Lammy", "We will keep up the pressure."),
    ("Kanaani", "Iran is a sovereign country."),
]

TWO_SPEAKERS = (HERE / "two_speakers.txt").read_text(encoding="utf-8")

TWO_SPEAKERS_EXPECTED = [
    ("Kremlin", "Russia had withdrawn 5,000 troops"),
    ("Peskov", "Western criticism as"),
    ("Peskov", "the exercises were routine"),
    ("Zelensky", "the withdrawal was a"),
    ("Zelensky", "Russia has never kept its word"),
    ("Zelensky", "We have seen this before."),
    # "Scholz, who pledged a further …": a pledge is reported like "Scholz pledged …".
    ("Scholz", "a further 500 million euros in military aid"),
    ("Scholz", "Germany stands with Ukraine"),
    ("Scholz", "the first deliveries would arrive in May"),
    ("Zelensky", "Kyiv had received 12 air-defence systems since January"),
    ("Peskov", "There were no such talks."),
]

ARTICLES = [
    ("ap", AP_STYLE, AP_EXPECTED),
    ("reuters", REUTERS_STYLE, REUTERS_EXPECTED),
    ("two_speakers", TWO_SPEAKERS, TWO_SPEAKERS_EXPECTED),
]
