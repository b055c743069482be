-- 异议 of a closed year stay as they were too: none filed and none answered once the plan is closed
-- (closing is refused while one waits for an answer, years/close.ts; the domain refuses first).
CREATE TRIGGER `objection_closed_insert` BEFORE INSERT ON `objection`
WHEN (SELECT p.closed_at FROM score_entry e JOIN plan p ON p.id = e.plan_id WHERE e.id = NEW.entry_id) IS NOT NULL
BEGIN
	SELECT RAISE(ABORT, 'closed year: objection cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER `objection_closed_update` BEFORE UPDATE ON `objection`
WHEN (SELECT p.closed_at FROM score_entry e JOIN plan p ON p.id = e.plan_id WHERE e.id = OLD.entry_id) IS NOT NULL
BEGIN
	SELECT RAISE(ABORT, 'closed year: objection cannot change');
END;
