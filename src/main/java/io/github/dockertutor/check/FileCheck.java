package io.github.dockertutor.check;

import java.io.IOException;

/** {@code kind: file}: a workspace file exists and, with {@code contains}, holds a text. */
final class FileCheck implements Check {
    static final CheckKind KIND = CheckKind.of("file", FileCheck::new,
            CheckField.required("path", FieldType.WORKSPACE_PATH),
            CheckField.optional("contains", FieldType.TEXT));
    private final String path;
    private final String contains;

    FileCheck(CheckSpec spec) {
        this.path = spec.string("path");
        this.contains = spec.string("contains");
    }

    @Override
    public CheckResult evaluate(CheckContext context) {
        // a wildcard (*.ipynb) names what the learner chose to call it: the first match is the file
        String named = path.contains("*") ? WorkspaceFile.firstMatch(context.workspace(), path).orElse(path) : path;
        WorkspaceFile.Resolved file = WorkspaceFile.resolve(context.workspace(), named, "check.file.missing");
        if (!file.found()) {
            return file.failure();
        }
        if (contains != null) {
            String text;
            try {
                text = WorkspaceFile.read(file.path());
            } catch (IOException e) {
                return CheckResult.failed("check.file.unreadable", path, String.valueOf(e.getMessage()));
            }
            if (!normalize(text).contains(normalize(contains))) {
                return CheckResult.failed("check.file.contains", path, contains);
            }
            return CheckResult.passed("check.file.containsOk", path, contains);
        }
        return CheckResult.passed("check.file.ok", path);
    }

    /** Line endings never decide a check: an editor on Windows writes CR LF. */
    static String normalize(String text) {
        return text.replace("\r\n", "\n");
    }
}
