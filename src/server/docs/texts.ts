/**
 * The long texts (domain/texts.ts) from Texts.html, the project file the build writes beside Code.js:
 * read only by an execution that makes a template Doc or a roadmap, at most once per execution.
 *
 * HtmlService.createHtmlOutputFromFile(name).getContent() returns a project file's content as written:
 * Google's «include» pattern inlines files of JavaScript and CSS with it
 * (https://developers.google.com/apps-script/guides/html/best-practices#separate_html_css_and_javascript).
 * HtmlService needs no authorization scope, and works without a UI: Google's Form Notifications add-on
 * reads its HTML files from its installable onFormSubmit trigger
 * (github.com/googleworkspace/apps-script-samples, forms/notifications/notification.gs).
 */
import { parseTexts, TEXTS_FILE, type Texts } from '../../domain/texts';

let loaded: Texts | undefined;

export function texts(): Texts {
  loaded ??= parseTexts(HtmlService.createHtmlOutputFromFile(TEXTS_FILE).getContent());
  return loaded;
}
