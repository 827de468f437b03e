#!/usr/bin/env node
// `kpss-server`: starts the receiver, server/main.ts, through tsx (as
// `npm start` does after its build). It runs from a checkout of the
// kpss-widgets repository: the server imports the shared code from ../src and
// serves ../dist, so build the widgets first (`npm run build` at the root).
// Configuration: the environment variables in the README (HOST, PORT, KPSS_*).
import { register } from 'tsx/esm/api';

register();
await import('../main.ts');
