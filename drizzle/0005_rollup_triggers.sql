-- Board roll-ups (assignment_rollup) stay exact: every insert, update and delete of an
-- assignment moves its counts; a task moving between sections rebuilds its plan's rows.
-- plan.data_version changes with anything a board shows, so cached boards know they are stale.
CREATE TRIGGER `assignment_rollup_ai` AFTER INSERT ON `assignment`
BEGIN
	INSERT INTO assignment_rollup (plan_id, section_id, unit_id, total, not_started, in_progress, submitted, accepted, returned, red, yellow, green, grade_points, graded)
	VALUES (NEW.plan_id, (SELECT section_id FROM task WHERE id = NEW.task_id), NEW.unit_id, 1, NEW.status IS 'not_started', NEW.status IS 'in_progress', NEW.status IS 'submitted', NEW.status IS 'accepted', NEW.status IS 'returned', NEW.last_light IS 'red', NEW.last_light IS 'yellow', NEW.last_light IS 'green', CASE NEW.grade WHEN 'excellent' THEN 100 WHEN 'good' THEN 85 WHEN 'fair' THEN 70 WHEN 'poor' THEN 40 ELSE 0 END, NEW.grade IS NOT NULL)
	ON CONFLICT (plan_id, section_id, unit_id) DO UPDATE SET
		total = total + excluded.total, not_started = not_started + excluded.not_started, in_progress = in_progress + excluded.in_progress, submitted = submitted + excluded.submitted, accepted = accepted + excluded.accepted, returned = returned + excluded.returned, red = red + excluded.red, yellow = yellow + excluded.yellow, green = green + excluded.green, grade_points = grade_points + excluded.grade_points, graded = graded + excluded.graded;
	UPDATE plan SET data_version = data_version + 1 WHERE id = NEW.plan_id;
END;
--> statement-breakpoint
CREATE TRIGGER `assignment_rollup_ad` AFTER DELETE ON `assignment`
BEGIN
	UPDATE assignment_rollup SET
		total = total - 1, not_started = not_started - (OLD.status IS 'not_started'), in_progress = in_progress - (OLD.status IS 'in_progress'), submitted = submitted - (OLD.status IS 'submitted'), accepted = accepted - (OLD.status IS 'accepted'), returned = returned - (OLD.status IS 'returned'), red = red - (OLD.last_light IS 'red'), yellow = yellow - (OLD.last_light IS 'yellow'), green = green - (OLD.last_light IS 'green'), grade_points = grade_points - (CASE OLD.grade WHEN 'excellent' THEN 100 WHEN 'good' THEN 85 WHEN 'fair' THEN 70 WHEN 'poor' THEN 40 ELSE 0 END), graded = graded - (OLD.grade IS NOT NULL)
	WHERE plan_id = OLD.plan_id AND section_id = (SELECT section_id FROM task WHERE id = OLD.task_id) AND unit_id = OLD.unit_id;
	UPDATE plan SET data_version = data_version + 1 WHERE id = OLD.plan_id;
END;
--> statement-breakpoint
CREATE TRIGGER `assignment_rollup_au` AFTER UPDATE OF status, last_light, grade, unit_id, task_id, plan_id ON `assignment`
BEGIN
	UPDATE assignment_rollup SET
		total = total - 1, not_started = not_started - (OLD.status IS 'not_started'), in_progress = in_progress - (OLD.status IS 'in_progress'), submitted = submitted - (OLD.status IS 'submitted'), accepted = accepted - (OLD.status IS 'accepted'), returned = returned - (OLD.status IS 'returned'), red = red - (OLD.last_light IS 'red'), yellow = yellow - (OLD.last_light IS 'yellow'), green = green - (OLD.last_light IS 'green'), grade_points = grade_points - (CASE OLD.grade WHEN 'excellent' THEN 100 WHEN 'good' THEN 85 WHEN 'fair' THEN 70 WHEN 'poor' THEN 40 ELSE 0 END), graded = graded - (OLD.grade IS NOT NULL)
	WHERE plan_id = OLD.plan_id AND section_id = (SELECT section_id FROM task WHERE id = OLD.task_id) AND unit_id = OLD.unit_id;
	INSERT INTO assignment_rollup (plan_id, section_id, unit_id, total, not_started, in_progress, submitted, accepted, returned, red, yellow, green, grade_points, graded)
	VALUES (NEW.plan_id, (SELECT section_id FROM task WHERE id = NEW.task_id), NEW.unit_id, 1, NEW.status IS 'not_started', NEW.status IS 'in_progress', NEW.status IS 'submitted', NEW.status IS 'accepted', NEW.status IS 'returned', NEW.last_light IS 'red', NEW.last_light IS 'yellow', NEW.last_light IS 'green', CASE NEW.grade WHEN 'excellent' THEN 100 WHEN 'good' THEN 85 WHEN 'fair' THEN 70 WHEN 'poor' THEN 40 ELSE 0 END, NEW.grade IS NOT NULL)
	ON CONFLICT (plan_id, section_id, unit_id) DO UPDATE SET
		total = total + excluded.total, not_started = not_started + excluded.not_started, in_progress = in_progress + excluded.in_progress, submitted = submitted + excluded.submitted, accepted = accepted + excluded.accepted, returned = returned + excluded.returned, red = red + excluded.red, yellow = yellow + excluded.yellow, green = green + excluded.green, grade_points = grade_points + excluded.grade_points, graded = graded + excluded.graded;
END;
--> statement-breakpoint
CREATE TRIGGER `assignment_version_au` AFTER UPDATE ON `assignment`
BEGIN
	UPDATE plan SET data_version = data_version + 1 WHERE id = NEW.plan_id;
END;
--> statement-breakpoint
CREATE TRIGGER `task_section_au` AFTER UPDATE OF section_id ON `task` WHEN OLD.section_id IS NOT NEW.section_id
BEGIN
	DELETE FROM assignment_rollup WHERE plan_id = NEW.plan_id;
	INSERT INTO assignment_rollup (plan_id, section_id, unit_id, total, not_started, in_progress, submitted, accepted, returned, red, yellow, green, grade_points, graded)
	SELECT a.plan_id, t.section_id, a.unit_id, count(*), sum(a.status IS 'not_started'), sum(a.status IS 'in_progress'), sum(a.status IS 'submitted'), sum(a.status IS 'accepted'), sum(a.status IS 'returned'), sum(a.last_light IS 'red'), sum(a.last_light IS 'yellow'), sum(a.last_light IS 'green'), sum(CASE a.grade WHEN 'excellent' THEN 100 WHEN 'good' THEN 85 WHEN 'fair' THEN 70 WHEN 'poor' THEN 40 ELSE 0 END), sum(a.grade IS NOT NULL)
	FROM assignment a JOIN task t ON t.id = a.task_id
	WHERE a.plan_id = NEW.plan_id
	GROUP BY a.plan_id, t.section_id, a.unit_id;
END;
--> statement-breakpoint
CREATE TRIGGER `task_version_au` AFTER UPDATE ON `task`
BEGIN
	UPDATE plan SET data_version = data_version + 1 WHERE id = NEW.plan_id;
END;
--> statement-breakpoint
CREATE TRIGGER `milestone_version_ai` AFTER INSERT ON `milestone`
BEGIN
	UPDATE plan SET data_version = data_version + 1 WHERE id = (SELECT plan_id FROM task WHERE id = NEW.task_id);
END;
--> statement-breakpoint
CREATE TRIGGER `milestone_version_ad` AFTER DELETE ON `milestone`
BEGIN
	UPDATE plan SET data_version = data_version + 1 WHERE id = (SELECT plan_id FROM task WHERE id = OLD.task_id);
END;
--> statement-breakpoint
CREATE TRIGGER `milestone_version_au` AFTER UPDATE ON `milestone`
BEGIN
	UPDATE plan SET data_version = data_version + 1 WHERE id = (SELECT plan_id FROM task WHERE id = NEW.task_id);
END;

--> statement-breakpoint
-- Roll-ups for assignments that existed before this migration.
INSERT INTO assignment_rollup (plan_id, section_id, unit_id, total, not_started, in_progress, submitted, accepted, returned, red, yellow, green, grade_points, graded)
SELECT a.plan_id, t.section_id, a.unit_id, count(*), sum(a.status IS 'not_started'), sum(a.status IS 'in_progress'), sum(a.status IS 'submitted'), sum(a.status IS 'accepted'), sum(a.status IS 'returned'), sum(a.last_light IS 'red'), sum(a.last_light IS 'yellow'), sum(a.last_light IS 'green'), sum(CASE a.grade WHEN 'excellent' THEN 100 WHEN 'good' THEN 85 WHEN 'fair' THEN 70 WHEN 'poor' THEN 40 ELSE 0 END), sum(a.grade IS NOT NULL)
FROM assignment a JOIN task t ON t.id = a.task_id
GROUP BY a.plan_id, t.section_id, a.unit_id;
