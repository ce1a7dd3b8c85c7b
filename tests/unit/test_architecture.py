"""The layer contracts in pyproject.toml hold: a new import against the data flow fails the tests.

The same check as `lint-imports` in CI, so that the README's test command catches a broken
layer too. import-linter reads the imports statically (lazy and TYPE_CHECKING ones included);
test_import_hygiene checks what importing a module loads at run time.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]

CHECK = (
    "import sys; from importlinter.cli import lint_imports; "
    "sys.exit(lint_imports(config_filename='pyproject.toml', no_cache=True, no_logo=True))"
)


@pytest.mark.skipif(
    importlib.util.find_spec("importlinter") is None,
    reason="import-linter is not installed (pip install -e '.[test]' installs it)",
)
def test_import_contracts_are_kept() -> None:
    out = subprocess.run(
        [sys.executable, "-c", CHECK], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert out.returncode == 0, out.stdout + out.stderr
    assert "0 broken" in out.stdout
