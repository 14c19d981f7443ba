package org.liaison.exchange.web.compose;

import java.math.BigDecimal;
import java.util.List;
import org.liaison.exchange.seds.SedForm;
import org.liaison.exchange.seds.SedForm.FieldType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The SED's JSON built back from a {@link ComposeForm}: the envelope the hub fills, then what was typed with the types
 * of the schema (numbers, integers, booleans, lists). Blank optional fields, list entries left empty and optional groups
 * left entirely empty are not written, so that the schema judges what the agent meant rather than empty strings; a
 * required group left empty is written empty, so that the schema names each of its missing fields.
 */
final class ComposeJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Who sends the SED in which case, to whom. */
    record Envelope(String sed, String version, String caseId, String owner, String sender, List<String> recipients) {
    }

    private ComposeJson() {
    }

    static String json(ComposeForm form, Envelope envelope) {
        ObjectNode root = NODES.objectNode();
        root.put("sed", envelope.sed());
        root.put("version", envelope.version());
        root.putArray("caseIds").addObject().put("caseNumber", envelope.caseId()).put("institution", envelope.owner());
        root.putObject("sender").put("id", envelope.sender());
        ArrayNode recipients = root.putArray("recipients");
        envelope.recipients().forEach(r -> recipients.addObject().put("id", r));
        fill(form, form.elements(), "$", root);
        return root.toString();
    }

    /** Writes the elements into the object; whether anything was typed in them. */
    private static boolean fill(ComposeForm form, List<SedForm.Element> elements, String prefix, ObjectNode into) {
        boolean typed = false;
        for (SedForm.Element element : elements) {
            String path = prefix + "." + element.name();
            if (element instanceof SedForm.Group g) {
                typed |= g.repeatable() ? fillList(form, g, path, into) : fillGroup(form, g, path, into);
            } else {
                typed |= fillField(form, (SedForm.Field) element, path, into);
            }
        }
        return typed;
    }

    private static boolean fillField(ComposeForm form, SedForm.Field f, String path, ObjectNode into) {
        if (f.type() == FieldType.CONSTANT && !f.options().isEmpty()) {
            into.put(f.name(), f.options().get(0));
            return false;
        }
        if (!f.repeatable()) {
            JsonNode value = value(f, form.value(path));
            if (value != null) {
                into.set(f.name(), value);
            }
            return value != null;
        }
        ArrayNode list = NODES.arrayNode();
        for (int i = 0; i < form.count(path, f); i++) {
            JsonNode value = value(f, form.value(path + "[" + i + "]"));
            if (value != null) {
                list.add(value);
            }
        }
        if (!list.isEmpty()) {
            into.set(f.name(), list);
        }
        return !list.isEmpty();
    }

    private static boolean fillList(ComposeForm form, SedForm.Group g, String path, ObjectNode into) {
        ArrayNode list = NODES.arrayNode();
        for (int i = 0; i < form.count(path, g); i++) {
            ObjectNode entry = NODES.objectNode();
            if (fill(form, g.elements(), path + "[" + i + "]", entry)) {
                list.add(entry);
            }
        }
        if (!list.isEmpty()) {
            into.set(g.name(), list);
        }
        return !list.isEmpty();
    }

    private static boolean fillGroup(ComposeForm form, SedForm.Group g, String path, ObjectNode into) {
        ObjectNode group = NODES.objectNode();
        boolean typed = fill(form, g.elements(), path, group);
        if (typed || g.required()) {
            into.set(g.name(), group);
        }
        return typed;
    }

    /**
     * The JSON value of what was typed, in the field's type; null when blank. A number that does not parse is kept as
     * text, so that the schema names the problem at its path.
     */
    static JsonNode value(SedForm.Field field, String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return switch (field.type()) {
                case INTEGER -> text.matches("-?\\d{1,18}") ? NODES.numberNode(Long.parseLong(text))
                        : NODES.numberNode(new BigDecimal(text));
                case NUMBER -> NODES.numberNode(new BigDecimal(text));
                case BOOLEAN -> "true".equals(text) || "false".equals(text) ? NODES.booleanNode(Boolean.parseBoolean(text))
                        : NODES.stringNode(text);
                default -> NODES.stringNode(text);
            };
        } catch (NumberFormatException e) {
            return NODES.stringNode(text);
        }
    }
}
