ALTER TABLE "residents" ADD COLUMN "id_number_masked" text;--> statement-breakpoint
ALTER TABLE "residents" ADD COLUMN "mobile_masked" text;