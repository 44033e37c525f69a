/**
 * The receipt (tracking number + PIN, shown once), the status sign-in (tracking number + PIN), the
 * status page of one case, and the report pages' error page. None shows any of the reporter's
 * identity; the status page shows no officer's note and none of the reported body's files.
 */
import { CLOSURE_LABELS, STAGE_LABELS, type ComplaintStage } from '../../../shared/complaints/stages';
import { TRANSITIONS, type ComplaintAction } from '../../../shared/complaints/machine';
import { formatDate, formatDateTime } from '../../../shared/format/format';
import { href, html, page, raw, type Raw } from '../public/html';
import type { PublicLang } from '../public/public-i18n';
import type { CreatedReport } from '../complaints/complaints.create';
import { laporAssets } from './lapor-assets';
import { textareaTag } from './lapor-form';
import { tl } from './lapor-i18n';
import type { StatusView } from './lapor.service';

function shell(lang: PublicLang, path: string, title: string, body: Raw, description?: string): string {
  return page({
    lang,
    path,
    title,
    description: description ?? tl(lang, 'status.description'),
    body: html`${laporAssets.styleLink()}${body}`,
    current: 'report',
  });
}

export function renderReceipt(lang: PublicLang, path: string, r: CreatedReport): string {
  const title = tl(lang, r.repeated ? 'receipt.repeated.title' : 'receipt.title');
  return shell(
    lang,
    path,
    title,
    html`<h1>${title}</h1>
      ${r.repeated ? html`<p class="notice" role="status">${tl(lang, 'receipt.repeated')}</p>` : ''}
      <div class="status-box">
        <p>${tl(lang, 'receipt.tracking')}</p>
        <p class="receipt-code" id="nomor-laporan">${r.trackingNumber}</p>
        ${
          r.pin
            ? html`<p>${tl(lang, 'receipt.pin')}</p>
                <p class="receipt-code" id="pin">${r.pin}</p>
                <p class="notice" role="note"><strong>${tl(lang, 'receipt.save')}</strong></p>`
            : ''
        }
        <p>${tl(lang, 'receipt.office')}: <strong>${r.officeName}</strong></p>
      </div>
      <h2>${tl(lang, 'receipt.next')}</h2>
      <ol>
        <li>${tl(lang, 'receipt.next.1')}</li>
        <li>${tl(lang, 'receipt.next.2')}</li>
        <li>${tl(lang, 'receipt.next.3')}</li>
      </ol>
      <p><a class="button" href="${href('/publik/lapor/status', lang)}">${tl(lang, 'status.open')}</a></p>`,
  );
}

export interface SignInState {
  values: { trackingNumber?: string };
  errors: Record<string, string>;
  general?: string;
  formToken: string;
}

export function renderSignIn(lang: PublicLang, path: string, s: SignInState): string {
  const err = (name: string) =>
    s.errors[name] ? html`<p class="field-error" id="f-${name}-err">${s.errors[name]}</p>` : '';
  const aria = (name: string) =>
    s.errors[name] ? raw(` aria-invalid="true" aria-describedby="f-${name}-err"`) : '';
  return shell(
    lang,
    path,
    tl(lang, 'status.title'),
    html`<h1>${tl(lang, 'status.title')}</h1>
      <p>${tl(lang, 'status.description')}</p>
      ${s.general ? html`<p class="notice error-summary" role="alert">${s.general}</p>` : ''}
      <form class="report-form" method="post" action="${href('/publik/lapor/status', lang)}">
        <input type="hidden" name="formToken" value="${s.formToken}" />
        <fieldset>
          <legend>${tl(lang, 'status.title')}</legend>
          <div class="field">
            <label for="f-trackingNumber">${tl(lang, 'status.tracking')}</label>
            <input
              id="f-trackingNumber"
              name="trackingNumber"
              type="text"
              autocomplete="off"
              autocapitalize="characters"
              maxlength="40"
              placeholder="LM-2026-XXXXXXXX"
              value="${s.values.trackingNumber ?? ''}"
              ${aria('trackingNumber')}
            />
            ${err('trackingNumber')}
          </div>
          <div class="field">
            <label for="f-pin">${tl(lang, 'status.pin')}</label>
            <input
              id="f-pin"
              name="pin"
              type="password"
              inputmode="numeric"
              autocomplete="off"
              maxlength="6"
              ${aria('pin')}
            />
            ${err('pin')}
          </div>
          <p><button type="submit">${tl(lang, 'status.open')}</button></p>
        </fieldset>
      </form>
      <p><a href="${href('/publik/lapor', lang)}">${tl(lang, 'form.title')}</a></p>`,
  );
}

function eventLabel(lang: PublicLang, e: StatusView['events'][number]): string {
  const own = ['diterima', 'pesan_pelapor', 'tanggapan_lhp', 'dokumen_pelapor'];
  const base = own.includes(e.action)
    ? tl(lang, `event.${e.action}`)
    : (TRANSITIONS[e.action as ComplaintAction]?.label[lang] ?? tl(lang, 'event.other'));
  const stage = e.toStage && STAGE_LABELS[e.toStage as ComplaintStage];
  return stage && e.action !== 'diterima'
    ? `${base} — ${tl(lang, 'event.toStage', { stage: stage[lang] })}`
    : base;
}

export interface StatusPageState {
  formToken: string;
  notice?: string;
  errors: Record<string, string>;
  values: Record<string, string>;
}

export function renderStatus(lang: PublicLang, path: string, v: StatusView, s: StatusPageState): string {
  const err = (name: string) =>
    s.errors[name] ? html`<p class="field-error" id="f-${name}-err">${s.errors[name]}</p>` : '';
  const aria = (name: string) =>
    s.errors[name] ? raw(` aria-invalid="true" aria-describedby="f-${name}-err"`) : '';
  const token = html`<input type="hidden" name="formToken" value="${s.formToken}" />`;
  const d = v.nextDeadline;
  const body = html`<h1>${tl(lang, 'status.title')}</h1>
    ${s.notice ? html`<p class="notice" role="status">${s.notice}</p>` : ''}
    <div class="status-box">
      <p>${tl(lang, 'receipt.tracking')}: <strong class="receipt-code">${v.trackingNumber}</strong></p>
      <p>${v.subject} — ${v.bodyName}</p>
      <p>
        ${tl(lang, 'status.stage')}:
        <strong id="tahap">${STAGE_LABELS[v.stage][lang]}</strong>
        ${v.closureReason ? html` — ${CLOSURE_LABELS[v.closureReason]?.[lang] ?? ''}` : ''}
      </p>
      <p>${tl(lang, 'status.received')}: ${formatDate(v.receivedAt, lang, 'WIB')}</p>
      <p>${tl(lang, 'status.office')}: ${v.officeName}</p>
      <h2>${tl(lang, 'status.deadline')}</h2>
      ${
        d
          ? html`<p id="tenggat">
              ${tl(lang, 'status.deadline.due', {
                label: d.label?.[lang] ?? d.key,
                date: formatDate(d.dueOn, lang, 'WIB'),
              })}
              ${d.overdue ? html` <strong>(${tl(lang, 'status.deadline.overdue')})</strong>` : ''}
            </p>`
          : html`<p>${tl(lang, 'status.deadline.none')}</p>`
      }
      ${v.pausedFor ? html`<p class="notice">${tl(lang, `status.paused.${v.pausedFor}`)}</p>` : ''}
    </div>
    ${
      v.lhp
        ? html`<section aria-labelledby="lhp-h">
            <h2 id="lhp-h">${tl(lang, 'status.lhp')}</h2>
            <p>
              ${tl(lang, 'status.lhp.outcome')}:
              <strong>${tl(lang, `lhp.${v.lhp.outcome}`)}</strong>
              ${v.lhp.number ? html`(${v.lhp.number}, ${formatDate(v.lhp.date, lang, 'WIB')})` : ''}
            </p>
            ${v.lhp.findings ? html`<div class="message">${v.lhp.findings}</div>` : ''}
            ${
              v.lhpUntil
                ? html`<form
                    class="report-form"
                    method="post"
                    action="${href('/publik/lapor/status/pesan', lang)}"
                  >
                    ${token}<input type="hidden" name="lhpResponse" value="on" />
                    <div class="field">
                      <label for="f-lhp">${tl(lang, 'status.lhp.respond')}</label>
                      <p class="hint" id="f-lhp-hint">
                        ${tl(lang, 'status.lhp.until', { date: formatDate(v.lhpUntil, lang, 'WIB') })}
                      </p>
                      <textarea
                        id="f-lhp"
                        name="message"
                        rows="5"
                        maxlength="4000"
                        aria-describedby="f-lhp-hint"
                      ></textarea>
                    </div>
                    <p><button type="submit">${tl(lang, 'status.lhp.respond')}</button></p>
                  </form>`
                : ''
            }
          </section>`
        : ''
    }
    <h2>${tl(lang, 'status.messages')}</h2>
    ${
      v.messages.length
        ? v.messages.map(
            (m) =>
              html`<div class="message">
                <strong>${tl(lang, `status.from.${m.authorKind}`)}</strong
                >${m.isLhpResponse ? html` · ${tl(lang, 'status.lhpResponse')}` : ''} ·
                <span class="muted">${formatDateTime(m.createdAt, lang, 'WIB')}</span><br />${m.body}
              </div>`,
          )
        : html`<p>${tl(lang, 'status.messages.none')}</p>`
    }
    ${
      v.closed
        ? ''
        : html`<form class="report-form" method="post" action="${href('/publik/lapor/status/pesan', lang)}">
            ${token}
            <div class="field">
              <label for="f-message">${tl(lang, 'status.message')}</label>
              ${textareaTag(
                html` id="f-message" name="message" rows="4" maxlength="4000"${aria('message')}`,
                s.values.message ?? '',
              )}
              ${err('message')}
            </div>
            <p><button type="submit">${tl(lang, 'status.send')}</button></p>
          </form>`
    }
    <h2>${tl(lang, 'status.docs')}</h2>
    ${
      v.files.length
        ? html`<ul>
            ${v.files.map((f) => html`<li>${f.name} · ${formatDate(f.createdAt, lang, 'WIB')}</li>`)}
          </ul>`
        : html`<p>${tl(lang, 'status.docs.none')}</p>`
    }
    ${
      v.closed
        ? ''
        : html`<form
            class="report-form"
            method="post"
            action="${href('/publik/lapor/status/dokumen', lang)}"
            enctype="multipart/form-data"
          >
            ${token}
            <div class="field">
              <label for="f-files">${tl(lang, 'status.addDocs.field')}</label>
              <input
                id="f-files"
                name="files"
                type="file"
                multiple
                accept="application/pdf,image/png,image/jpeg,image/webp,.pdf,.png,.jpg,.jpeg,.webp"
                ${aria('files')}
              />
              ${err('files')}
            </div>
            <p><button type="submit">${tl(lang, 'status.upload')}</button></p>
          </form>`
    }
    <h2>${tl(lang, 'status.history')}</h2>
    <ol class="timeline">
      ${v.events.map(
        (e) =>
          html`<li>
            <span class="muted">${formatDateTime(e.at, lang, 'WIB')}</span><br />${eventLabel(lang, e)}
          </li>`,
      )}
    </ol>
    <form method="post" action="${href('/publik/lapor/status/keluar', lang)}">
      ${token}<button type="submit" class="button secondary">${tl(lang, 'status.signout')}</button>
    </form>`;
  return shell(lang, path, tl(lang, 'status.title'), body);
}

export function renderError(lang: PublicLang, path: string, message: string): string {
  return shell(
    lang,
    path,
    tl(lang, 'error.title'),
    html`<h1>${tl(lang, 'error.title')}</h1>
      <p class="notice error-summary" role="alert">${message}</p>
      <p><a href="${href('/publik/lapor', lang)}">${tl(lang, 'error.back')}</a></p>`,
  );
}
