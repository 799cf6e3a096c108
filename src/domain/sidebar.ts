/** The contract between the sidebar and the server: plain JSON data only (no Dates). */
import type { Summary } from './bases/summary';

export type SidebarAction = 'prepare' | 'check';
export type SidebarOverview = Summary | { ready: false; message: string };
export interface SidebarResult {
  message: string;
  overview: SidebarOverview;
}
