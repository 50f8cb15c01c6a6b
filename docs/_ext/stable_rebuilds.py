"""Make a rebuild write what a clean build writes.

Two faults made a no-op ``make html`` change published files, and a third
made an incremental build end where no clean build does:

- Sphinx's search index forgets the index entries of every page it does not
  write again (sphinx-doc/sphinx#12599, open in Sphinx 9.0):
  ``IndexBuilder.load()`` restores the previous ``searchindex.js`` except its
  ``indexentries``, which live only in memory while pages are written. After a
  no-op rebuild the index had none, so the API's entries vanished from search.
  Before pages are written, this puts the previous build's entries back for
  every page that still exists; a page written again replaces its own.
- myst-nb copies its stylesheet into ``_static/`` only when the build has
  finished, after every page is written. Sphinx adds ``?v=<checksum>`` to a
  stylesheet link only if the file is already there, so a clean build linked
  it without the checksum and a rebuild with it, on the pages it rewrote.
  This makes myst-nb's own copy before any page is written.
- When a page written again no longer contains a word that only it had,
  Sphinx keeps the word in the search index with no page (``"100_000": []``).
  Such words are dropped before the index is written.
"""

from pathlib import Path

from sphinx.builders.html import StandaloneHTMLBuilder


def restore_index_entries(app, builder):
    if not isinstance(builder, StandaloneHTMLBuilder) or not builder.search:
        return
    try:
        with open(Path(builder.outdir, builder.searchindex_filename), encoding="utf-8") as file:
            frozen = builder.indexer_format.load(file)
    except (OSError, ValueError):
        return  # a clean build: nothing to restore
    if frozen.get("envversion") != builder.env.version:
        return  # Sphinx discards an index of another version too
    docnames = frozen["docnames"]
    # Sphinx writes pages in sorted order, so a clean build fills this in sorted order too.
    entries = {docname: [] for docname in sorted(builder.env.all_docs)}
    for entry, places in frozen["indexentries"].items():
        for index, target, main in places:
            if docnames[index] in entries:
                entries[docnames[index]].append((entry, target, "main" if main else ""))
    stored = builder.env._search_index_index_entries
    stored.clear()
    stored.update(entries)


def copy_notebook_stylesheet(app, builder):
    if "myst_nb" not in app.extensions:
        return
    from myst_nb.sphinx_ext import add_global_html_resources

    Path(builder.outdir, "_static").mkdir(parents=True, exist_ok=True)
    add_global_html_resources(app, None)


def drop_words_without_pages(app):
    indexer = getattr(app.builder, "indexer", None)
    if indexer is None:
        return []
    for mapping in (indexer._mapping, indexer._title_mapping):
        for word in [word for word, docnames in mapping.items() if not docnames]:
            del mapping[word]
    return []  # html-collect-pages expects pages: this adds none


def setup(app):
    app.connect("write-started", restore_index_entries)
    app.connect("write-started", copy_notebook_stylesheet)
    # The last event before the index is written, once every page has been fed to it.
    app.connect("html-collect-pages", drop_words_without_pages)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
