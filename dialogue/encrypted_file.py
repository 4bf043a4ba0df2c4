"""Dialogues saved encrypted with a passphrase.

A dialogue can hold politically sensitive judgements about named people. This file format wraps
the ordinary ``.palabre`` text in AES-256-GCM (authenticated: any change to the file is detected),
with the key derived from the passphrase by scrypt (Percival 2009; RFC 7914), a memory-hard
function that makes guessing passphrases expensive. Both come from the ``cryptography`` library;
nothing here is home-made cryptography.

A lost passphrase cannot be recovered: there is no back door.

Layout: ``MAGIC`` (12 bytes), format byte, log2(n), r, p (one byte each), salt (16 bytes),
nonce (12 bytes), then the ciphertext with its 16-byte tag. The header is authenticated as
associated data, so its parameters cannot be swapped either.
"""

from __future__ import annotations

import os
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from dialogue import limits
from dialogue.atomic import write_atomic
from dialogue.model import Dialogue
from dialogue.native_file import dumps, loads_dialogue
from palabre.errors import FileFormatError, PalabreError

MAGIC = b"PALABRE-ENC\x00"
FORMAT = 1
LOG2_N, R, P = 15, 8, 1  # scrypt cost: about 32 MiB of memory and a tenth of a second here
MIN_PASSPHRASE = 8
_HEADER = len(MAGIC) + 4 + 16 + 12
WARNING = ("Keep the passphrase safe: if it is lost, nobody, not even the Palabre team, can open "
           "this dialogue again.")


def _key(passphrase: str, salt: bytes, log2_n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=2**log2_n, r=r, p=p).derive(passphrase.encode("utf-8"))


def encrypt_bytes(plain: bytes, passphrase: str) -> bytes:
    """Encrypt bytes with a passphrase (new random salt and nonce every time)."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise PalabreError(f"choose a passphrase of at least {MIN_PASSPHRASE} characters")
    salt, nonce = os.urandom(16), os.urandom(12)
    header = MAGIC + bytes([FORMAT, LOG2_N, R, P]) + salt + nonce
    return header + AESGCM(_key(passphrase, salt, LOG2_N, R, P)).encrypt(nonce, plain, header)


def decrypt_bytes(data: bytes, passphrase: str, name: str = "the file") -> bytes:
    """Decrypt what :func:`encrypt_bytes` made; a wrong passphrase or any change is refused."""
    if not data.startswith(MAGIC) or len(data) < _HEADER + 16:
        raise FileFormatError(f"{name} is not an encrypted Palabre dialogue")
    fmt, log2_n, r, p = data[len(MAGIC):len(MAGIC) + 4]
    if fmt != FORMAT:
        raise FileFormatError(f"{name} uses encryption format {fmt}, which this Palabre does not know")
    if not (10 <= log2_n <= 20 and 1 <= r <= 16 and 1 <= p <= 4):
        raise FileFormatError(f"{name} has implausible encryption settings")
    salt = data[len(MAGIC) + 4:len(MAGIC) + 20]
    nonce = data[len(MAGIC) + 20:_HEADER]
    try:
        return AESGCM(_key(passphrase, salt, log2_n, r, p)).decrypt(nonce, data[_HEADER:], data[:_HEADER])
    except InvalidTag:
        raise FileFormatError(
            f"{name} could not be opened: the passphrase is wrong, or the file was changed or damaged"
        ) from None


def is_encrypted(path: str | os.PathLike[str]) -> bool:
    """True if the file starts like an encrypted dialogue."""
    try:
        with open(path, "rb") as handle:
            return handle.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def save_encrypted(d: Dialogue, path: str | os.PathLike[str], passphrase: str) -> Path:
    """Save a dialogue encrypted (atomically, keeping the previous file as a backup)."""
    return write_atomic(path, encrypt_bytes(dumps(d).encode("utf-8"), passphrase))


def load_encrypted(path: str | os.PathLike[str], passphrase: str) -> Dialogue:
    """Open an encrypted dialogue; the decrypted content is validated like any dialogue file."""
    p = Path(path)
    try:
        if p.stat().st_size > limits.MAX_FILE_BYTES:
            raise FileFormatError(f"{p.name} is larger than Palabre opens")
        data = p.read_bytes()
    except FileNotFoundError:
        raise FileFormatError(f"{p.name}: no such file") from None
    except OSError as exc:
        raise FileFormatError(f"{p.name} cannot be read: {exc.strerror or exc}") from None
    plain = decrypt_bytes(data, passphrase, p.name)
    try:
        text = plain.decode("utf-8")
    except UnicodeDecodeError:
        raise FileFormatError(f"{p.name}: the decrypted content is not a dialogue") from None
    return loads_dialogue(text, p.name)
