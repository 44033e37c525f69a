CREATE TABLE "answer_counts" (
	"cycle_id" uuid NOT NULL,
	"government_id" uuid NOT NULL,
	"items_total" integer DEFAULT 0 NOT NULL,
	"items_verified" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "answer_counts_cycle_id_government_id_pk" PRIMARY KEY("cycle_id","government_id")
);
--> statement-breakpoint
-- Kept by statement-level triggers (transition tables): one grouped upsert per statement, and
-- only for governments whose counts changed. Each branch names only the transition tables its
-- event has.
CREATE FUNCTION answer_counts_add(deltas jsonb) RETURNS void LANGUAGE sql AS $$
	INSERT INTO answer_counts AS c (cycle_id, government_id, items_total, items_verified)
	SELECT d.cycle_id, d.government_id, d.total, d.verified
	FROM jsonb_to_recordset(deltas) AS d(cycle_id uuid, government_id uuid, total int, verified int)
	WHERE d.total <> 0 OR d.verified <> 0
	ON CONFLICT (cycle_id, government_id) DO UPDATE SET
		items_total = c.items_total + excluded.items_total,
		items_verified = c.items_verified + excluded.items_verified;
$$;
--> statement-breakpoint
CREATE FUNCTION answer_counts_apply() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	deltas jsonb;
BEGIN
	IF TG_OP = 'INSERT' THEN
		SELECT jsonb_agg(d) INTO deltas FROM (
			SELECT cycle_id, government_id, count(*) AS total,
				count(*) FILTER (WHERE verify_status <> 'pending') AS verified
			FROM new_rows GROUP BY cycle_id, government_id) d;
	ELSIF TG_OP = 'DELETE' THEN
		SELECT jsonb_agg(d) INTO deltas FROM (
			SELECT cycle_id, government_id, -count(*) AS total,
				-count(*) FILTER (WHERE verify_status <> 'pending') AS verified
			FROM old_rows GROUP BY cycle_id, government_id) d;
	ELSE
		SELECT jsonb_agg(d) INTO deltas FROM (
			SELECT cycle_id, government_id, sum(total) AS total, sum(verified) AS verified
			FROM (
				SELECT cycle_id, government_id, 1 AS total, (verify_status <> 'pending')::int AS verified FROM new_rows
				UNION ALL
				SELECT cycle_id, government_id, -1, -(verify_status <> 'pending')::int FROM old_rows
			) u GROUP BY cycle_id, government_id) d;
	END IF;
	IF deltas IS NOT NULL THEN
		PERFORM answer_counts_add(deltas);
	END IF;
	RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER answers_counts_ins AFTER INSERT ON answers REFERENCING NEW TABLE AS new_rows
	FOR EACH STATEMENT EXECUTE FUNCTION answer_counts_apply();
--> statement-breakpoint
CREATE TRIGGER answers_counts_upd AFTER UPDATE ON answers REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
	FOR EACH STATEMENT EXECUTE FUNCTION answer_counts_apply();
--> statement-breakpoint
CREATE TRIGGER answers_counts_del AFTER DELETE ON answers REFERENCING OLD TABLE AS old_rows
	FOR EACH STATEMENT EXECUTE FUNCTION answer_counts_apply();
--> statement-breakpoint
-- Existing answers (e.g. a synthetic cycle loaded before this migration).
INSERT INTO answer_counts (cycle_id, government_id, items_total, items_verified)
SELECT cycle_id, government_id, count(*), count(*) FILTER (WHERE verify_status <> 'pending')
FROM answers GROUP BY cycle_id, government_id;
