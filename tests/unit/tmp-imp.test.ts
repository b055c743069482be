import { it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { statedImprovements, relatedTasks } from '../../src/lib/server/annual-report/draft/improvements';
import { readReportText } from '../../src/lib/server/annual-report/read/index';
it('x', () => {
	for (const f of ['pingtan-2021.txt', 'pingtan-2024.txt']) {
		const r = readReportText(readFileSync(`tests/fixtures/reports/${f}`, 'utf8')).report;
		const five = r.sections.find((s) => s.no === 5)!;
		const imps = statedImprovements(five.paragraphs);
		console.log(f, JSON.stringify(imps, null, 1));
		const titles = readFileSync('src/lib/server/demo/data/shijiazhuang-2020.txt','utf8').match(/[（(][一二三四五六七八九十]+[）)][^。]+/g)!.map(t=>({title:t.replace(/^[（(].+?[）)]/,'')}));
		for (const i of imps) console.log(i.quote, '→', relatedTasks(i, titles).map(t=>t.title));
	}
	expect(1).toBe(1);
});
