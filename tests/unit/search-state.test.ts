import { describe, expect, it } from 'vitest';
import {
	emptyState,
	eventMarker,
	eventMarkerFilter,
	parseSearchState,
	resultKinds,
	searchFacetNames,
	serialiseSearchState,
	toPagefindFilters,
	toggleFilter,
	maxQueryLength,
} from '../../src/lib/search-state.ts';

describe('search URL state', () => {
	it('round-trips a full state', () => {
		const query =
			'q=digital+identity&country=EE&country=FI&region=central-asia&domain=health&stage=systematic&level=national&status=active&policy=co-creation&decade=2010s&sort=started';
		const state = parseSearchState(query);
		expect(state.q).toBe('digital identity');
		expect(state.filters.country).toEqual(['EE', 'FI']);
		expect(state.sort).toBe('started');
		expect(serialiseSearchState(state)).toBe(query);
		expect(parseSearchState(serialiseSearchState(state))).toEqual(state);
	});

	it('serialises an empty state to an empty string and omits the default sort', () => {
		expect(serialiseSearchState(emptyState())).toBe('');
		expect(serialiseSearchState(toggleFilter(emptyState(), 'stage', 'mainstreamed', true))).toBe('stage=mainstreamed');
	});

	it('accepts comma-separated values and removes duplicates', () => {
		expect(parseSearchState('country=EE,FI&country=EE').filters.country).toEqual(['EE', 'FI']);
	});

	it('drops hostile and malformed values', () => {
		const state = parseSearchState(
			'country=<script>alert(1)</script>&stage="><img src=x onerror=alert(1)>&domain=javascript:alert(1)&sort=<b>&unknown=1&policy=' + 'x'.repeat(80),
		);
		expect(state.filters.country).toEqual([]);
		expect(state.filters.stage).toEqual([]);
		expect(state.filters.domain).toEqual([]);
		expect(state.filters.policy).toEqual([]);
		expect(state.sort).toBe('relevance');
		expect(Object.keys(state.filters)).not.toContain('unknown');
	});

	it('keeps a hostile query as plain text, trimmed and cut to length', () => {
		const state = parseSearchState(`q=${encodeURIComponent('  <img src=x onerror=alert(1)>   ' + 'y'.repeat(500))}`);
		expect(state.q.startsWith('<img src=x onerror=alert(1)>')).toBe(true);
		expect(state.q.length).toBe(maxQueryLength);
	});

	it('drops values not allowed by the taxonomy when told which are', () => {
		const state = parseSearchState('country=EE&country=XX', { country: new Set(['EE', 'FI']) });
		expect(state.filters.country).toEqual(['EE']);
	});

	it('maps to Pagefind filters (OR within, AND across)', () => {
		const state = parseSearchState('country=EE&country=FI&stage=systematic');
		expect(toPagefindFilters(state)).toEqual({ country: { any: ['EE', 'FI'] }, stage: { any: ['systematic'] } });
		expect(toPagefindFilters(state, ['domain', 'stage'])).toEqual({ country: { any: ['EE', 'FI'] }, stage: { any: ['systematic'] }, domain: { any: [] } });
	});

	it('counts events by a marker that is no facet, and case studies as the rest', () => {
		expect(eventMarkerFilter).toBe(`${eventMarker.name}:${eventMarker.value}`);
		// Never a URL key or a facet group: it would show in the form and the address.
		expect(searchFacetNames as readonly string[]).not.toContain(eventMarker.name);
		expect(parseSearchState(`${eventMarker.name}=${eventMarker.value}`)).toEqual(emptyState());
		expect(resultKinds(12, { [eventMarker.name]: { [eventMarker.value]: 2 } })).toEqual({ cases: 10, events: 2 });
		expect(resultKinds(3, { [eventMarker.name]: {} })).toEqual({ cases: 3, events: 0 });
		expect(resultKinds(1, { [eventMarker.name]: { [eventMarker.value]: 1 } })).toEqual({ cases: 0, events: 1 });
		// Not loaded, or not adding up: the caller falls back to "N results".
		expect(resultKinds(5, { type: { 'case-study': 5 } })).toBeUndefined();
		expect(resultKinds(1, { [eventMarker.name]: { [eventMarker.value]: 2 } })).toBeUndefined();
	});
});
