import type { wizard as english } from '../en/wizard';
import type { TranslationOf } from './shape';

/** German texts of the wizard's structure and catalogues (keys referenced from shared/wizard). */
export const wizard = {
  wizard: {
    prechecks: {
      title: 'Vorprüfung',
      intro:
        'Prüfen Sie vor den sechs Schritten, ob überhaupt eine Datentransfer-Folgenabschätzung erforderlich ist (TIA-Leitfaden der CNIL, 31. Januar 2025): Handelt es sich um personenbezogene Daten, liegt nach den drei Kriterien der Leitlinien 05/2021 des EDSA eine Übermittlung vor, sind die Rollen geklärt, werden die Grundsätze der DSGVO eingehalten, und ist das Bestimmungsland für diesen Datenimporteur angemessen?',
      criteriaTitle: 'Handelt es sich um eine Übermittlung personenbezogener Daten?',
      personalData: 'Sind die Daten personenbezogene Daten (Art. 4 Nr. 1 DSGVO)?',
      personalDataHelp: 'Tatsächlich anonyme Daten sind keine personenbezogenen Daten. Pseudonymisierte Daten sind es weiterhin.',
      exporterSubjectToRegime:
        'Kriterium 1: Unterliegt der Datenexporteur für diese Verarbeitung der DSGVO (bzw. der UK GDPR oder dem schweizerischen DSG)?',
      exporterSubjectToRegimeHelp: 'Der Datenexporteur kann Verantwortlicher oder Auftragsverarbeiter sein.',
      disclosedToOtherParty: 'Kriterium 2: Legt der Datenexporteur die Daten einer anderen Partei offen oder stellt er sie ihr zur Verfügung?',
      disclosedToOtherPartyHelp:
        'Ein Fernzugriff aus dem Ausland zählt; Daten, die eine Person aus eigener Initiative direkt an ein ausländisches Unternehmen sendet, zählen nicht.',
      recipientInThirdCountry: 'Kriterium 3: Befindet sich diese Partei in einem Drittland oder ist sie eine internationale Organisation?',
      recipientInThirdCountryHelp: 'Unabhängig davon, ob der Datenimporteur selbst nach Art. 3 Abs. 2 DSGVO der DSGVO unterliegt.',
      principlesTitle: 'Rollen und Grundsätze',
      rolesEstablished: 'Sind die Rollen aller Parteien (Verantwortlicher oder Auftragsverarbeiter) geklärt?',
      rolesEstablishedHelp:
        'Die Rollen bestimmen das SCC-Modul. Nimmt ein Auftragsverarbeiter in der EU die Übermittlung vor, führt der Auftragsverarbeiter die TIA durch, und der Verantwortliche prüft sie.',
      minimisationDone: 'Wurden die Daten minimiert und, soweit der Zweck es zulässt, pseudonymisiert oder anonymisiert?',
      minimisationDoneHelp: 'Eine nicht erforderliche Übermittlung oder nicht erforderliche Daten zu vermeiden, ist die wirksamste aller Maßnahmen.',
      minimisationNote: 'Was minimiert wurde oder warum nicht',
      art49IsBasis: 'Ist eine Ausnahme nach Art. 49 DSGVO die zutreffende Grundlage dieser Übermittlung?',
      art49IsBasisHelp:
        'Nur für gelegentliche, nicht systematische Übermittlungen (z. B. eine einmalige Übermittlung mit ausdrücklicher Einwilligung der Person). Nie für eine dauerhafte Geschäftsbeziehung mit einem Dienstleister.',
      art49Justification: 'Warum die Ausnahme greift',
      art49JustificationHelp: 'Nennen Sie die Ausnahme und begründen Sie, warum die Übermittlung gelegentlich und erforderlich ist.',
      resultTitle: 'Ist eine vollständige TIA erforderlich?',
    },
    step1: {
      title: 'Ihre Übermittlungen kennen',
      intro:
        'Erfassen Sie jede Übermittlung: die Parteien mit ihren Rollen und Ländern und jede Übermittlung zwischen ihnen mit Daten, Zweck, Häufigkeit, Format und Art des Zugriffs, einschließlich Weiterübermittlungen über Unterauftragsverarbeiter. Ein Fernzugriff aus einem Drittland gilt als Übermittlung.',
      map: {
        title: 'Übermittlungskarte',
        help: 'Fügen Sie zuerst die Parteien hinzu, dann die Übermittlungen zwischen ihnen. Jede Übermittlung wird in Schritt 2 einzeln bewertet.',
      },
    },
    step2: {
      title: 'Übermittlungsinstrument',
      intro:
        'Bestimmen Sie das Instrument, auf das sich jede Übermittlung stützt: einen Angemessenheitsbeschluss (Art. 45 DSGVO, einschließlich des EU-US Data Privacy Framework für zertifizierte Datenimporteure), ein Instrument nach Art. 46 DSGVO wie die Standardvertragsklauseln (SCC) oder verbindliche interne Datenschutzvorschriften oder – nur für gelegentliche, nicht systematische Übermittlungen – eine Ausnahme nach Art. 49 DSGVO.',
      tools: {
        title: 'Instrument je Übermittlung',
        help: 'Angemessenheit und Data Privacy Framework stammen aus der Rechtsbibliothek, mit dem Beschluss und seinem Datum. Eine DPF-Übermittlung erfordert die bestätigte Zertifizierung des Datenimporteurs, mit dem Datum Ihrer Prüfung.',
      },
      scc: { title: 'Standardvertragsklauseln: Optionen' },
      regime: { title: 'Datenexporteure im Vereinigten Königreich und in der Schweiz' },
      annexes: { title: 'SCC-Anhänge I–III' },
    },
    step3: {
      title: 'Recht und Praxis des Bestimmungslandes',
      intro:
        'Beurteilen Sie, ob Recht oder Praxis des Bestimmungslandes, angewendet auf diese Übermittlung, die Wirksamkeit des Übermittlungsinstruments beeinträchtigen. Ohne ergänzende Maßnahmen dürfen Sie nur fortfahren, wenn Sie keinen Grund zu der Annahme haben, dass problematische Rechtsvorschriften auf die übermittelten Daten angewendet werden (Empfehlungen 01/2020 des EDSA, Rn. 43.3), und zwar auf der Grundlage relevanter, objektiver, zuverlässiger, überprüfbarer und öffentlich verfügbarer oder zugänglicher Informationen (Rn. 46).',
      laws: { title: 'Gesetze, die Behörden Zugriff verschaffen können' },
      risk: {
        title: 'Wahrscheinlichkeit eines problematischen rechtmäßigen Zugriffs',
        help: 'Eine quantitative Schätzung nach der Methode von David Rosenthal (u. a. vom Kanton Zürich verwendet). Sie ergänzt den qualitativen Maßstab des EDSA oben, ersetzt ihn aber nicht.',
      },
      overall: {
        title: 'Gesamtbewertung',
        reasoning: 'Begründung der Gesamtbewertung',
        reasoningHelp: 'Fassen Sie die Einschätzungen je Gesetz und die Werte in eigenen Worten für die Leser des Berichts zusammen.',
      },
    },
    step4: {
      title: 'Ergänzende Maßnahmen',
      intro:
        'Wählen Sie die Maßnahmen, die die in Schritt 3 festgestellten Lücken schließen. Jede Maßnahme gibt an, welche Voraussetzung eines Zugriffs sie schwächt; das Restrisiko wird bei jeder Wahl neu berechnet. Vertragliche und organisatorische Maßnahmen ergänzen technische Maßnahmen, ersetzen sie aber allein nicht, wenn das Recht des Datenimporteurs einen Zugriff auf Daten im Klartext erlaubt.',
      measures: { title: 'Maßnahmen' },
    },
    step5: {
      title: 'Verfahrensschritte',
      intro:
        'Die formalen Schritte, die die gewählten Übermittlungsinstrumente und Maßnahmen erfordern, abgeleitet aus den Schritten 2 und 4. Halten Sie für jeden den Status und den Nachweis fest.',
      checklist: { title: 'Checkliste' },
    },
    step6: {
      title: 'Erneute Bewertung',
      intro:
        'Bewerten Sie in angemessenen Abständen erneut und immer dann, wenn sich das Recht, der Datenimporteur, seine Unterauftragsverarbeiter oder die Daten ändern. Das vorgeschlagene Datum ergibt sich aus dem Restrisiko und aus jeder zur erneuten Prüfung markierten Rechtslage.',
      review: {
        title: 'Überprüfung',
        nextReviewDate: 'Datum der nächsten Überprüfung',
        triggers: 'Anlässe für eine frühere Überprüfung',
        otherTriggers: 'Weitere Anlässe',
      },
    },
    conclusion: {
      title: 'Ergebnis',
      intro:
        'Die Auswertung schlägt ein Ergebnis mit Begründung vor. Nehmen Sie es an oder weichen Sie mit schriftlicher Begründung davon ab; beides wird im Bericht festgehalten.',
      outcome: { title: 'Ergebnis', rationale: 'Begründung für die Leser des Berichts' },
      signoff: { title: 'Freigabe', assessor: 'Ersteller', approver: 'Freigeber', date: 'Datum der Freigabe' },
    },
  },
  options: {
    role: { controller: 'Verantwortlicher', processor: 'Auftragsverarbeiter' },
    partyKind: {
      exporter: 'Datenexporteur',
      importer: 'Datenimporteur',
      'sub-processor': 'Unterauftragsverarbeiter',
      recipient: 'Weiterer Empfänger',
    },
    entityType: {
      company: 'Unternehmen',
      'public-body': 'Öffentliche Stelle',
      'international-organisation': 'Internationale Organisation',
      individual: 'Natürliche Person',
    },
    frequency: { 'one-off': 'Einmalig', periodic: 'Periodisch', continuous: 'Laufend' },
    format: { clear: 'Im Klartext', pseudonymised: 'Pseudonymisiert', encrypted: 'Verschlüsselt' },
    keyHolder: { exporter: 'Der Datenexporteur', importer: 'Der Datenimporteur', 'third-party': 'Ein Dritter' },
    accessType: { storage: 'Speicherung', 'remote-access': 'Fernzugriff', transit: 'Nur Durchleitung' },
    tool: {
      adequacy: 'Angemessenheitsbeschluss (Art. 45 DSGVO)',
      dpf: 'EU-US Data Privacy Framework (zertifizierter Datenimporteur)',
      scc: 'Standardvertragsklauseln (SCC) (Art. 46 Abs. 2 lit. c DSGVO)',
      idta: 'UK International Data Transfer Agreement (IDTA)',
      bcr: 'Verbindliche interne Datenschutzvorschriften (BCR) (Art. 47 DSGVO)',
      'art46-other': 'Anderes Instrument nach Art. 46 DSGVO (Verhaltensregeln, Zertifizierung, Ad-hoc-Vertragsklauseln)',
      art49: 'Ausnahme nach Art. 49 DSGVO',
    },
    tri: { yes: 'Ja', no: 'Nein', unknown: 'Unbekannt' },
    yesno: { yes: 'Ja', no: 'Nein' },
    art49: {
      'explicit-consent': 'Ausdrückliche Einwilligung (Art. 49 Abs. 1 lit. a DSGVO)',
      'contract-with-data-subject': 'Vertrag mit der betroffenen Person (Art. 49 Abs. 1 lit. b DSGVO)',
      'contract-in-data-subject-interest': 'Vertrag im Interesse der betroffenen Person (Art. 49 Abs. 1 lit. c DSGVO)',
      'public-interest': 'Wichtige Gründe des öffentlichen Interesses (Art. 49 Abs. 1 lit. d DSGVO)',
      'legal-claims': 'Rechtsansprüche (Art. 49 Abs. 1 lit. e DSGVO)',
      'vital-interests': 'Lebenswichtige Interessen (Art. 49 Abs. 1 lit. f DSGVO)',
      'public-register': 'Öffentliches Register (Art. 49 Abs. 1 lit. g DSGVO)',
      'compelling-legitimate-interests': 'Zwingende berechtigte Interessen (Art. 49 Abs. 1 UAbs. 2 DSGVO)',
    },
    verdict: {
      'not-applicable': 'Auf diese Übermittlung nicht anwendbar',
      'no-reason-to-believe': 'Kein Grund zu der Annahme, dass es auf die übermittelten Daten angewendet wird',
      'reason-to-believe': 'Grund zu der Annahme, dass es auf die übermittelten Daten angewendet werden kann',
      undetermined: 'Noch nicht bestimmt',
    },
    confidence: {
      confirmed: 'Bestätigt',
      partly: 'Teilweise bestätigt',
      unconfirmed: 'Nicht bestätigt',
      conflicting: 'Widersprüchliche Quellen',
    },
    checklistStatus: { open: 'Offen', done: 'Erledigt', 'not-applicable': 'Nicht anwendbar' },
    outcome: {
      'no-tia-required': 'Eine vollständige Datentransfer-Folgenabschätzung ist nicht erforderlich',
      proceed: 'Die Übermittlung kann erfolgen',
      'proceed-with-measures': 'Die Übermittlung kann mit den ergänzenden Maßnahmen erfolgen',
      'do-not-proceed': 'Die Übermittlung darf nicht erfolgen oder ist auszusetzen',
    },
    unset: '– bitte wählen –',
  },
  references: {
    edpbRecommendations: 'Empfehlungen 01/2020 des EDSA (Europäischer Datenschutzausschuss) zu ergänzenden Maßnahmen',
    cnilTiaGuide: 'Leitfaden der CNIL zur Datentransfer-Folgenabschätzung',
    edpbGuidelines052021: 'Leitlinien 05/2021 des EDSA zum Begriff der Übermittlung',
    sccDecision: 'Standardvertragsklauseln',
  },
} as const satisfies TranslationOf<typeof english>;
