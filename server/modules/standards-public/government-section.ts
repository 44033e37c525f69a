/**
 * "Standar pelayanan" on the public government page (issue 15 part 5): per unit, how many of its
 * services have a set and published standard, and a link to the catalogue filtered to this
 * government. No section when none is published.
 */
import { formatNumber } from '../../../shared/format/format';
import type { GovernmentPageContext, GovernmentSection } from '../public/government-page';
import { href, html, type Raw } from '../public/html';
import { tp } from '../public/public-i18n';
import { publishedPerUnit } from './catalog.service';
import './catalog-i18n';
import { CATALOGUE_PATH } from './paths';

async function render({ lang, db, gov }: GovernmentPageContext): Promise<Raw | null> {
  const units = await publishedPerUnit(db, gov.government.id);
  if (units.length === 0) return null;
  const total = units.reduce((n, u) => n + u.services, 0);
  return html`<section class="card" aria-labelledby="standar-pelayanan" data-testid="gov-standards">
    <h2 id="standar-pelayanan">${tp(lang, 'sp.gov.title')}</h2>
    <p class="muted">${tp(lang, 'sp.gov.lead')}</p>
    <div class="table-scroll" tabindex="0" role="region" aria-label="${tp(lang, 'sp.gov.title')}">
      <table>
        <thead>
          <tr>
            <th scope="col">${tp(lang, 'sp.gov.unit')}</th>
            <th scope="col" class="num">${tp(lang, 'sp.gov.services')}</th>
          </tr>
        </thead>
        <tbody>
          ${units.map(
            (u) =>
              html`<tr>
                <td>${u.unitName}</td>
                <td class="num">${formatNumber(u.services, lang)}</td>
              </tr>`,
          )}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">${tp(lang, 'sp.gov.total')}</th>
            <td class="num">${formatNumber(total, lang)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
    <p>
      <a href="${href(CATALOGUE_PATH, lang, { g: gov.government.key })}" data-testid="gov-standards-link"
        >${tp(lang, 'sp.gov.link')}</a
      >
    </p>
  </section>`;
}

export const standardsSection: GovernmentSection = { id: 'standards', render };
