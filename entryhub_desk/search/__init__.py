"""Finding returning visitors: name keys across scripts, phone queries, ranking. Qt-free and
store-free (the index itself lives in :mod:`entryhub_desk.store.search_index`)."""
