package io.github.dockertutor.dockercli;

import java.util.List;
import java.util.Optional;

/**
 * One flag of a docker subcommand, the single source for parsing, {@code --help} and completion.
 *
 * @param name           the long name without dashes ({@code publish})
 * @param shorthand      the one-letter form ({@code 'p'}), or 0 when there is none
 * @param type           what the flag takes
 * @param descriptionKey the message key of its one-line description ({@code docker.flag.*})
 * @param parser         validates and converts each value (booleans and ints are handled before it)
 * @param hiddenAliases  other long names accepted but not shown, such as docker's deprecated {@code --time}
 */
public record FlagSpec(String name, char shorthand, ValueType type, String descriptionKey, ValueParser parser,
                       List<String> hiddenAliases) {
    public FlagSpec {
        hiddenAliases = List.copyOf(hiddenAliases);
    }

    public static FlagSpec bool(String name, char shorthand, String descriptionKey) {
        return new FlagSpec(name, shorthand, ValueType.BOOL, descriptionKey, ValueParser.TEXT, List.of());
    }

    public static FlagSpec string(String name, char shorthand, String descriptionKey, ValueParser parser) {
        return new FlagSpec(name, shorthand, ValueType.STRING, descriptionKey, parser, List.of());
    }

    public static FlagSpec integer(String name, char shorthand, String descriptionKey) {
        return new FlagSpec(name, shorthand, ValueType.INT, descriptionKey, ValueParser.TEXT, List.of());
    }

    public static FlagSpec list(String name, char shorthand, String descriptionKey, ValueParser parser) {
        return new FlagSpec(name, shorthand, ValueType.LIST, descriptionKey, parser, List.of());
    }

    /** The same flag, also accepted under other long names that help does not show. */
    public FlagSpec alsoAccepting(String... aliases) {
        return new FlagSpec(name, shorthand, type, descriptionKey, parser, List.of(aliases));
    }

    public boolean takesValue() {
        return type != ValueType.BOOL;
    }

    public boolean repeatable() {
        return type == ValueType.LIST;
    }

    public Optional<Character> shorthandLetter() {
        return shorthand == 0 ? Optional.empty() : Optional.of(shorthand);
    }

    /** How docker names the flag in errors: {@code -p, --publish} or {@code --name}. */
    public String displayName() {
        return shorthand == 0 ? "--" + name : "-" + shorthand + ", --" + name;
    }

    /** The left column of docker's help: {@code -p, --publish list}, {@code     --rm}. */
    public String helpColumn() {
        String names = shorthand == 0 ? "    --" + name : "-" + shorthand + ", --" + name;
        return type.typeName().isEmpty() ? names : names + " " + type.typeName();
    }

    /** The spellings a completer offers: {@code --publish} and {@code -p}. */
    public List<String> spellings() {
        return shorthand == 0 ? List.of("--" + name) : List.of("--" + name, "-" + shorthand);
    }

    boolean answersTo(String longName) {
        return name.equals(longName) || hiddenAliases.contains(longName);
    }
}
