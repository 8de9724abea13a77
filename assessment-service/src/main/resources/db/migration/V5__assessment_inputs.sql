-- Issue 15: an assessment answer stays bounded. The outcome in the assessment row lists the first inputs of each
-- indicator; the full lists and the input snapshot live here, gzip-compressed, read only by
-- GET /v1/assessments/{id}/inputs and by what-if scenarios. Assessments stored before keep their snapshot in
-- assessment.input_snapshot (now nullable) and every input in their outcome.

CREATE TABLE assessment_snapshot (
    assessment_id UUID PRIMARY KEY REFERENCES assessment (id),
    json_gzip     BYTEA  NOT NULL, -- the canonical JSON whose SHA-256 is assessment.input_digest, gzip
    json_bytes    BIGINT NOT NULL  -- its size uncompressed
);
-- already compressed: stored out of line as it is, not compressed a second time
ALTER TABLE assessment_snapshot ALTER COLUMN json_gzip SET STORAGE EXTERNAL;

CREATE TABLE assessment_input_chunk (
    assessment_id UUID        NOT NULL REFERENCES assessment (id),
    indicator     VARCHAR(8)  NOT NULL,
    chunk         INTEGER     NOT NULL, -- inputs chunk × 1000 … chunk × 1000 + 999, in the indicator's order
    inputs        BYTEA       NOT NULL, -- a JSON array of {ref, label, value}, gzip
    PRIMARY KEY (assessment_id, indicator, chunk)
);
ALTER TABLE assessment_input_chunk ALTER COLUMN inputs SET STORAGE EXTERNAL;

ALTER TABLE assessment ALTER COLUMN input_snapshot DROP NOT NULL;
-- the initiative's title for published views, so they need not read the snapshot
ALTER TABLE assessment ADD COLUMN initiative_title JSONB;
UPDATE assessment SET initiative_title = input_snapshot -> 'initiative' -> 'title' WHERE input_snapshot IS NOT NULL;
