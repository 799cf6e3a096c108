/**
 * FormResponse and ItemResponse of a submitted response, as Form.getResponses() hands them out —
 * reference: developers.google.com/apps-script/reference/forms/form-response and …/item-response.
 * What a deleted response (Form.deleteResponse) still answers is not known: reading its items is not emulated.
 */
import { NotEmulated } from '../errors';
import { strict } from '../strict';
import { itemView, type ItemContext } from './items';
import type { FormState, ResponseState } from './model';

/**
 * ItemResponse#getResponse: text → String, checkbox → String[], grid → String[] (one per row),
 * scale → the number as a String, date → 'YYYY-MM-DD' (reference, item-response#getresponse).
 */
function answerOf(answer: string | string[] | number): string | string[] {
  if (Array.isArray(answer)) return [...answer];
  return String(answer);
}

export function formResponseView(ctx: ItemContext, form: FormState, r: ResponseState): GoogleAppsScript.Forms.FormResponse {
  const hit = (m: string) => ctx.host.calls.hit(`FormResponse.${m}`);
  const view = {
    getId: () => (hit('getId'), r.id),
    getTimestamp: () => (hit('getTimestamp'), new Date(r.timestamp.getTime())),
    /** Only the questions answered, in the form's order (reference: form-response#getitemresponses). */
    getItemResponses: () => {
      hit('getItemResponses');
      if (!form.responses.includes(r)) throw new NotEmulated('FormResponse.getItemResponses of a deleted response');
      return form.items.filter((i) => r.answers.has(i.id)).map((item) => {
        const answer = answerOf(r.answers.get(item.id)!);
        return strict({
          getItem: () => (ctx.host.calls.hit('ItemResponse.getItem'), itemView(ctx, item, true)),
          getResponse: () => (ctx.host.calls.hit('ItemResponse.getResponse'), Array.isArray(answer) ? [...answer] : answer),
        }, 'ItemResponse');
      });
    },
    getRespondentEmail: () => {
      hit('getRespondentEmail');
      throw new NotEmulated('FormResponse.getRespondentEmail (the emulated respondents are anonymous)');
    },
  };
  return strict(view, 'FormResponse') as unknown as GoogleAppsScript.Forms.FormResponse;
}
