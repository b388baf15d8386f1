package io.github.dockertutor.lesson;

/**
 * One hint of a step; {@code hint} shows the next one each time it is typed.
 *
 * @param text the hint in both languages (lesson.yaml: {@code - en: … zh-TW: …})
 */
public record Hint(LocalizedText text) {
}
