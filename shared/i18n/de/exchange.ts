import type { exchange as english } from '../en/exchange';
import type { TranslationOf } from './shape';

/** German texts of the exchange of assessments and whole workspaces, merged into one flat resource by ../index.ts. */
export const exchange = {
  exchange: {
    conflict: {
      titleOne: 'Diese Bewertung ist bereits gespeichert',
      titleMany_one: '{{count}} Bewertung ist bereits gespeichert',
      titleMany_other: '{{count}} Bewertungen sind bereits gespeichert',
      leadOne: 'Die Datei enthält eine Bewertung mit derselben Kennung wie eine hier gespeicherte. Beide behalten oder die gespeicherte ersetzen?',
      leadMany:
        'Der Arbeitsbereich enthält Bewertungen mit denselben Kennungen wie hier gespeicherte. Wählen Sie für alle, und ändern Sie die Wahl unten für einzelne, wenn Sie möchten.',
      stored: 'Hier gespeichert: „{{title}}“, geändert {{date}}, {{status}}',
      imported: 'In der Datei: „{{title}}“, geändert {{date}}',
      keepBoth: 'Beide behalten',
      keepBothHint: 'Die importierte Bewertung kommt mit einer neuen Kennung und „(2)“ hinter dem Titel hinzu; die gespeicherte bleibt, wie sie ist.',
      replace: 'Ersetzen',
      replaceHint:
        'Die Datenbank wird vorher gesichert. Die importierte Bewertung wird zur nächsten Fassung der gespeicherten: eine freigegebene Revision bleibt in ihrem Verlauf.',
      replaceWorkspaceHint:
        'Die Datenbank wird vorher gesichert. Die gespeicherten Bewertungen und ihre aufbewahrten Fassungen weichen denen im Arbeitsbereich.',
      forAll: 'Für alle',
      single: 'Für einzelne Bewertungen',
      choiceFor: 'Wahl für „{{title}}“',
      listed: 'Die ersten {{shown}} von {{count}} sind aufgeführt; die übrigen folgen der Wahl für alle.',
      others: 'Sofern Sie nicht alle ersetzen, bleiben Anbieter derselben Kennung, wie sie hier gespeichert sind, und abweichende Vorlagen derselben Kennung werden daneben behalten.',
      confirm: 'Importieren',
    },
    workspace: {
      title: 'Arbeitsbereich',
      lead: 'Eine Arbeitsbereich-Datei enthält alle Bewertungen mit ihrem Status und ihren aufbewahrten Fassungen, die Anbieter, die Vorlagen und den Verlauf in einer Datei: um sie auf einen anderen Computer mitzunehmen oder getrennt aufzubewahren. Signaturidentitäten, vertrauenswürdige Zertifikate und Einstellungen gehören nicht dazu.',
      export: 'Arbeitsbereich exportieren…',
      import: 'Arbeitsbereich importieren…',
      cancel: 'Abbrechen',
      progress: 'Fortschritt',
      exported: 'Arbeitsbereich exportiert: {{fileName}}, {{count}} Bewertungen, {{size}}.',
      exportFailed: 'Der Arbeitsbereich konnte nicht exportiert werden.',
      checkFailed: 'Die Arbeitsbereich-Datei kann nicht importiert werden.',
      importFailed: 'Der Arbeitsbereich konnte nicht importiert werden.',
      imported: 'Arbeitsbereich aus {{fileName}} importiert: {{assessments}} Bewertungen, {{vendors}} Anbieter, {{templates}} Vorlagen.',
      keptBoth: 'Neben der gespeicherten behalten: {{count}}.',
      replaced: 'Ersetzt: {{count}}.',
      backedUp: 'Die Datenbank wurde vor dem Import gesichert ({{date}}).',
      history: 'Sein Verlauf mit {{count}} Einträgen wird als eigener Verlauf aufbewahrt, getrennt von dem dieses Arbeitsbereichs.',
      historyBroken: 'Sein Verlauf ist ab Eintrag {{seq}} nicht mehr lückenlos verkettet; er wurde aufbewahrt, wie er ist.',
      cancelled: 'Abgebrochen. Es wurde nichts geschrieben.',
      cancelledExport: 'Abgebrochen. Es wurde keine Datei geschrieben.',
      finishing: 'Es wird gerade abgeschlossen und kann nicht mehr abgebrochen werden.',
    },
    phase: {
      starting: 'Wird gestartet…',
      reading: 'Wird gelesen…',
      checking: 'Die Datei wird geprüft…',
      'backing-up': 'Die Datenbank wird gesichert…',
      writing: 'Wird geschrieben…',
      finishing: 'Wird abgeschlossen…',
      done: 'Fertig',
      failed: 'Fehlgeschlagen',
      cancelled: 'Abgebrochen',
    },
  },
} as const satisfies TranslationOf<typeof english>;
