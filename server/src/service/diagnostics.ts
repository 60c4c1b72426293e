// Problem → LSP Diagnostic, one to one. The code and data travel along for quick fixes.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { Problem, Severity } from '../model/problem';
import { DIAGNOSTIC_SOURCE } from '../../../shared/src/ids';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};


export function toDiagnostic(p: Problem): Diagnostic {
  const d: Diagnostic = { range: p.range, severity: SEVERITY[p.severity], message: p.message, source: DIAGNOSTIC_SOURCE, code: p.code };
  if (p.data) d.data = p.data;
  return d;
}
