-- The roll-up triggers of 0005 name the grade_points and graded columns, which SQLite will not drop
-- while a trigger refers to them. They go here and come back without the grade points in 0013:
-- scores are the engine's (src/lib/server/scoring), never the roll-ups'.
DROP TRIGGER IF EXISTS `assignment_rollup_ai`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `assignment_rollup_ad`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `assignment_rollup_au`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `task_section_au`;
