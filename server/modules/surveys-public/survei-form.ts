/**
 * The respondent's form (GET /publik/survei/u/:unitId and /k/:code, and again after a refused POST):
 * plain HTML that posts url-encoded, usable with JavaScript off and on a slow link (no script at
 * all, one small stylesheet). Each question is a radio group (fieldset + legend) with the
 * regulation's worded answers; a refused form comes back with every choice kept and a message at
 * each field.
 */
import type { Instrument } from '../../../shared/surveys/instrument.schema';
import { escapeHtml, html, page, raw, type Raw } from '../public/html';
import type { PublicLang } from '../public/public-i18n';
import { surveyAssets } from './survei-assets';
import { PROFILE_CODES, profileField, questionField, SUGGESTION_MAX } from './survei-input';
import { ts } from './survei-i18n';

export interface SurveyFormContext {
  unitName: string;
  governmentName: string;
  periodTitle: string;
  instrument: Instrument;
  products: { id: string; name: string }[];
  /** The product the QR link named (then no select is shown). */
  fixedProductId: string | null;
}

export interface SurveyFormState {
  action: string;
  values: Record<string, string>;
  errors: Record<string, string>;
  general: string[];
  formToken: string;
  start: string;
}

const idOf = (name: string) => `f-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`;

const errorOf = (name: string, s: SurveyFormState): Raw | string =>
  s.errors[name] ? html`<p class="field-error" id="${idOf(name)}-err">${s.errors[name]}</p>` : '';

const describedBy = (name: string, s: SurveyFormState, extra?: string): Raw => {
  const ids = [extra, s.errors[name] ? `${idOf(name)}-err` : ''].filter(Boolean).join(' ');
  return ids ? html` aria-describedby="${ids}"` : raw('');
};

function questionGroup(lang: PublicLang, c: SurveyFormContext, s: SurveyFormState, i: number): Raw {
  const q = c.instrument.questions[i]!;
  const name = questionField(q.code);
  const chosen = s.values[name];
  return html`<fieldset class="sv-q" id="${idOf(name)}" ${describedBy(name, s)}>
    <legend>
      <span class="sv-n"
        >${ts(lang, 'form.question', { n: i + 1, total: c.instrument.questions.length })} ·
        ${q.element[lang]}</span
      >
      <span class="sv-text">${q.question[lang]}</span>
    </legend>
    ${errorOf(name, s)}
    <div class="sv-options">
      ${q.answers.map((a, k) => {
        const value = String(k + 1);
        const id = `${idOf(name)}-${value}`;
        return html`<label class="sv-option" for="${id}"
          ><input
            type="radio"
            id="${id}"
            name="${name}"
            value="${value}"
            ${chosen === value ? raw('checked') : ''}
          /><span>${a[lang]}</span></label
        >`;
      })}
    </div>
  </fieldset>`;
}

function profileSelect(lang: PublicLang, c: SurveyFormContext, s: SurveyFormState, code: string): Raw | '' {
  const field = c.instrument.profile.find((p) => p.code === code);
  if (!field?.options?.length) return '';
  const name = profileField(code);
  const chosen = s.values[name] ?? '';
  return html`<div class="field">
    <label for="${idOf(name)}"
      >${field.label[lang]} <span class="muted">(${ts(lang, 'form.optional')})</span></label
    >
    <select
      id="${idOf(name)}"
      name="${name}"
      ${describedBy(name, s)}${s.errors[name] ? raw(' aria-invalid="true"') : ''}
    >
      <option value="">${ts(lang, 'form.noAnswer')}</option>
      ${field.options.map(
        (o) =>
          html`<option value="${o.code}" ${chosen === o.code ? raw('selected') : ''}>
            ${o.label[lang]}
          </option>`,
      )}
    </select>
    ${errorOf(name, s)}
  </div>`;
}

function serviceField(lang: PublicLang, c: SurveyFormContext, s: SurveyFormState): Raw {
  const fixed = c.products.find((p) => p.id === c.fixedProductId);
  if (c.products.length === 0)
    return html`<p><strong>${ts(lang, 'form.service')}:</strong> ${ts(lang, 'form.service.whole')}</p>`;
  if (fixed) return html`<p><strong>${ts(lang, 'form.service')}:</strong> ${fixed.name}</p>`;
  const chosen = s.values.layanan ?? '';
  return html`<div class="field">
    <label for="f-layanan">${ts(lang, 'form.service')}</label>
    <select
      id="f-layanan"
      name="layanan"
      required${describedBy('layanan', s)}${s.errors.layanan ? raw(' aria-invalid="true"') : ''}
    >
      <option value="">${ts(lang, 'form.choose')}</option>
      ${c.products.map(
        (p) => html`<option value="${p.id}" ${chosen === p.id ? raw('selected') : ''}>${p.name}</option>`,
      )}
    </select>
    ${errorOf('layanan', s)}
  </div>`;
}

/** `<textarea>` with its value, built as one string so no formatter puts whitespace inside. */
function textareaTag(attributes: Raw, value: string): Raw {
  return raw('<textarea' + attributes.value + '>\n' + escapeHtml(value) + '</textarea>');
}

export function renderSurveyForm(
  lang: PublicLang,
  path: string,
  c: SurveyFormContext,
  s: SurveyFormState,
): string {
  const hasErrors = Object.keys(s.errors).length > 0 || s.general.length > 0;
  const open = c.instrument.openQuestion;
  const body = html`<h1>${ts(lang, 'form.title')}</h1>
    <div class="status-box sv-head">
      <p><strong>${ts(lang, 'form.unit')}:</strong> ${c.unitName} · ${c.governmentName}</p>
      <p><strong>${ts(lang, 'form.period')}:</strong> ${c.periodTitle}</p>
    </div>
    <p>${ts(lang, 'form.intro')}</p>
    ${
      hasErrors
        ? html`<div class="notice error-summary" role="alert" id="kesalahan">
            <p><strong>${ts(lang, 'form.errors')}</strong></p>
            <ul>
              ${s.general.map((m) => html`<li>${m}</li>`)}
              ${Object.entries(s.errors).map(([name, m]) => html`<li><a href="#${idOf(name)}">${m}</a></li>`)}
            </ul>
          </div>`
        : ''
    }
    <form class="report-form sv-form" method="post" action="${s.action}" novalidate>
      <input type="hidden" name="formToken" value="${s.formToken}" />
      <input type="hidden" name="mulai" value="${s.start}" />
      ${serviceField(lang, c, s)}
      <h2>${ts(lang, 'form.questions')}</h2>
      <p class="hint">${ts(lang, 'form.questions.hint')}</p>
      ${c.instrument.questions.map((_, i) => questionGroup(lang, c, s, i))}
      <fieldset>
        <legend>${ts(lang, 'form.profile')}</legend>
        <p class="hint">${ts(lang, 'form.profile.hint')}</p>
        ${PROFILE_CODES.map((code) => profileSelect(lang, c, s, code))}
      </fieldset>
      ${
        open
          ? html`<div class="field">
              <label for="f-saran"
                >${open[lang]} <span class="muted">(${ts(lang, 'form.optional')})</span></label
              >
              ${textareaTag(
                html` id="f-saran" name="saran" rows="4"
                maxlength="${SUGGESTION_MAX}"${describedBy('saran', s)}${
                  s.errors.saran ? raw(' aria-invalid="true"') : ''
                }`,
                s.values.saran ?? '',
              )}
              ${errorOf('saran', s)}
            </div>`
          : ''
      }
      <p class="hint">${ts(lang, 'form.privacy')}</p>
      <p><button type="submit">${ts(lang, 'form.submit')}</button></p>
    </form>`;
  return page({
    lang,
    path,
    title: ts(lang, 'form.title'),
    description: ts(lang, 'form.description'),
    body: html`${surveyAssets.styleLink()}${body}`,
  });
}
