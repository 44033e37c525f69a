-- Before the one-running-import index: of several validating/committing imports of one government
-- (left by a process that died), only the newest stays; the others read as failed, as they would
-- after 15 minutes anyway.
UPDATE "imports" SET "status" = 'failed', "updated_at" = now()
WHERE "status" in ('validating', 'committing')
  AND "id" NOT IN (
    SELECT DISTINCT ON ("government_id") "id" FROM "imports"
    WHERE "status" in ('validating', 'committing')
    ORDER BY "government_id", "created_at" DESC, "id"
  );--> statement-breakpoint
CREATE UNIQUE INDEX "imports_running_government_idx" ON "imports" USING btree ("government_id") WHERE "imports"."status" in ('validating', 'committing');
