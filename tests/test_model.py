"""The Frozen record base: immutable, typed, comparable, like a frozen dataclass."""

from __future__ import annotations

import pytest

from usperu import Note, Statement
from usperu._model import Frozen


class Point(Frozen):
    x: int
    y: int = 0
    tags: tuple[str, ...] = ()


class Point3(Point):
    z: int = 0


def test_fields_by_position_keyword_and_default() -> None:
    assert Point(1, 2) == Point(x=1, y=2) == Point(1, y=2)
    assert Point(1).y == 0 and Point(1).tags == ()
    assert Point3(1, 2, ("a",), 3).z == 3 and Point3._fields == ("x", "y", "tags", "z")


def test_immutable() -> None:
    point = Point(1)
    with pytest.raises(AttributeError, match="immutable"):
        point.x = 2  # type: ignore[misc]
    with pytest.raises(AttributeError, match="immutable"):
        del point.x
    with pytest.raises(AttributeError):
        point.w = 1


def test_wrong_fields_are_type_errors() -> None:
    with pytest.raises(TypeError, match="needs the field 'x'"):
        Point()  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="has no field 'w'"):
        Point(1, w=2)  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="takes 3 fields, not 4"):
        Point(1, 2, (), 4)  # type: ignore[call-arg]


def test_equality_hash_repr_replace() -> None:
    assert Point(1) != Point3(1)  # different types never compare equal
    assert Point(1) != (1, 0, ())
    assert hash(Point(1, 2)) == hash(Point(1, 2))
    assert {Point(1), Point(1)} == {Point(1)}
    assert repr(Point(1, 2)) == "Point(x=1, y=2, tags=())"
    assert Point(1, 2)._replace(y=5) == Point(1, 5)


def test_records_are_frozen(statement: Statement) -> None:
    note = Note("t", "s", "high")
    with pytest.raises(AttributeError):
        note.text = "changed"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        statement.achievements[0].title = "changed"  # type: ignore[misc]
