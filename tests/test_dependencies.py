"""The locks that the set-up scripts install from: every package pinned with its hashes, the runtime lock
free of test tools, and both in step with what pyproject.toml declares."""

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PIN = re.compile(r"^([A-Za-z0-9_.\-\[\]]+)==(\S+)")


def _name(requirement: str) -> str:
    return re.split(r"[\[=<>~! ]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def _lock(name: str) -> dict[str, dict]:
    """package -> {"version": ..., "hashes": n} for each pin of a pip-compile style lock."""
    pins: dict[str, dict] = {}
    current = None
    for line in (ROOT / name).read_text().splitlines():
        match = PIN.match(line)
        if match:
            current = _name(match.group(1))
            pins[current] = {"version": match.group(2).rstrip(" \\"), "hashes": 0}
        elif line.strip().startswith("--hash=sha256:") and current:
            pins[current]["hashes"] += 1
    return pins


def _project() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text())


def test_every_locked_package_has_an_exact_version_and_its_hashes():
    for name in ("requirements.txt", "requirements-dev.txt"):
        pins = _lock(name)
        assert pins, name
        unhashed = [package for package, pin in pins.items() if pin["hashes"] == 0]
        assert unhashed == [], f"{name}: no hash for {unhashed}"


def test_declared_dependencies_are_locked_at_their_declared_versions():
    project = _project()
    runtime, dev = _lock("requirements.txt"), _lock("requirements-dev.txt")
    for requirement in project["project"]["dependencies"]:
        version = requirement.split("==", 1)[1]
        assert runtime[_name(requirement)]["version"] == version, requirement
        assert dev[_name(requirement)]["version"] == version, requirement
    for requirement in project["dependency-groups"]["dev"]:
        assert dev[_name(requirement)]["version"] == requirement.split("==", 1)[1], requirement


def test_a_production_install_holds_no_test_or_lint_tool():
    runtime = _lock("requirements.txt")
    for tool in ("pytest", "pytest-django", "playwright", "hypothesis", "schemathesis", "ruff", "polib", "uv"):
        assert tool not in runtime


def test_packages_the_code_imports_directly_are_declared_directly():
    declared = {_name(requirement) for requirement in _project()["project"]["dependencies"]}
    for package in ("tld", "urllib3", "certifi", "procrastinate", "tqdm", "openpyxl", "sentry-sdk", "psycopg"):
        assert package in declared
