-- Webhooks (docs/webhooks.md): subscriptions, an outbox of deliveries, and the outbox filler's cursor.

CREATE TABLE webhook_subscription (
    id         VARCHAR(36)   NOT NULL PRIMARY KEY,
    url        VARCHAR(2048) NOT NULL,
    -- comma-separated: stock-level, reservation, alert
    events     VARCHAR(128)  NOT NULL,
    -- the HMAC-SHA256 key of the signatures (needed in clear to sign)
    secret     VARCHAR(256)  NOT NULL,
    created_at TIMESTAMPTZ   NOT NULL
);

-- One row per (subscription, message); the exact body is stored so that every retry sends the same bytes.
CREATE TABLE webhook_delivery (
    id              BIGSERIAL     NOT NULL PRIMARY KEY,
    subscription_id VARCHAR(36)   NOT NULL REFERENCES webhook_subscription (id) ON DELETE CASCADE,
    global_sequence BIGINT        NOT NULL,
    event_type      VARCHAR(32)   NOT NULL,
    -- deliveries with the same key (stock item, reservation) go out one after the other, in id order
    ordering_key    VARCHAR(256)  NOT NULL,
    payload         TEXT          NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    created_at      TIMESTAMPTZ   NOT NULL DEFAULT now(),
    next_attempt_at TIMESTAMPTZ   NOT NULL DEFAULT now(),
    delivered_at    TIMESTAMPTZ,
    failed_at       TIMESTAMPTZ,
    last_status     INT,
    last_error      VARCHAR(1000),
    UNIQUE (subscription_id, global_sequence, event_type)
);

CREATE INDEX webhook_delivery_due ON webhook_delivery (next_attempt_at)
    WHERE delivered_at IS NULL AND failed_at IS NULL;
CREATE INDEX webhook_delivery_open_key ON webhook_delivery (subscription_id, ordering_key, id)
    WHERE delivered_at IS NULL AND failed_at IS NULL;

-- The global sequence of the last event the outbox filler has handled (commit order, as AuditLog reads).
CREATE TABLE webhook_cursor (
    id                   INT         NOT NULL PRIMARY KEY CHECK (id = 1),
    last_global_sequence BIGINT      NOT NULL,
    updated_at           TIMESTAMPTZ NOT NULL
);
INSERT INTO webhook_cursor (id, last_global_sequence, updated_at) VALUES (1, 0, now());
