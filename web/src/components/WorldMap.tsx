/** A world map of recommending states, coloured by how many of the selected recommendations each made. */

import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { FacetItem, State } from '../api.ts';
import { stateName } from '../format.ts';
import { currentLanguage } from '../i18n.ts';
import { Chart, echarts } from './Chart.tsx';

let registered: Promise<void> | undefined;

/** Registers the map once, its regions named by ISO3 (world-atlas names them by the M49 code). */
function registerWorld(states: Map<string, State>): Promise<void> {
  registered ??= import('world-atlas/countries-110m.json').then((module) => {
    const topology = (module.default ?? module) as unknown as Topology<{ countries: GeometryCollection }>;
    const byM49 = new Map([...states.values()].map((s) => [Number(s.m49), s.iso3]));
    const world = feature(topology, topology.objects.countries);
    // Antarctica makes no recommendations; rings that cross the antimeridian (Russia, Fiji) are
    // shifted east so that they do not streak across the whole map.
    world.features = world.features.filter((f) => String(f.id) !== '010');
    for (const f of world.features) {
      const g = f.geometry;
      const polygons =
        g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
      for (const polygon of polygons)
        for (const ring of polygon)
          if (ring.some((p) => (p[0] ?? 0) > 150) && ring.some((p) => (p[0] ?? 0) < -150))
            for (const p of ring) if ((p[0] ?? 0) < 0) p[0] = (p[0] ?? 0) + 360;
      const iso3 = byM49.get(Number(f.id));
      f.properties = { name: iso3 ?? `m49-${String(f.id)}` };
    }
    echarts.registerMap('world', world as unknown as Parameters<typeof echarts.registerMap>[1]);
  });
  return registered;
}

export function WorldMap(props: { items: FacetItem[]; states: Map<string, State> }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (props.states.size > 0) void registerWorld(props.states).then(() => setReady(true));
  }, [props.states]);
  const max = props.items.reduce((m, i) => Math.max(m, i.count), 0);
  const title = t('dashboards.worldMap');
  if (!ready) return <p className="muted">{t('common.loading')}</p>;
  return (
    <div className="wide">
      <Chart
        id="world-map"
        title={title}
        height={460}
        option={{
          tooltip: {
            trigger: 'item',
            formatter: (p: { name: string; value: number }) =>
              `${stateName(props.states, p.name, language)}: ${Number.isFinite(p.value) ? p.value : 0}`,
          },
          visualMap: {
            min: 0,
            max: Math.max(1, max),
            left: 8,
            bottom: 8,
            calculable: true,
            inRange: { color: ['#e3eef9', '#1f4e79'] },
            text: [t('chart.more'), t('chart.fewer')],
          },
          series: [
            {
              type: 'map',
              map: 'world',
              roam: false,
              emphasis: { label: { show: false } },
              data: props.items.map((i) => ({ name: i.value, value: i.count })),
            },
          ],
        }}
        rows={[
          [t('facet.recommendingState'), 'ISO3', t('chart.count')],
          ...props.items.map((i) => [stateName(props.states, i.value, language), i.value, i.count]),
        ]}
      />
    </div>
  );
}
