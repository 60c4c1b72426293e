// The New Profile templates and New Prospect text: every template, in both languages, is a valid
// profile without a single problem, and the prospect written from it is valid and evaluable.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { LanguageService } from '../../server/src/service/languageService';
import { PROFILE_TEMPLATES, listProfileTemplates, newProspectText, profileTemplateText } from '../../server/src/features/templates';
import { memoryFs } from '../unit/helpers/memoryFs';

const PROFILE_URI = 'file:///w/x.profile.yaml';
const PROSPECT_URI = 'file:///w/prospects/2026-12-24-neu.prospect.yaml';

describe('New Profile templates and New Prospect', function () {
  it('offers the consultant, the BANT agency, the freelance developer, MEDDIC and CHAMP', function () {
    assert.deepEqual(listProfileTemplates().map((t) => t.id), ['consultant', 'bant-agency', 'freelance-developer', 'meddic', 'champ']);
    assert.match(profileTemplateText('consultant') ?? '', /^language: de$/m, 'the consultant is German by default');
    assert.match(profileTemplateText('bant-agency') ?? '', /^language: en$/m);
    assert.match(profileTemplateText('bant-agency', 'de') ?? '', /^language: de$/m);
    assert.equal(profileTemplateText('nope'), undefined);
    assert.match(profileTemplateText('consultant', 'fr') ?? '', /^language: de$/m, 'an unknown language falls back to the template\'s own');
  });

  for (const template of PROFILE_TEMPLATES) {
    for (const language of ['en', 'de'] as const) {
      it(`${template.id} (${language}): a profile without problems, and a prospect from it`, function () {
        const fs = memoryFs({ '/w/x.profile.yaml': template.texts[language] });
        const service = new LanguageService({ fs, workspaceFolders: ['/w'] });
        assert.deepEqual(service.problems(PROFILE_URI).map((p) => `${p.range.start.line + 1}: ${p.message}`), []);
        const info = service.getProfileInfo(PROFILE_URI);
        assert.ok(info);
        assert.equal(info.profile.language, language);
        assert.ok(info.profile.facts.length >= 5 && info.profile.criteria.length >= 5);
        assert.ok(info.profile.criteria.some((c) => c.dealbreaker), 'shows a dealbreaker');
        assert.ok(info.profile.referrals.length > 0, 'shows a referral');

        const text = newProspectText(info.profile, '../x.profile.yaml', { name: 'Neu: "Test" #1', met: '2026-12-24' });
        fs.write('/w/prospects/2026-12-24-neu.prospect.yaml', text);
        service.fileChanged(PROSPECT_URI);
        assert.deepEqual(service.problems(PROSPECT_URI).map((p) => `${p.range.start.line + 1}: ${p.message}`), []);
        const ev = service.evaluate(PROSPECT_URI);
        assert.ok(ev.ok, JSON.stringify(ev));
        assert.equal(ev.verdict.prospect, 'Neu: "Test" #1');
        assert.equal(ev.verdict.verdict, 'undetermined');
        assert.equal(ev.verdict.known, 0);
        // Every fact is there, empty, under its question.
        const asked = new Set(ev.verdict.ask.map((q) => q.fact));
        for (const fact of info.profile.facts) {
          assert.match(text, new RegExp(`\\n  ${fact.name}:\\n`), fact.name);
          if (fact.question) assert.ok(text.includes(fact.question.replace(/\s+/g, ' ').trim()), `the question of ${fact.name}`);
        }
        // Facts of your own are never asked: they are to note after the call.
        const own = new Set(ev.verdict.selfCheck.map((x) => x.fact));
        for (const c of info.profile.criteria) {
          const self = info.profile.facts.find((f) => f.name === c.fact)?.source === 'self';
          assert.ok(self ? own.has(c.fact) && !asked.has(c.fact) : asked.has(c.fact), `${c.fact} is ${self ? 'to note' : 'asked'}`);
        }
      });
    }
  }

  it('the consultant template uses a gut feeling of your own as a caution, the expected outcome to clarify before an offer, the response time from the offer', function () {
    for (const language of ['en', 'de'] as const) {
      const fs = memoryFs({ '/w/x.profile.yaml': profileTemplateText('consultant', language)! });
      const profile = new LanguageService({ fs, workspaceFolders: ['/w'] }).getProfileInfo(PROFILE_URI)!.profile;
      const gut = profile.facts.find((f) => f.name === 'gutFeeling');
      assert.equal(gut?.source, 'self', language);
      assert.equal(profile.criteria.find((c) => c.fact === 'gutFeeling')?.caution, true, language);
      assert.equal(profile.facts.find((f) => f.name === 'outcomeExpectation')?.clarifyBy, 'offer', language);
      assert.deepEqual(profile.criteria.find((c) => c.id === 'response-time')?.expected, { fromOffer: 'responseTime' }, language);
    }
  });

  it('writes the words of the prospect in the profile\'s language and keeps odd names one YAML scalar', function () {
    const fs = memoryFs({ '/w/x.profile.yaml': profileTemplateText('bant-agency', 'en')! });
    const service = new LanguageService({ fs, workspaceFolders: ['/w'] });
    const profile = service.getProfileInfo(PROFILE_URI)!.profile;
    const text = newProspectText(profile, 'x.profile.yaml', { name: 'yes\nprofile: evil' });
    assert.match(text, /^# A prospect for the profile "Agency qualification \(BANT\)"/);
    assert.match(text, /^prospect: "yes profile: evil"$/m, 'newlines folded: the name cannot add keys');
    assert.equal((text.match(/^profile:/gm) ?? []).length, 1);
    assert.match(text, /^met: \d{4}-\d{2}-\d{2}$/m, 'today by default');
    assert.match(text, /# money – an amount, e\.g\. 5000 EUR\n {2}budget_range:\n/);
  });
});

describe('New Profile templates: their words and their own rules', function () {
  const profileOf = (text: string) => {
    const fs = memoryFs({ '/w/x.profile.yaml': text });
    return new LanguageService({ fs, workspaceFolders: ['/w'] }).getProfileInfo(PROFILE_URI)!.profile;
  };

  it('a German template labels every option in German, and no template or description names a file users do not have', function () {
    for (const t of PROFILE_TEMPLATES) {
      const profile = profileOf(t.texts.de);
      for (const f of profile.facts) {
        for (const o of f.options ?? []) assert.ok(typeof o !== 'string' && o.label, `${t.id} (de): ${f.name} option ${typeof o === 'string' ? o : o.value} has no label`);
      }
      for (const text of [t.texts.de, t.texts.en, t.description(), t.label()]) assert.doesNotMatch(text, /DESIGN\.md|FACTS\.md|WORDING|of the design|Entwurf/i, t.id);
    }
  });

  it('BANT: each of the four letters weighs the same, so three of four met is a fit and two of four borderline', function () {
    for (const language of ['en', 'de'] as const) {
      const profile = profileOf(profileTemplateText('bant-agency', language)!);
      const letter: Record<string, string> = {
        budget_range: 'B', budget_status: 'B', decision_maker: 'A', services_requested: 'N', problem_statement: 'N', scope_clarity: 'N', timeline: 'T',
      };
      const sums: Record<string, number> = {};
      for (const c of profile.criteria) if (!c.dealbreaker) sums[letter[c.fact]] = (sums[letter[c.fact]] ?? 0) + (c.weight ?? 1);
      assert.deepEqual(sums, { B: 3, A: 3, N: 3, T: 3 }, language);
      assert.equal(profile.verdict.fit, 75, `${language}: 3 of 4 letters = 9 of 12 = 75 %`);
      assert.equal(profile.verdict.borderline, 50, language);
    }
  });

  it('the freelance developer: a rights question not discussed yet stays open (no option that passes the dealbreaker), response time from the offer', function () {
    for (const language of ['en', 'de'] as const) {
      const profile = profileOf(profileTemplateText('freelance-developer', language)!);
      const ip = profile.facts.find((f) => f.name === 'ip_expectation')!;
      assert.deepEqual((ip.options ?? []).map((o) => (typeof o === 'string' ? o : o.value)), ['transfer_on_payment', 'transfer_on_signing'], language);
      assert.deepEqual(profile.criteria.find((c) => c.id === 'response-time')?.expected, { fromOffer: 'responseTime' }, language);
      assert.equal(profile.offer?.responseTime, '1d', language);
    }
  });

  it('the consultant uses the sample\'s option values, and asks one thing per dealbreaker', function () {
    const sample = profileOf(fs.readFileSync(path.join(__dirname, '..', '..', 'samples', 'wunschkunde.profile.yaml'), 'utf8'));
    const values = (p: ReturnType<typeof profileOf>, fact: string) => (p.facts.find((f) => f.name === fact)?.options ?? []).map((o) => (typeof o === 'string' ? o : o.value));
    for (const language of ['en', 'de'] as const) {
      const profile = profileOf(profileTemplateText('consultant', language)!);
      assert.deepEqual(values(profile, 'workingStyle'), values(sample, 'workingStyle'), language);
      const breakers = profile.criteria.filter((c) => c.dealbreaker);
      assert.equal(new Set(breakers.map((c) => c.fact)).size, breakers.length, `${language}: each dealbreaker has its own fact and question`);
    }
  });
});
