DROP INDEX "residents_unit_birth_idx";--> statement-breakpoint
CREATE INDEX "residents_path_name_idx" ON "residents" USING btree ("org_path","status","name","id");--> statement-breakpoint
CREATE INDEX "residents_path_birth_idx" ON "residents" USING btree ("org_path","status","birth_date","id");