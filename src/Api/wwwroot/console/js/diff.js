// Comparing two lists of rules (draft vs published, or two versions), field by field.

const FIELDS = ['when', 'then', 'priority', 'enabled'];

function fieldValue(rule, field) {
  if (field === 'then') return rule.then?.description ?? '';
  return rule[field];
}

/** { added, removed, changed: [{ name, fields: [{ field, before, after }] }] }, rules matched by name. */
export function diffRules(before, after) {
  const old = new Map(before.map((r) => [r.name, r]));
  const now = new Map(after.map((r) => [r.name, r]));
  const added = after.filter((r) => !old.has(r.name));
  const removed = before.filter((r) => !now.has(r.name));
  const changed = [];
  for (const rule of after) {
    const previous = old.get(rule.name);
    if (!previous) continue;
    const fields = FIELDS.filter((f) => String(fieldValue(previous, f)) !== String(fieldValue(rule, f)))
      .map((f) => ({ field: f, before: fieldValue(previous, f), after: fieldValue(rule, f) }));
    if (fields.length) changed.push({ name: rule.name, fields });
  }
  return { added, removed, changed, same: added.length === 0 && removed.length === 0 && changed.length === 0 };
}
