-- Transfers between warehouses and their lines (projection of the transfer aggregate's events).
CREATE TABLE transfer (
    transfer_id     VARCHAR(36)  NOT NULL PRIMARY KEY,
    from_warehouse  VARCHAR(32)  NOT NULL,
    to_warehouse    VARCHAR(32)  NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    reference       VARCHAR(128),
    tracking_number VARCHAR(128),
    requested_at    TIMESTAMPTZ  NOT NULL,
    dispatched_at   TIMESTAMPTZ,
    completed_at    TIMESTAMPTZ,
    cancelled_at    TIMESTAMPTZ
);
CREATE INDEX transfer_status ON transfer (status, requested_at);
CREATE INDEX transfer_from ON transfer (from_warehouse, requested_at);
CREATE INDEX transfer_to ON transfer (to_warehouse, requested_at);

-- One row per SKU of a transfer; received stays NULL until the transfer is received.
CREATE TABLE transfer_line (
    transfer_id VARCHAR(36) NOT NULL REFERENCES transfer (transfer_id) ON DELETE CASCADE,
    line_no     INTEGER     NOT NULL,
    sku         VARCHAR(64) NOT NULL,
    quantity    BIGINT      NOT NULL,
    received    BIGINT,
    PRIMARY KEY (transfer_id, line_no)
);
CREATE UNIQUE INDEX transfer_line_sku ON transfer_line (transfer_id, sku);
