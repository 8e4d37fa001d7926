"""The read-only profile for receptionists (and anyone without edit rights), as rich text."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from entryhub_desk.services.profile import KIND_ORDER, ProfileSummary
from entryhub_desk.views.profile.describe import describe
from entryhub_desk.views.profile.kinds import kind_title


def summary_html(summary: ProfileSummary) -> str:
    person = summary.person
    name = " ".join(part for part in (person.given_name, person.family_name) if part)
    parts = [f"<h2>{escape(name)} <small>({escape(summary.short_code)})</small></h2>"]
    any_entry = False
    for kind in KIND_ORDER:
        entries = summary.of(kind)
        if not entries:
            continue
        any_entry = True
        parts.append(f"<h3>{escape(kind_title(kind))}</h3><ul>")
        for entry in entries:
            title, details = describe(entry)
            line = f"<b>{escape(title)}</b>"
            if details:
                line += f"<br/>{escape(details)}"
            parts.append(f"<li>{line}</li>")
        parts.append("</ul>")
    if not any_entry:
        empty = QCoreApplication.translate("ProfileSummary", "No profile has been recorded yet.")
        parts.append(f"<p>{escape(empty)}</p>")
    return "".join(parts)
