-- The roll-up triggers of 0005 name the grade_points and graded columns, which SQLite will not drop
-- while a trigger refers to them. They go here and come back without the grade points in 0015:
-- scores are the engine's (src/lib/server/scoring), never the roll-ups'.
DROP TRIGGER IF EXISTS `assignment_rollup_ai`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `assignment_rollup_ad`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `assignment_rollup_au`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `task_section_au`;
--> statement-breakpoint
CREATE TABLE `assessment_class` (
	`plan_id` integer NOT NULL,
	`unit_id` integer NOT NULL,
	`class_id` text NOT NULL,
	`updated_at` integer NOT NULL,
	`updated_by` integer,
	PRIMARY KEY(`plan_id`, `unit_id`),
	FOREIGN KEY (`plan_id`) REFERENCES `plan`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`unit_id`) REFERENCES `unit`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `bulletin` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`plan_id` integer NOT NULL,
	`kind` text NOT NULL,
	`doc_number` text NOT NULL,
	`title` text NOT NULL,
	`cut_off` text NOT NULL,
	`status` text DEFAULT 'writing' NOT NULL,
	`issued_at` integer,
	`issued_by` integer,
	`issuer` text DEFAULT '' NOT NULL,
	`comment` text DEFAULT '' NOT NULL,
	`publish` text NOT NULL,
	`rubric_id` integer,
	`rubric_name` text NOT NULL,
	`rubric_version` integer DEFAULT 0 NOT NULL,
	`classes` text NOT NULL,
	`excluded` text NOT NULL,
	`final` integer NOT NULL,
	`created_by` integer NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `plan`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`issued_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`rubric_id`) REFERENCES `rubric`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `bulletin_plan_idx` ON `bulletin` (`plan_id`,`status`,`cut_off`);--> statement-breakpoint
CREATE UNIQUE INDEX `bulletin_writing_uq` ON `bulletin` (`plan_id`) WHERE status = 'writing';--> statement-breakpoint
CREATE TABLE `bulletin_item` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`bulletin_id` integer NOT NULL,
	`kind` text NOT NULL,
	`seq` integer NOT NULL,
	`unit_id` integer NOT NULL,
	`unit_name` text NOT NULL,
	`assignment_id` integer,
	`rectification_id` integer,
	`label` text NOT NULL,
	`detail` text NOT NULL,
	FOREIGN KEY (`bulletin_id`) REFERENCES `bulletin`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `bulletin_item_kind_idx` ON `bulletin_item` (`bulletin_id`,`kind`,`seq`);--> statement-breakpoint
CREATE TABLE `bulletin_line` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`bulletin_id` integer NOT NULL,
	`unit_id` integer NOT NULL,
	`seq` integer NOT NULL,
	`indicator` text NOT NULL,
	`indicator_name` text NOT NULL,
	`rule` text NOT NULL,
	`source_kind` text,
	`source_id` integer,
	`points` real NOT NULL,
	`text` text NOT NULL,
	FOREIGN KEY (`bulletin_id`) REFERENCES `bulletin`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `bulletin_line_unit_idx` ON `bulletin_line` (`bulletin_id`,`unit_id`,`seq`);--> statement-breakpoint
CREATE TABLE `bulletin_unit` (
	`bulletin_id` integer NOT NULL,
	`unit_id` integer NOT NULL,
	`unit_name` text NOT NULL,
	`unit_kind` text NOT NULL,
	`class_id` text NOT NULL,
	`class_name` text NOT NULL,
	`total` real NOT NULL,
	`max` real NOT NULL,
	`percent` real NOT NULL,
	`base` real NOT NULL,
	`band` text NOT NULL,
	`band_before_quota` text,
	`rank` integer NOT NULL,
	`class_rank` integer NOT NULL,
	`veto` text,
	`tree` text NOT NULL,
	`seq` integer NOT NULL,
	PRIMARY KEY(`bulletin_id`, `unit_id`),
	FOREIGN KEY (`bulletin_id`) REFERENCES `bulletin`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `bulletin_unit_seq_idx` ON `bulletin_unit` (`bulletin_id`,`seq`);--> statement-breakpoint
CREATE TABLE `objection` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`entry_id` integer NOT NULL,
	`unit_id` integer NOT NULL,
	`reason` text NOT NULL,
	`created_by` integer NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`answer` text,
	`answered_by` integer,
	`answered_at` integer,
	FOREIGN KEY (`entry_id`) REFERENCES `score_entry`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`unit_id`) REFERENCES `unit`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`answered_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `objection_entry_uq` ON `objection` (`entry_id`);--> statement-breakpoint
CREATE INDEX `objection_unit_idx` ON `objection` (`unit_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `rectification` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`plan_id` integer NOT NULL,
	`unit_id` integer NOT NULL,
	`assignment_id` integer NOT NULL,
	`entry_id` integer,
	`bulletin_id` integer,
	`bulletin_line_id` integer,
	`bulletin_item_id` integer,
	`problem` text NOT NULL,
	`requirement` text NOT NULL,
	`due_on` text NOT NULL,
	`opened_by` integer NOT NULL,
	`opened_at` integer NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `plan`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`unit_id`) REFERENCES `unit`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`assignment_id`) REFERENCES `assignment`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`entry_id`) REFERENCES `score_entry`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`bulletin_id`) REFERENCES `bulletin`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`bulletin_line_id`) REFERENCES `bulletin_line`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`bulletin_item_id`) REFERENCES `bulletin_item`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`opened_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "rectification_source_ck" CHECK(("rectification"."entry_id" is not null) + ("rectification"."bulletin_line_id" is not null) + ("rectification"."bulletin_item_id" is not null) = 1)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `rectification_assignment_uq` ON `rectification` (`assignment_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `rectification_entry_uq` ON `rectification` (`entry_id`) WHERE entry_id is not null;--> statement-breakpoint
CREATE UNIQUE INDEX `rectification_line_uq` ON `rectification` (`bulletin_line_id`) WHERE bulletin_line_id is not null;--> statement-breakpoint
CREATE UNIQUE INDEX `rectification_item_uq` ON `rectification` (`bulletin_item_id`) WHERE bulletin_item_id is not null;--> statement-breakpoint
CREATE INDEX `rectification_plan_unit_idx` ON `rectification` (`plan_id`,`unit_id`);--> statement-breakpoint
CREATE TABLE `rubric` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`plan_id` integer NOT NULL,
	`version` integer NOT NULL,
	`name` text NOT NULL,
	`content` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`created_by` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `plan`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `rubric_plan_version_uq` ON `rubric` (`plan_id`,`version`);--> statement-breakpoint
CREATE TABLE `score_entry` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`plan_id` integer NOT NULL,
	`unit_id` integer NOT NULL,
	`kind` text NOT NULL,
	`indicator` text NOT NULL,
	`amount` real,
	`level` text,
	`channel` text,
	`reason` text NOT NULL,
	`happened_on` text NOT NULL,
	`evidence_kind` text,
	`url` text,
	`file_hash` text,
	`file_name` text,
	`mime_type` text,
	`size` integer,
	`created_by` integer NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`revoked_at` integer,
	`revoked_by` integer,
	`revoke_reason` text,
	FOREIGN KEY (`plan_id`) REFERENCES `plan`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`unit_id`) REFERENCES `unit`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`revoked_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "score_entry_evidence_ck" CHECK("score_entry"."evidence_kind" is null or ("score_entry"."evidence_kind" = 'file' and "score_entry"."file_hash" is not null) or ("score_entry"."evidence_kind" = 'link' and "score_entry"."url" is not null))
);
--> statement-breakpoint
CREATE INDEX `score_entry_plan_unit_idx` ON `score_entry` (`plan_id`,`unit_id`,`happened_on`);--> statement-breakpoint
CREATE INDEX `score_entry_hash_idx` ON `score_entry` (`file_hash`);--> statement-breakpoint
ALTER TABLE `plan` ADD `kind` text DEFAULT 'work' NOT NULL;--> statement-breakpoint
ALTER TABLE `plan` ADD `parent_id` integer REFERENCES plan(id);--> statement-breakpoint
CREATE UNIQUE INDEX `plan_parent_uq` ON `plan` (`parent_id`) WHERE parent_id is not null;--> statement-breakpoint
ALTER TABLE `task` ADD `starts_on` text;--> statement-breakpoint
ALTER TABLE `assignment_rollup` DROP COLUMN `grade_points`;--> statement-breakpoint
ALTER TABLE `assignment_rollup` DROP COLUMN `graded`;