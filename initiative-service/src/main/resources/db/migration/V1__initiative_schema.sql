-- initiative-service: the initiative, its issues, problem definitions, role observations, key decisions and phases.
-- Every row carries the tenant (municipality_code); every query filters on it.

CREATE TABLE initiative (
    id                          UUID PRIMARY KEY,
    municipality_code           VARCHAR(6)   NOT NULL,
    version                     BIGINT       NOT NULL,
    created_at                  TIMESTAMPTZ  NOT NULL,
    updated_at                  TIMESTAMPTZ  NOT NULL,
    title                       JSONB        NOT NULL,
    summary                     JSONB,
    type                        VARCHAR(32)  NOT NULL,
    origin                      VARCHAR(16),
    legal_form                  VARCHAR(16),
    challenge_right             BOOLEAN,
    primary_domain              VARCHAR(32),
    secondary_domains           JSONB        NOT NULL DEFAULT '[]',
    phase                       VARCHAR(16)  NOT NULL,
    started_on                  DATE,
    budget_per_year             BIGINT,
    government_funding_per_year BIGINT,
    coproduction_stages         JSONB        NOT NULL DEFAULT '[]',
    coproduction_level          VARCHAR(16),
    task_nature                 VARCHAR(16),
    citizen_role                VARCHAR(16),
    participation_level         VARCHAR(16),
    search_text                 TEXT GENERATED ALWAYS AS (lower(title::text || ' ' || coalesce(summary::text, ''))) STORED
);
CREATE INDEX initiative_tenant_order ON initiative (municipality_code, created_at, id);

CREATE TABLE initiative_area_code (
    initiative_id UUID        NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    area_code     VARCHAR(16) NOT NULL,
    position      INTEGER     NOT NULL,
    PRIMARY KEY (initiative_id, position)
);
CREATE INDEX initiative_area_code_code ON initiative_area_code (area_code);

CREATE TABLE initiative_external_ref (
    initiative_id     UUID         NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    position          INTEGER      NOT NULL,
    municipality_code VARCHAR(6)   NOT NULL,
    system            VARCHAR(64)  NOT NULL,
    instance          VARCHAR(255) NOT NULL,
    type              VARCHAR(64)  NOT NULL,
    external_id       VARCHAR(255) NOT NULL,
    url               VARCHAR(2048),
    PRIMARY KEY (initiative_id, position),
    CONSTRAINT initiative_external_ref_unique UNIQUE (municipality_code, system, instance, type, external_id)
);

CREATE TABLE issue (
    id                 UUID PRIMARY KEY,
    municipality_code  VARCHAR(6)  NOT NULL,
    initiative_id      UUID        NOT NULL REFERENCES initiative (id),
    version            BIGINT      NOT NULL,
    created_at         TIMESTAMPTZ NOT NULL,
    updated_at         TIMESTAMPTZ NOT NULL,
    label              JSONB       NOT NULL,
    description        JSONB,
    domain             VARCHAR(32),
    raised_by_group_ids JSONB      NOT NULL DEFAULT '[]',
    raised_on          DATE,
    scope_note         JSONB
);
CREATE INDEX issue_initiative ON issue (municipality_code, initiative_id, created_at, id);

CREATE TABLE problem_definition (
    id                  UUID PRIMARY KEY,
    municipality_code   VARCHAR(6)  NOT NULL,
    initiative_id       UUID        NOT NULL REFERENCES initiative (id),
    version             BIGINT      NOT NULL,
    created_at          TIMESTAMPTZ NOT NULL,
    updated_at          TIMESTAMPTZ NOT NULL,
    sequence            INTEGER     NOT NULL,
    statement           JSONB       NOT NULL,
    framed_by           VARCHAR(16),
    issue_ids_in_scope  JSONB       NOT NULL DEFAULT '[]',
    rationale           JSONB,
    CONSTRAINT problem_definition_sequence UNIQUE (initiative_id, sequence)
);

CREATE TABLE role_observation (
    id                UUID PRIMARY KEY,
    municipality_code VARCHAR(6)   NOT NULL,
    initiative_id     UUID         NOT NULL REFERENCES initiative (id),
    version           BIGINT       NOT NULL,
    created_at        TIMESTAMPTZ  NOT NULL,
    updated_at        TIMESTAMPTZ  NOT NULL,
    kind              VARCHAR(16)  NOT NULL,
    holder_source     VARCHAR(32)  NOT NULL,
    holder_group_id   UUID,
    role              VARCHAR(16)  NOT NULL,
    observed_on       DATE         NOT NULL,
    evidence          VARCHAR(32),
    note              TEXT
);
CREATE INDEX role_observation_initiative ON role_observation (municipality_code, initiative_id, created_at, id);

CREATE TABLE key_decision (
    id                UUID PRIMARY KEY,
    municipality_code VARCHAR(6)   NOT NULL,
    initiative_id     UUID         NOT NULL REFERENCES initiative (id),
    version           BIGINT       NOT NULL,
    created_at        TIMESTAMPTZ  NOT NULL,
    updated_at        TIMESTAMPTZ  NOT NULL,
    subject           TEXT         NOT NULL,
    decided_on        DATE         NOT NULL,
    decided_by        VARCHAR(32)  NOT NULL,
    issue_ids         JSONB        NOT NULL DEFAULT '[]'
);
CREATE INDEX key_decision_initiative ON key_decision (municipality_code, initiative_id, created_at, id);

CREATE TABLE phase_transition (
    id                UUID PRIMARY KEY,
    municipality_code VARCHAR(6)   NOT NULL,
    initiative_id     UUID         NOT NULL REFERENCES initiative (id),
    version           BIGINT       NOT NULL,
    created_at        TIMESTAMPTZ  NOT NULL,
    updated_at        TIMESTAMPTZ  NOT NULL,
    from_phase        VARCHAR(16)  NOT NULL,
    to_phase          VARCHAR(16)  NOT NULL,
    transitioned_on   DATE         NOT NULL,
    reason            TEXT         NOT NULL
);
CREATE INDEX phase_transition_initiative ON phase_transition (municipality_code, initiative_id, created_at, id);
