-- Idempotency keys of creates (IETF httpapi Idempotency-Key draft); shared by every service, kept 24 hours.
CREATE TABLE idempotency_key (
    municipality_code VARCHAR(6)   NOT NULL,
    idempotency_key   VARCHAR(255) NOT NULL,
    request_hash      CHAR(64)     NOT NULL,
    completed         BOOLEAN      NOT NULL DEFAULT FALSE,
    response_status   INTEGER,
    response_body     BYTEA,
    response_location TEXT,
    response_etag     TEXT,
    created_at        TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (municipality_code, idempotency_key)
);
CREATE INDEX idempotency_key_created_at ON idempotency_key (created_at);
