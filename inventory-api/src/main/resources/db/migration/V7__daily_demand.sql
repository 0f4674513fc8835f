-- Daily demand per stock item (projection `demand`): units shipped and returned per UTC calendar day of
-- the events' business time (occurredAt). A row exists only for days with a shipment or a return; the
-- primary key's prefix serves a SKU over all its warehouses.
CREATE TABLE daily_demand (
    sku       VARCHAR(64) NOT NULL,
    warehouse VARCHAR(32) NOT NULL,
    day       DATE        NOT NULL,
    shipped   BIGINT      NOT NULL DEFAULT 0,
    returned  BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (sku, warehouse, day)
);

-- Per stock item, the sequence number of its last shipment or return counted in daily_demand: the rows
-- are sums, so an event at or below it (a redelivery) is not added again.
CREATE TABLE daily_demand_position (
    sku       VARCHAR(64) NOT NULL,
    warehouse VARCHAR(32) NOT NULL,
    sequence  BIGINT      NOT NULL,
    PRIMARY KEY (sku, warehouse)
);
