"""Writing a file so that it is never left half-written.

The new content goes to a temporary file in the same folder, is flushed and synced to disk, and
only then replaces the target in one atomic rename. The previous version is kept beside it as a
backup (``name.bak``, readable by its owner only). A failure at any point leaves the old file as
it was; temporary files an interrupted save left behind are removed by a later save. A new file is
created readable by its owner only (dialogues hold judgements about named people); an existing
file keeps the permissions its owner gave it.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import tempfile
import time
from pathlib import Path

from palabre.errors import PalabreError


def _sync_folder(folder: Path) -> None:
    # Makes the rename itself durable; not possible on every platform, hence best effort.
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


BACKUP_MODE = 0o600
STALE_SECONDS = 600


def _remove_stale_temporaries(folder: Path, name: str) -> None:
    """Delete temporary files that an interrupted save of ``name`` left behind.

    Only files older than ten minutes go, so that another save in progress is never disturbed.
    """
    now = time.time()
    for prefix in (f".{name}.", f".{name}.bak."):
        for leftover in folder.glob(f"{glob.escape(prefix)}*.tmp"):
            with contextlib.suppress(OSError):
                if now - leftover.stat().st_mtime > STALE_SECONDS:
                    leftover.unlink()


def backup_path(path: Path) -> Path:
    """Where the previous version of ``path`` is kept."""
    return path.with_name(path.name + ".bak")


def write_atomic(path: str | os.PathLike[str], data: bytes, *, keep_backup: bool = True,
                 mode: int | None = None) -> Path:
    """Write ``data`` to ``path`` atomically, keeping the previous version as a backup.

    Parameters
    ----------
    path:
        The file to write.
    data:
        The complete new content.
    keep_backup:
        Copy the current file to ``path.bak`` (atomically too) before replacing it.
    mode:
        Permission bits for the new file (for example 0o600); the old file's by default.

    Raises
    ------
    PalabreError
        If the folder is missing or not writable, the disk is full, or the file is locked. The
        file on disk is then unchanged.
    """
    target = Path(path)
    if target.is_symlink():
        # Write through the link, so that it stays a link to the user's real file.
        target = Path(os.path.realpath(target))
    folder = target.parent if str(target.parent) else Path(".")
    tmp_name = None
    _remove_stale_temporaries(folder, target.name)
    try:
        if target.exists() and mode is None:
            mode = target.stat().st_mode & 0o777
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if mode is not None:
            os.chmod(tmp_name, mode)
        if keep_backup and target.exists():
            _copy_atomic(target, backup_path(target))
        os.replace(tmp_name, target)
        tmp_name = None
        _sync_folder(folder)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise PalabreError(f"could not save {target}: {reason}. The file on disk is unchanged.") from None
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
    return target


def _copy_atomic(source: Path, dest: Path) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".tmp", dir=dest.parent)
    try:
        with os.fdopen(fd, "wb") as out, open(source, "rb") as src:
            shutil.copyfileobj(src, out)
            out.flush()
            os.fsync(out.fileno())
        # Backups hold earlier versions of sensitive judgements: readable by their owner only.
        os.chmod(tmp, BACKUP_MODE)
        os.replace(tmp, dest)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
