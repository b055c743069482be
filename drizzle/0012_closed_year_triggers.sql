-- A closed year (关闭年度) never changes: every write to its records is refused here, whatever code
-- attempts it; the domain refuses first with a Chinese message (years/guard.ts). Reopening (by the
-- office, with a reason, audited) clears plan.closed_at and lifts these refusals.
CREATE TRIGGER `assignment_closed_insert` BEFORE INSERT ON `assignment`
WHEN (SELECT closed_at FROM plan WHERE id = NEW.plan_id) IS NOT NULL
BEGIN
	SELECT RAISE(ABORT, 'closed year: assignment cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER `assignment_closed_update` BEFORE UPDATE ON `assignment`
WHEN (SELECT closed_at FROM plan WHERE id = OLD.plan_id) IS NOT NULL OR (SELECT closed_at FROM plan WHERE id = NEW.plan_id) IS NOT NULL
BEGIN
	SELECT RAISE(ABORT, 'closed year: assignment cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER `assignment_closed_delete` BEFORE DELETE ON `assignment`
WHEN (SELECT closed_at FROM plan WHERE id = OLD.plan_id) IS NOT NULL
BEGIN
	SELECT RAISE(ABORT, 'closed year: assignment cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER `task_closed_insert` BEFORE INSERT ON `task`
WHEN (SELECT closed_at FROM plan WHERE id = NEW.plan_id) IS NOT NULL
BEGIN
	SELECT RAISE(ABORT, 'closed year: task cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER `task_closed_update` BEFORE UPDATE ON `task`
WHEN (SELECT closed_at FROM plan WHERE id = OLD.plan_id) IS NOT NULL OR (SELECT closed_at FROM plan WHERE id = NEW.plan_id) IS NOT NULL
BEGIN
	SELECT RAISE(ABORT, 'closed year: task cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER `task_closed_delete` BEFORE DELETE ON `task`
WHEN (SELECT closed_at FROM plan WHERE id = OLD.plan_id) IS NOT NULL
BEGIN
	SELECT RAISE(ABORT, 'closed year: task cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER `section_closed_insert` BEFORE INSERT ON `section`
WHEN (SELECT closed_at FROM plan WHERE id = NEW.plan_id) IS NOT NULL
BEGIN
	SELECT RAISE(ABORT, 'closed year: section cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER `section_closed_update` BEFORE UPDATE ON `section`
WHEN (SELECT closed_at FROM plan WHERE id = OLD.plan_id) IS NOT NULL OR (SELECT closed_at FROM plan WHERE id = NEW.plan_id) IS NOT NULL
BEGIN
	SELECT RAISE(ABORT, 'closed year: section cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER `section_closed_delete` BEFORE DELETE ON `section`
WHEN (SELECT closed_at FROM plan WHERE id = OLD.plan_id) IS NOT NULL
BEGIN
	SELECT RAISE(ABORT, 'closed year: section cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER `milestone_closed_insert` BEFORE INSERT ON `milestone`
WHEN (SELECT p.closed_at FROM plan p JOIN task t ON t.plan_id = p.id WHERE t.id = NEW.task_id) IS NOT NULL
BEGIN
	SELECT RAISE(ABORT, 'closed year: milestone cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER `milestone_closed_update` BEFORE UPDATE ON `milestone`
WHEN (SELECT p.closed_at FROM plan p JOIN task t ON t.plan_id = p.id WHERE t.id = OLD.task_id) IS NOT NULL OR (SELECT p.closed_at FROM plan p JOIN task t ON t.plan_id = p.id WHERE t.id = NEW.task_id) IS NOT NULL
BEGIN
	SELECT RAISE(ABORT, 'closed year: milestone cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER `milestone_closed_delete` BEFORE DELETE ON `milestone`
WHEN (SELECT p.closed_at FROM plan p JOIN task t ON t.plan_id = p.id WHERE t.id = OLD.task_id) IS NOT NULL
BEGIN
	SELECT RAISE(ABORT, 'closed year: milestone cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER `deadline_change_closed_insert` BEFORE INSERT ON `deadline_change`
WHEN (SELECT p.closed_at FROM plan p JOIN task t ON t.plan_id = p.id WHERE t.id = NEW.task_id) IS NOT NULL
BEGIN
	SELECT RAISE(ABORT, 'closed year: deadline_change cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER `deadline_change_closed_update` BEFORE UPDATE ON `deadline_change`
WHEN (SELECT p.closed_at FROM plan p JOIN task t ON t.plan_id = p.id WHERE t.id = OLD.task_id) IS NOT NULL OR (SELECT p.closed_at FROM plan p JOIN task t ON t.plan_id = p.id WHERE t.id = NEW.task_id) IS NOT NULL
BEGIN
	SELECT RAISE(ABORT, 'closed year: deadline_change cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER `deadline_change_closed_delete` BEFORE DELETE ON `deadline_change`
WHEN (SELECT p.closed_at FROM plan p JOIN task t ON t.plan_id = p.id WHERE t.id = OLD.task_id) IS NOT NULL
BEGIN
	SELECT RAISE(ABORT, 'closed year: deadline_change cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER `progress_report_closed_insert` BEFORE INSERT ON `progress_report`
WHEN (SELECT p.closed_at FROM plan p JOIN assignment a ON a.plan_id = p.id WHERE a.id = NEW.assignment_id) IS NOT NULL
BEGIN
	SELECT RAISE(ABORT, 'closed year: progress_report cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER `progress_report_closed_update` BEFORE UPDATE ON `progress_report`
WHEN (SELECT p.closed_at FROM plan p JOIN assignment a ON a.plan_id = p.id WHERE a.id = OLD.assignment_id) IS NOT NULL OR (SELECT p.closed_at FROM plan p JOIN assignment a ON a.plan_id = p.id WHERE a.id = NEW.assignment_id) IS NOT NULL
BEGIN
	SELECT RAISE(ABORT, 'closed year: progress_report cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER `progress_report_closed_delete` BEFORE DELETE ON `progress_report`
WHEN (SELECT p.closed_at FROM plan p JOIN assignment a ON a.plan_id = p.id WHERE a.id = OLD.assignment_id) IS NOT NULL
BEGIN
	SELECT RAISE(ABORT, 'closed year: progress_report cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER `evidence_closed_insert` BEFORE INSERT ON `evidence`
WHEN (SELECT p.closed_at FROM plan p JOIN assignment a ON a.plan_id = p.id WHERE a.id = NEW.assignment_id) IS NOT NULL
BEGIN
	SELECT RAISE(ABORT, 'closed year: evidence cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER `evidence_closed_update` BEFORE UPDATE ON `evidence`
WHEN (SELECT p.closed_at FROM plan p JOIN assignment a ON a.plan_id = p.id WHERE a.id = OLD.assignment_id) IS NOT NULL OR (SELECT p.closed_at FROM plan p JOIN assignment a ON a.plan_id = p.id WHERE a.id = NEW.assignment_id) IS NOT NULL
BEGIN
	SELECT RAISE(ABORT, 'closed year: evidence cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER `evidence_closed_delete` BEFORE DELETE ON `evidence`
WHEN (SELECT p.closed_at FROM plan p JOIN assignment a ON a.plan_id = p.id WHERE a.id = OLD.assignment_id) IS NOT NULL
BEGIN
	SELECT RAISE(ABORT, 'closed year: evidence cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER `submission_closed_insert` BEFORE INSERT ON `submission`
WHEN (SELECT p.closed_at FROM plan p JOIN assignment a ON a.plan_id = p.id WHERE a.id = NEW.assignment_id) IS NOT NULL
BEGIN
	SELECT RAISE(ABORT, 'closed year: submission cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER `submission_closed_update` BEFORE UPDATE ON `submission`
WHEN (SELECT p.closed_at FROM plan p JOIN assignment a ON a.plan_id = p.id WHERE a.id = OLD.assignment_id) IS NOT NULL OR (SELECT p.closed_at FROM plan p JOIN assignment a ON a.plan_id = p.id WHERE a.id = NEW.assignment_id) IS NOT NULL
BEGIN
	SELECT RAISE(ABORT, 'closed year: submission cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER `submission_closed_delete` BEFORE DELETE ON `submission`
WHEN (SELECT p.closed_at FROM plan p JOIN assignment a ON a.plan_id = p.id WHERE a.id = OLD.assignment_id) IS NOT NULL
BEGIN
	SELECT RAISE(ABORT, 'closed year: submission cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER `review_closed_insert` BEFORE INSERT ON `review`
WHEN (SELECT p.closed_at FROM plan p JOIN assignment a ON a.plan_id = p.id WHERE a.id = NEW.assignment_id) IS NOT NULL
BEGIN
	SELECT RAISE(ABORT, 'closed year: review cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER `review_closed_update` BEFORE UPDATE ON `review`
WHEN (SELECT p.closed_at FROM plan p JOIN assignment a ON a.plan_id = p.id WHERE a.id = OLD.assignment_id) IS NOT NULL OR (SELECT p.closed_at FROM plan p JOIN assignment a ON a.plan_id = p.id WHERE a.id = NEW.assignment_id) IS NOT NULL
BEGIN
	SELECT RAISE(ABORT, 'closed year: review cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER `review_closed_delete` BEFORE DELETE ON `review`
WHEN (SELECT p.closed_at FROM plan p JOIN assignment a ON a.plan_id = p.id WHERE a.id = OLD.assignment_id) IS NOT NULL
BEGIN
	SELECT RAISE(ABORT, 'closed year: review cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER `extension_request_closed_insert` BEFORE INSERT ON `extension_request`
WHEN (SELECT p.closed_at FROM plan p JOIN assignment a ON a.plan_id = p.id WHERE a.id = NEW.assignment_id) IS NOT NULL
BEGIN
	SELECT RAISE(ABORT, 'closed year: extension_request cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER `extension_request_closed_update` BEFORE UPDATE ON `extension_request`
WHEN (SELECT p.closed_at FROM plan p JOIN assignment a ON a.plan_id = p.id WHERE a.id = OLD.assignment_id) IS NOT NULL OR (SELECT p.closed_at FROM plan p JOIN assignment a ON a.plan_id = p.id WHERE a.id = NEW.assignment_id) IS NOT NULL
BEGIN
	SELECT RAISE(ABORT, 'closed year: extension_request cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER `extension_request_closed_delete` BEFORE DELETE ON `extension_request`
WHEN (SELECT p.closed_at FROM plan p JOIN assignment a ON a.plan_id = p.id WHERE a.id = OLD.assignment_id) IS NOT NULL
BEGIN
	SELECT RAISE(ABORT, 'closed year: extension_request cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER `assignment_deadline_closed_insert` BEFORE INSERT ON `assignment_deadline`
WHEN (SELECT p.closed_at FROM plan p JOIN assignment a ON a.plan_id = p.id WHERE a.id = NEW.assignment_id) IS NOT NULL
BEGIN
	SELECT RAISE(ABORT, 'closed year: assignment_deadline cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER `assignment_deadline_closed_update` BEFORE UPDATE ON `assignment_deadline`
WHEN (SELECT p.closed_at FROM plan p JOIN assignment a ON a.plan_id = p.id WHERE a.id = OLD.assignment_id) IS NOT NULL OR (SELECT p.closed_at FROM plan p JOIN assignment a ON a.plan_id = p.id WHERE a.id = NEW.assignment_id) IS NOT NULL
BEGIN
	SELECT RAISE(ABORT, 'closed year: assignment_deadline cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER `assignment_deadline_closed_delete` BEFORE DELETE ON `assignment_deadline`
WHEN (SELECT p.closed_at FROM plan p JOIN assignment a ON a.plan_id = p.id WHERE a.id = OLD.assignment_id) IS NOT NULL
BEGIN
	SELECT RAISE(ABORT, 'closed year: assignment_deadline cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER `assignment_event_closed_insert` BEFORE INSERT ON `assignment_event`
WHEN (SELECT p.closed_at FROM plan p JOIN assignment a ON a.plan_id = p.id WHERE a.id = NEW.assignment_id) IS NOT NULL
BEGIN
	SELECT RAISE(ABORT, 'closed year: assignment_event cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER `assignment_event_closed_update` BEFORE UPDATE ON `assignment_event`
WHEN (SELECT p.closed_at FROM plan p JOIN assignment a ON a.plan_id = p.id WHERE a.id = OLD.assignment_id) IS NOT NULL OR (SELECT p.closed_at FROM plan p JOIN assignment a ON a.plan_id = p.id WHERE a.id = NEW.assignment_id) IS NOT NULL
BEGIN
	SELECT RAISE(ABORT, 'closed year: assignment_event cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER `assignment_event_closed_delete` BEFORE DELETE ON `assignment_event`
WHEN (SELECT p.closed_at FROM plan p JOIN assignment a ON a.plan_id = p.id WHERE a.id = OLD.assignment_id) IS NOT NULL
BEGIN
	SELECT RAISE(ABORT, 'closed year: assignment_event cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER `plan_closed_update` BEFORE UPDATE ON `plan`
WHEN OLD.closed_at IS NOT NULL AND NEW.closed_at IS NOT NULL
BEGIN
	SELECT RAISE(ABORT, 'closed year: plan cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER `plan_closed_delete` BEFORE DELETE ON `plan`
WHEN OLD.closed_at IS NOT NULL
BEGIN
	SELECT RAISE(ABORT, 'closed year: plan cannot change');
END;
--> statement-breakpoint
-- The close and reopen records are history too.
CREATE TRIGGER `plan_closure_no_update` BEFORE UPDATE ON `plan_closure`
BEGIN
	SELECT RAISE(ABORT, 'plan_closure is append-only');
END;
