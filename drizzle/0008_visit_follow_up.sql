ALTER TABLE "visits" ADD COLUMN "follow_up_done_on" date;--> statement-breakpoint
ALTER TABLE "visits" ADD COLUMN "follow_up_done_by" text;--> statement-breakpoint
ALTER TABLE "visits" ADD COLUMN "follow_up_note_enc" text;