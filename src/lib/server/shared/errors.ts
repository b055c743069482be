// DomainError is defined in $lib/domain-error.ts, outside server/, so the pure annual-report model the
// browser runs (src/lib/annual-report) can throw it too; domain code keeps importing it from here.
export { DomainError, isDomainError, type DomainErrorCode } from '../../domain-error';
