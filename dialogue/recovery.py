"""Recovery files: the open dialogue saved aside at short intervals, offered back after a crash.

Each open window writes its own recovery file (atomically, readable by its owner only) while it
has unsaved changes, and removes it when the work is saved or deliberately discarded. A recovery
file whose writing process is no longer running is what a crash or a power cut leaves behind; the
next start offers it, saying when it was saved and which file it belonged to.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from dataclasses import dataclass
from pathlib import Path

from dialogue.atomic import write_atomic
from dialogue.model import Dialogue
from dialogue.native_file import from_json_dict, to_json_dict
from dialogue.safe_json import loads
from palabre.errors import FileFormatError, PalabreError

RECOVERY_FORMAT = "palabre-recovery"
SUFFIX = ".palabre-recovery"
OWNER_ONLY = 0o600


@dataclass(frozen=True)
class RecoveryEntry:
    """A recovery file found on disk."""

    path: Path
    saved_at: float
    source: Path | None
    title: str
    pid: int

    def describe(self) -> str:
        """One line for the user: what it is and when it was saved."""
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(self.saved_at))
        origin = f"from {self.source.name}" if self.source else "never saved to a file"
        return f"“{self.title}”, {origin}, recovered work saved at {when}"


def _process_alive(pid: int) -> bool:
    if pid <= 0 or pid == os.getpid():
        return pid == os.getpid()
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class RecoveryStore:
    """The folder of recovery files (created readable by its owner only)."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

    def _ensure_folder(self) -> None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise PalabreError(
                f"cannot create the recovery folder {self.folder}: {exc.strerror or exc}") from None
        with contextlib.suppress(OSError):
            os.chmod(self.folder, 0o700)

    def path_for(self, session_id: str) -> Path:
        """The recovery file of one window."""
        return self.folder / f"{session_id}{SUFFIX}"

    def write(self, session_id: str, dialogue: Dialogue, source: Path | None) -> Path:
        """Save the dialogue aside (atomic, owner-only); raises PalabreError if the disk refuses."""
        self._ensure_folder()
        payload = {
            "format": RECOVERY_FORMAT,
            "saved_at": time.time(),
            "source": str(source) if source else None,
            "pid": os.getpid(),
            "dialogue": to_json_dict(dialogue),
        }
        data = json.dumps(payload, ensure_ascii=False, allow_nan=False).encode("utf-8")
        return write_atomic(self.path_for(session_id), data, keep_backup=False, mode=OWNER_ONLY)

    def remove(self, session_id: str) -> None:
        """Forget a window's recovery file (after saving, or when changes are discarded).

        Never raises: a recovery file that cannot be removed is harmless, and closing or saving
        must not fail because of it.
        """
        with contextlib.suppress(OSError):
            self.path_for(session_id).unlink()

    def pending(self) -> list[RecoveryEntry]:
        """Recovery files left by processes that are no longer running, newest first.

        Unreadable recovery files are skipped (they are left on disk for a person to inspect).
        """
        if not self.folder.is_dir():
            return []
        found = []
        for path in self.folder.glob(f"*{SUFFIX}"):
            try:
                head = loads(path.read_text(encoding="utf-8"), path.name)
                if head.get("format") != RECOVERY_FORMAT:
                    continue
                pid = int(head.get("pid", 0))
                if _process_alive(pid):
                    continue
                source = head.get("source")
                title = head.get("dialogue", {}).get("info", {}).get("title", "Untitled")
                found.append(RecoveryEntry(path, float(head["saved_at"]),
                                           Path(source) if source else None, str(title), pid))
            except (OSError, ValueError, TypeError, KeyError, AttributeError, PalabreError):
                continue
        return sorted(found, key=lambda e: e.saved_at, reverse=True)

    def load(self, entry: RecoveryEntry) -> Dialogue:
        """The dialogue kept in a recovery file (validated like any dialogue file)."""
        try:
            head = loads(entry.path.read_text(encoding="utf-8"), entry.path.name)
        except OSError as exc:
            raise FileFormatError(f"{entry.path.name} cannot be read: {exc.strerror or exc}") from None
        return from_json_dict(head.get("dialogue"), entry.path.name)

    def discard(self, entry: RecoveryEntry) -> None:
        """Delete a recovery file the user chose not to restore."""
        with contextlib.suppress(OSError):
            entry.path.unlink()
