-- What-if scenarios: changes tried on a copy of one assessment's input snapshot, with the method's outcome and the
-- delta. They change no other record; a decision record may cite the scenarios that were weighed.
CREATE TABLE scenario (
    id                UUID PRIMARY KEY,
    municipality_code VARCHAR(6)  NOT NULL,
    version           BIGINT      NOT NULL,
    created_at        TIMESTAMPTZ NOT NULL,
    updated_at        TIMESTAMPTZ NOT NULL,
    assessment_id     UUID        NOT NULL REFERENCES assessment (id),
    label             VARCHAR(200) NOT NULL,
    changes           JSONB       NOT NULL,
    result            JSONB       NOT NULL,
    delta             JSONB       NOT NULL
);
CREATE INDEX scenario_assessment ON scenario (municipality_code, assessment_id, created_at, id);

-- The options a weighing cites (scenario ids of the same assessment); a cited scenario is kept.
ALTER TABLE decision_record ADD COLUMN scenario_ids JSONB NOT NULL DEFAULT '[]';
