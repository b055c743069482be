// chart.js mounted through a Svelte attachment: created when the canvas appears (never during
// SSR), rebuilt when its config changes, destroyed on teardown. Large data and print get no
// animation; before printing the chart is redrawn for the paper's width.
import type { Attachment } from 'svelte/attachments';
import {
	ArcElement,
	BarController,
	BarElement,
	CategoryScale,
	Chart,
	DoughnutController,
	Filler,
	Legend,
	LinearScale,
	LineController,
	LineElement,
	PointElement,
	Tooltip,
	type ChartConfiguration
} from 'chart.js';

Chart.register(
	ArcElement,
	BarController,
	BarElement,
	CategoryScale,
	DoughnutController,
	Filler,
	Legend,
	LinearScale,
	LineController,
	LineElement,
	PointElement,
	Tooltip
);
Chart.defaults.font.family = "'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif";
Chart.defaults.color = '#4e5969';

/** Above this many data points, animation only costs time. */
const LARGE = 200;

export function chart(config: ChartConfiguration): Attachment<HTMLCanvasElement> {
	return (canvas) => {
		const points = config.data.datasets.reduce((n, d) => n + d.data.length, 0);
		const instance = new Chart(canvas, {
			...config,
			options: {
				responsive: true,
				maintainAspectRatio: false,
				...config.options,
				animation:
					points > LARGE || matchMedia('(prefers-reduced-motion: reduce)').matches ? false : config.options?.animation
			}
		} as ChartConfiguration);
		const beforePrint = () => instance.resize();
		const afterPrint = () => instance.resize();
		addEventListener('beforeprint', beforePrint);
		addEventListener('afterprint', afterPrint);
		return () => {
			removeEventListener('beforeprint', beforePrint);
			removeEventListener('afterprint', afterPrint);
			instance.destroy();
		};
	};
}

export const COLORS = {
	green: '#1f9d55',
	yellow: '#f0b400',
	red: '#d93026',
	blue: '#1d64c8',
	gray: '#c9cdd4',
	brand: '#b4232a'
};
