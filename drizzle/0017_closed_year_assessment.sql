-- A closed year's 考核 (关闭年度) never changes either, as 0012 does for its work: no entry added or
-- revoked, no rubric version saved, no class chosen, no rectification opened and no bulletin issued
-- for a closed plan, whatever code attempts it; the domain refuses first with a Chinese message
-- (years/guard.ts). Reopening (by the office, with a reason, audited) lifts these refusals.
CREATE TRIGGER `score_entry_closed_insert` BEFORE INSERT ON `score_entry`
WHEN (SELECT closed_at FROM plan WHERE id = NEW.plan_id) IS NOT NULL
BEGIN
	SELECT RAISE(ABORT, 'closed year: score_entry cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER `score_entry_closed_update` BEFORE UPDATE ON `score_entry`
WHEN (SELECT closed_at FROM plan WHERE id = OLD.plan_id) IS NOT NULL OR (SELECT closed_at FROM plan WHERE id = NEW.plan_id) IS NOT NULL
BEGIN
	SELECT RAISE(ABORT, 'closed year: score_entry cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER `rubric_closed_insert` BEFORE INSERT ON `rubric`
WHEN (SELECT closed_at FROM plan WHERE id = NEW.plan_id) IS NOT NULL
BEGIN
	SELECT RAISE(ABORT, 'closed year: rubric cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER `assessment_class_closed_insert` BEFORE INSERT ON `assessment_class`
WHEN (SELECT closed_at FROM plan WHERE id = NEW.plan_id) IS NOT NULL
BEGIN
	SELECT RAISE(ABORT, 'closed year: assessment_class cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER `assessment_class_closed_update` BEFORE UPDATE ON `assessment_class`
WHEN (SELECT closed_at FROM plan WHERE id = OLD.plan_id) IS NOT NULL OR (SELECT closed_at FROM plan WHERE id = NEW.plan_id) IS NOT NULL
BEGIN
	SELECT RAISE(ABORT, 'closed year: assessment_class cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER `assessment_class_closed_delete` BEFORE DELETE ON `assessment_class`
WHEN (SELECT closed_at FROM plan WHERE id = OLD.plan_id) IS NOT NULL
BEGIN
	SELECT RAISE(ABORT, 'closed year: assessment_class cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER `rectification_closed_insert` BEFORE INSERT ON `rectification`
WHEN (SELECT closed_at FROM plan WHERE id = NEW.plan_id) IS NOT NULL
BEGIN
	SELECT RAISE(ABORT, 'closed year: rectification cannot change');
END;
--> statement-breakpoint
-- A bulletin can neither be started nor issued for a closed plan; one still 'writing' when the year
-- closed is removed by its issuer (bulletins/issue.ts discard), which stays allowed.
CREATE TRIGGER `bulletin_closed_insert` BEFORE INSERT ON `bulletin`
WHEN (SELECT closed_at FROM plan WHERE id = NEW.plan_id) IS NOT NULL
BEGIN
	SELECT RAISE(ABORT, 'closed year: bulletin cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER `bulletin_closed_issue` BEFORE UPDATE ON `bulletin`
WHEN NEW.status = 'issued' AND ((SELECT closed_at FROM plan WHERE id = OLD.plan_id) IS NOT NULL OR (SELECT closed_at FROM plan WHERE id = NEW.plan_id) IS NOT NULL)
BEGIN
	SELECT RAISE(ABORT, 'closed year: bulletin cannot change');
END;
