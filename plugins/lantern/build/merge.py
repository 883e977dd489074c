"""``lantern merge``: join the outputs of ``lantern build --shard K/N`` into one site.

The merged site is the one a single build writes, byte for byte: every page
from the shard that owns it, each shared file once (and only if every shard
wrote the same bytes), one sitemap and one search index over the whole site.
Like a build, the merge writes beside ``output/`` and swaps in only when it
is complete, so a failed merge leaves the last good site as it was.
"""

from __future__ import annotations

import filecmp
import os
import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path

from lantern.build.published import site_files, unpublishable
from lantern.build.search_index import FOLDER, index_site
from lantern.build.shards import MARKER, ShardMark
from lantern.build.sitemap import SITEMAP, SitemapEntry, read_sitemap, sitemap_xml
from lantern.build.swap import build_lock, building_prefix, recover, swap_into_place
from lantern.data.problems import LanternError


def check_marks(marks: list[tuple[Path, ShardMark]]) -> None:
    """Every shard of one build, once each; LanternError naming what is missing or mixed."""
    problems = []
    first = marks[0][1] if marks else None
    if first is None:
        raise LanternError(["lantern merge: name the folders of the shards to merge."])
    build = (first.count, first.release, first.built_at)
    for folder, mark in marks:
        if (mark.count, mark.release, mark.built_at) != build:
            problems.append(
                f"{folder}: shard {mark.number}/{mark.count} was not built with "
                f"shard {first.number}/{first.count} ({marks[0][0]}): build every shard from "
                "the same data and settings, with the same SOURCE_DATE_EPOCH."
            )
    numbers = sorted(mark.number for _, mark in marks)
    if not problems and numbers != list(range(1, first.count + 1)):
        missing = sorted(set(range(1, first.count + 1)) - set(numbers))
        repeated = sorted({n for n in numbers if numbers.count(n) > 1})
        problems.append(
            f"lantern merge: the site was built as {first.count} shards; "
            + (f"missing: {', '.join(map(str, missing))}. " if missing else "")
            + (f"given twice: {', '.join(map(str, repeated))}." if repeated else "")
        )
    if problems:
        raise LanternError([p.strip() for p in problems])


def _place(path: str, target: str) -> None:
    """Put a shard's file into the site: a hard link when it can be (thousands of pages,
    no copying), else a copy. Either way the site's file has the shard's bytes."""
    try:
        os.link(path, target)
    except OSError:
        shutil.copyfile(path, target)


class Joined:
    """The site being joined in ``into``, a shard at a time: which shard each file came from,
    and a problem for each file two shards disagree on, and for each link or hidden file a
    shard holds (which would never be published)."""

    def __init__(self, into: Path) -> None:
        self.into = into
        self.marks: list[tuple[Path, ShardMark]] = []
        self.problems: list[str] = []
        self._owner: dict[str, Path] = {}
        self._made: set[str] = set()

    def add(self, folder: Path) -> None:
        """Link every file of the shard in ``folder`` into the site."""
        # A folder that is not a shard's is named before it is read.
        self.marks.append((folder, ShardMark.read(folder)))
        files, hidden = site_files(folder, leave_out=(MARKER, SITEMAP))
        self.problems += [f"{folder}: {problem}" for problem in hidden]
        # Plain strings, not Paths: tens of thousands of files, and pathlib's objects
        # cost more than the links themselves.
        source, site = str(folder), str(self.into)
        for name in files:
            path, target = os.path.join(source, name), os.path.join(site, name)
            if name in self._owner:
                if not filecmp.cmp(path, target, shallow=False):
                    self.problems.append(
                        f"{name}: shards {self._owner[name]} and {folder} wrote different "
                        "files; build every shard from the same commit, data and settings."
                    )
                continue
            self._owner[name] = folder
            parent = name.rpartition("/")[0]
            if parent and parent not in self._made:
                os.makedirs(os.path.join(site, parent), exist_ok=True)
                self._made.add(parent)
            _place(path, target)


def merge_shards(folders: Iterable[Path], output: Path, cache: Path | None = None) -> Path:
    """Join the shards in ``folders`` into ``output``; LanternError with every problem.

    ``folders`` may come one by one as each shard finishes (``lantern build --jobs``):
    each is joined as it comes, while the others are still being built.
    With the site's ``cache`` folder, the search index kept there for these very pages
    is used (as a single build does), so a merge after a warm build runs no Pagefind.
    """
    target = output.resolve()
    target.parent.mkdir(parents=True, exist_ok=True)
    with build_lock(target):
        recover(target)
        building = Path(tempfile.mkdtemp(prefix=building_prefix(target), dir=target.parent))
        try:
            joined = Joined(building)
            for folder in folders:
                joined.add(folder)
            check_marks(joined.marks)
            if joined.problems:
                raise LanternError(joined.problems)
            entries: set[SitemapEntry] = set()
            for folder, _ in joined.marks:
                entries |= read_sitemap(folder / SITEMAP)
            (building / SITEMAP).write_text(sitemap_xml(entries), encoding="utf-8")
            index_site(building, cache)
            hidden = unpublishable(building / FOLDER)
            if hidden:
                raise LanternError(hidden)
        except BaseException:
            shutil.rmtree(building, ignore_errors=True)
            raise
        swap_into_place(building, target)
    return target
