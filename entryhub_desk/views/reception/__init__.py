"""The Reception section: search, check-in, new visitors, consents, today's visits, imports."""
