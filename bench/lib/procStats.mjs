// Memory of a child process, from /proc (Linux only): VmHWM is the kernel's own peak resident
// set size, so no sample can be missed between two polls.
import { readFileSync } from 'node:fs';

/** { rssKb, hwmKb } of a live process, or undefined when /proc is not readable. */
export function memoryOf(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key) => {
      const m = new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status);
      return m ? Number(m[1]) : NaN;
    };
    return { rssKb: kb('VmRSS'), hwmKb: kb('VmHWM') };
  } catch {
    return undefined;
  }
}
