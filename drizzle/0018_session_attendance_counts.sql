ALTER TABLE "activity_sessions" ADD COLUMN "attended_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- Each session's attendance count follows its rows on every write path (check-in routes, demo loads,
-- an operator's correction, cascades), one UPDATE per statement however many rows it touches.
CREATE FUNCTION "attendances_count_sessions"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    UPDATE "activity_sessions" s SET "attended_count" = s."attended_count" - o.n
    FROM (SELECT "session_id", count(*)::int AS n FROM old_rows GROUP BY "session_id") o
    WHERE s."id" = o."session_id";
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    UPDATE "activity_sessions" s SET "attended_count" = s."attended_count" + i.n
    FROM (SELECT "session_id", count(*)::int AS n FROM new_rows GROUP BY "session_id") i
    WHERE s."id" = i."session_id";
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "attendances_counted_on_insert" AFTER INSERT ON "attendances"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "attendances_count_sessions"();
--> statement-breakpoint
CREATE TRIGGER "attendances_counted_on_update" AFTER UPDATE ON "attendances"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION "attendances_count_sessions"();
--> statement-breakpoint
CREATE TRIGGER "attendances_counted_on_delete" AFTER DELETE ON "attendances"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "attendances_count_sessions"();
--> statement-breakpoint
UPDATE "activity_sessions" s SET "attended_count" = (SELECT count(*) FROM "attendances" t WHERE t."session_id" = s."id");
