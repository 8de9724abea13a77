-- A decision record is superseded at most once, so the corrections of a weighing form one line a reader can follow
-- (supersedes / supersededBy). The index also refuses two concurrent corrections of the same record.
CREATE UNIQUE INDEX decision_record_superseded_once ON decision_record (supersedes) WHERE supersedes IS NOT NULL;
