"""Sync between the desk and the network's central server.

``wire`` (the JSON messages and HTTP conventions) and ``bundle_crypto`` (offline bundles) are
shared with the server (``entryhub_server``) and import nothing of Qt, HTTP or SQL.
"""
