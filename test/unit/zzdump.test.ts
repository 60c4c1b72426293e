import { evaluate } from '../../server/src/engine';
import { wunschkunde, acme } from './engine/fixtures';
describe('dump', () => { it('x', () => { const v = evaluate(wunschkunde(), acme()); console.log(JSON.stringify({ criteria: v.criteria, because: v.because }, null, 1)); }); });
