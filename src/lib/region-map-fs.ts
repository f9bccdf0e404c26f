/**
 * The region map for the build, from the world-atlas files on disk (Node only), computed once
 * per build and shared by the countries map and the transfers map.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { buildRegionMap, type RegionMap } from './region-map.ts';
import type { Country } from '../schema/taxonomy.ts';

const require = createRequire(import.meta.url);
const readAtlas = (name: string): unknown => JSON.parse(readFileSync(require.resolve(`world-atlas/${name}`), 'utf8'));
const cache = new Map<string, RegionMap>();

export function regionMapOf(countries: readonly Country[]): RegionMap {
	const key = countries.map((c) => c.m49).join(',');
	let map = cache.get(key);
	if (!map) {
		map = buildRegionMap(
			readAtlas('countries-110m.json'),
			readAtlas('countries-50m.json'),
			countries.map((c) => c.m49),
		);
		cache.set(key, map);
	}
	return map;
}
