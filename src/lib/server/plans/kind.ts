// The one place that decides which plans are plans of work: a rectification plan (整改事项, one per work
// plan, rectifications/plan.ts) holds each unit's 整改 as an assignment, so units answer it like any
// other work, but it is never listed as a plan, boarded, put in a 台账, opened as a plan or a task, or
// scored. Cross-plan lists (我的任务, the review queue, reminders, lights) include it on purpose.
import { eq } from 'drizzle-orm';
import { plan } from '../db/schema';

export const isWorkPlan = eq(plan.kind, 'work');
