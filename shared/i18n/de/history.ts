/** Deutsche Texte des Änderungsverlaufs und seines Protokolls, von ../index.ts zu einer flachen Ressource zusammengeführt. */
export const history = {
  history: {
    title: 'Verlauf',
    item: {
      party: 'Partei „{{name}}“',
      law: 'Gesetz „{{name}}“',
      scenario: 'Szenario „{{name}}“',
      precondition: 'Voraussetzung „{{name}}“',
      measure: 'Maßnahme {{id}}',
      checklistItem: 'Checklistenpunkt {{id}}',
      question: 'Frage {{id}}',
      other: 'Eintrag {{id}}',
    },
    field: {
      named: '{{name}}',
      note: 'Notiz',
      answer: 'Antwort',
      decision: 'Entscheidung',
      dpfConfirmed: 'Zertifizierung auf der Data-Privacy-Framework-Liste bestätigt',
    },
    value: {
      none: '(nicht gesetzt)',
      empty: '(leer)',
    },
    change: {
      changed: '{{label}}: {{before}} → {{after}}',
      added: '{{label}} hinzugefügt',
      removed: '{{label}} entfernt',
      reordered: '{{label}}: Reihenfolge geändert',
      omitted_one: '… und {{count}} weitere Änderung',
      omitted_other: '… und {{count}} weitere Änderungen',
    },
    action: {
      create: 'Angelegt',
      edit: 'Bearbeitet',
      duplicate: 'Als Kopie angelegt',
      delete: 'Gelöscht',
      import: 'Aus einer Datei importiert',
      'import-pdf': 'Aus einem Berichts-PDF importiert',
    },
    entry: '{{at}}, {{actor}}: {{action}}',
    verify: {
      action: 'Verlauf prüfen',
      ok_one: 'Der Verlauf ist unverändert: {{count}} Eintrag, verknüpft mit dem Vermerk des neuesten Eintrags.',
      ok_other: 'Der Verlauf ist unverändert: {{count}} Einträge, jeder mit dem vorigen und mit dem Vermerk des neuesten Eintrags verknüpft.',
      broken: 'Der Verlauf wurde nachträglich verändert. Das erste unterbrochene Glied ist Eintrag {{seq}}: {{reason}}',
      limit:
        'Die Prüfung erkennt jede Änderung, Entfernung oder Umstellung von Einträgen. Wer die ganze Datenbankdatei umschreiben kann, könnte den Verlauf und den Vermerk des neuesten Eintrags gemeinsam umschreiben; das zeigt nur eine anderswo aufbewahrte Kopie dieses Vermerks.',
    },
    broken: {
      'missing-entry': 'Der Eintrag fehlt.',
      'out-of-order': 'Der Eintrag steht außer der Reihe.',
      'broken-link': 'Der Eintrag verweist nicht auf den Eintrag davor.',
      altered: 'Der Eintrag wurde nach dem Schreiben geändert.',
      truncated: 'Dieser und alle späteren Einträge fehlen.',
      'beyond-head': 'Dieser und die folgenden Einträge wurden außerhalb von DTIA Studio hinzugefügt.',
      'head-mismatch': 'Der neueste Eintrag ist nicht der, den DTIA Studio vermerkt hat.',
      'head-missing': 'Der Vermerk des neuesten Eintrags fehlt.',
      'log-missing': 'Der ganze Verlauf fehlt.',
      'anchor-mismatch': 'Der Eintrag weicht von der anderswo aufbewahrten Kopie ab.',
    },
  },
} as const;
