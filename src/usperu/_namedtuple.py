"""`NamedTuple`: typing.NamedTuple's class syntax and behaviour, at a quarter of its cost.

Every record, index entry and token of usperu is a named tuple. Defining one with
`typing.NamedTuple` costs ~1M CPU instructions (`collections.namedtuple` compiles its
constructor with `eval`, and typing sets the class's bases again, updating every slot);
usperu defines 30, which put the JSON commands over the start-up goal (README,
'Performance'). This base class gives the same classes for ~0.25M each: tuples, with
`__slots__ = ()`, one read-only property per field, defaults, `_fields`,
`_field_defaults`, `_make`, `_replace`, `_asdict`, the same `repr`, and pickling. Type
checkers see `typing.NamedTuple` itself, so mypy checks every field and constructor
call as before.

Only documented Python: a metaclass that adds `__slots__ = ()` to the class body, and
reads the fields from the class's `__annotations__` attribute once the class exists
(not from the class body's namespace, which Python 3.14 no longer fills). The tests
compare it with typing.NamedTuple on every supported Python (tests/test_namedtuple.py).
"""

from operator import itemgetter
from typing import TYPE_CHECKING, Any

__all__ = ["NamedTuple"]

if TYPE_CHECKING:
    from typing import NamedTuple
else:
    _tuple_new = tuple.__new__
    _MISSING = object()
    """The default of a field that has none, while the arguments are matched to fields."""

    class _NamedTupleType(type):
        """Build a named tuple class from its annotated fields (see the module's docstring)."""

        def __new__(mcls, name: str, bases: tuple[type, ...], namespace: dict[str, Any]) -> type:
            namespace.setdefault("__slots__", ())
            cls = super().__new__(mcls, name, bases, namespace)
            if bases == (tuple,):  # NamedTuple itself
                return cls
            if bases != (NamedTuple,):
                raise TypeError(f"{name}: a named tuple class derives from NamedTuple alone")
            fields = tuple(cls.__dict__.get("__annotations__", None) or cls.__annotations__)
            defaults = {field: namespace[field] for field in fields if field in namespace}
            required = fields[: len(fields) - len(defaults)]
            if any(field in defaults for field in required):
                raise TypeError(f"{name}: a field without a default follows one with a default")
            cls._fields = fields
            cls._field_defaults = defaults
            cls._defaults = tuple(defaults.get(field, _MISSING) for field in fields)
            cls.__match_args__ = fields
            if cls.__doc__ is None:
                cls.__doc__ = f"{name}({', '.join(fields)})"
            for index, field in enumerate(fields):
                setattr(cls, field, property(itemgetter(index), doc=f"Alias for field number {index}"))
            return cls

    class NamedTuple(tuple, metaclass=_NamedTupleType):
        """The base of usperu's named tuple classes: see the module's docstring."""

        def __new__(cls, *args: Any, **kwargs: Any) -> Any:
            given = len(args)
            if given == len(cls._fields) and not kwargs:
                return _tuple_new(cls, args)
            if given > len(cls._fields):
                raise TypeError(f"{cls.__name__}() takes {len(cls._fields)} arguments but {given} were given")
            values = args + tuple(map(kwargs.pop, cls._fields[given:], cls._defaults[given:]))
            if kwargs:
                name = next(iter(kwargs))
                what = "multiple values for argument" if name in cls._fields else "an unexpected keyword argument"
                raise TypeError(f"{cls.__name__}() got {what} {name!r}")
            if _MISSING in values:  # then look for it by identity, which `in` checks first
                missing = [field for field, value in zip(cls._fields, values, strict=True) if value is _MISSING]
                if missing:
                    raise TypeError(f"{cls.__name__}() missing required argument: {missing[0]!r}")
            return _tuple_new(cls, values)

        @classmethod
        def _make(cls, iterable: Any) -> Any:
            made = _tuple_new(cls, iterable)
            if len(made) != len(cls._fields):
                raise TypeError(f"Expected {len(cls._fields)} arguments, got {len(made)}")
            return made

        def _replace(self, /, **changes: Any) -> Any:
            made = self._make(map(changes.pop, self._fields, self))
            if changes:
                raise TypeError(f"Got unexpected field names: {list(changes)!r}")
            return made

        def _asdict(self) -> dict[str, Any]:
            return dict(zip(self._fields, self, strict=True))

        def __repr__(self) -> str:
            pairs = ", ".join(f"{field}={value!r}" for field, value in zip(self._fields, self, strict=True))
            return f"{type(self).__name__}({pairs})"

        def __getnewargs__(self) -> tuple[Any, ...]:
            return tuple(self)
