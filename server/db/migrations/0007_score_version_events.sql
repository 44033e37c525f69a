-- Score versions are kept only at events (issue 10) and are unique per (cycle, government, version)
-- (issue 8). Existing rows: drop the per-edit flood (a run of consecutive 'verifikasi' versions keeps
-- its last row), number the rest 1, 2, 3… in their order (duplicates of one number written by
-- concurrent verifications get distinct numbers), and point each results row at its last version.
DELETE FROM "score_versions" sv USING (
  SELECT "id", lead("reason") OVER (PARTITION BY "cycle_id", "government_id" ORDER BY "version", "id") AS "next_reason"
  FROM "score_versions"
) n
WHERE sv."id" = n."id" AND sv."reason" = 'verifikasi' AND n."next_reason" = 'verifikasi';--> statement-breakpoint
UPDATE "score_versions" sv SET "version" = n."rn" FROM (
  SELECT "id", row_number() OVER (PARTITION BY "cycle_id", "government_id" ORDER BY "version", "id")::int AS "rn"
  FROM "score_versions"
) n
WHERE sv."id" = n."id" AND sv."version" <> n."rn";--> statement-breakpoint
UPDATE "government_results" gr SET "version" = coalesce((
  SELECT max(sv."version") FROM "score_versions" sv
  WHERE sv."cycle_id" = gr."cycle_id" AND sv."government_id" = gr."government_id"), 0);--> statement-breakpoint
DROP INDEX "score_versions_idx";--> statement-breakpoint
CREATE UNIQUE INDEX "score_versions_version_key" ON "score_versions" USING btree ("cycle_id","government_id","version");
