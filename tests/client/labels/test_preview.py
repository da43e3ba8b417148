"""The designer's parts without a server: the element table edits plain elements and the live
preview redraws (in the background) whenever the template changes, flagging what cannot print."""

from __future__ import annotations

from dataclasses import replace

from pytestqt.qtbot import QtBot

from client.labels.model import Element, Kind, Symbology, Template, sample_job
from client.tasks import TaskManager
from client.widgets.element_table import ContentEdit, ElementTable
from client.widgets.label_preview import LabelPreview
from tests.client.labels.decoding import decode


def test_preview_redraws_when_an_element_changes(qtbot: QtBot, tasks: TaskManager) -> None:
    table = ElementTable()
    preview = LabelPreview(tasks)
    qtbot.addWidget(table)
    qtbot.addWidget(preview)
    preview.resize(600, 420)
    preview.show()
    job = sample_job(1)
    table.changed.connect(lambda: preview.show_label(Template(50, 30, tuple(table.elements())),
                                                     job))
    with qtbot.waitSignal(preview.updated, timeout=10_000):
        table.set_elements([Element(Kind.BARCODE, 2, 2, 26, 26, Symbology.QR, "{url}")])
    assert [r.text for r in decode(preview.canvas.image)] == [job.labels[0].url]

    content = table._inner(0, 2)
    assert isinstance(content, ContentEdit)
    with qtbot.waitSignal(preview.updated, timeout=10_000):
        content.edit.clear()
        content.insert("code")  # the placeholder picker
    assert table.element(0).content == "{code}"
    assert [r.text for r in decode(preview.canvas.image)] == [job.labels[0].code]

    with qtbot.waitSignal(preview.updated, timeout=10_000):
        table.set_element(0, replace(table.element(0), symbology=Symbology.GS1_DATAMATRIX))
    assert [p.kind for p in preview.last_problems] == ["invalid"]
    assert "Element 1" in preview.problems.text()

    with qtbot.waitSignal(preview.updated, timeout=10_000):
        table.add_text.click()
    assert [e.kind for e in table.elements()] == [Kind.BARCODE, Kind.TEXT]
    assert table.problems(50, 30, has_logo=False) == []
    table.set_element(1, replace(table.element(1), x_mm=40))
    assert table.problems(50, 30, has_logo=False) == ["Element 2: lies outside the label."]
