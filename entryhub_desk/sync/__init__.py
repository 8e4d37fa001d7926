"""Sync between the desk and the network's central server.

The wire format (JSON messages, HTTP conventions), offline bundles and signed grants are the
separate package ``entryhub_wire``, shared with the server (``entryhub_server``); this package
holds the desk's side: the HTTP client, the sync engine, enrolment and bundle files.
"""
