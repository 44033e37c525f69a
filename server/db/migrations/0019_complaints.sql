CREATE TABLE "complaint_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"complaint_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	"source" text NOT NULL,
	"kind" text NOT NULL,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "complaint_deadlines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"complaint_id" uuid NOT NULL,
	"key" text NOT NULL,
	"started_on" date NOT NULL,
	"days" integer NOT NULL,
	"unit" text NOT NULL,
	"due_on" date NOT NULL,
	"status" text DEFAULT 'berjalan' NOT NULL,
	"met_on" date,
	"reminded_on" date,
	"letter_id" uuid
);
--> statement-breakpoint
CREATE TABLE "complaint_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"complaint_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" uuid,
	"actor_kind" text NOT NULL,
	"action" text NOT NULL,
	"from_stage" text,
	"to_stage" text,
	"note" text,
	"data" jsonb,
	"visible_to_reporter" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "complaint_forms" (
	"complaint_id" uuid NOT NULL,
	"form_code" text NOT NULL,
	CONSTRAINT "complaint_forms_complaint_id_form_code_pk" PRIMARY KEY("complaint_id","form_code")
);
--> statement-breakpoint
CREATE TABLE "complaint_letter_files" (
	"letter_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	CONSTRAINT "complaint_letter_files_letter_id_file_id_pk" PRIMARY KEY("letter_id","file_id")
);
--> statement-breakpoint
CREATE TABLE "complaint_letters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"complaint_id" uuid NOT NULL,
	"office_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"number" text NOT NULL,
	"letter_date" date NOT NULL,
	"addressee_government_id" uuid,
	"addressee_name" text NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"signatory_name" text NOT NULL,
	"signatory_title" text NOT NULL,
	"due_on" date,
	"identity_checked_at" timestamp with time zone,
	"identity_checked_by" uuid,
	"sent_at" timestamp with time zone,
	"sent_by" uuid,
	"reply_file_id" uuid,
	"reply_note" text,
	"replied_at" timestamp with time zone,
	"replied_by" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "complaint_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"complaint_id" uuid NOT NULL,
	"author_kind" text NOT NULL,
	"author_id" uuid,
	"body" text NOT NULL,
	"is_lhp_response" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "complaint_officers" (
	"complaint_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"lead" boolean DEFAULT false NOT NULL,
	"assigned_by" uuid,
	"assigned_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "complaint_officers_complaint_id_user_id_pk" PRIMARY KEY("complaint_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "complaint_pauses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"complaint_id" uuid NOT NULL,
	"from_on" date NOT NULL,
	"to_on" date,
	"waiting_on" text NOT NULL,
	"reason" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "complaint_rule_sets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer NOT NULL,
	"rules" jsonb NOT NULL,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "complaint_rule_sets_version_unique" UNIQUE("version")
);
--> statement-breakpoint
CREATE TABLE "complaints" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tracking_number" text NOT NULL,
	"pin_hash" text NOT NULL,
	"office_id" uuid NOT NULL,
	"stage" text DEFAULT 'penerimaan' NOT NULL,
	"track" text DEFAULT 'reguler' NOT NULL,
	"channel" text NOT NULL,
	"closure_reason" text,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone,
	"rule_set_id" uuid NOT NULL,
	"submission_key" text,
	"identity_cipher" text,
	"identity_hash" text,
	"confidential" boolean DEFAULT false NOT NULL,
	"consent_at" timestamp with time zone,
	"body_kind" text NOT NULL,
	"body_name" text NOT NULL,
	"body_government_id" uuid,
	"body_unit_id" uuid,
	"body_region_code" text,
	"sector" text,
	"subject" text NOT NULL,
	"description" text NOT NULL,
	"event_date" date,
	"event_place" text,
	"prior_effort" text,
	"prior_complaint_date" date,
	"expectation" text,
	"substance" text,
	"material_check" jsonb,
	"plenary_date" date,
	"plenary_note" text,
	"lhp_outcome" text,
	"lhp_number" text,
	"lhp_date" date,
	"lhp_findings" text,
	"recommendation_proposed_at" timestamp with time zone,
	"recommendation_number" text,
	"recommendation_issued_on" date,
	"recommendation_received_on" date,
	"created_by" uuid,
	"version" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"personal_erased_at" timestamp with time zone,
	CONSTRAINT "complaints_tracking_number_unique" UNIQUE("tracking_number"),
	CONSTRAINT "complaints_submission_key_unique" UNIQUE("submission_key")
);
--> statement-breakpoint
CREATE TABLE "followup_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"item_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" uuid,
	"action" text NOT NULL,
	"from_status" text,
	"to_status" text,
	"note" text,
	"file_id" uuid
);
--> statement-breakpoint
CREATE TABLE "followup_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"complaint_id" uuid,
	"office_id" uuid NOT NULL,
	"government_id" uuid,
	"unit_id" uuid,
	"addressee" text NOT NULL,
	"action" text NOT NULL,
	"evidence_expected" text,
	"due_on" date NOT NULL,
	"status" text DEFAULT 'terbuka' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "maladministration_forms" (
	"code" text PRIMARY KEY NOT NULL,
	"name_id" text NOT NULL,
	"name_en" text NOT NULL,
	"source" text NOT NULL,
	"position" integer NOT NULL,
	"retired_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "complaint_attachments" ADD CONSTRAINT "complaint_attachments_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_attachments" ADD CONSTRAINT "complaint_attachments_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_attachments" ADD CONSTRAINT "complaint_attachments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_deadlines" ADD CONSTRAINT "complaint_deadlines_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_events" ADD CONSTRAINT "complaint_events_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_events" ADD CONSTRAINT "complaint_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_forms" ADD CONSTRAINT "complaint_forms_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_forms" ADD CONSTRAINT "complaint_forms_form_code_maladministration_forms_code_fk" FOREIGN KEY ("form_code") REFERENCES "public"."maladministration_forms"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_letter_files" ADD CONSTRAINT "complaint_letter_files_letter_id_complaint_letters_id_fk" FOREIGN KEY ("letter_id") REFERENCES "public"."complaint_letters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_letter_files" ADD CONSTRAINT "complaint_letter_files_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_letters" ADD CONSTRAINT "complaint_letters_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_letters" ADD CONSTRAINT "complaint_letters_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_letters" ADD CONSTRAINT "complaint_letters_addressee_government_id_governments_id_fk" FOREIGN KEY ("addressee_government_id") REFERENCES "public"."governments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_letters" ADD CONSTRAINT "complaint_letters_identity_checked_by_users_id_fk" FOREIGN KEY ("identity_checked_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_letters" ADD CONSTRAINT "complaint_letters_sent_by_users_id_fk" FOREIGN KEY ("sent_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_letters" ADD CONSTRAINT "complaint_letters_reply_file_id_files_id_fk" FOREIGN KEY ("reply_file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_letters" ADD CONSTRAINT "complaint_letters_replied_by_users_id_fk" FOREIGN KEY ("replied_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_letters" ADD CONSTRAINT "complaint_letters_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_messages" ADD CONSTRAINT "complaint_messages_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_messages" ADD CONSTRAINT "complaint_messages_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_officers" ADD CONSTRAINT "complaint_officers_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_officers" ADD CONSTRAINT "complaint_officers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_officers" ADD CONSTRAINT "complaint_officers_assigned_by_users_id_fk" FOREIGN KEY ("assigned_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_pauses" ADD CONSTRAINT "complaint_pauses_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_pauses" ADD CONSTRAINT "complaint_pauses_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_rule_sets" ADD CONSTRAINT "complaint_rule_sets_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_rule_set_id_complaint_rule_sets_id_fk" FOREIGN KEY ("rule_set_id") REFERENCES "public"."complaint_rule_sets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_body_government_id_governments_id_fk" FOREIGN KEY ("body_government_id") REFERENCES "public"."governments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_body_unit_id_units_id_fk" FOREIGN KEY ("body_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "followup_events" ADD CONSTRAINT "followup_events_item_id_followup_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."followup_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "followup_events" ADD CONSTRAINT "followup_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "followup_events" ADD CONSTRAINT "followup_events_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "followup_items" ADD CONSTRAINT "followup_items_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "followup_items" ADD CONSTRAINT "followup_items_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "followup_items" ADD CONSTRAINT "followup_items_government_id_governments_id_fk" FOREIGN KEY ("government_id") REFERENCES "public"."governments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "followup_items" ADD CONSTRAINT "followup_items_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "followup_items" ADD CONSTRAINT "followup_items_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "complaint_attachments_case_idx" ON "complaint_attachments" USING btree ("complaint_id");--> statement-breakpoint
CREATE INDEX "complaint_deadlines_case_idx" ON "complaint_deadlines" USING btree ("complaint_id");--> statement-breakpoint
CREATE INDEX "complaint_deadlines_running_idx" ON "complaint_deadlines" USING btree ("due_on") WHERE "complaint_deadlines"."status" = 'berjalan';--> statement-breakpoint
CREATE INDEX "complaint_events_case_idx" ON "complaint_events" USING btree ("complaint_id","at");--> statement-breakpoint
CREATE INDEX "complaint_forms_form_idx" ON "complaint_forms" USING btree ("form_code");--> statement-breakpoint
CREATE UNIQUE INDEX "complaint_letters_number_uq" ON "complaint_letters" USING btree ("office_id","number");--> statement-breakpoint
CREATE INDEX "complaint_letters_case_idx" ON "complaint_letters" USING btree ("complaint_id");--> statement-breakpoint
CREATE INDEX "complaint_letters_addressee_idx" ON "complaint_letters" USING btree ("addressee_government_id");--> statement-breakpoint
CREATE INDEX "complaint_messages_case_idx" ON "complaint_messages" USING btree ("complaint_id","created_at");--> statement-breakpoint
CREATE INDEX "complaint_officers_user_idx" ON "complaint_officers" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "complaint_pauses_case_idx" ON "complaint_pauses" USING btree ("complaint_id");--> statement-breakpoint
CREATE INDEX "complaints_office_stage_idx" ON "complaints" USING btree ("office_id","stage","received_at");--> statement-breakpoint
CREATE INDEX "complaints_body_gov_idx" ON "complaints" USING btree ("body_government_id");--> statement-breakpoint
CREATE INDEX "complaints_received_idx" ON "complaints" USING btree ("received_at");--> statement-breakpoint
CREATE INDEX "complaints_identity_idx" ON "complaints" USING btree ("identity_hash");--> statement-breakpoint
CREATE INDEX "followup_events_item_idx" ON "followup_events" USING btree ("item_id","at");--> statement-breakpoint
CREATE INDEX "followup_items_case_idx" ON "followup_items" USING btree ("complaint_id");--> statement-breakpoint
CREATE INDEX "followup_items_gov_idx" ON "followup_items" USING btree ("government_id","status");--> statement-breakpoint
CREATE INDEX "followup_items_office_idx" ON "followup_items" USING btree ("office_id","status");