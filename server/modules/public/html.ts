/**
 * Server-rendered HTML for the public portal: a tagged template that escapes every interpolated
 * value (so a government's name can never become markup), and the one page shell every public page
 * uses — head (title, description, Open Graph, canonical), header navigation, language switch and
 * the footer with the boundary attribution. No inline scripts (CSP: script-src 'self').
 */
import { portalCssPath } from './portal-css';
import { tp, type PublicLang } from './public-i18n';

/** Markup that is already safe (built by `html` or trusted constants). */
export class Raw {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** Marks a string as trusted markup. Never pass user input. */
export const raw = (value: string): Raw => new Raw(value);

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

type Part = Raw | string | number | null | undefined | false | readonly Part[];

function render(part: Part): string {
  if (part === null || part === undefined || part === false) return '';
  if (part instanceof Raw) return part.value;
  if (Array.isArray(part)) return part.map(render).join('');
  return escapeHtml(String(part));
}

/** `html\`<p>${name}</p>\`` — every value escaped; arrays joined; Raw passed through. */
export function html(strings: TemplateStringsArray, ...values: Part[]): Raw {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]!) + strings[i + 1]!;
  return new Raw(out);
}

/** A public URL keeping the language: `href('/publik', 'en', { tahun: 2023 })` → `/publik?tahun=2023&lang=en`. */
export function href(
  path: string,
  lang: PublicLang,
  query: Record<string, string | number | readonly (string | number)[] | undefined | null> = {},
): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined || v === null || v === '') continue;
    for (const one of [v].flat()) params.append(k, String(one));
  }
  if (lang === 'en') params.set('lang', 'en');
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

export interface PageOptions {
  lang: PublicLang;
  /** The request path with its query, for the language switch and canonical URL. */
  path: string;
  title: string;
  description: string;
  body: Raw;
  /** Absolute or root-relative image for Open Graph (e.g. a badge). */
  ogImage?: string;
  /** Extra external scripts (same origin), loaded deferred. */
  scripts?: string[];
  /** Which nav entry is current. */
  current?: 'home' | 'ranking' | 'compare' | 'services' | 'data' | 'about' | 'report';
}

const NAV: Array<{ id: NonNullable<PageOptions['current']>; path: string; label: string }> = [
  { id: 'home', path: '/publik', label: 'nav.home' },
  { id: 'ranking', path: '/publik/peringkat', label: 'nav.ranking' },
  { id: 'compare', path: '/publik/bandingkan', label: 'nav.compare' },
  { id: 'services', path: '/publik/layanan', label: 'nav.services' },
  { id: 'data', path: '/publik/data', label: 'nav.data' },
  { id: 'about', path: '/publik/tentang', label: 'nav.about' },
  { id: 'report', path: '/publik/lapor', label: 'nav.report' },
];

/** The path with `lang` switched to `to`. */
function switchLang(path: string, to: PublicLang): string {
  const url = new URL(path, 'http://x');
  url.searchParams.delete('lang');
  if (to === 'en') url.searchParams.set('lang', 'en');
  const qs = url.searchParams.toString();
  return url.pathname + (qs ? `?${qs}` : '');
}

/** The whole document of a public page. */
export function page(o: PageOptions): string {
  const { lang } = o;
  const other: PublicLang = lang === 'id' ? 'en' : 'id';
  const fullTitle = `${o.title} · ${tp(lang, 'site.name')}`;
  const doc = html`<!doctype html>
    <html lang="${lang}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${fullTitle}</title>
        <meta name="description" content="${o.description}" />
        <meta property="og:type" content="website" />
        <meta property="og:site_name" content="${tp(lang, 'site.name')}" />
        <meta property="og:title" content="${o.title}" />
        <meta property="og:description" content="${o.description}" />
        <meta property="og:locale" content="${lang === 'id' ? 'id_ID' : 'en_GB'}" />
        ${o.ogImage ? html`<meta property="og:image" content="${o.ogImage}" />` : ''}
        <meta name="twitter:card" content="summary" />
        <link rel="stylesheet" href="${portalCssPath()}" />
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        ${(o.scripts ?? []).map((s) => html`<script src="${s}" defer></script>`)}
      </head>
      <body>
        <a class="skip" href="#isi">${tp(lang, 'nav.skip')}</a>
        <header class="site-header">
          <div class="wrap header-row">
            <a class="brand" href="${href('/publik', lang)}"
              >${tp(lang, 'site.name')}<span class="brand-sub">${tp(lang, 'site.tagline')}</span></a
            >
            <a class="lang-switch" href="${switchLang(o.path, other)}" lang="${other}" hreflang="${other}"
              >${tp(lang, 'nav.otherLang')}</a
            >
          </div>
          <nav class="wrap site-nav" aria-label="${tp(lang, 'nav.label')}">
            <ul>
              ${NAV.map(
                (n) =>
                  html`<li>
                    <a href="${href(n.path, lang)}" ${o.current === n.id ? raw(' aria-current="page"') : ''}
                      >${tp(lang, n.label)}</a
                    >
                  </li>`,
              )}
              <li class="nav-login"><a href="/login">${tp(lang, 'nav.login')}</a></li>
            </ul>
          </nav>
        </header>
        <main id="isi" class="wrap">${o.body}</main>
        <footer class="site-footer">
          <div class="wrap">
            <p>${tp(lang, 'footer.about')}</p>
            <p>
              ${tp(lang, 'footer.boundaries')}
              <a href="${href('/publik/tentang', lang)}#kredit">${tp(lang, 'footer.credits')}</a>
            </p>
          </div>
        </footer>
      </body>
    </html>`;
  return doc.value;
}
