"""The packing tree at scale: can warehousing (issue 5) meet its targets on this model?

Builds a tree of `--items` packed items directly in PostgreSQL (the `pack_node` table with its
real indexes, in a scratch embedded PostgreSQL: 24 items per case, 40 cases per pallet, lots of
`--lot-items` items), then times the three queries warehousing needs:

- whereabouts of one bottle: its node by (tenant, batch, serial), then its top-most container
  (`coalesce(root_id, id)`) — the flow query (target p50 ≤ 10 ms through the API);
- everything under one pallet (`root_id = pallet`) — what shipping a pallet touches, read only;
- a lot recalled, grouped by top-most container (stand-in for "by holder": a holder is what
  holds a top) — target ≤ 2 s for a 1,000,000-item lot.

Usage: python bench/packing_tree_scale.py [--items 10000000] [--lot-items 1000000]
The last line is `RESULT items=… whereabouts_p50_ms=… pallet_contents_ms=… recall_s=…`.
"""

from __future__ import annotations

import argparse
import logging
import random
import shutil
import sys
import tempfile
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import text

from bench.rpc_floor import _stop_embedded, percentile
from server.accounts.bootstrap import create_tenant
from server.db import migrate
from server.db.embedded import start_embedded
from server.db.engine import make_engine, make_session_factory

PER_CASE, PER_PALLET = 24, 40


def build(engine: object, tenant: int, batch: int, items: int, lot_items: int) -> None:
    """Items 1..n in cases, cases on pallets: ids are items, then cases, then pallets."""
    cases = -(-items // PER_CASE)
    pallets = -(-cases // PER_PALLET)
    with engine.begin() as c:  # type: ignore[attr-defined]
        c.execute(text("SET LOCAL synchronous_commit = off"))
        # pallets: ids items+cases+1.., cases: items+1.., items: 1..
        c.execute(text("""
            INSERT INTO pack_node (id, tenant_id, batch_id, serial, level, child_count,
                                   product_id, lot_id, packed_at)
            SELECT :items + :cases + p, :t, :b, :items + :cases + p, 'pallet',
                   least(:pp, :cases - (p - 1) * :pp), NULL, NULL, now()
            FROM generate_series(1, :pallets) p"""),
            {"t": tenant, "b": batch, "items": items, "cases": cases, "pallets": pallets,
             "pp": PER_PALLET})
        c.execute(text("""
            INSERT INTO pack_node (id, tenant_id, batch_id, serial, level, parent_id, root_id,
                                   child_count, product_id, lot_id, packed_at)
            SELECT :items + k, :t, :b, :items + k, 'case',
                   :items + :cases + ((k - 1) / :pp + 1), :items + :cases + ((k - 1) / :pp + 1),
                   least(:pc, :items - (k - 1) * :pc), NULL, NULL, now()
            FROM generate_series(1, :cases) k"""),
            {"t": tenant, "b": batch, "items": items, "cases": cases, "pp": PER_PALLET,
             "pc": PER_CASE})
        c.execute(text("""
            INSERT INTO pack_node (id, tenant_id, batch_id, serial, level, parent_id, root_id,
                                   product_id, lot_id, packed_at)
            SELECT i, :t, :b, i, 'item', :items + ((i - 1) / :pc + 1),
                   :items + :cases + ((i - 1) / :pc / :pp + 1), NULL, (i - 1) / :lot + 1, now()
            FROM generate_series(1, :items) i"""),
            {"t": tenant, "b": batch, "items": items, "cases": cases, "pp": PER_PALLET,
             "pc": PER_CASE, "lot": lot_items})
        c.execute(text("SELECT setval('pack_node_id_seq', :n)"),
                  {"n": items + cases + pallets})
    with engine.connect() as c:  # type: ignore[attr-defined]
        c.execute(text("COMMIT"))
        c.execute(text("VACUUM ANALYZE pack_node"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--items", type=int, default=10_000_000)
    parser.add_argument("--lot-items", type=int, default=1_000_000)
    parser.add_argument("--probes", type=int, default=500)
    args = parser.parse_args()
    warnings.simplefilter("ignore")
    logging.basicConfig(level=logging.WARNING)
    tmp = Path(tempfile.mkdtemp(prefix="yima-bench-"))
    try:
        url = start_embedded(tmp)
        migrate.upgrade(url)
        engine = make_engine(url, pool_size=2)
        sessions = make_session_factory(engine)
        with sessions() as s, s.begin():
            made = create_tenant(s, "bench", "Benchmark", "bench", "Bench12345",
                                 must_change_password=False)
            s.execute(text("""INSERT INTO code_batch (id, tenant_id, owner_org_id, batch_no,
                level, format, length, space, seq_start, count, labels_per_roll,
                created_by_id) VALUES (1, :t, :o, 'B1', 'item', 'digits', 20, 'digits/20', 0,
                :n, 1000, :u)"""), {"t": made.tenant_id, "o": made.hq_org_id,
                                    "n": args.items * 2, "u": made.admin_user_id})
        start = time.perf_counter()
        build(engine, made.tenant_id, 1, args.items, args.lot_items)
        built_s = time.perf_counter() - start
        t = made.tenant_id
        where = text("""SELECT coalesce(n.root_id, n.id), r.level FROM pack_node n
                        JOIN pack_node r ON r.id = coalesce(n.root_id, n.id)
                        WHERE n.tenant_id = :t AND n.batch_id = 1 AND n.serial = :s""")
        contents = text("""SELECT level, count(*) FROM pack_node
                           WHERE tenant_id = :t AND root_id = :r GROUP BY level""")
        recall = text("""SELECT coalesce(root_id, id) AS top, count(*) FROM pack_node
                         WHERE tenant_id = :t AND lot_id = :lot AND level = 'item'
                         GROUP BY 1""")
        ms: list[float] = []
        with engine.connect() as c:
            for _ in range(args.probes):
                serial = random.randint(1, args.items)
                begin = time.perf_counter()
                c.execute(where, {"t": t, "s": serial}).one()
                ms.append((time.perf_counter() - begin) * 1000)
            top = c.execute(where, {"t": t, "s": 1}).one()[0]
            begin = time.perf_counter()
            under = dict(c.execute(contents, {"t": t, "r": top}).all())
            contents_ms = (time.perf_counter() - begin) * 1000
            begin = time.perf_counter()
            groups = c.execute(recall, {"t": t, "lot": 2}).all()
            recall_s = time.perf_counter() - begin
        engine.dispose()
    finally:
        _stop_embedded(tmp)
        shutil.rmtree(tmp, ignore_errors=True)
    ms.sort()
    print(f"pack_node: {args.items:,} items in cases of {PER_CASE} on pallets of {PER_PALLET}, "
          f"built in {built_s:.0f} s")
    print(f"whereabouts of one bottle (node + top): p50 {percentile(ms, 50):.3f} ms, "
          f"p99 {percentile(ms, 99):.3f} ms over {args.probes} random bottles")
    print(f"everything under one pallet: {under} in {contents_ms:.1f} ms")
    print(f"recall of a {args.lot_items:,}-item lot grouped by top: {len(groups):,} tops "
          f"({sum(n for _, n in groups):,} items) in {recall_s:.2f} s")
    print(f"RESULT items={args.items} whereabouts_p50_ms={percentile(ms, 50):.3f} "
          f"pallet_contents_ms={contents_ms:.1f} recall_s={recall_s:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
