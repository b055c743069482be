// Unit-kind labels in the words of the body that runs the system (市直部门 for a city, 省直部门 for a
// province): the signed-in layout puts the body's level into every page's data.
import { page } from '$app/state';
import type { BodyLevel, UnitKind } from './server/db/schema';
import { unitKindLabels } from './labels';

export function kindLabels(): Record<UnitKind, string> {
	return unitKindLabels((page.data as { body?: { level?: BodyLevel } }).body?.level);
}
