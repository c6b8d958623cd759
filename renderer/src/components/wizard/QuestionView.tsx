import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../../../shared/domain/assessment';
import { getAtPath } from '../../../../shared/wizard/paths';
import type { FieldQuestion, Question } from '../../../../shared/wizard/steps';
import { useEditor } from '../../stores/editor';
import { CountryField } from '../fields/CountryField';
import { DateField } from '../fields/DateField';
import { LinesField } from '../fields/LinesField';
import { SelectField } from '../fields/SelectField';
import { TextareaField } from '../fields/TextareaField';
import { TextField } from '../fields/TextField';
import { YesNoField } from '../fields/YesNoField';
import { WidgetQuestionView } from './WidgetQuestionView';

/** The DOM id of a question's control, also used to jump to an unanswered question. */
export const questionDomId = (questionId: string): string => `q-${questionId}`;

interface QuestionViewProps {
  question: Question;
  assessment: Assessment;
  /** Lets a widget whose label repeats the section title avoid showing it twice. */
  sectionTitle: string;
}

export function QuestionView({ question, assessment, sectionTitle }: QuestionViewProps) {
  if (question.kind === 'widget') {
    return <WidgetQuestionView question={question} assessment={assessment} sectionTitle={sectionTitle} />;
  }
  return <FieldQuestionView question={question} assessment={assessment} />;
}

const asString = (value: unknown): string => (typeof value === 'string' ? value : '');

function FieldQuestionView({ question, assessment }: { question: FieldQuestion; assessment: Assessment }) {
  const { t } = useTranslation();
  const update = useEditor((state) => state.update);
  const value = getAtPath(assessment, question.path);
  const common = {
    id: questionDomId(question.id),
    label: t(question.labelKey),
    help: question.helpKey ? t(question.helpKey) : undefined,
    required: question.required,
  };
  const write = (next: unknown) => update(question.path, next);

  switch (question.kind) {
    case 'text':
      return <TextField {...common} value={asString(value)} onChange={write} />;
    case 'textarea':
      return <TextareaField {...common} value={asString(value)} onChange={write} />;
    case 'date':
      return <DateField {...common} value={asString(value)} onChange={write} />;
    case 'select':
      return <SelectField {...common} value={asString(value)} onChange={write} options={question.options ?? []} />;
    case 'country':
      return <CountryField {...common} value={asString(value)} onChange={write} />;
    case 'yesno':
      return <YesNoField {...common} value={typeof value === 'boolean' ? value : null} onChange={write} />;
    case 'lines':
      return (
        <LinesField
          {...common}
          value={Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []}
          onChange={write}
        />
      );
  }
}
