/**
 * The script-tag entry (`dist/kpss-widgets.js`): defines every element.
 * Safe to load twice: a tag that is already defined is left alone.
 */
import { defineAll } from './elements.js';

defineAll();
