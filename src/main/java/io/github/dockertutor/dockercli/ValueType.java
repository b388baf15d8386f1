package io.github.dockertutor.dockercli;

/** What a flag takes, with the type word docker's help prints after the flag name. */
public enum ValueType {
    /** On or off; {@code --rm}, {@code --rm=false}. */
    BOOL(""),
    /** One value; given twice, the last wins. */
    STRING("string"),
    /** A whole number; given twice, the last wins. */
    INT("int"),
    /** Repeatable; every occurrence adds a value. */
    LIST("list");

    private final String typeName;

    ValueType(String typeName) {
        this.typeName = typeName;
    }

    /** The word docker's help shows ({@code string}, {@code list}, {@code int}); empty for booleans. */
    public String typeName() {
        return typeName;
    }
}
