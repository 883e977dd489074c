"""A public health site: Wigan's health indicators against its statistical neighbours, the
North West and England, from ONS Explore Local Statistics.

It shows that Lantern is not only for one service: the same theme and the same rules
(intervals, quartiles, small counts) serve any indicator with a period and an area.
Build it from the project folder with ``make public-health`` (or ``lantern build
--settings examples/public-health/pelicanconf.py``); paths here are relative to this
folder. ``data/els/`` is made by ``scripts/import_els.py`` (docs/public-health.md).
"""

from __future__ import annotations

SITENAME = "Wigan's health: how we are doing"
SITEDESCRIPTION = (
    "Wigan's public health indicators, with their margins of error, compared with our "
    "statistical neighbours, the North West and England."
)
PUBLISHER = "Lantern (an example site)"
SITEURL = ""
RELATIVE_URLS = True
TIMEZONE = "Europe/London"
DEFAULT_LANG = "en-GB"

PATH = "content"
PAGE_PATHS = ["pages"]
ARTICLE_PATHS = ["releases", "updates"]
STATIC_PATHS: list[str] = []
OUTPUT_PATH = "output"
# Lantern's own theme is used when THEME is not set.
PLUGINS = ["lantern"]

# Lantern: Wigan's figures, each compared with Wigan's CIPFA nearest neighbours, the
# North West and England.
LANTERN_AREA = "E08000010"
LANTERN_COMPARATORS = ["cipfa-neighbours", "north-west", "england"]
LANTERN_DATA_PATH = "data"
# Pages live at /<slug>/; the home page is content/pages/index.md.
PAGE_URL = "{slug}/"
PAGE_SAVE_AS = "{slug}/index.html"
ARTICLE_URL = "releases/{slug}/"
ARTICLE_SAVE_AS = "releases/{slug}/index.html"
DIRECT_TEMPLATES: list[str] = []
AUTHOR_SAVE_AS = AUTHORS_SAVE_AS = ""
CATEGORY_SAVE_AS = CATEGORIES_SAVE_AS = ""
TAG_SAVE_AS = TAGS_SAVE_AS = ""
ARCHIVES_SAVE_AS = ""
DRAFT_SAVE_AS = DRAFT_PAGE_SAVE_AS = ""
FEED_ALL_ATOM = None
CATEGORY_FEED_ATOM = None
TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None
DELETE_OUTPUT_DIRECTORY = True
DEFAULT_PAGINATION = False
SLUGIFY_SOURCE = "basename"
