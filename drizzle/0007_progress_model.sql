CREATE TABLE `assignment_deadline` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`assignment_id` integer NOT NULL,
	`milestone_id` integer,
	`due_on` text NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`assignment_id`) REFERENCES `assignment`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`milestone_id`) REFERENCES `milestone`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `assignment_deadline_ms_uq` ON `assignment_deadline` (`assignment_id`,`milestone_id`) WHERE milestone_id is not null;--> statement-breakpoint
CREATE UNIQUE INDEX `assignment_deadline_final_uq` ON `assignment_deadline` (`assignment_id`) WHERE milestone_id is null;--> statement-breakpoint
CREATE INDEX `assignment_deadline_milestone_idx` ON `assignment_deadline` (`milestone_id`);--> statement-breakpoint
CREATE TABLE `deadline_change` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`task_id` integer NOT NULL,
	`assignment_id` integer,
	`milestone_id` integer,
	`label` text DEFAULT '' NOT NULL,
	`from_due` text,
	`to_due` text,
	`kind` text NOT NULL,
	`reason` text DEFAULT '' NOT NULL,
	`extension_request_id` integer,
	`actor_id` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`task_id`) REFERENCES `task`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`assignment_id`) REFERENCES `assignment`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`extension_request_id`) REFERENCES `extension_request`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`actor_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `deadline_change_task_idx` ON `deadline_change` (`task_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `deadline_change_assignment_idx` ON `deadline_change` (`assignment_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `extension_request` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`assignment_id` integer NOT NULL,
	`milestone_id` integer,
	`current_due` text NOT NULL,
	`requested_due` text NOT NULL,
	`reason` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`decided_due` text,
	`decision_note` text DEFAULT '' NOT NULL,
	`decided_by` integer,
	`decided_at` integer,
	`created_by` integer NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`assignment_id`) REFERENCES `assignment`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`milestone_id`) REFERENCES `milestone`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`decided_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `extension_request_assignment_idx` ON `extension_request` (`assignment_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `extension_request_status_idx` ON `extension_request` (`status`,`created_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `extension_request_pending_uq` ON `extension_request` (`assignment_id`) WHERE status = 'pending';--> statement-breakpoint
CREATE TABLE `submission` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`assignment_id` integer NOT NULL,
	`summary` text NOT NULL,
	`percent` integer DEFAULT 100 NOT NULL,
	`submitted_at` integer,
	`due_on` text,
	`created_by` integer NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`updated_at` integer,
	FOREIGN KEY (`assignment_id`) REFERENCES `assignment`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `submission_assignment_idx` ON `submission` (`assignment_id`,`submitted_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `submission_draft_uq` ON `submission` (`assignment_id`) WHERE submitted_at is null;--> statement-breakpoint
ALTER TABLE `evidence` ADD `sent_at` integer;--> statement-breakpoint
ALTER TABLE `evidence` ADD `report_id` integer REFERENCES progress_report(id);--> statement-breakpoint
ALTER TABLE `evidence` ADD `submission_id` integer REFERENCES submission(id);--> statement-breakpoint
ALTER TABLE `progress_report` ADD `sent_at` integer;--> statement-breakpoint
ALTER TABLE `progress_report` ADD `updated_at` integer;--> statement-breakpoint
CREATE INDEX `progress_report_sent_idx` ON `progress_report` (`assignment_id`,`sent_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `progress_report_draft_uq` ON `progress_report` (`assignment_id`) WHERE sent_at is null;--> statement-breakpoint
ALTER TABLE `review` ADD `submission_id` integer REFERENCES submission(id);