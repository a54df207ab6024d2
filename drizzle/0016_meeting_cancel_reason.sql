ALTER TABLE "meetings" ADD COLUMN "cancel_reason" text;--> statement-breakpoint
-- Until now a cancelled meeting kept its reason in the minutes column.
UPDATE "meetings" SET "cancel_reason" = "minutes", "minutes" = '' WHERE "status" = 'cancelled';
