/**
 * FormApp — reference: developers.google.com/apps-script/reference/forms/form-app. The add-on
 * creates forms and opens them by id; `openById` of a form that does not exist throws, as it does
 * for a deleted form or one the user cannot edit.
 */
import { enumOf, signatureError } from '../args';
import { AppsScriptException } from '../errors';
import { strict } from '../strict';
import { formView, type FormsEnv } from './form';
import { validations } from './items';
import { newForm, type ValidationState } from './model';

type F = typeof GoogleAppsScript.Forms;

const RULES: Record<ValidationState['kind'], string[]> = {
  text: ['requireNumber', 'requireWholeNumber', 'requireNumberBetween', 'requireTextIsEmail', 'requireTextMatchesPattern',
    'requireTextLengthLessThanOrEqualTo'],
  paragraph: ['requireTextLengthLessThanOrEqualTo', 'requireTextMatchesPattern'],
  checkbox: ['requireSelectAtLeast', 'requireSelectAtMost', 'requireSelectExactly'],
};
const CLASS: Record<ValidationState['kind'], string> = {
  text: 'TextValidationBuilder', paragraph: 'ParagraphTextValidationBuilder', checkbox: 'CheckboxValidationBuilder',
};

function validationBuilder(env: FormsEnv, kind: ValidationState['kind']) {
  const cls = CLASS[kind];
  const state: ValidationState = { kind, rule: '', args: [], helpText: '' };
  const builder: Record<string, unknown> = {
    setHelpText(t: unknown) {
      env.host.calls.hit(`${cls}.setHelpText`);
      if (typeof t !== 'string') throw signatureError(`${cls}.setHelpText`, [t]);
      state.helpText = t;
      return proxy;
    },
    build() {
      env.host.calls.hit(`${cls}.build`);
      if (!state.rule) throw new AppsScriptException('Validation rule is missing a requirement.');
      const v = strict({}, kind === 'checkbox' ? 'CheckboxValidation' : 'TextValidation');
      validations.set(v, { ...state, args: [...state.args] });
      return v;
    },
  };
  for (const rule of RULES[kind]) {
    builder[rule] = (...args: unknown[]) => {
      env.host.calls.hit(`${cls}.${rule}`);
      if (args.some((a) => typeof a !== 'number' && typeof a !== 'string')) throw signatureError(`${cls}.${rule}`, args);
      state.rule = rule;
      state.args = args as (number | string)[];
      return proxy;
    };
  }
  const proxy = strict(builder, cls);
  return proxy;
}

export function createFormApp(env: FormsEnv): GoogleAppsScript.Forms.FormApp {
  const hit = (m: string) => env.host.calls.hit(`FormApp.${m}`);
  const app = {
    ItemType: enumOf<F['ItemType']>('CHECKBOX', 'CHECKBOX_GRID', 'DATE', 'DATETIME', 'DURATION', 'GRID', 'IMAGE', 'LIST',
      'MULTIPLE_CHOICE', 'PAGE_BREAK', 'PARAGRAPH_TEXT', 'SCALE', 'SECTION_HEADER', 'TEXT', 'TIME', 'VIDEO'),
    DestinationType: enumOf<F['DestinationType']>('SPREADSHEET'),
    PageNavigationType: enumOf<F['PageNavigationType']>('CONTINUE', 'GO_TO_PAGE', 'RESTART', 'SUBMIT'),
    /**
     * #createtitle — «Creates and returns a new Form. Throws an exception if the given title is null or
     * empty»; the title is the name of the Drive file. Whether it also becomes the form's own title is
     * not documented: set it with Form.setTitle (form.ts refuses getTitle before that).
     */
    create(title: unknown) {
      hit('create');
      if (typeof title !== 'string') throw signatureError('FormApp.create', [title]);
      if (title.trim() === '') throw new AppsScriptException('Invalid argument: title');
      const form = newForm(env.state, title);
      env.drive?.addOwnFile(form.id, title, 'application/vnd.google-apps.form');
      return formView(env, form);
    },
    openById(id: unknown) {
      hit('openById');
      if (typeof id !== 'string') throw signatureError('FormApp.openById', [id]);
      const form = env.state.forms.get(id);
      if (!form) throw new AppsScriptException('No item with the given ID could be found, or you do not have permission to access it.');
      return formView(env, form);
    },
    createTextValidation: () => (hit('createTextValidation'), validationBuilder(env, 'text')),
    createParagraphTextValidation: () => (hit('createParagraphTextValidation'), validationBuilder(env, 'paragraph')),
    createCheckboxValidation: () => (hit('createCheckboxValidation'), validationBuilder(env, 'checkbox')),
  };
  return strict(app, 'FormApp') as unknown as GoogleAppsScript.Forms.FormApp;
}
