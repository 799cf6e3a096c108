/** A QR code of a link, drawn in the page (no service sees the link): for printing on a handout or a screen. */
import qrcode from 'qrcode-generator';
import { h } from './dom';

export function qrImage(url: string, alt: string): HTMLImageElement {
  const qr = qrcode(0, 'M');
  qr.addData(url);
  qr.make();
  return h('img', { class: 'qr', src: qr.createDataURL(4, 2), alt, width: 180, height: 180 });
}
