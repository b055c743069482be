// Any body, not one city: a district's plan (区… units, the 区 prefix, 长安区… full names) and a
// province's plan (省… units, bare 厅 names after a 省 list) map to registries of those bodies as
// completely as the reference plan maps to Shijiazhuang's.
import { describe, expect, it } from 'vitest';
import type { DB } from '../../../src/lib/server/db/client';
import { openDatabase } from '../../../src/lib/server/db/client';
import { writeBody } from '../../../src/lib/server/body';
import { insertGroup, insertUnit } from '../../../src/lib/server/units/registry';
import { SYSTEM_ACTOR } from '../../../src/lib/server/shared/actor';
import type { UnitKind } from '../../../src/lib/server/db/schema';
import { makeUser } from '../../helpers/db';
import { draftFrom, referenceText } from '../../helpers/plans';
import { testDb } from '../../helpers/db';

type Seed = [name: string, shortName: string, kind: UnitKind];

function registry(
	body: { name: string; issuer: string; level: 'county' | 'province'; prefixes: string[] },
	units: Seed[],
	groups: { name: string; expandsToKind: UnitKind | null }[]
): DB {
	const db = openDatabase(':memory:');
	db.transaction((tx) => {
		writeBody(tx, SYSTEM_ACTOR, body, Date.now());
		units.forEach(([name, shortName, kind], i) => insertUnit(tx, { name, shortName, kind, sortOrder: i, aliases: [] }));
		for (const g of groups) insertGroup(tx, { ...g, aliases: [], description: '' });
	});
	return db;
}

/** Every mention of the draft's preview, resolved: what it is and which unit it became. */
async function resolve(db: DB, text: string) {
	const admin = await makeUser(db, 'office', 'admin');
	const d = draftFrom(db, admin, text);
	const byId = new Map(d.preview.units.map((u) => [u.id, u.shortName]));
	const mentions = d.preview.sections.flatMap((s) =>
		s.tasks.flatMap((t) =>
			t.mentions.map(
				(m) =>
					[
						t.code,
						m.raw,
						m.status,
						m.unitId ? byId.get(m.unitId) : m.status === 'group' ? `${m.memberIds?.length} 个` : ''
					] as const
			)
		)
	);
	return { unknown: d.preview.unknown.map((u) => u.raw), mentions };
}

const DISTRICT_PLAN = `长安区人民政府办公室关于印发长安区2021年政务公开工作要点的通知
长政办〔2021〕5号
各街道办事处，区政府各部门：
现将《长安区2021年政务公开工作要点》印发给你们，请认真贯彻落实。
长安区人民政府办公室
2021年4月2日
长安区2021年政务公开工作要点
一、加强重点领域信息公开
（一）推进财政预决算公开。按要求公开部门预算决算和“三公”经费，2021年6月底前完成。（牵头单位：区财政局；责任单位：区政府各部门、各街道办事处）
（二）推进重大建设项目信息公开。公开项目审批、招标投标、施工等信息。（牵头单位：区发改局；责任单位：长安区住房和城乡建设局、区自然资源分局、经济发展局）
（三）推进惠企政策公开。集中公开惠企政策和申报指南。（牵头单位：区经济发展局、区行政审批局；责任单位：区市场监管局、人社局、税务局）
二、夯实政务公开基础
（四）加强政府网站建设。12月底前完成网站改版。（牵头单位：区政府办公室；责任单位：区大数据中心）
`;

const PROVINCE_PLAN = `河北省人民政府办公厅关于印发河北省2021年政务公开工作要点的通知
冀政办字〔2021〕48号
各市（含定州、辛集市）人民政府，雄安新区管委会，省政府各部门：
《河北省2021年政务公开工作要点》已经省政府同意，现印发给你们，请认真贯彻落实。
河北省人民政府办公厅
2021年5月10日
河北省2021年政务公开工作要点
一、围绕推进治理体系现代化加强公开
（一）深化政策解读。（牵头单位：省政府办公厅；责任单位：省政府各部门、各市政府）
（二）推进财政信息公开。（牵头单位：省财政厅；责任单位：教育厅、公安厅、民政厅，雄安新区管委会）
（三）推进教育领域信息公开。（牵头单位：省教育厅；责任单位：河北省人力资源和社会保障厅、卫生健康委）
二、加强公开平台建设
（四）推进政务新媒体规范发展。2021年9月底前完成清理整合。（牵头单位：省政务服务办、省通信管理局；责任单位：各市政府）
`;

describe('a district and a province', () => {
	it('maps every unit of a district plan to the district registry', async () => {
		const db = registry(
			{ name: '长安区', issuer: '石家庄市长安区人民政府', level: 'county', prefixes: ['区'] },
			[
				['长安区人民政府办公室', '区政府办公室', 'office'],
				['长安区财政局', '区财政局', 'department'],
				['长安区发展和改革局', '区发改局', 'department'],
				['长安区住房和城乡建设局', '区住建局', 'department'],
				['石家庄市自然资源和规划局长安分局', '区自然资源分局', 'other'],
				['长安区经济发展局', '区经济发展局', 'department'],
				['长安区行政审批局', '区行政审批局', 'department'],
				['长安区市场监督管理局', '区市场监管局', 'department'],
				['长安区人力资源和社会保障局', '区人社局', 'department'],
				['国家税务总局石家庄市长安区税务局', '区税务局', 'other'],
				['长安区大数据中心', '区大数据中心', 'other'],
				['建北街道办事处', '建北街道', 'county'],
				['青园街道办事处', '青园街道', 'county']
			],
			[
				{ name: '区政府各部门', expandsToKind: 'department' },
				{ name: '各街道办事处', expandsToKind: 'county' }
			]
		);
		const r = await resolve(db, DISTRICT_PLAN);
		expect(r.unknown).toEqual([]);
		expect(r.mentions).toEqual([
			['(一)', '区财政局', 'unit', '区财政局'],
			['(一)', '区政府各部门', 'group', '7 个'],
			['(一)', '各街道办事处', 'group', '2 个'],
			['(二)', '区发改局', 'unit', '区发改局'],
			['(二)', '长安区住房和城乡建设局', 'unit', '区住建局'],
			['(二)', '区自然资源分局', 'unit', '区自然资源分局'],
			['(二)', '区经济发展局', 'unit', '区经济发展局'],
			['(三)', '区经济发展局', 'unit', '区经济发展局'],
			['(三)', '区行政审批局', 'unit', '区行政审批局'],
			['(三)', '区市场监管局', 'unit', '区市场监管局'],
			['(三)', '区人社局', 'unit', '区人社局'],
			['(三)', '区税务局', 'unit', '区税务局'],
			['(四)', '区政府办公室', 'unit', '区政府办公室'],
			['(四)', '区大数据中心', 'unit', '区大数据中心']
		]);
	});

	it('maps every unit of a province plan, bare 厅 names after a 省 list included', async () => {
		const db = registry(
			{ name: '河北省', issuer: '河北省人民政府', level: 'province', prefixes: ['省'] },
			[
				['河北省人民政府办公厅', '省政府办公厅', 'office'],
				['河北省财政厅', '省财政厅', 'department'],
				['河北省教育厅', '省教育厅', 'department'],
				['河北省公安厅', '省公安厅', 'department'],
				['河北省民政厅', '省民政厅', 'department'],
				['河北省人力资源和社会保障厅', '省人社厅', 'department'],
				['河北省卫生健康委员会', '省卫生健康委', 'department'],
				['河北省政务服务管理办公室', '省政务服务办', 'department'],
				['河北省通信管理局', '省通信管理局', 'other'],
				['河北雄安新区管理委员会', '雄安新区管委会', 'zone'],
				['石家庄市人民政府', '石家庄市政府', 'county'],
				['唐山市人民政府', '唐山市政府', 'county']
			],
			[
				{ name: '省政府各部门', expandsToKind: 'department' },
				{ name: '各市政府', expandsToKind: 'county' }
			]
		);
		const r = await resolve(db, PROVINCE_PLAN);
		expect(r.unknown).toEqual([]);
		expect(r.mentions).toEqual([
			['(一)', '省政府办公厅', 'unit', '省政府办公厅'],
			['(一)', '省政府各部门', 'group', '7 个'],
			['(一)', '各市政府', 'group', '2 个'],
			['(二)', '省财政厅', 'unit', '省财政厅'],
			// Bare after 省财政厅: the registry's 省… short names are found through the body's prefix.
			['(二)', '教育厅', 'unit', '省教育厅'],
			['(二)', '公安厅', 'unit', '省公安厅'],
			['(二)', '民政厅', 'unit', '省民政厅'],
			['(二)', '雄安新区管委会', 'unit', '雄安新区管委会'],
			['(三)', '省教育厅', 'unit', '省教育厅'],
			['(三)', '河北省人力资源和社会保障厅', 'unit', '省人社厅'],
			// The parser lends the full place name of the unit before: 河北省卫生健康委 → 省卫生健康委.
			['(三)', '河北省卫生健康委', 'unit', '省卫生健康委'],
			['(四)', '省政务服务办', 'unit', '省政务服务办'],
			['(四)', '省通信管理局', 'unit', '省通信管理局'],
			['(四)', '各市政府', 'group', '2 个']
		]);
	});

	it('the reference plan against Shijiazhuang’s registry, for comparison: nothing unknown either', async () => {
		const db = testDb();
		expect((await resolve(db, referenceText())).unknown).toEqual([]);
	});
});
