// Demo steps after the registry and accounts. DEMO_PLAN=0 leaves the plan out (to try the import).
import { seedDemoActivity } from './activity';
import { importDemoPlan } from './plan';
import { seedDemoAssessment } from './assessment';
import type { DemoStep } from './seed';

export function demoSteps(options: { plan: boolean }): DemoStep[] {
	return options.plan
		? [
				async (db) => {
					const planId = importDemoPlan(db);
					await seedDemoActivity(db, planId);
					await seedDemoAssessment(db, planId);
				}
			]
		: [];
}
