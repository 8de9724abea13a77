CREATE TABLE probe (
    id                UUID PRIMARY KEY,
    municipality_code VARCHAR(6)  NOT NULL,
    version           BIGINT      NOT NULL,
    created_at        TIMESTAMPTZ NOT NULL,
    updated_at        TIMESTAMPTZ NOT NULL,
    name              JSONB       NOT NULL,
    kind              VARCHAR(16) NOT NULL,
    size              INTEGER
);
