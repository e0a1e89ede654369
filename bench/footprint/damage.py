#!/usr/bin/env python3
"""Records how much of a window is repainted: the X DAMAGE extension's rectangles for the window titled TITLE.

WebKit without compositing repaints only what changed, but when two parts of a page are laid out again in the
same frame it repaints the whole page (bench/README.md, issue 19's seventh session). The CPU figure alone does not
show which happened; this does. Events that arrive within 30 ms of each other are one frame (a frame's rectangles
come together). Prints one JSON object on standard output:

    {"seconds": S, "frames": N, "area": A, "window": W, "whole": K}

the number of frames, the sum over frames of the area of each frame's bounding box (pixels), the window's area,
and how many frames covered at least 90 % of the window. Standard library only (libX11 and libXdamage through
ctypes), like scripts/close-window.py; it waits in select(), so it costs nothing between frames.

    python3 bench/footprint/damage.py TITLE SECONDS
"""

import ctypes
import json
import os
import select
import subprocess
import sys
import time

FRAME_GAP = 0.030


class Rectangle(ctypes.Structure):
    _fields_ = [("x", ctypes.c_short), ("y", ctypes.c_short), ("width", ctypes.c_ushort), ("height", ctypes.c_ushort)]


class DamageNotify(ctypes.Structure):
    _fields_ = [
        ("type", ctypes.c_int),
        ("serial", ctypes.c_ulong),
        ("send_event", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("drawable", ctypes.c_ulong),
        ("damage", ctypes.c_ulong),
        ("level", ctypes.c_int),
        ("more", ctypes.c_int),
        ("timestamp", ctypes.c_ulong),
        ("area", Rectangle),
        ("geometry", Rectangle),
    ]


class Event(ctypes.Union):
    # XEvent is a union padded to 24 longs.
    _fields_ = [("damage", DamageNotify), ("type", ctypes.c_int), ("padding", ctypes.c_long * 24)]


def window_of(title):
    found = subprocess.run(["xwininfo", "-name", title], capture_output=True, text=True)
    if found.returncode != 0:
        return None, 0
    window, area = None, 0
    width = height = 0
    for line in found.stdout.splitlines():
        if "Window id:" in line:
            window = int(line.split("Window id:")[1].split()[0], 16)
        elif line.strip().startswith("Width:"):
            width = int(line.split(":")[1])
        elif line.strip().startswith("Height:"):
            height = int(line.split(":")[1])
    area = width * height
    return window, area


def record(window, seconds):
    x11 = ctypes.CDLL("libX11.so.6")
    damage = ctypes.CDLL("libXdamage.so.1")
    x11.XOpenDisplay.restype = ctypes.c_void_p
    x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x11.XConnectionNumber.argtypes = [ctypes.c_void_p]
    x11.XPending.argtypes = [ctypes.c_void_p]
    x11.XNextEvent.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
    x11.XFlush.argtypes = [ctypes.c_void_p]
    x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
    damage.XDamageQueryExtension.argtypes = [ctypes.c_void_p, ctypes.POINTER(ctypes.c_int), ctypes.POINTER(ctypes.c_int)]
    damage.XDamageCreate.restype = ctypes.c_ulong
    damage.XDamageCreate.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int]
    display = x11.XOpenDisplay(None)
    if not display:
        sys.exit("damage: cannot open the X display")
    event_base, error_base = ctypes.c_int(), ctypes.c_int()
    if not damage.XDamageQueryExtension(display, ctypes.byref(event_base), ctypes.byref(error_base)):
        sys.exit("damage: the X server has no DAMAGE extension")
    damage.XDamageCreate(display, window, 0)  # XDamageReportRawRectangles
    x11.XFlush(display)
    connection = x11.XConnectionNumber(display)
    notify = event_base.value  # + XDamageNotify (0)
    rectangles = []
    end = time.monotonic() + seconds
    event = Event()
    while True:
        left = end - time.monotonic()
        if left <= 0:
            break
        if not x11.XPending(display):
            select.select([connection], [], [], left)
            continue
        x11.XNextEvent(display, ctypes.byref(event))
        if event.type == notify:
            a = event.damage.area
            rectangles.append((time.monotonic(), a.x, a.y, a.x + a.width, a.y + a.height))
    x11.XCloseDisplay(display)
    return rectangles


def frames_of(rectangles):
    """Bounding boxes of the frames: rectangles less than FRAME_GAP after the previous one join its frame."""
    frames = []
    last = None
    for at, x0, y0, x1, y1 in rectangles:
        if frames and at - last < FRAME_GAP:
            f = frames[-1]
            frames[-1] = (min(f[0], x0), min(f[1], y0), max(f[2], x1), max(f[3], y1))
        else:
            frames.append((x0, y0, x1, y1))
        last = at
    return frames


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    title, seconds = sys.argv[1], float(sys.argv[2])
    window, window_area = window_of(title)
    if window is None:
        sys.exit(f"damage: no window titled {title!r}")
    started = time.monotonic()
    rectangles = record(window, seconds)
    # A new damage object reports the whole window at once (all of it starts damaged): not a frame of the app's.
    if rectangles:
        at, x0, y0, x1, y1 = rectangles[0]
        if at - started < 0.05 and (x1 - x0) * (y1 - y0) >= 0.9 * window_area:
            rectangles = rectangles[1:]
    frames = frames_of(rectangles)
    areas = [(x1 - x0) * (y1 - y0) for x0, y0, x1, y1 in frames]
    whole = sum(1 for a in areas if window_area and a >= 0.9 * window_area)
    json.dump({"seconds": seconds, "frames": len(frames), "area": sum(areas), "window": window_area, "whole": whole}, sys.stdout)
    sys.stdout.write(os.linesep)


if __name__ == "__main__":
    main()
