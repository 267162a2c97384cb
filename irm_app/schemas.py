"""JSON Schemas of the data model, published in docs/schema/ (regenerate: python -m irm_app.schemas)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from pydantic import BaseModel

from . import model
from .interchange import InterchangeDoc

SCHEMAS: dict[str, type[BaseModel]] = {
    "interchange.schema.json": InterchangeDoc,
    "assessment.schema.json": model.Assessment,
    "score.schema.json": model.Score,
    "evidenceitem.schema.json": model.EvidenceItem,
}


def render(cls: type[BaseModel]) -> str:
    return json.dumps(cls.model_json_schema(), indent=2, ensure_ascii=False) + "\n"


def write_all(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, cls in SCHEMAS.items():
        (folder / name).write_text(render(cls), encoding="utf-8")


if __name__ == "__main__":
    write_all(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/schema"))
