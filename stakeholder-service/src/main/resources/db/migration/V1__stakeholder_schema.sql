-- stakeholder-service: stakeholder groups, interests and responses, representations, reference populations,
-- participant profiles, core-group snapshots, constituency consultations and conflict overrides.
-- Every row carries the tenant (municipality_code); every query filters on it. initiative_id and issue_id belong to
-- initiative-service: they are checked through its API on write, never by a cross-database foreign key.
-- Participant data is stored only as aggregated counts, never per person.

CREATE TABLE stakeholder_group (
    id                       UUID PRIMARY KEY,
    municipality_code        VARCHAR(6)   NOT NULL,
    version                  BIGINT       NOT NULL,
    created_at               TIMESTAMPTZ  NOT NULL,
    updated_at               TIMESTAMPTZ  NOT NULL,
    initiative_id            UUID         NOT NULL,
    name                     VARCHAR(200) NOT NULL,
    description              JSONB,
    source                   VARCHAR(32),
    category                 VARCHAR(32),
    affected                 BOOLEAN,
    estimated_size           INTEGER,
    size_unit                VARCHAR(16),
    power                    BOOLEAN,
    power_justification      TEXT,
    legitimacy               BOOLEAN,
    legitimacy_justification TEXT,
    urgency                  BOOLEAN,
    urgency_justification    TEXT,
    voice                    VARCHAR(32),
    voice_evidence           VARCHAR(32),
    hard_to_reach            BOOLEAN,
    barriers                 JSONB        NOT NULL DEFAULT '[]'
);
CREATE INDEX stakeholder_group_tenant_order ON stakeholder_group (municipality_code, created_at, id);
CREATE INDEX stakeholder_group_initiative ON stakeholder_group (municipality_code, initiative_id, created_at, id);

CREATE TABLE interest (
    id                UUID PRIMARY KEY,
    municipality_code VARCHAR(6)  NOT NULL,
    version           BIGINT      NOT NULL,
    created_at        TIMESTAMPTZ NOT NULL,
    updated_at        TIMESTAMPTZ NOT NULL,
    initiative_id     UUID        NOT NULL,
    group_id          UUID        NOT NULL REFERENCES stakeholder_group (id),
    issue_id          UUID        NOT NULL,
    kind              VARCHAR(16) NOT NULL,
    statement         JSONB,
    stance            VARCHAR(32) NOT NULL,
    intensity         VARCHAR(8),
    evidence          VARCHAR(32),
    recorded_on       DATE        NOT NULL,
    response_status   VARCHAR(16) NOT NULL DEFAULT 'OPEN',
    response_reason   TEXT,
    responded_on      DATE,
    responded_by      VARCHAR(32)
);
CREATE INDEX interest_tenant_order ON interest (municipality_code, created_at, id);
CREATE INDEX interest_initiative ON interest (municipality_code, initiative_id, created_at, id);
CREATE INDEX interest_group ON interest (group_id);

CREATE TABLE representation (
    id                      UUID PRIMARY KEY,
    municipality_code       VARCHAR(6)  NOT NULL,
    version                 BIGINT      NOT NULL,
    created_at              TIMESTAMPTZ NOT NULL,
    updated_at              TIMESTAMPTZ NOT NULL,
    initiative_id           UUID        NOT NULL,
    representative_group_id UUID        NOT NULL REFERENCES stakeholder_group (id),
    represented_group_id    UUID        NOT NULL REFERENCES stakeholder_group (id),
    basis                   VARCHAR(32) NOT NULL,
    since                   DATE,
    last_consulted_on       DATE,
    note                    TEXT
);
CREATE INDEX representation_tenant_order ON representation (municipality_code, created_at, id);
CREATE INDEX representation_representative ON representation (representative_group_id);
CREATE INDEX representation_represented ON representation (represented_group_id);

CREATE TABLE population_profile (
    id                UUID PRIMARY KEY,
    municipality_code VARCHAR(6)   NOT NULL,
    version           BIGINT       NOT NULL,
    created_at        TIMESTAMPTZ  NOT NULL,
    updated_at        TIMESTAMPTZ  NOT NULL,
    name              VARCHAR(200) NOT NULL,
    area_codes        JSONB        NOT NULL DEFAULT '[]',
    basis             VARCHAR(32)  NOT NULL,
    rationale         TEXT,
    source            VARCHAR(32),
    source_table      VARCHAR(32),
    reference_year    INTEGER,
    shares            JSONB        NOT NULL
);
CREATE INDEX population_profile_tenant_order ON population_profile (municipality_code, created_at, id);

CREATE TABLE participant_profile (
    id                   UUID PRIMARY KEY,
    municipality_code    VARCHAR(6)  NOT NULL,
    version              BIGINT      NOT NULL,
    created_at           TIMESTAMPTZ NOT NULL,
    updated_at           TIMESTAMPTZ NOT NULL,
    initiative_id        UUID        NOT NULL,
    group_id             UUID        NOT NULL REFERENCES stakeholder_group (id),
    scope                VARCHAR(32) NOT NULL,
    measured_on          DATE        NOT NULL,
    n                    INTEGER     NOT NULL CHECK (n >= 1),
    method               VARCHAR(32),
    reference_profile_id UUID REFERENCES population_profile (id),
    counts               JSONB       NOT NULL
);
CREATE INDEX participant_profile_initiative ON participant_profile (municipality_code, initiative_id, created_at, id);
CREATE INDEX participant_profile_tenant_order ON participant_profile (municipality_code, created_at, id);
CREATE INDEX participant_profile_group ON participant_profile (group_id);

CREATE TABLE core_group_snapshot (
    id                         UUID PRIMARY KEY,
    municipality_code          VARCHAR(6)  NOT NULL,
    version                    BIGINT      NOT NULL,
    created_at                 TIMESTAMPTZ NOT NULL,
    updated_at                 TIMESTAMPTZ NOT NULL,
    initiative_id              UUID        NOT NULL,
    group_id                   UUID        NOT NULL REFERENCES stakeholder_group (id),
    taken_on                   DATE        NOT NULL,
    core_size                  INTEGER     NOT NULL CHECK (core_size >= 0),
    core_joined_last_24_months INTEGER     NOT NULL CHECK (core_joined_last_24_months BETWEEN 0 AND core_size),
    members_total              INTEGER
);
CREATE INDEX core_group_snapshot_initiative ON core_group_snapshot (municipality_code, initiative_id, created_at, id);
CREATE INDEX core_group_snapshot_tenant_order ON core_group_snapshot (municipality_code, created_at, id);
CREATE INDEX core_group_snapshot_group ON core_group_snapshot (group_id);

CREATE TABLE constituency_consultation (
    id                      UUID PRIMARY KEY,
    municipality_code       VARCHAR(6)  NOT NULL,
    version                 BIGINT      NOT NULL,
    created_at              TIMESTAMPTZ NOT NULL,
    updated_at              TIMESTAMPTZ NOT NULL,
    initiative_id           UUID        NOT NULL,
    representative_group_id UUID        NOT NULL REFERENCES stakeholder_group (id),
    constituency_group_id   UUID REFERENCES stakeholder_group (id),
    held_on                 DATE        NOT NULL,
    method                  VARCHAR(32),
    constituency_size       INTEGER,
    respondents             INTEGER,
    issue_stances           JSONB       NOT NULL DEFAULT '[]'
);
CREATE INDEX constituency_consultation_initiative ON constituency_consultation (municipality_code, initiative_id, created_at, id);
CREATE INDEX constituency_consultation_tenant_order ON constituency_consultation (municipality_code, created_at, id);
CREATE INDEX constituency_consultation_representative ON constituency_consultation (representative_group_id);
CREATE INDEX constituency_consultation_constituency ON constituency_consultation (constituency_group_id);

-- A person's correction of the stance rule for one pair of interests. It goes when either interest is deleted:
-- the judgement was about those statements.
CREATE TABLE conflict_override (
    id                UUID PRIMARY KEY,
    municipality_code VARCHAR(6)  NOT NULL,
    version           BIGINT      NOT NULL,
    created_at        TIMESTAMPTZ NOT NULL,
    updated_at        TIMESTAMPTZ NOT NULL,
    initiative_id     UUID        NOT NULL,
    issue_id          UUID        NOT NULL,
    interest_id_a     UUID        NOT NULL REFERENCES interest (id) ON DELETE CASCADE,
    interest_id_b     UUID        NOT NULL REFERENCES interest (id) ON DELETE CASCADE,
    relation          VARCHAR(16) NOT NULL,
    reason            TEXT        NOT NULL
);
CREATE INDEX conflict_override_initiative ON conflict_override (municipality_code, initiative_id, created_at, id);
CREATE INDEX conflict_override_tenant_order ON conflict_override (municipality_code, created_at, id);
CREATE INDEX conflict_override_interest_a ON conflict_override (interest_id_a);
CREATE INDEX conflict_override_interest_b ON conflict_override (interest_id_b);
