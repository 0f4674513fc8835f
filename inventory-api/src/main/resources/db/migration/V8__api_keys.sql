-- API keys: only a SHA-256 hash of each key is stored (keys are 256-bit random values); roles as a
-- comma-separated list of ORDER_SERVICE, WAREHOUSE, AUDITOR, ADMIN.
CREATE TABLE api_key (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    key_hash   CHAR(64)     NOT NULL UNIQUE,
    roles      VARCHAR(128) NOT NULL,
    created_at TIMESTAMPTZ  NOT NULL,
    revoked_at TIMESTAMPTZ
);
