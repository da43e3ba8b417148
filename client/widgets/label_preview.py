"""Live label preview: the template drawn with sample data through the same path as printing
(render_pdf → PDF → QtPdf page image), in the background, debounced, with the element boxes
outlined and the selected one highlighted; problems (a barcode that cannot hold its content,
modules smaller than a printer dot) listed beneath."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from client.labels import raster
from client.labels.model import Job, Template
from client.labels.render_pdf import LabelError, render_pdf
from client.tasks import Task, TaskManager

MM_PER_INCH = 25.4
SNAP_DPI = 300  # barcode modules on a 300 dpi grid, as most label printers print


@dataclass(frozen=True)
class Rendered:
    image: QImage
    problems: tuple[LabelError, ...]


def render_preview(template: Template, job: Job, dpi: float) -> Rendered:
    """Background: the first label of `job` as an image at `dpi`, problems marked not raised."""
    problems: list[LabelError] = []
    pdf = render_pdf(template, job, labels=job.labels[:1], dpi=SNAP_DPI, strict=False,
                     problems=problems)
    return Rendered(raster.page_image(pdf, 0, dpi), tuple(problems))


class Canvas(QWidget):
    """Paints the label image scaled to fit, with element outlines."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image: QImage | None = None
        self.template: Template | None = None
        self.selected = -1
        self.setMinimumSize(260, 180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def label_rect(self) -> QRectF:
        if self.template is None:
            return QRectF()
        t = self.template
        scale = min((self.width() - 24) / t.width_mm, (self.height() - 24) / t.height_mm)
        w, h = t.width_mm * scale, t.height_mm * scale
        return QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#e9ebee"))
        if self.image is None or self.template is None:
            return
        target = self.label_rect()
        painter.fillRect(target.translated(3, 3), QColor(0, 0, 0, 40))
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(target, self.image)
        scale = target.width() / self.template.width_mm
        for index, e in enumerate(self.template.elements):
            chosen = index == self.selected
            pen = QPen(QColor("#d35400" if chosen else "#5b8def"), 2 if chosen else 1)
            pen.setStyle(Qt.PenStyle.SolidLine if chosen else Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawRect(QRectF(target.x() + e.x_mm * scale, target.y() + e.y_mm * scale,
                                    e.width_mm * scale, e.height_mm * scale))
        painter.end()


class LabelPreview(QWidget):
    updated = Signal()  # a new image is shown

    def __init__(self, tasks: TaskManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.canvas = Canvas()
        self.canvas.setObjectName("previewCanvas")
        self.problems = QLabel()
        self.problems.setObjectName("previewProblems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #a61b1b;")
        self.size_label = QLabel()
        self.size_label.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.size_label)
        layout.addWidget(self.problems)
        self.template: Template | None = None
        self.job: Job | None = None
        self.generation = 0
        self.shown_generation = 0
        self.last_problems: tuple[LabelError, ...] = ()
        self.pending: Task | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self._render)

    def show_label(self, template: Template, job: Job) -> None:
        """Redraw soon (edits in quick succession render once)."""
        self.template, self.job = template, job
        self.generation += 1
        self._timer.start()

    def select(self, index: int) -> None:
        self.canvas.selected = index
        self.canvas.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.template is not None:
            self._timer.start()

    def _render(self) -> None:
        template, job = self.template, self.job
        if template is None or job is None or not job.labels:
            return
        rect = self.canvas.label_rect()
        ratio = self.devicePixelRatioF()
        fit = rect.width() * ratio / (template.width_mm / MM_PER_INCH)
        dpi = max(200.0, min(600.0, fit))  # never upscaled into blur; scaled down smoothly
        generation = self.generation

        def done(result: Rendered) -> None:
            if generation < self.shown_generation:
                return
            self.shown_generation = generation
            self.canvas.image, self.canvas.template = result.image, template
            self.last_problems = result.problems
            self.problems.setText("\n".join(self._describe(p) for p in result.problems))
            self.size_label.setText(self.tr("%1 × %2 mm, sample data").replace(
                "%1", f"{template.width_mm:g}").replace("%2", f"{template.height_mm:g}"))
            self.canvas.update()
            self.updated.emit()

        def failed(exc: BaseException) -> None:
            self.problems.setText(str(exc))

        self.pending = self.tasks.run(lambda task: render_preview(template, job, dpi),
                                      on_success=done, on_failure=failed, owner=self)

    def _describe(self, problem: LabelError) -> str:
        if problem.kind == "too_small":
            text = self.tr("the barcode's modules are smaller than one printer dot; make the "
                           "element bigger.")
        elif self.template is not None and problem.index < len(self.template.elements) \
                and self.template.elements[problem.index].symbology.gs1:
            text = self.tr("GS1 barcodes carry {element_string} (of a GS1 batch) or application "
                           "identifiers in brackets, e.g. (01){gtin}(10){lot_no}.")
        else:
            text = self.tr("cannot be drawn (%1).").replace("%1", problem.reason)
        return self.tr("Element %1: %2").replace("%1", str(problem.index + 1)).replace(
            "%2", text)
