"""Every problem code is declared once, documented in docs/data.md, and made somewhere.

A code is what scripts and tests rely on when a message is reworded, so the list
an analyst reads must be the list the code has: no code missing, none extra, none
with words that have drifted from its declaration.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from lantern.data import problem_codes
from lantern.data.problem_codes import BY_CODE, CODES, ProblemCode, files, reference, rows
from lantern.data.problem_codes.schema import FRICTIONLESS, SCHEMA_OTHER
from lantern.data.problems import Problem

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs" / "data.md"
DATA = ROOT / "plugins" / "lantern" / "data"
ROW = re.compile(r"^\| `([^`]+)` \| \*\*(.+?)\.\*\* (.+) \| (.+) \|$")


def documented() -> list[tuple[str, ...]]:
    """(code, title, meaning, fix) of each row of the tables under 'What each problem means'."""
    text = DOCS.read_text(encoding="utf-8")
    section = text.split("### What each problem means", 1)[1].split("\n## ", 1)[0]
    return [m.groups() for line in section.splitlines() if (m := ROW.match(line))]


def test_no_code_is_declared_twice() -> None:
    twice = [code for code, n in Counter(c.code for c in CODES).items() if n > 1]
    assert twice == []
    assert len(BY_CODE) == len(CODES)


def test_every_declared_code_is_documented_and_every_documented_one_declared() -> None:
    in_docs = [row[0] for row in documented()]
    assert [c for c, n in Counter(in_docs).items() if n > 1] == [], "documented twice"
    declared = {c.code for c in CODES}
    assert sorted(declared - set(in_docs)) == [], "declared, not in docs/data.md"
    assert sorted(set(in_docs) - declared) == [], "in docs/data.md, not declared"


def test_the_docs_say_what_each_declaration_says() -> None:
    for code, title, meaning, fix in documented():
        declared = BY_CODE[code]
        assert (title, meaning, fix) == (declared.title, declared.meaning, declared.fix), code


def test_a_problem_of_an_undeclared_code_cannot_be_made() -> None:
    made_up = ProblemCode("made-up", "Made up", "Not declared.", "None.")
    with pytest.raises(ValueError, match="made-up"):
        Problem("values.csv", 2, "period", "Wrong.", kind=made_up)
    # A copy of a declared code under its name, with other words, is not the declaration.
    impostor = ProblemCode("empty-cell", "Empty", "Another meaning.", "Another fix.")
    with pytest.raises(ValueError, match="empty-cell"):
        Problem("values.csv", 2, "period", "Wrong.", kind=impostor)


@pytest.mark.parametrize("code", ["Missing_Column", "missing column", "-missing", "missing-"])
def test_a_code_is_lower_case_words_and_hyphens(code: str) -> None:
    with pytest.raises(ValueError, match="lower-case"):
        ProblemCode(code, "Title", "Meaning.", "Fix.")


def test_every_code_is_one_lantern_makes() -> None:
    """A documented code no rule can report would send an analyst looking for nothing."""
    source = "\n".join(p.read_text(encoding="utf-8") for p in DATA.glob("*.py"))
    for module in (files, rows, reference):
        for name, value in vars(module).items():
            if isinstance(value, ProblemCode):
                assert re.search(rf"\.{name}\b", source), f"{value.code} is never made"
    schema_codes = {c for c in CODES if c.code.startswith("schema-")}
    assert schema_codes == {*FRICTIONLESS.values(), SCHEMA_OTHER}


def test_the_package_gathers_every_module_of_codes() -> None:
    modules = {p.stem for p in Path(problem_codes.__file__).parent.glob("*.py")}
    assert modules - {"__init__", "code"} == {"files", "rows", "reference", "schema"}


def test_a_kept_problem_reads_back_with_its_code() -> None:
    problem = Problem("a/values.csv", 3, "value", "Bad.", "Fix it.", kind=rows.NOT_A_NUMBER)
    assert Problem.from_dict(problem.as_dict()) == problem
    assert problem.as_dict()["code"] == "not-a-number"
    with pytest.raises(KeyError):
        Problem.from_dict({k: v for k, v in problem.as_dict().items() if k != "code"})


def test_the_code_is_not_printed() -> None:
    problem = Problem("a/values.csv", 3, "value", "Bad.", "fix it.", kind=rows.NOT_A_NUMBER)
    assert str(problem) == "a/values.csv row 3, column value: Bad. Hint: fix it."


def test_a_frictionless_verdict_kept_before_codes_is_asked_for_again(tmp_path: Path) -> None:
    from lantern.data.frictionless_check import _kept_verdict
    from lantern.data.kept import write_kept

    kept = tmp_path / "verdict.json"
    old = {"file": "a/values.csv", "row": 2, "field": None, "message": "Bad.", "hint": ""}
    write_kept(kept, json.dumps([old]))
    assert _kept_verdict(kept) is None
    write_kept(kept, json.dumps([{**old, "code": "schema-type-error"}]))
    assert _kept_verdict(kept) == [Problem(**old, kind=BY_CODE["schema-type-error"])]


@pytest.mark.parametrize(
    ("error_type", "code"),
    [
        ("type-error", "schema-type-error"),
        ("incorrect-label", "schema-header-error"),
        ("hash-count", "schema-file-error"),
        ("source-error", "schema-file-error"),
        ("field-error", "schema-descriptor-error"),
        ("row-constraint", "schema-other"),
    ],
)
def test_a_frictionless_error_has_the_code_of_its_type_or_family(
    error_type: str, code: str
) -> None:
    from frictionless import errors

    from lantern.data.frictionless_check import code_of

    (kind,) = [
        c
        for c in vars(errors).values()
        if isinstance(c, type) and issubclass(c, errors.Error) and c.type == error_type
    ]
    assert code_of(kind.__new__(kind)).code == code
