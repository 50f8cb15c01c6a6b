"""docs/_ext/gallery_dependencies.py: a change to a conv_examples module makes
sphinx-gallery re-run exactly the scripts that import it, directly or through
another module, and no other. Small project trees in a temporary folder."""

import sys
from types import SimpleNamespace

import pytest
from conftest import ROOT

sys.path.insert(0, str(ROOT / "docs" / "_ext"))
import gallery_dependencies  # noqa: E402
from gallery_dependencies import dependency_hash, invalidate_stale_examples  # noqa: E402

# A package shaped like conv_examples: numbers <- shapes <- look, and a loner.
MODULES = {
    "numbers.py": "import math\n\nONE = 1\n",
    "shapes.py": "from conv_examples.numbers import ONE\n\nSQUARE = ONE * ONE\n",
    "look.py": "from . import shapes\nfrom .numbers import ONE\n",
    "loner.py": "LONER = 0\n",
}
SCRIPTS = {
    "part/plot_1_numbers.py": "from conv_examples.numbers import ONE\n",
    "part/plot_2_shapes.py": "import conv_examples.shapes as shapes\n",
    "part/plot_3_look.py": "from conv_examples import look\n",
    "other/plot_4_nothing.py": "import numpy as np\n",
}


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A project: docs/ with the gallery and its extensions, the examples beside it."""
    extensions = tmp_path / "docs" / "_ext"
    extensions.mkdir(parents=True)
    (extensions / "scraper.py").write_text("def scraper(): pass\n")
    monkeypatch.setattr(gallery_dependencies, "EXTENSIONS", extensions)
    examples = tmp_path / "conv_examples"
    for name, text in {**MODULES, **SCRIPTS}.items():
        (examples / name).parent.mkdir(parents=True, exist_ok=True)
        (examples / name).write_text(text)
    app = SimpleNamespace(
        srcdir=str(tmp_path / "docs"),
        config=SimpleNamespace(
            sphinx_gallery_conf={
                "examples_dirs": "../conv_examples",
                "gallery_dirs": "auto_examples",
            }
        ),
    )
    return SimpleNamespace(app=app, examples=examples, gallery=tmp_path / "docs" / "auto_examples")


def build_and_mark_all_run(project):
    """What a build does: invalidate, then sphinx-gallery runs every script
    without an .md5 and writes one."""
    invalidate_stale_examples(project.app)
    for script in SCRIPTS:
        (project.gallery / f"{script}.md5").write_text("run")


def scripts_to_rerun(project):
    invalidate_stale_examples(project.app)
    return {script for script in SCRIPTS if not (project.gallery / f"{script}.md5").exists()}


def edit(project, module):
    with open(project.examples / module, "a") as file:
        file.write("# edited\n")


def test_nothing_changed_reruns_nothing(project):
    build_and_mark_all_run(project)
    assert scripts_to_rerun(project) == set()


@pytest.mark.parametrize(
    "module, rerun",
    [
        # Imported by every script that uses the package, two of them through others.
        ("numbers.py", {"part/plot_1_numbers.py", "part/plot_2_shapes.py", "part/plot_3_look.py"}),
        ("shapes.py", {"part/plot_2_shapes.py", "part/plot_3_look.py"}),
        ("look.py", {"part/plot_3_look.py"}),
        ("loner.py", set()),
    ],
)
def test_a_changed_module_reruns_exactly_its_importers(project, module, rerun):
    build_and_mark_all_run(project)
    edit(project, module)
    assert scripts_to_rerun(project) == rerun
    # and only once: the next build runs nothing again
    build_and_mark_all_run(project)
    assert scripts_to_rerun(project) == set()


def test_a_changed_extension_reruns_every_script_once(project):
    build_and_mark_all_run(project)
    with open(gallery_dependencies.EXTENSIONS / "scraper.py", "a") as file:
        file.write("# saves figures differently\n")
    assert scripts_to_rerun(project) == set(SCRIPTS)
    build_and_mark_all_run(project)
    assert scripts_to_rerun(project) == set()


def test_a_new_import_is_followed(project):
    build_and_mark_all_run(project)
    (project.examples / "loner.py").write_text("from conv_examples.numbers import ONE\n")
    edit(project, "numbers.py")
    script = project.examples / "other" / "plot_4_nothing.py"
    script.write_text("from conv_examples.loner import LONER\n")
    assert "other/plot_4_nothing.py" in scripts_to_rerun(project)


def test_the_hash_covers_the_transitive_closure_and_survives_cycles(project):
    (project.examples / "numbers.py").write_text("from conv_examples import look\n")
    script = project.examples / "part" / "plot_1_numbers.py"
    before = dependency_hash(script, project.examples)
    edit(project, "shapes.py")  # numbers -> look -> shapes (-> numbers again)
    after = dependency_hash(script, project.examples)
    assert after != before
    edit(project, "loner.py")  # imported by none of them
    assert dependency_hash(script, project.examples) == after
