package io.github.dockertutor.report;

/**
 * The default name of a learner's report file: {@code dockertutor-report-NAME.json}, with the name
 * made safe for every file system (letters and digits of any script kept, anything else a dash),
 * or {@code anonymous} when there is no name.
 */
public final class ReportFileName {
    private static final int MAX_NAME_CHARS = 40;

    private ReportFileName() {
    }

    public static String of(java.util.Optional<String> name) {
        return "dockertutor-report-" + name.map(ReportFileName::safe).filter(s -> !s.isEmpty()).orElse("anonymous")
                + ".json";
    }

    static String safe(String name) {
        StringBuilder out = new StringBuilder();
        name.strip().codePoints().limit(MAX_NAME_CHARS).forEach(cp -> {
            boolean keep = Character.isLetterOrDigit(cp) || cp == '_' || cp == '.';
            if (keep) {
                out.appendCodePoint(cp);
            } else if (out.length() > 0 && out.charAt(out.length() - 1) != '-') {
                out.append('-');
            }
        });
        String text = out.toString().replaceAll("^[.-]+|[.-]+$", "");
        return text;
    }
}
