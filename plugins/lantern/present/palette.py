"""Chart colours: the UK Government Analysis Function's categorical palette.

Each colour has at least 3:1 contrast against the white background, as WCAG
2.2 asks of graphical objects, and the order keeps neighbours distinguishable
for the common kinds of colour blindness. Lines and points also differ by
dash and shape, so no series is told apart by colour alone.
"""

from __future__ import annotations

HOME = "#12436D"  # dark blue: the home area
SERIES = ("#12436D", "#28A197", "#801650", "#3D3D3D", "#A285D1")
DASHES = ((1, 0), (6, 3), (2, 2), (8, 3, 2, 3), (4, 4))
SHAPES = ("circle", "square", "triangle-up", "diamond", "cross")
# Quartile bands, shaded behind points: light, so the points keep their contrast.
BANDS = {"bottom": "#F3D6DE", "middle": "#E8E8E8", "top": "#D4EFEC"}
TEXT = "#0B0C0C"
GRID = "#B1B4B6"
