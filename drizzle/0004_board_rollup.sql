CREATE TABLE `assignment_rollup` (
	`plan_id` integer NOT NULL,
	`section_id` integer NOT NULL,
	`unit_id` integer NOT NULL,
	`total` integer DEFAULT 0 NOT NULL,
	`not_started` integer DEFAULT 0 NOT NULL,
	`in_progress` integer DEFAULT 0 NOT NULL,
	`submitted` integer DEFAULT 0 NOT NULL,
	`accepted` integer DEFAULT 0 NOT NULL,
	`returned` integer DEFAULT 0 NOT NULL,
	`red` integer DEFAULT 0 NOT NULL,
	`yellow` integer DEFAULT 0 NOT NULL,
	`green` integer DEFAULT 0 NOT NULL,
	`grade_points` integer DEFAULT 0 NOT NULL,
	`graded` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`plan_id`, `section_id`, `unit_id`),
	FOREIGN KEY (`plan_id`) REFERENCES `plan`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `assignment_rollup_unit_idx` ON `assignment_rollup` (`plan_id`,`unit_id`);--> statement-breakpoint
ALTER TABLE `plan` ADD `data_version` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX `assignment_plan_light_idx` ON `assignment` (`plan_id`,`last_light`);--> statement-breakpoint
CREATE INDEX `assignment_plan_accepted_idx` ON `assignment` (`plan_id`,`accepted_at`);