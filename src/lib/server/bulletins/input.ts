// What the office fills in to issue a 通报: kind, 文号, title, cut-off date, what to publish, its comment.
// Pure checks with the Chinese messages the form shows, and the defaults it starts from.
import { BULLETIN_KINDS, PUBLISH_MODES, type BulletinKind, type PublishMode } from '../db/schema';
import { DomainError } from '../shared/errors';
import { isIsoDate } from '../shared/time';
import { BULLETIN_KIND_LABEL } from '../../labels';

export interface BulletinInput {
	kind: string;
	docNumber: string;
	title: string;
	cutOff: string;
	publish: string;
	comment: string;
	/** 发文机关, as the bulletin is signed (落款). */
	issuer: string;
}

export interface CleanBulletin {
	kind: BulletinKind;
	docNumber: string;
	title: string;
	cutOff: string;
	publish: PublishMode;
	comment: string;
	issuer: string;
}

export const MAX_COMMENT = 5000;

export function validateBulletin(
	input: BulletinInput,
	bounds: { today: string; planYear: number; lastCutOff: string | null }
): CleanBulletin {
	const errors: Record<string, string> = {};
	const kind = input.kind as BulletinKind;
	if (!BULLETIN_KINDS.includes(kind)) errors.kind = '请选择通报类型';
	const docNumber = input.docNumber.trim();
	if (!docNumber) errors.docNumber = '请填写文号，如 石政公办〔2020〕3号';
	else if (docNumber.length > 60) errors.docNumber = '文号不能超过 60 字';
	const title = input.title.trim();
	if (!title) errors.title = '请填写通报标题';
	else if (title.length > 120) errors.title = '标题不能超过 120 字';
	const cutOff = input.cutOff.trim();
	if (!isIsoDate(cutOff)) errors.cutOff = '请填写截止日期';
	else if (cutOff > bounds.today) errors.cutOff = '截止日期不能晚于今天：通报只能通报已经发生的情况';
	else if (cutOff < `${bounds.planYear}-01-01`) errors.cutOff = '截止日期早于工作要点年度';
	else if (bounds.lastCutOff && cutOff < bounds.lastCutOff)
		errors.cutOff = `截止日期不能早于上一期通报的截止日期（${bounds.lastCutOff}）`;
	const publish = input.publish as PublishMode;
	if (!PUBLISH_MODES.includes(publish)) errors.publish = '请选择公布分数还是只公布等次';
	const comment = input.comment.trim();
	if (comment.length > MAX_COMMENT) errors.comment = `通报正文不能超过 ${MAX_COMMENT} 字`;
	const issuer = input.issuer.trim();
	if (!issuer) errors.issuer = '请填写发文机关（落款）';
	else if (issuer.length > 60) errors.issuer = '发文机关不能超过 60 字';
	if (Object.keys(errors).length) throw new DomainError('invalid', Object.values(errors)[0], errors);
	return { kind, docNumber, title, cutOff, publish, comment, issuer };
}

/** The last day of the quarter before `today` (a quarterly bulletin's usual cut-off), within the plan year. */
export function defaultCutOff(today: string, planYear: number): string {
	if (today > `${planYear}-12-31`) return `${planYear}-12-31`;
	const [y, m] = today.split('-').map(Number);
	const q = Math.floor((m - 1) / 3);
	if (q === 0) return y === planYear ? today : `${y - 1}-12-31`;
	const end = ['03-31', '06-30', '09-30'][q - 1];
	return `${y}-${end}`;
}

/** A title in the usual form: 石家庄市2020年政务公开工作要点落实情况第三季度通报. */
export function defaultTitle(planTitle: string, kind: BulletinKind, cutOff: string): string {
	const base = planTitle.replace(/工作要点$/, '工作要点落实情况');
	const m = Number(cutOff.slice(5, 7));
	if (kind === 'annual') return `关于${cutOff.slice(0, 4)}年度政务公开工作考核结果的通报`;
	if (kind === 'quarterly')
		return `${base}第${'一二三四'[Math.ceil(m / 3) - 1]}季度${BULLETIN_KIND_LABEL.quarterly.slice(2)}`;
	return `${base}${m}月份${BULLETIN_KIND_LABEL.monthly.slice(2)}`;
}
