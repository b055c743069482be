CREATE TABLE `plan_closure` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`plan_id` integer NOT NULL,
	`action` text NOT NULL,
	`reason` text DEFAULT '' NOT NULL,
	`actor_id` integer NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `plan`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`actor_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `plan_closure_plan_idx` ON `plan_closure` (`plan_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `unit_succession` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`from_unit_id` integer NOT NULL,
	`to_unit_id` integer NOT NULL,
	`kind` text NOT NULL,
	`effective_on` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`created_by` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`from_unit_id`) REFERENCES `unit`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`to_unit_id`) REFERENCES `unit`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `unit_succession_from_idx` ON `unit_succession` (`from_unit_id`);--> statement-breakpoint
CREATE INDEX `unit_succession_to_idx` ON `unit_succession` (`to_unit_id`);--> statement-breakpoint
ALTER TABLE `plan` ADD `closed_at` integer;--> statement-breakpoint
ALTER TABLE `plan` ADD `closed_by` integer REFERENCES user(id);--> statement-breakpoint
ALTER TABLE `plan` ADD `from_plan_id` integer;--> statement-breakpoint
ALTER TABLE `task` ADD `predecessor_task_id` integer;--> statement-breakpoint
ALTER TABLE `unit` ADD `valid_from` text;--> statement-breakpoint
ALTER TABLE `unit` ADD `valid_to` text;