-- Erasure of a person's reference (docs/operations.md "Erasing a person's reference"): decision records stay
-- append-only, with one narrow exception. Inside a transaction that has set speelveld.erasure to 'on' (SET LOCAL,
-- only the erasure service does), an UPDATE may replace decided_by by the tombstone '[erased]' and bump version and
-- updated_at; every other column must stay exactly as it was. Anything else is refused as before.
CREATE OR REPLACE FUNCTION decision_record_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE'
       AND current_setting('speelveld.erasure', true) = 'on'
       AND NEW.decided_by = '[erased]'
       AND OLD.decided_by IS DISTINCT FROM '[erased]'
       AND (to_jsonb(NEW) - 'decided_by' - 'version' - 'updated_at')
           = (to_jsonb(OLD) - 'decided_by' - 'version' - 'updated_at') THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'decision records are append-only';
END $$;
