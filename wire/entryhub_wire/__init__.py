"""The sync wire format shared by Entry Hub Desk and its network's server.

Installed on its own (``pip install ./wire``) and imported by both ``entryhub_desk`` and
``entryhub_server``; it imports neither of them, nor Qt, HTTP or SQL (only ``cryptography``).

- ``wire``: the JSON messages (``messages``, ``snapshot_messages``), the protocol constants
  (``protocol``) and body encoding (``codec``), all through one module;
- ``bundle_crypto``: offline bundles; ``grants``: signed staff roles and erasure signatures;
  ``enrol_proof``: a device's signature on its enrolment request;
- ``errors``: the coded error base and the exit codes; ``ids``: UUIDv7 record ids;
  ``codes``: the desk's codes the server needs (profile entry kinds, a consent purpose).

Keep this package light: the desk imports it at start-up.
"""
