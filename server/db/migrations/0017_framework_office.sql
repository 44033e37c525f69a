ALTER TABLE "frameworks" ADD COLUMN "office_id" uuid;--> statement-breakpoint
ALTER TABLE "frameworks" ADD COLUMN "office_spot_check" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "frameworks" ADD CONSTRAINT "frameworks_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "frameworks_office_idx" ON "frameworks" USING btree ("office_id");--> statement-breakpoint
CREATE UNIQUE INDEX "frameworks_office_spot_check_uq" ON "frameworks" USING btree ("office_id") WHERE "frameworks"."office_spot_check";--> statement-breakpoint
ALTER TABLE "frameworks" ADD CONSTRAINT "frameworks_spot_check_office_ck" CHECK (not "frameworks"."office_spot_check" or "frameworks"."office_id" is not null);