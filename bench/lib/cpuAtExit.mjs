// Preloaded into a measured CLI (`node --import <this file's URL> dist/cli.js …`): at exit,
// the process's own CPU time (user and system, every thread: process.cpuUsage is getrusage's
// RUSAGE_SELF) is written as JSON to the file BENCH_CPU_OUT names. On a shared machine the CPU
// time says more than the wall time, which waits for other processes.
import * as fs from 'node:fs';

const out = process.env.BENCH_CPU_OUT;
if (out) {
  process.on('exit', () => {
    const u = process.cpuUsage();
    fs.writeFileSync(out, JSON.stringify({ userMs: u.user / 1000, systemMs: u.system / 1000 }));
  });
}
