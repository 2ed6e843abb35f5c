"""Every environment variable the settings read is listed in .env.example (with a line saying what it
means) and in docs/deploy.md; the container files start what the docs say."""

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def variables_read_by_settings() -> set[str]:
    """The names passed to os.environ.get / os.environ[...] / env_bool / env_list in config/settings.py."""
    tree = ast.parse((ROOT / "config" / "settings.py").read_text())
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
            function = ast.unparse(node.func)
            if function in {"os.environ.get", "env_bool", "env_list", "os.getenv"}:
                names.add(node.args[0].value)
        elif (
            isinstance(node, ast.Subscript)
            and ast.unparse(node.value) == "os.environ"
            and isinstance(node.slice, ast.Constant)
        ):
            names.add(node.slice.value)
    return names


def test_the_settings_read_the_variables_this_test_finds():
    names = variables_read_by_settings()
    assert {"DATABASE_URL", "DJANGO_SECRET_KEY", "TRACKER_SITE_URL", "DATABASE_RANDOM_PAGE_COST"} <= names
    assert {"CACHE_URL", "SENTRY_DSN", "DJANGO_EMAIL_TIMEOUT"} <= names
    assert len(names) >= 32


def test_every_variable_is_in_env_example_with_a_line_saying_what_it_means():
    lines = (ROOT / ".env.example").read_text().splitlines()
    listed = {}
    for number, line in enumerate(lines):
        match = re.match(r"^#?\s*([A-Z][A-Z0-9_]+)=", line)
        if match:
            listed[match.group(1)] = number
    missing = sorted(variables_read_by_settings() - set(listed))
    assert missing == [], f".env.example lacks {missing}"
    for name, number in listed.items():
        comment = lines[number - 1] if number else ""
        assert comment.startswith("# ") and not re.match(r"^#\s*[A-Z][A-Z0-9_]+=", comment), name


def test_every_variable_is_in_the_deployment_docs():
    docs = (ROOT / "docs" / "deploy.md").read_text()
    missing = sorted(name for name in variables_read_by_settings() if f"`{name}`" not in docs)
    assert missing == [], f"docs/deploy.md lacks {missing}"


def test_the_image_runs_as_a_user_with_its_health_check_and_compose_starts_web_worker_and_postgres_15():
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert re.search(r"^USER (?!root)\w+", dockerfile, re.MULTILINE)
    assert "HEALTHCHECK" in dockerfile and "/health/" in (ROOT / "scripts" / "healthcheck.py").read_text()
    assert "--require-hashes" in dockerfile and "compilemessages" in dockerfile and "collectstatic" in dockerfile
    compose = (ROOT / "compose.yaml").read_text()
    for expected in ("image: postgres:15", "procrastinate", "worker:", "web:", "env_file: .env", "backups:"):
        assert expected in compose
    assert "pg_trgm" in (ROOT / "deploy" / "initdb.sql").read_text()
