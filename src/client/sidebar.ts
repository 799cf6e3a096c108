import type { SidebarAction, SidebarOverview } from '../domain/sidebar';
import { call } from './server';

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function renderOverview(o: SidebarOverview): void {
  const box = $('overview');
  if (!o.ready) {
    $('school').textContent = 'Таблица ещё не подготовлена';
    box.innerHTML = `<p class="card">${escape(o.message)}</p>`;
    return;
  }
  $('school').textContent = [o.organisation, o.schoolYear && `${o.schoolYear} учебный год`].filter(Boolean).join(' · ');
  const bases = o.bases
    .map(
      (b) => `<div class="card" data-base="${b.base}">
        <div class="row"><strong>${escape(b.title)}</strong><span>${b.people}</span></div>
        ${b.withoutConsent ? `<div class="row warn"><span>Без согласия на обработку ПДн</span><span>${b.withoutConsent}</span></div>` : ''}
        <ul class="forms">${b.byForm.map((f) => `<li><span>${escape(f.form)}</span><span>${f.people}</span></li>`).join('')}</ul>
      </div>`,
    )
    .join('');
  const problems = o.problems
    ? `<div class="card warn" id="problems">Проблем в базах: ${o.problems}. Нажмите «Проверить базы», чтобы получить список.</div>`
    : `<div class="card" id="problems">Проблем в базах не найдено.</div>`;
  box.innerHTML = `<h2>Обзор</h2>${bases}${problems}`;
}

function say(text: string, kind: 'ok' | 'error' | 'busy'): void {
  const m = $('message');
  m.textContent = text;
  m.className = kind === 'ok' ? '' : kind;
  m.style.display = 'block';
  m.setAttribute('role', kind === 'error' ? 'alert' : 'status');
}

function setBusy(busy: boolean): void {
  document.querySelectorAll<HTMLButtonElement>('button').forEach((b) => (b.disabled = busy));
}

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

async function refresh(): Promise<void> {
  try {
    renderOverview(await call('getOverview'));
  } catch (e) {
    say(errorText(e), 'error');
  }
}

async function run(action: SidebarAction, label: string): Promise<void> {
  setBusy(true);
  say(`${label}…`, 'busy');
  try {
    const result = await call('runAction', action);
    renderOverview(result.overview);
    say(result.message, 'ok');
  } catch (e) {
    say(errorText(e), 'error');
  } finally {
    setBusy(false);
  }
}

document.querySelectorAll<HTMLButtonElement>('button[data-action]').forEach((b) =>
  b.addEventListener('click', () => void run(b.dataset.action as SidebarAction, b.textContent ?? '')),
);
$('refresh').addEventListener('click', () => void refresh());
void refresh();
