"""Writing a file so that it is never left half-written.

The new content goes to a temporary file in the same folder, is flushed and synced to disk, and
only then replaces the target in one atomic rename. The previous version is kept beside it as a
backup (``name.bak``). A failure at any point leaves the old file as it was.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
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
    folder = target.parent if str(target.parent) else Path(".")
    tmp_name = None
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
        os.chmod(tmp, source.stat().st_mode & 0o777)
        os.replace(tmp, dest)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
