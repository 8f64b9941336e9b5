"""A member's own keys, the tracker key, and fingerprints people can read out to each other.

Each person has one identity per computer account: an Ed25519 key pair that
signs everything they write to a shared folder, and an X25519 key pair that
others may use to hand them a tracker key.  It is created once and kept in
the user's data folder (``$POLICY_TRACKER_DATA_DIR`` or the platform's local
data folder, as :func:`db.places.default_data_dir`), in ``sync/identity.json``,
readable by the user only.  Losing it means joining again as a new member;
copying it lets someone else sign as you, so it never goes into a shared folder.

The tracker key (32 random bytes, named by a random key id) encrypts a shared
tracker's files; removing a member makes a new one.  Each tracker's keys are
kept in ``sync/<tracker id>/keys.json``; old keys stay there so that older
files can still be read.
"""

from __future__ import annotations

import base64
import datetime as _dt
import hashlib
import json
import re
import secrets
from collections.abc import Iterator, Mapping
from pathlib import Path

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from db.errors import TrackerError
from db.messages import translate
from db.records import record

from .files import private_folder, replace_private, write_once
from .places import sync_root

IDENTITY_FILE = "identity.json"
KEYRING_FILE = "keys.json"
#: Bytes of a tracker key (ChaCha20-Poly1305 takes 256-bit keys).
TRACKER_KEY_BYTES = 32
_RAW = serialization.Encoding.Raw
_RAW_PUBLIC = serialization.PublicFormat.Raw
_RAW_PRIVATE = serialization.PrivateFormat.Raw
_NO_PASSWORD = serialization.NoEncryption()
#: Crockford's base 32 alphabet: no I, L, O or U, so a fingerprint read aloud or copied by hand cannot mix up
#: 1/I/l or 0/O.
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


class KeyFileError(TrackerError):
    """A key file that cannot be read or written; the sentence says which and why."""


def now_stamp(moment: _dt.datetime | None = None) -> str:
    """UTC ISO 8601 with a Z, as every sync file records times."""
    moment = moment or _dt.datetime.now(_dt.UTC)
    return moment.astimezone(_dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: object, what: str) -> bytes:
    """Base 64 text back to bytes; anything else raises ValueError naming ``what``."""
    if not isinstance(text, str):
        raise ValueError(f"{what} is missing")
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError):
        raise ValueError(f"{what} is not valid base 64") from None


def base32(data: bytes) -> str:
    """``data`` in Crockford's base 32 (5 bits a letter), most significant bits first."""
    bits = int.from_bytes(data, "big")
    count = (len(data) * 8 + 4) // 5
    bits <<= count * 5 - len(data) * 8
    return "".join(_ALPHABET[(bits >> (5 * (count - 1 - i))) & 31] for i in range(count))


def fingerprint(public_key: bytes) -> str:
    """A short, human-checkable name of a public key: 80 bits of its SHA-256 as four groups of four letters.

    Two people compare it (read aloud, on a call, on paper) before trusting a
    join request or a coordinator: forging a key with the same fingerprint
    takes about 2^80 tries.
    """
    text = base32(hashlib.sha256(b"policy-tracker fingerprint\0" + public_key).digest()[:10])
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def member_id_for(public_key: bytes) -> str:
    """A member's id, derived from their signing key (so an id cannot be claimed with another key)."""
    return base32(hashlib.sha256(b"policy-tracker member\0" + public_key).digest()[:10]).lower()


def verify(public_key: bytes, signature: bytes, data: bytes) -> bool:
    """Whether ``signature`` is ``public_key``'s Ed25519 signature of ``data``."""
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True


@record(frozen=True)
class Identity:
    """This user's key pairs: one signs, one receives tracker keys from others."""

    signing_key: Ed25519PrivateKey
    exchange_key: X25519PrivateKey
    created: str

    @classmethod
    def generate(cls, created: str | None = None) -> Identity:
        return cls(Ed25519PrivateKey.generate(), X25519PrivateKey.generate(), created or now_stamp())

    @property
    def public_key(self) -> bytes:
        return self.signing_key.public_key().public_bytes(_RAW, _RAW_PUBLIC)

    @property
    def exchange_public_key(self) -> bytes:
        return self.exchange_key.public_key().public_bytes(_RAW, _RAW_PUBLIC)

    @property
    def member_id(self) -> str:
        return member_id_for(self.public_key)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)

    def sign(self, data: bytes) -> bytes:
        return self.signing_key.sign(data)

    def to_json(self) -> bytes:
        document = {
            "format": 1,
            "kind": "policy-tracker identity",
            "created": self.created,
            "signing_key": b64(self.signing_key.private_bytes(_RAW, _RAW_PRIVATE, _NO_PASSWORD)),
            "exchange_key": b64(self.exchange_key.private_bytes(_RAW, _RAW_PRIVATE, _NO_PASSWORD)),
        }
        return (json.dumps(document, indent=1) + "\n").encode("utf-8")

    @classmethod
    def from_json(cls, data: bytes) -> Identity:
        """Read an identity file's bytes; raises ValueError saying what is wrong."""
        try:
            document = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise ValueError("it is not an identity file") from None
        if not isinstance(document, dict) or document.get("kind") != "policy-tracker identity":
            raise ValueError("it is not an identity file")
        if document.get("format") != 1:
            raise ValueError("it was written by a newer version of Policy Tracker")
        signing = unb64(document.get("signing_key"), "the signing key")
        exchange = unb64(document.get("exchange_key"), "the exchange key")
        if len(signing) != 32 or len(exchange) != 32:
            raise ValueError("a key has the wrong length")
        created = document.get("created")
        return cls(
            Ed25519PrivateKey.from_private_bytes(signing),
            X25519PrivateKey.from_private_bytes(exchange),
            created if isinstance(created, str) else "",
        )


def identity_path(folder: Path | None = None) -> Path:
    return (folder or sync_root()) / IDENTITY_FILE


def load_identity(folder: Path | None = None) -> Identity | None:
    """This user's identity, or None when none was made yet; raises :class:`KeyFileError` for a damaged file."""
    path = identity_path(folder)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise KeyFileError(translate(
            "SyncKeys", "Your signing key {path} could not be read: {problem}."
        ).format(path=path, problem=exc.strerror or exc)) from None
    try:
        return Identity.from_json(data)
    except ValueError as exc:
        raise KeyFileError(translate(
            "SyncKeys", "Your signing key {path} cannot be used: {problem}."
        ).format(path=path, problem=exc)) from None


def load_or_create_identity(folder: Path | None = None) -> Identity:
    """This user's identity, made on first use (mode 0600, written whole, never replacing one that exists).

    Two programs starting at once cannot end with two identities: the file
    is linked into place only if the name is free, and the loser reads the
    winner's.
    """
    existing = load_identity(folder)
    if existing is not None:
        return existing
    path = identity_path(folder)
    identity = Identity.generate()
    try:
        private_folder(path.parent)
        write_once(path, identity.to_json(), mode=0o600)
    except FileExistsError:
        pass  # another program made it first: use that one
    except OSError as exc:
        raise KeyFileError(translate(
            "SyncKeys", "Your signing key could not be saved in {folder}: {problem}."
        ).format(folder=path.parent, problem=exc.strerror or exc)) from None
    loaded = load_identity(folder)
    assert loaded is not None
    return loaded


@record(frozen=True)
class TrackerKey:
    """One tracker key: ``secret`` encrypts files, ``key_id`` (in every file's header) says which key did."""

    key_id: str
    secret: bytes
    created: str

    @classmethod
    def generate(cls, created: str | None = None) -> TrackerKey:
        return cls(secrets.token_hex(8), secrets.token_bytes(TRACKER_KEY_BYTES), created or now_stamp())

    def __repr__(self) -> str:  # never print the secret into a log or a traceback
        return f"TrackerKey(key_id={self.key_id!r}, created={self.created!r})"


class Keyring(Mapping[str, bytes]):
    """A shared tracker's keys on this computer, by key id: the newest encrypts, all of them decrypt."""

    def __init__(self, keys: Mapping[str, TrackerKey] | None = None) -> None:
        self._keys: dict[str, TrackerKey] = dict(keys or {})

    def __getitem__(self, key_id: str) -> bytes:
        return self._keys[key_id].secret

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)

    def __repr__(self) -> str:
        return f"Keyring({sorted(self._keys)!r})"

    def add(self, key: TrackerKey) -> None:
        known = self._keys.get(key.key_id)
        if known is not None and known.secret != key.secret:
            raise KeyFileError(translate(
                "SyncKeys", "Key {key} is already known with other contents; the new one was not kept."
            ).format(key=key.key_id))
        self._keys[key.key_id] = key

    def key(self, key_id: str) -> TrackerKey:
        return self._keys[key_id]

    def to_json(self) -> bytes:
        keys = [
            {"key_id": k.key_id, "secret": b64(k.secret), "created": k.created}
            for k in sorted(self._keys.values(), key=lambda k: (k.created, k.key_id))
        ]
        return (json.dumps({"format": 1, "kind": "policy-tracker keys", "keys": keys}, indent=1) + "\n").encode()

    @classmethod
    def from_json(cls, data: bytes) -> Keyring:
        try:
            document = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise ValueError("it is not a key file") from None
        if not isinstance(document, dict) or document.get("kind") != "policy-tracker keys":
            raise ValueError("it is not a key file")
        if document.get("format") != 1:
            raise ValueError("it was written by a newer version of Policy Tracker")
        ring = cls()
        for entry in document.get("keys") or []:
            if not isinstance(entry, dict) or not isinstance(entry.get("key_id"), str):
                raise ValueError("a key has no id")
            secret = unb64(entry.get("secret"), f"key {entry['key_id']}")
            if len(secret) != TRACKER_KEY_BYTES:
                raise ValueError(f"key {entry['key_id']} has the wrong length")
            ring.add(TrackerKey(entry["key_id"], secret, str(entry.get("created") or "")))
        return ring

    @classmethod
    def load(cls, path: Path) -> Keyring:
        """The keys kept in ``path`` (none if it does not exist); raises :class:`KeyFileError` for a damaged file."""
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            return cls()
        except OSError as exc:
            raise KeyFileError(translate(
                "SyncKeys", "The tracker keys {path} could not be read: {problem}."
            ).format(path=path, problem=exc.strerror or exc)) from None
        try:
            return cls.from_json(data)
        except ValueError as exc:
            raise KeyFileError(translate(
                "SyncKeys", "The tracker keys {path} cannot be used: {problem}."
            ).format(path=path, problem=exc)) from None

    def save(self, path: Path) -> None:
        """Write the keys whole (mode 0600); the old file stays until the new one is on disk."""
        try:
            private_folder(path.parent)
            replace_private(path, self.to_json())
        except OSError as exc:
            raise KeyFileError(translate(
                "SyncKeys", "The tracker keys could not be saved in {path}: {problem}."
            ).format(path=path, problem=exc.strerror or exc)) from None


def tracker_folder(tracker_id: str, root: Path | None = None) -> Path:
    """This computer's folder for one shared tracker (its keys and sync state), under :func:`sync_root`."""
    if not re.fullmatch(r"[0-9A-Za-z][0-9A-Za-z-]{0,63}", tracker_id):
        raise ValueError(f"not a tracker id: {tracker_id!r}")
    return (root or sync_root()) / tracker_id


def keyring_path(tracker_id: str, root: Path | None = None) -> Path:
    return tracker_folder(tracker_id, root) / KEYRING_FILE


# ---------------------------------------------------------------- handing a tracker key to a member
GRANT_KIND = "policy-tracker key grant"
_GRANT_PREFIX = b"policy-tracker key grant\0"


def grant_key(key: TrackerKey, *, tracker_id: str, to_member: str, to_exchange_key: bytes, by: Identity) -> bytes:
    """A tracker key sealed for one member (X25519 + HKDF-SHA256 + ChaCha20-Poly1305) and signed by ``by``.

    Only that member's exchange key opens it, so grants can sit in the shared
    folder: after a removal every remaining member finds the new key there,
    and the removed member finds none for them.
    """
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes(_RAW, _RAW_PUBLIC)
    document: dict[str, object] = {
        "format": 1, "kind": GRANT_KIND, "tracker": tracker_id, "key_id": key.key_id, "created": key.created,
        "to": to_member, "by": by.member_id, "ephemeral": b64(ephemeral_public),
    }
    kek = _grant_kek(ephemeral.exchange(X25519PublicKey.from_public_bytes(to_exchange_key)), document, to_exchange_key)
    document["sealed"] = b64(ChaCha20Poly1305(kek).encrypt(bytes(12), key.secret, _canonical(document)))
    document["signature"] = b64(by.sign(_GRANT_PREFIX + _canonical(document)))
    return (json.dumps(document, sort_keys=True, indent=1) + "\n").encode("utf-8")


def open_grant(data: bytes, *, identity: Identity, tracker_id: str, signers: Mapping[str, bytes]) -> TrackerKey:
    """The tracker key in a grant for ``identity``; ``signers`` maps who may grant keys (coordinators) to their key.

    Raises :class:`KeyFileError` with one sentence for a grant that is not
    for this person or tracker, not signed by a coordinator, or altered.
    """
    try:
        document = json.loads(data.decode("utf-8"))
        if not isinstance(document, dict) or document.get("kind") != GRANT_KIND:
            raise ValueError("it is not a key grant")
        if document.get("format") != 1:
            raise ValueError("it was written by a newer version of Policy Tracker")
        signature = unb64(document.pop("signature", None), "its signature")
        sealed = unb64(document.pop("sealed", None), "the sealed key")
        ephemeral = unb64(document.get("ephemeral"), "its exchange key")
    except (ValueError, UnicodeDecodeError) as exc:
        raise KeyFileError(translate(
            "SyncKeys", "The key grant cannot be read: {problem}."
        ).format(problem=exc)) from None
    if document.get("tracker") != tracker_id:
        raise KeyFileError(translate("SyncKeys", "The key grant belongs to another shared tracker."))
    if document.get("to") != identity.member_id:
        raise KeyFileError(translate("SyncKeys", "The key grant is for another member."))
    signer = signers.get(str(document.get("by")))
    if signer is None:
        raise KeyFileError(translate("SyncKeys", "The key grant is not signed by a coordinator of this tracker."))
    document["sealed"] = b64(sealed)
    if not verify(signer, signature, _GRANT_PREFIX + _canonical(document)):
        raise KeyFileError(translate("SyncKeys", "The key grant's signature does not match: it was altered."))
    del document["sealed"]
    try:
        shared = identity.exchange_key.exchange(X25519PublicKey.from_public_bytes(ephemeral))
        kek = _grant_kek(shared, document, identity.exchange_public_key)
        secret = ChaCha20Poly1305(kek).decrypt(bytes(12), sealed, _canonical(document))
    except (ValueError, InvalidTag):
        raise KeyFileError(translate("SyncKeys", "The key grant could not be opened with your key.")) from None
    if len(secret) != TRACKER_KEY_BYTES or not isinstance(document.get("key_id"), str):
        raise KeyFileError(translate("SyncKeys", "The key grant holds no usable key."))
    return TrackerKey(document["key_id"], secret, str(document.get("created") or ""))


def _canonical(document: Mapping[str, object]) -> bytes:
    return json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def _grant_kek(shared: bytes, document: Mapping[str, object], recipient: bytes) -> bytes:
    """The one-use key that seals a grant, bound to everything the grant says and to its recipient's key."""
    info = _GRANT_PREFIX + _canonical(document) + recipient
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(shared)
