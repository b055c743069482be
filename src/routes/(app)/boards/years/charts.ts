// The year-over-year chart: completion per year as bars, and the 考核 score as a line once a bulletin
// has issued one (a second axis, 0–100). A pure function of the rows, like the board's charts.
import type { ChartConfiguration } from 'chart.js';
import { COLORS } from '$lib/components/charts/chart';
import type { YearRow } from '$lib/server/years/history';

const pct = (x: number) => Math.round(x * 1000) / 10;

export function yearsChart(years: YearRow[]): ChartConfiguration {
	const scores = years.map((y) => y.assessment?.score ?? null);
	const hasScore = scores.some((s) => s !== null);
	return {
		type: 'bar',
		data: {
			labels: years.map((y) => `${y.year}年`),
			datasets: [
				{
					label: '完成率（%）',
					data: years.map((y) => pct(y.completion)),
					backgroundColor: COLORS.brand,
					yAxisID: 'y',
					order: 1
				},
				...(hasScore
					? [
							{
								type: 'line' as const,
								label: '考核得分',
								data: scores,
								borderColor: COLORS.blue,
								backgroundColor: COLORS.blue,
								spanGaps: true,
								pointRadius: 5,
								yAxisID: 'score',
								// Drawn over the bars: a single year's score is one point, often inside its bar.
								order: 0
							}
						]
					: [])
			]
		},
		options: {
			scales: {
				y: { min: 0, max: 100, title: { display: true, text: '完成率（%）' } },
				...(hasScore
					? {
							score: {
								position: 'right' as const,
								min: 0,
								max: 100,
								title: { display: true, text: '考核得分' },
								grid: { drawOnChartArea: false }
							}
						}
					: {})
			},
			plugins: { legend: { display: hasScore, position: 'bottom' } }
		}
	};
}
