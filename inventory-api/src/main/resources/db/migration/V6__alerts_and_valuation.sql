-- Alerts, valuation and reports (issue 6). Each table is a read model, rebuilt by resetting its processor.

-- What the alerts projection knows of each stock item, from the stock item's own events (never read from
-- stock_level, whose processor may be at another point of the event stream). reorder_point IS NULL: no policy.
CREATE TABLE alert_stock_item (
    sku              VARCHAR(64) NOT NULL,
    warehouse        VARCHAR(32) NOT NULL,
    on_hand          BIGINT      NOT NULL,
    reserved         BIGINT      NOT NULL,
    in_transit       BIGINT      NOT NULL,
    reorder_point    BIGINT,
    reorder_quantity BIGINT,
    max_stock        BIGINT,
    ever_stocked     BOOLEAN     NOT NULL,
    version          BIGINT      NOT NULL,
    PRIMARY KEY (sku, warehouse)
);

-- Alerts: OPEN -> ACKNOWLEDGED -> RESOLVED; resolved ones stay as history.
CREATE TABLE alert (
    alert_id                 VARCHAR(36) NOT NULL PRIMARY KEY,
    sku                      VARCHAR(64) NOT NULL,
    warehouse                VARCHAR(32) NOT NULL,
    type                     VARCHAR(16) NOT NULL,
    status                   VARCHAR(16) NOT NULL,
    available                BIGINT      NOT NULL,
    threshold                BIGINT      NOT NULL,
    suggested_order_quantity BIGINT,
    raised_at                TIMESTAMPTZ NOT NULL,
    acknowledged_at          TIMESTAMPTZ,
    resolved_at              TIMESTAMPTZ,
    CONSTRAINT alert_type_known CHECK (type IN ('LOW_STOCK', 'OUT_OF_STOCK', 'OVERSTOCK')),
    CONSTRAINT alert_status_known CHECK (status IN ('OPEN', 'ACKNOWLEDGED', 'RESOLVED'))
);
-- At most one unresolved (OPEN or ACKNOWLEDGED) alert per stock item and type.
CREATE UNIQUE INDEX alert_one_unresolved ON alert (sku, warehouse, type) WHERE status <> 'RESOLVED';
CREATE INDEX alert_raised ON alert (raised_at DESC, alert_id);
CREATE INDEX alert_status_raised ON alert (status, raised_at DESC);
CREATE INDEX alert_warehouse_raised ON alert (warehouse, raised_at DESC);

-- Valuation at weighted average cost: units on hand, average unit cost (scale 4) and value (scale 2).
CREATE TABLE stock_valuation (
    sku               VARCHAR(64)    NOT NULL,
    warehouse         VARCHAR(32)    NOT NULL,
    quantity          BIGINT         NOT NULL,
    average_unit_cost NUMERIC(19, 4),
    value             NUMERIC(24, 2),
    version           BIGINT         NOT NULL,
    PRIMARY KEY (sku, warehouse)
);
CREATE INDEX stock_valuation_warehouse ON stock_valuation (warehouse, sku);

-- The movement report sums stock_movement over a span of business time.
CREATE INDEX stock_movement_time ON stock_movement (occurred_at);
