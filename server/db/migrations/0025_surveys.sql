CREATE TABLE "survey_instruments" (
	"id" text PRIMARY KEY NOT NULL,
	"version" text NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"definition" jsonb NOT NULL,
	"source" text NOT NULL,
	"based_on" text,
	"frozen_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "survey_period_units" (
	"period_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"government_id" uuid NOT NULL,
	"population" integer,
	"sample_target" integer,
	"product_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	CONSTRAINT "survey_period_units_period_id_unit_id_pk" PRIMARY KEY("period_id","unit_id"),
	CONSTRAINT "survey_period_units_sample_ck" CHECK ("survey_period_units"."population" is not null or "survey_period_units"."sample_target" is not null)
);
--> statement-breakpoint
CREATE TABLE "survey_periods" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"instrument_id" text NOT NULL,
	"title" text NOT NULL,
	"government_id" uuid,
	"office_id" uuid,
	"cycle_id" uuid,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"interim_visible" boolean DEFAULT false NOT NULL,
	"slips_enabled" boolean DEFAULT false NOT NULL,
	"token_secret" text NOT NULL,
	"row_version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone,
	CONSTRAINT "survey_periods_owner_ck" CHECK (("survey_periods"."kind" = 'skm' and "survey_periods"."government_id" is not null and "survey_periods"."cycle_id" is null and "survey_periods"."office_id" is null)
        or ("survey_periods"."kind" = 'persepsi_maladministrasi' and "survey_periods"."office_id" is not null and "survey_periods"."cycle_id" is not null and "survey_periods"."government_id" is null)),
	CONSTRAINT "survey_periods_dates_ck" CHECK ("survey_periods"."ends_on" >= "survey_periods"."starts_on")
);
--> statement-breakpoint
CREATE TABLE "survey_response_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigserial NOT NULL,
	"response_id" uuid NOT NULL,
	"period_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"decision" text NOT NULL,
	"reason" text NOT NULL,
	"decided_by" uuid NOT NULL,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "survey_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigserial NOT NULL,
	"period_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"government_id" uuid NOT NULL,
	"product_id" uuid,
	"instrument_id" text NOT NULL,
	"answers" smallint[] NOT NULL,
	"suggestion" text,
	"profile" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"channel" text NOT NULL,
	"entered_by" uuid,
	"device_hash" text,
	"slip_id" uuid,
	"started_at" timestamp with time zone,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"duration_ms" integer,
	"flags" text[] DEFAULT '{}'::text[] NOT NULL,
	"supersedes_id" uuid,
	"supersede_reason" text
);
--> statement-breakpoint
CREATE TABLE "survey_slips" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"period_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"code_hash" text NOT NULL,
	"batch" integer NOT NULL,
	"sheet_file_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "survey_unit_results" (
	"period_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"response_seq" bigint NOT NULL,
	"review_seq" bigint NOT NULL,
	"result" jsonb NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "survey_unit_results_period_id_unit_id_pk" PRIMARY KEY("period_id","unit_id")
);
--> statement-breakpoint
ALTER TABLE "survey_instruments" ADD CONSTRAINT "survey_instruments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_period_units" ADD CONSTRAINT "survey_period_units_period_id_survey_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."survey_periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_period_units" ADD CONSTRAINT "survey_period_units_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_period_units" ADD CONSTRAINT "survey_period_units_government_id_governments_id_fk" FOREIGN KEY ("government_id") REFERENCES "public"."governments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_periods" ADD CONSTRAINT "survey_periods_instrument_id_survey_instruments_id_fk" FOREIGN KEY ("instrument_id") REFERENCES "public"."survey_instruments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_periods" ADD CONSTRAINT "survey_periods_government_id_governments_id_fk" FOREIGN KEY ("government_id") REFERENCES "public"."governments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_periods" ADD CONSTRAINT "survey_periods_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_periods" ADD CONSTRAINT "survey_periods_cycle_id_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."cycles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_periods" ADD CONSTRAINT "survey_periods_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_response_reviews" ADD CONSTRAINT "survey_response_reviews_response_id_survey_responses_id_fk" FOREIGN KEY ("response_id") REFERENCES "public"."survey_responses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_response_reviews" ADD CONSTRAINT "survey_response_reviews_period_id_survey_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."survey_periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_response_reviews" ADD CONSTRAINT "survey_response_reviews_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_response_reviews" ADD CONSTRAINT "survey_response_reviews_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_period_id_survey_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."survey_periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_government_id_governments_id_fk" FOREIGN KEY ("government_id") REFERENCES "public"."governments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_product_id_service_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."service_products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_instrument_id_survey_instruments_id_fk" FOREIGN KEY ("instrument_id") REFERENCES "public"."survey_instruments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_entered_by_users_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_slip_id_survey_slips_id_fk" FOREIGN KEY ("slip_id") REFERENCES "public"."survey_slips"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_slips" ADD CONSTRAINT "survey_slips_period_id_survey_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."survey_periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_slips" ADD CONSTRAINT "survey_slips_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_slips" ADD CONSTRAINT "survey_slips_sheet_file_id_files_id_fk" FOREIGN KEY ("sheet_file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_slips" ADD CONSTRAINT "survey_slips_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_unit_results" ADD CONSTRAINT "survey_unit_results_period_id_survey_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."survey_periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_unit_results" ADD CONSTRAINT "survey_unit_results_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "survey_period_units_unit_idx" ON "survey_period_units" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "survey_period_units_government_idx" ON "survey_period_units" USING btree ("government_id","period_id");--> statement-breakpoint
CREATE INDEX "survey_periods_government_idx" ON "survey_periods" USING btree ("government_id","starts_on");--> statement-breakpoint
CREATE INDEX "survey_periods_office_idx" ON "survey_periods" USING btree ("office_id","cycle_id");--> statement-breakpoint
CREATE INDEX "survey_response_reviews_response_idx" ON "survey_response_reviews" USING btree ("response_id","seq");--> statement-breakpoint
CREATE INDEX "survey_responses_period_unit_idx" ON "survey_responses" USING btree ("period_id","unit_id","submitted_at");--> statement-breakpoint
CREATE INDEX "survey_responses_device_idx" ON "survey_responses" USING btree ("period_id","device_hash");--> statement-breakpoint
CREATE INDEX "survey_responses_government_idx" ON "survey_responses" USING btree ("government_id","period_id");--> statement-breakpoint
CREATE UNIQUE INDEX "survey_responses_slip_uq" ON "survey_responses" USING btree ("slip_id") WHERE "survey_responses"."slip_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "survey_responses_supersedes_uq" ON "survey_responses" USING btree ("supersedes_id") WHERE "survey_responses"."supersedes_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "survey_responses_seq_uq" ON "survey_responses" USING btree ("seq");--> statement-breakpoint
CREATE UNIQUE INDEX "survey_slips_code_uq" ON "survey_slips" USING btree ("code_hash");--> statement-breakpoint
CREATE INDEX "survey_slips_period_unit_idx" ON "survey_slips" USING btree ("period_id","unit_id","batch");--> statement-breakpoint
-- Responses and review decisions are append-only (issue 16): a correction is a new response that
-- supersedes, a reviewer's change of mind is a new decision. The database itself refuses the rest.
CREATE FUNCTION survey_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'P0001';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER survey_responses_append_only BEFORE UPDATE OR DELETE ON "survey_responses"
	FOR EACH ROW EXECUTE FUNCTION survey_append_only();
--> statement-breakpoint
CREATE TRIGGER survey_response_reviews_append_only BEFORE UPDATE OR DELETE ON "survey_response_reviews"
	FOR EACH ROW EXECUTE FUNCTION survey_append_only();
--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_supersedes_fk" FOREIGN KEY ("supersedes_id") REFERENCES "public"."survey_responses"("id");
