#!/usr/bin/env python3
"""Closes Limber's window the way a window manager's close button does: a WM_DELETE_WINDOW client message.

Xvfb runs no window manager, so tests and benchmarks use this to reach the app's real close path (the window
and its webview are destroyed, Limber stays in the tray). It finds the viewable top-level window titled
"Limber" with xwininfo and talks to libX11 directly (standard library only). Exit status 1 when no such
window is found.

    python3 scripts/close-window.py [--print-time] [TITLE]

`--print-time` prints the Unix time in milliseconds at which the message left (after XFlush), so a benchmark
can time what follows the close without counting this interpreter's start-up.
"""

import ctypes
import subprocess
import sys
import time


def window_id(title):
    found = subprocess.run(["xwininfo", "-name", title], capture_output=True, text=True)
    if found.returncode != 0 or "IsViewable" not in found.stdout:
        return None
    for line in found.stdout.splitlines():
        if "Window id:" in line:
            return int(line.split("Window id:")[1].split()[0], 16)
    return None


class ClientMessage(ctypes.Structure):
    _fields_ = [
        ("type", ctypes.c_int),
        ("serial", ctypes.c_ulong),
        ("send_event", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("window", ctypes.c_ulong),
        ("message_type", ctypes.c_ulong),
        ("format", ctypes.c_int),
        ("data", ctypes.c_long * 5),
    ]


class Event(ctypes.Union):
    # XEvent is a union padded to 24 longs; only the client-message member is used here.
    _fields_ = [("client", ClientMessage), ("padding", ctypes.c_long * 24)]


def send_delete(window):
    x11 = ctypes.CDLL("libX11.so.6")
    x11.XOpenDisplay.restype = ctypes.c_void_p
    x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x11.XInternAtom.restype = ctypes.c_ulong
    x11.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    x11.XSendEvent.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_long, ctypes.c_void_p]
    x11.XFlush.argtypes = [ctypes.c_void_p]
    x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
    display = x11.XOpenDisplay(None)
    if not display:
        sys.exit("close-window: cannot open the X display")
    event = Event()
    event.client.type = 33  # ClientMessage
    event.client.window = window
    event.client.message_type = x11.XInternAtom(display, b"WM_PROTOCOLS", 0)
    event.client.format = 32
    event.client.data[0] = x11.XInternAtom(display, b"WM_DELETE_WINDOW", 0)
    event.client.data[1] = 0  # CurrentTime
    x11.XSendEvent(display, window, 0, 0, ctypes.byref(event))
    x11.XFlush(display)
    sent = time.time()
    x11.XCloseDisplay(display)
    return sent


if __name__ == "__main__":
    args = sys.argv[1:]
    print_time = "--print-time" in args
    args = [arg for arg in args if arg != "--print-time"]
    title = args[0] if args else "Limber"
    window = window_id(title)
    if window is None:
        sys.exit(f"close-window: no viewable window titled {title!r}")
    sent = send_delete(window)
    if print_time:
        print(f"{sent * 1000:.3f}")
