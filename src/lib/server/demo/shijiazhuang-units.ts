// Shijiazhuang's municipal unit registry as of the 2020 plan (石政办函〔2020〕28号): every unit the
// plan names, the other municipal government departments after the 2019 institutional reform,
// the 22 county-level governments and the three zone committees. Demo data only (the demo seed, tests
// and benchmarks): a deployment starts from the body and units its office enters.
import type { UnitKind } from '../db/schema';

export interface UnitSeed {
	name: string;
	shortName: string;
	kind: UnitKind;
	aliases?: string[];
}

export interface UnitGroupSeed {
	name: string;
	aliases: string[];
	expandsToKind: UnitKind | null;
	description: string;
}

const dept = (name: string, shortName: string, aliases: string[] = []): UnitSeed => ({
	name,
	shortName,
	kind: 'department',
	aliases
});

const county = (place: string): UnitSeed => ({
	name: `${place}人民政府`,
	shortName: `${place}政府`,
	kind: 'county',
	aliases: [place]
});

/** The demo's body: plans write its units 市司法局 for 石家庄市司法局. */
export const SHIJIAZHUANG_BODY = {
	name: '石家庄市',
	issuer: '石家庄市人民政府',
	level: 'city' as const,
	prefixes: ['市']
};

export const SHIJIAZHUANG_UNITS: readonly UnitSeed[] = [
	{
		name: '石家庄市人民政府办公室',
		shortName: '市政府办公室',
		kind: 'office',
		aliases: ['市政府办', '市政务公开办']
	},
	// 市政府工作部门
	dept('石家庄市发展和改革委员会', '市发改委', ['市发展改革委']),
	dept('石家庄市教育局', '市教育局'),
	dept('石家庄市科学技术局', '市科技局'),
	dept('石家庄市工业和信息化局', '市工信局'),
	dept('石家庄市民族宗教事务局', '市民宗局'),
	dept('石家庄市公安局', '市公安局'),
	dept('石家庄市民政局', '市民政局'),
	dept('石家庄市司法局', '市司法局'),
	dept('石家庄市财政局', '市财政局'),
	dept('石家庄市人力资源和社会保障局', '市人社局'),
	dept('石家庄市自然资源和规划局', '市自然资源和规划局', ['市自然资源规划局']),
	dept('石家庄市生态环境局', '市生态环境局'),
	dept('石家庄市住房和城乡建设局', '市住建局'),
	dept('石家庄市城市管理综合行政执法局', '市城管执法局', ['市城管局']),
	dept('石家庄市交通运输局', '市交通运输局'),
	dept('石家庄市水利局', '市水利局'),
	dept('石家庄市农业农村局', '市农业农村局'),
	dept('石家庄市商务局', '市商务局'),
	dept('石家庄市文化广电和旅游局', '市文广旅局'),
	dept('石家庄市卫生健康委员会', '市卫健委'),
	dept('石家庄市退役军人事务局', '市退役军人事务局'),
	dept('石家庄市应急管理局', '市应急管理局', ['市应急局']),
	dept('石家庄市审计局', '市审计局'),
	dept('石家庄市人民政府国有资产监督管理委员会', '市国资委'),
	dept('石家庄市市场监督管理局', '市市场监管局'),
	dept('石家庄市体育局', '市体育局'),
	dept('石家庄市统计局', '市统计局'),
	dept('石家庄市医疗保障局', '市医保局'),
	dept('石家庄市园林局', '市园林局'),
	dept('石家庄市行政审批局', '市行政审批局'),
	dept('石家庄市人民政府外事办公室', '市外事办'),
	dept('石家庄市地方金融监督管理局', '市地方金融监管局', ['市金融办']),
	dept('石家庄市信访局', '市信访局'),
	dept('石家庄市扶贫开发办公室', '市扶贫开发办', ['市扶贫办']),
	dept('石家庄市数据资源管理局', '市数据资源管理局', ['市数据局']),
	dept('石家庄市轨道交通建设办公室', '市轨道办'),
	dept('石家庄市人民防空办公室', '市人防办'),
	dept('石家庄市粮食和物资储备局', '市粮储局'),
	dept('石家庄市机关事务管理局', '市机关事务局'),
	dept('石家庄市住房公积金管理中心', '市公积金中心'),
	// Bodies plans name that are not 市政府部门: vertical administration and party organs.
	{
		name: '国家税务总局石家庄市税务局',
		shortName: '市税务局',
		kind: 'other'
	},
	{
		name: '中共石家庄市委机构编制委员会办公室',
		shortName: '市委编办',
		kind: 'other',
		aliases: ['市编办']
	},
	// 县(市、区): 8 districts, 11 counties, 3 county-level cities.
	...[
		'长安区',
		'桥西区',
		'新华区',
		'裕华区',
		'井陉矿区',
		'藁城区',
		'鹿泉区',
		'栾城区',
		'井陉县',
		'正定县',
		'行唐县',
		'灵寿县',
		'高邑县',
		'深泽县',
		'赞皇县',
		'无极县',
		'平山县',
		'元氏县',
		'赵县',
		'辛集市',
		'晋州市',
		'新乐市'
	].map(county),
	// 开发区、园区
	{
		name: '石家庄高新技术产业开发区管理委员会',
		shortName: '高新区管委会',
		kind: 'zone',
		aliases: ['高新区']
	},
	{
		name: '石家庄循环化工园区管理委员会',
		shortName: '循环化工园区管委会',
		kind: 'zone',
		aliases: ['循环化工园区']
	},
	{
		name: '石家庄综合保税区管理委员会',
		shortName: '综合保税区管委会',
		kind: 'zone',
		aliases: ['综合保税区', '综保区管委会']
	}
];

export const SHIJIAZHUANG_GROUPS: readonly UnitGroupSeed[] = [
	{
		name: '市政府各部门',
		aliases: ['市直各部门', '市政府各部门各单位', '各部门'],
		expandsToKind: 'department',
		description: '全部市政府工作部门'
	},
	{
		name: '各县(市、区)政府',
		aliases: ['各县(市、区)人民政府', '各县市区政府', '各县(市、区)'],
		expandsToKind: 'county',
		description: '全部县(市、区)人民政府'
	},
	{
		name: '各园区管委会',
		aliases: ['各开发区(园区)管委会', '各开发区管委会'],
		expandsToKind: 'zone',
		description: '高新区、循环化工园区、综合保税区管委会'
	},
	{
		name: '市政府有关部门',
		aliases: ['市政府相关部门', '市直有关部门', '有关部门'],
		expandsToKind: null,
		description: '由市政务公开办按任务选定的部门'
	}
];
