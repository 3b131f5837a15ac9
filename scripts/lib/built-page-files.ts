import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { pageFiles, type PageFiles } from '../../src/lib/budget/module-graph.ts';
import { dist } from './built-pages.ts';

export const gzipSize = (bytes: string | Uint8Array): number => gzipSync(bytes, { level: 9 }).byteLength;

/** What a built page in dist/ loads with itself and on demand. */
export const builtPageFiles = (html: string): PageFiles => pageFiles(html, (file) => readFileSync(`${dist}${file}`, 'utf8'));

/** Gzip bytes of built files, each compressed on its own as a server sends it. */
export const gzipOfFiles = (files: string[]): number => files.reduce((total, file) => total + gzipSize(readFileSync(`${dist}${file}`)), 0);
