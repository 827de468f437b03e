/**
 * The map's popups from the keyboard (WCAG 2.4.3, focus order). Leaflet opens
 * a marker's popup on Enter but leaves focus on the marker, and the popup's
 * controls sit in a pane after every marker, so they came last in tab order;
 * Escape did nothing while focus was on a marker or in a popup.
 *
 * Here: a popup opened with Enter on its marker takes focus (its heading, so
 * the name is read and Tab reaches the details button next); Escape closes the
 * open popup; and a popup that closes while focus is inside it (Escape, its
 * close button, Enter on the marker again) gives focus back to its marker.
 * Popups opened with a pointer leave focus where it is.
 */
import type * as L from 'leaflet/dist/leaflet-src.esm.js';

type Popup = L.Popup & { _source?: L.Layer };

const markerOf = (popup: Popup): HTMLElement | undefined => (popup._source as L.Marker | undefined)?.getElement?.();

export function popupKeyboard(map: L.Map, container: HTMLElement): void {
  /** The element Enter was last pressed on, until the popup it opens (if any) takes it. */
  let enterOn: EventTarget | null = null;
  /** The popup that has focus inside it, and the one open. */
  let focused: Popup | undefined;
  let open: Popup | undefined;

  container.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') enterOn = e.target;
    else if (e.key === 'Escape') {
      const popup = open;
      if (!popup) return;
      e.stopPropagation();
      const back = markerOf(popup);
      const inside = popup.getElement()?.contains(e.target as Node) || e.target === back;
      map.closePopup();
      if (inside) back?.focus();
    }
  });
  container.addEventListener('keyup', () => (enterOn = null));
  container.addEventListener('focusout', (e) => {
    const next = e.relatedTarget as Node | null;
    // Focus leaving the popup (null: the popup itself was removed, or the window lost focus).
    if (focused && next && !focused.getElement()?.contains(next)) focused = undefined;
  });

  map.on('popupopen', (e: L.PopupEvent) => {
    const popup = (open = e.popup as Popup);
    const element = popup.getElement();
    element?.addEventListener('focusin', () => (focused = popup));
    const marker = markerOf(popup);
    if (!marker || enterOn !== marker) return;
    enterOn = null;
    const heading = element?.querySelector<HTMLElement>('.popup h3') ?? element?.querySelector<HTMLElement>('button');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    }
  });
  map.on('popupclose', (e: L.PopupEvent) => {
    if (open === e.popup) open = undefined;
    if (focused !== e.popup) return;
    focused = undefined;
    const marker = markerOf(e.popup as Popup);
    if (marker?.isConnected) marker.focus();
  });
}
