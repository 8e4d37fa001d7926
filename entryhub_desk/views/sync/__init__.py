"""The Sync section: the background runner, the status bar text, the page, the conflicts."""
