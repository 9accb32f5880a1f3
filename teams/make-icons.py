#!/usr/bin/env python3
"""Draws the Teams app icons with the standard library only (zlib PNG writer), deterministically:
color.png 192x192 (full colour) and outline.png 32x32 (white on transparent, as Teams requires).
The motif: a speech bubble (a question) on Poznan blue, with a red underline."""
import os, struct, zlib

HERE = os.path.dirname(os.path.abspath(__file__))
BLUE, WHITE, RED = (11, 92, 173, 255), (255, 255, 255, 255), (200, 16, 46, 255)
CLEAR = (0, 0, 0, 0)


def png(path, size, pixel):
    rows = b"".join(b"\x00" + b"".join(struct.pack("4B", *pixel(x, y)) for x in range(size)) for y in range(size))
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    data = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)) \
        + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b"")
    with open(path, "wb") as f:
        f.write(data)


def in_round_rect(x, y, x0, y0, x1, y1, r):
    if not (x0 <= x <= x1 and y0 <= y <= y1):
        return False
    cx = min(max(x, x0 + r), x1 - r)
    cy = min(max(y, y0 + r), y1 - r)
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r


def in_bubble(x, y, s):
    """A rounded speech bubble with a tail at the lower left, in a unit square scaled by s."""
    body = in_round_rect(x, y, 0.16 * s, 0.18 * s, 0.84 * s, 0.66 * s, 0.12 * s)
    # Tail: triangle (0.28,0.64) (0.44,0.64) (0.24,0.82).
    ax, ay, bx, by, cx, cy = 0.28 * s, 0.64 * s, 0.46 * s, 0.64 * s, 0.24 * s, 0.84 * s
    d = (by - cy) * (ax - cx) + (cx - bx) * (ay - cy)
    l1 = ((by - cy) * (x - cx) + (cx - bx) * (y - cy)) / d
    l2 = ((cy - ay) * (x - cx) + (ax - cx) * (y - cy)) / d
    return body or (l1 >= 0 and l2 >= 0 and l1 + l2 <= 1)


def color(x, y):
    s = 192
    if not in_round_rect(x, y, 0, 0, s - 1, s - 1, 28):
        return CLEAR
    if in_bubble(x, y, s):
        # Three "text" lines inside the bubble, the last one red.
        for i, (w, c) in enumerate(((0.52, BLUE), (0.40, BLUE), (0.30, RED))):
            top = (0.28 + i * 0.11) * s
            if 0.28 * s <= x <= (0.28 + w) * s and top <= y <= top + 0.05 * s:
                return c
        return WHITE
    return BLUE


def outline(x, y):
    s = 32
    # Outline only: a pixel of the bubble that has a neighbour outside it, plus two text lines.
    if not in_bubble(x + 0.5, y + 0.5, s):
        return CLEAR
    edge = any(not in_bubble(x + 0.5 + dx, y + 0.5 + dy, s) for dx, dy in ((2, 0), (-2, 0), (0, 2), (0, -2)))
    line = 11 <= y <= 12 and 9 <= x <= 22 or 15 <= y <= 16 and 9 <= x <= 18
    return WHITE if edge or line else CLEAR


if __name__ == "__main__":
    png(os.path.join(HERE, "color.png"), 192, color)
    png(os.path.join(HERE, "outline.png"), 32, outline)
    print("teams: color.png (192x192) and outline.png (32x32) written")
