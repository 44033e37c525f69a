ALTER TABLE "complaint_events" ADD COLUMN "stay_seconds" bigint;--> statement-breakpoint
CREATE INDEX "complaint_events_stays_idx" ON "complaint_events" USING btree ("complaint_id","to_stage","stay_seconds") WHERE "complaint_events"."stay_seconds" is not null;--> statement-breakpoint
-- The stays of the given cases' finished stages, in seconds: from the change that entered a stage
-- (the first: from the case's receipt) to the case's next stage change, in id order
-- (complaint_events_stage_idx). Used by the trigger below and, once, for the cases already here.
CREATE FUNCTION complaint_stays_of(cases uuid[]) RETURNS TABLE (event_id bigint, secs bigint)
LANGUAGE sql STABLE AS $$
	SELECT w.id,
		round(extract(epoch FROM w.next_at - CASE WHEN w.action = 'diterima' THEN c.received_at ELSE w.at END))::bigint
	FROM (
		SELECT x.id, x.complaint_id, x.action, x.at,
			lead(x.at) OVER (PARTITION BY x.complaint_id ORDER BY x.id) AS next_at
		FROM complaint_events x
		WHERE x.to_stage IS NOT NULL AND x.complaint_id = ANY (cases)
	) w
	JOIN complaints c ON c.id = w.complaint_id
	WHERE w.next_at IS NOT NULL
$$;
--> statement-breakpoint
-- A stay ends when the case's next stage change is written. Statement-level (transition table),
-- so a bulk load (synth's COPY) runs one window per statement over only the cases it touched.
-- Each case's stage changes are written under its row lock (lockComplaint), or with the case
-- itself, so no two statements add changes to one case at once. Events are not updated (the
-- demo's only update moves the receipt line, whose stay counts from the case's receipt anyway).
CREATE FUNCTION complaint_events_stays() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	touched uuid[];
BEGIN
	SELECT array_agg(DISTINCT complaint_id) INTO touched FROM new_rows WHERE to_stage IS NOT NULL;
	IF touched IS NOT NULL THEN
		UPDATE complaint_events e SET stay_seconds = s.secs
		FROM complaint_stays_of(touched) s
		WHERE e.id = s.event_id AND e.stay_seconds IS DISTINCT FROM s.secs;
	END IF;
	RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER complaint_events_stays AFTER INSERT ON complaint_events REFERENCING NEW TABLE AS new_rows
	FOR EACH STATEMENT EXECUTE FUNCTION complaint_events_stays();
--> statement-breakpoint
-- The stays of the cases already here (e.g. a synthetic dataset loaded before this migration).
UPDATE complaint_events e SET stay_seconds = s.secs
FROM complaint_stays_of(ARRAY(SELECT id FROM complaints)) s
WHERE e.id = s.event_id;
