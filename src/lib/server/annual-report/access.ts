// Who may read or change which annual report (auth/policy.ts has the rules): a unit's report is its
// own staff's to write and the office's and leaders' to read; the body's own report (the city's) is
// the office's to write and the leaders' to read. A report the viewer may not see is "not found",
// so a unit id in a URL reveals nothing of another unit.
import { assertCan, can, type PolicyUser } from '../auth/policy';
import { DomainError } from '../shared/errors';
import type { ReportRef } from './store';

export function canViewReport(viewer: PolicyUser, ref: Pick<ReportRef, 'unitId'>): boolean {
	return ref.unitId === null ? can(viewer, 'report.view_all') : can(viewer, 'report.view', { unitId: ref.unitId });
}

export function canEditReport(viewer: PolicyUser, ref: Pick<ReportRef, 'unitId'>): boolean {
	return ref.unitId === null ? can(viewer, 'report.body') : can(viewer, 'report.enter', { unitId: ref.unitId });
}

export function assertViewReport(viewer: PolicyUser, ref: Pick<ReportRef, 'unitId'>): void {
	if (!canViewReport(viewer, ref)) throw new DomainError('not_found', '没有找到这份年度报告，或您无权查看');
}

export function assertEditReport(viewer: PolicyUser, ref: Pick<ReportRef, 'unitId'>): void {
	assertViewReport(viewer, ref);
	if (ref.unitId === null) assertCan(viewer, 'report.body', undefined, '只有政务公开办可以编制本级年度报告');
	else assertCan(viewer, 'report.enter', { unitId: ref.unitId }, '只有本单位的填报人可以填报本单位的年度报告');
}
