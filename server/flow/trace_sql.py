"""The flow query's one statement (prepared: planning it cost ten times running it): a code's
moves through its carriers, its packing events, its issue/allocation/activation/void, its lot's
upstream record and recalls, and (when asked) its consumer scans, each as JSON."""

from __future__ import annotations

from server.codes import ranges
from server.core.prepared import Prepared
from server.flow import carriers

_POINT = ranges.POINT.replace(":b", ":batch").replace(":s", ":serial")

TRACE = Prepared("yima_flow_trace", f"""
WITH c AS ({carriers.carriers(":t", ":node")}),
mv AS (
    SELECT m.id, m.kind, extract(epoch FROM m.at) AS at, c.node, pn.batch_id, pn.serial,
           pn.level, coalesce(u.display_name, u.username, '') AS who,
           coalesce(ao.name, '') AS actor,
           concat_ws(' · ', fo.name, fw.name, fl.code) AS src,
           concat_ws(' · ', tor.name, tw.name, tl.code) AS dst,
           coalesce(tor.region_code, '') AS region,
           coalesce(s.shipment_no, r.receipt_no, '') AS doc, m.reason, m.salesperson,
           coalesce(s.vehicle, '') AS vehicle, coalesce(s.driver, '') AS driver,
           coalesce(fo.path LIKE :path, false) OR coalesce(tor.path LIKE :path, false)
               OR coalesce(ao.path LIKE :path, false) AS visible
    FROM c CROSS JOIN LATERAL (  -- OFFSET 0 keeps it lateral: an index probe per
        SELECT * FROM stock_move x WHERE x.tenant_id = :t AND x.node_id = c.node
          AND x.at >= c.t_from AND x.at < c.t_until OFFSET 0) m
    JOIN pack_node pn ON pn.id = m.node_id
    LEFT JOIN app_user u ON u.id = m.user_id
    LEFT JOIN organisation ao ON ao.id = m.org_id
    LEFT JOIN organisation fo ON fo.id = m.from_org_id
    LEFT JOIN warehouse fw ON fw.id = m.from_warehouse_id
    LEFT JOIN warehouse_location fl ON fl.id = m.from_location_id
    LEFT JOIN organisation tor ON tor.id = m.to_org_id
    LEFT JOIN warehouse tw ON tw.id = m.to_warehouse_id
    LEFT JOIN warehouse_location tl ON tl.id = m.to_location_id
    LEFT JOIN shipment s ON s.id = m.shipment_id
    LEFT JOIN goods_receipt r ON r.id = m.receipt_id),
ev AS (
    SELECT e.seq, e.action, e.biz_step, extract(epoch FROM e.event_time) AS at, e.parent_id,
           c.node, cardinality(e.child_ids) AS n, e.org_id, e.line_id, e.station, e.user_id,
           e.reason
    FROM c JOIN pack_event e ON e.tenant_id = :t AND c.depth < 2
         AND e.child_ids @> ARRAY[c.node] AND e.event_time >= c.t_from
         AND e.event_time <= c.t_until
    UNION ALL
    SELECT e.seq, e.action, e.biz_step, extract(epoch FROM e.event_time), e.parent_id, NULL,
           cardinality(e.child_ids), e.org_id, e.line_id, e.station, e.user_id, e.reason
    FROM pack_event e WHERE e.tenant_id = :t AND e.parent_id = :node)
SELECT
    (SELECT json_agg(json_build_array(kind, at, node, batch_id, serial, level, who, actor, src,
                                      dst, region, doc, reason, salesperson, vehicle, driver,
                                      visible) ORDER BY at, id) FROM mv),
    (SELECT json_agg(json_build_array(ev.action, ev.biz_step, ev.at, ev.parent_id, ev.node,
                                      ev.n, coalesce(o.name, ''), coalesce(ln.name, ''),
                                      ev.station,
                                      coalesce(u.display_name, u.username, ''), ev.reason,
                                      pp.batch_id, pp.serial, cn.batch_id, cn.serial,
                                      cn.level)
                     ORDER BY ev.seq)
     FROM ev
     LEFT JOIN organisation o ON o.id = ev.org_id
     LEFT JOIN production_line ln ON ln.id = ev.line_id
     LEFT JOIN app_user u ON u.id = ev.user_id
     LEFT JOIN pack_node pp ON pp.id = ev.parent_id
     LEFT JOIN pack_node cn ON cn.id = ev.node),
    (SELECT json_build_array(extract(epoch FROM b.created_at), b.batch_no, bo.name,
                             extract(epoch FROM ae.created_at), ao.name,
                             extract(epoch FROM act.created_at), coalesce(acto.name, ''),
                             extract(epoch FROM ve.created_at), coalesce(ve.reason, ''))
     FROM ({_POINT}) p
     JOIN code_batch b ON b.id = :batch
     LEFT JOIN organisation bo ON bo.id = b.owner_org_id
     LEFT JOIN code_event ae ON ae.id = p.allocate_event_id
     LEFT JOIN organisation ao ON ao.id = p.allocated_org_id
     LEFT JOIN code_event act ON act.id = p.activate_event_id
     LEFT JOIN organisation acto ON acto.id = act.org_id
     LEFT JOIN code_event ve ON ve.id = p.void_event_id),
    (SELECT json_agg(json_build_array(r.recall_no, r.reason, extract(epoch FROM r.created_at))
                     ORDER BY r.id)
     FROM recall_lot rl JOIN recall r ON r.id = rl.recall_id
     WHERE rl.tenant_id = :t AND rl.lot_id = :lot),
    (SELECT json_agg(json_build_array(extract(epoch FROM x.at), x.verdict, x.result,
                                      x.province_code, x.city_code, x.district_code))
     FROM (SELECT * FROM scan WHERE :scans AND tenant_id = :t AND batch_id = :batch
             AND serial = :serial ORDER BY id DESC LIMIT 50) x)
""", {"t": "bigint", "node": "bigint", "path": "text", "batch": "bigint", "serial": "bigint",
      "lot": "bigint", "scans": "boolean"})

LOT = Prepared("yima_flow_lot", """
SELECT lot.id, lot.lot_no, lot.product_id, p.code, p.name, lot.production_date, lot.shift,
       coalesce(ln.name, ''), coalesce(fo.name, ''), cat.fields, lot.custom,
       ARRAY(SELECT DISTINCT station FROM pack_run
             WHERE tenant_id = :t AND lot_id = lot.id AND status <> 'deleted'
             ORDER BY station)
FROM production_lot lot
JOIN product p ON p.id = lot.product_id
LEFT JOIN product_category cat ON cat.id = p.category_id
LEFT JOIN production_line ln ON ln.id = lot.line_id
LEFT JOIN organisation fo ON fo.id = lot.org_id
WHERE lot.tenant_id = :t AND lot.id = :lot""", {"t": "bigint", "lot": "bigint"})
