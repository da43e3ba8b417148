"""Which nodes carried a code, and when: the code itself always, each case it was in while it
was in it, each pallet such a case was on while both held. A code's journey is the moves of its
carriers inside those intervals — a bottle shipped on a pallet, taken off with its case by a
dealer, sold alone by a store has all three steps, and none of the pallet's later ones.

The intervals come from the packing event log (design decision 2: history is events): an
`add` event of a parent listing the child opens one, the next `delete` of the same parent
listing it closes it (one GIN probe of `pack_event.child_ids` per level; depth is at most
three). The SQL is a template over two expressions — the tenant and the node — so the consumer
query (scans.statements_many) can run it inside its one READ statement.

Each level keeps the 32 latest memberships (a code reworked more often than that loses its
oldest containers' steps): the limit is also what tells the planner how few carriers there are.
Without it, a generic plan estimated millions of carriers and hashed the whole node table
(4.5 s a query at 10,000,000 items); with it, every join probes an index.
"""

from __future__ import annotations

# Intervals during which {child} was directly in a parent: (parent, from, until).
_MEMBERSHIP = """
    SELECT z.parent_id, z.event_time AS t_from,
           CASE WHEN z.next_action = 'delete' THEN z.next_time
                ELSE 'infinity'::timestamptz END AS t_until
    FROM (SELECT e.parent_id, e.action, e.event_time,
                 lead(e.action) OVER w AS next_action, lead(e.event_time) OVER w AS next_time
          FROM pack_event e
          WHERE e.tenant_id = {tenant} AND e.child_ids @> ARRAY[CAST({child} AS bigint)]
          WINDOW w AS (PARTITION BY e.parent_id ORDER BY e.seq)) z
    WHERE z.action = 'add'
    ORDER BY z.event_time DESC LIMIT 32"""

CARRIERS = """
    SELECT CAST({node} AS bigint) AS node, '-infinity'::timestamptz AS t_from,
           'infinity'::timestamptz AS t_until, 0 AS depth
    WHERE {node} IS NOT NULL
    UNION ALL
    SELECT l1.parent_id, l1.t_from, l1.t_until, 1 FROM ({level1}) l1
    UNION ALL
    SELECT l2.parent_id, greatest(l1.t_from, l2.t_from), least(l1.t_until, l2.t_until), 2
    FROM ({level1}) l1 CROSS JOIN LATERAL ({level2}) l2
    WHERE greatest(l1.t_from, l2.t_from) < least(l1.t_until, l2.t_until)"""


def carriers(tenant: str, node: str) -> str:
    """SQL of (node, t_from, t_until, depth) rows for the node given by an expression."""
    level1 = _MEMBERSHIP.format(tenant=tenant, child=node)
    level2 = _MEMBERSHIP.format(tenant=tenant, child="l1.parent_id")
    return CARRIERS.format(node=node, level1=level1, level2=level2)


# The public journey of a code (the consumer page): its carriers' moves with the receiving
# organisation's kind, region and name, the shipment's kind and the receiver's dealer level.
# Internal moves (between locations) are left out here; what is shown is decided in Python.
JOURNEY = """
    SELECT json_agg(json_build_array(
               m.kind, extract(epoch FROM m.at), ro.kind, ro.region_code, ro.name,
               coalesce(s.kind, ''),
               (SELECT count(*) FROM organisation a
                WHERE a.id = ANY(CAST(string_to_array(trim(both '/' from ro.path), '/')
                                      AS bigint[]))
                  AND a.kind = 'dealer'))
           ORDER BY m.at, m.id) AS moves
    FROM ({carriers}) c
    CROSS JOIN LATERAL (  -- OFFSET 0 keeps it lateral: an index probe per carrier,
        -- never a hash of all moves
        SELECT * FROM stock_move x WHERE x.tenant_id = {tenant} AND x.node_id = c.node
          AND x.at >= c.t_from AND x.at < c.t_until AND x.kind <> 'move' OFFSET 0) m
    LEFT JOIN organisation ro ON ro.id = m.to_org_id
    LEFT JOIN shipment s ON s.id = m.shipment_id"""


def journey(tenant: str, node: str) -> str:
    """SQL of one row holding the JSON list of a code's public moves."""
    return JOURNEY.format(carriers=carriers(tenant, node), tenant=tenant)
