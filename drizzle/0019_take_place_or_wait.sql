-- A sign-up takes a place, or the next waitlist number once the places are gone (decision 011). One
-- call inside the statement that also writes the registration and its audit row, so the activity's row
-- is locked only while that one statement runs and commits. Each statement here reads the latest
-- committed row under the lock; the waitlist rank too (a data-modifying CTE locking and updating the same row can combine a
-- stale and a fresh version of it).
CREATE FUNCTION "take_place_or_wait"("activity" uuid)
  RETURNS TABLE ("free" boolean, "waitlist_position" integer, "waitlist_rank" integer)
  LANGUAGE plpgsql AS $$
BEGIN
  SELECT a."registered_count" < a."capacity" INTO "free"
    FROM "activities" a WHERE a."id" = "activity" AND a."status" = 'published' FOR UPDATE;
  IF NOT FOUND THEN
    RETURN;
  END IF;
  IF "free" THEN
    UPDATE "activities" a SET "registered_count" = a."registered_count" + 1 WHERE a."id" = "activity";
    "waitlist_position" := NULL;
    "waitlist_rank" := NULL;
  ELSE
    UPDATE "activities" a SET "waitlist_seq" = a."waitlist_seq" + 1 WHERE a."id" = "activity"
      RETURNING a."waitlist_seq" INTO "waitlist_position";
    -- Last in the queue: behind everyone waiting now (the new registration is written after this call).
    SELECT count(*) + 1 INTO "waitlist_rank" FROM "registrations" r
      WHERE r."activity_id" = "activity" AND r."status" = 'waitlisted';
  END IF;
  RETURN NEXT;
END $$;
