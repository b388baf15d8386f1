package io.github.dockertutor.gotemplate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The functions a template may call: Go's builtins that docker's formats use, and the ones docker
 * adds (json, join, split, title, lower, upper, pad, truncate). Go's others are known by name and
 * refused as not run here; any other name is an error, as in Go.
 */
final class TemplateFunctions {
    private static final Set<String> RUN = Set.of("json", "join", "split", "title", "lower", "upper", "pad", "truncate",
            "println", "print", "printf", "index", "len", "not", "and", "or", "eq", "ne", "lt", "le", "gt", "ge");
    private static final Set<String> NOT_RUN = Set.of("call", "html", "js", "slice", "urlquery");

    private TemplateFunctions() {
    }

    /** Checked while parsing, so a template is refused before anything runs. */
    static void check(String name) throws TemplateException {
        if (NOT_RUN.contains(name)) {
            throw new TemplateException(TemplateException.Kind.UNSUPPORTED, name);
        }
        if (!RUN.contains(name)) {
            throw new TemplateException(TemplateException.Kind.SYNTAX, "function \"" + name + "\" not defined");
        }
    }

    static Object call(String name, List<Object> args) throws TemplateException {
        return switch (name) {
            case "json" -> Json.write(one(name, args));
            case "join" -> join(args);
            case "split" -> new ArrayList<Object>(Arrays.asList(text(args, 0, name).split(
                    java.util.regex.Pattern.quote(text(args, 1, name)), -1)));
            case "title" -> title(text(args, 0, name));
            case "lower" -> text(args, 0, name).toLowerCase(Locale.ROOT);
            case "upper" -> text(args, 0, name).toUpperCase(Locale.ROOT);
            case "pad" -> " ".repeat(integer(args, 1, name)) + text(args, 0, name) + " ".repeat(integer(args, 2, name));
            case "truncate" -> truncate(text(args, 0, name), integer(args, 1, name));
            case "println" -> print(args).concat("\n");
            case "print" -> print(args);
            case "printf" -> Printf.format(text(args, 0, name), args.subList(1, args.size()));
            case "index" -> index(args);
            case "len" -> length(one(name, args));
            case "not" -> !GoValues.truthy(one(name, args));
            case "and" -> andOr(args, true);
            case "or" -> andOr(args, false);
            default -> compare(name, args);
        };
    }

    private static Object one(String name, List<Object> args) throws TemplateException {
        if (args.size() != 1) {
            throw wrongCount(name, 1, args.size());
        }
        return args.get(0);
    }

    private static String text(List<Object> args, int i, String name) throws TemplateException {
        if (i >= args.size()) {
            throw wrongCount(name, i + 1, args.size());
        }
        return GoValues.print(args.get(i));
    }

    private static int integer(List<Object> args, int i, String name) throws TemplateException {
        if (i >= args.size() || !(args.get(i) instanceof Number number)) {
            throw new TemplateException(TemplateException.Kind.RUNTIME, "error calling " + name + ": expected an integer");
        }
        return number.intValue();
    }

    private static TemplateException wrongCount(String name, int want, int got) {
        return new TemplateException(TemplateException.Kind.RUNTIME,
                "wrong number of args for " + name + ": want " + want + " got " + got);
    }

    private static String join(List<Object> args) throws TemplateException {
        if (args.size() != 2 || !(args.get(0) instanceof List<?> list)) {
            throw new TemplateException(TemplateException.Kind.RUNTIME, "error calling join: expected a list and a separator");
        }
        List<String> parts = new ArrayList<>();
        for (Object item : list) {
            parts.add(GoValues.print(item));
        }
        return String.join(GoValues.print(args.get(1)), parts);
    }

    private static String title(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean start = true;
        for (char c : text.toCharArray()) {
            out.append(start ? Character.toTitleCase(c) : c);
            start = !Character.isLetterOrDigit(c);
        }
        return out.toString();
    }

    /** docker's truncate: the first n runes. */
    private static String truncate(String text, int length) {
        int[] codePoints = text.codePoints().toArray();
        return codePoints.length <= length ? text : new String(codePoints, 0, length);
    }

    /** Go's Sprint: a space between two operands when neither is a string. */
    private static String print(List<Object> args) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < args.size(); i++) {
            if (i > 0 && !(args.get(i) instanceof String) && !(args.get(i - 1) instanceof String)) {
                out.append(' ');
            }
            out.append(GoValues.print(args.get(i)));
        }
        return out.toString();
    }

    private static Object index(List<Object> args) throws TemplateException {
        if (args.isEmpty()) {
            throw wrongCount("index", 1, 0);
        }
        Object value = args.get(0);
        for (Object key : args.subList(1, args.size())) {
            if (value instanceof List<?> list) {
                if (!(key instanceof Number number)) {
                    throw new TemplateException(TemplateException.Kind.RUNTIME,
                            "error calling index: cannot index slice/array with type " + GoValues.typeName(key));
                }
                int i = number.intValue();
                if (i < 0 || i >= list.size()) {
                    throw new TemplateException(TemplateException.Kind.RUNTIME,
                            "error calling index: index out of range: " + i);
                }
                value = list.get(i);
            } else if (value instanceof Map<?, ?> map) {
                value = map.get(GoValues.print(key));
            } else if (value == null) {
                throw new TemplateException(TemplateException.Kind.RUNTIME,
                        "error calling index: index of untyped nil");
            } else {
                throw new TemplateException(TemplateException.Kind.RUNTIME,
                        "error calling index: can't index item of type " + GoValues.typeName(value));
            }
        }
        return value;
    }

    private static Object length(Object value) throws TemplateException {
        if (value instanceof String text) {
            return (long) text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        }
        if (value instanceof List<?> list) {
            return (long) list.size();
        }
        if (value instanceof Map<?, ?> map) {
            return (long) map.size();
        }
        throw new TemplateException(TemplateException.Kind.RUNTIME,
                "error calling len: len of type " + GoValues.typeName(value));
    }

    private static Object andOr(List<Object> args, boolean and) throws TemplateException {
        if (args.isEmpty()) {
            throw wrongCount(and ? "and" : "or", 1, 0);
        }
        for (Object arg : args) {
            if (GoValues.truthy(arg) != and) {
                return arg;
            }
        }
        return args.get(args.size() - 1);
    }

    private static Object compare(String name, List<Object> args) throws TemplateException {
        if (args.size() < 2) {
            throw wrongCount(name, 2, args.size());
        }
        Object left = args.get(0);
        if (name.equals("eq")) {
            for (Object right : args.subList(1, args.size())) {
                if (sameValue(left, right)) {
                    return true;
                }
            }
            return false;
        }
        Object right = args.get(1);
        if (name.equals("ne")) {
            return !sameValue(left, right);
        }
        int order;
        if (left instanceof Number a && right instanceof Number b) {
            order = Double.compare(a.doubleValue(), b.doubleValue());
        } else if (left instanceof String a && right instanceof String b) {
            order = a.compareTo(b);
        } else {
            throw new TemplateException(TemplateException.Kind.RUNTIME, "error calling " + name + ": incompatible types for comparison");
        }
        return switch (name) {
            case "lt" -> order < 0;
            case "le" -> order <= 0;
            case "gt" -> order > 0;
            default -> order >= 0;
        };
    }

    private static boolean sameValue(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return x.doubleValue() == y.doubleValue();
        }
        return java.util.Objects.equals(a, b);
    }

}
