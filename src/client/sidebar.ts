/** The sidebar's entry: the panels it offers, in the order «Обзор» lists them. */
import { startApp } from './app';
import { basesPanel } from './panels/bases';
import { formsPanel } from './panels/forms';
import { importPanel } from './panels/import';
import { monitoringPanel } from './panels/monitoring';
import { ordersPanel } from './panels/orders';
import { overviewPanel } from './panels/overview';
import { pairsPanel } from './panels/pairs';
import { peoplePanel } from './panels/people';
import { roadmapPanel } from './panels/roadmap';

startApp([overviewPanel, basesPanel, roadmapPanel, formsPanel, pairsPanel, ordersPanel, monitoringPanel, importPanel, peoplePanel]);
