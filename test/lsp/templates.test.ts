// The New Profile templates and New Prospect text: every template, in both languages, is a valid
// profile without a single problem, and the prospect written from it is valid and evaluable.
import { strict as assert } from 'node:assert';
import { LanguageService } from '../../server/src/service/languageService';
import { PROFILE_TEMPLATES, listProfileTemplates, newProspectText, profileTemplateText } from '../../server/src/features/templates';
import { memoryFs } from '../unit/helpers/memoryFs';

const PROFILE_URI = 'file:///w/x.profile.yaml';
const PROSPECT_URI = 'file:///w/prospects/2026-12-24-neu.prospect.yaml';

describe('New Profile templates and New Prospect', function () {
  it('offers the consultant, the BANT agency and the freelance developer', function () {
    assert.deepEqual(listProfileTemplates().map((t) => t.id), ['consultant', 'bant-agency', 'freelance-developer']);
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
