CREATE TABLE "households" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"org_path" text NOT NULL,
	"household_no" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "resident_attribute_sources" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"resident_id" uuid NOT NULL,
	"attribute" text NOT NULL,
	"source_enc" text NOT NULL,
	"recorded_by" text NOT NULL,
	"verified_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "resident_consents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"resident_id" uuid NOT NULL,
	"basis" text NOT NULL,
	"purposes" text[] NOT NULL,
	"text_version" text,
	"guardian_name" text,
	"guardian_relation" text,
	"recorded_by" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"withdrawn_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "residents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"org_path" text NOT NULL,
	"name" text NOT NULL,
	"id_type" text NOT NULL,
	"id_number_enc" text NOT NULL,
	"id_number_hash" text NOT NULL,
	"id_tail" text NOT NULL,
	"sex" text NOT NULL,
	"birth_date" date NOT NULL,
	"mobile_enc" text,
	"mobile_hash" text,
	"mobile_tail" text,
	"hukou_type" text NOT NULL,
	"compound_id" uuid,
	"grid_id" uuid,
	"room_enc" text,
	"household_id" uuid,
	"relation_to_head" text,
	"political_status" text,
	"group_tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"sensitive_enc" text NOT NULL,
	"notes_enc" text,
	"content_hash" text NOT NULL,
	"legal_basis" text DEFAULT 'legalDuty' NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"status_date" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "households" ADD CONSTRAINT "households_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resident_attribute_sources" ADD CONSTRAINT "resident_attribute_sources_resident_id_residents_id_fk" FOREIGN KEY ("resident_id") REFERENCES "public"."residents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resident_consents" ADD CONSTRAINT "resident_consents_resident_id_residents_id_fk" FOREIGN KEY ("resident_id") REFERENCES "public"."residents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "residents" ADD CONSTRAINT "residents_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "residents" ADD CONSTRAINT "residents_compound_id_compounds_id_fk" FOREIGN KEY ("compound_id") REFERENCES "public"."compounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "residents" ADD CONSTRAINT "residents_grid_id_grids_id_fk" FOREIGN KEY ("grid_id") REFERENCES "public"."grids"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "residents" ADD CONSTRAINT "residents_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "households_unit_no_key" ON "households" USING btree ("org_unit_id","household_no");--> statement-breakpoint
CREATE UNIQUE INDEX "resident_attribute_sources_key" ON "resident_attribute_sources" USING btree ("resident_id","attribute");--> statement-breakpoint
CREATE INDEX "resident_consents_resident_idx" ON "resident_consents" USING btree ("resident_id");--> statement-breakpoint
CREATE UNIQUE INDEX "residents_id_number_hash_key" ON "residents" USING btree ("id_number_hash");--> statement-breakpoint
CREATE INDEX "residents_path_idx" ON "residents" USING btree ("org_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "residents_unit_birth_idx" ON "residents" USING btree ("org_unit_id","birth_date");--> statement-breakpoint
CREATE INDEX "residents_tags_idx" ON "residents" USING gin ("group_tags");--> statement-breakpoint
CREATE INDEX "residents_household_idx" ON "residents" USING btree ("household_id");--> statement-breakpoint
CREATE INDEX "residents_mobile_hash_idx" ON "residents" USING btree ("mobile_hash");