"""What the starter files are filled in with: a council's names and groups, or the blank
site's placeholders, and the pins of the publishing workflow every site has.

The files every site has (``files/common``: its settings, its accessibility statement,
its workflow) are one template each; a council's site and a blank one differ only in the
words put into them here.
"""

from __future__ import annotations

from importlib import metadata
from typing import Any

from lantern.build.unwritten import TO_WRITE
from lantern.starter import pins
from lantern.starter.council import COUNTY_PREFIX, ENGLAND, NEIGHBOURS, Council

# A blank site's area and groups, as its starter data (files/blank/data) names them.
BLANK_AREA = "X01"
BLANK_COMPARATORS = ("our-region", "everyone")


def lantern_version() -> str:
    """The version of Lantern that is running (written into the new site's pins)."""
    try:
        return metadata.version("lantern")
    except metadata.PackageNotFoundError:
        return "0"


def pins_context() -> dict[str, Any]:
    """What the publishing workflow is filled in with: the pinned container and actions."""
    return {"container": pins.CONTAINER, "python": pins.PYTHON, "actions": pins.ACTIONS}


def council_context(council: Council) -> dict[str, Any]:
    """What a council's starter files are filled in with."""
    words = {
        NEIGHBOURS: "our statistical neighbours",
        council.region_group: region_words(council.region_name),
        ENGLAND: "England",
    }
    shown = [words.get(g, g) for g in council.comparators]
    comparison = ", ".join(shown[:-1]) + f" and {shown[-1]}" if len(shown) > 1 else shown[0]
    title = council_title(council)
    return {
        "council": council,
        "council_title": title,
        "settings_title": f"Site settings for {council.name}'s adult social care performance site.",
        "sitename": f"{council.name} adult social care: how we are doing",
        "description": f"{title}'s adult social care performance, compared with {comparison}.",
        "publisher": title,
        "publisher_words": title,
        "figures_words": "adult social care performance figures",
        "writer": "council",
        "to_write": TO_WRITE,
        "area": council.code,
        "area_comment": "the home area, and the comparator groups shown beside it, in order.",
        "comparators": council.comparators,
        "comparison_words": comparison,
        "group_words": words,
        "version": lantern_version(),
        **pins_context(),
    }


def blank_context() -> dict[str, Any]:
    """What a blank site's starter files are filled in with: names to replace."""
    return {
        "settings_title": "Site settings for a Lantern site: change every name below to your own.",
        "sitename": "Our service: how we are doing",
        "description": "How our service is doing, compared with other areas.",
        "publisher": "Our council",
        "publisher_words": "our council",
        "figures_words": "performance figures",
        "writer": "service",
        "area": BLANK_AREA,
        "area_comment": (
            "your area (its code in data/reference/areas.csv), and the groups shown beside it."
        ),
        "comparators": BLANK_COMPARATORS,
        "version": lantern_version(),
        **pins_context(),
    }


def region_words(region: str) -> str:
    """A region's name in a sentence: "the North West", but "London"."""
    return region if region == "London" else f"the {region}"


def council_title(council: Council) -> str:
    """The council's name as its site calls it: "Wigan Council", "Kent County Council",
    "City of Bristol Council" (the ONS name "Bristol, City of", the right way round)."""
    name = council.name
    if ", " in name:
        place, _, kind = name.partition(", ")
        name = f"{kind} {place}"
    return f"{name} County Council" if council.code.startswith(COUNTY_PREFIX) else f"{name} Council"
