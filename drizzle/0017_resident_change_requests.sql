CREATE TABLE "resident_change_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"org_path" text NOT NULL,
	"resident_id" uuid NOT NULL,
	"changes_enc" text NOT NULL,
	"before_enc" text NOT NULL,
	"note" text NOT NULL,
	"proposed_by" text NOT NULL,
	"proposed_by_name" text NOT NULL,
	"proposed_by_role" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"decided_by_name" text,
	"decided_at" timestamp with time zone,
	"reject_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "resident_change_requests" ADD CONSTRAINT "resident_change_requests_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resident_change_requests" ADD CONSTRAINT "resident_change_requests_resident_id_residents_id_fk" FOREIGN KEY ("resident_id") REFERENCES "public"."residents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "resident_change_requests_path_idx" ON "resident_change_requests" USING btree ("org_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "resident_change_requests_resident_idx" ON "resident_change_requests" USING btree ("resident_id");