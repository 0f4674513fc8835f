-- Orders across warehouses (reservations issue).

-- Open orders: one row per order with a RESERVED reservation, written in the transaction that places,
-- ships, releases or expires it (subscribing processor), so that a repeated order is recognised at once.
CREATE TABLE open_order (
    order_id          VARCHAR(128) NOT NULL PRIMARY KEY,
    reservation_id    VARCHAR(36)  NOT NULL,
    lines_fingerprint CHAR(64)     NOT NULL
);

-- Answers of requests sent with an Idempotency-Key, replayed for a repeated key (kept 48 h).
CREATE TABLE idempotency_record (
    idempotency_key VARCHAR(255) NOT NULL PRIMARY KEY,
    request_hash    CHAR(64)     NOT NULL,
    status          INTEGER      NOT NULL,
    body            TEXT         NOT NULL,
    created_at      TIMESTAMPTZ  NOT NULL
);
CREATE INDEX idempotency_record_created ON idempotency_record (created_at);

CREATE INDEX reservation_expiry_due ON reservation (expires_at) WHERE status = 'RESERVED';
