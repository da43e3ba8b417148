"""The statements of consumer queries. Each runs on the scan pool's autocommit connections, so
a statement is one round trip with no BEGIN/COMMIT:

READ  finds the batch holding the decoded code among the candidate tenants (one index probe per
      candidate), its state (range + own row), activation, product, lot, line and factory, the
      code's counters and last queries, the tenant's settings, templates and public documents,
      and bumps the rate counters of the source and the code. (Here for one query, as the
      position and the rare second look need it; statements_many has READ and WRITE for a whole
      batch of queries, the hot path.)
WRITE (statements_many) records the scans, counts the queries (returning their numbers), bumps
      attempt and enumeration counters, and raises alerts with their outbox rows, each
      deduplicated by key.

Everything is set-based and probes indexes; nothing depends on how many codes or scans exist.
"""

from __future__ import annotations

from server.flow import public

_MINUTE = "date_trunc('minute', now())"
TEN_MINUTES = "to_timestamp(floor(extract(epoch FROM now()) / 600) * 600)"
_DAY = "date_trunc('day', now())"

# The batch holding each candidate (tenant, space, sequence number); a GS1 candidate must also
# carry the batch's GTIN.
HIT_BY_CANDIDATES = """
    SELECT c.ord, c.tenant_id, b.id AS batch_id, c.seq - b.seq_start + 1 AS serial,
           c.space, b.seq_start, b.product_id AS batch_product_id, b.verification_digits,
           b.gtin, b.level
    FROM unnest(CAST(:c_tenant AS bigint[]), CAST(:c_space AS text[]),
                CAST(:c_seq AS bigint[]), CAST(:c_gtin AS text[]))
         WITH ORDINALITY AS c(tenant_id, space, seq, gtin, ord)
    CROSS JOIN LATERAL (
        SELECT id, seq_start, count, product_id, verification_digits, gtin, level
        FROM code_batch
        WHERE tenant_id = c.tenant_id AND space = c.space AND seq_start <= c.seq
        ORDER BY seq_start DESC LIMIT 1) b
    WHERE c.seq < b.seq_start + b.count AND (c.gtin = '' OR b.gtin = c.gtin)
    ORDER BY c.ord LIMIT 2"""

# A code already known (a scan token): its batch and serial.
HIT_BY_SERIAL = """
    SELECT 1 AS ord, b.tenant_id, b.id AS batch_id, CAST(:serial AS bigint) AS serial,
           b.space, b.seq_start, b.product_id AS batch_product_id, b.verification_digits,
           b.gtin, b.level
    FROM code_batch b WHERE b.tenant_id = :tenant AND b.id = :batch"""

READ = f"""
WITH hit AS ({{hit}}),
first_hit AS (SELECT * FROM hit ORDER BY ord LIMIT 1),
ip_rate AS (
    INSERT INTO scan_rate (key, window_start, hits)
    SELECT :ip_key, {_MINUTE}, 1 WHERE :ip_key <> ''
    ON CONFLICT (key, window_start) DO UPDATE SET hits = scan_rate.hits + 1
    RETURNING hits),
code_rate AS (
    INSERT INTO scan_rate (key, window_start, hits)
    SELECT 'code:' || tenant_id || ':' || batch_id || ':' || serial, {_MINUTE}, 1
    FROM first_hit WHERE :count_code
    ON CONFLICT (key, window_start) DO UPDATE SET hits = scan_rate.hits + 1
    RETURNING hits)
SELECT
    (SELECT hits FROM ip_rate) AS ip_hits,
    (SELECT hits FROM code_rate) AS code_hits,
    (SELECT hits FROM scan_rate WHERE key = :bad_key AND window_start = {TEN_MINUTES})
        AS bad_hits,
    (SELECT array_agg(tenant_id) FROM hit) AS hit_tenants,
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
FROM (SELECT 1) one
LEFT JOIN first_hit h ON true
LEFT JOIN LATERAL (
    SELECT r.allocate_event_id,
           CASE WHEN u.activate_event_id > r.activate_event_id OR r.activate_event_id IS NULL
                THEN u.activate_event_id ELSE r.activate_event_id END AS activate_event_id,
           CASE WHEN u.void_event_id < r.void_event_id OR r.void_event_id IS NULL
                THEN u.void_event_id ELSE r.void_event_id END AS void_event_id
    FROM (SELECT * FROM code_range
          WHERE tenant_id = h.tenant_id AND batch_id = h.batch_id AND first_serial <= h.serial
          ORDER BY first_serial DESC LIMIT 1) r
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
            AND counted AND id <> :exclude_scan
          ORDER BY id DESC LIMIT 20) s
) recent ON true
LEFT JOIN LATERAL (
    SELECT json_agg(json_build_array(d.id, d.kind, d.title, d.mime, d.size) ORDER BY d.id)
           AS list
    FROM scan_document d
    WHERE d.tenant_id = h.tenant_id AND (d.product_id = pr.id OR d.lot_id = lot.id)
) docs ON true
{public.READ_JOINS}
LEFT JOIN tenant tn ON tn.id = coalesce(h.tenant_id, CAST(:attributed AS bigint))
LEFT JOIN scan_settings ss ON ss.tenant_id = tn.id
LEFT JOIN LATERAL (
    SELECT json_agg(json_build_array(kind, lang, text)) AS list
    FROM scan_template WHERE tenant_id = tn.id
) tpl ON true
"""

# Locate: the position of a scan shown moments ago, and its verdict weighed again.
RELOCATE = """
WITH upd AS (
    UPDATE scan SET latitude = :latitude, longitude = :longitude, accuracy_m = :accuracy,
                    location_source = 'gps', province_code = :province, city_code = :city,
                    district_code = :district,
                    verdict = CASE WHEN :rejudge THEN :verdict ELSE verdict END,
                    reasons = CASE WHEN :rejudge THEN CAST(:reasons AS varchar[])
                                   ELSE reasons END
    WHERE id = :scan AND tenant_id = :tenant AND location_source <> 'gps'
      AND at > now() - interval '10 minutes'
    RETURNING id),
raised AS (
    SELECT :tenant AS tenant_id, 'suspect' AS kind, 'important' AS level,
           'suspect:' || :batch || ':' || :serial || ':' || to_char(now(), 'YYYYMMDD')
               AS dedupe
    FROM upd WHERE :suspect_alert),
alerts AS (
    INSERT INTO scan_alert (tenant_id, kind, level, dedupe_key, code, batch_id, serial,
                            product_id, count)
    SELECT tenant_id, kind, level, dedupe, :code, :batch, :serial, :product, :ordinal
    FROM raised
    ON CONFLICT (tenant_id, dedupe_key) DO NOTHING
    RETURNING id, tenant_id, level),
deliveries AS (
    INSERT INTO scan_alert_delivery (tenant_id, alert_id, recipient_id, phone)
    SELECT a.tenant_id, a.id, r.id, r.phone
    FROM alerts a
    JOIN scan_settings ss ON ss.tenant_id = a.tenant_id AND ss.sms_enabled
    JOIN scan_alert_recipient r ON r.tenant_id = a.tenant_id AND r.enabled AND r.important
    RETURNING 1)
SELECT (SELECT count(*) FROM upd), (SELECT count(*) FROM deliveries)
"""
