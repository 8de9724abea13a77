-- Events (docs/events.md): the transactional outbox that is also the change feed, webhook subscriptions, their
-- deliveries (the work queue of every replica) and the attempts a subscriber can read. The same tables in each
-- service's database, from this one file (conventions' db/conventions, in each service's own Flyway history); the
-- code is conventions' events package.

-- One row per event, written in the transaction of the change it reports. xid is that transaction's id: the feed
-- serves an event only once no transaction with a smaller id can still commit (see EventFeed), so a reader that
-- follows the cursor (xid, seq) never misses an event committed out of order.
CREATE TABLE event_outbox (
    seq               BIGSERIAL    PRIMARY KEY,
    xid               XID8         NOT NULL DEFAULT pg_current_xact_id(),
    id                UUID         NOT NULL UNIQUE,
    municipality_code VARCHAR(6)   NOT NULL,
    type              VARCHAR(120) NOT NULL,
    subject           VARCHAR(400) NOT NULL,
    initiative_id     UUID,
    time              TIMESTAMPTZ  NOT NULL,
    body              TEXT         NOT NULL
);
CREATE INDEX event_outbox_feed ON event_outbox (municipality_code, xid, seq);
CREATE INDEX event_outbox_time ON event_outbox (time);

CREATE TABLE webhook_subscription (
    id                    UUID          PRIMARY KEY,
    municipality_code     VARCHAR(6)    NOT NULL,
    version               BIGINT        NOT NULL DEFAULT 0,
    created_at            TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at            TIMESTAMPTZ   NOT NULL DEFAULT now(),
    url                   VARCHAR(2000) NOT NULL,
    types                 TEXT[]        NOT NULL,
    initiative_id         UUID,
    description           VARCHAR(500),
    enabled               BOOLEAN       NOT NULL DEFAULT TRUE,
    secret                VARCHAR(100)  NOT NULL,
    previous_secret       VARCHAR(100),
    previous_secret_until TIMESTAMPTZ,
    failing_since         TIMESTAMPTZ,
    last_failure          VARCHAR(300),
    disabled_reason       VARCHAR(300)
);
CREATE INDEX webhook_subscription_tenant_order ON webhook_subscription (municipality_code, created_at, id);

-- One row per (subscription, event): made in the event's transaction for every enabled subscription that matches.
-- next_attempt_at is also the lease: a worker that claims a delivery pushes it into the future first, so another
-- replica skips it; a worker that dies leaves it to be claimed again when the lease runs out.
CREATE TABLE webhook_delivery (
    id                UUID         PRIMARY KEY,
    subscription_id   UUID         NOT NULL REFERENCES webhook_subscription (id) ON DELETE CASCADE,
    municipality_code VARCHAR(6)   NOT NULL,
    event_id          UUID         NOT NULL,
    event_type        VARCHAR(120) NOT NULL,
    payload           TEXT,
    committed_at      TIMESTAMPTZ  NOT NULL DEFAULT clock_timestamp(),
    status            VARCHAR(12)  NOT NULL DEFAULT 'PENDING',
    attempts          INTEGER      NOT NULL DEFAULT 0,
    next_attempt_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    delivered_at      TIMESTAMPTZ
);
CREATE INDEX webhook_delivery_due ON webhook_delivery (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX webhook_delivery_subscription ON webhook_delivery (subscription_id, committed_at);

CREATE TABLE webhook_attempt (
    id                UUID         PRIMARY KEY,
    delivery_id       UUID         NOT NULL REFERENCES webhook_delivery (id) ON DELETE CASCADE,
    subscription_id   UUID         NOT NULL,
    municipality_code VARCHAR(6)   NOT NULL,
    event_id          UUID         NOT NULL,
    event_type        VARCHAR(120) NOT NULL,
    attempt           INTEGER      NOT NULL,
    at                TIMESTAMPTZ  NOT NULL,
    status_code       INTEGER,
    duration_ms       INTEGER      NOT NULL,
    outcome           VARCHAR(12)  NOT NULL,
    reason            VARCHAR(300)
);
CREATE INDEX webhook_attempt_subscription ON webhook_attempt (subscription_id, at, id);
