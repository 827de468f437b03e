// Writes schema/region.schema.json from src/data/schema.ts (a test checks it is current).
import { mkdirSync, writeFileSync } from 'node:fs';
import { regionJsonSchema } from '../src/data/json-schema.js';

mkdirSync('schema', { recursive: true });
writeFileSync('schema/region.schema.json', JSON.stringify(regionJsonSchema(), null, 2) + '\n');
console.log('wrote schema/region.schema.json');
