"""The independent evaluation set of the visitor search (cases, population, runner).

Written from naming practice, not from the engine: ``cases_*.py`` hold the cases by class,
``population.py`` the seeded population with realistic namesake density, ``store_build.py``
places both in a real desk store, ``runner.py`` computes recall@1, recall@5, MRR, the zero-row
rate and the duplicate check per class. Used by ``tests/search/test_eval.py`` and
``tests/bench/bench_search.py``.
"""
