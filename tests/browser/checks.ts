/** What every panel must pass: nothing wider than the 300 px sidebar, no English left on screen. */
import type { Page } from 'playwright-core';

/** Latin words a Russian school uses as they are. */
export const ALLOWED_LATIN = ['E-mail', 'e-mail', 'ID', 'SWOT', 'QR'];

/**
 * Elements sticking out of the page's width (what a 300 px sidebar would cut or scroll). Children of
 * an element that clips its overflow (a progress bar's moving fill) are inside it by construction.
 */
export async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(`(() => {
    const width = document.documentElement.clientWidth;
    const out = [];
    if (document.documentElement.scrollWidth > width) out.push('page: ' + document.documentElement.scrollWidth + 'px wide');
    const walk = (el) => {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && (r.right > width + 0.5 || r.left < -0.5)) {
        out.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.className ? '.' + String(el.className).split(' ').join('.') : '') + ': ' + Math.round(r.left) + '..' + Math.round(r.right) + 'px «' + (el.textContent || '').trim().slice(0, 40) + '»');
      }
      if (getComputedStyle(el).overflowX !== 'visible') return;
      for (const c of el.children) walk(c);
    };
    walk(document.body);
    return out;
  })()`);
}

/**
 * Latin words the curator would see: the visible text and the labels screen readers read. Text
 * marked translate="no" (links, codes) is not a message and is left out.
 */
export async function latinWords(page: Page): Promise<string[]> {
  const texts: string[] = await page.evaluate(`(() => {
    const skip = (el) => !el || el.closest('script, style, [translate="no"]') !== null;
    const parts = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!skip(n.parentElement) && n.parentElement.checkVisibility()) parts.push(n.textContent);
    }
    for (const el of document.body.querySelectorAll('*')) {
      if (skip(el)) continue;
      for (const a of ['aria-label', 'title', 'placeholder', 'alt', 'aria-valuetext']) parts.push(el.getAttribute(a) || '');
    }
    return parts;
  })()`);
  const words = texts.join(' ').match(/[A-Za-z]+(?:-[A-Za-z]+)*/g) ?? [];
  return [...new Set(words.filter((w) => !ALLOWED_LATIN.includes(w)))];
}

/** Both checks at once, with what failed in the message. */
export async function expectFitsAndRussian(page: Page): Promise<void> {
  expect(await overflowing(page)).toEqual([]);
  expect(await latinWords(page)).toEqual([]);
}
