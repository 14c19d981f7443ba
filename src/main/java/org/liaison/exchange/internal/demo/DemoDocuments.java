package org.liaison.exchange.internal.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.liaison.exchange.cases.CaseSed;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The demo's SED documents (fictitious people), from {@code exchange/demo/seds/<SED>.json}: a document gets this
 * case's envelope (its SED, version, the case id given by its owner, sender and recipient) and, for a reply, the person of the SED it
 * answers, so that a demo exchange stays about one person.
 */
@Component
// only on a demo node: the French one that starts the partner, and the partner
@ConditionalOnExpression("${liaison.exchange.simulated-partner.enabled:false} or ${liaison.exchange.simulated-partner.answers:false}")
class DemoDocuments {

    private final JsonMapper json;

    DemoDocuments(JsonMapper json) {
        this.json = json;
    }

    boolean exists(String sed) {
        return DemoDocuments.class.getClassLoader().getResource(path(sed)) != null;
    }

    /** A document opening a case or sent in it, without a request to follow. */
    String document(String sed, String version, String caseId, String sender, String senderName, String receiver) {
        return reply(sed, version, caseId, sender, sender, senderName, receiver, null, null, Map.of());
    }

    /**
     * A reply: as {@link #document}, with the requesting SED's person, the fields {@code copy} names (target dot
     * path ← source dot path in the request) and, where the document has one, the reference to the request.
     */
    String reply(String sed, String version, String caseId, String owner, String sender, String senderName,
                 String receiver,
                 @Nullable CaseSed request, @Nullable String requestContent, Map<String, String> copy) {
        ObjectNode doc = template(sed);
        doc.put("sed", sed);
        doc.put("version", version);
        doc.putArray("caseIds").addObject().put("caseNumber", caseId).put("institution", owner);
        doc.putObject("sender").put("id", sender).put("name", senderName);
        doc.putArray("recipients").addObject().put("id", receiver);
        if (requestContent != null) {
            JsonNode asked = json.readTree(requestContent);
            if (asked.has("person")) {
                doc.set("person", asked.get("person").deepCopy());
            }
            copy.forEach((target, source) -> {
                JsonNode value = at(asked, source);
                if (value != null) {
                    put(doc, target, value.deepCopy());
                }
            });
        }
        JsonNode replyTo = at(doc, "horizontal.replyTo");
        if (request != null && replyTo instanceof ObjectNode reference) {
            reference.put("sedId", request.id()).put("sedType", request.type())
                    .put("issueDate", request.date().toString());
        }
        return json.writeValueAsString(doc);
    }

    private ObjectNode template(String sed) {
        try (InputStream in = DemoDocuments.class.getClassLoader().getResourceAsStream(path(sed))) {
            if (in == null) {
                throw new IllegalArgumentException("No demo document for " + sed);
            }
            return (ObjectNode) json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String path(String sed) {
        return "exchange/demo/seds/" + sed + ".json";
    }

    private static @Nullable JsonNode at(JsonNode node, String dotPath) {
        JsonNode current = node;
        for (String name : dotPath.split("\\.")) {
            current = current == null ? null : current.get(name);
        }
        return current == null || current.isMissingNode() || current.isNull() ? null : current;
    }

    private static void put(ObjectNode doc, String dotPath, JsonNode value) {
        String[] names = dotPath.split("\\.");
        ObjectNode parent = doc;
        for (int i = 0; i < names.length - 1; i++) {
            JsonNode child = parent.get(names[i]);
            parent = child instanceof ObjectNode object ? object : parent.putObject(names[i]);
        }
        parent.set(names[names.length - 1], value);
    }
}
