"""The audit log's hash chain and its signed checkpoints: what makes the log tamper-evident.

Every entry of the global audit stream carries ``seq`` (1, 2, …), ``prev`` (the previous entry's
hash) and ``hash`` = SHA-256 over the canonical encoding of (seq, prev, the entry's fields), written
in the same Lua step as the state change (storage/lua/_prelude.lua computes the same encoding).
Editing, deleting or reordering an entry breaks the chain at that entry. Someone who can write Redis
could recompute the whole chain, so a checkpoint — (seq, hash, time) signed with HMAC-SHA256 under
``HANDOVER_AUDIT_KEY``, which Redis never sees — is appended now and then; a rewritten chain no longer
matches the signed hashes, and a forged checkpoint fails its signature.

An export (jsonl/csv) keeps every field and the checkpoints, so it verifies on its own later.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

GENESIS = "0" * 64
FIELDS = ("seq", "prev", "ts", "actor", "action", "job_id", "from_state", "to_state", "note", "extra")


def canonical(values: Mapping[str, str]) -> bytes:
    """``name TAB byte-length TAB value LF`` for each of FIELDS, in order (as the Lua side)."""
    out = bytearray()
    for name in FIELDS:
        v = values.get(name, "").encode()
        out += name.encode() + b"\t" + str(len(v)).encode() + b"\t" + v + b"\n"
    return bytes(out)


def entry_hash(values: Mapping[str, str]) -> str:
    return hashlib.sha256(canonical(values)).hexdigest()


def checkpoint_mac(key: bytes, kind: str, seq: int, chain_hash: str, ts: str) -> str:
    message = f"audit-{kind}\n{seq}\n{chain_hash}\n{ts}".encode()
    return hmac.new(key, message, hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class Checkpoint:
    """A signed (seq, hash): ``checkpoint`` now and then; ``anchor`` where an archive cut the log."""

    seq: int
    hash: str
    ts: str
    mac: str
    kind: str = "checkpoint"

    @classmethod
    def sign(cls, key: bytes, seq: int, chain_hash: str, ts: str, kind: str = "checkpoint") -> Checkpoint:
        return cls(seq, chain_hash, ts, checkpoint_mac(key, kind, seq, chain_hash, ts), kind)

    def signed_by(self, key: bytes) -> bool:
        return hmac.compare_digest(self.mac, checkpoint_mac(key, self.kind, self.seq, self.hash, self.ts))

    def fields(self) -> dict[str, str]:
        return {"kind": self.kind, "seq": str(self.seq), "hash": self.hash, "ts": self.ts, "mac": self.mac}

    @classmethod
    def from_fields(cls, f: Mapping[str, str]) -> Checkpoint:
        seq = f.get("seq", "")
        return cls(int(seq) if seq.isdigit() else -1, f.get("hash", ""), f.get("ts", ""), f.get("mac", ""),
                   f.get("kind", "checkpoint"))


@dataclass(frozen=True)
class Break:
    """The first place the log stops being what was written."""

    position: int  # 1-based position among the entries read
    entry_id: str
    seq: str
    reason: str
    expected: str
    found: str

    def describe(self) -> str:
        return (f"entry {self.entry_id} (seq {self.seq}, position {self.position}): {self.reason}; "
                f"expected {self.expected}, found {self.found}")


@dataclass
class Verdict:
    entries: int = 0
    legacy: int = 0  # entries written before the chain existed (no seq), before its first link
    first_seq: int | None = None
    last_seq: int | None = None
    last_hash: str = GENESIS
    checkpoints: int = 0
    last_checkpoint: Checkpoint | None = None
    broken: Break | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.broken is None

    def describe(self) -> str:
        if self.broken is not None:
            return f"BROKEN: {self.broken.describe()}"
        cp = self.last_checkpoint
        last = f"last checkpoint seq {cp.seq} at {cp.ts}" if cp else "no checkpoint yet"
        return f"OK: {self.entries} entries (seq {self.first_seq}…{self.last_seq}), {last}"


class Walker:
    """Checks the chain one entry at a time (a log of millions of entries is never held whole).

    The newest ``anchor`` among the checkpoints (left by an archive) is where the remaining chain must
    continue from; ``start`` (seq, hash) overrides it, unsigned, for a walk that begins mid-chain (an
    export, ``--since``).
    ``key`` None checks the links and the checkpoints' hashes but not their signatures."""

    def __init__(self, checkpoints: Iterable[Checkpoint], key: bytes | None,
                 start: tuple[int, str] | None = None) -> None:
        self.verdict = Verdict()
        self._marks: dict[int, Checkpoint] = {}
        anchor: Checkpoint | None = None
        for cp in checkpoints:
            if key is not None and not cp.signed_by(key):
                self.verdict.broken = Break(0, "-", str(cp.seq), f"{cp.kind} signature does not verify",
                                            "a MAC under HANDOVER_AUDIT_KEY", cp.mac[:16] + "…")
                return
            self._marks[cp.seq] = cp
            self.verdict.checkpoints += 1
            last = self.verdict.last_checkpoint
            if last is None or cp.seq > last.seq:
                self.verdict.last_checkpoint = cp
            if cp.kind == "anchor" and (anchor is None or cp.seq > anchor.seq):
                anchor = cp
        self._anchored = anchor is not None or start is not None
        if start is not None:
            self._seq, self._hash = start
        elif anchor is not None:
            self._seq, self._hash = anchor.seq, anchor.hash
        else:
            self._seq, self._hash = 0, GENESIS
        self._position = 0

    def feed(self, entry_id: str, values: Mapping[str, str]) -> bool:
        """Take the next entry; False once the chain is broken (later entries are not looked at)."""
        v = self.verdict
        if v.broken is not None:
            return False
        self._position += 1
        seq_text = values.get("seq", "")
        if not seq_text:
            if v.first_seq is None and not self._anchored:
                v.legacy += 1  # written before the chain existed
                return True
            return self._break(entry_id, "-", "entry without a chain link inside the chain",
                               f"seq {self._seq + 1}", "none")
        seq = int(seq_text) if seq_text.isdigit() else -1
        if seq != self._seq + 1:
            return self._break(entry_id, seq_text, "sequence gap, deletion or reorder", str(self._seq + 1), seq_text)
        if values.get("prev", "") != self._hash:
            return self._break(entry_id, seq_text, "link to the previous entry differs", self._hash,
                               values.get("prev", ""))
        recomputed = entry_hash(values)
        if values.get("hash", "") != recomputed:
            return self._break(entry_id, seq_text, "entry content does not match its hash", recomputed,
                               values.get("hash", ""))
        mark = self._marks.get(seq)
        if mark is not None and mark.hash != recomputed:
            return self._break(entry_id, seq_text, "chain differs from the signed checkpoint", mark.hash, recomputed)
        if v.first_seq is None:
            v.first_seq = seq
        v.entries += 1
        self._seq, self._hash = seq, recomputed
        v.last_seq, v.last_hash = seq, recomputed
        return True

    def end(self) -> Verdict:
        v = self.verdict
        cp = v.last_checkpoint
        if v.broken is None and cp is not None and self._seq < cp.seq:
            # entries a checkpoint signed are gone from the end (truncation)
            v.broken = Break(self._position + 1, "-", str(self._seq + 1), "entries signed by a checkpoint are missing",
                             f"entries up to seq {cp.seq}", f"the log ends at seq {self._seq}")
        return v

    def _break(self, entry_id: str, seq: str, reason: str, expected: str, found: str) -> bool:
        self.verdict.broken = Break(self._position, entry_id, seq, reason, expected, found)
        return False


def verify(entries: Iterable[tuple[str, Mapping[str, str]]], checkpoints: Iterable[Checkpoint],
           key: bytes | None, start: tuple[int, str] | None = None) -> Verdict:
    walker = Walker(checkpoints, key, start)
    for entry_id, values in entries:
        if not walker.feed(entry_id, values):
            break
    return walker.end()
