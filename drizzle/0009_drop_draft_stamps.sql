ALTER TABLE `evidence` DROP COLUMN `submitted_at`;--> statement-breakpoint
ALTER TABLE `progress_report` DROP COLUMN `submitted_at`;