package io.github.dockertutor.dockerrun;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.github.dockertutor.tui.Screen;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * {@code docker inspect} output: the results in a JSON array, indented by four spaces, with
 * {@code "Key": value} and {@code []} / {@code {}} for empty ones, as the docker command prints them.
 * A JsonNode is printed as it is; any other object is first turned into JSON, leaving out null
 * fields, which in docker-java's models mean "the engine did not say", not a value.
 */
public final class InspectView {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    private static final ObjectWriter WRITER = MAPPER.writer(prettyPrinter());

    private final Screen screen;

    public InspectView(Screen screen) {
        this.screen = screen;
    }

    /** Prints the results, one JSON array for all of them, like {@code docker inspect a b}. */
    public void show(List<?> results) {
        for (String line : format(results).split("\n", -1)) {
            screen.println(line);
        }
        screen.flush();
    }

    public void show(Object result) {
        show(List.of(result));
    }

    /** The text {@link #show} prints. */
    public static String format(List<?> results) {
        ArrayNode array = MAPPER.createArrayNode();
        for (Object result : results) {
            array.add(result instanceof JsonNode node ? node : MAPPER.valueToTree(result));
        }
        try {
            return WRITER.writeValueAsString(array);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter fourSpaces = new DefaultIndenter("    ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators).withObjectIndenter(fourSpaces).withArrayIndenter(fourSpaces);
    }
}
