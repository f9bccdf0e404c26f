/**
 * The complete example of an event file and of a case study's `presentedAt` that the organisers'
 * page (/events/organise/) and CONTRIBUTING.md ("Adding an event") show. It is made up: its
 * addresses use the `.example` domain that RFC 2606 reserves for documentation. A unit test
 * validates it exactly as `npm run validate` would, and checks that CONTRIBUTING.md carries the
 * same text, so the example cannot drift from the schema or from the guide.
 */
import { EVENTS_DIR } from './content-paths.ts';

export const exampleEventSlug = 'regional-forum-2026';

export const exampleEventPath = `${EVENTS_DIR}/${exampleEventSlug}.mdx`;

export const exampleEventText = `---
# yaml-language-server: $schema=../../public/schema/event.json
title: Regional Forum on Public-Sector Innovation 2026
summary: >-
  A two-day forum where ministries and agencies compared how they
  redesign services around citizens, and how they measure what their
  innovation programmes achieve.
startDate: 2026-10-14
endDate: 2026-10-15
city: Almaty
country: KZ
organiser: Forum secretariat
url: https://forum.example/2026/
sessions:
  - id: one-stop-shops
    title: One-stop shops and public service centres
    domains: [citizen-transactions, digital-services]
    materials:
      - title: Slides of the session
        type: slides
        url: https://forum.example/2026/one-stop-shops.pdf
      - title: Recording of the session
        type: video
        url: https://video.forum.example/2026/one-stop-shops
  - id: measuring-innovation
    title: Measuring public-sector innovation
    domains: [innovation-policy]
policyMessages: [measurement, cross-border-learning]
materials:
  - title: Report of the forum
    type: report
    url: https://forum.example/2026/report.pdf
sources:
  - title: Programme of the forum
    publisher: Forum secretariat
    url: https://forum.example/2026/programme
    year: 2026
---

## What was discussed

Ministries and agencies presented their one-stop shops and compared
how they measure uptake and waiting times.[^1]

[^1]: Forum secretariat, *Programme of the forum*.
`;

/** What a case study presented in the first session adds to its front matter. */
export const examplePresentedAtText = `presentedAt:
  - event: ${exampleEventSlug}
    session: one-stop-shops
`;
