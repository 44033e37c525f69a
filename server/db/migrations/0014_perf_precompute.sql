ALTER TABLE "government_results" ADD COLUMN "rank" integer;--> statement-breakpoint
ALTER TABLE "government_results" ADD COLUMN "peers" integer;--> statement-breakpoint
ALTER TABLE "unit_results" ADD COLUMN "leaf_values" double precision[];--> statement-breakpoint
ALTER TABLE "unit_results" ADD COLUMN "leaf_missing" integer[];--> statement-breakpoint
ALTER TABLE "unit_results" ADD COLUMN "leaf_state" text;--> statement-breakpoint
UPDATE "government_results" gr SET "rank" = x.rank, "peers" = x.peers
FROM (
  SELECT r.cycle_id, r.government_id,
    CASE WHEN r.rounded IS NULL THEN NULL
         ELSE (rank() OVER (PARTITION BY r.cycle_id, g.type ORDER BY r.rounded DESC NULLS LAST))::int END AS rank,
    (count(r.rounded) OVER (PARTITION BY r.cycle_id, g.type))::int AS peers
  FROM "government_results" r
  JOIN "cycle_governments" cg ON cg.cycle_id = r.cycle_id AND cg.government_id = r.government_id
  JOIN "governments" g ON g.id = r.government_id
) x
WHERE gr.cycle_id = x.cycle_id AND gr.government_id = x.government_id;
