package io.github.dockertutor.dockercli;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a shell would expand in a docker line, read at a {@code $}, a backquote or a {@code %}:
 * the current folder in the spellings of bash ({@code $(pwd)}, {@code $PWD}, {@code ${PWD}}),
 * PowerShell ({@code $pwd}, {@code ${PWD}}, {@code $($pwd)}) and cmd ({@code %cd%}), and command
 * substitutions whose command is docker. A lone {@code $} is text, as in a shell; any other
 * variable or substitution would need the learner's shell, so it is refused, saying so.
 */
final class Expansions {
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern CMD_CD = Pattern.compile("%cd%", Pattern.CASE_INSENSITIVE);

    private Expansions() {
    }

    /** Reads the expansion starting at {@code start}, adds it to the word and returns where reading goes on. */
    static int read(String line, int start, WordParts word, boolean quoted) throws ParseException {
        char c = line.charAt(start);
        if (c == '%') {
            Matcher cd = CMD_CD.matcher(line).region(start, line.length());
            if (cd.lookingAt()) {
                word.part(new ShellWord.WorkingDirectory(quoted));
                return cd.end();
            }
            word.text("%", quoted);
            return start + 1;
        }
        if (c == '`') {
            int close = line.indexOf('`', start + 1);
            if (close < 0) {
                throw ParseException.at(start, "parse.line.unclosedSubstitution", "`", CommandLineTokenizer.column(line, start));
            }
            return substitution(line, start, line.substring(start + 1, close), close + 1, word, quoted);
        }
        if (start + 1 >= line.length()) {
            word.text("$", quoted);
            return start + 1;
        }
        char next = line.charAt(start + 1);
        if (next == '(') {
            int close = matchingParen(line, start + 1);
            return substitution(line, start, line.substring(start + 2, close), close + 1, word, quoted);
        }
        if (next == '{') {
            int close = line.indexOf('}', start + 2);
            if (close < 0) {
                throw ParseException.at(start, "parse.line.unclosedSubstitution", "${", CommandLineTokenizer.column(line, start));
            }
            return variable(line, start, line.substring(start + 2, close), close + 1, word, quoted);
        }
        Matcher name = NAME.matcher(line).region(start + 1, line.length());
        if (name.lookingAt()) {
            return variable(line, start, name.group(), name.end(), word, quoted);
        }
        // "$" before anything else ($1, $?, a price) stays as typed
        word.text("$", quoted);
        return start + 1;
    }

    private static int variable(String line, int start, String name, int end, WordParts word, boolean quoted)
            throws ParseException {
        if (name.equalsIgnoreCase("PWD")) {
            word.part(new ShellWord.WorkingDirectory(quoted));
            return end;
        }
        throw ParseException.refusalAt(start, "parse.line.variable", line.substring(start, end),
                CommandLineTokenizer.column(line, start));
    }

    private static int substitution(String line, int start, String inner, int end, WordParts word, boolean quoted)
            throws ParseException {
        String command = inner.strip();
        String lower = command.toLowerCase(Locale.ROOT);
        if (lower.equals("pwd") || lower.equals("$pwd") || lower.equals("${pwd}")) {
            word.part(new ShellWord.WorkingDirectory(quoted));
            return end;
        }
        if (command.equals("docker") || command.startsWith("docker ") || command.startsWith("docker\t")) {
            word.part(new ShellWord.Substitution(command, quoted));
            return end;
        }
        throw ParseException.refusalAt(start, "parse.line.substitution", line.substring(start, end),
                CommandLineTokenizer.column(line, start));
    }

    /** The index of the ")" closing the "(" at {@code open}, skipping quoted text and nested parentheses. */
    private static int matchingParen(String line, int open) throws ParseException {
        int depth = 0;
        char quote = 0;
        for (int i = open; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else if (c == '\\' && quote == '"') {
                    i++;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '\\') {
                i++;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        throw ParseException.at(open - 1, "parse.line.unclosedSubstitution", "$(",
                CommandLineTokenizer.column(line, open - 1));
    }
}
