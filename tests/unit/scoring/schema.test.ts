// docs/rubric.schema.json agrees with the validator: it accepts every shipped rubric and example
// scenario, and refuses what the validator refuses on shape.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { rubricProblems, SHIPPED_RUBRICS } from '../../../src/lib/server/scoring';
import { rubricOf } from './helpers';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const schema = JSON.parse(readFileSync(join(root, 'docs/rubric.schema.json'), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
ajv.addSchema(schema);
const validRubric = ajv.getSchema(schema.$id)!;
const validScenario = ajv.getSchema(`${schema.$id}#/$defs/scenario`)!;
const examples = join(root, 'docs/examples');

describe('docs/rubric.schema.json', () => {
	it('accepts the shipped rubrics', () => {
		for (const rubric of Object.values(SHIPPED_RUBRICS))
			expect(validRubric(rubric), JSON.stringify(validRubric.errors)).toBe(true);
	});

	it('accepts every example scenario, facts included', () => {
		const files = readdirSync(examples).filter((f) => f.endsWith('.json') && !f.endsWith('.expected.json'));
		expect(files.length).toBeGreaterThan(0);
		for (const f of files) {
			const scenario = JSON.parse(readFileSync(join(examples, f), 'utf8'));
			expect(validScenario(scenario), `${f}: ${JSON.stringify(validScenario.errors)}`).toBe(true);
		}
	});

	it('refuses what the validator refuses on shape', () => {
		const broken = [
			{ ...rubricOf([{ id: 'a', name: '甲', max: 10, rules: [{ kind: 'percent' }] }]), version: 2 },
			rubricOf([{ id: 'a', name: '甲', max: 10, rules: [{ kind: 'deduction', per: 'week', points: 1 } as never] }]),
			rubricOf([{ id: 'a', name: '甲', max: 10 }]),
			rubricOf([{ id: 'a', name: '甲', max: 10, rules: [{ kind: 'percent' }], overflw: true } as never]),
			rubricOf([{ id: 'a', name: '甲', max: 10, rules: [{ kind: 'percent' }] }], {
				vetoes: [{ id: 'v', name: '否决', effect: 'score' }]
			}),
			rubricOf(
				[{ id: 'a', name: '甲', max: 10, rules: [{ kind: 'percent' }] }],
				{},
				{ bands: [{ name: '优秀', quota: 1.5 }] }
			)
		];
		for (const r of broken) {
			expect(validRubric(r)).toBe(false);
			expect(rubricProblems(r).length).toBeGreaterThan(0);
		}
	});
});
