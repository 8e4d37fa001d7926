"""What the dialogs that set a password share: the new password typed twice with its strength
hint, an inline error, a busy bar, and one background call at a time.

A subclass builds its form as ``self.ui`` (with ``passwordEdit``, ``repeatEdit``,
``strengthBar``, ``strengthHint``, ``errorLabel``, ``busyBar`` and ``buttonBox``), calls
:meth:`_wire`, and gives :meth:`_inputs` (disabled while busy), :meth:`_after_error` (where the
cursor goes) and ``_retranslate`` (its own texts, in its own ``tr`` context).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QWidget

from entryhub_desk.views.common import InlineError, is_language_change, set_busy
from entryhub_desk.views.discard_guard import DiscardGuard
from entryhub_desk.views.password_fields import NewPasswordFields
from entryhub_desk.views.tasks import Op

T = TypeVar("T")


class PasswordDialog(QDialog):
    ui: Any
    _fields: NewPasswordFields
    _error: InlineError
    _op: Op[Any] | None = None

    def _wire(self, first: QWidget) -> None:
        self._fields = NewPasswordFields(
            self.ui.passwordEdit,
            self.ui.repeatEdit,
            self.ui.strengthBar,
            self.ui.strengthHint,
            self,
        )
        self._error = InlineError(self.ui.errorLabel)
        self.ui.buttonBox.accepted.connect(self._submit)
        set_busy(self.ui.busyBar, False)
        self._retranslate()
        first.setFocus()
        # Escape or Cancel with a typed name or password asks first (issue 14)
        self.guard = DiscardGuard(self)
        self.ui.buttonBox.rejected.connect(self.guard.cancel)

    # -- for subclasses -----------------------------------------------------------------

    def _submit(self) -> None:
        raise NotImplementedError

    def _inputs(self) -> tuple[QWidget, ...]:
        raise NotImplementedError

    def _after_error(self, code: str) -> None:
        self.ui.passwordEdit.setFocus()

    def _retranslate(self) -> None:
        self._fields.retranslate()
        self._error.retranslate()

    # -- running the call ---------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._op is not None and self._op.running

    def _start(self, work: Callable[[], T], done: Callable[[T], None]) -> None:
        """Run ``work`` in the background; ``done`` gets its result on the GUI thread."""
        self._error.show(None)
        self._set_busy(True)
        self._op = (
            Op(work, parent=self)
            .success(lambda result: self._finished(done, result))
            .failure(self._show_error)
            .run_in_background()
        )

    def _finished(self, done: Callable[[T], None], result: T) -> None:
        self._set_busy(False)
        self._fields.clear()
        done(result)

    def _show_error(self, error: Exception) -> None:
        self._set_busy(False)
        self._error.show(error)
        self._after_error(str(getattr(error, "code", "")))

    def _set_busy(self, busy: bool) -> None:
        set_busy(self.ui.busyBar, busy, (*self._inputs(), self.ui.buttonBox))

    def reject(self) -> None:
        if self.running:
            return
        super().reject()

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)
