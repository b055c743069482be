// 导入工作要点: parse → draft → preview with every unit mention resolved → the office's decisions →
// one transaction that writes the plan, its sections, tasks, milestones and assignments.
export { registrySnapshot } from './snapshot';
export { createDraft, discardDraft, getDraft, type Draft } from './drafts';
export { previewImport, type ImportPreview, type PreviewTask } from './preview';
export { defaultDecisions, type ImportDecisions, type UnitMapping } from './decisions';
export { confirmImport, importSummary, type ImportResult } from './confirm';
export { draftFromSource, type ImportSource } from './source';
