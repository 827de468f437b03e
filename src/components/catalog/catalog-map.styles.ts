/** The catalogue map's own styles (Leaflet's CSS is adopted beside them in catalog-map.ts). */
import { css } from 'lit';

export const mapStyles = css`
  :host {
    display: block;
  }
  .map {
    height: var(--kpss-map-height, 28em);
    max-height: 80vh;
    border: 1px solid var(--_border, #8a929c);
    border-radius: var(--_radius, 0.375em);
    font: inherit;
    font-size: 0.875em;
  }
  .map:focus-visible,
  .map :focus-visible {
    outline: 3px solid var(--_focus, #c34a00);
    outline-offset: 2px;
  }
  /* A marker is pressed with a finger: 44 × 44 px to press (WCAG 2.5.5), the pin drawn smaller inside. */
  .target {
    display: flex;
    align-items: center;
    justify-content: center;
  }
  .leaflet-container .leaflet-bar a,
  .leaflet-touch .leaflet-bar a {
    width: 44px;
    height: 44px;
    line-height: 44px;
  }
  .leaflet-control-attribution a {
    display: inline-block;
    padding: 14px 2px;
  }
  .pin {
    box-sizing: border-box;
    display: flex;
    align-items: center;
    justify-content: center;
    width: 28px;
    height: 28px;
    border-radius: 50% 50% 50% 0;
    transform: rotate(-45deg);
    background: var(--_primary, #0b5cad);
    border: 2px solid #fff;
    box-shadow: 0 1px 3px rgb(0 0 0 / 45%);
  }
  .cluster {
    box-sizing: border-box;
    display: flex;
    align-items: center;
    justify-content: center;
    width: 40px;
    height: 40px;
    border-radius: 50%;
    background: var(--_primary, #0b5cad);
    color: var(--_on-primary, #fff);
    border: 3px solid #fff;
    box-shadow: 0 1px 4px rgb(0 0 0 / 45%);
    font-weight: 700;
    font-size: 14px;
  }
  .popup h3 {
    margin: 0 0 0.25em;
    font-size: 1.1em;
  }
  .popup p {
    margin: 0 0 0.5em;
  }
  .popup button {
    font: inherit;
    padding: 0.4em 0.9em;
    min-height: 44px;
    border-radius: var(--_radius, 0.375em);
    border: 0;
    background: var(--_primary, #0b5cad);
    color: var(--_on-primary, #fff);
    cursor: pointer;
  }
  .leaflet-container a.leaflet-popup-close-button {
    width: 32px;
    height: 32px;
    font-size: 24px;
    line-height: 32px;
  }
  .note {
    margin: 0.5em 0 0;
    color: var(--_muted, #4f5660);
  }
`;
