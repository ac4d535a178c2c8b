"""scripts/lockfile.py: the locks name what pyproject.toml declares, or the README commands stop."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _copy(tmp_path: Path) -> Path:
    (tmp_path / "scripts").mkdir()
    shutil.copy(ROOT / "scripts" / "lockfile.py", tmp_path / "scripts" / "lockfile.py")
    for name in ("pyproject.toml", "requirements.lock", "requirements-dev.lock"):
        shutil.copy(ROOT / name, tmp_path / name)
    return tmp_path


def _with_new_dependency(text: str) -> str:
    edited = text.replace("dependencies = [", 'dependencies = [\n  "six>=1.16",', 1)
    assert edited != text
    return edited


def _check(root: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(root / "scripts" / "lockfile.py"), "check"],
                          capture_output=True, text=True, check=False)


def test_the_committed_locks_match_pyproject(tmp_path: Path) -> None:
    assert _check(_copy(tmp_path)).returncode == 0
    assert _check(ROOT).returncode == 0


def test_an_edited_dependency_without_a_new_lock_is_one_clear_line(tmp_path: Path) -> None:
    root = _copy(tmp_path)
    pyproject = root / "pyproject.toml"
    pyproject.write_text(_with_new_dependency(pyproject.read_text()))
    result = _check(root)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert "does not match pyproject.toml" in result.stderr and "scripts/lock" in result.stderr


def test_a_missing_lock_is_named(tmp_path: Path) -> None:
    root = _copy(tmp_path)
    (root / "requirements-dev.lock").unlink()
    result = _check(root)
    assert result.returncode == 1 and "requirements-dev.lock is missing" in result.stderr


def test_stamp_makes_a_lock_match_again(tmp_path: Path) -> None:
    root = _copy(tmp_path)
    pyproject = root / "pyproject.toml"
    pyproject.write_text(_with_new_dependency(pyproject.read_text()))
    stamped = subprocess.run([sys.executable, str(root / "scripts" / "lockfile.py"), "stamp"], check=False)
    assert stamped.returncode == 0
    assert _check(root).returncode == 0
    assert sum(line.startswith("# pyproject-dependencies-sha256: ")
               for line in (root / "requirements.lock").read_text().splitlines()) == 1
