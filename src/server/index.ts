/**
 * The functions Apps Script calls — menu items, triggers and the sidebar's google.script.run calls —
 * are exactly the exports of the capabilities' entry files. Each export becomes a top-level function
 * of build/Code.js; export nothing else from an entry file.
 */
export * from './home/entry';
export * from './bases/entry';
export * from './import/entry';
export * from './privacy/entry';
export * from './forms/entry';
export * from './matching/entry';
export * from './meetings/entry';
export * from './orders/entry';
export * from './roadmap/entry';
export * from './monitoring/entry';
