// The one Chromium every browser run uses (tests, end-to-end tests, benchmarks):
// CHROME_PATH, else Debian's /usr/bin/chromium (scripts/test.sh installs it),
// with the flags a headless run as root in a container needs: no sandbox (root),
// no GPU, no /dev/shm, and none of the browser's own network chatter.
export const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';

export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
