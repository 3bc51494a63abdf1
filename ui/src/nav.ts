/** Navigation between pages, and a message carried over to the next page drawn. */
export interface PageContext {
  root: HTMLElement;
  /** True while this page is still the one shown (a later navigation makes it false). */
  current: () => boolean;
}

let redraw: () => void = () => undefined;
let flashMessage: { kind: 'error' | 'info'; text: string } | undefined;

/** The app's render function (main.ts), called when a navigation keeps the same hash. */
export function setRenderer(render: () => void): void {
  redraw = render;
}

/** Shows a message on the next page drawn. */
export function flash(kind: 'error' | 'info', text: string): void {
  flashMessage = { kind, text };
}

/** Takes the message left for this page, if any. */
export function takeFlash(): { kind: 'error' | 'info'; text: string } | undefined {
  const message = flashMessage;
  flashMessage = undefined;
  return message;
}

/** Goes to a route (`#/…`); the same route is drawn again. */
export function go(route: string): void {
  if (location.hash === route) redraw();
  else location.hash = route;
}
