/** English texts of the wizard's structure and catalogues (keys referenced from shared/wizard). */
export const wizard = {
  wizard: {
    prechecks: {
      title: 'Pre-checks',
      intro:
        'Before the six steps, check whether a transfer impact assessment is needed at all (CNIL TIA guide, 31 Jan 2025): is it personal data, is it a transfer under the three criteria of EDPB Guidelines 05/2021, are the roles clear, are the GDPR principles respected, and is the destination adequate for this importer?',
      criteriaTitle: 'Is it a transfer of personal data?',
      personalData: 'Is the data personal data (GDPR Art. 4(1))?',
      personalDataHelp: 'Truly anonymous data is not personal data. Pseudonymised data still is.',
      exporterSubjectToRegime: 'Criterion 1: is the exporter subject to the GDPR (or the UK GDPR or the Swiss FADP) for this processing?',
      exporterSubjectToRegimeHelp: 'The exporter may be a controller or a processor.',
      disclosedToOtherParty: 'Criterion 2: does the exporter disclose the data or make it available to another party?',
      disclosedToOtherPartyHelp: 'Remote access from abroad counts; data a person sends directly to a foreign company on their own initiative does not.',
      recipientInThirdCountry: 'Criterion 3: is that party in a third country or an international organisation?',
      recipientInThirdCountryHelp: 'Whether or not the importer is itself subject to the GDPR under Art. 3(2).',
      principlesTitle: 'Roles and principles',
      rolesEstablished: 'Are the roles of every party (controller or processor) established?',
      rolesEstablishedHelp: 'The roles decide the SCC module. Where an EU processor makes the transfer, the processor does the TIA and the controller reviews it.',
      minimisationDone: 'Has the data been minimised, and pseudonymised or anonymised where the purpose allows?',
      minimisationDoneHelp: 'A transfer that is not needed, or data that is not needed, is the most effective measure of all.',
      minimisationNote: 'What was minimised, or why not',
      art49IsBasis: 'Is an Art. 49 derogation the honest basis for this transfer?',
      art49IsBasisHelp: 'Only for occasional, non-systematic transfers (e.g. a one-off transfer with the explicit consent of the person). Never for a continuing vendor relationship.',
      art49Justification: 'Why the derogation fits',
      art49JustificationHelp: 'Name the derogation and why the transfer is occasional and necessary.',
      resultTitle: 'Is a full TIA required?',
    },
    step1: {
      title: 'Know your transfers',
      intro:
        'Map every transfer: the parties with their roles and countries, and each transfer between them with its data, purpose, frequency, format and access type, including onward transfers through sub-processors. Remote access from a third country counts as a transfer.',
      map: {
        title: 'Transfer map',
        help: 'Add the parties first, then the transfers between them. Each transfer is assessed on its own in step 2.',
      },
    },
    step2: {
      title: 'Transfer tool',
      intro:
        'Identify the tool each transfer relies on: an adequacy decision (Art. 45 GDPR, including the EU-US Data Privacy Framework for certified importers), an Art. 46 tool such as the Standard Contractual Clauses or Binding Corporate Rules, or — only for occasional, non-systematic transfers — an Art. 49 derogation.',
      tools: {
        title: 'Tool per transfer',
        help: 'Adequacy and the Data Privacy Framework come from the law library, with the decision and its date. A DPF transfer needs the importer’s certification confirmed, with the date you checked it.',
      },
      scc: { title: 'Standard Contractual Clauses: options' },
      regime: { title: 'UK and Swiss exporters' },
      annexes: { title: 'SCC Annexes I–III' },
    },
    step3: {
      title: 'Law and practice of the destination',
      intro:
        'Assess whether the law or practice of the destination country, applied to this transfer, impinges on the effectiveness of the transfer tool. You may proceed without supplementary measures only if you have no reason to believe that problematic legislation will be applied to the transferred data (EDPB Recommendations 01/2020, para. 43.3), on the basis of relevant, objective, reliable, verifiable and publicly available or accessible information (para. 46).',
      laws: { title: 'Laws that may give authorities access' },
      risk: {
        title: 'Probability of problematic lawful access',
        help: 'A quantitative estimate after the method of David Rosenthal (used e.g. by the Canton of Zurich). It complements, and does not replace, the EDPB’s qualitative test above.',
      },
      overall: {
        title: 'Overall assessment',
        reasoning: 'Reasoning for the overall assessment',
        reasoningHelp: 'Summarise the verdicts per law and the figures, in your own words, for the reader of the report.',
      },
    },
    step4: {
      title: 'Supplementary measures',
      intro:
        'Choose the measures that close the gaps found in step 3. Each measure says which precondition of access it weakens; the residual risk is recomputed as you choose. Contractual and organisational measures complement, but alone do not replace, technical measures where the importer’s law allows access to data in clear.',
      measures: { title: 'Measures' },
    },
    step5: {
      title: 'Procedural steps',
      intro: 'The formal steps the chosen transfer tools and measures require, generated from steps 2 and 4. Record the status and the evidence of each.',
      checklist: { title: 'Checklist' },
    },
    step6: {
      title: 'Re-evaluation',
      intro:
        'Re-evaluate at appropriate intervals, and whenever the law, the importer, its sub-processors or the data change. The proposed date follows from the residual risk and from any legal status marked for re-checking.',
      review: {
        title: 'Review',
        nextReviewDate: 'Next review date',
        triggers: 'Triggers for an earlier review',
        otherTriggers: 'Other triggers',
      },
    },
    conclusion: {
      title: 'Conclusion',
      intro: 'The engine proposes an outcome with its reasons. Accept it, or override it with a written justification; both are recorded in the report.',
      outcome: { title: 'Outcome', rationale: 'Rationale for the reader of the report' },
      signoff: { title: 'Sign-off', assessor: 'Assessor', approver: 'Approver', date: 'Date of approval' },
    },
  },
  options: {
    role: { controller: 'Controller', processor: 'Processor' },
    partyKind: { exporter: 'Exporter', importer: 'Importer', 'sub-processor': 'Sub-processor', recipient: 'Further recipient' },
    entityType: {
      company: 'Company',
      'public-body': 'Public body',
      'international-organisation': 'International organisation',
      individual: 'Individual',
    },
    frequency: { 'one-off': 'One-off', periodic: 'Periodic', continuous: 'Continuous' },
    format: { clear: 'In clear', pseudonymised: 'Pseudonymised', encrypted: 'Encrypted' },
    keyHolder: { exporter: 'The exporter', importer: 'The importer', 'third-party': 'A third party' },
    accessType: { storage: 'Storage', 'remote-access': 'Remote access', transit: 'Transit only' },
    tool: {
      adequacy: 'Adequacy decision (Art. 45)',
      dpf: 'EU-US Data Privacy Framework (certified importer)',
      scc: 'Standard Contractual Clauses (Art. 46(2)(c))',
      idta: 'UK International Data Transfer Agreement (IDTA)',
      bcr: 'Binding Corporate Rules (Art. 47)',
      'art46-other': 'Other Art. 46 tool (code of conduct, certification, ad hoc clauses)',
      art49: 'Art. 49 derogation',
    },
    tri: { yes: 'Yes', no: 'No', unknown: 'Unknown' },
    yesno: { yes: 'Yes', no: 'No' },
    art49: {
      'explicit-consent': 'Explicit consent (Art. 49(1)(a))',
      'contract-with-data-subject': 'Contract with the data subject (Art. 49(1)(b))',
      'contract-in-data-subject-interest': 'Contract in the data subject’s interest (Art. 49(1)(c))',
      'public-interest': 'Important reasons of public interest (Art. 49(1)(d))',
      'legal-claims': 'Legal claims (Art. 49(1)(e))',
      'vital-interests': 'Vital interests (Art. 49(1)(f))',
      'public-register': 'Public register (Art. 49(1)(g))',
      'compelling-legitimate-interests': 'Compelling legitimate interests (Art. 49(1), second subparagraph)',
    },
    verdict: {
      'not-applicable': 'Does not apply to this transfer',
      'no-reason-to-believe': 'No reason to believe it will be applied to the transferred data',
      'reason-to-believe': 'Reason to believe it may be applied to the transferred data',
      undetermined: 'Not yet determined',
    },
    confidence: {
      confirmed: 'Confirmed',
      partly: 'Partly confirmed',
      unconfirmed: 'Unconfirmed',
      conflicting: 'Conflicting sources',
    },
    checklistStatus: { open: 'Open', done: 'Done', 'not-applicable': 'Not applicable' },
    outcome: {
      'no-tia-required': 'No full transfer impact assessment is required',
      proceed: 'The transfer may proceed',
      'proceed-with-measures': 'The transfer may proceed with the supplementary measures',
      'do-not-proceed': 'The transfer must not proceed or must be suspended',
    },
    unset: '— choose —',
  },
  references: {
    edpbRecommendations: 'EDPB Recommendations 01/2020 on supplementary measures',
    cnilTiaGuide: 'CNIL guide to transfer impact assessments',
    edpbGuidelines052021: 'EDPB Guidelines 05/2021 on what counts as a transfer',
    sccDecision: 'Standard Contractual Clauses',
  },
} as const;
