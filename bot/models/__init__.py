"""Typed, frozen models at the edges. No I/O here."""
