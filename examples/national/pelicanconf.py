"""A national site: every English council's adult social care figures, each against its own
comparator groups, built from the same national data as the example council's site.

Build it from the project folder with ``lantern build --settings examples/national/pelicanconf.py``
(or ``make national``). Paths here are relative to this folder.
"""

from __future__ import annotations

SITENAME = "Adult social care in every English council"
SITEDESCRIPTION = (
    "Every English council's adult social care outcomes (ASCOF), each compared with its "
    "statistical neighbours, its region and England."
)
PUBLISHER = "Sefton Council, Adult Social Care Business Intelligence and Performance Team"
SITEURL = ""
RELATIVE_URLS = True
TIMEZONE = "Europe/London"
DEFAULT_LANG = "en-GB"

PATH = "content"
PAGE_PATHS = ["pages"]
ARTICLE_PATHS = ["releases"]
STATIC_PATHS: list[str] = []
OUTPUT_PATH = "output"
THEME = "../../theme"

PLUGIN_PATHS = ["../../plugins"]
PLUGINS = ["lantern", "pelican.plugins.sitemap"]
SITEMAP = {"format": "xml"}

# Lantern: the publisher's own area, and every area in the data as well; each area is
# compared with its own CIPFA nearest neighbours, its own region and England.
LANTERN_AREA = "E08000014"
LANTERN_AREAS = "all"
LANTERN_COMPARATORS = ["cipfa-neighbours", "region", "england"]
LANTERN_DATA_PATH = "../../data"
LANTERN_HEADLINE_EXCLUDE_THEMES = ["Carers' survey", "Service users' survey"]

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

CACHE_CONTENT = False
LOAD_CONTENT_CACHE = False
DELETE_OUTPUT_DIRECTORY = True

DEFAULT_PAGINATION = False
SLUGIFY_SOURCE = "basename"
