/** Modules the build (Vite) and the browser tests (web-test-runner.config.mjs) resolve. */

/** A CSS file imported as a string (`?inline`), adopted inside a shadow root. */
declare module '*.css?inline' {
  const css: string;
  export default css;
}

/** Leaflet's ES module build; its types are those of the `leaflet` package. */
declare module 'leaflet/dist/leaflet-src.esm.js' {
  export * from 'leaflet';
}
