import { enumOf, signatureError } from './args';
import { AppsScriptException } from './errors';
import type { Host, MenuEntry } from './host';
import { htmlSnapshot } from './html';
import { strict } from './strict';

type Base = typeof GoogleAppsScript.Base;
type ButtonName = 'CLOSE' | 'OK' | 'CANCEL' | 'YES' | 'NO';

const BUTTON = enumOf<Base['Button']>('CLOSE', 'OK', 'CANCEL', 'YES', 'NO');
const BUTTON_SET = enumOf<Base['ButtonSet']>('OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL');
/** The buttons of each set; CLOSE (the dialog's ×) is always possible. */
const BUTTONS_OF: Record<string, ButtonName[]> = {
  OK: ['OK'], OK_CANCEL: ['OK', 'CANCEL'], YES_NO: ['YES', 'NO'], YES_NO_CANCEL: ['YES', 'NO', 'CANCEL'],
};

/** Menu — reference: base/menu. Records into host.log.menus on addToUi. */
class FakeMenu implements GoogleAppsScript.Base.Menu {
  #host: Host;
  #caption: string;
  #addon: boolean;
  #items: MenuEntry[] = [];
  #self!: GoogleAppsScript.Base.Menu;

  private constructor(host: Host, caption: string, addon: boolean) {
    this.#host = host;
    this.#caption = caption;
    this.#addon = addon;
  }

  static create(host: Host, caption: string, addon: boolean): GoogleAppsScript.Base.Menu {
    const real = new FakeMenu(host, caption, addon);
    real.#self = strict(real, 'Menu') as unknown as GoogleAppsScript.Base.Menu;
    menus.set(real.#self, real);
    return real.#self;
  }

  static entry(m: FakeMenu): MenuEntry {
    return { kind: 'submenu', caption: m.#caption, items: structuredClone(m.#items) };
  }

  addItem(caption: string, functionName: string) {
    this.#host.calls.hit('Menu.addItem');
    if (typeof caption !== 'string' || typeof functionName !== 'string') {
      throw signatureError('Menu.addItem', [caption, functionName]);
    }
    this.#items.push({ kind: 'item', caption, functionName });
    return this.#self;
  }
  addSeparator() {
    this.#host.calls.hit('Menu.addSeparator');
    this.#items.push({ kind: 'separator' });
    return this.#self;
  }
  addSubMenu(menu: GoogleAppsScript.Base.Menu) {
    this.#host.calls.hit('Menu.addSubMenu');
    const sub = menus.get(menu);
    if (!sub) throw signatureError('Menu.addSubMenu', [menu]);
    this.#items.push(FakeMenu.entry(sub));
    return this.#self;
  }
  addToUi(): void {
    this.#host.calls.hit('Menu.addToUi');
    const record = { caption: this.#caption, addon: this.#addon, items: structuredClone(this.#items) };
    const list = this.#host.log.menus;
    const at = list.findIndex((m) => m.caption === record.caption);
    if (at >= 0) list[at] = record;
    else list.push(record);
  }
}
const menus = new WeakMap<object, FakeMenu>();

/** How long a user reads a dialog before answering, unless an answer says otherwise: a model, not a measured figure. */
export const READING_MS = 5_000;

/**
 * Ui — reference: base/ui. Dialogs answer with the next of host.log.answers; with none queued the
 * user presses OK (alert) or CANCEL (prompt) when the set has it, otherwise closes the dialog (CLOSE).
 * @param addonName the caption Apps Script gives to createAddonMenu(): the add-on's name.
 */
export function createUi(host: Host, addonName = 'Наставничество'): GoogleAppsScript.Base.Ui {
  function dialog(kind: 'alert' | 'prompt', args: unknown[]): { button: ButtonName; text: string } {
    const method = `Ui.${kind}`;
    host.calls.hit(method);
    const texts = args.length === 3 ? args.slice(0, 2) : args.slice(0, 1);
    const buttons = args.length === 1 ? 'OK' : args[args.length - 1];
    const allowed = typeof buttons === 'string' ? BUTTONS_OF[buttons] : undefined;
    if (args.length < 1 || args.length > 3 || texts.some((t) => typeof t !== 'string') || !allowed) {
      throw signatureError(method, args);
    }
    const title = args.length === 3 ? String(args[0]) : '';
    const prompt = String(texts[texts.length - 1]);
    const queued = host.log.answers.shift();
    const fallback: ButtonName = kind === 'alert' ? 'OK' : 'CANCEL';
    const button = (queued?.button ?? (allowed.includes(fallback) ? fallback : 'CLOSE')) as ButtonName;
    if (button !== 'CLOSE' && !allowed.includes(button)) {
      // A test error, not an Apps Script one: the queued answer names a button the dialog does not have.
      throw new Error(`emulator: queued answer ${button} is not a button of ${buttons} (${method} «${prompt}»)`);
    }
    const text = kind === 'prompt' ? (queued?.text ?? '') : '';
    host.log.alerts.push({ title, prompt, buttons: String(buttons), answer: button, kind });
    // The script waits while the user reads (Ui#alert: «suspends the server-side script while the dialog
    // is open»); what others do meanwhile runs now, and the answer comes after the reading time.
    const opened = host.clock.millis();
    queued?.meanwhile?.();
    host.clock.set(Math.max(host.clock.millis(), opened + (queued?.readMs ?? READING_MS)));
    return { button, text };
  }

  function show(kind: 'sidebar' | 'modal' | 'modeless', method: string, output: unknown, title?: unknown): void {
    host.calls.hit(`Ui.${method}`);
    if (kind !== 'sidebar' && typeof title !== 'string') throw signatureError(`Ui.${method}`, [output, title]);
    const snap = htmlSnapshot(output, `Ui.${method}`);
    host.log.shown.push({ kind, title: kind === 'sidebar' ? snap.title : String(title), html: snap.html });
  }

  const ui = {
    Button: BUTTON,
    ButtonSet: BUTTON_SET,
    createMenu(caption: string): GoogleAppsScript.Base.Menu {
      host.calls.hit('Ui.createMenu');
      if (typeof caption !== 'string') throw signatureError('Ui.createMenu', [caption]);
      if (caption === '') throw new AppsScriptException('Invalid argument: caption');
      return FakeMenu.create(host, caption, false);
    },
    createAddonMenu(): GoogleAppsScript.Base.Menu {
      host.calls.hit('Ui.createAddonMenu');
      return FakeMenu.create(host, addonName, true);
    },
    alert(...args: unknown[]): string {
      return dialog('alert', args).button;
    },
    prompt(...args: unknown[]): GoogleAppsScript.Base.PromptResponse {
      const { button, text } = dialog('prompt', args);
      const response = {
        getResponseText(): string {
          host.calls.hit('PromptResponse.getResponseText');
          return text;
        },
        getSelectedButton(): string {
          host.calls.hit('PromptResponse.getSelectedButton');
          return button;
        },
      };
      return strict(response, 'PromptResponse') as unknown as GoogleAppsScript.Base.PromptResponse;
    },
    showSidebar(userInterface: unknown): void {
      show('sidebar', 'showSidebar', userInterface);
    },
    showModalDialog(userInterface: unknown, title: unknown): void {
      show('modal', 'showModalDialog', userInterface, title);
    },
    showModelessDialog(userInterface: unknown, title: unknown): void {
      show('modeless', 'showModelessDialog', userInterface, title);
    },
  };
  return strict(ui, 'Ui') as unknown as GoogleAppsScript.Base.Ui;
}
