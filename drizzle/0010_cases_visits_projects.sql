ALTER TABLE "cases" ADD COLUMN "project_id" uuid;--> statement-breakpoint
ALTER TABLE "visit_plans" ADD COLUMN "project_id" uuid;--> statement-breakpoint
ALTER TABLE "visits" ADD COLUMN "project_id" uuid;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_plans" ADD CONSTRAINT "visit_plans_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visits" ADD CONSTRAINT "visits_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cases_project_idx" ON "cases" USING btree ("project_id","opened_on");--> statement-breakpoint
CREATE INDEX "visit_plans_project_idx" ON "visit_plans" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "visits_project_idx" ON "visits" USING btree ("project_id","visited_on");