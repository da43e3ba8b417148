"""Design a label template: size in mm, level, logo, the element table and a live preview drawn
with sample data through the same renderer that prints."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from client import code_names
from client.labels import protos
from client.labels.model import Element, Job, Kind, Symbology, Template, sample_job
from client.session import Session
from client.validation import code_ok, is_blank
from client.widgets.element_table import ElementTable
from client.widgets.form import FormDialog
from client.widgets.label_preview import LabelPreview
from shared.pb import codes_pb2, labels_pb2

MAX_LOGO = 512 * 1024
_MIME = {b"\x89PNG\r\n\x1a\n": "image/png", b"\xff\xd8\xff": "image/jpeg"}


def starter_elements() -> tuple[Element, ...]:
    """A bottle label to start from: QR with the consumer URL, the code, product, lot, date."""
    return (
        Element(Kind.BARCODE, 1.5, 1.5, 24, 24, Symbology.QR, "{url}"),
        Element(Kind.TEXT, 1.5, 26, 28, 4, content="{code}", font_size_pt=7),
        Element(Kind.TEXT, 28, 2, 30, 10, content="{product_name}", font_size_pt=11, bold=True),
        Element(Kind.TEXT, 28, 14, 30, 4, content="规格 {spec}", font_size_pt=8),
        Element(Kind.TEXT, 28, 18.5, 30, 4, content="批号 {lot_no}", font_size_pt=8),
        Element(Kind.TEXT, 28, 23, 30, 4, content="生产日期 {production_date}", font_size_pt=8),
        Element(Kind.BARCODE, 1.5, 31, 44, 8, Symbology.CODE128, "{code}"),
    )


def preview_job(level: int) -> Job:
    """Sample data shaped like the level's codes (pallets: an SSCC)."""
    job = sample_job(1)
    if level == codes_pb2.CODE_LEVEL_PALLET:
        sscc = "169012340000012344"
        pallet = replace(job.labels[0], code=sscc, element_string="00" + sscc,
                         url=f"https://id.yima.example/00/{sscc}", verification_code="")
        return replace(job, labels=(pallet,))
    return job


def logo_mime(data: bytes) -> str:
    return next((mime for magic, mime in _MIME.items() if data.startswith(magic)), "")


class DesignerDialog(FormDialog):
    def __init__(self, session: Session, template: labels_pb2.LabelTemplate | None = None,
                 parent: QWidget | None = None) -> None:
        self.record = template or labels_pb2.LabelTemplate(
            level=codes_pb2.CODE_LEVEL_ITEM, width_mm=60, height_mm=40, active=True)
        super().__init__(session, self.tr("Edit label template") if self.record.id
                         else self.tr("New label template"), parent)
        self.setObjectName("designerDialog")
        r = self.record
        self.logo = bytes(r.logo)
        self.code = QLineEdit(r.code)
        self.name = QLineEdit(r.name)
        self.level = QComboBox()
        for value, name in code_names.levels().items():
            self.level.addItem(name, value)
        self.level.setCurrentIndex(max(0, self.level.findData(r.level)))
        self.width = self._mm(r.width_mm)
        self.width.setObjectName("labelWidth")
        self.height = self._mm(r.height_mm)
        size = QHBoxLayout()
        size.addWidget(self.width)
        size.addWidget(QLabel("×"))
        size.addWidget(self.height)
        size.addWidget(QLabel(self.tr("mm")))
        size.addStretch(1)
        size_box = QWidget()
        size_box.setLayout(size)
        size.setContentsMargins(0, 0, 0, 0)
        self.active = QCheckBox(self.tr("Active (offered for printing)"))
        self.active.setChecked(r.active)
        self.logo_label = QLabel()
        self.logo_button = QPushButton(self.tr("Choose…"))
        self.logo_clear = QPushButton(self.tr("Remove"))
        logo_row = QHBoxLayout()
        logo_row.setContentsMargins(0, 0, 0, 0)
        logo_row.addWidget(self.logo_label, 1)
        logo_row.addWidget(self.logo_button)
        logo_row.addWidget(self.logo_clear)
        logo_box = QWidget()
        logo_box.setLayout(logo_row)
        self.add_field("code", self.tr("Code"), self.code, required=True)
        self.add_field("name", self.tr("Name"), self.name, required=True)
        self.add_field("level", self.tr("Level"), self.level)
        self.add_field("width_mm", self.tr("Size"), size_box, required=True)
        self.add_field("logo", self.tr("Logo"), logo_box)
        self.form.addRow("", self.active)
        self.elements = ElementTable()
        self.fields["elements"] = self.elements
        self.preview = LabelPreview(session.tasks)
        self.preview.setObjectName("labelPreview")
        # header and preview side by side, the element table underneath
        self.body.removeItem(self.form)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(self.form)
        left_layout.addStretch(1)
        top = QSplitter()
        top.addWidget(left)
        top.addWidget(self.preview)
        top.setStretchFactor(1, 1)
        top.setSizes([420, 620])
        self.body.insertWidget(1, top, 1)
        self.extra.addWidget(self.elements)
        self.elements.set_elements(protos.template(r).elements if r.elements
                                   else starter_elements())
        self.elements.changed.connect(self.refresh)
        self.elements.current_changed.connect(self.preview.select)
        for spin in (self.width, self.height):
            spin.valueChanged.connect(self.refresh)
        self.level.currentIndexChanged.connect(self.refresh)
        self.logo_button.clicked.connect(self._choose_logo)
        self.logo_clear.clicked.connect(lambda: self.set_logo(b""))
        self.set_logo(self.logo)
        self.elements.table.setMinimumHeight(240)
        self.resize(1180, 860)

    def _mm(self, value: float) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setRange(10, 300)
        spin.setDecimals(1)
        spin.setValue(value or 60)
        spin.setKeyboardTracking(False)
        return spin

    def template(self) -> Template:
        return Template(self.width.value(), self.height.value(), tuple(self.elements.elements()),
                        self.logo)

    def refresh(self) -> None:
        self.preview.show_label(self.template(), preview_job(int(self.level.currentData())))

    def _choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Logo"), "",
                                              self.tr("Images (*.png *.jpg *.jpeg)"))
        if path:
            data = Path(path).read_bytes()
            if len(data) > MAX_LOGO or not logo_mime(data):
                self.show_error(self.tr("The logo must be a PNG or JPEG of at most 512 KB."))
                return
            self.set_logo(data)

    def set_logo(self, data: bytes) -> None:
        self.logo = data
        self.logo_label.setText(self.tr("%1 KB").replace("%1", f"{len(data) / 1024:.0f}")
                                if data else self.tr("(none)"))
        self.logo_clear.setEnabled(bool(data))
        self.refresh()

    def validate(self) -> list[tuple[str, str]]:
        problems: list[tuple[str, str]] = []
        if not code_ok(self.code.text()):
            problems.append(("code", self.tr("Enter a code without spaces.")))
        if is_blank(self.name.text()):
            problems.append(("name", self.tr("Enter the name.")))
        problems.extend(("elements", text) for text in self.elements.problems(
            self.width.value(), self.height.value(), bool(self.logo)))
        return problems

    def build(self) -> labels_pb2.LabelTemplate:
        return labels_pb2.LabelTemplate(
            id=self.record.id, code=self.code.text().strip(), name=self.name.text().strip(),
            level=int(self.level.currentData()), width_mm=self.width.value(),
            height_mm=self.height.value(),
            elements=[protos.element_proto(e) for e in self.elements.elements()],
            logo=self.logo, logo_mime=logo_mime(self.logo), active=self.active.isChecked())

    def send(self, request: labels_pb2.LabelTemplate) -> labels_pb2.LabelTemplate:
        conn = self.session.connection
        method = conn.labels.UpdateTemplate if request.id else conn.labels.CreateTemplate
        return conn.call(method, request)
