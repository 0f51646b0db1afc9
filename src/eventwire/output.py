"""Write a command's output to a path the way a person expects of a Unix tool.

`-` is standard output. A device, FIFO or socket (/dev/null, /dev/full, a named pipe) is
written in place, never replaced. A symbolic link is written through to its target. A new
or existing regular file is written beside its final name and moved into place when
complete, so a reader never sees half a file and an interrupted write leaves the old one;
a replaced file keeps its mode (and owner, where this user may set it). A read-only file
is refused unless `force=True`. Every failure is an `OutputError` naming the path.
"""

from __future__ import annotations

import errno
import os
import stat
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import BinaryIO

STDOUT = "-"
WRITE_ERRORS = (errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO)


class OutputError(Exception):
    """The output cannot be written: names the path and says why."""


def is_stdout(path: Path | str | None) -> bool:
    return path is None or str(path) == STDOUT


@contextmanager
def writing_stdout() -> Iterator[None]:
    """Report a failed write to standard output (`> /dev/full`) as an `OutputError`; a
    closed pipe stays a BrokenPipeError, which the command ends quietly. Only errors of a
    stream write (no file name, a full or failing device) count, not a file that fails."""
    try:
        yield
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except OSError as error:
        if error.filename is not None or error.errno not in WRITE_ERRORS:
            raise
        raise OutputError(f"standard output: cannot write ({error.strerror})") from None


@contextmanager
def open_output(path: Path | str, *, force: bool = False) -> Iterator[BinaryIO]:
    """A binary stream that writes `path` as the module says."""
    target = Path(os.path.realpath(path))
    try:
        status = target.stat()
    except FileNotFoundError:
        status = None
    except OSError as error:
        raise OutputError(f"{path}: cannot write ({error.strerror})") from None
    if not target.parent.is_dir():
        raise OutputError(f"{path}: folder {Path(path).parent} does not exist")
    if status is not None and stat.S_ISDIR(status.st_mode):
        raise OutputError(f"{path}: is a folder")
    if status is not None and not stat.S_ISREG(status.st_mode):
        with _reporting(path), open(target, "wb") as out:
            yield out
        return
    if status is not None and not status.st_mode & 0o222 and not force:
        raise OutputError(f"{path}: file is read-only (--force replaces it)")
    with _reporting(path):
        yield from _replaced(target, status)


def _replaced(target: Path, status: os.stat_result | None) -> Iterator[BinaryIO]:
    """Write a temporary file beside `target`, then move it over `target` in one step."""
    descriptor, temporary = tempfile.mkstemp(
        dir=target.parent, prefix=f".{target.name}.", suffix=".partial"
    )
    try:
        with open(descriptor, "wb") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
            _copy_permissions(out.fileno(), status)
        os.replace(temporary, target)
    finally:
        Path(temporary).unlink(missing_ok=True)


def _copy_permissions(descriptor: int, status: os.stat_result | None) -> None:
    """The replaced file's mode and owner; for a new file, what `open` would give it."""
    if status is None:
        umask = os.umask(0)
        os.umask(umask)
        os.fchmod(descriptor, 0o666 & ~umask)
        return
    os.fchmod(descriptor, stat.S_IMODE(status.st_mode))
    if (status.st_uid, status.st_gid) != (os.getuid(), os.getgid()):
        with suppress(PermissionError):
            os.fchown(descriptor, status.st_uid, status.st_gid)


@contextmanager
def _reporting(path: Path | str) -> Iterator[None]:
    try:
        yield
    except OutputError:
        raise
    except OSError as error:
        raise OutputError(f"{path}: cannot write ({error.strerror or error})") from None
