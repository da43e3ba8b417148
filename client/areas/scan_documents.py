"""What the product page shows besides the verdict: certificates and quality reports attached
to a product or a lot (证书与质检报告), and each product's verification code policy."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from client import scan_names
from client.areas.common import confirm, items_of, lister
from client.areas.scan_log import stub
from client.models.columns import Column, number
from client.session import Session
from client.widgets.form import FormDialog
from client.widgets.list_page import ListPage
from client.widgets.pickers import RecordPicker
from shared.pb import common_pb2, scans_pb2

MIMES = {".pdf": "application/pdf", ".png": "image/png", ".jpg": "image/jpeg",
         ".jpeg": "image/jpeg"}
MAX_BYTES = 5 * 1024 * 1024


class DocumentForm(FormDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Add a certificate or report"), parent)
        conn = session.connection
        self.for_product = QRadioButton(self.tr("A product (every lot)"))
        self.for_lot = QRadioButton(self.tr("One production lot"))
        self.for_product.setChecked(True)
        choice = QWidget()
        row = QHBoxLayout(choice)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.for_product)
        row.addWidget(self.for_lot)
        self.product = RecordPicker(session, items_of(conn, conn.catalog.ListProducts),
                                    lambda p: f"{p.name} ({p.code})")
        self.lot = RecordPicker(session, items_of(conn, conn.production.ListLots),
                                lambda x: f"{x.lot_no} · {x.product_name}")
        self.kind = QComboBox()
        for key, name in scan_names.document_kinds().items():
            self.kind.addItem(name, key)
        self.title = QLineEdit()
        self.file = QLineEdit()
        self.file.setReadOnly(True)
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self.choose)
        picked = QWidget()
        line = QHBoxLayout(picked)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.file, 1)
        line.addWidget(browse)
        self.add_field("owner", self.tr("For"), choice)
        self.add_field("product_id", self.tr("Product"), self.product)
        self.add_field("lot_id", self.tr("Lot"), self.lot)
        self.add_field("kind", self.tr("Kind"), self.kind)
        self.add_field("title", self.tr("Title"), self.title, required=True)
        self.add_field("data", self.tr("File (PDF, PNG, JPEG)"), picked, required=True)
        self.for_product.toggled.connect(self._owner_changed)
        self._owner_changed()
        self.setMinimumWidth(560)

    def _owner_changed(self) -> None:
        product = self.for_product.isChecked()
        self.product.setEnabled(product)
        self.lot.setEnabled(not product)

    def choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a file"), str(Path.home()),
                                              self.tr("Documents (*.pdf *.png *.jpg *.jpeg)"))
        if path:
            self.set_file(path)

    def set_file(self, path: str) -> None:
        self.file.setText(path)
        if not self.title.text().strip():
            self.title.setText(Path(path).stem)

    def validate(self) -> list[tuple[str, str]]:
        problems = []
        picker = self.product if self.for_product.isChecked() else self.lot
        if not picker.current_id():
            problems.append(("product_id" if picker is self.product else "lot_id",
                             self.tr("Choose what the document belongs to.")))
        if not self.title.text().strip():
            problems.append(("title", self.tr("Enter the title consumers see.")))
        path = Path(self.file.text())
        if path.suffix.lower() not in MIMES or not path.is_file():
            problems.append(("data", self.tr("Choose a PDF, PNG or JPEG file.")))
        elif path.stat().st_size > MAX_BYTES:
            problems.append(("data", self.tr("The file is larger than 5 MiB.")))
        return problems

    def build(self) -> scans_pb2.DocumentUpload:
        path = Path(self.file.text())
        product = self.for_product.isChecked()
        return scans_pb2.DocumentUpload(
            product_id=self.product.current_id() if product else 0,
            lot_id=0 if product else self.lot.current_id(), kind=self.kind.currentData(),
            title=self.title.text().strip(), mime=MIMES[path.suffix.lower()],
            data=path.read_bytes())

    def send(self, request: scans_pb2.DocumentUpload) -> scans_pb2.ScanDocumentInfo:
        return self.session.connection.call(stub(self.session).AddDocument, request)


class DocumentsPage(ListPage):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        kinds = scan_names.document_kinds()
        columns = [
            Column(self.tr("Title"), lambda d: d.title, "title"),
            Column(self.tr("Kind"), lambda d: kinds.get(d.kind, d.kind), "kind"),
            Column(self.tr("Product"), lambda d: d.product_name, "product_id"),
            Column(self.tr("Lot"), lambda d: d.lot_no or self.tr("every lot"), "lot_id"),
            number(self.tr("Size (KiB)"), lambda d: f"{d.size / 1024:,.0f}"),
            Column(self.tr("Added"), lambda d: session.format_time(d.created_at)),
        ]
        super().__init__(session, self.tr("Certificates and reports"),
                         lister(session.connection, stub(session).ListDocuments), columns,
                         parent, self.tr("Title, product or lot"))
        self.add_action(self.tr("New"), self.new_record, permission="scan.settings",
                        name="newButton")
        self.add_action(self.tr("Delete"), self.delete_record, selection=True,
                        permission="scan.settings", name="deleteButton")

    def new_record(self) -> DocumentForm:
        dialog = DocumentForm(self.session, parent=self)
        dialog.saved.connect(lambda _x: self.controller.reload())
        dialog.open()
        return dialog

    def delete_record(self) -> None:
        doc = self.selected_record()
        if doc is None or not confirm(self, self.tr("Delete “%1”? Product pages stop showing "
                                                    "it.").replace("%1", doc.title)):
            return
        self.session.call(stub(self.session).DeleteDocument, common_pb2.IdRequest(id=doc.id),
                          on_success=lambda _x: self.controller.reload(),
                          on_failure=lambda exc: self.show_message(self.session.message(exc),
                                                                   error=True), owner=self)


class VerificationPage(ListPage):
    """Per product: does the page ask for the verification code (off, optional, required)?"""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        modes = scan_names.verification_modes()
        columns = [
            Column(self.tr("Product code"), lambda p: p.product_code, "code"),
            Column(self.tr("Product"), lambda p: p.product_name, "name"),
            Column(self.tr("Verification code"), lambda p: modes.get(p.mode, p.mode)),
        ]
        super().__init__(session, self.tr("Verification codes by product"),
                         lister(session.connection, stub(session).ListProductVerification),
                         columns, parent, self.tr("Product code or name"))
        self.mode = QComboBox()
        self.mode.setObjectName("modeChoice")
        for key, name in modes.items():
            self.mode.addItem(name, key)
        self.action_bar.insertWidget(0, self.mode)
        self.set_button = self.add_action(self.tr("Set for the selected product"), self.apply,
                                          selection=True, permission="scan.settings",
                                          name="setModeButton")
        if not session.can("scan.settings"):
            self.mode.hide()

    def apply(self) -> None:
        product = self.selected_record()
        if product is None:
            return
        request = scans_pb2.ProductVerification(product_id=product.product_id,
                                                mode=self.mode.currentData())
        self.session.call(stub(self.session).SetProductVerification, request,
                          on_success=lambda _x: self.controller.reload(),
                          on_failure=lambda exc: self.show_message(self.session.message(exc),
                                                                   error=True), owner=self)
