"""Sphinx configuration. Build with ``make html`` (sources in docs/, this file at the root)."""

import sys
from pathlib import Path

ROOT = Path(__file__).parent
sys.path.insert(0, str(ROOT / "docs" / "_ext"))

# Options for the project.
project = "Understanding Convolutions, executable"
author = "The conv-examples developers"
copyright = f"2026, {author}"
language = "en"

# Options for Sphinx.
extensions = [
    "myst_nb",
    "sphinx_gallery.gen_gallery",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "gallery_dependencies",
    "mathml",
    "notebook_download",
    "animation_player",
    "gallery_thumbnails",
    "reproducible_downloads",
    "palette_images",
    "figure_srcset",
    "page_assets",
    "meta_descriptions",
    "page_values",
    "explorers",
    "sphinx_reredirects",
    "sphinx_design",
    "sphinx_copybutton",
    "notebook_kernel",
    "stable_rebuilds",
]
root_doc = "index"
exclude_patterns = [
    "_ext",
    "_values",
    "_generated",
    # sphinx-gallery writes a notebook and a script beside each generated
    # page; they are downloads, not sources for myst-nb to read.
    "auto_examples/**.ipynb",
    "auto_examples/**.py",
    "auto_examples/**.zip",
]
nitpicky = True
html_math_renderer = "mathml"

# Options for MyST and myst-nb.
myst_enable_extensions = ["colon_fence", "dollarmath", "amsmath"]
myst_heading_anchors = 3
myst_footnote_transition = False
nb_execution_mode = "cache"
nb_execution_raise_on_error = True

# Options for sphinx-gallery.
sphinx_gallery_conf = {
    "examples_dirs": "../conv_examples",
    "gallery_dirs": "auto_examples",
    "filename_pattern": r"/plot_",
    # Only plot_*.py files are examples: the package's modules live beside them.
    "ignore_pattern": r"^(?!plot_)",
    "subsection_order": [
        f"../conv_examples/{part}"
        for part in (
            "dropped_ball",
            "visualizing",
            "properties",
            "two_dimensions",
            "networks",
            "evidence",
        )
    ],
    "within_subsection_order": "FileNameSortKey",
    # Which examples use which function, for the mini-galleries of docs/api.md.
    "doc_module": ("conv_examples",),
    "backreferences_dir": "_generated/backreferences",
    "remove_config_comments": True,
    "image_srcset": ["1.5x", "2x"],
    # Matplotlib's scraper, plus each figure's smallest text size and a
    # description as alt text (docs/_ext/figure_legibility.py).
    "image_scrapers": ("figure_legibility.scraper",),
    "matplotlib_animations": (True, "jshtml"),
    "abort_on_example_error": False,
    # Run the examples in as many processes as sphinx-build's -j allows.
    "parallel": True,
    "show_memory": False,
    # The all-examples zips are rebuilt on every run, which made Sphinx re-read
    # the gallery index every time; each example still has its own downloads.
    "download_all_examples": False,
    # Only printed output, not the repr of a cell's last value (it holds
    # memory addresses, which change from build to build).
    "capture_repr": (),
    # Execution times change from build to build; keep them out of the pages.
    "min_reported_time": sys.maxsize,
    "write_computation_times": False,
}

# Options for sphinx-reredirects. The gallery section "images" was renamed
# "two_dimensions" (its name clashed with sphinx-gallery's own images/ folder);
# static hosts have no redirects of their own, so each old page becomes one.
redirect_html_template_file = "_templates/redirect.html"
redirects = {
    f"auto_examples/images/{page}": f"../two_dimensions/{page}.html"
    for page in (
        "index",
        "plot_1_ball_on_a_plane",
        "plot_2_box_blur",
        "plot_3_edges",
        "plot_4_more_kernels",
        "plot_5_convolution_vs_correlation",
    )
}

# Options for autodoc.
autodoc_member_order = "bysource"
napoleon_use_rtype = False
napoleon_preprocess_types = True
# numpydoc's shape and type notation, e.g. "(N,) array_like", names no object.
nitpick_ignore_regex = [("py:class", r".*(array_like|ndarray|optional|\(\S*|\S*\)|numpy\.\S+).*")]

# Options for HTML output.
html_theme = "furo"
html_title = project
html_favicon = "docs/_static/favicon.svg"
templates_path = ["docs/_templates"]
html_static_path = ["docs/_static"]
html_css_files = ["custom.css", "figures.css", "answers.css"]
html_last_updated_fmt = None
html_show_sourcelink = False
html_copy_source = False

# Options for sphinx-copybutton: a button on code, not on what the code printed
# (myst-nb's and sphinx-gallery's output blocks).
copybutton_selector = "div:not(.output, .sphx-glr-script-out) > div.highlight > pre"
