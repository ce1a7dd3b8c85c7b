"""End to end: the installed `tuiarchive` command in a real terminal (tmux), keys in, screen out."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]
SOCKET = f"tuiarchive-test-{os.getpid()}"

pytestmark = pytest.mark.skipif(
    shutil.which("tmux") is None, reason="tmux is not installed: the real-terminal test needs it"
)


def installed_command() -> list[str]:
    exe = Path(sys.executable).with_name("tuiarchive")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "tuiarchive"]


def tmux(*args: str) -> str:
    # The app must size itself from the tmux pane, not from a COLUMNS/LINES pytest may export.
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
    done = subprocess.run(["tmux", "-L", SOCKET, "-f", "/dev/null", *args],
                          capture_output=True, text=True, check=True, env=env)  # fmt: skip
    return done.stdout


def screen() -> str:
    return tmux("capture-pane", "-p", "-t", "e2e")


def wait_for(text: str, timeout: float = 20.0) -> str:
    deadline = time.monotonic() + timeout
    shown = ""
    while time.monotonic() < deadline:
        shown = screen()
        if text in shown:
            return shown
        time.sleep(0.1)
    raise AssertionError(f"{text!r} never appeared; the screen shows:\n{shown}")


@pytest.fixture
def terminal(tmp_path: Path) -> Iterator[Path]:
    archive = tmp_path / "archive"
    subprocess.run([*installed_command(), "--db", str(archive), "--import", "data", "--no-ui"],
                   cwd=ROOT, check=True, capture_output=True)  # fmt: skip
    status = tmp_path / "status"
    launch(archive, status)
    try:
        yield status
    finally:
        subprocess.run(["tmux", "-L", SOCKET, "kill-server"], capture_output=True)


def launch(archive: Path, status: Path) -> None:
    # Quoted: the temporary directory's path may hold spaces or shell characters.
    run = shlex.join([*installed_command(), "--db", str(archive)])
    command = f"{run}; echo exit=$? > {shlex.quote(str(status))}"
    env = {"TERM": "xterm-256color", "TEXTUAL_ANIMATIONS": "none"}
    tmux("new-session", "-d", "-s", "e2e", "-x", "120", "-y", "36",
         *[f"-e{k}={v}" for k, v in env.items()], command)  # fmt: skip


def wait_for_exit(status: Path) -> str:
    deadline = time.monotonic() + 10
    while not status.exists() and time.monotonic() < deadline:
        time.sleep(0.1)
    return status.read_text().strip()


def type_filter(text: str) -> None:
    time.sleep(0.5)  # let the terminal answer Textual's start-up queries before typing
    tmux("send-keys", "-t", "e2e", "/")
    wait_for("Clear / leave")  # the footer shows the filter's keys: it has the focus
    tmux("send-keys", "-t", "e2e", "-l", text)


def test_filter_read_highlight_star_quit_and_find_it_again(terminal: Path) -> None:
    """The browser issue's "done": one month and one word, open, highlighted, star, quit,
    relaunch, is:starred."""
    wait_for("81 of 81 posts")
    type_filter("ferry date:2014-05")
    wait_for("4 of 81 posts")
    tmux("send-keys", "-t", "e2e", "Enter")
    wait_for("\u23ce Open")  # the list has the keys (its footer): enter now opens the post
    tmux("send-keys", "-t", "e2e", "Enter")
    wait_for("esc List")  # the reader has them
    shown = wait_for("Saturday, 31 May 2014")
    assert "Weekly Digest: Ferries, Census Quarrels and a Dry Spring" in shown
    assert "This was a week in which the Caspian ferry" in shown
    # The filter's word is highlighted in the reader: shown with a background colour.
    coloured = tmux("capture-pane", "-p", "-e", "-t", "e2e")
    line = next(row for row in coloured.splitlines() if "This was a week in which" in row)
    assert re.search(r"\x1b\[[0-9;]*48;[0-9;]*m(\x1b\[[0-9;]*m)*ferry", line), line
    tmux("send-keys", "-t", "e2e", "s")
    time.sleep(0.5)
    tmux("send-keys", "-t", "e2e", "q")  # in the reader: back to the list
    time.sleep(0.3)
    tmux("send-keys", "-t", "e2e", "q")  # in the list: quit
    assert wait_for_exit(terminal) == "exit=0"
    # Relaunch: the session comes back (the filter, the post), and the star is still there.
    subprocess.run(["tmux", "-L", SOCKET, "kill-server"], capture_output=True)  # may be gone
    terminal.unlink()
    launch(terminal.parent / "archive", terminal)
    wait_for("4 of 81 posts")
    assert "ferry date:2014-05" in wait_for("Saturday, 31 May 2014")
    time.sleep(0.5)
    tmux("send-keys", "-t", "e2e", "/")
    wait_for("Clear / leave")
    tmux("send-keys", "-t", "e2e", "C-u")  # the filter as it was, cleared
    wait_for("81 of 81 posts")
    tmux("send-keys", "-t", "e2e", "-l", "is:starred")
    shown = wait_for(" 1 of 81 posts \u00b7 starred posts")
    assert "Weekly Digest: Ferries, Census Quarrels" in shown
    tmux("send-keys", "-t", "e2e", "Enter")  # to the list, where q quits
    time.sleep(0.3)
    tmux("send-keys", "-t", "e2e", "q")
    assert wait_for_exit(terminal) == "exit=0"


def test_a_filter_typed_in_one_burst_lands_whole(terminal: Path) -> None:
    """Keys that arrive together ("/" and the filter after it, as a script or a fast typist
    sends them) all reach the filter, a "/" inside it included."""
    wait_for("81 of 81 posts")
    time.sleep(0.5)  # let the terminal answer Textual's start-up queries before typing
    tmux("send-keys", "-t", "e2e", "-l", "/ferry date:2014/05")
    shown = wait_for("4 of 81 posts")
    assert "ferry date:2014/05" in shown and "in May 2014" in shown
    tmux("send-keys", "-t", "e2e", "Enter")
    time.sleep(0.3)
    tmux("send-keys", "-t", "e2e", "q")
    assert wait_for_exit(terminal) == "exit=0"


def test_hostile_post_text_never_reaches_the_terminal(tmp_path: Path) -> None:
    """A title holding an OSC 'set the window title' sequence, markup and bidi overrides: the
    pane's title never changes, and the text is shown with visible placeholders."""
    from tests.ui.test_hostile_text import hostile_archive

    archive = hostile_archive(tmp_path / "archive")
    status = tmp_path / "status"
    launch(archive, status)
    try:
        host = tmux("display-message", "-p", "-t", "e2e", "#{host}").strip()

        def pane_title() -> str:
            return tmux("display-message", "-p", "-t", "e2e", "#{pane_title}").strip()

        shown = wait_for("\u241b]0;pwned\u2407")  # the title in the reader, ESC and BEL shown
        assert "2 of 2 posts" in shown and "[@click=app.quit]quit[/]" in shown
        assert pane_title() == host
        tmux("send-keys", "-t", "e2e", "Enter")  # read it
        tmux("send-keys", "-t", "e2e", "s")  # star it: a notification names it
        wait_for("Starred \u201c[bold]Bold?[/]")
        tmux("send-keys", "-t", "e2e", "C-p")  # the palette names it too
        wait_for("Posts by \u201c[i]Mallory[/i]\u201d")
        assert pane_title() == host and "pwned" not in pane_title()
        tmux("send-keys", "-t", "e2e", "Escape")
        time.sleep(0.3)
        tmux("send-keys", "-t", "e2e", "Escape")  # back to the list, where q quits
        time.sleep(0.3)
        tmux("send-keys", "-t", "e2e", "q")
        assert wait_for_exit(status) == "exit=0"
    finally:
        subprocess.run(["tmux", "-L", SOCKET, "kill-server"], capture_output=True)
