"""The leave-one-article-out evaluation command on the seed gold."""

import re
from io import StringIO
from pathlib import Path

from django.core.management import call_command

from tests.conftest import GOLD, SAMPLES


def test_evaluate_positions_prints_top1_and_top3_per_article_and_overall():
    out = StringIO()
    call_command("evaluate_positions", str(GOLD), texts=str(SAMPLES), stdout=out)
    lines = out.getvalue().splitlines()
    figures = [re.search(r"top-1 (\d+)%, top-3 (\d+)%", line) for line in lines]
    found = [(int(m[1]), int(m[2])) for m in figures if m]
    assert len(found) == len(list(Path(GOLD).glob("*.gold.json"))) + 1
    assert all(top1 <= top3 for top1, top3 in found)
    overall_top1, overall_top3 = found[-1]
    assert overall_top3 >= 90  # the suggestions a fact-checker sees hold the right one
    assert overall_top1 >= 80  # and the first suggestion is right for most claims
