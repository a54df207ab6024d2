CREATE TABLE "figure_marks" (
	"org_path" text PRIMARY KEY NOT NULL,
	"generation" bigint DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE INDEX "figure_marks_path_idx" ON "figure_marks" USING btree ("org_path" text_pattern_ops);--> statement-breakpoint
-- Adds one to the mark of each path given (nulls left out), in path order so that two writers lock
-- the marks they share in the same order.
CREATE FUNCTION "mark_figures"("paths" text[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "figure_marks" ("org_path")
  SELECT DISTINCT p FROM unnest("paths") p WHERE p IS NOT NULL ORDER BY p
  ON CONFLICT ("org_path") DO UPDATE SET "generation" = "figure_marks"."generation" + 1
$$;
--> statement-breakpoint
-- Rows that carry their own org_path (cases, visits, service records): one mark per path a statement touched.
CREATE FUNCTION "figure_rows_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "mark_figures"(ARRAY(SELECT "org_path" FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM "mark_figures"(ARRAY(SELECT "org_path" FROM old_rows));
  ELSE
    PERFORM "mark_figures"(ARRAY(SELECT "org_path" FROM old_rows UNION SELECT "org_path" FROM new_rows));
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- Sessions count under their activity's path. A check-in changes the session's attendance count (the
-- trigger of migration 0018), so attendances are marked through their sessions.
CREATE FUNCTION "figure_sessions_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "mark_figures"(ARRAY(SELECT a."org_path" FROM new_rows s JOIN "activities" a ON a."id" = s."activity_id"));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM "mark_figures"(ARRAY(SELECT a."org_path" FROM old_rows s JOIN "activities" a ON a."id" = s."activity_id"));
  ELSE
    PERFORM "mark_figures"(ARRAY(
      SELECT a."org_path" FROM (SELECT "activity_id" FROM old_rows UNION SELECT "activity_id" FROM new_rows) s
      JOIN "activities" a ON a."id" = s."activity_id"));
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- An activity row by row, and on update only when a column the figures read changed: a sign-up updates
-- the activity's counters under its lock, and must not queue for a mark as well. A change of project
-- also moves the volunteer service recorded at the activity, wherever it was recorded.
CREATE FUNCTION "figure_activity_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "mark_figures"(ARRAY[NEW."org_path"]);
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM "mark_figures"(ARRAY[OLD."org_path"]);
  ELSE
    PERFORM "mark_figures"(ARRAY[OLD."org_path", NEW."org_path"] || ARRAY(
      SELECT r."org_path" FROM "service_records" r
      WHERE r."activity_id" = NEW."id" AND OLD."project_id" IS DISTINCT FROM NEW."project_id"));
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- A unit added, renamed or moved changes the breakdown by the units below its parent: marked under
-- its path, which is under every unit above it.
CREATE FUNCTION "figure_unit_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "mark_figures"(ARRAY[NEW."path"]);
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM "mark_figures"(ARRAY[OLD."path"]);
  ELSE
    PERFORM "mark_figures"(ARRAY[OLD."path", NEW."path"]);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "org_units_figures" AFTER INSERT OR UPDATE OR DELETE ON "org_units"
  FOR EACH ROW EXECUTE FUNCTION "figure_unit_changed"();
--> statement-breakpoint
CREATE TRIGGER "activities_figures_on_insert_delete" AFTER INSERT OR DELETE ON "activities"
  FOR EACH ROW EXECUTE FUNCTION "figure_activity_changed"();
--> statement-breakpoint
CREATE TRIGGER "activities_figures_on_update" AFTER UPDATE ON "activities" FOR EACH ROW
  WHEN (OLD."status" IS DISTINCT FROM NEW."status" OR OLD."org_path" IS DISTINCT FROM NEW."org_path"
    OR OLD."kind" IS DISTINCT FROM NEW."kind" OR OLD."brands" IS DISTINCT FROM NEW."brands"
    OR OLD."target_groups" IS DISTINCT FROM NEW."target_groups"
    OR OLD."project_id" IS DISTINCT FROM NEW."project_id")
  EXECUTE FUNCTION "figure_activity_changed"();
--> statement-breakpoint
-- Statement-level triggers (a transition table per event) for the tables whose rows the figures count.
DO $$
DECLARE
  t record;
BEGIN
  FOR t IN SELECT * FROM (VALUES
    ('activity_sessions', 'figure_sessions_changed'),
    ('cases', 'figure_rows_changed'),
    ('visits', 'figure_rows_changed'),
    ('service_records', 'figure_rows_changed')) AS v(tbl, fn)
  LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows '
      'FOR EACH STATEMENT EXECUTE FUNCTION %I()', t.tbl || '_figures_on_insert', t.tbl, t.fn);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows '
      'FOR EACH STATEMENT EXECUTE FUNCTION %I()', t.tbl || '_figures_on_update', t.tbl, t.fn);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows '
      'FOR EACH STATEMENT EXECUTE FUNCTION %I()', t.tbl || '_figures_on_delete', t.tbl, t.fn);
  END LOOP;
END $$;
