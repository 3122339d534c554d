"""The package's shape, checked: layers import only downward, no import cycles, no private
name used across modules, no module grown past what one reader holds in mind.

The layers, bottom to top (CONTRIBUTING.md says what goes where):

    text -> contract (comparators, schema, results, errors, articles) -> verification
    -> storage -> llm -> run -> evaluation -> story -> cli -> testing

``summarizer/__init__.py`` and ``__main__.py`` sit above them all: they are the public API
and the entry point. Imports are read from the source, including those inside functions and
``TYPE_CHECKING`` blocks, since a deferred import is still a dependency.

The verification layer is itself layered (session 28), its sub-packages bottom to top:

    page -> context (the module) -> people -> sentences -> figures -> occasions -> bylines
    -> days -> events -> quotes -> acts -> counts -> places -> status -> sides -> free_text
    -> the walk (grounding, rules, confirm_only)

A module imports only from its own sub-package and lower ones, so no two sub-packages import
each other; a new module goes into a sub-package, never at the flat place.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "summarizer"
LAYERS = {
    "text": 0,
    "comparators": 1,
    "schema": 1,
    "results": 1,
    "errors": 1,
    "articles": 1,
    "verification": 2,
    "storage": 3,
    "llm": 4,
    "run": 5,
    "evaluation": 6,
    "story": 7,
    "cli": 8,
    "testing": 9,
}
TOP = {"summarizer", "summarizer.__main__"}
MAX_LINES = 450
VERIFICATION = [  # bottom to top; "context" is the module context.py, at the package's top
    "page",
    "context",
    "people",
    "sentences",
    "figures",
    "occasions",
    "bylines",
    "days",
    "events",
    "quotes",
    "acts",
    "counts",
    "places",
    "status",
    "sides",
    "free_text",
]
WALK = {
    "grounding",
    "rules",
    "reader_trust",
    "rule_failures",
    "confirm_only",
    "confirm_fields",
}  # the top, above sub-packages
MAX_SUBPACKAGE = 70


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def imports(name: str) -> Iterator[tuple[str, list[str], int]]:
    """(imported module, names taken from it, line) for every import in module ``name``."""
    path = MODULES[name]
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, [], node.lineno
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                target = ".".join([*base, *([node.module] if node.module else [])])
            else:
                target = node.module or ""
            names = [alias.name for alias in node.names]
            for alias in names:  # ``from summarizer.llm import attempts`` imports a module
                if f"{target}.{alias}" in MODULES:
                    yield f"{target}.{alias}", [], node.lineno
            yield target, names, node.lineno


def internal(target: str) -> str | None:
    """The package module an import refers to, or None for a third-party import."""
    while target and target not in MODULES:
        target = target.rpartition(".")[0]
    return target or None


def layer(name: str) -> int | None:
    if name in TOP:
        return None
    return LAYERS[name.split(".")[1]]


def test_every_module_belongs_to_a_layer() -> None:
    unknown = [name for name in MODULES if name not in TOP and name.split(".")[1] not in LAYERS]
    assert unknown == []


def verification_rank(name: str) -> int | None:
    """A verification module's place in ``VERIFICATION`` (the walk above them all), or None
    outside the package."""
    parts = name.split(".")
    if parts[:2] != ["summarizer", "verification"]:
        return None
    if len(parts) == 2 or parts[2] in WALK:
        return len(VERIFICATION)
    return VERIFICATION.index(parts[2])


def test_every_verification_module_belongs_to_a_sub_package() -> None:
    unknown = [
        name
        for name in MODULES
        if name.startswith("summarizer.verification.")
        and name.split(".")[2] not in {*VERIFICATION, *WALK}
    ]
    assert unknown == []
    assert len(set(VERIFICATION)) == len(VERIFICATION)


def test_verification_sub_packages_import_only_downward() -> None:
    upward = []
    for name in MODULES:
        own = verification_rank(name)
        if own is None:
            continue
        for target, _, line in imports(name):
            module = internal(target)
            theirs = verification_rank(module) if module else None
            if theirs is not None and module != "summarizer.verification" and theirs > own:
                upward.append(f"{MODULES[name].relative_to(PACKAGE.parent)}:{line} -> {module}")
    assert upward == []


@pytest.mark.parametrize("group", [g for g in VERIFICATION if g != "context"])
def test_a_verification_sub_package_is_described_and_small(group: str) -> None:
    """Each sub-package says what it holds and where new code goes, and stays small enough to
    read through (split it by job when it grows)."""
    init = PACKAGE / "verification" / group / "__init__.py"
    assert ast.get_docstring(ast.parse(init.read_text(encoding="utf-8")))
    modules = [name for name in MODULES if name.startswith(f"summarizer.verification.{group}.")]
    assert 0 < len(modules) <= MAX_SUBPACKAGE, f"{group} holds {len(modules)} modules"


def test_layers_import_only_downward() -> None:
    upward = []
    for name in MODULES:
        own = layer(name)
        for target, _, line in imports(name):
            module = internal(target)
            if own is None or module is None or module == "summarizer":
                continue
            theirs = layer(module)
            if theirs is not None and theirs > own:
                upward.append(f"{MODULES[name].relative_to(PACKAGE.parent)}:{line} -> {module}")
    assert upward == []


def test_the_story_view_is_imported_only_by_the_cli() -> None:
    """The story view reads results, schema and the eval's matchers (below it); it is a
    view, so nothing but the CLI (and the public API) builds on it."""
    offenders = [
        f"{name}:{line}"
        for name in MODULES
        if name not in TOP and layer(name) not in (LAYERS["story"], LAYERS["cli"])
        for target, _, line in imports(name)
        if (internal(target) or "").startswith("summarizer.story")
    ]
    assert offenders == []


def test_the_core_never_imports_the_package_root() -> None:
    """``from summarizer import X`` inside the package runs the lazy public API and hides the
    real dependency; modules import from where a name is defined."""
    offenders = [
        f"{name}:{line}"
        for name in MODULES
        if name not in TOP
        for target, names, line in imports(name)
        if target == "summarizer" and not all(f"summarizer.{n}" in MODULES for n in names)
    ]
    assert offenders == []


def test_no_import_cycles() -> None:
    graph = {
        name: {
            module
            for target, _, _ in imports(name)
            if (module := internal(target)) and module != name and module not in TOP
        }
        for name in MODULES
        if name not in TOP
    }
    # a package's __init__ is imported whenever a module inside it is: not an edge of its own
    cycles = []
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                cycles.append(" -> ".join([*stack[stack.index(nxt) :], nxt]))
            elif nxt not in state:
                visit(nxt)
        stack.pop()
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node)
    assert cycles == []


def test_no_private_name_is_imported_across_modules() -> None:
    offenders = [
        f"{name}:{line} imports {target}.{n}"
        for name in MODULES
        for target, names, line in imports(name)
        for n in names
        if n.startswith("_") and not n.startswith("__")
    ]
    assert offenders == []


def test_no_private_attribute_of_an_imported_module_is_used() -> None:
    """``engine._pool`` style reaches into another module's internals; a module's own names
    and ``self``'s attributes are its own business."""
    offenders = []
    for name, path in MODULES.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        modules = {  # names bound to this package's modules (the stdlib's os._exit is public)
            alias.asname or alias.name.split(".")[-1]
            for node in ast.walk(tree)
            if isinstance(node, ast.Import | ast.ImportFrom)
            for alias in node.names
            if internal(f"{getattr(node, 'module', None) or ''}.{alias.name}".strip("."))
            not in (None, "summarizer")
            or (isinstance(node, ast.Import) and alias.name.startswith("summarizer."))
        }
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Attribute)
                and node.attr.startswith("_")
                and not node.attr.startswith("__")
                and isinstance(node.value, ast.Name)
                and node.value.id in modules
            ):
                offenders.append(f"{name}:{node.lineno} {node.value.id}.{node.attr}")
    assert offenders == []


@pytest.mark.parametrize("name", sorted(MODULES))
def test_modules_stay_small(name: str) -> None:
    lines = MODULES[name].read_text(encoding="utf-8").count("\n")
    assert lines <= MAX_LINES, f"{name} has {lines} lines; split it by concern"
