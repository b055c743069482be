-- History for data written before sent reports and kept submissions existed (0007).
-- Reports and evidence the unit had written were its reported work: they count as sent when they
-- were submitted, or else when they were written.
UPDATE `progress_report` SET `sent_at` = coalesce(`submitted_at`, `created_at`) WHERE `sent_at` IS NULL;
--> statement-breakpoint
UPDATE `evidence` SET `sent_at` = coalesce(`submitted_at`, `created_at`) WHERE `sent_at` IS NULL;
--> statement-breakpoint
-- Every recorded submission becomes a kept submission, with the deadline its task set (no unit had
-- its own deadlines before 0007): the latest milestone, or 31 December of the plan year.
INSERT INTO `submission` (`assignment_id`, `summary`, `percent`, `submitted_at`, `due_on`, `created_by`, `created_at`)
SELECT e.`assignment_id`, e.`message`, a.`progress_percent`, e.`created_at`,
	coalesce((SELECT max(m.`due_on`) FROM `milestone` m WHERE m.`task_id` = a.`task_id`),
		(SELECT p.`year` || '-12-31' FROM `plan` p WHERE p.`id` = a.`plan_id`)),
	coalesce(e.`actor_id`, (SELECT u.`id` FROM `user` u WHERE u.`unit_id` = a.`unit_id` ORDER BY u.`id` LIMIT 1), (SELECT min(`id`) FROM `user`)),
	e.`created_at`
FROM `assignment_event` e JOIN `assignment` a ON a.`id` = e.`assignment_id`
WHERE e.`type` = 'submitted'
ORDER BY e.`id`;
--> statement-breakpoint
UPDATE `evidence` SET `submission_id` = (
	SELECT s.`id` FROM `submission` s
	WHERE s.`assignment_id` = `evidence`.`assignment_id` AND s.`submitted_at` = `evidence`.`submitted_at`
	ORDER BY s.`id` LIMIT 1
) WHERE `submitted_at` IS NOT NULL;
--> statement-breakpoint
-- Each review decided the latest submission made before it.
UPDATE `review` SET `submission_id` = (
	SELECT s.`id` FROM `submission` s
	WHERE s.`assignment_id` = `review`.`assignment_id` AND s.`submitted_at` <= `review`.`created_at`
	ORDER BY s.`submitted_at` DESC, s.`id` DESC LIMIT 1
) WHERE `submission_id` IS NULL;
--> statement-breakpoint
-- accepted_at means the accepted submission's time, not the review's.
UPDATE `assignment` SET `accepted_at` = (
	SELECT s.`submitted_at` FROM `review` r JOIN `submission` s ON s.`id` = r.`submission_id`
	WHERE r.`assignment_id` = `assignment`.`id` AND r.`decision` = 'accept'
	ORDER BY r.`id` DESC LIMIT 1
) WHERE `status` = 'accepted' AND EXISTS (
	SELECT 1 FROM `review` r WHERE r.`assignment_id` = `assignment`.`id` AND r.`decision` = 'accept' AND r.`submission_id` IS NOT NULL
);
