"""storage/ owns every SQL statement: no other runtime package writes SQL or runs it on a connection."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
OUTSIDE_STORAGE = ("trustwatch", "connectors", "classifiers", "alerts", "flows", "cli", "web")
SQL_START = re.compile(r"^\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|ALTER|DROP|WITH|COPY|ATTACH)\b")
RUNS_SQL = frozenset({"execute", "executemany", "fetch_dicts", "scalar", "sql", "query"})


def sql_in(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and SQL_START.match(node.value):
            found.append(f"{path.relative_to(REPO)}:{node.lineno}: SQL text {node.value.strip()[:40]!r}")
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in RUNS_SQL:
            found.append(f"{path.relative_to(REPO)}:{node.lineno}: .{node.func.attr}(...)")
    return found


@pytest.mark.parametrize("package", OUTSIDE_STORAGE)
def test_no_sql_outside_storage(package: str) -> None:
    found = [line for path in sorted((REPO / package).rglob("*.py")) for line in sql_in(path)]
    assert found == []
