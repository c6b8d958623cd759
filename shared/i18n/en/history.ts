/** English texts of the change history and its audit log, merged into one flat resource by ../index.ts. */
export const history = {
  history: {
    title: 'History',
    item: {
      party: 'Party “{{name}}”',
      law: 'Law “{{name}}”',
      scenario: 'Scenario “{{name}}”',
      precondition: 'Precondition “{{name}}”',
      measure: 'Measure {{id}}',
      checklistItem: 'Checklist item {{id}}',
      question: 'Question {{id}}',
      other: 'Entry {{id}}',
    },
    field: {
      named: '{{name}}',
      note: 'Note',
      answer: 'Answer',
      decision: 'Decision',
      dpfConfirmed: 'Certification on the Data Privacy Framework List confirmed',
    },
    value: {
      none: '(not set)',
      empty: '(empty)',
    },
    change: {
      changed: '{{label}}: {{before}} → {{after}}',
      added: '{{label}} added',
      removed: '{{label}} removed',
      reordered: '{{label}}: order changed',
      omitted_one: '… and {{count}} further change',
      omitted_other: '… and {{count}} further changes',
    },
    action: {
      create: 'Created',
      edit: 'Edited',
      duplicate: 'Created as a copy',
      delete: 'Deleted',
      import: 'Imported from a file',
      'import-pdf': 'Imported from a report PDF',
    },
    entry: '{{at}}, {{actor}}: {{action}}',
    verify: {
      action: 'Verify history',
      ok_one: 'The history is intact: {{count}} entry, linked to the record of the latest entry.',
      ok_other: 'The history is intact: {{count}} entries, each linked to the one before and to the record of the latest entry.',
      broken: 'The history has been changed since it was written. The first broken link is entry {{seq}}: {{reason}}',
      limit:
        'The check finds any change, removal or reordering of entries. Whoever can rewrite the whole database file could rewrite the history and its record of the latest entry together; only a copy of that record kept elsewhere shows this.',
    },
    broken: {
      'missing-entry': 'the entry is missing.',
      'out-of-order': 'the entry is out of order.',
      'broken-link': 'the entry does not link to the entry before it.',
      altered: 'the entry was changed after it was written.',
      truncated: 'this and all later entries are missing.',
      'beyond-head': 'this and the following entries were added outside DTIA Studio.',
      'head-mismatch': 'the latest entry is not the one DTIA Studio recorded.',
      'head-missing': 'the record of the latest entry is missing.',
      'log-missing': 'the whole history is missing.',
      'anchor-mismatch': 'the entry differs from the copy kept elsewhere.',
    },
  },
} as const;
