"""Read statements of a fixed shape, written once as SQL text and run on the DB-API cursor.

A cold events answer reads a few hundred rows of kept counts in two or three statements;
through `Connection.execute` SQLAlchemy's execution (its context, its result, a `Row` for
each row) cost two to four times what `sqlite3` spent on them (docs/serve.md, serve18).
A statement whose shape is known (no list of values of unknown length: each list value is
its own parameter, so its length is part of the shape) is compiled once per dialect by
SQLAlchemy into SQL text with its parameters named, and each run binds the values on the
driver's own cursor, whose rows are its own tuples. One path for SQLite and PostgreSQL:
the compiler writes each dialect's paramstyle. A read begins no transaction of its own,
and its errors are the driver's, not wrapped in `sqlalchemy.exc`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa


@dataclass(frozen=True)
class DriverStatement:
    """A statement's SQL text for one dialect, the names of its parameters in the order the
    text takes them (None: the paramstyle names them, the values go as a mapping), and the
    values the statement holds itself (its constants, bound as SQLAlchemy binds them)."""

    sql: str
    order: tuple[str, ...] | None
    constants: Mapping[str, Any]

    def run(self, connection: sa.Connection, values: Mapping[str, Any]) -> Any:
        """A DB-API cursor that ran the statement with these values."""
        given = {**self.constants, **values}
        bound: Any = given if self.order is None else [given[name] for name in self.order]
        cursor = connection.connection.dbapi_connection.cursor()
        cursor.execute(self.sql, bound)
        return cursor


def driver_statement(statement: sa.Select, dialect: sa.Dialect) -> DriverStatement:
    """`statement` compiled for `dialect`; its parameters are `sa.bindparam`s without a type
    that converts values (the driver is given them as they are). A list of values (an
    `IN`'s expanding parameter, a filter's modalities) is a constant of the statement: each
    value is written as its own parameter, so the list is part of the shape; a value the
    dialect writes into the text (`literal_execute`) is written there once, as SQLAlchemy
    writes it at each execution."""
    compiled = statement.compile(dialect=dialect)
    required = {name: None for name, bind in compiled.binds.items() if bind.required}
    expanded = compiled.construct_expanded_state(required)
    constants = {name: value for name, value in expanded.parameters.items() if name not in required}
    order = tuple(expanded.positiontup) if compiled.positional else None
    return DriverStatement(expanded.statement, order, constants)


def listed_parameters(name: str, length: int) -> list[sa.BindParameter[Any]]:
    """Parameters `name_0`, `name_1`, ... for a list of `length` values, each bound apart, so
    that the list's length is part of the statement's shape (no expanding parameter)."""
    return [sa.bindparam(f"{name}_{at}") for at in range(length)]


def listed_values(name: str, values: Iterable[Any]) -> dict[str, Any]:
    """The values of `listed_parameters(name, ...)`, by their names."""
    return {f"{name}_{at}": value for at, value in enumerate(values)}
