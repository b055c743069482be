// Demo steps after the registry and accounts. DEMO_PLAN=0 leaves the plan out (to try the import).
import { seedDemoActivity } from './activity';
import { importDemoPlan } from './plan';
import type { DemoStep } from './seed';

export function demoSteps(options: { plan: boolean }): DemoStep[] {
	return options.plan ? [async (db) => seedDemoActivity(db, importDemoPlan(db))] : [];
}
