import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../../../shared/domain/assessment';
import type { WidgetQuestion } from '../../../../shared/wizard/steps';
import { RequiredMark } from '../common/RequiredMark';
import { ChecklistWidget } from '../widgets/ChecklistWidget';
import { LawsWidget } from '../widgets/LawsWidget';
import { MeasuresWidget } from '../widgets/MeasuresWidget';
import { OnwardTransfersWidget } from '../widgets/OnwardTransfersWidget';
import { SccModuleWidget } from '../widgets/SccModuleWidget';
import { TriggersWidget } from '../widgets/TriggersWidget';
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
    case 'onwardTransfers':
      return <OnwardTransfersWidget assessment={assessment} />;
    case 'sccModule':
      return <SccModuleWidget assessment={assessment} />;
    case 'laws':
      return <LawsWidget assessment={assessment} />;
    case 'measures':
      return <MeasuresWidget assessment={assessment} />;
    case 'checklist':
      return <ChecklistWidget assessment={assessment} />;
    case 'triggers':
      return <TriggersWidget assessment={assessment} />;
  }
}
