CREATE TABLE "auth_generation" (
	"id" integer PRIMARY KEY NOT NULL,
	"value" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "login_throttle" (
	"key" text PRIMARY KEY NOT NULL,
	"failures" integer DEFAULT 0 NOT NULL,
	"blocked_until" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
INSERT INTO "auth_generation" ("id", "value") VALUES (1, 0);
--> statement-breakpoint
-- Moves the generation once per transaction, when it commits (deferred constraint triggers run
-- last, so the row is locked only for the moment of the commit and always after the data rows).
-- A transaction-local setting lets the other queued row events of the same transaction skip.
-- The notification reaches listeners when the transaction commits (the embedded engine's
-- process listens instead of reading the row on every request).
CREATE FUNCTION auth_generation_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF current_setting('patuh.auth_generation_bumped', true) IS DISTINCT FROM '1' THEN
		PERFORM set_config('patuh.auth_generation_bumped', '1', true);
		UPDATE auth_generation SET value = value + 1 WHERE id = 1;
		PERFORM pg_notify('patuh_auth_generation', '');
	END IF;
	RETURN NULL;
END $$;
--> statement-breakpoint
-- A session ends (sign-out, archive, password reset, purge).
CREATE CONSTRAINT TRIGGER auth_generation_sessions AFTER DELETE ON sessions
	DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION auth_generation_bump();
--> statement-breakpoint
-- What the actor is made of; not the sign-in counters and times the login path writes.
CREATE CONSTRAINT TRIGGER auth_generation_users
	AFTER INSERT OR DELETE OR UPDATE OF role, office_id, government_id, archived_at, email, name, locale ON users
	DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION auth_generation_bump();
--> statement-breakpoint
-- A PIC's units.
CREATE CONSTRAINT TRIGGER auth_generation_user_units AFTER INSERT OR DELETE OR UPDATE ON user_units
	DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION auth_generation_bump();
--> statement-breakpoint
-- The governments an office oversees.
CREATE CONSTRAINT TRIGGER auth_generation_governments
	AFTER INSERT OR DELETE OR UPDATE OF office_id ON governments
	DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION auth_generation_bump();
--> statement-breakpoint
-- The unit tree a PIC reaches down.
CREATE CONSTRAINT TRIGGER auth_generation_units
	AFTER INSERT OR DELETE OR UPDATE OF parent_id, government_id ON units
	DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION auth_generation_bump();
