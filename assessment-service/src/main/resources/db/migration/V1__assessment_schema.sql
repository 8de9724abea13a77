-- assessment-service: stored assessments (with the exact inputs they were computed from), decision records
-- (append-only) and the tenants' own threshold sets.

CREATE TABLE assessment (
    id                    UUID PRIMARY KEY,
    municipality_code     VARCHAR(6)  NOT NULL,
    version               BIGINT      NOT NULL,
    created_at            TIMESTAMPTZ NOT NULL,
    updated_at            TIMESTAMPTZ NOT NULL,
    initiative_id         UUID        NOT NULL,
    as_of                 DATE        NOT NULL,
    method_version        VARCHAR(32) NOT NULL,
    threshold_set_version VARCHAR(64) NOT NULL,
    reference_profile_ids JSONB       NOT NULL DEFAULT '[]',
    input_digest          VARCHAR(64) NOT NULL,
    input_snapshot        JSONB       NOT NULL,
    thresholds            JSONB       NOT NULL,
    outcome               JSONB       NOT NULL
);
CREATE INDEX assessment_initiative ON assessment (municipality_code, initiative_id, created_at, id);

CREATE TABLE decision_record (
    id                   UUID PRIMARY KEY,
    municipality_code    VARCHAR(6)  NOT NULL,
    version              BIGINT      NOT NULL,
    created_at           TIMESTAMPTZ NOT NULL,
    updated_at           TIMESTAMPTZ NOT NULL,
    assessment_id        UUID        NOT NULL REFERENCES assessment (id),
    initiative_id        UUID        NOT NULL,
    axis                 VARCHAR(32) NOT NULL,
    choice               VARCHAR(40) NOT NULL,
    rationale            TEXT        NOT NULL,
    interests_considered JSONB       NOT NULL DEFAULT '[]',
    groups_consulted     JSONB       NOT NULL DEFAULT '[]',
    mitigations          JSONB       NOT NULL DEFAULT '[]',
    accepted_risks       JSONB       NOT NULL DEFAULT '[]',
    mandate              VARCHAR(32),
    decided_by           TEXT,
    decided_on           DATE        NOT NULL,
    review_on            DATE,
    supersedes           UUID REFERENCES decision_record (id)
);
CREATE INDEX decision_record_assessment ON decision_record (municipality_code, assessment_id, created_at, id);
-- Never edited, never deleted: the database refuses it too.
CREATE FUNCTION decision_record_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'decision records are append-only';
END $$;
CREATE TRIGGER decision_record_append_only BEFORE UPDATE OR DELETE ON decision_record
    FOR EACH ROW EXECUTE FUNCTION decision_record_is_append_only();

CREATE TABLE threshold_set (
    id                UUID PRIMARY KEY,
    municipality_code VARCHAR(6)  NOT NULL,
    version           BIGINT      NOT NULL,
    created_at        TIMESTAMPTZ NOT NULL,
    updated_at        TIMESTAMPTZ NOT NULL,
    label             VARCHAR(64) NOT NULL,
    sequence          INTEGER     NOT NULL,
    overrides         JSONB       NOT NULL,
    rationale         TEXT        NOT NULL,
    changed_by        VARCHAR(200),
    valid_from        DATE        NOT NULL,
    CONSTRAINT threshold_set_sequence UNIQUE (municipality_code, sequence)
);
