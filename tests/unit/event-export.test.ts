/**
 * The events export (/data/events.json): every event with its sessions and materials, and the
 * cases presented at each session and at the event, each with its stable address.
 */
import { describe, expect, it } from 'vitest';
import { eventRecords } from '../../src/lib/event-export.ts';
import type { CaseStudy } from '../../src/lib/case-studies.ts';
import type { EventData } from '../../src/schema/event.ts';

const event = (overrides: Partial<EventData> = {}): EventData => ({
	title: 'A conference on public-sector innovation',
	summary: 'A summary long enough to pass the forty-character minimum of the schema.',
	startDate: new Date('2024-05-10T00:00:00Z'),
	endDate: new Date('2024-05-11T00:00:00Z'),
	city: 'Tallinn',
	country: 'EE',
	organiser: 'Someone',
	sessions: [
		{
			id: 'opening',
			title: 'Opening',
			domains: ['digital-services'],
			materials: [{ title: 'Slides of the opening', type: 'slides', url: 'https://example.org/slides.pdf' }],
		},
		{ id: 'closing', title: 'Closing', domains: [], materials: [] },
	],
	policyMessages: ['co-creation'],
	materials: [],
	sources: [{ title: 'Programme', publisher: 'Someone', url: 'https://example.org/', year: 2024 }],
	...overrides,
});

const caseStudy = (id: string, presentedAt: CaseStudy['data']['presentedAt']): CaseStudy => ({
	id,
	data: { title: `Case ${id}`, presentedAt } as CaseStudy['data'],
});

const urls = { event: (id: string) => `https://kb.test/events/${id}/`, caseStudy: (id: string) => `https://kb.test/case-studies/${id}/` };

describe('eventRecords', () => {
	const cases = [
		caseStudy('lv/b', [{ event: 'conf', session: 'opening' }]),
		caseStudy('ee/a', [{ event: 'conf', session: 'opening' }, { event: 'conf', session: 'closing' }, { event: 'other' }]),
		caseStudy('fi/c', [{ event: 'conf' }]),
		caseStudy('ee/d', []),
	];
	const [conf, other] = eventRecords(
		[
			{ id: 'other', data: event({ url: 'http://example.org/old', participants: 'Ninety experts' }) },
			{ id: 'conf', data: event() },
		],
		cases,
		urls,
	);

	it('sorts events by id and writes dates as YYYY-MM-DD', () => {
		expect(conf!.id).toBe('conf');
		expect(conf!.url).toBe('https://kb.test/events/conf/');
		expect([conf!.startDate, conf!.endDate]).toEqual(['2024-05-10', '2024-05-11']);
	});

	it('lists the cases of each session, by id, with their addresses; a session anchor is its address', () => {
		expect(conf!.sessions.map((s) => [s.url, s.cases.map((c) => c.id)])).toEqual([
			['https://kb.test/events/conf/#session-opening', ['ee/a', 'lv/b']],
			['https://kb.test/events/conf/#session-closing', ['ee/a']],
		]);
		expect(conf!.sessions[0]!.cases[0]).toEqual({ id: 'ee/a', title: 'Case ee/a', url: 'https://kb.test/case-studies/ee/a/' });
		expect(conf!.sessions[0]!.materials[0]!.type).toBe('slides');
	});

	it('lists every case presented at the event once, with its sessions (none when it named none)', () => {
		expect(conf!.cases.map((c) => [c.id, c.sessions])).toEqual([
			['ee/a', ['opening', 'closing']],
			['fi/c', []],
			['lv/b', ['opening']],
		]);
		expect(other!.cases.map((c) => c.id)).toEqual(['ee/a']);
	});

	it('exports the event’s own page as website and leaves out what the file leaves out', () => {
		expect(other!.website).toBe('http://example.org/old');
		expect(other!.participants).toBe('Ninety experts');
		expect('website' in conf!).toBe(false);
		expect('participants' in conf!).toBe(false);
	});
});
