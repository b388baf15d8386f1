package io.github.dockertutor.lesson;

import io.github.dockertutor.i18n.Language;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link Lesson} from a lesson.yaml and .md files the linter found nothing wrong with,
 * but for missing translations: a Chinese text that is not there stays null and is shown in
 * English (see {@link LocalizedText#in}).
 */
final class LessonAssembler {
    private LessonAssembler() {
    }

    static Lesson assemble(LessonYaml yaml, Map<Language, Prose> prose, Path folder) {
        Prose en = prose.get(Language.EN);
        Prose zhTw = prose.get(Language.ZH_TW);
        List<Step> steps = new ArrayList<>();
        for (LessonYaml.StepYaml step : yaml.steps()) {
            Prose.Section enSection = section(en, step.id());
            Prose.Section zhSection = zhTw == null ? null : optionalSection(zhTw, step.id());
            steps.add(new Step(step.id(),
                    LocalizedText.of(enSection.title(), zhSection == null ? null : zhSection.title()),
                    LocalizedText.of(enSection.body(), zhSection == null ? null : zhSection.body()),
                    step.optional(), step.check(), step.hints(), step.solution(), step.wrong(), step.revisit(),
                    step.feedback()));
        }
        return new Lesson(yaml.id(), Ids.lessonNumber(yaml.id()), yaml.title(), yaml.images(),
                LocalizedText.of(en.intro(), zhTw == null ? null : zhTw.intro()), steps, folder);
    }

    private static Prose.Section optionalSection(Prose prose, String stepId) {
        return prose.sections().stream().filter(section -> section.stepId().equals(stepId)).findFirst().orElse(null);
    }

    private static Prose.Section section(Prose prose, String stepId) {
        return prose.sections().stream().filter(section -> section.stepId().equals(stepId)).findFirst()
                .orElseThrow(() -> new IllegalStateException("lint let a missing section through: " + stepId));
    }
}
