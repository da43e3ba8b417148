"""Warehousing and channel flow at scale: the flow query, shipping a pallet and a recall, through
the real gRPC server, on a database holding `--items` packed items.

What is built how (a scratch embedded PostgreSQL in a temporary folder):

- **Through the API**: the organisations (a factory with its warehouse, a level-1 dealer with a
  warehouse, a store below it), the product (24 per case, 40 cases per pallet), one lot per
  `--lot-items` items, the three code batches (item, case, pallet; one row each, as issuance
  is), their activation per lot; and every measured command.
- **By SQL** (issue 4's packing of 10,000,000 bottles would take a line weeks; the point is
  the tables' size): `pack_node` (every item in a case, every case on a pallet), one packing
  `pack_event` per case and per pallet (hashes zeroed: the chain is not what is measured),
  every pallet received into the factory warehouse (`stock_holding` + `stock_content` counted
  from the tree, one receipt `stock_move` each). Statistics are refreshed (ANALYZE) after.
- **Through the API again** before measuring, so the probed codes have real journeys:
  `--flowed` pallets are shipped to the dealer and received, two cases of each go on to the
  store (the pallet is broken there) and are received, the store sells a bottle of each.

Measured, next to the authenticated no-op RPC (SystemService.Ping) and a raw indexed probe
(a bottle's node and its top's holding, one statement) in the same run:

- the flow query (FlowService.TraceCode) for one bottle — `--probes` bottles, half of them from
  the flowed pallets — and for one pallet;
- shipping a 40-case pallet: ScanShipment + ConfirmShipment (the create is shown apart);
- a recall's holders (FlowService.GetRecallHolders) of one `--lot-items` lot, grouped by holder.

Usage: python bench/flow.py [--items 10000000] [--lot-items 1000000] [--probes 200]
                            [--flowed 30]
The last line is `RESULT items=… flow_p50_ms=… flow_p99_ms=… ship_pallet_ms=… recall_1e6_s=…`
(flow figures are the bottle's; ship_pallet_ms is the p50 of scan + confirm).
"""

from __future__ import annotations

import argparse
import logging
import random
import shutil
import sys
import tempfile
import time
import uuid
import warnings
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import select, text

from bench.rpc_floor import _stop_embedded, percentile, sequential
from client.connection import Connection
from server.accounts.bootstrap import create_tenant
from server.app import build_server
from server.codes.formats import Space
from server.codes.keys import KeyStore
from server.codes.models import CodeBatch
from server.config import ServerConfig
from server.db import migrate
from server.db.embedded import start_embedded
from server.db.engine import make_engine, make_session_factory
from shared.pb import (
    accounts_pb2,
    catalog_pb2,
    codes_pb2,
    common_pb2,
    flow_pb2,
    production_pb2,
    shipping_pb2,
    stock_pb2,
    warehouse_pb2,
)

TENANT, USERNAME, PASSWORD = "bench", "bench", "Bench12345"
PER_CASE, PER_PALLET = 24, 40
C, H, S = codes_pb2, shipping_pb2, stock_pb2


def op() -> str:
    return uuid.uuid4().hex


def master_data(conn: Connection, hq: int, items: int, lot_items: int, *,
                item_format: int = C.CODE_FORMAT_DIGITS) -> dict[str, Any]:
    """Organisations, warehouses, product, lots, code batches and their activation (API); item
    codes in `item_format` (short ones with verification digits, as consumers' URLs are)."""
    ids: dict[str, Any] = {}
    for key, parent, kind, code, region in (("factory", "hq", "factory", "F1", "370200"),
                                            ("l1", "hq", "dealer", "L1", "370100"),
                                            ("store", "l1", "store", "S1", "370202")):
        ids[key] = conn.call(conn.accounts.CreateOrganisation, accounts_pb2.Organisation(
            parent_id=ids.get(parent, hq), kind=getattr(accounts_pb2, f"ORG_KIND_{kind.upper()}"),
            code=code, name=code, region_code=region, active=True)).id
    for key, org in (("wf", "factory"), ("wl1", "l1")):
        ids[key] = conn.call(conn.warehouse.CreateWarehouse, warehouse_pb2.Warehouse(
            org_id=ids[org], code=key.upper(), name=key.upper(), active=True)).id
    category = conn.call(conn.catalog.CreateCategory, catalog_pb2.Category(code="OIL",
                                                                           name="花生油"))
    ids["product"] = conn.call(conn.catalog.CreateProduct, catalog_pb2.Product(
        category_id=category.id, code="10120091", name="花生油 4L", items_per_case=PER_CASE,
        cases_per_pallet=PER_PALLET, unit="桶", active=True)).id
    line = conn.call(conn.production.CreateLine, production_pb2.Line(
        org_id=ids["factory"], code="L1", name="1号线", active=True))
    lots = -(-items // lot_items)
    ids["lots"] = [conn.call(conn.production.CreateLot, production_pb2.Lot(
        product_id=ids["product"], lot_no=f"B{n + 1:04d}", production_date="2026-10-13",
        line_id=line.id, org_id=ids["factory"])).id for n in range(lots)]
    cases, pallets = -(-items // PER_CASE), -(-items // PER_CASE // PER_PALLET)
    ids["counts"] = (items, cases, pallets)
    for level, count in (("item", items), ("case", cases), ("pallet", pallets)):
        short = level == "item" and item_format == C.CODE_FORMAT_SHORT
        ids[level] = conn.call(conn.codes.IssueBatch, C.IssueBatchRequest(
            level=getattr(C, f"CODE_LEVEL_{level.upper()}"),
            format=C.CODE_FORMAT_SHORT if short else C.CODE_FORMAT_DIGITS,
            length=0 if short else 20, verification_digits=6 if short else 0, count=count,
            labels_per_roll=100_000, product_id=ids["product"])).id
    for n, lot in enumerate(ids["lots"]):
        conn.call(conn.codes.Activate, C.ActivateRequest(
            selection=C.CodeSelection(batch_id=ids["item"], first_serial=n * lot_items + 1,
                                      last_serial=min(items, (n + 1) * lot_items)),
            product_id=ids["product"], lot_id=lot), timeout=600)
    return ids


def build(engine: Any, tenant: int, user: int, ids: dict[str, Any], lot_items: int) -> None:
    """The packed tree, its packing events and every pallet in the factory warehouse (SQL)."""
    items, cases, pallets = ids["counts"]
    params = {"t": tenant, "items": items, "cases": cases, "pallets": pallets,
              "pc": PER_CASE, "pp": PER_PALLET, "bi": ids["item"], "bc": ids["case"],
              "bp": ids["pallet"], "p": ids["product"], "lot": lot_items, "u": user,
              "org": ids["factory"], "wh": ids["wf"], "lots": "{" + ",".join(
                  str(x) for x in ids["lots"]) + "}"}
    with engine.begin() as c:
        c.execute(text("SET LOCAL synchronous_commit = off"))
        c.execute(text("DROP INDEX ix_pack_event_children"))
        c.execute(text("""
            INSERT INTO pack_node (id, tenant_id, batch_id, serial, level, child_count,
                                   product_id, packed_at)
            SELECT :items + :cases + p, :t, :bp, p, 'pallet',
                   least(:pp, :cases - (p - 1) * :pp), :p, now() - interval '20 days'
            FROM generate_series(1, :pallets) p"""), params)
        c.execute(text("""
            INSERT INTO pack_node (id, tenant_id, batch_id, serial, level, parent_id, root_id,
                                   child_count, product_id, lot_id, packed_at)
            SELECT :items + k, :t, :bc, k, 'case', :items + :cases + ((k - 1) / :pp + 1),
                   :items + :cases + ((k - 1) / :pp + 1), least(:pc, :items - (k - 1) * :pc),
                   :p, (CAST(:lots AS bigint[]))[((k - 1) * :pc) / :lot + 1],
                   now() - interval '20 days'
            FROM generate_series(1, :cases) k"""), params)
        c.execute(text("""
            INSERT INTO pack_node (id, tenant_id, batch_id, serial, level, parent_id, root_id,
                                   product_id, lot_id, packed_at)
            SELECT i, :t, :bi, i, 'item', :items + ((i - 1) / :pc + 1),
                   :items + :cases + ((i - 1) / :pc / :pp + 1), :p,
                   (CAST(:lots AS bigint[]))[(i - 1) / :lot + 1], now() - interval '20 days'
            FROM generate_series(1, :items) i"""), params)
        c.execute(text("SELECT setval('pack_node_id_seq', :n)"),
                  {"n": items + cases + pallets})
        c.execute(text("""
            INSERT INTO pack_event (tenant_id, seq, action, biz_step, parent_id, child_ids,
                                    event_time, record_time, org_id, product_id, lot_id,
                                    user_id, prev_hash, hash)
            SELECT :t, row_number() OVER (ORDER BY parent_id), 'add', 'packing', parent_id,
                   array_agg(id ORDER BY id), now() - interval '20 days',
                   now() - interval '20 days', :org, :p, min(lot_id), :u, '\\x00', '\\x00'
            FROM pack_node WHERE tenant_id = :t AND parent_id IS NOT NULL
            GROUP BY parent_id"""), params)
        c.execute(text("""INSERT INTO pack_chain (tenant_id, last_seq, last_hash)
            SELECT :t, max(seq), '\\x00' FROM pack_event WHERE tenant_id = :t"""), params)
        c.execute(text("""
            INSERT INTO stock_holding (tenant_id, node_id, level, state, org_id, warehouse_id,
                                       since)
            SELECT :t, id, 'pallet', 'in_stock', :org, :wh, now() - interval '19 days'
            FROM pack_node WHERE tenant_id = :t AND level = 'pallet'"""), params)
        c.execute(text("""
            INSERT INTO stock_content (tenant_id, node_id, product_id, lot_id, items, cases)
            SELECT :t, root_id, product_id, lot_id, count(*) FILTER (WHERE level = 'item'),
                   count(*) FILTER (WHERE level = 'case')
            FROM pack_node WHERE tenant_id = :t AND root_id IS NOT NULL
            GROUP BY root_id, product_id, lot_id"""), params)
        c.execute(text("""
            INSERT INTO stock_move (tenant_id, node_id, kind, at, user_id, org_id, to_org_id,
                                    to_warehouse_id, items)
            SELECT :t, h.node_id, 'receipt', h.since, :u, :org, :org, :wh, n.child_count * :pc
            FROM stock_holding h JOIN pack_node n ON n.id = h.node_id
            WHERE h.tenant_id = :t"""), params)
        c.execute(text("CREATE INDEX ix_pack_event_children ON pack_event USING gin "
                       "(child_ids)"))
    with engine.connect() as c:
        c.execute(text("COMMIT"))
        for table in ("pack_node", "pack_event", "stock_holding", "stock_content",
                      "stock_move"):
            c.execute(text(f"VACUUM ANALYZE {table}"))


class Codes:
    """Printed codes of the bench's batches (the server's keys)."""

    def __init__(self, sessions: Any, keys: KeyStore, tenant: int, ids: dict[str, Any]) -> None:
        self.codecs, self.starts = {}, {}
        with sessions() as s:
            for level in ("item", "case", "pallet"):
                batch = s.execute(select(CodeBatch).where(CodeBatch.id == ids[level])
                                  ).scalar_one()
                self.codecs[level] = keys.codec(s, tenant, Space.parse(batch.space))
                self.starts[level] = batch.seq_start

    def __call__(self, level: str, serial: int) -> str:
        return self.codecs[level].encode(self.starts[level] + serial - 1)


def flow_some(conn: Connection, code: Any, ids: dict[str, Any], pallets: list[int],
              ship_ms: list[float], create_ms: list[float]) -> None:
    """Pallets shipped to the dealer one by one (timed), received; two cases of each on to the
    store, received; a bottle of each sold."""
    shipments = []
    for p in pallets:
        begin = time.perf_counter()
        shipment = conn.call(conn.shipping.CreateShipment, H.CreateShipmentRequest(
            kind=H.SHIPMENT_KIND_DIRECT, warehouse_id=ids["wf"], customer_org_id=ids["l1"],
            operation_id=op()))
        created = time.perf_counter()
        conn.call(conn.shipping.ScanShipment, S.StockScanRequest(
            document_id=shipment.id, code=code("pallet", p), operation_id=op()))
        conn.call(conn.shipping.ConfirmShipment, H.ConfirmShipmentRequest(
            id=shipment.id, operation_id=op()))
        ship_ms.append((time.perf_counter() - created) * 1000)
        create_ms.append((created - begin) * 1000)
        shipments.append(shipment.id)
    for sid in shipments:
        conn.call(conn.stock.ReceiveShipment, S.ReceiveShipmentRequest(
            shipment_id=sid, warehouse_id=ids["wl1"], operation_id=op()))
    for p in pallets:
        first_case = (p - 1) * PER_PALLET + 1
        onward = conn.call(conn.shipping.CreateShipment, H.CreateShipmentRequest(
            kind=H.SHIPMENT_KIND_DIRECT, warehouse_id=ids["wl1"],
            customer_org_id=ids["store"], operation_id=op()))
        for k in (first_case, first_case + 1):
            conn.call(conn.shipping.ScanShipment, S.StockScanRequest(
                document_id=onward.id, code=code("case", k), operation_id=op()))
        conn.call(conn.shipping.ConfirmShipment, H.ConfirmShipmentRequest(
            id=onward.id, operation_id=op()))
        conn.call(conn.stock.ReceiveShipment, S.ReceiveShipmentRequest(
            shipment_id=onward.id, operation_id=op()))
        conn.call(conn.shipping.Sell, H.SellRequest(
            code=code("item", (first_case - 1) * PER_CASE + 1), org_id=ids["store"],
            operation_id=op()))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--items", type=int, default=10_000_000)
    parser.add_argument("--lot-items", type=int, default=1_000_000)
    parser.add_argument("--probes", type=int, default=200)
    parser.add_argument("--flowed", type=int, default=30)
    args = parser.parse_args()
    warnings.simplefilter("ignore")
    logging.basicConfig(level=logging.WARNING)
    tmp = Path(tempfile.mkdtemp(prefix="yima-bench-"))
    try:
        url = start_embedded(tmp)
        migrate.upgrade(url)
        engine = make_engine(url, pool_size=10)
        sessions = make_session_factory(engine)
        with sessions() as s, s.begin():
            made = create_tenant(s, TENANT, "Benchmark", USERNAME, PASSWORD,
                                 must_change_password=False)
        keys = KeyStore(tmp)
        config = ServerConfig(listen="127.0.0.1:0", data_dir=tmp, workers=8, db_pool_size=10,
                              migrate=False)
        running = build_server(config, sessions, keys)
        conn = Connection(f"127.0.0.1:{running.port}")
        try:
            conn.login(TENANT, USERNAME, PASSWORD, client_info="bench/flow")
            begin = time.perf_counter()
            ids = master_data(conn, made.hq_org_id, args.items, args.lot_items)
            api_s = time.perf_counter() - begin
            begin = time.perf_counter()
            build(engine, made.tenant_id, made.admin_user_id, ids, args.lot_items)
            sql_s = time.perf_counter() - begin
            result = measure(conn, engine, sessions, keys, made.tenant_id, ids, args)
        finally:
            conn.close()
            running.stop(1.0)
            engine.dispose()
    finally:
        _stop_embedded(tmp)
        shutil.rmtree(tmp, ignore_errors=True)
    report(args, ids, api_s, sql_s, result)
    return 0


def measure(conn: Connection, engine: Any, sessions: Any, keys: KeyStore, tenant: int,
            ids: dict[str, Any], args: argparse.Namespace) -> dict[str, Any]:
    items, _cases, pallets = ids["counts"]
    code = Codes(sessions, keys, tenant, ids)
    rng = random.Random(5)
    flowed = rng.sample(range(1, pallets + 1), min(args.flowed, pallets))
    ship_ms: list[float] = []
    create_ms: list[float] = []
    flow_some(conn, code, ids, flowed, ship_ms, create_ms)
    out: dict[str, Any] = {"ship_ms": sorted(ship_ms), "create_ms": sorted(create_ms)}
    out["floor_ms"] = sorted(sequential(lambda: conn.call(conn.system.Ping, common_pb2.Empty()),
                                        500, 50))
    probe = text("""SELECT h.state FROM pack_node n
        JOIN stock_holding h ON h.node_id = coalesce(n.root_id, n.id)
        WHERE n.tenant_id = :t AND n.batch_id = :b AND n.serial = :s""")
    with engine.connect() as c:
        raw = []
        for _ in range(500):
            serial = rng.randint(1, items)
            begin = time.perf_counter()
            c.execute(probe, {"t": tenant, "b": ids["item"], "s": serial}).first()
            raw.append((time.perf_counter() - begin) * 1000)
    out["raw_ms"] = sorted(raw)
    bottles = [(p - 1) * PER_PALLET * PER_CASE + rng.randint(1, 2 * PER_CASE)
               for p in rng.choices(flowed, k=args.probes // 2)]
    bottles += [rng.randint(1, items) for _ in range(args.probes - len(bottles))]
    rng.shuffle(bottles)

    def trace(level: str, serial: int) -> flow_pb2.CodeTrace:
        return conn.call(conn.flow.TraceCode, flow_pb2.TraceCodeRequest(code=code(level,
                                                                                  serial)))

    for serial in bottles[:10]:  # warm: keys, plans, caches
        trace("item", serial)
    timed, steps = [], []
    for serial in bottles:
        begin = time.perf_counter()
        found = trace("item", serial)
        timed.append((time.perf_counter() - begin) * 1000)
        steps.append(len(found.timeline))
    out["bottle_ms"], out["steps"] = sorted(timed), steps
    timed = []
    for p in rng.choices(range(1, pallets + 1), k=max(20, args.probes // 4)):
        begin = time.perf_counter()
        trace("pallet", p)
        timed.append((time.perf_counter() - begin) * 1000)
    out["pallet_ms"] = sorted(timed)
    lot = ids["lots"][1] if len(ids["lots"]) > 1 else ids["lots"][0]
    begin = time.perf_counter()
    holders = conn.call(conn.flow.GetRecallHolders, flow_pb2.RecallRequest(lot_ids=[lot]),
                        timeout=120)
    out["recall_s"] = time.perf_counter() - begin
    out["holders"] = holders
    return out


def report(args: argparse.Namespace, ids: dict[str, Any], api_s: float, sql_s: float,
           r: dict[str, Any]) -> None:
    items, cases, pallets = ids["counts"]

    def p(values: list[float], q: float) -> float:
        return percentile(values, q)

    print(f"flow at scale: {items:,} items in {cases:,} cases of {PER_CASE} on {pallets:,} "
          f"pallets of {PER_CASE * PER_PALLET}; lots of {args.lot_items:,}")
    print(f"built: master data, batches and activation through the API in {api_s:.0f} s; "
          f"tree, packing events and holdings by SQL in {sql_s:.0f} s")
    print(f"{args.flowed} pallets shipped, received, broken and sold from through the API "
          f"before measuring")
    print(f"baseline: authenticated no-op RPC p50 {p(r['floor_ms'], 50):.2f} ms, "
          f"p99 {p(r['floor_ms'], 99):.2f} ms; raw indexed probe (node + top's holding) "
          f"p50 {p(r['raw_ms'], 50):.3f} ms")
    print(f"flow query, one bottle ({len(r['bottle_ms'])} probes, half with a channel "
          f"journey, {sum(r['steps']) / len(r['steps']):.1f} steps on average): "
          f"p50 {p(r['bottle_ms'], 50):.2f} ms, p99 {p(r['bottle_ms'], 99):.2f} ms")
    print(f"flow query, one pallet ({len(r['pallet_ms'])} probes): "
          f"p50 {p(r['pallet_ms'], 50):.2f} ms, p99 {p(r['pallet_ms'], 99):.2f} ms")
    print(f"shipping a {PER_PALLET}-case pallet (scan + confirm, {len(r['ship_ms'])} pallets): "
          f"p50 {p(r['ship_ms'], 50):.2f} ms, p99 {p(r['ship_ms'], 99):.2f} ms "
          f"(creating the shipment: p50 {p(r['create_ms'], 50):.2f} ms)")
    holders = r["holders"]
    print(f"recall of a {args.lot_items:,}-item lot grouped by holder: "
          f"{len(holders.holders)} holder rows, {holders.total_items:,} items packed, "
          f"{holders.unreceived_items:,} not received, in {r['recall_s']:.3f} s")
    print(f"RESULT items={items} flow_p50_ms={p(r['bottle_ms'], 50):.2f} "
          f"flow_p99_ms={p(r['bottle_ms'], 99):.2f} ship_pallet_ms={p(r['ship_ms'], 50):.2f} "
          f"recall_1e6_s={r['recall_s']:.3f}")


if __name__ == "__main__":
    sys.exit(main())
