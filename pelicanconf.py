"""Site settings for the example council. Another council changes this file, data/ and content/."""

from __future__ import annotations

SITENAME = "Sefton adult social care: how we are doing"
SITEDESCRIPTION = (
    "Sefton Council's adult social care performance, compared with similar councils, "
    "the North West and England."
)
PUBLISHER = "Sefton Council, Adult Social Care Business Intelligence and Performance Team"
SITEURL = ""
RELATIVE_URLS = True
TIMEZONE = "Europe/London"
DEFAULT_LANG = "en-GB"

PATH = "content"
PAGE_PATHS = ["pages"]
ARTICLE_PATHS = ["releases", "updates"]
STATIC_PATHS: list[str] = []
OUTPUT_PATH = "output"
# Lantern's own theme is used when THEME is not set; Lantern is found as an installed package.
PLUGINS = ["lantern"]

# Lantern: the home area, and the comparator groups shown beside it, in order.
LANTERN_AREA = "E08000014"
LANTERN_COMPARATORS = ["cipfa-neighbours", "north-west", "england"]
LANTERN_DATA_PATH = "data"
# The survey questions have their own pages; the home page headlines the ASCOF measures.
LANTERN_HEADLINE_EXCLUDE_THEMES = ["Carers' survey", "Service users' survey"]

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

# Lantern turns Pelican's content cache on itself, in a folder named by the data, the
# settings and the theme (pages depend on data/, which Pelican's cache does not track).
DELETE_OUTPUT_DIRECTORY = True

DEFAULT_PAGINATION = False
SLUGIFY_SOURCE = "basename"
