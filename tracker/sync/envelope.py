"""The one file format of a shared folder: signed by its author, encrypted with the tracker key.

Layout (all integers big-endian)::

    magic        8 bytes   b"\\x89PTSYNC\\n" (a high bit and a newline: a text-mode copy breaks it visibly)
    version      2 bytes   FORMAT_VERSION
    header size  4 bytes
    header       JSON, UTF-8, sorted keys: tracker, author, schema, sequence, created, key_id, kind
    nonce       12 bytes   random
    cipher size  8 bytes
    ciphertext   ChaCha20-Poly1305 of the payload under the tracker key; associated data: every byte before the nonce
    signature   64 bytes   the author's Ed25519 signature of every byte before it

The header stays readable (the folder's host sees who wrote which file when,
not what it says); it is authenticated twice, as the cipher's associated data
and under the signature.  :func:`open_envelope` checks, in this order, so
that the sentence names the first thing wrong: size, magic, version, header,
tracker, signer, signature, key, decryption.
"""

from __future__ import annotations

import json
import secrets
import struct
from collections.abc import Mapping
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from db.messages import translate
from db.records import record

from .keys import verify

if TYPE_CHECKING:
    from .keys import Identity
    from .members import MemberList

MAGIC = b"\x89PTSYNC\n"
FORMAT_VERSION = 1
NONCE_BYTES = 12
SIGNATURE_BYTES = 64
_PREFIX = struct.Struct(">8sHI")  # magic, version, header size
_CIPHER_SIZE = struct.Struct(">Q")
#: The smallest possible file: prefix, an empty header, nonce, size, the cipher's 16-byte tag, signature.
MINIMUM_SIZE = _PREFIX.size + NONCE_BYTES + _CIPHER_SIZE.size + 16 + SIGNATURE_BYTES
#: A header is a few hundred bytes; refuse to parse megabytes of "header".
MAX_HEADER_BYTES = 64 * 1024
KINDS = frozenset({"changeset", "snapshot", "members"})


class Refused(Exception):
    """A file that is not taken in; ``reason`` is one sentence, ``code`` a stable word for programs."""

    def __init__(self, code: str, reason: str) -> None:
        super().__init__(reason)
        self.code = code
        self.reason = reason


class TooNew(Refused):
    """A file from a newer version of Policy Tracker: kept and tried again once this app is upgraded."""


@record(frozen=True)
class Header:
    """What every file says about itself, in the clear (and authenticated)."""

    tracker: str
    author: str
    schema: int
    sequence: int
    created: str
    key_id: str
    kind: str = "changeset"

    def to_bytes(self) -> bytes:
        return json.dumps(asdict(self), sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes) -> Header:
        """Parse a header; raises ValueError for anything but the fields above with their types."""
        document: Any = json.loads(data.decode("utf-8"))
        if not isinstance(document, dict):
            raise ValueError("not an object")
        texts = ("tracker", "author", "created", "key_id", "kind")
        numbers = ("schema", "sequence")
        if set(document) != {*texts, *numbers}:
            raise ValueError("unexpected fields")
        if not all(isinstance(document[k], str) and document[k] for k in texts):
            raise ValueError("a text field is empty")
        if not all(type(document[k]) is int and document[k] >= 0 for k in numbers):
            raise ValueError("a number field is not a whole number")
        header = cls(**document)
        if header.kind not in KINDS:
            raise ValueError(f"unknown kind {header.kind}")
        return header


def seal(payload: bytes, *, header: Header, signer: Identity, tracker_key: bytes, key_id: str) -> bytes:
    """The file for ``payload``: encrypted under ``tracker_key`` (named ``key_id``) and signed by ``signer``."""
    if header.key_id != key_id:
        raise ValueError(f"the header names key {header.key_id}, but key {key_id} was given")
    if header.author != signer.member_id:
        raise ValueError("the header's author is not the signer")
    header_bytes = header.to_bytes()
    prefix = _PREFIX.pack(MAGIC, FORMAT_VERSION, len(header_bytes)) + header_bytes
    nonce = secrets.token_bytes(NONCE_BYTES)
    ciphertext = ChaCha20Poly1305(tracker_key).encrypt(nonce, payload, prefix)
    body = prefix + nonce + _CIPHER_SIZE.pack(len(ciphertext)) + ciphertext
    return body + signer.sign(body)


def read_header(data: bytes) -> Header:
    """The header of a file, unverified (to name a file or decide it can wait); raises :class:`Refused`."""
    header, _ = _parse(data)
    return header


#: Why a file is not taken yet: it is shorter than its header says.
CUT_SHORT = translate("SyncRefusals", "The file is cut short (it may still be arriving).")


def _parse(data: bytes) -> tuple[Header, int]:
    """The header and where the nonce starts; checks size, magic, version and the header's form."""
    if len(data) < _PREFIX.size:
        raise Refused("truncated", CUT_SHORT)
    magic, version, header_size = _PREFIX.unpack_from(data)
    if magic != MAGIC:
        raise Refused("bad_magic", translate("SyncRefusals", "The file is not a Policy Tracker sync file."))
    if version > FORMAT_VERSION:
        raise TooNew(
            "too_new",
            translate("SyncRefusals", "The file was written by a newer version of Policy Tracker (format {version});"
                      " it waits until this app is upgraded.").format(version=version),
        )
    if version < 1:
        raise Refused("bad_magic", translate("SyncRefusals", "The file has an unknown format version ({version}).")
                      .format(version=version))
    if header_size > MAX_HEADER_BYTES:
        raise Refused("damaged", translate("SyncRefusals", "The file's header is damaged (it claims to be too long)."))
    header_end = _PREFIX.size + header_size
    if len(data) < header_end + NONCE_BYTES + _CIPHER_SIZE.size + SIGNATURE_BYTES:
        raise Refused("truncated", CUT_SHORT)
    try:
        header = Header.from_bytes(data[_PREFIX.size : header_end])
    except (ValueError, UnicodeDecodeError, TypeError) as exc:
        raise Refused("damaged", translate("SyncRefusals", "The file's header is damaged ({error}).")
                      .format(error=str(exc))) from None
    (cipher_size,) = _CIPHER_SIZE.unpack_from(data, header_end + NONCE_BYTES)
    expected = header_end + NONCE_BYTES + _CIPHER_SIZE.size + cipher_size + SIGNATURE_BYTES
    if len(data) < expected:
        raise Refused("truncated", CUT_SHORT)
    if len(data) > expected:
        raise Refused("damaged", translate("SyncRefusals", "The file has extra bytes after its signature."))
    return header, header_end


def decrypt_unverified(data: bytes, key: bytes) -> bytes:
    """The payload, decrypted but its signature not checked: only for a newcomer's first member list.

    The cipher still proves the file was made by someone holding the tracker
    key; :func:`tracker.sync.members.open_members_for_joining` then checks the
    signer against a fingerprint and the file's signature.  Raises :class:`Refused`.
    """
    header, header_end = _parse(data)
    body = data[:-SIGNATURE_BYTES]
    return _decrypt(header, header_end, body, key)


def _decrypt(header: Header, header_end: int, body: bytes, key: bytes) -> bytes:
    nonce_end = header_end + NONCE_BYTES
    ciphertext = body[nonce_end + _CIPHER_SIZE.size :]
    try:
        return ChaCha20Poly1305(key).decrypt(body[header_end:nonce_end], ciphertext, body[:header_end])
    except InvalidTag:
        reason = translate("SyncRefusals", "The file could not be decrypted with tracker key {key}.").format(
            key=header.key_id)
        raise Refused("decryption_failed", reason) from None


def open_envelope(
    data: bytes, *, members: MemberList, tracker_keys: Mapping[str, bytes]
) -> tuple[Header, bytes]:
    """Check a file and decrypt it: ``(header, payload)``, or :class:`Refused` saying why in one sentence.

    ``members`` is the tracker's member list (it names the tracker and each
    member's signing key); ``tracker_keys`` maps key ids to keys.  A removed
    member's files are taken only up to the last one the coordinator kept
    when removing them (:attr:`Member.last_sequence`).
    """
    header, header_end = _parse(data)
    if header.tracker != members.tracker_id:
        raise Refused("foreign_tracker", translate("SyncRefusals", "The file belongs to another shared tracker."))
    member = members.get(header.author)
    if member is None:
        raise Refused("unknown_signer", translate("SyncRefusals", "The file is signed by {author}, who is not a member"
                                                  " of this tracker.").format(author=header.author))
    body, signature = data[:-SIGNATURE_BYTES], data[-SIGNATURE_BYTES:]
    if not verify(member.public_key, signature, body):
        raise Refused("bad_signature", translate("SyncRefusals", "The file's signature does not match {name}'s key:"
                                                 " it was altered.").format(name=member.name))
    if member.removed_at is not None and header.sequence > (member.last_sequence or 0):
        raise Refused(
            "removed_member", translate("SyncRefusals", "The file was written by {name} after they were removed from"
                                        " the tracker.").format(name=member.name)
        )
    key = tracker_keys.get(header.key_id)
    if key is None:
        raise Refused("unknown_key", translate("SyncRefusals", "The file is encrypted with tracker key {key}, which"
                                               " this computer does not have.").format(key=header.key_id))
    return header, _decrypt(header, header_end, body, key)
