import type { scc as english } from '../en/scc';
import type { TranslationOf } from './shape';

/**
 * German texts of the scc area, merged into one flat resource by ../index.ts. Keys are dotted paths. Clause titles
 * follow the German version of Implementing Decision (EU) 2021/914.
 */
export const scc = {
  scc: {
    clauses: {
      clause7: {
        title: 'Klausel 7 – Kopplungsklausel (fakultativ)',
        explanation:
          'Mit Zustimmung der Parteien kann eine weitere Stelle den Klauseln später als Datenexporteur oder Datenimporteur beitreten, indem sie die Anlage ausfüllt.',
      },
      clause9: {
        title: 'Klausel 9 – Einsatz von Unterauftragsverarbeitern (Module 2 und 3)',
        explanation:
          'Option 1: Der Datenimporteur benötigt für jeden Unterauftragsverarbeiter die vorherige gesonderte Genehmigung des Datenexporteurs. Option 2: allgemeine schriftliche Genehmigung für die Unterauftragsverarbeiter einer vereinbarten Liste, mit vorheriger Mitteilung von Änderungen, damit der Datenexporteur Einwände erheben kann.',
        specific: 'Option 1 – vorherige gesonderte Genehmigung',
        general: 'Option 2 – allgemeine schriftliche Genehmigung',
        noticeDays: 'Frist vor der Beauftragung eines neuen Unterauftragsverarbeiters (Tage)',
      },
      clause11: {
        title: 'Klausel 11 – Rechtsbehelf: unabhängige Streitbeilegungsstelle (fakultativ)',
        explanation:
          'Der Datenimporteur kann zustimmen, dass betroffene Personen Beschwerden auch bei einer unabhängigen Streitbeilegungsstelle einreichen können, für sie kostenlos.',
      },
      clause13: {
        title: 'Klausel 13 – Aufsicht',
        explanation: 'Die Module 1–3 benennen die zuständige Aufsichtsbehörde, die auch in Anhang I.C angegeben wird.',
      },
      clause17: {
        title: 'Klausel 17 – Anwendbares Recht',
        explanation:
          'Das gewählte Recht muss Rechte als Drittbegünstigte zulassen, damit betroffene Personen die Klauseln durchsetzen können. Die Module 2 und 3 bieten zwei Optionen: Option 1, das Recht eines von den Parteien gewählten EU-Mitgliedstaats; Option 2, das Recht des EU-Mitgliedstaats, in dem der Datenexporteur niedergelassen ist.',
        option1: 'Option 1 – das Recht eines von den Parteien gewählten EU-Mitgliedstaats',
        option2: 'Option 2 – das Recht des EU-Mitgliedstaats des Datenexporteurs (nur Module 2 und 3)',
        law: 'Anwendbares Recht (Land)',
      },
      clause18: {
        title: 'Klausel 18 – Gerichtsstand und Zuständigkeit',
        explanation: 'Die Gerichte, die Streitigkeiten aus den Klauseln entscheiden.',
        forum: 'Gerichte von (Land)',
      },
      issue: {
        moduleUndetermined:
          'Übermittlungen stützen sich auf die SCC, es konnte aber kein Modul bestimmt werden; legen Sie die Rollen der Parteien auf der Karte fest.',
        clause9Missing:
          'Die Module 2 oder 3 werden verwendet: Wählen Sie in Klausel 9 Option 1 (vorherige gesonderte Genehmigung) oder Option 2 (allgemeine schriftliche Genehmigung).',
        clause9NoticeDaysMissing:
          'Klausel 9 Option 2 erfordert die Frist in Tagen, die vor der Beauftragung eines neuen Unterauftragsverarbeiters einzuhalten ist.',
        clause9NoticeDaysZero:
          'Eine Frist von 0 Tagen lässt dem Datenexporteur keine Zeit, Einwände gegen einen neuen Unterauftragsverarbeiter zu erheben.',
        clause9NotNeeded:
          'Eine Option für Klausel 9 ist gesetzt, Klausel 9 gehört aber zu den Modulen 2 und 3, und keines davon wird verwendet.',
        clause13AuthorityMissing: 'Benennen Sie die zuständige Aufsichtsbehörde (Klausel 13, Anhang I.C).',
        clause17OptionMissing: 'Die Module 2 oder 3 werden verwendet: Wählen Sie in Klausel 17 Option 1 oder Option 2.',
        clause17Option2OnlyModules2And3: 'Klausel 17 Option 2 gibt es nur in den Modulen 2 und 3, und keines davon wird verwendet.',
        clause17LawMissing: 'Wählen Sie das anwendbare Recht (Klausel 17); es muss Rechte als Drittbegünstigte zulassen.',
        clause17LawOutsideEea: 'Klausel 17 der Module 1–3 verlangt das Recht eines EU-Mitgliedstaats; {{country}} liegt außerhalb des EWR.',
        clause17Option2NotExporterLaw:
          'Klausel 17 Option 2 verweist auf das Recht des Mitgliedstaats, in dem der Datenexporteur niedergelassen ist; {{country}} ist auf der Karte kein Land eines Datenexporteurs. Prüfen Sie die Wahl.',
        clause18ForumMissing: 'Wählen Sie die Gerichte für Streitigkeiten (Klausel 18).',
        clause18ForumOutsideEea: 'Klausel 18 der Module 1–3 verlangt die Gerichte eines EU-Mitgliedstaats; {{country}} liegt außerhalb des EWR.',
      },
    },
    regimes: {
      name: {
        eu: 'EU/EWR – DSGVO',
        uk: 'Vereinigtes Königreich – UK GDPR',
        ch: 'Schweiz – DSG',
        other: 'Außerhalb von EWR, Vereinigtem Königreich und Schweiz',
        unknown: 'Land nicht festgelegt',
      },
      uk: {
        instrument: {
          idta: {
            label: 'International Data Transfer Agreement (IDTA)',
            description: 'Der eigene Übermittlungsvertrag des Vereinigten Königreichs, eigenständig verwendet.',
          },
          addendum: {
            label: 'UK Addendum zu den EU-SCC',
            description: 'Wird den EU-SCC beigefügt, damit sie auch Übermittlungen nach der UK GDPR abdecken.',
          },
        },
        tra: {
          circumstances: {
            text: 'Welches sind die konkreten Umstände der Übermittlung?',
            help: 'Parteien, Daten, Zweck, Format, Weiterübermittlungen und Bestimmungsland.',
          },
          'data-risk-level': {
            text: 'Welche Risikostufe haben die übermittelten Daten?',
            help: 'Berücksichtigen Sie, wie schädlich eine Offenlegung oder ein Missbrauch dieser Daten für die betroffenen Personen sein könnte.',
          },
          'proportionate-investigation': {
            text: 'Haben Sie das Rechtssystem des Bestimmungslandes in einem diesem Risiko angemessenen Umfang untersucht?',
            help: 'Je höher das Risiko der Daten, desto gründlicher die Prüfung von Recht und Praxis des Bestimmungslandes.',
          },
          'human-rights-risk': {
            text: 'Erhöht die Übermittlung das Risiko einer Verletzung der Menschenrechte der betroffenen Personen erheblich?',
            help: 'Im Vergleich dazu, dass die Daten im Vereinigten Königreich verbleiben.',
          },
          'safeguard-enforceable': {
            text: 'Können die Schutzmechanismen des Übermittlungsinstruments im Bestimmungsland durchgesetzt werden?',
            help: 'Ob man sich dort auf das IDTA oder das Addendum stützen und sie durchsetzen kann.',
          },
          'exceptions-cover-remaining': {
            text: 'Decken Ausnahmen verbleibende „significant risk data“ (Daten mit erheblichem Restrisiko) ab?',
            help: 'Daten, für die nach den vorstehenden Fragen ein erhebliches Risiko verbleibt.',
          },
        },
        facts: {
          dua: 'Der Data (Use and Access) Act 2025 hat für Übermittlungen den Maßstab „not materially lower“ eingeführt; er ist seit dem 5. Februar 2026 in Kraft.',
          icoGuidance: 'Die Leitlinien des ICO vom 15. Januar 2026 behalten das Transfer Risk Assessment (TRA) als Verfahren bei.',
        },
      },
      ch: {
        facts: {
          sccWithAmendments: 'Datenexporteure in der Schweiz verwenden die EU-SCC mit Schweizer Anpassungen.',
          swissUsDpf: 'Das Swiss-US Data Privacy Framework ist seit dem 15. September 2024 in Kraft.',
        },
      },
      issue: {
        ukInstrumentMissing:
          '{{exporter}} ist ein Datenexporteur im Vereinigten Königreich: Wählen Sie das IDTA oder das UK Addendum zu den EU-SCC.',
        sccWithIdta:
          '{{exporter}} verwendet die EU-SCC, als britisches Instrument ist aber das IDTA gewählt: EU-SCC erfordern das UK Addendum.',
        idtaWithAddendum: '{{exporter}} verwendet bei einer Übermittlung das IDTA, als britisches Instrument ist aber das UK Addendum gewählt.',
        ukTraIncomplete:
          '{{exporter}} ist ein Datenexporteur im Vereinigten Königreich: {{missing}} der {{total}} Fragen des Transfer Risk Assessment sind unbeantwortet.',
        ukTraRiskUncovered:
          'Nach dem Transfer Risk Assessment erhöht die Übermittlung das Menschenrechtsrisiko erheblich, die Schutzmechanismen sind nicht durchsetzbar, und keine Ausnahme deckt die verbleibenden Daten ab. Prüfen Sie dies, bevor Sie fortfahren.',
        swissAmendmentsMissing:
          '{{exporter}} ist ein Datenexporteur in der Schweiz und verwendet die EU-SCC: Bestätigen Sie, dass die Schweizer Anpassungen enthalten sind.',
        idtaOutsideUk:
          '{{exporter}} ist kein Datenexporteur im Vereinigten Königreich, eine Übermittlung von ihm stützt sich aber auf das IDTA, ein britisches Instrument.',
        exporterCountryMissing:
          'Das Land von {{exporter}} ist nicht festgelegt; davon hängt ab, welches Recht (DSGVO, UK GDPR, DSG) gilt.',
        exporterOutsideKnownRegimes:
          '{{exporter}} befindet sich außerhalb von EWR, Vereinigtem Königreich und Schweiz; DTIA Studio erfasst Übermittlungen nach der DSGVO, der UK GDPR und dem DSG.',
        ukInputsWithoutUkExporter:
          'Ein britisches Instrument oder Antworten zum Transfer Risk Assessment sind erfasst, aber kein Datenexporteur befindet sich im Vereinigten Königreich.',
        swissAmendmentsWithoutSwissExporter:
          'Schweizer Anpassungen sind angekreuzt, aber kein Datenexporteur befindet sich in der Schweiz.',
      },
    },
    annex: {
      title: {
        IA: 'Anhang I.A – Liste der Parteien',
        IB: 'Anhang I.B – Beschreibung der Datenübermittlung',
        IC: 'Anhang I.C – Zuständige Aufsichtsbehörde',
        II: 'Anhang II – Technische und organisatorische Maßnahmen',
        III: 'Anhang III – Liste der Unterauftragsverarbeiter',
      },
      side: { exporter: 'Datenexporteur', importer: 'Datenimporteur' },
      onward: 'Weiterübermittlung durch {{from}} an {{to}}',
      missing: 'Fehlt',
      notApplicable: 'Keine Übermittlung stützt sich auf die SCC; die Anhänge werden nur zur Information angezeigt.',
      noSubProcessors: 'Auf der Karte sind keine Unterauftragsverarbeiter.',
      noteMissing: 'Beschreiben Sie, wie diese Maßnahme umgesetzt wird.',
      field: {
        name: 'Name',
        address: 'Anschrift',
        contact: 'Name, Funktion und Kontaktdaten der Kontaktperson',
        activities: 'Tätigkeiten, die für die übermittelten Daten von Belang sind',
        role: 'Rolle (Verantwortlicher/Auftragsverarbeiter)',
        country: 'Land',
        dataSubjects: 'Kategorien betroffener Personen',
        dataCategories: 'Kategorien personenbezogener Daten',
        sensitiveData: 'Übermittelte sensible Daten',
        sensitiveSafeguards: 'Für sensible Daten geltende Beschränkungen oder Garantien',
        frequency: 'Häufigkeit der Übermittlung',
        nature: 'Art der Verarbeitung',
        purpose: 'Zweck(e) der Datenübermittlung und Weiterverarbeitung',
        retention: 'Speicherdauer oder Kriterien für ihre Festlegung',
        subjectMatter: 'Gegenstand der Verarbeitung (bei Auftragsverarbeitern)',
        duration: 'Dauer der Verarbeitung (bei Auftragsverarbeitern)',
        supervisoryAuthority: 'Zuständige Aufsichtsbehörde',
        processing: 'Durchgeführte Verarbeitung',
      },
      role: { controller: 'Verantwortlicher', processor: 'Auftragsverarbeiter' },
      sensitive: {
        none: 'Keine',
        art9: 'Besondere Kategorien (Art. 9 DSGVO): {{detail}}',
        art10: 'Daten über strafrechtliche Verurteilungen und Straftaten (Art. 10 DSGVO): {{detail}}',
        'art9-art10':
          'Besondere Kategorien (Art. 9 DSGVO) und Daten über strafrechtliche Verurteilungen und Straftaten (Art. 10 DSGVO): {{detail}}',
      },
      frequency: { 'one-off': 'Einmalig', periodic: 'Periodisch', continuous: 'Laufend' },
      nature: {
        storage: 'Speicherung (Hosting) beim Empfänger',
        'remote-access': 'Fernzugriff aus dem Land des Empfängers',
        transit: 'Durchleitung durch das Land des Empfängers',
      },
      measureGroup: {
        technical: 'Technische Maßnahmen',
        contractual: 'Vertragliche Maßnahmen',
        organisational: 'Organisatorische Maßnahmen',
        other: 'Sonstige Maßnahmen',
      },
    },
    module: {
      partyMissing: 'Übermittlung {{transferId}} verweist auf eine Partei, die nicht auf der Karte ist; es kann kein Modul vorgeschlagen werden.',
      roleMissing:
        'Die Rolle von {{party}} (Verantwortlicher oder Auftragsverarbeiter) ist nicht festgelegt; das Modul ergibt sich aus den Rollen.',
      proposed1: '{{from}} ist Verantwortlicher und {{to}} ist Verantwortlicher: Modul 1 (Verantwortlicher an Verantwortlichen).',
      proposed2: '{{from}} ist Verantwortlicher und {{to}} ist Auftragsverarbeiter: Modul 2 (Verantwortlicher an Auftragsverarbeiter).',
      proposed3:
        '{{from}} ist Auftragsverarbeiter und {{to}} ist Auftragsverarbeiter (Unterauftragsverarbeiter): Modul 3 (Auftragsverarbeiter an Auftragsverarbeiter).',
      proposed4: '{{from}} ist Auftragsverarbeiter und {{to}} ist Verantwortlicher: Modul 4 (Auftragsverarbeiter an Verantwortlichen).',
      onwardTransfer:
        '{{from}} befindet sich selbst außerhalb des EWR und gibt erhaltene Daten weiter: Dies ist eine Weiterübermittlung. Der Datenimporteur muss {{to}} an den Schutz der von ihm unterzeichneten SCC binden, bevor er die Daten weitergibt.',
      onwardSubProcessing:
        'Nach den Modulen 2 und 3 darf der Datenimporteur {{to}} nur so beauftragen, wie Klausel 9 es zulässt (Genehmigung des Datenexporteurs und ein schriftlicher Vertrag mit im Wesentlichen denselben Datenschutzpflichten), und Daten nur so weitergeben, wie die Klausel zur Weiterübermittlung (Klausel 8.8) es zulässt.',
      onwardModule1:
        'Nach Modul 1 darf der Datenimporteur die Daten an {{to}} nur so weitergeben, wie die Klausel zur Weiterübermittlung (Klausel 8.7) es zulässt.',
      onwardSameLogic:
        'Der Vertrag zwischen {{from}} und {{to}} folgt derselben Tabelle: Das Modul, das ihren Rollen entspricht, ist das passende für diese Verbindung.',
      override: 'Anstelle des Vorschlags wurde Modul {{module}} gewählt. Angegebene Begründung: {{reason}}',
      overrideWithoutReason:
        'Anstelle des vorgeschlagenen Moduls {{proposed}} wurde ohne Begründung Modul {{module}} gewählt. Halten Sie die Gründe fest.',
      module4Clauses14And15:
        'Modul 4: Die Klauseln 14 und 15 gelten nur, wenn der Auftragsverarbeiter in der EU die vom Datenimporteur erhaltenen personenbezogenen Daten mit in der EU erhobenen personenbezogenen Daten kombiniert.',
      needsClause9AndAnnexIII:
        'Die Module 2 und 3 erfordern eine Wahl nach Klausel 9 (Unterauftragsverarbeiter) und eine Liste der Unterauftragsverarbeiter in Anhang III.',
    },
  },
} as const satisfies TranslationOf<typeof english>;
