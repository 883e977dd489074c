"""The GitHub Actions workflows: valid, least-privilege, and never deploying a failed build."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import pytest
import yaml

WORKFLOWS = Path(__file__).resolve().parents[1] / ".github" / "workflows"
PINNED = re.compile(r"^[\w.-]+/[\w./-]+@[0-9a-f]{40}$")
# The version a pinned commit is, in a comment after it: owner/repo@<commit> # v1.2.3
PINNED_LINE = re.compile(r"uses: [\w.-]+/[\w./-]+@[0-9a-f]{40} # v\d+(\.\d+)*$")


# The workflow ``lantern new`` writes into a new site, checked by the same rules as the
# project's own (the same pins, the same hardening).
NEW_SITE = "new-site publish.yml"


def text_of(name: str) -> str:
    """A workflow's text: the project's, or the one a new site is given, filled in."""
    if name != NEW_SITE:
        return (WORKFLOWS / name).read_text(encoding="utf-8")
    from lantern.starter.context import blank_context
    from lantern.starter.site import fill_starter

    with tempfile.TemporaryDirectory() as folder:
        fill_starter("blank", blank_context(), Path(folder))
        return (Path(folder) / ".github" / "workflows" / "publish.yml").read_text(encoding="utf-8")


def path_of(name: str, folder: Path) -> Path:
    """A file holding the workflow (the new site's is written into ``folder``)."""
    if name != NEW_SITE:
        return WORKFLOWS / name
    path = folder / "publish.yml"
    path.write_text(text_of(name), encoding="utf-8")
    return path


def load(name: str) -> dict[str, Any]:
    document: dict[Any, Any] = yaml.safe_load(text_of(name))
    # YAML 1.1 reads the key "on" as True.
    document["on"] = document.pop(True, document.get("on"))
    return document


def actionlint() -> str:
    found = shutil.which("actionlint") or str(Path(sys.executable).parent / "actionlint")
    if not Path(found).is_file():
        pytest.fail("actionlint is not installed: run 'make test', which installs it", False)
    return found


def steps(job: dict[str, Any]) -> list[dict[str, Any]]:
    return list(job.get("steps", []))


def position(job: dict[str, Any], text: str) -> int:
    for index, step in enumerate(steps(job)):
        if text in str(step.get("run", "")) or text in str(step.get("uses", "")):
            return index
    raise AssertionError(f"no step runs or uses {text!r}")


@pytest.mark.parametrize("name", ["publish.yml", "preview.yml", NEW_SITE])
def test_actionlint_finds_no_problem(name: str, tmp_path: Path) -> None:
    result = subprocess.run(
        [actionlint(), str(path_of(name, tmp_path))], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("name", ["publish.yml", "preview.yml", NEW_SITE])
def test_every_action_is_pinned_to_a_full_commit(name: str) -> None:
    """A tag can be moved to other code; a commit cannot."""
    for job in load(name)["jobs"].values():
        for step in steps(job):
            if "uses" in step:
                assert PINNED.match(step["uses"]), step["uses"]
    for line in text_of(name).splitlines():
        if "uses:" in line:
            assert PINNED_LINE.search(line.strip()), f"no version noted: {line.strip()}"


def test_publish_runs_on_a_release_a_push_to_main_and_by_hand() -> None:
    triggers = load("publish.yml")["on"]
    assert triggers["release"] == {"types": ["published"]}
    assert triggers["push"] == {"branches": ["main"]}
    assert "workflow_dispatch" in triggers


def test_only_the_deploy_job_may_write_to_pages() -> None:
    workflow = load("publish.yml")
    assert workflow["permissions"] == {"contents": "read"}
    jobs = workflow["jobs"]
    assert jobs["deploy"]["permissions"] == {"pages": "write", "id-token": "write"}
    for name, job in jobs.items():
        if name != "deploy":
            permissions = job.get("permissions", {})
            assert permissions.get("pages") in (None, "read"), name
            assert "id-token" not in permissions, name
            assert set(permissions.values()) <= {"read"}, name


def test_two_releases_never_deploy_at_once() -> None:
    concurrency = load("publish.yml")["concurrency"]
    assert concurrency["group"] and concurrency["cancel-in-progress"] is False


def test_nothing_is_deployed_unless_every_check_and_the_build_passed() -> None:
    jobs = load("publish.yml")["jobs"]
    test, prepare, shard, build, deploy = (
        jobs[name] for name in ("test", "prepare", "shard", "build", "deploy")
    )
    assert prepare["needs"] == "test" and shard["needs"] == "prepare"
    assert build["needs"] == "shard" and deploy["needs"] == "build"
    for job in (prepare, shard, build, deploy):
        assert "if" not in job, "an 'if' could let a failed build deploy"
    for job in (test, prepare, shard, build):
        assert job["steps"][position(job, "actions/checkout")]["with"]["fetch-depth"] == 0
    assert position(test, "make validate") < position(test, ".ci/run")
    assert position(prepare, "make validate") < position(prepare, "lantern prepare")
    merge, upload = position(build, "lantern merge"), position(build, "upload-pages-artifact")
    assert position(build, "download-artifact") < merge < upload
    assert "continue-on-error" not in str(jobs)
    assert deploy["environment"]["name"] == "github-pages"
    assert "actions/deploy-pages" in steps(deploy)[0]["uses"]


def test_the_site_is_built_as_shards_that_agree_on_everything_they_share() -> None:
    """N machines (an input, 4 unless chosen) build from the one prepared release, at one
    build time and one address, so the merge gives the site a single build would."""
    workflow = load("publish.yml")
    inputs = workflow["on"]["workflow_dispatch"]["inputs"]
    assert inputs["shards"]["type"] == "number"
    prepare, shard = workflow["jobs"]["prepare"], workflow["jobs"]["shard"]
    assert prepare["env"]["SHARDS"] == "${{ inputs.shards || 4 }}"
    assert shard["strategy"]["matrix"]["shard"] == "${{ fromJSON(needs.prepare.outputs.shards) }}"
    handed = steps(prepare)[position(prepare, "actions/upload-artifact")]["with"]
    taken = steps(shard)[position(shard, "actions/download-artifact")]["with"]
    assert handed["name"] == taken["name"] and handed["path"] == taken["path"] == "cache"
    built = steps(shard)[position(shard, "--shard")]
    assert "${{ matrix.shard }}" in built["run"]
    assert built["env"]["SOURCE_DATE_EPOCH"] == "${{ needs.prepare.outputs.built-at }}"
    prepared = steps(prepare)[position(prepare, "lantern prepare")]
    assert prepared["env"]["SOURCE_DATE_EPOCH"] == "${{ steps.plan.outputs.built-at }}"
    assert "git log -1 --format=%ct" in steps(prepare)[position(prepare, "built-at=")]["run"]
    uploaded = steps(shard)[position(shard, "actions/upload-artifact")]["with"]
    assert uploaded["include-hidden-files"] is True, "the shard's mark is a hidden file"


def oldest_supported_python() -> int:
    """The minor version of pyproject.toml's requires-python (``>=3.11`` → 11)."""
    import tomllib

    project = tomllib.loads((WORKFLOWS.parents[1] / "pyproject.toml").read_text(encoding="utf-8"))
    return int(project["project"]["requires-python"].removeprefix(">=3."))


@pytest.mark.parametrize("name", ["publish.yml", "preview.yml"])
def test_every_supported_python_runs_every_test(name: str) -> None:
    """The oldest version pyproject.toml allows and every one after it up to the newest tested."""
    test = load(name)["jobs"]["test"]
    include = test["strategy"]["matrix"]["include"]
    minors = [int(entry["python"].split(".")[1]) for entry in include]
    assert len(minors) >= 2
    assert minors == list(range(oldest_supported_python(), max(minors) + 1))
    for entry in include:
        assert entry["image"].startswith(f"python:{entry['python']}-slim-bookworm@"), entry
    assert test["container"] == "${{ matrix.image }}"
    assert "bash .ci/run" in str(test["steps"])


def test_a_pull_request_gets_a_checked_preview_and_deploys_nothing() -> None:
    workflow = load("preview.yml")
    assert list(workflow["on"]) == ["pull_request"]
    test, preview = workflow["jobs"]["test"], workflow["jobs"]["preview"]
    for job in (test, preview):
        assert set(job["permissions"].values()) == {"read"}
    assert preview["needs"] == "test"
    build, upload = position(preview, "make html"), position(preview, "actions/upload-artifact")
    assert build < upload
    assert preview["steps"][upload]["with"]["path"] == "output"
    assert "deploy-pages" not in str(workflow)


def test_the_published_build_gets_the_sites_address_from_pages() -> None:
    """Feeds, the sitemap and canonical links need the address GitHub Pages gives the site;
    the prepared release and every shard are built with it."""
    jobs = load("publish.yml")["jobs"]
    prepare, shard = jobs["prepare"], jobs["shard"]
    pages = prepare["steps"][position(prepare, "actions/configure-pages")]
    address = f"${{{{ steps.{pages['id']}.outputs.base_url }}}}"
    assert prepare["outputs"]["site-url"] == address
    assert prepare["steps"][position(prepare, "lantern prepare")]["env"]["SITEURL"] == address
    built = shard["steps"][position(shard, "--shard")]
    assert built["env"]["SITEURL"] == "${{ needs.prepare.outputs.site-url }}"


def test_a_new_push_to_a_pull_request_replaces_its_preview_run() -> None:
    concurrency = load("preview.yml")["concurrency"]
    assert "pull_request.number" in concurrency["group"]
    assert concurrency["cancel-in-progress"] is True


DIGEST = re.compile(r"^python:(3\.\d+)-slim-bookworm@sha256:[0-9a-f]{64}$")


def images(name: str) -> list[tuple[str, str]]:
    """Every job's container image in a workflow, as (job, image), matrix entries included."""
    found = []
    for job_name, job in load(name)["jobs"].items():
        container = job.get("container")
        if container == "${{ matrix.image }}":
            found += [(job_name, entry["image"]) for entry in job["strategy"]["matrix"]["include"]]
        elif container:
            found.append((job_name, container))
    return found


@pytest.mark.parametrize("name", ["publish.yml", "preview.yml", NEW_SITE])
def test_every_container_image_is_pinned_by_digest(name: str) -> None:
    """A tag such as python:3.12-slim-bookworm can be moved to another image; a digest cannot."""
    assert images(name)
    for job, image in images(name):
        assert DIGEST.match(image), f"{job}: {image}"


def test_one_python_version_is_one_image_in_every_workflow() -> None:
    digests: dict[str, set[str]] = {}
    for name in ("publish.yml", "preview.yml", NEW_SITE):
        for _, image in images(name):
            digests.setdefault(image.split("@")[0], set()).add(image)
    assert all(len(pinned) == 1 for pinned in digests.values()), digests


@pytest.mark.parametrize("name", ["publish.yml", "preview.yml", NEW_SITE])
def test_a_job_first_checks_its_image_is_the_python_it_is_pinned_as(name: str) -> None:
    for job_name, job in load(name)["jobs"].items():
        if "container" not in job:
            continue
        check = position(job, "sys.version_info")
        assert check < position(job, "actions/checkout"), job_name
        script = steps(job)[check]["run"]
        expected = "${{ matrix.python }}" if job["container"] == "${{ matrix.image }}" else None
        if expected is None:
            match = DIGEST.match(job["container"])
            assert match, job_name
            expected = match.group(1)
        assert f'v == "{expected}"' in script and "/etc/debian_version" in script, job_name


@pytest.mark.parametrize("name", ["publish.yml", "preview.yml", NEW_SITE])
def test_no_checkout_leaves_the_token_in_the_git_config(name: str) -> None:
    """Later steps run the council's code and tests; they never get the job's token from git."""
    for job_name, job in load(name)["jobs"].items():
        for step in steps(job):
            if "actions/checkout" in step.get("uses", ""):
                assert step.get("with", {}).get("persist-credentials") is False, job_name


@pytest.mark.parametrize(
    ("name", "job", "action"),
    [
        ("publish.yml", "build", "actions/upload-pages-artifact"),
        ("preview.yml", "preview", "actions/upload-artifact"),
    ],
)
def test_uploads_leave_hidden_files_out(name: str, job: str, action: str) -> None:
    """The built site needs no hidden file, so ``.git`` and the like can never be uploaded."""
    found = load(name)["jobs"][job]
    upload = steps(found)[position(found, action)]
    assert upload["with"]["path"] == "output"
    assert upload["with"].get("include-hidden-files", False) is False


def test_the_docs_tell_the_council_to_let_only_main_and_release_tags_deploy() -> None:
    """workflow_dispatch can pick any branch; only the environment's rules stop it deploying."""
    environment = load("publish.yml")["jobs"]["deploy"]["environment"]["name"]
    guide = (WORKFLOWS.parents[1] / "docs" / "publishing.md").read_text(encoding="utf-8")
    setup = guide[guide.index("## Setting it up") :].split("\n## ")[0]
    assert f"Settings → Environments → {environment}" in setup
    assert "Selected branches and tags" in setup
    assert "the branch `main`" in setup and "tag rule" in setup


def test_a_new_site_uses_the_same_pinned_actions_as_the_project() -> None:
    """One pin per action across the project's workflows and a new site's: updating the
    project's pins without the starter's (lantern.starter.pins) fails here."""
    pinned: dict[str, set[str]] = {}
    for name in ("publish.yml", "preview.yml", NEW_SITE):
        for job in load(name)["jobs"].values():
            for step in steps(job):
                if "uses" in step:
                    action, _, commit = step["uses"].partition("@")
                    pinned.setdefault(action, set()).add(commit)
    assert all(len(commits) == 1 for commits in pinned.values()), pinned
