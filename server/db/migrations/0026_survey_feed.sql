CREATE TABLE "survey_feed_values" (
	"cycle_id" uuid NOT NULL,
	"government_id" uuid NOT NULL,
	"indicator" text NOT NULL,
	"answer_id" uuid NOT NULL,
	"period_id" uuid NOT NULL,
	"instrument_id" text NOT NULL,
	"question" text NOT NULL,
	"interviews" integer NOT NULL,
	"best" integer NOT NULL,
	"share" double precision NOT NULL,
	"value" double precision NOT NULL,
	"levels" jsonb NOT NULL,
	"applied_by" uuid,
	"applied_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "survey_feed_values_cycle_id_government_id_indicator_pk" PRIMARY KEY("cycle_id","government_id","indicator")
);
--> statement-breakpoint
ALTER TABLE "survey_feed_values" ADD CONSTRAINT "survey_feed_values_cycle_id_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."cycles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_feed_values" ADD CONSTRAINT "survey_feed_values_government_id_governments_id_fk" FOREIGN KEY ("government_id") REFERENCES "public"."governments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_feed_values" ADD CONSTRAINT "survey_feed_values_period_id_survey_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."survey_periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_feed_values" ADD CONSTRAINT "survey_feed_values_applied_by_users_id_fk" FOREIGN KEY ("applied_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "survey_feed_values_period_idx" ON "survey_feed_values" USING btree ("period_id");