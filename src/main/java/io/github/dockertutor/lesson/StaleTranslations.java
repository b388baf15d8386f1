package io.github.dockertutor.lesson;

import io.github.dockertutor.i18n.Language;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds translated sections whose English changed since they were translated: each section of a
 * translation carries the {@link TranslationStamp} of the English it was written from, and a stamp
 * that no longer matches, or none at all, is a warning. Warnings do not keep a lesson from loading
 * (a learner still reads the translation); {@code lint --strict} makes them errors.
 */
final class StaleTranslations {
    private StaleTranslations() {
    }

    /** A stamp in en.md itself is a problem: stamps belong in translations. */
    static void reportStampsInSource(Path folder, Map<Language, Prose> prose, List<LintProblem> problems) {
        Prose english = prose.get(Language.EN);
        if (english != null) {
            reportStampsInSource(english, new FileProblems(folder.resolve(Language.EN.tag() + ".md"), problems));
        }
    }

    /** Compares every translation in {@code prose} with the English; reports stale or missing stamps to {@code warnings}. */
    static void check(Path folder, Map<Language, Prose> prose, List<LintProblem> warnings) {
        Prose english = prose.get(Language.EN);
        if (english == null) {
            return;
        }
        String englishFile = Language.EN.tag() + ".md";
        for (Map.Entry<Language, Prose> entry : prose.entrySet()) {
            if (entry.getKey() == Language.EN) {
                continue;
            }
            FileProblems found = new FileProblems(folder.resolve(entry.getKey().tag() + ".md"), warnings);
            for (SourceSection pair : SourceSection.pairs(english, entry.getValue())) {
                compare(pair, englishFile, found);
            }
        }
    }

    private static void compare(SourceSection pair, String englishFile, FileProblems warnings) {
        Optional<String> written = pair.stamp();
        if (pair.line() == 0) {
            // a translated intro with no # title line: nowhere to write its stamp
            warnings.add(0, "lint.stamp.noTitleLine");
        } else if (written.isEmpty()) {
            warnings.add(pair.line(), "lint.stamp.missing", pair.label(), englishFile, pair.englishLine());
        } else if (!written.get().equals(pair.englishStamp())) {
            warnings.add(pair.line(), "lint.stamp.stale", pair.label(), englishFile, pair.englishLine(), written.get(),
                    pair.englishStamp());
        }
    }

    private static void reportStampsInSource(Prose english, FileProblems problems) {
        if (english.introStamp() != null) {
            problems.add(english.titleLine(), "lint.stamp.inSource");
        }
        for (Prose.Section section : english.sections()) {
            if (section.stamp() != null) {
                problems.add(section.line(), "lint.stamp.inSource");
            }
        }
    }
}
