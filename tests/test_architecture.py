"""The layers of the ``lantern`` package, as docs/architecture.md states them, read from the code.

Each rule is checked by reading every module's imports, so a shortcut across
layers fails here before it makes the code harder to follow.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "plugins" / "lantern"
DOCS = Path(__file__).resolve().parents[1] / "docs"
# The vocabulary every layer may use: each imports nothing from Lantern.
VOCABULARY = (
    "lantern.vocab.units",
    "lantern.vocab.shorthand",
    "lantern.vocab.polarity",
    "lantern.vocab.periods",
)
MAX_MODULE_LINES = 300
MAX_FUNCTION_LINES = 50


def modules(layer: str = "") -> list[Path]:
    """Every Python file of the package, or of one layer."""
    return sorted((PACKAGE / layer).rglob("*.py"))


def imports(path: Path) -> set[str]:
    """The modules a file imports (absolute names)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def offending(layer: str, forbidden: tuple[str, ...]) -> list[str]:
    """``file: module`` for each import of a forbidden module from ``layer``."""
    return [
        f"{path.relative_to(PACKAGE)}: {name}"
        for path in modules(layer)
        for name in sorted(imports(path))
        if any(name == f or name.startswith(f + ".") for f in forbidden)
    ]


def test_compute_imports_nothing_outside_compute_but_the_vocabulary() -> None:
    outside = [
        f"{path.relative_to(PACKAGE)}: {name}"
        for path in modules("compute")
        for name in sorted(imports(path))
        if name.startswith("lantern")
        and not name.startswith("lantern.compute")
        and name not in VOCABULARY
    ]
    assert outside == []
    assert offending("compute", ("pelican", "pandas", "altair", "jinja2", "markdown")) == []


def test_the_vocabulary_imports_nothing_from_lantern() -> None:
    for name in VOCABULARY:
        path = PACKAGE.parent / (name.replace(".", "/") + ".py")
        assert not [i for i in imports(path) if i.startswith("lantern")], name


def test_data_imports_nothing_from_the_layers_above_it() -> None:
    assert offending("data", ("lantern.present", "lantern.embeds", "lantern.site")) == []
    assert offending("data", ("lantern.cli", "pelican", "markdown", "jinja2")) == []


def test_present_imports_no_pelican_and_nothing_from_the_layers_above_it() -> None:
    assert offending("present", ("pelican", "lantern.embeds", "lantern.site", "lantern.cli")) == []


def test_embeds_import_no_pelican_and_nothing_from_site_or_cli() -> None:
    assert offending("embeds", ("pelican", "lantern.site", "lantern.cli")) == []


def test_only_site_and_cli_import_pelican() -> None:
    for layer in ("data", "compute", "present", "embeds"):
        assert offending(layer, ("pelican",)) == [], layer
    top = list(PACKAGE.glob("*.py"))
    assert not [p for p in top if any(i.startswith("pelican") for i in imports(p))]


def test_no_module_is_longer_than_a_reader_can_hold() -> None:
    long = [
        f"{path.relative_to(PACKAGE)}: {len(path.read_text().splitlines())} lines"
        for path in modules()
        if len(path.read_text().splitlines()) > MAX_MODULE_LINES
    ]
    assert long == []


def _is_declarative(node: ast.AST) -> bool:
    """A function whose body is one return of a literal table (a list, dict or tuple)."""
    body = getattr(node, "body", [])
    statements = [s for s in body if not isinstance(s, ast.Expr)]
    return (
        len(statements) == 1
        and isinstance(statements[0], ast.Return)
        and isinstance(statements[0].value, ast.List | ast.Dict | ast.Tuple | ast.Set)
    )


def test_no_function_is_longer_than_a_screen() -> None:
    long = []
    for path in modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            length = (node.end_lineno or node.lineno) - node.lineno + 1
            if length > MAX_FUNCTION_LINES and not _is_declarative(node):
                long.append(f"{path.relative_to(PACKAGE)}:{node.lineno} {node.name}: {length}")
    assert long == []


def test_every_setting_is_documented() -> None:
    from lantern.config.settings import LIST_PAGES, SETTINGS

    text = (DOCS / "settings.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"`(LANTERN_[A-Z_]+)`", text))
    assert {s.name for s in SETTINGS} - documented == set()
    assert documented - {s.name for s in SETTINGS} == set(), "docs name a setting that is gone"
    for setting in SETTINGS:
        assert setting.help in text, setting.name
    for name in LIST_PAGES:
        assert f"`{name.upper()}`" in text


@pytest.mark.parametrize(
    ("name", "value", "words"),
    [
        ("LANTERN_SUPPRESS_BELOW", "five", "whole number"),
        ("LANTERN_BAND_METHOD", "median", "inclusive-better, fingertips-legacy"),
        ("LANTERN_MEASURE_URL", "measures/{id}/", "{slug}"),
        ("LANTERN_COMPARATOR", ["england"], "Did you mean LANTERN_COMPARATORS?"),
    ],
)
def test_a_bad_setting_is_named_with_what_it_must_be(name: str, value: object, words: str) -> None:
    from lantern.config.settings import read_settings
    from lantern.data.problems import LanternError

    settings = {"LANTERN_AREA": "X01", "LANTERN_COMPARATORS": ["nation"], name: value}
    with pytest.raises(LanternError) as raised:
        read_settings(settings)
    message = str(raised.value)
    assert name in message
    assert words in message


def test_every_test_the_docs_cite_exists() -> None:
    """security.md and the other guides name the tests behind each promise; each must be real."""
    cited = set()
    for guide in DOCS.glob("*.md"):
        text = guide.read_text(encoding="utf-8")
        cited |= {(guide.name, path) for path in re.findall(r"tests/[\w/]+\.py", text)}
    assert any(name == "security.md" for name, _ in cited)
    assert not [(name, path) for name, path in cited if not (DOCS.parent / path).is_file()]
