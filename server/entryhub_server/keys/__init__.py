"""Keys of the server: the master key (outside the database), the per-network data keys that
seal personal values at rest, and the server's own key pairs (wrapped under the master key)."""
