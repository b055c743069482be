// Real statistics from two pre-2019 reports in ../shared/seeds (committed copies in
// tests/fixtures/reports/seeds/), entered in the nearest categories of the national format.
// Those reports use older categories (已主动公开, 不属于本机关公开, 告知…), so each figure is
// mapped, not forced: the comments say where every number comes from and why it goes where it does.
// Nothing here is invented; where a report gives no figure the cell stays blank (null).

import type { FormatId } from '../../../src/lib/annual-report/format';
import type { CellValue, Statistics } from '../../../src/lib/annual-report/types';
import { emptyStatistics } from '../../../src/lib/annual-report/values';

/**
 * Neither report breaks applications down by applicant (自然人, 商业企业, …). Every count goes under
 * 自然人 and into 总计; the five 法人或其他组织 columns are 0. H3 then holds by construction, and
 * H1/H2 are tested on the real figures in two columns.
 */
function applicants(cells: Record<string, CellValue>, row: string, n: number): void {
	cells[`t3.${row}.natural`] = n;
	for (const c of ['business', 'research', 'charity', 'legal', 'otherOrg']) cells[`t3.${row}.${c}`] = 0;
	cells[`t3.${row}.total`] = n;
}

function group4(cells: Record<string, CellValue>, g: string, v: [number, number, number, number]): void {
	['upheld', 'corrected', 'other', 'pending'].forEach((c, i) => (cells[`t4.${g}.${c}`] = v[i]));
	cells[`t4.${g}.total`] = v[0] + v[1] + v[2] + v[3];
}

/**
 * 河北省2016年政府信息公开工作年度报告 (seed 004), 四、依申请公开政府信息和不予公开政府信息情况 and
 * 六、申请行政复议和提起行政诉讼情况.
 */
export function hebei2016(format: FormatId = '2021'): Statistics {
	const stats = emptyStatistics(format);
	const c = stats.cells as Record<string, CellValue>;
	// 表三, 申请 and 办理结果 («共收到信息公开申请5230件 … 申请办结5161件»)
	applicants(c, 'received', 5230);
	// The report states no carry-over from 2015; 0 is the value its own numbers imply (see carriedOut).
	applicants(c, 'carriedIn', 0);
	// 已主动公开的859件 (条例 第三十六条第（一）项: told where it is published) + 同意公开的2520件.
	applicants(c, 'granted', 859 + 2520);
	applicants(c, 'partial', 304); // 同意部分公开的304件
	// 不予公开的214件, broken down in «不同意公开答复中…»: 16 + 30 + 12 + 3 + 114 + 39 = 214.
	const denied: Record<string, number> = {
		stateSecret: 16, // 涉及国家秘密的16件
		otherLaw: 39, // 法律法规规定的其他情形的39件
		safety: 3, // 危及国家安全、公共安全、经济安全和社会稳定的3件
		thirdParty: 30 + 12, // 涉及商业秘密的30件 + 涉及个人隐私的12件: the third party's rights (第十五条)
		// 不是条例所指政府信息的114件: what the 2019 条例 (第十六条) calls 内部事务信息; kept inside
		// 不予公开 so that the report's own subtotal of 214 stays whole.
		internal: 114,
		process: 0,
		enforcement: 0,
		inquiry: 0
	};
	for (const [k, n] of Object.entries(denied)) applicants(c, `denied.${k}`, n);
	// 不属于本行政机关公开的437件 (第三十六条第（五）项) + 申请信息不存在的459件 (第三十六条第（四）项):
	// the format counts both as 本机关不掌握相关政府信息.
	applicants(c, 'unable.notHeld', 437 + 459);
	applicants(c, 'unable.mustCreate', 0);
	applicants(c, 'unable.unclear', 127); // 告知做出补充更改的127件: asked to correct the application
	for (const k of ['complaint', 'repeat', 'publication', 'excessive', 'confirm']) applicants(c, `refused.${k}`, 0);
	// 告知通过其他途径办理的241件: no category is nearer than (六)其他处理.
	if (format === '2021') {
		applicants(c, 'other.noCorrection', 0);
		applicants(c, 'other.unpaidFee', 0);
		applicants(c, 'other.misc', 241);
	} else applicants(c, 'other', 241);
	applicants(c, 'total', 5161); // 申请办结5161件
	applicants(c, 'carriedOut', 5230 + 0 - 5161); // received + carried in − concluded = 69 still open
	// 表四. «行政复议466件 … 维持具体行政行为285件，被依法纠错81件，其他情形105件»; «行政诉讼366件 …
	// 维持具体行政行为或驳回原告诉讼请求215件，被依法纠错51件，其他情形106件». The printed totals are
	// smaller than their parts (285 + 81 + 105 = 471, 215 + 51 + 106 = 372), so 总计 here is the sum
	// of the parts; PUBLISHED_TOTALS below keeps the printed ones, which H5 rejects. 尚未审结 did not
	// exist in 2016 (0); the report does not say which suits followed a 复议, so all are 直接起诉.
	group4(c, 'review', [285, 81, 105, 0]);
	group4(c, 'direct', [215, 51, 106, 0]);
	group4(c, 'afterReview', [0, 0, 0, 0]);
	// 表二: the 2016 report counts what was published (主动公开规范性文件24352条), not what was
	// issued, decided or collected, so every 2021-format cell of 表二 stays blank.
	if (format === '2019') c['t2.normative.published'] = 24352; // 本年新公开数量
	return stats;
}

/** The 复议 and 诉讼 totals as printed in the Hebei 2016 report. */
export const HEBEI_PUBLISHED_TOTALS = { 't4.review.total': 466, 't4.direct.total': 366 } as const;

/** 廊坊市2014年政府信息公开工作进展情况“成绩单” (seed 001), (二)依申请公开情况 and (三)行政复议和行政诉讼情况. */
export function langfang2014(format: FormatId = '2021'): Statistics {
	const stats = emptyStatistics(format);
	const c = stats.cells as Record<string, CellValue>;
	// «全市共受理政府信息公开申请69件，答复69件，同意公开39件，部分公开6件，不予公开1件，申请内容不明确件数1件，
	// 信息不存在数7件，告知15件»: 39 + 6 + 1 + 1 + 7 + 15 = 69.
	applicants(c, 'received', 69);
	applicants(c, 'carriedIn', 0); // not stated; all 69 received were answered within the year
	applicants(c, 'granted', 39);
	applicants(c, 'partial', 6);
	// 不予公开1件 with no reason given: 2.其他法律行政法规禁止公开 is the catch-all of (三).
	for (const k of ['stateSecret', 'safety', 'thirdParty', 'internal', 'process', 'enforcement', 'inquiry'])
		applicants(c, `denied.${k}`, 0);
	applicants(c, 'denied.otherLaw', 1);
	applicants(c, 'unable.notHeld', 7); // 信息不存在数7件
	applicants(c, 'unable.mustCreate', 0);
	applicants(c, 'unable.unclear', 1); // 申请内容不明确件数1件
	for (const k of ['complaint', 'repeat', 'publication', 'excessive', 'confirm']) applicants(c, `refused.${k}`, 0);
	// 告知15件 (told to apply elsewhere or how to obtain it): (六)其他处理.
	if (format === '2021') {
		applicants(c, 'other.noCorrection', 0);
		applicants(c, 'other.unpaidFee', 0);
		applicants(c, 'other.misc', 15);
	} else applicants(c, 'other', 15);
	applicants(c, 'total', 69); // 答复69件
	applicants(c, 'carriedOut', 69 + 0 - 69);
	// «行政复议8件，维持4件，责令履行4件» (责令履行: the 复议机关 corrected the agency); «行政诉讼5件，
	// 3件驳回诉求，2件正在审理中» (驳回 counts as 结果维持, 审理中 as 尚未审结; all 直接起诉).
	group4(c, 'review', [4, 4, 0, 0]);
	group4(c, 'direct', [3, 0, 0, 2]);
	group4(c, 'afterReview', [0, 0, 0, 0]);
	// 表二: «发布规范性政府信息345条» is what the trial format's 本年新公开数量 counts; nothing else is given.
	if (format === '2019') c['t2.normative.published'] = 345;
	return stats;
}
