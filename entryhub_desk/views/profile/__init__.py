"""The Visitor section: a person's competence profile (tabbed editor, picker, summary)."""
