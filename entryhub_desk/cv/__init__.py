"""The CV: a document model built from a competence profile, and its A4 PDF renderers.

Qt-free. ``build.build_document(person, entries, language=…)`` turns a profile into a
:class:`~entryhub_desk.cv.model.CvDocument`; ``render.render_pdf(document, template=…)`` draws
it with reportlab (fonts from ``resources/fonts``, complex scripts shaped in ``text``).
The service the GUI and the command line call is :mod:`entryhub_desk.services.cv`.
"""
