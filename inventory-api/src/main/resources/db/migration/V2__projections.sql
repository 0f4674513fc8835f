-- Read models. Each is rebuilt from the event store by resetting its processor.

-- Warehouses: written in the same transaction as their events (subscribing processor).
CREATE TABLE warehouse (
    code       VARCHAR(32)  NOT NULL PRIMARY KEY,
    name       VARCHAR(128) NOT NULL,
    address    VARCHAR(512),
    timezone   VARCHAR(64)  NOT NULL,
    priority   INTEGER      NOT NULL,
    active     BOOLEAN      NOT NULL,
    version    BIGINT       NOT NULL
);

-- Stock levels: one row per stock item (SKU x warehouse); available = on_hand - reserved.
CREATE TABLE stock_level (
    sku              VARCHAR(64) NOT NULL,
    warehouse        VARCHAR(32) NOT NULL,
    on_hand          BIGINT      NOT NULL DEFAULT 0,
    reserved         BIGINT      NOT NULL DEFAULT 0,
    in_transit       BIGINT      NOT NULL DEFAULT 0,
    damaged          BIGINT      NOT NULL DEFAULT 0,
    bin              VARCHAR(32),
    reorder_point    BIGINT,
    reorder_quantity BIGINT,
    safety_stock     BIGINT,
    max_stock        BIGINT,
    lead_time_days   INTEGER,
    version          BIGINT      NOT NULL,
    updated_at       TIMESTAMPTZ,
    PRIMARY KEY (sku, warehouse)
);
CREATE INDEX stock_level_warehouse ON stock_level (warehouse, sku);

-- Movement history: one line per change of on hand or damaged, keyed by the stock item's event sequence.
CREATE TABLE stock_movement (
    sku            VARCHAR(64)  NOT NULL,
    warehouse      VARCHAR(32)  NOT NULL,
    sequence       BIGINT       NOT NULL,
    type           VARCHAR(16)  NOT NULL,
    quantity       BIGINT       NOT NULL,
    damaged_change BIGINT       NOT NULL,
    on_hand_before BIGINT       NOT NULL,
    on_hand_after  BIGINT       NOT NULL,
    reserved_after BIGINT       NOT NULL,
    reference      VARCHAR(128),
    actor          VARCHAR(128),
    occurred_at    TIMESTAMPTZ  NOT NULL,
    recorded_at    TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (sku, warehouse, sequence)
);
CREATE INDEX stock_movement_sku_time ON stock_movement (sku, occurred_at, warehouse, sequence);

-- Reservations and their allocations.
CREATE TABLE reservation (
    reservation_id VARCHAR(36)  NOT NULL PRIMARY KEY,
    order_id       VARCHAR(128) NOT NULL,
    status         VARCHAR(16)  NOT NULL,
    expires_at     TIMESTAMPTZ,
    placed_at      TIMESTAMPTZ  NOT NULL,
    updated_at     TIMESTAMPTZ  NOT NULL
);
CREATE INDEX reservation_order ON reservation (order_id);
CREATE INDEX reservation_status_expiry ON reservation (status, expires_at);

CREATE TABLE reservation_allocation (
    reservation_id VARCHAR(36) NOT NULL REFERENCES reservation (reservation_id) ON DELETE CASCADE,
    line_no        INTEGER     NOT NULL,
    sku            VARCHAR(64) NOT NULL,
    warehouse      VARCHAR(32) NOT NULL,
    quantity       BIGINT      NOT NULL,
    PRIMARY KEY (reservation_id, line_no)
);
CREATE INDEX reservation_allocation_item ON reservation_allocation (sku, warehouse);
