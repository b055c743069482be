-- Board roll-ups as in 0005, without grade points: completion and lights only. Scores come from the
-- engine (src/lib/server/scoring) and the plan's rubric, never from a trigger.
CREATE TRIGGER `assignment_rollup_ai` AFTER INSERT ON `assignment`
BEGIN
	INSERT INTO assignment_rollup (plan_id, section_id, unit_id, total, not_started, in_progress, submitted, accepted, returned, red, yellow, green)
	VALUES (NEW.plan_id, (SELECT section_id FROM task WHERE id = NEW.task_id), NEW.unit_id, 1, NEW.status IS 'not_started', NEW.status IS 'in_progress', NEW.status IS 'submitted', NEW.status IS 'accepted', NEW.status IS 'returned', NEW.last_light IS 'red', NEW.last_light IS 'yellow', NEW.last_light IS 'green')
	ON CONFLICT (plan_id, section_id, unit_id) DO UPDATE SET
		total = total + excluded.total, not_started = not_started + excluded.not_started, in_progress = in_progress + excluded.in_progress, submitted = submitted + excluded.submitted, accepted = accepted + excluded.accepted, returned = returned + excluded.returned, red = red + excluded.red, yellow = yellow + excluded.yellow, green = green + excluded.green;
	UPDATE plan SET data_version = data_version + 1 WHERE id = NEW.plan_id;
END;
--> statement-breakpoint
CREATE TRIGGER `assignment_rollup_ad` AFTER DELETE ON `assignment`
BEGIN
	UPDATE assignment_rollup SET
		total = total - 1, not_started = not_started - (OLD.status IS 'not_started'), in_progress = in_progress - (OLD.status IS 'in_progress'), submitted = submitted - (OLD.status IS 'submitted'), accepted = accepted - (OLD.status IS 'accepted'), returned = returned - (OLD.status IS 'returned'), red = red - (OLD.last_light IS 'red'), yellow = yellow - (OLD.last_light IS 'yellow'), green = green - (OLD.last_light IS 'green')
	WHERE plan_id = OLD.plan_id AND section_id = (SELECT section_id FROM task WHERE id = OLD.task_id) AND unit_id = OLD.unit_id;
	UPDATE plan SET data_version = data_version + 1 WHERE id = OLD.plan_id;
END;
--> statement-breakpoint
CREATE TRIGGER `assignment_rollup_au` AFTER UPDATE OF status, last_light, unit_id, task_id, plan_id ON `assignment`
BEGIN
	UPDATE assignment_rollup SET
		total = total - 1, not_started = not_started - (OLD.status IS 'not_started'), in_progress = in_progress - (OLD.status IS 'in_progress'), submitted = submitted - (OLD.status IS 'submitted'), accepted = accepted - (OLD.status IS 'accepted'), returned = returned - (OLD.status IS 'returned'), red = red - (OLD.last_light IS 'red'), yellow = yellow - (OLD.last_light IS 'yellow'), green = green - (OLD.last_light IS 'green')
	WHERE plan_id = OLD.plan_id AND section_id = (SELECT section_id FROM task WHERE id = OLD.task_id) AND unit_id = OLD.unit_id;
	INSERT INTO assignment_rollup (plan_id, section_id, unit_id, total, not_started, in_progress, submitted, accepted, returned, red, yellow, green)
	VALUES (NEW.plan_id, (SELECT section_id FROM task WHERE id = NEW.task_id), NEW.unit_id, 1, NEW.status IS 'not_started', NEW.status IS 'in_progress', NEW.status IS 'submitted', NEW.status IS 'accepted', NEW.status IS 'returned', NEW.last_light IS 'red', NEW.last_light IS 'yellow', NEW.last_light IS 'green')
	ON CONFLICT (plan_id, section_id, unit_id) DO UPDATE SET
		total = total + excluded.total, not_started = not_started + excluded.not_started, in_progress = in_progress + excluded.in_progress, submitted = submitted + excluded.submitted, accepted = accepted + excluded.accepted, returned = returned + excluded.returned, red = red + excluded.red, yellow = yellow + excluded.yellow, green = green + excluded.green;
END;
--> statement-breakpoint
CREATE TRIGGER `task_section_au` AFTER UPDATE OF section_id ON `task` WHEN OLD.section_id IS NOT NEW.section_id
BEGIN
	DELETE FROM assignment_rollup WHERE plan_id = NEW.plan_id;
	INSERT INTO assignment_rollup (plan_id, section_id, unit_id, total, not_started, in_progress, submitted, accepted, returned, red, yellow, green)
	SELECT a.plan_id, t.section_id, a.unit_id, count(*), sum(a.status IS 'not_started'), sum(a.status IS 'in_progress'), sum(a.status IS 'submitted'), sum(a.status IS 'accepted'), sum(a.status IS 'returned'), sum(a.last_light IS 'red'), sum(a.last_light IS 'yellow'), sum(a.last_light IS 'green')
	FROM assignment a JOIN task t ON t.id = a.task_id
	WHERE a.plan_id = NEW.plan_id
	GROUP BY a.plan_id, t.section_id, a.unit_id;
END;
--> statement-breakpoint
-- Live scores are cached by the plan's data_version: anything the engine reads bumps it too.
CREATE TRIGGER `deadline_change_version_ai` AFTER INSERT ON `deadline_change`
BEGIN
	UPDATE plan SET data_version = data_version + 1 WHERE id = (SELECT plan_id FROM task WHERE id = NEW.task_id);
END;
--> statement-breakpoint
CREATE TRIGGER `score_entry_version_ai` AFTER INSERT ON `score_entry`
BEGIN
	UPDATE plan SET data_version = data_version + 1 WHERE id = NEW.plan_id;
END;
--> statement-breakpoint
CREATE TRIGGER `score_entry_version_au` AFTER UPDATE ON `score_entry`
BEGIN
	UPDATE plan SET data_version = data_version + 1 WHERE id = NEW.plan_id;
END;
--> statement-breakpoint
CREATE TRIGGER `rubric_version_ai` AFTER INSERT ON `rubric`
BEGIN
	UPDATE plan SET data_version = data_version + 1 WHERE id = NEW.plan_id;
END;
--> statement-breakpoint
CREATE TRIGGER `assessment_class_version_ai` AFTER INSERT ON `assessment_class`
BEGIN
	UPDATE plan SET data_version = data_version + 1 WHERE id = NEW.plan_id;
END;
--> statement-breakpoint
CREATE TRIGGER `assessment_class_version_au` AFTER UPDATE ON `assessment_class`
BEGIN
	UPDATE plan SET data_version = data_version + 1 WHERE id = NEW.plan_id;
END;
--> statement-breakpoint
CREATE TRIGGER `assessment_class_version_ad` AFTER DELETE ON `assessment_class`
BEGIN
	UPDATE plan SET data_version = data_version + 1 WHERE id = OLD.plan_id;
END;
--> statement-breakpoint
-- Rubric versions are kept as saved: a bulletin names the one it was scored with.
CREATE TRIGGER `rubric_no_update` BEFORE UPDATE ON `rubric`
BEGIN
	SELECT RAISE(ABORT, 'rubric versions are kept as saved');
END;
--> statement-breakpoint
CREATE TRIGGER `rubric_no_delete` BEFORE DELETE ON `rubric`
BEGIN
	SELECT RAISE(ABORT, 'rubric versions are kept as saved');
END;
--> statement-breakpoint
-- Score entries are revoked, never deleted or rewritten; only a unit merge moves one to the surviving unit.
CREATE TRIGGER `score_entry_no_delete` BEFORE DELETE ON `score_entry`
BEGIN
	SELECT RAISE(ABORT, 'score entries are revoked, not deleted');
END;
--> statement-breakpoint
CREATE TRIGGER `score_entry_revoke_only` BEFORE UPDATE ON `score_entry`
WHEN NEW.plan_id IS NOT OLD.plan_id OR NEW.kind IS NOT OLD.kind OR NEW.indicator IS NOT OLD.indicator
	OR NEW.amount IS NOT OLD.amount OR NEW.level IS NOT OLD.level OR NEW.channel IS NOT OLD.channel
	OR NEW.reason IS NOT OLD.reason OR NEW.happened_on IS NOT OLD.happened_on
	OR NEW.evidence_kind IS NOT OLD.evidence_kind OR NEW.url IS NOT OLD.url OR NEW.file_hash IS NOT OLD.file_hash
	OR NEW.file_name IS NOT OLD.file_name OR NEW.mime_type IS NOT OLD.mime_type OR NEW.size IS NOT OLD.size
	OR NEW.created_by IS NOT OLD.created_by OR NEW.created_at IS NOT OLD.created_at
	OR (OLD.revoked_at IS NOT NULL AND (NEW.revoked_at IS NOT OLD.revoked_at OR NEW.revoked_by IS NOT OLD.revoked_by OR NEW.revoke_reason IS NOT OLD.revoke_reason))
BEGIN
	SELECT RAISE(ABORT, 'score entries are revoked, not rewritten');
END;
--> statement-breakpoint
-- An objection and its answer stay as written: the answer is given once.
CREATE TRIGGER `objection_no_delete` BEFORE DELETE ON `objection`
BEGIN
	SELECT RAISE(ABORT, 'objections are kept');
END;
--> statement-breakpoint
CREATE TRIGGER `objection_answer_once` BEFORE UPDATE ON `objection`
WHEN NEW.entry_id IS NOT OLD.entry_id OR NEW.reason IS NOT OLD.reason OR NEW.created_by IS NOT OLD.created_by
	OR NEW.created_at IS NOT OLD.created_at
	OR (OLD.answer IS NOT NULL AND (NEW.answer IS NOT OLD.answer OR NEW.answered_by IS NOT OLD.answered_by OR NEW.answered_at IS NOT OLD.answered_at))
BEGIN
	SELECT RAISE(ABORT, 'objections are kept as written');
END;
--> statement-breakpoint
-- A rectification is a record: only a unit merge moves it.
CREATE TRIGGER `rectification_no_delete` BEFORE DELETE ON `rectification`
BEGIN
	SELECT RAISE(ABORT, 'rectifications are kept');
END;
--> statement-breakpoint
CREATE TRIGGER `rectification_unit_only` BEFORE UPDATE ON `rectification`
WHEN NEW.plan_id IS NOT OLD.plan_id OR NEW.assignment_id IS NOT OLD.assignment_id OR NEW.entry_id IS NOT OLD.entry_id
	OR NEW.bulletin_id IS NOT OLD.bulletin_id OR NEW.bulletin_line_id IS NOT OLD.bulletin_line_id
	OR NEW.bulletin_item_id IS NOT OLD.bulletin_item_id OR NEW.problem IS NOT OLD.problem
	OR NEW.requirement IS NOT OLD.requirement OR NEW.due_on IS NOT OLD.due_on OR NEW.opened_by IS NOT OLD.opened_by
	OR NEW.opened_at IS NOT OLD.opened_at
BEGIN
	SELECT RAISE(ABORT, 'rectifications are kept as opened');
END;
--> statement-breakpoint
-- An issued bulletin is frozen: neither it nor any of its rows can change, be added to or be removed.
-- A bulletin still being written (status 'writing') may be completed or, if abandoned, removed.
CREATE TRIGGER `bulletin_frozen_update` BEFORE UPDATE ON `bulletin` WHEN OLD.status = 'issued'
BEGIN
	SELECT RAISE(ABORT, 'an issued bulletin is frozen');
END;
--> statement-breakpoint
CREATE TRIGGER `bulletin_frozen_delete` BEFORE DELETE ON `bulletin` WHEN OLD.status = 'issued'
BEGIN
	SELECT RAISE(ABORT, 'an issued bulletin is frozen');
END;
--> statement-breakpoint
CREATE TRIGGER `bulletin_unit_frozen_insert` BEFORE INSERT ON `bulletin_unit`
WHEN (SELECT status FROM bulletin WHERE id = NEW.bulletin_id) IS NOT 'writing'
BEGIN
	SELECT RAISE(ABORT, 'an issued bulletin is frozen');
END;
--> statement-breakpoint
CREATE TRIGGER `bulletin_unit_frozen_update` BEFORE UPDATE ON `bulletin_unit`
BEGIN
	SELECT RAISE(ABORT, 'bulletin rows are frozen');
END;
--> statement-breakpoint
CREATE TRIGGER `bulletin_unit_frozen_delete` BEFORE DELETE ON `bulletin_unit`
WHEN (SELECT status FROM bulletin WHERE id = OLD.bulletin_id) IS NOT 'writing'
BEGIN
	SELECT RAISE(ABORT, 'an issued bulletin is frozen');
END;
--> statement-breakpoint
CREATE TRIGGER `bulletin_line_frozen_insert` BEFORE INSERT ON `bulletin_line`
WHEN (SELECT status FROM bulletin WHERE id = NEW.bulletin_id) IS NOT 'writing'
BEGIN
	SELECT RAISE(ABORT, 'an issued bulletin is frozen');
END;
--> statement-breakpoint
CREATE TRIGGER `bulletin_line_frozen_update` BEFORE UPDATE ON `bulletin_line`
BEGIN
	SELECT RAISE(ABORT, 'bulletin rows are frozen');
END;
--> statement-breakpoint
CREATE TRIGGER `bulletin_line_frozen_delete` BEFORE DELETE ON `bulletin_line`
WHEN (SELECT status FROM bulletin WHERE id = OLD.bulletin_id) IS NOT 'writing'
BEGIN
	SELECT RAISE(ABORT, 'an issued bulletin is frozen');
END;
--> statement-breakpoint
CREATE TRIGGER `bulletin_item_frozen_insert` BEFORE INSERT ON `bulletin_item`
WHEN (SELECT status FROM bulletin WHERE id = NEW.bulletin_id) IS NOT 'writing'
BEGIN
	SELECT RAISE(ABORT, 'an issued bulletin is frozen');
END;
--> statement-breakpoint
CREATE TRIGGER `bulletin_item_frozen_update` BEFORE UPDATE ON `bulletin_item`
BEGIN
	SELECT RAISE(ABORT, 'bulletin rows are frozen');
END;
--> statement-breakpoint
CREATE TRIGGER `bulletin_item_frozen_delete` BEFORE DELETE ON `bulletin_item`
WHEN (SELECT status FROM bulletin WHERE id = OLD.bulletin_id) IS NOT 'writing'
BEGIN
	SELECT RAISE(ABORT, 'an issued bulletin is frozen');
END;
