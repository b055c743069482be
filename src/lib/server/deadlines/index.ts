// 期限: deadlines in force per assignment, extension requests and the office's own changes.
export * from './effective';
export * from './extensions';
export * from './office';
