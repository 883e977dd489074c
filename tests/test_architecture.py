"""The layers of the ``lantern`` package, as docs/architecture.md states them, read from the code.

Each rule is checked by reading every module's imports, so a shortcut across
layers fails here before it makes the code harder to follow.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "plugins" / "lantern"
DOCS = ROOT / "docs"
# The helper scripts are held to the same sizes as the package.
SCRIPTS = ROOT / "scripts"
# The package's folders from the bottom up: each may import only the folders before it.
LAYERS = (
    "vocab",
    "compute",
    "data",
    "config",
    "present",
    "embeds",
    "releases",
    "build",
    "site",
    "starter",
    "cli",
)
# Libraries a folder may not import, so what it computes can be checked by hand.
FORBIDDEN = {
    "vocab": ("pelican", "pandas", "altair", "jinja2", "markdown", "frictionless"),
    "compute": ("pelican", "pandas", "altair", "jinja2", "markdown", "frictionless"),
}
# Only the Pelican glue and the command use Pelican.
PELICAN_USERS = ("site", "cli")
MAX_MODULE_LINES = 300
MAX_FUNCTION_LINES = 50


def modules(layer: str = "") -> list[Path]:
    """Every Python file of the package, or of one layer."""
    return sorted((PACKAGE / layer).rglob("*.py"))


def module_name(path: Path) -> str:
    """``lantern.site.generator`` for plugins/lantern/site/generator.py."""
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path) -> set[str]:
    """The modules a file imports, anywhere in it (inside functions too), relative imports
    resolved to absolute names; ``from x import y`` also names ``x.y`` (it may be a module)."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parts, *([node.module] if node.module else [])])
            names.add(base)
            names.update(f"{base}.{alias.name}" for alias in node.names)
    return names


def layer_of(name: str) -> str | None:
    """The folder a ``lantern`` module is in (None for the package itself or a library)."""
    parts = name.split(".")
    return parts[1] if parts[0] == "lantern" and len(parts) > 1 and parts[1] in LAYERS else None


def test_every_folder_of_the_package_is_a_layer() -> None:
    folders = {p.name for p in PACKAGE.iterdir() if p.is_dir() and (p / "__init__.py").exists()}
    assert folders == set(LAYERS)


@pytest.mark.parametrize("layer", LAYERS)
def test_a_layer_imports_only_the_layers_below_it(layer: str) -> None:
    allowed = set(LAYERS[: LAYERS.index(layer) + 1])
    above = [
        f"{path.relative_to(PACKAGE)}: {name}"
        for path in modules(layer)
        for name in sorted(imports(path))
        if (found := layer_of(name)) is not None and found not in allowed
    ]
    assert above == []


@pytest.mark.parametrize("layer", LAYERS)
def test_a_layer_uses_only_the_libraries_it_may(layer: str) -> None:
    forbidden = FORBIDDEN.get(layer, ()) + (() if layer in PELICAN_USERS else ("pelican",))
    used = [
        f"{path.relative_to(PACKAGE)}: {name}"
        for path in modules(layer)
        for name in sorted(imports(path))
        if name.split(".")[0] in forbidden
    ]
    assert used == []


def test_the_package_itself_only_hands_pelican_to_the_site_layer() -> None:
    names = {layer_of(n) for n in imports(PACKAGE / "__init__.py") if n.startswith("lantern.")}
    assert names <= {"site"}


def test_the_vocabulary_imports_nothing_from_lantern() -> None:
    found = [n for path in modules("vocab") for n in imports(path) if n.startswith("lantern.")]
    assert [n for n in found if layer_of(n) != "vocab"] == []


def test_no_module_imports_itself_through_others() -> None:
    """No import circle anywhere, imports inside functions included."""
    graph = {module_name(path): imports(path) for path in modules()}
    for start, first in graph.items():
        seen, todo = set(), [n for n in first if n in graph and n != start]
        while todo:
            name = todo.pop()
            assert name != start, f"{start} imports itself through {sorted(seen)}"
            if name not in seen:
                seen.add(name)
                todo += [n for n in graph[name] if n in graph and n != name]


def sized() -> list[Path]:
    """Every Python file the size rules cover: the package's and the scripts'."""
    return [*modules(), *sorted(SCRIPTS.rglob("*.py"))]


def test_the_size_rules_read_the_package_and_the_scripts() -> None:
    names = {path.relative_to(ROOT).as_posix() for path in sized()}
    assert "scripts/bench.py" in names and "plugins/lantern/__init__.py" in names


def test_no_module_is_longer_than_a_reader_can_hold() -> None:
    long = [
        f"{path.relative_to(ROOT)}: {len(path.read_text().splitlines())} lines"
        for path in sized()
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
    for path in sized():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            length = (node.end_lineno or node.lineno) - node.lineno + 1
            if length > MAX_FUNCTION_LINES and not _is_declarative(node):
                long.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.name}: {length}")
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


def test_every_page_family_is_listed_in_the_architecture_guide() -> None:
    from lantern.site.families import FAMILIES

    text = (DOCS / "architecture.md").read_text(encoding="utf-8")
    assert [f.__name__ for f in FAMILIES if f"`{f.__name__}`" not in text] == []
