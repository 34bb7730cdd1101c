"""benchmarks/agreement.py: one annotation read as the predictions score.py takes."""

from __future__ import annotations

import importlib.util
from pathlib import Path

_PATH = Path(__file__).resolve().parents[2] / "benchmarks" / "agreement.py"
_SPEC = importlib.util.spec_from_file_location("agreement", _PATH)
assert _SPEC is not None and _SPEC.loader is not None
agreement = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(agreement)

GOLD = {
    "persons": [
        {"name": "Ana Ruiz", "aliases": ["Ruiz"], "role": "Foreign Minister", "affiliation": "Peru"},
        {"name": "Tom Berg", "aliases": [], "optional": True},
    ],
    "countries": [{"name": "Peru", "aliases": ["Peruvian"]}],
    "statements": [
        {"speaker": "Ruiz", "text": "We will talk", "kind": "direct"},
        {"speaker": "Tom Berg", "text": "Maybe", "kind": "indirect", "optional": True},
    ],
    "meetings": [
        {
            "kind": "call",
            "participants": [{"name": "Ana Ruiz"}, {"name": "Lee Kim", "aliases": ["Kim"]}],
            "start": "2024-05-02",
            "status": "past",
        }
    ],
    "timexes": [{"text": "Thursday", "value": "2024-05-02", "scored": True}],
}


def test_required_items_become_predictions_linked_by_name() -> None:
    pred = agreement.as_prediction(GOLD)
    names = {a["id"]: (a["kind"], a["name"]) for a in pred["actors"]}
    assert sorted(names.values()) == [("country", "Peru"), ("other", "Lee Kim"), ("person", "Ana Ruiz")]
    assert [(names[s["actor_id"]][1], s["text"]) for s in pred["statements"]] == [
        ("Ana Ruiz", "We will talk")
    ]
    (meeting,) = pred["meetings"]
    assert [names[i][1] for i in meeting["participant_ids"]] == ["Ana Ruiz", "Lee Kim"]
    assert (meeting["kind"], meeting["start"], meeting["status"]) == ("call", "2024-05-02", "past")
    assert pred["timexes"] == [{"text": "Thursday", "value": "2024-05-02"}]


def test_an_actor_named_twice_is_one_record() -> None:
    gold = {"persons": [{"name": "Ana Ruiz", "aliases": ["Ruiz"]}, {"name": "Ruiz", "aliases": []}]}
    assert len(agreement.as_prediction(gold)["actors"]) == 1
