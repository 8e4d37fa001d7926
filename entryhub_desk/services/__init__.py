"""Services: what the command line and the GUI call. Qt-free; every action checks roles."""

from entryhub_desk.services.desk import Desk
from entryhub_desk.services.session import Session

__all__ = ["Desk", "Session"]
