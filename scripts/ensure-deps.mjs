// Installs the npm dependencies when they are missing (a fresh clone), so
// `npm start` and `npm test` are each one command on a new machine.
//
// `npm install` rather than `npm ci`: with the lock file present it installs
// exactly the locked versions, but it tolerates registries (mirrors) that only
// carry the platform packages of the machines they serve. `npm ci` refuses a
// lock file without entries for every optional platform package (rollup's,
// esbuild's), which such a registry can never produce.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

// node_modules/kpss-server is the link npm makes to the server workspace; an
// install from before the server became a workspace lacks it (and the
// server's newer dependencies).
if (!existsSync('node_modules/.package-lock.json') || !existsSync('node_modules/kpss-server')) {
  console.log('Installing dependencies (npm install from package-lock.json)…');
  execSync('npm install --no-audit --no-fund', { stdio: 'inherit' });
}
