"""The consumer queries of one gateway batch in two statements, whatever the batch's size: every
per-query value travels as a parallel array (unnest … WITH ORDINALITY numbers the queries), and
rows come back in that order. Same rules as the single-query statements (statements.py), set
at a time: counters that several queries of the batch share are bumped once by their count.
"""

from __future__ import annotations

from server.flow import public
from server.scans.statements import TEN_MINUTES

_MINUTE = "date_trunc('minute', now())"
_DAY = "date_trunc('day', now())"
_CODE_KEY = "'code:' || h.tenant_id || ':' || h.batch_id || ':' || h.serial"

READ_MANY = f"""
WITH req AS (
    SELECT * FROM unnest(CAST(:r_ip_key AS text[]), CAST(:r_bad_key AS text[]),
                         CAST(:r_attributed AS bigint[]), CAST(:r_exclude AS bigint[]))
         WITH ORDINALITY AS r(ip_key, bad_key, attributed, exclude_scan, i)),
hits AS (
    SELECT c.req, c.ord, c.tenant_id, b.id AS batch_id, c.seq - b.seq_start + 1 AS serial,
           c.space, b.seq_start, b.product_id AS batch_product_id, b.verification_digits,
           b.gtin, b.level, row_number() OVER (PARTITION BY c.req ORDER BY c.ord) AS rank
    FROM unnest(CAST(:c_req AS bigint[]), CAST(:c_tenant AS bigint[]),
                CAST(:c_space AS text[]), CAST(:c_seq AS bigint[]), CAST(:c_gtin AS text[]))
         WITH ORDINALITY AS c(req, tenant_id, space, seq, gtin, ord)
    CROSS JOIN LATERAL (
        SELECT id, seq_start, count, product_id, verification_digits, gtin, level
        FROM code_batch
        WHERE tenant_id = c.tenant_id AND space = c.space AND seq_start <= c.seq
        ORDER BY seq_start DESC LIMIT 1) b
    WHERE c.seq < b.seq_start + b.count AND (c.gtin = '' OR b.gtin = c.gtin)),
first_hit AS (SELECT * FROM hits WHERE rank = 1),
ip_rate AS (
    INSERT INTO scan_rate (key, window_start, hits)
    SELECT ip_key, {_MINUTE}, count(*) FROM req WHERE ip_key <> '' GROUP BY ip_key
    ON CONFLICT (key, window_start) DO UPDATE SET hits = scan_rate.hits + excluded.hits
    RETURNING key, hits),
code_rate AS (
    INSERT INTO scan_rate (key, window_start, hits)
    SELECT {_CODE_KEY}, {_MINUTE}, count(*) FROM first_hit h GROUP BY 1
    ON CONFLICT (key, window_start) DO UPDATE SET hits = scan_rate.hits + excluded.hits
    RETURNING key, hits)
SELECT
    r.i AS req,
    (SELECT hits FROM ip_rate WHERE key = r.ip_key) AS ip_hits,
    (SELECT hits FROM code_rate WHERE key = {_CODE_KEY}) AS code_hits,
    (SELECT hits FROM scan_rate WHERE key = r.bad_key AND window_start = {TEN_MINUTES})
        AS bad_hits,
    (SELECT array_agg(x.tenant_id) FROM hits x WHERE x.req = r.i) AS hit_tenants,
    h.tenant_id, h.batch_id, h.serial, h.space, h.seq_start, h.verification_digits, h.gtin,
    h.level,
    p.allocate_event_id, p.activate_event_id, p.void_event_id,
    ae.created_at AS activated_at, ao.name AS activated_org,
    pr.id AS product_id, pr.name AS product_name, pr.spec,
    EXISTS (SELECT 1 FROM product_image i WHERE i.product_id = pr.id) AS has_image,
    lot.id AS lot_id, lot.lot_no, lot.production_date, ln.name AS line_name,
    fo.name AS factory_name,
    sp.verification AS product_verification,
    cs.queries, cs.first_at,
    fs.province_code AS first_province, fs.city_code AS first_city,
    fs.district_code AS first_district,
    recent.scans AS recent,
    (SELECT hits FROM scan_rate
     WHERE key = 'vc:' || h.tenant_id || ':' || h.batch_id || ':' || h.serial
       AND window_start = {_DAY}) AS wrong_codes,
    docs.list AS documents,
    {public.READ_COLUMNS}
    tn.id AS settings_tenant, tn.name AS tenant_name, tn.timezone,
    ss.max_queries, ss.normal_threshold, ss.important_threshold, ss.sms_enabled,
    ss.suspect_alerts, ss.enumeration_threshold, ss.default_verification, ss.brand_name,
    ss.brand_intro, ss.service_phone,
    tpl.list AS templates
FROM req r
LEFT JOIN first_hit h ON h.req = r.i
LEFT JOIN LATERAL (
    SELECT x.allocate_event_id,
           CASE WHEN u.activate_event_id > x.activate_event_id OR x.activate_event_id IS NULL
                THEN u.activate_event_id ELSE x.activate_event_id END AS activate_event_id,
           CASE WHEN u.void_event_id < x.void_event_id OR x.void_event_id IS NULL
                THEN u.void_event_id ELSE x.void_event_id END AS void_event_id
    FROM (SELECT * FROM code_range
          WHERE tenant_id = h.tenant_id AND batch_id = h.batch_id AND first_serial <= h.serial
          ORDER BY first_serial DESC LIMIT 1) x
    LEFT JOIN code_unit u
           ON u.tenant_id = h.tenant_id AND u.batch_id = h.batch_id AND u.serial = h.serial
) p ON true
LEFT JOIN code_event ae ON ae.id = p.activate_event_id
LEFT JOIN organisation ao ON ao.id = ae.org_id
LEFT JOIN product pr ON pr.id = coalesce(ae.product_id, h.batch_product_id)
LEFT JOIN production_lot lot ON lot.id = ae.lot_id
LEFT JOIN production_line ln ON ln.id = lot.line_id
LEFT JOIN organisation fo ON fo.id = lot.org_id
LEFT JOIN scan_product sp ON sp.tenant_id = h.tenant_id AND sp.product_id = pr.id
LEFT JOIN scan_code_stat cs
       ON cs.tenant_id = h.tenant_id AND cs.batch_id = h.batch_id AND cs.serial = h.serial
LEFT JOIN scan fs ON fs.id = cs.first_scan_id
LEFT JOIN LATERAL (
    SELECT json_agg(json_build_array(extract(epoch FROM s.at), s.device, s.latitude,
                                      s.longitude, s.province_code, s.city_code,
                                      s.district_code, s.verified, s.id)) AS scans
    FROM (SELECT * FROM scan
          WHERE tenant_id = h.tenant_id AND batch_id = h.batch_id AND serial = h.serial
            AND counted AND id <> r.exclude_scan
          ORDER BY id DESC LIMIT 20) s
) recent ON true
LEFT JOIN LATERAL (
    SELECT json_agg(json_build_array(d.id, d.kind, d.title, d.mime, d.size) ORDER BY d.id)
           AS list
    FROM scan_document d
    WHERE d.tenant_id = h.tenant_id AND (d.product_id = pr.id OR d.lot_id = lot.id)
) docs ON true
{public.READ_JOINS}
LEFT JOIN tenant tn ON tn.id = coalesce(h.tenant_id, r.attributed)
LEFT JOIN scan_settings ss ON ss.tenant_id = tn.id
LEFT JOIN LATERAL (
    SELECT json_agg(json_build_array(kind, lang, text)) AS list
    FROM scan_template WHERE tenant_id = tn.id
) tpl ON true
ORDER BY r.i
"""

# No two counted queries of one code in a batch (the caller splits them into rounds): one row
# of scan_code_stat can only be counted once per statement.
WRITE_MANY = f"""
WITH w AS (
    SELECT * FROM unnest(
        CAST(:w_tenant AS bigint[]), CAST(:w_batch AS bigint[]), CAST(:w_serial AS bigint[]),
        CAST(:w_code AS text[]), CAST(:w_product AS bigint[]), CAST(:w_lot AS bigint[]),
        CAST(:w_method AS text[]), CAST(:w_result AS text[]), CAST(:w_verdict AS text[]),
        CAST(:w_reasons AS text[]), CAST(:w_counted AS boolean[]),
        CAST(:w_ordinal AS bigint[]), CAST(:w_verified AS boolean[]),
        CAST(:w_device AS text[]), CAST(:w_ip_prefix AS text[]),
        CAST(:w_user_agent AS text[]), CAST(:w_lang AS text[]),
        CAST(:w_latitude AS double precision[]), CAST(:w_longitude AS double precision[]),
        CAST(:w_accuracy AS integer[]), CAST(:w_location_source AS text[]),
        CAST(:w_province AS text[]), CAST(:w_city AS text[]), CAST(:w_district AS text[]),
        CAST(:w_record AS boolean[]), CAST(:w_vc_key AS text[]), CAST(:w_is_bad AS boolean[]),
        CAST(:w_bad_key AS text[]), CAST(:w_normal AS integer[]),
        CAST(:w_important AS integer[]), CAST(:w_suspect_alert AS boolean[]),
        CAST(:w_enum_threshold AS integer[]))
    WITH ORDINALITY AS w(tenant, batch, serial, code, product, lot, method, result, verdict,
                         reasons, counted, ordinal, verified, device, ip_prefix, user_agent,
                         lang, latitude, longitude, accuracy, location_source, province, city,
                         district, record, vc_key, is_bad, bad_key, normal, important,
                         suspect_alert, enum_threshold, i)),
ids AS (SELECT i, nextval('scan_id_seq') AS id FROM w),
stat AS (
    INSERT INTO scan_code_stat AS cs
        (tenant_id, batch_id, serial, queries, first_at, first_scan_id, last_at)
    SELECT w.tenant, w.batch, w.serial, 1, now(), ids.id, now()
    FROM w JOIN ids USING (i) WHERE w.counted
    ON CONFLICT (tenant_id, batch_id, serial)
        DO UPDATE SET queries = cs.queries + 1, last_at = now()
    RETURNING tenant_id, batch_id, serial, queries, first_at),
counted AS (
    SELECT w.i, s.queries, s.first_at FROM w JOIN stat s
        ON w.counted AND s.tenant_id = w.tenant AND s.batch_id = w.batch
       AND s.serial = w.serial),
ins AS (
    INSERT INTO scan (id, tenant_id, code, batch_id, serial, product_id, lot_id, method,
                      result, verdict, reasons, counted, ordinal, verified, device, ip_prefix,
                      user_agent, lang, latitude, longitude, accuracy_m, location_source,
                      province_code, city_code, district_code)
    SELECT ids.id, w.tenant, w.code, w.batch, w.serial, w.product, w.lot, w.method, w.result,
           w.verdict, string_to_array(w.reasons, ','), w.counted,
           coalesce(c.queries, w.ordinal), w.verified, w.device, w.ip_prefix, w.user_agent,
           w.lang, w.latitude, w.longitude, w.accuracy, w.location_source, w.province, w.city,
           w.district
    FROM w JOIN ids USING (i) LEFT JOIN counted c USING (i)
    WHERE w.record AND w.tenant <> 0
    RETURNING id, ordinal),
vc AS (
    INSERT INTO scan_rate (key, window_start, hits)
    SELECT vc_key, {_DAY}, count(*) FROM w WHERE vc_key <> '' GROUP BY vc_key
    ON CONFLICT (key, window_start) DO UPDATE SET hits = scan_rate.hits + excluded.hits
    RETURNING key, hits),
bad AS (
    INSERT INTO scan_rate (key, window_start, hits)
    SELECT bad_key, {TEN_MINUTES}, count(*) FROM w WHERE is_bad GROUP BY bad_key
    ON CONFLICT (key, window_start) DO UPDATE SET hits = scan_rate.hits + excluded.hits
    RETURNING key, hits),
raised AS (
    SELECT w.i, w.tenant AS tenant_id, 'count' AS kind, 'normal' AS level,
           'count:normal:' || w.batch || ':' || w.serial AS dedupe, c.queries AS count
    FROM w JOIN counted c USING (i) WHERE w.normal > 0 AND c.queries >= w.normal
    UNION ALL
    SELECT w.i, w.tenant, 'count', 'important', 'count:important:' || w.batch || ':' || w.serial,
           c.queries
    FROM w JOIN counted c USING (i) WHERE w.important > 0 AND c.queries >= w.important
    UNION ALL
    SELECT w.i, w.tenant, 'suspect', 'important',
           'suspect:' || w.batch || ':' || w.serial || ':' || to_char(now(), 'YYYYMMDD'),
           coalesce(c.queries, w.ordinal)
    FROM w LEFT JOIN counted c USING (i) WHERE w.suspect_alert
    UNION ALL
    SELECT w.i, w.tenant, 'verification_attempts', 'important',
           'vc:' || w.batch || ':' || w.serial || ':' || to_char(now(), 'YYYYMMDD'), v.hits
    FROM w JOIN vc v ON v.key = w.vc_key WHERE v.hits >= :vc_limit
    UNION ALL
    SELECT w.i, e.tenant, 'enumeration', 'important',
           'enum:' || w.ip_prefix || ':' || extract(epoch FROM {TEN_MINUTES}), b.hits
    FROM w JOIN bad b ON b.key = w.bad_key
    JOIN unnest(CAST(:e_req AS bigint[]), CAST(:e_tenant AS bigint[])) AS e(req, tenant)
      ON e.req = w.i
    WHERE w.is_bad AND b.hits >= w.enum_threshold),
alerts AS (
    INSERT INTO scan_alert (tenant_id, kind, level, dedupe_key, code, batch_id, serial,
                            product_id, count, source)
    SELECT r.tenant_id, r.kind, r.level, r.dedupe,
           CASE WHEN r.kind = 'enumeration' THEN '' ELSE w.code END,
           CASE WHEN r.kind = 'enumeration' THEN NULL ELSE w.batch END,
           CASE WHEN r.kind = 'enumeration' THEN NULL ELSE w.serial END,
           CASE WHEN r.kind = 'enumeration' THEN NULL ELSE w.product END,
           r.count, CASE WHEN r.kind = 'enumeration' THEN w.ip_prefix ELSE '' END
    FROM raised r JOIN w USING (i)
    ON CONFLICT (tenant_id, dedupe_key) DO NOTHING
    RETURNING id, tenant_id, level),
deliveries AS (
    INSERT INTO scan_alert_delivery (tenant_id, alert_id, recipient_id, phone)
    SELECT a.tenant_id, a.id, r.id, r.phone
    FROM alerts a
    JOIN scan_settings ss ON ss.tenant_id = a.tenant_id AND ss.sms_enabled
    JOIN scan_alert_recipient r ON r.tenant_id = a.tenant_id AND r.enabled
         AND ((a.level = 'normal' AND r.normal) OR (a.level = 'important' AND r.important))
    RETURNING 1)
SELECT w.i AS req, x.id AS scan_id, x.ordinal, c.queries, c.first_at,
       v.hits AS vc_hits, b.hits AS bad_hits,
       (SELECT count(*) FROM deliveries) AS deliveries
FROM w JOIN ids USING (i)
LEFT JOIN ins x ON x.id = ids.id
LEFT JOIN counted c USING (i)
LEFT JOIN vc v ON v.key = w.vc_key
LEFT JOIN bad b ON b.key = w.bad_key AND w.is_bad
ORDER BY w.i
"""
