// Later demo steps (the plan import, demo progress) run after the registry and accounts.
import type { DemoStep } from './seed';

export const demoSteps: DemoStep[] = [];
