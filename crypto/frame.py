"""The plaintext frame: random16 ‖ msg_len (u32, big-endian) ‖ msg ‖ receive_id."""

from __future__ import annotations

import struct
from dataclasses import dataclass

from crypto.errors import MalformedEnvelope

RANDOM_BYTES = 16
_LENGTH = struct.Struct(">I")
_HEADER = RANDOM_BYTES + _LENGTH.size


@dataclass(frozen=True, slots=True)
class Frame:
    random16: bytes
    msg: bytes
    receive_id: bytes


def pack(frame: Frame) -> bytes:
    if len(frame.random16) != RANDOM_BYTES:
        raise ValueError(f"random16 must be exactly {RANDOM_BYTES} bytes, got {len(frame.random16)}")
    if len(frame.msg) > 0xFFFFFFFF:
        raise ValueError("message too long for a 32-bit length field")
    return frame.random16 + _LENGTH.pack(len(frame.msg)) + frame.msg + frame.receive_id


def unpack(data: bytes) -> Frame:
    if len(data) < _HEADER:
        raise MalformedEnvelope(f"frame of {len(data)} bytes is shorter than its {_HEADER}-byte header")
    (msg_len,) = _LENGTH.unpack_from(data, RANDOM_BYTES)
    end = _HEADER + msg_len
    if end > len(data):
        raise MalformedEnvelope(f"length field {msg_len} exceeds the {len(data) - _HEADER} bytes present")
    return Frame(random16=data[:RANDOM_BYTES], msg=data[_HEADER:end], receive_id=data[end:])
