/**
 * The UNECE region as SVG path data, computed at build time with d3-geo from the Natural Earth
 * shapes of world-atlas, so that the map page ships no JavaScript. Micro-states that vanish at
 * this scale are returned as points to draw as small circles.
 */
import { geoArea, geoAzimuthalEqualArea, geoCentroid, geoConicEqualArea, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry, MultiPoint } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

export interface MapShape {
	/** UN M49 code of the shape. */
	m49: string;
	d: string;
}

export interface MapPoint {
	m49: string;
	x: number;
	y: number;
	/** A centre held at the frame's edge because the real one lies beyond it. */
	atEdge?: boolean;
}

/** One framed part of the map (Europe and Asia; North America), with its own projection. */
export interface MapPanel {
	id: 'europe-asia' | 'north-america';
	x: number;
	y: number;
	width: number;
	height: number;
	/** Shapes of UNECE members (clipped to the panel). */
	members: MapShape[];
	/** Members too small to see at this scale, as points. */
	points: MapPoint[];
	/** Every other country, drawn faintly for context. */
	context: string;
	/** Where each member's centre falls inside this panel (for flows between countries). */
	centres: MapPoint[];
}

export interface RegionMap {
	width: number;
	height: number;
	panels: MapPanel[];
}

/**
 * One centre per member. Europe and Asia's panel comes first (the North American one also
 * shows the Nordic countries in its corner); a centre held at a frame's edge gives way to a
 * real one from the other panel (Canada).
 */
export function memberCentres(map: RegionMap): Map<string, MapPoint> {
	const centres = new Map<string, MapPoint>();
	const panels = [...map.panels].sort((a, b) => (a.id === 'europe-asia' ? -1 : b.id === 'europe-asia' ? 1 : 0));
	for (const centre of panels.flatMap((panel) => panel.centres)) {
		const known = centres.get(centre.m49);
		if (!known || (known.atEdge && !centre.atEdge)) centres.set(centre.m49, centre);
	}
	return centres;
}

type CountryFeature = Feature<Geometry, { name?: string }>;

function features(topology: unknown): CountryFeature[] {
	const topo = topology as Topology<{ countries: GeometryCollection<{ name?: string }> }>;
	return (feature(topo, topo.objects.countries) as FeatureCollection<Geometry, { name?: string }>).features;
}

/** A frame of longitudes and latitudes, as points for fitExtent. */
function frame(west: number, south: number, east: number, north: number): MultiPoint {
	const coordinates: [number, number][] = [];
	for (let lon = west; lon <= east; lon += (east - west) / 8) coordinates.push([lon, south], [lon, north]);
	return { type: 'MultiPoint', coordinates };
}

const panelSpecs = [
	{
		id: 'north-america' as const,
		projection: () => geoConicEqualArea().parallels([30, 60]).rotate([100, 0]),
		frame: frame(-150, 24, -60, 62),
		box: { x: 0, y: 0, width: 300, height: 440 },
	},
	{
		// Centred on the middle of the region, like the EU's own equal-area grid but further east
		// so that the Caucasus and Central Asia sit inside the frame.
		id: 'europe-asia' as const,
		projection: () => geoAzimuthalEqualArea().rotate([-35, -52]),
		frame: frame(-18, 31, 88, 66),
		box: { x: 310, y: 0, width: 650, height: 440 },
	},
];

/**
 * @param coarse a world-atlas topology at 1:110m (shapes to draw)
 * @param fine a world-atlas topology at 1:50m (to place micro-states missing from the coarse one)
 * @param memberCodes UN M49 codes of the UNECE members
 */
export function buildRegionMap(coarse: unknown, fine: unknown, memberCodes: readonly string[]): RegionMap {
	const members = new Set(memberCodes);
	const coarseFeatures = features(coarse);
	const fineMembers = features(fine).filter((f) => members.has(String(f.id)));
	const panels = panelSpecs.map((spec): MapPanel => {
		const { x, y, width, height } = spec.box;
		const projection = spec
			.projection()
			.fitExtent(
				[
					[x + 6, y + 6],
					[x + width - 6, y + height - 6],
				],
				spec.frame,
			)
			.clipExtent([
				[x, y],
				[x + width, y + height],
			]);
		const path = geoPath(projection).digits(1);
		const shapes = coarseFeatures
			.filter((f) => members.has(String(f.id)))
			.map((f) => ({ m49: String(f.id), d: path(f) ?? '' }))
			.filter((shape) => shape.d !== '');
		const drawn = new Set(shapes.map((shape) => shape.m49));
		const inside = (px: number, py: number) => px >= x && px <= x + width && py >= y && py <= y + height;
		const points = fineMembers
			.filter((f) => !drawn.has(String(f.id)))
			.flatMap((f) => {
				const projected = projection(geoCentroid(f));
				if (!projected || !inside(projected[0], projected[1])) return [];
				return [{ m49: String(f.id), x: Math.round(projected[0] * 10) / 10, y: Math.round(projected[1] * 10) / 10 }];
			});
		const context = coarseFeatures
			.filter((f) => !members.has(String(f.id)))
			.map((f) => path(f) ?? '')
			.join('');
		const drawnHere = new Set([...shapes.map((shape) => shape.m49), ...points.map((point) => point.m49)]);
		const centres = [...coarseFeatures.filter((f) => members.has(String(f.id))), ...fineMembers.filter((f) => !drawn.has(String(f.id)))].flatMap((f) => {
			const projected = projection(mainlandCentroid(f));
			if (!projected || !drawnHere.has(String(f.id))) return [];
			// A centre beyond the frame (Russia's lies east of it) is held at the frame's edge.
			const clamp = (value: number, low: number, high: number) => Math.round(Math.min(Math.max(value, low), high) * 10) / 10;
			return [
				{
					m49: String(f.id),
					x: clamp(projected[0], x + 12, x + width - 12),
					y: clamp(projected[1], y + 12, y + height - 12),
					...(inside(projected[0], projected[1]) ? {} : { atEdge: true }),
				},
			];
		});
		return { id: spec.id, x, y, width, height, members: shapes, points, context, centres };
	});
	return { width: 960, height: 440, panels };
}

/**
 * The centre of a country's largest polygon: overseas territories (French Guiana, Alaska's
 * islands) would pull the centre of the whole shape into the ocean.
 */
function mainlandCentroid(f: CountryFeature): [number, number] {
	if (f.geometry.type !== 'MultiPolygon') return geoCentroid(f);
	const largest = f.geometry.coordinates
		.map((coordinates) => ({ type: 'Polygon' as const, coordinates }))
		.reduce((best, polygon) => (geoArea(polygon) > geoArea(best) ? polygon : best));
	return geoCentroid(largest);
}
