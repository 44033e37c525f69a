CREATE TABLE "unit_change_links" (
	"change_id" uuid NOT NULL,
	"from_unit_id" uuid NOT NULL,
	"to_unit_id" uuid NOT NULL,
	"from_name" text NOT NULL,
	"to_name" text NOT NULL,
	CONSTRAINT "unit_change_links_change_id_from_unit_id_to_unit_id_pk" PRIMARY KEY("change_id","from_unit_id","to_unit_id")
);
--> statement-breakpoint
CREATE TABLE "unit_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"government_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"effective_on" date NOT NULL,
	"reference" text,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "unit_change_links" ADD CONSTRAINT "unit_change_links_change_id_unit_changes_id_fk" FOREIGN KEY ("change_id") REFERENCES "public"."unit_changes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_change_links" ADD CONSTRAINT "unit_change_links_from_unit_id_units_id_fk" FOREIGN KEY ("from_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_change_links" ADD CONSTRAINT "unit_change_links_to_unit_id_units_id_fk" FOREIGN KEY ("to_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_changes" ADD CONSTRAINT "unit_changes_government_id_governments_id_fk" FOREIGN KEY ("government_id") REFERENCES "public"."governments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_changes" ADD CONSTRAINT "unit_changes_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "unit_change_links_to_idx" ON "unit_change_links" USING btree ("to_unit_id");--> statement-breakpoint
CREATE INDEX "unit_change_links_from_idx" ON "unit_change_links" USING btree ("from_unit_id");--> statement-breakpoint
CREATE INDEX "unit_changes_government_idx" ON "unit_changes" USING btree ("government_id","effective_on");