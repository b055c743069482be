// The security matrix: every page, endpoint and form action of the app × every kind of user, with
// what must happen. tests/architecture/security-matrix.test.ts fails when src/routes gains an entry
// point this table does not name; tests/e2e/security-matrix.test.ts asks each one over HTTP against
// the built server with the demo data.
//
// To add a route: one entry under its key exactly as the failure message prints it — `GET /route`
// for a page or handler, `POST /route?/action` for a form action (`POST /route` for `default`) —
// with the path (ids come from the seeded world, see MatrixIds) and who gets what (`rule`).
//
// Outcomes (what the user gets):
//   ok        GET: 200. POST: the action ran — success (200 or a 303 onwards) or its own Chinese
//             answer on the page to the input it was given (400, 409, or 404 for an object the form
//             names that is not there), never the error page.
//   redirect  GET: 303 somewhere other than the login page (e.g. /login when already signed in).
//   login     not signed in: GET redirects to /login?next=…, POST answers 401.
//   403       signed in, not allowed (the office's pages and actions for anyone else, whatever the id:
//             a 403 there says nothing about what exists).
//   404       the error page: not allowed to know it exists (another unit's work).
export const ROLES = ['anonymous', 'unitA', 'unitB', 'lead', 'leader', 'admin'] as const;
export type MatrixRole = (typeof ROLES)[number];
export type Outcome = 'ok' | 'redirect' | 'login' | 403 | 404;

/**
 * The seeded world the paths and fields use. Unit A (市司法局) is responsible on a task the lead
 * unit (市政府办公室) leads; unit B (正定县政府) has nothing to do with that assignment.
 */
export interface MatrixIds {
	plan: number;
	task: number;
	unitA: number;
	assignmentA: number;
	/** A file unit A sent with a progress report on assignmentA. */
	evidenceA: number;
	/** A file unit A uploaded to assignmentA and has not sent yet (only A sees it). */
	draftEvidenceA: number;
	/** An import draft of the office's, not yet confirmed. */
	draft: number;
	/** A unit and a user no role of the matrix depends on (deactivated, disabled, renamed freely). */
	spareUnit: number;
	spareUser: number;
	year: number;
	today: string;
	/** The demo's issued quarterly bulletin (通报). */
	bulletin: number;
	/** A score entry (考核录入) of the demo's; 0 when there is none. */
	entry: number;
}

export interface MatrixEntry {
	path: (ids: MatrixIds) => string;
	/** The form's fields (url-encoded); an action given none is posted empty. */
	fields?: (ids: MatrixIds) => Record<string, string>;
	expect: Record<MatrixRole, Outcome>;
	/** Runs after every other entry (it ends the session it is posted with). */
	last?: boolean;
}

/** Who gets what: `fallback` for every signed-in role not named; anonymous is sent to log in. */
export function rule(fallback: Outcome, named: Partial<Record<MatrixRole, Outcome>> = {}): Record<MatrixRole, Outcome> {
	const out = {} as Record<MatrixRole, Outcome>;
	for (const r of ROLES) out[r] = named[r] ?? (r === 'anonymous' ? 'login' : fallback);
	return out;
}

const everyone = rule('ok');
const office = rule(403, { admin: 'ok' });
/** The office and leaders see every unit; unit A its own; the lead unit its responsible units' sent work. */
const unitAWork = rule('ok', { unitB: 404 });
/** One unit's annual report: its own staff, the office, leaders. */
const unitAReport = rule('ok', { unitB: 404, lead: 404 });
/** Work on unit A's assignment: its own staff only; units that cannot see it may not know it exists. */
const unitAOnly = rule(403, { unitA: 'ok', unitB: 404 });
const unitStaff = rule(403, { unitA: 'ok', unitB: 'ok', lead: 'ok' });

/** Unit A's annual report: its own staff enter and submit it (report.enter); the office decides. */
const reportWork = (page: string): MatrixEntry => ({
	path: (i) => report(i, page),
	expect: rule(404, { unitA: 'ok', leader: 403, admin: 403 })
});

const a = (action: string) => (i: MatrixIds) => `/assignments/${i.assignmentA}?/${action}`;
const report = (i: MatrixIds, page = '') => `/reports/${i.year}/${i.unitA}${page}`;

export const MATRIX: Record<string, MatrixEntry> = {
	// Pages and endpoints
	'GET /': { path: () => '/', expect: everyone },
	'GET /login': { path: () => '/login', expect: rule('redirect', { anonymous: 'ok' }) },
	'GET /logout': { path: () => '/logout', expect: rule('redirect') },
	'GET /account': { path: () => '/account', expect: everyone },
	'GET /admin/audit': { path: () => '/admin/audit', expect: office },
	'GET /admin/settings': { path: () => '/admin/settings', expect: office },
	'GET /admin/units': { path: () => '/admin/units', expect: office },
	'GET /admin/units/[id=id]': { path: (i) => `/admin/units/${i.spareUnit}`, expect: office },
	'GET /admin/users': { path: () => '/admin/users', expect: office },
	'GET /admin/users/[id=id]': { path: (i) => `/admin/users/${i.spareUser}`, expect: office },
	'GET /assignments': { path: () => '/assignments', expect: unitStaff },
	'GET /assignments/[id=id]': { path: (i) => `/assignments/${i.assignmentA}`, expect: unitAWork },
	'GET /evidence/[id=id]': { path: (i) => `/evidence/${i.evidenceA}`, expect: unitAWork },
	'GET /boards': { path: (i) => `/boards?plan=${i.plan}`, expect: everyone },
	'GET /boards/matrix': { path: (i) => `/boards/matrix?plan=${i.plan}`, expect: everyone },
	'GET /boards/matrix.xlsx': { path: (i) => `/boards/matrix.xlsx?plan=${i.plan}`, expect: everyone },
	'GET /boards/years': { path: () => '/boards/years', expect: everyone },
	'GET /boards/units/[unitId=id]': {
		path: (i) => `/boards/units/${i.unitA}?plan=${i.plan}`,
		expect: rule('ok', { unitB: 404, lead: 404 })
	},
	'GET /inbox': { path: () => '/inbox', expect: unitStaff },
	'GET /plans': { path: () => '/plans', expect: everyone },
	'GET /plans/[planId=id]': { path: (i) => `/plans/${i.plan}`, expect: everyone },
	'GET /plans/[planId=id]/tasks/[taskId=id]': { path: (i) => `/plans/${i.plan}/tasks/${i.task}`, expect: everyone },
	'GET /plans/import': { path: () => '/plans/import', expect: office },
	'GET /plans/import/[draftId=id]': { path: (i) => `/plans/import/${i.draft}`, expect: office },
	'GET /reports': { path: () => '/reports', expect: everyone },
	'GET /reports/check': { path: () => '/reports/check', expect: everyone },
	'GET /reports/[year=year]/summary': {
		path: (i) => `/reports/${i.year}/summary`,
		expect: rule(403, { leader: 'ok', admin: 'ok' })
	},
	'GET /reports/[year=year]/[subject=subject]': { path: (i) => report(i), expect: unitAReport },
	'GET /reports/[year=year]/[subject=subject]/draft': { path: (i) => report(i, '/draft'), expect: unitAReport },
	'GET /reports/[year=year]/[subject=subject]/report.docx': {
		path: (i) => report(i, '/report.docx'),
		expect: unitAReport
	},
	'GET /print/reports/[year=year]/[subject=subject]': { path: (i) => `/print${report(i)}`, expect: unitAReport },
	'GET /reviews': { path: () => '/reviews', expect: office },
	'GET /reviews/extensions': { path: () => '/reviews/extensions', expect: office },

	// Form actions
	// Signed in: sent on to the app (303); anonymous with no password: the form's message.
	'POST /login': { path: () => '/login', expect: rule('ok', { anonymous: 'ok' }) },
	'POST /logout': { path: () => '/logout', expect: rule('ok'), last: true },
	'POST /account': { path: () => '/account', expect: everyone },
	'POST /admin/settings': { path: () => '/admin/settings', expect: office },
	'POST /admin/units?/create': { path: () => '/admin/units?/create', expect: office },
	'POST /admin/units/[id=id]?/update': { path: (i) => `/admin/units/${i.spareUnit}?/update`, expect: office },
	'POST /admin/units/[id=id]?/deactivate': { path: (i) => `/admin/units/${i.spareUnit}?/deactivate`, expect: office },
	'POST /admin/units/[id=id]?/activate': { path: (i) => `/admin/units/${i.spareUnit}?/activate`, expect: office },
	'POST /admin/units/[id=id]?/merge': { path: (i) => `/admin/units/${i.spareUnit}?/merge`, expect: office },
	'POST /admin/users?/create': { path: () => '/admin/users?/create', expect: office },
	'POST /admin/users/[id=id]?/update': { path: (i) => `/admin/users/${i.spareUser}?/update`, expect: office },
	'POST /admin/users/[id=id]?/resetPassword': {
		path: (i) => `/admin/users/${i.spareUser}?/resetPassword`,
		expect: office
	},
	'POST /admin/users/[id=id]?/disable': { path: (i) => `/admin/users/${i.spareUser}?/disable`, expect: office },
	'POST /admin/users/[id=id]?/enable': { path: (i) => `/admin/users/${i.spareUser}?/enable`, expect: office },
	'POST /assignments/[id=id]?/sendReport': { path: a('sendReport'), expect: unitAOnly },
	'POST /assignments/[id=id]?/saveReport': {
		path: a('saveReport'),
		// A whole draft, so that discardReport below has one to discard.
		fields: (i) => ({ content: '暂存的进展', percent: '50', reportedOn: i.today }),
		expect: unitAOnly
	},
	'POST /assignments/[id=id]?/discardReport': { path: a('discardReport'), expect: unitAOnly },
	'POST /assignments/[id=id]?/addLink': { path: a('addLink'), expect: unitAOnly },
	'POST /assignments/[id=id]?/addFile': { path: a('addFile'), expect: unitAOnly },
	'POST /assignments/[id=id]?/removeEvidence': {
		path: a('removeEvidence'),
		fields: (i) => ({ evidenceId: String(i.draftEvidenceA) }),
		expect: unitAOnly
	},
	'POST /assignments/[id=id]?/saveSubmission': { path: a('saveSubmission'), expect: unitAOnly },
	'POST /assignments/[id=id]?/submit': { path: a('submit'), expect: unitAOnly },
	'POST /assignments/[id=id]?/requestExtension': { path: a('requestExtension'), expect: unitAOnly },
	'POST /assignments/[id=id]?/withdrawExtension': { path: a('withdrawExtension'), expect: unitAOnly },
	'POST /assignments/[id=id]?/decideExtension': { path: a('decideExtension'), expect: office },
	'POST /assignments/[id=id]?/setDeadline': { path: a('setDeadline'), expect: office },
	'POST /assignments/[id=id]?/accept': { path: a('accept'), expect: office },
	'POST /assignments/[id=id]?/return': { path: a('return'), expect: office },
	'POST /assignments/[id=id]?/remind': { path: a('remind'), expect: office },
	'POST /inbox?/read': { path: () => '/inbox?/read', expect: unitStaff },
	'POST /plans/[planId=id]?/warnDays': { path: (i) => `/plans/${i.plan}?/warnDays`, expect: office },
	'POST /plans/[planId=id]/tasks/[taskId=id]?/addAssignments': {
		path: (i) => `/plans/${i.plan}/tasks/${i.task}?/addAssignments`,
		expect: office
	},
	'POST /plans/[planId=id]/tasks/[taskId=id]?/removeAssignment': {
		path: (i) => `/plans/${i.plan}/tasks/${i.task}?/removeAssignment`,
		expect: office
	},
	'POST /plans/[planId=id]/tasks/[taskId=id]?/updateMilestones': {
		path: (i) => `/plans/${i.plan}/tasks/${i.task}?/updateMilestones`,
		expect: office
	},
	'POST /plans/import?/parse': { path: () => '/plans/import?/parse', expect: office },
	'POST /plans/import/[draftId=id]?/confirm': { path: (i) => `/plans/import/${i.draft}?/confirm`, expect: office },
	'POST /plans/import/[draftId=id]?/discard': { path: (i) => `/plans/import/${i.draft}?/discard`, expect: office },
	'POST /reports/check?/check': { path: () => '/reports/check?/check', expect: everyone },
	'POST /reports/check?/import': {
		path: () => '/reports/check?/import',
		// Into unit A's report: its own staff and the office (report.import).
		fields: (i) => ({ target: String(i.unitA) }),
		expect: rule(403, { unitA: 'ok', admin: 'ok' })
	},
	'POST /reports/[year=year]/[subject=subject]?/save': reportWork('?/save'),
	'POST /reports/[year=year]/[subject=subject]?/submit': reportWork('?/submit'),
	'POST /reports/[year=year]/[subject=subject]?/acknowledge': reportWork('?/acknowledge'),
	'POST /reports/[year=year]/[subject=subject]?/decide': {
		path: (i) => report(i, '?/decide'),
		expect: office
	},
	'POST /reports/[year=year]/[subject=subject]/draft?/generate': reportWork('/draft?/generate'),
	'POST /reports/[year=year]/[subject=subject]/draft?/save': reportWork('/draft?/save'),
	'POST /reports/[year=year]/[subject=subject]/draft?/final': reportWork('/draft?/final'),
	'POST /reports/[year=year]/[subject=subject]/draft?/reopen': reportWork('/draft?/reopen'),
	'POST /reports/[year=year]/[subject=subject]/draft?/acknowledge': reportWork('/draft?/acknowledge'),
	// 年度关闭 (the office); closing is refused while work waits, as it does in the demo.
	'GET /plans/[planId=id]/year': { path: (i) => `/plans/${i.plan}/year`, expect: office },
	'POST /plans/[planId=id]/year?/close': { path: (i) => `/plans/${i.plan}/year?/close`, expect: office, last: true },
	'POST /plans/[planId=id]/year?/reopen': { path: (i) => `/plans/${i.plan}/year?/reopen`, expect: office },
	'POST /plans/[planId=id]/year?/next': { path: (i) => `/plans/${i.plan}/year?/next`, expect: office },
	'POST /plans/import/[draftId=id]?/addText': { path: (i) => `/plans/import/${i.draft}?/addText`, expect: office },
	// 机构改革 (the office).
	'GET /admin/units/reform': { path: () => '/admin/units/reform', expect: office },
	'POST /admin/units/reform?/preview': { path: () => '/admin/units/reform?/preview', expect: office },
	'POST /admin/units/reform?/confirm': { path: () => '/admin/units/reform?/confirm', expect: office },
	// 考核: the ranking and bulletins for everyone (a unit sees what was published and its own row).
	'GET /assessment': { path: (i) => `/assessment?plan=${i.plan}`, expect: everyone },
	'GET /assessment/units/[id=id]': {
		path: (i) => `/assessment/units/${i.unitA}?plan=${i.plan}`,
		expect: rule('ok', { unitB: 403, lead: 403 })
	},
	'POST /assessment/units/[id=id]?/object': {
		path: (i) => `/assessment/units/${i.unitA}?/object`,
		// 异议: the empty form names no entry, so whoever may see the page gets the action's own “not found”;
		// who may object is proven per entry in tests/integration/auth/domain-authorisation.test.ts.
		expect: rule('ok', { unitB: 403, lead: 403 })
	},
	'POST /assessment/units/[id=id]?/answer': { path: (i) => `/assessment/units/${i.unitA}?/answer`, expect: office },
	'POST /assessment/units/[id=id]?/revoke': { path: (i) => `/assessment/units/${i.unitA}?/revoke`, expect: office },
	'POST /assessment/units/[id=id]?/rectify': {
		path: (i) => `/assessment/units/${i.unitA}?/rectify`,
		expect: office
	},
	'GET /assessment/entries': { path: (i) => `/assessment/entries?plan=${i.plan}`, expect: office },
	'POST /assessment/entries?/add': { path: (i) => `/assessment/entries?plan=${i.plan}&/add`, expect: office },
	'POST /assessment/entries?/revoke': { path: (i) => `/assessment/entries?plan=${i.plan}&/revoke`, expect: office },
	'GET /assessment/entries/[id=id]/file': {
		path: (i) => `/assessment/entries/${i.entry || 1}/file`,
		expect: rule(404)
	},
	'GET /assessment/rectifications': { path: (i) => `/assessment/rectifications?plan=${i.plan}`, expect: everyone },
	'GET /assessment/bulletins': { path: () => '/assessment/bulletins', expect: everyone },
	'GET /assessment/bulletins/new': { path: (i) => `/assessment/bulletins/new?plan=${i.plan}`, expect: office },
	'POST /assessment/bulletins/new?/preview': {
		path: (i) => `/assessment/bulletins/new?plan=${i.plan}&/preview`,
		expect: office
	},
	'POST /assessment/bulletins/new?/issue': {
		path: (i) => `/assessment/bulletins/new?plan=${i.plan}&/issue`,
		expect: office
	},
	'GET /assessment/bulletins/[id=id]': { path: (i) => `/assessment/bulletins/${i.bulletin}`, expect: everyone },
	'POST /assessment/bulletins/[id=id]?/rectify': {
		path: (i) => `/assessment/bulletins/${i.bulletin}?/rectify`,
		expect: office
	},
	'GET /assessment/bulletins/[id=id]/bulletin.docx': {
		path: (i) => `/assessment/bulletins/${i.bulletin}/bulletin.docx`,
		expect: everyone
	},
	'GET /assessment/bulletins/[id=id]/bulletin.xlsx': {
		path: (i) => `/assessment/bulletins/${i.bulletin}/bulletin.xlsx`,
		expect: everyone
	},
	// 评分细则: the office edits, leaders read.
	'GET /assessment/rubric': {
		path: (i) => `/assessment/rubric?plan=${i.plan}`,
		expect: rule(403, { leader: 'ok', admin: 'ok' })
	},
	'GET /assessment/rubric/export': {
		path: (i) => `/assessment/rubric/export?plan=${i.plan}`,
		expect: rule(403, { leader: 'ok', admin: 'ok' })
	},
	'POST /assessment/rubric?/edit': { path: (i) => `/assessment/rubric?plan=${i.plan}&/edit`, expect: office },
	'POST /assessment/rubric?/check': { path: (i) => `/assessment/rubric?plan=${i.plan}&/check`, expect: office },
	'POST /assessment/rubric?/save': { path: (i) => `/assessment/rubric?plan=${i.plan}&/save`, expect: office },
	'POST /assessment/rubric?/import': { path: (i) => `/assessment/rubric?plan=${i.plan}&/import`, expect: office },
	'POST /assessment/rubric?/start': { path: (i) => `/assessment/rubric?plan=${i.plan}&/start`, expect: office },
	'POST /assessment/rubric?/classes': { path: (i) => `/assessment/rubric?plan=${i.plan}&/classes`, expect: office },
	'POST /reviews/extensions?/decide': { path: () => '/reviews/extensions?/decide', expect: office }
};

/** Entry points answered by the server hook rather than a route module. */
export const HOOK_ROUTES: Record<string, MatrixEntry> = {
	'GET /healthz': { path: () => '/healthz', expect: rule('ok', { anonymous: 'ok' }) }
};

/** What the table lacks and what it names that no longer exists, as the failure message says it. */
export function matrixGaps(entryPoints: string[]): { missing: string[]; stale: string[] } {
	const named = new Set(Object.keys(MATRIX));
	return {
		missing: entryPoints.filter((e) => !named.has(e)),
		stale: [...named].filter((e) => !entryPoints.includes(e))
	};
}
