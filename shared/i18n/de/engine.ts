import type { engine as english } from '../en/engine';
import type { TranslationOf } from './shape';

/**
 * German texts of the engine area, merged into one flat resource by ../index.ts. Keys are dotted paths.
 * `$t(…)` nests another key (e.g. a tool or measure name) after the parameters are filled in; German also nests the
 * answers and frequencies the engine passes as codes, so that no English code word appears in a German sentence.
 */
const ESTIMATE = 'Ausgangsschätzung von DTIA Studio, kein veröffentlichter Wert';

export const engine = {
  engine: {
    confidence: { confirmed: 'bestätigt', partly: 'teilweise bestätigt', unconfirmed: 'nicht bestätigt', conflicting: 'widersprüchlich' },
    regime: {
      countryMissing: 'Das Bestimmungsland ist noch nicht erfasst.',
      notInLibrary: 'Die Rechtsbibliothek enthält keinen Eintrag zu {{country}}; prüfen Sie den Angemessenheitsstatus selbst.',
      ukBridgeEea:
        'Für Datenexporteure im Vereinigten Königreich ist {{country}} durch die beim Brexit für den EWR übernommenen britischen Angemessenheitsvorschriften abgedeckt.',
      ukBridge: 'Für Datenexporteure im Vereinigten Königreich ist {{country}} durch britische Angemessenheitsvorschriften (eine „Data Bridge“) abgedeckt.',
      ukBridgeUs:
        'Für Datenexporteure im Vereinigten Königreich sind die Vereinigten Staaten nur für Empfänger auf der DPF-Liste angemessen, die an der UK Extension teilnehmen (SI 2023/1028, in Kraft seit 12. Oktober 2023).',
      ukNoBridge:
        'In DTIA Studio ist für {{country}} keine britische Angemessenheitsvorschrift erfasst; prüfen Sie die aktuelle britische Liste.',
      ukListDiffers:
        '{{country}} ist nach der EU-Liste angemessen, die britische Liste angemessener Bestimmungsländer weicht jedoch von der EU-Liste ab und enthält es nach dem erfassten Stand nicht; prüfen Sie die aktuellen britischen Vorschriften.',
      swissUs:
        'Für Datenexporteure in der Schweiz sind die Vereinigten Staaten nur für Empfänger angemessen, die nach dem Swiss-US Data Privacy Framework zertifiziert sind (Anhang 1 der Datenschutzverordnung, in Kraft seit 15. September 2024).',
      swissListUnverified:
        'Für Datenexporteure in der Schweiz folgt der für {{country}} angezeigte Status der EU-Liste; die Schweizer Liste (Anhang 1 der Datenschutzverordnung) kann abweichen und muss geprüft werden.',
    },
    transfers: {
      notRestricted:
        'Keine Übermittlung im Sinne von Kapitel V: {{country}} liegt im eigenen Rechtsraum des Datenexporteurs, daher ist kein Übermittlungsinstrument erforderlich.',
      eeaDestination: '{{country}} liegt im EWR; die Daten bleiben im Anwendungsbereich der DSGVO.',
      adequacyDecision: 'Für {{country}} besteht ein Angemessenheitsbeschluss: {{reference}} ({{date}}).',
      adequateWithoutReference:
        '{{country}} ist laut Rechtsbibliothek angemessen; die Fundstelle des Beschlusses ist dort nicht erfasst.',
      partialAdequacyDecision:
        'Teilweise Angemessenheit ({{country}}): {{reference}} ({{date}}) erfasst nur bestimmte Empfänger oder Daten.',
      partialAdequacy: 'Teilweise Angemessenheit ({{country}}): Der Beschluss erfasst nur bestimmte Empfänger oder Daten.',
      adequacyScope: 'Die Rechtsbibliothek beschreibt den Anwendungsbereich wie folgt: {{note}}',
      partialScopeAsserted:
        'Als Instrument ist die Angemessenheit gewählt: Damit wird festgehalten, dass der Empfänger ({{country}}) in den Anwendungsbereich des Beschlusses fällt. Bewahren Sie die Nachweise auf.',
      partialScopeToConfirm:
        'Fällt der Empfänger ({{country}}) in den Anwendungsbereich des Beschlusses, wählen Sie die Angemessenheit als Instrument; andernfalls ist ein Instrument nach Art. 46 DSGVO wie die SCC erforderlich, zusammen mit einer Datentransfer-Folgenabschätzung.',
      dpfConfirmed: 'Die DPF-Zertifizierung des Datenimporteurs wurde am {{date}} bestätigt.',
      partialNeedsTool:
        'Ohne bestätigte DPF-Zertifizierung des Empfängers erfordert diese Übermittlung ein Instrument nach Art. 46 DSGVO wie die SCC sowie eine Datentransfer-Folgenabschätzung.',
      noAdequacy:
        'Für {{country}} besteht kein Angemessenheitsbeschluss: Erforderlich ist ein Instrument nach Art. 46 DSGVO wie die SCC, zusammen mit einer Datentransfer-Folgenabschätzung.',
      statusUnknown: 'Der Angemessenheitsstatus von {{country}} ist in der Rechtsbibliothek nicht erfasst.',
      ukRegime:
        'Der Datenexporteur unterliegt der UK GDPR: das IDTA oder das UK Addendum zu den SCC, mit einem Transfer Risk Assessment (TRA).',
      swissRegime: 'Der Datenexporteur unterliegt dem schweizerischen DSG: Die SCC benötigen die Schweizer Anpassungen.',
      warning: {
        noTool: 'Für diese Übermittlung ist noch kein Übermittlungsinstrument gewählt.',
        art49Systematic:
          'Ausnahmen nach Art. 49 DSGVO gelten für gelegentliche Übermittlungen; sie passen nicht zu systematischen Übermittlungen wie dieser (Häufigkeit: $t(options.frequency.{{frequency}})). Verwenden Sie stattdessen ein Instrument nach Art. 46 DSGVO.',
        art49NoDerogation: 'Nennen Sie die Ausnahme nach Art. 49 DSGVO, auf die sich die Übermittlung stützt.',
        dpfNotAvailable:
          'Das Data Privacy Framework erfasst nur Empfänger in den Vereinigten Staaten; für dieses Bestimmungsland ({{country}}) steht es nicht zur Verfügung.',
        dpfNotConfirmed: 'Der Eintrag des Datenimporteurs auf der DPF-Liste wurde nicht bestätigt.',
        dpfNoDate: 'Halten Sie fest, an welchem Datum die DPF-Liste geprüft wurde.',
        dpfCheckOutdated:
          'Die DPF-Zertifizierung wurde zuletzt am {{date}} geprüft, vor {{months}} Monaten; prüfen Sie die DPF-Liste erneut.',
        dpfUkExtension: 'Bei einem Datenexporteur im Vereinigten Königreich muss der Datenimporteur zusätzlich an der UK Extension zum DPF teilnehmen.',
        dpfSwiss: 'Bei einem Datenexporteur in der Schweiz muss der Datenimporteur nach dem Swiss-US DPF zertifiziert sein.',
        adequacyNotAvailable:
          'Für dieses Bestimmungsland ({{country}}) besteht für diesen Datenexporteur kein Angemessenheitsbeschluss; für Empfänger in den USA gilt die Angemessenheit nur über eine bestätigte DPF-Zertifizierung. Wählen Sie ein anderes Instrument.',
        idtaOnlyUk: 'Das IDTA ist ein britisches Instrument; es dient nur Datenexporteuren, die der UK GDPR unterliegen.',
        sccOverrideWithoutReason: 'Das SCC-Modul weicht von dem aus den Rollen vorgeschlagenen ab, und es ist keine Begründung erfasst.',
      },
    },
    minimisation: {
      specialCategories:
        'Es werden besondere Kategorien personenbezogener Daten (Art. 9 DSGVO) übermittelt: Prüfen Sie, ob jede davon für den Zweck erforderlich ist, und halten Sie die zusätzlichen Garantien fest.',
      criminalData:
        'Es werden Daten über strafrechtliche Verurteilungen und Straftaten (Art. 10 DSGVO) übermittelt: Prüfen Sie, ob sie erforderlich sind und ob ihre Verarbeitung zulässig ist.',
      clearText:
        'Die Daten werden im Klartext übermittelt, obwohl der Empfänger sie möglicherweise nicht im Klartext benötigt: Erwägen Sie Pseudonymisierung oder Verschlüsselung mit Schlüsseln beim Datenexporteur.',
      remoteAccess:
        'Ein Fernzugriff aus dem Ausland ist eine Übermittlung: Beschränken Sie ihn auf die Personen und Daten, die der Zweck erfordert, und protokollieren Sie ihn.',
      retentionMissing: 'Für diese Übermittlung ist keine Speicherdauer erfasst.',
      retentionLong: 'Die Speicherdauer („{{retention}}“) ist lang: Prüfen Sie, ob der Empfänger die Daten so lange benötigt.',
      manyCategories: 'Es werden {{count}} Datenkategorien übermittelt: Prüfen Sie, ob jede davon für den Zweck erforderlich ist.',
    },
    useCases: {
      uc1: 'EDSA-Anwendungsfall 1: Speicherung bei {{recipient}}, die die Daten nicht im Klartext benötigt, verschlüsselt mit Schlüsseln beim Datenexporteur – eine wirksame technische Maßnahme.',
      uc2: 'EDSA-Anwendungsfall 2: pseudonymisierte Daten an {{recipient}} – nur wirksam, wenn die Daten auch durch Abgleich mit anderen Informationen nicht re-identifiziert werden können.',
      uc3: 'EDSA-Anwendungsfall 3: verschlüsselte Daten, die nur an oder durch {{recipient}} durchgeleitet werden – wirksam mit Transportverschlüsselung nach dem Stand der Technik.',
      uc4: 'EDSA-Anwendungsfall 4: {{recipient}} ist ein geschützter Empfänger – wirksam im Rahmen dieses rechtlichen Schutzes.',
      uc5: 'EDSA-Anwendungsfall 5: aufgeteilte oder Mehrparteienverarbeitung – wirksam, wenn keine Partei allein, einschließlich {{recipient}}, die Daten wiederherstellen kann.',
      uc6: 'EDSA-Anwendungsfall 6: {{recipient}} benötigt die Daten im Klartext, um seine Leistung zu erbringen.',
      uc6Processor:
        'EDSA-Anwendungsfall 6: {{recipient}}, ein Auftragsverarbeiter (etwa ein Cloud-Anbieter), benötigt die Daten im Klartext, um seine Leistung zu erbringen.',
      uc7: 'EDSA-Anwendungsfall 7: {{recipient}} greift für eigene Geschäftszwecke im Klartext aus der Ferne auf die Daten zu.',
      noEffectiveTechnicalMeasure:
        'Der EDSA hat für diesen Fall keine wirksame technische Maßnahme gefunden; vertragliche und organisatorische Maßnahmen allein reichen nicht aus.',
    },
    measures: {
      clearTextUseCase:
        'EDSA-Anwendungsfall {{useCase}} liegt bei der Übermittlung {{from}} → {{to}} vor: Der Empfänger benötigt die Daten im Klartext.',
      noEffectiveTechnicalMeasure:
        'Für diese Übermittlungen hat der EDSA keine wirksame technische Maßnahme gefunden (Empfehlungen 01/2020, Anhang 2, Anwendungsfälle 6 und 7).',
      complementaryInsufficient:
        'Vertragliche und organisatorische Maßnahmen können technische Maßnahmen nur ergänzen; für sich genommen verhindern sie keinen Zugriff durch die Behörden des Bestimmungslandes.',
      exporterKeysContradictClearText:
        'Gewählt ist eine Verschlüsselung mit Schlüsseln beim Datenexporteur, der Empfänger benötigt die Daten aber im Klartext: Die Maßnahme kann diese Übermittlung nicht schützen.',
      importerKeysNoEffect:
        'Eine Verschlüsselung ruhender Daten mit Schlüsseln beim Datenimporteur schützt vor Diebstahl, nicht aber vor einer Behörde, die den Datenimporteur zur Herausgabe der Daten verpflichtet: Sie senkt das Risiko eines rechtmäßigen Zugriffs nicht.',
      noneChosen: 'Es ist keine ergänzende Maßnahme gewählt.',
      onlyComplementaryChosen:
        'Gewählt sind nur vertragliche oder organisatorische Maßnahmen; sie ergänzen technische Maßnahmen, ersetzen sie aber nicht.',
      unknownMeasure: 'Die Maßnahme „{{measureId}}“ ist nicht im Katalog von DTIA Studio enthalten; sie wirkt sich nicht auf die Werte aus.',
    },
    laws: {
      userLaw: 'Ein von Ihnen hinzugefügtes Gesetz: Halten Sie die Einschätzung selbst fest, mit Begründung.',
      notInLibrary: 'Das Gesetz „{{lawId}}“ ist nicht mehr in der Rechtsbibliothek enthalten; halten Sie die Einschätzung selbst fest.',
      adequacyEntry:
        '{{law}} ist ein Angemessenheitsbeschluss, kein Gesetz, das Behörden Zugriff auf Daten verschafft: Er betrifft das Übermittlungsinstrument (Schritt 2), nicht diese Einschätzung.',
      notAnAccessLaw:
        '{{law}} ist kein Gesetz, das Behörden Zugriff auf Daten verschafft; es wird als Garantie berücksichtigt, nicht als Risiko bewertet.',
      outOfScope: '{{law}} erfasst diese Übermittlung nicht: „{{question}}“ wurde mit „$t(options.yesno.{{answer}})“ beantwortet.',
      inScope: 'Nach den Antworten fallen dieser Datenimporteur und diese Daten in den Anwendungsbereich von {{law}}.',
      noScopeQuestions: 'Die Bibliothek stellt zu {{law}} keine Frage zum Anwendungsbereich; es wird angenommen, dass es den Datenimporteur erfasst.',
      measureDefeatedByClearText:
        'Gewählt ist eine Verschlüsselung mit Schlüsseln beim Datenexporteur, eine Übermittlung in dieses Land erfordert die Daten aber im Klartext; die Maßnahme hält die Daten dort daher nicht unlesbar.',
      notReadableByAnswer: 'Die Daten wären für die Behörde nicht lesbar: „{{question}}“ wurde mit „$t(options.yesno.{{answer}})“ beantwortet.',
      notReadableByMeasure:
        'Die Daten bleiben für den Datenimporteur und für jede Behörde, die ihn zur Herausgabe verpflichtet, unlesbar: $t(measures.{{measureId}}.title).',
      notReadableByMap:
        'Die Daten wären für die Behörde nicht lesbar: Nach der Karte ist jede Übermittlung in dieses Land mit Schlüsseln beim Datenexporteur verschlüsselt, und die Empfänger benötigen die Daten nicht im Klartext (EDSA-Anwendungsfall 1).',
      scopeOpenButUnreadable:
        'Einige Fragen zum Anwendungsbereich sind noch offen; die Einschätzung hängt nicht von ihnen ab, weil die Daten nicht lesbar wären.',
      noReasonToBelieve:
        'Es besteht kein Grund zu der Annahme, dass {{law}} auf die übermittelten Daten in einer Weise angewendet wird, die das Übermittlungsinstrument beeinträchtigt (Empfehlungen 01/2020 des EDSA, Rn. 43.3).',
      missingAnswers: '{{count}} Frage(n) entscheiden über die Einschätzung und sind noch offen: {{questions}}',
      readable: 'Nach den Antworten hält der Datenimporteur die Daten in einer für die Behörde lesbaren Form.',
      readableAssumed: 'Die Bibliothek stellt keine Frage zur Lesbarkeit; es wird angenommen, dass die Daten lesbar sind.',
      reasonToBelieve:
        'Es besteht Grund zu der Annahme, dass {{law}} auf die übermittelten Daten angewendet werden kann: Erforderlich sind ergänzende Maßnahmen, die die Daten unlesbar machen, oder eine Entscheidung, die Daten nicht zu übermitteln.',
      practiceNoted: 'Berücksichtigte Praxis: „{{question}}“ – „$t(options.yesno.{{answer}})“.',
      practiceNotAlone:
        'Die dokumentierten praktischen Erfahrungen des Datenimporteurs (etwa dass keine Ersuchen eingegangen sind) können berücksichtigt werden, entscheiden die Einschätzung aber nie allein (Empfehlungen 01/2020 des EDSA, Rn. 47).',
      safeguardNoted: 'Berücksichtigte Garantie: „{{question}}“ – „$t(options.yesno.{{answer}})“.',
      override: 'Vom Nutzer festgelegte Einschätzung: $t(options.verdict.{{verdict}}). Begründung: {{reason}}',
      overrideWithoutReason: 'Vom Nutzer festgelegte Einschätzung ($t(options.verdict.{{verdict}})) ohne erfasste Begründung.',
      unconfirmed:
        'Die Rechtsbibliothek kennzeichnet die Angaben zu {{law}} als „$t(engine.confidence.{{confidence}})“; behandeln Sie sie mit Vorsicht und prüfen Sie sie.',
      recheck: 'Prüfen Sie die Rechtslage zu {{law}} erneut: {{recheck}}',
    },
    prechecks: {
      notPersonalData:
        'Die Daten sind keine personenbezogenen Daten: Die Übermittlungsvorschriften der DSGVO finden keine Anwendung, und eine Datentransfer-Folgenabschätzung ist nicht erforderlich.',
      criterionRegimeNotMet:
        'Der Datenexporteur unterliegt für diese Verarbeitung nicht der DSGVO (bzw. der UK GDPR oder dem schweizerischen DSG).',
      criterionDisclosureNotMet: 'Der Datenexporteur legt die Daten keiner anderen Partei offen und stellt sie ihr nicht zur Verfügung.',
      criterionThirdCountryNotMet: 'Der Empfänger befindet sich weder in einem Drittland noch ist er eine internationale Organisation.',
      notATransfer:
        'Eines der drei Kriterien einer Übermittlung (Leitlinien 05/2021 des EDSA) ist nicht erfüllt: Es liegt keine Übermittlung im Sinne von Kapitel V vor, und eine Datentransfer-Folgenabschätzung ist nicht erforderlich.',
      noRestrictedTransfer:
        'Jede Partei auf der Karte liegt im eigenen Rechtsraum des Datenexporteurs: Es gibt keine Übermittlung im Sinne von Kapitel V, und eine Datentransfer-Folgenabschätzung ist nicht erforderlich.',
      coveredByAdequacy:
        'Jede Übermittlung geht in ein Bestimmungsland, für das ein Angemessenheitsbeschluss besteht: Eine vollständige Datentransfer-Folgenabschätzung ist nicht erforderlich. Halten Sie die Gründe fest.',
      coveredWithDpf:
        'Jede Übermittlung ist durch Angemessenheit abgedeckt, für die Vereinigten Staaten über die bestätigte Zertifizierung des Datenimporteurs nach dem Data Privacy Framework: Eine vollständige Datentransfer-Folgenabschätzung ist nicht erforderlich. Halten Sie die Gründe fest und behalten Sie die Zertifizierung im Blick.',
      transferCoveredByAdequacy: '{{from}} → {{to}} ({{country}}): durch Angemessenheit abgedeckt.',
      transferCoveredByDpf:
        '{{from}} → {{to}} ({{country}}): abgedeckt durch die DPF-Zertifizierung des Empfängers, am {{checkedOn}} auf der DPF-Liste bestätigt.',
      ukSwissListsDiffer:
        'Datenexporteure im Vereinigten Königreich und in der Schweiz stützen sich auf eigene Angemessenheitslisten, die von der EU-Liste abweichen; prüfen Sie, ob jedes Bestimmungsland auf der Liste des für den Datenexporteur geltenden Rechts steht.',
      art49Basis:
        'Als Grundlage der Übermittlung ist eine Ausnahme nach Art. 49 DSGVO mit Begründung erfasst: Eine Datentransfer-Folgenabschätzung ist nicht erforderlich.',
      art49NotForSystematic:
        'Ausnahmen nach Art. 49 DSGVO sind eng auszulegende Ausnahmetatbestände; sie passen nicht zu systematischen oder wiederholten Übermittlungen.',
      art49Systematic:
        'Warnung: Mindestens eine Übermittlung auf der Karte erfolgt periodisch oder laufend. Ausnahmen nach Art. 49 DSGVO passen nicht zu systematischen Übermittlungen; voraussichtlich sind ein Instrument nach Art. 46 DSGVO und eine Datentransfer-Folgenabschätzung erforderlich.',
      art49NeedsJustification:
        'Als Grundlage ist eine Ausnahme nach Art. 49 DSGVO genannt, aber keine Begründung erfasst; ohne sie kann die Ausnahme nicht in Anspruch genommen werden.',
      transferNeedsTia:
        '{{from}} → {{to}} ({{country}}): nicht durch Angemessenheit abgedeckt; eine Datentransfer-Folgenabschätzung ist daher erforderlich.',
      criteriaOpen: 'Einige Fragen der Vorprüfung sind noch unbeantwortet oder als unbekannt markiert.',
      rolesOpen: 'Die Rollen der Parteien (Verantwortlicher oder Auftragsverarbeiter) stehen noch nicht fest.',
      minimisationOpen:
        'Die Datenminimierung wurde noch nicht geprüft: Übermitteln Sie nur die für den Zweck erforderlichen Daten, und anonymisieren oder pseudonymisieren Sie, wo möglich.',
      noTransfers: 'Die Karte enthält noch keine Übermittlung.',
      countriesMissing: 'Das Bestimmungsland mindestens einer Übermittlung ist nicht erfasst.',
      processorDoesTia:
        'Ein Datenexporteur im EWR handelt als Auftragsverarbeiter: Der Auftragsverarbeiter führt die Datentransfer-Folgenabschätzung durch, der Verantwortliche prüft und vervollständigt sie (TIA-Leitfaden der CNIL).',
    },
    checklist: {
      always: 'Gilt für jede Bewertung.',
      becauseTool: 'Weil $t(options.tool.{{tool}}) das Instrument ist für: {{transfers}}.',
      becauseModule: 'Weil SCC-Modul {{modules}} gilt für: {{transfers}}.',
      becauseUkExporter: 'Weil {{exporters}} der UK GDPR unterliegt.',
      becauseSwissExporter: 'Weil {{exporters}} dem schweizerischen DSG unterliegt.',
      becausePartialAdequacy:
        'Weil die Angemessenheit auf einen Beschluss gestützt wird, der nur bestimmte Empfänger oder Daten erfasst, für: {{transfers}}.',
      becauseMeasure: 'Weil diese technische Maßnahme gewählt ist: $t(measures.{{measureId}}.title).',
    },
    review: {
      noRiskModel: 'Im Risikomodell ist noch kein Szenario einbezogen; Überprüfung standardmäßig in {{months}} Monaten.',
      atOrAboveLimit:
        'Das Restrisiko ({{residual}} % über {{horizon}} Jahre) erreicht oder überschreitet den Grenzwert von {{limit}} %: Überprüfung in {{months}} Monaten.',
      atOrAboveHalfLimit:
        'Das Restrisiko ({{residual}} % über {{horizon}} Jahre) beträgt mindestens die Hälfte des Grenzwerts von {{limit}} %: Überprüfung in {{months}} Monaten.',
      belowHalfLimit:
        'Das Restrisiko ({{residual}} % über {{horizon}} Jahre) liegt unter der Hälfte des Grenzwerts von {{limit}} %: Überprüfung in {{months}} Monaten.',
      lawRecheck: 'Die Rechtslage zu {{law}} muss erneut geprüft werden: {{recheck}}',
      lawUnconfirmed: 'Die Angaben zu {{law}} sind in der Rechtsbibliothek als „$t(engine.confidence.{{confidence}})“ gekennzeichnet.',
      libraryOutdated: 'Die Rechtsbibliothek hat den Stand {{asOf}}, vor {{months}} Monaten; aktualisieren Sie sie.',
      shortened: 'Die Überprüfung wird daher auf {{months}} Monate vorgezogen.',
      policy:
        'Überprüfungsregel von DTIA Studio: 6 Monate, wenn das Restrisiko den Grenzwert erreicht, 12 Monate ab der Hälfte des Grenzwerts, 24 Monate darunter; 3 Monate, sobald eine Rechtslage erneut zu prüfen ist, Tatsachen nicht bestätigt sind oder die Rechtsbibliothek veraltet ist.',
    },
    outcome: {
      noTiaRequired: {
        'not-personal-data': 'Eine Datentransfer-Folgenabschätzung ist nicht erforderlich: Die Daten sind keine personenbezogenen Daten.',
        'not-a-transfer': 'Eine Datentransfer-Folgenabschätzung ist nicht erforderlich: Es liegt keine Übermittlung im Sinne von Kapitel V vor.',
        adequacy:
          'Eine vollständige Datentransfer-Folgenabschätzung ist nicht erforderlich: Jede Übermittlung ist durch Angemessenheit abgedeckt.',
        dpf: 'Eine vollständige Datentransfer-Folgenabschätzung ist nicht erforderlich: Jede Übermittlung ist durch Angemessenheit abgedeckt, einschließlich der bestätigten DPF-Zertifizierung des Datenimporteurs.',
        art49: 'Eine Datentransfer-Folgenabschätzung ist nicht erforderlich: Grundlage der Übermittlung ist eine Ausnahme nach Art. 49 DSGVO.',
        perTransfer:
          'Eine vollständige Datentransfer-Folgenabschätzung ist nicht erforderlich: Jede Übermittlung ist durch Angemessenheit abgedeckt oder stützt sich auf eine Ausnahme nach Art. 49 DSGVO.',
      },
      blocker: {
        prechecksOpen:
          'Vervollständigen Sie die Vorprüfung und die Karte: Ob eine Datentransfer-Folgenabschätzung erforderlich ist, lässt sich noch nicht feststellen.',
        noTool: 'Wählen Sie ein Übermittlungsinstrument für {{from}} → {{to}}.',
        sccModuleOpen: 'Das SCC-Modul für {{from}} → {{to}} lässt sich nicht bestimmen: Erfassen Sie die Rollen beider Parteien.',
        sccOverrideWithoutReason: 'Begründen Sie das für {{from}} → {{to}} gewählte SCC-Modul.',
        dpfNotConfirmed: 'Bestätigen Sie die DPF-Zertifizierung des Empfängers von {{from}} → {{to}}, mit dem Datum der Prüfung.',
        noLaws: 'Bewerten Sie mindestens ein Gesetz des Bestimmungslandes (Schritt 3).',
        lawUndetermined:
          'Die Einschätzung zu {{law}} steht noch nicht fest: Beantworten Sie die Fragen oder halten Sie eine Einschätzung mit Begründung fest.',
        lawOverrideWithoutReason: 'Begründen Sie die Einschätzung, die Sie zu {{law}} festgelegt haben.',
        noScenarios: 'Beziehen Sie mindestens ein Szenario in das Risikomodell ein (Schritt 3).',
        factorWithoutReason: 'Begründen Sie den Wert von „{{factor}}“ im Szenario „{{scenario}}“: Er weicht vom Standardwert ab.',
      },
      proceed: 'Die Übermittlung kann erfolgen.',
      proceedWithMeasures: 'Die Übermittlung kann mit den gewählten ergänzenden Maßnahmen erfolgen.',
      proceedWithMeasuresUseCases:
        'Die Übermittlung kann mit den gewählten ergänzenden Maßnahmen erfolgen: Zwar besteht Grund zu der Annahme, dass {{laws}} angewendet werden kann, die unten genannten Maßnahmen sind jedoch vom EDSA anerkannte wirksame technische Maßnahmen.',
      doNotProceedClearText:
        'Die Übermittlung sollte nicht erfolgen: Es besteht Grund zu der Annahme, dass {{laws}} angewendet werden kann, und der Empfänger benötigt die Daten im Klartext, wofür der EDSA keine wirksame technische Maßnahme gefunden hat.',
      doNotProceedRisk:
        'Die Übermittlung sollte nicht erfolgen: Das Restrisiko von {{residual}} % über {{horizon}} Jahre überschreitet Ihren Grenzwert von {{limit}} %.',
      doNotProceedNoMeasure:
        'Die Übermittlung sollte in der jetzigen Form nicht erfolgen: Es besteht Grund zu der Annahme, dass {{laws}} angewendet werden kann, und keine gewählte Maßnahme hält die Daten unlesbar.',
      figureNotEnough:
        'Ein Restrisiko unterhalb des Grenzwerts genügt für sich genommen nicht dem qualitativen Maßstab des EDSA; halten Sie fest, warum die Übermittlung dennoch erfolgen kann, wenn Sie von diesem Vorschlag abweichen.',
      residualBelowLimit:
        'Restrisiko {{residual}} % über {{horizon}} Jahre (vor Maßnahmen {{before}} %), unterhalb Ihres Grenzwerts von {{limit}} %.',
      residualAboveLimit:
        'Restrisiko {{residual}} % über {{horizon}} Jahre (vor Maßnahmen {{before}} %), oberhalb Ihres Grenzwerts von {{limit}} %.',
      law: {
        'not-applicable': '{{law}} ist auf diese Übermittlung nicht anwendbar.',
        'no-reason-to-believe': 'Kein Grund zu der Annahme, dass {{law}} auf die übermittelten Daten angewendet wird:',
        'reason-to-believe': 'Grund zu der Annahme, dass {{law}} auf die übermittelten Daten angewendet werden kann:',
        undetermined: 'Die Einschätzung zu {{law}} steht noch nicht fest.',
      },
      lawUnconfirmed:
        'Einige Angaben zu {{law}} sind in der Rechtsbibliothek nicht bestätigt; die Schlussfolgerung stützt sich auf sie nur, soweit sie zutreffen.',
      libraryOutdated:
        'Die Rechtsbibliothek ist älter als 12 Monate; prüfen Sie die rechtlichen Angaben, bevor Sie sich auf diese Schlussfolgerung stützen.',
    },
  },
  measureGroups: { technical: 'Technisch', contractual: 'Vertraglich', organisational: 'Organisatorisch' },
  measures: {
    'encrypted-storage-exporter-keys': {
      title: 'Starke Verschlüsselung für Speicherung oder Backup, Schlüssel beim Datenexporteur',
      description:
        'EDSA-Anwendungsfall 1: Daten werden gespeichert, ohne dass der Datenimporteur sie im Klartext benötigt; die Schlüssel werden im EWR oder in einem angemessenen Land verwahrt.',
      basis: `Macht die Daten für den Datenimporteur und jede Behörde, die ihn zur Herausgabe verpflichtet, sowie auf dem Übertragungsweg unlesbar: Die Voraussetzung „lesbar“ wird für Anbieter- und Übertragungsszenarien mit 0.02 multipliziert (${ESTIMATE}: Eine starke Verschlüsselung lässt nur Restrisiken wie fehlerhafte Schlüsselverwaltung oder Implementierungsmängel bestehen).`,
    },
    pseudonymisation: {
      title: 'Pseudonymisierung vor der Übermittlung',
      description: 'EDSA-Anwendungsfall 2: nur wirksam, wenn die Daten auch durch Abgleich nicht re-identifiziert werden können.',
      basis: `Daten, die der Empfänger keiner Person zuordnen kann, nützen einer Behörde wenig: Die Voraussetzung „lesbar“ wird mit 0.1 multipliziert (${ESTIMATE}: Eine Re-Identifizierung durch Abgleich bleibt oft möglich; wählen Sie die Maßnahme nur, wo sie ausgeschlossen ist).`,
    },
    'transit-encryption': {
      title: 'Transportverschlüsselung nach dem Stand der Technik für Daten, die nur durchgeleitet werden',
      description: 'EDSA-Anwendungsfall 3: verschlüsselte Daten, die ein Drittland nur durchlaufen.',
      basis: `Schützt Daten auf dem Übertragungsweg vor dem Abfangen (z. B. nach EO 12333): Die Voraussetzung „lesbar“ wird bei Übertragungsszenarien mit 0.05 multipliziert; keine Wirkung auf den Zugriff bei einem Anbieter, der die Daten vorhält (${ESTIMATE}).`,
    },
    'protected-recipient': {
      title: 'Geschützter Empfänger',
      description:
        'EDSA-Anwendungsfall 4: ein gesetzlich geschützter Empfänger (z. B. ein Berufsgeheimnisträger), im Rahmen dieses Schutzes.',
      basis: `Ein Empfänger, dessen rechtlicher Schutz die Daten abschirmt, macht es weniger wahrscheinlich, dass sie in die Reichweite des Gesetzes fallen: Die Voraussetzung „erfasst“ wird bei Anbieterszenarien mit 0.2 multipliziert (${ESTIMATE}; nur im Rahmen dieses Schutzes wirksam).`,
    },
    'split-processing': {
      title: 'Aufgeteilte oder Mehrparteienverarbeitung',
      description: 'EDSA-Anwendungsfall 5: Keine Partei kann die Daten allein wiederherstellen.',
      basis: `Keine einzelne Partei hält lesbare Daten: Die Voraussetzung „lesbar“ wird mit 0.1 multipliziert (${ESTIMATE}: nur wirksam, wenn die Parteien ihre Anteile nicht zusammenführen können).`,
    },
    'encryption-at-rest-importer-keys': {
      title: 'Verschlüsselung ruhender Daten, Schlüssel beim Datenimporteur',
      description: 'Schützt vor Diebstahl, nicht aber vor einer Behörde, die den Datenimporteur zur Herausgabe verpflichtet.',
      basis:
        'Keine Wirkung auf die Werte: Eine Behörde, die den Datenimporteur zur Herausgabe verpflichtet, erhält die Daten entschlüsselt, weil der Datenimporteur die Schlüssel hält.',
    },
    'access-control-logging': {
      title: 'Zugriffskontrolle und Protokollierung',
      description: 'Zugriff nur bei Erforderlichkeit, protokolliert und überprüft.',
      basis: 'Keine Wirkung auf die Werte: gute Sicherheitspraxis, die Zugriffe dokumentiert, eine erzwungene Offenlegung aber nicht verhindert.',
    },
    'transparency-on-laws': {
      title: 'Transparenz über Gesetze und frühere Ersuchen',
      description: 'Der Datenimporteur beschreibt die Gesetze, denen er unterliegt, und die Ersuchen, die er erhalten hat.',
      basis: 'Keine Wirkung auf die Werte: eine vertragliche Maßnahme, die die Bewertung informiert und technische Maßnahmen ergänzt.',
    },
    'notify-requests': {
      title: 'Benachrichtigung über Ersuchen',
      description:
        'Der Datenimporteur benachrichtigt den Datenexporteur (und nach Möglichkeit die betroffene Person) über Ersuchen oder direkte Zugriffe.',
      basis:
        'Keine Wirkung auf die Werte: Die Benachrichtigung ermöglicht dem Datenexporteur eine Reaktion (Aussetzung, Anfechtung), verhindert den Zugriff aber nicht; Schweigeverpflichtungen können sie untersagen.',
    },
    'challenge-orders': {
      title: 'Prüfung und Anfechtung von Anordnungen',
      description: 'Der Datenimporteur prüft die Rechtmäßigkeit jedes Ersuchens und ficht es an, wenn Gründe dafür bestehen.',
      basis: `Eine geringe Wirkung: Die Pflicht, rechtswidrige oder zu weit gefasste Anordnungen anzufechten, senkt die Voraussetzung „erfasst“ bei Anbieterszenarien um den Faktor 0.9 (${ESTIMATE}: Anfechtungen haben selten Erfolg und können eine rechtmäßige Anordnung nicht verhindern; nur eine Ergänzung).`,
    },
    'warrant-canary': {
      title: 'Warrant Canary',
      description: 'Der Datenimporteur erklärt regelmäßig, dass er keine Ersuchen erhalten hat.',
      basis:
        'Keine Wirkung auf die Werte: Ein Warrant Canary kann offenlegen, dass Ersuchen eingegangen sind, verhindert den Zugriff aber nicht; seine rechtliche Wirkung ist unterschiedlich.',
    },
    'assist-redress': {
      title: 'Unterstützung bei Rechtsbehelfen',
      description: 'Der Datenimporteur unterstützt betroffene Personen bei der Ausübung ihrer Rechte und bei Rechtsbehelfen.',
      basis: 'Keine Wirkung auf die Werte: Sie hilft nachträglich; sie verhindert den Zugriff nicht.',
    },
    'audit-rights': {
      title: 'Prüfrechte',
      description: 'Der Datenexporteur kann prüfen, wie der Datenimporteur mit Ersuchen umgeht.',
      basis: 'Keine Wirkung auf die Werte: Sie überprüfen die Zusagen des Datenimporteurs; sie verhindern den Zugriff nicht.',
    },
    'access-request-policy': {
      title: 'Richtlinie für behördliche Ersuchen',
      description: 'Internes Verfahren für den Umgang mit Ersuchen öffentlicher Stellen.',
      basis: 'Keine Wirkung auf die Werte: eine organisatorische Ergänzung, die sicherstellt, dass Ersuchen geprüft und dokumentiert werden.',
    },
    'transparency-reports': {
      title: 'Transparenzberichte',
      description: 'Regelmäßige öffentliche Berichte über eingegangene Ersuchen.',
      basis:
        'Keine Wirkung auf die Werte: Sie informieren über die Praxis, entscheiden die Bewertung aber nie allein (Empfehlungen 01/2020 des EDSA, Rn. 47).',
    },
    minimisation: {
      title: 'Erforderlichkeit und Datenminimierung',
      description: 'Nur die für den Zweck erforderlichen Daten werden übermittelt und sind zugänglich.',
      basis:
        'Kein Multiplikator: Die Datenminimierung verringert, was offenliegt; beschreiben Sie stattdessen auf der Karte die tatsächlich übermittelten Daten.',
    },
    audits: {
      title: 'Regelmäßige Audits',
      description: 'Interne oder externe Audits der Maßnahmen.',
      basis: 'Keine Wirkung auf die Werte: Sie überprüfen, ob die Maßnahmen greifen.',
    },
    training: {
      title: 'Schulung der Beschäftigten',
      description: 'Schulungen zum Umgang mit behördlichen Ersuchen.',
      basis: 'Keine Wirkung auf die Werte: eine organisatorische Ergänzung.',
    },
    certifications: {
      title: 'Standards und Zertifizierungen',
      description: 'Z. B. ISO/IEC 27001, SOC 2.',
      basis:
        'Keine Wirkung auf die Werte: Zertifizierungen belegen das Sicherheitsmanagement, nicht die Widerstandsfähigkeit gegen rechtmäßige Zugriffe.',
    },
  },
  checklist: {
    'scc-unmodified':
      'Die SCC werden unverändert verwendet (andernfalls handelt es sich um genehmigungspflichtige Ad-hoc-Vertragsklauseln), und die gewählten Module und Optionen sind ausgefüllt.',
    'annexes-complete':
      'Die Anhänge I–III der SCC sind vollständig: Parteien, Beschreibung der Übermittlung, zuständige Aufsichtsbehörde, technische und organisatorische Maßnahmen, Unterauftragsverarbeiter.',
    'importer-clause-14-15':
      'Der Datenimporteur hat seine Verpflichtungen nach Klausel 14 und 15 bestätigt: seine Beurteilung der lokalen Rechtsvorschriften, die Benachrichtigung über Änderungen und Ersuchen, die Prüfung und Anfechtung von Ersuchen.',
    'scc-clause-9-authorisation':
      'Unterauftragsverarbeiter sind nach Klausel 9 genehmigt (vorherige gesonderte Genehmigung oder allgemeine Genehmigung mit Frist) und in Anhang III aufgeführt.',
    'supplementary-clauses-consistent':
      'Zusätzliche Klauseln widersprechen weder unmittelbar noch mittelbar den SCC oder dem IDTA und schwächen deren Schutz nicht ab.',
    'ad-hoc-authorisation':
      'Für die Ad-hoc-Vertragsklauseln liegt die Genehmigung der zuständigen Aufsichtsbehörde vor (Art. 46 Abs. 3 lit. a DSGVO).',
    'bcr-approval':
      'Die BCR sind von der zuständigen Aufsichtsbehörde genehmigt und erfassen diese Übermittlung und die beteiligten Stellen.',
    'dpf-certification-checked':
      'Die aktive Zertifizierung des Datenimporteurs auf der DPF-Liste wurde geprüft, einschließlich der Frage, ob sie die betroffenen Daten erfasst (HR oder Nicht-HR).',
    'dpf-maintenance-promise':
      'Der Vertrag verpflichtet den Datenimporteur, seine DPF-Zertifizierung aufrechtzuerhalten und den Datenexporteur zu benachrichtigen, wenn sie erlischt.',
    'adequacy-scope-confirmed':
      'Dass der Empfänger in den Anwendungsbereich eines teilweisen Angemessenheitsbeschlusses fällt (z. B. als gewerbliche Organisation nach PIPEDA oder als Unternehmer nach dem APPI), ist geprüft und dokumentiert.',
    'art49-documentation':
      'Die in Anspruch genommene Ausnahme nach Art. 49 DSGVO und die Gründe, warum die Übermittlung gelegentlich und erforderlich ist, sind dokumentiert.',
    'uk-instrument-signed': 'Das IDTA oder das UK Addendum zu den SCC ist unterzeichnet.',
    'uk-tra-documented': 'Das britische Transfer Risk Assessment (TRA) ist dokumentiert.',
    'swiss-amendments':
      'Die SCC enthalten die Schweizer Anpassungen (EDÖB als zuständige Behörde, Verweise auf Schweizer Recht, betroffene Personen in der Schweiz).',
    'importer-notification-process':
      'Es besteht ein Verfahren, mit dem der Datenimporteur Änderungen seiner Rechtslage oder Praxis mitteilt (SCC Klausel 14 Buchst. e).',
    'documentation-available':
      'Diese Bewertung ist dokumentiert und kann der Aufsichtsbehörde auf Anfrage vorgelegt werden (Klausel 14 Buchst. f).',
    'measure-implemented-encrypted-storage-exporter-keys':
      'Die Verschlüsselung mit Schlüsseln beim Datenexporteur ist umgesetzt und getestet; die Schlüssel verbleiben im EWR oder in einem angemessenen Land.',
    'measure-implemented-pseudonymisation':
      'Die Pseudonymisierung erfolgt vor der Übermittlung; die zusätzlichen Informationen verbleiben beim Datenexporteur.',
    'measure-implemented-transit-encryption': 'Eine Transportverschlüsselung nach dem Stand der Technik ist durchgängig umgesetzt.',
    'measure-implemented-protected-recipient': 'Der rechtliche Schutz des Empfängers ist geprüft und erfasst diese Daten.',
    'measure-implemented-split-processing':
      'Die aufgeteilte Verarbeitung ist so umgesetzt, dass keine Partei die Daten allein wiederherstellen kann.',
    'measure-implemented-encryption-at-rest-importer-keys': 'Die Verschlüsselung ruhender Daten ist beim Datenimporteur umgesetzt.',
    'measure-implemented-access-control-logging': 'Zugriffskontrolle und Protokollierung sind umgesetzt und werden überprüft.',
  },
  triggers: {
    'law-change': 'Eine Änderung des Rechts oder der Praxis im Bestimmungsland',
    'adequacy-change': 'Ein Angemessenheitsbeschluss wird erlassen, geändert oder für nichtig erklärt',
    'dpf-change': 'Eine Änderung des Data Privacy Framework oder der Zertifizierung des Datenimporteurs',
    'new-subprocessor': 'Ein neuer Unterauftragsverarbeiter oder weiterer Empfänger',
    incident: 'Ein Sicherheitsvorfall oder eine Datenschutzverletzung beim Datenimporteur',
    'new-data-category': 'Eine neue Kategorie von Daten oder betroffenen Personen',
    'government-request': 'Der Datenimporteur erhält ein Ersuchen einer öffentlichen Stelle',
    'processing-location-change': 'Eine Änderung des Orts, an dem die Daten gespeichert, verarbeitet oder abgerufen werden',
    'library-update': 'Eine Aktualisierung der Rechtsbibliothek, die das Bestimmungsland betrifft',
  },
} as const satisfies TranslationOf<typeof english>;
