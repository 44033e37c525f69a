/**
 * The citizen's report form (GET /publik/lapor, and again after a refused POST): a plain HTML form
 * that posts multipart, readable and usable with JavaScript off. On a refusal every value the
 * citizen typed comes back in its field with the field's own message; files must be chosen again
 * (the page says so beside the file fields).
 */
import {
  BODY_KIND_LABELS,
  BODY_KINDS,
  MARITAL_LABELS,
  MARITAL_STATUSES,
} from '../../../shared/complaints/stages';
import { formatBytes } from '../../../shared/format/format';
import { escapeHtml, href, html, page, raw, type Raw } from '../public/html';
import type { PublicLang } from '../public/public-i18n';
import { tl } from './lapor-i18n';
import { laporAssets } from './lapor-assets';

export interface FormChoices {
  governments: { id: string; name: string; provinceName: string | null }[];
  provinces: { code: string; name: string }[];
}

export interface FormState {
  values: Record<string, string>;
  /** Field name → message (already in the page's language). */
  errors: Record<string, string>;
  /** Messages not tied to one text field (files, an expired form). */
  general: string[];
  submissionKey: string;
  formToken: string;
  maxBytes: number;
}

const idOf = (name: string) => `f-${name.replace(/\./g, '-')}`;

function describedBy(name: string, s: FormState, hint?: boolean): string | undefined {
  const ids = [s.errors[name] ? `${idOf(name)}-err` : '', hint ? `${idOf(name)}-hint` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function errorOf(name: string, s: FormState): Raw | string {
  const m = s.errors[name];
  return m ? html`<p class="field-error" id="${idOf(name)}-err">${m}</p>` : '';
}

function attrs(a: Record<string, string | boolean | number | undefined>): Raw {
  return raw(
    Object.entries(a)
      .filter(([, v]) => v !== undefined && v !== false)
      .map(([k, v]) => (v === true ? ` ${k}` : html` ${raw(k)}="${String(v)}"`.value))
      .join(''),
  );
}

interface FieldOpts {
  type?: string;
  required?: boolean;
  hint?: string;
  extra?: Record<string, string | boolean | number | undefined>;
}

function input(lang: PublicLang, s: FormState, name: string, o: FieldOpts = {}): Raw {
  const id = idOf(name);
  return html`<div class="field">
    <label for="${id}"
      >${tl(lang, `f.${name.replace(/^identity\./, '')}`)}${o.required ? '' : html` <span class="muted">(${tl(lang, 'form.optional')})</span>`}</label
    >
    ${o.hint ? html`<p class="hint" id="${id}-hint">${o.hint}</p>` : ''}
    <input
      ${attrs({
        id,
        name,
        type: o.type ?? 'text',
        value: s.values[name] ?? '',
        required: o.required,
        'aria-invalid': s.errors[name] ? 'true' : undefined,
        'aria-describedby': describedBy(name, s, !!o.hint),
        ...o.extra,
      })}
    />
    ${errorOf(name, s)}
  </div>`;
}

/**
 * `<textarea>` with its value: built as a plain string so no formatter can put whitespace inside
 * (the parser drops one leading newline — the one written here — and keeps everything else).
 */
export function textareaTag(attributes: Raw, value: string): Raw {
  return raw('<textarea' + attributes.value + '>\n' + escapeHtml(value) + '</textarea>');
}

function textarea(lang: PublicLang, s: FormState, name: string, required: boolean, max: number): Raw {
  const id = idOf(name);
  return html`<div class="field">
    <label for="${id}"
      >${tl(lang, `f.${name.replace(/^identity\./, '')}`)}${required ? '' : html` <span class="muted">(${tl(lang, 'form.optional')})</span>`}</label
    >
    ${textareaTag(
      attrs({
        id,
        name,
        rows: 5,
        maxlength: max,
        required,
        'aria-invalid': s.errors[name] ? 'true' : undefined,
        'aria-describedby': describedBy(name, s),
      }),
      s.values[name] ?? '',
    )}
    ${errorOf(name, s)}
  </div>`;
}

function select(
  lang: PublicLang,
  s: FormState,
  name: string,
  label: string,
  options: Raw,
  required: boolean,
  extra: Record<string, string> = {},
): Raw {
  const id = idOf(name);
  return html`<div class="field">
    <label for="${id}"
      >${label}${required ? '' : html` <span class="muted">(${tl(lang, 'form.optional')})</span>`}</label
    >
    <select
      ${attrs({
        id,
        name,
        required,
        'aria-invalid': s.errors[name] ? 'true' : undefined,
        'aria-describedby': describedBy(name, s),
        ...extra,
      })}
    >
      ${options}
    </select>
    ${errorOf(name, s)}
  </div>`;
}

const option = (value: string, label: string, chosen: string | undefined) =>
  html`<option value="${value}" ${chosen === value ? raw('selected') : ''}>${label}</option>`;

function governmentOptions(lang: PublicLang, s: FormState, c: FormChoices): Raw {
  const chosen = s.values['body.governmentId'];
  const groups = new Map<string, FormChoices['governments']>();
  for (const g of c.governments) {
    const key = g.provinceName ?? (lang === 'id' ? 'Nasional' : 'National');
    groups.set(key, [...(groups.get(key) ?? []), g]);
  }
  return html`${option('', tl(lang, 'f.body.notListed'), chosen)}
  ${[...groups].map(
    ([label, govs]) =>
      html`<optgroup label="${label}">${govs.map((g) => option(g.id, g.name, chosen))}</optgroup>`,
  )}`;
}

function fileField(lang: PublicLang, s: FormState, name: string, label: string, multiple: boolean): Raw {
  const id = idOf(name);
  return html`<div class="field">
    <label for="${id}">${label}</label>
    <input
      ${attrs({
        id,
        name,
        type: 'file',
        multiple,
        accept: 'application/pdf,image/png,image/jpeg,image/webp,.pdf,.png,.jpg,.jpeg,.webp',
        'aria-describedby': `f-files-hint${s.errors.files ? ' f-files-err' : ''}`,
      })}
    />
  </div>`;
}

export function renderForm(lang: PublicLang, path: string, s: FormState, c: FormChoices): string {
  const v = s.values;
  const hasErrors = Object.keys(s.errors).length > 0 || s.general.length > 0;
  const body = html`<h1>${tl(lang, 'form.title')}</h1>
    <p>${tl(lang, 'form.intro')}</p>
    <p><a href="${href('/publik/lapor/status', lang)}">${tl(lang, 'form.statusLink')}</a></p>
    ${
      hasErrors
        ? html`<div class="notice error-summary" role="alert" id="kesalahan">
            <p><strong>${tl(lang, 'form.errors')}</strong></p>
            <ul>
              ${s.general.map((m) => html`<li>${m}</li>`)}
              ${Object.entries(s.errors).map(([name, m]) => html`<li><a href="#${idOf(name)}">${m}</a></li>`)}
            </ul>
          </div>`
        : ''
    }
    <form
      class="report-form"
      method="post"
      action="${href('/publik/lapor', lang)}"
      enctype="multipart/form-data"
      novalidate
    >
      <input type="hidden" name="submissionKey" value="${s.submissionKey}" />
      <input type="hidden" name="formToken" value="${s.formToken}" />
      <fieldset>
        <legend>${tl(lang, 'sec.identity')}</legend>
        <p class="hint">${tl(lang, 'sec.identity.note')}</p>
        ${input(lang, s, 'identity.fullName', { required: true, extra: { autocomplete: 'name', maxlength: 160 } })}
        ${input(lang, s, 'identity.birthPlace', { required: true, extra: { maxlength: 120 } })}
        ${input(lang, s, 'identity.birthDate', { type: 'date', required: true, extra: { autocomplete: 'bday' } })}
        ${select(
          lang,
          s,
          'identity.maritalStatus',
          tl(lang, 'f.maritalStatus'),
          html`${option('', tl(lang, 'f.choose'), v['identity.maritalStatus'])}
          ${MARITAL_STATUSES.map((m) => option(m, MARITAL_LABELS[m][lang], v['identity.maritalStatus']))}`,
          true,
        )}
        ${input(lang, s, 'identity.occupation', { required: true, extra: { maxlength: 120 } })}
        ${textarea(lang, s, 'identity.address', true, 500)}
        ${input(lang, s, 'identity.nik', {
          required: true,
          extra: { inputmode: 'numeric', maxlength: 16, autocomplete: 'off' },
        })}
        ${input(lang, s, 'identity.phone', { type: 'tel', required: true, extra: { autocomplete: 'tel' } })}
        ${input(lang, s, 'identity.email', { type: 'email', extra: { autocomplete: 'email', maxlength: 200 } })}
      </fieldset>
      <fieldset>
        <legend>${tl(lang, 'sec.body')}</legend>
        ${select(
          lang,
          s,
          'body.kind',
          tl(lang, 'f.body.kind'),
          html`${option('', tl(lang, 'f.choose'), v['body.kind'])}
          ${BODY_KINDS.map((k) => option(k, BODY_KIND_LABELS[k][lang], v['body.kind']))}`,
          true,
        )}
        ${select(
          lang,
          s,
          'body.governmentId',
          tl(lang, 'f.body.governmentId'),
          governmentOptions(lang, s, c),
          false,
          { 'data-search-label': tl(lang, 'f.body.search') },
        )}
        ${input(lang, s, 'body.name', { hint: tl(lang, 'f.body.name.hint'), extra: { maxlength: 200 } })}
        ${select(
          lang,
          s,
          'body.regionCode',
          tl(lang, 'f.body.regionCode'),
          html`${option('', tl(lang, 'f.choose'), v['body.regionCode'])}
          ${c.provinces.map((p) => option(p.code, p.name, v['body.regionCode']))}`,
          false,
        )}
      </fieldset>
      <fieldset>
        <legend>${tl(lang, 'sec.event')}</legend>
        ${input(lang, s, 'subject', { required: true, extra: { maxlength: 200 } })}
        ${textarea(lang, s, 'description', true, 10_000)} ${input(lang, s, 'eventDate', { type: 'date' })}
        ${input(lang, s, 'eventPlace', { extra: { maxlength: 300 } })}
      </fieldset>
      <fieldset>
        <legend>${tl(lang, 'sec.prior')}</legend>
        ${textarea(lang, s, 'priorEffort', true, 4_000)}
        ${input(lang, s, 'priorComplaintDate', { type: 'date' })}
        ${fileField(lang, s, 'priorProof', tl(lang, 'f.priorProof'), false)}
        ${textarea(lang, s, 'expectation', true, 2_000)}
      </fieldset>
      <fieldset>
        <legend>${tl(lang, 'sec.files')}</legend>
        <p class="hint" id="f-files-hint">
          ${tl(lang, 'f.files.hint', { max: formatBytes(s.maxBytes, lang) })}
          ${hasErrors ? html`<strong>${tl(lang, 'f.files.again')}</strong>` : ''}
        </p>
        ${fileField(lang, s, 'attachments', tl(lang, 'f.attachments'), true)}
        ${s.errors.files ? html`<p class="field-error" id="f-files-err">${s.errors.files}</p>` : ''}
      </fieldset>
      <fieldset>
        <legend>${tl(lang, 'sec.consent')}</legend>
        <div class="check">
          <input
            id="f-confidential"
            type="checkbox"
            name="confidential"
            value="on"
            ${v.confidential ? raw('checked') : ''}
          />
          <label for="f-confidential">${tl(lang, 'f.confidential')}</label>
        </div>
        <p class="hint" id="f-privacy">${tl(lang, 'privacy.text')}</p>
        <div class="check">
          <input
            ${attrs({
              id: 'f-consent',
              type: 'checkbox',
              name: 'consent',
              value: 'on',
              checked: !!v.consent,
              required: true,
              'aria-invalid': s.errors.consent ? 'true' : undefined,
              'aria-describedby': `f-privacy${s.errors.consent ? ' f-consent-err' : ''}`,
            })}
          />
          <label for="f-consent">${tl(lang, 'f.consent')}</label>
        </div>
        ${errorOf('consent', s)}
      </fieldset>
      <p><button type="submit">${tl(lang, 'form.submit')}</button></p>
    </form>`;
  return page({
    lang,
    path,
    title: tl(lang, 'form.title'),
    description: tl(lang, 'form.description'),
    body: html`${laporAssets.styleLink()}${body}`,
    scripts: [laporAssets.scriptPath()],
    current: 'report',
  });
}
