"""The feed readers, one module each, all producing the typed raw entry of ``entry.py``:

    plain.py      plain UTF-8 RSS 2.0 and Atom 1.0 with ElementTree (fast; refuses the rest)
    universal.py  feedparser, for every other RSS, Atom and RDF document
    jsonfeed.py   JSON Feed 1.0 / 1.1 (feedparser 6.0 has no JSON Feed support)

watcher/parse.py sniffs a body and picks the reader.
"""
