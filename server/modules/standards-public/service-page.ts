/**
 * /publik/layanan/:productId — one service's published standard: government and unit, the six
 * service-delivery components (and the eight others when the unit published them), the decree
 * that set it, its review date and the unit's maklumat pelayanan when published. No script.
 */
import { formatDate, formatNumber, todayIn } from '../../../shared/format/format';
import { govPath } from '../public/government-page';
import { href, html, page, type Raw } from '../public/html';
import { tp, type PublicLang } from '../public/public-i18n';
import { componentTexts, type ComponentText } from './component-text';
import type { PublicService } from './catalog.service';
import './catalog-i18n';
import { boardPath, CATALOGUE_PATH, qrPath } from './paths';

function component(c: ComponentText): Raw {
  const list =
    c.kind === 'ordered'
      ? html`<ol class="steps">
          ${c.lines.map((l) => html`<li>${l}</li>`)}
        </ol>`
      : c.kind === 'list'
        ? html`<ul>
            ${c.lines.map((l) => html`<li>${l}</li>`)}
          </ul>`
        : html`${c.lines.map((l) => html`<p>${l}</p>`)}`;
  return html`<section class="component" aria-labelledby="k-${c.key}" data-component="${c.key}">
    <h3 id="k-${c.key}"><span class="component-no">${String(c.number)}</span> ${c.label}</h3>
    ${list} ${c.note ? html`<p class="muted">${c.note}</p>` : ''}
  </section>`;
}

function decree(lang: PublicLang, s: PublicService): Raw {
  return html`<dl class="facts-list" data-testid="service-decree">
    ${
      s.skNumber
        ? html`<dt>${tp(lang, 'sp.sk')}</dt>
            <dd>${tp(lang, 'sp.skText', { number: s.skNumber, date: formatDate(s.skDate, lang) })}</dd>`
        : ''
    }
    ${
      s.reviewDate
        ? html`<dt>${tp(lang, 'sp.review')}</dt>
            <dd>
              ${formatDate(s.reviewDate, lang)}
              ${s.reviewDate < todayIn('WIB') ? html`<span class="muted">(${tp(lang, 'sp.reviewPassed')})</span>` : ''}
            </dd>`
        : ''
    }
    <dt>${tp(lang, 'sp.version')}</dt>
    <dd>${formatNumber(s.version, lang)}</dd>
    <dt>${tp(lang, 'sp.publishedAt')}</dt>
    <dd>${formatDate(s.publishedAt, lang)}</dd>
  </dl>`;
}

function maklumat(lang: PublicLang, s: PublicService): Raw | string {
  if (!s.maklumat) return '';
  const m = s.maklumat;
  return html`<section class="card maklumat" aria-labelledby="maklumat" data-testid="service-maklumat">
    <h2 id="maklumat">${tp(lang, 'sp.maklumat')}</h2>
    ${m.body
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean)
      .map((p) => html`<p>${p}</p>`)}
    <p class="muted">
      ${tp(lang, 'sp.maklumatSigned', { signatory: m.signatory, date: formatDate(m.signedOn, lang) })}
    </p>
  </section>`;
}

/** The whole service page. */
export function renderServicePage(lang: PublicLang, path: string, s: PublicService): string {
  const parts = componentTexts(s.content, lang);
  const delivery = parts.filter((p) => p.group === 'service_delivery');
  const others = parts.filter((p) => p.group === 'manufacturing');
  const vars = { service: s.name, unit: s.unit.name, government: s.government.name };
  return page({
    lang,
    path,
    title: tp(lang, 'sp.ogTitle', vars),
    description: tp(lang, 'sp.ogDescription', vars),
    current: 'services',
    body: html`<p class="muted">
        <a href="${href(govPath(s.government.key), lang)}">${s.government.name}</a> ·
        ${tp(lang, 'sp.serviceOf', { unit: s.unit.name })}
      </p>
      <h1 data-testid="service-name">${s.name}</h1>
      ${s.description ? html`<p>${s.description}</p>` : ''}
      ${s.unit.address ? html`<p class="muted">${s.unit.name} — ${s.unit.address}</p>` : ''}
      <section class="card" aria-labelledby="pelayanan" data-testid="service-delivery">
        <h2 id="pelayanan">${tp(lang, 'sp.delivery')}</h2>
        ${delivery.map(component)}
      </section>
      ${
        others.length
          ? html`<section class="card" aria-labelledby="pengelolaan" data-testid="service-manufacturing">
              <h2 id="pengelolaan">${tp(lang, 'sp.manufacturing')}</h2>
              <p class="muted">${tp(lang, 'sp.manufacturingNote')}</p>
              ${others.map(component)}
            </section>`
          : ''
      }
      ${decree(lang, s)} ${maklumat(lang, s)}
      <section aria-labelledby="cetak">
        <h2 id="cetak">${tp(lang, 'sp.print')}</h2>
        <p class="muted">${tp(lang, 'sp.printNote')}</p>
        <ul class="pills">
          <li>
            <a href="${href(boardPath(s.productId), lang)}" data-testid="board-link"
              >${tp(lang, 'sp.board')}</a
            >
          </li>
          <li><a href="${qrPath(s.productId)}">${tp(lang, 'sp.qr')}</a></li>
        </ul>
      </section>
      <p class="notice">
        ${tp(lang, 'sp.complain')} <a href="${href('/publik/lapor', lang)}">${tp(lang, 'sp.report')}</a>
      </p>
      <p>
        <a href="${href(CATALOGUE_PATH, lang, { g: s.government.key })}"
          >${tp(lang, 'sp.otherServices', { government: s.government.name })}</a
        >
        · <a href="${href(CATALOGUE_PATH, lang)}">${tp(lang, 'sp.back')}</a>
      </p>`,
  });
}
