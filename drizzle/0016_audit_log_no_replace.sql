-- The audit log is append-only (0001 refuses UPDATE and DELETE), but INSERT OR REPLACE with an
-- existing id deletes and rewrites the row without firing the DELETE trigger (SQLite runs delete
-- triggers on REPLACE only with recursive_triggers on). Refuse an insert onto an existing id.
CREATE TRIGGER `audit_log_no_replace` BEFORE INSERT ON `audit_log`
WHEN EXISTS (SELECT 1 FROM `audit_log` WHERE `id` = NEW.`id`)
BEGIN
	SELECT RAISE(ABORT, 'audit_log is append-only');
END;
