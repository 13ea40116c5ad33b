"""Making text safe for a terminal: control characters shown, never obeyed.

Every string from the data or the user passes through `clean` before it reaches a
terminal (tables, text, messages, completions); `_render.to_json` escapes the same
characters in JSON.
"""

__all__ = ["STEERING", "clean"]

# Characters that could steer a terminal: C0 controls (but tab and newline), DEL, C1
# controls, and the bidirectional marks and overrides that reorder or hide text.
# (str.translate tables: no regex to compile at start-up.)
STEERING = [*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0), 0x200E, 0x200F]
STEERING += [*range(0x202A, 0x202F), *range(0x2066, 0x206A)]
_VISIBLE = {c: f"\\x{c:02x}" if c < 0x100 else f"\\u{c:04x}" for c in STEERING}


def clean(text: str) -> str:
    """Return text with control characters shown as visible escapes such as '\\x1b'."""
    # Every steering character is unprintable (Unicode Cc or Cf), so printable text has
    # none: `isprintable` scans in C, while `translate` looks up every character in a
    # dict (~2 ms for the CSV of the timeline, most of whose cells are printable).
    if text.isprintable():
        return text
    return text.translate(_VISIBLE)
