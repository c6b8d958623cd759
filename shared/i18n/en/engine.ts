/**
 * English texts of the engine area, merged into one flat resource by ../index.ts. Keys are dotted paths.
 * `$t(…)` nests another key (e.g. a tool or measure name) after the parameters are filled in.
 */
const ESTIMATE = 'DTIA Studio starting estimate, not a published figure';

export const engine = {
  engine: {
    confidence: { confirmed: 'confirmed', partly: 'partly confirmed', unconfirmed: 'unconfirmed', conflicting: 'conflicting' },
    regime: {
      countryMissing: 'The destination country is not recorded yet.',
      notInLibrary: 'The law library holds no entry for {{country}}; check its adequacy status yourself.',
      ukBridgeEea: 'For UK exporters, {{country}} is covered by the UK adequacy regulations carried over at Brexit for the EEA.',
      ukBridge: 'For UK exporters, {{country}} is covered by UK adequacy regulations (a “data bridge”).',
      ukBridgeUs:
        'For UK exporters, the United States is adequate only for recipients on the DPF List that participate in the UK Extension (SI 2023/1028, in force 12 Oct 2023).',
      ukNoBridge: 'No UK adequacy regulation for {{country}} is recorded in DTIA Studio; check the current UK list.',
      ukListDiffers:
        '{{country}} is adequate under the EU list, but the UK list of adequate destinations differs from the EU one and does not include it as recorded; check the current UK regulations.',
      swissUs:
        'For Swiss exporters, the United States is adequate only for recipients certified under the Swiss-US Data Privacy Framework (Annex 1 of the Data Protection Ordinance, in force 15 Sep 2024).',
      swissListUnverified:
        'For Swiss exporters, the status shown for {{country}} follows the EU list; the Swiss list (Annex 1 of the Data Protection Ordinance) may differ and must be checked.',
    },
    transfers: {
      notRestricted: 'Not a restricted transfer: {{country}} lies within the exporter’s own regime, so no transfer tool is needed.',
      eeaDestination: '{{country}} is in the EEA; the data stays under the GDPR.',
      adequacyDecision: '{{country}} is covered by an adequacy decision: {{reference}} ({{date}}).',
      adequateWithoutReference: '{{country}} is adequate according to the law library; the decision’s reference is not recorded there.',
      partialAdequacyDecision: 'Partial adequacy ({{country}}): {{reference}} ({{date}}) covers only some recipients or data.',
      partialAdequacy: 'Partial adequacy ({{country}}): the decision covers only some recipients or data.',
      adequacyScope: 'The law library describes the scope as follows: {{note}}',
      partialScopeAsserted:
        'Adequacy is chosen as the tool: this records that the recipient ({{country}}) falls within the scope of the decision. Keep the evidence.',
      partialScopeToConfirm:
        'If the recipient ({{country}}) falls within the scope of the decision, choose adequacy as the tool; otherwise an Art. 46 tool such as the SCCs is needed, with a transfer impact assessment.',
      dpfConfirmed: 'The importer’s DPF certification was confirmed on {{date}}.',
      partialNeedsTool:
        'Without a confirmed DPF certification of the recipient, this transfer needs an Art. 46 tool such as the SCCs, and a transfer impact assessment.',
      noAdequacy: '{{country}} has no adequacy decision: an Art. 46 tool such as the SCCs is needed, with a transfer impact assessment.',
      statusUnknown: 'The adequacy status of {{country}} is not known to the law library.',
      ukRegime: 'The exporter is subject to the UK GDPR: the IDTA or the UK Addendum to the SCCs, with a transfer risk assessment (TRA).',
      swissRegime: 'The exporter is subject to the Swiss FADP: the SCCs need the Swiss amendments.',
      warning: {
        noTool: 'No transfer tool has been chosen for this restricted transfer.',
        art49Systematic:
          'Art. 49 derogations are exceptions for occasional transfers; they do not fit systematic transfers such as this {{frequency}} one. Use an Art. 46 tool instead.',
        art49NoDerogation: 'Name the Art. 49 derogation relied upon.',
        dpfNotAvailable: 'The Data Privacy Framework covers only recipients in the United States; it is not available for this destination ({{country}}).',
        dpfNotConfirmed: 'The importer’s entry on the DPF List has not been confirmed.',
        dpfNoDate: 'Record the date on which the DPF List was checked.',
        dpfCheckOutdated: 'The DPF certification was last checked on {{date}}, {{months}} months ago; check the DPF List again.',
        dpfUkExtension: 'For a UK exporter, the importer must also participate in the UK Extension to the DPF.',
        dpfSwiss: 'For a Swiss exporter, the importer must be certified under the Swiss-US DPF.',
        adequacyNotAvailable: 'No adequacy decision covers this destination ({{country}}) for this exporter; for US recipients, adequacy applies only through a confirmed DPF certification. Choose another tool.',
        idtaOnlyUk: 'The IDTA is a UK instrument; it serves only exporters subject to the UK GDPR.',
        sccOverrideWithoutReason: 'The SCC module differs from the one proposed from the roles, and no reason is recorded.',
      },
    },
    minimisation: {
      specialCategories: 'Special categories of data (Art. 9 GDPR) are transferred: check that each is needed for the purpose, and record the added safeguards.',
      criminalData: 'Criminal-offence data (Art. 10 GDPR) is transferred: check that it is needed and that its processing is authorised.',
      clearText: 'The data is transferred in clear although the recipient may not need it in clear: consider pseudonymisation or encryption with keys held by the exporter.',
      remoteAccess: 'Remote access from abroad is a transfer: limit it to the persons and data the purpose needs, and log it.',
      retentionMissing: 'No retention period is recorded for this transfer.',
      retentionLong: 'The retention period (“{{retention}}”) is long: check that the recipient needs the data that long.',
      manyCategories: '{{count}} data categories are transferred: check that each is needed for the purpose.',
    },
    useCases: {
      uc1: 'EDPB use case 1: storage at {{recipient}} that does not need the data in clear, encrypted with keys held by the exporter — an effective technical measure.',
      uc2: 'EDPB use case 2: pseudonymised data to {{recipient}} — effective only if the data cannot be re-identified, even by cross-referencing with other information.',
      uc3: 'EDPB use case 3: encrypted data merely transiting to or through {{recipient}} — effective with state-of-the-art transport encryption.',
      uc4: 'EDPB use case 4: {{recipient}} is a protected recipient — effective within the scope of that legal protection.',
      uc5: 'EDPB use case 5: split or multi-party processing — effective if no party alone, {{recipient}} included, can reconstruct the data.',
      uc6: 'EDPB use case 6: {{recipient}} needs the data in clear to provide its service.',
      uc6Processor: 'EDPB use case 6: {{recipient}}, a processor (such as a cloud provider), needs the data in clear to provide its service.',
      uc7: 'EDPB use case 7: {{recipient}} accesses the data remotely, in clear, for its own business purposes.',
      noEffectiveTechnicalMeasure:
        'The EDPB found no technical measure that is effective in this case; contractual and organisational measures alone do not suffice.',
    },
    measures: {
      clearTextUseCase: 'EDPB use case {{useCase}} stands on the transfer {{from}} → {{to}}: the recipient needs the data in clear.',
      noEffectiveTechnicalMeasure: 'For these transfers the EDPB found no effective technical measure (Recommendations 01/2020, Annex 2, use cases 6 and 7).',
      complementaryInsufficient:
        'Contractual and organisational measures can only complement technical measures; on their own they do not prevent access by the authorities of the destination.',
      exporterKeysContradictClearText:
        'Encryption with keys held by the exporter is chosen, but the recipient needs the data in clear: the measure cannot protect that transfer.',
      importerKeysNoEffect:
        'Encryption at rest with keys held by the importer protects against theft, not against an authority that compels the importer to disclose the data: it does not lower the risk of lawful access.',
      noneChosen: 'No supplementary measure has been chosen.',
      onlyComplementaryChosen: 'Only contractual or organisational measures are chosen; they complement but do not replace technical measures.',
      unknownMeasure: 'The measure “{{measureId}}” is not in DTIA Studio’s catalogue; it has no effect on the figures.',
    },
    laws: {
      userLaw: 'A law you added: record its verdict yourself, with the reasons.',
      notInLibrary: 'The law “{{lawId}}” is no longer in the law library; record its verdict yourself.',
      adequacyEntry: '{{law}} is an adequacy decision, not a law giving authorities access to data: it bears on the transfer tool (step 2), not on this verdict.',
      notAnAccessLaw: '{{law}} is not a law that gives authorities access to data; it is considered as a safeguard, not assessed as a risk.',
      outOfScope: '{{law}} does not reach this transfer: “{{question}}” was answered “{{answer}}”.',
      inScope: 'The answers place this importer and this data within the scope of {{law}}.',
      noScopeQuestions: 'The library asks no scope question for {{law}}; it is taken to reach the importer.',
      measureDefeatedByClearText:
        'Encryption with keys held by the exporter is chosen, but a transfer to this country needs the data in clear, so the measure does not keep the data unreadable there.',
      notReadableByAnswer: 'The data would not be readable to the authority: “{{question}}” was answered “{{answer}}”.',
      notReadableByMeasure: 'The data stays unreadable to the importer and to any authority compelling it: $t(measures.{{measureId}}.title).',
      notReadableByMap:
        'The data would not be readable to the authority: the map shows every transfer to this country encrypted under keys held by the exporter, and the recipients do not need the data in clear (EDPB use case 1).',
      scopeOpenButUnreadable: 'Some scope questions are still open; the verdict does not depend on them because the data would not be readable.',
      noReasonToBelieve: 'There is no reason to believe that {{law}} will be applied to the transferred data in a way that impinges on the transfer tool (EDPB Recommendations 01/2020, para. 43.3).',
      missingAnswers: '{{count}} question(s) decide the verdict and are still open: {{questions}}',
      readable: 'The answers show that the importer holds the data in a form readable to the authority.',
      readableAssumed: 'The library asks no question about readability; the data is taken to be readable.',
      reasonToBelieve: 'There is reason to believe that {{law}} may be applied to the transferred data: supplementary measures that make the data unreadable, or a decision not to transfer, are needed.',
      practiceNoted: 'Practice noted: “{{question}}” — “{{answer}}”.',
      practiceNotAlone:
        'The importer’s documented practical experience (such as having received no requests) may be considered, but never decides the verdict on its own (EDPB Recommendations 01/2020, para. 47).',
      safeguardNoted: 'Safeguard noted: “{{question}}” — “{{answer}}”.',
      override: 'Verdict set by the user: $t(options.verdict.{{verdict}}). Reason: {{reason}}',
      overrideWithoutReason: 'Verdict set by the user ($t(options.verdict.{{verdict}})) without a recorded reason.',
      unconfirmed: 'The law library marks the facts on {{law}} as $t(engine.confidence.{{confidence}}); treat them with care and check them.',
      recheck: 'Re-check the legal status of {{law}}: {{recheck}}',
    },
    prechecks: {
      notPersonalData: 'The data is not personal data: the GDPR’s transfer rules do not apply and no transfer impact assessment is required.',
      criterionRegimeNotMet: 'The exporter is not subject to the GDPR (or the UK GDPR or the Swiss FADP) for this processing.',
      criterionDisclosureNotMet: 'The exporter does not disclose the data or make it available to another party.',
      criterionThirdCountryNotMet: 'The recipient is neither in a third country nor an international organisation.',
      notATransfer:
        'One of the three criteria of a transfer (EDPB Guidelines 05/2021) is not met: this is not a transfer under Chapter V and no transfer impact assessment is required.',
      noRestrictedTransfer: 'Every party on the map is within the exporter’s own regime: there is no restricted transfer and no transfer impact assessment is required.',
      coveredByAdequacy: 'Every restricted transfer goes to a destination covered by an adequacy decision: no full transfer impact assessment is required. Record why.',
      coveredWithDpf:
        'Every restricted transfer is covered by adequacy, for the United States through the importer’s confirmed certification under the Data Privacy Framework: no full transfer impact assessment is required. Record why, and keep the certification under review.',
      transferCoveredByAdequacy: '{{from}} → {{to}} ({{country}}): covered by adequacy.',
      transferCoveredByDpf: '{{from}} → {{to}} ({{country}}): covered by the recipient’s DPF certification, confirmed on the DPF List on {{checkedOn}}.',
      ukSwissListsDiffer:
        'UK and Swiss exporters rely on their own adequacy lists, which differ from the EU list; check that each destination is on the list of the exporter’s regime.',
      art49Basis: 'An Art. 49 derogation is recorded as the basis of the transfer, with a justification: no transfer impact assessment is required.',
      art49NotForSystematic: 'Derogations under Art. 49 are exceptions, to be interpreted restrictively; they do not fit systematic or repetitive transfers.',
      art49Systematic:
        'Warning: at least one transfer on the map is periodic or continuous. Derogations under Art. 49 do not fit systematic transfers; an Art. 46 tool and a transfer impact assessment are likely needed.',
      art49NeedsJustification: 'An Art. 49 derogation is named as the basis, but no justification is recorded; without it the derogation cannot be relied upon.',
      transferNeedsTia: '{{from}} → {{to}} ({{country}}): not covered by adequacy, so a transfer impact assessment is required.',
      criteriaOpen: 'Some pre-check questions are still unanswered or marked unknown.',
      rolesOpen: 'The parties’ roles (controller or processor) are not yet established.',
      minimisationOpen: 'Minimisation has not yet been checked: transfer only the data the purpose needs, and anonymise or pseudonymise where possible.',
      noTransfers: 'The map holds no transfer yet.',
      countriesMissing: 'The destination country of at least one transfer is not recorded.',
      processorDoesTia:
        'An exporter in the EEA acts as a processor: the processor carries out the transfer impact assessment, and the controller reviews and completes it (CNIL TIA guide).',
    },
    checklist: {
      always: 'Applies to every assessment.',
      becauseTool: 'Because $t(options.tool.{{tool}}) is the tool for: {{transfers}}.',
      becauseModule: 'Because SCC module {{modules}} applies to: {{transfers}}.',
      becauseUkExporter: 'Because {{exporters}} is subject to the UK GDPR.',
      becauseSwissExporter: 'Because {{exporters}} is subject to the Swiss FADP.',
      becausePartialAdequacy: 'Because adequacy is relied on under a decision that covers only some recipients or data, for: {{transfers}}.',
      becauseMeasure: 'Because this technical measure is chosen: $t(measures.{{measureId}}.title).',
    },
    review: {
      noRiskModel: 'No scenario is included in the risk model yet; review in {{months}} months by default.',
      atOrAboveLimit: 'The residual risk ({{residual}} % over {{horizon}} years) is at or above the {{limit}} % limit: review in {{months}} months.',
      atOrAboveHalfLimit: 'The residual risk ({{residual}} % over {{horizon}} years) is at least half of the {{limit}} % limit: review in {{months}} months.',
      belowHalfLimit: 'The residual risk ({{residual}} % over {{horizon}} years) is below half of the {{limit}} % limit: review in {{months}} months.',
      lawRecheck: 'The legal status of {{law}} must be re-checked: {{recheck}}',
      lawUnconfirmed: 'The facts on {{law}} are marked $t(engine.confidence.{{confidence}}) in the law library.',
      libraryOutdated: 'The law library is as of {{asOf}}, {{months}} months ago; update it.',
      shortened: 'The review is therefore brought forward to {{months}} months.',
      policy:
        'DTIA Studio’s review policy: 6 months when the residual risk reaches the limit, 12 months from half of the limit, 24 months below that; 3 months whenever a legal status must be re-checked, facts are unconfirmed or the law library is outdated.',
    },
    outcome: {
      noTiaRequired: {
        'not-personal-data': 'No transfer impact assessment is required: the data is not personal data.',
        'not-a-transfer': 'No transfer impact assessment is required: this is not a transfer under Chapter V.',
        adequacy: 'No full transfer impact assessment is required: adequacy covers every restricted transfer.',
        dpf: 'No full transfer impact assessment is required: adequacy, including the importer’s confirmed DPF certification, covers every restricted transfer.',
        art49: 'No transfer impact assessment is required: an Art. 49 derogation is the basis of the transfer.',
        perTransfer: 'No full transfer impact assessment is required: every restricted transfer is covered by adequacy or relies on an Art. 49 derogation.',
      },
      blocker: {
        prechecksOpen: 'Complete the pre-checks and the map: whether a transfer impact assessment is needed cannot be determined yet.',
        noTool: 'Choose a transfer tool for {{from}} → {{to}}.',
        sccModuleOpen: 'The SCC module for {{from}} → {{to}} cannot be determined: record both parties’ roles.',
        sccOverrideWithoutReason: 'Give the reason for the SCC module chosen for {{from}} → {{to}}.',
        dpfNotConfirmed: 'Confirm the DPF certification of the recipient of {{from}} → {{to}}, with the date checked.',
        noLaws: 'Assess at least one law of the destination (step 3).',
        lawUndetermined: 'The verdict on {{law}} is not yet determined: answer its questions or record a verdict with reasons.',
        lawOverrideWithoutReason: 'Give the reason for the verdict you set on {{law}}.',
        noScenarios: 'Include at least one scenario in the risk model (step 3).',
        factorWithoutReason: 'Give the reason for the value of “{{factor}}” in the scenario “{{scenario}}”: it differs from the default.',
      },
      proceed: 'The transfer may proceed.',
      proceedWithMeasures: 'The transfer may proceed with the chosen supplementary measures.',
      proceedWithMeasuresUseCases:
        'The transfer may proceed with the chosen supplementary measures: although there is reason to believe that {{laws}} may be applied, the measures below are effective technical measures recognised by the EDPB.',
      doNotProceedClearText:
        'The transfer should not proceed: there is reason to believe that {{laws}} may be applied, and the recipient needs the data in clear, where the EDPB found no effective technical measure.',
      doNotProceedRisk: 'The transfer should not proceed: the residual risk of {{residual}} % over {{horizon}} years exceeds your {{limit}} % limit.',
      doNotProceedNoMeasure:
        'The transfer should not proceed as it stands: there is reason to believe that {{laws}} may be applied, and no chosen measure keeps the data unreadable.',
      figureNotEnough:
        'A residual risk below the limit does not by itself satisfy the EDPB’s test, which is qualitative; record why the transfer may nevertheless proceed if you override this proposal.',
      residualBelowLimit: 'Residual risk {{residual}} % over {{horizon}} years (before measures {{before}} %), below your {{limit}} % limit.',
      residualAboveLimit: 'Residual risk {{residual}} % over {{horizon}} years (before measures {{before}} %), above your {{limit}} % limit.',
      law: {
        'not-applicable': '{{law}} does not apply to this transfer.',
        'no-reason-to-believe': 'No reason to believe that {{law}} will be applied to the transferred data:',
        'reason-to-believe': 'Reason to believe that {{law}} may be applied to the transferred data:',
        undetermined: 'The verdict on {{law}} is not yet determined.',
      },
      lawUnconfirmed: 'Some facts on {{law}} are not confirmed in the law library; the conclusion rests on them only as far as they are.',
      libraryOutdated: 'The law library is more than 12 months old; check the legal facts before relying on this conclusion.',
    },
  },
  measureGroups: { technical: 'Technical', contractual: 'Contractual', organisational: 'Organisational' },
  measures: {
    'encrypted-storage-exporter-keys': {
      title: 'Strong encryption for storage or backup, keys held by the exporter',
      description: 'EDPB use case 1: data stored without the importer needing it in clear; keys held in the EEA or an adequate country.',
      basis: `Makes the data unreadable to the importer and to any authority compelling it, and in transit: the “readable” precondition is multiplied by 0.02 for provider and transit scenarios (${ESTIMATE}: strong encryption leaves only residual risks such as key mismanagement or implementation flaws).`,
    },
    pseudonymisation: {
      title: 'Pseudonymisation before transfer',
      description: 'EDPB use case 2: effective only if the data cannot be re-identified, even by cross-referencing.',
      basis: `Data the recipient cannot attribute to a person is of little use to an authority: the “readable” precondition is multiplied by 0.1 (${ESTIMATE}: re-identification by cross-referencing often remains possible; choose the measure only where it is excluded).`,
    },
    'transit-encryption': {
      title: 'State-of-the-art transport encryption for data merely in transit',
      description: 'EDPB use case 3: encrypted data that only transits a third country.',
      basis: `Protects data on the wire against interception (e.g. under EO 12333): the “readable” precondition of transit scenarios is multiplied by 0.05; no effect on access at a provider that holds the data (${ESTIMATE}).`,
    },
    'protected-recipient': {
      title: 'Protected recipient',
      description: 'EDPB use case 4: a recipient protected by law (e.g. a privileged professional), within that protection.',
      basis: `A recipient whose legal protection shields the data makes it less likely to be within reach of the law: the “in scope” precondition of provider scenarios is multiplied by 0.2 (${ESTIMATE}; effective only within the scope of that protection).`,
    },
    'split-processing': {
      title: 'Split or multi-party processing',
      description: 'EDPB use case 5: no party alone can reconstruct the data.',
      basis: `No single party holds readable data: the “readable” precondition is multiplied by 0.1 (${ESTIMATE}: effective only if the parties cannot combine their shares).`,
    },
    'encryption-at-rest-importer-keys': {
      title: 'Encryption at rest, keys held by the importer',
      description: 'Protects against theft, but not against an authority that compels the importer.',
      basis: 'No effect on the figures: an authority that compels the importer obtains the data decrypted, because the importer holds the keys.',
    },
    'access-control-logging': {
      title: 'Access control and logging',
      description: 'Need-to-know access, logged and reviewed.',
      basis: 'No effect on the figures: good security practice that documents access but does not prevent compelled disclosure.',
    },
    'transparency-on-laws': {
      title: 'Transparency on laws and past requests',
      description: 'The importer describes the laws it is subject to and the requests it has received.',
      basis: 'No effect on the figures: a contractual measure that informs the assessment and complements technical measures.',
    },
    'notify-requests': {
      title: 'Notification of requests',
      description: 'The importer notifies the exporter (and where possible the data subject) of requests or direct access.',
      basis: 'No effect on the figures: notification lets the exporter react (suspend, challenge) but does not prevent access; gag orders may forbid it.',
    },
    'challenge-orders': {
      title: 'Review and challenge of orders',
      description: 'The importer reviews the legality of each request and challenges it where there are grounds.',
      basis: `A small effect: a duty to challenge unlawful or overbroad orders lowers the “in scope” precondition of provider scenarios by the factor 0.9 (${ESTIMATE}: challenges rarely succeed and cannot stop a lawful order; a complement only).`,
    },
    'warrant-canary': {
      title: 'Warrant canary',
      description: 'The importer regularly states that it has received no requests.',
      basis: 'No effect on the figures: it may reveal that requests were received, but does not prevent access; its legal effect varies.',
    },
    'assist-redress': {
      title: 'Help with redress',
      description: 'The importer helps data subjects to exercise their rights and seek redress.',
      basis: 'No effect on the figures: it helps after the fact; it does not prevent access.',
    },
    'audit-rights': {
      title: 'Audit rights',
      description: 'The exporter may audit the importer’s handling of requests.',
      basis: 'No effect on the figures: it verifies the importer’s commitments; it does not prevent access.',
    },
    'access-request-policy': {
      title: 'Policy for authority requests',
      description: 'Internal procedure for handling requests from public authorities.',
      basis: 'No effect on the figures: an organisational complement that ensures requests are reviewed and documented.',
    },
    'transparency-reports': {
      title: 'Transparency reports',
      description: 'Regular public reporting on requests received.',
      basis: 'No effect on the figures: it informs the assessment of practice, but never decides it alone (EDPB Recommendations 01/2020, para. 47).',
    },
    minimisation: {
      title: 'Need to know and minimisation',
      description: 'Only the data needed for the purpose is transferred and accessible.',
      basis: 'No multiplier: minimisation reduces what is exposed; describe the data actually transferred on the map instead.',
    },
    audits: {
      title: 'Regular audits',
      description: 'Internal or external audits of the measures.',
      basis: 'No effect on the figures: it verifies that the measures work.',
    },
    training: {
      title: 'Staff training',
      description: 'Training on handling authority requests.',
      basis: 'No effect on the figures: an organisational complement.',
    },
    certifications: {
      title: 'Standards and certifications',
      description: 'E.g. ISO/IEC 27001, SOC 2.',
      basis: 'No effect on the figures: certifications attest security management, not resistance to lawful access.',
    },
  },
  checklist: {
    'scc-unmodified': 'The SCCs are used without changes (otherwise they are ad hoc clauses needing authorisation) and the chosen modules and options are filled in.',
    'annexes-complete': 'Annexes I–III of the SCCs are complete: parties, description of the transfer, competent supervisory authority, technical and organisational measures, sub-processors.',
    'importer-clause-14-15': 'The importer has confirmed its Clause 14 and 15 commitments: its assessment of local laws, notification of changes and of requests, review and challenge of requests.',
    'scc-clause-9-authorisation': 'Sub-processors are authorised as Clause 9 requires (specific prior authorisation, or general authorisation with the notice period) and listed in Annex III.',
    'supplementary-clauses-consistent': 'Supplementary clauses do not contradict the SCCs or the IDTA, directly or indirectly, and do not lower their protection.',
    'ad-hoc-authorisation': 'Authorisation obtained from the competent supervisory authority for the ad hoc clauses (Art. 46(3)(a) GDPR).',
    'bcr-approval': 'The BCRs are approved by the competent supervisory authority and cover this transfer and the entities involved.',
    'dpf-certification-checked': 'The importer’s active certification on the DPF List was checked, including that it covers the data concerned (HR or non-HR).',
    'dpf-maintenance-promise': 'The contract obliges the importer to maintain its DPF certification and to notify the exporter if it lapses.',
    'adequacy-scope-confirmed': 'The recipient’s place within the scope of a partial adequacy decision (e.g. a commercial organisation under PIPEDA, a business operator under the APPI) is verified and documented.',
    'art49-documentation': 'The Art. 49 derogation relied upon, and why the transfer is occasional and necessary, are documented.',
    'uk-instrument-signed': 'The IDTA or the UK Addendum to the SCCs is signed.',
    'uk-tra-documented': 'The UK transfer risk assessment (TRA) is documented.',
    'swiss-amendments': 'The SCCs carry the Swiss amendments (FDPIC as competent authority, Swiss law references, data subjects in Switzerland).',
    'importer-notification-process': 'A process exists for the importer to notify changes in its laws or practice (SCC Clause 14(e)).',
    'documentation-available': 'This assessment is documented and can be handed to the supervisory authority on request (Clause 14(f)).',
    'measure-implemented-encrypted-storage-exporter-keys': 'Encryption with keys held by the exporter is implemented and tested; the keys stay in the EEA or an adequate country.',
    'measure-implemented-pseudonymisation': 'Pseudonymisation is implemented before transfer; the additional information stays with the exporter.',
    'measure-implemented-transit-encryption': 'State-of-the-art transport encryption is implemented end to end.',
    'measure-implemented-protected-recipient': 'The recipient’s legal protection is verified and covers this data.',
    'measure-implemented-split-processing': 'Split processing is implemented so that no party alone can reconstruct the data.',
    'measure-implemented-encryption-at-rest-importer-keys': 'Encryption at rest is implemented by the importer.',
    'measure-implemented-access-control-logging': 'Access control and logging are implemented and reviewed.',
  },
  triggers: {
    'law-change': 'A change in the destination’s law or practice',
    'adequacy-change': 'An adequacy decision is adopted, amended or annulled',
    'dpf-change': 'A change in the Data Privacy Framework or the importer’s certification',
    'new-subprocessor': 'A new sub-processor or onward recipient',
    incident: 'A security incident or data breach at the importer',
    'new-data-category': 'A new category of data or data subjects',
    'government-request': 'The importer receives a request from a public authority',
    'processing-location-change': 'A change in where the data is stored, processed or accessed from',
    'library-update': 'An update of the law library that concerns the destination',
  },
} as const;
