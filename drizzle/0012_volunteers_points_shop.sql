CREATE TABLE "points_accounts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"org_path" text NOT NULL,
	"volunteer_id" uuid NOT NULL,
	"balance" integer DEFAULT 0 NOT NULL,
	"held" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "points_accounts_balance_check" CHECK ("points_accounts"."held" >= 0 and "points_accounts"."balance" >= "points_accounts"."held")
);
--> statement-breakpoint
CREATE TABLE "points_ledger" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"org_path" text NOT NULL,
	"amount" integer NOT NULL,
	"kind" text NOT NULL,
	"reason" text NOT NULL,
	"source_type" text NOT NULL,
	"source_id" uuid,
	"rule_id" uuid,
	"reverses_id" uuid,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "points_ledger_amount_check" CHECK ("points_ledger"."amount" <> 0)
);
--> statement-breakpoint
CREATE TABLE "points_rules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"org_path" text NOT NULL,
	"version" integer NOT NULL,
	"points_per_hour" integer NOT NULL,
	"backbone_bonus_per_hour" integer DEFAULT 0 NOT NULL,
	"commendation_bonus" integer DEFAULT 0 NOT NULL,
	"effective_from" timestamp with time zone NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "points_rules_amounts_check" CHECK ("points_rules"."points_per_hour" >= 0 and "points_rules"."backbone_bonus_per_hour" >= 0 and "points_rules"."commendation_bonus" >= 0)
);
--> statement-breakpoint
CREATE TABLE "redemptions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"item_id" uuid NOT NULL,
	"volunteer_id" uuid NOT NULL,
	"org_path" text NOT NULL,
	"quantity" integer NOT NULL,
	"points" integer NOT NULL,
	"status" text DEFAULT 'held' NOT NULL,
	"source" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone,
	"closed_by" text,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "redemptions_quantity_check" CHECK ("redemptions"."quantity" > 0 and "redemptions"."points" > 0)
);
--> statement-breakpoint
CREATE TABLE "shop_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"org_path" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"donor_name" text DEFAULT '' NOT NULL,
	"value_fen" integer DEFAULT 0 NOT NULL,
	"price_points" integer NOT NULL,
	"stock" integer NOT NULL,
	"per_person_limit" integer,
	"available_from" timestamp with time zone,
	"available_until" timestamp with time zone,
	"photo_key" text,
	"status" text DEFAULT 'listed' NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "shop_items_stock_check" CHECK ("shop_items"."stock" >= 0),
	CONSTRAINT "shop_items_price_check" CHECK ("shop_items"."price_points" > 0 and "shop_items"."value_fen" >= 0),
	CONSTRAINT "shop_items_limit_check" CHECK ("shop_items"."per_person_limit" is null or "shop_items"."per_person_limit" > 0)
);
--> statement-breakpoint
CREATE TABLE "stock_takes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"item_id" uuid NOT NULL,
	"org_path" text NOT NULL,
	"book_quantity" integer NOT NULL,
	"counted_quantity" integer NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stock_takes_counted_check" CHECK ("stock_takes"."counted_quantity" >= 0)
);
--> statement-breakpoint
CREATE TABLE "commendations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"org_path" text NOT NULL,
	"volunteer_id" uuid NOT NULL,
	"period" text NOT NULL,
	"title" text NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_record_corrections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"record_id" uuid NOT NULL,
	"org_path" text NOT NULL,
	"requested_minutes" integer NOT NULL,
	"reason" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"answer" text,
	"answered_by" text,
	"answered_at" timestamp with time zone,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"org_path" text NOT NULL,
	"volunteer_id" uuid NOT NULL,
	"activity_id" uuid,
	"shift_id" uuid,
	"service_date" date NOT NULL,
	"place" text NOT NULL,
	"content" text NOT NULL,
	"proposed_minutes" integer NOT NULL,
	"minutes" integer,
	"status" text DEFAULT 'proposed' NOT NULL,
	"correction_reason" text,
	"reject_reason" text,
	"late" boolean DEFAULT false NOT NULL,
	"reviewed_by" text,
	"reviewed_at" timestamp with time zone,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_records_minutes_check" CHECK ("service_records"."proposed_minutes" >= 0 and ("service_records"."minutes" is null or "service_records"."minutes" >= 0))
);
--> statement-breakpoint
CREATE TABLE "volunteer_certificates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"org_path" text NOT NULL,
	"volunteer_id" uuid NOT NULL,
	"certificate_no" text NOT NULL,
	"total_minutes" integer NOT NULL,
	"record_ids" uuid[] NOT NULL,
	"issued_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "volunteer_positions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"org_path" text NOT NULL,
	"activity_id" uuid NOT NULL,
	"title" text NOT NULL,
	"content" text DEFAULT '' NOT NULL,
	"place" text DEFAULT '' NOT NULL,
	"count" integer NOT NULL,
	"filled" integer DEFAULT 0 NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "volunteer_positions_filled_check" CHECK ("volunteer_positions"."filled" >= 0 and "volunteer_positions"."filled" <= "volunteer_positions"."count"),
	CONSTRAINT "volunteer_positions_time_check" CHECK ("volunteer_positions"."ends_at" > "volunteer_positions"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "volunteer_settings" (
	"org_unit_id" uuid PRIMARY KEY NOT NULL,
	"org_path" text NOT NULL,
	"rounding" jsonb NOT NULL,
	"star_threshold_hours" integer[] NOT NULL,
	"late_after_days" integer NOT NULL,
	"certificate_responsible" text DEFAULT '' NOT NULL,
	"certificate_handler" text DEFAULT '' NOT NULL,
	"certificate_contact" text DEFAULT '' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "volunteer_shifts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"position_id" uuid NOT NULL,
	"volunteer_id" uuid NOT NULL,
	"org_path" text NOT NULL,
	"status" text DEFAULT 'signedUp' NOT NULL,
	"checked_in_at" timestamp with time zone,
	"checked_out_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "volunteer_shifts_out_after_in_check" CHECK ("volunteer_shifts"."checked_out_at" is null or ("volunteer_shifts"."checked_in_at" is not null and "volunteer_shifts"."checked_out_at" >= "volunteer_shifts"."checked_in_at"))
);
--> statement-breakpoint
CREATE TABLE "volunteer_team_members" (
	"team_id" uuid NOT NULL,
	"volunteer_id" uuid NOT NULL,
	"org_path" text NOT NULL,
	"is_leader" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "volunteer_team_members_team_id_volunteer_id_pk" PRIMARY KEY("team_id","volunteer_id")
);
--> statement-breakpoint
CREATE TABLE "volunteer_teams" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"org_path" text NOT NULL,
	"name" text NOT NULL,
	"parent_team_id" uuid,
	"compound_id" uuid,
	"description" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "volunteer_training_attendees" (
	"training_id" uuid NOT NULL,
	"volunteer_id" uuid NOT NULL,
	"org_path" text NOT NULL,
	CONSTRAINT "volunteer_training_attendees_training_id_volunteer_id_pk" PRIMARY KEY("training_id","volunteer_id")
);
--> statement-breakpoint
CREATE TABLE "volunteer_trainings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"org_path" text NOT NULL,
	"topic" text NOT NULL,
	"trainer_kind" text NOT NULL,
	"trainer_name" text NOT NULL,
	"trainer_volunteer_id" uuid,
	"held_on" date NOT NULL,
	"duration_minutes" integer NOT NULL,
	"place" text DEFAULT '' NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "volunteer_trainings_duration_check" CHECK ("volunteer_trainings"."duration_minutes" > 0)
);
--> statement-breakpoint
CREATE TABLE "volunteers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"org_path" text NOT NULL,
	"volunteer_no" text NOT NULL,
	"resident_id" uuid,
	"user_id" text,
	"name" text NOT NULL,
	"id_type" text NOT NULL,
	"id_number_enc" text NOT NULL,
	"id_number_hash" text NOT NULL,
	"id_tail" text NOT NULL,
	"birth_date" date NOT NULL,
	"mobile_enc" text,
	"mobile_hash" text,
	"mobile_tail" text,
	"affiliation" text NOT NULL,
	"affiliation_name" text DEFAULT '' NOT NULL,
	"dual_registered" boolean DEFAULT false NOT NULL,
	"role" text DEFAULT 'member' NOT NULL,
	"skills" text[] DEFAULT '{}'::text[] NOT NULL,
	"availability" text DEFAULT '' NOT NULL,
	"status" text NOT NULL,
	"reject_reason" text,
	"source" text NOT NULL,
	"guardian_consent_enc" text,
	"guardian_consent_at" timestamp with time zone,
	"priority" boolean DEFAULT false NOT NULL,
	"screened_by" text,
	"screened_at" timestamp with time zone,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "points_accounts" ADD CONSTRAINT "points_accounts_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "points_accounts" ADD CONSTRAINT "points_accounts_volunteer_id_volunteers_id_fk" FOREIGN KEY ("volunteer_id") REFERENCES "public"."volunteers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "points_ledger" ADD CONSTRAINT "points_ledger_account_id_points_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."points_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "points_ledger" ADD CONSTRAINT "points_ledger_rule_id_points_rules_id_fk" FOREIGN KEY ("rule_id") REFERENCES "public"."points_rules"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "points_ledger" ADD CONSTRAINT "points_ledger_reverses_id_points_ledger_id_fk" FOREIGN KEY ("reverses_id") REFERENCES "public"."points_ledger"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "points_rules" ADD CONSTRAINT "points_rules_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "redemptions" ADD CONSTRAINT "redemptions_item_id_shop_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."shop_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "redemptions" ADD CONSTRAINT "redemptions_volunteer_id_volunteers_id_fk" FOREIGN KEY ("volunteer_id") REFERENCES "public"."volunteers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shop_items" ADD CONSTRAINT "shop_items_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_takes" ADD CONSTRAINT "stock_takes_item_id_shop_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."shop_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commendations" ADD CONSTRAINT "commendations_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commendations" ADD CONSTRAINT "commendations_volunteer_id_volunteers_id_fk" FOREIGN KEY ("volunteer_id") REFERENCES "public"."volunteers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_record_corrections" ADD CONSTRAINT "service_record_corrections_record_id_service_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."service_records"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_records" ADD CONSTRAINT "service_records_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_records" ADD CONSTRAINT "service_records_volunteer_id_volunteers_id_fk" FOREIGN KEY ("volunteer_id") REFERENCES "public"."volunteers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_records" ADD CONSTRAINT "service_records_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_records" ADD CONSTRAINT "service_records_shift_id_volunteer_shifts_id_fk" FOREIGN KEY ("shift_id") REFERENCES "public"."volunteer_shifts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_certificates" ADD CONSTRAINT "volunteer_certificates_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_certificates" ADD CONSTRAINT "volunteer_certificates_volunteer_id_volunteers_id_fk" FOREIGN KEY ("volunteer_id") REFERENCES "public"."volunteers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_positions" ADD CONSTRAINT "volunteer_positions_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_positions" ADD CONSTRAINT "volunteer_positions_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_settings" ADD CONSTRAINT "volunteer_settings_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_shifts" ADD CONSTRAINT "volunteer_shifts_position_id_volunteer_positions_id_fk" FOREIGN KEY ("position_id") REFERENCES "public"."volunteer_positions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_shifts" ADD CONSTRAINT "volunteer_shifts_volunteer_id_volunteers_id_fk" FOREIGN KEY ("volunteer_id") REFERENCES "public"."volunteers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_team_members" ADD CONSTRAINT "volunteer_team_members_team_id_volunteer_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."volunteer_teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_team_members" ADD CONSTRAINT "volunteer_team_members_volunteer_id_volunteers_id_fk" FOREIGN KEY ("volunteer_id") REFERENCES "public"."volunteers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_teams" ADD CONSTRAINT "volunteer_teams_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_teams" ADD CONSTRAINT "volunteer_teams_parent_team_id_volunteer_teams_id_fk" FOREIGN KEY ("parent_team_id") REFERENCES "public"."volunteer_teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_teams" ADD CONSTRAINT "volunteer_teams_compound_id_compounds_id_fk" FOREIGN KEY ("compound_id") REFERENCES "public"."compounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_training_attendees" ADD CONSTRAINT "volunteer_training_attendees_training_id_volunteer_trainings_id_fk" FOREIGN KEY ("training_id") REFERENCES "public"."volunteer_trainings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_training_attendees" ADD CONSTRAINT "volunteer_training_attendees_volunteer_id_volunteers_id_fk" FOREIGN KEY ("volunteer_id") REFERENCES "public"."volunteers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_trainings" ADD CONSTRAINT "volunteer_trainings_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_trainings" ADD CONSTRAINT "volunteer_trainings_trainer_volunteer_id_volunteers_id_fk" FOREIGN KEY ("trainer_volunteer_id") REFERENCES "public"."volunteers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteers" ADD CONSTRAINT "volunteers_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteers" ADD CONSTRAINT "volunteers_resident_id_residents_id_fk" FOREIGN KEY ("resident_id") REFERENCES "public"."residents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "points_accounts_volunteer_key" ON "points_accounts" USING btree ("volunteer_id");--> statement-breakpoint
CREATE INDEX "points_accounts_path_idx" ON "points_accounts" USING btree ("org_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "points_ledger_account_idx" ON "points_ledger" USING btree ("account_id","created_at");--> statement-breakpoint
CREATE INDEX "points_ledger_path_idx" ON "points_ledger" USING btree ("org_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "points_ledger_source_idx" ON "points_ledger" USING btree ("source_type","source_id");--> statement-breakpoint
CREATE UNIQUE INDEX "points_ledger_redemption_key" ON "points_ledger" USING btree ("source_id") WHERE "points_ledger"."kind" = 'redeem';--> statement-breakpoint
CREATE UNIQUE INDEX "points_ledger_reverses_key" ON "points_ledger" USING btree ("reverses_id");--> statement-breakpoint
CREATE UNIQUE INDEX "points_rules_unit_version_key" ON "points_rules" USING btree ("org_unit_id","version");--> statement-breakpoint
CREATE INDEX "redemptions_item_idx" ON "redemptions" USING btree ("item_id","status");--> statement-breakpoint
CREATE INDEX "redemptions_volunteer_idx" ON "redemptions" USING btree ("volunteer_id","status");--> statement-breakpoint
CREATE INDEX "redemptions_path_idx" ON "redemptions" USING btree ("org_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "redemptions_expiry_idx" ON "redemptions" USING btree ("expires_at") WHERE status = 'held';--> statement-breakpoint
CREATE INDEX "shop_items_path_idx" ON "shop_items" USING btree ("org_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "stock_takes_item_idx" ON "stock_takes" USING btree ("item_id");--> statement-breakpoint
CREATE INDEX "commendations_volunteer_idx" ON "commendations" USING btree ("volunteer_id");--> statement-breakpoint
CREATE INDEX "commendations_path_idx" ON "commendations" USING btree ("org_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "service_record_corrections_record_idx" ON "service_record_corrections" USING btree ("record_id");--> statement-breakpoint
CREATE UNIQUE INDEX "service_record_corrections_open_key" ON "service_record_corrections" USING btree ("record_id") WHERE status = 'open';--> statement-breakpoint
CREATE UNIQUE INDEX "service_records_shift_key" ON "service_records" USING btree ("shift_id");--> statement-breakpoint
CREATE INDEX "service_records_volunteer_idx" ON "service_records" USING btree ("volunteer_id","service_date");--> statement-breakpoint
CREATE INDEX "service_records_path_idx" ON "service_records" USING btree ("org_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "service_records_activity_idx" ON "service_records" USING btree ("activity_id");--> statement-breakpoint
CREATE UNIQUE INDEX "volunteer_certificates_no_key" ON "volunteer_certificates" USING btree ("certificate_no");--> statement-breakpoint
CREATE INDEX "volunteer_certificates_volunteer_idx" ON "volunteer_certificates" USING btree ("volunteer_id");--> statement-breakpoint
CREATE INDEX "volunteer_positions_activity_idx" ON "volunteer_positions" USING btree ("activity_id");--> statement-breakpoint
CREATE INDEX "volunteer_positions_path_idx" ON "volunteer_positions" USING btree ("org_path" text_pattern_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "volunteer_shifts_live_key" ON "volunteer_shifts" USING btree ("position_id","volunteer_id") WHERE status <> 'cancelled';--> statement-breakpoint
CREATE INDEX "volunteer_shifts_volunteer_idx" ON "volunteer_shifts" USING btree ("volunteer_id");--> statement-breakpoint
CREATE INDEX "volunteer_team_members_volunteer_idx" ON "volunteer_team_members" USING btree ("volunteer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "volunteer_teams_unit_name_key" ON "volunteer_teams" USING btree ("org_unit_id","name");--> statement-breakpoint
CREATE INDEX "volunteer_teams_path_idx" ON "volunteer_teams" USING btree ("org_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "volunteer_training_attendees_volunteer_idx" ON "volunteer_training_attendees" USING btree ("volunteer_id");--> statement-breakpoint
CREATE INDEX "volunteer_trainings_path_idx" ON "volunteer_trainings" USING btree ("org_path" text_pattern_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "volunteers_no_key" ON "volunteers" USING btree ("volunteer_no");--> statement-breakpoint
CREATE UNIQUE INDEX "volunteers_unit_person_key" ON "volunteers" USING btree ("org_unit_id","id_number_hash") WHERE status <> 'rejected';--> statement-breakpoint
CREATE UNIQUE INDEX "volunteers_user_key" ON "volunteers" USING btree ("user_id") WHERE status <> 'rejected';--> statement-breakpoint
CREATE INDEX "volunteers_path_idx" ON "volunteers" USING btree ("org_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "volunteers_resident_idx" ON "volunteers" USING btree ("resident_id");--> statement-breakpoint
-- The points ledger is append-only: a correction is a reversing entry, never an edit.
CREATE FUNCTION points_ledger_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'points_ledger is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER points_ledger_append_only
  BEFORE UPDATE OR DELETE ON points_ledger
  FOR EACH ROW EXECUTE FUNCTION points_ledger_refuse_change();
