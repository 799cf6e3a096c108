/** «Мониторинг»: the headline figures, the monitoring sheets refreshed, the report for the regional centre. */
import { HOME, MONITORING_PANEL } from '../../domain/home/messages';
import { MONITORING } from '../../domain/monitoring/messages';
import type { Panel } from '../app';
import { h, row } from '../dom';
import { call } from '../server';
import { jobButton, sheetButton } from './common';

export const monitoringPanel: Panel = {
  id: 'monitoring',
  async render(root, app) {
    const f = await call('getMonitoringFigures');
    if (!app.isOpen('monitoring')) return;
    root.append(h('section', { class: 'card', id: 'figures', 'aria-label': MONITORING_PANEL.figures },
      row(f.satisfied.label, f.satisfied.share === null ? MONITORING_PANEL.none : MONITORING_PANEL.share(f.satisfied.share, f.satisfied.n)),
      row(f.improved.label, MONITORING_PANEL.of(f.improved.count, f.improved.of)),
      row(f.scorecard.label, f.scorecard.total === null ? MONITORING_PANEL.none : MONITORING_PANEL.of(f.scorecard.total, f.scorecard.max)),
      h('div', { class: 'muted' }, f.scorecard.level),
      row(f.targets.label, MONITORING_PANEL.of(f.targets.met, f.targets.of))));
    root.append(h('div', { class: 'actions' },
      jobButton(app, 'refreshMonitoring', MONITORING.menu.run, true),
      jobButton(app, 'regionalReport', MONITORING.menu.report),
      sheetButton(MONITORING.sheets.monitoring, HOME.openSheet(MONITORING.sheets.monitoring), 'open-monitoring')));
  },
};
