ALTER TYPE "public"."role" ADD VALUE 'internal_verifier';--> statement-breakpoint
CREATE TABLE "cycle_unit_team" (
	"cycle_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "cycle_unit_team_cycle_id_unit_id_user_id_pk" PRIMARY KEY("cycle_id","unit_id","user_id")
);
--> statement-breakpoint
ALTER TABLE "cycle_units" ADD COLUMN "scheduled_date" date;--> statement-breakpoint
ALTER TABLE "cycles" ADD COLUMN "kind" text DEFAULT 'official' NOT NULL;--> statement-breakpoint
ALTER TABLE "cycles" ADD COLUMN "owner_government_id" uuid;--> statement-breakpoint
ALTER TABLE "cycles" ADD COLUMN "shared_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "cycles" ADD COLUMN "shared_by" uuid;--> statement-breakpoint
ALTER TABLE "cycle_unit_team" ADD CONSTRAINT "cycle_unit_team_cycle_id_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."cycles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cycle_unit_team" ADD CONSTRAINT "cycle_unit_team_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cycle_unit_team" ADD CONSTRAINT "cycle_unit_team_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cycle_unit_team_user_idx" ON "cycle_unit_team" USING btree ("user_id");--> statement-breakpoint
ALTER TABLE "cycles" ADD CONSTRAINT "cycles_owner_government_id_governments_id_fk" FOREIGN KEY ("owner_government_id") REFERENCES "public"."governments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cycles" ADD CONSTRAINT "cycles_shared_by_users_id_fk" FOREIGN KEY ("shared_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cycles_owner_idx" ON "cycles" USING btree ("owner_government_id");--> statement-breakpoint
ALTER TABLE "cycles" ADD CONSTRAINT "cycles_kind_owner_ck" CHECK (("cycles"."kind" = 'internal') = ("cycles"."owner_government_id" is not null));