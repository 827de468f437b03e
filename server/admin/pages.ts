/** The desk's pages (see page-layout.ts), each in its own module. */
export * from './page-layout.js';
export * from './page-overview.js';
export * from './page-sign-in.js';
export * from './page-plan.js';
export * from './page-comment.js';
export * from './page-annex.js';
export * from './page-enter.js';
export * from './page-survey.js';
