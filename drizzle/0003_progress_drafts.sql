ALTER TABLE `assignment` ADD `last_reported_on` text;--> statement-breakpoint
ALTER TABLE `evidence` ADD `submitted_at` integer;--> statement-breakpoint
ALTER TABLE `progress_report` ADD `submitted_at` integer;