package io.github.dockertutor.lesson;

/**
 * Whether a path written in lesson.yaml stays inside the learner's workspace: a lesson can name no
 * path outside its own folder or workspace, whatever system the tutor runs on.
 */
final class WorkspacePaths {
    private WorkspacePaths() {
    }

    /** Relative, with no {@code ..} segment, no drive letter, no NUL; {@code /} or {@code \} separated. */
    static boolean isInside(String path) {
        if (path == null || path.isBlank() || path.indexOf('\0') >= 0) {
            return false;
        }
        if (path.startsWith("/") || path.startsWith("\\") || path.startsWith("~")
                || (path.length() >= 2 && path.charAt(1) == ':')) {
            return false;
        }
        for (String segment : path.split("[/\\\\]")) {
            if (segment.equals("..")) {
                return false;
            }
        }
        return true;
    }
}
