import importlib.util
import json
import math
from pathlib import Path

from claims.engine.checkworthiness import (
    MODEL_FILE,
    feature_names,
    features,
    load_model,
    score,
)

ROOT = Path(__file__).resolve().parents[2]


def test_a_past_event_with_figures_reads_as_checkable():
    assert score("Police arrested 14 people in Leeds on Tuesday after a fight outside a bar.") > 0.5
    assert score("The company cut 3,700 jobs last year, about half of its workforce.") > 0.5


def test_a_plain_account_of_what_happened_reads_as_checkable():
    assert score("The truck hit the car and the driver was taken to hospital.") > 0.5


def test_rhetoric_and_opinion_read_as_not_checkable():
    assert score("We must stand together and never give up on our great nation!") < 0.5
    assert score("Let us be clear: the people deserve better than this shameful government.") < 0.5
    assert score("I think this is a very important moment for our country.") < 0.5


def test_a_rhetorical_question_reads_as_not_checkable():
    assert score("Who will pay for all this?") < 0.5


def test_a_call_to_act_reads_as_less_checkable_than_the_same_words_reported():
    urged = "urged the council to limit the rise in council tax to three per cent"
    reported = "the council limited the rise in council tax to three per cent"
    assert score(urged) < score(reported)
    assert "call_to_act" in features(urged)
    assert "stance_verb" in features("criticised the decision to close the mine")


def test_figures_outweigh_the_same_words_without_them():
    assert score("Exports to China fell by 12% in 2023.") > score("Exports to China fell.")


def test_the_us_is_not_the_first_person():
    assert "first_person" not in features("The US imposed sanctions on the bank in 2019.")
    assert "first_person" in features("They imposed sanctions on us.")


def test_the_weights_file_has_a_prior_and_a_fitted_weight_per_feature():
    data = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    assert math.isfinite(data["bias"]) and math.isfinite(data["bias_prior"])
    for item in data["features"]:
        assert math.isfinite(item["weight"]) and math.isfinite(item["prior"]), item["name"]


def test_the_training_script_writes_weights_the_engine_loads(tmp_path, capsys):
    spec = importlib.util.spec_from_file_location(
        "train_checkworthiness", ROOT / "scripts" / "train_checkworthiness.py"
    )
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    output = tmp_path / "checkworthiness.json"

    script.main(["--l2", "30", "--output", str(output)])

    assert "cross-validated auc=" in capsys.readouterr().out
    model = load_model(output)
    assert [f.name for f in model.features] == feature_names()
    assert all(math.isfinite(w) for w in model.weights.values())
