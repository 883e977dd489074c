"""What may leave the build: ordinary, visible files that were never reached through a link.

GitHub's Pages upload follows symbolic links (``tar --dereference``), so a link
in the built site would publish whatever it points at, and a hidden file or
folder (``.git``, ``.env``) is never part of a page. Pelican skips hidden
files and copies files rather than linking them by default, but a site's
settings can change both (``IGNORE_FILES``, ``STATIC_CREATE_LINKS``,
``STATIC_CHECK_IF_MODIFIED``), and copying a linked content file would publish
the file it points at. So the content is checked for links before the build,
and the built folder is checked before it replaces ``output/``.
"""

from __future__ import annotations

import os
from pathlib import Path

from lantern.data.paths import symlinks_under


def linked_sources(folder: Path, label: str, site_root: Path) -> list[str]:
    """A problem for every link under a source ``folder`` (shown as ``label``) that leaves the site.

    A link to another file of the site's own folder is fine (the example's
    methodology page is ``docs/methodology.md``); one to anywhere else, or
    into a hidden folder such as ``.git``, is not.
    """
    root = site_root.resolve()
    found = []
    for link in symlinks_under(folder):
        target = link.resolve()
        hidden = (
            any(part.startswith(".") for part in target.relative_to(root).parts)
            if (target.is_relative_to(root))
            else True
        )
        if hidden:
            found.append(
                f"{label}/{link.relative_to(folder).as_posix()}: is a symbolic link to a file "
                "outside the site's folder; copy the file itself into the folder, so the site "
                "never publishes a file from elsewhere."
            )
    return found


def site_files(site: Path, leave_out: tuple[str, ...] = ()) -> tuple[list[str], list[str]]:
    """Every ordinary file under a built ``site`` (its path there, in path order), and a
    problem for every link, hidden file or hidden folder.

    One walk gives both, so the merge of a national site (60,000 files) reads its
    folders once. Hidden folders are reported once and not searched, so a stray
    ``.git`` is one line rather than thousands. Files named in ``leave_out`` (at the
    top of ``site``) are neither listed nor reported.
    """
    files: list[str] = []
    found: list[str] = []
    pending = [""]
    while pending:
        here = pending.pop()
        with os.scandir(site / here if here else site) as entries:
            for entry in entries:
                shown = f"{here}{entry.name}"
                if shown in leave_out:
                    continue
                if entry.is_symlink():
                    found.append(
                        f"{shown}: the built site holds a symbolic link, which would publish "
                        "the file it points at; remove STATIC_CREATE_LINKS from the settings."
                    )
                elif entry.name.startswith("."):
                    found.append(
                        f"{shown}: the built site holds a hidden file or folder, which is never "
                        "published; keep IGNORE_FILES = ['**/.*'] in the settings."
                    )
                elif entry.is_dir():
                    pending.append(f"{shown}/")
                else:
                    files.append(shown)
    return sorted(files, key=lambda name: name.split("/")), sorted(found)


def unpublishable(site: Path) -> list[str]:
    """A problem for every link, hidden file or hidden folder in a built ``site``."""
    return site_files(site)[1]
