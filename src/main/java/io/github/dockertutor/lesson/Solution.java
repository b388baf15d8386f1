package io.github.dockertutor.lesson;

import java.util.List;
import java.util.Map;

/**
 * What {@code solution} shows and, after the learner agrees, applies; the course test runs it too.
 *
 * @param commands commands run one by one through the tutor's shell, in real docker syntax (for a
 *                 quiz: {@code answer b}); may be empty when {@code files} alone solve the step
 * @param files    files written into the learner's workspace before the commands, by path relative
 *                 to the workspace (never absolute, never through {@code ..}) to their content, in
 *                 the order lesson.yaml lists them
 */
public record Solution(List<String> commands, Map<String, String> files) {

    public Solution {
        commands = List.copyOf(commands);
        // keep the author's order: a later file may be meant to overwrite an earlier one's effect
        files = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(files));
    }
}
