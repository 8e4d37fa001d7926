"""Checks a form runs on what is being typed, before it calls a service. Qt-free.

- :func:`strength` (0–4) and :func:`check_password` (``DeskError`` for a password the rules
  refuse): the same rules the services apply when a password is set
  (:mod:`entryhub_desk.security.passwords`), shown live while a new password is typed.
- :func:`is_phone_query`: whether a search text reads as a phone number (the new-visitor form
  then fills it in as the phone, not the name), as the search itself decides
  (:mod:`entryhub_desk.search.phone`).

Views import these from here, since they talk to services only (the layer contracts in
``pyproject.toml``).
"""

from entryhub_desk.search.phone import is_phone_query
from entryhub_desk.security.passwords import check_password, strength

__all__ = ["check_password", "is_phone_query", "strength"]
