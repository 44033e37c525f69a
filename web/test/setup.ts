/**
 * Setup of the `web` vitest project (jsdom): the browser APIs Mantine needs and jsdom lacks, the
 * app's i18n in Bahasa Indonesia, and a clean DOM, notification list and API stub after each test.
 */
import { notifications } from '@mantine/notifications';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import i18n from '../i18n';
import { assertNoUnhandledRequests } from './fake-api';

// Mantine reads the colour scheme and breakpoints through matchMedia (hiddenFrom/visibleFrom, use-media-query).
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  configurable: true,
  value: (query: string): MediaQueryList => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  }),
});

class ResizeObserverStub implements ResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
window.ResizeObserver = ResizeObserverStub;
globalThis.ResizeObserver = ResizeObserverStub;

// Combobox, ScrollArea and Tabs scroll options into view; jsdom does not lay out, so a no-op does.
Element.prototype.scrollIntoView = function scrollIntoView() {};
if (!Element.prototype.scrollTo) Element.prototype.scrollTo = function scrollTo() {};
// Textarea autosize re-measures when web fonts load.
if (!('fonts' in document))
  Object.defineProperty(document, 'fonts', {
    configurable: true,
    value: Object.assign(new EventTarget(), { ready: Promise.resolve() }),
  });
window.HTMLElement.prototype.hasPointerCapture ??= () => false;
window.HTMLElement.prototype.releasePointerCapture ??= () => {};

void i18n.changeLanguage('id');

// findBy… and waitFor give up after 1 s by default. A file's first render loads its lazy modules
// (the map, the charts), and on a loaded CI machine that alone can pass 1 s; 5 s only slows a
// test that is failing anyway.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => {
  cleanup();
  notifications.clean();
  vi.unstubAllGlobals();
  assertNoUnhandledRequests();
});
