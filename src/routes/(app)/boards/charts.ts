// The board's chart configurations: pure functions of the board's figures, one per chart, so the page
// only composes (every chart also has a table of the same numbers beside it).
import type { ChartConfiguration } from 'chart.js';
import { COLORS } from '$lib/components/charts/chart';
import { LIGHT_LABEL } from '$lib/labels';
import type { UnitKind } from '$lib/server/db/schema';
import type { Board } from '$lib/server/boards/board';

const pct = (x: number) => Math.round(x * 1000) / 10;

export function lightsChart(totals: Board['totals']): ChartConfiguration {
	const unknown = totals.lights.unknown;
	return {
		type: 'doughnut',
		data: {
			labels: [LIGHT_LABEL.red, LIGHT_LABEL.yellow, LIGHT_LABEL.green, ...(unknown ? ['未计算'] : [])],
			datasets: [
				{
					data: [totals.lights.red, totals.lights.yellow, totals.lights.green, ...(unknown ? [unknown] : [])],
					backgroundColor: [COLORS.red, COLORS.yellow, COLORS.green, COLORS.gray]
				}
			]
		},
		options: { plugins: { legend: { position: 'bottom' } } }
	};
}

export function sectionChart(bySection: Board['bySection']): ChartConfiguration {
	return {
		type: 'bar',
		data: {
			labels: bySection.map((s) => s.label.split('、')[0]),
			datasets: [{ label: '完成率（%）', data: bySection.map((s) => pct(s.completion)), backgroundColor: COLORS.brand }]
		},
		options: { indexAxis: 'y', scales: { x: { min: 0, max: 100 } }, plugins: { legend: { display: false } } }
	};
}

export function kindChart(byKind: Board['byKind'], kinds: Record<UnitKind, string>): ChartConfiguration {
	return {
		type: 'bar',
		data: {
			labels: byKind.map((k) => kinds[k.kind]),
			datasets: [{ label: '完成率（%）', data: byKind.map((k) => pct(k.completion)), backgroundColor: COLORS.blue }]
		},
		options: { scales: { y: { min: 0, max: 100 } }, plugins: { legend: { display: false } } }
	};
}

export function trendChart(trend: Board['trend']): ChartConfiguration {
	return {
		type: 'line',
		data: {
			labels: trend.map((w) => w.week.slice(5)),
			datasets: [
				{
					label: '累计应完成',
					data: trend.map((w) => w.dueToDate),
					borderColor: COLORS.gray,
					backgroundColor: COLORS.gray,
					borderDash: [6, 4],
					pointRadius: 0,
					stepped: true
				},
				{
					label: '累计已通过',
					data: trend.map((w) => w.acceptedToDate),
					borderColor: COLORS.green,
					backgroundColor: 'rgba(31,157,85,0.12)',
					fill: true,
					pointRadius: 2
				}
			]
		},
		options: {
			interaction: { mode: 'index', intersect: false },
			scales: { y: { beginAtZero: true } },
			plugins: { legend: { position: 'bottom' } }
		}
	};
}
