/**
 * The survey's other pages: thanks (the same whatever flags a response got — a flag is for the
 * reviewer, never a refusal), and the pages that explain why a survey can't be answered (unknown,
 * today's QR needed, closed, a slip already used, too many submissions).
 */
import { href, html, page, type Raw } from '../public/html';
import type { PublicLang } from '../public/public-i18n';
import { surveyAssets } from './survei-assets';
import { ts } from './survei-i18n';

function shell(lang: PublicLang, path: string, title: string, body: Raw): string {
  return page({
    lang,
    path,
    title,
    description: ts(lang, 'form.description'),
    body: html`${surveyAssets.styleLink()}${body}`,
  });
}

export function renderThanks(lang: PublicLang, path: string): string {
  return shell(
    lang,
    path,
    ts(lang, 'thanks.title'),
    html`<h1>${ts(lang, 'thanks.title')}</h1>
      <p class="notice" role="status" id="terima-kasih">${ts(lang, 'thanks.body')}</p>
      <p><a href="${href('/publik/lapor', lang)}">${ts(lang, 'thanks.report')}</a></p>
      <p><a href="${href('/publik', lang)}">${ts(lang, 'error.back')}</a></p>`,
  );
}

/** A page that says why the survey can't be answered: a heading and one clear message. */
export function renderProblem(
  lang: PublicLang,
  path: string,
  heading: string,
  message: string,
  id = 'masalah',
): string {
  return shell(
    lang,
    path,
    heading,
    html`<h1>${heading}</h1>
      <p class="notice error-summary" role="alert" id="${id}">${message}</p>
      <p><a href="${href('/publik', lang)}">${ts(lang, 'error.back')}</a></p>`,
  );
}
