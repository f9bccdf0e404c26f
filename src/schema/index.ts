export * from './taxonomy.ts';
export * from './fields.ts';
export * from './case-study.ts';
export * from './event.ts';
