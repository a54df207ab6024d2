-- How many wait for each activity, kept beside the waitlist numbers under the activity's row lock, so a
-- sign-up that joins the waitlist learns its rank without counting the waitlist while it holds the lock
-- (the count was a third of the sign-up statement's time in a rush of 1,900 on the waitlist).
ALTER TABLE "activities" ADD COLUMN "waitlist_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
UPDATE "activities" a SET "waitlist_count" = w."n"
  FROM (SELECT "activity_id", count(*)::int AS "n" FROM "registrations" WHERE "status" = 'waitlisted' GROUP BY 1) w
  WHERE w."activity_id" = a."id";--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_waitlist_check" CHECK ("activities"."waitlist_count" >= 0 and "activities"."waitlist_count" <= "activities"."waitlist_seq");--> statement-breakpoint
DROP FUNCTION "take_place_or_wait"(uuid);--> statement-breakpoint
-- A batch of sign-ups of one activity (decision 015): the places left go to the first `wanted` in order,
-- the rest get the next waitlist numbers, under one lock of the activity's row. Answers one row per sign-up,
-- `ord` 1 … wanted; no row when the activity is not open for sign-up.
CREATE FUNCTION "take_places_or_wait"("activity" uuid, "wanted" integer)
  RETURNS TABLE ("ord" integer, "free" boolean, "waitlist_position" integer, "waitlist_rank" integer)
  LANGUAGE plpgsql AS $$
DECLARE
  "places" integer;
  "taken" integer;
  "seq" integer;
  "waiting" integer;
BEGIN
  SELECT a."capacity" - a."registered_count" INTO "places"
    FROM "activities" a WHERE a."id" = "activity" AND a."status" = 'published' FOR UPDATE;
  IF NOT FOUND THEN
    RETURN;
  END IF;
  "taken" := least(greatest("places", 0), "wanted");
  -- The waitlist numbers and ranks before this batch: the first to wait gets one more than each.
  UPDATE "activities" a
    SET "registered_count" = a."registered_count" + "taken",
      "waitlist_seq" = a."waitlist_seq" + ("wanted" - "taken"),
      "waitlist_count" = a."waitlist_count" + ("wanted" - "taken")
    WHERE a."id" = "activity"
    RETURNING a."waitlist_seq" - ("wanted" - "taken"), a."waitlist_count" - ("wanted" - "taken")
    INTO "seq", "waiting";
  RETURN QUERY SELECT i, i <= "taken",
      CASE WHEN i > "taken" THEN "seq" + i - "taken" END,
      CASE WHEN i > "taken" THEN "waiting" + i - "taken" END
    FROM generate_series(1, "wanted") AS i;
END $$;
