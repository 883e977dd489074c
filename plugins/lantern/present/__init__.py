"""The present layer: what a page shows, as view objects, charts and formatted figures.

It imports no Pelican and raises no embed errors; HTML lives in the theme's
Jinja templates and macros.
"""
