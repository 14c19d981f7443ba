package org.liaison.shared.web;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The values the fuzz test sends: edge values of text, numbers, dates and shapes, drawn from a seeded {@link Random}
 * so that a failure is reproduced by its seed.
 */
final class FuzzValues {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** One megabyte of text: above every text limit, below the server's body limits. */
    static final String MEGABYTE = "x".repeat(1 << 20);

    private final Random random;

    FuzzValues(Random random) {
        this.random = random;
    }

    Random random() {
        return random;
    }

    boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** Text that a form or a JSON string may carry, derived from a valid-looking one. */
    String text(String valid) {
        String base = valid == null ? "" : valid;
        int at = base.isEmpty() ? 0 : random.nextInt(base.length() + 1);
        return switch (random.nextInt(24)) {
            case 0 -> base.substring(0, at) + '\u0000' + base.substring(at);
            case 1 -> "\u0000";
            case 2 -> base + (char) (1 + random.nextInt(31));
            case 3 -> base + '\u007f' + '\u0085' + '\u2028';
            case 4 -> "x".repeat(201 + random.nextInt(400));
            case 5 -> "x".repeat(10_000);
            case 6 -> chance(20) ? MEGABYTE : "y".repeat(100_000);
            case 7 -> "";
            case 8 -> "   ";
            case 9 -> " " + base + " ";
            case 10 -> pick(List.of("+999999999-12-31", "-999999999-01-01", "0000-01-01", "9999-12-31", "2026-02-30",
                    "2026-13-01", "31/12/2026", "2026-03-01T09:00:00Z", "1899-12-31", "2201-01-01"));
            case 11 -> pick(List.of("1e308", "-1e308", "-1", "0", "1.5", "NaN", "Infinity", "99999999999999999999999",
                    "1" + "0".repeat(400), "-0", "0x10", "1,5", "1 000"));
            case 12 -> pick(List.of("<script>alert(1)</script>", "' or '1'='1", "%00", "${7*7}", "../../etc/passwd",
                    "\\u0000", "null", "true"));
            case 13 -> pick(List.of("Ωé漢字🙂", "\uD83D", "\uDC00x", "\uFEFF", "\u202Etxt", "Z\u0301\u0302\u0303"));
            case 14 -> pick(List.of("ZZ", "XX", "fr", "FR", "EU", "FR:0000", "FR:\u0000", "A", "AAA"));
            case 15 -> base.toLowerCase();
            case 16 -> base.toUpperCase() + base.toUpperCase();
            case 17 -> base.isEmpty() ? "x" : base.substring(0, at);
            case 18 -> base + "\t\r\n";
            case 19 -> "\u0000".repeat(3) + base;
            case 20 -> String.valueOf(random.nextLong());
            case 21 -> String.valueOf(random.nextDouble() * 1e6 - 5e5);
            case 22 -> "2026-03-0" + random.nextInt(10);
            default -> base;
        };
    }

    /** A number node at the edge: huge, tiny, negative, fractional, beyond long. */
    JsonNode number() {
        return switch (random.nextInt(14)) {
            case 0 -> NODES.numberNode(1e308);
            case 1 -> NODES.numberNode(-1e308);
            case 2 -> NODES.numberNode(-1);
            case 3 -> NODES.numberNode(0);
            case 4 -> NODES.numberNode(1.5);
            case 5 -> NODES.numberNode(0.1);
            case 6 -> NODES.numberNode(new BigInteger("9223372036854775808"));
            case 7 -> NODES.numberNode(new BigDecimal("1" + "0".repeat(400)));
            case 8 -> NODES.numberNode(new BigDecimal("1e-400"));
            case 9 -> NODES.numberNode(Integer.MAX_VALUE);
            case 10 -> NODES.numberNode(Integer.MIN_VALUE);
            case 11 -> NODES.numberNode(Long.MAX_VALUE);
            case 12 -> NODES.numberNode(1e15 + 0.5);
            default -> NODES.numberNode(random.nextInt(2000) - 1000);
        };
    }

    /** A value of another type than expected, or a shape at the edge. */
    JsonNode other(JsonNode original) {
        return switch (random.nextInt(12)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.stringNode(text(""));
            case 2 -> number();
            case 3 -> NODES.booleanNode(random.nextBoolean());
            case 4 -> NODES.objectNode();
            case 5 -> NODES.arrayNode();
            case 6 -> NODES.arrayNode().add(original.deepCopy());
            case 7 -> nested(2 + random.nextInt(60));
            case 8 -> nested(chance(20) ? 3000 : 600);
            case 9 -> repeated(original, chance(10) ? 5_000 : 200);
            case 10 -> NODES.objectNode().set("value", original.deepCopy());
            default -> NODES.stringNode(original.isValueNode() ? original.asString("") : original.toString());
        };
    }

    private static JsonNode nested(int depth) {
        JsonNode node = NODES.stringNode("x");
        for (int i = 0; i < depth; i++) {
            node = i % 2 == 0 ? NODES.arrayNode().add(node) : NODES.objectNode().set("a", node);
        }
        return node;
    }

    private static ArrayNode repeated(JsonNode node, int times) {
        ArrayNode array = NODES.arrayNode();
        for (int i = 0; i < times; i++) {
            array.add(node.deepCopy());
        }
        return array;
    }

    /** Mutates the node at one place chosen at random (the root itself is left to the caller). */
    void mutate(JsonNode root) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode container = pick(containers);
        if (container instanceof ObjectNode object) {
            List<String> names = new ArrayList<>(object.propertyNames());
            if (names.isEmpty() || chance(10)) {
                object.set(pick(List.of("unexpected", "__proto__", "", "\u0000", "x".repeat(300))), other(NODES.nullNode()));
                return;
            }
            String name = pick(names);
            if (chance(12)) {
                object.remove(name);
                return;
            }
            object.set(name, mutated(object.get(name)));
        } else if (container instanceof ArrayNode array) {
            if (array.isEmpty() || chance(15)) {
                if (chance(50)) {
                    array.removeAll();
                } else {
                    array.add(array.isEmpty() ? other(NODES.nullNode()) : array.get(0).deepCopy());
                }
                return;
            }
            int index = random.nextInt(array.size());
            array.set(index, mutated(array.get(index)));
        }
    }

    private JsonNode mutated(JsonNode value) {
        if (value.isString() && chance(75)) {
            return NODES.stringNode(text(value.asString()));
        }
        if (value.isNumber() && chance(70)) {
            return number();
        }
        if (value.isBoolean() && chance(70)) {
            return pick(List.of(NODES.numberNode(-1), NODES.numberNode(1), NODES.numberNode(0),
                    NODES.stringNode("true"), NODES.stringNode("yes"), NODES.nullNode()));
        }
        return other(value);
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isContainer()) {
            containers.add(node);
            for (JsonNode child : node.values()) {
                collect(child, containers);
            }
        }
    }

    /** A whole body that is not the expected shape at all. */
    String body(String valid) {
        return switch (random.nextInt(9)) {
            case 0 -> "";
            case 1 -> "null";
            case 2 -> "[]";
            case 3 -> "{}";
            case 4 -> valid.substring(0, valid.length() / 2);
            case 5 -> "{\"a\":\"\u0000\"}";
            case 6 -> valid + valid;
            case 7 -> "\u0000";
            default -> "not json at all";
        };
    }
}
