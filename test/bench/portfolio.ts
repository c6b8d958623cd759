// The portfolio at scale: 10,000 assessments with about 100,000 transfers, in a process of its own. Prints one JSON
// line; bench.ts runs it and reports the figures.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createServices } from '../../electron/services/index';
import { defaultPortfolioQuery, type PortfolioQuery } from '../../shared/portfolio/query';
import { GENERATED_DAY, RARE_WORD, generateWorkspace } from '../fixtures/workspace-generator';

/** Run from the repository root (bench.ts does), also when bundled to plain JavaScript. */
const REPO_ROOT = process.cwd();
const COUNT = Number(process.argv[2] ?? 10_000);
const RUNS = Number(process.argv[3] ?? 21);

function timeIt(task: (run: number) => unknown, runs = RUNS): number[] {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    task(run);
    times.push(performance.now() - start);
  }
  return times;
}

const dataDir = mkdtempSync(join(tmpdir(), 'dtia-bench-portfolio-'));
try {
  const generated = generateWorkspace({ dataDir, resourcesDir: join(REPO_ROOT, 'resources'), count: COUNT });
  const openStart = performance.now();
  const services = createServices({ dataDir, resourcesDir: join(REPO_ROOT, 'resources'), appVersion: 'bench' });
  const base = defaultPortfolioQuery();
  const query = (q: Partial<PortfolioQuery>) => services.portfolio.query({ ...base, ...q }, GENERATED_DAY);
  const firstPage = query({});
  const openWorkspace = performance.now() - openStart;
  try {
    const searchHits = query({ text: RARE_WORD }).total;
    const filterHits = query({ countries: ['US'], statuses: ['draft'] }).total;
    const portfolio = timeIt(() => query({}));
    const search = timeIt(() => query({ text: RARE_WORD }));
    // Alternating countries, so that every run is a change of the filter.
    const filter = timeIt((run) => query({ countries: [run % 2 ? 'US' : 'IN'], statuses: ['draft'] }));
    const ids = firstPage.rows.map((row) => row.id);
    const open = timeIt((run) => services.assessments.get(ids[run % ids.length] as string));
    const edited = services.assessments.get(ids[0] as string);
    const save = timeIt((run) => {
      const transfer = edited.map.transfers[0];
      if (transfer) transfer.purpose = `Customer support tickets, revision ${run}`;
      services.assessments.save(edited);
    });
    // Every row, formatted and quoted; a few runs, each one takes the whole workspace.
    const csvRows = services.portfolioCsv.export(base, 'de', GENERATED_DAY).rows;
    const csv = timeIt((run) => services.portfolioCsv.export(base, run % 2 ? 'de' : 'en', GENERATED_DAY), 5);
    const vendors = timeIt(() => services.vendors.list());
    console.log(
      JSON.stringify({
        count: generated.count,
        transfers: generated.transfers,
        generateMs: generated.milliseconds,
        openWorkspace,
        searchHits,
        filterHits,
        portfolio,
        search,
        filter,
        open,
        save,
        csv,
        csvRows,
        vendors,
      }),
    );
  } finally {
    services.close();
  }
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
