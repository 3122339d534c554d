from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

import summarizer
from summarizer.comparators import comparator_of
from summarizer.schema import ArticleFacts, Quantity, schema_version
from summarizer.storage.schema_files import render_document, schema_documents
from tests.conftest import ROOT


def test_exported_schemas_match_the_models() -> None:
    """Fails when a model changes without `summarizer schema --write schemas`."""
    for name, document in schema_documents().items():
        committed = (ROOT / "schemas" / name).read_text(encoding="utf-8")
        assert committed == render_document(document), f"schemas/{name} drifted: re-export it"


def test_schema_version_tracks_descriptions(monkeypatch: pytest.MonkeyPatch) -> None:
    before = schema_version()
    assert len(before) == 12
    from pydantic import create_model

    changed = create_model("ArticleFacts", __base__=ArticleFacts, summary=(str, "x"))
    assert schema_version(changed) != before


def test_every_fact_is_optional() -> None:
    empty = ArticleFacts()
    assert empty.summits == [] and empty.article.headline is None
    assert ArticleFacts.model_validate({}) == empty


def test_extra_fields_are_refused_so_the_model_is_reasked() -> None:
    with pytest.raises(ValidationError):
        ArticleFacts.model_validate({"confidence": 0.9})


@pytest.mark.parametrize(
    ("raw", "value"), [("500%", 500), ("500 percent", 500), ("1,200", 1200), (84, 84), ("2.5", 2.5)]
)
def test_quantity_accepts_number_text(raw: object, value: float) -> None:
    assert Quantity(value=raw).value == value


def test_quantity_keeps_qualifiers_without_inventing_precision() -> None:
    q = Quantity.model_validate(
        {"value": 80, "qualifier": "more_than", "as_written": "more than 80"}
    )
    assert q.qualifier == "more_than" and q.value == 80
    with pytest.raises(ValidationError):
        Quantity(value="eighty-four")


def test_every_scored_field_declares_a_comparator() -> None:
    from pydantic import BaseModel

    def walk(model: type[BaseModel]) -> None:
        for name, info in model.model_fields.items():
            assert comparator_of(info) is not None, f"{model.__name__}.{name}"
            for arg in (*getattr(info.annotation, "__args__", ()), info.annotation):
                inner = getattr(arg, "__args__", (arg,))
                for cls in inner:
                    if isinstance(cls, type) and issubclass(cls, BaseModel) and cls is not model:
                        walk(cls)

    walk(ArticleFacts)


def test_field_descriptions_reach_the_model() -> None:
    schema = json.dumps(ArticleFacts.model_json_schema())
    assert "not in this article" not in schema  # instructions are phrased as field descriptions
    assert "Never infer missing values" in schema
    assert "Verbatim passages" in schema


def test_public_api_is_complete_and_sorted() -> None:
    assert summarizer.__all__ == sorted(summarizer.__all__)
    for name in summarizer.__all__:
        assert getattr(summarizer, name) is not None
    with pytest.raises(AttributeError):
        summarizer.does_not_exist  # noqa: B018
