import { ABOUT } from './messages';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The «О персональных данных» dialog as a self-contained HTML page (no external resources). */
export function aboutHtml(): string {
  const body = ABOUT.sections
    .map((s) => `<h3>${escapeHtml(s.heading)}</h3><ul>${s.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`)
    .join('');
  return (
    '<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8">' +
    '<style>body{font:13px/1.45 Arial,sans-serif;margin:0 8px;color:#202124}h3{font-size:14px;margin:14px 0 4px}ul{margin:0;padding-left:18px}li{margin:3px 0}</style>' +
    `</head><body>${body}</body></html>`
  );
}
