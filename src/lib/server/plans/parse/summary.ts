// The compact shape the CLI prints and reviewers compare with the hand-checked fixture
// (../shared/fixtures/shijiazhuang-2020.expected.json): no bodies or notes, plus groups and counts.

import type { ParsedMilestone, ParsedPlan, ParsedPlanMeta, ParseWarning } from './types';
import { describeGroup } from './groups';

export interface PlanSummary {
	plan: ParsedPlanMeta;
	groups: Record<string, string>;
	sections: {
		code: string;
		title: string;
		items: {
			code: string;
			title: string;
			lead_units: string[];
			responsible_units: string[];
			open_list: boolean;
			deadlines: ParsedMilestone[];
		}[];
	}[];
	counts: { sections: number; items: number; items_without_units: number; items_with_lead_units: number };
	warnings: ParseWarning[];
}

export function summarisePlan(parsed: ParsedPlan): PlanSummary {
	const groups: Record<string, string> = {};
	const counts = { sections: parsed.sections.length, items: 0, items_without_units: 0, items_with_lead_units: 0 };
	const sections = parsed.sections.map((s) => ({
		code: s.code,
		title: s.title,
		items: s.items.map((t) => {
			counts.items++;
			if (t.lead_units.length === 0 && t.responsible_units.length === 0) counts.items_without_units++;
			if (t.lead_units.length > 0) counts.items_with_lead_units++;
			for (const name of [...t.lead_units, ...t.responsible_units]) {
				const gloss = describeGroup(name);
				if (gloss) groups[name] = gloss;
			}
			return {
				code: t.code,
				title: t.title,
				lead_units: t.lead_units,
				responsible_units: t.responsible_units,
				open_list: t.open_list,
				deadlines: t.deadlines
			};
		})
	}));
	return { plan: parsed.plan, groups, sections, counts, warnings: parsed.warnings };
}
