/**
 * One ECharts chart with its exports: PNG (from the canvas), SVG (rendered again with the SVG renderer)
 * and the chart's data as CSV. Animation is off under automation (`navigator.webdriver`), so that tests
 * and screenshots see the final picture at once.
 */
import { BarChart, MapChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { download, toCsv } from '../format.ts';

echarts.use([
  BarChart,
  PieChart,
  MapChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  VisualMapComponent,
  CanvasRenderer,
  SVGRenderer,
]);

export type ChartOption = echarts.EChartsCoreOption;
export { echarts };

export function Chart(props: {
  id: string;
  title: string;
  option: ChartOption;
  /** The chart's data: a header row, then one row per bar, slice or country. */
  rows: (string | number)[][];
  height?: number;
}) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts>(null);
  const option = { animation: !navigator.webdriver, ...props.option };

  useEffect(() => {
    if (!box.current) return;
    const instance = echarts.init(box.current, null, { renderer: 'canvas' });
    chart.current = instance;
    const resize = () => instance.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      instance.dispose();
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption(option, true);
  });

  function exportSvg() {
    const width = box.current?.clientWidth ?? 800;
    const height = props.height ?? 360;
    const svg = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
    svg.setOption({ ...option, animation: false });
    download(`${props.id}.svg`, svg.renderToSVGString(), 'image/svg+xml');
    svg.dispose();
  }

  return (
    <figure className="chart card" data-chart={props.id}>
      <figcaption>
        <h2>{props.title}</h2>
        {/* biome-ignore lint/a11y/useSemanticElements: a fieldset would need a legend repeating the heading */}
        <div className="chart-actions" role="group" aria-label={t('chart.export', { title: props.title })}>
          <button
            type="button"
            onClick={() => {
              const url = chart.current?.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' });
              if (url) fetch(url).then(async (r) => download(`${props.id}.png`, await r.blob()));
            }}
          >
            PNG
          </button>
          <button type="button" onClick={exportSvg}>
            SVG
          </button>
          <button type="button" onClick={() => download(`${props.id}.csv`, toCsv(props.rows))}>
            CSV
          </button>
        </div>
      </figcaption>
      {props.rows.length <= 1 && <p className="muted no-data">{t('chart.noData')}</p>}
      <div
        ref={box}
        className="chart-box"
        style={{ height: props.rows.length <= 1 ? 0 : (props.height ?? 360) }}
        role="img"
        aria-label={t('chart.summary', { title: props.title, count: Math.max(0, props.rows.length - 1) })}
      />
      <details className="chart-data">
        <summary>{t('chart.table')}</summary>
        <table>
          <thead>
            <tr>
              {props.rows[0]?.map((h) => (
                <th key={String(h)} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {props.rows.slice(1).map((r, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity beyond their place
              <tr key={i}>
                {r.map((c, j) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: cells likewise
                  <td key={j}>{c}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
