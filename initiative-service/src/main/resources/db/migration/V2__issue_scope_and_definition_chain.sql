-- The derived inScope of an issue is kept on the issue itself: posting a problem definition sets it in the same
-- transaction, and the change raises the issue's version, so its ETag changes whenever what a client sees changes.
ALTER TABLE issue ADD COLUMN in_scope BOOLEAN NOT NULL DEFAULT FALSE;

-- Each problem definition names the one it replaces (DOMAIN.md 2.2: supersedes).
ALTER TABLE problem_definition ADD COLUMN supersedes UUID REFERENCES problem_definition (id);
CREATE INDEX problem_definition_initiative ON problem_definition (municipality_code, initiative_id, created_at, id);
