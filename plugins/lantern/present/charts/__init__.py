"""Charts: Altair builds a Vega-Lite spec, vl-convert draws it as SVG at build time.

Each chart comes with a one-sentence summary and the data as a table, so it
reads without JavaScript and to a screen reader (see ``figure.py``).
"""
