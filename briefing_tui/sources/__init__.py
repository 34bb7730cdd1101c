"""Reading the outside world: I/O adapters the importer runs on its thread pool.

``http`` (guarded httpx downloads), ``html`` (trafilatura in killable worker
processes, ``html_worker``), ``feeds`` (feedparser), ``files`` (text, Markdown,
front matter, ``NAME.meta.json`` sidecars), ``detect`` (what a source is),
``urls`` (canonical URLs), ``dates`` (publication dates), ``jobs`` (one job
per source). Every failure is a :class:`~briefing_tui.sources.errors.SourceError`
whose message is one sentence for the user. Importing this package is cheap:
httpx, trafilatura and feedparser load only when a source needs them.
"""
