"""What a new site's publishing workflow runs, pinned: the container image and each GitHub
action by digest, as the project's own workflow pins them (a test holds the two equal), and
the dependencies, with their hashes, from the project's lock.
"""

from __future__ import annotations

import re
from importlib import metadata

# The container every job runs in: Python 3.12 on Debian 12, by digest.
PYTHON = "3.12"
CONTAINER = (
    "python:3.12-slim-bookworm@sha256:"
    "782412e85d0f0984994c290652577d4018aff08145c85b262bb63dc0c7522254"
)
# Each action by the commit of its release (the release in the comment).
ACTIONS = {
    "actions/checkout": "actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1",
    "actions/cache": "actions/cache@27d5ce7f107fe9357f9df03efb73ab90386fccae # v5.0.5",
    "actions/configure-pages": (
        "actions/configure-pages@983d7736d9b0ae728b81ab479565c72886d7745b # v5.0.0"
    ),
    "actions/upload-pages-artifact": (
        "actions/upload-pages-artifact@fc324d3547104276b827a68afc52ff2a11cc49c9 # v5.0.0"
    ),
    "actions/deploy-pages": (
        "actions/deploy-pages@cd2ce8fcbc39b97be8ca5fce6e763baed58fa128 # v5.0.0"
    ),
}

_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*")
_EXTRAS = re.compile(r"\[([^\]]+)\]")
_EXTRA_MARKER = re.compile(r"""extra\s*==\s*["']([^"']+)["']""")


def normalised(name: str) -> str:
    """A distribution's name as the index compares names (PEP 503)."""
    return re.sub(r"[-_.]+", "-", name).lower()


def runtime_names(root: str = "lantern") -> set[str]:
    """Every distribution ``root`` needs to run, by normalised name, read from the installed
    packages' metadata (what a site needs, and none of the project's test tools)."""
    wanted: dict[str, set[str]] = {normalised(root): set()}
    seen: set[tuple[str, frozenset[str]]] = set()
    queue = [(root, frozenset[str]())]
    while queue:
        name, extras = queue.pop()
        if (normalised(name), extras) in seen:
            continue
        seen.add((normalised(name), extras))
        try:
            requirements = metadata.requires(name) or []
        except metadata.PackageNotFoundError:
            continue
        for line in requirements:
            requirement, _, marker = line.partition(";")
            needed_for = _EXTRA_MARKER.search(marker)
            if needed_for and needed_for[1] not in extras:
                continue
            found = _NAME.match(requirement.strip())
            if found is None:
                continue
            extra = _EXTRAS.search(requirement)
            more = frozenset(e.strip() for e in extra[1].split(",")) if extra else frozenset()
            wanted.setdefault(normalised(found[0]), set())
            queue.append((found[0], more))
    return set(wanted)


def runtime_lock(lock: str, names: set[str]) -> str:
    """The entries of a ``pip-compile --generate-hashes`` lock for ``names`` only: each entry
    is its ``name==version`` line with its hash lines and the comments under it."""
    entries = re.split(r"\n(?=[A-Za-z0-9])", lock.strip("\n"))
    kept = [e for e in entries if (m := _NAME.match(e)) and normalised(m[0]) in names]
    header = (
        "# What Lantern needs to build a site, each pinned with its hashes (taken from\n"
        "# Lantern's own lock). Install with: pip install --require-hashes --no-deps -r "
        "requirements.lock\n"
    )
    return header + "\n".join(kept) + "\n"
