ALTER TABLE `plan_import` ADD `from_plan_id` integer REFERENCES plan(id);--> statement-breakpoint
ALTER TABLE `plan_import` ADD `candidates` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `task` ADD `origin_note` text DEFAULT '' NOT NULL;