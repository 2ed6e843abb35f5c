"""The layout's rule (docs/architecture.md): each app imports only the apps below it, no app imports `config`,
and no two modules import each other, directly or round a longer circle."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Each package and the packages it may import; `config` (wiring) may import any of them.
BELOW = {
    "text": set(),
    "core": set(),
    "jobs": set(),
    "extraction": {"text"},
    "sources": {"core", "jobs", "text", "extraction"},
    "claims": {"core", "jobs", "text", "extraction", "sources"},
    "interchange": {"core", "jobs", "text", "extraction", "sources", "claims"},
    "ops": {"core", "jobs", "text", "extraction", "sources", "claims", "interchange"},
    "api": {"core", "jobs", "text", "extraction", "sources", "claims", "interchange"},
}
PACKAGES = {*BELOW, "config"}


def _modules() -> dict[str, Path]:
    found = {}
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            parts = path.relative_to(ROOT).with_suffix("").parts
            found[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return found


MODULES = _modules()


def _imports(path: Path) -> list[str]:
    """The project modules a file imports, anywhere in it (a function-local import counts)."""
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            # `from a.b import c` imports a.b, and a.b.c too when c is a module.
            names += [node.module, *(f"{node.module}.{alias.name}" for alias in node.names)]
    return [name for name in names if name in MODULES]


def test_each_app_imports_only_the_apps_below_it_and_none_imports_config():
    wrong = []
    for module, path in MODULES.items():
        package = module.split(".")[0]
        if package == "config":
            continue
        for imported in _imports(path):
            target = imported.split(".")[0]
            if target != package and target not in BELOW[package]:
                wrong.append(f"{module} imports {imported}")
    assert wrong == []


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for other in graph.get(node, ()):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_no_modules_import_each_other_round_a_circle():
    graph = {module: {m for m in _imports(path) if m != module} for module, path in MODULES.items()}
    # A package's __init__ importing its own modules is no circle.
    graph = {
        module: {m for m in targets if not (MODULES[module].name == "__init__.py" and m.startswith(module + "."))}
        for module, targets in graph.items()
    }
    assert _cycles(graph) == []
