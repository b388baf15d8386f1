package io.github.dockertutor.base;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;

/**
 * The one way the tutor writes and reads its own JSON files (progress, learner reports, pack
 * manifests): two-space indents, {@code "key": value}, {@code \n} line ends on every system so the
 * same content gives the same bytes everywhere; reading refuses duplicate keys and text after the
 * document, which a hand-edited file may have. The docker CLI's own files are read here too
 * ({@link #readForeign}), as leniently as the CLI reads them.
 *
 * <p>Jackson's tree nodes are built and written here over its streaming parser and generator, not
 * through an {@code ObjectMapper}: setting one up was a sixth of a shell start's work, and every
 * start reads the progress file (bench/README).
 */
public final class JsonFiles {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    /** For files other programs write and read as Go's encoding/json does: a repeated key's last value wins. */
    private static final JsonFactory FOREIGN = JsonFactory.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private JsonFiles() {
    }

    /** A new, empty object to fill and {@link #write}. */
    public static ObjectNode object() {
        return NODES.objectNode();
    }

    /** The document as UTF-8 bytes, ending with a line end. */
    public static byte[] write(JsonNode root) {
        StringWriter text = new StringWriter();
        try (JsonGenerator generator = FACTORY.createGenerator(text)) {
            // the printer counts its nesting: a fresh one per document, as Jackson's own writer does
            generator.setPrettyPrinter(PRETTY.createInstance());
            write(generator, root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return (text + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Reads one JSON document; throws for malformed text, a duplicate key or anything after it. */
    public static JsonNode read(String text) throws JsonProcessingException {
        return read(FACTORY, text, true);
    }

    /**
     * Reads a JSON document another program wrote (the docker CLI's config.json) as that program
     * reads it, with Go's JSON decoder: a repeated key is no error and its last value wins, and
     * whatever follows the first value is not read. Malformed text in that value still throws.
     */
    public static JsonNode readForeign(String text) throws JsonProcessingException {
        return read(FOREIGN, text, false);
    }

    private static JsonNode read(JsonFactory factory, String text, boolean wholeText) throws JsonProcessingException {
        try (JsonParser parser = factory.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return NODES.missingNode(); // as Jackson's readTree answers for no content
            }
            JsonNode root = read(parser, first);
            if (wholeText && parser.nextToken() != null) {
                throw new JsonParseException(parser, "Trailing token after the document: " + parser.currentToken());
            }
            return root;
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(JsonParser parser, JsonToken token) throws IOException {
        switch (token) {
            case START_OBJECT -> {
                ObjectNode object = NODES.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    object.set(name, read(parser, parser.nextToken()));
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                JsonToken item;
                while ((item = parser.nextToken()) != JsonToken.END_ARRAY) {
                    array.add(read(parser, item));
                }
                return array;
            }
            case VALUE_STRING -> {
                return NODES.textNode(parser.getText());
            }
            case VALUE_NUMBER_INT -> {
                return switch (parser.getNumberType()) {
                    case INT -> NODES.numberNode(parser.getIntValue());
                    case LONG -> NODES.numberNode(parser.getLongValue());
                    default -> NODES.numberNode(parser.getBigIntegerValue());
                };
            }
            case VALUE_NUMBER_FLOAT -> {
                return NODES.numberNode(parser.getDoubleValue());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return NODES.booleanNode(token == JsonToken.VALUE_TRUE);
            }
            case VALUE_NULL -> {
                return NODES.nullNode();
            }
            default -> throw new JsonParseException(parser, "Unexpected token " + token);
        }
    }

    private static void write(JsonGenerator generator, JsonNode node) throws IOException {
        if (node.isObject()) {
            generator.writeStartObject();
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                generator.writeFieldName(field.getKey());
                write(generator, field.getValue());
            }
            generator.writeEndObject();
        } else if (node.isArray()) {
            generator.writeStartArray();
            for (JsonNode item : node) {
                write(generator, item);
            }
            generator.writeEndArray();
        } else if (node.isTextual()) {
            generator.writeString(node.textValue());
        } else if (node.isIntegralNumber()) {
            if (node.canConvertToLong()) {
                generator.writeNumber(node.longValue());
            } else {
                generator.writeNumber(node.bigIntegerValue());
            }
        } else if (node.isFloat()) {
            generator.writeNumber(node.floatValue());
        } else if (node.isDouble()) {
            generator.writeNumber(node.doubleValue());
        } else if (node.isNumber()) {
            generator.writeNumber(node.decimalValue());
        } else if (node.isBoolean()) {
            generator.writeBoolean(node.booleanValue());
        } else if (node.isNull() || node.isMissingNode()) {
            generator.writeNull();
        } else {
            throw new IllegalArgumentException("not a JSON value: " + node.getNodeType());
        }
    }
}
