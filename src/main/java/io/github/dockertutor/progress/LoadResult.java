package io.github.dockertutor.progress;

import java.util.List;

/**
 * What {@link ProgressStore#load} found.
 *
 * @param progress the learner's progress, fresh when there was none or it could not be used
 * @param notices  what the shell should tell the learner (a file set aside, progress not savable), usually none
 */
public record LoadResult(Progress progress, List<ProgressNotice> notices) {
    public LoadResult {
        notices = List.copyOf(notices);
    }
}
