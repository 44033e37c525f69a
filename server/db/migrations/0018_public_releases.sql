CREATE TABLE "official_figures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"government_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"method" text NOT NULL,
	"cycle_id" uuid,
	"score" double precision,
	"zone" text,
	"band" text,
	"opinion" text,
	"source" text,
	"note" text,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "official_figures_year_ck" CHECK ("official_figures"."year" between 2015 and 2100),
	CONSTRAINT "official_figures_zone_ck" CHECK ("official_figures"."zone" is null or "official_figures"."zone" in ('merah', 'kuning', 'hijau'))
);
--> statement-breakpoint
CREATE TABLE "result_releases" (
	"cycle_id" uuid NOT NULL,
	"government_id" uuid NOT NULL,
	"released_at" timestamp with time zone DEFAULT now() NOT NULL,
	"released_by" uuid,
	"withdrawn_at" timestamp with time zone,
	"withdrawn_by" uuid,
	"withdraw_reason" text,
	CONSTRAINT "result_releases_cycle_id_government_id_pk" PRIMARY KEY("cycle_id","government_id")
);
--> statement-breakpoint
ALTER TABLE "official_figures" ADD CONSTRAINT "official_figures_government_id_governments_id_fk" FOREIGN KEY ("government_id") REFERENCES "public"."governments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "official_figures" ADD CONSTRAINT "official_figures_cycle_id_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."cycles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "official_figures" ADD CONSTRAINT "official_figures_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "result_releases" ADD CONSTRAINT "result_releases_cycle_id_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."cycles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "result_releases" ADD CONSTRAINT "result_releases_government_id_governments_id_fk" FOREIGN KEY ("government_id") REFERENCES "public"."governments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "result_releases" ADD CONSTRAINT "result_releases_released_by_users_id_fk" FOREIGN KEY ("released_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "result_releases" ADD CONSTRAINT "result_releases_withdrawn_by_users_id_fk" FOREIGN KEY ("withdrawn_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "official_figures_gov_year_uq" ON "official_figures" USING btree ("government_id","year");--> statement-breakpoint
CREATE INDEX "official_figures_cycle_idx" ON "official_figures" USING btree ("cycle_id");--> statement-breakpoint
CREATE INDEX "result_releases_gov_idx" ON "result_releases" USING btree ("government_id");--> statement-breakpoint
CREATE INDEX "result_releases_live_idx" ON "result_releases" USING btree ("cycle_id") WHERE "result_releases"."withdrawn_at" is null;