"""What the label printing area prints for a range of a batch: code, URL, roll, GS1 element
string and, only when asked, the verification code. Scope is checked here: the caller must see the
batch (owner subtree) or hold every serial of the range through an allocation."""

from __future__ import annotations

from server.codes import batches, keys, ranges
from server.codes.models import CodeBatch
from server.codes.repository import BatchRepository
from server.core.context import CallContext
from server.core.errors import DomainError, Reason
from shared.pb import labels_pb2


def label_data(ctx: CallContext, batch_id: int, first_serial: int, last_serial: int, *,
               verification: bool, key_store: keys.KeyStore | None = None,
               ) -> tuple[CodeBatch, list[labels_pb2.LabelData]]:
    """The batch and one LabelData per serial first..last (1-based, inclusive).

    NOT_FOUND when the caller cannot see the batch; OUT_OF_SCOPE when a serial of the range is
    not allocated to a licensed factory calling for it. Verification codes only when
    `verification` is true (they go to a printer, never into a file other than the print file).
    """
    repo = BatchRepository(ctx)
    batch = repo.get(batch_id)
    if not 1 <= first_serial <= last_serial <= batch.count:
        raise DomainError(Reason.INVALID_VALUE, field="last_serial",
                          detail=f"1 ≤ first ≤ last ≤ {batch.count}")
    if not repo.owns(batch) and ranges.outside_scope(ctx.session, ctx.tenant_id, batch.id,
                                                     first_serial, last_serial,
                                                     ctx.user.org_path):
        raise DomainError(Reason.OUT_OF_SCOPE, field="first_serial")
    printer = batches.printer(ctx, key_store or keys.default(), batch,
                              verification=verification)
    codes = printer.codes(first_serial, last_serial)
    checks = (printer.verifications(first_serial, last_serial) if verification
              else [""] * len(codes))
    with_url = bool(printer.url_base)
    return batch, [
        labels_pb2.LabelData(serial=serial, code=code, url=printer.url(code) if with_url else "",
                             verification_code=check, roll=printer.roll(serial),
                             element_string=printer.element_string(code, human=False))
        for serial, code, check in zip(range(first_serial, last_serial + 1), codes, checks,
                                       strict=True)]
