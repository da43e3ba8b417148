"""consumer scans and alerts

Revision ID: 202611291510
Revises: 202611291503
Create Date: 2026-11-29 15:10:38.885890
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = '202611291510'
down_revision: str | None = '202611291503'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('scan',
    sa.Column('id', sa.BigInteger(), nullable=False),
    sa.Column('tenant_id', sa.BigInteger(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('code', sa.String(length=64), nullable=False),
    sa.Column('batch_id', sa.BigInteger(), nullable=True),
    sa.Column('serial', sa.BigInteger(), nullable=True),
    sa.Column('product_id', sa.BigInteger(), nullable=True),
    sa.Column('lot_id', sa.BigInteger(), nullable=True),
    sa.Column('method', sa.String(length=16), nullable=False),
    sa.Column('result', sa.String(length=16), nullable=False),
    sa.Column('verdict', sa.String(length=16), nullable=False),
    sa.Column('reasons', postgresql.ARRAY(sa.String(length=32)), server_default='{}', nullable=False),
    sa.Column('counted', sa.Boolean(), server_default='false', nullable=False),
    sa.Column('ordinal', sa.BigInteger(), server_default='0', nullable=False),
    sa.Column('verified', sa.Boolean(), server_default='false', nullable=False),
    sa.Column('device', sa.String(length=16), server_default='', nullable=False),
    sa.Column('ip_prefix', sa.String(length=48), server_default='', nullable=False),
    sa.Column('user_agent', sa.String(length=200), server_default='', nullable=False),
    sa.Column('lang', sa.String(length=8), server_default='zh', nullable=False),
    sa.Column('latitude', sa.Float(), nullable=True),
    sa.Column('longitude', sa.Float(), nullable=True),
    sa.Column('accuracy_m', sa.Integer(), nullable=True),
    sa.Column('location_source', sa.String(length=8), server_default='', nullable=False),
    sa.Column('province_code', sa.String(length=6), server_default='', nullable=False),
    sa.Column('city_code', sa.String(length=6), server_default='', nullable=False),
    sa.Column('district_code', sa.String(length=6), server_default='', nullable=False),
    sa.CheckConstraint("location_source IN ('', 'gps', 'ip')", name=op.f('ck_scan_location_source')),
    sa.CheckConstraint("method IN ('qr', 'manual', 'kiosk')", name=op.f('ck_scan_method')),
    sa.CheckConstraint("result IN ('genuine', 'code_required', 'wrong_code', 'code_locked', 'not_activated', 'voided', 'unknown', 'malformed')", name=op.f('ck_scan_result')),
    sa.CheckConstraint("verdict IN ('genuine', 'caution', 'suspect', 'counterfeit', 'pending', 'refused')", name=op.f('ck_scan_verdict')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_scan'))
    )
    op.create_index('ix_scan_tenant_at', 'scan', ['tenant_id', 'at'], unique=False)
    op.create_index('ix_scan_tenant_code', 'scan', ['tenant_id', 'batch_id', 'serial', 'id'], unique=False)
    op.create_table('scan_code_stat',
    sa.Column('tenant_id', sa.BigInteger(), nullable=False),
    sa.Column('batch_id', sa.BigInteger(), nullable=False),
    sa.Column('serial', sa.BigInteger(), nullable=False),
    sa.Column('queries', sa.BigInteger(), server_default='0', nullable=False),
    sa.Column('first_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('first_scan_id', sa.BigInteger(), nullable=False),
    sa.Column('last_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.PrimaryKeyConstraint('tenant_id', 'batch_id', 'serial', name=op.f('pk_scan_code_stat'))
    )
    op.create_table('scan_rate',
    sa.Column('key', sa.String(length=120), nullable=False),
    sa.Column('window_start', sa.DateTime(timezone=True), nullable=False),
    sa.Column('hits', sa.Integer(), server_default='0', nullable=False),
    sa.PrimaryKeyConstraint('key', 'window_start', name=op.f('pk_scan_rate')),
    prefixes=['UNLOGGED']
    )
    op.create_index('ix_scan_rate_window_start', 'scan_rate', ['window_start'], unique=False)
    op.create_table('scan_alert_recipient',
    sa.Column('id', sa.BigInteger(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('phone', sa.String(length=32), nullable=False),
    sa.Column('normal', sa.Boolean(), server_default='true', nullable=False),
    sa.Column('important', sa.Boolean(), server_default='true', nullable=False),
    sa.Column('enabled', sa.Boolean(), server_default='true', nullable=False),
    sa.Column('tenant_id', sa.BigInteger(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['tenant_id'], ['tenant.id'], name=op.f('fk_scan_alert_recipient_tenant_id_tenant'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_scan_alert_recipient')),
    sa.UniqueConstraint('tenant_id', 'phone', name=op.f('uq_scan_alert_recipient_tenant_id_phone'))
    )
    op.create_index(op.f('ix_scan_alert_recipient_tenant_id'), 'scan_alert_recipient', ['tenant_id'], unique=False)
    op.create_table('scan_settings',
    sa.Column('id', sa.BigInteger(), nullable=False),
    sa.Column('max_queries', sa.Integer(), server_default='5', nullable=False),
    sa.Column('normal_threshold', sa.Integer(), server_default='20', nullable=False),
    sa.Column('important_threshold', sa.Integer(), server_default='50', nullable=False),
    sa.Column('sms_enabled', sa.Boolean(), server_default='false', nullable=False),
    sa.Column('suspect_alerts', sa.Boolean(), server_default='true', nullable=False),
    sa.Column('enumeration_threshold', sa.Integer(), server_default='30', nullable=False),
    sa.Column('default_verification', sa.String(length=16), server_default='optional', nullable=False),
    sa.Column('brand_name', sa.String(length=100), server_default='', nullable=False),
    sa.Column('brand_intro', sa.String(length=2000), server_default='', nullable=False),
    sa.Column('service_phone', sa.String(length=40), server_default='', nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('tenant_id', sa.BigInteger(), nullable=False),
    sa.CheckConstraint("default_verification IN ('off', 'optional', 'required')", name=op.f('ck_scan_settings_default_verification')),
    sa.ForeignKeyConstraint(['tenant_id'], ['tenant.id'], name=op.f('fk_scan_settings_tenant_id_tenant'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_scan_settings')),
    sa.UniqueConstraint('tenant_id', name=op.f('uq_scan_settings_tenant_id'))
    )
    op.create_index(op.f('ix_scan_settings_tenant_id'), 'scan_settings', ['tenant_id'], unique=False)
    op.create_table('scan_template',
    sa.Column('id', sa.BigInteger(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('lang', sa.String(length=8), nullable=False),
    sa.Column('text', sa.String(length=1000), nullable=False),
    sa.Column('tenant_id', sa.BigInteger(), nullable=False),
    sa.CheckConstraint("kind IN ('first', 'repeat', 'over_limit', 'not_activated', 'voided', 'unknown', 'wrong_code', 'suspect')", name=op.f('ck_scan_template_kind')),
    sa.CheckConstraint("lang IN ('zh', 'en')", name=op.f('ck_scan_template_lang')),
    sa.ForeignKeyConstraint(['tenant_id'], ['tenant.id'], name=op.f('fk_scan_template_tenant_id_tenant'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_scan_template')),
    sa.UniqueConstraint('tenant_id', 'kind', 'lang', name=op.f('uq_scan_template_tenant_id_kind_lang'))
    )
    op.create_index(op.f('ix_scan_template_tenant_id'), 'scan_template', ['tenant_id'], unique=False)
    op.create_table('scan_alert',
    sa.Column('id', sa.BigInteger(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('kind', sa.String(length=24), nullable=False),
    sa.Column('level', sa.String(length=16), nullable=False),
    sa.Column('dedupe_key', sa.String(length=160), nullable=False),
    sa.Column('code', sa.String(length=64), server_default='', nullable=False),
    sa.Column('batch_id', sa.BigInteger(), nullable=True),
    sa.Column('serial', sa.BigInteger(), nullable=True),
    sa.Column('product_id', sa.BigInteger(), nullable=True),
    sa.Column('count', sa.BigInteger(), server_default='0', nullable=False),
    sa.Column('source', sa.String(length=48), server_default='', nullable=False),
    sa.Column('acknowledged_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('acknowledged_by_id', sa.BigInteger(), nullable=True),
    sa.Column('tenant_id', sa.BigInteger(), nullable=False),
    sa.CheckConstraint("kind IN ('count', 'suspect', 'enumeration', 'verification_attempts')", name=op.f('ck_scan_alert_kind')),
    sa.CheckConstraint("level IN ('normal', 'important')", name=op.f('ck_scan_alert_level')),
    sa.ForeignKeyConstraint(['acknowledged_by_id'], ['app_user.id'], name=op.f('fk_scan_alert_acknowledged_by_id_app_user'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['tenant_id'], ['tenant.id'], name=op.f('fk_scan_alert_tenant_id_tenant'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_scan_alert')),
    sa.UniqueConstraint('tenant_id', 'dedupe_key', name=op.f('uq_scan_alert_tenant_id_dedupe_key'))
    )
    op.create_index(op.f('ix_scan_alert_acknowledged_by_id'), 'scan_alert', ['acknowledged_by_id'], unique=False)
    op.create_index('ix_scan_alert_tenant_at', 'scan_alert', ['tenant_id', 'at'], unique=False)
    op.create_index(op.f('ix_scan_alert_tenant_id'), 'scan_alert', ['tenant_id'], unique=False)
    op.create_table('scan_complaint',
    sa.Column('id', sa.BigInteger(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('scan_id', sa.BigInteger(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('text', sa.String(length=1000), nullable=False),
    sa.Column('contact', sa.String(length=100), server_default='', nullable=False),
    sa.Column('code', sa.String(length=64), server_default='', nullable=False),
    sa.Column('product_id', sa.BigInteger(), nullable=True),
    sa.Column('lot_id', sa.BigInteger(), nullable=True),
    sa.Column('district_code', sa.String(length=6), server_default='', nullable=False),
    sa.Column('status', sa.String(length=16), server_default='new', nullable=False),
    sa.Column('note', sa.String(length=500), server_default='', nullable=False),
    sa.Column('handled_by_id', sa.BigInteger(), nullable=True),
    sa.Column('handled_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('tenant_id', sa.BigInteger(), nullable=False),
    sa.CheckConstraint("kind IN ('complaint', 'suggestion', 'counterfeit')", name=op.f('ck_scan_complaint_kind')),
    sa.CheckConstraint("status IN ('new', 'handled')", name=op.f('ck_scan_complaint_status')),
    sa.ForeignKeyConstraint(['handled_by_id'], ['app_user.id'], name=op.f('fk_scan_complaint_handled_by_id_app_user'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['tenant_id'], ['tenant.id'], name=op.f('fk_scan_complaint_tenant_id_tenant'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_scan_complaint'))
    )
    op.create_index(op.f('ix_scan_complaint_handled_by_id'), 'scan_complaint', ['handled_by_id'], unique=False)
    op.create_index('ix_scan_complaint_tenant_at', 'scan_complaint', ['tenant_id', 'at'], unique=False)
    op.create_index(op.f('ix_scan_complaint_tenant_id'), 'scan_complaint', ['tenant_id'], unique=False)
    op.create_table('scan_alert_delivery',
    sa.Column('id', sa.BigInteger(), nullable=False),
    sa.Column('alert_id', sa.BigInteger(), nullable=False),
    sa.Column('recipient_id', sa.BigInteger(), nullable=True),
    sa.Column('phone', sa.String(length=32), nullable=False),
    sa.Column('status', sa.String(length=16), server_default='pending', nullable=False),
    sa.Column('attempts', sa.Integer(), server_default='0', nullable=False),
    sa.Column('next_attempt_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('last_error', sa.String(length=500), server_default='', nullable=False),
    sa.Column('sent_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('tenant_id', sa.BigInteger(), nullable=False),
    sa.CheckConstraint("status IN ('pending', 'sent', 'failed')", name=op.f('ck_scan_alert_delivery_status')),
    sa.ForeignKeyConstraint(['alert_id'], ['scan_alert.id'], name=op.f('fk_scan_alert_delivery_alert_id_scan_alert'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['recipient_id'], ['scan_alert_recipient.id'], name=op.f('fk_scan_alert_delivery_recipient_id_scan_alert_recipient'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['tenant_id'], ['tenant.id'], name=op.f('fk_scan_alert_delivery_tenant_id_tenant'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_scan_alert_delivery'))
    )
    op.create_index(op.f('ix_scan_alert_delivery_alert_id'), 'scan_alert_delivery', ['alert_id'], unique=False)
    op.create_index('ix_scan_alert_delivery_due', 'scan_alert_delivery', ['next_attempt_at'], unique=False, postgresql_where=sa.text("status = 'pending'"))
    op.create_index(op.f('ix_scan_alert_delivery_recipient_id'), 'scan_alert_delivery', ['recipient_id'], unique=False)
    op.create_index(op.f('ix_scan_alert_delivery_tenant_id'), 'scan_alert_delivery', ['tenant_id'], unique=False)
    op.create_table('scan_product',
    sa.Column('id', sa.BigInteger(), nullable=False),
    sa.Column('product_id', sa.BigInteger(), nullable=False),
    sa.Column('verification', sa.String(length=16), nullable=False),
    sa.Column('tenant_id', sa.BigInteger(), nullable=False),
    sa.CheckConstraint("verification IN ('off', 'optional', 'required')", name=op.f('ck_scan_product_verification')),
    sa.ForeignKeyConstraint(['product_id'], ['product.id'], name=op.f('fk_scan_product_product_id_product'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['tenant_id'], ['tenant.id'], name=op.f('fk_scan_product_tenant_id_tenant'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_scan_product')),
    sa.UniqueConstraint('tenant_id', 'product_id', name=op.f('uq_scan_product_tenant_id_product_id'))
    )
    op.create_index(op.f('ix_scan_product_product_id'), 'scan_product', ['product_id'], unique=False)
    op.create_index(op.f('ix_scan_product_tenant_id'), 'scan_product', ['tenant_id'], unique=False)
    op.create_table('scan_document',
    sa.Column('id', sa.BigInteger(), nullable=False),
    sa.Column('product_id', sa.BigInteger(), nullable=True),
    sa.Column('lot_id', sa.BigInteger(), nullable=True),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('mime', sa.String(length=32), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('created_by_id', sa.BigInteger(), nullable=False),
    sa.Column('tenant_id', sa.BigInteger(), nullable=False),
    sa.CheckConstraint("kind IN ('certificate', 'quality_report', 'other')", name=op.f('ck_scan_document_kind')),
    sa.CheckConstraint("mime IN ('application/pdf', 'image/png', 'image/jpeg')", name=op.f('ck_scan_document_mime')),
    sa.CheckConstraint('(product_id IS NULL) <> (lot_id IS NULL)', name=op.f('ck_scan_document_owner')),
    sa.ForeignKeyConstraint(['created_by_id'], ['app_user.id'], name=op.f('fk_scan_document_created_by_id_app_user'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['lot_id'], ['production_lot.id'], name=op.f('fk_scan_document_lot_id_production_lot'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['product_id'], ['product.id'], name=op.f('fk_scan_document_product_id_product'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['tenant_id'], ['tenant.id'], name=op.f('fk_scan_document_tenant_id_tenant'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_scan_document'))
    )
    op.create_index(op.f('ix_scan_document_created_by_id'), 'scan_document', ['created_by_id'], unique=False)
    op.create_index(op.f('ix_scan_document_lot_id'), 'scan_document', ['lot_id'], unique=False)
    op.create_index(op.f('ix_scan_document_product_id'), 'scan_document', ['product_id'], unique=False)
    op.create_index(op.f('ix_scan_document_tenant_id'), 'scan_document', ['tenant_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_scan_document_tenant_id'), table_name='scan_document')
    op.drop_index(op.f('ix_scan_document_product_id'), table_name='scan_document')
    op.drop_index(op.f('ix_scan_document_lot_id'), table_name='scan_document')
    op.drop_index(op.f('ix_scan_document_created_by_id'), table_name='scan_document')
    op.drop_table('scan_document')
    op.drop_index(op.f('ix_scan_product_tenant_id'), table_name='scan_product')
    op.drop_index(op.f('ix_scan_product_product_id'), table_name='scan_product')
    op.drop_table('scan_product')
    op.drop_index(op.f('ix_scan_alert_delivery_tenant_id'), table_name='scan_alert_delivery')
    op.drop_index(op.f('ix_scan_alert_delivery_recipient_id'), table_name='scan_alert_delivery')
    op.drop_index('ix_scan_alert_delivery_due', table_name='scan_alert_delivery', postgresql_where=sa.text("status = 'pending'"))
    op.drop_index(op.f('ix_scan_alert_delivery_alert_id'), table_name='scan_alert_delivery')
    op.drop_table('scan_alert_delivery')
    op.drop_index(op.f('ix_scan_complaint_tenant_id'), table_name='scan_complaint')
    op.drop_index('ix_scan_complaint_tenant_at', table_name='scan_complaint')
    op.drop_index(op.f('ix_scan_complaint_handled_by_id'), table_name='scan_complaint')
    op.drop_table('scan_complaint')
    op.drop_index(op.f('ix_scan_alert_tenant_id'), table_name='scan_alert')
    op.drop_index('ix_scan_alert_tenant_at', table_name='scan_alert')
    op.drop_index(op.f('ix_scan_alert_acknowledged_by_id'), table_name='scan_alert')
    op.drop_table('scan_alert')
    op.drop_index(op.f('ix_scan_template_tenant_id'), table_name='scan_template')
    op.drop_table('scan_template')
    op.drop_index(op.f('ix_scan_settings_tenant_id'), table_name='scan_settings')
    op.drop_table('scan_settings')
    op.drop_index(op.f('ix_scan_alert_recipient_tenant_id'), table_name='scan_alert_recipient')
    op.drop_table('scan_alert_recipient')
    op.drop_index('ix_scan_rate_window_start', table_name='scan_rate')
    op.drop_table('scan_rate')
    op.drop_table('scan_code_stat')
    op.drop_index('ix_scan_tenant_code', table_name='scan')
    op.drop_index('ix_scan_tenant_at', table_name='scan')
    op.drop_table('scan')
