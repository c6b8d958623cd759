import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../../../shared/domain/assessment';
import { isVisible } from '../../../../shared/wizard/completeness';
import type { Section } from '../../../../shared/wizard/steps';
import { QuestionView } from './QuestionView';

export function SectionView({ section, assessment }: { section: Section; assessment: Assessment }) {
  const { t } = useTranslation();
  const headingId = `section-${section.id}`;
  const visible = section.questions.filter((question) => isVisible(question, assessment));
  return (
    <section className="form-section">
      <h2 id={headingId} className="section-title">
        {t(section.titleKey)}
      </h2>
      {visible.length === 0 && <p className="muted">{t('editor.sectionNotNeeded')}</p>}
      {visible.map((question) => (
        <QuestionView key={question.id} question={question} assessment={assessment} sectionTitle={t(section.titleKey)} />
      ))}
    </section>
  );
}
