// The demo's assessment (考核): the 石家庄 2020 rubric attached to the plan, a few office entries
// (网站检查 scores, a 加分, a 重大扣分) and one issued quarterly bulletin (第三季度), so the ranking,
// breakdowns and bulletin pages show real data. Entries and the bulletin go through the same domain
// calls the office uses.
import { eq } from 'drizzle-orm';
import type { DB } from '../db/client';
import { unit } from '../db/schema';
import { useShippedRubric } from '../assessment/rubrics';
import { addEntry } from '../assessment/entries';
import { issueBulletin } from '../bulletins/issue';
import { demoOfficeActor } from './plan';

const at = (date: string) => Date.parse(`${date}T10:00:00+08:00`);

/** [unit, kind, indicator, value, channel, reason, date] */
const ENTRIES: [string, string, string, string, string, string, string][] = [
	['市司法局', 'score', 'result.website', '92', '', '（演示数据）第三季度网站检查 92 分', '2020-09-25'],
	[
		'市教育局',
		'score',
		'result.website',
		'85',
		'',
		'（演示数据）第三季度网站检查 85 分，政策文件栏目更新不及时',
		'2020-09-25'
	],
	['正定县政府', 'score', 'result.website', '88', 'online', '（演示数据）第三季度网站网上检查 88 分', '2020-09-25'],
	['正定县政府', 'bonus', 'bonus.adopted', '1', '', '（演示数据）政务公开专区建设经验被省政务公开办推广', '2020-09-18'],
	[
		'市教育局',
		'major-deduction',
		'major.criticised',
		'1',
		'',
		'（演示数据）依申请公开答复超期被省政府办公厅通报',
		'2020-09-10'
	]
];

export async function seedDemoAssessment(db: DB, planId: number): Promise<void> {
	const office = demoOfficeActor(db);
	useShippedRubric(db, office, planId, 'shijiazhuang-2020', 0);
	for (const [name, kind, indicator, value, channel, reason, date] of ENTRIES) {
		const u = db.select({ id: unit.id }).from(unit).where(eq(unit.shortName, name)).get();
		if (!u) throw new Error(`演示单位不存在：${name}`);
		addEntry(
			db,
			office,
			planId,
			{ unitId: u.id, kind, indicator, value, channel, reason, happenedOn: date, url: '' },
			null,
			at('2020-09-28')
		);
	}
	await issueBulletin(
		db,
		office,
		planId,
		{
			kind: 'quarterly',
			docNumber: '石政公办〔2020〕15号',
			title: '石家庄市2020年政务公开工作要点落实情况第三季度通报',
			cutOff: '2020-09-30',
			publish: 'scores',
			comment:
				'（演示数据）第三季度，各单位按照年度工作要点推进政务公开工作，总体进展顺利。\n对通报中列出的逾期任务和扣分问题，各单位要逐项分析原因，限期整改到位。',
			issuer: '石家庄市人民政府办公室'
		},
		{ now: at('2020-10-12') }
	);
}
