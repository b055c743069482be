// 审核: the queue of submissions waiting for review, and the office's decisions on them.
export * from './queue';
export * from './decide';
