// The criterion marks of shared/src/report/outcomeMarks.ts, for the server's inlay hints and writers.
export { byFactWorstFirst, CAUTION_MARK, outcomeMark, outcomeRank, worstFirst } from '../../../shared/src/report/outcomeMarks';
