"""The ``lantern`` command: validate a data release, build and serve the site.

Every failure the user can fix is printed as plain lines naming the file,
row and column, and the command exits 1. A traceback means a bug in Lantern.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from lantern.build.shards import WHOLE, parse_shard
from lantern.cli.report import build_and_report, page_count
from lantern.cli.site_server import LOOPBACK
from lantern.data.problems import LanternError, format_report
from lantern.data.validation import validate_release


def cmd_validate(args: argparse.Namespace) -> int:
    """Check every package in the data folder and print one line per problem."""
    release = validate_release(Path(args.data_dir))
    if release.problems:
        print(format_report(release.problems), file=sys.stderr)
        return 1
    print(release.summary())
    return 0


def cmd_build(args: argparse.Namespace) -> int:
    """Build the site; on bad data, print the problems and leave the last output as it was."""
    if args.jobs > 1:
        return build_jobs(args)
    shard = parse_shard(args.shard) if args.shard else WHOLE
    return build_and_report(Path(args.settings), Path(args.output) if args.output else None, shard)


def build_jobs(args: argparse.Namespace) -> int:
    """``lantern build --jobs N``: N shards at once, merged (``cli/parallel.py``)."""
    from lantern.cli.build import read_site_settings
    from lantern.cli.parallel import build_in_parallel

    if args.shard:
        raise LanternError(["Give --jobs or --shard, not both."])
    settings = Path(args.settings)
    output = Path(args.output or read_site_settings(settings)["OUTPUT_PATH"])
    target, summaries = build_in_parallel(settings, output, args.jobs)
    print(f"Built the site in {target}: {page_count(target)} pages, as {args.jobs} shards at once.")
    for number, summary in enumerate(summaries, start=1):
        print(f"Shard {number}/{args.jobs}: " + " ".join(summary.splitlines()[-2:]))
    return 0


def cmd_prepare(args: argparse.Namespace) -> int:
    """Check the data and compute every area once, kept in the cache folder for the shards."""
    from lantern.build.checked import prepare_release
    from lantern.cli.build import read_site_settings
    from lantern.config.settings import read_settings

    settings = read_settings(read_site_settings(Path(args.settings)))
    print(prepare_release(settings))
    return 0


def cmd_merge(args: argparse.Namespace) -> int:
    """Join the shards' folders into one site, with one sitemap and one search index."""
    from lantern.build.merge import merge_shards

    cache = Path(args.cache) if args.cache else None
    target = merge_shards([Path(f) for f in args.shards], Path(args.output), cache)
    print(f"Merged {len(args.shards)} shards into {target}: {page_count(target)} pages.")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    """Serve a built site on this computer, for previewing before publishing; with
    ``--watch``, rebuild on every change and reload the browser (``cli/watch.py``)."""
    from lantern.cli.site_server import site_server

    folder = Path(args.output)
    if not (folder / "index.html").is_file():
        print(f"{folder}: no built site here. Run 'make html' first.", file=sys.stderr)
        return 1
    host = "localhost" if args.bind == LOOPBACK else args.bind
    print(f"Serving {folder} on http://{host}:{args.port}/ (Ctrl+C to stop).")
    if args.watch:
        from lantern.cli.watch import serve_and_watch, watcher_for

        with contextlib.suppress(KeyboardInterrupt):
            watcher = watcher_for(Path(args.settings), folder)
            serve_and_watch(folder, args.bind, args.port, watcher)
        return 0
    with (
        site_server(folder, args.bind, args.port) as server,
        contextlib.suppress(KeyboardInterrupt),
    ):
        server.serve_forever()
    return 0


def cmd_compute(args: argparse.Namespace) -> int:
    """Print every computed figure for one area: the audit trail behind each badge."""
    from lantern.cli.audit import run_compute

    print(
        run_compute(
            Path(args.settings),
            Path(args.data) if args.data else None,
            args.area,
            args.json,
        )
    )
    return 0


def cmd_new(args: argparse.Namespace) -> int:
    """Write a new site: a council's, from the national data, or a blank one."""
    from lantern.starter.site import new_blank_site, new_council_site

    folder = Path(args.folder)
    if args.blank:
        new_blank_site(folder)
        print(f"Wrote a blank site in {folder}. Next: cd {folder} && lantern build")
        return 0
    council = new_council_site(folder, args.area)
    print(
        f"Wrote {council.name}'s site in {folder}, compared with "
        f"{', '.join(council.comparators)}. Next: cd {folder} && lantern build "
        "(then see its README.md for what to write first)."
    )
    return 0


def _new_command(commands: Any) -> None:
    """``new DIR --area CODE`` or ``new DIR --blank``."""
    new = commands.add_parser("new", help="write a new site for a council, or a blank one")
    new.add_argument("folder", help="the folder to write it in (new, or empty)")
    kind = new.add_mutually_exclusive_group(required=True)
    kind.add_argument("--area", metavar="CODE", help="the council's ONS code, such as E08000010")
    kind.add_argument(
        "--blank", action="store_true", help="a site for your own data: one example measure"
    )
    new.set_defaults(run=cmd_new)


def _settings_option(command: argparse.ArgumentParser) -> None:
    command.add_argument("--settings", default="pelicanconf.py", help="default: pelicanconf.py")


def _build_commands(commands: Any) -> None:
    """``build`` (whole, one shard, or N shards at once), ``prepare`` and ``merge``."""
    build = commands.add_parser("build", help="validate the data and build the site")
    _settings_option(build)
    build.add_argument("--output", help="default: the settings' OUTPUT_PATH (output)")
    build.add_argument(
        "--shard", metavar="K/N", help="build only shard K of N (join them with lantern merge)"
    )
    build.add_argument(
        "--jobs", type=int, default=1, metavar="N", help="build as N shards at once (default: 1)"
    )
    build.set_defaults(run=cmd_build)

    prepare = commands.add_parser(
        "prepare", help="check the data and compute every area once, for the shards to share"
    )
    _settings_option(prepare)
    prepare.set_defaults(run=cmd_prepare)

    merge = commands.add_parser("merge", help="join the shards' folders into one site")
    merge.add_argument("shards", nargs="+", help="the folders 'lantern build --shard' wrote")
    merge.add_argument("--output", default="output", help="default: output")
    merge.add_argument(
        "--cache", metavar="DIR", help="the site's cache folder, to reuse its kept search index"
    )
    merge.set_defaults(run=cmd_merge)


def parser() -> argparse.ArgumentParser:
    """The command line, with a sub-command per task."""
    top = argparse.ArgumentParser(
        prog="lantern", description="Validate a data release and build its website."
    )
    commands = top.add_subparsers(dest="command", required=True)

    validate = commands.add_parser("validate", help="check every data package in a folder")
    validate.add_argument("data_dir", nargs="?", default="data", help="default: data")
    validate.set_defaults(run=cmd_validate)

    _build_commands(commands)
    _new_command(commands)

    compute = commands.add_parser(
        "compute", help="print every computed value, band, rank and change for one area"
    )
    compute.add_argument("--data", help="data folder (default: the settings' LANTERN_DATA_PATH)")
    compute.add_argument("--area", help="area_code (default: the settings' LANTERN_AREA)")
    _settings_option(compute)
    compute.add_argument("--json", action="store_true", help="write one JSON document")
    compute.set_defaults(run=cmd_compute)

    serve = commands.add_parser("serve", help="serve the built site on http://localhost")
    serve.add_argument("--output", default="output", help="default: output")
    serve.add_argument("--port", type=int, default=8000, help="default: 8000")
    serve.add_argument(
        "--bind",
        default=LOOPBACK,
        help=f"the address to listen on (default: {LOOPBACK}, this computer only)",
    )
    serve.add_argument(
        "--watch", action="store_true", help="rebuild on every change and reload the browser"
    )
    _settings_option(serve)
    serve.set_defaults(run=cmd_serve)
    return top


def main(argv: Sequence[str] | None = None) -> int:
    """Run a sub-command; turn every LanternError into plain lines and exit status 1."""
    args = parser().parse_args(argv)
    try:
        return int(args.run(args))
    except LanternError as error:
        print(format_report(error.problems), file=sys.stderr)
        if args.command in ("build", "merge"):
            print("Nothing was built; the previous site was left as it was.", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader (e.g. `| head`) stopped early; that is not an error.
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    sys.exit(main())
