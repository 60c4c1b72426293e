// The criterion marks of shared/src/report/outcomeMarks.ts, for the server's inlay hints and writers.
export { CAUTION_MARK, outcomeMark } from '../../../shared/src/report/outcomeMarks';
