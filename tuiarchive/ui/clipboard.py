"""Reaching the system clipboard, and saying honestly whether it was reached.

A clipboard program (pbcopy, wl-copy, xclip, xsel) says whether it took the text; the
terminal's OSC 52 sequence says nothing back, and many terminals (and tmux, by default)
ignore it. So a copy is one of: `PROGRAM` (a program took it), `TERMINAL` (OSC 52 was
sent; the terminal may or may not have taken it) or `NONE` (nothing could be reached).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Mapping

#: How a copy went: a program took it, the terminal was asked, nothing was reached.
PROGRAM, TERMINAL, NONE = "program", "terminal", "none"

#: Terminals that cannot take OSC 52 at all.
NO_OSC52_TERMINALS = ("linux", "dumb", "")


def clipboard_program(env: Mapping[str, str] | None = None) -> list[str] | None:
    """The command that puts standard input on this session's clipboard, if there is one."""
    env = os.environ if env is None else env
    path = env.get("PATH")
    candidates: list[list[str]] = []
    if sys.platform == "darwin":
        candidates.append(["pbcopy"])
    if env.get("WAYLAND_DISPLAY"):
        candidates.append(["wl-copy"])
    if env.get("DISPLAY"):
        candidates += [["xclip", "-selection", "clipboard"], ["xsel", "--clipboard", "--input"]]
    for command in candidates:
        found = shutil.which(command[0], path=path)
        if found:
            return [found, *command[1:]]
    return None


def copy_with_program(text: str, command: list[str]) -> bool:
    """Give `text` to the clipboard program; whether it took it (within two seconds)."""
    try:
        done = subprocess.run(command, input=text.encode("utf-8", "surrogateescape"),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              timeout=2, check=False)  # fmt: skip
    except (OSError, subprocess.SubprocessError):
        return False
    return done.returncode == 0


def terminal_may_take_osc52(headless: bool, env: Mapping[str, str] | None = None) -> bool:
    """Whether the terminal could take an OSC 52 copy (never known for sure)."""
    env = os.environ if env is None else env
    return not headless and env.get("TERM", "") not in NO_OSC52_TERMINALS
