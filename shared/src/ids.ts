// Names that the manifest (package.json), the client and the server must spell alike: command
// ids, the view, context keys, the source of our diagnostics. test/unit/manifest.test.ts checks
// that every command here is contributed and every contributed command is here.

export const COMMANDS = {
  evaluateProspect: 'idealClient.evaluateProspect',
  evaluateAll: 'idealClient.evaluateAll',
  showQuestions: 'idealClient.showQuestions',
  checkLessons: 'idealClient.checkLessons',
  newProfile: 'idealClient.newProfile',
  newProspect: 'idealClient.newProspect',
  restartServer: 'idealClient.restartServer',
  refreshProspects: 'idealClient.refreshProspects',
  recordLesson: 'idealClient.recordLesson',
  showProfileChanges: 'idealClient.showProfileChanges',
  sortProspects: 'idealClient.sortProspects',
  filterProspects: 'idealClient.filterProspects',
  clearProspectsFilter: 'idealClient.clearProspectsFilter',
  recordDecision: 'idealClient.recordDecision',
  saveReportAs: 'idealClient.saveReportAs',
  draftReply: 'idealClient.draftReply',
} as const;

export type CommandId = (typeof COMMANDS)[keyof typeof COMMANDS];

export const PROSPECTS_VIEW = 'idealClient.prospects';
export const STATUS_BAR_ITEM = 'idealClient.verdict';

/** Context keys the manifest's `when` clauses read. */
export const CONTEXT_KEYS = {
  activeProspect: 'idealClient.activeProspect',
  hasFiles: 'idealClient.hasFiles',
  // Set by a command once it did its work: the walkthrough's steps are ticked by these (a step
  // ticked by the command alone was ticked when it only said "Open a prospect first").
  profileCreated: 'idealClient.profileCreated',
  prospectCreated: 'idealClient.prospectCreated',
  prospectEvaluated: 'idealClient.prospectEvaluated',
  questionsShown: 'idealClient.questionsShown',
  prospectsEvaluated: 'idealClient.prospectsEvaluated',
  lessonsChecked: 'idealClient.lessonsChecked',
  lessonRecorded: 'idealClient.lessonRecorded',
  /** The Prospects view is narrowed by Filter Prospects… (shows Clear Filter). */
  prospectsFiltered: 'idealClient.prospectsFiltered',
  /** An Evaluate All or Check Lessons report was shown: Save Report As… can save it. */
  hasReport: 'idealClient.hasReport',
} as const;

/** The `source` of every diagnostic the server publishes; quick fixes act only on these. */
export const DIAGNOSTIC_SOURCE = 'ideal-client';
