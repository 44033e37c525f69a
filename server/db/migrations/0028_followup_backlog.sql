CREATE TABLE "followup_evidence" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"item_id" uuid NOT NULL,
	"event_id" bigint NOT NULL,
	"file_id" uuid,
	"url" text,
	"unit_document_id" uuid,
	"label" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "followup_letters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"government_id" uuid NOT NULL,
	"number" text NOT NULL,
	"letter_date" date NOT NULL,
	"subject" text NOT NULL,
	"signatory_name" text NOT NULL,
	"signatory_position" text NOT NULL,
	"item_ids" uuid[] NOT NULL,
	"file_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "followup_publication" (
	"office_id" uuid PRIMARY KEY NOT NULL,
	"kinds" text[] NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "framework_crosswalk" (
	"from_framework_id" text NOT NULL,
	"from_code" text NOT NULL,
	"to_framework_id" text NOT NULL,
	"to_code" text NOT NULL,
	"note" text,
	"source" text DEFAULT 'custom' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "framework_crosswalk_from_framework_id_from_code_to_framework_id_to_code_pk" PRIMARY KEY("from_framework_id","from_code","to_framework_id","to_code")
);
--> statement-breakpoint
ALTER TABLE "followup_items" ALTER COLUMN "office_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "followup_items" ALTER COLUMN "due_on" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "improvement_points" ADD COLUMN "indicator_code" text;--> statement-breakpoint
ALTER TABLE "improvement_points" ADD COLUMN "due_on" date;--> statement-breakpoint
ALTER TABLE "followup_items" ADD COLUMN "issuer" text DEFAULT 'office' NOT NULL;--> statement-breakpoint
ALTER TABLE "followup_items" ADD COLUMN "source_type" text DEFAULT 'complaint' NOT NULL;--> statement-breakpoint
ALTER TABLE "followup_items" ADD COLUMN "source_id" uuid;--> statement-breakpoint
ALTER TABLE "followup_items" ADD COLUMN "cycle_id" uuid;--> statement-breakpoint
ALTER TABLE "followup_items" ADD COLUMN "indicator_code" text;--> statement-breakpoint
ALTER TABLE "followup_items" ADD COLUMN "improvement_point_id" uuid;--> statement-breakpoint
ALTER TABLE "followup_items" ADD COLUMN "activity_action_id" uuid;--> statement-breakpoint
ALTER TABLE "followup_items" ADD COLUMN "survey_period_id" uuid;--> statement-breakpoint
ALTER TABLE "followup_items" ADD COLUMN "survey_element" text;--> statement-breakpoint
ALTER TABLE "followup_items" ADD COLUMN "owner_id" uuid;--> statement-breakpoint
ALTER TABLE "followup_items" ADD COLUMN "answered_by" uuid;--> statement-breakpoint
ALTER TABLE "followup_items" ADD COLUMN "answered_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "followup_items" ADD COLUMN "sent_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "followup_items" ADD COLUMN "verified_by" uuid;--> statement-breakpoint
ALTER TABLE "followup_items" ADD COLUMN "verified_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "followup_items" ADD COLUMN "published_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "followup_items" ADD COLUMN "published_by" uuid;--> statement-breakpoint
ALTER TABLE "followup_evidence" ADD CONSTRAINT "followup_evidence_item_id_followup_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."followup_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "followup_evidence" ADD CONSTRAINT "followup_evidence_event_id_followup_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."followup_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "followup_evidence" ADD CONSTRAINT "followup_evidence_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "followup_evidence" ADD CONSTRAINT "followup_evidence_unit_document_id_unit_documents_id_fk" FOREIGN KEY ("unit_document_id") REFERENCES "public"."unit_documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "followup_letters" ADD CONSTRAINT "followup_letters_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "followup_letters" ADD CONSTRAINT "followup_letters_government_id_governments_id_fk" FOREIGN KEY ("government_id") REFERENCES "public"."governments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "followup_letters" ADD CONSTRAINT "followup_letters_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "followup_letters" ADD CONSTRAINT "followup_letters_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "followup_publication" ADD CONSTRAINT "followup_publication_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "followup_publication" ADD CONSTRAINT "followup_publication_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "followup_evidence_item_idx" ON "followup_evidence" USING btree ("item_id");--> statement-breakpoint
CREATE UNIQUE INDEX "followup_letters_number_uq" ON "followup_letters" USING btree ("office_id","number");--> statement-breakpoint
CREATE INDEX "followup_letters_gov_idx" ON "followup_letters" USING btree ("government_id");--> statement-breakpoint
CREATE INDEX "framework_crosswalk_to_idx" ON "framework_crosswalk" USING btree ("to_framework_id","to_code");--> statement-breakpoint
ALTER TABLE "followup_items" ADD CONSTRAINT "followup_items_cycle_id_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."cycles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "followup_items" ADD CONSTRAINT "followup_items_improvement_point_id_improvement_points_id_fk" FOREIGN KEY ("improvement_point_id") REFERENCES "public"."improvement_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "followup_items" ADD CONSTRAINT "followup_items_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "followup_items" ADD CONSTRAINT "followup_items_answered_by_users_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "followup_items" ADD CONSTRAINT "followup_items_verified_by_users_id_fk" FOREIGN KEY ("verified_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "followup_items" ADD CONSTRAINT "followup_items_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "followup_items_gov_kind_idx" ON "followup_items" USING btree ("government_id","kind","due_on");--> statement-breakpoint
CREATE INDEX "followup_items_owner_idx" ON "followup_items" USING btree ("owner_id","status");--> statement-breakpoint
CREATE INDEX "followup_items_cycle_idx" ON "followup_items" USING btree ("cycle_id","indicator_code");--> statement-breakpoint
CREATE UNIQUE INDEX "followup_items_improvement_uq" ON "followup_items" USING btree ("improvement_point_id");--> statement-breakpoint
CREATE UNIQUE INDEX "followup_items_activity_action_uq" ON "followup_items" USING btree ("activity_action_id");--> statement-breakpoint
CREATE UNIQUE INDEX "followup_items_survey_element_uq" ON "followup_items" USING btree ("survey_period_id","unit_id","survey_element");--> statement-breakpoint
CREATE FUNCTION followup_history_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'P0001';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER followup_events_append_only BEFORE UPDATE OR DELETE ON "followup_events"
	FOR EACH ROW EXECUTE FUNCTION followup_history_append_only();
--> statement-breakpoint
CREATE TRIGGER followup_evidence_append_only BEFORE UPDATE OR DELETE ON "followup_evidence"
	FOR EACH ROW EXECUTE FUNCTION followup_history_append_only();
--> statement-breakpoint
ALTER TABLE "followup_items" ADD CONSTRAINT "followup_items_activity_action_fk" FOREIGN KEY ("activity_action_id") REFERENCES "public"."activity_actions"("id");
--> statement-breakpoint
ALTER TABLE "followup_items" ADD CONSTRAINT "followup_items_issuer_check" CHECK ("issuer" = 'government' OR "office_id" IS NOT NULL);
