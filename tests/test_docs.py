"""The README and the command line agree: every command it shows exists, every command is shown."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from historiograph.cli import COMMANDS, EVAL_COMMANDS, cli

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
EXAMPLES = "\n".join(re.findall(r"```console\n(.*?)```", README, flags=re.DOTALL))
SHOWN = set(re.findall(r"^historiograph (\w+)", EXAMPLES, flags=re.MULTILINE))
SHOWN_EVAL = set(re.findall(r"^historiograph eval (\w+)", EXAMPLES, flags=re.MULTILINE))


def test_every_command_in_the_readme_exists() -> None:
    assert set(COMMANDS) | {"eval"} >= SHOWN
    assert set(EVAL_COMMANDS) >= SHOWN_EVAL


def test_every_command_is_in_the_readme() -> None:
    assert set(COMMANDS) <= SHOWN
    assert set(EVAL_COMMANDS) <= SHOWN_EVAL


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_has_help(name: str) -> None:
    result = CliRunner().invoke(cli, [name, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage:" in result.output and len(result.output.splitlines()) > 4
