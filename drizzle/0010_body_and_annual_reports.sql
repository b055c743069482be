CREATE TABLE `annual_report` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`year` integer NOT NULL,
	`unit_id` integer,
	`format` text NOT NULL,
	`statistics` text NOT NULL,
	`acknowledgements` text DEFAULT '{}' NOT NULL,
	`document` text,
	`status` text DEFAULT 'draft' NOT NULL,
	`imported` integer DEFAULT false NOT NULL,
	`final_at` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`updated_at` integer NOT NULL,
	`updated_by` integer,
	FOREIGN KEY (`unit_id`) REFERENCES `unit`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `annual_report_unit_year_uq` ON `annual_report` (`unit_id`,`year`) WHERE unit_id is not null;--> statement-breakpoint
CREATE UNIQUE INDEX `annual_report_body_year_uq` ON `annual_report` (`year`) WHERE unit_id is null;--> statement-breakpoint
CREATE INDEX `annual_report_year_status_idx` ON `annual_report` (`year`,`status`);--> statement-breakpoint
CREATE TABLE `annual_report_submission` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`report_id` integer NOT NULL,
	`statistics` text NOT NULL,
	`acknowledgements` text DEFAULT '{}' NOT NULL,
	`submitted_at` integer NOT NULL,
	`submitted_by` integer NOT NULL,
	`decision` text,
	`reason` text DEFAULT '' NOT NULL,
	`decided_at` integer,
	`decided_by` integer,
	FOREIGN KEY (`report_id`) REFERENCES `annual_report`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`submitted_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `annual_report_submission_report_idx` ON `annual_report_submission` (`report_id`,`submitted_at`);--> statement-breakpoint
CREATE TABLE `body_setting` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`issuer` text DEFAULT '' NOT NULL,
	`level` text NOT NULL,
	`prefixes` text DEFAULT '[]' NOT NULL,
	`updated_at` integer NOT NULL,
	`updated_by` integer,
	FOREIGN KEY (`updated_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "body_setting_one_row_ck" CHECK("body_setting"."id" = 1)
);
