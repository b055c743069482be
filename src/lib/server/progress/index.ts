// 进展、佐证材料、提交办结: what a unit does on its own assignment.
export * from './reports';
export * from './evidence';
export * from './submissions';
