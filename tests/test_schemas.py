"""The published JSON Schemas are the models' own: regenerate them when a model changes."""

from pathlib import Path

import pytest

from irm_app.schemas import SCHEMAS, render

DOCS = Path(__file__).resolve().parent.parent / "docs" / "schema"


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_published_schema_matches_the_model(name: str) -> None:
    assert (DOCS / name).read_text(encoding="utf-8") == render(SCHEMAS[name]), (
        f"docs/schema/{name} is stale: run python -m irm_app.schemas"
    )
