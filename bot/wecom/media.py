"""Temporary media upload (media/upload): multipart/form-data with one part named ``media``.

The body is built by hand so the filename goes out as raw UTF-8 (``filename="报告.csv"``), the
form the platform handles, plus the ``filelength`` parameter from the official example; and so
the same bytes can be re-sent on a retry. The media_id is valid for 3 days.
"""

from __future__ import annotations

import uuid
from typing import Literal

from bot.wecom.core import WeComCore

MediaType = Literal["file", "image", "voice", "video"]
# Upload size limits per type (bytes); every file must be MORE than 5 bytes (doc 90253).
MEDIA_MAX_BYTES: dict[str, int] = {
    "file": 20 * 1024 * 1024,
    "image": 10 * 1024 * 1024,
    "voice": 2 * 1024 * 1024,
    "video": 10 * 1024 * 1024,
}
MEDIA_MIN_BYTES = 6


def multipart_body(filename: str, data: bytes, boundary: str) -> bytes:
    safe_name = filename.replace("\\", "_").replace('"', "_").replace("\r", "_").replace("\n", "_")
    head = (
        f"--{boundary}\r\n"
        f'Content-Disposition: form-data; name="media"; filename="{safe_name}"; filelength={len(data)}\r\n'
        "Content-Type: application/octet-stream\r\n\r\n"
    ).encode()
    return head + data + f"\r\n--{boundary}--\r\n".encode()


class MediaMixin(WeComCore):
    async def upload_media(self, filename: str, data: bytes, type: MediaType = "file") -> str:
        """Upload ``data`` as temporary media; returns the media_id (for send_file etc.)."""
        if not filename:
            raise ValueError("filename is required")
        if not MEDIA_MIN_BYTES <= len(data) <= MEDIA_MAX_BYTES[type]:
            raise ValueError(f"{type} media must be {MEDIA_MIN_BYTES}..{MEDIA_MAX_BYTES[type]} bytes")
        boundary = "----wecom" + uuid.uuid4().hex
        result = await self.call(
            "POST",
            "media/upload",
            params={"type": type},
            body=multipart_body(filename, data, boundary),
            content_type=f"multipart/form-data; boundary={boundary}",
        )
        media_id = result.get("media_id")
        if not isinstance(media_id, str) or not media_id:
            raise ValueError("media/upload answered without a media_id")
        return media_id
