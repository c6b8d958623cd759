import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../../../shared/domain/assessment';
import type { WidgetQuestion } from '../../../../shared/wizard/steps';
import { ChecklistWidget } from '../analysis/ChecklistWidget';
import { LawsWidget } from '../analysis/LawsWidget';
import { MeasuresWidget } from '../analysis/MeasuresWidget';
import { OutcomeWidget } from '../analysis/OutcomeWidget';
import { ReviewDateWidget } from '../analysis/ReviewDateWidget';
import { RiskModelWidget } from '../analysis/RiskModelWidget';
import { TriggersWidget } from '../analysis/TriggersWidget';
import { SccAnnexesWidget } from '../annexes/SccAnnexesWidget';
import { RequiredMark } from '../common/RequiredMark';
import { TransferMapWidget } from '../map/TransferMapWidget';
import { PrecheckResultWidget } from '../prechecks/PrecheckResultWidget';
import { RegimeSpecificsWidget } from '../tools/RegimeSpecificsWidget';
import { SccClausesWidget } from '../tools/SccClausesWidget';
import { TransferToolsWidget } from '../tools/TransferToolsWidget';
import { questionDomId } from './QuestionView';

/** A question answered by a dedicated component, under a heading that names it. */
interface WidgetQuestionViewProps {
  question: WidgetQuestion;
  assessment: Assessment;
  sectionTitle: string;
}

export function WidgetQuestionView({ question, assessment, sectionTitle }: WidgetQuestionViewProps) {
  const { t } = useTranslation();
  const id = questionDomId(question.id);
  const headingId = `${id}-heading`;
  const label = t(question.labelKey);
  const repeatsSection = label === sectionTitle;
  return (
    <div className="widget-question" role="group" aria-labelledby={headingId}>
      <div className={repeatsSection ? 'visually-hidden' : 'field-label-row'}>
        <h3 id={headingId} className="widget-title" tabIndex={-1}>
          {label}
        </h3>
        {question.required && <RequiredMark />}
      </div>
      {question.helpKey && <p className="field-help">{t(question.helpKey)}</p>}
      <div id={id} className="widget-body">
        <WidgetBody question={question} assessment={assessment} />
      </div>
    </div>
  );
}

function WidgetBody({ question, assessment }: { question: WidgetQuestion; assessment: Assessment }) {
  switch (question.widget) {
    case 'precheckResult':
      return <PrecheckResultWidget assessment={assessment} />;
    case 'transferMap':
      return <TransferMapWidget assessment={assessment} />;
    case 'transferTools':
      return <TransferToolsWidget assessment={assessment} />;
    case 'sccClauses':
      return <SccClausesWidget assessment={assessment} />;
    case 'regimeSpecifics':
      return <RegimeSpecificsWidget assessment={assessment} />;
    case 'sccAnnexes':
      return <SccAnnexesWidget assessment={assessment} />;
    case 'laws':
      return <LawsWidget assessment={assessment} />;
    case 'riskModel':
      return <RiskModelWidget assessment={assessment} />;
    case 'measures':
      return <MeasuresWidget assessment={assessment} />;
    case 'checklist':
      return <ChecklistWidget assessment={assessment} />;
    case 'reviewDate':
      return <ReviewDateWidget assessment={assessment} />;
    case 'triggers':
      return <TriggersWidget assessment={assessment} />;
    case 'outcome':
      return <OutcomeWidget assessment={assessment} />;
  }
}
