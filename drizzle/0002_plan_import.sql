CREATE TABLE `plan_import` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`source_name` text DEFAULT '' NOT NULL,
	`source_text` text DEFAULT '' NOT NULL,
	`parsed` text NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`plan_id` integer,
	`created_by` integer NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `plan`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`created_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `plan_import_created_idx` ON `plan_import` (`created_by`,`created_at`);