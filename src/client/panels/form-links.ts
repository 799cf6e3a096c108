/** A questionnaire's link with its QR code, shown on the forms panel and in «Кто не ответил». */
import { FORMS_PANEL } from '../../domain/home/messages';
import { h } from '../dom';
import { qrImage } from '../qr';

/** A link (not a message: left out of the language check) with a button that shows its QR code. */
export function linkWithQr(name: string, url: string, id: string): HTMLElement {
  const qrBox = h('div', { class: 'qr-box', id: `${id}-qr` });
  const toggle = h('button', { type: 'button', class: 'link', 'aria-expanded': 'false', 'aria-controls': `${id}-qr` }, FORMS_PANEL.showQr);
  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') === 'true';
    qrBox.replaceChildren(...(open ? [] : [qrImage(url, FORMS_PANEL.qrAlt(name))]));
    toggle.setAttribute('aria-expanded', String(!open));
    toggle.textContent = open ? FORMS_PANEL.showQr : FORMS_PANEL.hideQr;
  });
  return h('div', { class: 'form-link', id },
    h('a', { href: url, target: '_blank', rel: 'noopener', 'aria-label': FORMS_PANEL.open(name) }, name),
    toggle, qrBox);
}
